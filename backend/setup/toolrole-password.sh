#!/bin/sh
# The password of OE Failover's database role, kept on the server: creates the file from
# stdin (a new password) when it is missing or empty, then prints the file's content as base64
# on one line (the caller never logs it).
# $1: the file (<install dir>/secrets/oe_failover.password). Root only: 0600, owner 0:0.
# Exit status 3: the file could not be written.
set -eu
f=$1
if [ ! -s "$f" ]; then
    umask 077
    mkdir -p "$(dirname "$f")"
    cat > "$f.oef-new" || exit 3
    chmod 600 "$f.oef-new" && chown 0:0 "$f.oef-new" && mv -f "$f.oef-new" "$f" || exit 3
else
    cat > /dev/null
fi
base64 -w0 < "$f"
