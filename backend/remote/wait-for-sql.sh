#!/bin/sh
# Repeats a query inside the database container (run there by docker exec) until it returns
# a non-empty result, for at most a given time (remoteops.cpp, waitForSql). The loop ends on
# its own at the deadline, so nothing outlives the wait for long.
#
# Arguments: $1 the interval between tries (seconds, may be fractional), $2 the time-out
#            (whole seconds), $3 the SQL, $4 the database, then psql's options (-v name=value).
# Stdin: none.
# Output: the first non-empty result (psql -qAtX); psql's errors are dropped (a failing query
#   counts as no result yet).
# Exit status: 0 with a result, 3 when the time ran out.
i=$1
t=$2
q=$3
d=$4
shift 4
end=$(( $(date +%s) + t ))
while :; do
    out=$(printf '%s\n' "$q" | psql -U postgres -d "$d" -v ON_ERROR_STOP=1 -qAtX "$@" -f - 2>/dev/null)
    if [ -n "$out" ]; then
        printf '%s\n' "$out"
        exit 0
    fi
    [ "$(date +%s)" -lt "$end" ] || exit 3
    sleep "$i"
done
