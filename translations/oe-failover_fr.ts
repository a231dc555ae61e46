<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</source>
        <translation>Configurer un serveur OpenELIS de secours à chaud, basculer vers lui et vérifier la réplication.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the set-up wizard or the failover wizard filled in from this plan.</source>
        <translation>Ouvrir l’assistant de configuration ou l’assistant de basculement, rempli à partir de ce plan.</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>check status</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>check status</comment>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>--accept-host-key expects HOST=SHA256:&lt;43 base64 characters&gt;, as printed by the tool or by &quot;ssh-keygen -lf&quot;; got &quot;%1&quot;.</source>
        <translation>--accept-host-key attend HÔTE=SHA256:&lt;43 caractères base64&gt;, tel qu&apos;affiché par l&apos;outil ou par &quot;ssh-keygen -lf&quot; ; reçu : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The plan has no %1 server.</source>
        <translation>Le plan ne contient pas de serveur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Command %1</source>
        <translation>Commande : %1</translation>
    </message>
    <message>
        <source>Server: %1
Command: %2
Result: %3</source>
        <translation>Serveur : %1
Commande : %2
Résultat : %3</translation>
    </message>
    <message>
        <source>Error output:
%1</source>
        <translation>Sortie d&apos;erreur :
%1</translation>
    </message>
    <message>
        <source>finished successfully</source>
        <translation>exécution réussie</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>was killed by signal %1</source>
        <translation>arrêt forcé par le signal %1</translation>
    </message>
    <message>
        <source>did not finish in time and was stopped</source>
        <translation>délai dépassé (exécution arrêtée)</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>exécution annulée</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>lancement impossible : %1</translation>
    </message>
    <message>
        <source>lost its connection to the server: %1</source>
        <translation>connexion au serveur perdue : %1</translation>
    </message>
    <message>
        <source>The name %1 does not resolve to an address.</source>
        <translation>Le nom %1 ne correspond à aucune adresse.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on port %2.</source>
        <translation>%1 a refusé la connexion : aucun serveur SSH n&apos;écoute sur le port %2.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route).</source>
        <translation>%1 est injoignable depuis cet ordinateur (aucune route).</translation>
    </message>
    <message>
        <source>Cancelled while connecting to %1.</source>
        <translation>Annulé pendant la connexion à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed.</source>
        <translation>La négociation SSH avec %1 a échoué.</translation>
    </message>
    <message>
        <source>Could not read the host key of %1.</source>
        <translation>Impossible de lire la clé d&apos;hôte de %1.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was last recorded. This can mean someone is intercepting the connection (possible attack). Nothing was done. If the server was reinstalled, confirm its new key with its administrator and remove the old entry from %2.</source>
        <translation>La clé d&apos;hôte de %1 a CHANGÉ depuis son dernier enregistrement. Cela peut signifier que quelqu&apos;un intercepte la connexion (attaque possible). Rien n&apos;a été fait. Si le serveur a été réinstallé, faites confirmer sa nouvelle clé par son administrateur et supprimez l&apos;ancienne entrée de %2.</translation>
    </message>
    <message>
        <source>%1 presented a key of a different type than the one recorded in %2. This can mean someone is intercepting the connection (possible attack). Nothing was done.</source>
        <translation>%1 a présenté une clé d&apos;un autre type que celle enregistrée dans %2. Cela peut signifier que quelqu&apos;un intercepte la connexion (attaque possible). Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Could not record the host key of %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;hôte de %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>The host key of %1 is %2, which is not the fingerprint you accepted (%3). Nothing was done.</source>
        <translation>La clé d&apos;hôte de %1 est %2, ce qui n&apos;est pas l&apos;empreinte que vous avez acceptée (%3). Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>%1 is not known yet. Its host key fingerprint is %2 (%3). Compare it with the output of &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; on the server, then accept it.</source>
        <translation>%1 n&apos;est pas encore connu. L&apos;empreinte de sa clé d&apos;hôte est %2 (%3). Comparez-la avec le résultat de &quot;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&quot; sur le serveur, puis acceptez-la.</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>Impossible de vérifier la clé d&apos;hôte de %1 par rapport à %2 : %3</translation>
    </message>
    <message>
        <source>Lost the connection to %1 while logging in.</source>
        <translation>Connexion à %1 perdue pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Aucun mot de passe n&apos;a été fourni pour %1.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read (missing file, unsupported format or wrong passphrase).</source>
        <translation>Le fichier de clé %1 n&apos;a pas pu être lu (fichier absent, format non pris en charge ou phrase secrète incorrecte).</translation>
    </message>
    <message>
        <source>%1 refused the login for %2 (authentication failed). Check the user name and the password or key.</source>
        <translation>%1 a refusé la connexion de %2 (échec de l&apos;authentification). Vérifiez le nom d&apos;utilisateur et le mot de passe ou la clé.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>sudo on %1 did not answer in time</source>
        <translation>sudo sur %1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>sudo rejected the password for %1.</source>
        <translation>sudo a refusé le mot de passe de %1.</translation>
    </message>
    <message>
        <source>%1 may not run commands as root with sudo on %2.</source>
        <translation>%1 n&apos;a pas le droit d&apos;exécuter des commandes en tant que root avec sudo sur %2.</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for %2, and none was given.</source>
        <translation>sudo sur %1 demande un mot de passe pour %2, et aucun n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>sudo on %1 failed (%2): %3</source>
        <translation>sudo a échoué sur %1 (%2) : %3</translation>
    </message>
    <message>
        <source>no exit status received</source>
        <translation>aucun code de sortie reçu</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s)</source>
        <translation>
            <numerusform>délai dépassé après %n seconde</numerusform>
            <numerusform>délai dépassé après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>The receiving command on %1 %2</source>
        <translation>Commande de réception sur %1 : %2</translation>
    </message>
    <message>
        <source>The sending command on %1 %2</source>
        <translation>Commande d&apos;envoi sur %1 : %2</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>La copie a été annulée.</translation>
    </message>
    <message>
        <source>SSH reachable</source>
        <translation>SSH joignable</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Administrator rights (sudo)</source>
        <translation>Droits d&apos;administrateur (sudo)</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>OpenELIS containers</source>
        <translation>Conteneurs OpenELIS</translation>
    </message>
    <message>
        <source>Database through SSH</source>
        <translation>Base de données via SSH</translation>
    </message>
    <message>
        <source>Check the spelling of the address, or use the server&apos;s IP address.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse, ou utilisez l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>Check the SSH port, and that the SSH service runs on the server (&quot;systemctl status ssh&quot;).</source>
        <translation>Vérifiez le port SSH, et que le service SSH tourne sur le serveur (&quot;systemctl status ssh&quot;).</translation>
    </message>
    <message>
        <source>Check that the server is switched on, connected to the network, and that no firewall blocks port %1 from this computer.</source>
        <translation>Vérifiez que le serveur est allumé, connecté au réseau, et qu&apos;aucun pare-feu ne bloque le port %1 depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Skipped: the server could not be reached.</source>
        <translation>Ignorée : le serveur n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>An SSH server answers on %1 port %2.</source>
        <translation>Un serveur SSH répond sur %1, port %2.</translation>
    </message>
    <message>
        <source>The host key matches the recorded one (%1).</source>
        <translation>La clé d&apos;hôte correspond à celle enregistrée (%1).</translation>
    </message>
    <message>
        <source>New host key %1 accepted and recorded.</source>
        <translation>Nouvelle clé d&apos;hôte %1 acceptée et enregistrée.</translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the server&apos;s administrator, then accept it (command line: --accept-host-key %1=%2).</source>
        <translation>Confirmez l&apos;empreinte avec l&apos;administrateur du serveur, puis acceptez-la (en ligne de commande : --accept-host-key %1=%2).</translation>
    </message>
    <message>
        <source>Skipped: the host key is not accepted yet.</source>
        <translation>Ignorée : la clé d&apos;hôte n&apos;est pas encore acceptée.</translation>
    </message>
    <message>
        <source>Do not continue until you know why the key changed.</source>
        <translation>Ne continuez pas avant de savoir pourquoi la clé a changé.</translation>
    </message>
    <message>
        <source>Skipped: the host key problem must be solved first.</source>
        <translation>Ignorée : le problème de clé d&apos;hôte doit d&apos;abord être résolu.</translation>
    </message>
    <message>
        <source>Check the user name, password or key for this server.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, le mot de passe ou la clé pour ce serveur.</translation>
    </message>
    <message>
        <source>Skipped: the login failed.</source>
        <translation>Ignorée : la connexion a échoué.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Commands could not be run as root: %1</source>
        <translation>Les commandes n&apos;ont pas pu être exécutées en tant que root : %1</translation>
    </message>
    <message>
        <source>Give %1 administrator rights (sudo) on the server, and check the sudo password.</source>
        <translation>Donnez à %1 les droits d&apos;administrateur (sudo) sur le serveur, et vérifiez le mot de passe sudo.</translation>
    </message>
    <message>
        <source>Skipped: administrator rights are needed.</source>
        <translation>Ignorée : les droits d&apos;administrateur sont nécessaires.</translation>
    </message>
    <message>
        <source>%1 can run commands as root.</source>
        <translation>%1 peut exécuter des commandes en tant que root.</translation>
    </message>
    <message>
        <source>Docker does not answer on this server (%1).</source>
        <translation>Docker ne répond pas sur ce serveur (%1).</translation>
    </message>
    <message>
        <source>Install OpenELIS (with Docker) on this server, or start Docker (&quot;systemctl start docker&quot;).</source>
        <translation>Installez OpenELIS (avec Docker) sur ce serveur, ou démarrez Docker (&quot;systemctl start docker&quot;).</translation>
    </message>
    <message>
        <source>Skipped: Docker is needed.</source>
        <translation>Ignorée : Docker est nécessaire.</translation>
    </message>
    <message>
        <source>Docker %1 is running.</source>
        <translation>Docker %1 fonctionne.</translation>
    </message>
    <message>
        <source>The OpenELIS database container &quot;%1&quot; does not exist on this server.</source>
        <translation>Le conteneur de base de données OpenELIS &quot;%1&quot; n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>Install OpenELIS on this server first (its installer creates the containers).</source>
        <translation>Installez d&apos;abord OpenELIS sur ce serveur (son programme d&apos;installation crée les conteneurs).</translation>
    </message>
    <message>
        <source>Skipped: the database container is missing.</source>
        <translation>Ignorée : le conteneur de base de données est absent.</translation>
    </message>
    <message>
        <source>None of the OpenELIS application containers exist (%1).</source>
        <translation>Aucun des conteneurs de l&apos;application OpenELIS n&apos;existe (%1).</translation>
    </message>
    <message>
        <source>Install OpenELIS on this server first.</source>
        <translation>Installez d&apos;abord OpenELIS sur ce serveur.</translation>
    </message>
    <message>
        <source>Database container %1 is %2; not present (normal for some OpenELIS versions): %3.</source>
        <translation>Le conteneur de base de données %1 est à l&apos;état %2 ; absents (normal pour certaines versions d&apos;OpenELIS) : %3.</translation>
    </message>
    <message>
        <source>All OpenELIS containers exist; the database container is %1.</source>
        <translation>Tous les conteneurs OpenELIS existent ; le conteneur de base de données est à l&apos;état %1.</translation>
    </message>
    <message>
        <source>Check that the SSH server allows TCP forwarding (AllowTcpForwarding).</source>
        <translation>Vérifiez que le serveur SSH autorise la redirection TCP (AllowTcpForwarding).</translation>
    </message>
    <message>
        <source>PostgreSQL answers on port %1 of the server, reached through SSH.</source>
        <translation>PostgreSQL répond sur le port %1 du serveur, joint via SSH.</translation>
    </message>
    <message>
        <source>PostgreSQL answers on port %1 but refuses connections right now (starting up or shutting down?).</source>
        <translation>PostgreSQL répond sur le port %1 mais refuse les connexions pour le moment (en cours de démarrage ou d&apos;arrêt ?).</translation>
    </message>
    <message>
        <source>No database answers on port %1 of the server.</source>
        <translation>Aucune base de données ne répond sur le port %1 du serveur.</translation>
    </message>
    <message>
        <source>Start OpenELIS on the server, and check the database port in the plan (OpenELIS uses 5432).</source>
        <translation>Démarrez OpenELIS sur le serveur, et vérifiez le port de la base de données dans le plan (OpenELIS utilise 5432).</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1 : ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1 : ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>%1: must be an absolute path (starting with /)</source>
        <translation>%1 : doit être un chemin absolu (commençant par /)</translation>
    </message>
    <message>
        <source>%1: must not contain &quot;..&quot;</source>
        <translation>%1 : ne doit pas contenir &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1: must not be the root directory</source>
        <translation>%1 : ne doit pas être le répertoire racine</translation>
    </message>
    <message>
        <source>%1: must be a relative path inside the install directory, without &quot;..&quot;</source>
        <translation>%1 : doit être un chemin relatif à l&apos;intérieur du répertoire d&apos;installation, sans &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number between 1 and %2</source>
        <translation>%1 : doit être un nombre entier entre 1 et %2</translation>
    </message>
    <message>
        <source>%1: is required when auth is &quot;key&quot;</source>
        <translation>%1 : est obligatoire quand auth vaut &quot;key&quot;</translation>
    </message>
    <message>
        <source>%1: cannot be combined with %2 in one plan (a plan is either a setup plan with primary and secondary, or a failover plan with oldPrimary, newPrimary and optionally newSecondary)</source>
        <translation>%1 : ne peut pas être combiné avec %2 dans un même plan (un plan est soit un plan de configuration avec primary et secondary, soit un plan de basculement avec oldPrimary, newPrimary et éventuellement newSecondary)</translation>
    </message>
    <message>
        <source>%1: is missing (a plan needs primary and secondary for a setup, or oldPrimary and newPrimary for a failover)</source>
        <translation>%1 : est absent (un plan a besoin de primary et secondary pour une configuration, ou de oldPrimary et newPrimary pour un basculement)</translation>
    </message>
    <message>
        <source>%1: is missing (a setup plan needs primary and secondary)</source>
        <translation>%1 : est absent (un plan de configuration a besoin de primary et secondary)</translation>
    </message>
    <message>
        <source>%1: is missing (a failover plan needs oldPrimary and newPrimary)</source>
        <translation>%1 : est absent (un plan de basculement a besoin de oldPrimary et newPrimary)</translation>
    </message>
    <message>
        <source>%1: %2 and %3 are the same server (%4, SSH port %5)</source>
        <translation>%1 : %2 et %3 sont le même serveur (%4, port SSH %5)</translation>
    </message>
    <message>
        <source>%1: unknown setting (check the spelling; known settings here: %2)</source>
        <translation>%1 : paramètre inconnu (vérifiez l&apos;orthographe ; paramètres connus ici : %2)</translation>
    </message>
    <message>
        <source>%1: is missing</source>
        <translation>%1 : est absent</translation>
    </message>
    <message>
        <source>%1: must be a text value in double quotes</source>
        <translation>%1 : doit être une valeur texte entre guillemets doubles</translation>
    </message>
    <message>
        <source>%1: must be an object ({ … })</source>
        <translation>%1 : doit être un objet ({ … })</translation>
    </message>
    <message>
        <source>%1: must be a list ([ … ]) of text values</source>
        <translation>%1 : doit être une liste ([ … ]) de valeurs texte</translation>
    </message>
    <message>
        <source>%1: must be an object with host, sshPort, user and auth</source>
        <translation>%1 : doit être un objet avec host, sshPort, user et auth</translation>
    </message>
    <message>
        <source>%1: must be one of &quot;password&quot;, &quot;key&quot; or &quot;agent&quot;</source>
        <translation>%1 : doit valoir &quot;password&quot;, &quot;key&quot; ou &quot;agent&quot;</translation>
    </message>
    <message>
        <source>%1: must be a host name (letters, digits, &quot;-&quot; and &quot;.&quot;) or an IPv4 or IPv6 address, without spaces</source>
        <translation>%1 : doit être un nom d&apos;hôte (lettres, chiffres, &quot;-&quot; et &quot;.&quot;) ou une adresse IPv4 ou IPv6, sans espaces</translation>
    </message>
    <message>
        <source>%1: must be a user name of up to 32 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;, not starting with &quot;-&quot; or &quot;.&quot;</source>
        <translation>%1 : doit être un nom d&apos;utilisateur de 32 caractères au plus (lettres, chiffres, &quot;_&quot;, &quot;.&quot; ou &quot;-&quot;), ne commençant ni par &quot;-&quot; ni par &quot;.&quot;</translation>
    </message>
    <message>
        <source>%1: must be a whole number between 1 and 65535</source>
        <translation>%1 : doit être un nombre entier entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1: must be a Docker container name (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit)</source>
        <translation>%1 : doit être un nom de conteneur Docker (lettres, chiffres, &quot;_&quot;, &quot;.&quot; et &quot;-&quot;, commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>%1: unknown role</source>
        <translation>%1 : rôle inconnu</translation>
    </message>
    <message>
        <source>%1: does not match the kind of plan</source>
        <translation>%1 : ne correspond pas au type de plan</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at line %2, column %3 (offset %4)</source>
        <translation>Le plan n&apos;est pas du JSON valide : %1 à la ligne %2, colonne %3 (position %4)</translation>
    </message>
    <message>
        <source>The plan must be a JSON object ({ … }).</source>
        <translation>Le plan doit être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1 : doit valoir true ou false</translation>
    </message>
    <message>
        <source>Cannot read the plan file %1: %2</source>
        <translation>Impossible de lire le fichier de plan %1 : %2</translation>
    </message>
    <message>
        <source>The plan file %1 is too large to be a plan (more than 1 MiB).</source>
        <translation>Le fichier de plan %1 est trop gros pour être un plan (plus de 1 Mio).</translation>
    </message>
    <message>
        <source>“%1” stopped on an internal error.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» s&apos;est arrêtée sur une erreur interne.</translation>
    </message>
    <message>
        <source>Unknown exception.</source>
        <translation>Exception inconnue.</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annulé par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Annulation des modifications de l&apos;étape «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Undoing “%1” stopped on an internal error: %2</source>
        <translation>L&apos;annulation des modifications de l&apos;étape «&#xa0;%1&#xa0;» s&apos;est arrêtée sur une erreur interne : %2</translation>
    </message>
    <message>
        <source>Undoing “%1” stopped on an internal error.</source>
        <translation>L&apos;annulation des modifications de l&apos;étape «&#xa0;%1&#xa0;» s&apos;est arrêtée sur une erreur interne.</translation>
    </message>
    <message>
        <source>Clean-up “%1” did not succeed: %2</source>
        <translation>Le nettoyage de l&apos;étape «&#xa0;%1&#xa0;» n&apos;a pas réussi : %2</translation>
    </message>
    <message>
        <source>The secrets are not valid JSON: %1 (offset %2)</source>
        <translation>Les secrets ne sont pas du JSON valide : %1 (position %2)</translation>
    </message>
    <message>
        <source>The secrets must be a JSON object ({ … }).</source>
        <translation>Les secrets doivent être un objet JSON ({ … }).</translation>
    </message>
    <message>
        <source>%1: unknown role (known roles: %2)</source>
        <translation>%1 : rôle inconnu (rôles connus : %2)</translation>
    </message>
    <message>
        <source>%1: must be an object with password, sudoPassword or keyPassphrase</source>
        <translation>%1 : doit être un objet avec password, sudoPassword ou keyPassphrase</translation>
    </message>
    <message>
        <source>%1: unknown setting (known settings: password, sudoPassword, keyPassphrase)</source>
        <translation>%1 : paramètre inconnu (paramètres connus : password, sudoPassword, keyPassphrase)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>ATTN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>ERR</translation>
    </message>
    <message>
        <source>SKIP</source>
        <comment>short check status, 4 letters at most</comment>
        <translation>IGN</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>terminé en %1 s</translation>
    </message>
    <message>
        <source>done in %1 s: %2</source>
        <translation>terminé en %1 s : %2</translation>
    </message>
    <message>
        <source>FAILED after %1 s: %2</source>
        <translation>ÉCHEC après %1 s : %2</translation>
    </message>
    <message>
        <source>Progress: %1%</source>
        <translation>Progression : %1 %</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A host key is unknown or has changed. Nothing was changed.</source>
        <translation>Une clé d&apos;hôte est inconnue ou a changé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Some checks failed. Nothing was changed.</source>
        <translation>Certaines vérifications ont échoué. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>All checks passed, with warnings.</source>
        <translation>Toutes les vérifications sont réussies, avec des avertissements.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>Set up a hot-standby OpenELIS server, fail over to it, and verify replication.</source>
        <translation>Configurer un serveur OpenELIS de secours à chaud, basculer vers lui et vérifier la réplication.</translation>
    </message>
    <message>
        <source>check, setup, failover or verify</source>
        <translation>check, setup, failover ou verify</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier de plan (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read passwords as JSON from standard input (&quot;-&quot;).</source>
        <translation>Lire les mots de passe au format JSON sur l&apos;entrée standard (&quot;-&quot;).</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Confirm that the old primary is powered off or disconnected.</source>
        <translation>Confirmer que l&apos;ancien serveur principal est éteint ou déconnecté.</translation>
    </message>
    <message>
        <source>Also write a test record and time its arrival.</source>
        <translation>Écrire aussi un enregistrement de test et mesurer son délai d&apos;arrivée.</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>Fichier known_hosts (par défaut ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Accept a new host key with this fingerprint.</source>
        <translation>Accepter une nouvelle clé d&apos;hôte ayant cette empreinte.</translation>
    </message>
    <message>
        <source>Write a report here.</source>
        <translation>Écrire un rapport dans ce fichier.</translation>
    </message>
    <message>
        <source>Give exactly one command.</source>
        <translation>Indiquez exactement une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--plan FILE is required.</source>
        <translation>--plan FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>The plan %1 is not valid: %2</source>
        <translation>Le plan %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>--secrets only reads standard input: use &quot;--secrets -&quot;.</source>
        <translation>--secrets ne lit que l&apos;entrée standard : utilisez &quot;--secrets -&quot;.</translation>
    </message>
    <message>
        <source>The secrets on standard input are not valid: %1</source>
        <translation>Les secrets lus sur l&apos;entrée standard ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a plan with &quot;primary&quot; and &quot;secondary&quot;.</source>
        <translation>&quot;%1&quot; nécessite un plan avec &quot;primary&quot; et &quot;secondary&quot;.</translation>
    </message>
    <message>
        <source>&quot;failover&quot; needs a plan with &quot;oldPrimary&quot; and &quot;newPrimary&quot;.</source>
        <translation>&quot;failover&quot; nécessite un plan avec &quot;oldPrimary&quot; et &quot;newPrimary&quot;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>lien symbolique</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tube nommé</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>fichier spécial</translation>
    </message>
    <message>
        <source>type %1 instead of %2</source>
        <translation>type %1 au lieu de %2</translation>
    </message>
    <message>
        <source>mode %1 instead of %2</source>
        <translation>mode %1 au lieu de %2</translation>
    </message>
    <message>
        <source>owner %1:%2 instead of %3:%4</source>
        <translation>propriétaire %1:%2 au lieu de %3:%4</translation>
    </message>
    <message>
        <source>content (SHA-256) differs</source>
        <translation>le contenu (SHA-256) diffère</translation>
    </message>
    <message>
        <source>link target %1 instead of %2</source>
        <translation>cible du lien %1 au lieu de %2</translation>
    </message>
    <message>
        <source>modification time differs</source>
        <translation>la date de modification diffère</translation>
    </message>
    <message>
        <source>The copy of the install directory was cancelled.</source>
        <translation>La copie du répertoire d&apos;installation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of files could not be read: %1</source>
        <translation>La liste des fichiers n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>unexpected header</source>
        <translation>en-tête inattendu</translation>
    </message>
    <message>
        <source>the output ends early</source>
        <translation>la sortie se termine trop tôt</translation>
    </message>
    <message>
        <source>bad record &quot;%1&quot;</source>
        <translation>enregistrement incorrect &quot;%1&quot;</translation>
    </message>
    <message>
        <source>two names read as &quot;%1&quot;</source>
        <translation>deux noms lus comme &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad checksum line</source>
        <translation>ligne de somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>no checksum for &quot;%1&quot;</source>
        <translation>pas de somme de contrôle pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not list the files of %1 on %2.</source>
        <translation>Impossible de lister les fichiers de %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Internal error: the copy step has no plan or servers.</source>
        <translation>Erreur interne : l&apos;étape de copie n&apos;a ni plan ni serveurs.</translation>
    </message>
    <message>
        <source>Listing the install directory on %1</source>
        <translation>Inventaire du répertoire d&apos;installation sur %1</translation>
    </message>
    <message>
        <source>Could not list the install directory on %1.</source>
        <translation>Impossible de lister le répertoire d&apos;installation sur %1.</translation>
    </message>
    <message>
        <source>The install directory %1 does not exist on %2.</source>
        <translation>Le répertoire d&apos;installation %1 n&apos;existe pas sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) in the install directory cannot be copied and are left out.</source>
        <translation>
            <numerusform>%n socket du répertoire d&apos;installation ne peut pas être copié et est laissé de côté.</numerusform>
            <numerusform>%n sockets du répertoire d&apos;installation ne peuvent pas être copiés et sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 on this server are not on %2 and will be removed (the plan asks to delete extraneous files):</source>
        <translation>
            <numerusform>%n élément de %1 sur ce serveur n&apos;existe pas sur %2 et sera supprimé (le plan demande de supprimer les fichiers en trop) :</numerusform>
            <numerusform>%n éléments de %1 sur ce serveur n&apos;existent pas sur %2 et seront supprimés (le plan demande de supprimer les fichiers en trop) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 on this server are not on %2. They are kept (the plan does not ask to delete extraneous files):</source>
        <translation>
            <numerusform>%n élément de %1 sur ce serveur n&apos;existe pas sur %2. Il est conservé (le plan ne demande pas de supprimer les fichiers en trop) :</numerusform>
            <numerusform>%n éléments de %1 sur ce serveur n&apos;existent pas sur %2. Ils sont conservés (le plan ne demande pas de supprimer les fichiers en trop) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) to copy from %2 to %3 (%4 of file data).</source>
        <translation>
            <numerusform>%n élément sur %1 à copier de %2 vers %3 (%4 de données de fichiers).</numerusform>
            <numerusform>%n éléments sur %1 à copier de %2 vers %3 (%4 de données de fichiers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create %1 on %2.</source>
        <translation>Impossible de créer %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n path(s) on stdin)</source>
        <translation>
            <numerusform>%1 (%n chemin sur stdin)</numerusform>
            <numerusform>%1 (%n chemins sur stdin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove entries from %1 on %2.</source>
        <translation>Impossible de supprimer des entrées de %1 sur %2.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>Copying the install directory: %1 of %2</source>
        <translation>Copie du répertoire d&apos;installation : %1 sur %2</translation>
    </message>
    <message>
        <source>The copy of the install directory was cancelled. Entries copied so far stay on %1; running the copy again completes it.</source>
        <translation>La copie du répertoire d&apos;installation a été annulée. Les entrées déjà copiées restent sur %1 ; relancer la copie la terminera.</translation>
    </message>
    <message>
        <source>Copying the install directory from %1 to %2 failed.</source>
        <translation>La copie du répertoire d&apos;installation de %1 vers %2 a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n item(s) (%1 through this computer).</source>
        <translation>
            <numerusform>%n élément copié (%1 via cet ordinateur).</numerusform>
            <numerusform>%n éléments copiés (%1 via cet ordinateur).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed since the last copy: no data sent.</source>
        <translation>Rien n&apos;a changé depuis la dernière copie : aucune donnée envoyée.</translation>
    </message>
    <message>
        <source>Checking the copy on %1</source>
        <translation>Vérification de la copie sur %1</translation>
    </message>
    <message>
        <source>Could not check the copy on %1.</source>
        <translation>Impossible de vérifier la copie sur %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message numerus="yes">
        <source>The copy of %1 on %2 differs from %3 in %n item(s). If files changed on %3 during the copy, run it again.</source>
        <translation>
            <numerusform>La copie de %1 sur %2 diffère de %3 pour %n élément. Si des fichiers ont changé sur %3 pendant la copie, relancez-la.</numerusform>
            <numerusform>La copie de %1 sur %2 diffère de %3 pour %n éléments. Si des fichiers ont changé sur %3 pendant la copie, relancez-la.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: all %n item(s) of %1 match %2 (content, owner, mode).</source>
        <translation>
            <numerusform>Vérifié : %n élément de %1 correspond à %2 (contenu, propriétaire, mode).</numerusform>
            <numerusform>Vérifié : les %n éléments de %1 correspondent tous à %2 (contenu, propriétaire, mode).</numerusform>
        </translation>
    </message>
    <message>
        <source>A database query on %1 failed.</source>
        <translation>Une requête sur la base de données de %1 a échoué.</translation>
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
        <translation>Configuration du basculement</translation>
    </message>
    <message>
        <source>Failover</source>
        <comment>report title</comment>
        <translation>Basculement</translation>
    </message>
    <message>
        <source>Planned switchover</source>
        <comment>report title</comment>
        <translation>Bascule planifiée</translation>
    </message>
    <message>
        <source>Replication check</source>
        <comment>report title</comment>
        <translation>Vérification de la réplication</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>run outcome</comment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>run outcome</comment>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>run outcome</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>run outcome</comment>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>run outcome</comment>
        <translation>Inachevé</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>step state</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>step state</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>step state</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not run</source>
        <comment>step state</comment>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>step state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>password</source>
        <comment>SSH authentication</comment>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>key file</source>
        <comment>SSH authentication</comment>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <comment>SSH authentication</comment>
        <translation>agent SSH</translation>
    </message>
    <message>
        <source>Primary</source>
        <comment>server role</comment>
        <translation>Serveur principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <comment>server role</comment>
        <translation>Serveur de secours</translation>
    </message>
    <message>
        <source>Old primary</source>
        <comment>server role</comment>
        <translation>Ancien serveur principal</translation>
    </message>
    <message>
        <source>New primary</source>
        <comment>server role</comment>
        <translation>Nouveau serveur principal</translation>
    </message>
    <message>
        <source>New secondary</source>
        <comment>server role</comment>
        <translation>Nouveau serveur de secours</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Set up %1 as a hot standby of the primary server %2.</source>
        <translation>Configurer %1 comme serveur de secours à chaud du serveur principal %2.</translation>
    </message>
    <message>
        <source>Set up a hot standby server.</source>
        <translation>Configurer un serveur de secours à chaud.</translation>
    </message>
    <message>
        <source>Fail over from the old primary %1 to %2.</source>
        <translation>Basculer de l&apos;ancien serveur principal %1 vers %2.</translation>
    </message>
    <message>
        <source>Planned switchover from %1 to %2.</source>
        <translation>Bascule planifiée de %1 vers %2.</translation>
    </message>
    <message>
        <source>Fail over to the standby server.</source>
        <translation>Basculer vers le serveur de secours.</translation>
    </message>
    <message>
        <source>Planned switchover to the standby server.</source>
        <translation>Bascule planifiée vers le serveur de secours.</translation>
    </message>
    <message>
        <source>Then attach %1 as the new secondary.</source>
        <translation>Puis rattacher %1 comme nouveau serveur de secours.</translation>
    </message>
    <message>
        <source>Check the replication from %1 to %2.</source>
        <translation>Vérifier la réplication de %1 vers %2.</translation>
    </message>
    <message>
        <source>Check the replication.</source>
        <translation>Vérifier la réplication.</translation>
    </message>
    <message>
        <source>Pre-checks: %1 OK, %2 with a warning, %3 failed, %4 skipped.</source>
        <translation>Vérifications préalables : %1 OK, %2 avec avertissement, %3 en échec, %4 ignorées.</translation>
    </message>
    <message numerus="yes">
        <source>Result: it worked. All %n step(s) completed.</source>
        <translation>
            <numerusform>Résultat : réussite. %n étape effectuée.</numerusform>
            <numerusform>Résultat : réussite. Les %n étapes ont été effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: it failed at step %1 of %2, “%3”.</source>
        <translation>Résultat : échec à l&apos;étape %1 sur %2, «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Result: it failed.</source>
        <translation>Résultat : échec.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Result: cancelled before anything was changed.</source>
        <translation>Résultat : annulé avant toute modification.</translation>
    </message>
    <message>
        <source>Result: cancelled by the operator during step %1 of %2, “%3”.</source>
        <translation>Résultat : annulé par l&apos;opérateur pendant l&apos;étape %1 sur %2, «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Result: cancelled by the operator before step %1 of %2, “%3”.</source>
        <translation>Résultat : annulé par l&apos;opérateur avant l&apos;étape %1 sur %2, «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Result: not started; nothing was changed on the servers.</source>
        <translation>Résultat : non démarré ; rien n&apos;a été modifié sur les serveurs.</translation>
    </message>
    <message>
        <source>Result: unknown. The run had not finished when this report was written.</source>
        <translation>Résultat : inconnu. L&apos;exécution n&apos;était pas terminée quand ce rapport a été écrit.</translation>
    </message>
    <message>
        <source>No step had completed.</source>
        <translation>Aucune étape n&apos;avait été effectuée.</translation>
    </message>
    <message>
        <source>The set-up never stops OpenELIS on the primary (at most its database restarts once). The secondary’s database is only replaced after a complete copy has arrived, its previous data is kept aside and put back if anything fails after the swap. Every step can safely be run again: fix the cause, then run the set-up again.</source>
        <translation>La configuration n&apos;arrête jamais OpenELIS sur le serveur principal (au plus, sa base de données redémarre une fois). La base de données du serveur de secours n&apos;est remplacée qu&apos;une fois une copie complète arrivée ; ses données antérieures sont mises de côté, et remises en place si quoi que ce soit échoue après le remplacement. Chaque étape peut être relancée sans risque : corrigez la cause, puis relancez la configuration.</translation>
    </message>
    <message>
        <source>Checking the replication changes nothing on the servers.</source>
        <translation>La vérification de la réplication ne modifie rien sur les serveurs.</translation>
    </message>
    <message>
        <source>OE Failover report: %1, %2</source>
        <translation>Rapport OE Failover : %1, %2</translation>
    </message>
    <message>
        <source>OE Failover report: %1</source>
        <translation>Rapport OE Failover : %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarré le %1</translation>
    </message>
    <message>
        <source>finished %1 (%2)</source>
        <translation>terminé le %1 (%2)</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>par %1 sur %2</translation>
    </message>
    <message>
        <source>with %1 %2</source>
        <translation>avec %1 %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Pourquoi cela s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Port de la base de données</translation>
    </message>
    <message>
        <source>Install directory</source>
        <translation>Répertoire d&apos;installation</translation>
    </message>
    <message>
        <source>Database container</source>
        <translation>Conteneur de base de données</translation>
    </message>
    <message>
        <source>Application containers</source>
        <translation>Conteneurs de l&apos;application</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Non copié</translation>
    </message>
    <message>
        <source>Files only on the secondary</source>
        <translation>Fichiers présents uniquement sur le serveur de secours</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimés</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservés</translation>
    </message>
    <message>
        <source>Old data copies kept</source>
        <translation>Anciennes copies des données conservées</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
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
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>Commands (%n)</source>
        <translation>
            <numerusform>Commande (%n)</numerusform>
            <numerusform>Commandes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n line(s) of the log</source>
        <translation>
            <numerusform>%n dernière ligne du journal</numerusform>
            <numerusform>%n dernières lignes du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Before the first step</source>
        <translation>Avant la première étape</translation>
    </message>
    <message>
        <source>After the stop</source>
        <translation>Après l&apos;arrêt</translation>
    </message>
    <message>
        <source>What the tool did after the flow stopped, to leave the servers in a safe state.</source>
        <translation>Ce que l&apos;outil a fait après l&apos;arrêt du déroulement, pour laisser les serveurs dans un état sûr.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Passwords never appear in this report. Generated on %1.</source>
        <translation>Les mots de passe n&apos;apparaissent jamais dans ce rapport. Généré le %1.</translation>
    </message>
    <message>
        <source>Two different servers</source>
        <translation>Deux serveurs différents</translation>
    </message>
    <message>
        <source>%1 and %2 are the same machine (both resolve to %3).</source>
        <translation>%1 et %2 sont la même machine (les deux correspondent à %3).</translation>
    </message>
    <message>
        <source>Enter the address of the second server as the secondary.</source>
        <translation>Saisissez comme serveur de secours l&apos;adresse du second serveur.</translation>
    </message>
    <message>
        <source>The primary and the secondary are different servers.</source>
        <translation>Le serveur principal et le serveur de secours sont des serveurs différents.</translation>
    </message>
    <message>
        <source>Skipped: the connection checks for this server failed.</source>
        <translation>Ignorée : les vérifications de connexion de ce serveur ont échoué.</translation>
    </message>
    <message>
        <source>Primary database</source>
        <translation>Base de données du serveur principal</translation>
    </message>
    <message>
        <source>The database on the primary does not answer.</source>
        <translation>La base de données du serveur principal ne répond pas.</translation>
    </message>
    <message>
        <source>Start OpenELIS on the primary, then run the checks again.</source>
        <translation>Démarrez OpenELIS sur le serveur principal, puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>The database on %1 is itself a standby (in recovery), not a primary.</source>
        <translation>La base de données de %1 est elle-même une base de secours (en restauration), pas une base principale.</translation>
    </message>
    <message>
        <source>Choose the server where OpenELIS is in use as the primary.</source>
        <translation>Choisissez comme serveur principal le serveur où OpenELIS est utilisé.</translation>
    </message>
    <message>
        <source>The database runs and accepts writes (PostgreSQL %1).</source>
        <translation>La base de données fonctionne et accepte les écritures (PostgreSQL %1).</translation>
    </message>
    <message>
        <source>Same PostgreSQL version</source>
        <translation>Même version de PostgreSQL</translation>
    </message>
    <message>
        <source>The secondary&apos;s database does not answer, so its version is unknown.</source>
        <translation>La base de données du serveur de secours ne répond pas, sa version est donc inconnue.</translation>
    </message>
    <message>
        <source>The copy will replace it anyway; check that both servers run the same OpenELIS release.</source>
        <translation>La copie la remplacera de toute façon ; vérifiez que les deux serveurs utilisent la même version d&apos;OpenELIS.</translation>
    </message>
    <message>
        <source>The primary runs PostgreSQL %1 but the secondary runs PostgreSQL %2.</source>
        <translation>Le serveur principal utilise PostgreSQL %1 mais le serveur de secours utilise PostgreSQL %2.</translation>
    </message>
    <message>
        <source>Install the same OpenELIS release on both servers.</source>
        <translation>Installez la même version d&apos;OpenELIS sur les deux serveurs.</translation>
    </message>
    <message>
        <source>Both servers run PostgreSQL %1.</source>
        <translation>Les deux serveurs utilisent PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Skipped: a database could not be asked.</source>
        <translation>Ignorée : une base de données n&apos;a pas pu être interrogée.</translation>
    </message>
    <message>
        <source>Secondary reaches the primary&apos;s database</source>
        <translation>Le serveur de secours joint la base de données du serveur principal</translation>
    </message>
    <message>
        <source>The secondary reaches %1 port %2.</source>
        <translation>Le serveur de secours joint %1, port %2.</translation>
    </message>
    <message>
        <source>The secondary cannot reach the primary&apos;s database at %1 port %2.</source>
        <translation>Le serveur de secours ne peut pas joindre la base de données du serveur principal à %1, port %2.</translation>
    </message>
    <message>
        <source>Open port %1 on the primary&apos;s firewall for the secondary, and check that the secondary can resolve &quot;%2&quot;.</source>
        <translation>Ouvrez le port %1 dans le pare-feu du serveur principal pour le serveur de secours, et vérifiez que le serveur de secours peut résoudre &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Skipped: a server could not be checked.</source>
        <translation>Ignorée : un serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Free disk space on the secondary</source>
        <translation>Espace disque libre sur le serveur de secours</translation>
    </message>
    <message>
        <source>Could not measure the disk space.</source>
        <translation>Impossible de mesurer l&apos;espace disque.</translation>
    </message>
    <message>
        <source>The secondary has %1 GB free under %2, but the copy of the primary&apos;s database needs about %3 GB (its current database, %4 GB, is kept aside).</source>
        <translation>Le serveur de secours a %1 Go libres sous %2, mais la copie de la base de données du serveur principal nécessite environ %3 Go (sa base de données actuelle, %4 Go, est mise de côté).</translation>
    </message>
    <message>
        <source>Free disk space on the secondary, or enlarge its disk.</source>
        <translation>Libérez de l&apos;espace disque sur le serveur de secours, ou agrandissez son disque.</translation>
    </message>
    <message>
        <source>%1 GB free; the copy needs about %2 GB (the current database, %3 GB, is kept aside).</source>
        <translation>%1 Go libres ; la copie nécessite environ %2 Go (la base de données actuelle, %3 Go, est mise de côté).</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>OpenELIS version</source>
        <translation>Version d&apos;OpenELIS</translation>
    </message>
    <message>
        <source>Could not read the clock.</source>
        <translation>Impossible de lire l&apos;horloge.</translation>
    </message>
    <message numerus="yes">
        <source>The clock differs from this computer&apos;s by %n second(s).</source>
        <translation>
            <numerusform>L&apos;horloge diffère de celle de cet ordinateur de %n seconde.</numerusform>
            <numerusform>L&apos;horloge diffère de celle de cet ordinateur de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up time synchronisation (NTP) on the servers: reports and delays are easier to read with correct clocks.</source>
        <translation>Mettez en place la synchronisation de l&apos;heure (NTP) sur les serveurs : les rapports et les délais sont plus faciles à lire avec des horloges justes.</translation>
    </message>
    <message>
        <source>The clock agrees with this computer&apos;s (within %1 ms).</source>
        <translation>L&apos;horloge concorde avec celle de cet ordinateur (à %1 ms près).</translation>
    </message>
    <message>
        <source>Same OpenELIS version</source>
        <translation>Même version d&apos;OpenELIS</translation>
    </message>
    <message>
        <source>The OpenELIS version could not be read on both servers.</source>
        <translation>La version d&apos;OpenELIS n&apos;a pas pu être lue sur les deux serveurs.</translation>
    </message>
    <message>
        <source>Make sure both servers run the same OpenELIS release.</source>
        <translation>Assurez-vous que les deux serveurs utilisent la même version d&apos;OpenELIS.</translation>
    </message>
    <message>
        <source>The primary runs OpenELIS %1 but the secondary runs %2.</source>
        <translation>Le serveur principal utilise OpenELIS %1 mais le serveur de secours utilise %2.</translation>
    </message>
    <message>
        <source>Install the same OpenELIS release on both servers first.</source>
        <translation>Installez d&apos;abord la même version d&apos;OpenELIS sur les deux serveurs.</translation>
    </message>
    <message>
        <source>Both servers run OpenELIS %1.</source>
        <translation>Les deux serveurs utilisent OpenELIS %1.</translation>
    </message>
    <message>
        <source>Database restart on the primary</source>
        <translation>Redémarrage de la base de données du serveur principal</translation>
    </message>
    <message>
        <source>Could not read the replication settings.</source>
        <translation>Impossible de lire les paramètres de réplication.</translation>
    </message>
    <message>
        <source>The database on the primary must be restarted once to apply %1. OpenELIS will not answer for about 10 to 30 seconds.</source>
        <translation>La base de données du serveur principal doit être redémarrée une fois pour appliquer %1. OpenELIS ne répondra pas pendant environ 10 à 30 secondes.</translation>
    </message>
    <message>
        <source>Choose a quiet moment, and tell the users.</source>
        <translation>Choisissez un moment calme, et prévenez les utilisateurs.</translation>
    </message>
    <message>
        <source>No setting needs changing; no restart is needed.</source>
        <translation>Aucun paramètre à modifier ; aucun redémarrage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Settings to change without a restart: %1.</source>
        <translation>Paramètres à modifier sans redémarrage : %1.</translation>
    </message>
    <message>
        <source>Skipped: the primary&apos;s database could not be asked.</source>
        <translation>Ignorée : la base de données du serveur principal n&apos;a pas pu être interrogée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not read the database roles.</source>
        <translation>Impossible de lire les rôles de la base de données.</translation>
    </message>
    <message>
        <source>Could not give the replication right to the role.</source>
        <translation>Impossible de donner le droit de réplication au rôle.</translation>
    </message>
    <message>
        <source>Reusing the role &quot;%1&quot; and its password file.</source>
        <translation>Réutilisation du rôle &quot;%1&quot; et de son fichier de mot de passe.</translation>
    </message>
    <message>
        <source>Could not read the replication password file.</source>
        <translation>Impossible de lire le fichier de mot de passe de réplication.</translation>
    </message>
    <message>
        <source>Could not write the replication password file.</source>
        <translation>Impossible d&apos;écrire le fichier de mot de passe de réplication.</translation>
    </message>
    <message>
        <source>Could not create the replication role.</source>
        <translation>Impossible de créer le rôle de réplication.</translation>
    </message>
    <message>
        <source>Created the replication role &quot;%1&quot;.</source>
        <translation>Rôle de réplication &quot;%1&quot; créé.</translation>
    </message>
    <message>
        <source>Set a new password for the role &quot;%1&quot; (its file was missing).</source>
        <translation>Nouveau mot de passe défini pour le rôle &quot;%1&quot; (son fichier était absent).</translation>
    </message>
    <message>
        <source>Could not find pg_hba.conf on the primary.</source>
        <translation>Impossible de trouver pg_hba.conf sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not read the role.</source>
        <translation>Impossible de lire le rôle.</translation>
    </message>
    <message>
        <source>pg_hba.conf already has the entry for %1.</source>
        <translation>pg_hba.conf contient déjà l&apos;entrée pour %1.</translation>
    </message>
    <message>
        <source>Could not update pg_hba.conf on the primary.</source>
        <translation>Impossible de mettre à jour pg_hba.conf sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not reload the primary&apos;s configuration.</source>
        <translation>Impossible de recharger la configuration du serveur principal.</translation>
    </message>
    <message>
        <source>The new pg_hba.conf was not accepted by PostgreSQL; the previous file was put back.</source>
        <translation>Le nouveau pg_hba.conf n&apos;a pas été accepté par PostgreSQL ; le fichier précédent a été remis en place.</translation>
    </message>
    <message>
        <source>pg_hba.conf: one replication entry for %1 (previous file kept as %2).</source>
        <translation>pg_hba.conf : une entrée de réplication pour %1 (fichier précédent conservé sous %2).</translation>
    </message>
    <message>
        <source>Could not read the primary&apos;s settings.</source>
        <translation>Impossible de lire les paramètres du serveur principal.</translation>
    </message>
    <message>
        <source>Could not change the primary&apos;s replication settings.</source>
        <translation>Impossible de modifier les paramètres de réplication du serveur principal.</translation>
    </message>
    <message>
        <source>Restarting the primary&apos;s database to apply: %1</source>
        <translation>Redémarrage de la base de données du serveur principal pour appliquer : %1</translation>
    </message>
    <message>
        <source>Restarting the database on the primary…</source>
        <translation>Redémarrage de la base de données sur le serveur principal…</translation>
    </message>
    <message>
        <source>Could not restart the primary&apos;s database.</source>
        <translation>Impossible de redémarrer la base de données du serveur principal.</translation>
    </message>
    <message>
        <source>The primary&apos;s database did not come back after the restart. Check it with &quot;docker logs %1&quot; on the primary.</source>
        <translation>La base de données du serveur principal n&apos;est pas revenue après le redémarrage. Vérifiez-la avec &quot;docker logs %1&quot; sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not create the replication slot.</source>
        <translation>Impossible de créer le slot de réplication.</translation>
    </message>
    <message>
        <source>Created the replication slot %1.</source>
        <translation>Slot de réplication %1 créé.</translation>
    </message>
    <message>
        <source>The replication slot %1 already exists.</source>
        <translation>Le slot de réplication %1 existe déjà.</translation>
    </message>
    <message>
        <source>Could not list the containers on the secondary.</source>
        <translation>Impossible de lister les conteneurs sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Could not change the restart policy of the secondary&apos;s containers.</source>
        <translation>Impossible de modifier la politique de redémarrage des conteneurs du serveur de secours.</translation>
    </message>
    <message>
        <source>Could not stop the secondary&apos;s application containers.</source>
        <translation>Impossible d&apos;arrêter les conteneurs de l&apos;application sur le serveur de secours.</translation>
    </message>
    <message>
        <source>The secondary is already a standby streaming from the primary: no new copy is needed.</source>
        <translation>Le serveur de secours reçoit déjà le flux du serveur principal : aucune nouvelle copie n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Could not read the replication password on the primary.</source>
        <translation>Impossible de lire le mot de passe de réplication sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not prepare the copy directory on the secondary.</source>
        <translation>Impossible de préparer le répertoire de copie sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Copying the primary&apos;s database: %1 of %2 MB</source>
        <translation>Copie de la base de données du serveur principal : %1 sur %2 Mo</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database (pg_basebackup) failed. The secondary was not changed.</source>
        <translation>La copie de la base de données du serveur principal (pg_basebackup) a échoué. Le serveur de secours n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database did not verify. The secondary was not changed.</source>
        <translation>La copie de la base de données du serveur principal n&apos;a pas passé la vérification. Le serveur de secours n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not write the standby settings.</source>
        <translation>Impossible d&apos;écrire les paramètres de secours.</translation>
    </message>
    <message>
        <source>Replacing the secondary&apos;s database with the copy…</source>
        <translation>Remplacement de la base de données du serveur de secours par la copie…</translation>
    </message>
    <message>
        <source>Could not stop the secondary&apos;s database.</source>
        <translation>Impossible d&apos;arrêter la base de données du serveur de secours.</translation>
    </message>
    <message>
        <source>Could not move the copy into place on the secondary.</source>
        <translation>Impossible de mettre la copie en place sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Could not start the secondary&apos;s database.</source>
        <translation>Impossible de démarrer la base de données du serveur de secours.</translation>
    </message>
    <message>
        <source>Waiting for the secondary to stream from the primary…</source>
        <translation>En attente du flux de réplication entre le serveur principal et le serveur de secours…</translation>
    </message>
    <message>
        <source>The secondary&apos;s database started but does not stream from the primary.</source>
        <translation>La base de données du serveur de secours a démarré mais ne reçoit pas le flux du serveur principal.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the secondary.</source>
        <translation>Voir &quot;docker logs %1&quot; sur le serveur de secours.</translation>
    </message>
    <message>
        <source>The secondary is now a standby. Its previous database is kept in %1.</source>
        <translation>Le serveur de secours suit maintenant le serveur principal. Son ancienne base de données est conservée dans %1.</translation>
    </message>
    <message>
        <source>Putting the secondary&apos;s previous database back.</source>
        <translation>Remise en place de l&apos;ancienne base de données du serveur de secours.</translation>
    </message>
    <message>
        <source>Could not list the containers on the primary.</source>
        <translation>Impossible de lister les conteneurs sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not start OpenELIS on the primary.</source>
        <translation>Impossible de démarrer OpenELIS sur le serveur principal.</translation>
    </message>
    <message>
        <source>The primary does not list the secondary as streaming through slot %1.</source>
        <translation>Le serveur principal n&apos;indique pas que le serveur de secours reçoit son flux par le slot %1.</translation>
    </message>
    <message>
        <source>Could not write the test record on the primary.</source>
        <translation>Impossible d&apos;écrire l&apos;enregistrement de test sur le serveur principal.</translation>
    </message>
    <message>
        <source>A test record written on the primary did not reach the secondary within 30 seconds.</source>
        <translation>Un enregistrement de test écrit sur le serveur principal n&apos;est pas parvenu au serveur de secours en 30 secondes.</translation>
    </message>
    <message>
        <source>Verified: the secondary streams through slot %1; a record written on the primary was readable on the secondary after %2 ms.</source>
        <translation>Vérifié : le serveur de secours reçoit le flux par le slot %1 ; un enregistrement écrit sur le serveur principal était lisible sur le serveur de secours après %2 ms.</translation>
    </message>
    <message>
        <source>Primary: replication role and access</source>
        <translation>Serveur principal : rôle de réplication et accès</translation>
    </message>
    <message>
        <source>Preparing the replication role and its access on the primary…</source>
        <translation>Préparation du rôle de réplication et de son accès sur le serveur principal…</translation>
    </message>
    <message>
        <source>Primary: replication settings and slot</source>
        <translation>Serveur principal : paramètres et slot de réplication</translation>
    </message>
    <message>
        <source>Applying the replication settings on the primary…</source>
        <translation>Application des paramètres de réplication sur le serveur principal…</translation>
    </message>
    <message>
        <source>Secondary: stop OpenELIS (the database keeps running)</source>
        <translation>Serveur de secours : arrêter OpenELIS (la base de données continue de fonctionner)</translation>
    </message>
    <message>
        <source>Stopping OpenELIS on the secondary…</source>
        <translation>Arrêt d&apos;OpenELIS sur le serveur de secours…</translation>
    </message>
    <message>
        <source>Copy the install directory</source>
        <translation>Copier le répertoire d&apos;installation</translation>
    </message>
    <message>
        <source>Copying the install directory to the secondary…</source>
        <translation>Copie du répertoire d&apos;installation vers le serveur de secours…</translation>
    </message>
    <message>
        <source>Secondary: copy the database and start it as a standby</source>
        <translation>Serveur de secours : copier la base de données et la démarrer comme base de secours</translation>
    </message>
    <message>
        <source>Copying the primary&apos;s database to the secondary…</source>
        <translation>Copie de la base de données du serveur principal vers le serveur de secours…</translation>
    </message>
    <message>
        <source>Primary: make sure OpenELIS is running</source>
        <translation>Serveur principal : s&apos;assurer qu&apos;OpenELIS fonctionne</translation>
    </message>
    <message>
        <source>Starting OpenELIS on the primary…</source>
        <translation>Démarrage d&apos;OpenELIS sur le serveur principal…</translation>
    </message>
    <message>
        <source>Verify replication</source>
        <translation>Vérifier la réplication</translation>
    </message>
    <message>
        <source>Checking that data written on the primary reaches the secondary…</source>
        <translation>Vérification que les données écrites sur le serveur principal arrivent sur le serveur de secours…</translation>
    </message>
    <message>
        <source>%1: must be a rate like &quot;20M&quot; (MB/s) or &quot;500k&quot; (kB/s), between 32k and 1024M</source>
        <translation>%1 : doit être un débit comme &quot;20M&quot; (Mo/s) ou &quot;500k&quot; (ko/s), entre 32k et 1024M</translation>
    </message>
    <message numerus="yes">
        <source>Not run: step(s) %1.</source>
        <translation>
            <numerusform>Non exécutée : étape %1.</numerusform>
            <numerusform>Non exécutées : étapes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <comment>short answer yes to &quot;Continue? [y/N]&quot;</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>answer to &quot;Continue? [y/N]&quot;</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>the database restarts only if a changed setting needs it (OpenELIS then does not answer for a short while).</source>
        <translation>la base de données ne redémarre que si un paramètre modifié l&apos;exige (OpenELIS ne répond alors pas pendant un court moment).</translation>
    </message>
    <message>
        <source>no database restart is needed.</source>
        <translation>aucun redémarrage de la base de données n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Ce qui va changer :</translation>
    </message>
    <message>
        <source>On the primary %1:</source>
        <translation>Sur le serveur principal %1 :</translation>
    </message>
    <message>
        <source>a replication role (the existing &quot;backup&quot; role is reused when present), one pg_hba.conf entry for the secondary (the file is backed up first), the replication settings and a replication slot;</source>
        <translation>un rôle de réplication (le rôle &quot;backup&quot; existant est réutilisé s&apos;il existe), une entrée dans pg_hba.conf pour le serveur de secours (le fichier est d&apos;abord sauvegardé), les paramètres de réplication et un slot de réplication ;</translation>
    </message>
    <message>
        <source>On the secondary %1:</source>
        <translation>Sur le serveur de secours %1 :</translation>
    </message>
    <message>
        <source>the OpenELIS application containers are stopped and no longer restart on their own;</source>
        <translation>les conteneurs de l&apos;application OpenELIS sont arrêtés et ne redémarrent plus tout seuls ;</translation>
    </message>
    <message>
        <source>the install directory %1 is copied from the primary (except %2);</source>
        <translation>le répertoire d&apos;installation %1 est copié depuis le serveur principal (sauf %2) ;</translation>
    </message>
    <message>
        <source>its database is replaced by a copy of the primary&apos;s; the current data is kept aside in %1.</source>
        <translation>sa base de données est remplacée par une copie de celle du serveur principal ; les données actuelles sont mises de côté dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-checks gave %n warning(s); see above.</source>
        <translation>
            <numerusform>Les vérifications préalables ont donné %n avertissement ; voir ci-dessus.</numerusform>
            <numerusform>Les vérifications préalables ont donné %n avertissements ; voir ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport : %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continuer ? [o/N] </translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: pass --yes to set up without asking. Nothing was changed.</source>
        <translation>Aucun terminal pour confirmer : ajoutez --yes pour configurer sans confirmation. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelling: leaving both servers safe…</source>
        <translation>Annulation : mise en sécurité des deux serveurs…</translation>
    </message>
    <message>
        <source>The set-up is complete: %1 is now a hot standby of %2.</source>
        <translation>La configuration est terminée : %1 est maintenant un serveur de secours à chaud de %2.</translation>
    </message>
    <message>
        <source>Cancelled. Both servers were left in a safe state; the report says where the set-up stopped.</source>
        <translation>Annulé. Les deux serveurs ont été laissés dans un état sûr ; le rapport indique où la configuration s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The set-up failed.</source>
        <translation>La configuration a échoué.</translation>
    </message>
    <message>
        <source>The set-up failed: %1</source>
        <translation>La configuration a échoué : %1</translation>
    </message>
    <message>
        <source>The set-up stopped at “%1”: %2</source>
        <translation>La configuration s&apos;est arrêtée à l&apos;étape «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %n path(s) in %2 are directories holding files that are not on %3, where %3 has a file or link of the same name. Nothing was changed. Move them away on %1, or allow deleting extraneous files, then run the copy again.</source>
        <translation>
            <numerusform>Sur %1, %n chemin dans %2 est un répertoire contenant des fichiers absents de %3, alors que %3 a un fichier ou un lien du même nom. Rien n&apos;a été modifié. Déplacez-le ailleurs sur %1, ou autorisez la suppression des fichiers en trop, puis relancez la copie.</numerusform>
            <numerusform>Sur %1, %n chemins dans %2 sont des répertoires contenant des fichiers absents de %3, alors que %3 a un fichier ou un lien du même nom. Rien n&apos;a été modifié. Déplacez-les ailleurs sur %1, ou autorisez la suppression des fichiers en trop, puis relancez la copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: not started. %1</source>
        <translation>Résultat : non démarré. %1</translation>
    </message>
    <message numerus="yes">
        <source>Completed before the stop: step(s) %1.</source>
        <translation>
            <numerusform>Effectuée avant l&apos;arrêt : étape %1.</numerusform>
            <numerusform>Effectuées avant l&apos;arrêt : étapes %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone after the stop: step(s) %1 (see “After the stop” below).</source>
        <translation>
            <numerusform>Modifications annulées après l&apos;arrêt : étape %1 (voir «&#xa0;Après l&apos;arrêt&#xa0;» ci-dessous).</numerusform>
            <numerusform>Modifications annulées après l&apos;arrêt : étapes %1 (voir «&#xa0;Après l&apos;arrêt&#xa0;» ci-dessous).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What step(s) %1 changed stays in place.</source>
        <translation>
            <numerusform>Ce que l&apos;étape %1 a modifié reste en place.</numerusform>
            <numerusform>Ce que les étapes %1 ont modifié reste en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the state of both servers before trying again: steps marked OK and not undone took effect, the others did not. Never start OpenELIS on the old primary while the new one accepts work.</source>
        <translation>Vérifiez l&apos;état des deux serveurs avant de réessayer : les étapes marquées OK et dont les modifications n&apos;ont pas été annulées ont pris effet, les autres non. Ne démarrez jamais OpenELIS sur l&apos;ancien serveur principal pendant que le nouveau reçoit du travail.</translation>
    </message>
    <message>
        <source>%1, undone</source>
        <comment>step state, e.g. “OK, undone”</comment>
        <translation>%1, modifications annulées</translation>
    </message>
    <message>
        <source>Planned switchover: both servers are healthy, no data may be lost.</source>
        <translation>Bascule planifiée : les deux serveurs sont en bon état, aucune donnée ne doit être perdue.</translation>
    </message>
    <message>
        <source>When the old primary re-joins as the new secondary, copy the whole database instead of trying pg_rewind first.</source>
        <translation>Quand l&apos;ancien serveur principal revient comme nouveau serveur de secours, copier toute la base de données au lieu d&apos;essayer d&apos;abord pg_rewind.</translation>
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
        <translation>Utilisation :
  oe-failover-cli check    --plan FICHIER [--secrets -] [--json]
  oe-failover-cli setup    --plan FICHIER [--secrets -] [--json] [--yes]
  oe-failover-cli failover --plan FICHIER [--secrets -] [--json] [--yes] [--primary-is-down]
                           [--switchover] [--new-secondary] [--full-copy] [--restart-old-primary]
  oe-failover-cli verify   --plan FICHIER [--secrets -] [--json] [--round-trip]
Options communes : --known-hosts FICHIER, --accept-host-key HÔTE=SHA256:..., --report FICHIER

Le plan (JSON) désigne les serveurs ; les mots de passe n&apos;y figurent jamais. Fournissez-les
au format JSON sur l&apos;entrée standard avec --secrets -, par exemple :
  {&quot;primary&quot;: {&quot;password&quot;: &quot;...&quot;, &quot;sudoPassword&quot;: &quot;...&quot;}, &quot;secondary&quot;: {...}}

Codes de sortie : 0 OK, 1 échec en cours d&apos;exécution (état laissé sûr), 2 entrée incorrecte,
3 échec des vérifications préalables (rien n&apos;a été modifié), 4 clé d&apos;hôte inconnue ou modifiée
(rien n&apos;a été modifié), 5 annulé. verify : 0 OK, 1 Avertissement, 2 Critique.</translation>
    </message>
    <message>
        <source>Instead of failing over, restart OpenELIS on the old primary and check it again.</source>
        <translation>Au lieu de basculer, redémarrer OpenELIS sur l&apos;ancien serveur principal et le vérifier de nouveau.</translation>
    </message>
    <message>
        <source>After the failover, attach the plan&apos;s &quot;newSecondary&quot; as the new standby.</source>
        <translation>Après le basculement, rattacher le serveur &quot;newSecondary&quot; du plan comme nouveau serveur de secours.</translation>
    </message>
    <message>
        <source>--new-secondary needs a &quot;newSecondary&quot; server in the plan.</source>
        <translation>--new-secondary nécessite un serveur &quot;newSecondary&quot; dans le plan.</translation>
    </message>
    <message>
        <source>Restart OpenELIS on the old primary and check again instead of failing over? [y/N] </source>
        <translation>Redémarrer OpenELIS sur l&apos;ancien serveur principal et vérifier de nouveau au lieu de basculer ? [o/N] </translation>
    </message>
    <message>
        <source>The old primary cannot be reached by SSH: it cannot be restarted from here.</source>
        <translation>L&apos;ancien serveur principal est injoignable par SSH : il ne peut pas être redémarré d&apos;ici.</translation>
    </message>
    <message>
        <source>Planned switchover: OpenELIS stops on %1, %2 receives everything, then becomes the primary; %1 becomes its standby. No data is lost; OpenELIS is unavailable for about a minute.</source>
        <translation>Bascule planifiée : OpenELIS s&apos;arrête sur %1, %2 reçoit tout, puis devient le serveur principal ; %1 devient son serveur de secours. Aucune donnée n&apos;est perdue ; OpenELIS est indisponible pendant environ une minute.</translation>
    </message>
    <message>
        <source>Failover: %1 will be fenced (OpenELIS and its database stopped, nothing restarts on its own, the database can only start read-only), then %2 becomes the primary.</source>
        <translation>Basculement : %1 sera isolé (OpenELIS et sa base de données arrêtés, rien ne redémarre tout seul, la base de données ne peut démarrer qu&apos;en lecture seule), puis %2 devient le serveur principal.</translation>
    </message>
    <message>
        <source>Failover: you confirmed that %1 is powered off or disconnected; %2 becomes the primary.</source>
        <translation>Basculement : vous avez confirmé que %1 est éteint ou déconnecté ; %2 devient le serveur principal.</translation>
    </message>
    <message>
        <source>Afterwards %1 is set up as the new standby.</source>
        <translation>Ensuite, %1 est configuré comme nouveau serveur de secours.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm on: pass --yes. Nothing was changed.</source>
        <translation>Aucun terminal pour confirmer : ajoutez --yes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Switchover complete: %1 is the primary, %2 its standby. Users must now use https://%1:8443/.</source>
        <translation>Bascule planifiée terminée : %1 est le serveur principal, %2 son serveur de secours. Les utilisateurs doivent maintenant utiliser https://%1:8443/.</translation>
    </message>
    <message>
        <source>Failover complete: OpenELIS runs on %1. Users must now use https://%1:8443/.</source>
        <translation>Basculement terminé : OpenELIS fonctionne sur %1. Les utilisateurs doivent maintenant utiliser https://%1:8443/.</translation>
    </message>
    <message>
        <source>Its certificate does not name this address: browsers will warn.</source>
        <translation>Son certificat ne mentionne pas cette adresse : les navigateurs afficheront un avertissement.</translation>
    </message>
    <message>
        <source>Cancelled. The report says where it stopped and the state of each server.</source>
        <translation>Annulé. Le rapport indique où cela s&apos;est arrêté et l&apos;état de chaque serveur.</translation>
    </message>
    <message>
        <source>The failover stopped: %1</source>
        <translation>Le basculement s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Verdict : %1 — %2</translation>
    </message>
    <message>
        <source>No database answers on port %1 of the server; it will be replaced by the copy of the primary&apos;s.</source>
        <translation>Aucune base de données ne répond sur le port %1 du serveur ; elle sera remplacée par la copie de celle du serveur principal.</translation>
    </message>
    <message>
        <source>No OpenELIS container was found on the old primary %1.</source>
        <translation>Aucun conteneur OpenELIS n&apos;a été trouvé sur l&apos;ancien serveur principal %1.</translation>
    </message>
    <message>
        <source>Could not change the restart policies on the old primary.</source>
        <translation>Impossible de modifier les politiques de redémarrage sur l&apos;ancien serveur principal.</translation>
    </message>
    <message>
        <source>Could not stop OpenELIS on the old primary.</source>
        <translation>Impossible d&apos;arrêter OpenELIS sur l&apos;ancien serveur principal.</translation>
    </message>
    <message>
        <source>Could not stop the database on the old primary.</source>
        <translation>Impossible d&apos;arrêter la base de données sur l&apos;ancien serveur principal.</translation>
    </message>
    <message>
        <source>Could not mark the old primary&apos;s database as a standby.</source>
        <translation>Impossible de marquer la base de données de l&apos;ancien serveur principal comme base de secours.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database is still running after it was stopped.</source>
        <translation>La base de données de l&apos;ancien serveur principal fonctionne toujours après son arrêt.</translation>
    </message>
    <message>
        <source>Fenced: the old primary&apos;s containers no longer restart on their own, its database is stopped and can only ever start read-only.</source>
        <translation>Isolé : les conteneurs de l&apos;ancien serveur principal ne redémarrent plus tout seuls, sa base de données est arrêtée et ne pourra plus démarrer qu&apos;en lecture seule.</translation>
    </message>
    <message>
        <source>The old primary&apos;s last position is unknown: a loss-free switchover cannot be proven.</source>
        <translation>La dernière position de l&apos;ancien serveur principal est inconnue : impossible de prouver que la bascule se fera sans perte de données.</translation>
    </message>
    <message>
        <source>The standby has replayed everything the old primary wrote (up to %1).</source>
        <translation>Le serveur de secours a rejoué tout ce que l&apos;ancien serveur principal a écrit (jusqu&apos;à %1).</translation>
    </message>
    <message numerus="yes">
        <source>The standby did not catch up with the old primary (%n byte(s) missing).</source>
        <translation>
            <numerusform>Le serveur de secours n&apos;a pas rattrapé l&apos;ancien serveur principal (%n octet manquant).</numerusform>
            <numerusform>Le serveur de secours n&apos;a pas rattrapé l&apos;ancien serveur principal (%n octets manquants).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The standby is missing %n byte(s) of the old primary&apos;s last changes.</source>
        <translation>
            <numerusform>Il manque au serveur de secours %n octet des dernières modifications de l&apos;ancien serveur principal.</numerusform>
            <numerusform>Il manque au serveur de secours %n octets des dernières modifications de l&apos;ancien serveur principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The standby could not be promoted.</source>
        <translation>Le serveur de secours n&apos;a pas pu être promu.</translation>
    </message>
    <message>
        <source>The new primary was promoted but does not accept writes.</source>
        <translation>Le nouveau serveur principal a été promu mais n&apos;accepte pas les écritures.</translation>
    </message>
    <message>
        <source>Promoted in %1 ms; it accepted a write %2 ms after the promotion started.</source>
        <translation>Promu en %1 ms ; il a accepté une écriture %2 ms après le début de la promotion.</translation>
    </message>
    <message>
        <source>Could not clear the standby settings on the new primary.</source>
        <translation>Impossible d&apos;effacer les paramètres de secours sur le nouveau serveur principal.</translation>
    </message>
    <message>
        <source>Could not restore the restart policies on the new primary.</source>
        <translation>Impossible de rétablir les politiques de redémarrage sur le nouveau serveur principal.</translation>
    </message>
    <message>
        <source>Could not start OpenELIS on the new primary.</source>
        <translation>Impossible de démarrer OpenELIS sur le nouveau serveur principal.</translation>
    </message>
    <message>
        <source>OpenELIS on the new primary does not answer its health address (https://%1:8443%2).</source>
        <translation>OpenELIS sur le nouveau serveur principal ne répond pas à son adresse de contrôle (https://%1:8443%2).</translation>
    </message>
    <message>
        <source>OpenELIS answers at https://%1:8443%2.</source>
        <translation>OpenELIS répond à https://%1:8443%2.</translation>
    </message>
    <message>
        <source>The certificate presented by %1 does not name this address: browsers will warn users. Install a certificate for %1 in /etc/openelis-global on this server.</source>
        <translation>Le certificat présenté par %1 ne mentionne pas cette adresse : les navigateurs avertiront les utilisateurs. Installez un certificat pour %1 dans /etc/openelis-global sur ce serveur.</translation>
    </message>
    <message>
        <source>Bringing the old primary back into service.</source>
        <translation>Remise en service de l&apos;ancien serveur principal.</translation>
    </message>
    <message>
        <source>The old primary is down: it answers neither SSH, nor its database, nor its web address.</source>
        <translation>L&apos;ancien serveur principal est hors service : il ne répond ni en SSH, ni par sa base de données, ni à son adresse web.</translation>
    </message>
    <message>
        <source>The old primary is up: SSH, its database and OpenELIS all answer.</source>
        <translation>L&apos;ancien serveur principal fonctionne : SSH, sa base de données et OpenELIS répondent tous.</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>OpenELIS web</source>
        <translation>web OpenELIS</translation>
    </message>
    <message>
        <source>The old primary is partly up: %1 answer(s); %2 do(es) not.</source>
        <translation>L&apos;ancien serveur principal fonctionne en partie : %1 répond(ent) ; %2 non.</translation>
    </message>
    <message>
        <source>Work entered after %1 on the old server may be missing on the new one.</source>
        <translation>Le travail saisi après %1 sur l&apos;ancien serveur peut manquer sur le nouveau.</translation>
    </message>
    <message>
        <source>The standby has not replayed any transaction yet: it holds the data of its initial copy.</source>
        <translation>Le serveur de secours n&apos;a encore rejoué aucune transaction : il contient les données de sa copie initiale.</translation>
    </message>
    <message>
        <source>The old primary&apos;s current position has been received: nothing is missing right now.</source>
        <translation>La position actuelle de l&apos;ancien serveur principal a été reçue : rien ne manque pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>Right now the standby is %n byte(s) behind the old primary.</source>
        <translation>
            <numerusform>En ce moment, le serveur de secours a %n octet de retard sur l&apos;ancien serveur principal.</numerusform>
            <numerusform>En ce moment, le serveur de secours a %n octets de retard sur l&apos;ancien serveur principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target is a standby</source>
        <translation>La cible est un serveur de secours</translation>
    </message>
    <message>
        <source>The database on %1 does not answer.</source>
        <translation>La base de données de %1 ne répond pas.</translation>
    </message>
    <message>
        <source>Start the database on the target (&quot;docker start %1&quot;), then check again.</source>
        <translation>Démarrez la base de données sur la cible (&quot;docker start %1&quot;), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 is not a standby: its database already accepts writes.</source>
        <translation>%1 n&apos;est pas un serveur de secours : sa base de données accepte déjà les écritures.</translation>
    </message>
    <message>
        <source>Choose the standby server as the new primary. If this server was already promoted, there is nothing to fail over.</source>
        <translation>Choisissez le serveur de secours comme nouveau serveur principal. Si ce serveur a déjà été promu, il n&apos;y a rien à basculer.</translation>
    </message>
    <message>
        <source>%1 is a standby: received up to %2, replayed up to %3.</source>
        <translation>%1 est un serveur de secours : reçu jusqu&apos;à %2, rejoué jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Link to the primary</source>
        <translation>Lien avec le serveur principal</translation>
    </message>
    <message>
        <source>The standby is still receiving changes from %1: the primary is alive.</source>
        <translation>Le serveur de secours reçoit toujours des modifications de %1 : le serveur principal est en vie.</translation>
    </message>
    <message>
        <source>If this is a drill or maintenance, use a planned switchover (no data is lost).</source>
        <translation>S&apos;il s&apos;agit d&apos;un exercice ou d&apos;une maintenance, utilisez une bascule planifiée (aucune donnée n&apos;est perdue).</translation>
    </message>
    <message>
        <source>The standby no longer receives anything from the primary.</source>
        <translation>Le serveur de secours ne reçoit plus rien du serveur principal.</translation>
    </message>
    <message>
        <source>Skipped: the target could not be reached.</source>
        <translation>Ignorée : la cible n&apos;a pas pu être jointe.</translation>
    </message>
    <message>
        <source>The old primary</source>
        <translation>L&apos;ancien serveur principal</translation>
    </message>
    <message>
        <source>It can be restarted (&quot;restart OpenELIS there&quot;, upstream&apos;s first remedy) or brought down and fenced by this tool before the failover.</source>
        <translation>Il peut être redémarré («&#xa0;redémarrer OpenELIS sur place&#xa0;», le premier remède recommandé par OpenELIS), ou arrêté et isolé par cet outil avant le basculement.</translation>
    </message>
    <message>
        <source>This tool cannot log in to stop it. Power it off or disconnect it, then check again.</source>
        <translation>Cet outil ne peut pas s&apos;y connecter pour l&apos;arrêter. Éteignez-le ou déconnectez-le, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Possible data loss</source>
        <translation>Perte de données possible</translation>
    </message>
    <message>
        <source>No OpenELIS container was found on the old primary.</source>
        <translation>Aucun conteneur OpenELIS n&apos;a été trouvé sur l&apos;ancien serveur principal.</translation>
    </message>
    <message>
        <source>Restarting OpenELIS on the old primary failed: %1</source>
        <translation>Le redémarrage d&apos;OpenELIS sur l&apos;ancien serveur principal a échoué : %1</translation>
    </message>
    <message>
        <source>OpenELIS was restarted on the old primary and answers again. No failover is needed.</source>
        <translation>OpenELIS a été redémarré sur l&apos;ancien serveur principal et répond de nouveau. Aucun basculement n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>OpenELIS was restarted on the old primary but does not answer (%1).</source>
        <translation>OpenELIS a été redémarré sur l&apos;ancien serveur principal mais ne répond pas (%1).</translation>
    </message>
    <message>
        <source>The target (new primary) cannot be reached or used: see the checks above.</source>
        <translation>La cible (nouveau serveur principal) ne peut pas être jointe ou utilisée : voir les vérifications ci-dessus.</translation>
    </message>
    <message>
        <source>The target is not a standby: nothing was changed.</source>
        <translation>La cible n&apos;est pas un serveur de secours : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A planned switchover needs both servers healthy: the old primary running and reachable, the standby streaming from it.</source>
        <translation>Une bascule planifiée nécessite deux serveurs en bon état : l&apos;ancien serveur principal en marche et joignable, le serveur de secours recevant son flux.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database still answers, and this tool cannot log in to stop it. Promoting now could leave two primaries. Power the old primary off or disconnect it, then run the failover again.</source>
        <translation>La base de données de l&apos;ancien serveur principal répond toujours, et cet outil ne peut pas s&apos;y connecter pour l&apos;arrêter. Promouvoir maintenant pourrait laisser deux serveurs principaux. Éteignez ou déconnectez l&apos;ancien serveur principal, puis relancez le basculement.</translation>
    </message>
    <message>
        <source>The old primary cannot be reached, so it cannot be fenced by this tool. Confirm that it is powered off or disconnected (--primary-is-down) to continue.</source>
        <translation>L&apos;ancien serveur principal est injoignable, cet outil ne peut donc pas l&apos;isoler. Confirmez qu&apos;il est éteint ou déconnecté (--primary-is-down) pour continuer.</translation>
    </message>
    <message>
        <source>Old primary: stop OpenELIS</source>
        <translation>Ancien serveur principal : arrêter OpenELIS</translation>
    </message>
    <message>
        <source>Old primary: stop the database; the standby receives everything</source>
        <translation>Ancien serveur principal : arrêter la base de données ; le serveur de secours reçoit tout</translation>
    </message>
    <message>
        <source>Fence the old primary</source>
        <translation>Isoler l&apos;ancien serveur principal</translation>
    </message>
    <message>
        <source>Old primary confirmed off</source>
        <translation>Ancien serveur principal confirmé éteint</translation>
    </message>
    <message>
        <source>The operator confirmed that the old primary %1 is powered off or disconnected. Before it is switched on again, it must be disconnected from the users&apos; network.</source>
        <translation>L&apos;opérateur a confirmé que l&apos;ancien serveur principal %1 est éteint ou déconnecté. Avant de le rallumer, il faut le déconnecter du réseau des utilisateurs.</translation>
    </message>
    <message>
        <source>Promote the standby</source>
        <translation>Promouvoir le serveur de secours</translation>
    </message>
    <message>
        <source>Clear the standby settings</source>
        <translation>Effacer les paramètres de secours</translation>
    </message>
    <message>
        <source>Start OpenELIS on the new primary</source>
        <translation>Démarrer OpenELIS sur le nouveau serveur principal</translation>
    </message>
    <message>
        <source>Check that OpenELIS answers</source>
        <translation>Vérifier qu&apos;OpenELIS répond</translation>
    </message>
    <message>
        <source>Make the old primary a standby of the new one</source>
        <translation>Faire de l&apos;ancien serveur principal un serveur de secours du nouveau</translation>
    </message>
    <message>
        <source>Attach the new secondary</source>
        <translation>Rattacher le nouveau serveur de secours</translation>
    </message>
    <message>
        <source>Prepare the new primary for a future secondary</source>
        <translation>Préparer le nouveau serveur principal pour un futur serveur de secours</translation>
    </message>
    <message>
        <source>Could not read the owner of the secondary&apos;s database files.</source>
        <translation>Impossible de lire le propriétaire des fichiers de la base de données du serveur de secours.</translation>
    </message>
    <message>
        <source>Could not read the database image on the secondary.</source>
        <translation>Impossible de lire l&apos;image de la base de données sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Could not write a temporary password file on the secondary.</source>
        <translation>Impossible d&apos;écrire un fichier de mot de passe temporaire sur le serveur de secours.</translation>
    </message>
    <message>
        <source>the secondary&apos;s database is not a former member of the primary&apos;s cluster</source>
        <translation>la base de données du serveur de secours n&apos;a jamais fait partie du cluster du serveur principal</translation>
    </message>
    <message>
        <source>The secondary&apos;s database was not part of this cluster: it gets a full copy.</source>
        <translation>La base de données du serveur de secours ne faisait pas partie de ce cluster : elle reçoit une copie complète.</translation>
    </message>
    <message>
        <source>Could not stop the database on the secondary.</source>
        <translation>Impossible d&apos;arrêter la base de données sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Keeping a copy of the old data directory…</source>
        <translation>Conservation d&apos;une copie de l&apos;ancien répertoire de données…</translation>
    </message>
    <message>
        <source>Could not keep a copy of the old data directory.</source>
        <translation>Impossible de conserver une copie de l&apos;ancien répertoire de données.</translation>
    </message>
    <message>
        <source>pg_rewind could not be used (%1): a full copy of the database follows.</source>
        <translation>pg_rewind n&apos;a pas pu être utilisé (%1) : une copie complète de la base de données va suivre.</translation>
    </message>
    <message>
        <source>Could not allow the replication role to run pg_rewind.</source>
        <translation>Impossible d&apos;autoriser le rôle de réplication à exécuter pg_rewind.</translation>
    </message>
    <message>
        <source>Rewinding the old data directory (pg_rewind)…</source>
        <translation>Resynchronisation de l&apos;ancien répertoire de données (pg_rewind)…</translation>
    </message>
    <message>
        <source>pg_rewind %1</source>
        <translation>pg_rewind : %1</translation>
    </message>
    <message>
        <source>the rewound database did not stream from the primary</source>
        <translation>la base de données resynchronisée n&apos;a pas reçu le flux du serveur principal</translation>
    </message>
    <message>
        <source>The old data directory was rewound with pg_rewind; a copy of it as it was is kept in %1.</source>
        <translation>L&apos;ancien répertoire de données a été resynchronisé avec pg_rewind ; une copie de son état antérieur est conservée dans %1.</translation>
    </message>
    <message>
        <source>Secondary: rewind its old database (pg_rewind)</source>
        <translation>Serveur de secours : resynchroniser son ancienne base de données (pg_rewind)</translation>
    </message>
    <message>
        <source>Rewinding the secondary&apos;s old database…</source>
        <translation>Resynchronisation de l&apos;ancienne base de données du serveur de secours…</translation>
    </message>
    <message>
        <source>Secondary: the database restarts on its own again</source>
        <translation>Serveur de secours : la base de données redémarre de nouveau toute seule</translation>
    </message>
    <message>
        <source>Could not restore the restart policy of the secondary&apos;s database.</source>
        <translation>Impossible de rétablir la politique de redémarrage de la base de données du serveur de secours.</translation>
    </message>
    <message>
        <source>The database on %1 gave an answer that could not be read.</source>
        <translation>La base de données de %1 a donné une réponse illisible.</translation>
    </message>
    <message>
        <source>The database container %1 on %2 is not running (%3).</source>
        <translation>Le conteneur de base de données %1 sur %2 ne fonctionne pas (%3).</translation>
    </message>
    <message>
        <source>The database container %1 was not found on %2.</source>
        <translation>Le conteneur de base de données %1 est introuvable sur %2.</translation>
    </message>
    <message>
        <source>The database on %1 runs but does not answer.</source>
        <translation>La base de données de %1 fonctionne mais ne répond pas.</translation>
    </message>
    <message>
        <source>Could not list the install directory on the primary.</source>
        <translation>Impossible de lister le répertoire d&apos;installation sur le serveur principal.</translation>
    </message>
    <message>
        <source>Could not list the install directory on the secondary.</source>
        <translation>Impossible de lister le répertoire d&apos;installation sur le serveur de secours.</translation>
    </message>
    <message>
        <source>The install directory %1 is missing on the primary.</source>
        <translation>Le répertoire d&apos;installation %1 est absent du serveur principal.</translation>
    </message>
    <message>
        <source>The install directory %1 is missing on the secondary.</source>
        <translation>Le répertoire d&apos;installation %1 est absent du serveur de secours.</translation>
    </message>
    <message>
        <source>only on the primary</source>
        <translation>uniquement sur le serveur principal</translation>
    </message>
    <message>
        <source>only on the secondary</source>
        <translation>uniquement sur le serveur de secours</translation>
    </message>
    <message>
        <source>a different kind of file on each server</source>
        <translation>un type de fichier différent sur chaque serveur</translation>
    </message>
    <message>
        <source>content differs (SHA-256)</source>
        <translation>le contenu diffère (SHA-256)</translation>
    </message>
    <message>
        <source>links to %1 on the primary, %2 on the secondary</source>
        <translation>pointe vers %1 sur le serveur principal, %2 sur le serveur de secours</translation>
    </message>
    <message>
        <source>mode %1 on the primary, %2 on the secondary</source>
        <translation>mode %1 sur le serveur principal, %2 sur le serveur de secours</translation>
    </message>
    <message>
        <source>owner %1:%2 on the primary, %3:%4 on the secondary</source>
        <translation>propriétaire %1:%2 sur le serveur principal, %3:%4 sur le serveur de secours</translation>
    </message>
    <message numerus="yes">
        <source>no TLS handshake within %n second(s)</source>
        <translation>
            <numerusform>pas de négociation TLS en %n seconde</numerusform>
            <numerusform>pas de négociation TLS en %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer on port %1 within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse sur le port %1 en %n seconde</numerusform>
            <numerusform>pas de réponse sur le port %1 en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing answers on port %1</source>
        <translation>rien ne répond sur le port %1</translation>
    </message>
    <message>
        <source>the name %1 does not resolve</source>
        <translation>le nom %1 ne correspond à aucune adresse</translation>
    </message>
    <message>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>Could not prepare the small check database &quot;%1&quot; on the primary.</source>
        <translation>Impossible de préparer la petite base de contrôle &quot;%1&quot; sur le serveur principal.</translation>
    </message>
    <message>
        <source>The secondary could not look for the test record.</source>
        <translation>Le serveur de secours n&apos;a pas pu rechercher l&apos;enregistrement de test.</translation>
    </message>
    <message numerus="yes">
        <source>The record written on the primary did not show on the secondary within %n second(s).</source>
        <translation>
            <numerusform>L&apos;enregistrement écrit sur le serveur principal n&apos;est pas apparu sur le serveur de secours en %n seconde.</numerusform>
            <numerusform>L&apos;enregistrement écrit sur le serveur principal n&apos;est pas apparu sur le serveur de secours en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secondary stopped looking for the test record.</source>
        <translation>Le serveur de secours a cessé de rechercher l&apos;enregistrement de test.</translation>
    </message>
    <message>
        <source>The secondary&apos;s answer could not be read.</source>
        <translation>La réponse du serveur de secours n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The test record showed on the secondary after %1 ms.</source>
        <translation>L&apos;enregistrement de test est apparu sur le serveur de secours après %1 ms.</translation>
    </message>
    <message>
        <source>The replication state was not measured.</source>
        <translation>L&apos;état de la réplication n&apos;a pas été mesuré.</translation>
    </message>
    <message>
        <source>Not tried: the primary and a standby must both answer.</source>
        <translation>Non tenté : le serveur principal et un serveur de secours doivent tous deux répondre.</translation>
    </message>
    <message>
        <source>Not compared: both servers must answer over SSH.</source>
        <translation>Non comparés : les deux serveurs doivent répondre en SSH.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>serveur principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>serveur de secours</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>sent %1, written %2, stored %3, applied %4; lag: write %5, store %6, apply %7</source>
        <translation>envoyé %1, écrit %2, stocké %3, appliqué %4 ; retard : écriture %5, stockage %6, application %7</translation>
    </message>
    <message>
        <source>newer on the primary</source>
        <translation>plus récent sur le serveur principal</translation>
    </message>
    <message>
        <source>newer on the secondary</source>
        <translation>plus récent sur le serveur de secours</translation>
    </message>
    <message>
        <source>same modification time</source>
        <translation>même date de modification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Primary %1: not reached (%2)</source>
        <translation>Serveur principal %1 : non joint (%2)</translation>
    </message>
    <message>
        <source>Primary %1: %2</source>
        <translation>Serveur principal %1 : %2</translation>
    </message>
    <message>
        <source>Primary %1: %2, PostgreSQL %3, WAL position %4</source>
        <translation>Serveur principal %1 : %2, PostgreSQL %3, position WAL %4</translation>
    </message>
    <message>
        <source>in recovery (a standby)</source>
        <translation>en restauration (serveur de secours)</translation>
    </message>
    <message>
        <source>accepts writes</source>
        <translation>accepte les écritures</translation>
    </message>
    <message>
        <source>Replication connections (pg_stat_replication): %1</source>
        <translation>Connexions de réplication (pg_stat_replication) : %1</translation>
    </message>
    <message>
        <source>%1 from %2: %3, %4; %5 not yet stored, %6 not yet applied</source>
        <translation>%1 depuis %2 : %3, %4 ; %5 pas encore stockés, %6 pas encore appliqués</translation>
    </message>
    <message>
        <source>a local socket</source>
        <translation>un socket local</translation>
    </message>
    <message>
        <source>Replication slots: %1</source>
        <translation>Slots de réplication : %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, keeps %4 of WAL; WAL status: %5</source>
        <translation>%1 (%2) : %3, conserve %4 de WAL ; état des WAL : %5</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>Secondary %1: not reached (%2)</source>
        <translation>Serveur de secours %1 : non joint (%2)</translation>
    </message>
    <message>
        <source>Secondary %1: %2</source>
        <translation>Serveur de secours %1 : %2</translation>
    </message>
    <message>
        <source>Secondary %1: %2, PostgreSQL %3</source>
        <translation>Serveur de secours %1 : %2, PostgreSQL %3</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>serveur de secours (en restauration)</translation>
    </message>
    <message>
        <source>accepts writes (not a standby)</source>
        <translation>accepte les écritures (n&apos;est pas un serveur de secours)</translation>
    </message>
    <message>
        <source>WAL receiver: %1 from %2:%3, slot %4, last message %5</source>
        <translation>Récepteur WAL : %1 depuis %2:%3, slot %4, dernier message %5</translation>
    </message>
    <message>
        <source>WAL receiver: none running</source>
        <translation>Récepteur WAL : aucun en fonctionnement</translation>
    </message>
    <message>
        <source>Received up to %1, applied up to %2 (replay is PAUSED); last transaction applied %3</source>
        <translation>Reçu jusqu&apos;à %1, appliqué jusqu&apos;à %2 (application EN PAUSE) ; dernière transaction appliquée : %3</translation>
    </message>
    <message>
        <source>Received up to %1, applied up to %2; last transaction applied %3</source>
        <translation>Reçu jusqu&apos;à %1, appliqué jusqu&apos;à %2 ; dernière transaction appliquée : %3</translation>
    </message>
    <message>
        <source>Behind the primary: %1, %2</source>
        <translation>Retard sur le serveur principal : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Write test: a record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Test d&apos;écriture : un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
            <numerusform>Test d&apos;écriture : un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write test: %1</source>
        <translation>Test d&apos;écriture : %1</translation>
    </message>
    <message>
        <source>Install directories: not compared (%1)</source>
        <translation>Répertoires d&apos;installation : non comparés (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Install directories: the same (%n file(s) compared)</source>
        <translation>
            <numerusform>Répertoires d&apos;installation : identiques (%n fichier comparé)</numerusform>
            <numerusform>Répertoires d&apos;installation : identiques (%n fichiers comparés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install directories: %n difference(s)</source>
        <translation>
            <numerusform>Répertoires d&apos;installation : %n différence</numerusform>
            <numerusform>Répertoires d&apos;installation : %n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2; %3</source>
        <translation>%1 — %2 ; %3</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificats :</translation>
    </message>
    <message>
        <source>%1: no certificate (%2)</source>
        <translation>%1 : aucun certificat (%2)</translation>
    </message>
    <message>
        <source>read from %1 on the server (no answer: %2)</source>
        <translation>lu dans %1 sur le serveur (pas de réponse : %2)</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>%1: %2; names: %3; covers %4: %5; valid until %6; self-signed: %7</source>
        <translation>%1 : %2 ; noms : %3 ; couvre %4 : %5 ; valide jusqu&apos;au %6 ; auto-signé : %7</translation>
    </message>
    <message>
        <source>covers the primary&apos;s address %1: %2</source>
        <translation>couvre l&apos;adresse du serveur principal %1 : %2</translation>
    </message>
    <message>
        <source>Replication verification, %1</source>
        <translation>Vérification de la réplication, %1</translation>
    </message>
    <message>
        <source>Replication verification: %1 → %2</source>
        <translation>Vérification de la réplication : %1 → %2</translation>
    </message>
    <message>
        <source>Measured %1 (in %2) by %3 on %4 with %5</source>
        <translation>Mesuré le %1 (en %2) par %3 sur %4 avec %5</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Replication on the primary %1</source>
        <translation>Réplication sur le serveur principal %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Retard d&apos;écriture</translation>
    </message>
    <message>
        <source>Store lag</source>
        <translation>Retard de stockage</translation>
    </message>
    <message>
        <source>Apply lag</source>
        <translation>Retard d&apos;application</translation>
    </message>
    <message>
        <source>No replication connection.</source>
        <translation>Aucune connexion de réplication.</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>WAL conservés</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>État des WAL</translation>
    </message>
    <message>
        <source>No replication slot.</source>
        <translation>Aucun slot de réplication.</translation>
    </message>
    <message>
        <source>The standby %1</source>
        <translation>Le serveur de secours %1</translation>
    </message>
    <message>
        <source>In recovery (a standby)</source>
        <translation>En restauration (serveur de secours)</translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation>Récepteur WAL</translation>
    </message>
    <message>
        <source>Slot used</source>
        <translation>Slot utilisé</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Reçu jusqu&apos;à</translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation>Appliqué jusqu&apos;à</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Application en pause</translation>
    </message>
    <message>
        <source>Last transaction applied</source>
        <translation>Dernière transaction appliquée</translation>
    </message>
    <message>
        <source>Behind the primary</source>
        <translation>Retard sur le serveur principal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Write test</source>
        <translation>Test d&apos;écriture</translation>
    </message>
    <message numerus="yes">
        <source>A record written on the primary (database oe_failover) showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Un enregistrement écrit sur le serveur principal (base de données oe_failover) est apparu sur le serveur de secours après %n ms.</numerusform>
            <numerusform>Un enregistrement écrit sur le serveur principal (base de données oe_failover) est apparu sur le serveur de secours après %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install directories (%1)</source>
        <translation>Répertoires d&apos;installation (%1)</translation>
    </message>
    <message>
        <source>Compared file by file by SHA-256, except: %1.</source>
        <translation>Comparés fichier par fichier par SHA-256, sauf : %1.</translation>
    </message>
    <message numerus="yes">
        <source>No difference (%n file(s) compared).</source>
        <translation>
            <numerusform>Aucune différence (%n fichier comparé).</numerusform>
            <numerusform>Aucune différence (%n fichiers comparés).</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation>Côté le plus récent</translation>
    </message>
    <message>
        <source>HTTPS certificates</source>
        <translation>Certificats HTTPS</translation>
    </message>
    <message>
        <source>Address users type</source>
        <translation>Adresse saisie par les utilisateurs</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Noms dans le certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>Mode de lecture</translation>
    </message>
    <message>
        <source>TLS handshake from this computer</source>
        <translation>Négociation TLS depuis cet ordinateur</translation>
    </message>
    <message>
        <source>file %1 on the server (no answer: %2)</source>
        <translation>fichier %1 sur le serveur (pas de réponse : %2)</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>OE Failover verification report. Exit code %1 (0 OK, 1 Warning, 2 Critical).</source>
        <translation>Rapport de vérification OE Failover. Code de sortie %1 (0 OK, 1 Avertissement, 2 Critique).</translation>
    </message>
    <message>
        <source>The server&apos;s SSH key is not the one this computer knows (%1). Ask the server&apos;s administrator whether it changed before trusting it.</source>
        <translation>La clé SSH du serveur n&apos;est pas celle que connaît cet ordinateur (%1). Demandez à l&apos;administrateur du serveur si elle a changé avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and reachable from this computer, then verify again.</source>
        <translation>Vérifiez que %1 est allumé et joignable depuis cet ordinateur, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The primary %1 cannot be reached over SSH: %2</source>
        <translation>Le serveur principal %1 est injoignable en SSH : %2</translation>
    </message>
    <message>
        <source>The secondary %1 cannot be reached over SSH: %2</source>
        <translation>Le serveur de secours %1 est injoignable en SSH : %2</translation>
    </message>
    <message>
        <source>Start it on the primary (docker start %1). If the primary cannot be repaired, fail over to the secondary.</source>
        <translation>Démarrez-le sur le serveur principal (docker start %1). Si le serveur principal ne peut pas être réparé, basculez vers le serveur de secours.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the primary. If the primary cannot be repaired, fail over to the secondary.</source>
        <translation>Voir &quot;docker logs %1&quot; sur le serveur principal. Si le serveur principal ne peut pas être réparé, basculez vers le serveur de secours.</translation>
    </message>
    <message>
        <source>Start it on the secondary (docker start %1): until it runs, the standby cannot take over.</source>
        <translation>Démarrez-le sur le serveur de secours (docker start %1) : tant qu&apos;il ne fonctionne pas, le serveur de secours ne peut pas prendre le relais.</translation>
    </message>
    <message>
        <source>See &quot;docker logs %1&quot; on the secondary: until its database runs, the standby cannot take over.</source>
        <translation>Voir &quot;docker logs %1&quot; sur le serveur de secours : tant que sa base de données ne fonctionne pas, le serveur de secours ne peut pas prendre le relais.</translation>
    </message>
    <message>
        <source>The primary %1 is itself a standby (in recovery): it does not accept the laboratory&apos;s work.</source>
        <translation>Le serveur principal %1 est lui-même un serveur de secours (en restauration) : il n&apos;accepte pas le travail du laboratoire.</translation>
    </message>
    <message>
        <source>If a failover took place, verify with a plan that names the new primary and its standby.</source>
        <translation>Si un basculement a eu lieu, vérifiez avec un plan qui désigne le nouveau serveur principal et son serveur de secours.</translation>
    </message>
    <message>
        <source>The database accepts writes (PostgreSQL %1); WAL position %2.</source>
        <translation>La base de données accepte les écritures (PostgreSQL %1) ; position WAL %2.</translation>
    </message>
    <message>
        <source>Standby database</source>
        <translation>Base de données de secours</translation>
    </message>
    <message>
        <source>The secondary %1 accepts writes: it is not a standby. Work entered there is missing on the primary, and the other way round.</source>
        <translation>Le serveur de secours %1 accepte les écritures : il ne fonctionne pas en secours. Le travail saisi sur ce serveur manque sur le serveur principal, et inversement.</translation>
    </message>
    <message>
        <source>If a failover took place, verify with a plan that names the new primary and its standby. Otherwise make sure nobody uses the secondary, and set it up again as a standby.</source>
        <translation>Si un basculement a eu lieu, vérifiez avec un plan qui désigne le nouveau serveur principal et son serveur de secours. Sinon, assurez-vous que personne n&apos;utilise le serveur de secours, et reconfigurez-le comme serveur de secours.</translation>
    </message>
    <message>
        <source>The database is a standby (in recovery, PostgreSQL %1).</source>
        <translation>La base de données est une base de secours (en restauration, PostgreSQL %1).</translation>
    </message>
    <message>
        <source>Standby receives changes</source>
        <translation>Le serveur de secours reçoit les modifications</translation>
    </message>
    <message>
        <source>The standby is not streaming from the primary (its WAL receiver is &quot;%1&quot;): work entered now exists only on the primary.</source>
        <translation>Le serveur de secours ne reçoit pas le flux du serveur principal (son récepteur WAL est à l&apos;état &quot;%1&quot;) : le travail saisi maintenant n&apos;existe que sur le serveur principal.</translation>
    </message>
    <message>
        <source>The standby does not receive changes from the primary (no WAL receiver runs): work entered now exists only on the primary.</source>
        <translation>Le serveur de secours ne reçoit pas les modifications du serveur principal (aucun récepteur WAL ne tourne) : le travail saisi maintenant n&apos;existe que sur le serveur principal.</translation>
    </message>
    <message>
        <source>Check that the secondary reaches the primary&apos;s database port, and read &quot;docker logs %1&quot; on the secondary.</source>
        <translation>Vérifiez que le serveur de secours joint le port de la base de données du serveur principal, et lisez &quot;docker logs %1&quot; sur le serveur de secours.</translation>
    </message>
    <message>
        <source>The standby follows %1, not the primary %2.</source>
        <translation>Le serveur de secours suit %1, et non le serveur principal %2.</translation>
    </message>
    <message>
        <source>Check the plan: it must name the server the standby follows. Otherwise set the secondary up again as a standby of %1.</source>
        <translation>Vérifiez le plan : il doit désigner le serveur que suit le serveur de secours. Sinon, reconfigurez le serveur de secours comme serveur de secours de %1.</translation>
    </message>
    <message>
        <source>Streaming from %1.</source>
        <translation>Reçoit le flux de %1.</translation>
    </message>
    <message>
        <source>Streaming from %1 through the slot %2.</source>
        <translation>Reçoit le flux de %1 par le slot %2.</translation>
    </message>
    <message>
        <source>Primary sends to the standby</source>
        <translation>Le serveur principal envoie au serveur de secours</translation>
    </message>
    <message>
        <source>The primary has no replication connection from the standby %1: work entered now exists only on the primary.</source>
        <translation>Le serveur principal n&apos;a aucune connexion de réplication venant du serveur de secours %1 : le travail saisi maintenant n&apos;existe que sur le serveur principal.</translation>
    </message>
    <message>
        <source>Check that the secondary reaches the primary&apos;s database port %1, and read &quot;docker logs %2&quot; on both servers.</source>
        <translation>Vérifiez que le serveur de secours joint le port %1 de la base de données du serveur principal, et lisez &quot;docker logs %2&quot; sur les deux serveurs.</translation>
    </message>
    <message>
        <source>Repair the secondary first (see above).</source>
        <translation>Réparez d&apos;abord le serveur de secours (voir ci-dessus).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The standby has not yet stored %1 of the primary&apos;s changes: that work would be lost if the primary failed now.</source>
        <translation>Le serveur de secours n&apos;a pas encore stocké %1 des modifications du serveur principal : ce travail serait perdu si le serveur principal tombait en panne maintenant.</translation>
    </message>
    <message>
        <source>Check the network between the servers and the secondary&apos;s disk.</source>
        <translation>Vérifiez le réseau entre les serveurs et le disque du serveur de secours.</translation>
    </message>
    <message>
        <source>Usually a burst of work or a slow link; verify again in a few minutes. If it stays, check the network between the servers.</source>
        <translation>En général, un pic d&apos;activité ou une liaison lente ; relancez la vérification dans quelques minutes. Si cela persiste, vérifiez le réseau entre les serveurs.</translation>
    </message>
    <message>
        <source>The standby is connected but not streaming yet (state &quot;%1&quot;).</source>
        <translation>Le serveur de secours est connecté mais ne reçoit pas encore le flux (état &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>It is catching up; verify again in a few minutes.</source>
        <translation>Il est en train de rattraper son retard ; relancez la vérification dans quelques minutes.</translation>
    </message>
    <message>
        <source>Streaming (%1); the standby has stored everything but %2.</source>
        <translation>Réception du flux (%1) ; le serveur de secours a tout stocké sauf %2.</translation>
    </message>
    <message>
        <source>Standby applies changes</source>
        <translation>Le serveur de secours applique les modifications</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <source>Replay is paused on the standby: it receives the changes (nothing is lost) but does not apply them. It is %1 and %2 behind the primary.</source>
        <translation>L&apos;application des modifications est en pause sur le serveur de secours : il reçoit les modifications (rien n&apos;est perdu) mais ne les applique pas. Il a %1 et %2 de retard sur le serveur principal.</translation>
    </message>
    <message>
        <source>Resume it on the secondary with SELECT pg_wal_replay_resume(); (a failover would also resume it, but would take longer).</source>
        <translation>Reprenez-la sur le serveur de secours avec SELECT pg_wal_replay_resume(); (un basculement la reprendrait aussi, mais prendrait plus de temps).</translation>
    </message>
    <message>
        <source>The standby applies the changes late: %1 and %2 behind the primary.</source>
        <translation>Le serveur de secours applique les modifications avec retard : %1 et %2 de retard sur le serveur principal.</translation>
    </message>
    <message>
        <source>Usually a burst of work or a busy disk on the secondary; verify again in a few minutes. If it stays, check the secondary&apos;s disk and load.</source>
        <translation>En général, un pic d&apos;activité ou un disque chargé sur le serveur de secours ; relancez la vérification dans quelques minutes. Si cela persiste, vérifiez le disque et la charge du serveur de secours.</translation>
    </message>
    <message>
        <source>Up to date: %1 and %2 behind the primary; last transaction applied %3.</source>
        <translation>À jour : %1 et %2 de retard sur le serveur principal ; dernière transaction appliquée : %3.</translation>
    </message>
    <message>
        <source>Up to date: %1 and %2 behind the primary.</source>
        <translation>À jour : %1 et %2 de retard sur le serveur principal.</translation>
    </message>
    <message>
        <source>Replication slot</source>
        <translation>Slot de réplication</translation>
    </message>
    <message>
        <source>SELECT pg_drop_replication_slot(&apos;%1&apos;);</source>
        <translation>SELECT pg_drop_replication_slot(&apos;%1&apos;);</translation>
    </message>
    <message>
        <source>The slot %1 has lost WAL its standby still needed: that standby can no longer catch up.</source>
        <translation>Le slot %1 a perdu des WAL dont son serveur de secours avait encore besoin : ce serveur de secours ne peut plus rattraper son retard.</translation>
    </message>
    <message>
        <source>Run the set-up again: the secondary needs a fresh copy of the database.</source>
        <translation>Relancez la configuration : le serveur de secours a besoin d&apos;une nouvelle copie de la base de données.</translation>
    </message>
    <message>
        <source>If nothing uses it any more, drop it on the primary: %1</source>
        <translation>Si plus rien ne l&apos;utilise, supprimez-le sur le serveur principal : %1</translation>
    </message>
    <message>
        <source>The slot %1 keeps %2 of WAL, more than the primary may keep: the oldest is about to be removed and its standby could no longer catch up.</source>
        <translation>Le slot %1 conserve %2 de WAL, plus que ce que le serveur principal peut garder : les plus anciens sont sur le point d&apos;être supprimés, et son serveur de secours ne pourrait alors plus rattraper son retard.</translation>
    </message>
    <message>
        <source>Make sure the secondary&apos;s database runs and streams.</source>
        <translation>Assurez-vous que la base de données du serveur de secours fonctionne et reçoit le flux.</translation>
    </message>
    <message>
        <source>The slot %1 is not in use and keeps %2 of WAL on the primary; this grows with every change until the disk is full.</source>
        <translation>Le slot %1 n&apos;est pas utilisé et conserve %2 de WAL sur le serveur principal ; cela augmente à chaque modification, jusqu&apos;à remplir le disque.</translation>
    </message>
    <message>
        <source>Start the standby again so that it uses its slot. If the secondary is gone for good, drop the slot on the primary: %1</source>
        <translation>Redémarrez le serveur de secours pour qu&apos;il utilise son slot. Si le serveur de secours a définitivement disparu, supprimez le slot sur le serveur principal : %1</translation>
    </message>
    <message>
        <source>The slot %1 keeps %2 of WAL on the primary (more than %3): its standby is far behind.</source>
        <translation>Le slot %1 conserve %2 de WAL sur le serveur principal (plus de %3) : son serveur de secours a beaucoup de retard.</translation>
    </message>
    <message>
        <source>Watch the primary&apos;s free disk space, and find out why the standby is behind.</source>
        <translation>Surveillez l&apos;espace disque libre du serveur principal, et cherchez pourquoi le serveur de secours est en retard.</translation>
    </message>
    <message>
        <source>The slot %1 is in use and keeps %2 of WAL.</source>
        <translation>Le slot %1 est utilisé et conserve %2 de WAL.</translation>
    </message>
    <message>
        <source>The standby uses no replication slot: if it is disconnected for a while, the primary may remove WAL it still needs, and it would need a fresh copy of the database.</source>
        <translation>Le serveur de secours n&apos;utilise aucun slot de réplication : s&apos;il est déconnecté pendant un moment, le serveur principal peut supprimer des WAL dont il a encore besoin, et il faudrait alors une nouvelle copie de la base de données.</translation>
    </message>
    <message>
        <source>Run the set-up again: it adds the slot without copying the database again when the standby already streams.</source>
        <translation>Relancez la configuration : elle ajoute le slot sans recopier la base de données si le serveur de secours reçoit déjà le flux.</translation>
    </message>
    <message>
        <source>The standby asks for the slot %1, which does not exist on the primary.</source>
        <translation>Le serveur de secours demande le slot %1, qui n&apos;existe pas sur le serveur principal.</translation>
    </message>
    <message>
        <source>Run the set-up again: it creates the slot.</source>
        <translation>Relancez la configuration : elle crée le slot.</translation>
    </message>
    <message>
        <source>A record written on the primary showed on the standby only after %1.</source>
        <translation>Un enregistrement écrit sur le serveur principal n&apos;est apparu sur le serveur de secours qu&apos;après %1.</translation>
    </message>
    <message>
        <source>Check the load of both servers and the network between them.</source>
        <translation>Vérifiez la charge des deux serveurs et le réseau entre eux.</translation>
    </message>
    <message numerus="yes">
        <source>A record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
            <numerusform>Un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replay is paused on the standby)</source>
        <translation>%1 (l&apos;application des modifications est en pause sur le serveur de secours)</translation>
    </message>
    <message>
        <source>Resume replay on the secondary, then test again.</source>
        <translation>Reprenez l&apos;application des modifications sur le serveur de secours, puis refaites le test.</translation>
    </message>
    <message>
        <source>Look at the findings above; if they are all fine, test again and read &quot;docker logs %1&quot; on the secondary.</source>
        <translation>Examinez les constats ci-dessus ; s&apos;ils sont tous bons, refaites le test et lisez &quot;docker logs %1&quot; sur le serveur de secours.</translation>
    </message>
    <message>
        <source>Install directories</source>
        <translation>Répertoires d&apos;installation</translation>
    </message>
    <message>
        <source>The install directories were not compared.</source>
        <translation>Les répertoires d&apos;installation n&apos;ont pas été comparés.</translation>
    </message>
    <message>
        <source>Verify again once both servers answer.</source>
        <translation>Relancez la vérification quand les deux serveurs répondront.</translation>
    </message>
    <message numerus="yes">
        <source>The two install directories are the same (%n file(s) compared).</source>
        <translation>
            <numerusform>Les deux répertoires d&apos;installation sont identiques (%n fichier comparé).</numerusform>
            <numerusform>Les deux répertoires d&apos;installation sont identiques (%n fichiers comparés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ between the two install directories: %1. After a failover OpenELIS would run with the secondary&apos;s versions.</source>
        <translation>
            <numerusform>%n fichier diffère entre les deux répertoires d&apos;installation : %1. Après un basculement, OpenELIS fonctionnerait avec les versions du serveur de secours.</numerusform>
            <numerusform>%n fichiers diffèrent entre les deux répertoires d&apos;installation : %1. Après un basculement, OpenELIS fonctionnerait avec les versions du serveur de secours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the set-up again to copy the primary&apos;s install directory (only changed files travel), or correct the files by hand on the side that is wrong.</source>
        <translation>Relancez la configuration pour copier le répertoire d&apos;installation du serveur principal (seuls les fichiers modifiés sont transférés), ou corrigez les fichiers à la main du côté où ils sont incorrects.</translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation>Certificat HTTPS</translation>
    </message>
    <message>
        <source>OpenELIS does not answer at %1 from this computer (%2).</source>
        <translation>OpenELIS ne répond pas à %1 depuis cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>Check that OpenELIS runs on the primary and that port %1 is open to the users&apos; computers.</source>
        <translation>Vérifiez qu&apos;OpenELIS fonctionne sur le serveur principal et que le port %1 est ouvert aux ordinateurs des utilisateurs.</translation>
    </message>
    <message>
        <source>Not checked: OpenELIS is stopped on the standby until a failover (%1), and no certificate file was found in /etc/openelis-global.</source>
        <translation>Non vérifié : OpenELIS est arrêté sur le serveur de secours jusqu&apos;à un basculement (%1), et aucun fichier de certificat n&apos;a été trouvé dans /etc/openelis-global.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>read from %1 on the server, as OpenELIS is stopped on the standby</source>
        <translation>lu dans %1 sur le serveur, car OpenELIS est arrêté sur le serveur de secours</translation>
    </message>
    <message>
        <source>self-signed: browsers ask users to accept it once</source>
        <translation>auto-signé : les navigateurs demandent aux utilisateurs de l&apos;accepter une fois</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a sentence, then notes about it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: browsers refuse it.</source>
        <translation>Le certificat de %1 a expiré le %2 : les navigateurs le refusent.</translation>
    </message>
    <message>
        <source>Install a new certificate for %1 in /etc/openelis-global on that server.</source>
        <translation>Installez un nouveau certificat pour %1 dans /etc/openelis-global sur ce serveur.</translation>
    </message>
    <message>
        <source>The certificate of %1 names %1 only in its subject (CN), which browsers ignore: they will warn users who type %2. It covers: %3.</source>
        <translation>Le certificat de %1 ne mentionne %1 que dans son sujet (CN), que les navigateurs ignorent : ils avertiront les utilisateurs qui saisissent %2. Il couvre : %3.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not cover %1, the address users type (%2): browsers will warn them. It covers: %3.</source>
        <translation>Le certificat de %1 ne couvre pas %1, l&apos;adresse que saisissent les utilisateurs (%2) : les navigateurs les avertiront. Il couvre : %3.</translation>
    </message>
    <message>
        <source>Issue a certificate whose subject alternative names include %1, and install it in /etc/openelis-global on that server.</source>
        <translation>Faites émettre un certificat dont les noms alternatifs du sujet (subjectAltName) incluent %1, et installez-le dans /etc/openelis-global sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de %1 expire le %2, dans %n jour.</numerusform>
            <numerusform>Le certificat de %1 expire le %2, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it before then and install it in /etc/openelis-global on that server.</source>
        <translation>Renouvelez-le avant cette date et installez-le dans /etc/openelis-global sur ce serveur.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2: check the server&apos;s clock.</source>
        <translation>Le certificat de %1 n&apos;est valide qu&apos;à partir du %2 : vérifiez l&apos;horloge du serveur.</translation>
    </message>
    <message>
        <source>Set up time synchronisation (NTP) on the servers.</source>
        <translation>Mettez en place la synchronisation de l&apos;heure (NTP) sur les serveurs.</translation>
    </message>
    <message>
        <source>Covers %1 (%2); valid until %3.</source>
        <translation>Couvre %1 (%2) ; valide jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>It also covers %1, the primary&apos;s address: users can keep the same address after a failover if it is moved to the standby.</source>
        <translation>Il couvre aussi %1, l&apos;adresse du serveur principal : les utilisateurs pourront garder la même adresse après un basculement si elle est transférée au serveur de secours.</translation>
    </message>
    <message>
        <source>It does not cover %1, the address users type today: after a failover they must use %2.</source>
        <translation>Il ne couvre pas %1, l&apos;adresse que saisissent les utilisateurs aujourd&apos;hui : après un basculement, ils devront utiliser %2.</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>verification verdict</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>verification verdict</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>verification verdict</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>Rien n&apos;a été mesuré.</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>The standby %1 is streaming and up to date: it would take over without losing work. A record written on the primary showed on it after %n ms.</source>
        <translation>
            <numerusform>Le serveur de secours %1 reçoit le flux et est à jour : il prendrait le relais sans perte de travail. Un enregistrement écrit sur le serveur principal y est apparu après %n ms.</numerusform>
            <numerusform>Le serveur de secours %1 reçoit le flux et est à jour : il prendrait le relais sans perte de travail. Un enregistrement écrit sur le serveur principal y est apparu après %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The standby %1 is streaming and up to date: it would take over without losing work.</source>
        <translation>Le serveur de secours %1 reçoit le flux et est à jour : il prendrait le relais sans perte de travail.</translation>
    </message>
    <message>
        <source>Nothing to do. Verify regularly (for example from cron) and keep the reports for your audits.</source>
        <translation>Rien à faire. Vérifiez régulièrement (par exemple depuis cron) et conservez les rapports pour vos audits.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1 is switched on again, disconnect it from the network: it still believes it is the primary. Then re-join it as the new standby with &quot;oe-failover-cli setup&quot;.</source>
        <translation>Avant de rallumer %1, déconnectez-le du réseau : il se croit encore le serveur principal. Rattachez-le ensuite comme nouveau serveur de secours avec &quot;oe-failover-cli setup&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 See also the %n other problem(s) below.</source>
        <translation>
            <numerusform>%1 Voir aussi %n autre problème ci-dessous.</numerusform>
            <numerusform>%1 Voir aussi les %n autres problèmes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the primary to release the replication slot…</source>
        <translation>Attente de la libération du slot de réplication par le serveur principal…</translation>
    </message>
    <message>
        <source>The replication slot %1 on the primary is still in use by an earlier connection. Try again in a minute.</source>
        <translation>Le slot de réplication %1 du serveur principal est encore utilisé par une connexion précédente. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Could not install the guard.</source>
        <translation>Impossible d’installer le garde-fou.</translation>
    </message>
    <message>
        <source>Guard armed in %1 and registered with systemd (docker.service starts it).</source>
        <translation>Garde-fou armé dans %1 et enregistré auprès de systemd (docker.service le lance).</translation>
    </message>
    <message>
        <source>Guard installed, not armed, in %1.</source>
        <translation>Garde-fou installé, non armé, dans %1.</translation>
    </message>
    <message>
        <source>Guard %1 in %2. This server does not use systemd: its start-up must run &quot;%3 pre-start&quot; before the Docker engine starts and &quot;%3 settle&quot; after it.</source>
        <translation>Garde-fou %1 dans %2. Ce serveur n’utilise pas systemd : son démarrage doit lancer « %3 pre-start » avant le moteur Docker et « %3 settle » après lui.</translation>
    </message>
    <message>
        <source>armed</source>
        <translation>armé</translation>
    </message>
    <message>
        <source>installed, not armed</source>
        <translation>installé, non armé</translation>
    </message>
    <message>
        <source>Could not disarm the guard.</source>
        <translation>Impossible de désarmer le garde-fou.</translation>
    </message>
    <message>
        <source>Guard disarmed: this server has no standby now (setting up a secondary arms it again).</source>
        <translation>Garde-fou désarmé : ce serveur n’a plus de serveur de secours (configurer un serveur de secours le réarme).</translation>
    </message>
    <message>
        <source>Could not run a checkpoint on the primary.</source>
        <translation>Impossible d’exécuter un point de contrôle (CHECKPOINT) sur le serveur principal.</translation>
    </message>
    <message>
        <source>Both servers: guard against a second primary</source>
        <translation>Les deux serveurs : garde-fou contre un second serveur principal</translation>
    </message>
    <message>
        <source>Installing the guard on both servers…</source>
        <translation>Installation du garde-fou sur les deux serveurs…</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Pas de réponse en %n seconde.</numerusform>
            <numerusform>Pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the install directory on %1 and %2</source>
        <translation>Inventaire du répertoire d&apos;installation sur %1 et %2</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database (pg_basebackup) could not start. The secondary was not changed.</source>
        <translation>La copie de la base de données du serveur principal (pg_basebackup) n&apos;a pas pu démarrer. Le serveur de secours n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database runs on the secondary while the next steps go on.</source>
        <translation>La copie de la base de données du serveur principal se fait sur le serveur de secours pendant que les étapes suivantes se poursuivent.</translation>
    </message>
    <message>
        <source>On both servers:</source>
        <translation>Sur les deux serveurs :</translation>
    </message>
    <message>
        <source>a small guard in %1 keeps a restarted primary read-only until its standby streams from it again; wal_keep_size is kept at 512 MB or more.</source>
        <translation>un petit garde-fou dans %1 garde en lecture seule un serveur principal redémarré jusqu’à ce que son serveur de secours se réplique de nouveau depuis lui ; wal_keep_size est maintenu à 512 Mo ou plus.</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <comment>time of a command since the run started</comment>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>the root shell on %1 ended unexpectedly</source>
        <translation>le shell root sur %1 s’est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>the root shell on %1 gave no exit status</source>
        <translation>le shell root sur %1 n’a pas donné de code de sortie</translation>
    </message>
    <message>
        <source>(Read with the pre-checks a moment ago.)</source>
        <translation>(Lu avec les vérifications préalables il y a un instant.)</translation>
    </message>
    <message>
        <source>The SSH server of %1 does not forward connections to the database port.</source>
        <translation>Le serveur SSH de %1 ne transmet pas les connexions vers le port de la base de données.</translation>
    </message>
    <message>
        <source>OpenELIS is already stopped on the secondary, with restart policy &quot;no&quot;.</source>
        <translation>OpenELIS est déjà arrêté sur le serveur de secours, avec la politique de redémarrage «&#xa0;no&#xa0;».</translation>
    </message>
    <message>
        <source>The secondary&apos;s database already restarts on its own.</source>
        <translation>La base de données du serveur de secours redémarre déjà d’elle-même.</translation>
    </message>
    <message>
        <source>OpenELIS already runs on the primary.</source>
        <translation>OpenELIS fonctionne déjà sur le serveur principal.</translation>
    </message>
    <message>
        <source>The primary has no free replication slot (max_replication_slots): drop an unused one or raise the setting, then run the set-up again.</source>
        <translation>Le serveur principal n’a plus d’emplacement de réplication libre (max_replication_slots)&#xa0;: supprimez-en un inutilisé ou augmentez ce réglage, puis relancez la configuration.</translation>
    </message>
    <message>
        <source>The primary&apos;s database will be restarted once its copy is taken, to apply: %1</source>
        <translation>La base de données du serveur principal sera redémarrée une fois sa copie prise, pour appliquer : %1</translation>
    </message>
    <message>
        <source>Checking the copy of the primary&apos;s database (pg_verifybackup)…</source>
        <translation>Vérification de la copie de la base de données du serveur principal (pg_verifybackup)…</translation>
    </message>
    <message>
        <source>The copy checks out (pg_verifybackup).</source>
        <translation>La copie est vérifiée (pg_verifybackup).</translation>
    </message>
    <message>
        <source>The primary&apos;s database is back after its restart (%1 s).</source>
        <translation>La base de données du serveur principal répond de nouveau après son redémarrage (%1 s).</translation>
    </message>
    <message>
        <source>The copy of the primary&apos;s database could not be written safely to the secondary&apos;s disk (sync failed). The secondary was not changed.</source>
        <translation>La copie de la base de données du serveur principal n&apos;a pas pu être écrite de façon sûre sur le disque du serveur de secours (échec de la synchronisation). Le serveur de secours n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The point of no return was passed: nothing is undone, the run goes forward.</source>
        <translation>Le point de non-retour a été franchi : rien n&apos;est annulé, l&apos;exécution se poursuit.</translation>
    </message>
    <message>
        <source>“%1” did not succeed: %2</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» n&apos;a pas réussi : %2</translation>
    </message>
    <message>
        <source>The target was already promoted by an earlier run, and the old primary cannot be reached to make sure it stays fenced. Confirm that it is powered off or disconnected (--primary-is-down) to finish.</source>
        <translation>La cible a déjà été promue par une exécution précédente, et l&apos;ancien serveur principal est injoignable : impossible de s&apos;assurer qu&apos;il reste isolé. Confirmez qu&apos;il est éteint ou déconnecté (--primary-is-down) pour terminer.</translation>
    </message>
    <message>
        <source>Old primary: make sure it cannot accept writes</source>
        <translation>Ancien serveur principal : s&apos;assurer qu&apos;il ne peut pas accepter d&apos;écritures</translation>
    </message>
    <message>
        <source>%1 cannot be reached by this tool: keep it powered off or disconnected until it is re-attached as a standby.</source>
        <translation>%1 est injoignable pour cet outil : laissez-le éteint ou déconnecté jusqu&apos;à ce qu&apos;il soit rattaché comme serveur de secours.</translation>
    </message>
    <message>
        <source>New primary: keep it serving</source>
        <translation>Nouveau serveur principal : le maintenir en service</translation>
    </message>
    <message>
        <source>The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its health check, the old primary re-attached as its standby), run the same switchover again: it sees the promotion and does what is left.</source>
        <translation>Le serveur de secours a été promu, et cela n&apos;est pas annulé. Pour terminer (OpenELIS sur le nouveau serveur principal, sa vérification d&apos;état, l&apos;ancien serveur principal rattaché comme son serveur de secours), relancez la même bascule planifiée : elle détecte la promotion et effectue ce qui reste à faire.</translation>
    </message>
    <message>
        <source>The standby was promoted, and that is not undone. To finish (OpenELIS on the new primary, its health check, what comes after), run the same failover again: it sees the promotion and does what is left.</source>
        <translation>Le serveur de secours a été promu, et cela n&apos;est pas annulé. Pour terminer (OpenELIS sur le nouveau serveur principal, sa vérification d&apos;état, la suite), relancez le même basculement : il détecte la promotion et effectue ce qui reste à faire.</translation>
    </message>
    <message>
        <source>%1 was already promoted by an earlier run that did not finish: it accepts writes, and the old primary does not.</source>
        <translation>%1 a déjà été promu par une exécution précédente qui ne s&apos;est pas terminée : il accepte les écritures, et l&apos;ancien serveur principal non.</translation>
    </message>
    <message>
        <source>Run the failover again to finish what is left (the old primary stays fenced).</source>
        <translation>Relancez le basculement pour terminer ce qui reste à faire (l&apos;ancien serveur principal reste isolé).</translation>
    </message>
    <message>
        <source>The standby&apos;s database could not be asked, so the possible data loss is unknown.</source>
        <translation>La base de données du serveur de secours n&apos;a pas pu être interrogée, la perte de données possible est donc inconnue.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database runs as a standby: it accepts no writes.</source>
        <translation>La base de données de l&apos;ancien serveur principal fonctionne en secours : elle n&apos;accepte aucune écriture.</translation>
    </message>
    <message>
        <source>The new primary&apos;s database does not answer.</source>
        <translation>La base de données du nouveau serveur principal ne répond pas.</translation>
    </message>
    <message>
        <source>%1 was not promoted: no server accepts writes now. Run the failover again.</source>
        <translation>%1 n&apos;a pas été promu : aucun serveur n&apos;accepte les écritures pour le moment. Relancez le basculement.</translation>
    </message>
    <message>
        <source>An earlier run promoted %1 and stopped: this run makes sure %2 stays fenced and finishes what is left.</source>
        <translation>Une exécution précédente a promu %1 puis s&apos;est arrêtée : cette exécution s&apos;assure que %2 reste isolé et termine ce qui reste à faire.</translation>
    </message>
    <message>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <source>the SSH channel to the database failed</source>
        <translation>le canal SSH vers la base de données a échoué</translation>
    </message>
    <message>
        <source>The SSH session is not connected.</source>
        <translation>La session SSH n&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>The SSH server does not allow forwarding to the database port (%1).</source>
        <translation>Le serveur SSH n&apos;autorise pas la redirection vers le port de la base de données (%1).</translation>
    </message>
    <message>
        <source>Could not reach port %1 on the server through SSH: %2</source>
        <translation>Impossible de joindre le port %1 du serveur via SSH : %2</translation>
    </message>
    <message>
        <source>Could not create a local socket for the database connection: %1</source>
        <translation>Impossible de créer un socket local pour la connexion à la base de données : %1</translation>
    </message>
    <message>
        <source>Could not start the database connection.</source>
        <translation>Impossible d&apos;ouvrir la connexion à la base de données.</translation>
    </message>
    <message>
        <source>Out of memory for the database connection.</source>
        <translation>Mémoire insuffisante pour la connexion à la base de données.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s).</source>
        <translation>
            <numerusform>%1 : pas de réponse en %n seconde.</numerusform>
            <numerusform>%1 : pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logging in to the database</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>The database connection is closed.</source>
        <translation>La connexion à la base de données est fermée.</translation>
    </message>
    <message>
        <source>Sending the query</source>
        <translation>Envoi de la requête</translation>
    </message>
    <message>
        <source>Waiting for the database</source>
        <translation>Attente de la base de données</translation>
    </message>
    <message>
        <source>%1 has no password file for OE Failover&apos;s database role (%2): run the set-up again to create it.</source>
        <translation>%1 n&apos;a pas de fichier de mot de passe pour le rôle de base de données d&apos;OE Failover (%2) : relancez la configuration pour le créer.</translation>
    </message>
    <message>
        <source>Could not read the password of OE Failover&apos;s database role.</source>
        <translation>Impossible de lire le mot de passe du rôle de base de données d&apos;OE Failover.</translation>
    </message>
    <message>
        <source>Could not log in to the database on %1 as %2: %3</source>
        <translation>Impossible de se connecter à la base de données de %1 en tant que %2 : %3</translation>
    </message>
    <message>
        <source>Could not keep the password of OE Failover&apos;s database role.</source>
        <translation>Impossible de conserver le mot de passe du rôle de base de données d&apos;OE Failover.</translation>
    </message>
    <message>
        <source>OE Failover&apos;s database role %1 is in place.</source>
        <translation>Le rôle de base de données %1 d&apos;OE Failover est en place.</translation>
    </message>
    <message>
        <source>Could not compute the password verifier of OE Failover&apos;s database role.</source>
        <translation>Impossible de calculer le vérificateur du mot de passe du rôle de base de données d&apos;OE Failover.</translation>
    </message>
    <message>
        <source>Could not create OE Failover&apos;s database role.</source>
        <translation>Impossible de créer le rôle de base de données d&apos;OE Failover.</translation>
    </message>
    <message>
        <source>OE Failover&apos;s database role %1 is in place (member of pg_monitor, owner of the database %2).</source>
        <translation>Le rôle de base de données %1 d&apos;OE Failover est en place (membre de pg_monitor, propriétaire de la base de données %2).</translation>
    </message>
    <message>
        <source>OE Failover cannot log in to the database through SSH (%1); verification will ask the database through docker exec instead.</source>
        <translation>OE Failover ne peut pas se connecter à la base de données via SSH (%1) ; la vérification interrogera plutôt la base de données via docker exec.</translation>
    </message>
    <message>
        <source>The old primary&apos;s database is not running (an earlier switchover may have stopped it before the promotion), so a planned switchover cannot go on. Run the failover without --switchover: it keeps the old primary fenced, and its checks show what the standby has.</source>
        <translation>La base de données de l&apos;ancien serveur principal ne tourne pas (une bascule planifiée précédente l&apos;a peut-être arrêtée avant la promotion) : une bascule planifiée ne peut donc pas continuer. Lancez le basculement sans --switchover : il garde l&apos;ancien serveur principal isolé, et ses vérifications montrent ce que possède le serveur de secours.</translation>
    </message>
    <message>
        <source>Could not compute the password verifier of the replication role.</source>
        <translation>Impossible de calculer le vérificateur du mot de passe du rôle de réplication.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est donnée plus d’une fois.</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together.</source>
        <translation>--%1 et --%2 ne peuvent pas être utilisées ensemble.</translation>
    </message>
    <message>
        <source>--%1 only applies to %2.</source>
        <translation>--%1 ne s’applique qu’à %2.</translation>
    </message>
    <message>
        <source>--secrets - reads the passwords as JSON from standard input, which is a terminal here. Give them through a pipe or a file: --secrets - &lt; secrets.json</source>
        <translation>--secrets - lit les mots de passe en JSON sur l’entrée standard, qui est ici un terminal. Donnez-les par un tube ou un fichier : --secrets - &lt; secrets.json</translation>
    </message>
    <message>
        <source>%1: is too long (at most %2 characters)</source>
        <translation>%1 : est trop long (au plus %2 caractères)</translation>
    </message>
    <message>
        <source>%1: may only contain the letters A to Z, digits and / . _ + -</source>
        <translation>%1 : ne peut contenir que les lettres A à Z, des chiffres et / . _ + -</translation>
    </message>
    <message>
        <source>%1: is given twice; keep one of them</source>
        <translation>%1 : est donné deux fois ; gardez-en un seul</translation>
    </message>
    <message>
        <source>The plan %1 is not a regular file.</source>
        <translation>Le plan %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The primary runs PostgreSQL %1; OE Failover needs PostgreSQL %2 or later. Nothing was changed.</source>
        <translation>Le serveur principal utilise PostgreSQL %1 ; OE Failover a besoin de PostgreSQL %2 ou plus récent. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Upgrade OpenELIS on both servers first (its upgrade guide moves the database to a newer PostgreSQL with a backup and a restore), then run the checks again.</source>
        <translation>Mettez d’abord OpenELIS à jour sur les deux serveurs (son guide de mise à jour passe la base de données à un PostgreSQL plus récent par une sauvegarde et une restauration), puis relancez les vérifications.</translation>
    </message>
    <message>
        <source>The database runs and accepts writes (PostgreSQL %1), a version newer than those this release of OE Failover was tested on (%2 to %3).</source>
        <translation>La base de données tourne et accepte les écritures (PostgreSQL %1), une version plus récente que celles sur lesquelles cette version d’OE Failover a été testée (%2 à %3).</translation>
    </message>
    <message>
        <source>Look for a newer OE Failover before you go on.</source>
        <translation>Cherchez une version plus récente d’OE Failover avant de continuer.</translation>
    </message>
    <message>
        <source>Database files in the install directory</source>
        <translation>Fichiers de la base de données dans le répertoire d’installation</translation>
    </message>
    <message>
        <source>Could not read where the database container %1 keeps its files.</source>
        <translation>Impossible de savoir où le conteneur de base de données %1 garde ses fichiers.</translation>
    </message>
    <message>
        <source>The database container keeps its files (%1) inside the container, not on the server&apos;s disk, so they cannot be copied or kept.</source>
        <translation>Le conteneur de base de données garde ses fichiers (%1) à l’intérieur du conteneur, pas sur le disque du serveur : ils ne peuvent être ni copiés ni conservés.</translation>
    </message>
    <message>
        <source>Install OpenELIS with its installer, which keeps the database in %1.</source>
        <translation>Installez OpenELIS avec son installateur, qui garde la base de données dans %1.</translation>
    </message>
    <message>
        <source>The database keeps its files in the Docker volume %1, not in %2. OE Failover copies and replaces %2 only.</source>
        <translation>La base de données garde ses fichiers dans le volume Docker %1, pas dans %2. OE Failover ne copie et ne remplace que %2.</translation>
    </message>
    <message>
        <source>This install layout is not supported yet: nothing was changed.</source>
        <translation>Cette disposition d’installation n’est pas encore prise en charge : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database keeps its files in %1, but the plan&apos;s install directory %2 would have them in %3. Nothing was changed.</source>
        <translation>La base de données garde ses fichiers dans %1, mais le répertoire d’installation %2 du plan les placerait dans %3. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Check the plan&apos;s install directory (installDir).</source>
        <translation>Vérifiez le répertoire d’installation du plan (installDir).</translation>
    </message>
    <message>
        <source>Set the install directory (installDir) to %1.</source>
        <translation>Réglez le répertoire d’installation (installDir) sur %1.</translation>
    </message>
    <message>
        <source>The database keeps its files in %1.</source>
        <translation>La base de données garde ses fichiers dans %1.</translation>
    </message>
    <message>
        <source>OpenELIS on the standby</source>
        <translation>OpenELIS sur le serveur de secours</translation>
    </message>
    <message>
        <source>OpenELIS runs on the standby %1 (%2) above its read-only database: users who reach it see errors, and nothing they enter is kept.</source>
        <translation>OpenELIS tourne sur le serveur de secours %1 (%2) au-dessus de sa base de données en lecture seule : les utilisateurs qui y accèdent voient des erreurs, et rien de ce qu’ils saisissent n’est conservé.</translation>
    </message>
    <message>
        <source>Stop them on the standby (docker stop %1) and keep them stopped (docker update --restart=no %1). A &quot;docker compose up -d&quot; run there starts them again.</source>
        <translation>Arrêtez-les sur le serveur de secours (docker stop %1) et gardez-les arrêtés (docker update --restart=no %1). Un « docker compose up -d » lancé là-bas les redémarre.</translation>
    </message>
</context>
<context>
    <name>oef::ui::ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Everything is checked before anything changes. These checks change nothing on the servers.</source>
        <translation>Tout est vérifié avant la moindre modification. Ces vérifications ne modifient rien sur les serveurs.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>&amp;Relancer les vérifications</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Technical details of the selected check:</source>
        <translation>Détails techniques de la vérification sélectionnée :</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message numerus="yes">
        <source>Checking both servers… %n check(s) done.</source>
        <translation>
            <numerusform>Vérification des deux serveurs… %n vérification effectuée.</numerusform>
            <numerusform>Vérification des deux serveurs… %n vérifications effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks were stopped. Run them again to continue.</source>
        <translation>Les vérifications ont été arrêtées. Relancez-les pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be solved before the set-up can start. Nothing was changed. See “What to do”, then run the checks again.</source>
        <translation>
            <numerusform>%n problème doit être résolu avant que la configuration puisse commencer. Rien n&apos;a été modifié. Consultez «&#xa0;Que faire&#xa0;», puis relancez les vérifications.</numerusform>
            <numerusform>%n problèmes doivent être résolus avant que la configuration puisse commencer. Rien n&apos;a été modifié. Consultez «&#xa0;Que faire&#xa0;», puis relancez les vérifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All checks passed, with %n warning(s): read them before you continue.</source>
        <translation>
            <numerusform>Toutes les vérifications sont réussies, avec %n avertissement : lisez-le avant de continuer.</numerusform>
            <numerusform>Toutes les vérifications sont réussies, avec %n avertissements : lisez-les avant de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>Select a check to see its details.</source>
        <translation>Sélectionnez une vérification pour en voir les détails.</translation>
    </message>
    <message>
        <source>No technical details for this check.</source>
        <translation>Aucun détail technique pour cette vérification.</translation>
    </message>
</context>
<context>
    <name>oef::ui::CredentialsForm</name>
    <message>
        <source>Primary</source>
        <translation>Serveur principal</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Serveur principal : %1</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Serveur de secours</translation>
    </message>
    <message>
        <source>Secondary: %1</source>
        <translation>Serveur de secours : %1</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se &amp;connecter avec :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;sudo asks for the login password</source>
        <translation>sudo demande le mot de passe de co&amp;nnexion</translation>
    </message>
    <message>
        <source>sud&amp;o password:</source>
        <translation>Mot &amp;de passe sudo :</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (in the system keychain)</source>
        <translation>&amp;Garder en mémoire sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>S&amp;e connecter avec :</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Fichier de c&amp;lé :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Passphr&amp;ase:</source>
        <translation>Phr&amp;ase secrète :</translation>
    </message>
    <message>
        <source>sudo asks for the &amp;login password</source>
        <translation>sudo demande le mot de passe de conne&amp;xion</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Mot de passe sudo :</translation>
    </message>
    <message>
        <source>Remember on this compu&amp;ter (in the system keychain)</source>
        <translation>Garder en mémoire sur cet ordinateur (dans le trousseau du s&amp;ystème)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>a user allowed to use sudo</source>
        <translation>un utilisateur autorisé à utiliser sudo</translation>
    </message>
    <message>
        <source>for example ~/.ssh/id_ed25519</source>
        <translation>par exemple ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>empty if the key has none</source>
        <translation>vide si la clé n&apos;en a pas</translation>
    </message>
    <message>
        <source>empty if sudo asks for no password</source>
        <translation>vide si sudo ne demande pas de mot de passe</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>serveur principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>serveur de secours</translation>
    </message>
    <message>
        <source>User on the %1</source>
        <translation>Utilisateur sur le %1</translation>
    </message>
    <message>
        <source>Password on the %1</source>
        <translation>Mot de passe sur le %1</translation>
    </message>
    <message>
        <source>sudo password on the %1</source>
        <translation>Mot de passe sudo sur le %1</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Choisissez le fichier de clé privée.</translation>
    </message>
    <message>
        <source>Stores the passwords in this computer&apos;s keychain, filled in next time. Never in a plain file.</source>
        <translation>Enregistre les mots de passe dans le trousseau de cet ordinateur, pour les remplir automatiquement la prochaine fois. Jamais dans un simple fichier.</translation>
    </message>
    <message>
        <source>No SSH agent runs in this session (SSH_AUTH_SOCK is not set): start one and add your key with ssh-add, or choose another way to sign in.</source>
        <translation>Aucun agent SSH ne tourne dans cette session (SSH_AUTH_SOCK n&apos;est pas défini) : démarrez-en un et ajoutez-y votre clé avec ssh-add, ou choisissez un autre mode de connexion.</translation>
    </message>
    <message>
        <source>Signs in with the keys loaded in your SSH agent (ssh-add -l lists them).</source>
        <translation>Se connecte avec les clés chargées dans votre agent SSH (ssh-add -l les affiche).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Enter the password of this user.</source>
        <translation>Saisissez le mot de passe de cet utilisateur.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Le fichier de clé %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Target (the current standby)</source>
        <translation>Cible (l’actuel serveur de secours)</translation>
    </message>
    <message>
        <source>Target (the current standby): %1</source>
        <translation>Cible (l’actuel serveur de secours) : %1</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Ancien serveur principal</translation>
    </message>
    <message>
        <source>Old primary: %1</source>
        <translation>Ancien serveur principal : %1</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>Nouveau serveur de secours</translation>
    </message>
    <message>
        <source>New standby: %1</source>
        <translation>Nouveau serveur de secours : %1</translation>
    </message>
</context>
<context>
    <name>oef::ui::CredentialsPage</name>
    <message>
        <source>The passwords for %1 could not be stored in the keychain: %2. They are used for this set-up only.</source>
        <translation>Les mots de passe de %1 n&apos;ont pas pu être enregistrés dans le trousseau : %2. Ils ne servent que pour cette configuration.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>How to log in to each server over SSH, and the password sudo asks for.</source>
        <translation>Comment se connecter à chaque serveur par SSH, et le mot de passe que demande sudo.</translation>
    </message>
    <message>
        <source>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line.</source>
        <translation>L&apos;utilisateur doit avoir le droit d&apos;exécuter des commandes en tant que root avec sudo. Les mots de passe restent en mémoire tant que l&apos;assistant est ouvert ; ils ne sont jamais écrits dans un fichier et n&apos;apparaissent jamais sur une ligne de commande.</translation>
    </message>
    <message>
        <source>The secondary uses the same user and &amp;password as the primary</source>
        <translation>Le ser&amp;veur de secours utilise le même utilisateur et le même mot de passe que le serveur principal</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverCredentialsPage</name>
    <message>
        <source>The passwords for %1 could not be stored in the keychain: %2. They are used for this failover only.</source>
        <translation>Les mots de passe de %1 n’ont pas pu être enregistrés dans le trousseau : %2. Ils ne servent que pour ce basculement.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>How to log in to each server over SSH, and the password sudo asks for.</source>
        <translation>Comment se connecter à chaque serveur en SSH, et le mot de passe demandé par sudo.</translation>
    </message>
    <message>
        <source>The user must be allowed to run commands as root with sudo. Passwords stay in memory while the wizard is open; they are never written to a file and never appear on a command line. The old primary&apos;s login is used to stop it safely, when it can still be reached.</source>
        <translation>L’utilisateur doit avoir le droit d’exécuter des commandes en tant que root avec sudo. Les mots de passe restent en mémoire tant que l’assistant est ouvert ; ils ne sont jamais écrits dans un fichier et n’apparaissent jamais sur une ligne de commande. La connexion à l’ancien serveur principal sert à l’arrêter sans risque, s’il est encore joignable.</translation>
    </message>
    <message>
        <source>The other servers use the same user and &amp;password as the target</source>
        <translation>Les autres serveurs utilisent le même utilisateur et le même mot de &amp;passe que la cible</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverDataLossPage</name>
    <message>
        <source>Possible data loss</source>
        <translation>Perte de données possible</translation>
    </message>
    <message>
        <source>Read this before anything changes.</source>
        <translation>Lisez ceci avant que quoi que ce soit ne change.</translation>
    </message>
    <message>
        <source>A planned switchover loses nothing.</source>
        <translation>Une bascule planifiée ne perd rien.</translation>
    </message>
    <message>
        <source>I &amp;understand that OpenELIS is unavailable for about a minute during the switchover</source>
        <translation>Je &amp;comprends qu’OpenELIS est indisponible pendant environ une minute pendant la bascule</translation>
    </message>
    <message>
        <source>I &amp;understand that work entered on %1 and not yet received by %2 is lost after the failover</source>
        <translation>Je &amp;comprends que le travail saisi sur %1 et pas encore reçu par %2 est perdu après le basculement</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverFencingPage</name>
    <message>
        <source>Fencing the old primary</source>
        <translation>Isolement de l’ancien serveur principal</translation>
    </message>
    <message>
        <source>The target is promoted only once the old primary cannot accept work any more.</source>
        <translation>La cible n’est promue que lorsque l’ancien serveur principal ne peut plus accepter de travail.</translation>
    </message>
    <message>
        <source>OpenELIS stops on %1 and nothing there restarts on its own; its database stops once %2 has received everything, and comes back as %2&apos;s standby. Only then is %2 promoted.</source>
        <translation>OpenELIS s’arrête sur %1 et rien n’y redémarre tout seul ; sa base de données s’arrête dès que %2 a tout reçu, puis revient comme serveur de secours de %2. Alors seulement, %2 est promu.</translation>
    </message>
    <message>
        <source>&amp;Switch over now</source>
        <translation>&amp;Basculer maintenant</translation>
    </message>
    <message>
        <source>This computer can log in to %1, so it fences it before anything else: the restart policy of every OpenELIS container is set to “no”, OpenELIS and its database are stopped, and the database is marked so that it can only ever start read-only. If any of this fails, %2 is not promoted.</source>
        <translation>Cet ordinateur peut se connecter à %1 : il l’isole donc avant toute autre chose. La politique de redémarrage de chaque conteneur OpenELIS passe à «&#xa0;no&#xa0;», OpenELIS et sa base de données sont arrêtés, et la base de données est marquée pour ne plus jamais pouvoir démarrer qu’en lecture seule. Si l’une de ces étapes échoue, %2 n’est pas promu.</translation>
    </message>
    <message>
        <source>&amp;Fail over now</source>
        <translation>&amp;Basculer maintenant</translation>
    </message>
    <message>
        <source>This computer cannot reach %1, so it cannot stop it. Promote %2 only if %1 is powered off or disconnected from the network: if it came back while %2 is the primary, both would accept work and the records would split between them. Check it yourself (at the server, or with whoever can see it), then confirm.</source>
        <translation>Cet ordinateur ne peut pas joindre %1, il ne peut donc pas l’arrêter. Ne promouvez %2 que si %1 est éteint ou déconnecté du réseau : s’il revenait alors que %2 est le serveur principal, les deux accepteraient du travail et les dossiers se répartiraient entre eux. Vérifiez-le vous-même (devant le serveur, ou auprès de quelqu’un qui peut le voir), puis confirmez.</translation>
    </message>
    <message>
        <source>I &amp;confirm that %1 is powered off or disconnected from the network</source>
        <translation>Je &amp;confirme que %1 est éteint ou déconnecté du réseau</translation>
    </message>
    <message>
        <source>T&amp;ype the old primary&apos;s address (%1) to confirm:</source>
        <translation>Sa&amp;isissez l’adresse de l’ancien serveur principal (%1) pour confirmer :</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverProbePage</name>
    <message>
        <source>Restarting OpenELIS on the old primary and waiting for it to answer…</source>
        <translation>Redémarrage d’OpenELIS sur l’ancien serveur principal, en attente de sa réponse…</translation>
    </message>
    <message>
        <source>The servers now</source>
        <translation>Les serveurs en ce moment</translation>
    </message>
    <message>
        <source>What the target and the old primary answer. Nothing is changed here.</source>
        <translation>Ce que répondent la cible et l’ancien serveur principal. Rien n’est modifié ici.</translation>
    </message>
    <message>
        <source>The target must be a standby. The old primary is checked from this computer and from the target: if it still answers, failing over may not be needed, and if it goes on accepting work, two servers would each hold part of it.</source>
        <translation>La cible doit être un serveur de secours. L’ancien serveur principal est vérifié depuis cet ordinateur et depuis la cible : s’il répond encore, le basculement n’est peut-être pas nécessaire, et s’il continue d’accepter du travail, deux serveurs en détiendraient chacun une partie.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The old primary still answers</source>
        <translation>L’ancien serveur principal répond encore</translation>
    </message>
    <message>
        <source>&amp;Restart OpenELIS on the old primary and check again</source>
        <translation>&amp;Redémarrer OpenELIS sur l’ancien serveur principal et vérifier de nouveau</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>%1 OpenELIS answers again on the old primary: a failover may not be needed. The servers are checked again below.</source>
        <translation>%1 OpenELIS répond de nouveau sur l’ancien serveur principal : un basculement n’est peut-être pas nécessaire. Les serveurs sont vérifiés de nouveau ci-dessous.</translation>
    </message>
    <message>
        <source>%1 The restart did not bring OpenELIS back. The servers are checked again below.</source>
        <translation>%1 Le redémarrage n’a pas remis OpenELIS en service. Les serveurs sont vérifiés de nouveau ci-dessous.</translation>
    </message>
    <message>
        <source>Restarting OpenELIS on the old primary…</source>
        <translation>Redémarrage d’OpenELIS sur l’ancien serveur principal…</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Vérification des serveurs…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>The target %1 is a standby.</source>
        <translation>La cible %1 est un serveur de secours.</translation>
    </message>
    <message>
        <source>Failover is not possible: %1</source>
        <translation>Le basculement n’est pas possible : %1</translation>
    </message>
    <message>
        <source>The usual first remedy is to restart OpenELIS on %1 and check again. Fail over only if that does not help, or if %1 must be taken out of service.</source>
        <translation>Le premier remède habituel est de redémarrer OpenELIS sur %1 et de vérifier de nouveau. Ne basculez que si cela ne suffit pas, ou si %1 doit être mis hors service.</translation>
    </message>
    <message>
        <source>Fail over: &amp;bring %1 down (OpenELIS and its database stopped, nothing restarts on its own) before the target takes over</source>
        <translation>Basculer : &amp;arrêter %1 (OpenELIS et sa base de données arrêtés, rien ne redémarre tout seul) avant que la cible prenne le relais</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverResultPage</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The address users must now use:</source>
        <translation>L’adresse que les utilisateurs doivent désormais utiliser :</translation>
    </message>
    <message>
        <source>The switchover is complete.</source>
        <translation>La bascule est terminée.</translation>
    </message>
    <message>
        <source>The failover is complete.</source>
        <translation>Le basculement est terminé.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled. The report says where it stopped and the state of each server.</source>
        <translation>Annulé. Le rapport indique où le travail s’est arrêté et l’état de chaque serveur.</translation>
    </message>
    <message>
        <source>The switchover stopped.</source>
        <translation>La bascule s’est arrêtée.</translation>
    </message>
    <message>
        <source>The failover stopped.</source>
        <translation>Le basculement s’est arrêté.</translation>
    </message>
    <message>
        <source>It stopped at “%1”: %2</source>
        <translation>Il s’est arrêté à l’étape «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>%1 was not promoted: users go on using %2 if it still works.</source>
        <translation>%1 n’a pas été promu : les utilisateurs continuent d’utiliser %2 s’il fonctionne encore.</translation>
    </message>
    <message>
        <source>OpenELIS answers its health check there (%1).</source>
        <translation>OpenELIS y répond à sa vérification d’état (%1).</translation>
    </message>
    <message>
        <source>OpenELIS did not answer its health check there: look at the report and at the containers on %1.</source>
        <translation>OpenELIS n’y a pas répondu à sa vérification d’état : consultez le rapport et les conteneurs sur %1.</translation>
    </message>
    <message>
        <source>Its certificate names this address: browsers will not warn.</source>
        <translation>Son certificat porte cette adresse : les navigateurs n’afficheront pas d’avertissement.</translation>
    </message>
    <message>
        <source>Its certificate does not name this address: browsers will warn until a certificate for %1 is installed.</source>
        <translation>Son certificat ne porte pas cette adresse : les navigateurs afficheront un avertissement tant qu’un certificat pour %1 n’est pas installé.</translation>
    </message>
    <message>
        <source>The report (JSON and HTML, without any password) is in %1.</source>
        <translation>Le rapport (JSON et HTML, sans aucun mot de passe) se trouve dans %1.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Open the verification screen for %1 and its standby.</source>
        <translation>Ouvrir l’écran de vérification pour %1 et son serveur de secours.</translation>
    </message>
    <message>
        <source>There is no standby yet: set one up first (Set up failover), then verify.</source>
        <translation>Il n’y a pas encore de serveur de secours : configurez-en d’abord un (Configurer le basculement), puis vérifiez.</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverServersPage</name>
    <message>
        <source>Target (the current standby)</source>
        <translation>Cible (l’actuel serveur de secours)</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Ancien serveur principal</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>Nouveau serveur de secours</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>The standby that takes over, the primary it replaces, and optionally a new standby.</source>
        <translation>Le serveur de secours qui prend le relais, le serveur principal qu’il remplace et, si vous le souhaitez, un nouveau serveur de secours.</translation>
    </message>
    <message>
        <source>The target is the standby server that becomes the primary: users will use its address afterwards. The old primary is the server that has been the primary until now; it may be down. Nothing changes until you confirm on the last page before the run.</source>
        <translation>La cible est le serveur de secours qui devient le serveur principal : les utilisateurs utiliseront ensuite son adresse. L’ancien serveur principal est celui qui l’était jusqu’à présent ; il est peut-être hors service. Rien ne change avant votre confirmation sur la dernière page avant l’exécution.</translation>
    </message>
    <message>
        <source>%1 address</source>
        <translation>%1 : adresse</translation>
    </message>
    <message>
        <source>%1 SSH port</source>
        <translation>%1 : port SSH</translation>
    </message>
    <message>
        <source>%1 database port</source>
        <translation>%1 : port de la base de données</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>Port SSH :</translation>
    </message>
    <message>
        <source>Database port:</source>
        <translation>Port de la base de données :</translation>
    </message>
    <message>
        <source>&amp;Target address:</source>
        <translation>Adresse de la &amp;cible :</translation>
    </message>
    <message>
        <source>SS&amp;H port:</source>
        <translation>Port SS&amp;H :</translation>
    </message>
    <message>
        <source>Data&amp;base port:</source>
        <translation>Port de la &amp;base de données :</translation>
    </message>
    <message>
        <source>&amp;Old primary address:</source>
        <translation>Adresse de l’ancien serveur &amp;principal :</translation>
    </message>
    <message>
        <source>New standby a&amp;ddress:</source>
        <translation>A&amp;dresse du nouveau serveur de secours :</translation>
    </message>
    <message>
        <source>&amp;Planned switchover: both servers are healthy; swap their roles without losing data (the old primary becomes the standby)</source>
        <translation>Bascule p&amp;lanifiée : les deux serveurs sont en bon état ; échanger leurs rôles sans perte de données (l’ancien serveur principal devient le serveur de secours)</translation>
    </message>
    <message>
        <source>&amp;Afterwards, set up a new standby</source>
        <translation>E&amp;nsuite, configurer un nouveau serveur de secours</translation>
    </message>
    <message>
        <source>%1 and %2 are the same server (%3). Each role needs its own server.</source>
        <translation>%1 et %2 sont le même serveur (%3). Chaque rôle a besoin de son propre serveur.</translation>
    </message>
</context>
<context>
    <name>oef::ui::FailoverWizard</name>
    <message>
        <source>Execute failover — OE Failover</source>
        <translation>Exécuter le basculement — OE Failover</translation>
    </message>
    <message>
        <source>Switching over</source>
        <translation>Bascule en cours</translation>
    </message>
    <message>
        <source>Keep this window open until the switchover has finished. Cancel stops at a safe point.</source>
        <translation>Gardez cette fenêtre ouverte jusqu’à la fin de la bascule. Le bouton Annuler arrête le travail à un point sûr.</translation>
    </message>
    <message>
        <source>Failing over</source>
        <translation>Basculement en cours</translation>
    </message>
    <message>
        <source>Keep this window open until the failover has finished. Cancel stops at a safe point.</source>
        <translation>Gardez cette fenêtre ouverte jusqu’à la fin du basculement. Le bouton Annuler arrête le travail à un point sûr.</translation>
    </message>
    <message>
        <source>A host key is unknown or has changed. Nothing was changed.</source>
        <translation>Une clé d’hôte est inconnue ou a changé. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>oef::ui::HostKeyPage</name>
    <message>
        <source>Host keys</source>
        <translation>Clés d&apos;hôte</translation>
    </message>
    <message>
        <source>Make sure this computer talks to your real servers before it sends them any password.</source>
        <translation>Assurez-vous que cet ordinateur communique bien avec vos vrais serveurs avant de leur envoyer le moindre mot de passe.</translation>
    </message>
    <message>
        <source>Every SSH server has a key that identifies it. The first time this computer connects to a server, compare the key&apos;s fingerprint shown here with the one the server itself shows, then accept it. It is then recorded, and checked at every later connection.</source>
        <translation>Chaque serveur SSH possède une clé qui l&apos;identifie. La première fois que cet ordinateur se connecte à un serveur, comparez l&apos;empreinte de la clé affichée ici avec celle que le serveur affiche lui-même, puis acceptez-la. Elle est alors enregistrée, puis vérifiée à chaque connexion suivante.</translation>
    </message>
    <message>
        <source>&amp;Check the keys again</source>
        <translation>&amp;Vérifier de nouveau les clés</translation>
    </message>
    <message>
        <source>&amp;Accept the primary&apos;s key</source>
        <translation>&amp;Accepter la clé du serveur principal</translation>
    </message>
    <message>
        <source>Accept the &amp;secondary&apos;s key</source>
        <translation>Accepter la clé du serveur de s&amp;ecours</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>Serveur principal : %1</translation>
    </message>
    <message>
        <source>Secondary: %1</source>
        <translation>Serveur de secours : %1</translation>
    </message>
    <message>
        <source>Primary: %1 (SSH port %2)</source>
        <translation>Serveur principal : %1 (port SSH %2)</translation>
    </message>
    <message>
        <source>Secondary: %1 (SSH port %2)</source>
        <translation>Serveur de secours : %1 (port SSH %2)</translation>
    </message>
    <message>
        <source>Connecting to %1 to read its host key…</source>
        <translation>Connexion à %1 pour lire sa clé d&apos;hôte…</translation>
    </message>
    <message>
        <source>Recording the key in %1…</source>
        <translation>Enregistrement de la clé dans %1…</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Non vérifiée.</translation>
    </message>
    <message>
        <source>Check the address and the SSH port on the Servers page, and that the server is on, then click “Check the keys again”.</source>
        <translation>Vérifiez l&apos;adresse et le port SSH sur la page Serveurs, et que le serveur est allumé, puis cliquez sur «&#xa0;Vérifier de nouveau les clés&#xa0;».</translation>
    </message>
    <message>
        <source>Known: this is the key recorded for this server in %1 at an earlier connection. Nothing to do.</source>
        <translation>Connue : c&apos;est la clé enregistrée pour ce serveur dans %1 lors d&apos;une connexion précédente. Rien à faire.</translation>
    </message>
    <message>
        <source>Accepted: the key is now recorded in %1 and will be checked at every connection.</source>
        <translation>Acceptée : la clé est maintenant enregistrée dans %1 et sera vérifiée à chaque connexion.</translation>
    </message>
    <message>
        <source>New: this computer has not connected to this server before. Compare the fingerprint below with the one the server shows, then accept it.</source>
        <translation>Nouvelle : cet ordinateur ne s&apos;est encore jamais connecté à ce serveur. Comparez l&apos;empreinte ci-dessous avec celle qu&apos;affiche le serveur, puis acceptez-la.</translation>
    </message>
    <message>
        <source>When you accepted, the server presented another key than the one shown before: nothing was recorded. Compare the fingerprint shown now with care.</source>
        <translation>Au moment où vous avez accepté, le serveur a présenté une autre clé que celle affichée auparavant : rien n&apos;a été enregistré. Comparez avec soin l&apos;empreinte affichée maintenant.</translation>
    </message>
    <message>
        <source>CHANGED: this is not the key recorded for this server. Do not continue until you know why.</source>
        <translation>MODIFIÉE : ce n&apos;est pas la clé enregistrée pour ce serveur. Ne continuez pas avant de savoir pourquoi.</translation>
    </message>
    <message>
        <source>To compare, run this on the server itself (at its console, or ask its administrator), not through a connection you cannot trust. Every character after “SHA256:” must be the same; if one differs, do not accept:</source>
        <translation>Pour comparer, exécutez ceci sur le serveur lui-même (à sa console, ou demandez à son administrateur), et non par une connexion dont vous n&apos;êtes pas sûr. Chaque caractère après «&#xa0;SHA256:&#xa0;» doit être identique ; si un seul diffère, n&apos;acceptez pas :</translation>
    </message>
    <message>
        <source>&amp;Accept the target&apos;s key</source>
        <translation>&amp;Accepter la clé de la cible</translation>
    </message>
    <message>
        <source>Accept the &amp;old primary&apos;s key</source>
        <translation>Accepter la clé de l’ancien serveur &amp;principal</translation>
    </message>
    <message>
        <source>Accept the &amp;new standby&apos;s key</source>
        <translation>Accepter la clé du &amp;nouveau serveur de secours</translation>
    </message>
    <message>
        <source>Target (the current standby)</source>
        <translation>Cible (l’actuel serveur de secours)</translation>
    </message>
    <message>
        <source>Old primary</source>
        <translation>Ancien serveur principal</translation>
    </message>
    <message>
        <source>New standby</source>
        <translation>Nouveau serveur de secours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (SSH port %3)</source>
        <translation>%1 : %2 (port SSH %3)</translation>
    </message>
</context>
<context>
    <name>oef::ui::HostKeyStopPage</name>
    <message>
        <source>Stop: a host key has changed</source>
        <translation>Arrêt : une clé d&apos;hôte a changé</translation>
    </message>
    <message>
        <source>Nothing was sent to the server and nothing was changed.</source>
        <translation>Rien n&apos;a été envoyé au serveur et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>It now presents the key %1 (%2).</source>
        <translation>Il présente maintenant la clé %1 (%2).</translation>
    </message>
    <message>
        <source>A host key has changed.</source>
        <translation>Une clé d&apos;hôte a changé.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed.</source>
        <translation>La clé d&apos;hôte de %1 a changé.</translation>
    </message>
    <message>
        <source>The key this server presents is not the one recorded when this computer last connected to it. Either the server was reinstalled or its SSH keys were regenerated, or someone is intercepting the connection to capture the passwords you are about to send (a “man-in-the-middle” attack).</source>
        <translation>La clé que présente ce serveur n&apos;est pas celle enregistrée lors de la dernière connexion de cet ordinateur. Soit le serveur a été réinstallé ou ses clés SSH ont été régénérées, soit quelqu&apos;un intercepte la connexion pour capturer les mots de passe que vous allez envoyer (attaque dite de «&#xa0;l&apos;homme du milieu&#xa0;»).</translation>
    </message>
    <message>
        <source>OE Failover will not log in to it. What to do:</source>
        <translation>OE Failover ne s&apos;y connectera pas. Que faire :</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the server was reinstalled or its keys changed.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le serveur a été réinstallé ou si ses clés ont changé.</translation>
    </message>
    <message>
        <source>At the server&apos;s own console, run “ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub” and compare its SHA256 fingerprint with the one below.</source>
        <translation>À la console du serveur lui-même, exécutez «&#xa0;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&#xa0;» et comparez l&apos;empreinte SHA256 obtenue avec celle ci-dessous.</translation>
    </message>
    <message>
        <source>Only if they are the same, remove the old key from %1 with the command below, then start the set-up again.</source>
        <translation>Seulement si elles sont identiques, supprimez l&apos;ancienne clé de %1 avec la commande ci-dessous, puis relancez la configuration.</translation>
    </message>
</context>
<context>
    <name>oef::ui::KeychainCredentialsPage</name>
    <message>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Rempli à partir du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1), so the passwords cannot be remembered: type them each time. They are never stored in a plain file.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (%1) : les mots de passe ne peuvent donc pas être mémorisés, saisissez-les à chaque fois. Ils ne sont jamais enregistrés dans un simple fichier.</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Non mémorisés</translation>
    </message>
</context>
<context>
    <name>oef::ui::LogView</name>
    <message numerus="yes">
        <source>… %n line(s) of output not shown (too many at once).</source>
        <translation>
            <numerusform>… %n ligne de sortie non affichée (trop à la fois).</numerusform>
            <numerusform>… %n lignes de sortie non affichées (trop à la fois).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oef::ui::PlanFile</name>
    <message>
        <source>Cannot open plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be used.</source>
        <translation>Le fichier de plan %1 ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>oef::ui::ProgressPage</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Log (what runs on each server):</source>
        <translation>&amp;Journal (ce qui s&apos;exécute sur chaque serveur) :</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>&amp;Copier le journal</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard.</source>
        <translation>Copier tout le journal dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécutée</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Cancelling: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>Finished in %1. Click Next for the result.</source>
        <translation>Terminé en %1. Cliquez sur Suivant pour voir le résultat.</translation>
    </message>
    <message>
        <source>Cancelled. The servers were left in a safe state. Click Next for what this means.</source>
        <translation>Annulé. Les serveurs ont été laissés dans un état sûr. Cliquez sur Suivant pour savoir ce que cela signifie.</translation>
    </message>
    <message>
        <source>Stopped: %1 Click Next for what this means and what to do.</source>
        <translation>Arrêté : %1 Cliquez sur Suivant pour savoir ce que cela signifie et que faire.</translation>
    </message>
    <message>
        <source>Cancelling: putting back what the current step changed, so that the servers stay safe…</source>
        <translation>Annulation : remise en état de ce que l&apos;étape en cours a modifié, pour que les serveurs restent sûrs…</translation>
    </message>
    <message>
        <source>Cancel requested by the operator.</source>
        <translation>Annulation demandée par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>Stop now?</source>
        <translation>Arrêter maintenant ?</translation>
    </message>
    <message>
        <source>Stop at the next safe point?</source>
        <translation>Arrêter au prochain point sûr ?</translation>
    </message>
    <message>
        <source>The work stops at the next safe point, and what the current step started is put back, so that both servers are left in a safe state. This can take a minute. You can run it again later.</source>
        <translation>Le travail s&apos;arrête au prochain point sûr, et ce que l&apos;étape en cours a commencé est défait, afin que les deux serveurs restent dans un état sûr. Cela peut prendre une minute. Vous pourrez le relancer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
</context>
<context>
    <name>oef::ui::ReportPanel</name>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Ouvrir le &amp;rapport</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son d&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Verify replication now</source>
        <translation>&amp;Vérifier la réplication maintenant</translation>
    </message>
</context>
<context>
    <name>oef::ui::ResultPage</name>
    <message>
        <source>Its database was restarted once to apply: %1.</source>
        <translation>Sa base de données a été redémarrée une fois pour appliquer : %1.</translation>
    </message>
    <message>
        <source>Its database was not restarted.</source>
        <translation>Sa base de données n&apos;a pas été redémarrée.</translation>
    </message>
    <message>
        <source>OpenELIS runs as before and sends every change to the secondary through the replication slot %1.</source>
        <translation>OpenELIS fonctionne comme avant et envoie chaque modification au serveur de secours par le slot de réplication %1.</translation>
    </message>
    <message>
        <source>Unchanged, or prepared only in part for replication (the replication role and its pg_hba.conf entry). OpenELIS keeps running as before.</source>
        <translation>Inchangé, ou préparé seulement en partie pour la réplication (le rôle de réplication et son entrée dans pg_hba.conf). OpenELIS continue de fonctionner comme avant.</translation>
    </message>
    <message>
        <source>Prepared for replication (replication role, pg_hba.conf entry, settings). OpenELIS keeps running; these changes do no harm without a standby.</source>
        <translation>Préparé pour la réplication (rôle de réplication, entrée dans pg_hba.conf, paramètres). OpenELIS continue de fonctionner ; ces modifications sont sans danger en l&apos;absence de serveur de secours.</translation>
    </message>
    <message>
        <source>The replication slot %1 keeps database history for the secondary (up to 10 GB) until it connects: run the set-up again soon.</source>
        <translation>Le slot de réplication %1 conserve l&apos;historique de la base de données pour le serveur de secours (jusqu&apos;à 10 Go) jusqu&apos;à ce qu&apos;il se connecte : relancez bientôt la configuration.</translation>
    </message>
    <message>
        <source>A hot standby: its database is a read-only copy of the primary&apos;s that follows every change. OpenELIS itself is stopped there and no longer starts on its own; it starts when you execute a failover.</source>
        <translation>Un serveur de secours à chaud : sa base de données est une copie en lecture seule de celle du serveur principal, qui suit chaque modification. OpenELIS lui-même y est arrêté et ne démarre plus tout seul ; il démarre quand vous exécutez un basculement.</translation>
    </message>
    <message>
        <source>Its previous database is kept in %1.</source>
        <translation>Son ancienne base de données est conservée dans %1.</translation>
    </message>
    <message>
        <source>Unchanged: OpenELIS and its database run as before.</source>
        <translation>Inchangé : OpenELIS et sa base de données fonctionnent comme avant.</translation>
    </message>
    <message>
        <source>Already a standby of the primary: its database is a copy that follows the primary. Its previous database is kept in %1.</source>
        <translation>Déjà serveur de secours du serveur principal : sa base de données est une copie qui suit le serveur principal. Son ancienne base de données est conservée dans %1.</translation>
    </message>
    <message>
        <source>Its database still serves its own previous data: the copy of the primary&apos;s database did not replace it (or the previous data was put back). The OpenELIS application containers may be stopped, and part of the install directory may already be copied from the primary.</source>
        <translation>Sa base de données sert toujours ses propres données antérieures : la copie de la base du serveur principal ne l&apos;a pas remplacée (ou les données antérieures ont été remises en place). Les conteneurs de l&apos;application OpenELIS sont peut-être arrêtés, et une partie du répertoire d&apos;installation a peut-être déjà été copiée depuis le serveur principal.</translation>
    </message>
    <message>
        <source>Nothing more to do now. Keep the report. Check the replication from time to time with “Verify replication” (or oe-failover-cli verify), and practise a failover on a quiet day.</source>
        <translation>Plus rien à faire pour le moment. Conservez le rapport. Vérifiez la réplication de temps en temps avec «&#xa0;Vérifier la réplication&#xa0;» (ou oe-failover-cli verify), et entraînez-vous à un basculement un jour calme.</translation>
    </message>
    <message>
        <source>Solve the problem described above (the details and the report say more), then run the set-up again: each step is safe to repeat and only does what is still missing.</source>
        <translation>Résolvez le problème décrit ci-dessus (les détails et le rapport en disent plus), puis relancez la configuration : chaque étape peut être répétée sans risque et ne fait que ce qui manque encore.</translation>
    </message>
    <message>
        <source>Run the set-up again when you are ready: each step is safe to repeat.</source>
        <translation>Relancez la configuration quand vous êtes prêt : chaque étape peut être répétée sans risque.</translation>
    </message>
    <message>
        <source>If you do not want a standby after all, start OpenELIS on the secondary again: sudo docker update --restart=always %1 &amp;&amp; sudo docker start %1</source>
        <translation>Si finalement vous ne voulez pas de serveur de secours, redémarrez OpenELIS sur le serveur de secours : sudo docker update --restart=always %1 &amp;&amp; sudo docker start %1</translation>
    </message>
    <message>
        <source>Replication was not verified: the set-up did not get that far.</source>
        <translation>La réplication n&apos;a pas été vérifiée : la configuration n&apos;est pas allée jusque-là.</translation>
    </message>
    <message>
        <source>Verified: the secondary streams from the primary through the slot %1, and a test record written on the primary was readable on the secondary after %2 ms.</source>
        <translation>Vérifiée : le serveur de secours reçoit le flux du serveur principal par le slot %1, et un enregistrement de test écrit sur le serveur principal était lisible sur le serveur de secours après %2 ms.</translation>
    </message>
    <message>
        <source>Not verified: the secondary streams from the primary, but a test record written on the primary did not reach it in time.</source>
        <translation>Non vérifiée : le serveur de secours reçoit le flux du serveur principal, mais un enregistrement de test écrit sur le serveur principal ne lui est pas parvenu à temps.</translation>
    </message>
    <message>
        <source>Not verified: the primary does not list the secondary as streaming.</source>
        <translation>Non vérifiée : le serveur principal n&apos;indique pas que le serveur de secours reçoit son flux.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The set-up is complete.</source>
        <translation>La configuration est terminée.</translation>
    </message>
    <message>
        <source>%1 is now a hot standby of %2.</source>
        <translation>%1 est maintenant un serveur de secours à chaud de %2.</translation>
    </message>
    <message>
        <source>The set-up was cancelled.</source>
        <translation>La configuration a été annulée.</translation>
    </message>
    <message>
        <source>The set-up was cancelled. The servers were left in a safe state.</source>
        <translation>La configuration a été annulée. Les serveurs ont été laissés dans un état sûr.</translation>
    </message>
    <message>
        <source>The set-up was cancelled at “%1”. The servers were left in a safe state.</source>
        <translation>La configuration a été annulée à l&apos;étape «&#xa0;%1&#xa0;». Les serveurs ont été laissés dans un état sûr.</translation>
    </message>
    <message>
        <source>The set-up did not complete.</source>
        <translation>La configuration n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>The set-up failed: %1</source>
        <translation>La configuration a échoué : %1</translation>
    </message>
    <message>
        <source>The set-up stopped at “%1”: %2</source>
        <translation>La configuration s&apos;est arrêtée à l&apos;étape «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>Primary %1</source>
        <translation>Serveur principal %1</translation>
    </message>
    <message>
        <source>Secondary %1</source>
        <translation>Serveur de secours %1</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>The report (what was done, every step and its output, without passwords) is saved in %1.</source>
        <translation>Le rapport (ce qui a été fait, chaque étape et sa sortie, sans les mots de passe) est enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Open the verification screen: live replication state, lag and a write round trip.</source>
        <translation>Ouvrir l&apos;écran de vérification : état de la réplication en direct, retard et test d&apos;écriture aller-retour.</translation>
    </message>
    <message>
        <source>Replication check</source>
        <translation>Vérification de la réplication</translation>
    </message>
</context>
<context>
    <name>oef::ui::ServerWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>oef::ui::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Where the two OpenELIS servers are. Addresses as this computer reaches them; the secondary must also reach the primary&apos;s database port.</source>
        <translation>Où se trouvent les deux serveurs OpenELIS. Indiquez les adresses par lesquelles cet ordinateur les joint ; le serveur de secours doit aussi pouvoir joindre le port de la base de données du serveur principal.</translation>
    </message>
    <message>
        <source>Enter a host name or an IP address for each server. The ports are the usual ones unless your servers were set up differently.</source>
        <translation>Saisissez un nom d&apos;hôte ou une adresse IP pour chaque serveur. Les ports sont ceux habituels, sauf si vos serveurs ont été installés autrement.</translation>
    </message>
    <message>
        <source>Primary: the server in use now</source>
        <translation>Serveur principal : celui qui est utilisé actuellement</translation>
    </message>
    <message>
        <source>Secondary: the standby that will follow it</source>
        <translation>Serveur de secours : celui qui va le suivre</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>P&amp;ort SSH :</translation>
    </message>
    <message>
        <source>&amp;Database port:</source>
        <translation>Port de la &amp;base de données :</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>SSH por&amp;t:</source>
        <translation>Por&amp;t SSH :</translation>
    </message>
    <message>
        <source>Database po&amp;rt:</source>
        <translation>Port de la base de do&amp;nnées :</translation>
    </message>
    <message>
        <source>for example 192.168.1.10 or oe-main.lab.local</source>
        <translation>par exemple 192.168.1.10 ou oe-main.lab.local</translation>
    </message>
    <message>
        <source>for example 192.168.1.11 or oe-standby.lab.local</source>
        <translation>par exemple 192.168.1.11 ou oe-standby.lab.local</translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation>Adresse du serveur principal</translation>
    </message>
    <message>
        <source>Secondary address</source>
        <translation>Adresse du serveur de secours</translation>
    </message>
    <message>
        <source>Primary SSH port</source>
        <translation>Port SSH du serveur principal</translation>
    </message>
    <message>
        <source>Secondary SSH port</source>
        <translation>Port SSH du serveur de secours</translation>
    </message>
    <message>
        <source>Primary database port</source>
        <translation>Port de la base de données du serveur principal</translation>
    </message>
    <message>
        <source>Secondary database port</source>
        <translation>Port de la base de données du serveur de secours</translation>
    </message>
    <message>
        <source>The primary and the secondary are the same server (%1, SSH port %2). Enter the standby&apos;s own address as the secondary.</source>
        <translation>Le serveur principal et le serveur de secours sont le même serveur (%1, port SSH %2). Saisissez comme serveur de secours l&apos;adresse propre à celui-ci.</translation>
    </message>
</context>
<context>
    <name>oef::ui::SetupWizard</name>
    <message>
        <source>Setting up</source>
        <translation>Configuration en cours</translation>
    </message>
    <message>
        <source>Keep this window open until the set-up has finished.</source>
        <translation>Gardez cette fenêtre ouverte jusqu&apos;à la fin de la configuration.</translation>
    </message>
    <message>
        <source>Set up failover — OE Failover</source>
        <translation>Configurer le basculement — OE Failover</translation>
    </message>
    <message>
        <source>Keep this window open until the set-up has finished. Cancel stops at a safe point.</source>
        <translation>Gardez cette fenêtre ouverte jusqu&apos;à la fin de la configuration. Le bouton Annuler arrête le travail à un point sûr.</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Fichiers de plan (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Primary: %1 Secondary: %2</source>
        <translation>Serveur principal : %1 Serveur de secours : %2</translation>
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
        <translation>Gardez un second serveur OpenELIS Global prêt à prendre le relais de celui qui est utilisé. Choisissez ce que vous voulez faire.</translation>
    </message>
    <message>
        <source>&amp;Set up failover</source>
        <translation>&amp;Configurer le basculement</translation>
    </message>
    <message>
        <source>Configure a second server as a hot standby of the server in use.</source>
        <translation>Configurer un second serveur comme serveur de secours à chaud du serveur utilisé.</translation>
    </message>
    <message>
        <source>E&amp;xecute failover</source>
        <translation>E&amp;xécuter le basculement</translation>
    </message>
    <message>
        <source>The main server is down: make the standby the main server.</source>
        <translation>Le serveur principal est hors service : faire du serveur de secours le serveur principal.</translation>
    </message>
    <message>
        <source>&amp;Verify replication</source>
        <translation>&amp;Vérifier la réplication</translation>
    </message>
    <message>
        <source>Check, any day, that the standby is up to date and would take over.</source>
        <translation>Vérifier, n&apos;importe quel jour, que le serveur de secours est à jour et pourrait prendre le relais.</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>No recent plans. A plan file you open or save appears here.</source>
        <translation>Aucun plan récent. Les fichiers de plan que vous ouvrez ou enregistrez apparaissent ici.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open a plan file (JSON) saved earlier or written for the command-line tool.</source>
        <translation>Ouvrir un fichier de plan (JSON) enregistré auparavant ou écrit pour l&apos;outil en ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This file no longer exists: %1</source>
        <translation>Ce fichier n&apos;existe plus : %1</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Plan introuvable</translation>
    </message>
    <message>
        <source>The plan file %1 no longer exists. Remove it from the recent plans?</source>
        <translation>Le fichier de plan %1 n&apos;existe plus. Le retirer des plans récents ?</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Plan files (*.json);;All files (*)</source>
        <translation>Fichiers de plan (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Remove from recent plans</source>
        <translation>&amp;Retirer des plans récents</translation>
    </message>
</context>
<context>
    <name>oef::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>This is what will change. Nothing has changed yet.</source>
        <translation>Voici ce qui va changer. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>&amp;Start the set-up</source>
        <translation>&amp;Lancer la configuration</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>&amp;Enregistrer le plan…</translation>
    </message>
    <message>
        <source>Save the servers and options (never the passwords) as a plan file, to run the same set-up again or from the command line.</source>
        <translation>Enregistrer les serveurs et les options (jamais les mots de passe) dans un fichier de plan, pour relancer la même configuration ou la lancer en ligne de commande.</translation>
    </message>
    <message>
        <source>The same set-up from the command &amp;line:</source>
        <translation>La même configuration en ligne de &amp;commande :</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard.</source>
        <translation>Copier la commande dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The plan holds no password: the command reads them as JSON on its standard input, and asks before it changes anything.</source>
        <translation>Le plan ne contient aucun mot de passe : la commande les lit au format JSON sur son entrée standard, et demande confirmation avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <source>No database restart is needed: OpenELIS keeps running.</source>
        <translation>Aucun redémarrage de la base de données n&apos;est nécessaire : OpenELIS continue de fonctionner.</translation>
    </message>
    <message>
        <source>The database restarts only if a changed setting needs it (OpenELIS then does not answer for 10 to 30 seconds).</source>
        <translation>La base de données ne redémarre que si un paramètre modifié l&apos;exige (OpenELIS ne répond alors pas pendant 10 à 30 secondes).</translation>
    </message>
    <message>
        <source>On the primary, %1</source>
        <translation>Sur le serveur principal, %1</translation>
    </message>
    <message>
        <source>A replication role: the existing “backup” role and its password file in %1 are reused when present, else created.</source>
        <translation>Un rôle de réplication : le rôle «&#xa0;backup&#xa0;» existant et son fichier de mot de passe dans %1 sont réutilisés s&apos;ils existent, sinon ils sont créés.</translation>
    </message>
    <message>
        <source>One entry in pg_hba.conf that lets the secondary (%1) connect for replication; the file is backed up first.</source>
        <translation>Une entrée dans pg_hba.conf qui permet au serveur de secours (%1) de se connecter pour la réplication ; le fichier est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>The replication settings (wal_level, wal_log_hints, hot_standby, max_wal_senders, max_replication_slots, max_slot_wal_keep_size), never lowered.</source>
        <translation>Les paramètres de réplication (wal_level, wal_log_hints, hot_standby, max_wal_senders, max_replication_slots, max_slot_wal_keep_size), jamais abaissés.</translation>
    </message>
    <message>
        <source>A replication slot for the secondary, so that the primary keeps what the standby has not received yet (up to 10 GB).</source>
        <translation>Un slot de réplication pour le serveur de secours, afin que le serveur principal conserve ce que le serveur de secours n&apos;a pas encore reçu (jusqu&apos;à 10 Go).</translation>
    </message>
    <message>
        <source>On the secondary, %1</source>
        <translation>Sur le serveur de secours, %1</translation>
    </message>
    <message>
        <source>The OpenELIS application containers (%1) are stopped and no longer start on their own: a standby must not serve users. Its database keeps running.</source>
        <translation>Les conteneurs de l&apos;application OpenELIS (%1) sont arrêtés et ne redémarrent plus tout seuls : un serveur de secours ne doit pas servir les utilisateurs. Sa base de données continue de fonctionner.</translation>
    </message>
    <message>
        <source>The install directory %1 is copied from the primary, except %2. /etc/openelis-global is not touched.</source>
        <translation>Le répertoire d&apos;installation %1 est copié depuis le serveur principal, sauf %2. /etc/openelis-global n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Its database is replaced by a copy of the primary&apos;s, which then follows every change. The current database is kept, not deleted, in %1.</source>
        <translation>Sa base de données est remplacée par une copie de celle du serveur principal, qui suit ensuite chaque modification. La base de données actuelle est conservée, et non supprimée, dans %1.</translation>
    </message>
    <message>
        <source>Warnings from the checks</source>
        <translation>Avertissements des vérifications</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>A test record written on the primary must appear on the secondary, and a report of everything that was done is saved.</source>
        <translation>Un enregistrement de test écrit sur le serveur principal doit apparaître sur le serveur de secours, et un rapport de tout ce qui a été fait est enregistré.</translation>
    </message>
    <message>
        <source>PLAN.json</source>
        <translation>PLAN.json</translation>
    </message>
    <message>
        <source>Not saved yet: save the plan to use the command.</source>
        <translation>Pas encore enregistré : enregistrez le plan pour utiliser la commande.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2</source>
        <translation>Le plan n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>On both servers</source>
        <translation>Sur les deux serveurs</translation>
    </message>
    <message>
        <source>A small guard in %1: after a restart, a primary starts read-only and runs as the primary again only once its standby streams from it, so that an old primary replaced by a failover never comes back writable.</source>
        <translation>Un petit garde-fou dans %1 : après un redémarrage, un serveur principal démarre en lecture seule et ne redevient le serveur principal qu’une fois que son serveur de secours se réplique depuis lui ; ainsi, un ancien serveur principal remplacé par une bascule ne revient jamais en écriture.</translation>
    </message>
    <message>
        <source>wal_keep_size is kept at 512 MB or more, so that a former primary can later be re-attached quickly with pg_rewind.</source>
        <translation>wal_keep_size est maintenu à 512 Mo ou plus, pour qu’un ancien serveur principal puisse plus tard être rattaché rapidement avec pg_rewind.</translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyLagChart</name>
    <message numerus="yes">
        <source>How far the standby is behind the primary: seconds (blue) and data not yet applied (amber), over the last %n minute(s).</source>
        <translation>
            <numerusform>Retard du serveur de secours sur le serveur principal : en secondes (bleu) et en données pas encore appliquées (ambre), sur une période de %n minute.</numerusform>
            <numerusform>Retard du serveur de secours sur le serveur principal : en secondes (bleu) et en données pas encore appliquées (ambre), sur les %n dernières minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1 behind</source>
        <translation>jusqu&apos;à %1 de retard</translation>
    </message>
    <message>
        <source>up to %1 not applied</source>
        <translation>jusqu&apos;à %1 non appliqués</translation>
    </message>
    <message>
        <source>No measurement yet</source>
        <translation>Aucune mesure pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyLaunchDialog</name>
    <message>
        <source>Filled in from this computer&apos;s keychain.</source>
        <translation>Rempli à partir du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Verify replication</source>
        <translation>Vérifier la réplication</translation>
    </message>
    <message>
        <source>Choose the plan of the two servers, and how to log in to each. Nothing is changed on the servers: the verification only reads, except the write test, which writes into its own small database.</source>
        <translation>Choisissez le plan des deux serveurs, et comment se connecter à chacun. Rien n&apos;est modifié sur les serveurs : la vérification ne fait que lire, sauf le test d&apos;écriture, qui écrit dans sa propre petite base de données.</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Primary (the server in use)</source>
        <translation>Serveur principal (celui qui est utilisé)</translation>
    </message>
    <message>
        <source>Secondary (the standby)</source>
        <translation>Serveur de secours (en attente)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Plans (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This is a failover plan. Verify with a plan that names the primary and its standby (&quot;primary&quot; and &quot;secondary&quot;).</source>
        <translation>C&apos;est un plan de basculement. Vérifiez avec un plan qui désigne le serveur principal et son serveur de secours (&quot;primary&quot; et &quot;secondary&quot;).</translation>
    </message>
    <message>
        <source>Primary %1, standby %2; install directory %3.</source>
        <translation>Serveur principal %1, serveur de secours %2 ; répertoire d&apos;installation %3.</translation>
    </message>
    <message>
        <source>Choose a plan file.</source>
        <translation>Choisissez un fichier de plan.</translation>
    </message>
</context>
<context>
    <name>oef::ui::VerifyScreen</name>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secours</translation>
    </message>
    <message>
        <source>Verify replication: %1 → %2</source>
        <translation>Vérifier la réplication : %1 → %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>&amp;Replication</source>
        <translation>&amp;Réplication</translation>
    </message>
    <message>
        <source>&amp;Install directories</source>
        <translation>Répertoires d&apos;&amp;installation</translation>
    </message>
    <message>
        <source>C&amp;ertificates</source>
        <translation>C&amp;ertificats</translation>
    </message>
    <message>
        <source>Replication connections on the primary (pg_stat_replication):</source>
        <translation>Connexions de réplication sur le serveur principal (pg_stat_replication) :</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Retard d&apos;écriture</translation>
    </message>
    <message>
        <source>Store lag</source>
        <translation>Retard de stockage</translation>
    </message>
    <message>
        <source>Apply lag</source>
        <translation>Retard d&apos;application</translation>
    </message>
    <message>
        <source>Replication slots on the primary:</source>
        <translation>Slots de réplication sur le serveur principal :</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>WAL kept</source>
        <translation>WAL conservés</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>État des WAL</translation>
    </message>
    <message>
        <source>The standby:</source>
        <translation>Le serveur de secours :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Newer side</source>
        <translation>Côté le plus récent</translation>
    </message>
    <message>
        <source>Address users type</source>
        <translation>Adresse saisie par les utilisateurs</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Names in the certificate</source>
        <translation>Noms dans le certificat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>How it was read</source>
        <translation>Mode de lecture</translation>
    </message>
    <message>
        <source>Compare &amp;again</source>
        <translation>Comparer de &amp;nouveau</translation>
    </message>
    <message numerus="yes">
        <source>Refresh every %n second(s)</source>
        <translation>
            <numerusform>Actualiser à intervalle de %n seconde</numerusform>
            <numerusform>Actualiser toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test a write now</source>
        <translation>&amp;Tester une écriture maintenant</translation>
    </message>
    <message>
        <source>Writes a record into the small check database oe_failover on the primary (never into OpenELIS&apos;s own data) and measures how long the standby takes to show it.</source>
        <translation>Écrit un enregistrement dans la petite base de contrôle oe_failover sur le serveur principal (jamais dans les données d&apos;OpenELIS) et mesure le temps que met le serveur de secours à l&apos;afficher.</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Trust this key…</source>
        <translation>Faire confiance à cette c&amp;lé…</translation>
    </message>
    <message>
        <source>Writing a test record on the primary…</source>
        <translation>Écriture d&apos;un enregistrement de test sur le serveur principal…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <source>Reading the replication state of both servers.</source>
        <translation>Lecture de l&apos;état de la réplication sur les deux serveurs.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <translation>%1
Que faire : %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>In recovery (a standby)</source>
        <translation>En restauration (serveur de secours)</translation>
    </message>
    <message>
        <source>WAL receiver</source>
        <translation>Récepteur WAL</translation>
    </message>
    <message>
        <source>Slot used</source>
        <translation>Slot utilisé</translation>
    </message>
    <message>
        <source>Received up to</source>
        <translation>Reçu jusqu&apos;à</translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation>Appliqué jusqu&apos;à</translation>
    </message>
    <message>
        <source>Replay paused</source>
        <translation>Application en pause</translation>
    </message>
    <message>
        <source>Last transaction applied</source>
        <translation>Dernière transaction appliquée</translation>
    </message>
    <message>
        <source>Behind the primary</source>
        <translation>Retard sur le serveur principal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Write test: not run yet. It writes a record on the primary (database oe_failover) and measures when the standby shows it.</source>
        <translation>Test d&apos;écriture : pas encore effectué. Il écrit un enregistrement sur le serveur principal (base de données oe_failover) et mesure quand le serveur de secours l&apos;affiche.</translation>
    </message>
    <message numerus="yes">
        <source>Write test at %1: a record written on the primary showed on the standby after %n ms.</source>
        <translation>
            <numerusform>Test d&apos;écriture du %1 : un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
            <numerusform>Test d&apos;écriture du %1 : un enregistrement écrit sur le serveur principal est apparu sur le serveur de secours après %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write test at %1: %2</source>
        <translation>Test d&apos;écriture du %1 : %2</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>Pas encore comparé.</translation>
    </message>
    <message>
        <source>Not compared at %1: %2</source>
        <translation>Comparaison du %1 impossible : %2</translation>
    </message>
    <message numerus="yes">
        <source>Compared at %1: %2 is the same on both servers (%n file(s); not compared: %3).</source>
        <translation>
            <numerusform>Comparé le %1 : %2 est identique sur les deux serveurs (%n fichier ; non comparés : %3).</numerusform>
            <numerusform>Comparé le %1 : %2 est identique sur les deux serveurs (%n fichiers ; non comparés : %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared at %1: %n file(s) differ between the two copies of %2 (not compared: %3).</source>
        <translation>
            <numerusform>Comparé le %1 : %n fichier diffère entre les deux copies de %2 (non comparés : %3).</numerusform>
            <numerusform>Comparé le %1 : %n fichiers diffèrent entre les deux copies de %2 (non comparés : %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Checked at %1 with a TLS handshake from this computer, as users&apos; browsers do; the findings say what each result means.</source>
        <translation>Vérifié le %1 par une négociation TLS depuis cet ordinateur, comme le font les navigateurs des utilisateurs ; les constats expliquent ce que signifie chaque résultat.</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>file %1 on the server (no answer: %2)</source>
        <translation>fichier %1 sur le serveur (pas de réponse : %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>This computer does not know the SSH key of %1 yet. Its fingerprint is %2: compare it with the one the server&apos;s administrator reads on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it.</source>
        <translation>Cet ordinateur ne connaît pas encore la clé SSH de %1. Son empreinte est %2 : comparez-la avec celle que l&apos;administrateur du serveur lit sur le serveur (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The SSH key of %1 is also new (%2).</source>
        <translation>La clé SSH de %1 est également nouvelle (%2).</translation>
    </message>
    <message>
        <source>The SSH key of %1 is not the one this computer knows (%2). This may be an attack: nothing is done with this server until its administrator confirms the change.</source>
        <translation>La clé SSH de %1 n&apos;est pas celle que connaît cet ordinateur (%2). Il peut s&apos;agir d&apos;une attaque : rien n&apos;est fait avec ce serveur tant que son administrateur n&apos;a pas confirmé le changement.</translation>
    </message>
    <message>
        <source>Trust this SSH key?</source>
        <translation>Faire confiance à cette clé SSH ?</translation>
    </message>
    <message>
        <source>Trust the SSH key %1 for %2?

Only say yes if it matches the fingerprint read on the server itself. It is then remembered in this computer&apos;s known_hosts file.</source>
        <translation>Faire confiance à la clé SSH %1 pour %2 ?

Ne répondez oui que si elle correspond à l&apos;empreinte lue sur le serveur lui-même. Elle sera alors mémorisée dans le fichier known_hosts de cet ordinateur.</translation>
    </message>
    <message>
        <source>Measured at %1 in %2.</source>
        <translation>Mesuré le %1 en %2.</translation>
    </message>
    <message>
        <source>Not refreshing.</source>
        <translation>Pas d&apos;actualisation automatique.</translation>
    </message>
    <message>
        <source>Nothing has been measured yet.</source>
        <translation>Rien n&apos;a encore été mesuré.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Le fichier PDF n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>oef::ui::WelcomePage</name>
    <message>
        <source>Set up failover</source>
        <translation>Configurer le basculement</translation>
    </message>
    <message>
        <source>Make a second OpenELIS server a hot standby of the server in use.</source>
        <translation>Faire d&apos;un second serveur OpenELIS un serveur de secours à chaud du serveur utilisé.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>The secondary server&apos;s database becomes a copy of the primary&apos;s that follows every change within seconds, ready to take over if the primary fails. The wizard checks everything first and changes nothing until you confirm on the summary page. Every step is safe to run again.</source>
        <translation>La base de données du serveur de secours devient une copie de celle du serveur principal, qui suit chaque modification en quelques secondes, prête à prendre le relais si le serveur principal tombe en panne. L&apos;assistant vérifie d&apos;abord tout et ne modifie rien tant que vous n&apos;avez pas confirmé sur la page de résumé. Chaque étape peut être relancée sans risque.</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Ce qu&apos;il vous faut</translation>
    </message>
    <message>
        <source>Two servers with the same version of OpenELIS Global installed: the primary (in use) and the secondary (the standby).</source>
        <translation>Deux serveurs avec la même version d&apos;OpenELIS Global installée : le serveur principal (en service) et le serveur de secours (en attente).</translation>
    </message>
    <message>
        <source>The OpenELIS database on port 5432 on both (the OpenELIS default).</source>
        <translation>La base de données OpenELIS sur le port 5432 sur les deux (la valeur par défaut d&apos;OpenELIS).</translation>
    </message>
    <message>
        <source>SSH access from this computer to both servers (port 22).</source>
        <translation>Un accès SSH depuis cet ordinateur vers les deux serveurs (port 22).</translation>
    </message>
    <message>
        <source>On each server, a user allowed to use sudo, with its password or SSH key.</source>
        <translation>Sur chaque serveur, un utilisateur autorisé à utiliser sudo, avec son mot de passe ou sa clé SSH.</translation>
    </message>
    <message>
        <source>What is not copied</source>
        <translation>Ce qui n&apos;est pas copié</translation>
    </message>
    <message>
        <source>%1 (certificates and keystores) stays as it is on each server. Set up the certificates on both servers yourself, so that the secondary can serve users after a failover.</source>
        <translation>%1 (certificats et magasins de clés) reste tel quel sur chaque serveur. Installez vous-même les certificats sur les deux serveurs, afin que le serveur de secours puisse servir les utilisateurs après un basculement.</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Combien de temps cela prend</translation>
    </message>
    <message>
        <source>A few minutes of questions and checks, then the copy: usually 2 to 10 minutes, longer for a large database (about one minute per 5 GB on a 1 Gbit/s network). OpenELIS keeps running on the primary. If a database setting needs a restart, the summary says so before anything happens (OpenELIS then does not answer for 10 to 30 seconds).</source>
        <translation>Quelques minutes de questions et de vérifications, puis la copie : en général 2 à 10 minutes, davantage pour une grosse base de données (environ une minute par 5 Go sur un réseau à 1 Gbit/s). OpenELIS continue de fonctionner sur le serveur principal. Si un paramètre de la base de données nécessite un redémarrage, le résumé l&apos;indique avant toute action (OpenELIS ne répond alors pas pendant 10 à 30 secondes).</translation>
    </message>
</context>
</TS>
