#!/bin/sh
# SSH_ASKPASS helper for the lab tests (use with SSH_ASKPASS_REQUIRE=force).
# Prints the password kept in the 0600 file named by $OEF_ASKPASS_FILE, so the
# password never appears on a command line. It refuses yes/no questions: host
# keys are never accepted through it.
case ${1:-} in
    *yes/no*) exit 1 ;;
esac
[ -n "${OEF_ASKPASS_FILE:-}" ] && [ -r "$OEF_ASKPASS_FILE" ] || exit 1
exec cat -- "$OEF_ASKPASS_FILE"
