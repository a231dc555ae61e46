#!/usr/bin/env bash
# Saves a screenshot of every page of the set-up wizard (and of the start window) into
# docs/screenshots/, at 1x and at 2x (NAME.png and NAME@2x.png). It starts the real GUI under
# Xvfb and drives it against the built-in lab exactly as an operator would: fields, host keys,
# checks, the set-up itself, the result, and a changed host key for the stop page.
# Needs root (the lab), xvfb, dbus and gnome-keyring (scripts/install-deps.sh installs them).
# Takes a few minutes: the set-up really runs, twice.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi

out=${1:-docs/screenshots}
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target oef_screenshots

# Start the lab only when a server is not answering (`up` is idempotent but not instant).
status=$(tests/lab/lab.sh status 2>/dev/null || true)
for server in primary secondary; do
    if ! grep -q "^$server .*ssh=up.*docker=up" <<<"$status"; then
        tests/lab/lab.sh up
        break
    fi
done

mkdir -p "$out"
shoot() {
    # A private session bus with an unlocked throwaway keyring: the credentials page looks as
    # on a desktop, and nothing touches a real keyring.
    xvfb-run -a -s "-screen 0 2400x1800x24 -dpi 96" \
        env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$1" QT_FONT_DPI=96 \
        tests/gui/with-keyring.sh build/tests/gui/oef_screenshots "$out" "$2"
}
shoot 1 ""
shoot 2 "@2x"
echo "screenshots.sh: saved in $out:"
ls -1 "$out"
