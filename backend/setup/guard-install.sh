#!/bin/sh
# Installs or refreshes the guard (guard.sh) on a server, as root, atomically (guard.cpp):
# the script from stdin, guard.conf from the arguments, a hold left from before cleared on
# request; registers the boot hooks with systemd when the server runs it.
#
# $1 the install directory, $2 armed (1/0), $3 the database container, $4 the application
# containers (one word, space-separated), $5 "clear" to clear a hold, or "".
# stdin: the guard script.
# Output: "boot-hooks=systemd" or "boot-hooks=none".
# Exit status: 0 done, else the status of the command that failed.
set -eu
d="$1/oe-failover"
install -d -m 0755 -o root -g root "$d"
install -d -m 0700 -o root -g root "$d/state"
cat > "$d/guard.new"
chmod 0755 "$d/guard.new"
mv -f "$d/guard.new" "$d/guard"
printf 'ARMED=%s\nDATA_DIR=%s\nDB_CONTAINER=%s\nAPP_CONTAINERS=%s\nINTERVAL=2\n' "$2" "$1/data" "$3" "$4" > "$d/guard.conf.new"
chmod 0644 "$d/guard.conf.new"
mv -f "$d/guard.conf.new" "$d/guard.conf"
if [ "$5" = clear ]; then rm -f "$d/state/hold" "$d/state/stopped-apps"; fi
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    install -d -m 0755 /etc/systemd/system/docker.service.d
    printf '[Service]\nExecStartPre=-%s pre-start\n' "$d/guard" > /etc/systemd/system/docker.service.d/oe-failover-guard.conf
    printf '[Unit]\nDescription=OE Failover guard: a held primary waits for its standby\nAfter=docker.service\nRequires=docker.service\nPartOf=docker.service\n\n[Service]\nType=simple\nExecStart=%s settle\n\n[Install]\nWantedBy=docker.service\n' "$d/guard" > /etc/systemd/system/oe-failover-guard.service
    systemctl daemon-reload
    systemctl enable oe-failover-guard.service >/dev/null 2>&1
    echo boot-hooks=systemd
else
    echo boot-hooks=none
fi
