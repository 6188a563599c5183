#!/usr/bin/env bash
# Sitemaps of a very large site with a small heap (issue: search engines).
#
#   src/benchmark/sitemap-benchmark.sh [N] [HEAP]        defaults: 1000000 questions, 128m heap
#
# Builds a database of N listed questions directly with SQL (an import of a million files would
# take the benchmark's whole time budget), starts the packaged app on it with -Xmx$HEAP, fetches
# /sitemap.xml and every file it lists, and checks that every question is listed exactly once.
# A heap that small cannot hold the list (a million urls is ~100 MB as Java strings, and H2's page
# cache takes 64 MB of the heap): the sitemaps are written as a stream. Prints the time, the urls
# counted and the server's peak RSS.
# Needs: a package build (./mvnw package -DskipTests), curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-1000000}
HEAP=${2:-128m}
WORK=${WORK:-/tmp/quicktakes-sitemap-bench}
JAR=target/quarkus-app/quarkus-run.jar
H2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
PORT=${PORT:-18090}

if [ ! -f "$WORK/data/quicktakes.mv.db" ] || [ "$(cat "$WORK/size" 2>/dev/null)" != "$N" ]; then
rm -rf "$WORK" && mkdir -p "$WORK/empty-content"
# The schema, and a first import (of nothing) so that the site counts as loaded.
java -Dsite.data-dir="$WORK/data" -jar "$JAR" import "$WORK/empty-content" > /dev/null
cat > "$WORK/fill.sql" <<SQL
INSERT INTO subject (id, slug, name, question_count, updated_at) VALUES (1000000, 'bulk', 'Bulk', $N, CURRENT_TIMESTAMP);
INSERT INTO question (id, url, subject_id, slug, subject_name, source_path, export_id, title, article_title, question_text,
                      description, published, published_text, post_on_text, score, no_index, has_math, updated_at)
SELECT X, '/learn/bulk/questions/question-' || X, 1000000, 'question-' || X, 'Bulk', 'bulk/question-' || X || '.md', X,
       'Question ' || X, 'Question ' || X, 'Question ' || X, 'Description ' || X,
       DATEADD('DAY', -MOD(X, 3650), DATE '2026-01-01'), NULL, 'Posted on', -1.0, FALSE, FALSE, CURRENT_TIMESTAMP
FROM SYSTEM_RANGE(1, $N);
INSERT INTO listing (subject_id, position, question_id) SELECT 1000000, X - 1, X FROM SYSTEM_RANGE(1, $N);
INSERT INTO newest (position, question_id) SELECT X - 1, X FROM SYSTEM_RANGE(1, 50);
UPDATE import_run SET changed_content = TRUE;
SQL
start=$(date +%s)
java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/quicktakes" -user sa -script "$WORK/fill.sql"
echo "database of $N questions built in $(( $(date +%s) - start )) s" >&2
echo "$N" > "$WORK/size"
fi

java -Xmx"$HEAP" -Dsite.data-dir="$WORK/data" -Dsite.import-on-start=false -Dquarkus.http.port=$PORT -jar "$JAR" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 600); do curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && break; sleep 0.1; done

start=$(date +%s.%N)
curl -sf "http://localhost:$PORT/sitemap.xml" > "$WORK/index.xml"
TOTAL=0
for loc in $(grep -oE '<loc>[^<]+</loc>' "$WORK/index.xml" | sed -E 's#</?loc>##g'); do
  path=${loc#http://localhost:8080}
  count=$(curl -sf "http://localhost:$PORT$path" | grep -o '<loc>' | wc -l)
  TOTAL=$((TOTAL + count))
done
end=$(date +%s.%N)
PEAK_KB=$(grep VmHWM "/proc/$SERVER/status" | awk '{print $2}')
kill -0 $SERVER || { echo "the server died: see $WORK/server.log" >&2; exit 1; }
grep -q OutOfMemoryError "$WORK/server.log" && { echo "out of memory: see $WORK/server.log" >&2; exit 1; }

EXPECTED=$((N + 1 + (N + 49) / 50))
echo "sitemap files: $(grep -c '<sitemap>' "$WORK/index.xml"); urls: $TOTAL (expected $EXPECTED: $N questions, the home page, $(( (N + 49) / 50 )) listing pages)"
echo "fetched in $(echo "$end - $start" | bc) s with -Xmx$HEAP; server peak RSS $((PEAK_KB / 1024)) MiB"
[ "$TOTAL" -eq "$EXPECTED" ]
