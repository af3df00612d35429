#!/usr/bin/env bash
# The dead letters of a service's consumers (docs/platform.md "Consumer failures", docs/runbook.md).
# Usage: dead-letters.sh list SERVICE
#        dead-letters.sh replay SERVICE PARTITION:OFFSET...   (as printed by list)
# SERVICE is identity, catalog, booking or waitlist; CLASSBOOK_INFRA=test reads the test environment's broker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_LIBS="$CACHE/kafka-$(sed -n 's/^KAFKA_VERSION=//p' "$ROOT/deploy/local/infra.sh")/libs"
[ $# -ge 2 ] || die "usage: dead-letters.sh list SERVICE | replay SERVICE PARTITION:OFFSET..."
command="$1"; service="$2"; shift 2
case "$command" in list|replay) ;; *) die "unknown command: $command (list or replay)" ;; esac
case "$service" in identity|catalog|booking|waitlist) ;; *) die "unknown service: $service" ;; esac
[ -f "$KAFKA_LIBS/.complete" ] || die "the Kafka jars are missing: run deploy/local/infra.sh up once"
exec java -cp "$KAFKA_LIBS/*" "$ROOT/deploy/local/kafka/DeadLetters.java" "$KAFKA_BOOTSTRAP" "$command" \
  "$service.dead-letters.v1" "$@"
