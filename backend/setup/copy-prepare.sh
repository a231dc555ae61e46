#!/bin/sh
# Before a copy of the primary's database (basebackup.cpp), on the secondary: reads the owner
# of its database files and its database's image, makes the side directory for the copy and
# the temporary password file (0600, root-only umask); with more arguments, then starts the
# copy's container (detached), its owner and image filled in here.
#
# $1 the install directory, $2 the side directory (host path), $3 the temporary password
# file (host path), $4 the database container; then, to start the copy, the arguments of
# `docker` for it, "@@owner@@" and "@@image@@" standing for the owner and the image.
# stdin: the password file's content.
# Output: "@@oef-owner UID:GID", "@@oef-image IMAGE"; "@@oef-launch" before the copy starts.
# Exit status: 0 done, else the status of the command that failed.
set -e
umask 077
o=$(stat -c %u:%g "$1/data")
img=$(docker inspect -f '{{.Config.Image}}' "$4")
mkdir "$2"
chown "$o" "$2"
chmod 700 "$2"
cat > "$3"
chown "$o" "$3"
chmod 600 "$3"
echo "@@oef-owner $o"
echo "@@oef-image $img"
shift 4
[ $# -gt 0 ] || exit 0
n=$#
for a do
    case $a in @@owner@@) a=$o ;; @@image@@) a=$img ;; esac
    set -- "$@" "$a"
done
shift "$n"
echo @@oef-launch
docker "$@" >/dev/null
