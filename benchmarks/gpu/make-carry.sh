#!/usr/bin/env bash
# Builds the folder that takes expolu's GPU engine to a GPU machine that has CUDA 12/13 but no Java,
# no Maven and no network (default .gpu, about 55 MB; keep it out of git):
#   jdk/           a jlink'd Java 17 runtime
#   lib/           expolu-core's jar and what its GPU path loads (JavaCPP's CUDA 13.1 bindings, Jackson,
#                  SnakeYAML; no DL4J: the cuda engine does not load it), JUnit's console launcher, AssertJ
#   test-classes/  expolu-core's tests (the GPU tests, the benchmark)
# On that machine, from the repository root: benchmarks/gpu-step-time.sh
#
#   benchmarks/gpu/make-carry.sh [DIR]        (here, with Java 17 and Maven Central)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${1:-.gpu}
JDK=${JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
./mvnw -B -q -ntp install -DskipTests -pl expolu-core -am
rm -rf "$DIR"; mkdir -p "$DIR/lib"
"$JDK/bin/jlink" --add-modules java.base,java.logging,java.xml,jdk.unsupported,java.management,jdk.zipfs,jdk.incubator.vector \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$DIR/jdk"
version=$(./mvnw -B -q -ntp help:evaluate -Dexpression=project.version -DforceStdout -pl expolu-core)
prop() { ./mvnw -B -q -ntp help:evaluate -Dexpression="$1" -DforceStdout; }
javacpp=$(prop javacpp.version); cuda=$(prop cuda.bindings.version); jackson=$(prop jackson.version)
assertj=$(prop assertj.version); junit=$(prop junit.version)
for a in org.bytedeco:javacpp:$javacpp org.bytedeco:javacpp:$javacpp:jar:linux-x86_64 \
         org.bytedeco:cuda:$cuda org.bytedeco:cuda:$cuda:jar:linux-x86_64 \
         com.fasterxml.jackson.core:jackson-core:$jackson com.fasterxml.jackson.core:jackson-databind:$jackson \
         com.fasterxml.jackson.core:jackson-annotations:$jackson \
         com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:$jackson org.yaml:snakeyaml:2.2 \
         org.assertj:assertj-core:$assertj org.junit.platform:junit-platform-console-standalone:1.${junit#5.}; do
  ./mvnw -B -q -ntp dependency:copy -Dartifact="$a" -DoutputDirectory="$DIR/lib"
done
cp "expolu-core/target/expolu-core-$version.jar" "$DIR/lib/"
cp -r expolu-core/target/test-classes "$DIR/test-classes"
du -sh "$DIR"
