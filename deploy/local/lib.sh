# Shared helpers of the local scripts: paths, logging, waiting with a deadline.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VAR="${CLASSBOOK_VAR:-$ROOT/var}"
CACHE="${CLASSBOOK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/classbook}"
SERVICES=(identity catalog booking waitlist)
declare -A PORT=([identity]=8081 [catalog]=8082 [booking]=8083 [waitlist]=8084)
GATEWAY_PORT="${GATEWAY_PORT:-8080}"
mkdir -p "$VAR/logs" "$VAR/run"

say()  { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
ok()   { printf '    \033[32mok\033[0m %s\n' "$*"; }
die()  { printf '\033[1;31mERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND every 0.25 s until it succeeds or the deadline passes.
wait_for() {
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.25
  done
  ok "$what"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=""
apt_install() {
  say "installing $* (apt)"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq || die "apt-get update failed"; APT_UPDATED=1; fi
  as_root apt-get install -y -qq --no-install-recommends "$@" >"$VAR/logs/apt.log" 2>&1 \
    || die "apt-get install $* failed; see $VAR/logs/apt.log"
}
