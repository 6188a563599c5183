#!/usr/bin/env bash
# Live content benchmark (issue 14): the time from the write of a content file to its page
# showing the change, on a running server that watches its content folder.
#
#   src/benchmark/live-content-benchmark.sh [N] [SAMPLES]
#
# N = 0 (the default) runs on a copy of the test content (61 files); otherwise on a corpus of N
# questions made with ../shared/tools/gen_corpus.py (seed 1, kept in WORK_DIR for later runs).
# Each sample rewrites one file's title and polls its page every 20 ms until the new title shows.
# Needs: a package build (./mvnw package -DskipTests), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-0}
SAMPLES=${2:-5}
WORK=${WORK_DIR:-/tmp/quicktakes-live}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18090}
MANAGEMENT=$((PORT + 1))
CONTENT=$WORK/content-$N
DATA=$WORK/data-$N
LOG=$WORK/server-$N.log

[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
rm -rf "$CONTENT" "$DATA"
if [ "$N" = 0 ]; then
  cp -r src/test/resources/content "$CONTENT"
  FILE=$CONTENT/geography/where-does-the-amazon-river-flow.md
else
  [ -d "$WORK/corpus-$N" ] || python3 "$SHARED/tools/gen_corpus.py" --out "$WORK/corpus-$N" --questions "$N" --seed 1 >&2
  cp -r "$WORK/corpus-$N" "$CONTENT"
  FILE=$(grep -l '^url: ' -r "$CONTENT" --include='*.md' | sort | sed -n 1p)
fi
URL=$(grep -m1 '^url: ' "$FILE" | cut -d' ' -f2)

java -Dsite.data-dir="$DATA" -Dsite.content-dir="$CONTENT" -Dquarkus.http.port="$PORT" \
  -Dquarkus.management.port="$MANAGEMENT" -jar "$JAR" > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
until curl -sf "localhost:$MANAGEMENT/admin/import" | grep -q '"importing":false'; do sleep 0.5; done
echo "$(find "$CONTENT" -name '*.md' | wc -l) files; editing $FILE, page $URL"

for i in $(seq 1 "$SAMPLES"); do
  MARK="edited-$i-$RANDOM"
  python3 - "$FILE" "$MARK" <<'PY'
import sys
path, mark = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\n")
at = lines.index("title: >-") + 1
lines[at] = "    A title " + mark + "?"
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
  START=$(date +%s%N)
  until curl -s "localhost:$PORT$URL" | grep -q "$MARK"; do sleep 0.02; done
  echo "sample $i: $(( ($(date +%s%N) - START) / 1000000 )) ms from the write to the page"
  sleep 2
done
grep 'import finished' "$LOG" | tail -n "$SAMPLES" | sed 's/.*import finished/import finished/'
