#!/usr/bin/env bash
# No function in the product's sources is longer than MAX lines (default 80), counted from
# its first line to its closing brace (universal-ctags finds them). Prints the longest ones
# and every one over the limit; exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
max=${1:-80}
command -v ctags >/dev/null || { echo "function-length: ctags (universal-ctags) is missing" >&2; exit 2; }
ctags --version | grep -q 'Universal Ctags' || { echo "function-length: needs universal-ctags" >&2; exit 2; }
lengths=$(ctags -x --_xformat='%{end} %n %F %{scope}::%N' --kinds-c++=f --fields=+ne -R \
    --languages=C++ backend wizard app | awk '$1 ~ /^[0-9]+$/ { print $1 - $2 + 1, $3, $4 }' | sort -rn)
count=$(printf '%s\n' "$lengths" | grep -c . || true)
over=$(printf '%s\n' "$lengths" | awk -v m="$max" '$1 > m')
echo "function-length: $count functions; the five longest:"
printf '%s\n' "$lengths" | sed -n '1,5s/^/  /p'
if [ -n "$over" ]; then
    echo "function-length: over $max lines:"
    printf '%s\n' "$over" | sed 's/^/  /'
    exit 1
fi
echo "function-length: none over $max lines"
