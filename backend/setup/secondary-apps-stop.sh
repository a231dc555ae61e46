#!/bin/sh
# Step 2 (appcontainers.cpp): the secondary's application containers that exist get restart
# policy "no" and are stopped (the database keeps running).
#
# Arguments: the application containers (those that do not exist are left out).
# No output of its own (docker stop names the containers it stopped).
# Exit status: 0 done (or none exists), 2 the containers could not be listed, 3 the restart
# policy could not be changed, 4 a container did not stop.
names=$(docker ps -a --format '{{.Names}}') || { echo 'docker ps failed' >&2; exit 2; }
n=$#
for a do
    if printf '%s\n' "$names" | grep -qxF -- "$a"; then set -- "$@" "$a"; fi
done
shift "$n"
[ $# -gt 0 ] || exit 0
docker update --restart=no "$@" >/dev/null || exit 3
docker stop -t 30 "$@" || exit 4
