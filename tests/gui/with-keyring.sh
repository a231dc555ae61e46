#!/bin/sh
# Runs a command under a private D-Bus session bus with a freshly created, unlocked GNOME
# keyring (Secret Service), so keychain tests never touch the user's real keyring.
#   with-keyring.sh <program> [args...]
# Needs: dbus-run-session (dbus / dbus-bin), gnome-keyring-daemon (gnome-keyring).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 <program> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool not found (install the dbus and gnome-keyring packages)" >&2
        exit 2
    fi
done

runtime=$(mktemp -d)
chmod 700 "$runtime"
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    # The daemon leaves with the session bus; give it a moment, then remove its files.
    sleep 0.2
    rm -rf "$runtime"
}
trap cleanup EXIT INT TERM

export XDG_RUNTIME_DIR="$runtime"
# Keyrings are created under XDG_DATA_HOME: a new, empty one, never the user's own.
export XDG_DATA_HOME="$runtime/data"
export XDG_CONFIG_HOME="$runtime/config"
export XDG_CACHE_HOME="$runtime/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

# The throwaway keyring password: random, in a shell variable that is never exported, handed
# to the daemon on file descriptor 3 (a here-document), so it is in no argv and in no
# environment, neither the daemon's nor the test's.
keyring_pw=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')

status=0
dbus-run-session -- sh -c '
    gnome-keyring-daemon --unlock --components=secrets <&3 3<&- >/dev/null
    exec "$@" 3<&-' sh "$@" 3<<EOF || status=$?
$keyring_pw
EOF
exit "$status"
