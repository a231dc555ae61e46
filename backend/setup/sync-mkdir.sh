#!/bin/sh
# Creates the install directory on the target of the copy (installsync.cpp) with the source's
# mode and numeric owner, before anything is copied into it.
#
# $1 the directory, $2 its mode (octal), $3 its uid, $4 its gid.
# Output: none (errors on stderr).
# Exit status: 0 when done, else that of the command that failed (mkdir, chown, chmod).
mkdir -p -- "$1" && chown -- "$3:$4" "$1" && chmod -- "$2" "$1"
