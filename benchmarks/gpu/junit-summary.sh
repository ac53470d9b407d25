#!/usr/bin/env bash
# The JUnit console launcher's XML reports (--reports-dir) as one summary: counts, and every test that
# failed, was skipped (disabled) or aborted (an assumption failed: on a GPU machine a GPU test that found
# no usable GPU) named with the first line of its reason. Exit 1 where any test failed, was skipped or
# aborted, or no test ran: on the GPU machine every GPU test must run.
#
#   benchmarks/gpu/junit-summary.sh REPORTS_DIR [LABEL]
set -uo pipefail
dir=$1; label=${2:-tests}
shopt -s nullglob
files=("$dir"/TEST-*.xml)
if [ ${#files[@]} -eq 0 ]; then
  echo "$label: no JUnit report in $dir (the launcher did not finish)"; exit 1
fi
awk -v label="$label" '
  function attr(line, key,   m) {
    if (match(line, key "=\"[^\"]*\"")) { m = substr(line, RSTART + length(key) + 2, RLENGTH - length(key) - 3); return m }
    return ""
  }
  function first(line) {
    sub(/.*<(skipped|failure|error)[^>]*>(<!\[CDATA\[)?/, "", line)
    sub(/^org\.opentest4j\.TestAbortedException: /, "", line)
    sub(/\]\]>.*/, "", line)
    return substr(line, 1, 300)
  }
  /<testcase / { test = attr($0, "classname") "." attr($0, "name"); total++; bad = 0 }
  /<skipped/ {
    why = attr($0, "message"); if (why == "") why = first($0)
    if ($0 ~ /TestAbortedException/) aborted[++na] = test ": " why; else skipped[++ns] = test ": " why
  }
  /<failure|<error/ {
    why = attr($0, "message"); if (why == "") why = first($0)
    failed[++nf] = test ": " why
  }
  END {
    printf "%s: %d tests, %d passed, %d failed, %d skipped, %d aborted\n", label, total, total - nf - ns - na, nf, ns, na
    for (i = 1; i <= nf; i++) print "  failed:  " failed[i]
    for (i = 1; i <= ns; i++) print "  skipped: " skipped[i]
    for (i = 1; i <= na; i++) print "  aborted: " aborted[i]
    exit (total == 0 || nf + ns + na > 0) ? 1 : 0
  }' "${files[@]}"
