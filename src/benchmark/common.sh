# Steps the benchmark scripts share; sourced by them from the repository's root, after they set
# JAR (the packaged application) and SHARED (../shared).

# Stops the script with the build command when the packaged application is missing.
require_jar() {
  [ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
}

# A corpus of $1 questions in the folder $2, generated once (gen_corpus.py, seed 1) and kept.
ensure_corpus() {
  [ -d "$2" ] || python3 "$SHARED/tools/gen_corpus.py" --out "$2" --questions "$1" --seed 1 >&2
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
