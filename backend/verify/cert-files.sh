#!/bin/sh
# The TLS certificates OpenELIS keeps on a server (for a standby, whose OpenELIS is stopped, so
# no handshake can show them): every *.pem, *.crt or *.cer file under $1 (two levels, under
# 512 KiB) that holds a certificate, as "=== PATH" followed by its certificate blocks only. A
# file that also holds a private key gives its certificates, never the key: any other BEGIN
# line ends a block, even an unterminated one.
# $1: the directory (/etc/openelis-global). Exit status 0, also when it does not exist.
d=$1
[ -d "$d" ] || exit 0
find "$d" -maxdepth 2 -type f \( -name '*.pem' -o -name '*.crt' -o -name '*.cer' \) -size -512k 2>/dev/null |
    LC_ALL=C sort |
    while IFS= read -r f; do
        if grep -q -- '-----BEGIN CERTIFICATE-----' "$f"; then
            printf '=== %s\n' "$f"
            awk '/^-----BEGIN /{c=0} /^-----BEGIN CERTIFICATE-----/{c=1} c{print} /^-----END CERTIFICATE-----/{c=0}' "$f"
        fi
    done
