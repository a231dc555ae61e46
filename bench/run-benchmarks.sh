#!/bin/bash
# Builds and runs the lab benchmarks (bench_relay, bench_setup, bench_failover) and prints a
# summary table of their figures. Needs root and the lab (tests/lab/lab.sh up --spare).
#
#   bench/run-benchmarks.sh [-B BUILD_DIR] [--no-build] [relay|setup|failover ...]
#
# BUILD_DIR defaults to ./build of the project (configured with Ninja if it has no cache yet).
# The lab lock (/run/oef-lab-test.lock, the one the lab tests take) is held for the whole run;
# the benches use it through descriptor 8 (see loadLab() in each bench). The lab is left reset
# (primary, secondary and spare) at the end. Full outputs go to BUILD_DIR/bench-logs/.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OEF_BUILD_DIR:-$SRC/build}
DO_BUILD=1
BENCHES=()
while [ $# -gt 0 ]; do
    case $1 in
        -B) BUILD=$2; shift ;;
        --no-build) DO_BUILD=0 ;;
        relay | setup | failover) BENCHES+=("bench_$1") ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "run-benchmarks.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done
[ ${#BENCHES[@]} -gt 0 ] || BENCHES=(bench_relay bench_setup bench_failover)
[ "$(id -u)" = 0 ] || { echo "run-benchmarks.sh: must run as root (the lab needs it)" >&2; exit 2; }
BUILD=$(realpath -m "$BUILD")
LAB_SH=$SRC/tests/lab/lab.sh

if [ "$DO_BUILD" = 1 ]; then
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$SRC" -B "$BUILD" -G Ninja
    fi
    cmake --build "$BUILD" --target oe-failover-cli "${BENCHES[@]}"
fi
for b in "${BENCHES[@]}"; do
    [ -x "$BUILD/bench/$b" ] || { echo "run-benchmarks.sh: $BUILD/bench/$b is not built" >&2; exit 2; }
done

# One process drives the lab at a time. Nothing started from here may keep descriptor 8 open
# after we exit (a daemon that lab.sh starts would hold the lock forever): lab.sh runs with it
# closed, the benches mark it close-on-exec.
exec 8>/run/oef-lab-test.lock
if ! flock -n 8; then
    echo "Waiting for the lab lock (another test or bench is using the lab)…"
    flock 8
fi
bash "$LAB_SH" env 8>&- >/dev/null || { echo "run-benchmarks.sh: the lab is not up (tests/lab/lab.sh up --spare)" >&2; exit 1; }

LOGS=$BUILD/bench-logs
mkdir -p "$LOGS"
SUMMARY=$(mktemp)
trap 'rm -f "$SUMMARY"' EXIT
failed=0
T0=$SECONDS
for b in "${BENCHES[@]}"; do
    echo "================================================================ $b"
    t=$SECONDS
    load0=$(cut -d' ' -f1 /proc/loadavg)
    rc=0
    "$BUILD/bench/$b" 2>&1 | tee "$LOGS/$b.log" 8>&- || rc=$?
    [ "$rc" = 0 ] || { failed=1; echo "$b exited $rc"; }
    grep '^@@ ' "$LOGS/$b.log" | sed 's/^@@ //' >>"$SUMMARY" || true
    echo "$b | run time (1-min load average at start / end) | $((SECONDS - t)) s ($load0 / $(cut -d' ' -f1 /proc/loadavg)) | | $([ "$rc" = 0 ] && echo ok || echo "FAILED ($rc)")" >>"$SUMMARY"
done

echo "================================================================ leaving the lab reset"
bash "$LAB_SH" reset primary secondary spare 8>&- || { failed=1; echo "lab.sh reset failed"; }

echo
echo "Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, total $((SECONDS - T0)) s)"
awk -F' *[|] *' '
    { for (i = 1; i <= 5; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } }
    END {
        h[1] = "bench"; h[2] = "figure"; h[3] = "value"; h[4] = "goal"; h[5] = "verdict"
        for (i = 1; i <= 5; i++) if (length(h[i]) > w[i]) w[i] = length(h[i])
        fmt = "%-" w[1] "s  %-" w[2] "s  %-" w[3] "s  %-" w[4] "s  %s\n"
        printf fmt, h[1], h[2], h[3], h[4], h[5]
        for (r = 1; r <= NR; r++) printf fmt, c[r, 1], c[r, 2], c[r, 3], c[r, 4], c[r, 5]
    }' "$SUMMARY"
exit $failed
