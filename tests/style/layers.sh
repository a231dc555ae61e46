#!/usr/bin/env bash
# The layer rule (docs/ARCHITECTURE.md): a file includes headers of its own folder and of the
# folders before it in the lists below, never of a folder after it; backend/ never includes
# wizard/. Prints every include that breaks the rule and exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/../.."

backend_order=(core remote checks verify setup failover report "cli workers")
wizard_order=(widgets common verify setup failover start)

# rank <list...> <folder>: the folder's position in the order (peers share one).
rank() {
    local want=${!#} i=0 group
    for group in "${@:1:$#-1}"; do
        for f in $group; do
            [ "$f" = "$want" ] && { echo "$i"; return; }
        done
        i=$((i + 1))
    done
    echo -1
}

bad=0
check_tree() {
    local top=$1; shift
    local file folder inc incTop incFolder mine theirs
    while IFS= read -r file; do
        folder=${file#"$top"/}; folder=${folder%%/*}
        mine=$(rank "$@" "$folder")
        if [ "$mine" -lt 0 ]; then
            echo "$file: not in a known folder of $top/"; bad=1; continue
        fi
        while IFS= read -r inc; do
            incTop=${inc%%/*}; incFolder=${inc#*/}; incFolder=${incFolder%%/*}
            if [ "$top" = backend ] && [ "$incTop" = wizard ]; then
                echo "$file: includes $inc (backend never includes wizard)"; bad=1; continue
            fi
            [ "$incTop" = "$top" ] || continue
            theirs=$(rank "$@" "$incFolder")
            if [ "$theirs" -lt 0 ] || [ "$theirs" -gt "$mine" ] \
                || { [ "$theirs" -eq "$mine" ] && [ "$incFolder" != "$folder" ]; }; then
                echo "$file: includes $inc, a folder after $folder"; bad=1
            fi
        done < <(sed -n 's/^#include "\(\(backend\|wizard\)\/[^"]*\)".*/\1/p' "$file")
    done < <(find "$top" -mindepth 2 -name '*.h' -o -mindepth 2 -name '*.cpp' | sort)
}
check_tree backend "${backend_order[@]}"
check_tree wizard "${wizard_order[@]}"
# Every source file sits in a folder (none left at a tree's top).
for f in backend/*.cpp backend/*.h wizard/*.cpp wizard/*.h; do
    [ -e "$f" ] && { echo "$f: outside the folders"; bad=1; }
done
[ "$bad" -eq 0 ] && echo "layers: every include follows the folder order"
exit "$bad"
