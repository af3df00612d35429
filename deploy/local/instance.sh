#!/usr/bin/env bash
# One instance of a service of the suite run.sh started: crash it, stop it, start it again.
# Usage: deploy/local/instance.sh kill|stop|start|status <service> [k]
#   kill    SIGKILL, a crash: no shutdown, in-flight requests and open transactions are cut
#   stop    SIGTERM, graceful like stop.sh (in-flight requests finish, 10 s shutdown timeout)
#   start   starts it again exactly as run.sh last started it (environment and command line recorded in
#           var/run/<name>.env and .cmd) and waits until it is ready; an instance that runs is left alone
#   status  running or not, and ready or not
# <service> is identity, catalog, booking or waitlist; k is the instance of run.sh INSTANCES (1, the default: the
# service on its own port; 2: <service>-2 on port + 10; 3: + 20). CLASSBOOK_INFRA=test selects the test suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { die "usage: instance.sh kill|stop|start|status <${SERVICES[*]// /|}> [k]"; }
[ $# -ge 2 ] || usage
action="$1" svc="$2" k="${3:-1}"
[[ " ${SERVICES[*]} " == *" $svc "* ]] || usage
[[ "$k" =~ ^[1-3]$ ]] || usage
name=$(instance_name "$svc" "$k")
port=$(instance_port "$svc" "$k")
pidfile="$VAR/run/$name.pid"

signal_and_wait() {
  local signal="$1" seconds="$2" pid
  if ! pid_alive "$pidfile"; then ok "$name-service is not running"; return 0; fi
  pid=$(cat "$pidfile")
  kill "-$signal" "$pid"
  local deadline=$((SECONDS + seconds))
  while pid_alive "$pidfile"; do
    [ "$SECONDS" -lt "$deadline" ] || die "$name-service (pid $pid) still runs $seconds s after SIG$signal"
    sleep 0.1
  done
  ok "$name-service stopped (SIG$signal, pid $pid)"
}

case "$action" in
  kill) signal_and_wait KILL 10 ;;
  stop) signal_and_wait TERM 30 ;;
  start)
    if pid_alive "$pidfile"; then ok "$name-service already running (pid $(cat "$pidfile"))"; exit 0; fi
    port_open "$port" && die "port $port is taken by another process; stop it first"
    launch_recorded "$name"
    if ! wait_for "$name-service ready on :$port (pid $(cat "$pidfile"))" 90 instance_ready "$port"; then
      tail -20 "$VAR/logs/$name.log" >&2
      die "$name-service not ready within 90 s; see $VAR/logs/$name.log"
    fi ;;
  status)
    if pid_alive "$pidfile"; then
      if instance_ready "$port"; then ok "$name-service runs (pid $(cat "$pidfile")) and is ready on :$port"
      else echo "    $name-service runs (pid $(cat "$pidfile")) but is not ready on :$port"; fi
    else
      echo "    $name-service is not running"; exit 1
    fi ;;
  *) usage ;;
esac
