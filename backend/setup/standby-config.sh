#!/bin/sh
# Makes a data directory on the secondary (host path) start as a standby of the primary
# (rewind.cpp): standby.signal, the lines for postgresql.auto.conf (primary_conninfo with a
# passfile, never the password, and the slot) and that passfile. copy-swap.sh does the same
# to the copy of the database before it moves it in.
#
# $1 the data directory, $2 the password file to copy in as oef-replication.pgpass, $3 the
# owner (uid:gid). stdin: the lines for postgresql.auto.conf. No output.
# Exit status: 0 done, else the status of the command that failed.
set -e
(cd "$1"; touch standby.signal; cat >> postgresql.auto.conf; cp "$2" oef-replication.pgpass; chown "$3" standby.signal oef-replication.pgpass postgresql.auto.conf; chmod 600 standby.signal oef-replication.pgpass)
