#!/usr/bin/env bash
# Speed benchmark: generates N policies per size (default 1000 and 10000), builds each with gongkai
# (cold JVM, every feature on) and with Hugo (Debian package hugo, installed when missing; the same
# records and a minimal theme), alternating runs, then rebuilds after changing one record.
# Usage: bash scripts/bench.sh [SIZES] [RUNS], e.g. bash scripts/bench.sh 1000,10000,100000 3.
# Work files: bench-out/speed (not committed). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-1000,10000}"
runs="${2:-3}"
out="bench-out/speed"
mkdir -p "$out"

if ! command -v hugo >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends hugo >/dev/null
fi

mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
# The first build after packaging records the launcher's class-data archive (see scripts/gongkai):
# a once-per-jar cost, paid here on the portal's own content rather than by a timed run.
rm -rf "$out/warm-up"
bash scripts/gongkai build --out "$out/warm-up/site" --report "$out/warm-up/report" >/dev/null
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
java -cp "$cp" gongkai.bench.Benchmark --sizes "$sizes" --runs "$runs" --work "$out" --jar target/gongkai.jar
