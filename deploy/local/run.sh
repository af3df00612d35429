#!/usr/bin/env bash
# Runs the whole suite locally: build, infrastructure, the four services, the gateway, demo data.
# Usage: [INSTANCES=2] deploy/local/run.sh [--no-build]      Stop with: deploy/local/stop.sh [--all]
# INSTANCES=2 (or 3) starts that many instances of each service, the second on its port + 10, the third + 20, behind
# the gateway's round robin: races across instances, two outbox relays, two consumers of each group, jobs on each.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

# JVM flags of every instance (docs/benchmarks.md, "JVM flags"): a heap that starts large enough not to grow under the
# first load, the serial collector (two cores shared by eight JVMs, a load generator and MariaDB), room for the JIT's
# code (booking had used 45 of 64 MB after the tests), and the default thread stacks (event loops run deep callback chains).
JAVA_OPTS_DEFAULT="-Xms128m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError"
JAVA_OPTS="${JAVA_OPTS:-$JAVA_OPTS_DEFAULT}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@example.com}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-Admin123456!}"
export SERVICE_CLIENT_WAITLIST_SECRET="${SERVICE_CLIENT_WAITLIST_SECRET:-waitlist-local-secret}"
export MAIL_DIR="${MAIL_DIR:-$VAR/mail}"
# The jars run in the prod profile, which refuses the payment simulator unless it is explicitly allowed: no Stripe
# account here, so allow it (set CLASSBOOK_PAYMENT_PROVIDER=stripe and STRIPE_SECRET_KEY to use a Stripe test account).
export CLASSBOOK_PAYMENT_PROVIDER="${CLASSBOOK_PAYMENT_PROVIDER:-simulated}"
export CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED=true
# Where the services find each other and the infrastructure of this environment (lib.sh).
export KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
export DB_SCHEMA_SUFFIX
export BOOKING_URL="http://127.0.0.1:${PORT[booking]}"
export IDENTITY_URL="http://127.0.0.1:${PORT[identity]}"
export PUBLIC_BASE_URL="${PUBLIC_BASE_URL:-http://localhost:$GATEWAY_PORT}"
# Browser origins the gateway answers CORS for (comma- or space-separated; docs/api.md#cors).
CORS_ALLOWED_ORIGINS="${CORS_ALLOWED_ORIGINS:-http://localhost:8080}"

build() {
  say "building the services (mvn package, tests skipped; run deploy/local/test.sh for tests)"
  mvn -B -ntp -q package -DskipTests -Dspotless.check.skip=true || die "build failed"
  ok "built"
  build_web
}

INSTANCES="${INSTANCES:-1}"
[[ "$INSTANCES" =~ ^[1-3]$ ]] || die "INSTANCES must be 1, 2 or 3"

declare -A STARTED_AT READY_MS
# start_service <svc> <instance>: instance 1 is <svc> on its port, instance k is <svc>-k on its port + 10 (k-1).
start_service() {
  local svc="$1" name port pidfile
  name=$(instance_name "$1" "$2"); port=$(instance_port "$1" "$2"); pidfile="$VAR/run/$name.pid"
  local jar="$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || die "$jar missing: build first (run without --no-build)"
  if pid_alive "$pidfile"; then ok "$name-service already running (pid $(cat "$pidfile"))"; return; fi
  port_open "$port" && die "port $port is taken by another process; stop it first"
  STARTED_AT[$name]=$(date +%s%3N)
  # The prod profile has no secret defaults: each service gets the password of its local user (infra.sh).
  # The launch is recorded (lib.sh), so deploy/local/instance.sh can start this instance again the same way.
  # shellcheck disable=SC2086
  HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 DB_PASSWORD="$svc-local-pw" record_launch "$name" java $JAVA_OPTS -jar "$jar"
  : >"$VAR/logs/$name.log"
  launch_recorded "$name"
}

await_service() {
  local name port
  name=$(instance_name "$1" "$2"); port=$(instance_port "$1" "$2")
  if ! wait_for "$name-service ready on :$port" 90 instance_ready "$port"; then
    tail -20 "$VAR/logs/$name.log" >&2
    die "$name-service not ready within 90 s; see $VAR/logs/$name.log"
  fi
  [ -n "${STARTED_AT[$name]:-}" ] && READY_MS[$name]=$(( $(date +%s%3N) - STARTED_AT[$name] ))
  return 0
}

# The gateway's upstream servers of a service: every instance.
upstream_servers() {
  local k servers=""
  for k in $(seq 1 "$INSTANCES"); do servers+="server 127.0.0.1:$(instance_port "$1" "$k"); "; done
  printf '%s' "$servers"
}

