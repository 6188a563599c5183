#!/usr/bin/env bash
# Cache hits against nginx (issue 14): requests per second and p99 of one question page served by
# the packaged server, against nginx serving the same bytes as a static file, in the same run.
#
#   src/benchmark/load-benchmark.sh [N=36000] [WORK_DIR]
#
# Starts the server on N generated questions with the JVM image's heap (JAVA_OPTS, default
# -Xmx192m; JAVA for another java: the image's runtime is Java 25 with an AOT cache), waits for its
# startup import to commit, then runs ../shared/tools/load-vs-nginx.sh on a question page twice,
# after a 10 s warm-up each: identity (nginx serving the file) and gzip (nginx's gzip_static
# serving a precompressed copy). Each prints target_rps, nginx_rps, ratio (target/nginx) and
# both p99s.
# Needs: a package build (./mvnw package -DskipTests), python3, curl, wrk, nginx.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-36000}
WORK=${2:-/tmp/quicktakes-load}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m}
JAVA=${JAVA:-java}
PORT=${PORT:-18401}
CORPUS=$WORK/corpus-$N
DATA=$WORK/data-$N

source src/benchmark/common.sh
require_jar
mkdir -p "$WORK"
ensure_corpus "$N" "$CORPUS"
ensure_imported "$DATA" "$CORPUS"

start_site "$DATA" "$CORPUS"

QUESTION=$(sed -n 's/^url: //p' "$(find "$CORPUS/" -name '*.md' -print -quit)")
URL="http://localhost:$PORT$QUESTION"
echo "## identity: the page against nginx serving the same file"
ACCEPT_ENCODING=identity WARMUP=10 "$SHARED/tools/load-vs-nginx.sh" "$URL" | grep '^load:'
echo "## gzip: the page against nginx's gzip_static serving a precompressed copy"
NGINX_GZIP=static WARMUP=10 "$SHARED/tools/load-vs-nginx.sh" "$URL" | grep '^load:'
