#!/bin/sh
# What a copy of the database needs from the primary, in one command (basebackup.cpp): the
# replication password (base64, never logged), and the database's answers to the SQL on
# stdin (the system identifier; whether a stale connection held the slot, told to end).
#
# $1 the password file, $2 the database container, $3 the slot (psql variable s).
# stdin: the SQL.
# Output: "@@oef-pw BASE64", then the part "@@oef-sql" ... "@@oef-rc N" (psql's output and
# errors, its exit status).
# Exit status: 0 (the parts say how the SQL went), 3 the password file could not be read.
pw=$(base64 -w0 < "$1") || exit 3
echo "@@oef-pw $pw"
pw=''
echo @@oef-sql
docker exec -i "$2" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -v "s=$3" -f - 2>&1
echo "@@oef-rc $?"
