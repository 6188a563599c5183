#!/usr/bin/env bash
# Site search benchmark (issue 13), against the packaged application, on N generated questions.
#
#   src/benchmark/search-site-benchmark.sh [N=36000] [WORK_DIR]
#
# Prints, each beside its baseline measured in the same run:
#   1. the cold import with search indexing (this build) against the same import without it
#      (WITHOUT_JAR: a build from before search, e.g. git worktree of commit 0928410 packaged;
#      skipped when unset), alternately twice each; and the index's size on disk;
#   2. search latency p50/p99 over 1,000 real-looking queries (words of titles, one in five
#      misspelled, two-word queries, one in ten with a subject filter), one client, each query
#      asked once (so none is answered from the page cache), on a server warmed by another 1,000
#      such queries first, whose figures are printed too (the cold start of the search path);
#   3. throughput with wrk at 50 connections: over 40,000 distinct queries, each asked once (every
#      request a search), then over the 1,000 measured queries, which after their first pass come
#      from the page cache, as repeated searches do in production;
#   4. the bytes of a results page, gzip, against what Pagefind makes a browser download for a
#      first query on a Hugo build of the same corpus (../shared/peers; needs hugo and npm; set
#      PAGEFIND=0 to skip).
# Needs: a package build (./mvnw package -DskipTests), python3, wrk, curl, GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-36000}
WORK=${2:-/tmp/quicktakes-search-bench}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18095}
CORPUS=$WORK/corpus-$N
mkdir -p "$WORK"
source src/benchmark/common.sh
require_jar
ensure_corpus "$N" "$CORPUS"

import_seconds() { # JAR DATA_DIR
  rm -rf "$2"
  java -Dsite.data-dir="$2" -jar "$1" import "$CORPUS" 2>/dev/null | grep -oE 'in [0-9.]+ s' | head -1 | grep -oE '[0-9.]+'
}

echo "## 1. import with indexing"
if [ -n "${WITHOUT_JAR:-}" ]; then
  for round in 1 2; do
    without=$(import_seconds "$WITHOUT_JAR" "$WORK/data-without")
    with=$(import_seconds "$JAR" "$WORK/data-$N")
    echo "round $round: without search ${without} s, with search ${with} s, ratio $(python3 -c "print(f'{$with/$without:.2f}')")"
  done
else
  echo "with search: $(import_seconds "$JAR" "$WORK/data-$N") s (set WITHOUT_JAR for the baseline)"
fi
echo "index on disk: $(du -sm "$WORK/data-$N/search" | cut -f1) MiB; database: $(du -sm "$WORK/data-$N"/quicktakes.mv.db | cut -f1) MiB"

java -Xmx512m -Dsite.data-dir="$WORK/data-$N" -Dsite.content-dir="$CORPUS" -Dsite.import-on-start=false \
    -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar "$JAR" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 600); do curl -sf -o /dev/null "http://localhost:$((PORT + 1))/q/health/ready" && break; sleep 0.2; done

# Real-looking queries: words of titles, one in five misspelled, one to three words, one in ten
# with a subject filter. Writes COUNT distinct query urls to each FILE in turn, none in two files
# (the later sets lean towards two and three words: single words run out).
make_queries() { # COUNT FILE [COUNT FILE ...]
python3 - "$CORPUS" "$@" <<'PY'
import random, sys, pathlib, urllib.parse
corpus, sets = pathlib.Path(sys.argv[1]), list(zip(sys.argv[2::2], sys.argv[3::2]))
random.seed(7)
titles, subjects = [], []
for file in sorted(corpus.rglob("*.md"))[::25]:
    text = file.read_text(encoding="utf-8")
    title = text.split("title: >-\n", 1)[1].split("\n", 1)[0].strip() if "title: >-\n" in text else ""
    subject = [l[5:].strip() for l in text.splitlines() if l.startswith("url: ")][0].split("/")[2]
    titles.append(title); subjects.append(subject)
stop = {"what", "is", "the", "a", "an", "of", "how", "does", "do", "why", "in", "and", "to", "for", "are", "on", "with"}
def misspell(word):
    if len(word) < 5: return word
    i = random.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if random.random() < 0.5 else word[:i] + word[i + 1:]
seen = set()
for count, out in sets:
  queries = []
  while len(queries) < int(count):
    i = random.randrange(len(titles))
    words = [w.strip("?,.:;()'\"").lower() for w in titles[i].split()]
    words = [w for w in words if w and w not in stop]
    if not words: continue
    picked = random.sample(words, min(len(words), random.choice([1, 2, 2, 3])))
    if random.random() < 0.2: picked[0] = misspell(picked[0])
    url = "/search?q=" + urllib.parse.quote_plus(" ".join(picked))
    if random.random() < 0.1: url += "&subject=" + subjects[i]
    if url not in seen:
      seen.add(url); queries.append(url)
  pathlib.Path(out).write_text("\n".join(queries) + "\n")
PY
}

