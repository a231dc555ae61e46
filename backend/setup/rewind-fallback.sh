#!/bin/sh
# When pg_rewind cannot be used (rewind.cpp): the temporary password file removed, and the
# secondary's database marked to start only read-only (standby.signal) until the full copy.
#
# $1 the temporary password file, $2 the install directory, $3 the database files' owner
# (uid:gid). No output.
# Exit status: 0 done, else the status of the command that failed.
rm -f "$1"
cd "$2/data" && touch standby.signal && chown "$3" standby.signal
