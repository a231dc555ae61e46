#!/usr/bin/env bash
# tests/lab/smoke.sh -- smoke tests of the OE Failover lab itself.
#
# Assumes the lab is up (tests/lab/lab.sh up); if it is not, it fails (it never
# skips). Prints "ok - NAME" / "not ok - NAME" per test, then exactly one line
# "N passed, N failed", and exits non-zero if anything failed. Runs as root.
# The faults it injects are undone, and it ends with `lab.sh reset`, so the
# lab is left in its initial state.
#
# Passwords never go on a command line: ssh gets it through SSH_ASKPASS (a
# helper reading a 0600 temp file), sudo on stdin, psql through a 0600 PGPASSFILE.
set -uo pipefail

# One test process at a time drives the lab (the integration tests take the same lock).
exec 8>/run/oef-lab-test.lock
flock 8
# Start from the lab's initial state, whatever earlier tests left.
"$(dirname -- "${BASH_SOURCE[0]}")/lab.sh" reset 8>&- >/dev/null || { echo "lab.sh reset failed"; exit 1; }

LAB_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
LAB=$LAB_DIR/lab.sh
CONTAINERS_SORTED=$(printf '%s\n' autoheal-oe external-fhir-api openelisglobal-database openelisglobal-webapp)

PASSED=0
FAILED=0
FINISHED=0
TMP=""

ok() { PASSED=$((PASSED + 1)); printf 'ok - %s\n' "$1"; }
not_ok() {
    FAILED=$((FAILED + 1))
    printf 'not ok - %s\n' "$1"
    if [ -n "${2:-}" ]; then printf '%s\n' "$2" | head -n 15 | sed 's/^/#   /'; fi
}
# check NAME COMMAND... : ok if the command succeeds (its output shown on failure).
check() {
    local name=$1 out; shift
    if out=$("$@" 2>&1); then ok "$name"; else not_ok "$name" "$out"; fi
}
# check_fails NAME COMMAND... : ok if the command fails.
check_fails() {
    local name=$1 out; shift
    if out=$("$@" 2>&1); then not_ok "$name" "unexpectedly succeeded: $out"; else ok "$name"; fi
}
# check_eq NAME EXPECTED ACTUAL
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1" "expected: $2"$'\n'"actual:   $3"; fi
}
summary() { printf '%d passed, %d failed\n' "$PASSED" "$FAILED"; }

cleanup() {
    local rc=$?
    if [ "$FINISHED" = 0 ]; then
        not_ok "smoke.sh ran to the end" "aborted with status $rc"
        summary
    fi
    [ -n "$TMP" ] && rm -rf -- "$TMP"
    if [ "$FINISHED" = 0 ] || [ "$FAILED" -gt 0 ]; then exit 1; fi
}
trap cleanup EXIT

bail_out() {   # the lab is not usable: one failure, the summary, exit 1
    not_ok "$1" "$2"
    FINISHED=1
    summary
    exit 1
}

# --- preconditions ----------------------------------------------------------
[ "$(id -u)" = 0 ] || bail_out "running as root" "smoke.sh needs root (lab.sh exec uses nsenter)"
status=$("$LAB" status 2>&1) || bail_out "lab is up" "lab.sh status failed: $status"
for s in primary secondary; do
    line=$(grep "^$s " <<<"$status")
    case $line in
        *"ssh=up docker=up containers=4/4 db=healthy"*) ;;
        *) bail_out "lab is up" "the lab is not up (run: $LAB up)"$'\n'"$status" ;;
    esac
done
ok "lab is up"

eval "$("$LAB" env)"
SERVERS=(primary secondary)
[ -n "${OEF_LAB_SPARE:-}" ] && SERVERS+=(spare)
ip_of() { case $1 in primary) echo "$OEF_LAB_PRIMARY" ;; secondary) echo "$OEF_LAB_SECONDARY" ;; spare) echo "$OEF_LAB_SPARE" ;; esac; }

TMP=$(mktemp -d /tmp/oef-smoke.XXXXXX)
chmod 700 "$TMP"
(umask 077; printf '%s\n' "$OEF_LAB_PASSWORD" >"$TMP/pw"; printf 'this is not it\n' >"$TMP/wrongpw")
KH=$TMP/known_hosts

check_eq "lab.sh env gives the password with its special characters" \
    'Lab pass "q" '\''x'\'' $HOME; ok' "$OEF_LAB_PASSWORD"
