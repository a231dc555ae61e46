#!/usr/bin/env bash
# Runs shellcheck on every shell program of the project: the remote scripts the build embeds
# (backend/**/*.sh, POSIX sh as the servers run them), the lab, the tests and the scripts.
# Fails on any finding of warning level or above.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v shellcheck >/dev/null || { echo "shellcheck: not installed (apt-get install shellcheck)" >&2; exit 2; }
mapfile -t files < <(find backend bench resources scripts tests -name '*.sh' -type f | sort)
remote=0
for f in "${files[@]}"; do
    case $f in backend/*)
        remote=$((remote + 1))
        # Run with `sh -c` (dash on Debian) unless installed as a program (the guard, bash):
        # each says which on its first line, so that shellcheck checks for that shell.
        head -n 1 "$f" | grep -qxE '#!/bin/(sh|bash)' || { echo "$f: first line must be #!/bin/sh or #!/bin/bash" >&2; exit 1; } ;;
    esac
done
shellcheck --severity=warning --external-sources "${files[@]}"
echo "shellcheck: ${#files[@]} files ($remote remote scripts), no warnings"
