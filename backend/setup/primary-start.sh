#!/bin/sh
# Step "make sure OpenELIS is running" (appcontainers.cpp): starts the primary's database
# container and those of its application containers that exist.
#
# $1 the database container, then the application containers.
# No output of its own (docker start names the containers).
# Exit status: 0 done, 2 the containers could not be listed, 3 a container did not start.
db=$1
shift
names=$(docker ps -a --format '{{.Names}}') || { echo 'docker ps failed' >&2; exit 2; }
n=$#
for a do
    if printf '%s\n' "$names" | grep -qxF -- "$a"; then set -- "$@" "$a"; fi
done
shift "$n"
docker start "$db" "$@" || exit 3
