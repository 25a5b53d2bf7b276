#!/usr/bin/env bash
# miniphp-fpm behind the shared harness (../shared/bench/fpm/harness.sh: a private
# nginx in front of a FastCGI backend), configured like the harness's php-fpm8.2:
# pm=static, same php.ini values, opcache on.
#
#   crates/fpm/bench/run.sh check [WORKERS]          the 101-check probe
#   crates/fpm/bench/run.sh compare [DURATION] [SCRIPTS]
#       php-fpm8.2 (opcache on) and miniphp-fpm, 2 workers each, the same wrk run on
#       one then the other for each script in turn; req/s and p99 side by side with
#       the ratios (ours / php-fpm).
#   crates/fpm/bench/run.sh soak [DURATION] [KILL_EVERY] [SCRIPT]
#       4 workers under wrk for DURATION s (60), one SIGKILLed every KILL_EVERY s (5):
#       fails unless the failed requests are at most the workers killed (KILL_EVERY 0:
#       no kills, no failure allowed).
# Uses target/release/miniphp-fpm (CARGO_TARGET_DIR honoured); build it first with
# `cargo build --release -p miniphp-fpm`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
HARNESS_DIR="${HARNESS_DIR:-$ROOT/../shared/bench/fpm}"
HARNESS="$HARNESS_DIR/harness.sh"
BIN="${MINIPHP_FPM:-${CARGO_TARGET_DIR:-$ROOT/target}/release/miniphp-fpm}"
[ -x "$BIN" ] || { echo "run.sh: build first: cargo build --release -p miniphp-fpm ($BIN)" >&2; exit 2; }
[ -x "$HARNESS" ] || { echo "run.sh: harness not found at $HARNESS" >&2; exit 2; }

DIR="" FPM_DIR=""
cleanup() {
  [ -n "$FPM_DIR" ] && "$HARNESS" stop "$FPM_DIR" >/dev/null 2>&1
  if [ -n "$DIR" ] && [ -f "$DIR/fpm.pid" ]; then
    kill -TERM "$(cat "$DIR/fpm.pid")" 2>/dev/null || true
    sleep 0.5
  fi
  [ -n "$DIR" ] && rm -rf "$DIR"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_ours WORKERS -> sets BACKEND
start_ours() {
  local workers=$1 port
  DIR=$(mktemp -d -t miniphp-fpm-bench.XXXXXX)
  port=$(free_port)
  cat > "$DIR/php.ini" <<INI
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
INI
  cat > "$DIR/fpm.conf" <<CONF
[global]
pid = $DIR/fpm.pid
error_log = $DIR/fpm.log
daemonize = yes

[bench]
listen = 127.0.0.1:$port
listen.backlog = 4096
pm = static
pm.max_children = $workers
request_terminate_timeout = 60s
catch_workers_output = yes
decorate_workers_output = no
php_admin_value[error_log] = $DIR/php-errors.log
php_admin_flag[log_errors] = on
CONF
  "$BIN" -R -c "$DIR/php.ini" -y "$DIR/fpm.conf"
  BACKEND="127.0.0.1:$port"
}

cmd=${1:-check}
case "$cmd" in
  check)
    workers=${2:-2}
    start_ours "$workers"
    "$HARNESS" check "$BACKEND" --workers "$workers" || true
    ;;
  compare)
    # Both backends run side by side and each script is measured on one, then at once
    # on the other: on a machine shared with builds, the load changes within minutes,
    # and measuring all of php-fpm before all of ours compared different machines.
    duration=${2:-10}
    scripts=${3:-hello.php app/index.php}
    eval "$("$HARNESS" start-php-fpm --opcache on --workers 2)"
    start_ours 2
    out=${TMPDIR:-/tmp}
    : > "$out/fpm-bench-php.md"
    : > "$out/fpm-bench-ours.md"
    echo "### php-fpm8.2 and miniphp-fpm, opcache on, 2 workers each, interleaved per script"
    for s in $scripts; do
      "$HARNESS" bench "$FPM_BACKEND" --duration "$duration" --scripts "$s" --markdown |
        grep '^| [a-z]' | grep -v '^| script ' >> "$out/fpm-bench-php.md"
      "$HARNESS" bench "$BACKEND" --duration "$duration" --scripts "$s" --markdown |
        grep '^| [a-z]' | grep -v '^| script ' >> "$out/fpm-bench-ours.md"
      echo "$s done, load $(cut -d' ' -f1-3 /proc/loadavg)"
    done
    "$HARNESS" stop "$FPM_DIR" >/dev/null
    FPM_DIR=""
    echo "| script | php-fpm req/s | miniphp-fpm req/s | ratio | php-fpm p99 ms | miniphp-fpm p99 ms | p99 ratio |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    paste -d'|' "$out/fpm-bench-php.md" "$out/fpm-bench-ours.md" |
      awk -F'|' '{ printf "| %s | %s | %s | %.2fx | %s | %s | %.2fx |\n", $2, $3, $11, ($3 > 0) ? $11 / $3 : 0, $5, $13, ($5 > 0) ? $13 / $5 : 0 }'
    ;;
  soak)
    # Load for DURATION seconds while a worker is SIGKILLed every KILL_EVERY seconds:
    # only the requests the killed workers held may fail (nginx answers them 502).
    duration=${2:-60}
    every=${3:-5}
    script=${4:-app/index.php}
    start_ours 4
    eval "$("$HARNESS" start-nginx "$BACKEND")"
    master=$(cat "$DIR/fpm.pid")
    wrk -t2 -c16 -d"${duration}s" "$NGX_URL/$script" > "$DIR/wrk.txt" 2>&1 &
    wrk_pid=$!
    kills=0
    end=$((SECONDS + duration - 2))
    while [ "$every" -gt 0 ] && [ $SECONDS -lt $end ]; do
      sleep "$every"
      victim=$(pgrep -P "$master" | shuf -n 1 || true)
      [ -n "$victim" ] && kill -KILL "$victim" && kills=$((kills + 1))
    done
    wait "$wrk_pid" || true
    "$HARNESS" stop "$NGX_DIR" >/dev/null
    requests=$(awk '/requests in/ { print $1 }' "$DIR/wrk.txt")
    failed=$(awk '/Non-2xx/ { print $NF }' "$DIR/wrk.txt")
    errors=$(awk '/Socket errors/' "$DIR/wrk.txt")
    # No count is no run (wrk missing or failed), not a pass.
    [ -n "$requests" ] || { echo "soak: wrk gave no result:" >&2; cat "$DIR/wrk.txt" >&2; exit 1; }
    echo "soak $script ${duration}s: $requests requests, ${failed:-0} failed, $kills workers killed${errors:+; $errors}"
    [ "${failed:-0}" -le "$kills" ] && [ -z "$errors" ]
    ;;
  *) echo "usage: run.sh check [WORKERS] | compare [DURATION] [SCRIPTS] | soak [DURATION] [KILL_EVERY] [SCRIPT]" >&2; exit 2 ;;
esac
