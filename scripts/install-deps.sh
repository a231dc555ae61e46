#!/usr/bin/env bash
# Installs what OE Failover needs to build, to run its lab and to run its tests (Debian 12 /
# Ubuntu 22.04+). Idempotent; needs root.
set -euo pipefail

PACKAGES=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libssh-dev qtkeychain-qt6-dev libpq-dev libgl1-mesa-dev
    # the two-server lab
    openssh-server openssh-client sudo docker.io debootstrap iptables iproute2 procps
    postgresql-client openssl curl ca-certificates
    # GUI tests, keychain tests, screenshots
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
    appstream desktop-file-utils
    # the style tests (tests/style)
    shellcheck universal-ctags
)

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run as root (or with sudo)." >&2
    exit 2
fi
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All packages are installed."
    exit 0
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
