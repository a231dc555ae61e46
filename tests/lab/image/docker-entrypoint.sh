#!/bin/sh
# Entrypoint of the lab's PostgreSQL image (oef-lab/base:1): a small stand-in for
# the official postgres image's docker-entrypoint.sh.
#
#  * Any command other than "postgres" is simply exec'd (the same image also runs
#    the web-app and sleeper stand-ins).
#  * "postgres": as root, fix the ownership of PGDATA and the socket directory;
#    if PGDATA is empty, initdb it (local trust, host scram-sha-256, plus
#    "host all all all scram-sha-256" as the official image appends) with the
#    superuser password from /run/secrets-pg (or $POSTGRES_PASSWORD_FILE, or
#    $POSTGRES_PASSWORD); then exec postgres as the postgres user (uid 999)
#    with listen_addresses='*'.
set -eu

if [ "${1:-}" != postgres ]; then
    exec "$@"
fi
shift

: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

if [ "$(id -u)" != 0 ]; then
    echo "docker-entrypoint.sh: must start as root" >&2
    exit 1
fi

mkdir -p "$PGDATA" /run/postgresql
chown postgres:postgres /run/postgresql
chmod 2775 /run/postgresql
# Like the official image: only touch what is not already owned by postgres.
find "$PGDATA" \! -user postgres -exec chown postgres:postgres '{}' +
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile=$(mktemp /run/postgresql/.pw.XXXXXX)
    if [ -n "${POSTGRES_PASSWORD_FILE:-}" ] && [ -r "$POSTGRES_PASSWORD_FILE" ]; then
        cat "$POSTGRES_PASSWORD_FILE" > "$pwfile"
    elif [ -r /run/secrets-pg ]; then
        cat /run/secrets-pg > "$pwfile"
    elif [ -n "${POSTGRES_PASSWORD:-}" ]; then
        printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    else
        echo "docker-entrypoint.sh: no superuser password (/run/secrets-pg or POSTGRES_PASSWORD)" >&2
        rm -f "$pwfile"
        exit 1
    fi
    chown postgres:postgres "$pwfile"
    chmod 600 "$pwfile"
    echo "docker-entrypoint.sh: initialising $PGDATA" >&2
    as_postgres initdb -D "$PGDATA" -U postgres --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >&2
    rm -f "$pwfile"
    printf '\n# added by the lab entrypoint, as the official image does\nhost all all all scram-sha-256\n' \
        >> "$PGDATA/pg_hba.conf"
fi

unset POSTGRES_PASSWORD POSTGRES_PASSWORD_FILE
exec setpriv --reuid=postgres --regid=postgres --init-groups -- \
    postgres -D "$PGDATA" -c listen_addresses='*' "$@"