check_eq "lab.sh env gives the fixed layout" \
    "10.77.0.11 10.77.0.12 labadmin labnosudo labnopw /var/lib/openelis-global 5432 8443 /var/lib/oef-lab $LAB" \
    "$OEF_LAB_PRIMARY $OEF_LAB_SECONDARY $OEF_LAB_USER $OEF_LAB_NOSUDO_USER $OEF_LAB_NOPW_USER $OEF_LAB_INSTALL_DIR $OEF_LAB_DB_PORT $OEF_LAB_WEB_PORT $OEF_LAB_DIR $OEF_LAB_SH"

# --- helpers ----------------------------------------------------------------
keyscan() { ssh-keyscan -T 5 -t ed25519,ecdsa,rsa "$1" 2>/dev/null; }
fingerprint() { ssh-keyscan -T 5 -t ed25519 "$1" 2>/dev/null | ssh-keygen -lf - | awk '{print $2}'; }
refresh_known_hosts() {
    local s
    : >"$KH"
    for s in "${SERVERS[@]}"; do keyscan "$(ip_of "$s")" >>"$KH"; done
}
# lab_ssh [-k KNOWN_HOSTS] [-p PWFILE] USER HOST COMMAND  (stdin passes through)
lab_ssh() {
    local kh=$KH pwfile=$TMP/pw
    while :; do
        case $1 in
            -k) kh=$2; shift 2 ;;
            -p) pwfile=$2; shift 2 ;;
            *) break ;;
        esac
    done
    local user=$1 host=$2; shift 2
    SSH_ASKPASS="$LAB_DIR/askpass.sh" SSH_ASKPASS_REQUIRE=force OEF_ASKPASS_FILE="$pwfile" \
        ssh -F /dev/null -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$kh" \
        -o GlobalKnownHostsFile=/dev/null -o PubkeyAuthentication=no \
        -o PreferredAuthentications=keyboard-interactive,password \
        -o NumberOfPasswordPrompts=1 -o ConnectTimeout=5 -o LogLevel=ERROR \
        "$user@$host" "$@"
}
tcp_open() { timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null; }
# wait_until SECONDS COMMAND... : poll every 0.5 s
wait_until() {
    local end=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $end ] || return 1
        sleep 0.5
    done
}
dk_state() { "$LAB" exec "$1" docker inspect -f '{{.State.Status}}' "$2" 2>/dev/null; }
container_running() { [ "$(dk_state "$1" "$2")" = running ]; }
container_stopped() { [ "$(dk_state "$1" "$2")" = exited ]; }
db_health() { "$LAB" exec "$1" docker inspect -f '{{.State.Health.Status}}' openelisglobal-database 2>/dev/null; }
db_healthy() { [ "$(db_health "$1")" = healthy ]; }
pg_up() { pg_isready -q -h "$1" -p 5432 -t 3; }

# --- SSH, sudo, users -------------------------------------------------------
refresh_known_hosts
for s in "${SERVERS[@]}"; do
    ip=$(ip_of "$s")
    check_eq "$s: ssh-keyscan finds 3 host keys" 3 "$(grep -c "^$ip " "$KH")"
    check_eq "$s: ssh as $OEF_LAB_USER with the password (known_hosts verified)" \
        "$OEF_LAB_USER oe-$s" "$(lab_ssh "$OEF_LAB_USER" "$ip" 'echo "$(id -un) $(hostname)"' </dev/null 2>&1)"
    check_eq "$s: sudo -S with the password works" \
        0 "$(lab_ssh "$OEF_LAB_USER" "$ip" 'sudo -S -p "" id -u' <"$TMP/pw" 2>&1)"
    out=$(lab_ssh "$OEF_LAB_USER" "$ip" 'sudo -S -p "" id -u' <"$TMP/wrongpw" 2>&1); rc=$?
    if [ $rc -ne 0 ] && [ "$out" != 0 ]; then ok "$s: sudo -S with a wrong password fails"
    else not_ok "$s: sudo -S with a wrong password fails" "rc=$rc output: $out"; fi
    check_fails "$s: ssh with a wrong password fails" \
        lab_ssh -p "$TMP/wrongpw" "$OEF_LAB_USER" "$ip" true </dev/null
    check_fails "$s: $OEF_LAB_NOSUDO_USER cannot sudo" \
        lab_ssh "$OEF_LAB_NOSUDO_USER" "$ip" 'sudo -S -p "" id -u' <"$TMP/pw"
    check_eq "$s: $OEF_LAB_NOPW_USER can sudo -n" \
        0 "$(lab_ssh "$OEF_LAB_NOPW_USER" "$ip" 'sudo -n id -u' </dev/null 2>&1)"
    check_eq "$s: docker ps over ssh + sudo shows the four containers" "$CONTAINERS_SORTED" \
        "$(lab_ssh "$OEF_LAB_USER" "$ip" 'sudo -S -p "" docker ps --format "{{.Names}}"' <"$TMP/pw" 2>&1 | sort)"
    check_eq "$s: lab.sh exec docker ps shows the four containers" "$CONTAINERS_SORTED" \
        "$("$LAB" exec "$s" docker ps --format '{{.Names}}' 2>&1 | sort)"
