#!/usr/bin/env bash
# Soak benchmark: the packaged server under wrk at saturation on a mix of pages for a while.
#
#   src/benchmark/soak-benchmark.sh [N=10000] [MINUTES=5] [CONNECTIONS=64] [WORK_DIR]
#
# Generates a corpus of N questions (../shared/tools/gen_corpus.py, seed 1) unless WORK_DIR has
# one, imports it with the import command, starts the server on it with the JVM image's heap
# (-Xmx192m, JAVA_OPTS to change; JAVA for another java: the image's runtime is Java 25 with an
# AOT cache, see docs/performance.md), then runs wrk for MINUTES over a mix of urls: the home
# page, every subject page, and up to 3,000 question pages, each request picking one at random. It
# prints the errors (non-2xx/3xx answers and socket errors, which must be 0), the latency
# percentiles, and the server's RSS at the start and at every minute (which must stay flat).
# Needs: a package build (./mvnw package -DskipTests), python3, wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-10000}
MINUTES=${2:-5}
CONNECTIONS=${3:-64}
WORK=${4:-/tmp/quicktakes-soak}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m}
JAVA=${JAVA:-java}
PORT=${PORT:-18090}
CORPUS=$WORK/corpus-$N
DATA=$WORK/data-$N

source src/benchmark/common.sh
require_jar
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
mkdir -p "$WORK"
ensure_corpus "$N" "$CORPUS"
ensure_imported "$DATA" "$CORPUS"

# The mix: home, subjects, then question urls (at most 3,000), as a Lua table for wrk.
python3 - "$WORK" "$CORPUS" <<'PY'
import sys, pathlib
work, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
questions = []
for file in sorted(corpus.rglob("*.md")):
    for line in file.read_text(encoding="utf-8").splitlines():
        if line.startswith("url: "):
            questions.append(line[5:].strip())
            break
    if len(questions) >= 3000:
        break
subjects = sorted({"/" + "/".join(q.split("/")[1:3]) for q in questions})
paths = ["/"] + subjects + questions
lua = "paths = {" + ",".join('"%s"' % p for p in paths) + "}\n" + """
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept-Encoding"] = "gzip"})
end
non_ok = 0
response = function(status, headers, body)
  if status >= 400 then non_ok = non_ok + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("soak: requests=%d socket_errors=%d non_2xx_3xx=%d timeouts=%d\\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.status, summary.errors.timeout))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("soak: p%s=%.1fms\\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("soak: max=%.1fms rps=%.0f\\n", latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
"""
(work / "mix.lua").write_text(lua)
print(f"soak: mix of {len(paths)} urls ({len(subjects)} subjects, {len(questions)} questions)")
PY

start_site "$DATA" "$CORPUS"
rss() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status") / 1024 )); }
echo "soak: server ready, RSS $(rss) MiB; wrk ${MINUTES} min, $CONNECTIONS connections"

wrk -t2 -c"$CONNECTIONS" -d"${MINUTES}m" --timeout 10s -s "$WORK/mix.lua" "http://localhost:$PORT" > "$WORK/wrk.txt" &
WRK=$!
for minute in $(seq "$MINUTES"); do
  sleep 60
  echo "soak: minute $minute RSS $(rss) MiB"
done
wait $WRK
grep '^soak:' "$WORK/wrk.txt"
echo "soak: server errors logged: $(grep -c ' ERROR ' "$WORK/server.log" || true)"
