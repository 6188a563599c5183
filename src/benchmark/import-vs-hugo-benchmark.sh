#!/usr/bin/env bash
# Import against Hugo (issue 14): a cold import of N questions with the import command, heap
# bounded as documented, beside Hugo building the same corpus into pages, in the same run.
#
#   src/benchmark/import-vs-hugo-benchmark.sh [N=36000] [WORK_DIR]
#
# ROUNDS (default 2) rounds of: Hugo (../shared/peers/hugo/run-peer.sh), then the import command
# into an empty data folder (IMPORT_OPTS, default the documented -Xmx512m). Each is timed with
# GNU time: wall seconds and peak RSS. Prints every run and the ratio import/Hugo per round.
# Needs: a package build (./mvnw package -DskipTests), python3, GNU time, hugo (apt-get install hugo).
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${1:-36000}
WORK=${2:-/tmp/quicktakes-hugo}
ROUNDS=${ROUNDS:-2}
SHARED=${SHARED:-../shared}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
IMPORT_OPTS=${IMPORT_OPTS:--Xmx512m}
CORPUS=$WORK/corpus-$N

source src/benchmark/common.sh
require_jar
command -v hugo >/dev/null || { echo "needs hugo (apt-get install hugo)" >&2; exit 2; }
mkdir -p "$WORK"
ensure_corpus "$N" "$CORPUS"

# prints "SECONDS KB" for the command
timed() {
  /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" > "$WORK/run.log" 2>&1 || { tail -5 "$WORK/run.log" >&2; exit 1; }
  cat "$WORK/time.txt"
}

echo "## cold import vs Hugo, $N questions ($ROUNDS rounds; import: java $IMPORT_OPTS)"
for round in $(seq "$ROUNDS"); do
  rm -rf "$WORK/hugo-out" "$WORK/data"
  read -r hugo_s hugo_kb < <(timed "$SHARED/peers/hugo/run-peer.sh" "$CORPUS" "$WORK/hugo-out")
  # shellcheck disable=SC2086
  read -r import_s import_kb < <(timed java $IMPORT_OPTS -Dsite.data-dir="$WORK/data" -jar "$JAR" import "$CORPUS")
  python3 -c "print(f'round $round: hugo {$hugo_s:.1f} s, {$hugo_kb / 1024:.0f} MiB peak RSS | import {$import_s:.1f} s, {$import_kb / 1024:.0f} MiB peak RSS | import/hugo {$import_s / $hugo_s:.2f}x time, {$import_kb / $hugo_kb:.2f}x RSS')"
done
grep -h 'import finished' "$WORK/run.log" | sed 's/^.*import finished/last import: import finished/' || true
