#!/usr/bin/env bash
# Builds the folder that takes expolu's GPU engine to a GPU machine that has CUDA 12/13 but no Java,
# no Maven and no network (default .gpu, about 55 MB; keep it out of git):
#   jdk/              a jlink'd Java 17 runtime
#   lib/              expolu-core's jar and what its GPU path loads (JavaCPP's CUDA 13.1 bindings, Jackson,
#                     SnakeYAML; no DL4J: the cuda engine does not load it), JUnit's console launcher, AssertJ
#   test-classes/     expolu-core's tests (the GPU tests, the benchmark)
#   carry.properties  the glibc the carried Java was linked against (glibc_needed), checked on the GPU
#                     machine by benchmarks/gpu/preflight.sh before anything runs
# On that machine, from the repository root: benchmarks/gpu-step-time.sh
#
#   benchmarks/gpu/make-carry.sh [DIR]        (here, with Java 17 and Maven Central)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${1:-.gpu}
JDK=${JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
# first, in seconds: a JDK 17 with jlink, and the tools that read what glibc its libraries need
for tool in "$JDK/bin/jlink" "$JDK/bin/java"; do
  [ -x "$tool" ] || { echo "make-carry: no $tool: set JDK to a Java 17 JDK's home"; exit 2; }
done
jdk_version=$(timeout -k 5 30 "$JDK/bin/java" -version 2>&1 | head -1)
case "$jdk_version" in
  *\"17.*) ;;
  *) echo "make-carry: $JDK is not Java 17 ($jdk_version): set JDK to a Java 17 JDK's home"; exit 2 ;;
esac
command -v objdump >/dev/null || { echo "make-carry: no objdump (binutils) to read the glibc the JDK needs"; exit 2; }
mvn() { timeout -k 10 900 ./mvnw -B -q -ntp "$@"; }
# package, not install: only expolu-core's jar is carried, from its target folder
mvn package -DskipTests -pl expolu-core -am
rm -rf "$DIR"; mkdir -p "$DIR/lib"
timeout -k 10 300 "$JDK/bin/jlink" \
  --add-modules java.base,java.logging,java.xml,jdk.unsupported,java.management,jdk.zipfs,jdk.incubator.vector \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$DIR/jdk"
version=$(mvn help:evaluate -Dexpression=project.version -DforceStdout -pl expolu-core)
prop() { mvn help:evaluate -Dexpression="$1" -DforceStdout; }
javacpp=$(prop javacpp.version); cuda=$(prop cuda.bindings.version); jackson=$(prop jackson.version)
assertj=$(prop assertj.version); junit=$(prop junit.version)
for a in org.bytedeco:javacpp:$javacpp org.bytedeco:javacpp:$javacpp:jar:linux-x86_64 \
         org.bytedeco:cuda:$cuda org.bytedeco:cuda:$cuda:jar:linux-x86_64 \
         com.fasterxml.jackson.core:jackson-core:$jackson com.fasterxml.jackson.core:jackson-databind:$jackson \
         com.fasterxml.jackson.core:jackson-annotations:$jackson \
         com.fasterxml.jackson.dataformat:jackson-dataformat-yaml:$jackson org.yaml:snakeyaml:2.2 \
         org.assertj:assertj-core:$assertj org.junit.platform:junit-platform-console-standalone:1.${junit#5.}; do
  mvn dependency:copy -Dartifact="$a" -DoutputDirectory="$DIR/lib"
done
cp "expolu-core/target/expolu-core-$version.jar" "$DIR/lib/"
cp -r expolu-core/target/test-classes "$DIR/test-classes"
# the newest glibc symbol version the carried runtime's binaries ask for: the least glibc that runs it
needed=$(find "$DIR/jdk" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
printf 'glibc_needed=%s\nglibc_built_on=%s\njava=%s\n' "$needed" "$(getconf GNU_LIBC_VERSION | awk '{print $2}')" \
  "$jdk_version" > "$DIR/carry.properties"
timeout -k 5 30 "$DIR/jdk/bin/java" -version >/dev/null 2>&1 || { echo "make-carry: the jlink'd Java does not run"; exit 1; }
ls "$DIR/lib" | grep -q "^cuda-$cuda-linux-x86_64.jar$" || { echo "make-carry: JavaCPP's CUDA natives are missing"; exit 1; }
cat "$DIR/carry.properties"
du -sh "$DIR"
