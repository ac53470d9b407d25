#!/usr/bin/env bash
# One SGD step of the seed's net (30 x 512, float32, batch size 1) on one core: expolu's fused
# engine against PyTorch's ref_fast.py (../shared/reference), alternately, in one command.
# Then two seeds at once on two cores, and the memory of a run.
#
#   benchmarks/step-time.sh [repeats]      (needs Debian's python3-torch: apt-get install python3-torch)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
ref=${EXPOLU_REFERENCE:-../shared/reference/ref_fast.py}
./mvnw -q -B -ntp test-compile -pl expolu-core
./mvnw -q -B -ntp dependency:build-classpath -pl expolu-core -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
cp="expolu-core/target/test-classes:expolu-core/target/classes:$(cat expolu-core/target/bench.cp)"
vector="--add-modules jdk.incubator.vector"   # the vector kernels, as .mvn/jvm.config gives Maven
rounds=5   # 105 steps a measurement, after 84 steps of warm-up

ours=(); theirs=()
for i in $(seq "$repeats"); do
  line=$(OMP_NUM_THREADS=1 taskset -c 0 java $vector -Xmx2g -cp "$cp" dev.expolu.bench.StepBenchmark fused 30 512 $rounds 1 2>/dev/null)
  ours+=("$(sed -E 's/.*step_ms=([0-9.]+).*/\1/' <<<"$line")")
  json=$(OMP_NUM_THREADS=1 SEED=$i ACT=1 N=512 LAYERS=30 ROUNDS=$rounds THREADS=1 taskset -c 0 /usr/bin/python3 "$ref")
  theirs+=("$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print('%.3f' % (d['elapsed']*1000/(d['rounds']*21)))" "$json")")
  echo "repeat $i: expolu fused ${ours[-1]} ms/step, PyTorch ref_fast.py ${theirs[-1]} ms/step"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m_ours=$(median "${ours[@]}"); m_theirs=$(median "${theirs[@]}")
echo "median: expolu ${m_ours} ms/step, PyTorch ${m_theirs} ms/step, ratio $(awk "BEGIN {printf \"%.3f\", $m_ours/$m_theirs}") (goal <= 0.25)"

gains=()
for i in $(seq "$repeats"); do
  one=$(java $vector -Xmx2g -cp "$cp" dev.expolu.bench.StepBenchmark fused 30 512 10 1 2>/dev/null)
  two=$(java $vector -Xmx2g -cp "$cp" dev.expolu.bench.StepBenchmark fused 30 512 10 2 2>/dev/null)
  s1=$(sed -E 's/.*steps_per_s=([0-9.]+).*/\1/' <<<"$one"); s2=$(sed -E 's/.*steps_per_s=([0-9.]+).*/\1/' <<<"$two")
  gains+=("$(awk "BEGIN {printf \"%.2f\", $s2/$s1}")")
  echo "repeat $i: one seed ${s1} steps/s, two seeds at once ${s2} steps/s, gain ${gains[-1]}x"
done
echo "median two-seed gain: $(median "${gains[@]}")x (goal >= 1.6x)"

echo "memory of a full-size run (fused, float32), after a GC each round:"
java $vector -Xmx2g -cp "$cp" dev.expolu.bench.StepBenchmark memory 30 512 5 1 2>/dev/null | sed 's/^/  /'
