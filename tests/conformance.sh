#!/bin/bash
# Runs php-src 8.2's tests listed in ../shared/conformance/public.txt and prints
# pass counts by directory. Fetches the test tree to /tmp/php-src when missing
# (php-src's tests ship in PHP's release tarball, carried by Debian's source package).
#   tests/conformance.sh [runner options...]        under miniphp (release build)
#   PHP_BINARY=php tests/conformance.sh -n -d extension=ctype   under real php
#   ONLY=tests/lang tests/conformance.sh            only the listed tests under a prefix
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SRC=${PHP_SRC:-/tmp/php-src}
LIST=${CONFORMANCE_LIST:-$ROOT/../shared/conformance/public.txt}
[ -f "$LIST" ] || { echo "no test list at $LIST" >&2; exit 1; }

if [ ! -f "$SRC/run-tests.php" ]; then
  echo "fetching php-src's test tree into $SRC" >&2
  if ! grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/; then
    cat > /etc/apt/sources.list.d/miniphp-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  apt-get update -qq
  dl=$(mktemp -d)
  # The newest source in the archive (the security pool may lack sources).
  version=$(apt-cache showsrc php8.2 | awk '/^Version:/ {print $2}' | sort -V | tail -1)
  (cd "$dl" && apt-get source --download-only "php8.2=$version" >/dev/null 2>&1) \
    || (cd "$dl" && apt-get source --download-only php8.2 >/dev/null)
  mkdir -p "$SRC"
  tar -xJf "$dl"/php8.2_*.orig.tar.xz -C "$SRC" --strip-components=1
  rm -rf "$dl"
fi

if [ -z "${MINIPHP:-}" ]; then
  cargo build --release --quiet --bin miniphp
  MINIPHP="${CARGO_TARGET_DIR:-target}/release/miniphp"
fi
binary_args=()
[ -n "${PHP_BINARY:-}" ] && binary_args=(--php-binary "$PHP_BINARY")

if [ -n "${ONLY:-}" ]; then
  filtered=$(mktemp)
  grep "^$ONLY" "$LIST" > "$filtered"
  LIST=$filtered
fi

out=$(mktemp)
# Results are shown as they come (FAIL lines only unless VERBOSE=1). Each test's memory
# is capped (MEMORY_KB, default 2 GiB of address space): a few php-src tests allocate
# gigabytes, which on a small machine stalls the whole run.
(
  ulimit -v "${MEMORY_KB:-2097152}"
  "$MINIPHP" --run-tests --verbose --timeout "${TIMEOUT:-20}" "${binary_args[@]}" \
    --list "$LIST" --root "$SRC" "$@" || true
) | tee "$out" | if [ -n "${VERBOSE:-}" ]; then cat; else grep --line-buffered '^FAIL ' || true; fi

# Per directory: the path inside the [...] of each result line.
awk '
  /^(PASS|FAIL|SKIP|XFAIL|BORK) / {
    if (!match($0, /\[[^]]+\.phpt\]/)) next
    path = substr($0, RSTART + 1, RLENGTH - 2)
    n = split(path, parts, "/"); dir = parts[1]
    for (i = 2; i < n; i++) dir = dir "/" parts[i]
    if (seen[path]++) next
    total[dir]++; status[dir, $1]++
  }
  END {
    printf "%-40s %6s %6s %6s %6s\n", "directory", "pass", "fail", "skip", "total"
    for (d in total) printf "%-40s %6d %6d %6d %6d\n", d, status[d, "PASS"], status[d, "FAIL"] + status[d, "BORK"], status[d, "SKIP"], total[d] | "sort"
  }' "$out"
tail -n 1 "$out"
rm -f "$out"
