#!/bin/sh
# The set-up pre-checks' facts about the primary, in one command (setupchecks.cpp): its
# clock, the database's answers to the SQL on stdin, its containers, and (for step 1) whether
# the replication role's password file exists. Run on its own or inside the connection
# checks' probe, which has listed the containers in $oef_ci already.
#
# $1 the database container, $2 OpenELIS's webapp container, $3 the replication role's
# password file to test (empty: no test), $4 the `docker inspect -f` format of the container
# lines (kContainerLineFormat), then the other containers.
# stdin: the SQL, for psql in the database container.
# Output: parts "@@oef-NAME" ... "@@oef-rc N" (setupfacts.h): "@@oef-clock MS" (epoch ms),
# sql (psql's output and errors), image (the webapp's image), cont (the container lines,
# "/name|running|restart policy|status|image"), "@@oef-file yes|no" (with $3).
# pgdata: the database container's environment and mounts ("env|PGDATA=…", "mount|type|
# source|destination|volume name"), which tell where its files really are.
# Exit status 0: each part says how it went.
echo "@@oef-clock $(date +%s%3N)"
echo @@oef-sql
docker exec -i "$1" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -f - 2>&1
echo "@@oef-rc $?"
if [ -n "${oef_ci+x}" ]; then
    ci=$oef_ci
else
    ci=$(db=$1; web=$2; fmt=$4; shift 4; docker inspect -f "$fmt" "$db" "$web" "$@" 2>/dev/null)
fi
echo @@oef-image
l=$(printf '%s\n' "$ci" | grep -m 1 -F "/$2|")
if [ -n "$l" ]; then
    printf '%s\n' "${l##*|}"
    echo '@@oef-rc 0'
else
    echo "no container $2"
    echo '@@oef-rc 1'
fi
echo @@oef-cont
printf '%s\n' "$ci"
echo '@@oef-rc 0'
if [ -n "$3" ]; then
    if test -s "$3"; then echo '@@oef-file yes'; else echo '@@oef-file no'; fi
fi
echo @@oef-pgdata
# Only PGDATA of the environment: the rest may hold passwords (POSTGRES_PASSWORD).
pd=$(docker inspect -f '{{range .Config.Env}}env|{{.}}{{println}}{{end}}{{range .Mounts}}mount|{{.Type}}|{{.Source}}|{{.Destination}}|{{.Name}}{{println}}{{end}}' "$1" 2>/dev/null)
pdrc=$?
printf '%s\n' "$pd" | grep -E '^(env[|]PGDATA=|mount[|])'
echo "@@oef-rc $pdrc"
exit 0
