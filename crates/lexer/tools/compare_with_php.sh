#!/bin/bash
# Compares `dump_tokens` with PHP's own tokenizer on PHP files:
#   crates/lexer/tools/compare_with_php.sh FILES...   (or a list on stdin)
# Builds the dump_tokens example, runs both, prints the first differing line
# of each file that differs and a count. Needs `php` (8.2) on the PATH.
set -e
here=$(cd "$(dirname "$0")" && pwd)
target=${CARGO_TARGET_DIR:-$here/../../../target}
cargo build -q -p miniphp-lexer --example dump_tokens
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then printf '%s\n' "$@" > "$tmp/list"; else cat > "$tmp/list"; fi
xargs -a "$tmp/list" php -d error_reporting=0 "$here/php_tokens.php" > "$tmp/php.txt"
xargs -a "$tmp/list" "$target/debug/examples/dump_tokens" > "$tmp/ours.txt"
python3 - "$tmp/php.txt" "$tmp/ours.txt" <<'PY'
import sys
def split(path):
    files, cur = {}, None
    for line in open(path, 'rb'):
        if line.startswith(b'=== '):
            cur = line[4:].strip().decode(errors='replace'); files[cur] = []
        elif cur is not None:
            files[cur].append(line)
    return files
php, ours = split(sys.argv[1]), split(sys.argv[2])
bad = 0
for name, lines in php.items():
    got = ours.get(name, [])
    if lines != got:
        bad += 1
        i = next((i for i, (a, b) in enumerate(zip(lines, got)) if a != b), min(len(lines), len(got)))
        print(name, 'token', i)
        print('  php: ', lines[i] if i < len(lines) else '<end>')
        print('  ours:', got[i] if i < len(got) else '<end>')
print(len(php), 'files,', bad, 'differ')
PY
