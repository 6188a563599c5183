#!/usr/bin/env bash
# The "memory" profile's cost (issue: native container): the database in memory, filled by the
# import at every start, as the native image runs it.
#
#   src/benchmark/memory-profile-benchmark.sh N [WORK_DIR]
#
# Generates a corpus of N questions with ../shared/tools/gen_corpus.py (seed 1) unless WORK_DIR
# already has one, then measures against the packaged JVM application, one after the other so
# that both see the same machine load:
#   - the baseline: a server with a database on disk, started on an empty data folder (its first
#     import, the same work written to disk);
#   - the memory profile: a server started with QUARKUS_PROFILE=prod,memory;
# each from process start to /q/health/ready answering 200 (the moment Kubernetes sends traffic),
# the server's RSS at that moment, and its live heap after a full GC (jcmd).
# Needs: a package build (./mvnw package -DskipTests), python3, curl, jcmd.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:?usage: memory-profile-benchmark.sh N [WORK_DIR]}
WORK=${2:-/tmp/quicktakes-bench}
SHARED=${SHARED:-../shared}
CORPUS=$WORK/corpus-$N
JAR=target/quarkus-app/quarkus-run.jar
PORT=${PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:-}

[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"
if [ ! -d "$CORPUS" ]; then
  python3 "$SHARED/tools/gen_corpus.py" --out "$CORPUS" --questions "$N" --seed 1 >&2
fi
FILES=$(find "$CORPUS/" -name '*.md' | wc -l)

# start_to_ready PROFILE DATA_DIR: prints "seconds rss_mib live_heap_mib"
start_to_ready() {
  local log=$WORK/memory-benchmark-$1.log
  local start end server
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  QUARKUS_PROFILE=$1 java $JAVA_OPTS -Dsite.data-dir="$2" -Dsite.content-dir="$CORPUS" -Dquarkus.http.port=$PORT \
    -jar "$JAR" > "$log" 2>&1 &
  server=$!
  for _ in $(seq 30000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/q/health/ready")" = 200 ] && break
    kill -0 $server 2>/dev/null || { echo "the server died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  local rss heap
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))
  jcmd $server GC.run > /dev/null
  heap=$(jcmd $server GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  kill $server; wait $server 2>/dev/null || true
  echo "$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$end" "$start") $rss $((heap / 1024))"
}

DISK=$WORK/memory-benchmark-disk
rm -rf "$DISK"
read -r DISK_S DISK_RSS DISK_HEAP <<< "$(start_to_ready prod "$DISK")"
DISK_MIB=$(( $(du -sb "$DISK" | cut -f1) / 1048576 ))
rm -rf "$DISK"
read -r MEM_S MEM_RSS MEM_HEAP <<< "$(start_to_ready prod,memory "$WORK/memory-benchmark-unused")"

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" "$1" "$2"; }
cat <<REPORT
corpus: $FILES files ($CORPUS), JAVA_OPTS: ${JAVA_OPTS:-none}
| server | start to ready (s) | x baseline | RSS at ready (MiB) | live heap after GC (MiB) |
| --- | --- | --- | --- | --- |
| baseline: database on disk, empty at start ($DISK_MIB MiB after) | $DISK_S | 1.00x | $DISK_RSS | $DISK_HEAP |
| profile memory: database in memory | $MEM_S | $(ratio "$MEM_S" "$DISK_S") | $MEM_RSS | $MEM_HEAP |
REPORT
