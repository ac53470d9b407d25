#!/usr/bin/env bash
# One SGD step of the seed's net (30 x 512, float32, batch size 1) on one core: expolu's fused
# engine against PyTorch's ref_fast.py (tools/reference), alternately, in one command.
# Then two seeds at once on two cores, and the memory of a run.
#
#   benchmarks/step-time.sh [repeats]          (needs Debian's python3-torch: apt-get install python3-torch)
#   benchmarks/step-time.sh --plain [repeats]  the step through the plugin in a plain user project
#
# --plain installs the plugin, writes a throwaway project under /tmp with no .mvn folder (so Maven's
# JVM lacks jdk.incubator.vector) that declares only the plugin, and builds it with the defaults, the
# training forked; Maven, its fork and PyTorch pinned to one core, alternately. The step time is read
# from the run records: variant long (45 rounds) less variant short (5 rounds) of the same seed, over
# the 40 x 21 steps between them, after a first variant that warms the JIT up; what a run spends
# beyond its steps (drawing the initial weights) cancels. Then once with expolu.fork=false, for
# comparison: Maven's JVM without the vector module. Maven's options pass in MAVEN_ARGS
# (say MAVEN_ARGS="-o -Dmaven.repo.local=...").
set -euo pipefail
cd "$(dirname "$0")/.."
plain=false
if [[ "${1:-}" == "--plain" ]]; then plain=true; shift; fi
repeats=${1:-3}
ref=${EXPOLU_REFERENCE:-tools/reference/ref_fast.py}
rounds=5   # 105 steps a measurement, after 84 steps of warm-up

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
pytorch_step() {   # ms a step of ref_fast.py, on core 0, one thread
  local json
  json=$(OMP_NUM_THREADS=1 SEED=$1 ACT=1 N=512 LAYERS=30 ROUNDS=$rounds THREADS=1 taskset -c 0 /usr/bin/python3 "$ref")
  python3 -c "import json,sys; d=json.loads(sys.argv[1]); print('%.3f' % (d['elapsed']*1000/(d['rounds']*21)))" "$json"
}

if $plain; then
  ./mvnw -q -B -ntp install -DskipTests -pl expolu-core,expolu-maven-plugin -am
  version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
  mvn_home=$(./mvnw -B -v | sed -n 's/^Maven home: //p')
  project=$(mktemp -d /tmp/expolu-plain.XXXXXX)
  mkdir -p "$project/src/experiments"
  cat > "$project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>plain</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.expolu</groupId>
        <artifactId>expolu-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>train</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
  cat > "$project/src/experiments/step.yaml" <<YAML
data: {points: [[-10, 6], [-9, 3], [-8, 1], [-7, -2], [-6, -5], [-5, -2], [-4, 1], [-3, 3], [-2, 5], [-1, 2], [0, 0],
        [10, 6], [9, 3], [8, 1], [7, -2], [6, -5], [5, -2], [4, 1], [3, 3], [2, 5], [1, 2]]}
model: {layers: 30, width: 512, activation: expolu}
training: {dtype: float32}
seeds: [2]
variants:
  warm:  {training: {rounds: 4}, seeds: [1]}
  short: {training: {rounds: 5}}
  long:  {training: {rounds: 45}}
YAML
  wall() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['wallSeconds'])" "$project/target/expolu/step/$1/seed-2.json"; }
  ours=(); theirs=()
  for i in $(seq "$repeats"); do
    (cd "$project" && OMP_NUM_THREADS=1 taskset -c 0 "$mvn_home/bin/mvn" -B -q -ntp verify -Dexpolu.cache=false \
        -Dexpolu.lock=off > "$project/build-$i.log" 2>&1) || { cat "$project/build-$i.log"; exit 1; }
    ours+=("$(awk "BEGIN {printf \"%.3f\", ($(wall long) - $(wall short)) * 1000 / (40 * 21)}")")
    whole=$(awk "BEGIN {printf \"%.3f\", $(wall long) * 1000 / (45 * 21)}")
    theirs+=("$(pytorch_step "$i")")
    echo "repeat $i: expolu through the plugin (plain project, forked) ${ours[-1]} ms/step (whole run ${whole}), PyTorch ref_fast.py ${theirs[-1]} ms/step"
  done
  m_ours=$(median "${ours[@]}"); m_theirs=$(median "${theirs[@]}")
  echo "median: expolu through the plugin ${m_ours} ms/step, PyTorch ${m_theirs} ms/step, ratio $(awk "BEGIN {printf \"%.3f\", $m_ours/$m_theirs}") (goal <= 0.15)"
  (cd "$project" && OMP_NUM_THREADS=1 taskset -c 0 "$mvn_home/bin/mvn" -B -q -ntp verify -Dexpolu.cache=false \
      -Dexpolu.lock=off -Dexpolu.fork=false > "$project/build-in-maven.log" 2>&1) || { cat "$project/build-in-maven.log"; exit 1; }
  echo "once, in Maven's JVM (expolu.fork=false, so plain-Java kernels):" \
      "$(awk "BEGIN {printf \"%.3f\", ($(wall long) - $(wall short)) * 1000 / (40 * 21)}") ms/step"
  echo "project: $project ($(test -d "$project/.mvn" && echo "has" || echo "no") .mvn folder)"
  exit 0
fi

./mvnw -q -B -ntp test-compile -pl expolu-core
./mvnw -q -B -ntp dependency:build-classpath -pl expolu-core -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
cp="expolu-core/target/test-classes:expolu-core/target/classes:$(cat expolu-core/target/bench.cp)"
vector="--add-modules jdk.incubator.vector"   # the vector kernels, as .mvn/jvm.config gives Maven

ours=(); theirs=()
for i in $(seq "$repeats"); do
  line=$(OMP_NUM_THREADS=1 taskset -c 0 java $vector -Xmx2g -cp "$cp" dev.expolu.bench.StepBenchmark fused 30 512 $rounds 1 2>/dev/null)
  ours+=("$(sed -E 's/.*step_ms=([0-9.]+).*/\1/' <<<"$line")")
  theirs+=("$(pytorch_step "$i")")
  echo "repeat $i: expolu fused ${ours[-1]} ms/step, PyTorch ref_fast.py ${theirs[-1]} ms/step"
done
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
