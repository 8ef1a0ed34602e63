#!/bin/sh
# Capture benchmark: bothways' flow indexer (fresh JVM, capped heap) against tshark and capinfos.
#   modules/capture/bench.sh [MIB] [XMX]     e.g. modules/capture/bench.sh 1024 256m
# Writes the synthetic capture to ${BENCH_DIR:-/tmp/bothways-capture-bench}/synthetic-MIB.pcap once, then compares.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mib=${1:-1024}
xmx=${2:-256m}
dir=${BENCH_DIR:-/tmp/bothways-capture-bench}
cd "$root"
. .mvn/find-jdk.sh
./mvnw -q -B -pl modules/capture -am install -DskipTests
./mvnw -q -B -pl modules/capture test-compile dependency:build-classpath -Dmdep.outputFile="$dir.cp" >/dev/null
mkdir -p "$dir"
cp="$here/target/test-classes:$here/target/classes:$(cat "$dir.cp")"
file="$dir/synthetic-$mib.pcap"
[ -f "$file" ] || "$JAVA_HOME/bin/java" -cp "$cp" dev.bothways.capture.bench.CaptureBenchmark generate "$file" "$mib"
# Also time the real command when the app is built (./mvnw -q -pl app -am package -DskipTests).
app=""
[ -f "$root/app/target/bothways-app.jar" ] && app="$root/app/target/bothways-app.jar:$root/app/target/lib/*"
"$JAVA_HOME/bin/java" -cp "$cp" dev.bothways.capture.bench.CaptureBenchmark compare "$file" "$xmx" "$app"
