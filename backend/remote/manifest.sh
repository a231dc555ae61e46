#!/bin/sh
# The manifest of a directory tree on this server: type, mode, numeric owner, size,
# modification time and symlink target of every entry, then the SHA-256 of the regular files.
# Run as root (manifest.cpp, manifestCommand).
#
# Arguments: $1 what checksums to give:
#              all     every regular file's;
#              cached  only those the checksum cache holds (no file is read);
#              some    those the cache holds, those of the files named on stdin and
#                      those of the odd names (below);
#            $2 the directory;
#            then find -path patterns of what to leave out ("./x", glob-escaped): an excluded
#            entry is neither listed nor traversed.
# Stdin:     with "some", the files whose checksums are wanted, one "./path" a line.
# Output:    NUL separated: the header "OEF-MANIFEST 1"; per entry three fields ("type mode
#            uid gid size mtime" as find's %y %m %U %G %s %T@, the path relative to the
#            directory, empty for the directory itself; the symlink target); the marker
#            "OEF-SHA256"; then sha256sum's lines for the regular files ("HEX  ./path", one a
#            line; a name holding a backslash or a newline is escaped as sha256sum escapes
#            it, the line then starting with a backslash). A missing directory gives only
#            "OEF-MANIFEST 1 missing".
# Exit:      0; 2 for an unknown first argument; 3 when $2 is not a directory or cannot be
#            entered; 4 when the listing fails; 5 when the checksums cannot be read.
LC_ALL=C
export LC_ALL
mode=$1
d=$2
shift 2
cached_only=''
some=''
case $mode in
    all) ;;
    cached) cached_only=1 ;;
    some) some=1 ;;
    *) echo "manifest.sh: unknown mode $mode" >&2; exit 2 ;;
esac

# --- The listing -------------------------------------------------------------------------
# A missing directory (not even a dangling link of that name) is an empty manifest.
if [ ! -e "$d" ] && [ ! -L "$d" ]; then
    printf 'OEF-MANIFEST 1 missing\0'
    exit 0
fi
[ -d "$d" ] || { echo "$d is not a directory" >&2; exit 3; }
cd -- "$d" || exit 3
# find's selection, kept in "$@" for every find below:
#   \( -false -o -path P1 -o -path P2 ... \) -prune -o
n=$#
for p do
    set -- "$@" -o -path "$p"
done
shift "$n"
set -- \( -false "$@" \) -prune -o
printf 'OEF-MANIFEST 1\0'
find . "$@" -printf '%y %m %U %G %s %T@\0%P\0%l\0' || exit 4
printf 'OEF-SHA256\0'

# --- The checksums -----------------------------------------------------------------------
# A file is read again only when it changed since the last listing on this server. The
# cache, root-only in /var/cache/oe-failover, one file per server name and directory, keeps
# one line per regular file: its checksum, a tab, then "inode size mtime ctime ./path" as
# this listing writes them; a file whose line is unchanged is not read. The change time
# moves on every write and cannot be set back, so a changed file never matches its old line.
# Names holding a newline or a backslash (the "odd" names) are never cached: they are always
# read, by sha256sum, which escapes them. When the cache cannot be used, every file is read.
nl=$(printf '\nx')
nl=${nl%x}
t=$(mktemp -d 2>/dev/null) || t=''
trap '[ -z "$t" ] || rm -rf -- "$t"' EXIT
ok=''
# OpenSSL's SHA-256 is about 3 times sha256sum's speed where the processor has SHA
# instructions: it is used when it answers as expected for an empty file.
o=''
[ "$(openssl dgst -sha256 -r /dev/null 2>/dev/null)" != 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */dev/null' ] || o=1

# The checksums of the files named on stdin (NUL separated), as sha256sum prints them
# (OpenSSL's "HEX *name" made "HEX  name").
sum_files() {
    if [ -n "$o" ]; then
        xargs -0 -r openssl dgst -sha256 -r > "$t/ossl" &&
            sed 's/^\([0-9a-f]\{64\}\) \*/\1  /' "$t/ossl"
    else
        xargs -0 -r sha256sum --
    fi
}

# The regular files with plain names (find's selection in the arguments), one line each:
# "inode size mtime ctime ./path", the cache's key.
list_plain() {
    find . "$@" -type f ! -name "*$nl*" ! -name '*\\*' -printf '%i %s %T@ %C@ ./%P\n'
}

# The plain files ($t/now) split by the cache ($cf): those it holds into $t/hits
# ("HEX  ./path"), the others into $t/miss ("./path").
split_by_cache() {
    awk -v cache="$cf" -v hits="$t/hits" -v miss="$t/miss" '
        BEGIN {
            while ((getline l < cache) > 0) {
                i = index(l, "\t")
                if (i) h[substr(l, i + 1)] = substr(l, 1, i - 1)
            }
            printf "" > hits
            printf "" > miss
        }
        {
            p = $0
            for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1)
            if ($0 in h) print h[$0] "  " p > hits; else print p > miss
        }' "$t/now"
}

