<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</source>
        <translation>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open the set-up wizard or the failover wizard filled in from this plan.</source>
        <translation>Open the set-up wizard or the failover wizard filled in from this plan.</translation>
    </message>
</context>
<context>
    <name>oef</name>
    <message>
        <source>OK</source>
        <comment>check status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>check status</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>check status</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>--accept-host-key expects HOST=SHA256:&lt;43 base64 characters&gt;, as printed by the tool or by &quot;ssh-keygen -lf&quot;; got &quot;%1&quot;.</source>
        <translation>--accept-host-key expects HOST=SHA256:&lt;43 base64 characters&gt;, as printed by the tool or by &quot;ssh-keygen -lf&quot;; got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The plan has no %1 server.</source>
        <translation>The plan has no %1 server.</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>Command %1</translation>
    </message>
    <message>
        <source>Server: %1
Command: %2
Result: %3</source>
        <translation>Server: %1
Command: %2
Result: %3</translation>
    </message>
    <message>
        <source>Error output:
%1</source>
        <translation>Error output:
%1</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>finished successfully</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
    <message>
        <source>was killed by signal %1</source>
        <translation>was killed by signal %1</translation>
    </message>
    <message>
        <source>did not finish in time and was stopped</source>
        <translation>did not finish in time and was stopped</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>was cancelled</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>could not be started: %1</translation>
    </message>
    <message>
        <source>lost its connection to the server: %1</source>
        <translation>lost its connection to the server: %1</translation>
    </message>
    <message>
        <source>The name %1 does not resolve to an address.</source>
        <translation>The name %1 does not resolve to an address.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on port %2.</source>
        <translation>%1 refused the connection: no SSH server listens on port %2.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route).</source>
        <translation>%1 cannot be reached from this computer (no route).</translation>
    </message>
    <message>
        <source>Cancelled while connecting to %1.</source>
        <translation>Cancelled while connecting to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed.</source>
        <translation>The SSH handshake with %1 failed.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Could not read the host key of %1.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was last recorded. This can mean someone is intercepting the connection (possible attack). Nothing was done. If the server was reinstalled, confirm its new key with its administrator and remove the old entry from %2.</source>
        <translation>The host key of %1 has CHANGED since it was last recorded. This can mean someone is intercepting the connection (possible attack). Nothing was done. If the server was reinstalled, confirm its new key with its administrator and remove the old entry from %2.</translation>
    </message>
    <message>
        <source>%1 presented a key of a different type than the one recorded in %2. This can mean someone is intercepting the connection (possible attack). Nothing was done.</source>
        <translation>%1 presented a key of a different type than the one recorded in %2. This can mean someone is intercepting the connection (possible attack). Nothing was done.</translation>
    </message>
    <message>
        <source>Could not record the host key of %1 in %2: %3</source>
        <translation>Could not record the host key of %1 in %2: %3</translation>
    </message>
    <message>
        <source>The host key of %1 is %2, which is not the fingerprint you accepted (%3). Nothing was done.</source>
        <translation>The host key of %1 is %2, which is not the fingerprint you accepted (%3). Nothing was done.</translation>
    </message>
    <message>
        <source>%1 is not known yet. Its host key fingerprint is %2 (%3). Compare it with the output of &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the server, then accept it.</source>
        <translation>%1 is not known yet. Its host key fingerprint is %2 (%3). Compare it with the output of &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the server, then accept it.</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>Could not check the host key of %1 against %2: %3</translation>
    </message>
    <message>
        <source>Lost the connection to %1 while logging in.</source>
        <translation>Lost the connection to %1 while logging in.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>No password was given for %1.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read (missing file, unsupported format or wrong passphrase).</source>
        <translation>The key file %1 could not be read (missing file, unsupported format or wrong passphrase).</translation>
    </message>
    <message>
        <source>%1 refused the login for %2 (authentication failed). Check the user name and the password or key.</source>
        <translation>%1 refused the login for %2 (authentication failed). Check the user name and the password or key.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>sudo on %1 did not answer in time</source>
        <translation>sudo on %1 did not answer in time</translation>
    </message>
    <message>
        <source>sudo rejected the password for %1.</source>
        <translation>sudo rejected the password for %1.</translation>
    </message>
    <message>
        <source>%1 may not run commands as root with sudo on %2.</source>
        <translation>%1 may not run commands as root with sudo on %2.</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2, and none was given.</source>
        <translation>sudo on %1 needs a password for %2, and none was given.</translation>
    </message>
    <message>
        <source>sudo on %1 failed (%2): %3</source>
        <translation>sudo on %1 failed (%2): %3</translation>
    </message>
    <message>
        <source>no exit status received</source>
        <translation>no exit status received</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>timed out after %n second</numerusform>
            <numerusform>timed out after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>the connection was closed</translation>
    </message>
    <message>
        <source>The receiving command on %1 %2</source>
        <translation>The receiving command on %1 %2</translation>
    </message>
    <message>
        <source>The sending command on %1 %2</source>
        <translation>The sending command on %1 %2</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>The copy was cancelled.</translation>
    </message>
    <message>
        <source>SSH reachable</source>
        <translation>SSH reachable</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host key</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Administrator rights (sudo)</source>
        <translation>Administrator rights (sudo)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>OpenELIS containers</source>
        <translation>OpenELIS containers</translation>
    </message>
    <message>
        <source>Database through SSH</source>
        <translation>Database through SSH</translation>
    </message>
    <message>
        <source>Check the spelling of the address, or use the server&apos;s IP address.</source>
        <translation>Check the spelling of the address, or use the server&apos;s IP address.</translation>
    </message>
    <message>
        <source>Check the SSH port, and that the SSH service runs on the server (&quot;systemctl status ssh&quot;).</source>
        <translation>Check the SSH port, and that the SSH service runs on the server (&quot;systemctl status ssh&quot;).</translation>
    </message>
    <message>
        <source>Check that the server is switched on, connected to the network, and that no firewall blocks port %1 from this computer.</source>
        <translation>Check that the server is switched on, connected to the network, and that no firewall blocks port %1 from this computer.</translation>
    </message>
    <message>
        <source>Skipped: the server could not be reached.</source>
        <translation>Skipped: the server could not be reached.</translation>
    </message>
    <message>
        <source>An SSH server answers on %1 port %2.</source>
        <translation>An SSH server answers on %1 port %2.</translation>
    </message>
    <message>
        <source>The host key matches the recorded one (%1).</source>
        <translation>The host key matches the recorded one (%1).</translation>
    </message>
    <message>
        <source>New host key %1 accepted and recorded.</source>
        <translation>New host key %1 accepted and recorded.</translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the server&apos;s administrator, then accept it (command line: --accept-host-key %1=%2).</source>
        <translation>Confirm the fingerprint with the server&apos;s administrator, then accept it (command line: --accept-host-key %1=%2).</translation>
    </message>
    <message>
        <source>Skipped: the host key is not accepted yet.</source>
        <translation>Skipped: the host key is not accepted yet.</translation>
    </message>
    <message>
        <source>Do not continue until you know why the key changed.</source>
        <translation>Do not continue until you know why the key changed.</translation>
    </message>
    <message>
        <source>Skipped: the host key problem must be solved first.</source>
        <translation>Skipped: the host key problem must be solved first.</translation>
    </message>
    <message>
        <source>Check the user name, password or key for this server.</source>
        <translation>Check the user name, password or key for this server.</translation>
    </message>
    <message>
        <source>Skipped: the login failed.</source>
        <translation>Skipped: the login failed.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Logged in as %1.</translation>
    </message>
    <message>
        <source>Commands could not be run as root: %1</source>
        <translation>Commands could not be run as root: %1</translation>
    </message>
    <message>
        <source>Give %1 administrator rights (sudo) on the server, and check the sudo password.</source>
        <translation>Give %1 administrator rights (sudo) on the server, and check the sudo password.</translation>
    </message>
    <message>
        <source>Skipped: administrator rights are needed.</source>
        <translation>Skipped: administrator rights are needed.</translation>
    </message>
    <message>
        <source>%1 can run commands as root.</source>
        <translation>%1 can run commands as root.</translation>
    </message>
    <message>
        <source>Docker does not answer on this server (%1).</source>
        <translation>Docker does not answer on this server (%1).</translation>
    </message>
    <message>
        <source>Install OpenELIS (with Docker) on this server, or start Docker (&quot;systemctl start docker&quot;).</source>
        <translation>Install OpenELIS (with Docker) on this server, or start Docker (&quot;systemctl start docker&quot;).</translation>
    </message>
    <message>
        <source>Skipped: Docker is needed.</source>
        <translation>Skipped: Docker is needed.</translation>
    </message>
    <message>
        <source>Docker %1 is running.</source>
        <translation>Docker %1 is running.</translation>
    </message>
    <message>
        <source>The OpenELIS database container &quot;%1&quot; does not exist on this server.</source>
        <translation>The OpenELIS database container &quot;%1&quot; does not exist on this server.</translation>
    </message>
    <message>
        <source>Install OpenELIS on this server first (its installer creates the containers).</source>
        <translation>Install OpenELIS on this server first (its installer creates the containers).</translation>
    </message>
    <message>
        <source>Skipped: the database container is missing.</source>
        <translation>Skipped: the database container is missing.</translation>
    </message>
    <message>
        <source>None of the OpenELIS application containers exist (%1).</source>
        <translation>None of the OpenELIS application containers exist (%1).</translation>
    </message>
    <message>
        <source>Install OpenELIS on this server first.</source>
        <translation>Install OpenELIS on this server first.</translation>
    </message>
    <message>
        <source>Database container %1 is %2; not present (normal for some OpenELIS versions): %3.</source>
        <translation>Database container %1 is %2; not present (normal for some OpenELIS versions): %3.</translation>
    </message>
    <message>
        <source>All OpenELIS containers exist; the database container is %1.</source>
        <translation>All OpenELIS containers exist; the database container is %1.</translation>
    </message>
    <message>
        <source>Check that the SSH server allows TCP forwarding (AllowTcpForwarding).</source>
        <translation>Check that the SSH server allows TCP forwarding (AllowTcpForwarding).</translation>
    </message>
    <message>
        <source>PostgreSQL answers on port %1 of the server, reached through SSH.</source>
        <translation>PostgreSQL answers on port %1 of the server, reached through SSH.</translation>
    </message>
    <message>
        <source>PostgreSQL answers on port %1 but refuses connections right now (starting up or shutting down?).</source>
        <translation>PostgreSQL answers on port %1 but refuses connections right now (starting up or shutting down?).</translation>
    </message>
    <message>
        <source>No database answers on port %1 of the server.</source>
        <translation>No database answers on port %1 of the server.</translation>
    </message>
    <message>
        <source>Start OpenELIS on the server, and check the database port in the plan (OpenELIS uses 5432).</source>
        <translation>Start OpenELIS on the server, and check the database port in the plan (OpenELIS uses 5432).</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1: must not contain control characters</translation>
    </message>
    <message>
        <source>%1: must be an absolute path (starting with /)</source>
        <translation>%1: must be an absolute path (starting with /)</translation>
    </message>
    <message>
        <source>%1: must not contain &quot;..&quot;</source>
        <translation>%1: must not contain &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1: must not be the root directory</source>
        <translation>%1: must not be the root directory</translation>
    </message>
    <message>
        <source>%1: must be a relative path inside the install directory, without &quot;..&quot;</source>
        <translation>%1: must be a relative path inside the install directory, without &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number between 1 and %2</source>
        <translation>%1: must be a whole number between 1 and %2</translation>
    </message>
    <message>
        <source>%1: is required when auth is &quot;key&quot;</source>
        <translation>%1: is required when auth is &quot;key&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be combined with %2 in one plan (a plan is either a setup plan with primary and secondary, or a failover plan with oldPrimary, newPrimary and optionally newSecondary)</source>
        <translation>%1: cannot be combined with %2 in one plan (a plan is either a setup plan with primary and secondary, or a failover plan with oldPrimary, newPrimary and optionally newSecondary)</translation>
    </message>
    <message>
        <source>%1: is missing (a plan needs primary and secondary for a setup, or oldPrimary and newPrimary for a failover)</source>
        <translation>%1: is missing (a plan needs primary and secondary for a setup, or oldPrimary and newPrimary for a failover)</translation>
    </message>
    <message>
        <source>%1: is missing (a setup plan needs primary and secondary)</source>
        <translation>%1: is missing (a setup plan needs primary and secondary)</translation>
    </message>
    <message>
        <source>%1: is missing (a failover plan needs oldPrimary and newPrimary)</source>
        <translation>%1: is missing (a failover plan needs oldPrimary and newPrimary)</translation>
    </message>
    <message>
        <source>%1: %2 and %3 are the same server (%4, SSH port %5)</source>
        <translation>%1: %2 and %3 are the same server (%4, SSH port %5)</translation>
    </message>
    <message>
        <source>%1: unknown setting (check the spelling; known settings here: %2)</source>
        <translation>%1: unknown setting (check the spelling; known settings here: %2)</translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation>%1: is missing</translation>
    </message>
    <message>
        <source>%1: must be a text value in double quotes</source>
        <translation>%1: must be a text value in double quotes</translation>
    </message>
    <message>
        <source>%1: must be an object ({ … })</source>
        <translation>%1: must be an object ({ … })</translation>
    </message>
    <message>
        <source>%1: must be a list ([ … ]) of text values</source>
        <translation>%1: must be a list ([ … ]) of text values</translation>
    </message>
    <message>
        <source>%1: must be an object with host, sshPort, user and auth</source>
        <translation>%1: must be an object with host, sshPort, user and auth</translation>
    </message>
    <message>
        <source>%1: must be one of &quot;password&quot;, &quot;key&quot; or &quot;agent&quot;</source>
        <translation>%1: must be one of &quot;password&quot;, &quot;key&quot; or &quot;agent&quot;</translation>
    </message>
    <message>
        <source>%1: must be a host name (letters, digits, &quot;-&quot; and &quot;.&quot;) or an IPv4 or IPv6 address, without spaces</source>
        <translation>%1: must be a host name (letters, digits, &quot;-&quot; and &quot;.&quot;) or an IPv4 or IPv6 address, without spaces</translation>
    </message>
    <message>
        <source>%1: must be a user name of up to 32 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, not starting with &quot;-&quot; or &quot;.&quot;</source>
        <translation>%1: must be a user name of up to 32 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, not starting with &quot;-&quot; or &quot;.&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number between 1 and 65535</source>
        <translation>%1: must be a whole number between 1 and 65535</translation>
    </message>
    <message>
        <source>%1: must be a Docker container name (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit)</source>
        <translation>%1: must be a Docker container name (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit)</translation>
    </message>
    <message>
        <source>%1: unknown role</source>
        <translation>%1: unknown role</translation>
    </message>
    <message>
        <source>%1: does not match the kind of plan</source>
        <translation>%1: does not match the kind of plan</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at line %2, column %3 (offset %4)</source>
        <translation>The plan is not valid JSON: %1 at line %2, column %3 (offset %4)</translation>
    </message>
    <message>
        <source>The plan must be a JSON object ({ … }).</source>
        <translation>The plan must be a JSON object ({ … }).</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: must be true or false</translation>
    </message>
    <message>
        <source>Cannot read the plan file %1: %2</source>
        <translation>Cannot read the plan file %1: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is too large to be a plan (more than 1 MiB).</source>
        <translation>The plan file %1 is too large to be a plan (more than 1 MiB).</translation>
    </message>
    <message>
        <source>“%1” stopped on an internal error.</source>
        <translation>“%1” stopped on an internal error.</translation>
    </message>
    <message>
        <source>Unknown exception.</source>
        <translation>Unknown exception.</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>“%1” failed.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Cancelled by the operator.</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Undoing “%1”…</translation>
    </message>
    <message>
        <source>Undoing “%1” stopped on an internal error: %2</source>
        <translation>Undoing “%1” stopped on an internal error: %2</translation>
    </message>
    <message>
        <source>Undoing “%1” stopped on an internal error.</source>
        <translation>Undoing “%1” stopped on an internal error.</translation>
    </message>
    <message>
        <source>Clean-up “%1” did not succeed: %2</source>
        <translation>Clean-up “%1” did not succeed: %2</translation>
    </message>
    <message>
        <source>The secrets are not valid JSON: %1 (offset %2)</source>
        <translation>The secrets are not valid JSON: %1 (offset %2)</translation>
    </message>
    <message>
        <source>The secrets must be a JSON object ({ … }).</source>
        <translation>The secrets must be a JSON object ({ … }).</translation>
    </message>
    <message>
        <source>%1: unknown role (known roles: %2)</source>
        <translation>%1: unknown role (known roles: %2)</translation>
    </message>
    <message>
        <source>%1: must be an object with password, sudoPassword or keyPassphrase</source>
        <translation>%1: must be an object with password, sudoPassword or keyPassphrase</translation>
    </message>
    <message>
        <source>%1: unknown setting (known settings: password, sudoPassword, keyPassphrase)</source>
        <translation>%1: unknown setting (known settings: password, sudoPassword, keyPassphrase)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>SKIP</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>SKIP</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>done in %1 s</translation>
    </message>
    <message>
        <source>done in %1 s: %2</source>
        <translation>done in %1 s: %2</translation>
    </message>
    <message>
        <source>FAILED after %1 s: %2</source>
        <translation>FAILED after %1 s: %2</translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation>Progress: %1%</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Could not write the report %1: %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>A host key is unknown or has changed. Nothing was changed.</source>
        <translation>A host key is unknown or has changed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Some checks failed. Nothing was changed.</source>
        <translation>Some checks failed. Nothing was changed.</translation>
    </message>
    <message>
        <source>All checks passed, with warnings.</source>
        <translation>All checks passed, with warnings.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</source>
        <translation>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</translation>
    </message>
    <message>
        <source>check, setup, failover or verify</source>
        <translation>check, setup, failover or verify</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>The plan file (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read passwords as JSON from standard input (&quot;-&quot;).</source>
        <translation>Read passwords as JSON from standard input (&quot;-&quot;).</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Do not ask for confirmation.</translation>
    </message>
    <message>
        <source>Confirm that the old primary is powered off or disconnected.</source>
        <translation>Confirm that the old primary is powered off or disconnected.</translation>
    </message>
    <message>
        <source>Also write a test record and time its arrival.</source>
        <translation>Also write a test record and time its arrival.</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts file (default ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Accept a new host key with this fingerprint.</source>
        <translation>Accept a new host key with this fingerprint.</translation>
    </message>
    <message>
        <source>Write a report here.</source>
        <translation>Write a report here.</translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation>Give exactly one command.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FILE is required.</translation>
    </message>
    <message>
        <source>The plan %1 is not valid: %2</source>
        <translation>The plan %1 is not valid: %2</translation>
    </message>
    <message>
        <source>--secrets only reads standard input: use &quot;--secrets -&quot;.</source>
        <translation>--secrets only reads standard input: use &quot;--secrets -&quot;.</translation>
    </message>
    <message>
        <source>The secrets on standard input are not valid: %1</source>
        <translation>The secrets on standard input are not valid: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a plan with &quot;primary&quot; and &quot;secondary&quot;.</source>
        <translation>&quot;%1&quot; needs a plan with &quot;primary&quot; and &quot;secondary&quot;.</translation>
    </message>
    <message>
        <source>&quot;failover&quot; needs a plan with &quot;oldPrimary&quot; and &quot;newPrimary&quot;.</source>
        <translation>&quot;failover&quot; needs a plan with &quot;oldPrimary&quot; and &quot;newPrimary&quot;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolic link</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>named pipe</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>special file</translation>
    </message>
    <message>
        <source>type %1 instead of %2</source>
        <translation>type %1 instead of %2</translation>
    </message>
    <message>
        <source>mode %1 instead of %2</source>
        <translation>mode %1 instead of %2</translation>
    </message>
    <message>
        <source>owner %1:%2 instead of %3:%4</source>
        <translation>owner %1:%2 instead of %3:%4</translation>
    </message>
    <message>
        <source>content (SHA-256) differs</source>
        <translation>content (SHA-256) differs</translation>
    </message>
    <message>
        <source>link target %1 instead of %2</source>
        <translation>link target %1 instead of %2</translation>
    </message>
    <message>
        <source>modification time differs</source>
        <translation>modification time differs</translation>
    </message>
    <message>
        <source>The copy of the install directory was cancelled.</source>
        <translation>The copy of the install directory was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of files could not be read: %1</source>
        <translation>The list of files could not be read: %1</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>no header</translation>
    </message>
    <message>
        <source>unexpected header</source>
        <translation>unexpected header</translation>
    </message>
    <message>
        <source>the output ends early</source>
        <translation>the output ends early</translation>
    </message>
    <message>
        <source>bad record &quot;%1&quot;</source>
        <translation>bad record &quot;%1&quot;</translation>
    </message>
    <message>
        <source>two names read as &quot;%1&quot;</source>
        <translation>two names read as &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad checksum line</source>
        <translation>bad checksum line</translation>
    </message>
    <message>
        <source>no checksum for &quot;%1&quot;</source>
        <translation>no checksum for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not list the files of %1 on %2.</source>
        <translation>Could not list the files of %1 on %2.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Internal error: the copy step has no plan or servers.</source>
        <translation>Internal error: the copy step has no plan or servers.</translation>
    </message>
    <message>
        <source>Listing the install directory on %1</source>
        <translation>Listing the install directory on %1</translation>
    </message>
    <message>
        <source>Could not list the install directory on %1.</source>
        <translation>Could not list the install directory on %1.</translation>
    </message>
    <message>
        <source>The install directory %1 does not exist on %2.</source>
        <translation>The install directory %1 does not exist on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) in the install directory cannot be copied and are left out.</source>
        <translation>
            <numerusform>%n socket in the install directory cannot be copied and is left out.</numerusform>
            <numerusform>%n sockets in the install directory cannot be copied and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 on this server are not on %2 and will be removed (the plan asks to delete extraneous files):</source>
        <translation>
            <numerusform>%n item in %1 on this server is not on %2 and will be removed (the plan asks to delete extraneous files):</numerusform>
            <numerusform>%n items in %1 on this server are not on %2 and will be removed (the plan asks to delete extraneous files):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 on this server are not on %2. They are kept (the plan does not ask to delete extraneous files):</source>
        <translation>
            <numerusform>%n item in %1 on this server is not on %2. It is kept (the plan does not ask to delete extraneous files):</numerusform>
            <numerusform>%n items in %1 on this server are not on %2. They are kept (the plan does not ask to delete extraneous files):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) to copy from %2 to %3 (%4 of file data).</source>
        <translation>
            <numerusform>%n of %1 items to copy from %2 to %3 (%4 of file data).</numerusform>
            <numerusform>%n of %1 items to copy from %2 to %3 (%4 of file data).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1 on %2.</source>
        <translation>Could not create %1 on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n path(s) on stdin)</source>
        <translation>
            <numerusform>%1 (%n path on stdin)</numerusform>
            <numerusform>%1 (%n paths on stdin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove entries from %1 on %2.</source>
        <translation>Could not remove entries from %1 on %2.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>Copying the install directory: %1 of %2</source>
        <translation>Copying the install directory: %1 of %2</translation>
    </message>
    <message>
        <source>The copy of the install directory was cancelled. Entries copied so far stay on %1; running the copy again completes it.</source>
        <translation>The copy of the install directory was cancelled. Entries copied so far stay on %1; running the copy again completes it.</translation>
    </message>
    <message>
        <source>Copying the install directory from %1 to %2 failed.</source>
        <translation>Copying the install directory from %1 to %2 failed.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) (%1 through this computer).</source>
        <translation>
            <numerusform>Copied %n item (%1 through this computer).</numerusform>
            <numerusform>Copied %n items (%1 through this computer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the last copy: no data sent.</source>
        <translation>Nothing changed since the last copy: no data sent.</translation>
    </message>
    <message>
        <source>Checking the copy on %1</source>
        <translation>Checking the copy on %1</translation>
    </message>
    <message>
        <source>Could not check the copy on %1.</source>
        <translation>Could not check the copy on %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <source>The copy of %1 on %2 differs from %3 in %n item(s). If files changed on %3 during the copy, run it again.</source>
        <translation>
            <numerusform>The copy of %1 on %2 differs from %3 in %n item. If files changed on %3 during the copy, run it again.</numerusform>
            <numerusform>The copy of %1 on %2 differs from %3 in %n items. If files changed on %3 during the copy, run it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n item(s) of %1 match %2 (content, owner, mode).</source>
        <translation>
            <numerusform>Checked: the %n item of %1 matches %2 (content, owner, mode).</numerusform>
            <numerusform>Checked: all %n items of %1 match %2 (content, owner, mode).</numerusform>
        </translation>
    </message>
    <message>
        <source>A database query on %1 failed.</source>
        <translation>A database query on %1 failed.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Set up failover</source>
        <comment>report title</comment>
        <translation>Set up failover</translation>
    </message>
    <message>
        <source>Failover</source>
        <comment>report title</comment>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Planned switchover</source>
        <comment>report title</comment>
        <translation>Planned switchover</translation>
    </message>
    <message>
        <source>Replication check</source>
        <comment>report title</comment>
        <translation>Replication check</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>run outcome</comment>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>run outcome</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>run outcome</comment>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>run outcome</comment>
        <translation>Unfinished</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>step state</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>step state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>step state</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not run</source>
        <comment>step state</comment>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>step state</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>password</source>
        <comment>SSH authentication</comment>
        <translation>password</translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation>key file</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <comment>SSH authentication</comment>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>server role</comment>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Secondary</source>
        <comment>server role</comment>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>Old primary</source>
        <comment>server role</comment>
        <translation>Old primary</translation>
    </message>
    <message>
        <source>New primary</source>
        <comment>server role</comment>
        <translation>New primary</translation>
    </message>
    <message>
        <source>New secondary</source>
        <comment>server role</comment>
        <translation>New secondary</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Could not create the folder %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Set up %1 as a hot standby of the primary server %2.</source>
        <translation>Set up %1 as a hot standby of the primary server %2.</translation>
    </message>
    <message>
        <source>Set up a hot standby server.</source>
        <translation>Set up a hot standby server.</translation>
    </message>
    <message>
        <source>Fail over from the old primary %1 to %2.</source>
        <translation>Fail over from the old primary %1 to %2.</translation>
    </message>
    <message>
        <source>Planned switchover from %1 to %2.</source>
        <translation>Planned switchover from %1 to %2.</translation>
    </message>
    <message>
        <source>Fail over to the standby server.</source>
        <translation>Fail over to the standby server.</translation>
    </message>
    <message>
        <source>Planned switchover to the standby server.</source>
        <translation>Planned switchover to the standby server.</translation>
    </message>
    <message>
        <source>Then attach %1 as the new secondary.</source>
        <translation>Then attach %1 as the new secondary.</translation>
    </message>
    <message>
        <source>Check the replication from %1 to %2.</source>
        <translation>Check the replication from %1 to %2.</translation>
    </message>
    <message>
        <source>Check the replication.</source>
        <translation>Check the replication.</translation>
    </message>
    <message>
        <source>Pre-checks: %1 OK, %2 with a warning, %3 failed, %4 skipped.</source>
        <translation>Pre-checks: %1 OK, %2 with a warning, %3 failed, %4 skipped.</translation>
    </message>
    <message numerus="yes">
        <source>Result: it worked. All %n step(s) completed.</source>
        <translation>
            <numerusform>Result: it worked. %n step completed.</numerusform>
            <numerusform>Result: it worked. All %n steps completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: it failed at step %1 of %2, “%3”.</source>
        <translation>Result: it failed at step %1 of %2, “%3”.</translation>
    </message>
    <message>
        <source>Result: it failed.</source>
        <translation>Result: it failed.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Result: cancelled before anything was changed.</source>
        <translation>Result: cancelled before anything was changed.</translation>
    </message>
    <message>
        <source>Result: cancelled by the operator during step %1 of %2, “%3”.</source>
        <translation>Result: cancelled by the operator during step %1 of %2, “%3”.</translation>
    </message>
    <message>
        <source>Result: cancelled by the operator before step %1 of %2, “%3”.</source>
        <translation>Result: cancelled by the operator before step %1 of %2, “%3”.</translation>
    </message>
    <message>
        <source>Result: not started; nothing was changed on the servers.</source>
        <translation>Result: not started; nothing was changed on the servers.</translation>
    </message>
    <message>
        <source>Result: unknown. The run had not finished when this report was written.</source>
        <translation>Result: unknown. The run had not finished when this report was written.</translation>
    </message>
    <message>
        <source>No step had completed.</source>
        <translation>No step had completed.</translation>
    </message>
    <message>
        <source>The set-up never stops OpenELIS on the primary (at most its database restarts once). The secondary’s database is only replaced after a complete copy has arrived, its previous data is kept aside and put back if anything fails after the swap. Every step can safely be run again: fix the cause, then run the set-up again.</source>
        <translation>The set-up never stops OpenELIS on the primary (at most its database restarts once). The secondary’s database is only replaced after a complete copy has arrived, its previous data is kept aside and put back if anything fails after the swap. Every step can safely be run again: fix the cause, then run the set-up again.</translation>
    </message>
    <message>
        <source>Checking the replication changes nothing on the servers.</source>
        <translation>Checking the replication changes nothing on the servers.</translation>
    </message>
    <message>
        <source>OE Failover report: %1, %2</source>
        <translation>OE Failover report: %1, %2</translation>
    </message>
    <message>
        <source>OE Failover report: %1</source>
        <translation>OE Failover report: %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>finished %1 (%2)</source>
        <translation>finished %1 (%2)</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <source>with %1 %2</source>
        <translation>with %1 %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Why it stopped</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Database port</translation>
    </message>
    <message>
        <source>Install directory</source>
        <translation>Install directory</translation>
    </message>
    <message>
        <source>Database container</source>
        <translation>Database container</translation>
    </message>
    <message>
        <source>Application containers</source>
        <translation>Application containers</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Not copied</translation>
    </message>
    <message>
        <source>Files only on the secondary</source>
        <translation>Files only on the secondary</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Old data copies kept</source>
        <translation>Old data copies kept</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Pre-checks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Commands (%n)</source>
        <translation>
            <numerusform>Commands (%n)</numerusform>
            <numerusform>Commands (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of the log</source>
        <translation>
            <numerusform>Last %n line of the log</numerusform>
            <numerusform>Last %n lines of the log</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Before the first step</translation>
    </message>
    <message>
        <source>After the stop</source>
        <translation>After the stop</translation>
    </message>
    <message>
        <source>What the tool did after the flow stopped, to leave the servers in a safe state.</source>
        <translation>What the tool did after the flow stopped, to leave the servers in a safe state.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Passwords never appear in this report. Generated on %1.</source>
        <translation>Passwords never appear in this report. Generated on %1.</translation>
    </message>
    <message>
        <source>Two different servers</source>
        <translation>Two different servers</translation>
    </message>
    <message>
        <source>%1 and %2 are the same machine (both resolve to %3).</source>
        <translation>%1 and %2 are the same machine (both resolve to %3).</translation>
    </message>
    <message>
        <source>Enter the address of the second server as the secondary.</source>
        <translation>Enter the address of the second server as the secondary.</translation>
    </message>
    <message>
        <source>The primary and the secondary are different servers.</source>
        <translation>The primary and the secondary are different servers.</translation>
    </message>
    <message>
        <source>Skipped: the connection checks for this server failed.</source>
        <translation>Skipped: the connection checks for this server failed.</translation>
    </message>
    <message>
        <source>Primary database</source>
        <translation>Primary database</translation>
    </message>
    <message>
        <source>The database on the primary does not answer.</source>
        <translation>The database on the primary does not answer.</translation>
    </message>
    <message>
        <source>Start OpenELIS on the primary, then run the checks again.</source>
        <translation>Start OpenELIS on the primary, then run the checks again.</translation>
    </message>
    <message>
        <source>The database on %1 is itself a standby (in recovery), not a primary.</source>
        <translation>The database on %1 is itself a standby (in recovery), not a primary.</translation>
    </message>
    <message>
        <source>Choose the server where OpenELIS is in use as the primary.</source>
        <translation>Choose the server where OpenELIS is in use as the primary.</translation>
    </message>
    <message>
        <source>The database runs and accepts writes (PostgreSQL %1).</source>
        <translation>The database runs and accepts writes (PostgreSQL %1).</translation>
    </message>
    <message>
        <source>Same PostgreSQL version</source>
        <translation>Same PostgreSQL version</translation>
    </message>
    <message>
        <source>The secondary&apos;s database does not answer, so its version is unknown.</source>
        <translation>The secondary&apos;s database does not answer, so its version is unknown.</translation>
    </message>
    <message>
        <source>The copy will replace it anyway; check that both servers run the same OpenELIS release.</source>
        <translation>The copy will replace it anyway; check that both servers run the same OpenELIS release.</translation>
    </message>
    <message>
        <source>The primary runs PostgreSQL %1 but the secondary runs PostgreSQL %2.</source>
        <translation>The primary runs PostgreSQL %1 but the secondary runs PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Install the same OpenELIS release on both servers.</source>
        <translation>Install the same OpenELIS release on both servers.</translation>
    </message>
    <message>
        <source>Both servers run PostgreSQL %1.</source>
        <translation>Both servers run PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Skipped: a database could not be asked.</source>
        <translation>Skipped: a database could not be asked.</translation>
    </message>
    <message>
        <source>Secondary reaches the primary&apos;s database</source>
        <translation>Secondary reaches the primary&apos;s database</translation>
    </message>
    <message>
        <source>The secondary reaches %1 port %2.</source>
        <translation>The secondary reaches %1 port %2.</translation>
    </message>
    <message>
        <source>The secondary cannot reach the primary&apos;s database at %1 port %2.</source>
        <translation>The secondary cannot reach the primary&apos;s database at %1 port %2.</translation>
    </message>
    <message>
        <source>Open port %1 on the primary&apos;s firewall for the secondary, and check that the secondary can resolve &quot;%2&quot;.</source>
        <translation>Open port %1 on the primary&apos;s firewall for the secondary, and check that the secondary can resolve &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Skipped: a server could not be checked.</source>
        <translation>Skipped: a server could not be checked.</translation>
    </message>
    <message>
        <source>Free disk space on the secondary</source>
        <translation>Free disk space on the secondary</translation>
    </message>
    <message>
        <source>Could not measure the disk space.</source>
        <translation>Could not measure the disk space.</translation>
    </message>
    <message>
        <source>The secondary has %1 GB free under %2, but the copy of the primary&apos;s database needs about %3 GB (its current database, %4 GB, is kept aside).</source>
        <translation>The secondary has %1 GB free under %2, but the copy of the primary&apos;s database needs about %3 GB (its current database, %4 GB, is kept aside).</translation>
    </message>
    <message>
        <source>Free disk space on the secondary, or enlarge its disk.</source>
        <translation>Free disk space on the secondary, or enlarge its disk.</translation>
    </message>
    <message>
        <source>%1 GB free; the copy needs about %2 GB (the current database, %3 GB, is kept aside).</source>
        <translation>%1 GB free; the copy needs about %2 GB (the current database, %3 GB, is kept aside).</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>OpenELIS version</source>
        <translation>OpenELIS version</translation>
    </message>
    <message>
        <source>Could not read the clock.</source>
        <translation>Could not read the clock.</translation>
    </message>
    <message numerus="yes">
        <source>The clock differs from this computer&apos;s by %n second(s).</source>
        <translation>
            <numerusform>The clock differs from this computer&apos;s by %n second.</numerusform>
            <numerusform>The clock differs from this computer&apos;s by %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up time synchronisation (NTP) on the servers: reports and delays are easier to read with correct clocks.</source>
        <translation>Set up time synchronisation (NTP) on the servers: reports and delays are easier to read with correct clocks.</translation>
    </message>
    <message>
        <source>The clock agrees with this computer&apos;s (within %1 ms).</source>
        <translation>The clock agrees with this computer&apos;s (within %1 ms).</translation>
    </message>
    <message>
        <source>Same OpenELIS version</source>
        <translation>Same OpenELIS version</translation>
    </message>
    <message>
        <source>The OpenELIS version could not be read on both servers.</source>
        <translation>The OpenELIS version could not be read on both servers.</translation>
    </message>
    <message>
        <source>Make sure both servers run the same OpenELIS release.</source>
        <translation>Make sure both servers run the same OpenELIS release.</translation>
    </message>
    <message>
        <source>The primary runs OpenELIS %1 but the secondary runs %2.</source>
        <translation>The primary runs OpenELIS %1 but the secondary runs %2.</translation>
    </message>
    <message>
        <source>Install the same OpenELIS release on both servers first.</source>
        <translation>Install the same OpenELIS release on both servers first.</translation>
    </message>
    <message>
        <source>Both servers run OpenELIS %1.</source>
        <translation>Both servers run OpenELIS %1.</translation>
    </message>
    <message>
        <source>Database restart on the primary</source>
        <translation>Database restart on the primary</translation>
    </message>
    <message>
        <source>Could not read the replication settings.</source>
        <translation>Could not read the replication settings.</translation>
    </message>
    <message>
        <source>The database on the primary must be restarted once to apply %1. OpenELIS will not answer for about 10 to 30 seconds.</source>
        <translation>The database on the primary must be restarted once to apply %1. OpenELIS will not answer for about 10 to 30 seconds.</translation>
    </message>
    <message>
        <source>Choose a quiet moment, and tell the users.</source>
        <translation>Choose a quiet moment, and tell the users.</translation>
    </message>
    <message>
        <source>No setting needs changing; no restart is needed.</source>
        <translation>No setting needs changing; no restart is needed.</translation>
    </message>
    <message>
        <source>Settings to change without a restart: %1.</source>
        <translation>Settings to change without a restart: %1.</translation>
    </message>
    <message>
        <source>Skipped: the primary&apos;s database could not be asked.</source>
        <translation>Skipped: the primary&apos;s database could not be asked.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Could not read the database roles.</source>
        <translation>Could not read the database roles.</translation>
    </message>
    <message>
        <source>Could not give the replication right to the role.</source>
        <translation>Could not give the replication right to the role.</translation>
    </message>
    <message>
        <source>Reusing the role &quot;%1&quot; and its password file.</source>
        <translation>Reusing the role &quot;%1&quot; and its password file.</translation>
    </message>
    <message>
        <source>Could not read the replication password file.</source>
        <translation>Could not read the replication password file.</translation>
    </message>
    <message>
        <source>Could not write the replication password file.</source>
        <translation>Could not write the replication password file.</translation>
    </message>
    <message>
        <source>Could not create the replication role.</source>
        <translation>Could not create the replication role.</translation>
    </message>
    <message>
        <source>Created the replication role &quot;%1&quot;.</source>
        <translation>Created the replication role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Set a new password for the role &quot;%1&quot; (its file was missing).</source>
        <translation>Set a new password for the role &quot;%1&quot; (its file was missing).</translation>
    </message>
    <message>
        <source>Could not find pg_hba.conf on the primary.</source>
        <translation>Could not find pg_hba.conf on the primary.</translation>
    </message>
    <message>
        <source>Could not read the role.</source>
        <translation>Could not read the role.</translation>
    </message>
    <message>
        <source>pg_hba.conf already has the entry for %1.</source>
        <translation>pg_hba.conf already has the entry for %1.</translation>
    </message>
    <message>
        <source>Could not update pg_hba.conf on the primary.</source>
        <translation>Could not update pg_hba.conf on the primary.</translation>
    </message>
    <message>
        <source>Could not reload the primary&apos;s configuration.</source>
        <translation>Could not reload the primary&apos;s configuration.</translation>
    </message>
    <message>
        <source>The new pg_hba.conf was not accepted by PostgreSQL; the previous file was put back.</source>
        <translation>The new pg_hba.conf was not accepted by PostgreSQL; the previous file was put back.</translation>
    </message>
    <message>
        <source>pg_hba.conf: one replication entry for %1 (previous file kept as %2).</source>
        <translation>pg_hba.conf: one replication entry for %1 (previous file kept as %2).</translation>
    </message>
    <message>
        <source>Could not read the primary&apos;s settings.</source>
        <translation>Could not read the primary&apos;s settings.</translation>
    </message>
    <message>
        <source>Could not change the primary&apos;s replication settings.</source>
        <translation>Could not change the primary&apos;s replication settings.</translation>
    </message>
    <message>
        <source>Restarting the primary&apos;s database to apply: %1</source>
        <translation>Restarting the primary&apos;s database to apply: %1</translation>
    </message>
    <message>
        <source>Restarting the database on the primary…</source>
        <translation>Restarting the database on the primary…</translation>
    </message>
    <message>
        <source>Could not restart the primary&apos;s database.</source>
        <translation>Could not restart the primary&apos;s database.</translation>
    </message>
    <message>
        <source>The primary&apos;s database did not come back after the restart. Check it with &quot;docker logs %1&quot; on the primary.</source>
        <translation>The primary&apos;s database did not come back after the restart. Check it with &quot;docker logs %1&quot; on the primary.</translation>
    </message>
    <message>
        <source>Could not create the replication slot.</source>
        <translation>Could not create the replication slot.</translation>
    </message>
    <message>
        <source>Created the replication slot %1.</source>
        <translation>Created the replication slot %1.</translation>
    </message>
    <message>
        <source>The replication slot %1 already exists.</source>
        <translation>The replication slot %1 already exists.</translation>
    </message>
    <message>
        <source>Could not list the containers on the secondary.</source>
        <translation>Could not list the containers on the secondary.</translation>
    </message>
    <message>
        <source>Could not change the restart policy of the secondary&apos;s containers.</source>
        <translation>Could not change the restart policy of the secondary&apos;s containers.</translation>
    </message>
    <message>
        <source>Could not stop the secondary&apos;s application containers.</source>
        <translation>Could not stop the secondary&apos;s application containers.</translation>
    </message>
    <message>
        <source>The secondary is already a standby streaming from the primary: no new copy is needed.</source>
        <translation>The secondary is already a standby streaming from the primary: no new copy is needed.</translation>
    </message>
    <message>
        <source>Could not read the replication password on the primary.</source>
        <translation>Could not read the replication password on the primary.</translation>
    </message>
    <message>
        <source>Could not prepare the copy directory on the secondary.</source>
        <translation>Could not prepare the copy directory on the secondary.</translation>
    </message>
    <message>
        <source>Copying the primary&apos;s database: %1 of %2 MB</source>
        <translation>Copying the primary&apos;s database: %1 of %2 MB</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database (pg_basebackup) failed. The secondary was not changed.</source>
        <translation>The copy of the primary&apos;s database (pg_basebackup) failed. The secondary was not changed.</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database did not verify. The secondary was not changed.</source>
        <translation>The copy of the primary&apos;s database did not verify. The secondary was not changed.</translation>
    </message>
    <message>
        <source>Could not write the standby settings.</source>
        <translation>Could not write the standby settings.</translation>
    </message>
    <message>
        <source>Replacing the secondary&apos;s database with the copy…</source>
        <translation>Replacing the secondary&apos;s database with the copy…</translation>
    </message>
    <message>
        <source>Could not stop the secondary&apos;s database.</source>
        <translation>Could not stop the secondary&apos;s database.</translation>
    </message>
    <message>
        <source>Could not move the copy into place on the secondary.</source>
        <translation>Could not move the copy into place on the secondary.</translation>
    </message>
    <message>
        <source>Could not start the secondary&apos;s database.</source>
        <translation>Could not start the secondary&apos;s database.</translation>
    </message>
    <message>
        <source>Waiting for the secondary to stream from the primary…</source>
        <translation>Waiting for the secondary to stream from the primary…</translation>
    </message>
    <message>
        <source>The secondary&apos;s database started but does not stream from the primary.</source>
        <translation>The secondary&apos;s database started but does not stream from the primary.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the secondary.</source>
        <translation>See &quot;docker logs %1&quot; on the secondary.</translation>
    </message>
    <message>
        <source>The secondary is now a standby. Its previous database is kept in %1.</source>
        <translation>The secondary is now a standby. Its previous database is kept in %1.</translation>
    </message>
    <message>
        <source>Putting the secondary&apos;s previous database back.</source>
        <translation>Putting the secondary&apos;s previous database back.</translation>
    </message>
    <message>
        <source>Could not list the containers on the primary.</source>
        <translation>Could not list the containers on the primary.</translation>
    </message>
    <message>
        <source>Could not start OpenELIS on the primary.</source>
        <translation>Could not start OpenELIS on the primary.</translation>
    </message>
    <message>
        <source>The primary does not list the secondary as streaming through slot %1.</source>
        <translation>The primary does not list the secondary as streaming through slot %1.</translation>
    </message>
    <message>
        <source>Could not write the test record on the primary.</source>
        <translation>Could not write the test record on the primary.</translation>
    </message>
    <message>
        <source>A test record written on the primary did not reach the secondary within 30 seconds.</source>
        <translation>A test record written on the primary did not reach the secondary within 30 seconds.</translation>
    </message>
    <message>
        <source>Verified: the secondary streams through slot %1; a record written on the primary was readable on the secondary after %2 ms.</source>
        <translation>Verified: the secondary streams through slot %1; a record written on the primary was readable on the secondary after %2 ms.</translation>
    </message>
    <message>
        <source>Primary: replication role and access</source>
        <translation>Primary: replication role and access</translation>
    </message>
    <message>
        <source>Preparing the replication role and its access on the primary…</source>
        <translation>Preparing the replication role and its access on the primary…</translation>
    </message>
    <message>
        <source>Primary: replication settings and slot</source>
        <translation>Primary: replication settings and slot</translation>
    </message>
    <message>
        <source>Applying the replication settings on the primary…</source>
        <translation>Applying the replication settings on the primary…</translation>
    </message>
    <message>
        <source>Secondary: stop OpenELIS (the database keeps running)</source>
        <translation>Secondary: stop OpenELIS (the database keeps running)</translation>
    </message>
    <message>
        <source>Stopping OpenELIS on the secondary…</source>
        <translation>Stopping OpenELIS on the secondary…</translation>
    </message>
    <message>
        <source>Copy the install directory</source>
        <translation>Copy the install directory</translation>
    </message>
    <message>
        <source>Copying the install directory to the secondary…</source>
        <translation>Copying the install directory to the secondary…</translation>
    </message>
    <message>
        <source>Secondary: copy the database and start it as a standby</source>
        <translation>Secondary: copy the database and start it as a standby</translation>
    </message>
    <message>
        <source>Copying the primary&apos;s database to the secondary…</source>
        <translation>Copying the primary&apos;s database to the secondary…</translation>
    </message>
    <message>
        <source>Primary: make sure OpenELIS is running</source>
        <translation>Primary: make sure OpenELIS is running</translation>
    </message>
    <message>
        <source>Starting OpenELIS on the primary…</source>
        <translation>Starting OpenELIS on the primary…</translation>
    </message>
    <message>
        <source>Verify replication</source>
        <translation>Verify replication</translation>
    </message>
    <message>
        <source>Checking that data written on the primary reaches the secondary…</source>
        <translation>Checking that data written on the primary reaches the secondary…</translation>
    </message>
    <message>
        <source>%1: must be a rate like &quot;20M&quot; (MB/s) or &quot;500k&quot; (kB/s), between 32k and 1024M</source>
        <translation>%1: must be a rate like &quot;20M&quot; (MB/s) or &quot;500k&quot; (kB/s), between 32k and 1024M</translation>
    </message>
    <message numerus="yes">
        <source>Not run: step(s) %1.</source>
        <translation>
            <numerusform>Not run: step %1.</numerusform>
            <numerusform>Not run: steps %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>short answer yes to &quot;Continue? [y/N]&quot;</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to &quot;Continue? [y/N]&quot;</comment>
        <translation>yes</translation>
    </message>
    <message>
        <source>the database restarts only if a changed setting needs it (OpenELIS then does not answer for a short while).</source>
        <translation>the database restarts only if a changed setting needs it (OpenELIS then does not answer for a short while).</translation>
    </message>
    <message>
        <source>no database restart is needed.</source>
        <translation>no database restart is needed.</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>What will change:</translation>
    </message>
    <message>
        <source>On the primary %1:</source>
        <translation>On the primary %1:</translation>
    </message>
    <message>
        <source>a replication role (the existing &quot;backup&quot; role is reused when present), one pg_hba.conf entry for the secondary (the file is backed up first), the replication settings and a replication slot;</source>
        <translation>a replication role (the existing &quot;backup&quot; role is reused when present), one pg_hba.conf entry for the secondary (the file is backed up first), the replication settings and a replication slot;</translation>
    </message>
    <message>
        <source>On the secondary %1:</source>
        <translation>On the secondary %1:</translation>
    </message>
    <message>
        <source>the OpenELIS application containers are stopped and no longer restart on their own;</source>
        <translation>the OpenELIS application containers are stopped and no longer restart on their own;</translation>
    </message>
    <message>
        <source>the install directory %1 is copied from the primary (except %2);</source>
        <translation>the install directory %1 is copied from the primary (except %2);</translation>
    </message>
    <message>
        <source>its database is replaced by a copy of the primary&apos;s; the current data is kept aside in %1.</source>
        <translation>its database is replaced by a copy of the primary&apos;s; the current data is kept aside in %1.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-checks gave %n warning(s); see above.</source>
        <translation>
            <numerusform>The pre-checks gave %n warning; see above.</numerusform>
            <numerusform>The pre-checks gave %n warnings; see above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Could not save the report: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continue? [y/N] </translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: pass --yes to set up without asking. Nothing was changed.</source>
        <translation>There is no terminal to confirm on: pass --yes to set up without asking. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelling: leaving both servers safe…</source>
        <translation>Cancelling: leaving both servers safe…</translation>
    </message>
    <message>
        <source>The set-up is complete: %1 is now a hot standby of %2.</source>
        <translation>The set-up is complete: %1 is now a hot standby of %2.</translation>
    </message>
    <message>
        <source>Cancelled. Both servers were left in a safe state; the report says where the set-up stopped.</source>
        <translation>Cancelled. Both servers were left in a safe state; the report says where the set-up stopped.</translation>
    </message>
    <message>
        <source>The set-up failed.</source>
        <translation>The set-up failed.</translation>
    </message>
    <message>
        <source>The set-up failed: %1</source>
        <translation>The set-up failed: %1</translation>
    </message>
    <message>
        <source>The set-up stopped at “%1”: %2</source>
        <translation>The set-up stopped at “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n path(s) in %2 are directories holding files that are not on %3, where %3 has a file or link of the same name. Nothing was changed. Move them away on %1, or allow deleting extraneous files, then run the copy again.</source>
        <translation>
            <numerusform>On %1, %n path in %2 is a directory holding files that are not on %3, where %3 has a file or link of the same name. Nothing was changed. Move it away on %1, or allow deleting extraneous files, then run the copy again.</numerusform>
            <numerusform>On %1, %n paths in %2 are directories holding files that are not on %3, where %3 has a file or link of the same name. Nothing was changed. Move them away on %1, or allow deleting extraneous files, then run the copy again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: not started. %1</source>
        <translation>Result: not started. %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed before the stop: step(s) %1.</source>
        <translation>
            <numerusform>Completed before the stop: step %1.</numerusform>
            <numerusform>Completed before the stop: steps %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone after the stop: step(s) %1 (see “After the stop” below).</source>
        <translation>
            <numerusform>Undone after the stop: step %1 (see “After the stop” below).</numerusform>
            <numerusform>Undone after the stop: steps %1 (see “After the stop” below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What step(s) %1 changed stays in place.</source>
        <translation>
            <numerusform>What step %1 changed stays in place.</numerusform>
            <numerusform>What steps %1 changed stays in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the state of both servers before trying again: steps marked OK and not undone took effect, the others did not. Never start OpenELIS on the old primary while the new one accepts work.</source>
        <translation>Check the state of both servers before trying again: steps marked OK and not undone took effect, the others did not. Never start OpenELIS on the old primary while the new one accepts work.</translation>
    </message>
    <message>
        <source>%1, undone</source>
        <comment>step state, e.g. “OK, undone”</comment>
        <translation>%1, undone</translation>
    </message>
    <message>
        <source>Planned switchover: both servers are healthy, no data may be lost.</source>
        <translation>Planned switchover: both servers are healthy, no data may be lost.</translation>
    </message>
    <message>
        <source>When the old primary re-joins as the new secondary, copy the whole database instead of trying pg_rewind first.</source>
        <translation>When the old primary re-joins as the new secondary, copy the whole database instead of trying pg_rewind first.</translation>
    </message>
    <message>
        <source>Usage:
  oe-failover-cli check    --plan FILE [--secrets -] [--json]
  oe-failover-cli setup    --plan FILE [--secrets -] [--json] [--yes]
  oe-failover-cli failover --plan FILE [--secrets -] [--json] [--yes] [--primary-is-down]
                           [--switchover] [--new-secondary] [--full-copy] [--restart-old-primary]
  oe-failover-cli verify   --plan FILE [--secrets -] [--json] [--round-trip]
Common options: --known-hosts FILE, --accept-host-key HOST=SHA256:..., --report FILE

The plan (JSON) names the servers; passwords never go in it. Give them as JSON on
standard input with --secrets -, e.g.
  {&quot;primary&quot;: {&quot;password&quot;: &quot;...&quot;, &quot;sudoPassword&quot;: &quot;...&quot;}, &quot;secondary&quot;: {...}}

Exit codes: 0 ok, 1 failed while running (state left safe), 2 bad input,
3 pre-checks failed (nothing changed), 4 host key unknown or changed (nothing changed),
5 cancelled. verify: 0 OK, 1 Warning, 2 Critical.</source>
        <translation>Usage:
  oe-failover-cli check    --plan FILE [--secrets -] [--json]
  oe-failover-cli setup    --plan FILE [--secrets -] [--json] [--yes]
  oe-failover-cli failover --plan FILE [--secrets -] [--json] [--yes] [--primary-is-down]
                           [--switchover] [--new-secondary] [--full-copy] [--restart-old-primary]
  oe-failover-cli verify   --plan FILE [--secrets -] [--json] [--round-trip]
Common options: --known-hosts FILE, --accept-host-key HOST=SHA256:..., --report FILE

The plan (JSON) names the servers; passwords never go in it. Give them as JSON on
standard input with --secrets -, e.g.
  {&quot;primary&quot;: {&quot;password&quot;: &quot;...&quot;, &quot;sudoPassword&quot;: &quot;...&quot;}, &quot;secondary&quot;: {...}}

Exit codes: 0 ok, 1 failed while running (state left safe), 2 bad input,
3 pre-checks failed (nothing changed), 4 host key unknown or changed (nothing changed),
5 cancelled. verify: 0 OK, 1 Warning, 2 Critical.</translation>
    </message>
    <message>
        <source>Instead of failing over, restart OpenELIS on the old primary and check it again.</source>
        <translation>Instead of failing over, restart OpenELIS on the old primary and check it again.</translation>
    </message>
    <message>
        <source>After the failover, attach the plan&apos;s &quot;newSecondary&quot; as the new standby.</source>
        <translation>After the failover, attach the plan&apos;s &quot;newSecondary&quot; as the new standby.</translation>
    </message>
    <message>
        <source>--new-secondary needs a &quot;newSecondary&quot; server in the plan.</source>
        <translation>--new-secondary needs a &quot;newSecondary&quot; server in the plan.</translation>
    </message>
    <message>
        <source>Restart OpenELIS on the old primary and check again instead of failing over? [y/N] </source>
        <translation>Restart OpenELIS on the old primary and check again instead of failing over? [y/N] </translation>
    </message>
    <message>
        <source>The old primary cannot be reached by SSH: it cannot be restarted from here.</source>
        <translation>The old primary cannot be reached by SSH: it cannot be restarted from here.</translation>
    </message>
    <message>
        <source>Planned switchover: OpenELIS stops on %1, %2 receives everything, then becomes the primary; %1 becomes its standby. No data is lost; OpenELIS is unavailable for about a minute.</source>
        <translation>Planned switchover: OpenELIS stops on %1, %2 receives everything, then becomes the primary; %1 becomes its standby. No data is lost; OpenELIS is unavailable for about a minute.</translation>
    </message>
    <message>
        <source>Failover: %1 will be fenced (OpenELIS and its database stopped, nothing restarts on its own, the database can only start read-only), then %2 becomes the primary.</source>
        <translation>Failover: %1 will be fenced (OpenELIS and its database stopped, nothing restarts on its own, the database can only start read-only), then %2 becomes the primary.</translation>
    </message>
    <message>
        <source>Failover: you confirmed that %1 is powered off or disconnected; %2 becomes the primary.</source>
        <translation>Failover: you confirmed that %1 is powered off or disconnected; %2 becomes the primary.</translation>
    </message>
    <message>
        <source>Afterwards %1 is set up as the new standby.</source>
        <translation>Afterwards %1 is set up as the new standby.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: pass --yes. Nothing was changed.</source>
        <translation>There is no terminal to confirm on: pass --yes. Nothing was changed.</translation>
    </message>
    <message>
        <source>Switchover complete: %1 is the primary, %2 its standby. Users must now use https://%1:8443/.</source>
        <translation>Switchover complete: %1 is the primary, %2 its standby. Users must now use https://%1:8443/.</translation>
    </message>
    <message>
        <source>Failover complete: OpenELIS runs on %1. Users must now use https://%1:8443/.</source>
        <translation>Failover complete: OpenELIS runs on %1. Users must now use https://%1:8443/.</translation>
    </message>
    <message>
        <source>Its certificate does not name this address: browsers will warn.</source>
        <translation>Its certificate does not name this address: browsers will warn.</translation>
    </message>
    <message>
        <source>Cancelled. The report says where it stopped and the state of each server.</source>
        <translation>Cancelled. The report says where it stopped and the state of each server.</translation>
    </message>
    <message>
        <source>The failover stopped: %1</source>
        <translation>The failover stopped: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Verdict: %1 — %2</translation>
    </message>
    <message>
        <source>No database answers on port %1 of the server; it will be replaced by the copy of the primary&apos;s.</source>
        <translation>No database answers on port %1 of the server; it will be replaced by the copy of the primary&apos;s.</translation>
    </message>
    <message>
        <source>No OpenELIS container was found on the old primary %1.</source>
        <translation>No OpenELIS container was found on the old primary %1.</translation>
    </message>
    <message>
        <source>Could not change the restart policies on the old primary.</source>
        <translation>Could not change the restart policies on the old primary.</translation>
    </message>
    <message>
        <source>Could not stop OpenELIS on the old primary.</source>
        <translation>Could not stop OpenELIS on the old primary.</translation>
    </message>
    <message>
        <source>Could not stop the database on the old primary.</source>
        <translation>Could not stop the database on the old primary.</translation>
    </message>
    <message>
        <source>Could not mark the old primary&apos;s database as a standby.</source>
        <translation>Could not mark the old primary&apos;s database as a standby.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database is still running after it was stopped.</source>
        <translation>The old primary&apos;s database is still running after it was stopped.</translation>
    </message>
    <message>
        <source>Fenced: the old primary&apos;s containers no longer restart on their own, its database is stopped and can only ever start read-only.</source>
        <translation>Fenced: the old primary&apos;s containers no longer restart on their own, its database is stopped and can only ever start read-only.</translation>
    </message>
    <message>
        <source>The old primary&apos;s last position is unknown: a loss-free switchover cannot be proven.</source>
        <translation>The old primary&apos;s last position is unknown: a loss-free switchover cannot be proven.</translation>
    </message>
    <message>
        <source>The standby has replayed everything the old primary wrote (up to %1).</source>
        <translation>The standby has replayed everything the old primary wrote (up to %1).</translation>
    </message>
    <message numerus="yes">
        <source>The standby did not catch up with the old primary (%n byte(s) missing).</source>
        <translation>
            <numerusform>The standby did not catch up with the old primary (%n byte missing).</numerusform>
            <numerusform>The standby did not catch up with the old primary (%n bytes missing).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The standby is missing %n byte(s) of the old primary&apos;s last changes.</source>
        <translation>
            <numerusform>The standby is missing %n byte of the old primary&apos;s last changes.</numerusform>
            <numerusform>The standby is missing %n bytes of the old primary&apos;s last changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The standby could not be promoted.</source>
        <translation>The standby could not be promoted.</translation>
    </message>
    <message>
        <source>The new primary was promoted but does not accept writes.</source>
        <translation>The new primary was promoted but does not accept writes.</translation>
    </message>
    <message>
        <source>Promoted in %1 ms; it accepted a write %2 ms after the promotion started.</source>
        <translation>Promoted in %1 ms; it accepted a write %2 ms after the promotion started.</translation>
    </message>
    <message>
        <source>Could not clear the standby settings on the new primary.</source>
        <translation>Could not clear the standby settings on the new primary.</translation>
    </message>
    <message>
        <source>Could not restore the restart policies on the new primary.</source>
        <translation>Could not restore the restart policies on the new primary.</translation>
    </message>
    <message>
        <source>Could not start OpenELIS on the new primary.</source>
        <translation>Could not start OpenELIS on the new primary.</translation>
    </message>
    <message>
        <source>OpenELIS on the new primary does not answer its health address (https://%1:8443%2).</source>
        <translation>OpenELIS on the new primary does not answer its health address (https://%1:8443%2).</translation>
    </message>
    <message>
        <source>OpenELIS answers at https://%1:8443%2.</source>
        <translation>OpenELIS answers at https://%1:8443%2.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 does not name this address: browsers will warn users. Install a certificate for %1 in /etc/openelis-global on this server.</source>
        <translation>The certificate presented by %1 does not name this address: browsers will warn users. Install a certificate for %1 in /etc/openelis-global on this server.</translation>
    </message>
    <message>
        <source>Bringing the old primary back into service.</source>
        <translation>Bringing the old primary back into service.</translation>
    </message>
    <message>
        <source>The old primary is down: it answers neither SSH, nor its database, nor its web address.</source>
        <translation>The old primary is down: it answers neither SSH, nor its database, nor its web address.</translation>
    </message>
    <message>
        <source>The old primary is up: SSH, its database and OpenELIS all answer.</source>
        <translation>The old primary is up: SSH, its database and OpenELIS all answer.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>OpenELIS web</source>
        <translation>OpenELIS web</translation>
    </message>
    <message>
        <source>The old primary is partly up: %1 answer(s); %2 do(es) not.</source>
        <translation>The old primary is partly up: %1 answer(s); %2 do(es) not.</translation>
    </message>
    <message>
        <source>Work entered after %1 on the old server may be missing on the new one.</source>
        <translation>Work entered after %1 on the old server may be missing on the new one.</translation>
    </message>
    <message>
        <source>The standby has not replayed any transaction yet: it holds the data of its initial copy.</source>
        <translation>The standby has not replayed any transaction yet: it holds the data of its initial copy.</translation>
    </message>
    <message>
        <source>The old primary&apos;s current position has been received: nothing is missing right now.</source>
        <translation>The old primary&apos;s current position has been received: nothing is missing right now.</translation>
    </message>
    <message numerus="yes">
        <source>Right now the standby is %n byte(s) behind the old primary.</source>
        <translation>
            <numerusform>Right now the standby is %n byte behind the old primary.</numerusform>
            <numerusform>Right now the standby is %n bytes behind the old primary.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target is a standby</source>
        <translation>The target is a standby</translation>
    </message>
    <message>
        <source>The database on %1 does not answer.</source>
        <translation>The database on %1 does not answer.</translation>
    </message>
    <message>
        <source>Start the database on the target (&quot;docker start %1&quot;), then check again.</source>
        <translation>Start the database on the target (&quot;docker start %1&quot;), then check again.</translation>
    </message>
    <message>
        <source>%1 is not a standby: its database already accepts writes.</source>
        <translation>%1 is not a standby: its database already accepts writes.</translation>
    </message>
    <message>
        <source>Choose the standby server as the new primary. If this server was already promoted, there is nothing to fail over.</source>
        <translation>Choose the standby server as the new primary. If this server was already promoted, there is nothing to fail over.</translation>
    </message>
    <message>
        <source>%1 is a standby: received up to %2, replayed up to %3.</source>
        <translation>%1 is a standby: received up to %2, replayed up to %3.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Link to the primary</source>
        <translation>Link to the primary</translation>
    </message>
    <message>
        <source>The standby is still receiving changes from %1: the primary is alive.</source>
        <translation>The standby is still receiving changes from %1: the primary is alive.</translation>
    </message>
    <message>
        <source>If this is a drill or maintenance, use a planned switchover (no data is lost).</source>
        <translation>If this is a drill or maintenance, use a planned switchover (no data is lost).</translation>
    </message>
    <message>
        <source>The standby no longer receives anything from the primary.</source>
        <translation>The standby no longer receives anything from the primary.</translation>
    </message>
    <message>
        <source>Skipped: the target could not be reached.</source>
        <translation>Skipped: the target could not be reached.</translation>
    </message>
    <message>
        <source>The old primary</source>
        <translation>The old primary</translation>
    </message>
    <message>
        <source>It can be restarted (&quot;restart OpenELIS there&quot;, upstream&apos;s first remedy) or brought down and fenced by this tool before the failover.</source>
        <translation>It can be restarted (&quot;restart OpenELIS there&quot;, upstream&apos;s first remedy) or brought down and fenced by this tool before the failover.</translation>
    </message>
    <message>
        <source>This tool cannot log in to stop it. Power it off or disconnect it, then check again.</source>
        <translation>This tool cannot log in to stop it. Power it off or disconnect it, then check again.</translation>
    </message>
    <message>
        <source>Possible data loss</source>
        <translation>Possible data loss</translation>
    </message>
    <message>
        <source>No OpenELIS container was found on the old primary.</source>
        <translation>No OpenELIS container was found on the old primary.</translation>
    </message>
    <message>
        <source>Restarting OpenELIS on the old primary failed: %1</source>
        <translation>Restarting OpenELIS on the old primary failed: %1</translation>
    </message>
    <message>
        <source>OpenELIS was restarted on the old primary and answers again. No failover is needed.</source>
        <translation>OpenELIS was restarted on the old primary and answers again. No failover is needed.</translation>
    </message>
    <message>
        <source>OpenELIS was restarted on the old primary but does not answer (%1).</source>
        <translation>OpenELIS was restarted on the old primary but does not answer (%1).</translation>
    </message>
    <message>
        <source>The target (new primary) cannot be reached or used: see the checks above.</source>
        <translation>The target (new primary) cannot be reached or used: see the checks above.</translation>
    </message>
    <message>
        <source>The target is not a standby: nothing was changed.</source>
        <translation>The target is not a standby: nothing was changed.</translation>
    </message>
    <message>
        <source>A planned switchover needs both servers healthy: the old primary running and reachable, the standby streaming from it.</source>
        <translation>A planned switchover needs both servers healthy: the old primary running and reachable, the standby streaming from it.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database still answers, and this tool cannot log in to stop it. Promoting now could leave two primaries. Power the old primary off or disconnect it, then run the failover again.</source>
        <translation>The old primary&apos;s database still answers, and this tool cannot log in to stop it. Promoting now could leave two primaries. Power the old primary off or disconnect it, then run the failover again.</translation>
    </message>
    <message>
        <source>The old primary cannot be reached, so it cannot be fenced by this tool. Confirm that it is powered off or disconnected (--primary-is-down) to continue.</source>
        <translation>The old primary cannot be reached, so it cannot be fenced by this tool. Confirm that it is powered off or disconnected (--primary-is-down) to continue.</translation>
    </message>
    <message>
        <source>Old primary: stop OpenELIS</source>
        <translation>Old primary: stop OpenELIS</translation>
    </message>
    <message>
        <source>Old primary: stop the database; the standby receives everything</source>
        <translation>Old primary: stop the database; the standby receives everything</translation>
    </message>
    <message>
        <source>Fence the old primary</source>
        <translation>Fence the old primary</translation>
    </message>
    <message>
        <source>Old primary confirmed off</source>
        <translation>Old primary confirmed off</translation>
    </message>
    <message>
        <source>The operator confirmed that the old primary %1 is powered off or disconnected. Before it is switched on again, it must be disconnected from the users&apos; network.</source>
        <translation>The operator confirmed that the old primary %1 is powered off or disconnected. Before it is switched on again, it must be disconnected from the users&apos; network.</translation>
    </message>
    <message>
        <source>Promote the standby</source>
        <translation>Promote the standby</translation>
    </message>
    <message>
        <source>Clear the standby settings</source>
        <translation>Clear the standby settings</translation>
    </message>
    <message>
        <source>Start OpenELIS on the new primary</source>
        <translation>Start OpenELIS on the new primary</translation>
    </message>
    <message>
        <source>Check that OpenELIS answers</source>
        <translation>Check that OpenELIS answers</translation>
    </message>
    <message>
        <source>Make the old primary a standby of the new one</source>
        <translation>Make the old primary a standby of the new one</translation>
    </message>
    <message>
        <source>Attach the new secondary</source>
        <translation>Attach the new secondary</translation>
    </message>
    <message>
        <source>Prepare the new primary for a future secondary</source>
        <translation>Prepare the new primary for a future secondary</translation>
    </message>
    <message>
        <source>Could not read the owner of the secondary&apos;s database files.</source>
        <translation>Could not read the owner of the secondary&apos;s database files.</translation>
    </message>
    <message>
        <source>Could not read the database image on the secondary.</source>
        <translation>Could not read the database image on the secondary.</translation>
    </message>
    <message>
        <source>Could not write a temporary password file on the secondary.</source>
        <translation>Could not write a temporary password file on the secondary.</translation>
    </message>
    <message>
        <source>the secondary&apos;s database is not a former member of the primary&apos;s cluster</source>
        <translation>the secondary&apos;s database is not a former member of the primary&apos;s cluster</translation>
    </message>
    <message>
        <source>The secondary&apos;s database was not part of this cluster: it gets a full copy.</source>
        <translation>The secondary&apos;s database was not part of this cluster: it gets a full copy.</translation>
    </message>
    <message>
        <source>Could not stop the database on the secondary.</source>
        <translation>Could not stop the database on the secondary.</translation>
    </message>
    <message>
        <source>Keeping a copy of the old data directory…</source>
        <translation>Keeping a copy of the old data directory…</translation>
    </message>
    <message>
        <source>Could not keep a copy of the old data directory.</source>
        <translation>Could not keep a copy of the old data directory.</translation>
    </message>
    <message>
        <source>pg_rewind could not be used (%1): a full copy of the database follows.</source>
        <translation>pg_rewind could not be used (%1): a full copy of the database follows.</translation>
    </message>
    <message>
        <source>Could not allow the replication role to run pg_rewind.</source>
        <translation>Could not allow the replication role to run pg_rewind.</translation>
    </message>
    <message>
        <source>Rewinding the old data directory (pg_rewind)…</source>
        <translation>Rewinding the old data directory (pg_rewind)…</translation>
    </message>
    <message>
        <source>pg_rewind %1</source>
        <translation>pg_rewind %1</translation>
    </message>
    <message>
        <source>the rewound database did not stream from the primary</source>
        <translation>the rewound database did not stream from the primary</translation>
    </message>
    <message>
        <source>The old data directory was rewound with pg_rewind; a copy of it as it was is kept in %1.</source>
        <translation>The old data directory was rewound with pg_rewind; a copy of it as it was is kept in %1.</translation>
    </message>
    <message>
        <source>Secondary: rewind its old database (pg_rewind)</source>
        <translation>Secondary: rewind its old database (pg_rewind)</translation>
    </message>
    <message>
        <source>Rewinding the secondary&apos;s old database…</source>
        <translation>Rewinding the secondary&apos;s old database…</translation>
    </message>
    <message>
        <source>Secondary: the database restarts on its own again</source>
        <translation>Secondary: the database restarts on its own again</translation>
    </message>
    <message>
        <source>Could not restore the restart policy of the secondary&apos;s database.</source>
        <translation>Could not restore the restart policy of the secondary&apos;s database.</translation>
    </message>
    <message>
        <source>The database on %1 gave an answer that could not be read.</source>
        <translation>The database on %1 gave an answer that could not be read.</translation>
    </message>
    <message>
        <source>The database container %1 on %2 is not running (%3).</source>
        <translation>The database container %1 on %2 is not running (%3).</translation>
    </message>
    <message>
        <source>The database container %1 was not found on %2.</source>
        <translation>The database container %1 was not found on %2.</translation>
    </message>
    <message>
        <source>The database on %1 runs but does not answer.</source>
        <translation>The database on %1 runs but does not answer.</translation>
    </message>
    <message>
        <source>Could not list the install directory on the primary.</source>
        <translation>Could not list the install directory on the primary.</translation>
    </message>
    <message>
        <source>Could not list the install directory on the secondary.</source>
        <translation>Could not list the install directory on the secondary.</translation>
    </message>
    <message>
        <source>The install directory %1 is missing on the primary.</source>
        <translation>The install directory %1 is missing on the primary.</translation>
    </message>
    <message>
        <source>The install directory %1 is missing on the secondary.</source>
        <translation>The install directory %1 is missing on the secondary.</translation>
    </message>
    <message>
        <source>only on the primary</source>
        <translation>only on the primary</translation>
    </message>
    <message>
        <source>only on the secondary</source>
        <translation>only on the secondary</translation>
    </message>
    <message>
        <source>a different kind of file on each server</source>
        <translation>a different kind of file on each server</translation>
    </message>
    <message>
        <source>content differs (SHA-256)</source>
        <translation>content differs (SHA-256)</translation>
    </message>
    <message>
        <source>links to %1 on the primary, %2 on the secondary</source>
        <translation>links to %1 on the primary, %2 on the secondary</translation>
    </message>
    <message>
        <source>mode %1 on the primary, %2 on the secondary</source>
        <translation>mode %1 on the primary, %2 on the secondary</translation>
    </message>
    <message>
        <source>owner %1:%2 on the primary, %3:%4 on the secondary</source>
        <translation>owner %1:%2 on the primary, %3:%4 on the secondary</translation>
    </message>
    <message numerus="yes">
        <source>no TLS handshake within %n second(s)</source>
        <translation>
            <numerusform>no TLS handshake within %n second</numerusform>
            <numerusform>no TLS handshake within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer on port %1 within %n second(s)</source>
        <translation>
            <numerusform>no answer on port %1 within %n second</numerusform>
            <numerusform>no answer on port %1 within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing answers on port %1</source>
        <translation>nothing answers on port %1</translation>
    </message>
    <message>
        <source>the name %1 does not resolve</source>
        <translation>the name %1 does not resolve</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>the TLS handshake failed: %1</translation>
    </message>
    <message>
        <source>Could not prepare the small check database &quot;%1&quot; on the primary.</source>
        <translation>Could not prepare the small check database &quot;%1&quot; on the primary.</translation>
    </message>
    <message>
        <source>The secondary could not look for the test record.</source>
        <translation>The secondary could not look for the test record.</translation>
    </message>
    <message numerus="yes">
        <source>The record written on the primary did not show on the secondary within %n second(s).</source>
        <translation>
            <numerusform>The record written on the primary did not show on the secondary within %n second.</numerusform>
            <numerusform>The record written on the primary did not show on the secondary within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secondary stopped looking for the test record.</source>
        <translation>The secondary stopped looking for the test record.</translation>
    </message>
    <message>
        <source>The secondary&apos;s answer could not be read.</source>
        <translation>The secondary&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>The test record showed on the secondary after %1 ms.</source>
        <translation>The test record showed on the secondary after %1 ms.</translation>
    </message>
    <message>
        <source>The replication state was not measured.</source>
        <translation>The replication state was not measured.</translation>
    </message>
    <message>
        <source>Not tried: the primary and a standby must both answer.</source>
        <translation>Not tried: the primary and a standby must both answer.</translation>
    </message>
    <message>
        <source>Not compared: both servers must answer over SSH.</source>
        <translation>Not compared: both servers must answer over SSH.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>sent %1, written %2, stored %3, applied %4; lag: write %5, store %6, apply %7</source>
        <translation>sent %1, written %2, stored %3, applied %4; lag: write %5, store %6, apply %7</translation>
    </message>
    <message>
        <source>newer on the primary</source>
        <translation>newer on the primary</translation>
    </message>
    <message>
        <source>newer on the secondary</source>
        <translation>newer on the secondary</translation>
    </message>
    <message>
        <source>same modification time</source>
        <translation>same modification time</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Primary %1: not reached (%2)</source>
        <translation>Primary %1: not reached (%2)</translation>
    </message>
    <message>
        <source>Primary %1: %2</source>
        <translation>Primary %1: %2</translation>
    </message>
    <message>
        <source>Primary %1: %2, PostgreSQL %3, WAL position %4</source>
        <translation>Primary %1: %2, PostgreSQL %3, WAL position %4</translation>
    </message>
    <message>
        <source>in recovery (a standby)</source>
        <translation>in recovery (a standby)</translation>
    </message>
    <message>
        <source>accepts writes</source>
        <translation>accepts writes</translation>
    </message>
    <message>
        <source>Replication connections (pg_stat_replication): %1</source>
        <translation>Replication connections (pg_stat_replication): %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4; %5 not yet stored, %6 not yet applied</source>
        <translation>%1 from %2: %3, %4; %5 not yet stored, %6 not yet applied</translation>
    </message>
    <message>
        <source>a local socket</source>
        <translation>a local socket</translation>
    </message>
    <message>
        <source>Replication slots: %1</source>
        <translation>Replication slots: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, keeps %4 of WAL; WAL status: %5</source>
        <translation>%1 (%2): %3, keeps %4 of WAL; WAL status: %5</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Secondary %1: not reached (%2)</source>
        <translation>Secondary %1: not reached (%2)</translation>
    </message>
    <message>
        <source>Secondary %1: %2</source>
        <translation>Secondary %1: %2</translation>
    </message>
    <message>
        <source>Secondary %1: %2, PostgreSQL %3</source>
        <translation>Secondary %1: %2, PostgreSQL %3</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>standby (in recovery)</translation>
    </message>
    <message>
        <source>accepts writes (not a standby)</source>
        <translation>accepts writes (not a standby)</translation>
    </message>
    <message>
        <source>WAL receiver: %1 from %2:%3, slot %4, last message %5</source>
        <translation>WAL receiver: %1 from %2:%3, slot %4, last message %5</translation>
    </message>
    <message>
        <source>WAL receiver: none running</source>
        <translation>WAL receiver: none running</translation>
    </message>
    <message>
        <source>Received up to %1, applied up to %2 (replay is PAUSED); last transaction applied %3</source>
        <translation>Received up to %1, applied up to %2 (replay is PAUSED); last transaction applied %3</translation>
    </message>
    <message>
        <source>Received up to %1, applied up to %2; last transaction applied %3</source>
        <translation>Received up to %1, applied up to %2; last transaction applied %3</translation>
    </message>
    <message>
        <source>Behind the primary: %1, %2</source>
        <translation>Behind the primary: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Write test: a record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Write test: a record written on the primary showed on the standby after %n ms.</numerusform>
            <numerusform>Write test: a record written on the primary showed on the standby after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write test: %1</source>
        <translation>Write test: %1</translation>
    </message>
    <message>
        <source>Install directories: not compared (%1)</source>
        <translation>Install directories: not compared (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Install directories: the same (%n file(s) compared)</source>
        <translation>
            <numerusform>Install directories: the same (%n file compared)</numerusform>
            <numerusform>Install directories: the same (%n files compared)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install directories: %n difference(s)</source>
        <translation>
            <numerusform>Install directories: %n difference</numerusform>
            <numerusform>Install directories: %n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; %3</source>
        <translation>%1 — %2; %3</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>%1: no certificate (%2)</source>
        <translation>%1: no certificate (%2)</translation>
    </message>
    <message>
        <source>read from %1 on the server (no answer: %2)</source>
        <translation>read from %1 on the server (no answer: %2)</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>%1: %2; names: %3; covers %4: %5; valid until %6; self-signed: %7</source>
        <translation>%1: %2; names: %3; covers %4: %5; valid until %6; self-signed: %7</translation>
    </message>
    <message>
        <source>covers the primary&apos;s address %1: %2</source>
        <translation>covers the primary&apos;s address %1: %2</translation>
    </message>
    <message>
        <source>Replication verification, %1</source>
        <translation>Replication verification, %1</translation>
    </message>
    <message>
        <source>Replication verification: %1 → %2</source>
        <translation>Replication verification: %1 → %2</translation>
    </message>
    <message>
        <source>Measured %1 (in %2) by %3 on %4 with %5</source>
        <translation>Measured %1 (in %2) by %3 on %4 with %5</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Replication on the primary %1</source>
        <translation>Replication on the primary %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Write lag</translation>
    </message>
    <message>
        <source>Store lag</source>
        <translation>Store lag</translation>
    </message>
    <message>
        <source>Apply lag</source>
        <translation>Apply lag</translation>
    </message>
    <message>
        <source>No replication connection.</source>
        <translation>No replication connection.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>WAL kept</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL status</translation>
    </message>
    <message>
        <source>No replication slot.</source>
        <translation>No replication slot.</translation>
    </message>
    <message>
        <source>The standby %1</source>
        <translation>The standby %1</translation>
    </message>
    <message>
        <source>In recovery (a standby)</source>
        <translation>In recovery (a standby)</translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation>WAL receiver</translation>
    </message>
    <message>
        <source>Slot used</source>
        <translation>Slot used</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Received up to</translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation>Applied up to</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Replay paused</translation>
    </message>
    <message>
        <source>Last transaction applied</source>
        <translation>Last transaction applied</translation>
    </message>
    <message>
        <source>Behind the primary</source>
        <translation>Behind the primary</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Write test</source>
        <translation>Write test</translation>
    </message>
    <message numerus="yes">
        <source>A record written on the primary (database oe_failover) showed on the standby after %n ms.</source>
        <translation>
            <numerusform>A record written on the primary (database oe_failover) showed on the standby after %n ms.</numerusform>
            <numerusform>A record written on the primary (database oe_failover) showed on the standby after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install directories (%1)</source>
        <translation>Install directories (%1)</translation>
    </message>
    <message>
        <source>Compared file by file by SHA-256, except: %1.</source>
        <translation>Compared file by file by SHA-256, except: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No difference (%n file(s) compared).</source>
        <translation>
            <numerusform>No difference (%n file compared).</numerusform>
            <numerusform>No difference (%n files compared).</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation>Newer side</translation>
    </message>
    <message>
        <source>HTTPS certificates</source>
        <translation>HTTPS certificates</translation>
    </message>
    <message>
        <source>Address users type</source>
        <translation>Address users type</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Names in the certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>How it was read</translation>
    </message>
    <message>
        <source>TLS handshake from this computer</source>
        <translation>TLS handshake from this computer</translation>
    </message>
    <message>
        <source>file %1 on the server (no answer: %2)</source>
        <translation>file %1 on the server (no answer: %2)</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <source>OE Failover verification report. Exit code %1 (0 OK, 1 Warning, 2 Critical).</source>
        <translation>OE Failover verification report. Exit code %1 (0 OK, 1 Warning, 2 Critical).</translation>
    </message>
    <message>
        <source>The server&apos;s SSH key is not the one this computer knows (%1). Ask the server&apos;s administrator whether it changed before trusting it.</source>
        <translation>The server&apos;s SSH key is not the one this computer knows (%1). Ask the server&apos;s administrator whether it changed before trusting it.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and reachable from this computer, then verify again.</source>
        <translation>Check that %1 is switched on and reachable from this computer, then verify again.</translation>
    </message>
    <message>
        <source>The primary %1 cannot be reached over SSH: %2</source>
        <translation>The primary %1 cannot be reached over SSH: %2</translation>
    </message>
    <message>
        <source>The secondary %1 cannot be reached over SSH: %2</source>
        <translation>The secondary %1 cannot be reached over SSH: %2</translation>
    </message>
    <message>
        <source>Start it on the primary (docker start %1). If the primary cannot be repaired, fail over to the secondary.</source>
        <translation>Start it on the primary (docker start %1). If the primary cannot be repaired, fail over to the secondary.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the primary. If the primary cannot be repaired, fail over to the secondary.</source>
        <translation>See &quot;docker logs %1&quot; on the primary. If the primary cannot be repaired, fail over to the secondary.</translation>
    </message>
    <message>
        <source>Start it on the secondary (docker start %1): until it runs, the standby cannot take over.</source>
        <translation>Start it on the secondary (docker start %1): until it runs, the standby cannot take over.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the secondary: until its database runs, the standby cannot take over.</source>
        <translation>See &quot;docker logs %1&quot; on the secondary: until its database runs, the standby cannot take over.</translation>
    </message>
    <message>
        <source>The primary %1 is itself a standby (in recovery): it does not accept the laboratory&apos;s work.</source>
        <translation>The primary %1 is itself a standby (in recovery): it does not accept the laboratory&apos;s work.</translation>
    </message>
    <message>
        <source>If a failover took place, verify with a plan that names the new primary and its standby.</source>
        <translation>If a failover took place, verify with a plan that names the new primary and its standby.</translation>
    </message>
    <message>
        <source>The database accepts writes (PostgreSQL %1); WAL position %2.</source>
        <translation>The database accepts writes (PostgreSQL %1); WAL position %2.</translation>
    </message>
    <message>
        <source>Standby database</source>
        <translation>Standby database</translation>
    </message>
    <message>
        <source>The secondary %1 accepts writes: it is not a standby. Work entered there is missing on the primary, and the other way round.</source>
        <translation>The secondary %1 accepts writes: it is not a standby. Work entered there is missing on the primary, and the other way round.</translation>
    </message>
    <message>
        <source>If a failover took place, verify with a plan that names the new primary and its standby. Otherwise make sure nobody uses the secondary, and set it up again as a standby.</source>
        <translation>If a failover took place, verify with a plan that names the new primary and its standby. Otherwise make sure nobody uses the secondary, and set it up again as a standby.</translation>
    </message>
    <message>
        <source>The database is a standby (in recovery, PostgreSQL %1).</source>
        <translation>The database is a standby (in recovery, PostgreSQL %1).</translation>
    </message>
    <message>
        <source>Standby receives changes</source>
        <translation>Standby receives changes</translation>
    </message>
    <message>
        <source>The standby is not streaming from the primary (its WAL receiver is &quot;%1&quot;): work entered now exists only on the primary.</source>
        <translation>The standby is not streaming from the primary (its WAL receiver is &quot;%1&quot;): work entered now exists only on the primary.</translation>
    </message>
    <message>
        <source>The standby does not receive changes from the primary (no WAL receiver runs): work entered now exists only on the primary.</source>
        <translation>The standby does not receive changes from the primary (no WAL receiver runs): work entered now exists only on the primary.</translation>
    </message>
    <message>
        <source>Check that the secondary reaches the primary&apos;s database port, and read &quot;docker logs %1&quot; on the secondary.</source>
        <translation>Check that the secondary reaches the primary&apos;s database port, and read &quot;docker logs %1&quot; on the secondary.</translation>
    </message>
    <message>
        <source>The standby follows %1, not the primary %2.</source>
        <translation>The standby follows %1, not the primary %2.</translation>
    </message>
    <message>
        <source>Check the plan: it must name the server the standby follows. Otherwise set the secondary up again as a standby of %1.</source>
        <translation>Check the plan: it must name the server the standby follows. Otherwise set the secondary up again as a standby of %1.</translation>
    </message>
    <message>
        <source>Streaming from %1.</source>
        <translation>Streaming from %1.</translation>
    </message>
    <message>
        <source>Streaming from %1 through the slot %2.</source>
        <translation>Streaming from %1 through the slot %2.</translation>
    </message>
    <message>
        <source>Primary sends to the standby</source>
        <translation>Primary sends to the standby</translation>
    </message>
    <message>
        <source>The primary has no replication connection from the standby %1: work entered now exists only on the primary.</source>
        <translation>The primary has no replication connection from the standby %1: work entered now exists only on the primary.</translation>
    </message>
    <message>
        <source>Check that the secondary reaches the primary&apos;s database port %1, and read &quot;docker logs %2&quot; on both servers.</source>
        <translation>Check that the secondary reaches the primary&apos;s database port %1, and read &quot;docker logs %2&quot; on both servers.</translation>
    </message>
    <message>
        <source>Repair the secondary first (see above).</source>
        <translation>Repair the secondary first (see above).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The standby has not yet stored %1 of the primary&apos;s changes: that work would be lost if the primary failed now.</source>
        <translation>The standby has not yet stored %1 of the primary&apos;s changes: that work would be lost if the primary failed now.</translation>
    </message>
    <message>
        <source>Check the network between the servers and the secondary&apos;s disk.</source>
        <translation>Check the network between the servers and the secondary&apos;s disk.</translation>
    </message>
    <message>
        <source>Usually a burst of work or a slow link; verify again in a few minutes. If it stays, check the network between the servers.</source>
        <translation>Usually a burst of work or a slow link; verify again in a few minutes. If it stays, check the network between the servers.</translation>
    </message>
    <message>
        <source>The standby is connected but not streaming yet (state &quot;%1&quot;).</source>
        <translation>The standby is connected but not streaming yet (state &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>It is catching up; verify again in a few minutes.</source>
        <translation>It is catching up; verify again in a few minutes.</translation>
    </message>
    <message>
        <source>Streaming (%1); the standby has stored everything but %2.</source>
        <translation>Streaming (%1); the standby has stored everything but %2.</translation>
    </message>
    <message>
        <source>Standby applies changes</source>
        <translation>Standby applies changes</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>an unknown amount</translation>
    </message>
    <message>
        <source>Replay is paused on the standby: it receives the changes (nothing is lost) but does not apply them. It is %1 and %2 behind the primary.</source>
        <translation>Replay is paused on the standby: it receives the changes (nothing is lost) but does not apply them. It is %1 and %2 behind the primary.</translation>
    </message>
    <message>
        <source>Resume it on the secondary with SELECT pg_wal_replay_resume(); (a failover would also resume it, but would take longer).</source>
        <translation>Resume it on the secondary with SELECT pg_wal_replay_resume(); (a failover would also resume it, but would take longer).</translation>
    </message>
    <message>
        <source>The standby applies the changes late: %1 and %2 behind the primary.</source>
        <translation>The standby applies the changes late: %1 and %2 behind the primary.</translation>
    </message>
    <message>
        <source>Usually a burst of work or a busy disk on the secondary; verify again in a few minutes. If it stays, check the secondary&apos;s disk and load.</source>
        <translation>Usually a burst of work or a busy disk on the secondary; verify again in a few minutes. If it stays, check the secondary&apos;s disk and load.</translation>
    </message>
    <message>
        <source>Up to date: %1 and %2 behind the primary; last transaction applied %3.</source>
        <translation>Up to date: %1 and %2 behind the primary; last transaction applied %3.</translation>
    </message>
    <message>
        <source>Up to date: %1 and %2 behind the primary.</source>
        <translation>Up to date: %1 and %2 behind the primary.</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Replication slot</translation>
    </message>
    <message>
        <source>SELECT pg_drop_replication_slot(&apos;%1&apos;);</source>
        <translation>SELECT pg_drop_replication_slot(&apos;%1&apos;);</translation>
    </message>
    <message>
        <source>The slot %1 has lost WAL its standby still needed: that standby can no longer catch up.</source>
        <translation>The slot %1 has lost WAL its standby still needed: that standby can no longer catch up.</translation>
    </message>
    <message>
        <source>Run the set-up again: the secondary needs a fresh copy of the database.</source>
        <translation>Run the set-up again: the secondary needs a fresh copy of the database.</translation>
    </message>
    <message>
        <source>If nothing uses it any more, drop it on the primary: %1</source>
        <translation>If nothing uses it any more, drop it on the primary: %1</translation>
    </message>
    <message>
        <source>The slot %1 keeps %2 of WAL, more than the primary may keep: the oldest is about to be removed and its standby could no longer catch up.</source>
        <translation>The slot %1 keeps %2 of WAL, more than the primary may keep: the oldest is about to be removed and its standby could no longer catch up.</translation>
    </message>
    <message>
        <source>Make sure the secondary&apos;s database runs and streams.</source>
        <translation>Make sure the secondary&apos;s database runs and streams.</translation>
    </message>
    <message>
        <source>The slot %1 is not in use and keeps %2 of WAL on the primary; this grows with every change until the disk is full.</source>
        <translation>The slot %1 is not in use and keeps %2 of WAL on the primary; this grows with every change until the disk is full.</translation>
    </message>
    <message>
        <source>Start the standby again so that it uses its slot. If the secondary is gone for good, drop the slot on the primary: %1</source>
        <translation>Start the standby again so that it uses its slot. If the secondary is gone for good, drop the slot on the primary: %1</translation>
    </message>
    <message>
        <source>The slot %1 keeps %2 of WAL on the primary (more than %3): its standby is far behind.</source>
        <translation>The slot %1 keeps %2 of WAL on the primary (more than %3): its standby is far behind.</translation>
    </message>
    <message>
        <source>Watch the primary&apos;s free disk space, and find out why the standby is behind.</source>
        <translation>Watch the primary&apos;s free disk space, and find out why the standby is behind.</translation>
    </message>
    <message>
        <source>The slot %1 is in use and keeps %2 of WAL.</source>
        <translation>The slot %1 is in use and keeps %2 of WAL.</translation>
    </message>
    <message>
        <source>The standby uses no replication slot: if it is disconnected for a while, the primary may remove WAL it still needs, and it would need a fresh copy of the database.</source>
        <translation>The standby uses no replication slot: if it is disconnected for a while, the primary may remove WAL it still needs, and it would need a fresh copy of the database.</translation>
    </message>
    <message>
        <source>Run the set-up again: it adds the slot without copying the database again when the standby already streams.</source>
        <translation>Run the set-up again: it adds the slot without copying the database again when the standby already streams.</translation>
    </message>
    <message>
        <source>The standby asks for the slot %1, which does not exist on the primary.</source>
        <translation>The standby asks for the slot %1, which does not exist on the primary.</translation>
    </message>
    <message>
        <source>Run the set-up again: it creates the slot.</source>
        <translation>Run the set-up again: it creates the slot.</translation>
    </message>
    <message>
        <source>A record written on the primary showed on the standby only after %1.</source>
        <translation>A record written on the primary showed on the standby only after %1.</translation>
    </message>
    <message>
        <source>Check the load of both servers and the network between them.</source>
        <translation>Check the load of both servers and the network between them.</translation>
    </message>
    <message numerus="yes">
        <source>A record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>A record written on the primary showed on the standby after %n ms.</numerusform>
            <numerusform>A record written on the primary showed on the standby after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replay is paused on the standby)</source>
        <translation>%1 (replay is paused on the standby)</translation>
    </message>
    <message>
        <source>Resume replay on the secondary, then test again.</source>
        <translation>Resume replay on the secondary, then test again.</translation>
    </message>
    <message>
        <source>Look at the findings above; if they are all fine, test again and read &quot;docker logs %1&quot; on the secondary.</source>
        <translation>Look at the findings above; if they are all fine, test again and read &quot;docker logs %1&quot; on the secondary.</translation>
    </message>
    <message>
        <source>Install directories</source>
        <translation>Install directories</translation>
    </message>
    <message>
        <source>The install directories were not compared.</source>
        <translation>The install directories were not compared.</translation>
    </message>
    <message>
        <source>Verify again once both servers answer.</source>
        <translation>Verify again once both servers answer.</translation>
    </message>
    <message numerus="yes">
        <source>The two install directories are the same (%n file(s) compared).</source>
        <translation>
            <numerusform>The two install directories are the same (%n file compared).</numerusform>
            <numerusform>The two install directories are the same (%n files compared).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ between the two install directories: %1. After a failover OpenELIS would run with the secondary&apos;s versions.</source>
        <translation>
            <numerusform>%n file differs between the two install directories: %1. After a failover OpenELIS would run with the secondary&apos;s versions.</numerusform>
            <numerusform>%n files differ between the two install directories: %1. After a failover OpenELIS would run with the secondary&apos;s versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the set-up again to copy the primary&apos;s install directory (only changed files travel), or correct the files by hand on the side that is wrong.</source>
        <translation>Run the set-up again to copy the primary&apos;s install directory (only changed files travel), or correct the files by hand on the side that is wrong.</translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation>HTTPS certificate</translation>
    </message>
    <message>
        <source>OpenELIS does not answer at %1 from this computer (%2).</source>
        <translation>OpenELIS does not answer at %1 from this computer (%2).</translation>
    </message>
    <message>
        <source>Check that OpenELIS runs on the primary and that port %1 is open to the users&apos; computers.</source>
        <translation>Check that OpenELIS runs on the primary and that port %1 is open to the users&apos; computers.</translation>
    </message>
    <message>
        <source>Not checked: OpenELIS is stopped on the standby until a failover (%1), and no certificate file was found in /etc/openelis-global.</source>
        <translation>Not checked: OpenELIS is stopped on the standby until a failover (%1), and no certificate file was found in /etc/openelis-global.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>read from %1 on the server, as OpenELIS is stopped on the standby</source>
        <translation>read from %1 on the server, as OpenELIS is stopped on the standby</translation>
    </message>
    <message>
        <source>self-signed: browsers ask users to accept it once</source>
        <translation>self-signed: browsers ask users to accept it once</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sentence, then notes about it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: browsers refuse it.</source>
        <translation>The certificate of %1 expired on %2: browsers refuse it.</translation>
    </message>
    <message>
        <source>Install a new certificate for %1 in /etc/openelis-global on that server.</source>
        <translation>Install a new certificate for %1 in /etc/openelis-global on that server.</translation>
    </message>
    <message>
        <source>The certificate of %1 names %1 only in its subject (CN), which browsers ignore: they will warn users who type %2. It covers: %3.</source>
        <translation>The certificate of %1 names %1 only in its subject (CN), which browsers ignore: they will warn users who type %2. It covers: %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not cover %1, the address users type (%2): browsers will warn them. It covers: %3.</source>
        <translation>The certificate of %1 does not cover %1, the address users type (%2): browsers will warn them. It covers: %3.</translation>
    </message>
    <message>
        <source>Issue a certificate whose subject alternative names include %1, and install it in /etc/openelis-global on that server.</source>
        <translation>Issue a certificate whose subject alternative names include %1, and install it in /etc/openelis-global on that server.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires on %2, in %n day.</numerusform>
            <numerusform>The certificate of %1 expires on %2, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it before then and install it in /etc/openelis-global on that server.</source>
        <translation>Renew it before then and install it in /etc/openelis-global on that server.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2: check the server&apos;s clock.</source>
        <translation>The certificate of %1 is valid only from %2: check the server&apos;s clock.</translation>
    </message>
    <message>
        <source>Set up time synchronisation (NTP) on the servers.</source>
        <translation>Set up time synchronisation (NTP) on the servers.</translation>
    </message>
    <message>
        <source>Covers %1 (%2); valid until %3.</source>
        <translation>Covers %1 (%2); valid until %3.</translation>
    </message>
    <message>
        <source>It also covers %1, the primary&apos;s address: users can keep the same address after a failover if it is moved to the standby.</source>
        <translation>It also covers %1, the primary&apos;s address: users can keep the same address after a failover if it is moved to the standby.</translation>
    </message>
    <message>
        <source>It does not cover %1, the address users type today: after a failover they must use %2.</source>
        <translation>It does not cover %1, the address users type today: after a failover they must use %2.</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>verification verdict</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>verification verdict</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>verification verdict</comment>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>Nothing was measured.</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>Verify again.</translation>
    </message>
    <message numerus="yes">
        <source>The standby %1 is streaming and up to date: it would take over without losing work. A record written on the primary showed on it after %n ms.</source>
        <translation>
            <numerusform>The standby %1 is streaming and up to date: it would take over without losing work. A record written on the primary showed on it after %n ms.</numerusform>
            <numerusform>The standby %1 is streaming and up to date: it would take over without losing work. A record written on the primary showed on it after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The standby %1 is streaming and up to date: it would take over without losing work.</source>
        <translation>The standby %1 is streaming and up to date: it would take over without losing work.</translation>
    </message>
    <message>
        <source>Nothing to do. Verify regularly (for example from cron) and keep the reports for your audits.</source>
        <translation>Nothing to do. Verify regularly (for example from cron) and keep the reports for your audits.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1 is switched on again, disconnect it from the network: it still believes it is the primary. Then re-join it as the new standby with &quot;oe-failover-cli setup&quot;.</source>
        <translation>Before %1 is switched on again, disconnect it from the network: it still believes it is the primary. Then re-join it as the new standby with &quot;oe-failover-cli setup&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 See also the %n other problem(s) below.</source>
        <translation>
            <numerusform>%1 See also the %n other problem below.</numerusform>
            <numerusform>%1 See also the %n other problems below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the primary to release the replication slot…</source>
        <translation>Waiting for the primary to release the replication slot…</translation>
    </message>
    <message>
        <source>The replication slot %1 on the primary is still in use by an earlier connection. Try again in a minute.</source>
        <translation>The replication slot %1 on the primary is still in use by an earlier connection. Try again in a minute.</translation>
    </message>
    <message>
        <source>Could not install the guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard armed in %1 and registered with systemd (docker.service starts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard installed, not armed, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard %1 in %2. This server does not use systemd: its start-up must run &quot;%3 pre-start&quot; before the Docker engine starts and &quot;%3 settle&quot; after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed, not armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disarm the guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard disarmed: this server has no standby now (setting up a secondary arms it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run a checkpoint on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both servers: guard against a second primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the guard on both servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the install directory on %1 and %2</source>
        <translation>Listing the install directory on %1 and %2</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database (pg_basebackup) could not start. The secondary was not changed.</source>
        <translation>The copy of the primary&apos;s database (pg_basebackup) could not start. The secondary was not changed.</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database runs on the secondary while the next steps go on.</source>
        <translation>The copy of the primary&apos;s database runs on the secondary while the next steps go on.</translation>
    </message>
    <message>
        <source>On both servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small guard in %1 keeps a restarted primary read-only until its standby streams from it again; wal_keep_size is kept at 512 MB or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <comment>time of a command since the run started</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root shell on %1 ended unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root shell on %1 gave no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Read with the pre-checks a moment ago.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server of %1 does not forward connections to the database port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenELIS is already stopped on the secondary, with restart policy &quot;no&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secondary&apos;s database already restarts on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenELIS already runs on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary has no free replication slot (max_replication_slots): drop an unused one or raise the setting, then run the set-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary&apos;s database will be restarted once its copy is taken, to apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy of the primary&apos;s database (pg_verifybackup)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy checks out (pg_verifybackup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary&apos;s database is back after its restart (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database could not be written safely to the secondary&apos;s disk (sync failed). The secondary was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point of no return was passed: nothing is undone, the run goes forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” did not succeed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target was already promoted by an earlier run, and the old primary cannot be reached to make sure it stays fenced. Confirm that it is powered off or disconnected (--primary-is-down) to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old primary: make sure it cannot accept writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached by this tool: keep it powered off or disconnected until it is re-attached as a standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New primary: keep it serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its health check, the old primary re-attached as its standby), run the same switchover again: it sees the promotion and does what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its health check, what comes after), run the same failover again: it sees the promotion and does what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already promoted by an earlier run that did not finish: it accepts writes, and the old primary does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the failover again to finish what is left (the old primary stays fenced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s database could not be asked, so the possible data loss is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary&apos;s database runs as a standby: it accepts no writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new primary&apos;s database does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not promoted: no server accepts writes now. Run the failover again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier run promoted %1 and stopped: this run makes sure %2 stays fenced and finishes what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH channel to the database failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH session is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server does not allow forwarding to the database port (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach port %1 on the server through SSH: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a local socket for the database connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory for the database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1, %2. {1:?}</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Logging in to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password file for OE Failover&apos;s database role (%2): run the set-up again to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password of OE Failover&apos;s database role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log in to the database on %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep the password of OE Failover&apos;s database role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OE Failover&apos;s database role %1 is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the password verifier of OE Failover&apos;s database role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create OE Failover&apos;s database role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OE Failover&apos;s database role %1 is in place (member of pg_monitor, owner of the database %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OE Failover cannot log in to the database through SSH (%1); verification will ask the database through docker exec instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary&apos;s database is not running (an earlier switchover may have stopped it before the promotion), so a planned switchover cannot go on. Run the failover without --switchover: it keeps the old primary fenced, and its checks show what the standby has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the password verifier of the replication role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only applies to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrets - reads the passwords as JSON from standard input, which is a terminal here. Give them through a pipe or a file: --secrets - &lt; secrets.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is too long (at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may only contain the letters A to Z, digits and / . _ + -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is given twice; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary runs PostgreSQL %1; OE Failover needs PostgreSQL %2 or later. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade OpenELIS on both servers first (its upgrade guide moves the database to a newer PostgreSQL with a backup and a restore), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database runs and accepts writes (PostgreSQL %1), a version newer than those this release of OE Failover was tested on (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a newer OE Failover before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database files in the install directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read where the database container %1 keeps its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database container keeps its files (%1) inside the container, not on the server&apos;s disk, so they cannot be copied or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install OpenELIS with its installer, which keeps the database in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database keeps its files in the Docker volume %1, not in %2. OE Failover copies and replaces %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This install layout is not supported yet: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database keeps its files in %1, but the plan&apos;s install directory %2 would have them in %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plan&apos;s install directory (installDir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the install directory (installDir) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database keeps its files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenELIS on the standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenELIS runs on the standby %1 (%2) above its read-only database: users who reach it see errors, and nothing they enter is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop them on the standby (docker stop %1) and keep them stopped (docker update --restart=no %1). A &quot;docker compose up -d&quot; run there starts them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oef::ui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Everything is checked before anything changes. These checks change nothing on the servers.</source>
        <translation>Everything is checked before anything changes. These checks change nothing on the servers.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Run the checks again</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Technical details of the selected check:</source>
        <translation>Technical details of the selected check:</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message numerus="yes">
        <source>Checking both servers… %n check(s) done.</source>
        <translation>
            <numerusform>Checking both servers… %n check done.</numerusform>
            <numerusform>Checking both servers… %n checks done.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue.</source>
        <translation>The checks were stopped. Run them again to continue.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be solved before the set-up can start. Nothing was changed. See “What to do”, then run the checks again.</source>
        <translation>
            <numerusform>%n problem must be solved before the set-up can start. Nothing was changed. See “What to do”, then run the checks again.</numerusform>
            <numerusform>%n problems must be solved before the set-up can start. Nothing was changed. See “What to do”, then run the checks again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All checks passed, with %n warning(s): read them before you continue.</source>
        <translation>
            <numerusform>All checks passed, with %n warning: read it before you continue.</numerusform>
            <numerusform>All checks passed, with %n warnings: read them before you continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>Select a check to see its details.</translation>
    </message>
    <message>
        <source>No technical details for this check.</source>
        <translation>No technical details for this check.</translation>
    </message>
</context>
<context>
    <name>oef::ui::CredentialsForm</name>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Primary: %1</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>Secondary: %1</source>
        <translation>Secondary: %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Sign &amp;in with:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>&amp;sudo asks for the login password</source>
        <translation>&amp;sudo asks for the login password</translation>
    </message>
    <message>
        <source>sud&amp;o password:</source>
        <translation>sud&amp;o password:</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (in the system keychain)</source>
        <translation>Re&amp;member on this computer (in the system keychain)</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>Us&amp;er:</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>Si&amp;gn in with:</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Passwor&amp;d:</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Ke&amp;y file:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Passphr&amp;ase:</source>
        <translation>Passphr&amp;ase:</translation>
    </message>
    <message>
        <source>sudo asks for the &amp;login password</source>
        <translation>sudo asks for the &amp;login password</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>sudo password:</translation>
    </message>
    <message>
        <source>Remember on this compu&amp;ter (in the system keychain)</source>
        <translation>Remember on this compu&amp;ter (in the system keychain)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH agent</translation>
    </message>
    <message>
        <source>a user allowed to use sudo</source>
        <translation>a user allowed to use sudo</translation>
    </message>
    <message>
        <source>for example ~/.ssh/id_ed25519</source>
        <translation>for example ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>empty if the key has none</source>
        <translation>empty if the key has none</translation>
    </message>
    <message>
        <source>empty if sudo asks for no password</source>
        <translation>empty if sudo asks for no password</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>User on the %1</source>
        <translation>User on the %1</translation>
    </message>
    <message>
        <source>Password on the %1</source>
        <translation>Password on the %1</translation>
    </message>
    <message>
        <source>sudo password on the %1</source>
        <translation>sudo password on the %1</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choose the private key file.</translation>
    </message>
    <message>
        <source>Stores the passwords in this computer&apos;s keychain, filled in next time. Never in a plain file.</source>
        <translation>Stores the passwords in this computer&apos;s keychain, filled in next time. Never in a plain file.</translation>
    </message>
    <message>
        <source>No SSH agent runs in this session (SSH_AUTH_SOCK is not set): start one and add your key with ssh-add, or choose another way to sign in.</source>
        <translation>No SSH agent runs in this session (SSH_AUTH_SOCK is not set): start one and add your key with ssh-add, or choose another way to sign in.</translation>
    </message>
    <message>
        <source>Signs in with the keys loaded in your SSH agent (ssh-add -l lists them).</source>
        <translation>Signs in with the keys loaded in your SSH agent (ssh-add -l lists them).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Enter the password of this user.</source>
        <translation>Enter the password of this user.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>The key file %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <source>Target (the current standby)</source>
        <translation>Target (the current standby)</translation>
    </message>
    <message>
        <source>Target (the current standby): %1</source>
        <translation>Target (the current standby): %1</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Old primary</translation>
    </message>
    <message>
        <source>Old primary: %1</source>
        <translation>Old primary: %1</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>New standby</translation>
    </message>
    <message>
        <source>New standby: %1</source>
        <translation>New standby: %1</translation>
    </message>
</context>
<context>
    <name>oef::ui::CredentialsPage</name>
    <message>
        <source>The passwords for %1 could not be stored in the keychain: %2. They are used for this set-up only.</source>
        <translation>The passwords for %1 could not be stored in the keychain: %2. They are used for this set-up only.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>How to log in to each server over SSH, and the password sudo asks for.</source>
        <translation>How to log in to each server over SSH, and the password sudo asks for.</translation>
    </message>
    <message>
        <source>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line.</source>
        <translation>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line.</translation>
    </message>
    <message>
        <source>The secondary uses the same user and &amp;password as the primary</source>
        <translation>The secondary uses the same user and &amp;password as the primary</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverCredentialsPage</name>
    <message>
        <source>The passwords for %1 could not be stored in the keychain: %2. They are used for this failover only.</source>
        <translation>The passwords for %1 could not be stored in the keychain: %2. They are used for this failover only.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>How to log in to each server over SSH, and the password sudo asks for.</source>
        <translation>How to log in to each server over SSH, and the password sudo asks for.</translation>
    </message>
    <message>
        <source>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line. The old primary&apos;s login is used to stop it safely, when it can still be reached.</source>
        <translation>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line. The old primary&apos;s login is used to stop it safely, when it can still be reached.</translation>
    </message>
    <message>
        <source>The other servers use the same user and &amp;password as the target</source>
        <translation>The other servers use the same user and &amp;password as the target</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverDataLossPage</name>
    <message>
        <source>Possible data loss</source>
        <translation>Possible data loss</translation>
    </message>
    <message>
        <source>Read this before anything changes.</source>
        <translation>Read this before anything changes.</translation>
    </message>
    <message>
        <source>A planned switchover loses nothing.</source>
        <translation>A planned switchover loses nothing.</translation>
    </message>
    <message>
        <source>I &amp;understand that OpenELIS is unavailable for about a minute during the switchover</source>
        <translation>I &amp;understand that OpenELIS is unavailable for about a minute during the switchover</translation>
    </message>
    <message>
        <source>I &amp;understand that work entered on %1 and not yet received by %2 is lost after the failover</source>
        <translation>I &amp;understand that work entered on %1 and not yet received by %2 is lost after the failover</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverFencingPage</name>
    <message>
        <source>Fencing the old primary</source>
        <translation>Fencing the old primary</translation>
    </message>
    <message>
        <source>The target is promoted only once the old primary cannot accept work any more.</source>
        <translation>The target is promoted only once the old primary cannot accept work any more.</translation>
    </message>
    <message>
        <source>OpenELIS stops on %1 and nothing there restarts on its own; its database stops once %2 has received everything, and comes back as %2&apos;s standby. Only then is %2 promoted.</source>
        <translation>OpenELIS stops on %1 and nothing there restarts on its own; its database stops once %2 has received everything, and comes back as %2&apos;s standby. Only then is %2 promoted.</translation>
    </message>
    <message>
        <source>&amp;Switch over now</source>
        <translation>&amp;Switch over now</translation>
    </message>
    <message>
        <source>This computer can log in to %1, so it fences it before anything else: the restart policy of every OpenELIS container is set to “no”, OpenELIS and its database are stopped, and the database is marked so that it can only ever start read-only. If any of this fails, %2 is not promoted.</source>
        <translation>This computer can log in to %1, so it fences it before anything else: the restart policy of every OpenELIS container is set to “no”, OpenELIS and its database are stopped, and the database is marked so that it can only ever start read-only. If any of this fails, %2 is not promoted.</translation>
    </message>
    <message>
        <source>&amp;Fail over now</source>
        <translation>&amp;Fail over now</translation>
    </message>
    <message>
        <source>This computer cannot reach %1, so it cannot stop it. Promote %2 only if %1 is powered off or disconnected from the network: if it came back while %2 is the primary, both would accept work and the records would split between them. Check it yourself (at the server, or with whoever can see it), then confirm.</source>
        <translation>This computer cannot reach %1, so it cannot stop it. Promote %2 only if %1 is powered off or disconnected from the network: if it came back while %2 is the primary, both would accept work and the records would split between them. Check it yourself (at the server, or with whoever can see it), then confirm.</translation>
    </message>
    <message>
        <source>I &amp;confirm that %1 is powered off or disconnected from the network</source>
        <translation>I &amp;confirm that %1 is powered off or disconnected from the network</translation>
    </message>
    <message>
        <source>T&amp;ype the old primary&apos;s address (%1) to confirm:</source>
        <translation>T&amp;ype the old primary&apos;s address (%1) to confirm:</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverProbePage</name>
    <message>
        <source>Restarting OpenELIS on the old primary and waiting for it to answer…</source>
        <translation>Restarting OpenELIS on the old primary and waiting for it to answer…</translation>
    </message>
    <message>
        <source>The servers now</source>
        <translation>The servers now</translation>
    </message>
    <message>
        <source>What the target and the old primary answer. Nothing is changed here.</source>
        <translation>What the target and the old primary answer. Nothing is changed here.</translation>
    </message>
    <message>
        <source>The target must be a standby. The old primary is checked from this computer and from the target: if it still answers, failing over may not be needed, and if it goes on accepting work, two servers would each hold part of it.</source>
        <translation>The target must be a standby. The old primary is checked from this computer and from the target: if it still answers, failing over may not be needed, and if it goes on accepting work, two servers would each hold part of it.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The old primary still answers</source>
        <translation>The old primary still answers</translation>
    </message>
    <message>
        <source>&amp;Restart OpenELIS on the old primary and check again</source>
        <translation>&amp;Restart OpenELIS on the old primary and check again</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>%1 OpenELIS answers again on the old primary: a failover may not be needed. The servers are checked again below.</source>
        <translation>%1 OpenELIS answers again on the old primary: a failover may not be needed. The servers are checked again below.</translation>
    </message>
    <message>
        <source>%1 The restart did not bring OpenELIS back. The servers are checked again below.</source>
        <translation>%1 The restart did not bring OpenELIS back. The servers are checked again below.</translation>
    </message>
    <message>
        <source>Restarting OpenELIS on the old primary…</source>
        <translation>Restarting OpenELIS on the old primary…</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Checking the servers…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>The target %1 is a standby.</source>
        <translation>The target %1 is a standby.</translation>
    </message>
    <message>
        <source>Failover is not possible: %1</source>
        <translation>Failover is not possible: %1</translation>
    </message>
    <message>
        <source>The usual first remedy is to restart OpenELIS on %1 and check again. Fail over only if that does not help, or if %1 must be taken out of service.</source>
        <translation>The usual first remedy is to restart OpenELIS on %1 and check again. Fail over only if that does not help, or if %1 must be taken out of service.</translation>
    </message>
    <message>
        <source>Fail over: &amp;bring %1 down (OpenELIS and its database stopped, nothing restarts on its own) before the target takes over</source>
        <translation>Fail over: &amp;bring %1 down (OpenELIS and its database stopped, nothing restarts on its own) before the target takes over</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverResultPage</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The address users must now use:</source>
        <translation>The address users must now use:</translation>
    </message>
    <message>
        <source>The switchover is complete.</source>
        <translation>The switchover is complete.</translation>
    </message>
    <message>
        <source>The failover is complete.</source>
        <translation>The failover is complete.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cancelled. The report says where it stopped and the state of each server.</source>
        <translation>Cancelled. The report says where it stopped and the state of each server.</translation>
    </message>
    <message>
        <source>The switchover stopped.</source>
        <translation>The switchover stopped.</translation>
    </message>
    <message>
        <source>The failover stopped.</source>
        <translation>The failover stopped.</translation>
    </message>
    <message>
        <source>It stopped at “%1”: %2</source>
        <translation>It stopped at “%1”: %2</translation>
    </message>
    <message>
        <source>%1 was not promoted: users go on using %2 if it still works.</source>
        <translation>%1 was not promoted: users go on using %2 if it still works.</translation>
    </message>
    <message>
        <source>OpenELIS answers its health check there (%1).</source>
        <translation>OpenELIS answers its health check there (%1).</translation>
    </message>
    <message>
        <source>OpenELIS did not answer its health check there: look at the report and at the containers on %1.</source>
        <translation>OpenELIS did not answer its health check there: look at the report and at the containers on %1.</translation>
    </message>
    <message>
        <source>Its certificate names this address: browsers will not warn.</source>
        <translation>Its certificate names this address: browsers will not warn.</translation>
    </message>
    <message>
        <source>Its certificate does not name this address: browsers will warn until a certificate for %1 is installed.</source>
        <translation>Its certificate does not name this address: browsers will warn until a certificate for %1 is installed.</translation>
    </message>
    <message>
        <source>The report (JSON and HTML, without any password) is in %1.</source>
        <translation>The report (JSON and HTML, without any password) is in %1.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Open the verification screen for %1 and its standby.</source>
        <translation>Open the verification screen for %1 and its standby.</translation>
    </message>
    <message>
        <source>There is no standby yet: set one up first (Set up failover), then verify.</source>
        <translation>There is no standby yet: set one up first (Set up failover), then verify.</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverServersPage</name>
    <message>
        <source>Target (the current standby)</source>
        <translation>Target (the current standby)</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Old primary</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>New standby</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>The standby that takes over, the primary it replaces, and optionally a new standby.</source>
        <translation>The standby that takes over, the primary it replaces, and optionally a new standby.</translation>
    </message>
    <message>
        <source>The target is the standby server that becomes the primary: users will use its address afterwards. The old primary is the server that has been the primary until now; it may be down. Nothing changes until you confirm on the last page before the run.</source>
        <translation>The target is the standby server that becomes the primary: users will use its address afterwards. The old primary is the server that has been the primary until now; it may be down. Nothing changes until you confirm on the last page before the run.</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>%1 address</translation>
    </message>
    <message>
        <source>%1 SSH port</source>
        <translation>%1 SSH port</translation>
    </message>
    <message>
        <source>%1 database port</source>
        <translation>%1 database port</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>SSH port:</translation>
    </message>
    <message>
        <source>Database port:</source>
        <translation>Database port:</translation>
    </message>
    <message>
        <source>&amp;Target address:</source>
        <translation>&amp;Target address:</translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation>SS&amp;H port:</translation>
    </message>
    <message>
        <source>Data&amp;base port:</source>
        <translation>Data&amp;base port:</translation>
    </message>
    <message>
        <source>&amp;Old primary address:</source>
        <translation>&amp;Old primary address:</translation>
    </message>
    <message>
        <source>New standby a&amp;ddress:</source>
        <translation>New standby a&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Planned switchover: both servers are healthy; swap their roles without losing data (the old primary becomes the standby)</source>
        <translation>&amp;Planned switchover: both servers are healthy; swap their roles without losing data (the old primary becomes the standby)</translation>
    </message>
    <message>
        <source>&amp;Afterwards, set up a new standby</source>
        <translation>&amp;Afterwards, set up a new standby</translation>
    </message>
    <message>
        <source>%1 and %2 are the same server (%3). Each role needs its own server.</source>
        <translation>%1 and %2 are the same server (%3). Each role needs its own server.</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverWizard</name>
    <message>
        <source>Execute failover — OE Failover</source>
        <translation>Execute failover — OE Failover</translation>
    </message>
    <message>
        <source>Switching over</source>
        <translation>Switching over</translation>
    </message>
    <message>
        <source>Keep this window open until the switchover has finished. Cancel stops at a safe point.</source>
        <translation>Keep this window open until the switchover has finished. Cancel stops at a safe point.</translation>
    </message>
    <message>
        <source>Failing over</source>
        <translation>Failing over</translation>
    </message>
    <message>
        <source>Keep this window open until the failover has finished. Cancel stops at a safe point.</source>
        <translation>Keep this window open until the failover has finished. Cancel stops at a safe point.</translation>
    </message>
    <message>
        <source>A host key is unknown or has changed. Nothing was changed.</source>
        <translation>A host key is unknown or has changed. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>oef::ui::HostKeyPage</name>
    <message>
        <source>Host keys</source>
        <translation>Host keys</translation>
    </message>
    <message>
        <source>Make sure this computer talks to your real servers before it sends them any password.</source>
        <translation>Make sure this computer talks to your real servers before it sends them any password.</translation>
    </message>
    <message>
        <source>Every SSH server has a key that identifies it. The first time this computer connects to a server, compare the key&apos;s fingerprint shown here with the one the server itself shows, then accept it. It is then recorded, and checked at every later connection.</source>
        <translation>Every SSH server has a key that identifies it. The first time this computer connects to a server, compare the key&apos;s fingerprint shown here with the one the server itself shows, then accept it. It is then recorded, and checked at every later connection.</translation>
    </message>
    <message>
        <source>&amp;Check the keys again</source>
        <translation>&amp;Check the keys again</translation>
    </message>
    <message>
        <source>&amp;Accept the primary&apos;s key</source>
        <translation>&amp;Accept the primary&apos;s key</translation>
    </message>
    <message>
        <source>Accept the &amp;secondary&apos;s key</source>
        <translation>Accept the &amp;secondary&apos;s key</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Primary: %1</translation>
    </message>
    <message>
        <source>Secondary: %1</source>
        <translation>Secondary: %1</translation>
    </message>
    <message>
        <source>Primary: %1 (SSH port %2)</source>
        <translation>Primary: %1 (SSH port %2)</translation>
    </message>
    <message>
        <source>Secondary: %1 (SSH port %2)</source>
        <translation>Secondary: %1 (SSH port %2)</translation>
    </message>
    <message>
        <source>Connecting to %1 to read its host key…</source>
        <translation>Connecting to %1 to read its host key…</translation>
    </message>
    <message>
        <source>Recording the key in %1…</source>
        <translation>Recording the key in %1…</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Not checked.</translation>
    </message>
    <message>
        <source>Check the address and the SSH port on the Servers page, and that the server is on, then click “Check the keys again”.</source>
        <translation>Check the address and the SSH port on the Servers page, and that the server is on, then click “Check the keys again”.</translation>
    </message>
    <message>
        <source>Known: this is the key recorded for this server in %1 at an earlier connection. Nothing to do.</source>
        <translation>Known: this is the key recorded for this server in %1 at an earlier connection. Nothing to do.</translation>
    </message>
    <message>
        <source>Accepted: the key is now recorded in %1 and will be checked at every connection.</source>
        <translation>Accepted: the key is now recorded in %1 and will be checked at every connection.</translation>
    </message>
    <message>
        <source>New: this computer has not connected to this server before. Compare the fingerprint below with the one the server shows, then accept it.</source>
        <translation>New: this computer has not connected to this server before. Compare the fingerprint below with the one the server shows, then accept it.</translation>
    </message>
    <message>
        <source>When you accepted, the server presented another key than the one shown before: nothing was recorded. Compare the fingerprint shown now with care.</source>
        <translation>When you accepted, the server presented another key than the one shown before: nothing was recorded. Compare the fingerprint shown now with care.</translation>
    </message>
    <message>
        <source>CHANGED: this is not the key recorded for this server. Do not continue until you know why.</source>
        <translation>CHANGED: this is not the key recorded for this server. Do not continue until you know why.</translation>
    </message>
    <message>
        <source>To compare, run this on the server itself (at its console, or ask its administrator), not through a connection you cannot trust. Every character after “SHA256:” must be the same; if one differs, do not accept:</source>
        <translation>To compare, run this on the server itself (at its console, or ask its administrator), not through a connection you cannot trust. Every character after “SHA256:” must be the same; if one differs, do not accept:</translation>
    </message>
    <message>
        <source>&amp;Accept the target&apos;s key</source>
        <translation>&amp;Accept the target&apos;s key</translation>
    </message>
    <message>
        <source>Accept the &amp;old primary&apos;s key</source>
        <translation>Accept the &amp;old primary&apos;s key</translation>
    </message>
    <message>
        <source>Accept the &amp;new standby&apos;s key</source>
        <translation>Accept the &amp;new standby&apos;s key</translation>
    </message>
    <message>
        <source>Target (the current standby)</source>
        <translation>Target (the current standby)</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Old primary</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>New standby</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (SSH port %3)</source>
        <translation>%1: %2 (SSH port %3)</translation>
    </message>
</context>
<context>
    <name>oef::ui::HostKeyStopPage</name>
    <message>
        <source>Stop: a host key has changed</source>
        <translation>Stop: a host key has changed</translation>
    </message>
    <message>
        <source>Nothing was sent to the server and nothing was changed.</source>
        <translation>Nothing was sent to the server and nothing was changed.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>It now presents the key %1 (%2).</source>
        <translation>It now presents the key %1 (%2).</translation>
    </message>
    <message>
        <source>A host key has changed.</source>
        <translation>A host key has changed.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.</source>
        <translation>The host key of %1 has changed.</translation>
    </message>
    <message>
        <source>The key this server presents is not the one recorded when this computer last connected to it. Either the server was reinstalled or its SSH keys were regenerated, or someone is intercepting the connection to capture the passwords you are about to send (a “man-in-the-middle” attack).</source>
        <translation>The key this server presents is not the one recorded when this computer last connected to it. Either the server was reinstalled or its SSH keys were regenerated, or someone is intercepting the connection to capture the passwords you are about to send (a “man-in-the-middle” attack).</translation>
    </message>
    <message>
        <source>OE Failover will not log in to it. What to do:</source>
        <translation>OE Failover will not log in to it. What to do:</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the server was reinstalled or its keys changed.</source>
        <translation>Ask the server&apos;s administrator whether the server was reinstalled or its keys changed.</translation>
    </message>
    <message>
        <source>At the server&apos;s own console, run “ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub” and compare its SHA256 fingerprint with the one below.</source>
        <translation>At the server&apos;s own console, run “ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub” and compare its SHA256 fingerprint with the one below.</translation>
    </message>
    <message>
        <source>Only if they are the same, remove the old key from %1 with the command below, then start the set-up again.</source>
        <translation>Only if they are the same, remove the old key from %1 with the command below, then start the set-up again.</translation>
    </message>
</context>
<context>
    <name>oef::ui::KeychainCredentialsPage</name>
    <message>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Filled in from this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1), so the passwords cannot be remembered: type them each time. They are never stored in a plain file.</source>
        <translation>No keychain is available on this computer (%1), so the passwords cannot be remembered: type them each time. They are never stored in a plain file.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Not remembered</translation>
    </message>
</context>
<context>
    <name>oef::ui::LogView</name>
    <message numerus="yes">
        <source>… %n line(s) of output not shown (too many at once).</source>
        <translation>
            <numerusform>… %n line of output not shown (too many at once).</numerusform>
            <numerusform>… %n lines of output not shown (too many at once).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oef::ui::PlanFile</name>
    <message>
        <source>Cannot open plan</source>
        <translation>Cannot open plan</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be used.</source>
        <translation>The plan file %1 cannot be used.</translation>
    </message>
</context>
<context>
    <name>oef::ui::ProgressPage</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Log (what runs on each server):</source>
        <translation>&amp;Log (what runs on each server):</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>&amp;Copy log</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard.</source>
        <translation>Copy the whole log to the clipboard.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cancelling: %1</source>
        <translation>Cancelling: %1</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Finished in %1. Click Next for the result.</source>
        <translation>Finished in %1. Click Next for the result.</translation>
    </message>
    <message>
        <source>Cancelled. The servers were left in a safe state. Click Next for what this means.</source>
        <translation>Cancelled. The servers were left in a safe state. Click Next for what this means.</translation>
    </message>
    <message>
        <source>Stopped: %1 Click Next for what this means and what to do.</source>
        <translation>Stopped: %1 Click Next for what this means and what to do.</translation>
    </message>
    <message>
        <source>Cancelling: putting back what the current step changed, so that the servers stay safe…</source>
        <translation>Cancelling: putting back what the current step changed, so that the servers stay safe…</translation>
    </message>
    <message>
        <source>Cancel requested by the operator.</source>
        <translation>Cancel requested by the operator.</translation>
    </message>
    <message>
        <source>Stop now?</source>
        <translation>Stop now?</translation>
    </message>
    <message>
        <source>Stop at the next safe point?</source>
        <translation>Stop at the next safe point?</translation>
    </message>
    <message>
        <source>The work stops at the next safe point, and what the current step started is put back, so that both servers are left in a safe state. This can take a minute. You can run it again later.</source>
        <translation>The work stops at the next safe point, and what the current step started is put back, so that both servers are left in a safe state. This can take a minute. You can run it again later.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
</context>
<context>
    <name>oef::ui::ReportPanel</name>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Open the &amp;report</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Open its &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Verify replication now</source>
        <translation>&amp;Verify replication now</translation>
    </message>
</context>
<context>
    <name>oef::ui::ResultPage</name>
    <message>
        <source>Its database was restarted once to apply: %1.</source>
        <translation>Its database was restarted once to apply: %1.</translation>
    </message>
    <message>
        <source>Its database was not restarted.</source>
        <translation>Its database was not restarted.</translation>
    </message>
    <message>
        <source>OpenELIS runs as before and sends every change to the secondary through the replication slot %1.</source>
        <translation>OpenELIS runs as before and sends every change to the secondary through the replication slot %1.</translation>
    </message>
    <message>
        <source>Unchanged, or prepared only in part for replication (the replication role and its pg_hba.conf entry). OpenELIS keeps running as before.</source>
        <translation>Unchanged, or prepared only in part for replication (the replication role and its pg_hba.conf entry). OpenELIS keeps running as before.</translation>
    </message>
    <message>
        <source>Prepared for replication (replication role, pg_hba.conf entry, settings). OpenELIS keeps running; these changes do no harm without a standby.</source>
        <translation>Prepared for replication (replication role, pg_hba.conf entry, settings). OpenELIS keeps running; these changes do no harm without a standby.</translation>
    </message>
    <message>
        <source>The replication slot %1 keeps database history for the secondary (up to 10 GB) until it connects: run the set-up again soon.</source>
        <translation>The replication slot %1 keeps database history for the secondary (up to 10 GB) until it connects: run the set-up again soon.</translation>
    </message>
    <message>
        <source>A hot standby: its database is a read-only copy of the primary&apos;s that follows every change. OpenELIS itself is stopped there and no longer starts on its own; it starts when you execute a failover.</source>
        <translation>A hot standby: its database is a read-only copy of the primary&apos;s that follows every change. OpenELIS itself is stopped there and no longer starts on its own; it starts when you execute a failover.</translation>
    </message>
    <message>
        <source>Its previous database is kept in %1.</source>
        <translation>Its previous database is kept in %1.</translation>
    </message>
    <message>
        <source>Unchanged: OpenELIS and its database run as before.</source>
        <translation>Unchanged: OpenELIS and its database run as before.</translation>
    </message>
    <message>
        <source>Already a standby of the primary: its database is a copy that follows the primary. Its previous database is kept in %1.</source>
        <translation>Already a standby of the primary: its database is a copy that follows the primary. Its previous database is kept in %1.</translation>
    </message>
    <message>
        <source>Its database still serves its own previous data: the copy of the primary&apos;s database did not replace it (or the previous data was put back). The OpenELIS application containers may be stopped, and part of the install directory may already be copied from the primary.</source>
        <translation>Its database still serves its own previous data: the copy of the primary&apos;s database did not replace it (or the previous data was put back). The OpenELIS application containers may be stopped, and part of the install directory may already be copied from the primary.</translation>
    </message>
    <message>
        <source>Nothing more to do now. Keep the report. Check the replication from time to time with “Verify replication” (or oe-failover-cli verify), and practise a failover on a quiet day.</source>
        <translation>Nothing more to do now. Keep the report. Check the replication from time to time with “Verify replication” (or oe-failover-cli verify), and practise a failover on a quiet day.</translation>
    </message>
    <message>
        <source>Solve the problem described above (the details and the report say more), then run the set-up again: each step is safe to repeat and only does what is still missing.</source>
        <translation>Solve the problem described above (the details and the report say more), then run the set-up again: each step is safe to repeat and only does what is still missing.</translation>
    </message>
    <message>
        <source>Run the set-up again when you are ready: each step is safe to repeat.</source>
        <translation>Run the set-up again when you are ready: each step is safe to repeat.</translation>
    </message>
    <message>
        <source>If you do not want a standby after all, start OpenELIS on the secondary again: sudo docker update --restart=always %1 &amp;&amp; sudo docker start %1</source>
        <translation>If you do not want a standby after all, start OpenELIS on the secondary again: sudo docker update --restart=always %1 &amp;&amp; sudo docker start %1</translation>
    </message>
    <message>
        <source>Replication was not verified: the set-up did not get that far.</source>
        <translation>Replication was not verified: the set-up did not get that far.</translation>
    </message>
    <message>
        <source>Verified: the secondary streams from the primary through the slot %1, and a test record written on the primary was readable on the secondary after %2 ms.</source>
        <translation>Verified: the secondary streams from the primary through the slot %1, and a test record written on the primary was readable on the secondary after %2 ms.</translation>
    </message>
    <message>
        <source>Not verified: the secondary streams from the primary, but a test record written on the primary did not reach it in time.</source>
        <translation>Not verified: the secondary streams from the primary, but a test record written on the primary did not reach it in time.</translation>
    </message>
    <message>
        <source>Not verified: the primary does not list the secondary as streaming.</source>
        <translation>Not verified: the primary does not list the secondary as streaming.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The set-up is complete.</source>
        <translation>The set-up is complete.</translation>
    </message>
    <message>
        <source>%1 is now a hot standby of %2.</source>
        <translation>%1 is now a hot standby of %2.</translation>
    </message>
    <message>
        <source>The set-up was cancelled.</source>
        <translation>The set-up was cancelled.</translation>
    </message>
    <message>
        <source>The set-up was cancelled. The servers were left in a safe state.</source>
        <translation>The set-up was cancelled. The servers were left in a safe state.</translation>
    </message>
    <message>
        <source>The set-up was cancelled at “%1”. The servers were left in a safe state.</source>
        <translation>The set-up was cancelled at “%1”. The servers were left in a safe state.</translation>
    </message>
    <message>
        <source>The set-up did not complete.</source>
        <translation>The set-up did not complete.</translation>
    </message>
    <message>
        <source>The set-up failed: %1</source>
        <translation>The set-up failed: %1</translation>
    </message>
    <message>
        <source>The set-up stopped at “%1”: %2</source>
        <translation>The set-up stopped at “%1”: %2</translation>
    </message>
    <message>
        <source>Primary %1</source>
        <translation>Primary %1</translation>
    </message>
    <message>
        <source>Secondary %1</source>
        <translation>Secondary %1</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>The report (what was done, every step and its output, without passwords) is saved in %1.</source>
        <translation>The report (what was done, every step and its output, without passwords) is saved in %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Open the verification screen: live replication state, lag and a write round trip.</source>
        <translation>Open the verification screen: live replication state, lag and a write round trip.</translation>
    </message>
    <message>
        <source>Replication check</source>
        <translation>Replication check</translation>
    </message>
</context>
<context>
    <name>oef::ui::ServerWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>oef::ui::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Where the two OpenELIS servers are. Addresses as this computer reaches them; the secondary must also reach the primary&apos;s database port.</source>
        <translation>Where the two OpenELIS servers are. Addresses as this computer reaches them; the secondary must also reach the primary&apos;s database port.</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address for each server. The ports are the usual ones unless your servers were set up differently.</source>
        <translation>Enter a host name or an IP address for each server. The ports are the usual ones unless your servers were set up differently.</translation>
    </message>
    <message>
        <source>Primary: the server in use now</source>
        <translation>Primary: the server in use now</translation>
    </message>
    <message>
        <source>Secondary: the standby that will follow it</source>
        <translation>Secondary: the standby that will follow it</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH &amp;port:</translation>
    </message>
    <message>
        <source>&amp;Database port:</source>
        <translation>&amp;Database port:</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <source>SSH por&amp;t:</source>
        <translation>SSH por&amp;t:</translation>
    </message>
    <message>
        <source>Database po&amp;rt:</source>
        <translation>Database po&amp;rt:</translation>
    </message>
    <message>
        <source>for example 192.168.1.10 or oe-main.lab.local</source>
        <translation>for example 192.168.1.10 or oe-main.lab.local</translation>
    </message>
    <message>
        <source>for example 192.168.1.11 or oe-standby.lab.local</source>
        <translation>for example 192.168.1.11 or oe-standby.lab.local</translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation>Primary address</translation>
    </message>
    <message>
        <source>Secondary address</source>
        <translation>Secondary address</translation>
    </message>
    <message>
        <source>Primary SSH port</source>
        <translation>Primary SSH port</translation>
    </message>
    <message>
        <source>Secondary SSH port</source>
        <translation>Secondary SSH port</translation>
    </message>
    <message>
        <source>Primary database port</source>
        <translation>Primary database port</translation>
    </message>
    <message>
        <source>Secondary database port</source>
        <translation>Secondary database port</translation>
    </message>
    <message>
        <source>The primary and the secondary are the same server (%1, SSH port %2). Enter the standby&apos;s own address as the secondary.</source>
        <translation>The primary and the secondary are the same server (%1, SSH port %2). Enter the standby&apos;s own address as the secondary.</translation>
    </message>
</context>
<context>
    <name>oef::ui::SetupWizard</name>
    <message>
        <source>Setting up</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <source>Keep this window open until the set-up has finished.</source>
        <translation>Keep this window open until the set-up has finished.</translation>
    </message>
    <message>
        <source>Set up failover — OE Failover</source>
        <translation>Set up failover — OE Failover</translation>
    </message>
    <message>
        <source>Keep this window open until the set-up has finished. Cancel stops at a safe point.</source>
        <translation>Keep this window open until the set-up has finished. Cancel stops at a safe point.</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Plan files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Primary: %1 Secondary: %2</source>
        <translation>Primary: %1 Secondary: %2</translation>
    </message>
</context>
<context>
    <name>oef::ui::StartWindow</name>
    <message>
        <source>OE Failover</source>
        <translation>OE Failover</translation>
    </message>
    <message>
        <source>Keep a second OpenELIS Global server ready to take over from the one in use. Choose what you want to do.</source>
        <translation>Keep a second OpenELIS Global server ready to take over from the one in use. Choose what you want to do.</translation>
    </message>
    <message>
        <source>&amp;Set up failover</source>
        <translation>&amp;Set up failover</translation>
    </message>
    <message>
        <source>Configure a second server as a hot standby of the server in use.</source>
        <translation>Configure a second server as a hot standby of the server in use.</translation>
    </message>
    <message>
        <source>E&amp;xecute failover</source>
        <translation>E&amp;xecute failover</translation>
    </message>
    <message>
        <source>The main server is down: make the standby the main server.</source>
        <translation>The main server is down: make the standby the main server.</translation>
    </message>
    <message>
        <source>&amp;Verify replication</source>
        <translation>&amp;Verify replication</translation>
    </message>
    <message>
        <source>Check, any day, that the standby is up to date and would take over.</source>
        <translation>Check, any day, that the standby is up to date and would take over.</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>&amp;Recent plans</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Recent plans</translation>
    </message>
    <message>
        <source>No recent plans. A plan file you open or save appears here.</source>
        <translation>No recent plans. A plan file you open or save appears here.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Open plan…</translation>
    </message>
    <message>
        <source>Open a plan file (JSON) saved earlier or written for the command-line tool.</source>
        <translation>Open a plan file (JSON) saved earlier or written for the command-line tool.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This file no longer exists: %1</source>
        <translation>This file no longer exists: %1</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan not found</translation>
    </message>
    <message>
        <source>The plan file %1 no longer exists. Remove it from the recent plans?</source>
        <translation>The plan file %1 no longer exists. Remove it from the recent plans?</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Plan files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Remove from recent plans</source>
        <translation>&amp;Remove from recent plans</translation>
    </message>
</context>
<context>
    <name>oef::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>This is what will change. Nothing has changed yet.</source>
        <translation>This is what will change. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>&amp;Start the set-up</source>
        <translation>&amp;Start the set-up</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>Sa&amp;ve plan…</translation>
    </message>
    <message>
        <source>Save the servers and options (never the passwords) as a plan file, to run the same set-up again or from the command line.</source>
        <translation>Save the servers and options (never the passwords) as a plan file, to run the same set-up again or from the command line.</translation>
    </message>
    <message>
        <source>The same set-up from the command &amp;line:</source>
        <translation>The same set-up from the command &amp;line:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard.</source>
        <translation>Copy the command to the clipboard.</translation>
    </message>
    <message>
        <source>The plan holds no password: the command reads them as JSON on its standard input, and asks before it changes anything.</source>
        <translation>The plan holds no password: the command reads them as JSON on its standard input, and asks before it changes anything.</translation>
    </message>
    <message>
        <source>No database restart is needed: OpenELIS keeps running.</source>
        <translation>No database restart is needed: OpenELIS keeps running.</translation>
    </message>
    <message>
        <source>The database restarts only if a changed setting needs it (OpenELIS then does not answer for 10 to 30 seconds).</source>
        <translation>The database restarts only if a changed setting needs it (OpenELIS then does not answer for 10 to 30 seconds).</translation>
    </message>
    <message>
        <source>On the primary, %1</source>
        <translation>On the primary, %1</translation>
    </message>
    <message>
        <source>A replication role: the existing “backup” role and its password file in %1 are reused when present, else created.</source>
        <translation>A replication role: the existing “backup” role and its password file in %1 are reused when present, else created.</translation>
    </message>
    <message>
        <source>One entry in pg_hba.conf that lets the secondary (%1) connect for replication; the file is backed up first.</source>
        <translation>One entry in pg_hba.conf that lets the secondary (%1) connect for replication; the file is backed up first.</translation>
    </message>
    <message>
        <source>The replication settings (wal_level, wal_log_hints, hot_standby, max_wal_senders, max_replication_slots, max_slot_wal_keep_size), never lowered.</source>
        <translation>The replication settings (wal_level, wal_log_hints, hot_standby, max_wal_senders, max_replication_slots, max_slot_wal_keep_size), never lowered.</translation>
    </message>
    <message>
        <source>A replication slot for the secondary, so that the primary keeps what the standby has not received yet (up to 10 GB).</source>
        <translation>A replication slot for the secondary, so that the primary keeps what the standby has not received yet (up to 10 GB).</translation>
    </message>
    <message>
        <source>On the secondary, %1</source>
        <translation>On the secondary, %1</translation>
    </message>
    <message>
        <source>The OpenELIS application containers (%1) are stopped and no longer start on their own: a standby must not serve users. Its database keeps running.</source>
        <translation>The OpenELIS application containers (%1) are stopped and no longer start on their own: a standby must not serve users. Its database keeps running.</translation>
    </message>
    <message>
        <source>The install directory %1 is copied from the primary, except %2. /etc/openelis-global is not touched.</source>
        <translation>The install directory %1 is copied from the primary, except %2. /etc/openelis-global is not touched.</translation>
    </message>
    <message>
        <source>Its database is replaced by a copy of the primary&apos;s, which then follows every change. The current database is kept, not deleted, in %1.</source>
        <translation>Its database is replaced by a copy of the primary&apos;s, which then follows every change. The current database is kept, not deleted, in %1.</translation>
    </message>
    <message>
        <source>Warnings from the checks</source>
        <translation>Warnings from the checks</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>A test record written on the primary must appear on the secondary, and a report of everything that was done is saved.</source>
        <translation>A test record written on the primary must appear on the secondary, and a report of everything that was done is saved.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Not saved yet: save the plan to use the command.</source>
        <translation>Not saved yet: save the plan to use the command.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan not saved</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>The plan could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>On both servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small guard in %1: after a restart, a primary starts read-only and runs as the primary again only once its standby streams from it, so that an old primary replaced by a failover never comes back writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_keep_size is kept at 512 MB or more, so that a former primary can later be re-attached quickly with pg_rewind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyLagChart</name>
    <message numerus="yes">
        <source>How far the standby is behind the primary: seconds (blue) and data not yet applied (amber), over the last %n minute(s).</source>
        <translation>
            <numerusform>How far the standby is behind the primary: seconds (blue) and data not yet applied (amber), over the last %n minute.</numerusform>
            <numerusform>How far the standby is behind the primary: seconds (blue) and data not yet applied (amber), over the last %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 behind</source>
        <translation>up to %1 behind</translation>
    </message>
    <message>
        <source>up to %1 not applied</source>
        <translation>up to %1 not applied</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>No measurement yet</translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyLaunchDialog</name>
    <message>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Filled in from this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Verify replication</source>
        <translation>Verify replication</translation>
    </message>
    <message>
        <source>Choose the plan of the two servers, and how to log in to each. Nothing is changed on the servers: the verification only reads, except the write test, which writes into its own small database.</source>
        <translation>Choose the plan of the two servers, and how to log in to each. Nothing is changed on the servers: the verification only reads, except the write test, which writes into its own small database.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Primary (the server in use)</source>
        <translation>Primary (the server in use)</translation>
    </message>
    <message>
        <source>Secondary (the standby)</source>
        <translation>Secondary (the standby)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Open a plan</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Plans (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>This is a failover plan. Verify with a plan that names the primary and its standby (&quot;primary&quot; and &quot;secondary&quot;).</source>
        <translation>This is a failover plan. Verify with a plan that names the primary and its standby (&quot;primary&quot; and &quot;secondary&quot;).</translation>
    </message>
    <message>
        <source>Primary %1, standby %2; install directory %3.</source>
        <translation>Primary %1, standby %2; install directory %3.</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>Choose a plan file.</translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyScreen</name>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondary</translation>
    </message>
    <message>
        <source>Verify replication: %1 → %2</source>
        <translation>Verify replication: %1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>&amp;Replication</source>
        <translation>&amp;Replication</translation>
    </message>
    <message>
        <source>&amp;Install directories</source>
        <translation>&amp;Install directories</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificates</translation>
    </message>
    <message>
        <source>Replication connections on the primary (pg_stat_replication):</source>
        <translation>Replication connections on the primary (pg_stat_replication):</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Write lag</translation>
    </message>
    <message>
        <source>Store lag</source>
        <translation>Store lag</translation>
    </message>
    <message>
        <source>Apply lag</source>
        <translation>Apply lag</translation>
    </message>
    <message>
        <source>Replication slots on the primary:</source>
        <translation>Replication slots on the primary:</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>WAL kept</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL status</translation>
    </message>
    <message>
        <source>The standby:</source>
        <translation>The standby:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation>Newer side</translation>
    </message>
    <message>
        <source>Address users type</source>
        <translation>Address users type</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Names in the certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>How it was read</translation>
    </message>
    <message>
        <source>Compare &amp;again</source>
        <translation>Compare &amp;again</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n second(s)</source>
        <translation>
            <numerusform>Refresh every %n second</numerusform>
            <numerusform>Refresh every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test a write now</source>
        <translation>&amp;Test a write now</translation>
    </message>
    <message>
        <source>Writes a record into the small check database oe_failover on the primary (never into OpenELIS&apos;s own data) and measures how long the standby takes to show it.</source>
        <translation>Writes a record into the small check database oe_failover on the primary (never into OpenELIS&apos;s own data) and measures how long the standby takes to show it.</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Trust this key…</translation>
    </message>
    <message>
        <source>Writing a test record on the primary…</source>
        <translation>Writing a test record on the primary…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <source>Reading the replication state of both servers.</source>
        <translation>Reading the replication state of both servers.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
What to do: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>In recovery (a standby)</source>
        <translation>In recovery (a standby)</translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation>WAL receiver</translation>
    </message>
    <message>
        <source>Slot used</source>
        <translation>Slot used</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Received up to</translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation>Applied up to</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Replay paused</translation>
    </message>
    <message>
        <source>Last transaction applied</source>
        <translation>Last transaction applied</translation>
    </message>
    <message>
        <source>Behind the primary</source>
        <translation>Behind the primary</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Write test: not run yet. It writes a record on the primary (database oe_failover) and measures when the standby shows it.</source>
        <translation>Write test: not run yet. It writes a record on the primary (database oe_failover) and measures when the standby shows it.</translation>
    </message>
    <message numerus="yes">
        <source>Write test at %1: a record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Write test at %1: a record written on the primary showed on the standby after %n ms.</numerusform>
            <numerusform>Write test at %1: a record written on the primary showed on the standby after %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write test at %1: %2</source>
        <translation>Write test at %1: %2</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>Not compared yet.</translation>
    </message>
    <message>
        <source>Not compared at %1: %2</source>
        <translation>Not compared at %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Compared at %1: %2 is the same on both servers (%n file(s); not compared: %3).</source>
        <translation>
            <numerusform>Compared at %1: %2 is the same on both servers (%n file; not compared: %3).</numerusform>
            <numerusform>Compared at %1: %2 is the same on both servers (%n files; not compared: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared at %1: %n file(s) differ between the two copies of %2 (not compared: %3).</source>
        <translation>
            <numerusform>Compared at %1: %n file differs between the two copies of %2 (not compared: %3).</numerusform>
            <numerusform>Compared at %1: %n files differ between the two copies of %2 (not compared: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Checked at %1 with a TLS handshake from this computer, as users&apos; browsers do; the findings say what each result means.</source>
        <translation>Checked at %1 with a TLS handshake from this computer, as users&apos; browsers do; the findings say what each result means.</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>file %1 on the server (no answer: %2)</source>
        <translation>file %1 on the server (no answer: %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <source>This computer does not know the SSH key of %1 yet. Its fingerprint is %2: compare it with the one the server&apos;s administrator reads on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it.</source>
        <translation>This computer does not know the SSH key of %1 yet. Its fingerprint is %2: compare it with the one the server&apos;s administrator reads on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it.</translation>
    </message>
    <message>
        <source>The SSH key of %1 is also new (%2).</source>
        <translation>The SSH key of %1 is also new (%2).</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows (%2). This may be an attack: nothing is done with this server until its administrator confirms the change.</source>
        <translation>The SSH key of %1 is not the one this computer knows (%2). This may be an attack: nothing is done with this server until its administrator confirms the change.</translation>
    </message>
    <message>
        <source>Trust this SSH key?</source>
        <translation>Trust this SSH key?</translation>
    </message>
    <message>
        <source>Trust the SSH key %1 for %2?

Only say yes if it matches the fingerprint read on the server itself. It is then remembered in this computer&apos;s known_hosts file.</source>
        <translation>Trust the SSH key %1 for %2?

Only say yes if it matches the fingerprint read on the server itself. It is then remembered in this computer&apos;s known_hosts file.</translation>
    </message>
    <message>
        <source>Measured at %1 in %2.</source>
        <translation>Measured at %1 in %2.</translation>
    </message>
    <message>
        <source>Not refreshing.</source>
        <translation>Not refreshing.</translation>
    </message>
    <message>
        <source>Nothing has been measured yet.</source>
        <translation>Nothing has been measured yet.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Export the report as HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>The report could not be saved as %1: %2</translation>
    </message>
</context>
<context>
    <name>oef::ui::WelcomePage</name>
    <message>
        <source>Set up failover</source>
        <translation>Set up failover</translation>
    </message>
    <message>
        <source>Make a second OpenELIS server a hot standby of the server in use.</source>
        <translation>Make a second OpenELIS server a hot standby of the server in use.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>The secondary server&apos;s database becomes a copy of the primary&apos;s that follows every change within seconds, ready to take over if the primary fails. The wizard checks everything first and changes nothing until you confirm on the summary page. Every step is safe to run again.</source>
        <translation>The secondary server&apos;s database becomes a copy of the primary&apos;s that follows every change within seconds, ready to take over if the primary fails. The wizard checks everything first and changes nothing until you confirm on the summary page. Every step is safe to run again.</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>Two servers with the same version of OpenELIS Global installed: the primary (in use) and the secondary (the standby).</source>
        <translation>Two servers with the same version of OpenELIS Global installed: the primary (in use) and the secondary (the standby).</translation>
    </message>
    <message>
        <source>The OpenELIS database on port 5432 on both (the OpenELIS default).</source>
        <translation>The OpenELIS database on port 5432 on both (the OpenELIS default).</translation>
    </message>
    <message>
        <source>SSH access from this computer to both servers (port 22).</source>
        <translation>SSH access from this computer to both servers (port 22).</translation>
    </message>
    <message>
        <source>On each server, a user allowed to use sudo, with its password or SSH key.</source>
        <translation>On each server, a user allowed to use sudo, with its password or SSH key.</translation>
    </message>
    <message>
        <source>What is not copied</source>
        <translation>What is not copied</translation>
    </message>
    <message>
        <source>%1 (certificates and keystores) stays as it is on each server. Set up the certificates on both servers yourself, so that the secondary can serve users after a failover.</source>
        <translation>%1 (certificates and keystores) stays as it is on each server. Set up the certificates on both servers yourself, so that the secondary can serve users after a failover.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>A few minutes of questions and checks, then the copy: usually 2 to 10 minutes, longer for a large database (about one minute per 5 GB on a 1 Gbit/s network). OpenELIS keeps running on the primary. If a database setting needs a restart, the summary says so before anything happens (OpenELIS then does not answer for 10 to 30 seconds).</source>
        <translation>A few minutes of questions and checks, then the copy: usually 2 to 10 minutes, longer for a large database (about one minute per 5 GB on a 1 Gbit/s network). OpenELIS keeps running on the primary. If a database setting needs a restart, the summary says so before anything happens (OpenELIS then does not answer for 10 to 30 seconds).</translation>
    </message>
</context>
</TS>
