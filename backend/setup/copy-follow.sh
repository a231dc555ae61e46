#!/bin/sh
# Follows the output of the copy's detached container until it ends, then gives its exit
# status and removes it (basebackup.cpp).
#
# $1 the container. Output: the container's.
# Exit status: the container's (copy-run.sh), 96 it could not be waited for.
docker logs -f "$1"
rc=$(docker wait "$1") || exit 96
docker rm "$1" >/dev/null 2>&1
exit "$rc"
