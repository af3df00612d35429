#!/usr/bin/env bash
# Load benchmark of the running local suite (deploy/local/run.sh): Gatling scenarios through the gateway,
# ceilings of this machine (nginx, Redis lock, MariaDB guarded update), one summary table with the ratios,
# and Gatling's HTML report. Stops by itself; leaves the suite running (bench data stays, named BENCH ...).
# Usage: deploy/local/bench.sh [--smoke] [--scale N]        Details: docs/benchmarks.md
set -euo pipefail
START_DIR="$PWD"
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
# Paths given relative to where the command was typed; the Gatling JVM runs in another folder.
absolute() { (cd "$START_DIR" && realpath -m "$1"); }

usage() {
  cat <<'USAGE'
Usage: deploy/local/bench.sh [--smoke] [--scale N]
  --smoke     every scenario tiny (a few seconds of load): proves the benchmark works, measures nothing
  --scale N   multiply the request counts of the normal run (default 1; e.g. 0.3 for a quick look)
Environment (defaults = the suite of deploy/local/run.sh):
  GATEWAY_URL      http://127.0.0.1:8080        REDIS_URL        redis://127.0.0.1:6379
  BENCH_VAR        var/ (keys/jwt-private.pem)  BOOKING_SCHEMA   booking   (WAITLIST_SCHEMA waitlist)
  DB_HOST/DB_PORT  127.0.0.1/3306              ADMIN_EMAIL / ADMIN_PASSWORD   the local admin
  BENCH_COUNTRY    SG                           BENCH_OUT        $BENCH_VAR/bench (report, summary)
  BENCH_CONCURRENCY 16, BENCH_READ_CONCURRENCY 32, BENCH_CEILING_SECONDS 5, BENCH_SPREAD_MEMBERS 150,
  BENCH_SPREAD_CLASSES 60, BENCH_HOT_MEMBERS 200, BENCH_HOT_CLASSES 5, BENCH_FULL_REQUESTS 20000,
  BENCH_LIST_REQUESTS 10000, BENCH_CLASS_REQUESTS 20000, BENCH_NGINX_REQUESTS 30000,
  BENCH_LAG_PROBES 60, BENCH_PROMOTIONS 30 (see docs/benchmarks.md)
USAGE
}

BENCH_SMOKE="${BENCH_SMOKE:-0}"
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) BENCH_SMOKE=1 ;;
    --scale) [ $# -ge 2 ] || die "--scale needs a number"; BENCH_SCALE="$2"; shift ;;
    --scale=*) BENCH_SCALE="${1#--scale=}" ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
  shift
done

export BENCH_SMOKE BENCH_SCALE="${BENCH_SCALE:-1}"
export GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:$GATEWAY_PORT}"
BENCH_VAR="$(absolute "${BENCH_VAR:-$VAR}")"
BENCH_JWT_KEY="$(absolute "${BENCH_JWT_KEY:-$BENCH_VAR/keys/jwt-private.pem}")"
export BENCH_VAR BENCH_JWT_KEY
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:${REDIS_PORT:-6379}}"
export BOOKING_SCHEMA="${BOOKING_SCHEMA:-booking${DB_SCHEMA_SUFFIX:-}}"
export WAITLIST_SCHEMA="${WAITLIST_SCHEMA:-waitlist${DB_SCHEMA_SUFFIX:-}}"
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-3306}"
export BENCH_DB_SCHEMA="${BENCH_DB_SCHEMA:-classbook_bench}"
export BENCH_DB_USER="${BENCH_DB_USER:-classbook_bench}"
export BENCH_DB_PASSWORD="${BENCH_DB_PASSWORD:-bench-local-pw}"
BENCH_OUT="$(absolute "${BENCH_OUT:-$BENCH_VAR/bench}")"
export BENCH_OUT
export BENCH_RUN_ID="${BENCH_RUN_ID:-$(date -u +%Y%m%d-%H%M%S)}"

# The benchmark loads this machine only.
local_only() {
  local what="$1" url="$2" host
  host="${url#*://}"; host="${host%%/*}"; host="${host%:*}"
  case "$host" in
    127.0.0.1|localhost) ;;
    *) die "$what must point at this machine (127.0.0.1), not '$host'" ;;
  esac
}
local_only GATEWAY_URL "$GATEWAY_URL"
local_only REDIS_URL "$REDIS_URL"
local_only DB_HOST "mysql://$DB_HOST"
[[ "$BOOKING_SCHEMA$WAITLIST_SCHEMA$BENCH_DB_SCHEMA" =~ ^[A-Za-z0-9_]+$ ]] || die "schema names: letters, digits, _ only"

