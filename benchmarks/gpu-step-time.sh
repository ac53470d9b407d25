#!/usr/bin/env bash
# On a GPU machine, from the repository root, with the folder benchmarks/gpu/make-carry.sh built
# (default .gpu): the GPU engine's checks and figures, and PyTorch's beside them, in one run.
#   0. preflight (seconds): the carried Java runs here (glibc), the CUDA driver, NVRTC 13 and its builtins
#   1. the GPU tests (CudaGoldenTest, CudaDeterminismTest, CudaSeedClaimTest: the seed script's golden
#      curves, determinism, seed-claim-full against the fused engine's pinned runs), through JUnit's console
#      launcher; not the rest of dev.expolu.cuda, which the build runs where g++ and nvcc are
#   2. the seed's step (30 x 512, float32) with 1, 20 and 1024 runs at once: ours, then PyTorch's
#      (benchmarks/gpu/gpu_anchor.py: eager and as a CUDA graph) on the same GPU
#   3. seed-claim-full end to end through the core entry point the Mojo calls (JVM start, kernel
#      compilation, 20 runs x 400 rounds, records, verdicts, reports), wall time
# then a summary: each step's exit (124: its time limit), and every GPU test failed, skipped or aborted,
# named. Exit 0 only where every step passed and every GPU test ran and passed.
#
# LD_LIBRARY_PATH is unset: the engine must find NVRTC's builtins by itself, as in a plain Maven build
# (EXPOLU_GPU_KEEP_LD_LIBRARY_PATH=1 keeps the caller's, to compare). Each step runs under
# timeout -k: at its limit it gets SIGTERM, 10 s later SIGKILL, so a hung JVM costs at most that.
#
#   benchmarks/gpu-step-time.sh [DIR] [OUTDIR]
set -uo pipefail
cd "$(dirname "$0")/.."
G=$(realpath "${1:-.gpu}"); OUT=${2:-${OUT:-/tmp/expolu-gpu}}; mkdir -p "$OUT"
[ "${EXPOLU_GPU_KEEP_LD_LIBRARY_PATH:-}" = 1 ] || unset LD_LIBRARY_PATH
bash benchmarks/gpu/preflight.sh "$G" 2>&1 | tee "$OUT/preflight.log"
preflight=${PIPESTATUS[0]}
[ "$preflight" -eq 0 ] || { echo "preflight failed (exit $preflight): nothing else was run"; exit "$preflight"; }
J="$G/jdk/bin/java"
: > "$OUT/steps"
step() { # NAME SECONDS COMMAND...: runs it under timeout -k; its exit goes to $OUT/steps (read by the summary)
  local name=$1 limit=$2; shift 2
  timeout -k 10 "$limit" "$@"; local rc=$?
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then echo "$name: stopped at its limit of $limit s"; fi
  echo "$name: exit $rc" >> "$OUT/steps"
  return $rc
}
timeout -k 5 20 nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader | sed 's/^/gpu: /'

echo "== 1. GPU tests"
rm -rf "$OUT/junit"
(cd expolu-core && step "1. GPU tests" 150 "$J" --add-modules jdk.incubator.vector -cp "$G/test-classes:$G/lib/*" \
   org.junit.platform.console.ConsoleLauncher --select-class dev.expolu.cuda.CudaGoldenTest \
   --select-class dev.expolu.cuda.CudaDeterminismTest --select-class dev.expolu.cuda.CudaSeedClaimTest --disable-banner \
   --disable-ansi-colors --details=tree --reports-dir "$OUT/junit") > "$OUT/gpu-tests.log" 2>&1
grep -E "golden|determinism|seed-claim|round 1|rounds to|Mann|✘|■|↷|tests (successful|failed|skipped|aborted)|Exception|expected" \
  "$OUT/gpu-tests.log" | head -80

echo "== 2. the seed's step: expolu cuda"
step "2. bench (expolu)" 120 "$J" -cp "$G/test-classes:$G/lib/*" dev.expolu.bench.CudaBenchmark 4 1 20 1024 2>&1 \
  | tee "$OUT/bench.log"
echo "== 2. the seed's step: PyTorch (gpu_anchor.py)"
step "2. bench (PyTorch)" 150 env INIT=device SEEDS_AT_ONCE=1,20,1024 STEPS=63 python3 benchmarks/gpu/gpu_anchor.py 2>&1 \
  | tee -a "$OUT/bench.log"

echo "== 3. seed-claim-full end to end on the GPU"
rm -rf /tmp/expolu-e2e
start=$(date +%s.%N)
step "3. seed-claim-full end to end" 120 "$J" --add-modules jdk.incubator.vector -cp "$G/lib/*" dev.expolu.cli.Main \
  --experiments experiments/src/experiments --include seed-claim-full --engine cuda --no-cache --lock off \
  --progress-seconds 5 --records /tmp/expolu-e2e/records --reports /tmp/expolu-e2e/reports > "$OUT/e2e.log" 2>&1
end=$(date +%s.%N)
cat "$OUT/e2e.log"
echo "seed-claim-full end to end: $(awk "BEGIN {printf \"%.1f\", $end - $start}") s wall"

echo "== summary"
cat "$OUT/steps"
failed=0
grep -qv ': exit 0$' "$OUT/steps" && failed=1
bash benchmarks/gpu/junit-summary.sh "$OUT/junit" "GPU tests" || failed=1
exit $failed
