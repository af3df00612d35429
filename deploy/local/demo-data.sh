#!/usr/bin/env bash
# Loads demo data through the gateway (idempotent): packages in six countries, a week of classes, a demo member.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
say "demo data"
java "$ROOT/deploy/local/DemoData.java" "http://127.0.0.1:$GATEWAY_PORT" "${ADMIN_EMAIL:-admin@example.com}" \
  "${ADMIN_PASSWORD:-Admin123456!}" "${MAIL_DIR:-$VAR/mail}" || die "loading demo data failed"
