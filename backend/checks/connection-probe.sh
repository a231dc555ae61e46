#!/bin/sh
# The connection checks' probe (connectionchecks.cpp), run as root in one remote command (one
# sudo): the sudo check ("id -u"), Docker's server version and one `docker inspect` of the
# plan's containers; the version is asked side by side with the containers (one after the
# other when there is no temporary file). A caller's command may run alongside, in the
# background of the same command (the set-up's facts): it finds the containers' lines in
# $oef_ci instead of asking Docker again.
#
# Arguments: $1 the `docker inspect -f` format of the containers' lines
#            ("/name|running|restart policy|status|image"), $2 the alongside command's marker
#            (empty: no alongside command), $3 how many container names follow, then the
#            container names; with a marker, then the alongside command's script and its
#            arguments (it runs as `sh -c SCRIPT sh ARGS...`).
# Stdin: the alongside command's stdin (through descriptor 3).
# Output: the line of "id -u"; "@@oef-docker", Docker's version (or its error), "@@oef-rc N";
#   "@@oef-ps", the containers' lines (a missing container only an error line), "@@oef-rc N";
#   with an alongside command: its marker, its stdout, "<marker>-rc N", and its stderr on
#   stderr. Without a temporary file the alongside command does not run (nothing after
#   the containers' part; the caller then runs it on its own).
# Exit status: always 0 (each part carries its own).
fmt=$1
mark=$2
n=$3
shift 3

# docker inspect of the first $1 of the names that follow.
inspect_containers() {
    k=$1
    shift
    for a in "$@"; do
        if [ "$k" -gt 0 ]; then set -- "$@" "$a"; fi
        k=$((k - 1))
        shift
    done
    docker inspect -f "$fmt" "$@" 2>&1
}

id -u
t=$(mktemp) || t=''
if [ -n "$t" ]; then docker version --format '{{.Server.Version}}' > "$t" 2>&1 & fi
vp=$!
oef_ci=$(inspect_containers "$n" "$@")
prc=$?
export oef_ci
if [ -n "$mark" ]; then
    shift "$n"
    along=$1
    shift
    # The caller's command in the background ("$@" its arguments, its stdin through
    # descriptor 3), its output after the marker at the end.
    exec 3<&0
    x=$(mktemp) || x=''
    if [ -n "$x" ]; then
        { sh -c "$along" sh "$@" > "$x" 2> "$x.err"; echo "$?" > "$x.rc"; } <&3 &
        xp=$!
    fi
    exec 3<&-
fi
echo @@oef-docker
if [ -n "$t" ]; then
    wait "$vp"
    vrc=$?
    cat "$t"
    rm -f "$t"
else
    docker version --format '{{.Server.Version}}' 2>&1
    vrc=$?
fi
echo "@@oef-rc $vrc"
echo @@oef-ps
printf '%s\n' "$oef_ci"
echo "@@oef-rc $prc"
if [ -n "$mark" ] && [ -n "$x" ]; then
    wait "$xp"
    printf '%s\n' "$mark"
    cat "$x"
    echo "$mark-rc $(cat "$x.rc")"
    cat "$x.err" >&2
    rm -f "$x" "$x.err" "$x.rc"
fi
exit 0
