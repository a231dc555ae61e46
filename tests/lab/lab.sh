#!/usr/bin/env bash
# tests/lab/lab.sh -- the OE Failover test lab.
#
# Simulates two OpenELIS servers (plus an optional third, "spare") on this one
# machine. Each server has its own network namespace (a veth into the bridge
# oefbr0), its own UTS namespace (hostname oe-<name>) and its own private mount
# namespace in which per-server directories are bind-mounted over /run,
# /var/lib/openelis-global, /etc/openelis-global, /etc/hosts and /etc/hostname.
# In it run a real sshd and a real Docker engine with OpenELIS-shaped
# containers (a real PostgreSQL 15 database, a TLS web stand-in and two
# sleepers). The machine itself plays the operator's computer.
#
# Usage: lab.sh up [--spare] [--reset] | down | status | env | exec HOST CMD... |
#        psql HOST [DB] | reset [HOST...] | wait-db HOST [SECONDS] |
#        fault cut|heal|kill-db|start-db|restart-engine|rekey HOST
# Run `lab.sh help` for details. Must run as root. See LAB.md for background.
set -euo pipefail
# Callers (smoke.sh, the benches, `flock /run/oef-lab-test.lock lab.sh ...`) hold the lab test
# lock on some file descriptor (smoke.sh and the benches on 8); the daemons started here must
# not inherit it, or the lock would live on in them and every later test would wait forever.
exec 8>&-
for _fd in /proc/$$/fd/*; do
    _fd=${_fd##*/}
    if [ "$_fd" -gt 2 ] && [ "$(readlink "/proc/$$/fd/$_fd" 2>/dev/null)" = /run/oef-lab-test.lock ]; then
        eval "exec $_fd>&-"
    fi
done
unset _fd

export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
umask 022

# ---------------------------------------------------------------------------
# Fixed layout (other code depends on these names: keep them)
# ---------------------------------------------------------------------------
LAB_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
LAB_SH="$LAB_DIR/$(basename -- "${BASH_SOURCE[0]}")"

STATE=/var/lib/oef-lab            # one subdirectory per server
CACHE=/var/cache/oef-lab          # image cache (kept by `down`)
BRIDGE=oefbr0
BRIDGE_ADDR=10.77.0.1
NET_BITS=24
INSTALL_DIR=/var/lib/openelis-global   # inside each server
OE_ETC=/etc/openelis-global            # inside each server (certificate)
DB_PORT=5432
WEB_PORT=8443
OE_VERSION=3.2.1.3
BASE_IMAGE=oef-lab/base:1
WEBAPP_IMAGE=oef-lab/openelis-global-webapp:$OE_VERSION
CONTAINERS=(openelisglobal-database openelisglobal-webapp external-fhir-api autoheal-oe)
DB_CONTAINER=openelisglobal-database

LAB_USER=labadmin        # sudo with password
LAB_NOSUDO_USER=labnosudo  # no sudo at all
LAB_NOPW_USER=labnopw    # sudo NOPASSWD
# Spaces, double and single quotes, $ and ; -- on purpose.
DEFAULT_PASSWORD='Lab pass "q" '\''x'\'' $HOME; ok'
SUDOERS_FILE=/etc/sudoers.d/oef-lab
LAB_USER_COMMENT="OE Failover lab"

# What goes into the image; any change here (or in the entrypoint or the build
# function) changes the cache key and so triggers a rebuild.
IMAGE_SUITE=bookworm
IMAGE_INCLUDE=postgresql-15,openssl,python3-minimal,libpython3-stdlib,procps
IMAGE_ENV_PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

ALL_SERVERS=(primary secondary spare)

# The Debian docker.io client matches the engine; prefer it over any other
# `docker` on the PATH.
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
T0=${EPOCHREALTIME/./}
elapsed() { local now=${EPOCHREALTIME/./}; printf '%d.%01ds' $(((now - T0) / 1000000)) $((((now - T0) / 100000) % 10)); }
log() { printf '[lab %6s] %s\n' "$(elapsed)" "$*" >&2; }
die() { printf 'lab.sh: error: %s\n' "$*" >&2; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "must run as root"; }

# Serialise the commands that change the lab. The lock is on this script's own
# file, so nothing is created; every daemon we start gets fd 9 closed.
take_lock() { exec 9<"$LAB_SH"; flock -w 900 9 || die "another lab.sh is still running"; }

server_index() {
    case $1 in
        primary) echo 1 ;; secondary) echo 2 ;; spare) echo 3 ;;
        *) die "unknown server '$1' (expected primary, secondary or spare)" ;;
    esac
}
check_server() { server_index "$1" >/dev/null; }
server_ip() { echo "10.77.0.$((10 + $(server_index "$1")))"; }
sdir() { echo "$STATE/$1"; }
netns_of() { echo "oef-$1"; }
veth_of() { echo "oefv-$1"; }

# The Docker CLI for one server's engine. The engine's socket lives in the
# server's /run, which is $STATE/NAME/run on the machine, so no nsenter needed.
dk() { local s=$1; shift; "$DOCKER" -H "unix://$STATE/$s/run/docker.sock" "$@"; }

ns_inode() { stat -L -c %i "$1" 2>/dev/null || true; }   # inode of a namespace file
# Same namespace? (both must exist: a dead process or a deleted netns is not a match)
same_ns() {
    local a b
    a=$(ns_inode "$1"); b=$(ns_inode "$2")
    [ -n "$a" ] && [ "$a" = "$b" ]
}
# Alive and not a zombie.
pid_alive() {
    local st
    [ -n "$1" ] && st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ -n "$st" ] && [ "$st" != Z ]
}

# The holder process keeps a server's namespaces alive; every other process of
# the server joins its namespaces. Prints its pid if alive and genuine.
holder_pid() {
    local s=$1 pid
    pid=$(cat "$STATE/$s/holder.pid" 2>/dev/null) || return 1
    pid_alive "$pid" || return 1
    same_ns "/proc/$pid/ns/net" "/run/netns/$(netns_of "$s")" || return 1
    echo "$pid"
}

# A pid from a pid file, if that process is alive and in the server's mount
# namespace (guards against stale pid files and pid reuse).
server_daemon_pid() {
    local s=$1 file=$2 hp pid
    hp=$(holder_pid "$s") || return 1
    pid=$(cat "$file" 2>/dev/null) || return 1
    pid_alive "$pid" || return 1
    same_ns "/proc/$pid/ns/mnt" "/proc/$hp/ns/mnt" || return 1
    echo "$pid"
}
sshd_pid() { server_daemon_pid "$1" "$STATE/$1/run/sshd.pid"; }
dockerd_pid() { server_daemon_pid "$1" "$STATE/$1/run/docker.pid"; }

# Run a command inside a server's namespaces (net + mount + uts) as root.
in_server() {
    local s=$1 hp; shift
    hp=$(holder_pid "$s") || die "server $s is not up (run: $LAB_SH up)"
    nsenter -t "$hp" -n -m -u -- "$@"
}

