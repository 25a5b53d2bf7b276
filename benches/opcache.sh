#!/bin/bash
# The opcache side by side with php's, on benches/app (index.php requiring 40
# modules), in one run: each CLI run is one request.
#   cold: no opcode cache (miniphp as is, php -d opcache.enable_cli=0);
#   warm: opcache.enable_cli=1 with opcache.file_cache already filled, so every
#         file comes from its compiled image (php: its file cache, miniphp: its
#         images executed where they lie);
#   pool: miniphp's in-process request loop (criterion bench `app` of
#         miniphp-opcache: a fresh VM per request, all files hits in shared memory).
# Prints mean wall times and the ratios miniphp / php.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-20}
cargo build --release --quiet --bin miniphp
MINIPHP="${CARGO_TARGET_DIR:-target}/release/miniphp"
PHP=$(command -v php || true)
APP=benches/app/index.php
cache_m=$(mktemp -d)
cache_p=$(mktemp -d)
trap 'rm -rf "$cache_m" "$cache_p"' EXIT

source benches/lib.sh

if [ -n "$PHP" ] && [ "$("$MINIPHP" "$APP")" != "$("$PHP" "$APP")" ]; then
  echo "miniphp and php disagree on $APP" >&2
  exit 1
fi
WARM_M=(-d opcache.enable_cli=1 -d opcache.file_cache="$cache_m" -d opcache.file_update_protection=0)
WARM_P=(-d opcache.enable_cli=1 -d opcache.file_cache="$cache_p" -d opcache.file_update_protection=0 -d opcache.jit=off)

printf "%-26s %10s %10s %9s\n" "app (41 files)" "miniphp s" "php s" "ratio"
cold_m=$(mean_time "$MINIPHP" "$APP")
cold_p=""
[ -n "$PHP" ] && cold_p=$(mean_time "$PHP" -d opcache.enable_cli=0 "$APP")
row "cold (no opcache)" "$cold_m" "$cold_p"
warm_m=$(mean_time "$MINIPHP" "${WARM_M[@]}" "$APP")
warm_p=""
[ -n "$PHP" ] && warm_p=$(mean_time "$PHP" "${WARM_P[@]}" "$APP")
row "warm (file cache)" "$warm_m" "$warm_p"
printf "miniphp cold / warm: %.2fx" "$(echo "$cold_m / $warm_m" | bc -l)"
[ -n "$PHP" ] && printf ", php cold / warm: %.2fx" "$(echo "$cold_p / $warm_p" | bc -l)"
echo
if [ "${POOL:-1}" = 1 ]; then
  echo "in-process requests (criterion, miniphp-opcache bench 'app'):"
  cargo bench --quiet -p miniphp-opcache --bench app -- --noplot --warm-up-time 1 \
    --measurement-time 4 2>/dev/null | awk '/time:/ { print "  " $0 }'
fi
