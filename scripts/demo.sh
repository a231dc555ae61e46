#!/usr/bin/env bash
# For a newcomer: install, build, start the built-in two-server lab, and open the wizard on it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then exec sudo --preserve-env=DISPLAY,XAUTHORITY,WAYLAND_DISPLAY "$0" "$@"; fi
scripts/install-deps.sh
scripts/build.sh
tests/lab/lab.sh up
eval "$(tests/lab/lab.sh env)"

plan=build/lab-plan.json
cat > "$plan" <<JSON
{
  "primary":   { "host": "$OEF_LAB_PRIMARY",   "sshPort": 22, "user": "$OEF_LAB_USER", "auth": "password", "dbPort": 5432 },
  "secondary": { "host": "$OEF_LAB_SECONDARY", "sshPort": 22, "user": "$OEF_LAB_USER", "auth": "password", "dbPort": 5432 },
  "installDir": "/var/lib/openelis-global"
}
JSON
echo
echo "The lab is up: primary $OEF_LAB_PRIMARY, secondary $OEF_LAB_SECONDARY, user $OEF_LAB_USER."
echo "The lab's password is printed by: tests/lab/lab.sh env"
echo "Plan for the lab: $plan"
echo
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    cat <<MSG
There is no display here, so the wizard cannot open. Either:
  - run this script from a desktop session (DISPLAY set), or
  - use the command-line twin against the lab, for example:
      tests/lab/lab.sh env   # shows the password
      build/app/oe-failover-cli check --plan $plan --secrets -
    and type {"primary":{"password":"..."},"secondary":{"password":"..."}} then Ctrl-D.
MSG
    exit 0
fi
exec build/app/oe-failover --plan "$plan"