done

# --- each server has its own mounts ---------------------------------------
for s in "${SERVERS[@]}"; do
    "$LAB" exec "$s" sh -c "echo $s > /var/lib/openelis-global/.smoke-marker"
done
for s in "${SERVERS[@]}"; do
    check_eq "$s: lab.sh exec sees only its own install directory" \
        "$s" "$("$LAB" exec "$s" cat /var/lib/openelis-global/.smoke-marker 2>&1)"
    check_eq "$s: an ssh session sees only its own install directory" \
        "$s" "$(lab_ssh "$OEF_LAB_USER" "$(ip_of "$s")" 'cat /var/lib/openelis-global/.smoke-marker' </dev/null 2>&1)"
done
check_fails "the machine itself has no OpenELIS install directory content" \
    test -e /var/lib/openelis-global/.smoke-marker
check "each server has its own /run (its own dockerd pid file)" \
    test "$("$LAB" exec primary cat /run/docker.pid)" != "$("$LAB" exec secondary cat /run/docker.pid)"

t0=$SECONDS
out=$("$LAB" up 2>&1)
rc=$?
if [ $rc -eq 0 ] && [ $((SECONDS - t0)) -le 30 ] &&
    [ "$("$LAB" exec primary cat /var/lib/openelis-global/.smoke-marker 2>&1)" = primary ]; then
    ok "lab.sh up again is idempotent and fast ($((SECONDS - t0)) s)"
else
    not_ok "lab.sh up again is idempotent and fast ($((SECONDS - t0)) s)" "rc=$rc $out"
fi

# --- install directory shape -----------------------------------------------
for s in "${SERVERS[@]}"; do
    check_eq "$s: install directory owners and modes" \
        "backups 0:0 755|data 999:999 700|logs 8443:8443 755|secrets 0:0 700|secrets/backup_datasource.password 0:0 600|tomcatLogs 8443:8443 755" \
        "$("$LAB" exec "$s" sh -c 'cd /var/lib/openelis-global && stat -c "%n %u:%g %a" backups data logs secrets secrets/backup_datasource.password tomcatLogs' 2>&1 | paste -sd '|')"
    check "$s: plugins include a name with a space and a non-ASCII name" \
        "$LAB" exec "$s" sh -c 'ls /var/lib/openelis-global/plugins | grep -q " " && ls /var/lib/openelis-global/plugins | LC_ALL=C grep -q "[^ -~]"'
    check_eq "$s: webapp image tag carries the OpenELIS version" "oef-lab/openelis-global-webapp:3.2.1.3" \
        "$("$LAB" exec "$s" docker inspect -f '{{.Config.Image}}' openelisglobal-webapp 2>&1)"
    check_eq "$s: all four containers have restart policy always" "always always always always" \
        "$("$LAB" exec "$s" docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' openelisglobal-database openelisglobal-webapp external-fhir-api autoheal-oe 2>&1 | paste -sd ' ')"
done

# --- databases ----------------------------------------------------------------
check_eq "primary: clinlims has 100 samples and the 'primary' marker" "100 primary" \
    "$(printf 'SELECT count(*) FROM clinlims.sample;\nSELECT server FROM public.lab_marker;\n' | "$LAB" psql primary clinlims 2>&1 | paste -sd ' ')"
check_eq "secondary: its own fresh clinlims with the 'secondary' marker" "0 secondary" \
    "$(printf 'SELECT count(*) FROM clinlims.sample;\nSELECT server FROM public.lab_marker;\n' | "$LAB" psql secondary clinlims 2>&1 | paste -sd ' ')"
