#!/usr/bin/env bash
# Instructions per request of one worker under callgrind (repeatable on a loaded machine):
# miniphp-fpm, or php-fpm8.2 with --php, with one static worker behind the shared
# harness's nginx, serving SCRIPT N times after a warm-up; configured as run.sh does.
#
#   crates/fpm/bench/profile.sh [--php] [SCRIPT] [N]     (default hello.php 200)
#
# Prints "SCRIPT: I instructions per request" and leaves the callgrind profile of the
# measured requests in $OUT (default /tmp/fpm-profile.<backend>.out) for
# callgrind_annotate. Uses the release binary (CARGO_TARGET_DIR honoured).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HARNESS_DIR="${HARNESS_DIR:-$ROOT/../shared/bench/fpm}"
HARNESS="$HARNESS_DIR/harness.sh"
BIN="${MINIPHP_FPM:-${CARGO_TARGET_DIR:-$ROOT/target}/release/miniphp-fpm}"

php=0
if [ "${1:-}" = --php ]; then php=1; shift; fi
script=${1:-hello.php}
n=${2:-200}
backend=$([ $php = 1 ] && echo php-fpm || echo miniphp-fpm)
OUT=${OUT:-/tmp/fpm-profile.$backend.out}

DIR=$(mktemp -d -t fpm-profile.XXXXXX)
chmod 755 "$DIR"
VG_PID="" NGX_DIR=""
cleanup() {
  [ -n "$VG_PID" ] && kill -QUIT "$VG_PID" 2>/dev/null && sleep 1
  [ -n "$VG_PID" ] && kill -KILL "$VG_PID" 2>/dev/null
  [ -n "$NGX_DIR" ] && "$HARNESS" stop "$NGX_DIR" >/dev/null 2>&1
  [ -n "${KEEP:-}" ] || rm -rf "$DIR"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
{
  [ $php = 1 ] && echo "zend_extension = opcache.so"
  cat <<INI
expose_php = Off
display_errors = Off
log_errors = On
error_reporting = 32767
output_buffering = 4096
memory_limit = 128M
post_max_size = 16M
upload_max_filesize = 16M
max_execution_time = 30
default_charset = "UTF-8"
variables_order = "GPCS"
request_order = "GP"
date.timezone = UTC
opcache.enable = 1
opcache.memory_consumption = 128
opcache.interned_strings_buffer = 8
opcache.max_accelerated_files = 10000
opcache.validate_timestamps = 1
opcache.revalidate_freq = 2
opcache.jit = off
opcache.jit_buffer_size = 0
INI
} > "$DIR/php.ini"
cat > "$DIR/fpm.conf" <<CONF
[global]
pid = $DIR/fpm.pid
error_log = $DIR/fpm.log
daemonize = no

[profile]
listen = 127.0.0.1:$port
pm = static
pm.max_children = 1
CONF

if [ $php = 1 ]; then
  cmd=(php-fpm8.2 -n -R -F -c "$DIR/php.ini" -y "$DIR/fpm.conf")
else
  [ -x "$BIN" ] || { echo "profile.sh: build first: cargo build --release -p miniphp-fpm" >&2; exit 2; }
  cmd=("$BIN" -R -F -c "$DIR/php.ini" -y "$DIR/fpm.conf")
fi

# run REQUESTS: the worker's instructions over its whole life (profile in $DIR/cg.<pid>)
run() {
  local requests=$1 worker="" _
  rm -f "$DIR"/cg.*
  valgrind --tool=callgrind --callgrind-out-file="$DIR/cg.%p" "${cmd[@]}" 2>"$DIR/valgrind.log" &
  VG_PID=$!
  for _ in $(seq 100); do
    worker=$(pgrep -P "$VG_PID" | head -1 || true)
    [ -n "$worker" ] && python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break
    sleep 0.2
  done
  [ -n "$worker" ] || { echo "profile.sh: the worker did not start" >&2; cat "$DIR/valgrind.log" >&2; exit 1; }
  for _ in $(seq "$requests"); do curl -fsS -o /dev/null "$NGX_URL/$script"; done
  kill -QUIT "$VG_PID"
  # Under valgrind the master's SIGQUIT sometimes leaves the worker blocked in accept:
  # tell the worker too (a worker that already left ignores this).
  sleep 2
  kill -QUIT "$worker" 2>/dev/null || true
  wait "$VG_PID" || true
  VG_PID=""
  awk '/^(summary|totals):/ { print $2; exit }' "$DIR/cg.$worker"
  cp "$DIR/cg.$worker" "$OUT"
}

# nginx is started here, not in `run`: a variable set in a command substitution is
# lost, and each run left an nginx behind.
eval "$("$HARNESS" start-nginx "127.0.0.1:$port")"
# Start-up and exit cancel out between a short and a long run.
short=$(run 20)
long=$(run $((20 + n)))
echo "$backend $script: $(((long - short) / n)) instructions per request ($n requests; profile of $((20 + n)) in $OUT)"
