#!/bin/sh
# Runs inside a throwaway container of the database's image on the secondary
# (basebackup.cpp): pg_basebackup, then pg_verifybackup reads the copy back before anything
# touches data/. Instead of pg_basebackup's fsync of each file, one syncfs of the copy's file
# system (sync -f) runs alongside pg_verifybackup, where sync -f is there.
# $0 the copy's directory; the arguments: pg_basebackup's.
# Output: pg_basebackup's progress, "@@oef-copied" once the copy is taken (the primary is no
# longer needed), "@@oef-verified" once it checks out.
# Exit status: 0 done, 1 pg_basebackup failed, 97 the copy did not verify, 98 the sync failed.
if sync -f /dev/null 2>/dev/null; then ns=--no-sync; else ns=; fi
# shellcheck disable=SC2086 # $ns is one option or none
pg_basebackup $ns "$@" || exit 1
echo @@oef-copied
sp=
if [ -n "$ns" ]; then sync -f "$0" & sp=$!; fi
pg_verifybackup -n -q "$0" || { wait; exit 97; }
echo @@oef-verified
[ -z "$sp" ] || wait "$sp" || exit 98
