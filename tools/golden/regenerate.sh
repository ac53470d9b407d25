#!/usr/bin/env bash
# Regenerates the golden cases of expolu-core/src/test/golden from the seed script and checks them.
#
#   tools/golden/regenerate.sh            # writes every case of cases.json into a temporary folder and
#                                         # compares it with the repository's copy (init tensors bit for
#                                         # bit, losses within each case's relativeTolerance)
#   tools/golden/regenerate.sh OUTDIR     # writes them into OUTDIR instead, and compares the same way
#   tools/golden/regenerate.sh --write    # overwrites the repository's cases (then review `git diff`)
#
# Needs Debian's PyTorch: apt-get install -y python3-torch (then /usr/bin/python3 has torch and numpy).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
golden="$here/../../expolu-core/src/test/golden"
python="${PYTHON:-/usr/bin/python3}"
"$python" -c 'import torch, numpy' 2>/dev/null || {
  echo "needs PyTorch and numpy for $python: apt-get install -y python3-torch" >&2; exit 2; }
case "${1:-}" in
  --write) out="$golden" ;;
  "") out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT ;;
  *) out="$1"; mkdir -p "$out" ;;
esac
for name in $("$python" -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))))' "$here/cases.json"); do
  spec="$("$python" -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))[sys.argv[2]]))' "$here/cases.json" "$name")"
  "$python" "$here/make_case.py" "$spec" "$out/$name" >/dev/null
done
[ "$out" = "$golden" ] && { echo "rewrote $(ls "$golden" | grep -vc README) case(s) in $golden"; exit 0; }
"$python" "$here/compare.py" "$out" "$golden" "$here/cases.json"