for tool in mvn java curl mysql; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is required (the suite's deploy/local/run.sh installs it)"
done

say "benchmark of the suite at $GATEWAY_URL ($( [ "$BENCH_SMOKE" = 1 ] && echo "smoke sizes" || echo "scale $BENCH_SCALE"), run $BENCH_RUN_ID)"
printf '    machine: %s cpus, %s MiB memory, %s\n' "$(nproc)" "$(free -m | awk '/^Mem:/ {print $2}')" "$(date -u '+%Y-%m-%d %H:%M UTC')"

# --- is the suite up? -------------------------------------------------------------------------------
not_up() { die "$1; start the suite first: deploy/local/run.sh (or deploy/local/run.sh --no-build)"; }
http_status() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$GATEWAY_URL$1" 2>/dev/null || true; }

[ "$(http_status /healthz)" = 200 ] || not_up "the gateway does not answer at $GATEWAY_URL/healthz"
[ "$(http_status /.well-known/jwks.json)" = 200 ] || not_up "identity-service does not answer through the gateway"
[ "$(http_status "/api/v1/countries")" = 200 ] || not_up "catalog-service does not answer through the gateway"
[ "$(http_status /api/v1/me/packages)" = 401 ] || not_up "booking-service does not answer through the gateway"
[ "$(http_status /api/v1/me/waitlist)" = 401 ] || not_up "waitlist-service does not answer through the gateway"
ok "gateway and the four services answer"
[ -r "$BENCH_JWT_KEY" ] || die "no token signing key at $BENCH_JWT_KEY (set BENCH_VAR to the suite's var/ folder or BENCH_JWT_KEY)"
if command -v redis-cli >/dev/null 2>&1; then
  redis-cli -u "$REDIS_URL" ping 2>/dev/null | grep -q PONG || not_up "Redis does not answer at $REDIS_URL"
  ok "Redis answers at $REDIS_URL"
fi
mysql --protocol=socket -uroot -e "SELECT 1 FROM \`$BOOKING_SCHEMA\`.outbox_event LIMIT 1" >/dev/null 2>&1 \
  || not_up "MariaDB (root over the unix socket) has no table $BOOKING_SCHEMA.outbox_event"

# --- the bench's own schema and user: the guarded-update ceiling table, read access to the outbox ------
mysql --protocol=socket -uroot >/dev/null <<SQL || die "could not prepare the bench schema $BENCH_DB_SCHEMA"
CREATE DATABASE IF NOT EXISTS \`$BENCH_DB_SCHEMA\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS \`$BENCH_DB_SCHEMA\`.slot (id INT NOT NULL PRIMARY KEY, n BIGINT NOT NULL) ENGINE = InnoDB;
CREATE USER IF NOT EXISTS '$BENCH_DB_USER'@'127.0.0.1' IDENTIFIED BY '$BENCH_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$BENCH_DB_USER'@'localhost' IDENTIFIED BY '$BENCH_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$BENCH_DB_SCHEMA\`.* TO '$BENCH_DB_USER'@'127.0.0.1', '$BENCH_DB_USER'@'localhost';
GRANT SELECT ON \`$BOOKING_SCHEMA\`.* TO '$BENCH_DB_USER'@'127.0.0.1', '$BENCH_DB_USER'@'localhost';
GRANT SELECT ON \`$WAITLIST_SCHEMA\`.* TO '$BENCH_DB_USER'@'127.0.0.1', '$BENCH_DB_USER'@'localhost';
SQL
ok "bench schema $BENCH_DB_SCHEMA and user $BENCH_DB_USER (read-only on $BOOKING_SCHEMA, $WAITLIST_SCHEMA)"

# --- run ---------------------------------------------------------------------------------------------
mkdir -p "$BENCH_OUT/gatling"
say "compiling the Gatling simulation (bench/pom.xml) and running it; setup, ceilings, then the load"
# Gatling's own console summary is left out (the HTML report has it): the run prints one table.
set +e
mvn -B -ntp -q -Dstyle.color=never -f "$ROOT/bench/pom.xml" gatling:test \
  -Dgatling.resultsFolder="$BENCH_OUT/gatling" \
  -Dgatling.runDescription="classbook bench $BENCH_RUN_ID" 2>&1 \
  | awk '/^(\033\[[0-9;]*m)+$/ {next} {gsub(/\033\[[0-9;]*m/, "")}
         /^Parsing log file/ {skip = 1} skip && /^Reports generated/ {skip = 0; next}
         /java.util.prefs/ || /Created user preferences directory/ {next} !skip {print; fflush()}'
status=${PIPESTATUS[0]}
set -e

verdict_file="$BENCH_OUT/verdict-$BENCH_RUN_ID.txt"
report=$(ls -1dt "$BENCH_OUT"/gatling/*/ 2>/dev/null | head -1 || true)
if [ -n "$report" ] && [ -f "$report/index.html" ]; then
  say "Gatling HTML report: ${report%/}/index.html"
fi
[ -f "$BENCH_OUT/summary-$BENCH_RUN_ID.txt" ] && ok "summary table: $BENCH_OUT/summary-$BENCH_RUN_ID.txt"
verdict=$(cat "$verdict_file" 2>/dev/null || echo "no verdict: the simulation did not finish")
[ "$status" -eq 0 ] || die "the Gatling run failed (exit $status): $verdict"
[ "$verdict" = ok ] || die "$verdict"
say "benchmark done; the suite is still running"
