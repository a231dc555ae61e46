#!/bin/sh
# Undo of the swap (basebackup.cpp): the secondary's previous data directory back in place
# (its database stopped); what was in data/ is removed.
#
# $1 the install directory, $2 the name the previous data/ is kept under, $3 a timestamp
# (for the name of the failed directory while it is removed). No output.
# Exit status: 0 done (or nothing kept), else the status of the command that failed.
set -e
cd "$1"
if [ -d "$2" ]; then
    if [ -e data ]; then rm -rf "data.failed-standby-$3"; mv data "data.failed-standby-$3"; fi
    mv "$2" data
    rm -rf "data.failed-standby-$3"
fi
