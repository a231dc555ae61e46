#!/bin/sh
# What step 1 needs to know about the primary, in one command (primaryaccess.cpp): whether
# the replication role's password file exists, and the database's answers to the SQL on
# stdin (kAccessSql: the role, its password method, pg_hba.conf's path and content).
#
# $1 the password file, $2 the database container, $3 the role (psql variable u).
# stdin: the SQL.
# Output: "@@oef-file yes|no", then the part "@@oef-sql" ... "@@oef-rc N" (psql's output
# and errors, its exit status). Exit status 0: the parts say how it went.
if test -s "$1"; then echo '@@oef-file yes'; else echo '@@oef-file no'; fi
echo @@oef-sql
docker exec -i "$2" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -v "u=$3" -f - 2>&1
echo "@@oef-rc $?"
exit 0
