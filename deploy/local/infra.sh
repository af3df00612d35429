#!/usr/bin/env bash
# Local infrastructure without Docker: MariaDB, Redis and a single-node KRaft Kafka broker.
# Usage: infra.sh up | status | down | kafka-start | kafka-stop | redis-start | redis-stop | mariadb-start |
#        mariadb-stop | reset-test-schemas | reset-topics | fresh | db-cut <service> | db-restore <service>
# Idempotent: installs what is missing (apt, Kafka jars through Maven), starts what is not running.
# With CLASSBOOK_INFRA=test it manages the test run's own Kafka (19092) and Redis (16379); MariaDB is shared.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_VERSION=4.4.0
KAFKA_LIBS="$CACHE/kafka-$KAFKA_VERSION/libs"
KAFKA_DIR="$VAR/kafka"
KAFKA_PID="$VAR/run/kafka.pid"
DB_SCHEMAS=(identity catalog booking waitlist platform)
# Module tests use <schema>_test, the suite started by the test command <schema>_it.
TEST_SUFFIXES=(_test _it)
# A read-only user on every schema: the system tests check the invariants straight from the databases with it.
CHECK_USER=classbook_check
CHECK_PASSWORD=check-local-pw

ensure_packages() {
  local missing=()
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; else ok "packages present (mariadb, redis, nginx)"; fi
}

mariadb_ping() { mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1; }

start_mariadb() {
  if mariadb_ping; then ok "MariaDB already running"; return; fi
  say "starting MariaDB on 127.0.0.1:3306"
  as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld
  if [ ! -d /var/lib/mysql/mysql ]; then
    as_root mariadb-install-db --user=mysql --datadir=/var/lib/mysql >"$VAR/logs/mariadb-install.log" 2>&1 \
      || die "mariadb-install-db failed; see $VAR/logs/mariadb-install.log"
  fi
  as_root start-stop-daemon --start --background --exec /usr/sbin/mariadbd -- \
    --user=mysql --bind-address=127.0.0.1 --port=3306 --max-connections=500 \
    --log-error="$VAR/logs/mariadb.log"
  wait_for "MariaDB ready" 60 mariadb_ping || die "MariaDB did not answer within 60 s; see $VAR/logs/mariadb.log"
}

create_schemas() {
  local sql=""
  for s in "${DB_SCHEMAS[@]}"; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$s\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    for x in "${TEST_SUFFIXES[@]}"; do
      sql+="CREATE DATABASE IF NOT EXISTS \`$s$x\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    done
    for h in 127.0.0.1 localhost; do
      sql+="CREATE USER IF NOT EXISTS '$s'@'$h' IDENTIFIED BY '$s-local-pw';"
      sql+="GRANT ALL PRIVILEGES ON \`$s\`.* TO '$s'@'$h';"
      for x in "${TEST_SUFFIXES[@]}"; do sql+="GRANT ALL PRIVILEGES ON \`$s$x\`.* TO '$s'@'$h';"; done
    done
  done
  for h in 127.0.0.1 localhost; do
    sql+="CREATE USER IF NOT EXISTS '$CHECK_USER'@'$h' IDENTIFIED BY '$CHECK_PASSWORD';"
    for s in "${DB_SCHEMAS[@]}"; do
      for x in "" "${TEST_SUFFIXES[@]}"; do sql+="GRANT SELECT ON \`$s$x\`.* TO '$CHECK_USER'@'$h';"; done
    done
  done
  mysql --protocol=socket -uroot -e "$sql" || die "could not create schemas and users"
  ok "schemas and users: ${DB_SCHEMAS[*]} (+ *_test, *_it), read-only $CHECK_USER"
}

# A service's database fails (the fault suite): its user loses its privileges on the service's schema of this
# environment and every open connection of it to that schema is cut, so statements fail and new connections are
# refused ("Access denied ... to database") until db-restore. Database privileges are checked when a connection
# selects its database, so revoking alone would leave the open pool working.
service_schema() {
  [[ " ${SERVICES[*]} " == *" $1 "* ]] || die "unknown service '$1' (one of ${SERVICES[*]})"
  printf '%s%s' "$1" "$DB_SCHEMA_SUFFIX"
}

