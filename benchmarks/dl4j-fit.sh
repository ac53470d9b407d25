#!/usr/bin/env bash
# A model.kind: dl4j run against DL4J's own fit loop over the same epochs, alternately, in one JVM,
# on one core with one ND4J thread: the same table (the wine data in experiments/), the same split,
# standardization, configuration (a deep plain MLP with ExpoLU), batches and epochs. Three loops, their
# order turned each repeat: kind (which also hashes its two files and records valLoss and accuracy
# every epoch), eval (DL4J's loop computing those metrics from one output of the held-out rows every
# epoch, as plain DL4J would) and fit (DL4J's loop alone). kind/eval is the harness's overhead (the
# goal: at most 1.05), eval/fit what the metrics cost in DL4J itself. Wall time, and the main thread's
# CPU time, which other processes' load moves less (GC threads share the pinned core: wall has them).
#
#   benchmarks/dl4j-fit.sh [repeats] [layers] [width] [epochs] [batch]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-7}; layers=${2:-12}; width=${3:-32}; epochs=${4:-30}; batch=${5:-16}
./mvnw -q -B -ntp test-compile -pl expolu-api,expolu-core -am
./mvnw -q -B -ntp dependency:build-classpath -pl expolu-core -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
cp="expolu-core/target/test-classes:expolu-core/target/classes:expolu-api/target/classes:$(cat expolu-core/target/bench.cp)"
OMP_NUM_THREADS=1 taskset -c 0 java -Xmx2g -cp "$cp" dev.expolu.dl4j.Dl4jFitBenchmark \
  experiments/src/experiments/data/wine.csv label "$layers" "$width" "$epochs" "$batch" "$repeats" 2>/dev/null
