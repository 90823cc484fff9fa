#!/usr/bin/env bash
# Search benchmark: generates N policies (default 10000), builds the site, indexes the same site with
# Pagefind (npm pagefind@1.6.0, installed in a temporary folder, never in the repository), then
# measures both in Chromium: bytes of a first query, total index size, and query time once loaded.
# Usage: bash scripts/search-bench.sh [N]. Results: bench-out/search/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
out="bench-out/search"
rm -rf "$out"
mkdir -p "$out"

mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

java -cp "$cp" gongkai.bench.CorpusGenerator --count "$n" --seed 42 --out "$out/corpus"
start=$(date +%s%N)
java -jar target/gongkai.jar build --content "$out/corpus" --out "$out/site" --as-of 2026-11-22
echo "gongkai build: $(( ($(date +%s%N) - start) / 1000000 )) ms (the whole site, search index included)"

pf="$(mktemp -d)"
trap 'rm -rf "$pf"' EXIT
npm install --silent --no-audit --no-fund --prefix "$pf" pagefind@1.6.0 >/dev/null
start=$(date +%s%N)
"$pf/node_modules/@pagefind/linux-x64/bin/pagefind_extended" --site "$out/site" --output-subdir pagefind \
  --glob '{policies,interpretations}/*/index.html' --quiet
echo "Pagefind indexing: $(( ($(date +%s%N) - start) / 1000000 )) ms"

java -cp "$cp" gongkai.bench.SearchBench "$out/site" "$out/report.md"
