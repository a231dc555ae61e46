#!/bin/bash
# OE Failover guard: installed by OE Failover on both servers of a replicated pair, next to
# OpenELIS (<install dir>/oe-failover/guard). It keeps a primary that may have been replaced
# by a failover from ever coming back as a second writable primary.
#
#   guard pre-start   before the Docker engine starts (boot): when the guard is armed and the
#                     local database is a primary, plant standby.signal so that it starts
#                     read-only, and remember that it is held.
#   guard settle      after the engine started: while held, keep OpenELIS's containers stopped
#                     and wait until a standby streams from this server again - proof that the
#                     partner was not promoted (a promoted partner never streams from it) - then
#                     start the database as the primary and OpenELIS again. A replaced primary
#                     stays read-only until it is re-attached as a standby.
#   guard release     the operator's decision: end a hold now (for example when the partner is
#                     gone for good and this server must serve alone).
#   guard status      one line: not armed, armed, held, or standby.
#
# Configuration: guard.conf next to this file (KEY=value lines, written by OE Failover).
# State and log: state/ next to this file. Nothing here ever deletes database files.
set -u
umask 077
export LC_ALL=C
dir=$(cd "$(dirname "$0")" && pwd -P)
conf=$dir/guard.conf
state=$dir/state

ARMED=0
DATA_DIR=
DB_CONTAINER=
APP_CONTAINERS=
INTERVAL=2

read_conf() {
    [ -r "$conf" ] || return 1
    local k v
    while IFS='=' read -r k v; do
        case $k in
            ARMED) ARMED=$v ;;
            DATA_DIR) DATA_DIR=$v ;;
            DB_CONTAINER) DB_CONTAINER=$v ;;
            APP_CONTAINERS) APP_CONTAINERS=$v ;;
            INTERVAL) INTERVAL=$v ;;
        esac
    done <"$conf"
    case $INTERVAL in '' | *[!0-9.]*) INTERVAL=2 ;; esac
    [ -n "$DATA_DIR" ] && [ -n "$DB_CONTAINER" ]
}

log() {
    mkdir -p "$state"
    printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$state/guard.log"
    printf 'oe-failover guard: %s\n' "$*" >&2
}

# A primary's data directory: PostgreSQL files and no recovery signal.
is_primary_dir() {
    [ -e "$DATA_DIR/PG_VERSION" ] && [ ! -e "$DATA_DIR/standby.signal" ] && [ ! -e "$DATA_DIR/recovery.signal" ]
}

# Which data directory was held: the inode of its PG_VERSION.
data_id() { stat -c '%d:%i' "$DATA_DIR/PG_VERSION" 2>/dev/null; }

plant() {
    : >"$DATA_DIR/standby.signal"
    chown --reference="$DATA_DIR/PG_VERSION" "$DATA_DIR/standby.signal"
    chmod 600 "$DATA_DIR/standby.signal"
}

cmd_pre_start() {
    read_conf || return 0
    [ "$ARMED" = 1 ] || return 0
    mkdir -p "$state"
    if [ -e "$state/hold" ]; then
        # Still held from before: keep it read-only.
        if [ "$(cat "$state/hold")" = "$(data_id)" ]; then
            [ -e "$DATA_DIR/standby.signal" ] || plant
            return 0
        fi
        rm -f "$state/hold"   # another data directory now (re-attached): not ours to hold
    fi
    is_primary_dir || return 0
    plant
    data_id >"$state/hold"
    log "held: the database starts read-only until a standby streams from this server again"
}

running() { [ "$(docker inspect -f '{{.State.Running}}' "$1" 2>/dev/null)" = true ]; }

stop_apps() {
    local c
    for c in $APP_CONTAINERS; do
        if running "$c"; then
            docker stop "$c" >/dev/null 2>&1 || continue
            grep -qxF "$c" "$state/stopped-apps" 2>/dev/null || printf '%s\n' "$c" >>"$state/stopped-apps"
            log "held: stopped $c"
        fi
    done
}

start_apps() {
    local c
    [ -r "$state/stopped-apps" ] || return 0
    while IFS= read -r c; do
        [ -n "$c" ] || continue
        if docker start "$c" >/dev/null 2>&1; then
            log "started $c"
        else
            log "could not start $c"
        fi
    done <"$state/stopped-apps"
    rm -f "$state/stopped-apps"
}

release() {
    log "releasing: $1"
    rm -f "$DATA_DIR/standby.signal"
    rm -f "$state/hold"
    if docker restart "$DB_CONTAINER" >/dev/null 2>&1; then
        local i
        for ((i = 0; i < 120; i++)); do
            docker exec "$DB_CONTAINER" pg_isready -q -U postgres >/dev/null 2>&1 && break
            sleep 1
        done
    else
        log "could not restart $DB_CONTAINER; it starts as the primary at its next start"
    fi
    start_apps
    log "released: the database runs as the primary"
}

streaming_standbys() {
    docker exec "$DB_CONTAINER" psql -U postgres -d postgres -XAtqc \
        "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null
}

cmd_settle() {
    read_conf || return 0
    [ -e "$state/hold" ] || return 0
    printf '%s\n' "$$" >"$state/settle.pid"
    log "held: waiting for a standby to stream from this server"
    local n
    while :; do
        read_conf || { log "configuration removed; stop waiting"; return 0; }
        [ -e "$state/hold" ] || return 0   # released, or re-attached by OE Failover
        if [ "$(cat "$state/hold" 2>/dev/null)" != "$(data_id)" ]; then
            rm -f "$state/hold"
            log "the data directory was replaced (re-attached): hold ended, nothing released"
            return 0
        fi
        if [ "$ARMED" != 1 ]; then
            release "the guard was disarmed"
            return 0
        fi
        stop_apps
        n=$(streaming_standbys)
        if [ -n "$n" ] && [ "$n" -ge 1 ] 2>/dev/null; then
            release "a standby streams from this server: it is still the primary"
            return 0
        fi
        sleep "$INTERVAL"
    done
}

cmd_release() {
    read_conf || { echo "not configured" >&2; return 1; }
    [ -e "$state/hold" ] || { echo "not held" >&2; return 0; }
    release "the operator released the hold"
}

cmd_status() {
    read_conf || { echo "not configured"; return 0; }
    if [ -e "$state/hold" ]; then echo "held"
    elif [ "$ARMED" != 1 ]; then echo "not armed"
    elif is_primary_dir; then echo "armed"
    else echo "standby"
    fi
}

case ${1:-} in
    pre-start) cmd_pre_start; exit 0 ;;   # never keeps the engine from starting
    settle) cmd_settle ;;
    release) cmd_release ;;
    status) cmd_status ;;
    *) echo "usage: $0 pre-start|settle|release|status" >&2; exit 2 ;;
esac
