#!/usr/bin/env bash
# Stops the gateway and the four services; with --all also Kafka, Redis and MariaDB.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_pid() {
  local name="$1" pidfile="$2"
  if pid_alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid"
    # Graceful shutdown: in-flight requests finish and the outbox relay stops (Quarkus shutdown timeout 10 s).
    local deadline=$((SECONDS + 20))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    ok "$name stopped"
  fi
  rm -f "$pidfile"
}

say "stopping the suite"
if pid_alive "$VAR/gateway/nginx.pid"; then
  "$(command -v nginx || echo /usr/sbin/nginx)" -c "$VAR/gateway/nginx.conf" -p "$VAR/gateway" -s quit || true
  ok "gateway stopped"
fi
for svc in "${SERVICES[@]}"; do
  for pidfile in "$VAR/run/$svc.pid" "$VAR/run/$svc"-[0-9].pid; do
    if [ -e "$pidfile" ]; then stop_pid "$(basename "$pidfile" .pid)-service" "$pidfile"; fi
  done
done
if [ "${1:-}" = "--all" ]; then bash "$ROOT/deploy/local/infra.sh" down; fi