db_cut() {
  local svc="$1" schema sql="" h id
  schema=$(service_schema "$svc")
  for h in 127.0.0.1 localhost; do sql+="REVOKE ALL PRIVILEGES ON \`$schema\`.* FROM '$svc'@'$h';"; done
  mysql --protocol=socket -uroot -e "$sql" || die "could not revoke $svc's privileges on $schema"
  sql=""
  for id in $(mysql --protocol=socket -uroot -N -e \
      "SELECT id FROM information_schema.processlist WHERE user = '$svc' AND db = '$schema'"); do
    sql+="KILL CONNECTION $id;"
  done
  # A connection may end by itself meanwhile: --force goes on past its "Unknown thread id".
  [ -z "$sql" ] || mysql --protocol=socket -uroot --force -e "$sql" 2>/dev/null || true
  ok "$schema cut off from $svc (privileges revoked, connections killed)"
}

db_restore() {
  local svc="$1" schema sql="" h
  schema=$(service_schema "$svc")
  for h in 127.0.0.1 localhost; do sql+="GRANT ALL PRIVILEGES ON \`$schema\`.* TO '$svc'@'$h';"; done
  mysql --protocol=socket -uroot -e "$sql" || die "could not grant $svc its privileges on $schema again"
  ok "$schema open to $svc again"
}

reset_test_schemas() {
  local sql=""
  for s in "${DB_SCHEMAS[@]}"; do
    for x in "${TEST_SUFFIXES[@]}"; do sql+="DROP DATABASE IF EXISTS \`$s$x\`;"; done
  done
  mysql --protocol=socket -uroot -e "$sql" || die "could not drop test schemas"
  create_schemas
}

redis_ping() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

start_redis() {
  if redis_ping; then ok "Redis already running"; return; fi
  say "starting Redis on 127.0.0.1:$REDIS_PORT (no persistence: it holds no truth)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --pidfile "$VAR/run/redis.pid" --logfile "$VAR/logs/redis.log" >/dev/null
  wait_for "Redis ready" 30 redis_ping || die "Redis did not answer within 30 s; see $VAR/logs/redis.log"
}

fetch_kafka() {
  if [ -f "$KAFKA_LIBS/.complete" ]; then ok "Kafka $KAFKA_VERSION jars cached in $KAFKA_LIBS"; return; fi
  say "fetching Kafka $KAFKA_VERSION broker jars through Maven into $KAFKA_LIBS (once)"
  mkdir -p "$KAFKA_LIBS"
  mvn -B -q -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIBS" || die "could not fetch the Kafka jars from Maven"
  touch "$KAFKA_LIBS/.complete"
  ok "Kafka jars fetched ($(ls "$KAFKA_LIBS" | wc -l) files)"
}

