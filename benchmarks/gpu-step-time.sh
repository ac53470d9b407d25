#!/usr/bin/env bash
# On a GPU machine, from the repository root, with the folder benchmarks/gpu/make-carry.sh built
# (default .gpu): the GPU engine's checks and figures, and PyTorch's beside them, in one run.
#   1. the GPU tests (dev.expolu.cuda: the seed script's golden curves, determinism, seed-claim-full
#      against the fused engine's pinned runs), through JUnit's console launcher
#   2. the seed's step (30 x 512, float32) with 1, 20 and 1024 runs at once: ours, then PyTorch's
#      (benchmarks/gpu/gpu_anchor.py: eager and as a CUDA graph) on the same GPU
#   3. seed-claim-full end to end through the core entry point the Mojo calls (JVM start, kernel
#      compilation, 20 runs x 400 rounds, records, verdicts, reports), wall time
#
#   benchmarks/gpu-step-time.sh [DIR] [OUTDIR]
set -uo pipefail
cd "$(dirname "$0")/.."
G=$(realpath "${1:-.gpu}"); OUT=${2:-${OUT:-/tmp/expolu-gpu}}; mkdir -p "$OUT"
export LD_LIBRARY_PATH=/usr/local/cuda/lib64:${LD_LIBRARY_PATH:-}
chmod -R u+x "$G/jdk/bin" "$G/jdk/lib"
J="$G/jdk/bin/java"
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader | sed 's/^/gpu: /'

echo "== 1. GPU tests"
(cd expolu-core && timeout 150 "$J" --add-modules jdk.incubator.vector -cp "$G/test-classes:$G/lib/*" \
   org.junit.platform.console.ConsoleLauncher --select-package dev.expolu.cuda --disable-banner \
   --details=tree --reports-dir "$OUT/junit") > "$OUT/gpu-tests.log" 2>&1
grep -E "golden|determinism|seed-claim|round 1|rounds to|Mann|✘|tests (successful|failed|skipped)|Exception|expected" \
  "$OUT/gpu-tests.log" | head -80

echo "== 2. the seed's step: expolu cuda"
timeout 120 "$J" -cp "$G/test-classes:$G/lib/*" dev.expolu.bench.CudaBenchmark 4 1 20 1024 2>&1 | tee "$OUT/bench.log"
echo "== 2. the seed's step: PyTorch (gpu_anchor.py)"
INIT=device SEEDS_AT_ONCE=1,20,1024 STEPS=63 timeout 150 python3 benchmarks/gpu/gpu_anchor.py 2>&1 | tee -a "$OUT/bench.log"

echo "== 3. seed-claim-full end to end on the GPU"
rm -rf /tmp/expolu-e2e
start=$(date +%s.%N)
timeout 120 "$J" --add-modules jdk.incubator.vector -cp "$G/lib/*" dev.expolu.cli.Main --experiments experiments/src/experiments \
  --include seed-claim-full --engine cuda --no-cache --lock off --progress-seconds 5 \
  --records /tmp/expolu-e2e/records --reports /tmp/expolu-e2e/reports > "$OUT/e2e.log" 2>&1
status=$?
end=$(date +%s.%N)
cat "$OUT/e2e.log"
echo "seed-claim-full end to end: exit $status, $(awk "BEGIN {printf \"%.1f\", $end - $start}") s wall"
