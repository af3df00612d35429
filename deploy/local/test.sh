#!/usr/bin/env bash
# Runs every test: unit, architecture and @QuarkusTest suites of each module against real MariaDB, Redis and Kafka,
# then the system tests through the gateway against the running suite. Idempotent; installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

started_suite=""
infra_was_up=""
bash "$ROOT/deploy/local/infra.sh" is-up && infra_was_up=1
cleanup() {
  [ -n "$started_suite" ] && bash "$ROOT/deploy/local/stop.sh"
  # Leave the machine as we found it: infrastructure this run started is stopped again.
  [ -n "$infra_was_up" ] || bash "$ROOT/deploy/local/infra.sh" down
}
trap cleanup EXIT

command -v mvn >/dev/null 2>&1 || die "Maven is required (apt-get install maven)"
# kubectl renders the Kubernetes manifests in a test (kustomize is built in).
command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client
bash "$ROOT/deploy/local/infra.sh" up
bash "$ROOT/deploy/local/infra.sh" reset-test-schemas

say "module tests (mvn install: unit, architecture, persistence, REST, messaging)"
mvn -B -ntp install ${MVN_ARGS:-}

say "system tests through the gateway"
# The module tests wrote test records to the shared topics; the system tests read topics from the
# beginning like an analytics consumer, so they start from empty topics and only see the suite's events.
bash "$ROOT/deploy/local/infra.sh" reset-topics
started_suite=1
DEMO_DATA=0 bash "$ROOT/deploy/local/run.sh" --no-build
mvn -B -ntp -pl system-tests verify -DskipSystemTests=false ${MVN_ARGS:-}
say "all tests passed"