# Asks each query of FILE once, one at a time, and prints the latency percentiles.
latencies() { # LABEL FILE
python3 - "$PORT" "$1" "$2" <<'PY'
import sys, time, http.client, statistics
port, label, urls = int(sys.argv[1]), sys.argv[2], [u for u in open(sys.argv[3]).read().splitlines() if u]
conn = http.client.HTTPConnection("localhost", port)
times = []
for url in urls:
    start = time.perf_counter()
    conn.request("GET", url, headers={"Accept-Encoding": "gzip"})
    response = conn.getresponse(); body = response.read()
    times.append((time.perf_counter() - start) * 1000)
    assert response.status == 200, (url, response.status)
times.sort()
q = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
print(f"{label}: {len(times)} queries, p50={q(50):.1f}ms p90={q(90):.1f}ms p99={q(99):.1f}ms max={times[-1]:.1f}ms mean={statistics.mean(times):.1f}ms")
PY
}

make_queries 1000 "$WORK/queries.txt" 1000 "$WORK/warm-up-queries.txt" 40000 "$WORK/distinct-queries.txt"
echo "## 2. latency, one client, distinct queries each asked once (none answered from the page cache)"
latencies "first 1,000 after the start (JIT still compiling the search path)" "$WORK/warm-up-queries.txt"
latencies "the next 1,000, other queries (measured)" "$WORK/queries.txt"

# wrk: each thread walks its own share of FILE's urls in order, so no url is asked twice.
wrk_over() { # FILE SECONDS
  cat > "$WORK/urls.lua" <<LUA
local paths = {}
for line in io.lines("$1") do paths[#paths + 1] = line end
local threads = 0
setup = function(thread) thread:set("id", threads); threads = threads + 1 end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[((n * 2 + id) % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
LUA
  wrk -t2 -c50 -d"$2"s -s "$WORK/urls.lua" "http://localhost:$PORT" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors" || true
}
echo "## 3. throughput, wrk, 50 connections"
echo "distinct queries, 20 s, each url asked once (every one a search, nothing from the page cache):"
wrk_over "$WORK/distinct-queries.txt" 20
echo "repeated queries, 30 s, over the 1,000 measured above (a repeated search is a page-cache hit):"
wrk_over "$WORK/queries.txt" 30

echo "## 4. bytes of a first results page"
Q=$(sed -n '1p' "$WORK/queries.txt")
echo "results page $Q: $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://localhost:$PORT$Q") bytes gzip, $(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$PORT$Q") identity, scripts: $(curl -s "http://localhost:$PORT$Q" | grep -c '<script src' || true)"
if [ "${PAGEFIND:-1}" = 1 ]; then
  rm -rf "$WORK/hugo-site"
  /usr/bin/time -f 'hugo: %e s, peak RSS %M KB' "$SHARED/peers/hugo/run-peer.sh" "$CORPUS" "$WORK/hugo-site" 2>&1 | tail -1
  "$SHARED/peers/pagefind/run.sh" "$WORK/hugo-site"
fi
