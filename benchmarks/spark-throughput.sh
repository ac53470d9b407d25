#!/usr/bin/env bash
# The same experiment on local threads (expolu.threads=2) and on a Spark standalone cluster of two
# one-core workers started on this machine (a master and two workers, each a JVM; the executors are
# JVMs of their own), wall times and the overhead per run. The cluster's start is timed apart.
#
#   benchmarks/spark-throughput.sh [seeds-per-variant=8] [rounds=400] [width=24]
#
# Two variants, so 2 x seeds runs. Needs ./mvnw -B install -DskipTests first (or pass -o with a
# local repository that has Spark). Prints the figures; docs/spark.md's come from it.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-8}; rounds=${2:-400}; width=${3:-24}
repo=${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL}
cp_file=$(mktemp /tmp/spark-throughput-cp.XXXXXX)
./mvnw -B -q $repo -pl expolu-spark test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
    -Dmdep.includeScope=test >/dev/null
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' expolu-spark/pom.xml)
# shellcheck disable=SC2086
java -Xmx1g $opts -cp "expolu-spark/target/test-classes:expolu-spark/target/classes:$(cat "$cp_file")" \
    dev.expolu.spark.SparkThroughput "$seeds" "$rounds" "$width"
rm -f "$cp_file"
