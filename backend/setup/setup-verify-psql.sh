#!/bin/sh
# Runs inside a database container (setupverify.cpp): psql with the SQL given, tried again
# while it fails with a given exit status, until a deadline.
#
# $1 the SQL, $2 the exit status that means "try again" (or "any"), $3 the database, $4 the
# deadline in seconds, then psql's -v options.
# Output: psql's answer; the last try's messages on stderr.
# Exit status: 0 it answered, else psql's last exit status.
q=$1
again=$2
d=$3
end=$(( $(date +%s) + $4 ))
shift 4
while :; do
    out=$(printf '%s\n' "$q" | psql -U postgres -d "$d" -v ON_ERROR_STOP=1 -qAtX "$@" -f - 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then printf '%s\n' "$out"; exit 0; fi
    if { [ "$again" != any ] && [ $rc -ne "$again" ]; } || [ "$(date +%s)" -ge "$end" ]; then
        printf '%s\n' "$out" >&2
        exit $rc
    fi
    sleep 0.05
done
