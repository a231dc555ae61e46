#!/bin/sh
# Replaces the primary's pg_hba.conf, keeping the previous file next to it, then reloads the
# configuration and asks PostgreSQL how many of the new file's lines it found wrong
# (primaryaccess.cpp).
#
# $1 the database container, $2 pg_hba.conf's path (in the container), $3 a timestamp: the
# previous file is kept as "$2.oef-backup-$3".
# stdin: the new file.
# Output: psql's answers, the last line the number of rules with an error.
# Exit status: 0 done, 3 the file could not be replaced, 4 the reload or the question failed.
# shellcheck disable=SC2016 # the nested program expands its own arguments, in the container
docker exec -i -u postgres "$1" sh -c 'cp -p "$1" "$1.oef-backup-$2" && cat > "$1.oef-new" && chmod --reference="$1" "$1.oef-new" && mv "$1.oef-new" "$1"' sh "$2" "$3" || exit 3
docker exec "$1" psql -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX -c 'SELECT pg_reload_conf()' -c 'SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL' || exit 4
