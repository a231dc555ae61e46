#!/bin/sh
# Puts the checked copy of the primary's database in place on the secondary (basebackup.cpp):
# the standby settings into the copy (as standby-config.sh does), the temporary password file
# removed, then, only now touching data/: the database stopped, data/ moved aside, the copy
# moved in, the database started (unless the primary is still restarting).
#
# $1 the copy's directory (host path), $2 the temporary password file, $3 the database
# files' owner (uid:gid), $4 the database container, $5 the install directory, $6 the name
# data/ is kept under, $7 "start" to start the database, anything else to leave it stopped.
# stdin: the lines for postgresql.auto.conf.
# Output: "@@oef-at config|stop|swap|start|done", how far it got.
# Exit status: 0 done, else the status of the command that failed.
set -e
echo '@@oef-at config'
(cd "$1"; touch standby.signal; cat >> postgresql.auto.conf; cp "$2" oef-replication.pgpass; chown "$3" standby.signal oef-replication.pgpass postgresql.auto.conf; chmod 600 standby.signal oef-replication.pgpass)
rm -f "$2"
echo '@@oef-at stop'
docker stop -t 60 "$4" >/dev/null
echo '@@oef-at swap'
cd "$5"
if [ -e data ]; then mv data "$6"; fi
mv "$1" data
chown "$3" data
chmod 700 data
[ "$7" = start ] || exit 0
echo '@@oef-at start'
docker start "$4" >/dev/null
echo '@@oef-at done'
