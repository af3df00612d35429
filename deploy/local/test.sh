#!/usr/bin/env bash
# Runs every test: unit, architecture and @QuarkusTest suites of each module against real MariaDB, Redis and Kafka,
# then the system tests through a gateway in front of a suite started for them. Idempotent; installs what is missing.
#
# Everything runs in the test environment (CLASSBOOK_INFRA=test, see lib.sh): a Kafka broker of its own on 19092,
# emptied at every run, Redis on 16379, var/test/, the *_test and *_it schemas, and a suite on 18080-18084. A suite
# the developer started with run.sh (8080-8084, Kafka 9092, Redis 6379, the main schemas) is left exactly as it was:
# same processes, same data, same topics. MariaDB is shared; this command starts it only if it is not running, and
# then stops it again at the end.
set -euo pipefail
export CLASSBOOK_INFRA=test
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export MAIL_DIR="$VAR/mail"

mariadb_was_up=""
mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1 && mariadb_was_up=1
cleanup() {
  bash "$ROOT/deploy/local/stop.sh" >/dev/null || true
  bash "$ROOT/deploy/local/infra.sh" down || true
  [ -n "$mariadb_was_up" ] || bash "$ROOT/deploy/local/infra.sh" mariadb-stop || true
}
trap cleanup EXIT

command -v mvn >/dev/null 2>&1 || die "Maven is required (apt-get install maven)"
# kubectl renders the Kubernetes manifests in a test (kustomize is built in).
command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client
# Node and npm: a test generates a TypeScript client from docs/openapi.json and type-checks a program against it.
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
# The browser tests drive Debian's Chromium through its chromedriver.
{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || apt_install chromium chromium-driver
say "npm ci for the typed-client check (system-tests/src/test/ts)"
(cd "$ROOT/system-tests/src/test/ts" && npm ci --no-audit --no-fund --progress=true --loglevel=http) \
  || die "npm ci failed in system-tests/src/test/ts (the npm registry must be reachable)"
build_web
say "web app unit tests (vitest: time formatting, refund wording, error messages, occupancy)"
(cd "$ROOT/web" && npm test) || die "web app unit tests failed"
# Leftovers of an interrupted earlier run would hold the test ports.
bash "$ROOT/deploy/local/stop.sh" >/dev/null
say "test environment: an empty Kafka broker of its own, Redis on :$REDIS_PORT, fresh test schemas"
bash "$ROOT/deploy/local/infra.sh" fresh
bash "$ROOT/deploy/local/infra.sh" up
bash "$ROOT/deploy/local/infra.sh" reset-test-schemas

say "module tests (mvn install: unit, architecture, persistence, REST, messaging)"
mvn -B -ntp install ${MVN_ARGS:-}

say "system tests through the test suite's gateway on :$GATEWAY_PORT"
# The system tests read topics from the beginning like an analytics consumer, so they start from empty topics
# and only see the events of the suite started here.
bash "$ROOT/deploy/local/infra.sh" reset-topics
# The jobs run often in the suite under test, so a no-show or a refund at class start shows within seconds;
# the system, fault and browser tests sign up a few hundred members from this one address, more than a real
# address may in an hour.
# Two instances of each service behind the gateway, as in production: requests race across instances, two outbox
# relays publish, each consumer group has two members and the jobs run on both.
# The waitlist's reconciliation releases a hold whose join never committed after 15 s instead of a minute, so the
# fault suite sees holds and entries agree again within its deadline.
BOOKING_NO_SHOW_INTERVAL=5s CLASSBOOK_WAITLIST_REFUND_INTERVAL=5s LIMIT_REGISTER_PER_ADDRESS=1000 \
  CLASSBOOK_WAITLIST_RECONCILE_ORPHAN_AGE=15s CLASSBOOK_WAITLIST_RECONCILE_HOLDS_INTERVAL=5s \
  INSTANCES=2 DEMO_DATA=0 bash "$ROOT/deploy/local/run.sh" --no-build
mvn -B -ntp -pl system-tests verify -DskipSystemTests=false \
  -Dgateway.url="http://127.0.0.1:$GATEWAY_PORT" -Dkafka.bootstrap="$KAFKA_BOOTSTRAP" \
  -Dservice.ports="${PORT[identity]},${PORT[catalog]},${PORT[booking]},${PORT[waitlist]}" -Dsuite.infra=test \
  -Dsuite.instances=2 -Dsuite.logs="$VAR/logs" ${MVN_ARGS:-}
say "fault suite: instances killed, Redis, Kafka and MariaDB stopped, a database failing, while members book; the \
invariants read from MariaDB after each (table in system-tests/target/fault-suite.md)"
mvn -B -ntp -pl system-tests verify -DskipSystemTests=false \
  -Dsystem.tests.include='**/faults/*IT.java' -Dsystem.tests.exclude.faults=none \
  -Dgateway.url="http://127.0.0.1:$GATEWAY_PORT" -Dkafka.bootstrap="$KAFKA_BOOTSTRAP" \
  -Dservice.ports="${PORT[identity]},${PORT[catalog]},${PORT[booking]},${PORT[waitlist]}" -Dsuite.infra=test \
  -Dsuite.instances=2 -Dsuite.logs="$VAR/logs" ${MVN_ARGS:-}
say "browser tests: the web app in headless Chromium through the gateway (screenshots in system-tests/target/screenshots)"
mvn -B -ntp -pl system-tests verify -DskipSystemTests=false \
  -Dsystem.tests.include='**/browser/*IT.java' -Dsystem.tests.exclude=none \
  -Dgateway.url="http://127.0.0.1:$GATEWAY_PORT" -Dkafka.bootstrap="$KAFKA_BOOTSTRAP" \
  -Dservice.ports="${PORT[identity]},${PORT[catalog]},${PORT[booking]},${PORT[waitlist]}" -Dsuite.infra=test \
  -Dsuite.instances=2 -Dsuite.logs="$VAR/logs" ${MVN_ARGS:-}
say "all tests passed"
