#!/usr/bin/env bash
# Search index benchmark (com.quicktakes.search, not wired into the app yet).
#
#   src/benchmark/search-benchmark.sh [N] [HEAP]        defaults: 36000 questions, 512m heap
#
# Generates a corpus of N questions with ../shared/tools/gen_corpus.py (seed 1) unless it exists,
# then runs com.quicktakes.search.SearchBenchmark (test scope) on it: indexing time per document and
# index size on disk (NIOFSDirectory), open time, query latency on one thread (p50/p90/p99/max over
# 5,000 queries of title words, a fifth misspelled), throughput on two threads for 10 s, and an
# incremental update. Needs: python3, and the test classes (./mvnw test-compile).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-36000}
HEAP=${2:-512m}
WORK=${WORK:-/tmp/quicktakes-search-bench}
SHARED=${SHARED:-../shared}
CORPUS=$WORK/corpus-$N

mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/tools/gen_corpus.py" --out "$CORPUS" --questions "$N" --seed 1 >&2
fi
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >&2
java -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" \
  com.quicktakes.search.SearchBenchmark "$CORPUS" "$WORK/index-$N"
