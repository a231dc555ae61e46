#!/usr/bin/env bash
# Installs what is needed, builds, starts the lab and runs every test (unit, GUI, lab).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi
start=$(date +%s)
scripts/install-deps.sh
scripts/build.sh
tests/lab/lab.sh up --spare --reset   # and a known state, whatever a previous run left
cd build
ctest --output-on-failure --timeout 1800
echo "test-all.sh: finished in $(( $(date +%s) - start )) s"
