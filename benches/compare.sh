#!/bin/bash
# Times each benches/programs/*.php under miniphp (release) and under php
# (opcache on, JIT off) in one run, then `miniphp -l` vs `php -l` on a
# generated 1 MB file of functions, and prints the ratios (miniphp / php).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet --bin miniphp
MINIPHP="${CARGO_TARGET_DIR:-target}/release/miniphp"
PHP=$(command -v php || true)
PHP_ARGS=(-d opcache.enable_cli=1 -d opcache.jit=off)

large=$(mktemp --suffix=.php)
trap 'rm -f "$large"' EXIT
# ~1 MB of small functions, each with a loop, a branch, an array and a string.
awk 'BEGIN {
  print "<?php"
  for (i = 0; i < 5200; i++) {
    printf "function f%d(int $a, array $xs = []): string {\n", i
    printf "    $s = \"f%d:\" . $a;\n", i
    printf "    foreach ($xs as $k => $v) { if ($v > %d) { $s .= \"[$k=$v]\"; } else { $s .= $v * 2; } }\n", i % 97
    printf "    return strtoupper($s) . sprintf(\"%%05d\", $a + %d);\n}\n", i
  }
}' > "$large"

# Mean wall time in seconds of RUNS runs of a command.
mean_time() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style none --runs "$RUNS" --warmup 1 --export-json /dev/stdout "$*" 2>/dev/null \
      | awk -F': ' '/"mean"/ { gsub(/,/, "", $2); print $2; exit }'
  else
    local start end
    "$@" >/dev/null 2>&1 || true
    start=$(date +%s.%N)
    for _ in $(seq "$RUNS"); do "$@" >/dev/null 2>&1 || true; done
    end=$(date +%s.%N)
    echo "($end - $start) / $RUNS" | bc -l
  fi
}

row() { # name, miniphp seconds, php seconds
  if [ -n "$3" ]; then
    printf "%-22s %10.4f %10.4f %8.2fx\n" "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
  else
    printf "%-22s %10.4f %10s %9s\n" "$1" "$2" "-" "-"
  fi
}

printf "%-22s %10s %10s %9s\n" "program" "miniphp s" "php s" "ratio"
for prog in benches/programs/*.php; do
  m=$(mean_time "$MINIPHP" "$prog")
  p=""
  [ -n "$PHP" ] && p=$(mean_time "$PHP" "${PHP_ARGS[@]}" "$prog")
  row "$(basename "$prog")" "$m" "$p"
done
m=$(mean_time "$MINIPHP" -l "$large")
p=""
[ -n "$PHP" ] && p=$(mean_time "$PHP" -l "$large")
row "-l on $(( $(stat -c %s "$large") / 1024 )) KiB" "$m" "$p"
