# Shared helpers of the local scripts: paths, logging, waiting with a deadline.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CLASSBOOK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/classbook}"
SERVICES=(identity catalog booking waitlist)

# Two environments share this machine: the developer's suite (the default) and the test run's own
# (CLASSBOOK_INFRA=test). The test environment has its own Kafka broker, Redis, var/ folder, schemas
# and ports, so running the tests never touches a suite that is already running. MariaDB is shared;
# the environments use different schemas.
if [ "${CLASSBOOK_INFRA:-}" = "test" ]; then
  VAR="${CLASSBOOK_VAR:-$ROOT/var/test}"
  KAFKA_PORT=19092; KAFKA_CONTROLLER_PORT=19093; REDIS_PORT=16379
  declare -A PORT=([identity]=18081 [catalog]=18082 [booking]=18083 [waitlist]=18084)
  GATEWAY_PORT=18080
  DB_SCHEMA_SUFFIX=_it
else
  VAR="${CLASSBOOK_VAR:-$ROOT/var}"
  KAFKA_PORT=9092; KAFKA_CONTROLLER_PORT=9093; REDIS_PORT=6379
  declare -A PORT=([identity]=8081 [catalog]=8082 [booking]=8083 [waitlist]=8084)
  GATEWAY_PORT="${GATEWAY_PORT:-8080}"
  DB_SCHEMA_SUFFIX=""
fi
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
# Instance k of a service (run.sh INSTANCES=k): its name for pid and log files, and its port (+10 per instance).
instance_name() { if [ "$2" -eq 1 ]; then printf '%s' "$1"; else printf '%s-%s' "$1" "$2"; fi; }
instance_port() { printf '%s' $(( PORT[$1] + 10 * ($2 - 1) )); }
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

# The process in this pid file runs. A killed process may stay a zombie for a moment before it is reaped, and kill -0
# still reaches a zombie: that one counts as gone.
pid_alive() {
  [ -f "$1" ] || return 1
  local pid; pid=$(cat "$1")
  kill -0 "$pid" 2>/dev/null && ! awk '{ exit ($3 == "Z") ? 0 : 1 }' "/proc/$pid/stat" 2>/dev/null
}

# A service instance on this port answers its readiness check (database reachable, migrations done).
instance_ready() { curl -fsS "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1; }

# An instance's launch is recorded when run.sh starts it: its whole environment ($VAR/run/<name>.env) and command
# line ($VAR/run/<name>.cmd), NUL-separated, readable by the owner only (the environment holds the local database
# password). launch_recorded starts it from that record, so instance.sh restarts an instance with exactly the settings
# the suite was started with.
# record_launch <name> <command...>: call with the instance's own variables as prefix assignments.
record_launch() {
  local name="$1"; shift
  (umask 077; env -0 >"$VAR/run/$name.env"; printf '%s\0' "$@" >"$VAR/run/$name.cmd")
}

# launch_recorded <name>: starts the recorded instance in the background (output appended to its log), writes its pid.
launch_recorded() {
  local name="$1" environment command
  [ -f "$VAR/run/$name.env" ] && [ -f "$VAR/run/$name.cmd" ] || die "no launch of $name recorded in $VAR/run: start the suite with run.sh"
  mapfile -d '' environment <"$VAR/run/$name.env"
  mapfile -d '' command <"$VAR/run/$name.cmd"
  nohup env -i "${environment[@]}" "${command[@]}" >>"$VAR/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$VAR/run/$name.pid"
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=""
apt_install() {
  say "installing $* (apt)"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq || die "apt-get update failed"; APT_UPDATED=1; fi
  as_root apt-get install -y -qq --no-install-recommends "$@" >"$VAR/logs/apt.log" 2>&1 \
    || die "apt-get install $* failed; see $VAR/logs/apt.log"
}

# The web app (web/): npm ci and a production build into web/dist, which the gateway serves at /.
build_web() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  say "building the web app (npm ci, then vite build into web/dist)"
  (cd "$ROOT/web" && npm ci --no-audit --no-fund --progress=true --loglevel=http && npm run build) \
    || die "building the web app failed (the npm registry must be reachable)"
  ok "web app built"
}

# The RSA key identity-service signs access tokens with locally (run.sh, and dev mode after infra.sh up).
dev_keys() {
  mkdir -p "$VAR/keys"
  if [ ! -f "$VAR/keys/jwt-private.pem" ]; then
    say "generating a local RSA key for signing access tokens in $VAR/keys (never used outside this machine)"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$VAR/keys/jwt-private.pem" 2>/dev/null
    chmod 600 "$VAR/keys/jwt-private.pem"
  fi
  export JWT_PRIVATE_KEY_LOCATION="file:$VAR/keys/jwt-private.pem"
  # Every service, identity too, verifies tokens with identity's key set: identity starts first and is ready
  # before the others start; they fetch the set at their first authenticated request.
  export JWT_PUBLIC_KEY_LOCATION="http://127.0.0.1:${PORT[identity]}/.well-known/jwks.json"
}