check_eq "primary: role backup has LOGIN and REPLICATION" "t|t" \
    "$(echo "SELECT rolcanlogin, rolreplication FROM pg_roles WHERE rolname = 'backup'" | "$LAB" psql primary 2>&1)"
check_eq "primary and secondary databases are independent (different system ids)" 2 \
    "$(for s in primary secondary; do echo 'SELECT system_identifier FROM pg_control_system()' | "$LAB" psql "$s"; done | sort -u | wc -l)"

pgpass_line() {   # host, user, password -> a .pgpass line (\ and : escaped)
    local pw=${3//\\/\\\\}
    pw=${pw//:/\\:}
    printf '%s:5432:*:%s:%s\n' "$1" "$2" "$pw"
}
: >"$TMP/pgpass"
chmod 600 "$TMP/pgpass"
for s in primary secondary; do
    pgpass_line "$(ip_of "$s")" backup "$("$LAB" exec "$s" cat /var/lib/openelis-global/secrets/backup_datasource.password)" >>"$TMP/pgpass"
done
for pair in "secondary primary" "primary secondary"; do
    read -r from to <<<"$pair"
    check_eq "$from -> $to: TCP connection to the database as backup (source address kept)" \
        "$(ip_of "$from")" \
        "$(PGPASSFILE=$TMP/pgpass "$LAB" exec "$from" psql "host=$(ip_of "$to") port=5432 user=backup dbname=postgres sslmode=disable connect_timeout=5" -XAtc 'SELECT host(inet_client_addr())' 2>&1)"
done
out=$(PGPASSFILE=$TMP/pgpass "$LAB" exec secondary psql "host=$OEF_LAB_PRIMARY port=5432 user=backup dbname=postgres sslmode=disable connect_timeout=5 replication=true" -XAtc 'IDENTIFY_SYSTEM' 2>&1)
case $out in
    *"no pg_hba.conf entry for replication connection"*) ok "primary refuses replication without a pg_hba entry (as in production)" ;;
    *) not_ok "primary refuses replication without a pg_hba entry (as in production)" "$out" ;;
esac
for s in "${SERVERS[@]}"; do
    check "$s: pg_isready from the machine" pg_up "$(ip_of "$s")"
    check "$s: database reachable on 127.0.0.1:5432 inside the server (SSH tunnel target)" \
        "$LAB" exec "$s" pg_isready -q -h 127.0.0.1 -p 5432 -t 3
done

# --- web stand-in over TLS ----------------------------------------------------
for s in "${SERVERS[@]}"; do
    ip=$(ip_of "$s")
    "$LAB" exec "$s" cat /etc/openelis-global/cert.pem >"$TMP/$s-cert.pem"
    for path in /api/OpenELIS-Global/health /OpenELIS-Global/health; do
        check_eq "$s: https://$ip:8443$path answers UP (certificate verified)" '{"status":"UP"}' \
            "$(curl -sS --max-time 5 --cacert "$TMP/$s-cert.pem" "https://$ip:8443$path" 2>&1)"
    done
    check_eq "$s: certificate CN and subjectAltName are only its own address" \
        "subject=CN = $ip|X509v3 Subject Alternative Name: |    IP Address:$ip" \
        "$(openssl x509 -in "$TMP/$s-cert.pem" -noout -subject -ext subjectAltName 2>&1 | paste -sd '|')"
done
case $(openssl x509 -in "$TMP/primary-cert.pem" -noout -checkip "$OEF_LAB_SECONDARY" 2>&1) in
    *"does NOT match"*) ok "primary's certificate does not cover the secondary's address" ;;
    *) not_ok "primary's certificate does not cover the secondary's address" ;;
esac

# --- faults -------------------------------------------------------------------
"$LAB" fault cut secondary >/dev/null 2>&1
check_fails "fault cut: secondary's sshd unreachable from the machine" tcp_open "$OEF_LAB_SECONDARY" 22
check_fails "fault cut: secondary's database unreachable from the primary" \
    "$LAB" exec primary timeout 3 bash -c "exec 3<>/dev/tcp/$OEF_LAB_SECONDARY/5432"
