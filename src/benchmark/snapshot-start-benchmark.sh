#!/usr/bin/env bash
# Start from a snapshot (issue 14): how fast a memory-profile server is ready from a snapshot,
# against the same server importing everything at start, in the same run.
#
#   src/benchmark/snapshot-start-benchmark.sh N [WORK_DIR]
#
# Generates a corpus of N questions with ../shared/tools/gen_corpus.py (seed 1) unless WORK_DIR
# already has one, then, against the packaged JVM application:
#   1. the import command with --snapshot (a fresh data folder): its time and the snapshot's size;
#   2. ROUNDS (default 2) rounds of, one after the other so that both see the same machine load:
#      (a) the baseline: QUARKUS_PROFILE=prod,memory, the full import at start;
#      (b) the same with SITE_SNAPSHOT: the snapshot loaded at start;
#      each from process start to /q/health/ready answering 200, with the RSS at that moment;
#      for (b) also the loader's own time and the startup import that follows (every file unchanged);
#   3. the other format measured for the same database: H2's SCRIPT ... COMPRESSION GZIP, and its
#      RUNSCRIPT into an in-memory database (what loading it at start would cost, without the index).
# Needs: a package build (./mvnw package -DskipTests), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:?usage: snapshot-start-benchmark.sh N [WORK_DIR]}
WORK=${2:-/tmp/quicktakes-bench}
SHARED=${SHARED:-../shared}
ROUNDS=${ROUNDS:-2}
CORPUS=$WORK/corpus-$N
JAR=target/quarkus-app/quarkus-run.jar
H2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)
PORT=${PORT:-18091}
JAVA_OPTS=${JAVA_OPTS:-}
RUN=$WORK/snapshot-benchmark
TMP=$RUN/tmp

[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/tools/gen_corpus.py" --out "$CORPUS" --questions "$N" --seed 1 >&2
fi
FILES=$(find "$CORPUS/" -name '*.md' | wc -l)
rm -rf "$RUN"
mkdir -p "$RUN" "$TMP"
SNAPSHOT=$RUN/snapshot.zip

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}x')" "$1" "$2"; }

# 1. the snapshot
start=$(date +%s.%N)
java $JAVA_OPTS -Dsite.data-dir="$RUN/data" -jar "$JAR" import --snapshot "$SNAPSHOT" "$CORPUS" > "$RUN/import.out" 2> /dev/null
IMPORT_S=$(seconds "$(date +%s.%N)" "$start")
WRITTEN=$(grep '^snapshot written:' "$RUN/import.out")
SNAPSHOT_MIB=$(( $(stat -c %s "$SNAPSHOT") / 1048576 ))

# start_to_ready NAME [SNAPSHOT]: prints "seconds rss_mib"; the log stays in $RUN/NAME.log
start_to_ready() {
  local log=$RUN/$1.log start end server
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  QUARKUS_PROFILE=prod,memory SITE_SNAPSHOT=${2:-} java $JAVA_OPTS -Djava.io.tmpdir="$TMP" -Dsite.content-dir="$CORPUS" \
    -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)) -jar "$JAR" > "$log" 2>&1 &
  server=$!
  for _ in $(seq 30000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$((PORT + 1))/q/health/ready")" = 200 ] && break
    kill -0 $server 2>/dev/null || { echo "the server died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  local rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
  # let the startup import finish, so that the next run starts on a quiet machine
  for _ in $(seq 3000); do grep -q 'import finished:' "$log" && break; sleep 0.1; done
  kill $server; wait $server 2>/dev/null || true
  echo "$(seconds "$end" "$start") $rss"
}

# 2. A B A B
ROWS=""
BASE_SUM=0; SNAP_SUM=0
for round in $(seq "$ROUNDS"); do
  read -r BASE_S BASE_RSS <<< "$(start_to_ready "full-$round")"
  read -r SNAP_S SNAP_RSS <<< "$(start_to_ready "snapshot-$round" "$SNAPSHOT")"
  LOADED=$(grep -oE 'snapshot loaded: .* in [0-9.]+ s' "$RUN/snapshot-$round.log" | grep -oE '[0-9.]+ s$')
  AFTER=$(grep -oE 'import finished: .*' "$RUN/snapshot-$round.log" | head -1)
  ROWS+="| $round | baseline: profile memory, full import at start | $BASE_S | 1.0x | $BASE_RSS | |"$'\n'
  ROWS+="| $round | profile memory, from the snapshot (loader: $LOADED) | $SNAP_S | $(ratio "$BASE_S" "$SNAP_S") faster | $SNAP_RSS | $AFTER |"$'\n'
  BASE_SUM=$(python3 -c "print($BASE_SUM + $BASE_S)"); SNAP_SUM=$(python3 -c "print($SNAP_SUM + $SNAP_S)")
done

# 3. the other format: SCRIPT with GZIP compression, RUNSCRIPT into memory (the database only)
DB_URL="jdbc:h2:file:$RUN/data/quicktakes"
start=$(date +%s.%N)
java -cp "$H2" org.h2.tools.Shell -url "$DB_URL" -user sa -sql "SCRIPT TO '$RUN/script.sql.gz' COMPRESSION GZIP" > /dev/null
SCRIPT_S=$(seconds "$(date +%s.%N)" "$start")
SCRIPT_MIB=$(( $(stat -c %s "$RUN/script.sql.gz") / 1048576 ))
start=$(date +%s.%N)
java -Xmx4g -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:mem:load" -user sa \
  -sql "RUNSCRIPT FROM '$RUN/script.sql.gz' COMPRESSION GZIP; SELECT COUNT(*) FROM question" > "$RUN/runscript.out"
RUNSCRIPT_S=$(seconds "$(date +%s.%N)" "$start")

cat <<REPORT
corpus: $FILES files ($CORPUS), JAVA_OPTS: ${JAVA_OPTS:-none}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
import command with --snapshot (fresh data folder, JVM start to exit): ${IMPORT_S} s
$WRITTEN

| round | server ($FILES questions) | start to ready (s) | vs baseline | RSS at ready (MiB) | startup import after ready |
| --- | --- | --- | --- | --- | --- |
${ROWS}
mean over $ROUNDS rounds: baseline $(python3 -c "print(f'{$BASE_SUM / $ROUNDS:.1f}')") s, snapshot $(python3 -c "print(f'{$SNAP_SUM / $ROUNDS:.1f}')") s, $(ratio "$BASE_SUM" "$SNAP_SUM") faster
snapshot size: $SNAPSHOT_MIB MiB (zip of stored entries: compacted database and search index)

other format, database only (no search index): SCRIPT ... COMPRESSION GZIP ${SCRIPT_S} s, $SCRIPT_MIB MiB; RUNSCRIPT into jdbc:h2:mem: ${RUNSCRIPT_S} s (process start to exit)
REPORT