# The misses to read: all of them, or with "some" only those named on stdin ($t/want).
wanted_misses() {
    if [ -n "$some" ]; then
        awk 'FNR == NR { w[$0]; next } ($0 in w)' "$t/want" "$t/miss"
    else
        cat "$t/miss"
    fi
}

# The checksums read now (find's selection in the arguments): the wanted misses into
# $t/new, the odd names into $t/odd. With "cached", none (no file is read).
sum_misses() {
    if [ -n "$cached_only" ]; then
        : > "$t/new" && : > "$t/odd"
    else
        wanted_misses | tr '\n' '\0' | sum_files > "$t/new" &&
            find . "$@" -type f \( -name "*$nl*" -o -name '*\\*' \) -print0 | xargs -0 -r sha256sum -- > "$t/odd"
    fi
}

# The next cache, from the checksums known now (stdin, "HEX  ./path") and the listing
# ($t/now). Only files whose change time is older than the listing's time ($now) by more than
# the file system's time step are kept: 0.1 s where times have fractions of a second, else
# 2 s. A file written again within the same clock tick as the listing would show the same
# times with another content: such a file is read again next time, never taken from the cache.
keep_settled() {
    awk -v now="$now" '
        FNR == NR { h[substr($0, 67)] = substr($0, 1, 64); next }
        {
            p = $0
            for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1)
            split($0, f, " ")
            fr = f[4]
            sub(/^[0-9]*\.?/, "", fr)
            m = (fr ~ /[1-9]/) ? 0.1 : 2
            if ((p in h) && f[4] + m <= now) print h[p] "\t" $0
        }' - "$t/now"
}

if [ -n "$t" ] && { [ -z "$some" ] || cat > "$t/want"; }; then
    # The cache file: this server's name and the directory's cksum.
    c=/var/cache/oe-failover
    cf="$c/manifest-$(uname -n)-$(printf '%s' "$d" | cksum | cut -d ' ' -f 1)"
    # The listing's time, with its fraction of a second where date gives one.
    now=$(date +%s.%N)
    case $now in *[!0-9.]*) now=$(date +%s) ;; esac
    # Only /var/cache/oe-failover itself is created here (/var/cache is there): its mode
    # is the one -m gives.
    # shellcheck disable=SC2174
    if mkdir -p -m 0700 "$c" 2>/dev/null && touch "$cf" 2>/dev/null && list_plain "$@" > "$t/now" &&
        split_by_cache && sum_misses "$@"; then
        cat "$t/hits" "$t/new" "$t/odd" && ok=1
        cat "$t/hits" "$t/new" | keep_settled > "$cf.new" && mv -f -- "$cf.new" "$cf"
    fi
fi
# Without the cache (or when using it failed): every file read, by sha256sum (none with
# "cached").
[ -n "$ok" ] || [ -n "$cached_only" ] || find . "$@" -type f -print0 | xargs -0 -r sha256sum -- || exit 5
