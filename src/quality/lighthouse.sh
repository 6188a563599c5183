#!/usr/bin/env bash
# Lighthouse 12.2.3 on the bundled sample content, served by the packaged application, with the
# mobile and desktop presets. Prints the four category scores of every page and the audits that
# did not pass; the JSON and HTML reports stay in target/lighthouse/.
#
#   src/quality/lighthouse.sh            build the jar, then measure
#   SKIP_BUILD=1 src/quality/lighthouse.sh   measure the jar already in target/quarkus-app
#
# Needs Node 20+, npm and Chromium (apt-get install chromium). Lighthouse is installed on first
# use into $LIGHTHOUSE_DIR (default /tmp/quicktakes-lighthouse), outside the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."

LIGHTHOUSE_VERSION=12.2.3
LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/quicktakes-lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-8090}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9090}
SITE=http://localhost:$PORT
PAGES=(
  /
  /learn/physics
  /learn/physics/questions/what-are-newtons-three-laws-of-motion
  "/search?q=newton+laws"
)
REPORTS=target/lighthouse
# Headless, and a dead proxy so that Chromium calls no outside host (loopback bypasses proxies).
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
--disable-component-update --disable-sync --no-first-run --proxy-server=http://127.0.0.1:9"

lighthouse="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
if [[ "$("$lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]]; then
  echo "installing lighthouse@$LIGHTHOUSE_VERSION into $LIGHTHOUSE_DIR" >&2
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --save-exact --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q package -DskipTests
fi

# A fresh database: the server imports the bundled sample at startup.
data=$(mktemp -d)
mkdir -p "$REPORTS"
SITE_DATA_DIR="$data" SITE_BASE_URL="$SITE" QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  java -jar target/quarkus-app/quarkus-run.jar >"$REPORTS/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 120); do
  curl -sf "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null && break
  kill -0 "$app" 2>/dev/null || { cat "$REPORTS/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://localhost:$MANAGEMENT_PORT/q/health/ready" >/dev/null || { echo "the app was not ready within 60 s" >&2; exit 1; }

# Lighthouse measures the page, not a cold JVM: warm the server up on the pages first.
for _ in $(seq 20); do
  for page in "${PAGES[@]}"; do curl -sf --compressed -o /dev/null "$SITE$page"; done
done

# Lighthouse simulates a slow phone from this machine's own timings: a busy machine costs points.
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-62s %-7s %5s %5s %5s %5s\n' page preset perf a11y bp seo
for page in "${PAGES[@]}"; do
  for preset in mobile desktop; do
    name=$(echo "${page#/}" | tr '/?=+&' '_____'); name=${name:-home}-$preset
    preset_flag=(); [[ $preset == desktop ]] && preset_flag=(--preset=desktop)
    # Chromium now and then fails to record the trace (NO_NAVSTART): that run is measured again.
    for attempt in 1 2 3; do
      "$lighthouse" "$SITE$page" "${preset_flag[@]}" --quiet \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$CHROME_FLAGS" \
        --output=json --output=html --output-path="$REPORTS/$name" && break
      [[ $attempt == 3 ]] && exit 1
    done
    node src/quality/lighthouse-summary.js "$REPORTS/$name.report.json" "$page" "$preset"
  done
done
