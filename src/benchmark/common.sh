# Steps the benchmark scripts share; sourced by them from the repository's root, after they set
# JAR (the packaged application) and SHARED (../shared); start_site also uses JAVA, JAVA_OPTS,
# PORT and WORK.

# Stops the script with the build command when the packaged application is missing.
require_jar() {
  [ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
}

# A corpus of $1 questions in the folder $2, generated once (gen_corpus.py, seed 1) and kept.
ensure_corpus() {
  [ -d "$2" ] || python3 "$SHARED/tools/gen_corpus.py" --out "$2" --questions "$1" --seed 1 >&2
}

# The import command's run of the corpus $2 into the data folder $1, once, with its documented heap.
ensure_imported() {
  [ -d "$1" ] || java -Xmx512m -Dsite.data-dir="$1" -jar "$JAR" import "$2" >&2
}

# Starts the server on the data folder $1 and the content folder $2 ($JAVA $JAVA_OPTS, public
# port $PORT, management port PORT + 1, log in $WORK/server.log), stops it when the script exits,
# and waits for its startup import (below). Sets SERVER to its process id.
start_site() {
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -Dsite.data-dir="$1" -Dsite.content-dir="$2" -Dquarkus.http.port=$PORT \
      -Dquarkus.management.port=$((PORT + 1)) -jar "$JAR" > "$WORK/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
  wait_for_startup_import $((PORT + 1))
}

# Waits until the server whose management port is $1 is ready and its startup import has ended:
# that import (every file hashed again) competes for the CPU for a few seconds after readiness,
# so load measured from here on sees the steady state.
wait_for_startup_import() {
  for _ in $(seq 600); do curl -sf -o /dev/null "http://localhost:$1/q/health/ready" && break; sleep 0.2; done
  until curl -s "http://localhost:$1/admin/import" | grep -q '"importing":false,"running":null,"queued":null,"lastRun":{'; do
    sleep 0.5
  done
}
