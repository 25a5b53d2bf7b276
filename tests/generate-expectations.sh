#!/bin/bash
# Fills the expectation of every tests/php test (or of the given .phpt files
# and directories) that real PHP does not already satisfy, with what real PHP
# prints under the runner's settings. Paths of a test's directory become %s.
set -euo pipefail
cd "$(dirname "$0")/.."
PHP=${PHP:-php}
command -v "$PHP" >/dev/null || { echo "needs PHP 8.2 as \$PHP (default: php)" >&2; exit 1; }
if [ -z "${MINIPHP:-}" ]; then
  cargo build --quiet --bin miniphp
  MINIPHP="${CARGO_TARGET_DIR:-target}/debug/miniphp"
fi
bin=$MINIPHP
# The first run rewrites; the second checks that real PHP now passes everything.
"$bin" --run-tests --regenerate --php-binary "$PHP" "${@:-tests/php}" >/dev/null || true
"$bin" --run-tests --php-binary "$PHP" "${@:-tests/php}"