running_servers() {
    local s
    for s in "${ALL_SERVERS[@]}"; do
        if holder_pid "$s" >/dev/null; then echo "$s"; fi
    done
}

lab_password() {
    if [ -r "$STATE/password" ]; then cat "$STATE/password"; else printf '%s' "${OEF_LAB_PASSWORD_OVERRIDE:-$DEFAULT_PASSWORD}"; fi
}

# wait_for SECONDS DESCRIPTION COMMAND... : poll every 0.2 s.
wait_for() {
    local timeout=$1 what=$2; shift 2
    local deadline=$((${EPOCHREALTIME/./} + timeout * 1000000))
    until "$@" >/dev/null 2>&1; do
        if [ "${EPOCHREALTIME/./}" -ge "$deadline" ]; then
            log "timed out after ${timeout}s waiting for: $what"
            return 1
        fi
        sleep 0.2
    done
}

tcp_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2"; }
random_secret() { tr -dc 'A-Za-z0-9' </dev/urandom | head -c "${1:-24}" || true; }
sql_literal() { local v=${1//\'/\'\'}; printf "'%s'" "$v"; }

# Run several "server" jobs in parallel: run_parallel FUNCTION SERVER...
# Output is prefixed with the server name; fails if any job failed.
run_parallel() {
    local fn=$1; shift
    local -A pids=()
    local s rc=0
    for s in "$@"; do
        ( "$fn" "$s" ) > >(sed -u "s/^/[$s] /" >&2) 2>&1 &
        pids[$s]=$!
    done
    for s in "$@"; do
        if ! wait "${pids[$s]}"; then log "$fn failed on $s"; rc=1; fi
    done
    return $rc
}

# ---------------------------------------------------------------------------
# Packages, users, host paths
# ---------------------------------------------------------------------------
ensure_packages() {
    # command -> Debian package providing it
    local -A need=(
        [sshd]=openssh-server [ssh]=openssh-client [ssh-keygen]=openssh-client
        [ssh-keyscan]=openssh-client [sudo]=sudo [visudo]=sudo
        [dockerd]=docker.io [docker]=docker.io [debootstrap]=debootstrap
        [iptables]=iptables [ip]=iproute2 [psql]=postgresql-client
        [pg_isready]=postgresql-client [curl]=curl [openssl]=openssl
        [nsenter]=util-linux [unshare]=util-linux [setsid]=util-linux [flock]=util-linux
        [chpasswd]=passwd [useradd]=passwd [findmnt]=util-linux
    )
    local cmd missing=()
    for cmd in "${!need[@]}"; do
        command -v "$cmd" >/dev/null 2>&1 || missing+=("${need[$cmd]}")
    done
    [ -x /usr/bin/docker ] || missing+=(docker.io)
    [ ${#missing[@]} -eq 0 ] && return 0
    mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    log "installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
    DOCKER=/usr/bin/docker
}

ensure_users() {
    local u pw
    pw=$(lab_password)
    for u in "$LAB_USER" "$LAB_NOSUDO_USER" "$LAB_NOPW_USER"; do
        id -u "$u" >/dev/null 2>&1 || useradd -m -s /bin/bash -c "$LAB_USER_COMMENT" "$u"
    done
    # Password on stdin, never on a command line.
    printf '%s:%s\n' "$LAB_USER" "$pw" "$LAB_NOSUDO_USER" "$pw" "$LAB_NOPW_USER" "$pw" | chpasswd
    local tmp
    tmp=$(mktemp)
    cat >"$tmp" <<EOF
# Written by OE Failover tests/lab/lab.sh; removed by \`lab.sh down\`.
# labadmin: sudo with its password, never cached (so wrong-password tests work).
Defaults:$LAB_USER timestamp_timeout=0
$LAB_USER ALL=(ALL:ALL) ALL
# labnopw: sudo without a password.
$LAB_NOPW_USER ALL=(ALL:ALL) NOPASSWD: ALL
# labnosudo: no sudo rights at all (not listed).
EOF
    visudo -cqf "$tmp" || { rm -f "$tmp"; die "generated sudoers file is invalid"; }
    install -m 0440 -o root -g root "$tmp" "$SUDOERS_FILE"
    rm -f "$tmp"
}

# The servers bind-mount over these paths, so they must exist on the machine.
# Remember which ones we created so that `down` removes exactly those.
ensure_host_paths() {
    local d
    for d in "$INSTALL_DIR" "$OE_ETC"; do
        if [ ! -e "$d" ]; then
            mkdir -p "$d"
            echo "$d" >>"$STATE/created-paths"
        fi
    done
}

# ---------------------------------------------------------------------------
# Network: bridge in the root namespace, one netns + veth per server
# ---------------------------------------------------------------------------
ensure_bridge() {
    if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
        ip link add name "$BRIDGE" type bridge stp_state 0 forward_delay 0
    fi
    sysctl -qw "net.ipv6.conf.$BRIDGE.disable_ipv6=1" 2>/dev/null || true
    ip addr replace "$BRIDGE_ADDR/$NET_BITS" dev "$BRIDGE"
    ip link set "$BRIDGE" up
    # Docker engines in the root namespace set FORWARD's policy to DROP; with
    # br_netfilter that silently drops traffic between the servers.
    iptables -C FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null ||
        iptables -I FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT
}

ensure_netns() {
    local s=$1 ns veth ip
    ns=$(netns_of "$s"); veth=$(veth_of "$s"); ip=$(server_ip "$s")
    [ -e "/run/netns/$ns" ] || ip netns add "$ns"
    if ! ip link show "$veth" >/dev/null 2>&1; then
        ip link add "$veth" type veth peer name eth0 netns "$ns"
    fi
    sysctl -qw "net.ipv6.conf.$veth.disable_ipv6=1" 2>/dev/null || true
    ip link set "$veth" master "$BRIDGE"
    ip link set "$veth" up
    ip -n "$ns" link set lo up
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.eth0.disable_ipv6=1 2>/dev/null || true
    ip -n "$ns" addr replace "$ip/$NET_BITS" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" route replace default via "$BRIDGE_ADDR"
}

# ---------------------------------------------------------------------------
# Per-server files: sshd config and host keys, certificate, hosts, daemon.json
# ---------------------------------------------------------------------------
generate_host_keys() {   # generate_host_keys DIR PREFIX
    local dir=$1 prefix=$2 t
    for t in ed25519 rsa ecdsa; do
        rm -f "$dir/${prefix}ssh_host_${t}_key" "$dir/${prefix}ssh_host_${t}_key.pub"
        ssh-keygen -q -N '' -t "$t" -C "oe-lab" -f "$dir/${prefix}ssh_host_${t}_key"
    done
}

ensure_server_files() {
    local s=$1 S ip
    S=$(sdir "$s"); ip=$(server_ip "$s")
    # Never replace these directories once created: the server's bind mounts
    # point at their inodes.
    mkdir -p "$S"/{run/sshd,run/lock,install,etc-openelis,ssh,docker,log,lab}
    chmod 0755 "$S/run" "$S/run/sshd"
    chmod 1777 "$S/run/lock"

    printf 'oe-%s\n' "$s" >"$S/hostname"
    cat >"$S/hosts" <<EOF
127.0.0.1	localhost
127.0.1.1	oe-$s
::1	localhost ip6-localhost ip6-loopback
10.77.0.1	oef-operator
10.77.0.11	oe-primary
10.77.0.12	oe-secondary
10.77.0.13	oe-spare
EOF

    [ -s "$S/ssh/ssh_host_ed25519_key" ] || generate_host_keys "$S/ssh" ""
    cat >"$S/ssh/sshd_config" <<EOF
# sshd of the lab server "$s" (written by lab.sh)
ListenAddress $ip
Port 22
HostKey $S/ssh/ssh_host_ed25519_key
HostKey $S/ssh/ssh_host_ecdsa_key
HostKey $S/ssh/ssh_host_rsa_key
PidFile /run/sshd.pid
PasswordAuthentication yes
KbdInteractiveAuthentication yes
PubkeyAuthentication yes
UsePAM yes
PermitRootLogin prohibit-password
X11Forwarding no
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
LogLevel VERBOSE
MaxStartups 100:30:200
MaxSessions 50
EOF

    # TLS certificate of the web stand-in: covers only this server's address.
    if [ ! -s "$S/etc-openelis/cert.pem" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 825 -sha256 \
            -subj "/CN=$ip" -addext "subjectAltName=IP:$ip" \
            -keyout "$S/etc-openelis/key.pem" -out "$S/etc-openelis/cert.pem" 2>/dev/null
        chmod 0600 "$S/etc-openelis/key.pem"
        chmod 0644 "$S/etc-openelis/cert.pem"
    fi

    cat >"$S/docker-daemon.json" <<'EOF'
{
  "log-driver": "json-file",
  "log-opts": { "max-size": "10m", "max-file": "2" }
}
EOF
    install -m 0644 "$LAB_DIR/webapp.py" "$S/lab/webapp.py"
}

# ---------------------------------------------------------------------------
# Server processes: holder, sshd, dockerd
# ---------------------------------------------------------------------------
ensure_holder() {
    local s=$1 S
    S=$(sdir "$s")
    holder_pid "$s" >/dev/null && return 0
    rm -f "$S/holder.pid"
    # nsenter into the netns (not `ip netns exec`: it remounts /sys and hides
    # the cgroup mounts dockerd needs), then a private mount + uts namespace.
    # nsenter/unshare/sh all exec, so the final `sleep` is the holder.
    setsid nsenter --net="/run/netns/$(netns_of "$s")" -- \
        unshare --mount --uts --propagation private -- \
        /bin/sh -euc '
            S=$1
            mount --bind "$S/run" /run
            mount --bind "$S/install" "$2"
            mount --bind "$S/etc-openelis" "$3"
            mount --bind "$S/hosts" /etc/hosts
            mount --bind "$S/hostname" /etc/hostname
            hostname "$(cat "$S/hostname")"
            echo $$ > "$S/holder.pid.tmp"
            mv "$S/holder.pid.tmp" "$S/holder.pid"
            exec sleep infinity' holder "$S" "$INSTALL_DIR" "$OE_ETC" \
        </dev/null >>"$S/log/holder.log" 2>&1 9<&- &
    wait_for 10 "holder of $s" holder_pid "$s" || die "holder of $s did not start (see $S/log/holder.log)"
}

ensure_sshd() {
    local s=$1 S
    S=$(sdir "$s")
    sshd_pid "$s" >/dev/null && return 0
    rm -f "$S/run/sshd.pid"
    in_server "$s" /usr/sbin/sshd -t -f "$S/ssh/sshd_config" || die "sshd config of $s is invalid"
    # sshd daemonises itself and writes /run/sshd.pid (= $S/run/sshd.pid).
    in_server "$s" /usr/sbin/sshd -f "$S/ssh/sshd_config" -E "$S/log/sshd.log" </dev/null 9<&-
}

# OE Failover's guard, when the tool installed it on a server: the lab's servers have no
# systemd, so the lab starts it as the tool's systemd units do on a real server (docker.service
# ExecStartPre=guard pre-start; oe-failover-guard.service: guard settle, after the engine).
GUARD=$INSTALL_DIR/oe-failover/guard
guard_pre_start() {
    local s=$1 S
    S=$(sdir "$s")
    [ -x "$S/install/oe-failover/guard" ] || return 0
    in_server "$s" "$GUARD" pre-start </dev/null >>"$S/log/guard.log" 2>&1 9<&- || true
}
guard_settle() {
    local s=$1 S hp
    S=$(sdir "$s"); hp=$(holder_pid "$s")
    [ -x "$S/install/oe-failover/guard" ] || return 0
    setsid nsenter -t "$hp" -n -m -u -- "$GUARD" settle </dev/null >>"$S/log/guard.log" 2>&1 9<&- &
}
guard_stop() {
    local s=$1 S pid
    S=$(sdir "$s")
    pid=$(cat "$S/install/oe-failover/state/settle.pid" 2>/dev/null) || return 0
    [ -n "$pid" ] && pid_alive "$pid" && kill -TERM "$pid" 2>/dev/null
    return 0
}
# The guard's settle loop of a server, while it runs: the guard holds that server's database
# read-only and keeps OpenELIS stopped until a standby streams from it (or `guard release`).
guard_settling() { server_daemon_pid "$1" "$(sdir "$1")/install/oe-failover/state/settle.pid" >/dev/null; }
guard_settled() { ! guard_settling "$1"; }

# `up` of a server whose guard holds it (a machine restart after tests left a replicated pair):
# wait for the hold to end as it does on a real server (a healthy pair settles in seconds), so
# that `up` neither starts containers the guard stops again nor reports a half-up server.
wait_guard() {
    local s=$1 limit=${OEF_LAB_GUARD_WAIT:-60}
    guard_settling "$s" || return 0
    log "$s: OE Failover's guard holds it until a standby streams from it: waiting (at most ${limit}s)"
    wait_for "$limit" "the guard of $s to end its hold" guard_settled "$s" ||
        die "$s stays held by OE Failover's guard (no standby streams from it, its database is read-only):" \
            "\`$LAB_SH reset $s\` (or \`up --reset\`) starts it afresh," \
            "\`$LAB_SH exec $s $GUARD release\` makes it the primary again"
    log "$s: the guard ended its hold"
}

start_dockerd() {
    local s=$1 S hp
    S=$(sdir "$s"); hp=$(holder_pid "$s")
    rm -f "$S/run/docker.pid"
    guard_pre_start "$s"
    setsid nsenter -t "$hp" -n -m -u -- \
        dockerd --config-file "$S/docker-daemon.json" \
        --data-root "$S/docker" --exec-root /run/docker \
        --pidfile /run/docker.pid -H unix:///run/docker.sock \
        --bip "172.30.$(server_index "$s").1/24" \
        --cgroup-parent "/oef-lab-$s" \
        </dev/null >>"$S/log/dockerd.log" 2>&1 9<&- &
    guard_settle "$s"
}

ensure_dockerd() {
    local s=$1
    dockerd_pid "$s" >/dev/null && return 0
    start_dockerd "$s"
}

engine_answers() { dk "$1" version --format '{{.Server.Version}}'; }
wait_engine() {
    wait_for "${2:-90}" "Docker engine of $1" engine_answers "$1" ||
        die "Docker engine of $1 does not answer (see $STATE/$1/log/dockerd.log)"
}

stop_dockerd() {   # graceful: containers are stopped, restart policies apply later
    local s=$1 pid i
    guard_stop "$s"
    pid=$(dockerd_pid "$s") || return 0
    kill -TERM "$pid"
    for ((i = 0; i < 300; i++)); do
        pid_alive "$pid" || return 0
        sleep 0.2
    done
    log "dockerd of $s did not stop in 60 s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------------------
# Image: debootstrap -> docker import, cached with docker save
# ---------------------------------------------------------------------------
apt_mirror() {
    local m=""
    if [ -n "${OEF_LAB_MIRROR:-}" ]; then echo "$OEF_LAB_MIRROR"; return; fi
    if [ -r /etc/apt/sources.list.d/debian.sources ]; then
        m=$(awk -v suite="$IMAGE_SUITE" 'BEGIN { RS = ""; FS = "\n" }
            {
                uris = ""; ok = 0
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); uris = $i }
                    if ($i ~ /^Suites:/) {
                        sub(/^Suites:[ \t]*/, "", $i); n = split($i, a, /[ \t]+/)
                        for (j = 1; j <= n; j++) if (a[j] == suite) ok = 1
                    }
                }
                if (ok && uris != "") { split(uris, u, /[ \t]+/); print u[1]; exit }
            }' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$m" ] && [ -r /etc/apt/sources.list ]; then
        m=$(awk -v suite="$IMAGE_SUITE" '$1 == "deb" {
                i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                if ($(i + 1) == suite) { print $i; exit } }' /etc/apt/sources.list)
    fi
    echo "${m:-http://deb.debian.org/debian}"
}

# Everything that defines the image, hashed into the cache file name.
image_key() {
    {
        printf '%s\n' "$IMAGE_SUITE" "$IMAGE_INCLUDE" "$IMAGE_ENV_PATH" "$OE_VERSION"
        cat "$LAB_DIR/image/docker-entrypoint.sh"
        declare -f build_rootfs import_image
    } | sha256sum | cut -c1-16
}
image_tar() { echo "$CACHE/image-$(image_key).tar"; }

umount_under() {   # lazily unmount anything mounted under a directory
    local dir=$1 m
    while read -r m; do
        [ -n "$m" ] && umount -l "$m" 2>/dev/null || true
    done < <(findmnt -rn -o TARGET | awk -v d="$dir/" 'index($0, d) == 1' | sort -r)
}

build_rootfs() {   # build_rootfs DIR LOG
    local dir=$1 logf=$2 mirror
    mirror=$(apt_mirror)
    log "image: debootstrap $IMAGE_SUITE from $mirror (log: $logf)"
    if ! debootstrap --variant=minbase --include="$IMAGE_INCLUDE" \
        "$IMAGE_SUITE" "$dir" "$mirror" >"$logf" 2>&1; then
        tail -n 20 "$logf" >&2
        return 1
    fi
    log "image: debootstrap done; post-processing the tree"
    # postgres gets uid/gid 999 as in the official image; drop the packaged
    # cluster; install the entrypoint; shrink the tree.
    chroot "$dir" /bin/sh -euc '
        old_uid=$(id -u postgres); old_gid=$(id -g postgres)
        if getent passwd 999 >/dev/null && [ "$old_uid" != 999 ]; then echo "uid 999 taken" >&2; exit 1; fi
        if getent group 999 >/dev/null && [ "$old_gid" != 999 ]; then echo "gid 999 taken" >&2; exit 1; fi
        groupmod -g 999 postgres
        usermod -u 999 -g 999 postgres
        find / -xdev -user "$old_uid" -exec chown -h 999 {} +
        find / -xdev -group "$old_gid" -exec chgrp -h 999 {} +
        rm -rf /etc/postgresql/15/main /var/lib/postgresql/15/main
        mkdir -p /var/lib/postgresql/data /run/postgresql
        chown 999:999 /var/lib/postgresql/data /run/postgresql
        chmod 700 /var/lib/postgresql/data
        rm -rf /var/cache/apt/archives/*.deb /var/lib/apt/lists/* \
            /usr/share/doc/* /usr/share/man/* /usr/share/info/* /usr/share/locale/*
    ' >>"$logf" 2>&1 || { tail -n 20 "$logf" >&2; return 1; }
    install -m 0755 "$LAB_DIR/image/docker-entrypoint.sh" "$dir/usr/local/bin/docker-entrypoint.sh"
}

import_image() {   # import_image SERVER DIR : import into that server's engine
    local s=$1 dir=$2
    tar -C "$dir" --numeric-owner -cf - . |
        dk "$s" import \
            -c "ENV PATH=$IMAGE_ENV_PATH" \
            -c "ENV PGDATA=/var/lib/postgresql/data" \
            -c 'ENV LANG=C.UTF-8' \
            -c 'ENTRYPOINT ["docker-entrypoint.sh"]' \
            -c 'CMD ["postgres"]' \
            -c "LABEL org.openelis.version=$OE_VERSION" \
            - "$BASE_IMAGE" >/dev/null
    dk "$s" tag "$BASE_IMAGE" "$WEBAPP_IMAGE"
}

# Started in the background by `up` when the cache is missing (the engines
# start meanwhile); builds the root filesystem only.
ROOTFS_DIR=""
start_rootfs_build() {
    mkdir -p "$CACHE"
    ROOTFS_DIR="$CACHE/build.$$"
    umount_under "$ROOTFS_DIR"
    rm -rf --one-file-system "$ROOTFS_DIR"
    mkdir -p "$ROOTFS_DIR"
    build_rootfs "$ROOTFS_DIR/rootfs" "$CACHE/build.log" &
    ROOTFS_PID=$!
}

# Import the finished tree into the primary's engine and save it to the cache.
finish_image_build() {
    local tar
    tar=$(image_tar)
    if ! wait "$ROOTFS_PID"; then
        umount_under "$ROOTFS_DIR"; rm -rf --one-file-system "$ROOTFS_DIR"
        die "image build failed (see $CACHE/build.log)"
    fi
    log "image: docker import"
    import_image primary "$ROOTFS_DIR/rootfs"
    umount_under "$ROOTFS_DIR"
    rm -rf --one-file-system "$ROOTFS_DIR"
    log "image: docker save -> $tar"
    dk primary save -o "$tar.tmp" "$BASE_IMAGE" "$WEBAPP_IMAGE"
    dk primary image inspect -f '{{.Id}}' "$BASE_IMAGE" >"$tar.id"
    mv "$tar.tmp" "$tar"
    # Drop caches of older recipes.
    find "$CACHE" -maxdepth 1 -name 'image-*.tar*' ! -name "$(basename "$tar")*" -delete
}

ensure_image() {   # load the cached image into a server's engine unless present
    local s=$1 tar want have
    tar=$(image_tar)
    want=$(cat "$tar.id" 2>/dev/null || true)
    have=$(dk "$s" image inspect -f '{{.Id}}' "$BASE_IMAGE" 2>/dev/null || true)
    if [ -z "$have" ] || [ "$have" != "$want" ] ||
        ! dk "$s" image inspect "$WEBAPP_IMAGE" >/dev/null 2>&1; then
        log "image: docker load into $s"
        dk "$s" load -q -i "$tar" >/dev/null
    fi
}

# ---------------------------------------------------------------------------
# The OpenELIS install directory and containers of one server
# ---------------------------------------------------------------------------
write_compose_file() {   # shape only: the lab creates the containers itself
    cat >"$1" <<EOF
# OpenELIS Global 2 -- docker-compose.yml (OE Failover lab copy).
# For shape only: in the lab, tests/lab/lab.sh creates these containers with
# \`docker run\` (same names, images, ports, mounts and restart policies).
services:
  database:
    container_name: openelisglobal-database
    image: $BASE_IMAGE
    restart: always
    ports:
      - "$DB_PORT:5432"
    environment:
      PGDATA: /var/lib/postgresql/data
    volumes:
      - $INSTALL_DIR/data:/var/lib/postgresql/data
      - $INSTALL_DIR/backups:/backups
      - $INSTALL_DIR/secrets/postgres.password:/run/secrets-pg:ro
    healthcheck:
      test: ["CMD", "pg_isready", "-q", "-U", "postgres"]
      interval: 2s
      timeout: 5s
      retries: 3

  oe.openelis.org:
    container_name: openelisglobal-webapp
    image: $WEBAPP_IMAGE
    depends_on:
      - database
    restart: always
    ports:
      - "$WEB_PORT:8443"
    labels:
      org.openelis.version: "$OE_VERSION"
    volumes:
      - $OE_ETC:/etc/openelis-global:ro
      - $INSTALL_DIR/plugins:/var/lib/openelis-global/plugins
      - $INSTALL_DIR/logs:/var/lib/openelis-global/logs
      - $INSTALL_DIR/tomcatLogs:/usr/local/tomcat/logs
    secrets:
      - datasource.password

  fhir.openelis.org:
    container_name: external-fhir-api
    image: $BASE_IMAGE
    restart: always

  autoheal:
    container_name: autoheal-oe
    image: $BASE_IMAGE
    restart: always

secrets:
  datasource.password:
    file: ./secrets/datasource.password
  backup_datasource.password:
    file: ./secrets/backup_datasource.password
  admin_password:
    file: ./secrets/admin_password
EOF
}

# Secrets are generated once per server (kept in $S/lab/initial-secrets) so
# that `reset` restores the same values.
SECRET_FILES=(datasource.password backup_datasource.password admin_password postgres.password)

# Empty a directory in place (bind mounts point at its inode) quickly: move
# its content into $STATE/trash and delete that in the background (deleting a
# database that was written to disk takes seconds on a disk mounted with
# `discard`). `down` waits for these background deletions.
empty_dir() {
    local dir=$1 trash f
    install -d -m 0700 "$STATE/trash"
    for f in "$STATE"/trash/*.pid; do   # forget finished deletions
        [ -e "$f" ] && [ ! -d "${f%.pid}" ] && rm -f "$f"
    done
    trash=$(mktemp -d "$STATE/trash/XXXXXXXX")
    find "$dir" -mindepth 1 -maxdepth 1 -exec mv -t "$trash" -- {} +
    setsid rm -rf --one-file-system -- "$trash" </dev/null >/dev/null 2>&1 9<&- &
    echo $! >"$trash.pid"
}

wait_trash() {   # wait for the background deletions started by empty_dir
    local f pid i
    for f in "$STATE"/trash/*.pid; do
        [ -e "$f" ] || continue
        pid=$(cat "$f")
        for ((i = 0; i < 600; i++)); do
            pid_alive "$pid" && [ -d "${f%.pid}" ] || break
            sleep 0.1
        done
        rm -f "$f"
    done
}

make_install_dir() {
    local s=$1 S I f
    S=$(sdir "$s"); I=$S/install
    empty_dir "$I"
    chmod 0755 "$I"; chown root:root "$I"

    write_compose_file "$I/docker-compose.yml"

    install -d -m 0700 "$S/lab/initial-secrets" "$I/secrets"
    for f in "${SECRET_FILES[@]}"; do
        if [ ! -s "$S/lab/initial-secrets/$f" ]; then
            (umask 077; random_secret 24 >"$S/lab/initial-secrets/$f")
        fi
        install -m 0600 -o root -g root "$S/lab/initial-secrets/$f" "$I/secrets/$f"
    done

    install -d -m 0755 "$I/config"
    cat >"$I/config/common.properties" <<EOF
# OpenELIS common properties (lab)
datasource.url=jdbc:postgresql://openelisglobal-database:5432/clinlims
datasource.username=clinlims
datasource.password.file=/run/secrets/datasource.password
org.openelisglobal.version=$OE_VERSION
EOF
    cat >"$I/config/SystemConfiguration.properties" <<'EOF'
# site settings (lab)
site.name=OE Failover lab
default.locale=fr-FR
EOF
    printf '<configuration><root level="INFO"/></configuration>\n' >"$I/config/logback.xml"

    install -d -m 0755 "$I/plugins"
    printf 'lab plugin: HL7 connector\n' >"$I/plugins/hl7-connector.jar"
    printf 'lab plugin: analyzer (space in name)\n' >"$I/plugins/Mindray BS-240 Analyzer.jar"
    printf 'lab plugin: results (non-ASCII name)\n' >"$I/plugins/Sysmex-Résultats-é.jar"

    install -d -m 0755 -o 8443 -g 8443 "$I/logs" "$I/tomcatLogs"
    printf 'lab: OpenELIS log\n' >"$I/logs/openelis.log"
    printf 'lab: catalina log\n' >"$I/tomcatLogs/catalina.out"
    chown 8443:8443 "$I/logs/openelis.log" "$I/tomcatLogs/catalina.out"

    install -d -m 0755 -o root -g root "$I/backups"
    install -d -m 0700 -o 999 -g 999 "$I/data"
}

create_container() {   # create_container SERVER NAME (only if missing)
    local s=$1 name=$2 sleeper
    dk "$s" container inspect "$name" >/dev/null 2>&1 && return 0
    sleeper='trap "exit 0" TERM INT; while :; do sleep 1; done'
    # Ports are published on all of the server's addresses, as OpenELIS's
    # compose file does ("5432:5432"): its own 10.77.0.x, and also 127.0.0.1
    # inside the server, which the tool's SSH tunnel (direct-tcpip to
    # 127.0.0.1:5432) relies on. The machine reaches them only via 10.77.0.x.
    case $name in
        openelisglobal-database)
            dk "$s" run -d --name "$name" --restart always --stop-signal SIGINT \
                -p "$DB_PORT:5432" \
                -e PGDATA=/var/lib/postgresql/data \
                -v "$INSTALL_DIR/data:/var/lib/postgresql/data" \
                -v "$INSTALL_DIR/backups:/backups" \
                -v "$INSTALL_DIR/secrets/postgres.password:/run/secrets-pg:ro" \
                --health-cmd 'pg_isready -q -U postgres' --health-interval 2s \
                --health-timeout 5s --health-retries 3 --health-start-period 60s \
                "$BASE_IMAGE" postgres ;;
        openelisglobal-webapp)
            dk "$s" run -d --name "$name" --restart always \
                -p "$WEB_PORT:8443" \
                --label "org.openelis.version=$OE_VERSION" \
                -v "$OE_ETC:/etc/openelis-global:ro" \
                -v "$INSTALL_DIR/plugins:/var/lib/openelis-global/plugins" \
                -v "$INSTALL_DIR/logs:/var/lib/openelis-global/logs" \
                -v "$INSTALL_DIR/tomcatLogs:/usr/local/tomcat/logs" \
                -v "$INSTALL_DIR/secrets/datasource.password:/run/secrets/datasource.password:ro" \
                -v "$STATE/$s/lab/webapp.py:/opt/oef-lab/webapp.py:ro" \
                "$WEBAPP_IMAGE" python3 /opt/oef-lab/webapp.py ;;
        external-fhir-api | autoheal-oe)
            dk "$s" run -d --name "$name" --restart always --stop-timeout 5 \
                "$BASE_IMAGE" sh -c "$sleeper" ;;
        *) die "unknown container $name" ;;
    esac >/dev/null
}

db_ready() { dk "$1" exec "$DB_CONTAINER" pg_isready -q -U postgres; }
db_health() { dk "$1" inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$DB_CONTAINER" 2>/dev/null || echo missing; }
db_healthy() { [ "$(db_health "$1")" = healthy ]; }

# The databases a freshly installed OpenELIS has, plus lab-specific content.
seed_sql() {
    local s=$1 S
    S=$(sdir "$s")
    cat <<EOF
CREATE ROLE backup WITH LOGIN REPLICATION PASSWORD $(sql_literal "$(cat "$S/install/secrets/backup_datasource.password")");
CREATE ROLE clinlims WITH LOGIN PASSWORD $(sql_literal "$(cat "$S/install/secrets/datasource.password")");
CREATE DATABASE clinlims OWNER clinlims;
\\connect clinlims
CREATE SCHEMA clinlims AUTHORIZATION clinlims;
CREATE TABLE clinlims.sample (
    id serial PRIMARY KEY,
    accession text NOT NULL,
    entered timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE clinlims.sample OWNER TO clinlims;
CREATE TABLE public.lab_marker (server text NOT NULL);
INSERT INTO public.lab_marker (server) VALUES ($(sql_literal "$s"));
EOF
    if [ "$s" = primary ]; then
        echo "INSERT INTO clinlims.sample (accession) SELECT format('LAB-%s', lpad(g::text, 6, '0')) FROM generate_series(1, 100) AS g;"
    fi
}

# Bring one server's OpenELIS to its initial state: containers removed and
# recreated, install directory and database recreated and seeded.
init_openelis() {
    local s=$1 S t=${EPOCHREALTIME/./}
    S=$(sdir "$s")
    rm -f "$S/lab/seeded"
    local ids=()
    mapfile -t ids < <(dk "$s" ps -aq)   # every container, also ones tests created
    [ ${#ids[@]} -eq 0 ] || dk "$s" rm -f "${ids[@]}" >/dev/null
    dk "$s" volume prune -f >/dev/null 2>&1 || true
    dk "$s" network prune -f >/dev/null 2>&1 || true
    make_install_dir "$s"
    local c
    for c in "${CONTAINERS[@]}"; do create_container "$s" "$c"; done
    wait_for 90 "database of $s accepting connections" db_ready "$s" ||
        die "database of $s did not start: $(dk "$s" logs --tail 20 "$DB_CONTAINER" 2>&1)"
    seed_sql "$s" | dk "$s" exec -i "$DB_CONTAINER" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt >/dev/null
    touch "$S/lab/seeded"
    log "$s: OpenELIS initialised in $(((${EPOCHREALTIME/./} - t) / 1000)) ms"
}

# `up` for one server once its engine answers: image, then either first-time
# initialisation or "make sure the four containers exist and run".
up_openelis() {
    local s=$1 S c
    S=$(sdir "$s")
    ensure_image "$s"
    if [ ! -e "$S/lab/seeded" ]; then
        init_openelis "$s"
    else
        for c in "${CONTAINERS[@]}"; do
            create_container "$s" "$c"
            if [ "$(dk "$s" inspect -f '{{.State.Running}}' "$c")" != true ]; then
                dk "$s" start "$c" >/dev/null
            fi
        done
    fi
}

server_ready() {
    local s=$1 c
    tcp_open "$(server_ip "$s")" 22 || return 1
    for c in "${CONTAINERS[@]}"; do
        [ "$(dk "$s" inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" = true ] || return 1
    done
    db_healthy "$s"
}

wait_ready() { wait_for "${2:-90}" "server $1 ready (ssh, containers, healthy db)" server_ready "$1"; }

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------
cmd_up() {
    local want_spare=${OEF_LAB_SPARE:-0} want_reset=0 s
    while [ $# -gt 0 ]; do
        case $1 in
            --spare) want_spare=1 ;;
            --reset) want_reset=1 ;;
            *) die "up: unknown option $1" ;;
        esac
        shift
    done
    need_root; take_lock
    local servers=(primary secondary)
    # The spare stays part of the lab once it was asked for (until `down`).
    if [ "$want_spare" = 1 ] || [ -d "$STATE/spare" ]; then servers+=(spare); fi

    log "up: ${servers[*]}"
    ensure_packages
    install -d -m 0755 "$STATE"
    install -d -m 0755 "$CACHE"
    if [ ! -e "$STATE/password" ]; then
        (umask 077; printf '%s' "${OEF_LAB_PASSWORD_OVERRIDE:-$DEFAULT_PASSWORD}" >"$STATE/password")
    fi
    ensure_users
    ensure_host_paths
    ensure_bridge
    for s in "${servers[@]}"; do
        ensure_netns "$s"
        ensure_server_files "$s"
        ensure_holder "$s"
        ensure_sshd "$s"
        ensure_dockerd "$s"
    done
    log "network, namespaces, sshd and dockerd started"

    local building=0
    if [ ! -s "$(image_tar)" ]; then
        log "image cache $(image_tar) missing: building it (takes a minute or two)"
        building=1
        start_rootfs_build
    fi
    for s in "${servers[@]}"; do wait_engine "$s"; done
    log "engines answer"
    if [ "$building" = 1 ]; then finish_image_build; fi

    if [ "$want_reset" = 1 ]; then
        run_parallel reset_server "${servers[@]}" || die "up --reset failed (logs in $STATE/*/log)"
    else
        for s in "${servers[@]}"; do wait_guard "$s"; done
        run_parallel up_openelis "${servers[@]}" || die "up failed (logs in $STATE/*/log)"
    fi
    for s in "${servers[@]}"; do wait_ready "$s" || die "server $s is not ready"; done
    log "lab is up (${servers[*]}) in $(elapsed)"
    cmd_status
}

kill_pids() {   # kill_pids SIGNAL PID... (ignores vanished ones)
    local sig=$1; shift
    [ $# -gt 0 ] || return 0
    kill "-$sig" "$@" 2>/dev/null || true
}

# Every process of a server: those in its network namespace (holder, sshd and
# sessions, dockerd, containerd, shims, docker-proxy) and those in its
# containers' cgroups. Never anything else.
server_pids() {
    local s=$1 ns cg
    ns=$(netns_of "$s")
    if [ -e "/run/netns/$ns" ]; then ip netns pids "$ns" 2>/dev/null || true; fi
    for cg in /sys/fs/cgroup/"oef-lab-$s" /sys/fs/cgroup/*/"oef-lab-$s"; do   # v2, v1
        [ -d "$cg" ] && find "$cg" -name cgroup.procs -exec cat {} + 2>/dev/null || true
    done
}

down_server() {
    local s=$1 S pids i
    S=$(sdir "$s")
    # Graceful first: dockerd stops its containers.
    if dockerd_pid "$s" >/dev/null; then
        stop_dockerd "$s"
        log "$s: dockerd stopped"
    fi
    mapfile -t pids < <(server_pids "$s" | sort -un)
    kill_pids TERM "${pids[@]}"
    for ((i = 0; i < 25; i++)); do
        mapfile -t pids < <(server_pids "$s" | sort -un)
        [ ${#pids[@]} -eq 0 ] && break
        sleep 0.2
    done
    mapfile -t pids < <(server_pids "$s" | sort -un)
    kill_pids KILL "${pids[@]}"
    sleep 0.2
    # Cgroups created by this server's engine (deepest first).
    local cg
    for cg in /sys/fs/cgroup/"oef-lab-$s" /sys/fs/cgroup/*/"oef-lab-$s"; do
        [ -d "$cg" ] && find "$cg" -depth -type d -exec rmdir {} \; 2>/dev/null || true
    done
    ip link del "$(veth_of "$s")" 2>/dev/null || true
    ip netns del "$(netns_of "$s")" 2>/dev/null || true
    log "$s: processes ended, namespaces removed"
}

cmd_down() {
    need_root; take_lock
    local s
    for s in "${ALL_SERVERS[@]}"; do
        if [ -d "$STATE/$s" ] || [ -e "/run/netns/$(netns_of "$s")" ]; then
            log "down: $s"
            down_server "$s"
        fi
    done
    ip link del "$BRIDGE" 2>/dev/null || true
    while iptables -C FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT 2>/dev/null; do
        iptables -D FORWARD -i "$BRIDGE" -o "$BRIDGE" -j ACCEPT
    done
    local u
    for u in "$LAB_USER" "$LAB_NOSUDO_USER" "$LAB_NOPW_USER"; do
        # Only users the lab created (recognised by their comment field).
        if [ "$(getent passwd "$u" | cut -d: -f5)" = "$LAB_USER_COMMENT" ]; then
            userdel -r "$u" 2>/dev/null || userdel -f "$u" 2>/dev/null || true
        fi
    done
    rm -f "$SUDOERS_FILE"
    log "users and sudoers entry removed"
    if [ -r "$STATE/created-paths" ]; then
        local d
        while read -r d; do
            [ -n "$d" ] && rmdir "$d" 2>/dev/null || true
        done <"$STATE/created-paths"
    fi
    if [ -d "$STATE" ]; then
        wait_trash
        if findmnt -rn -o TARGET | grep -q "^$STATE/"; then
            die "something is still mounted under $STATE; not removing it"
        fi
        rm -rf --one-file-system "$STATE"
    fi
    # `ip netns add` created /run/netns as a (shared) mount point of itself;
    # remove it only if no namespace is left in it.
    if [ -d /run/netns ] && [ -z "$(ls -A /run/netns)" ]; then
        umount /run/netns 2>/dev/null || true
        rmdir /run/netns 2>/dev/null || true
    fi
    log "lab is down (image cache kept in $CACHE)"
}

# One line per server. Exit status 0 only if every server of the lab is fully
# up (link, sshd, engine, the four containers, healthy database), else 1.
cmd_status() {
    local s ip line c n stopped healthy=0 seen=0
    for s in "${ALL_SERVERS[@]}"; do
        ip=$(server_ip "$s")
        if ! holder_pid "$s" >/dev/null; then
            # The spare is only listed once it was asked for.
            if [ "$s" = spare ] && [ ! -d "$STATE/$s" ]; then continue; fi
            printf '%-9s %-11s down\n' "$s" "$ip"
            healthy=1
            continue
        fi
        seen=1
        if ip -o link show "$(veth_of "$s")" 2>/dev/null | grep -q '<[^>]*[<,]UP[,>]'; then
            line="link=up"
        else
            line="link=cut"
        fi
        line+=" ssh=$(tcp_open "$ip" 22 2>/dev/null && echo up || echo down)"
        if engine_answers "$s" >/dev/null 2>&1; then
            line+=" docker=up"
            n=0
            stopped=()
            for c in "${CONTAINERS[@]}"; do
                if [ "$(dk "$s" inspect -f '{{.State.Running}}' "$c" 2>/dev/null)" = true ]; then
                    n=$((n + 1))
                else
                    stopped+=("$c")
                fi
            done
            line+=" containers=$n/${#CONTAINERS[@]}"
            line+=" db=$(db_health "$s")"
            [ ${#stopped[@]} -eq 0 ] || line+=" (not running: ${stopped[*]})"
            ! guard_settling "$s" || line+=" (held by OE Failover's guard)"
        else
            line+=" docker=down containers=? db=?"
        fi
        case $line in
            "link=up ssh=up docker=up containers=${#CONTAINERS[@]}/${#CONTAINERS[@]} db=healthy") ;;
            *) healthy=1 ;;
        esac
        printf '%-9s %-11s %s\n' "$s" "$ip" "$line"
    done
    [ "$seen" = 1 ] || echo "the lab is not up (run: $LAB_SH up)" >&2
    return $healthy
}

cmd_env() {
    local pw
    pw=$(lab_password)
    printf 'OEF_LAB_PRIMARY=%q\n' "$(server_ip primary)"
    printf 'OEF_LAB_SECONDARY=%q\n' "$(server_ip secondary)"
    if holder_pid spare >/dev/null; then printf 'OEF_LAB_SPARE=%q\n' "$(server_ip spare)"; fi
    printf 'OEF_LAB_USER=%q\n' "$LAB_USER"
    printf 'OEF_LAB_PASSWORD=%q\n' "$pw"
    printf 'OEF_LAB_NOSUDO_USER=%q\n' "$LAB_NOSUDO_USER"
    printf 'OEF_LAB_NOPW_USER=%q\n' "$LAB_NOPW_USER"
    printf 'OEF_LAB_INSTALL_DIR=%q\n' "$INSTALL_DIR"
    printf 'OEF_LAB_DB_PORT=%q\n' "$DB_PORT"
    printf 'OEF_LAB_WEB_PORT=%q\n' "$WEB_PORT"
    printf 'OEF_LAB_DIR=%q\n' "$STATE"
    printf 'OEF_LAB_SH=%q\n' "$LAB_SH"
}

cmd_exec() {
    [ $# -ge 2 ] || die "usage: lab.sh exec HOST CMD [ARGS...]"
    local s=$1 hp wd=/; shift
    check_server "$s"
    hp=$(holder_pid "$s") || die "server $s is not up (run: $LAB_SH up)"
    # Keep the caller's working directory unless the server has its own copy.
    case $PWD in
        /run | /run/* | "$INSTALL_DIR" | "$INSTALL_DIR"/* | "$OE_ETC" | "$OE_ETC"/*) ;;
        *) wd=$PWD ;;
    esac
    exec nsenter -t "$hp" -n -m -u --wd="$wd" -- "$@"
}

cmd_psql() {
    [ $# -ge 1 ] && [ $# -le 2 ] || die "usage: lab.sh psql HOST [DB] < SQL"
    local s=$1 db=${2:-postgres}
    check_server "$s"
    holder_pid "$s" >/dev/null || die "server $s is not up"
    exec "$DOCKER" -H "unix://$STATE/$s/run/docker.sock" exec -i "$DB_CONTAINER" \
        psql -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt
}

cmd_wait_db() {
    [ $# -ge 1 ] || die "usage: lab.sh wait-db HOST [SECONDS]"
    check_server "$1"
    wait_for "${2:-60}" "database of $1 healthy" db_healthy "$1" || die "database of $1 is not healthy ($(db_health "$1"))"
}

reset_server() {
    local s=$1
    ip link set "$(veth_of "$s")" up   # heal a cut link
    ensure_server_files "$s"
    ensure_sshd "$s"
    ensure_dockerd "$s"
    wait_engine "$s"
    # A held server's guard would stop the new containers: end its loop (also one the engine's
    # start just began) before anything is created.
    guard_stop "$s"
    ensure_image "$s"
    init_openelis "$s"
    wait_ready "$s"
}

cmd_reset() {
    need_root
    local servers=("$@") s
    for s in "${servers[@]}"; do check_server "$s"; done
    # Check the servers only once we hold the lock: a `down` may be running.
    take_lock
    if [ ${#servers[@]} -eq 0 ]; then mapfile -t servers < <(running_servers); fi
    [ ${#servers[@]} -gt 0 ] || die "no server is up (run: $LAB_SH up)"
    for s in "${servers[@]}"; do
        holder_pid "$s" >/dev/null || die "server $s is not up (run: $LAB_SH up)"
    done
    run_parallel reset_server "${servers[@]}" || die "reset failed"
    log "reset ${servers[*]} in $(elapsed)"
}

cmd_fault() {
    [ $# -eq 2 ] || die "usage: lab.sh fault cut|heal|kill-db|start-db|restart-engine|rekey HOST"
    local what=$1 s=$2 S
    check_server "$s"; need_root
    take_lock
    holder_pid "$s" >/dev/null || die "server $s is not up (run: $LAB_SH up)"
    S=$(sdir "$s")
    case $what in
        cut)  ip link set "$(veth_of "$s")" down; log "$s: link cut" ;;
        heal) ip link set "$(veth_of "$s")" up; log "$s: link healed" ;;
        kill-db)
            # docker kill marks the container as stopped by hand: `always`
            # does not restart it (until its engine restarts).
            dk "$s" kill "$DB_CONTAINER" >/dev/null
            log "$s: database container killed" ;;
        start-db)
            dk "$s" start "$DB_CONTAINER" >/dev/null
            wait_for 60 "database of $s healthy" db_healthy "$s" || die "database of $s did not become healthy"
            log "$s: database container started and healthy" ;;
        restart-engine)
            stop_dockerd "$s"
            log "$s: dockerd stopped"
            start_dockerd "$s"
            wait_engine "$s" 60
            log "$s: dockerd answers again (restart policies apply)" ;;
        rekey)
            local pid
            generate_host_keys "$S/ssh" "new_"
            local t
            for t in ed25519 rsa ecdsa; do
                mv -f "$S/ssh/new_ssh_host_${t}_key" "$S/ssh/ssh_host_${t}_key"
                mv -f "$S/ssh/new_ssh_host_${t}_key.pub" "$S/ssh/ssh_host_${t}_key.pub"
            done
            pid=$(sshd_pid "$s") || die "sshd of $s is not running"
            kill -HUP "$pid"   # sshd re-executes itself and reads the new keys
            wait_for 10 "sshd of $s back" tcp_open "$(server_ip "$s")" 22 || die "sshd of $s did not come back"
            log "$s: new host keys: $(ssh-keygen -lf "$S/ssh/ssh_host_ed25519_key.pub" | awk '{print $2}')" ;;
        *) die "unknown fault '$what'" ;;
    esac
}

usage() {
    cat <<EOF
Usage: $LAB_SH COMMAND

  up [--spare] [--reset]
                      start the lab (idempotent); --spare or OEF_LAB_SPARE=1 adds 10.77.0.13;
                      --reset puts every server back to its initial state as well (as reset)
  down                remove everything the lab created (keeps the image cache)
  status              one line per server
  env                 shell assignments for eval "\$(lab.sh env)"
  exec HOST CMD...    run CMD as root inside HOST's namespaces (net, mount, uts)
  psql HOST [DB]      run SQL from stdin as postgres in HOST's database container
  reset [HOST...]     put servers back to their state right after up
  wait-db HOST [S]    wait until HOST's database container is healthy
  fault cut HOST            take HOST's link down      fault heal HOST      bring it up
  fault kill-db HOST        docker kill the database   fault start-db HOST  start it
  fault restart-engine HOST stop and start HOST's dockerd (restart policies apply)
  fault rekey HOST          new SSH host keys for HOST

HOST is primary, secondary or spare.
EOF
}

main() {
    local cmd=${1:-help}
    [ $# -gt 0 ] && shift
    case $cmd in
        up) cmd_up "$@" ;;
        down) cmd_down "$@" ;;
        status) cmd_status "$@" ;;
        env) cmd_env "$@" ;;
        exec) cmd_exec "$@" ;;
        psql) cmd_psql "$@" ;;
        reset) cmd_reset "$@" ;;
        wait-db) cmd_wait_db "$@" ;;
        fault) cmd_fault "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
