#!/bin/sh
# Fencing the old primary, last part: standby.signal in its data directory, owned like the
# directory, so that if anything ever starts its database again it comes up read-only.
# $1: the install directory (the data directory is $1/data). Exit status 0 when it is there.
set -e
d="$1/data"
touch "$d/standby.signal"
chown "$(stat -c %u:%g "$d")" "$d/standby.signal"
chmod 600 "$d/standby.signal"
