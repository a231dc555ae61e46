#!/usr/bin/env bash
# French is kept complete: every message of translations/oe-failover_fr.ts has a finished,
# non-empty translation. Prints the sources of the ones that do not; exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."
ts=translations/oe-failover_fr.ts
[ -f "$ts" ] || { echo "french-complete: $ts is missing" >&2; exit 2; }
total=$(grep -c '<source>' "$ts" || true)
missing=$(awk '
    /<source>/ { src = $0 }
    /<translation/ && (/type="unfinished"/ || /<translation><\/translation>/ || /<translation\/>/) {
        sub(/^ */, "", src); print src
    }' "$ts")
if [ -n "$missing" ]; then
    echo "french-complete: of $total messages these have no finished French:"
    printf '%s\n' "$missing" | sed 's/^/  /'
    exit 1
fi
echo "french-complete: all $total messages translated"
