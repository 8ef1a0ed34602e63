#!/bin/sh
# Capture benchmark: bothways' flow indexer (fresh JVM, capped heap) against tshark and capinfos.
#   modules/capture/bench.sh [MIB] [XMX]     e.g. modules/capture/bench.sh 1024 256m
# Writes the synthetic capture to ${BENCH_DIR:-/tmp/bothways-capture-bench}/synthetic-v2-MIB.pcap once, then compares.
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
# The name changes with the generator's mix (v2: 1.7 M packets per GiB), so an old file is never reused.
file="$dir/synthetic-v2-$mib.pcap"
[ -f "$file" ] || "$JAVA_HOME/bin/java" -cp "$cp" dev.bothways.capture.bench.CaptureBenchmark generate "$file" "$mib"
# Also time the real command, as users start it, when the app is built (./mvnw -q package -DskipTests).
app=""
[ -x "$root/app/target/bothways" ] && [ -f "$root/app/target/bothways-app.jar" ] && app="$root/app/target/bothways"
"$JAVA_HOME/bin/java" -cp "$cp" dev.bothways.capture.bench.CaptureBenchmark compare "$file" "$xmx" "$app"
