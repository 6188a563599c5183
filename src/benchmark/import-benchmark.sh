#!/usr/bin/env bash
# Import and start-up benchmark (issue: content import at 100,000 questions).
#
#   src/benchmark/import-benchmark.sh N [WORK_DIR]
#
# Generates a corpus of N questions with ../shared/tools/gen_corpus.py (seed 1) unless WORK_DIR
# already has one, then measures, against the packaged JVM application:
#   - the baseline: reading and hashing every file with two processes (sha256sum), the floor
#     of any import, run right before the import so that both see the same machine load;
#   - a cold import (empty database) and a re-import of the unchanged corpus, with the import
#     command: wall time, the importer's own time, peak RSS;
#   - the database size on disk;
#   - server start to the first question page served, on the unchanged database, with the
#     startup import on (it re-checks the corpus in the background).
# Needs: a package build (./mvnw package -DskipTests; JAR=path/quarkus-run.jar measures another build), python3,
# GNU time, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:?usage: import-benchmark.sh N [WORK_DIR]}
WORK=${2:-/tmp/quicktakes-bench}
SHARED=${SHARED:-../shared}
CORPUS=$WORK/corpus-$N
DATA=$WORK/data-$N
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18080}

[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/tools/gen_corpus.py" --out "$CORPUS" --questions "$N" --seed 1 >&2
fi
FILES=$(find "$CORPUS/" -name '*.md' | wc -l)
BYTES=$(du -sb "$CORPUS" | cut -f1)

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.1f}')" "$1"; }

baseline() {
  sync
  local start end
  start=$(date +%s.%N)
  find "$CORPUS/" -name '*.md' -print0 | xargs -0 -P2 -n500 sha256sum > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# run_import LABEL: prints "wall import_seconds rss_mib"
run_import() {
  local log=$WORK/import-$N-$1.log
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" java -Dsite.data-dir="$DATA" -jar "$JAR" import "$CORPUS" > "$log" 2>&1
  local wall rss inner
  read -r wall rss < "$WORK/time.txt"
  inner=$(grep -oE 'in [0-9.]+ s' "$log" | head -1 | grep -oE '[0-9.]+')
  echo "$wall $inner $((rss / 1024))"
}

rm -rf "$DATA"
BASE1=$(baseline)
read -r COLD_WALL COLD_IMPORT COLD_RSS <<< "$(run_import cold)"
BASE2=$(baseline)
read -r RE_WALL RE_IMPORT RE_RSS <<< "$(run_import reimport)"
DB_MIB=$(( $(du -sb "$DATA" | cut -f1) / 1048576 ))

# Server start to the first question page, on the unchanged database.
FIRST_FILE=$(find "$CORPUS/" -name '*.md' -print -quit)
PAGE=$(sed -n 's/^url: //p' "$FIRST_FILE")
START=$(date +%s.%N)
java -Dsite.data-dir="$DATA" -Dsite.content-dir="$CORPUS" -Dquarkus.http.port=$PORT -jar "$JAR" > "$WORK/server-$N.log" 2>&1 &
SERVER=$!
for _ in $(seq 6000); do curl -sf -o /dev/null "http://localhost:$PORT$PAGE" && break; sleep 0.02; done
END=$(date +%s.%N)
FIRST_PAGE=$(echo "$END - $START" | bc)
STARTED=$(grep -oE 'started in [0-9.]+s' "$WORK/server-$N.log" | grep -oE '[0-9.]+')
kill $SERVER; wait $SERVER 2>/dev/null || true

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}x')" "$1" "$2"; }
cat <<REPORT
corpus: $FILES files, $((BYTES / 1048576)) MiB ($CORPUS)
| measure | seconds | x baseline |
| --- | --- | --- |
| baseline: read and hash every file (2 processes), before the cold import | $(seconds "$BASE1") | 1.0x |
| cold import (importer's own time) | $COLD_IMPORT | $(ratio "$COLD_IMPORT" "$BASE1") |
| cold import command (JVM start to exit) | $COLD_WALL | $(ratio "$COLD_WALL" "$BASE1") |
| baseline, before the re-import | $(seconds "$BASE2") | 1.0x |
| re-import of the unchanged corpus (importer's own time) | $RE_IMPORT | $(ratio "$RE_IMPORT" "$BASE2") |
| re-import command (JVM start to exit) | $RE_WALL | $(ratio "$RE_WALL" "$BASE2") |
| server start to first question page (Quarkus reports started in ${STARTED}s) | $(seconds "$FIRST_PAGE") | |

database on disk: $DB_MIB MiB; peak RSS: cold import $COLD_RSS MiB, re-import $RE_RSS MiB
REPORT