# One nginx map entry per allowed origin; anything but scheme://host[:port] is refused.
cors_origin_entries() {
  local origin entries=""
  for origin in ${CORS_ALLOWED_ORIGINS//,/ }; do
    [[ "$origin" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || die "CORS_ALLOWED_ORIGINS: '$origin' is not scheme://host[:port]"
    entries+="\"$origin\" \$http_origin; "
  done
  printf '%s' "$entries"
}

# Swagger UI at /api/docs: our page (deploy/gateway/api-docs.html) over the assets of the smallrye-open-api-ui jar
# the services' build resolved (no CDN).
swagger_ui_assets() {
  local dir="$VAR/gateway/swagger-ui" jar
  [ -f "$dir/swagger-ui-bundle.js" ] && { cp "$ROOT/deploy/gateway/api-docs.html" "$dir/index.html"; return 0; }
  jar=$(find "$HOME/.m2/repository/io/smallrye/smallrye-open-api-ui" -name 'smallrye-open-api-ui-*.jar' 2>/dev/null | sort -V | tail -1)
  if [ -z "$jar" ]; then say "Swagger UI assets not found in ~/.m2 (build first): /api/docs stays empty"; return 0; fi
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp" && (cd "$dir.tmp" && jar xf "$jar" META-INF/resources/openapi-ui)
  mv "$dir.tmp/META-INF/resources/openapi-ui" "$dir" && rm -rf "$dir.tmp"
  cp "$ROOT/deploy/gateway/api-docs.html" "$dir/index.html"
}

start_gateway() {
  mkdir -p "$VAR/gateway/tmp"
  swagger_ui_assets
  local cors; cors=$(cors_origin_entries) || exit 1
  sed -e "s#@VAR@#$VAR#g" -e "s#@PORT@#$GATEWAY_PORT#g" -e "s#@ROOT@#$ROOT#g" \
    -e "s#@CORS_ORIGINS@#$cors#g" \
    -e "s#@IDENTITY_SERVERS@#$(upstream_servers identity)#g" -e "s#@CATALOG_SERVERS@#$(upstream_servers catalog)#g" \
    -e "s#@BOOKING_SERVERS@#$(upstream_servers booking)#g" -e "s#@WAITLIST_SERVERS@#$(upstream_servers waitlist)#g" \
    "$ROOT/deploy/gateway/nginx.conf.template" >"$VAR/gateway/nginx.conf"
  [ "$(id -u)" -eq 0 ] && sed -i '1i user root;' "$VAR/gateway/nginx.conf"
  local nginx; nginx=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx" -t -c "$VAR/gateway/nginx.conf" -p "$VAR/gateway" >"$VAR/logs/gateway-check.log" 2>&1 \
    || die "gateway config invalid; see $VAR/logs/gateway-check.log"
  if pid_alive "$VAR/gateway/nginx.pid"; then
    "$nginx" -c "$VAR/gateway/nginx.conf" -p "$VAR/gateway" -s reload
    ok "gateway reloaded"
  else
    "$nginx" -c "$VAR/gateway/nginx.conf" -p "$VAR/gateway"
  fi
  wait_for "gateway on :$GATEWAY_PORT" 20 curl -fsS "http://127.0.0.1:$GATEWAY_PORT/healthz" \
    || die "gateway did not answer; see $VAR/logs/gateway-error.log"
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

footprint() {
  say "footprint (startup = launch until /q/health/ready; RSS now)"
  local total=0 pid rss name k
  for svc in "${SERVICES[@]}"; do
    for k in $(seq 1 "$INSTANCES"); do
      name=$(instance_name "$svc" "$k")
      pid=$(cat "$VAR/run/$name.pid"); rss=$(rss_mb "$pid"); total=$((total + ${rss/\?/0}))
      printf '    %-18s ready in %6s ms   RSS %5s MB\n' "$name-service" "${READY_MS[$name]:-n/a}" "$rss"
    done
  done
  for proc in mariadbd redis-server nginx; do
    rss=0
    for pid in $(pgrep -x "$proc" || true); do rss=$((rss + $(rss_mb "$pid"))); done
    total=$((total + rss)); printf '    %-18s                     RSS %5s MB\n' "$proc" "$rss"
  done
  pid=$(cat "$VAR/run/kafka.pid" 2>/dev/null || echo ""); rss=0
  [ -n "$pid" ] && rss=$(rss_mb "$pid")
  total=$((total + ${rss/\?/0})); printf '    %-18s                     RSS %5s MB\n' "kafka" "$rss"
  printf '    %-18s                     RSS %5s MB (target < 2560)\n' "whole suite" "$total"
}

[ "${1:-}" = "--no-build" ] || build
[ -f "$ROOT/web/dist/index.html" ] || build_web
bash "$ROOT/deploy/local/infra.sh" up
dev_keys
say "starting the services one after another (logs in $VAR/logs)"
# One at a time: on two cores parallel JVM starts only slow each other down.
for svc in "${SERVICES[@]}"; do
  for k in $(seq 1 "$INSTANCES"); do start_service "$svc" "$k"; await_service "$svc" "$k"; done
done
say "starting the gateway (nginx) on :$GATEWAY_PORT"
start_gateway
if [ -x "$ROOT/deploy/local/demo-data.sh" ] && [ "${DEMO_DATA:-1}" = "1" ]; then
  bash "$ROOT/deploy/local/demo-data.sh"
fi
footprint
cat <<INFO

$(say "the suite is running")
    Web app:                       http://localhost:$GATEWAY_PORT/     (member demo@example.com / Demo123456!, staff staff@example.com / Staff123456!)
    Gateway (frontends use this):  http://localhost:$GATEWAY_PORT/api/v1/...  e.g. curl http://localhost:$GATEWAY_PORT/api/v1/countries
    API docs (whole public API):   http://localhost:$GATEWAY_PORT/api/docs/   (OpenAPI: /api/openapi.json; CORS for $CORS_ALLOWED_ORIGINS)
    Swagger UI per service:        http://localhost:${PORT[identity]}/q/swagger-ui  (identity)   http://localhost:${PORT[catalog]}/q/swagger-ui  (catalog)
                                   http://localhost:${PORT[booking]}/q/swagger-ui  (booking)    http://localhost:${PORT[waitlist]}/q/swagger-ui  (waitlist)
    Health / metrics:              http://localhost:${PORT[identity]}/q/health/ready   http://localhost:${PORT[identity]}/q/metrics  (same paths on each port)
    Admin login:                   $ADMIN_EMAIL / $ADMIN_PASSWORD
    Emails (.eml files):           $MAIL_DIR
    Logs:                          $VAR/logs/{identity,catalog,booking,waitlist,kafka,gateway-access,gateway-error}.log
    Stop:                          deploy/local/stop.sh        (add --all to stop MariaDB, Redis and Kafka too)
INFO
