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

source benches/lib.sh

printf "%-26s %10s %10s %9s\n" "program" "miniphp s" "php s" "ratio"
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