check "fault cut: the primary is still reachable" tcp_open "$OEF_LAB_PRIMARY" 22
"$LAB" fault heal secondary >/dev/null 2>&1
check "fault heal: secondary reachable again" wait_until 15 tcp_open "$OEF_LAB_SECONDARY" 22
check_eq "fault heal: ssh to secondary works again" "$OEF_LAB_USER" \
    "$(lab_ssh "$OEF_LAB_USER" "$OEF_LAB_SECONDARY" 'id -un' </dev/null 2>&1)"

"$LAB" fault kill-db primary >/dev/null 2>&1
check "fault kill-db: primary's database container is stopped" container_stopped primary openelisglobal-database
check_fails "fault kill-db: primary's database refuses connections" pg_up "$OEF_LAB_PRIMARY"
sleep 4
check "fault kill-db: it stays down (restart policy does not bring it back)" container_stopped primary openelisglobal-database
"$LAB" fault start-db primary >/dev/null 2>&1
check "fault start-db: primary's database is healthy again" db_healthy primary
check "fault start-db: primary's database accepts connections" wait_until 10 pg_up "$OEF_LAB_PRIMARY"

"$LAB" exec secondary docker update --restart no external-fhir-api >/dev/null
old_pid=$("$LAB" exec secondary cat /run/docker.pid)
t0=$SECONDS
"$LAB" fault restart-engine secondary >/dev/null 2>&1
rc=$?
check_eq "fault restart-engine: succeeds and the engine answers again" 0 "$rc"
check "fault restart-engine: it is a new dockerd process" \
    test "$old_pid" != "$("$LAB" exec secondary cat /run/docker.pid)"
check "fault restart-engine: the database (restart always) comes back healthy" wait_until 60 db_healthy secondary
check "fault restart-engine: the webapp (restart always) comes back" wait_until 30 container_running secondary openelisglobal-webapp
check "fault restart-engine: autoheal-oe (restart always) comes back" wait_until 30 container_running secondary autoheal-oe
check "fault restart-engine: external-fhir-api (restart no) stays stopped" container_stopped secondary external-fhir-api
echo "# restart-engine took $((SECONDS - t0)) s"

old_fp=$(fingerprint "$OEF_LAB_PRIMARY")
cp "$KH" "$TMP/known_hosts.old"
"$LAB" fault rekey primary >/dev/null 2>&1
new_fp=$(fingerprint "$OEF_LAB_PRIMARY")
check "fault rekey: primary's host key fingerprint changed" test -n "$old_fp" -a -n "$new_fp" -a "$old_fp" != "$new_fp"
out=$(lab_ssh -k "$TMP/known_hosts.old" "$OEF_LAB_USER" "$OEF_LAB_PRIMARY" true </dev/null 2>&1)
rc=$?
case "$rc:$out" in
    255:*"REMOTE HOST IDENTIFICATION HAS CHANGED"*) ok "fault rekey: ssh with the old known_hosts refuses to connect" ;;
    *) not_ok "fault rekey: ssh with the old known_hosts refuses to connect" "rc=$rc $out" ;;
esac
refresh_known_hosts
check_eq "fault rekey: ssh works with the new key" "$OEF_LAB_USER" \
    "$(lab_ssh "$OEF_LAB_USER" "$OEF_LAB_PRIMARY" 'id -un' </dev/null 2>&1)"

# --- a server held by OE Failover's guard -----------------------------------------
# What a machine restart leaves after tests ended with a replicated pair: the tool's guard
# (backend/setup/guard.sh, installed as the tool installs it) holds the primary read-only at its
# engine's start and stops OpenELIS until a standby streams from it. `up` must wait for the
# hold to end (or say clearly that it does not), and `up --reset` must start afresh.
G=/var/lib/openelis-global/oe-failover
in_recovery() { echo 'SELECT pg_is_in_recovery()' | "$LAB" psql "$1" 2>/dev/null; }
held() { [ "$(in_recovery "$1")" = t ] && container_stopped "$1" openelisglobal-webapp; }
arm_guard() {
    "$LAB" exec "$1" install -d -m 0700 "$G" &&
    "$LAB" exec "$1" install -m 0700 "$LAB_DIR/../../backend/setup/guard.sh" "$G/guard" &&
    printf 'ARMED=1\nDATA_DIR=/var/lib/openelis-global/data\nDB_CONTAINER=openelisglobal-database\nAPP_CONTAINERS=openelisglobal-webapp external-fhir-api autoheal-oe\nINTERVAL=1\n' |
        "$LAB" exec "$1" sh -c "umask 077; cat >$G/guard.conf"
}
check "guard: installed and armed on the primary" arm_guard primary
"$LAB" fault restart-engine primary >/dev/null 2>&1
check "guard: after an engine restart the primary is held (read-only, webapp stopped)" wait_until 60 held primary
check "guard: lab.sh status names the hold" grep -q "^primary .*held by OE Failover's guard" <<<"$("$LAB" status 2>&1)"
t0=$SECONDS
out=$(OEF_LAB_GUARD_WAIT=2 "$LAB" up 2>&1)
rc=$?
case "$rc:$out" in
    0:*) not_ok "guard: up fails on a server that stays held" "$out" ;;
    *"primary stays held by OE Failover's guard"*"reset primary"*"release"*) ok "guard: up fails on a server that stays held, saying what to do" ;;
    *) not_ok "guard: up fails on a server that stays held, saying what to do" "rc=$rc $out" ;;
