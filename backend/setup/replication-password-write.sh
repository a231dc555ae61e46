#!/bin/sh
# Writes the replication role's new password file on the primary, root-only (0600, owned by
# root), atomically (primaryaccess.cpp).
#
# $1 the password file. stdin: the password. No output.
# Exit status: 0 written, else the status of the command that failed.
umask 077
mkdir -p "$(dirname "$1")"
cat > "$1.oef-new" && chmod 600 "$1.oef-new" && chown 0:0 "$1.oef-new" && mv "$1.oef-new" "$1"
