#!/bin/sh
# The set-up pre-checks' facts about the secondary, in one command (setupchecks.cpp): its
# clock, the database's answers to the SQL on stdin, whether it reaches the primary's
# database port, its containers and its free disk. Run on its own or inside the connection
# checks' probe, which has listed the containers in $oef_ci already.
#
# $1 the database container, $2 OpenELIS's webapp container, $3 the install directory,
# $4 the primary's address, $5 its database port, $6 the `docker inspect -f` format of the
# container lines (kContainerLineFormat), then the other containers.
# stdin: the SQL, for psql in the database container.
# Output: parts "@@oef-NAME" ... "@@oef-rc N" (setupfacts.h): "@@oef-clock MS" (epoch ms),
# sql (psql's output and errors), ready (pg_isready towards the primary), image (the webapp's
# image), cont (the container lines, "/name|running|restart policy|status|image"), disk (the
# bytes free under backups/, then the size of data/).
# The SQL and the reach test run in one `docker exec` of the database container; when that
# could not start (the database container is stopped: a fenced former primary), the reach
# test runs from a throwaway container of its image.
# pgdata: the database container's environment and mounts ("env|PGDATA=…", "mount|type|
# source|destination|volume name"), which tell where its files really are.
# Exit status 0: each part says how it went.
echo "@@oef-clock $(date +%s%3N)"
# shellcheck disable=SC2016 # the nested program expands its own arguments, in the container
out=$(docker exec -i "$1" sh -c 'echo @@oef-sql; psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -f - 2>&1; echo "@@oef-rc $?"; echo @@oef-ready; pg_isready -h "$1" -p "$2" -t 5 2>&1; echo "@@oef-rc $?"' sh "$4" "$5" 2>&1)
if [ -n "${oef_ci+x}" ]; then
    ci=$oef_ci
else
    ci=$(db=$1; web=$2; fmt=$6; shift 6; docker inspect -f "$fmt" "$db" "$web" "$@" 2>/dev/null)
fi
case $out in
*@@oef-ready*) printf '%s\n' "$out" ;;
*)
    echo @@oef-sql
    printf '%s\n' "$out"
    echo '@@oef-rc 1'
    echo @@oef-ready
    img=$(printf '%s\n' "$ci" | grep -m 1 -F "/$1|")
    img=${img##*|}
    docker run --rm --entrypoint pg_isready "$img" -h "$4" -p "$5" -t 5 2>&1
    echo "@@oef-rc $?"
    ;;
esac
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
echo @@oef-disk
LC_ALL=C df -P -B1 "$3/backups" | awk 'NR==2 {print $4}'
du -sxb "$3/data" 2>/dev/null | cut -f1
echo "@@oef-rc 0"
echo @@oef-pgdata
# Only PGDATA of the environment: the rest may hold passwords (POSTGRES_PASSWORD).
pd=$(docker inspect -f '{{range .Config.Env}}env|{{.}}{{println}}{{end}}{{range .Mounts}}mount|{{.Type}}|{{.Source}}|{{.Destination}}|{{.Name}}{{println}}{{end}}' "$1" 2>/dev/null)
pdrc=$?
printf '%s\n' "$pd" | grep -E '^(env[|]PGDATA=|mount[|])'
echo "@@oef-rc $pdrc"
exit 0
