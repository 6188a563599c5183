#!/usr/bin/env bash
# Records a Java 25 AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) for the
# site by running it over its own pages once; later starts with -XX:AOTCache=FILE start faster.
#
#   aot-training.sh JAR [java options...]      env: AOT_CACHE (app.aot), JAVA (java), PORT (18600)
#
# The server runs on whatever content its options name (the bundled sample by default), answers a
# round of every kind of page, then those pages again from its cache under load, then stops: the
# JVM writes the cache as it exits. The cache belongs
# to the JDK that wrote it and to this build: make it again with every new build.
set -euo pipefail
JAR=${1:?usage: aot-training.sh JAR [java options...]}
shift
AOT_CACHE=${AOT_CACHE:-app.aot}
JAVA=${JAVA:-java}
PORT=${PORT:-18600}
MANAGEMENT=$((PORT + 1))

"$JAVA" -XX:AOTCacheOutput="$AOT_CACHE" "$@" -Dquarkus.http.port=$PORT -Dquarkus.management.port=$MANAGEMENT \
    -Dsite.warm-up.enabled=false -jar "$JAR" &
SERVER=$!
for _ in $(seq 1200); do
  curl -sf -o /dev/null "http://localhost:$MANAGEMENT/q/health/ready" && break
  sleep 0.1
done
get() { curl -s -o /dev/null -H "Accept-Encoding: $2" "http://localhost:$PORT$1" || true; }
pages=(/ /feed.xml /sitemap.xml /sitemaps/pages.xml /robots.txt "/search?q=what+is" /no-such-page)
home=$(curl -s "http://localhost:$PORT/")
for subject in $(printf '%s' "$home" | grep -oE 'href="/learn/[^"/?]+"' | cut -d'"' -f2 | sort -u); do
  pages+=("$subject")
  pages+=($(curl -s "http://localhost:$PORT$subject" | grep -oE 'href="/learn/[^"?]+/questions/[^"?]+"' | cut -d'"' -f2 | sed -n 1,3p))
done
for round in 1 2 3; do
  for page in "${pages[@]}"; do
    get "$page" gzip
    get "$page" identity
  done
done
# Then the same pages, now cached, many times over from several connections, as a loaded server
# answers them: the method profiles in the cache are then those of the hit path under load, not
# of a few requests per page.
urls=$(mktemp)
for _ in $(seq 300); do
  for page in "${pages[@]}"; do
    printf 'url = "http://localhost:%s%s"\noutput = "/dev/null"\n' "$PORT" "$page"
  done
done > "$urls"
for encoding in gzip identity; do
  curl -s --parallel --parallel-max 8 -H "Accept-Encoding: $encoding" -K "$urls" || true
done
rm -f "$urls"
kill -TERM $SERVER
wait $SERVER || true
ls -l "$AOT_CACHE"