kafka_ready() { port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$VAR/logs/kafka.log"; }

start_kafka() {
  if pid_alive "$KAFKA_PID" && port_open "$KAFKA_PORT"; then ok "Kafka already running"; return; fi
  if port_open "$KAFKA_PORT"; then ok "a Kafka broker already listens on $KAFKA_PORT"; return; fi
  fetch_kafka
  mkdir -p "$KAFKA_DIR"
  sed -e "s#@DATA_DIR@#$KAFKA_DIR/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$ROOT/deploy/local/kafka/server.properties" >"$KAFKA_DIR/server.properties"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
      >"$VAR/logs/kafka-format.log" 2>&1 || die "formatting the Kafka log dir failed; see $VAR/logs/kafka-format.log"
  fi
  say "starting Kafka (KRaft, single node) on $KAFKA_BOOTSTRAP"
  : >"$VAR/logs/kafka.log"
  nohup java -Xms64m -Xmx256m -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$VAR/logs/kafka.log" 2>&1 &
  echo $! >"$KAFKA_PID"
  wait_for "Kafka ready" 90 kafka_ready || die "Kafka did not start within 90 s; see $VAR/logs/kafka.log"
}

# The topics as deploy/k8s/base/kafka-topics.yaml declares them (the one declaration, also for Strimzi): missing ones
# are created, existing ones get the declared configs (e.g. a broker from before catalog.classes.v1 was compacted).
TOPICS_MANIFEST="$ROOT/deploy/k8s/base/kafka-topics.yaml"
create_topics() {
  java -cp "$KAFKA_LIBS/*" "$ROOT/deploy/local/kafka/CreateTopics.java" "$KAFKA_BOOTSTRAP" "$TOPICS_MANIFEST" "$@" \
    >"$VAR/logs/kafka-topics.log" 2>&1 || die "declaring topics failed; see $VAR/logs/kafka-topics.log"
  local line
  while IFS= read -r line; do ok "$line"; done <"$VAR/logs/kafka-topics.log"
}

stop_kafka() {
  # The broker may have been started from another checkout: fall back to finding it by its main class.
  if ! pid_alive "$KAFKA_PID"; then
    local pid conf
    for pid in $(pgrep -f "kafka.Kafka .*server.properties" || true); do
      conf=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep 'server.properties$' | tail -1)
      # The broker of this environment is the one listening on this environment's port.
      if [ -n "$conf" ] && grep -q "^listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT," "$conf" 2>/dev/null; then
        echo "$pid" >"$KAFKA_PID"
      fi
    done
  fi
  if pid_alive "$KAFKA_PID"; then
    say "stopping Kafka"
    local pid; pid=$(cat "$KAFKA_PID")
    kill "$pid"
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$KAFKA_PID"
    ok "Kafka stopped"
  fi
}

stop_redis() {
  if redis_ping; then redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; ok "Redis stopped"; fi
}

stop_mariadb() {
  if mariadb_ping; then mysqladmin --protocol=socket -uroot shutdown; ok "MariaDB stopped"; fi
}

status() {
  mariadb_ping && ok "MariaDB up" || echo "    MariaDB down"
  redis_ping && ok "Redis up" || echo "    Redis down"
  kafka_ready && ok "Kafka up" || echo "    Kafka down"
}

case "${1:-up}" in
  up)
    say "infrastructure: MariaDB, Redis, Kafka"
    ensure_packages; start_mariadb; create_schemas; start_redis; start_kafka; create_topics; dev_keys ;;
  reset-test-schemas) reset_test_schemas ;;
  reset-topics)
    say "emptying the suite's topics (deleted and created again)"
    create_topics --reset
    ok "topics empty" ;;
  kafka-start) start_kafka ;;
  kafka-stop) stop_kafka ;;
  redis-start) start_redis ;;
  redis-stop) stop_redis ;;
  status) status ;;
  is-up) mariadb_ping && redis_ping && kafka_ready ;;
  down)
    stop_kafka
    stop_redis
    # MariaDB is shared by both environments: the test environment leaves it to the caller.
    [ "${CLASSBOOK_INFRA:-}" = "test" ] || stop_mariadb ;;
  mariadb-start) start_mariadb ;;
  mariadb-stop) stop_mariadb ;;
  db-cut) [ $# -eq 2 ] || die "usage: infra.sh db-cut <service>"; db_cut "$2" ;;
  db-restore) [ $# -eq 2 ] || die "usage: infra.sh db-restore <service>"; db_restore "$2" ;;
  fresh)
    # Only the test environment's broker may be wiped: the next 'up' starts it with no topics at all.
    [ "${CLASSBOOK_INFRA:-}" = "test" ] || die "fresh empties a broker; only with CLASSBOOK_INFRA=test"
    stop_kafka
    rm -rf "$KAFKA_DIR/data"
    ok "test broker data removed" ;;
  *) die "usage: infra.sh up|status|down|kafka-start|kafka-stop|redis-start|redis-stop|mariadb-start|mariadb-stop|reset-test-schemas|reset-topics|fresh|db-cut <service>|db-restore <service>" ;;
esac
