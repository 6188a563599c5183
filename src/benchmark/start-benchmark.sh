#!/usr/bin/env bash
# Start-up benchmark (issue 14): server start to the first question page, on an unchanged database
# of N questions, beside a bare Quarkus REST application started the same way in the same run; and
# the first 10 s of load after a start, with and without the warm-up before readiness.
#
#   src/benchmark/start-benchmark.sh [N=36000] [WORK_DIR]
#
# Each start is measured ROUNDS times (default 3), the variants interleaved:
#   bare-17       a bare Quarkus REST app (quarkus-rest only, one resource), Java 17: the baseline
#   site-17       this build, Java 17 (the default)
#   site-25       this build, Java 25 (JAVA25_HOME, default the Temurin 25 beside the default Java)
#   site-25-aot   this build, Java 25 with an AOT cache (JEP 483/514/515) recorded by a training run
#                 over the same pages (src/main/docker/aot-training.sh, as the JVM image does)
# Needs: a package build (./mvnw package -DskipTests), python3, curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

N=${1:-36000}
WORK=${2:-/tmp/quicktakes-start}
ROUNDS=${ROUNDS:-3}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
J17=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
J25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18500}
CORPUS=$WORK/corpus-$N
DATA=$WORK/data-$N
mkdir -p "$WORK"
source src/benchmark/common.sh
require_jar
ensure_corpus "$N" "$CORPUS"
[ -d "$DATA" ] || "$J17" -Dsite.data-dir="$DATA" -jar "$JAR" import "$CORPUS" >&2

# The baseline: a bare Quarkus REST application of the same Quarkus version.
BARE=$WORK/bare
if [ ! -f "$BARE/target/quarkus-app/quarkus-run.jar" ]; then
  mkdir -p "$BARE/src/main/java/bare"
  VERSION=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
  cat > "$BARE/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bare</groupId><artifactId>bare</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencyManagement><dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId>
    <version>$VERSION</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>
  <dependencies><dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency></dependencies>
  <build><plugins><plugin><groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>$VERSION</version>
    <extensions>true</extensions><executions><execution><goals><goal>build</goal></goals></execution></executions></plugin></plugins></build>
</project>
POM
  printf 'package bare;\n@jakarta.ws.rs.Path("/hello")\npublic class Hello {\n    @jakarta.ws.rs.GET\n    public String hello() { return "hello"; }\n}\n' \
      > "$BARE/src/main/java/bare/Hello.java"
  "$ROOT/mvnw" -B -q -f "$BARE/pom.xml" package -DskipTests >&2
fi

QUESTION=$(sed -n 's/^url: //p' "$(find "$CORPUS/" -name '*.md' -print -quit)")
SITE_OPTS=(-Dsite.data-dir="$DATA" -Dsite.content-dir="$CORPUS" -Dquarkus.http.port=$PORT -Dquarkus.management.port=$((PORT + 1)))

# The AOT cache, recorded by a training run over the site's pages (Java 25); recorded again at
# every run, since a cache from another build of the jar is refused (and the start would be
# measured without it).
AOT=$WORK/app.aot
rm -f "$AOT"
AOT_CACHE="$AOT" JAVA="$J25" PORT=$PORT src/main/docker/aot-training.sh "$JAR" "${SITE_OPTS[@]}" >&2

# seconds from launch to the first 200 on PATH
start_to() {
  local path=$1; shift
  local start end pid
  start=$(date +%s.%N)
  "$@" > "$WORK/start.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path")" = 200 ]; do sleep 0.01; done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  python3 -c "print(f'{$end - $start:.2f}')"
}

declare -A TIMES
for round in $(seq "$ROUNDS"); do
  TIMES[bare-17]+=" $(start_to /hello "$J17" -Dquarkus.http.port=$PORT -jar "$BARE/target/quarkus-app/quarkus-run.jar")"
  TIMES[site-17]+=" $(start_to "$QUESTION" "$J17" -Dsite.warm-up.enabled=false "${SITE_OPTS[@]}" -jar "$JAR")"
  TIMES[site-25]+=" $(start_to "$QUESTION" "$J25" -Dsite.warm-up.enabled=false "${SITE_OPTS[@]}" -jar "$JAR")"
  TIMES[site-25-aot]+=" $(start_to "$QUESTION" "$J25" -XX:AOTCache="$AOT" -Dsite.warm-up.enabled=false "${SITE_OPTS[@]}" -jar "$JAR")"
done
echo "## start to first question page ($N questions, unchanged database; seconds, $ROUNDS rounds)"
for variant in bare-17 site-17 site-25 site-25-aot; do
  python3 - "$variant" ${TIMES[$variant]} ${TIMES[bare-17]} <<'PY'
import sys, statistics
variant, values = sys.argv[1], [float(v) for v in sys.argv[2:]]
half = len(values) // 2
mine, bare = values[:half], values[half:]
print(f"{variant:12} median {statistics.median(mine):.2f} s  (runs {' '.join(f'{v:.2f}' for v in mine)})  "
      f"x bare {statistics.median(mine) / statistics.median(bare):.1f}")
PY
done

echo "## the first 10 s of load after readiness: a question page, 50 connections"
for warm in false true; do
  "$J17" -Dsite.warm-up.enabled=$warm "${SITE_OPTS[@]}" -jar "$JAR" > "$WORK/warm.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$((PORT + 1))/q/health/ready")" = 200 ]; do sleep 0.05; done
  echo "warm-up $warm: $(wrk -t2 -c50 -d10s -H 'Accept-Encoding: gzip' "http://localhost:$PORT$QUESTION" | grep -E 'Requests/sec' | tr -s ' ')"
  kill $pid; wait $pid 2>/dev/null || true
done