esac
check "guard: that up gave up after its limit ($((SECONDS - t0)) s)" test $((SECONDS - t0)) -lt 30
( sleep 3; "$LAB" exec primary "$G/guard" release >/dev/null 2>&1 ) &
releaser=$!
out=$(OEF_LAB_GUARD_WAIT=90 "$LAB" up 2>&1)
rc=$?
wait "$releaser"
check_eq "guard: up waits while the hold lasts, then succeeds" 0 "$rc"
check "guard: up said it waited for the hold" grep -q "the guard ended its hold" <<<"$out"
check_eq "guard: after the release the primary is writable" f "$(in_recovery primary)"
check "guard: after the release the primary's webapp runs" container_running primary openelisglobal-webapp
"$LAB" fault restart-engine primary >/dev/null 2>&1
check "guard: held again after the next engine restart" wait_until 60 held primary
out=$("$LAB" up --reset 2>&1)
check_eq "guard: up --reset succeeds on a held server" 0 "$?"
check_eq "guard: up --reset leaves the primary writable" f "$(in_recovery primary)"
check_eq "guard: up --reset leaves the primary's four containers running" "$CONTAINERS_SORTED" \
    "$("$LAB" exec primary docker ps --format '{{.Names}}' 2>&1 | sort)"
check_fails "guard: up --reset removed the guard" "$LAB" exec primary test -e "$G"

# --- reset --------------------------------------------------------------------
echo "INSERT INTO clinlims.sample (accession) VALUES ('SMOKE')" | "$LAB" psql primary clinlims
"$LAB" fault cut secondary >/dev/null 2>&1
"$LAB" fault kill-db primary >/dev/null 2>&1
t0=$SECONDS
out=$("$LAB" reset 2>&1)
rc=$?
took=$((SECONDS - t0))
check_eq "reset: succeeds" 0 "$rc"
echo "# reset took $took s"
check "reset: takes less than 30 s ($took s)" test "$took" -lt 30
for s in "${SERVERS[@]}"; do
    check_eq "reset: $s has its four containers running" "$CONTAINERS_SORTED" \
        "$("$LAB" exec "$s" docker ps --format '{{.Names}}' 2>&1 | sort)"
    check_eq "reset: $s containers have restart policy always again" "always always always always" \
        "$("$LAB" exec "$s" docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' openelisglobal-database openelisglobal-webapp external-fhir-api autoheal-oe 2>&1 | paste -sd ' ')"
    check_fails "reset: $s install directory is fresh (marker gone)" \
        "$LAB" exec "$s" test -e /var/lib/openelis-global/.smoke-marker
    check "reset: $s database healthy" db_healthy "$s"
done
check "reset: secondary's link is healed" tcp_open "$OEF_LAB_SECONDARY" 22
check_eq "reset: primary database back to 100 samples" "100 primary" \
    "$(printf 'SELECT count(*) FROM clinlims.sample;\nSELECT server FROM public.lab_marker;\n' | "$LAB" psql primary clinlims 2>&1 | paste -sd ' ')"
check_eq "reset: the host key was kept" "$new_fp" "$(fingerprint "$OEF_LAB_PRIMARY")"
status=$("$LAB" status 2>&1)
check "reset: lab.sh status shows every server healthy" \
    test "$(grep -c 'link=up ssh=up docker=up containers=4/4 db=healthy' <<<"$status")" -eq "${#SERVERS[@]}"

FINISHED=1
summary
[ "$FAILED" -eq 0 ]
