<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalDav</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an HTTP method (PUT, REPORT), %2 a URL</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the password would travel in clear text. Use https://, or allow plain http explicitly.</source>
        <translation>%1 n&apos;est pas chiffré (http://)&#xa0;: le mot de passe circulerait en clair. Utilisez https://, ou autorisez explicitement le http non chiffré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur http:// ou https://</translation>
    </message>
    <message>
        <source>could not reach the server (%1): %2</source>
        <translation>impossible de joindre le serveur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>le serveur n&apos;a pas répondu à temps (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401, %1)</source>
        <translation>le serveur a refusé le nom d&apos;utilisateur ou le mot de passe (401, %1)</translation>
    </message>
    <message>
        <source>this account may not change calendar %1 on the server (403, %2)</source>
        <translation>ce compte n&apos;a pas le droit de modifier le calendrier %1 sur le serveur (403, %2)</translation>
    </message>
    <message>
        <source>not found on the server (404, %1)</source>
        <translation>introuvable sur le serveur (404, %1)</translation>
    </message>
    <message>
        <source>event %1 in calendar %2 was changed on the server by someone else since Sunrelay read it; it was not overwritten (publish again to replace it with the plan&apos;s version)</source>
        <translation>l&apos;événement %1 du calendrier %2 a été modifié sur le serveur par quelqu&apos;un d&apos;autre depuis que Sunrelay l&apos;a lu&#xa0;; il n&apos;a pas été écrasé (publiez à nouveau pour le remplacer par la version du plan)</translation>
    </message>
    <message>
        <source>the server failed (%1, %2); publish again to complete</source>
        <translation>le serveur a échoué (%1, %2)&#xa0;; publiez à nouveau pour terminer</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>réponse inattendue %1 à %2</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 is larger than %2 bytes; it was not read</source>
        <translation>la réponse du serveur à %1 dépasse %2 octets&#xa0;; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 cannot be read: %2</source>
        <translation>la réponse du serveur à %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a publish to a CalDAV server ended: the user cancelled it</extracomment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a calendar map file; %1 is its line number</extracomment>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected KEY = URL, e.g. member:anna = %1</source>
        <translation>KEY = URL attendu, par exemple member:anna = %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar key (member:ID, region:ID or handoffs)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé de calendrier (member:ID, region:ID ou handoffs)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a URL</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>%1: %2 is not on the server %3 (the password is sent to that server only)</source>
        <translation>%1&#xa0;: %2 n&apos;est pas sur le serveur %3 (le mot de passe n&apos;est envoyé qu&apos;à ce serveur)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <extracomment>The calendar of every handoff in the plan, in the calendar map (Publish &gt; Use Existing Calendars)</extracomment>
        <translation>Toutes les passations</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>A region&apos;s calendar in the calendar map; %1 is the region</extracomment>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>%1 is mapped twice</source>
        <extracomment>A problem in a calendar map file: %1 is a calendar key (&quot;member:anna&quot;) given on two lines</extracomment>
        <translation>%1 est associée deux fois</translation>
    </message>
    <message>
        <source>%1: %2 is already mapped to another calendar key; two keys in one calendar would delete each other&apos;s events</source>
        <translation>%1&#xa0;: %2 est déjà associée à une autre clé de calendrier&#xa0;; deux clés dans un même calendrier supprimeraient mutuellement leurs événements</translation>
    </message>
    <message>
        <source>the plan has no member &quot;%1&quot;</source>
        <translation>le plan n&apos;a pas de membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the plan has no region &quot;%1&quot;</source>
        <translation>le plan n&apos;a pas de région «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the server refused to create calendar %1 (%2; %3, %4). Create it on the server yourself, or map %2 to an existing calendar: a line &quot;%2 = URL&quot; in the file given to sunrelay-cli publish --calendars (--list-calendars lists yours), or Use Existing Calendars… in the Publish dialog.</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 HTTP status, %4 request</extracomment>
        <translation>le serveur a refusé de créer le calendrier %1 (%2&#xa0;; %3, %4). Créez-le vous-même sur le serveur, ou associez %2 à un calendrier existant&#xa0;: une ligne «&#xa0;%2 = URL&#xa0;» dans le fichier donné à sunrelay-cli publish --calendars (--list-calendars liste les vôtres), ou «&#xa0;Utiliser des calendriers existants…&#xa0;» dans la boîte de dialogue «&#xa0;Publier sur un serveur de calendrier&#xa0;».</translation>
    </message>
    <message>
        <source>calendar %1 (%2) is mapped to %3, which is not a calendar on the server; Sunrelay does not create mapped calendars: correct the mapping or create the calendar</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 URL</extracomment>
        <translation>le calendrier %1 (%2) est associé à %3, qui n&apos;est pas un calendrier du serveur&#xa0;; Sunrelay ne crée pas les calendriers associés&#xa0;: corrigez l&apos;association ou créez le calendrier</translation>
    </message>
    <message>
        <source>%1: %2 holds no events (%3), so the plan&apos;s events cannot go there</source>
        <extracomment>A problem in a calendar map: %1 is a calendar key (&quot;member:anna&quot;), %2 the URL of a calendar on the server that holds only other components, %3 those components (&quot;VTODO&quot;)</extracomment>
        <translation>%1&#xa0;: %2 ne contient pas d&apos;événements (%3), les événements du plan ne peuvent donc pas y aller</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>Error on an iCalendar file; %1 is the file&apos;s name, %2 why it cannot be read</extracomment>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A calendar file and why it cannot be imported: &quot;team.ics: unknown time zone&quot;
----------
A calendar file and why it cannot be imported: &quot;holidays.ics: unknown time zone&quot;
----------
Where in a calendar file, and what is wrong there: &quot;line 12: a value cannot be read&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file, or a line in it, is too large</source>
        <translation>le fichier, ou l&apos;une de ses lignes, est trop volumineux</translation>
    </message>
    <message>
        <source>this is not iCalendar text</source>
        <translation>ce n&apos;est pas du texte iCalendar</translation>
    </message>
    <message>
        <source>there is no calendar (VCALENDAR) in the file</source>
        <translation>le fichier ne contient aucun calendrier (VCALENDAR)</translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation>une valeur est illisible</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <extracomment>What is wrong in an iCalendar file: a TZID the tz database does not know</extracomment>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>too many events</source>
        <extracomment>What is wrong in an iCalendar file: it holds more events than Sunrelay reads</extracomment>
        <translation>trop d&apos;événements</translation>
    </message>
    <message>
        <source>recurring events repeat too often in the range</source>
        <translation>des événements récurrents se répètent trop souvent sur la période</translation>
    </message>
    <message>
        <source>no such member or region in the plan</source>
        <translation>aucun membre ni aucune région de ce nom dans le plan</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 2037</source>
        <translation>les dates doivent être comprises entre 1970 et 2037</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is a line number</extracomment>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is the event&apos;s UID</extracomment>
        <translation>événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Where in a calendar file a problem is: a line and an event: &quot;line 12, event &quot;standup&quot;&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A problem in a calendar file and libical&apos;s detail on it (in English)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Error after an export; %1 is the file, %2 why it cannot be written</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2
</source>
        <extracomment>sunrelay-cli --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Utilisation&#xa0;: sunrelay-cli %1

%2
</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli %1: %2
Usage: sunrelay-cli %3
</source>
        <extracomment>sunrelay-cli usage error: %1 is the command, %2 the problem, %3 the command&apos;s synopsis</extracomment>
        <translation>sunrelay-cli %1&#xa0;: %2
Utilisation&#xa0;: sunrelay-cli %3
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file (or input) at fault, %2 the problem with it</extracomment>
        <translation>%1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli --help: the --from option, the first day of the range</extracomment>
        <translation>Premier jour UTC (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Dernier jour UTC (AAAA-MM-JJ), inclus.</translation>
    </message>
    <message>
        <source>Show times in this IANA zone (default: the system zone).</source>
        <translation>Afficher les heures dans ce fuseau IANA (par défaut&#xa0;: le fuseau du système).</translation>
    </message>
    <message>
        <source>Print JSON as documented in the README.</source>
        <translation>Produire du JSON tel que documenté dans le README.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <extracomment>sunrelay-cli --help: the -o/--output option</extracomment>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a time zone name given on the command line</extracomment>
        <translation>fuseau horaire inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1&#xa0;: les dates après 2037 ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from et --to sont tous deux requis</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <extracomment>sunrelay-cli error: the --to date is earlier than the --from date (option names stay in English)</extracomment>
        <translation>--to est antérieur à --from</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a report covers at most %4 days (about three years): ask for a shorter window</source>
        <translation>du %1 au %2, cela fait %3 jours&#xa0;; un rapport couvre au plus %4 jours (environ trois ans)&#xa0;: demandez une période plus courte</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli --help: the PLAN argument</extracomment>
        <translation>Le fichier de plan.</translation>
    </message>
    <message>
        <source>standard output</source>
        <extracomment>sunrelay-cli: names the console output in an error line, &quot;standard output: ...&quot;</extracomment>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>%1: ok: &quot;%2&quot;, %3 regions, %4 members, %5 tasks (%6 placed)
</source>
        <translation>%1&#xa0;: OK&#xa0;: «&#xa0;%2&#xa0;», %3 régions, %4 membres, %5 tâches (%6 planifiées)
</translation>
    </message>
    <message>
        <source>The plan&apos;s name (default: the roster&apos;s file name).</source>
        <translation>Le nom du plan (par défaut&#xa0;: le nom du fichier de la liste).</translation>
    </message>
    <message>
        <source>The roster CSV file.</source>
        <extracomment>sunrelay-cli --help: the ROSTER argument of the import command</extracomment>
        <translation>Le fichier CSV de la liste des membres.</translation>
    </message>
    <message>
        <source>-o PLAN.json is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o PLAN.json est requis</translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <extracomment>sunrelay-cli after a roster import: %1 is the plan file written, %2 and %3 counts</extracomment>
        <translation>%1&#xa0;: %2 membres dans %3 régions
</translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <extracomment>sunrelay-cli --help: the input plan argument of a conversion command</extracomment>
        <translation>Le plan à lire.</translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing; %1 is the output&apos;s placeholder, e.g. PLAN.sunrelay</extracomment>
        <translation>-o %1 est requis</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --member option</extracomment>
        <translation>L&apos;identifiant du membre.</translation>
    </message>
    <message>
        <source>The region&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --region option</extracomment>
        <translation>L&apos;identifiant de la région.</translation>
    </message>
    <message>
        <source>unknown --include item &quot;%1&quot; (use handoffs, deepwork, comms, tasks, separated by commas)</source>
        <translation>élément --include inconnu «&#xa0;%1&#xa0;» (utilisez handoffs, deepwork, comms, tasks, séparés par des virgules)</translation>
    </message>
    <message>
        <source>warning: not read as an earlier export (%1); every event is new (SEQUENCE 0)</source>
        <translation>avertissement&#xa0;: non reconnu comme un export précédent (%1)&#xa0;; chaque événement est nouveau (SEQUENCE 0)</translation>
    </message>
    <message>
        <source>Export the whole plan.</source>
        <extracomment>sunrelay-cli --help: the --all option of calendar export</extracomment>
        <translation>Exporter le plan entier.</translation>
    </message>
    <message>
        <source>What to export, separated by commas: handoffs, deepwork, comms, tasks (default: handoffs,deepwork,comms).</source>
        <translation>Ce qu&apos;il faut exporter, séparé par des virgules&#xa0;: handoffs, deepwork, comms, tasks (par défaut&#xa0;: handoffs,deepwork,comms).</translation>
    </message>
    <message>
        <source>give exactly one of --member ID, --region ID and --all</source>
        <translation>indiquez exactement une option parmi --member ID, --region ID et --all</translation>
    </message>
    <message>
        <source>-o FILE.ics is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o FILE.ics est requis</translation>
    </message>
    <message>
        <source>%1: %2 events
</source>
        <extracomment>sunrelay-cli after a calendar export: %1 is the file written, %2 the number of events in it</extracomment>
        <translation>%1&#xa0;: %2 événements
</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files only, not in plan JSON; make one with: sunrelay-cli import %1 -o PLAN.sunrelay</source>
        <translation>les calendriers importés ne sont conservés que dans les fichiers de plan, pas dans le JSON de plan&#xa0;; créez-en un avec&#xa0;: sunrelay-cli import %1 -o PLAN.sunrelay</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Compter les événements d&apos;une journée entière comme occupés.</translation>
    </message>
    <message>
        <source>The calendar file.</source>
        <extracomment>sunrelay-cli --help: the iCalendar file argument</extracomment>
        <translation>Le fichier de calendrier.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli error: the --member option is missing (option stays in English)</extracomment>
        <translation>--member ID est requis</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a member id not found in the plan</extracomment>
        <translation>aucun membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after a busy-time import: %1 plan file, %2 count, %3 member&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1&#xa0;: %2 plages occupées pour %3 depuis %4
</translation>
    </message>
    <message>
        <source>--region ID is required</source>
        <extracomment>sunrelay-cli error: the --region option is missing (option stays in English)</extracomment>
        <translation>--region ID est requis</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a region id not found in the plan</extracomment>
        <translation>aucune région «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 holidays for %3 from %4
</source>
        <extracomment>sunrelay-cli after a holiday import: %1 plan file, %2 count, %3 region&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1&#xa0;: %2 jours fériés pour %3 depuis %4
</translation>
    </message>
    <message>
        <source>Coverage, gaps, overlaps and handoffs for the dates DATE..DATE.</source>
        <translation>Couverture, trous, chevauchements et passations pour les jours DATE..DATE.</translation>
    </message>
    <message>
        <source>How each placed task travels region to region, and what that gains.</source>
        <translation>Le parcours de chaque tâche planifiée d&apos;une région à l&apos;autre, et ce qu&apos;il fait gagner.</translation>
    </message>
    <message>
        <source>Where the plan breaks its maker-schedule rules.</source>
        <translation>Les endroits où le plan enfreint ses règles de concentration.</translation>
    </message>
    <message>
        <source>Validate a plan file.</source>
        <extracomment>sunrelay-cli --help: summary of the check command</extracomment>
        <translation>Valider un fichier de plan.</translation>
    </message>
    <message>
        <source>Make a plan from a member roster kept in a spreadsheet.</source>
        <translation>Créer un plan à partir d&apos;une liste de membres tenue dans un tableur.</translation>
    </message>
    <message>
        <source>Make a plan file from plan interchange JSON.</source>
        <translation>Créer un fichier de plan à partir du JSON d&apos;échange de plan.</translation>
    </message>
    <message>
        <source>Write a plan file as plan interchange JSON.</source>
        <translation>Écrire un fichier de plan en JSON d&apos;échange de plan.</translation>
    </message>
    <message>
        <source>Export handoffs, deep-work blocks, comms windows and task segments as an iCalendar file.</source>
        <translation>Exporter les passations, les plages de concentration, les créneaux de communication et les segments de tâches dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>Import a member&apos;s own calendar as busy time (replaces the member&apos;s earlier import).</source>
        <translation>Importer le calendrier personnel d&apos;un membre comme plages occupées (remplace l&apos;import précédent de ce membre).</translation>
    </message>
    <message>
        <source>Import a region&apos;s public holidays as time off for its members.</source>
        <translation>Importer les jours fériés d&apos;une région comme absences de ses membres.</translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli COMMAND [OPTIONS]

Plans follow-the-sun work for teams across time zones.
PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC dates).

Commands:
</source>
        <translation>Utilisation&#xa0;: sunrelay-cli COMMAND [OPTIONS]

Planifie le travail «&#xa0;follow-the-sun&#xa0;» d&apos;équipes réparties sur plusieurs fuseaux horaires.
PLAN est un fichier de plan (.sunrelay) ou du JSON d&apos;échange de plan&#xa0;; DATE est AAAA-MM-JJ (dates UTC).

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after its name.
  -v, --version  Show the version.

Exit status: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation>
Options&#xa0;:
  -h, --help     Afficher cette aide, ou l&apos;aide d&apos;une commande après son nom.
  -v, --version  Afficher la version.

Code de sortie&#xa0;: 0 succès, 1 entrée incorrecte, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
        <extracomment>sunrelay-cli error: %1 is the command typed, not one sunrelay-cli knows</extracomment>
        <translation>sunrelay-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <source>the text stream failed</source>
        <extracomment>sunrelay-cli error: writing the JSON output to the terminal or a pipe failed</extracomment>
        <translation>le flux de texte a échoué</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <extracomment>sunrelay-cli error: writing the JSON output failed; %1 is the system&apos;s reason</extracomment>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: out of memory
</source>
        <extracomment>Printed when sunrelay-cli runs out of memory and stops</extracomment>
        <translation>sunrelay-cli&#xa0;: mémoire insuffisante
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1
</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli&#xa0;: erreur interne&#xa0;: %1
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli&#xa0;: erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error</source>
        <extracomment>Printed when sunrelay-cli stops on a bug with no message</extracomment>
        <translation>sunrelay-cli&#xa0;: erreur interne</translation>
    </message>
    <message>
        <source>Wrote %1 (members: %2, tasks: %3)
</source>
        <extracomment>After writing a plan file: its path and how many members and tasks it holds</extracomment>
        <translation>%1 écrit (membres&#xa0;: %2, tâches&#xa0;: %3)
</translation>
    </message>
    <message>
        <source>Publish members&apos;, regions&apos; and handoff calendars to a CalDAV server, changing only what changed.</source>
        <translation>Publier les calendriers des membres, des régions et des passations sur un serveur CalDAV, en ne modifiant que ce qui a changé.</translation>
    </message>
    <message>
        <source>Git&apos;s merge driver for plan JSON: merge THEIRS into OURS by region, member and task (exit 1: conflicts marked in OURS).</source>
        <translation>Pilote de fusion Git pour le JSON de plan&#xa0;: fusionne THEIRS dans OURS par région, membre et tâche (code de sortie 1&#xa0;: conflits marqués dans OURS).</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check: %1); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the problem SQLite&apos;s integrity check reports, in English</extracomment>
        <translation>le fichier est endommagé (contrôle d&apos;intégrité de SQLite&#xa0;: %1)&#xa0;; le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem(s)); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the first problem SQLite&apos;s integrity check reports, in English; %n how many more it found</extracomment>
        <translation>
            <numerusform>le fichier est endommagé (contrôle d&apos;intégrité de SQLite&#xa0;: %1, et %n autre problème)&#xa0;; le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde</numerusform>
            <numerusform>le fichier est endommagé (contrôle d&apos;intégrité de SQLite&#xa0;: %1, et %n autres problèmes)&#xa0;; le fichier n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The sync slot falls inside %1&apos;s deep-work block.</source>
        <translation>Le créneau de synchro tombe dans la plage de concentration de %1.</translation>
    </message>
    <message>
        <source>A handoff is picked up during %1&apos;s deep-work block, and nobody else on the receiving side is free then.</source>
        <translation>Une passation est reprise pendant la plage de concentration de %1, et personne d&apos;autre n&apos;est disponible à ce moment-là du côté qui la reçoit.</translation>
    </message>
    <message>
        <source>%1 has no deep-work block of at least %2 on this workday.</source>
        <translation>%1 n&apos;a aucune plage de concentration d&apos;au moins %2 ce jour ouvré.</translation>
    </message>
    <message>
        <source>%1&apos;s comms window cuts %2 into a deep-work block.</source>
        <translation>Le créneau de communication de %1 entame une plage de concentration de %2.</translation>
    </message>
    <message>
        <source>%1 has %2 of deep work outside working hours.</source>
        <translation>%1 a %2 de concentration en dehors des heures de travail.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>Personne n&apos;assure la couverture pendant %1 (la limite est de %2).</translation>
    </message>
    <message>
        <source>A meeting from %1&apos;s calendar cuts %2 into a deep-work block.</source>
        <translation>Une réunion du calendrier de %1 entame une plage de concentration de %2.</translation>
    </message>
</context>
<context>
    <name>ExportPlanSource</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: that is a folder, not a plan file or plan JSON</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un fichier de plan ni du JSON de plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why it cannot be read: &quot;/home/ana/team.sunrelay: permission denied&quot;
----------
A plan file and why it cannot be read: &quot;/home/ana/team.sunrelay: not a plan file&quot;
----------
A plan JSON file and why it cannot be read: &quot;team.json: permission denied&quot;
----------
A plan JSON file and the reader&apos;s message on it (in English)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>nothing</source>
        <extracomment>Stands for an empty file name in messages</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>a regular file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <source>a directory</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a named pipe</extracomment>
        <translation>une FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a device such as /dev/null</extracomment>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a disk device</extracomment>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a network socket</extracomment>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: any other special file</extracomment>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A file size in mebibytes, e.g. &quot;12.5 MiB&quot;</extracomment>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <extracomment>Why a file cannot be used, after its name: &quot;plan.json: cannot open the file&quot;</extracomment>
        <translation>impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>n&apos;est pas un fichier ordinaire (%1)</translation>
    </message>
    <message>
        <source>the file is too large (%1, more than the limit of %2)</source>
        <translation>le fichier est trop volumineux (%1, au-delà de la limite de %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1; the file was not changed</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>is also an input of this command; name another output file (nothing was written)</source>
        <translation>est aussi une entrée de cette commande&#xa0;; indiquez un autre fichier de sortie (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>a file already exists there; it was not changed</source>
        <translation>un fichier existe déjà à cet endroit&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist; name the file itself</source>
        <translation>est un lien symbolique vers un fichier qui n&apos;existe pas&#xa0;; indiquez le fichier lui-même</translation>
    </message>
    <message>
        <source>cannot use the file</source>
        <extracomment>Why a file cannot be used, after its name, when no better reason is known</extracomment>
        <translation>impossible d&apos;utiliser le fichier</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>tz database</source>
        <extracomment>In Help &gt; About and --version: the IANA time zone database, then its version (&quot;2024a&quot;).</extracomment>
        <translation>base de données tz</translation>
    </message>
</context>
<context>
    <name>MergeDriver</name>
    <message>
        <source>%1: changed differently on both sides: %2</source>
        <extracomment>%1 names a region, member or task, %2 lists its fields (&quot;zone, work&quot;)</extracomment>
        <translation>%1&#xa0;: modifié différemment des deux côtés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: deleted in ours, changed in theirs</source>
        <translation>%1&#xa0;: supprimé dans notre version, modifié dans la leur</translation>
    </message>
    <message>
        <source>%1: changed in ours, deleted in theirs</source>
        <translation>%1&#xa0;: modifié dans notre version, supprimé dans la leur</translation>
    </message>
    <message>
        <source>%1: added on both sides with different contents</source>
        <translation>%1&#xa0;: ajouté des deux côtés avec un contenu différent</translation>
    </message>
    <message>
        <source>%1: reordered differently on both sides; ours&apos; order is kept</source>
        <extracomment>%1 is &quot;regions&quot;, &quot;members&quot; or &quot;tasks&quot;, as the JSON key</extracomment>
        <translation>%1&#xa0;: réordonné différemment des deux côtés&#xa0;; l&apos;ordre de notre version est conservé</translation>
    </message>
    <message>
        <source>the merged plan is not valid: %1</source>
        <translation>le plan fusionné n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>the common ancestor in a three-way merge (Git&apos;s %O)</extracomment>
        <translation>version de base</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>Git merge driver: our side of a merge conflict (as in git&apos;s &quot;ours&quot;)</extracomment>
        <translation>notre version</translation>
    </message>
    <message>
        <source>theirs</source>
        <extracomment>Git merge driver: their side of a merge conflict (as in git&apos;s &quot;theirs&quot;)</extracomment>
        <translation>leur version</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>Git merge driver error line: %1 is a file, %2 why it cannot be read</extracomment>
        <translation>%1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1 (%2): %3; nothing merged
</source>
        <extracomment>%1 is the file, %2 &quot;base&quot;, &quot;ours&quot; or &quot;theirs&quot;, %3 what is wrong in it</extracomment>
        <translation>%1 (%2)&#xa0;: %3&#xa0;; rien n&apos;a été fusionné
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>Git merge driver: a conflict it could not resolve; %1 describes it</extracomment>
        <translation>conflit&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</source>
        <translation>
            <numerusform>%n conflit à résoudre&#xa0;: gardez une version de chaque bloc entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;, supprimez les lignes de marqueurs, puis vérifiez le fichier avec sunrelay-cli check</numerusform>
            <numerusform>%n conflits à résoudre&#xa0;: gardez une version de chaque bloc entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;, supprimez les lignes de marqueurs, puis vérifiez le fichier avec sunrelay-cli check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message>
        <source>Working hours %1</source>
        <extracomment>My Week: description of a working-hours block; %1 is its time span, e.g. &quot;09:00–17:00&quot;</extracomment>
        <translation>Heures de travail %1</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>My Week: label of a block of protected, meeting-free focus time</extracomment>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Protected deep work %1 (%2)</source>
        <translation>Concentration protégée %1 (%2)</translation>
    </message>
    <message>
        <source>Comms</source>
        <extracomment>Short for comms window: a fixed time for messages and calls</extracomment>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Comms window %1</source>
        <extracomment>My Week: description of a comms window block; %1 is its time span, e.g. &quot;09:00–10:00&quot;</extracomment>
        <translation>Créneau de communication %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>My Week: label of a day the member is off (holiday, leave)</extracomment>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Time off (%1 to %2)</source>
        <translation>Absence (du %1 au %2)</translation>
    </message>
    <message>
        <source>%1: public holiday in %2</source>
        <translation>%1&#xa0;: jour férié dans %2</translation>
    </message>
    <message>
        <source>%1 %2 (busy, from your calendar)</source>
        <translation>%1 %2 (occupé, d&apos;après votre calendrier)</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <extracomment>My Week: description of a task&apos;s block: %1 is the task&apos;s id, %2 its title, and on the next line %3 when and where the task runs</extracomment>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A member, their local time and their city: &quot;Ana 09:00 São Paulo&quot;
----------
A member, the sync slot in their local time and their city: &quot;Ana 13:00–13:15 São Paulo&quot;</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Handoff %1 → %2</source>
        <extracomment>My Week: first line of a handoff&apos;s description; %1 is the region handing off, %2 the one taking over</extracomment>
        <translation>Passation %1 → %2</translation>
    </message>
    <message>
        <source>You pass on at %1; %2 picks up %3</source>
        <translation>Vous passez la main à %1&#xa0;; %2 reprend %3</translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>The receiving members of a handoff, in brackets after the sentence
----------
The sending members of a handoff, in brackets after the sentence</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>You pick up at %1; %2 stops %3</source>
        <translation>Vous reprenez à %1&#xa0;; %2 s&apos;arrête %3</translation>
    </message>
    <message>
        <source>Waits %1 in a gap</source>
        <translation>Attend %1 dans un trou</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>My Week: the handoff&apos;s live sync meeting; %1 is its time span</extracomment>
        <translation>Créneau de synchro %1</translation>
    </message>
    <message>
        <source>Sync slot %1 here · %2</source>
        <translation>Créneau de synchro %1 ici · %2</translation>
    </message>
    <message>
        <source>Async only: a written note</source>
        <translation>Asynchrone uniquement&#xa0;: une note écrite</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>My Week: label of an outgoing handoff; %1 is the region taking the work over</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>← %1</source>
        <extracomment>My Week: label of an incoming handoff; %1 is the region handing the work over</extracomment>
        <translation>← %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–12:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <extracomment>My Week title: %1 member&apos;s name, %2 first day, %3 last day, %4 the member&apos;s IANA zone</extracomment>
        <translation>%1 — du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>No workdays this week</source>
        <extracomment>My Week: summary when the member has no workdays in the week shown</extracomment>
        <translation>Aucun jour ouvré cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation>
            <numerusform>Jours protégés&#xa0;: %1 sur %n</numerusform>
            <numerusform>Jours protégés&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 has no deep-work block of %3</source>
        <translation>%1&#xa0;; %2 n&apos;a pas de plage de concentration de %3</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 meeting</source>
        <translation>La plage du %1 est entamée par une réunion à %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 comms window</source>
        <translation>La plage du %1 est entamée par le créneau de communication de %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 sync slot</source>
        <translation>La plage du %1 est entamée par le créneau de synchro de %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 handoff pickup</source>
        <translation>La plage du %1 est entamée par une reprise de passation à %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>The maker-score verdict and what cuts into deep work, one after the other</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>The sync slot falls inside your deep-work block.</source>
        <translation>Le créneau de synchro tombe dans votre plage de concentration.</translation>
    </message>
    <message>
        <source>A handoff is picked up during your deep-work block, and nobody else on your side is free then.</source>
        <translation>Une passation est reprise pendant votre plage de concentration, et personne d&apos;autre n&apos;est disponible à ce moment-là de votre côté.</translation>
    </message>
    <message>
        <source>No deep-work block of at least %1 on this workday.</source>
        <translation>Aucune plage de concentration d&apos;au moins %1 ce jour ouvré.</translation>
    </message>
    <message>
        <source>A comms window cuts %1 into a deep-work block.</source>
        <translation>Un créneau de communication entame une plage de concentration de %1.</translation>
    </message>
    <message>
        <source>%1 of deep work outside working hours.</source>
        <translation>%1 de concentration en dehors des heures de travail.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>Personne n&apos;assure la couverture pendant %1 (la limite est de %2).</translation>
    </message>
    <message>
        <source>A meeting from your calendar cuts %1 into a deep-work block.</source>
        <translation>Une réunion de votre calendrier entame une plage de concentration de %1.</translation>
    </message>
    <message>
        <source>%1 h day</source>
        <extracomment>My Week: the length of a day with a clock change, in whole hours, e.g. &quot;25 h day&quot;</extracomment>
        <translation>Journée de %1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min day</source>
        <translation>Journée de %1 h %2 min</translation>
    </message>
    <message>
        <source>longest %1</source>
        <extracomment>My Week day details: the longest stretch of work; %1 is a duration, e.g. &quot;5 h&quot;</extracomment>
        <translation>la plus longue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <extracomment>The file name endings Export Picture accepts, in a sentence</extracomment>
        <translation>.png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation>%1&#xa0;: type d&apos;image inconnu «&#xa0;%2&#xa0;»&#xa0;; utilisez %3</translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
        <translation>impossible d&apos;écrire %1&#xa0;: l&apos;image de %2 × %3 px n&apos;a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>PublishCli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2</source>
        <extracomment>sunrelay-cli publish --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Utilisation&#xa0;: sunrelay-cli %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli: %1
Usage: sunrelay-cli %2
</source>
        <translation>sunrelay-cli&#xa0;: %1
Utilisation&#xa0;: sunrelay-cli %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file or server at fault, %2 the problem</extracomment>
        <translation>%1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <extracomment>sunrelay-cli publish --help: the --user option</extracomment>
        <translation>Le nom d&apos;utilisateur du compte.</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>Un fichier dont la première ligne est le mot de passe.</translation>
    </message>
    <message>
        <source>Allow a plain http:// server other than this computer (the password travels unencrypted).</source>
        <translation>Autoriser un serveur http:// non chiffré autre que cet ordinateur (le mot de passe circule en clair).</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli publish --help: the --from option, the first day of the range</extracomment>
        <translation>Premier jour UTC (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Dernier jour UTC (AAAA-MM-JJ), inclus.</translation>
    </message>
    <message>
        <source>the first line (the password) is empty</source>
        <translation>la première ligne (le mot de passe) est vide</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>sunrelay-cli error: %1 is the name of a required option that is missing</extracomment>
        <translation>--%1 est requis</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from et --to sont tous deux requis</translation>
    </message>
    <message>
        <source>--from..--to must run forwards and span at most three years</source>
        <translation>--from..--to doit suivre l&apos;ordre chronologique et couvrir au plus trois ans</translation>
    </message>
    <message>
        <source>give at most one of --member ID, --region ID and --all</source>
        <translation>indiquez au plus une des options --member ID, --region ID et --all</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 conflict(s)
</source>
        <extracomment>One calendar&apos;s line of a publish summary</extracomment>
        <translation>%1&#xa0;: %2 créé(s), %3 mis à jour, %4 supprimé(s), %5 inchangé(s), %6 conflit(s)
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 says which event changed on the server meanwhile</extracomment>
        <translation>conflit&#xa0;: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 is the server&apos;s or network&apos;s error on one calendar</extracomment>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>requests: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</source>
        <translation>requêtes&#xa0;: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s URL.</source>
        <extracomment>sunrelay-cli publish --help: the --server option</extracomment>
        <translation>L&apos;URL du serveur CalDAV.</translation>
    </message>
    <message>
        <source>Publish this member&apos;s calendar.</source>
        <extracomment>sunrelay-cli publish --help: the --member option</extracomment>
        <translation>Publier le calendrier de ce membre.</translation>
    </message>
    <message>
        <source>Publish this region&apos;s calendar and its members&apos;.</source>
        <translation>Publier le calendrier de cette région et ceux de ses membres.</translation>
    </message>
    <message>
        <source>Publish every member&apos;s and region&apos;s calendar and all handoffs (the default).</source>
        <translation>Publier les calendriers de tous les membres et de toutes les régions, et toutes les passations (par défaut).</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli publish --help: the PLAN argument</extracomment>
        <translation>Le fichier de plan.</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli import-busy --help: the --member option, the id of the member whose busy time is imported (e.g. &quot;anna&quot;)</extracomment>
        <translation>L&apos;identifiant du membre.</translation>
    </message>
    <message>
        <source>The URL of the member&apos;s own calendar on a CalDAV server.</source>
        <translation>L&apos;URL du propre calendrier du membre sur un serveur CalDAV.</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Compter les événements d&apos;une journée entière comme occupés.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli import-busy error: the --member option is missing (option and ID stay in English)</extracomment>
        <translation>--member ID est requis</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files (.sunrelay) only, not in plan JSON</source>
        <translation>les calendriers importés sont conservés uniquement dans les fichiers de plan (.sunrelay), pas dans le JSON de plan</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli import-busy error: %1 is the --member id the plan has no member for</extracomment>
        <translation>aucun membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after reading busy times: %1 plan, %2 count, %3 member, %4 calendar URL</extracomment>
        <translation>%1&#xa0;: %2 plages occupées pour %3 depuis %4
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date up to 2037 (YYYY-MM-DD)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date jusqu&apos;en 2037 (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <extracomment>sunrelay-cli publish --help: the -h/--help option, which prints this command&apos;s help</extracomment>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>any components</source>
        <extracomment>--list-calendars: the server does not say which components a calendar holds</extracomment>
        <translation>tout type de composant</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s). Map one in a --calendars file with a line such as: member:ID = URL
</source>
        <extracomment>--list-calendars: the last line</extracomment>
        <translation>
            <numerusform>%n calendrier. Associez-en un dans un fichier --calendars avec une ligne comme&#xa0;: member:ID = URL
</numerusform>
            <numerusform>%n calendriers. Associez-en un dans un fichier --calendars avec une ligne comme&#xa0;: member:ID = URL
</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish into the existing calendars this file maps (lines KEY = URL, KEY member:ID, region:ID or handoffs) instead of creating them.</source>
        <translation>Publier dans les calendriers existants associés par ce fichier (lignes KEY = URL, KEY valant member:ID, region:ID ou handoffs) au lieu de les créer.</translation>
    </message>
    <message>
        <source>List the account&apos;s calendars on the server, and publish nothing.</source>
        <translation>Lister les calendriers du compte sur le serveur, sans rien publier.</translation>
    </message>
    <message>
        <source>%1	&quot;%2&quot;	%3
</source>
        <extracomment>--list-calendars, one calendar a line: %1 its URL, %2 its display name, %3 the components it holds (&quot;VEVENT, VTODO&quot;); keep the tabs</extracomment>
        <translation>%1	&quot;%2&quot;	%3
</translation>
    </message>
    <message>
        <source>%1	&quot;%2&quot;	%3 (holds no events: cannot be mapped)
</source>
        <extracomment>--list-calendars, a calendar that holds no events (e.g. only tasks), so a --calendars file cannot map the plan&apos;s calendars to it: %1 its URL, %2 its display name, %3 the components it holds (&quot;VTODO&quot;); keep the tabs</extracomment>
        <translation>%1	&quot;%2&quot;	%3 (ne contient pas d&apos;événements&#xa0;: association impossible)
</translation>
    </message>
    <message numerus="yes">
        <source>expected at most %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got more arguments than it takes</extracomment>
        <translation>
            <numerusform>%n argument attendu au plus</numerusform>
            <numerusform>%n arguments attendus au plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Replace File</source>
        <extracomment>Title of the box asking whether to overwrite an existing file</extracomment>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
        <extracomment>A task&apos;s handoff in the text report: %1 its number along the route, %2 the date and time, %3 the region handing off, %4 the one taking over</extracomment>
        <translation>Passation %1&#xa0;: %2, %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3
</source>
        <extracomment>CLI schedule report, first line: %1 plan name, %2 the dates covered, %3 the IANA zone of the times</extracomment>
        <translation>%1 · %2 · heures du fuseau %3
</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Heading of the report&apos;s coverage table (how much of the window each region works)</extracomment>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>CLI report table cell: a number of hours, e.g. &quot;7.5 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: &quot;42 %&quot;; space it as your language does (French: a no-break space before %)</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Handoffs (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of handoffs</extracomment>
        <translation>Passations (%1)</translation>
    </message>
    <message>
        <source>At (%1)</source>
        <extracomment>CLI report, handoffs table, column header: when the handoff happens; %1 is the IANA zone of the times, e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>From → to</source>
        <extracomment>Column header: the region that hands off → the region that picks up</extracomment>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: whether a handoff is an overlap or a gap handoff</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>Column header: the handoff&apos;s time on the clock of a sending member, with the zone: &quot;17:30 CET Europe/Berlin&quot;</extracomment>
        <translation>Heure locale de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>Column header: the pickup&apos;s time on the clock of a receiving member, with the zone: &quot;12:30 EDT America/New_York&quot;</extracomment>
        <translation>Heure locale du destinataire</translation>
    </message>
    <message>
        <source>Overlap / wait</source>
        <extracomment>Column header: how long both regions worked together (overlap handoff) or how long the work waited (gap handoff)</extracomment>
        <translation>Chevauchement / attente</translation>
    </message>
    <message>
        <source>Sync slot</source>
        <extracomment>Column header: the handoff&apos;s sync slot, a short window for a live call between both sides</extracomment>
        <translation>Créneau de synchro</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>CLI report, handoffs table, Kind column: an overlap handoff, the receiver already works when the sender stops (noun)</extracomment>
        <translation>chevauchement</translation>
    </message>
    <message>
        <source>gap</source>
        <extracomment>CLI report, handoffs table, Kind column: a gap handoff, nobody works when the sender stops (noun, as in &quot;gap handoff&quot;)</extracomment>
        <translation>trou</translation>
    </message>
    <message>
        <source>%1 overlap</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long both regions worked together, e.g. &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 de chevauchement</translation>
    </message>
    <message>
        <source>%1 wait</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long the work waited for the receiver, e.g. &quot;11 h&quot;</extracomment>
        <translation>%1 d&apos;attente</translation>
    </message>
    <message>
        <source>none (async)</source>
        <extracomment>CLI report, Sync slot column: an overlap handoff with no sync slot; the work is passed on in writing only (asynchronously)</extracomment>
        <translation>aucun (asynchrone)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of coverage gaps</extracomment>
        <translation>Trous (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation>
            <numerusform>%1 · %n tâche planifiée · heures du fuseau %2
</numerusform>
            <numerusform>%1 · %n tâches planifiées · heures du fuseau %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation>
            <numerusform>%1 · %n tâche planifiée, dont %2 à ces dates · heures du fuseau %3
</numerusform>
            <numerusform>%1 · %n tâches planifiées, dont %2 à ces dates · heures du fuseau %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  (priority %3, %4)</source>
        <extracomment>CLI route report, task heading: %1 task id, %2 title, %3 priority, %4 effort, e.g. &quot;6 h&quot;</extracomment>
        <translation>%1  %2  (priorité %3, %4)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>CLI route report, row heading: when the task is planned to start</extracomment>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>not picked up within the horizon</source>
        <translation>non reprise dans l&apos;horizon</translation>
    </message>
    <message>
        <source>after a wait of %1</source>
        <translation>après une attente de %1</translation>
    </message>
    <message>
        <source>First pickup</source>
        <extracomment>CLI route report, row heading: when the next region first picks the task up</extracomment>
        <translation>Première reprise</translation>
    </message>
    <message>
        <source>not finished within the horizon</source>
        <translation>non terminée dans l&apos;horizon</translation>
    </message>
    <message>
        <source>(%1 sooner than one region alone)</source>
        <translation>(%1 plus tôt qu&apos;une seule région)</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Row label: when a task is done (date and time)</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>not within a year of the start</source>
        <translation>pas dans l&apos;année suivant le début</translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation>(plus tôt&#xa0;: des tâches servies avant occupaient des membres nécessaires)</translation>
    </message>
    <message>
        <source>One region alone</source>
        <extracomment>CLI route report, row heading: how long the task would take in one region without handoffs</extracomment>
        <translation>Une seule région</translation>
    </message>
    <message>
        <source>%1 · conflicts: %2 · times in %3
</source>
        <extracomment>Heading of the conflicts report: plan name, number of conflicts, the zone of the times</extracomment>
        <translation>%1 · conflits&#xa0;: %2 · heures en %3
</translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times on one day: &quot;09:00–12:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A span of clock times ending on another day: &quot;22:00–Tue 02:00&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %4 · %5 %6</source>
        <extracomment>One leg of a task&apos;s route: member · day, span and city in the member&apos;s zone · span and city in the reference zone: &quot;Ana · Mon 09:00–12:00 Berlin · 08:00–11:00 UTC&quot;</extracomment>
        <translation>%1 · %2 %3 %4 · %5 %6</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <extracomment>Task route, handoff line: %1 region handing off, %2 region taking over, %3 date and time</extracomment>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>%1 stops %2 %3</source>
        <extracomment>Task route: %1 is the member handing over, %2 the clock time, %3 the city of their zone</extracomment>
        <translation>%1 s&apos;arrête à %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day and a clock time: &quot;Tue 09:00&quot;
----------
A task&apos;s id and title: &quot;T-1 Release notes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sync slot %1 %2 · %3 %4</source>
        <extracomment>Task route: the live meeting; %1 and %3 its times in two zones, %2 and %4 those zones&apos; cities</extracomment>
        <translation>Créneau de synchro %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Async only: no time both sides can meet; leave a written note</source>
        <translation>Asynchrone uniquement&#xa0;: aucun moment où les deux côtés peuvent se parler&#xa0;; laissez une note écrite</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A task and a note on its handoff: &quot;T-1 Release notes — waits 2 h&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Passes on:</source>
        <extracomment>Task route: heading of the list of handoffs the task passes through</extracomment>
        <translation>Transmet&#xa0;:</translation>
    </message>
    <message>
        <source>Not finished by %1, the end of the routing horizon.</source>
        <translation>Non terminée au %1, fin de l&apos;horizon d&apos;acheminement.</translation>
    </message>
    <message>
        <source>Finishes %1; %2 alone would not finish within a year.</source>
        <translation>Terminée le %1&#xa0;; %2 seule ne la terminerait pas en un an.</translation>
    </message>
    <message>
        <source>Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).</source>
        <translation>Terminée le %1&#xa0;: le follow-the-sun la termine %2 plus tôt que %3 seule (%4).</translation>
    </message>
    <message>
        <source>Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first held members this one needed.</source>
        <translation>Terminée le %1. %2 seule la terminerait %3 plus tôt (%4)&#xa0;: des tâches servies avant occupaient des membres dont celle-ci avait besoin.</translation>
    </message>
    <message>
        <source>Finishes %1, as %2 alone would.</source>
        <translation>Terminée le %1, comme avec %2 seule.</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6</source>
        <extracomment>Task route: %1 stops at %2 (clock time) in %3 (city); %4 picks up at %5 (a clock time, or a day and a clock time) in %6 (city): &quot;Ana stops 17:00 Berlin; Raj picks up 21:30 Bengaluru&quot;</extracomment>
        <translation>%1 s&apos;arrête à %2 (%3)&#xa0;; %4 reprend à %5 (%6)</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6 (waits %7)</source>
        <extracomment>Task route: as &quot;%1 stops %2 %3; %4 picks up %5 %6&quot;, when the task waits in between; %7 is how long it waits (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1 s&apos;arrête à %2 (%3)&#xa0;; %4 reprend à %5 (%6) (attend %7)</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>%1 min</source>
        <extracomment>A task&apos;s effort under an hour, e.g. &quot;45 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A task&apos;s effort in whole hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A task&apos;s effort in hours and minutes, e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Where an unplaced task is: in the backlog, not on the timeline</extracomment>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Where a placed task starts: region · day and time: &quot;EMEA · Mon 9 Mar, 09:00 Berlin&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a clock time: &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Move %1 to %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its new start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>Déplacer %1 vers %2 à %3</translation>
    </message>
    <message>
        <source>Place %1 in %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>Planifier %1 dans %2 à %3</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the task starts at %4.</source>
        <extracomment>The task&apos;s start typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the start moves to.</extracomment>
        <translation>%1 n&apos;existe pas le %2 à %3&#xa0;: la tâche commence à %4.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the deadline is at %4.</source>
        <extracomment>The deadline typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the deadline moves to.</extracomment>
        <translation>%1 n&apos;existe pas le %2 à %3&#xa0;: l&apos;échéance tombe à %4.</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the task starts at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The task&apos;s start typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%1 se produit deux fois le %2 à %3&#xa0;: la tâche commence à la première occurrence, %4 %5 (%6 UTC).</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the deadline is at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The deadline typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%1 se produit deux fois le %2 à %3&#xa0;: l&apos;échéance tombe à la première occurrence, %4 %5 (%6 UTC).</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>A day, a clock time and a city: &quot;Mon 9 Mar, 09:00 Berlin&quot;</extracomment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes: &quot;45 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration in days and hours: &quot;2 d 1 h&quot;</extracomment>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days: &quot;3 d&quot;</extracomment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours: &quot;3 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes: &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes: &quot;45 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in whole hours: &quot;3 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes: &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <extracomment>Title of an exported picture: %1 plan name, %2 first date, %3 last date, %4 IANA zone</extracomment>
        <translation>Sunrelay — %1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation>la largeur de %1 px est hors de l&apos;intervalle %2–%3 px</translation>
    </message>
    <message>
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation>La frise chronologique mondiale exportée par Sunrelay&#xa0;: régions, membres, passations et tâches planifiées.</translation>
    </message>
</context>
<context>
    <name>ViewExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-view; %1 is the problem</extracomment>
        <translation>sunrelay&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1&#xa0;: les dates après 2037 ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation>--width&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de pixels</translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation>--width&#xa0;: %1 px est hors de l&apos;intervalle %2–%3 px</translation>
    </message>
    <message>
        <source>--export-view needs a file name ending in %1</source>
        <translation>--export-view demande un nom de fichier se terminant par %1</translation>
    </message>
    <message>
        <source>--export-view %1: unknown picture type; the name must end in %2</source>
        <translation>--export-view %1&#xa0;: type d&apos;image inconnu&#xa0;; le nom doit se terminer par %2</translation>
    </message>
    <message>
        <source>--export-view %1: there is no folder %2</source>
        <translation>--export-view %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--export-view %1: that is a folder</source>
        <translation>--export-view %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>--export-view needs the plan to draw (a .sunrelay file or plan JSON)</source>
        <translation>--export-view demande le plan à dessiner (un fichier .sunrelay ou du JSON de plan)</translation>
    </message>
    <message>
        <source>--export-view needs --from and --to (YYYY-MM-DD)</source>
        <translation>--export-view demande --from et --to (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 est antérieur à --from %2</translation>
    </message>
    <message>
        <source>--zone: unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation>--zone&#xa0;: fuseau horaire inconnu «&#xa0;%1&#xa0;» (un nom IANA comme Europe/Berlin)</translation>
    </message>
    <message>
        <source>--from %1 --to %2: %3 days in %4; a picture shows at most 4 weeks</source>
        <translation>--from %1 --to %2&#xa0;: %3 jours dans %4&#xa0;; une image montre au plus 4 semaines</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
        <translation>impossible de créer un dossier temporaire pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why a working copy of it cannot be made</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write a picture of the plan&apos;s timeline to FILE (.png, .svg or .pdf) and quit, showing no window. Needs --from, --to and the plan.</source>
        <translation>Écrire une image de la frise chronologique du plan dans FILE (.png, .svg ou .pdf) puis quitter, sans afficher de fenêtre. Demande --from, --to et le plan.</translation>
    </message>
    <message>
        <source>With --export-view: the first day shown, from 00:00 in --zone.</source>
        <translation>Avec --export-view&#xa0;: le premier jour affiché, à partir de 00:00 dans --zone.</translation>
    </message>
    <message>
        <source>With --export-view: the last day shown, to its end (inclusive).</source>
        <translation>Avec --export-view&#xa0;: le dernier jour affiché, jusqu&apos;à sa fin (inclus).</translation>
    </message>
    <message>
        <source>With --export-view: the IANA time zone of the axis and of the dates (default UTC).</source>
        <translation>Avec --export-view&#xa0;: le fuseau horaire IANA de l&apos;axe et des dates (UTC par défaut).</translation>
    </message>
    <message>
        <source>With --export-view: the picture&apos;s width in pixels, %1 to %2 (default %3); its height fits all rows.</source>
        <translation>Avec --export-view&#xa0;: la largeur de l&apos;image en pixels, de %1 à %2 (%3 par défaut)&#xa0;; sa hauteur s&apos;adapte à toutes les lignes.</translation>
    </message>
    <message>
        <source>--%1 goes with --export-view</source>
        <extracomment>Command-line error: option --%1 is only allowed with --export-view (option names stay in English)</extracomment>
        <translation>--%1 va avec --export-view</translation>
    </message>
    <message numerus="yes">
        <source>--export-view draws one plan, not %n: %1</source>
        <extracomment>%n is how many plans were named (2 or more), %1 the plans</extracomment>
        <translation>
            <numerusform>--export-view dessine un seul plan, pas %n&#xa0;: %1</numerusform>
            <numerusform>--export-view dessine un seul plan, pas %n&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-week; %1 is the problem</extracomment>
        <translation>sunrelay&#xa0;: %1</translation>
    </message>
    <message>
        <source>--export-week needs a member id</source>
        <translation>--export-week demande un identifiant de membre</translation>
    </message>
    <message>
        <source>--export-week needs --week DATE (YYYY-MM-DD)</source>
        <translation>--export-week demande --week DATE (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--week: dates after 2037 are not supported</source>
        <translation>--week&#xa0;: les dates après 2037 ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1</source>
        <translation>--export-week demande l&apos;image à écrire et le plan (FILE.png|svg|pdf PLAN)&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>Stands for no arguments at all in &quot;--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1&quot;</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1: unknown picture type; the name must end in %2</source>
        <translation>%1&#xa0;: type d&apos;image inconnu&#xa0;; le nom doit se terminer par %2</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: that is a folder</source>
        <translation>%1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <extracomment>The first few member ids of a plan, then how many members it has in all: &quot;anna, raj, mei, … (40 in all)&quot;</extracomment>
        <translation>%1, … (%2 en tout)</translation>
    </message>
    <message>
        <source>--export-week: %1 has no members</source>
        <translation>--export-week&#xa0;: %1 n&apos;a aucun membre</translation>
    </message>
    <message>
        <source>--export-week: no member &quot;%1&quot; in %2; its members are %3</source>
        <translation>--export-week&#xa0;: aucun membre «&#xa0;%1&#xa0;» dans %2&#xa0;; ses membres sont %3</translation>
    </message>
    <message>
        <source>Write MEMBER&apos;s week (My Week) to a picture and quit, showing no window: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</source>
        <translation>Écrire la semaine de MEMBER (Ma semaine) dans une image puis quitter, sans afficher de fenêtre&#xa0;: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</translation>
    </message>
    <message>
        <source>With --export-week: a date (YYYY-MM-DD) of the week to show, in the member&apos;s own time zone.</source>
        <translation>Avec --export-week&#xa0;: une date (AAAA-MM-JJ) de la semaine à afficher, dans le fuseau horaire du membre.</translation>
    </message>
    <message>
        <source>--export-week and --export-view: one picture at a time</source>
        <translation>--export-week et --export-view&#xa0;: une seule image à la fois</translation>
    </message>
    <message>
        <source>--week goes with --export-week</source>
        <extracomment>Command-line error: --week is only allowed with --export-week (option names stay in English)</extracomment>
        <translation>--week va avec --export-week</translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <source>One member&apos;s week exported by Sunrelay, in their own local time.</source>
        <translation>La semaine d&apos;un membre exportée par Sunrelay, dans son heure locale.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Planifie un travail qui suit le soleil d&apos;un fuseau horaire à l&apos;autre.</translation>
    </message>
    <message>
        <source>A plan file or plan JSON to open.</source>
        <translation>Un fichier de plan ou du JSON de plan à ouvrir.</translation>
    </message>
    <message>
        <source>sunrelay: out of memory</source>
        <extracomment>Printed on the terminal when Sunrelay runs out of memory and stops</extracomment>
        <translation>sunrelay&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>sunrelay: internal error: %1</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay&#xa0;: erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>sunrelay: internal error</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug with no message</extracomment>
        <translation>sunrelay&#xa0;: erreur interne</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::AboutDialog</name>
    <message>
        <source>About Sunrelay</source>
        <extracomment>Title of the About dialog (Help menu)</extracomment>
        <translation>À propos de Sunrelay</translation>
    </message>
    <message>
        <source>Sunrelay %1</source>
        <extracomment>The heading of Help &gt; About; %1 is the version (&quot;0.1.0&quot;).</extracomment>
        <translation>Sunrelay %1</translation>
    </message>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Planifie un travail qui suit le soleil d&apos;un fuseau horaire à l&apos;autre.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <extracomment>Help &gt; About: the accessible name of the homepage link.</extracomment>
        <translation>Site web</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Help &gt; About, the list of libraries: &quot;Qt:&quot;, &quot;SQLite:&quot;, &quot;tz database:&quot;.</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>About dialog button: copies the versions of Sunrelay and its libraries to the clipboard</extracomment>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Built with</source>
        <extracomment>Help &gt; About: above the list of library versions.</extracomment>
        <translation>Compilé avec</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, &quot;MIT&quot; (also its name).</extracomment>
        <translation>Logiciel libre sous licence %1.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::BacklogPanel</name>
    <message>
        <source>No tasks yet. Add one with Add task…</source>
        <translation>Aucune tâche pour l&apos;instant. Ajoutez-en une avec Ajouter une tâche…</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Aucune tâche ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Filter by title, ID or notes</source>
        <translation>Filtrer par titre, identifiant ou notes</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <extracomment>Accessible name of the filter field above the Backlog panel&apos;s task table</extracomment>
        <translation>Filtrer les tâches</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Screen-reader name of the filter: which tasks the list shows</extracomment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All tasks</source>
        <extracomment>Backlog panel, status choice: show every task, placed or not</extracomment>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Filter: tasks not on the timeline yet</extracomment>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Placed</source>
        <extracomment>Filter: tasks placed on the timeline</extracomment>
        <translation>Planifiées</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>Filter: tasks that finish after their deadline</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Late: placed tasks that finish after their deadline</source>
        <translation>En retard&#xa0;: tâches planifiées qui se terminent après leur échéance</translation>
    </message>
    <message>
        <source>Add task…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: opens the dialog that adds a task</extracomment>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: edits the selected task</extracomment>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Context menu: delete the chosen task</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Place at…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: places the selected task on the timeline</extracomment>
        <translation>Planifier à…</translation>
    </message>
    <message>
        <source>Unplace</source>
        <extracomment>Button: take the task off the timeline, back into the backlog</extracomment>
        <translation>Déplanifier</translation>
    </message>
    <message>
        <source>Back to the backlog: the task loses its start and region</source>
        <translation>Retour au backlog&#xa0;: la tâche perd son début et sa région</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the Backlog panel&apos;s task table</extracomment>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarExportDialog</name>
    <message>
        <source>&amp;Handoffs</source>
        <extracomment>Export Calendar dialog, Include check box: the handoff events</extracomment>
        <translation>&amp;Passations</translation>
    </message>
    <message>
        <source>&amp;Deep-work blocks</source>
        <extracomment>Export Calendar dialog, Include check box: members&apos; protected deep-work (focus) blocks</extracomment>
        <translation>Plages de &amp;concentration</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Export Calendar dialog, Include check box: fixed times for messages and calls</extracomment>
        <translation>Cré&amp;neaux de communication</translation>
    </message>
    <message>
        <source>&amp;Task segments</source>
        <extracomment>Export Calendar dialog, Include check box: the parts of tasks worked in each region</extracomment>
        <translation>&amp;Segments de tâches</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <extracomment>Title of the file dialog behind the Export Calendar dialog&apos;s File field</extracomment>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <extracomment>File type filter of the Export Calendar dialog&apos;s file dialog; keep &quot;(*.ics)&quot;</extracomment>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <extracomment>Title of the Export Calendar dialog (File &gt; Export Calendar…, My week&apos;s export button)</extracomment>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <extracomment>Export choice: the calendar of the whole plan (every region and member)</extracomment>
        <translation>Plan entier</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Export choice: the calendar of a whole region (not one member)</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Export choice: the calendar of one member</extracomment>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Export Calendar dialog&apos;s list of which region or member to export</extracomment>
        <translation>Région ou membre</translation>
    </message>
    <message>
        <source>One event per handoff of the scope&apos;s regions, with the tasks passed and their notes.</source>
        <translation>Un événement par passation des régions concernées, avec les tâches transmises et leurs notes.</translation>
    </message>
    <message>
        <source>Protected deep-work blocks as weekly busy events.</source>
        <translation>Les plages de concentration protégées, en événements hebdomadaires occupés.</translation>
    </message>
    <message>
        <source>Comms windows as weekly free events.</source>
        <translation>Les créneaux de communication, en événements hebdomadaires libres.</translation>
    </message>
    <message>
        <source>One event for each stretch of a task a member works, with its route.</source>
        <translation>Un événement pour chaque portion d&apos;une tâche travaillée par un membre, avec son parcours.</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <extracomment>Form label in the Export Calendar dialog: whose calendar to export</extracomment>
        <translation>&amp;Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the Export Calendar dialog: the range of dates to export</extracomment>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>Label before check boxes: what the exported calendar holds</extracomment>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in the Export Calendar dialog: the .ics file to write</extracomment>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Calendar dialog: writes the .ics file</extracomment>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and their region in the list of whose calendar to export: &quot;Ana Lima (AMER)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>calendar</source>
        <extracomment>Default file name (without .ics) of an exported calendar</extracomment>
        <translation>calendrier</translation>
    </message>
    <message>
        <source>The plan has no region to export.</source>
        <translation>Le plan n&apos;a aucune région à exporter.</translation>
    </message>
    <message>
        <source>The plan has no member to export.</source>
        <translation>Le plan n&apos;a aucun membre à exporter.</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La dernière date (%1) est antérieure à la première (%2).</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Choisissez au moins un élément à inclure.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message>
        <source>Reading the calendar</source>
        <extracomment>Accessible name of the busy indicator while an iCalendar file is read</extracomment>
        <translation>Lecture du calendrier</translation>
    </message>
    <message>
        <source>Import Busy Time</source>
        <extracomment>Title of the calendar import dialog for a member&apos;s busy times (File &gt; Import Busy Time…)</extracomment>
        <translation>Importer des plages occupées</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <extracomment>Title of the calendar import dialog for a region&apos;s holidays (File &gt; Import Holidays…)</extracomment>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Form label in the calendar import dialog: the member whose busy time is imported</extracomment>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the calendar import dialog: the region whose holidays are imported</extracomment>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the calendar import dialog: the range of dates to import</extracomment>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>OK button of the calendar import dialog</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Calendar import dialog, while reading; %1 is the iCalendar file&apos;s name</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La dernière date (%1) est antérieure à la première (%2).</translation>
    </message>
    <message>
        <source>The plan has no member.</source>
        <translation>Le plan n&apos;a aucun membre.</translation>
    </message>
    <message>
        <source>The plan has no region.</source>
        <translation>Le plan n&apos;a aucune région.</translation>
    </message>
    <message>
        <source>Nothing was imported for %1 before.</source>
        <translation>Rien n&apos;a encore été importé pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation>
            <numerusform>Remplace %n plage occupée du dernier import.</numerusform>
            <numerusform>Remplace %n plages occupées du dernier import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation>
            <numerusform>Remplace %n jour férié du dernier import.</numerusform>
            <numerusform>Remplace %n jours fériés du dernier import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <extracomment>Calendar import dialog, under an error: the import would change nothing</extracomment>
        <translation>Rien ne changera.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column headers of the preview of imported events: date, time span, event summary
----------
Column headers of the preview of imported holidays: date, holiday name</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <extracomment>Column headers of the preview of imported busy times: date, local time in a zone (%1 is a city such as Tokyo), summary</extracomment>
        <translation>Heure (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header of the preview of imported busy times: the event&apos;s title in the calendar (SUMMARY), a noun</extracomment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–10:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (ends %2)</source>
        <extracomment>Calendar import preview: a busy time ending on a later day; %1 is its times, %2 the end date</extracomment>
        <translation>%1 (se termine %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation>
            <numerusform>%n plage occupée à importer pour %1.</numerusform>
            <numerusform>%n plages occupées à importer pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the preview of imported holidays: the holiday&apos;s name</extracomment>
        <translation>Nom</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation>
            <numerusform>%n jour férié à importer pour %1.</numerusform>
            <numerusform>%n jours fériés à importer pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import busy time of %1</source>
        <extracomment>Undo history entry; %1 is the member whose busy times are imported</extracomment>
        <translation>Importer les plages occupées de %1</translation>
    </message>
    <message>
        <source>Import holidays of %1</source>
        <extracomment>Undo history entry; %1 is the region the holidays are imported into</extracomment>
        <translation>Importer les jours fériés de %1</translation>
    </message>
    <message>
        <source>Import busy time</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of busy times</extracomment>
        <translation>Importer des plages occupées</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of holidays</extracomment>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <extracomment>File type filters of the file dialog that picks an iCalendar file</extracomment>
        <translation>iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarMapDialog</name>
    <message>
        <source>Use Existing Calendars</source>
        <extracomment>Title of the dialog behind the Publish dialog&apos;s &quot;Use Existing Calendars…&quot; button</extracomment>
        <translation>Utiliser des calendriers existants</translation>
    </message>
    <message>
        <source>Where the server does not let Sunrelay create calendars (an account without that right, or a server that forbids it), choose an existing calendar for each of the plan&apos;s calendars. Leave a calendar empty to let Sunrelay create it. Sunrelay changes only its own events in a calendar, never the others in it.</source>
        <translation>Si le serveur ne permet pas à Sunrelay de créer des calendriers (compte sans ce droit, ou serveur qui l&apos;interdit), choisissez un calendrier existant pour chacun des calendriers du plan. Laissez un calendrier vide pour que Sunrelay le crée. Sunrelay ne modifie que ses propres événements dans un calendrier, jamais les autres.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Column header: one of the calendars Sunrelay publishes (&quot;All handoffs&quot;, a region or a member)</extracomment>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column header: the calendar&apos;s key in a calendar map file (&quot;handoffs&quot;, &quot;region:emea&quot;, &quot;member:anna&quot;); not a keyboard key</extracomment>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Existing calendar (URL; empty: create it)</source>
        <translation>Calendrier existant (URL&#xa0;; vide&#xa0;: le créer)</translation>
    </message>
    <message>
        <source>Existing calendars</source>
        <extracomment>Accessible name of the table that maps each calendar to an existing one on the server</extracomment>
        <translation>Calendriers existants</translation>
    </message>
    <message>
        <source>Existing calendar for %1</source>
        <extracomment>Accessible name of a field for the URL of an existing calendar on the server; %1 is the calendar Sunrelay publishes there: &quot;All handoffs&quot;, &quot;Region EMEA&quot; or a member&apos;s name</extracomment>
        <translation>Calendrier existant pour %1</translation>
    </message>
    <message>
        <source>&amp;Find Calendars on the Server</source>
        <translation>&amp;Rechercher les calendriers sur le serveur</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <extracomment>Status while the server is asked for the account&apos;s calendars (after &quot;Find Calendars on the Server&quot;)</extracomment>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A calendar offered in the drop-down; %1 its name, %2 its URL</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) for events found on the server.</source>
        <extracomment>After &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>
            <numerusform>%n calendrier d&apos;événements trouvé sur le serveur.</numerusform>
            <numerusform>%n calendriers d&apos;événements trouvés sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Status in Use Existing Calendars while stopping &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Status in Use Existing Calendars after its Cancel stopped &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsDock</name>
    <message>
        <source>Open a plan to see its conflicts.</source>
        <translation>Ouvrez un plan pour voir ses conflits.</translation>
    </message>
    <message>
        <source>Show or hide the Conflicts dock</source>
        <translation>Afficher ou masquer le panneau Conflits</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsModel</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a conflict: must be fixed</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a conflict: should be looked at</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a conflict: for information only</extracomment>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1, %2–%3 %4</source>
        <comment>day, start–end zone</comment>
        <extracomment>Conflicts table, when: %1 day, %2 start, %3 end, %4 zone abbreviation, e.g. &quot;Tue, 09:00–11:00 CET&quot;</extracomment>
        <translation>%1, %2–%3 %4</translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4 %5</source>
        <comment>day, start zone – end zone</comment>
        <translation>%1, %2 %3 – %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4 %5</source>
        <comment>day, start – day, end zone</comment>
        <translation>%1, %2 – %3, %4 %5</translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4, %5 %6</source>
        <comment>day, start zone – day, end zone</comment>
        <translation>%1, %2 %3 – %4, %5 %6</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Tooltip: a member&apos;s name and time zone id: &quot;Ana Lima · America/Sao_Paulo&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In the reference zone (%1): %2</source>
        <translation>Dans le fuseau de référence (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Whole team</source>
        <extracomment>Conflicts table, Member column: a coverage gap concerns the whole team, no one member</extracomment>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>Nobody in any region covers this time</source>
        <translation>Personne, dans aucune région, ne couvre cette période</translation>
    </message>
    <message>
        <source>In the reference zone (%1)</source>
        <translation>Dans le fuseau de référence (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column header: how serious a conflict is (Error, Warning, Info)</extracomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column header: the team member a conflict concerns</extracomment>
        <translation>Membre</translation>
    </message>
    <message>
        <source>In the member&apos;s own time zone</source>
        <extracomment>Tooltip of the Conflicts panel&apos;s &quot;Local time&quot; column header</extracomment>
        <translation>Dans le fuseau horaire du membre</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header: when the conflict happens, in the member&apos;s own time zone</extracomment>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Explanation</source>
        <extracomment>Column header: what the conflict is, in a sentence</extracomment>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message>
        <source>No conflicts in the next four weeks.</source>
        <translation>Aucun conflit dans les quatre prochaines semaines.</translation>
    </message>
    <message>
        <source>No conflicts in the days shown.</source>
        <translation>Aucun conflit sur les jours affichés.</translation>
    </message>
    <message>
        <source>No conflict matches the filter.</source>
        <translation>Aucun conflit ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Filter by member, time or text</source>
        <translation>Filtrer par membre, heure ou texte</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <extracomment>Accessible name of the filter field above the Conflicts panel&apos;s table</extracomment>
        <translation>Filtrer les conflits</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s choice of severity (error, warning…)</extracomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <extracomment>Conflicts panel, severity choice: show every conflict</extracomment>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>Filter: show errors only</extracomment>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Filter: show errors and warnings</extracomment>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Filter: show every conflict, information too</extracomment>
        <translation>Infos</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Screen-reader name of the choice of how many days of conflicts to list</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Visible days</source>
        <extracomment>Conflicts panel, days choice: only the days the timeline shows</extracomment>
        <translation>Jours affichés</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Conflicts panel, days choice: the four weeks from now</extracomment>
        <translation>4 prochaines semaines</translation>
    </message>
    <message>
        <source>Which days to search for conflicts: those the timeline shows, or four weeks from today</source>
        <translation>Jours où chercher des conflits&#xa0;: ceux que montre la frise, ou les quatre semaines à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s table</extracomment>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <extracomment>Title of the Conflicts panel; %1 is the number of conflicts (otherwise, next, without a number)</extracomment>
        <translation>Conflits (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <extracomment>Status bar: the number of conflicts in the plan</extracomment>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <extracomment>Status bar: the plan has no conflicts</extracomment>
        <translation>Aucun conflit</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsStatus</name>
    <message>
        <source>Show the Conflicts dock</source>
        <extracomment>Tooltip of the conflict count in the status bar</extracomment>
        <translation>Afficher le panneau Conflits</translation>
    </message>
    <message>
        <source>%1, the worst: %2</source>
        <extracomment>Accessible name of the status bar&apos;s conflict count; %1 is e.g. &quot;3 conflicts&quot;, %2 the worst severity</extracomment>
        <translation>%1, le plus grave&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CoverageView</name>
    <message>
        <source>%1 h</source>
        <extracomment>Coverage page: a whole number of hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Coverage page: hours and minutes, e.g. &quot;3 h 15 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Coverage per day (%1)</source>
        <extracomment>Title of the Coverage chart; %1 is the city of the time zone days are counted in</extracomment>
        <translation>Couverture par jour (%1)</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Chart axis title: share of the day some region works, in percent</extracomment>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Chart axis title: hours (of gap, of task work)
----------
Chart axis title: hours of task work</extracomment>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Covered (% of the day)</source>
        <translation>Couvert (% de la journée)</translation>
    </message>
    <message>
        <source>Gap hours</source>
        <extracomment>Coverage chart legend: the line of hours no one covers each day</extracomment>
        <translation>Heures de trou</translation>
    </message>
    <message>
        <source>Average pickup wait at gap handoffs (h)</source>
        <translation>Attente moyenne de reprise aux passations après un trou (h)</translation>
    </message>
    <message>
        <source>Task load per region (hours of routed task work)</source>
        <translation>Charge de travail par région (heures de travail acheminé)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of task work</source>
        <translation>%1, %2&#xa0;: %3 de travail sur les tâches</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Coverage page, Range choice: the current week</extracomment>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Coverage page, Range choice: the four weeks from now</extracomment>
        <translation>4 prochaines semaines</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Date range choice: the dates typed in From and To</extracomment>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <extracomment>Label of the Coverage page&apos;s choice of date range</extracomment>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>First day of the date range shown</extracomment>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>Last day of the date range shown</extracomment>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2 in %3: covered %4 of %5, gaps %6</source>
        <translation>%1 – %2 à %3&#xa0;: couverture %4 de %5, trous %6</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A region and its hours of task work: &quot;EMEA 12.5 h&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the regions&apos; task work in a list: &quot;EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2 day in %3)</source>
        <extracomment>Coverage day tooltip, first line: the date, then the length of that day in the chosen zone (23 h or 25 h on a DST change) and the zone&apos;s city: &quot;Sunday, 29 March 2026 (23 h day in Berlin)&quot;</extracomment>
        <translation>%1 (journée de %2 à %3)</translation>
    </message>
    <message>
        <source>Covered: %1 (%2)</source>
        <extracomment>Coverage day tooltip: hours someone covers; %1 is the hours, %2 the share in percent</extracomment>
        <translation>Couvert&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>Coverage day tooltip: hours no one covers; %1 is the hours</extracomment>
        <translation>Trous&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation>
            <numerusform>Attente moyenne de reprise&#xa0;: %1 sur %n passation après un trou</numerusform>
            <numerusform>Attente moyenne de reprise&#xa0;: %1 sur %n passations après un trou</numerusform>
        </translation>
    </message>
    <message>
        <source>No gap handoff</source>
        <extracomment>Coverage day tooltip: no handoff falls into a gap that day</extracomment>
        <translation>Aucune passation après un trou</translation>
    </message>
    <message>
        <source>%1 task work: %2</source>
        <extracomment>Coverage day tooltip: %1 is a region, %2 the hours of task work placed in it</extracomment>
        <translation>%1 travail sur les tâches&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, average pickup wait %2 at %n gap handoff(s)</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), %2 how long work waits on average at the %n handoffs that fall into a gap</extracomment>
        <translation>
            <numerusform>%1, attente moyenne de reprise %2 sur %n passation après un trou</numerusform>
            <numerusform>%1, attente moyenne de reprise %2 sur %n passations après un trou</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no gap handoffs</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), and no handoff falls into a gap</extracomment>
        <translation>%1, aucune passation après un trou</translation>
    </message>
    <message>
        <source>%1; task work: %2</source>
        <extracomment>Coverage page summary: %1 the summary so far, %2 each region&apos;s hours of task work: &quot;…, no gap handoffs; task work: EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>%1&#xa0;; travail sur les tâches&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DateRangeEdit</name>
    <message>
        <source>First date</source>
        <extracomment>Accessible name of an export dialog&apos;s first-date field</extracomment>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Last date</source>
        <extracomment>Accessible name of an export dialog&apos;s last-date field</extracomment>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;from [date] to [date]&quot;</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>dates in %1</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a zone id without a city, e.g. &quot;UTC&quot;</extracomment>
        <translation>dates (%1)</translation>
    </message>
    <message>
        <source>dates in %1 (%2)</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a city, %2 its IANA zone: &quot;dates in Berlin (Europe/Berlin)&quot;</extracomment>
        <translation>dates (%1, %2)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DriftView</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>DST Drift page: a handoff between two regions; %1 hands off, %2 takes over</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>into %1&apos;s deep work</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>dans la concentration de %1</translation>
    </message>
    <message>
        <source>before %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>avant la journée de travail de %1</translation>
    </message>
    <message>
        <source>after %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>après la journée de travail de %1</translation>
    </message>
    <message>
        <source>Week of %1: %2 handoff moves to %3 in %4, %5</source>
        <translation>Semaine du %1&#xa0;: la passation %2 passe à %3 à %4, %5</translation>
    </message>
    <message>
        <source>Handoff time where it is picked up, week by week</source>
        <translation>Heure de la passation là où elle est reprise, semaine par semaine</translation>
    </message>
    <message>
        <source>Handoff time where it is handed off, week by week</source>
        <translation>Heure de la passation là où elle est transmise, semaine par semaine</translation>
    </message>
    <message>
        <source>Moved by a DST change</source>
        <translation>Déplacée par un changement d&apos;heure</translation>
    </message>
    <message>
        <source>Into deep work or out of the working day</source>
        <translation>Dans la concentration ou hors de la journée de travail</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Chart axis title: the week (of the year) each point is in</extracomment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Local time of the receiver</source>
        <translation>Heure locale du destinataire</translation>
    </message>
    <message>
        <source>Local time of the sender</source>
        <translation>Heure locale de l&apos;émetteur</translation>
    </message>
    <message>
        <source>No DST change moves a handoff into deep work or out of a working day in these twelve months.</source>
        <translation>Aucun changement d&apos;heure ne déplace de passation dans la concentration ou hors d&apos;une journée de travail au cours de ces douze mois.</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the receiving region&apos;s local time</extracomment>
        <translation>Heure locale du destinataire</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the handing-off region&apos;s local time</extracomment>
        <translation>Heure locale de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Each week is shown by its Wednesday (UTC): the first handoff of each region pair that day, as the timeline computes it.</source>
        <translation>Chaque semaine est représentée par son mercredi (UTC)&#xa0;: la première passation de chaque paire de régions ce jour-là, telle que la frise la calcule.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label before the choice of which handoffs the chart shows</extracomment>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Weeks to look at:</source>
        <extracomment>Heading of the DST Drift page&apos;s list of weeks worth a look (under the chart)</extracomment>
        <translation>Semaines à examiner&#xa0;:</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>DST Drift point tooltip; %1 is the week&apos;s first date</extracomment>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1, overlap handoff</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;</extracomment>
        <translation>%1, passation avec chevauchement</translation>
    </message>
    <message>
        <source>%1, gap handoff (waits %2)</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;, %2 how long the work waits in the gap (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1, passation après un trou (attend %2)</translation>
    </message>
    <message>
        <source>Handed off %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the sender&apos;s zone, %2 that zone&apos;s abbreviation, %3 the sending member: &quot;Handed off Fri 17:00 CET (Anna Schmidt)&quot;</extracomment>
        <translation>Transmise %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Picked up %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the receiver&apos;s zone, %2 that zone&apos;s abbreviation, %3 the receiving member: &quot;Picked up Fri 11:00 EST (Nia Johnson)&quot;</extracomment>
        <translation>Reprise %1 %2 (%3)</translation>
    </message>
    <message>
        <source>sender %1</source>
        <extracomment>DST Drift point tooltip: how far the sender&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>émetteur %1</translation>
    </message>
    <message>
        <source>receiver %1</source>
        <extracomment>DST Drift point tooltip: how far the receiver&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>destinataire %1</translation>
    </message>
    <message>
        <source>Moved by a DST change since the week before: %1</source>
        <translation>Déplacée par un changement d&apos;heure depuis la semaine précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the sides a DST change moved in a list: &quot;sender +1 h, receiver -1 h&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::GuideDialog</name>
    <message>
        <source>&lt;p&gt;A region &lt;b&gt;covers&lt;/b&gt; the times when at least one of its members works (time off and the region&apos;s holidays taken out). Where a stretch of a region&apos;s coverage ends, the work passes on: a &lt;b&gt;handoff&lt;/b&gt;. The region that stops is the &lt;b&gt;sender&lt;/b&gt;, the one that takes the work the &lt;b&gt;receiver&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une région &lt;b&gt;couvre&lt;/b&gt; les périodes où au moins un de ses membres travaille (hors absences et jours fériés de la région). Là où une portion de la couverture d&apos;une région se termine, le travail passe la main&#xa0;: c&apos;est une &lt;b&gt;passation&lt;/b&gt;. La région qui s&apos;arrête est l&apos;&lt;b&gt;émetteur&lt;/b&gt;, celle qui prend le travail le &lt;b&gt;destinataire&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overlap handoff&lt;/b&gt; (solid arrow): another region works at the moment the sender stops (one starting exactly then counts, with no overlap). The receiver is the region that worked alongside the sender longest just before; then the one that keeps working longest after; then region order. The &lt;b&gt;overlap&lt;/b&gt; is the time both covered before the end, and the &lt;b&gt;pickup&lt;/b&gt; is the end itself: the work waits for nobody.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Passation avec chevauchement&lt;/b&gt; (flèche pleine)&#xa0;: une autre région travaille au moment où l&apos;émetteur s&apos;arrête (une région qui commence exactement à ce moment compte aussi, sans chevauchement). Le destinataire est la région qui a travaillé le plus longtemps aux côtés de l&apos;émetteur juste avant&#xa0;; puis celle qui continue de travailler le plus longtemps après&#xa0;; puis l&apos;ordre des régions. Le &lt;b&gt;chevauchement&lt;/b&gt; est la période couverte par les deux avant la fin, et la &lt;b&gt;reprise&lt;/b&gt; est la fin elle-même&#xa0;: le travail n&apos;attend personne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gap handoff&lt;/b&gt; (dashed arrow): nobody works at the moment the sender stops. The region whose coverage starts first after it picks up (ties: region order), and the &lt;b&gt;wait&lt;/b&gt; is the time until then, however long: a weekend, or a three-week shutdown. If that region is the sender itself there is no handoff: it simply resumes. If nobody works again at all, there is none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Passation après un trou&lt;/b&gt; (flèche en tirets)&#xa0;: personne ne travaille au moment où l&apos;émetteur s&apos;arrête. La région dont la couverture commence la première ensuite reprend le travail (à égalité&#xa0;: l&apos;ordre des régions), et l&apos;&lt;b&gt;attente&lt;/b&gt; est le temps jusque-là, aussi long soit-il&#xa0;: un week-end, ou trois semaines de fermeture. Si cette région est l&apos;émetteur lui-même, il n&apos;y a pas de passation&#xa0;: il reprend simplement. Si plus personne ne travaille jamais, il n&apos;y en a pas non plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync slot&lt;/b&gt;: in an overlap handoff with some overlap, the earliest window of the policy length (15 minutes unless the plan says otherwise) inside the overlap in which at least one member of each side works throughout, and which touches no deep-work block of anyone on either side working then. A window inside a comms window of both sides is preferred over the earliest. Without one the handoff is asynchronous only: a written note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Créneau de synchro&lt;/b&gt;&#xa0;: dans une passation avec chevauchement, la première fenêtre de la durée fixée par le plan (15 minutes sauf indication contraire) à l&apos;intérieur du chevauchement pendant laquelle au moins un membre de chaque côté travaille sans interruption, et qui ne touche aucune plage de concentration de quiconque travaille alors d&apos;un côté ou de l&apos;autre. Une fenêtre située dans un créneau de communication des deux côtés est préférée à la plus précoce. Sans elle, la passation est uniquement asynchrone&#xa0;: une note écrite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worked example</source>
        <extracomment>Heading of an example box in the Help guide pages</extracomment>
        <translation>Exemple détaillé</translation>
    </message>
    <message>
        <source>&lt;p&gt;EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works 09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EMEA&#xa0;: Anna, à Berlin, travaille de 09:00 à 17:30. AMER&#xa0;: Ben, à New York, travaille de 09:00 à 17:00. Pas de concentration, pas d&apos;autre région. Le lundi 9 mars 2026, New York est déjà à l&apos;heure d&apos;été (EDT, UTC−4), Berlin pas encore (CET, UTC+1)&#xa0;: Anna travaille de 08:00 à 16:30 UTC, Ben de 13:00 à 21:00 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER works: an &lt;b&gt;overlap handoff EMEA → AMER&lt;/b&gt; with 3 h 30 min of overlap (13:00–16:30 UTC), picked up at once. Its sync slot is the overlap&apos;s first 15 minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À 16:30 UTC (17:30 à Berlin, 12:30 à New York), EMEA s&apos;arrête pendant que AMER travaille&#xa0;: une &lt;b&gt;passation avec chevauchement EMEA → AMER&lt;/b&gt; avec 3 h 30 min de chevauchement (13:00–16:30 UTC), reprise immédiatement. Son créneau de synchro correspond aux 15 premières minutes du chevauchement, 13:00–13:15 UTC&#xa0;: 14:00 à Berlin, 09:00 à New York.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 21:00 UTC Ben stops and nobody works: a &lt;b&gt;gap handoff AMER → EMEA&lt;/b&gt;, picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À 21:00 UTC, Ben s&apos;arrête et personne ne travaille&#xa0;: une &lt;b&gt;passation après un trou AMER → EMEA&lt;/b&gt;, reprise le mardi à 08:00 UTC (09:00 à Berlin) après une attente de 11 h. À partir du vendredi 13 mars, la même passation attend jusqu&apos;au lundi 16 mars, 08:00 UTC&#xa0;: 2 j 11 h.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Working hours, deep work and comms windows are wall-clock times in each member&apos;s own zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les heures de travail, la concentration et les créneaux de communication sont des heures d&apos;horloge dans le fuseau de chaque membre&#xa0;: 09:00 reste 09:00 toute l&apos;année, et l&apos;instant qu&apos;elle désigne se déplace quand on change d&apos;heure. Deux fois par an, une heure d&apos;horloge ne correspond pas à un seul instant&#xa0;; Sunrelay la lit alors exactement comme le font les fichiers de calendrier (RFC 5545), si bien qu&apos;un calendrier affiche ce qu&apos;affiche Sunrelay.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skipped times move forward by the gap.&lt;/b&gt; When the clocks spring forward, a time in the skipped hour does not exist. It is read with the offset from before the change, which puts it as much later as the clocks jumped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les heures sautées avancent de la durée du saut.&lt;/b&gt; Quand on avance l&apos;heure, une heure située dans l&apos;heure sautée n&apos;existe pas. Elle est lue avec le décalage d&apos;avant le changement, ce qui la place d&apos;autant plus tard que l&apos;horloge a sauté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: spring forward</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move forward in spring</extracomment>
        <translation>Exemple&#xa0;: passage à l&apos;heure d&apos;été</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;New York, dimanche 8 mars 2026&#xa0;: à 02:00 EST, les horloges passent à 03:00 EDT. 02:30 n&apos;existe pas&#xa0;; lue comme 02:30 EST, c&apos;est 07:30 UTC, soit &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Repeated times take the first occurrence.&lt;/b&gt; When the clocks fall back, an hour happens twice; a time in it means the earlier one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les heures répétées prennent la première occurrence.&lt;/b&gt; Quand on recule l&apos;heure, une heure se produit deux fois&#xa0;; une heure située dedans désigne la première.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: fall back</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move back in autumn</extracomment>
        <translation>Exemple&#xa0;: passage à l&apos;heure d&apos;hiver</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 means &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, not 01:30 EST = 06:30 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;New York, dimanche 1er novembre 2026&#xa0;: 01:00–02:00 se produit deux fois. 01:30 signifie &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, et non 01:30 EST = 06:30 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lengths are exact time.&lt;/b&gt; A range keeps its wall-clock ends, so on a night the clocks change it is shorter or longer by the change. Overlaps, waits and effort are counted in real elapsed time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les durées sont du temps réel.&lt;/b&gt; Une plage garde ses bornes d&apos;horloge&#xa0;: la nuit d&apos;un changement d&apos;heure, elle est donc plus courte ou plus longue de la durée du changement. Chevauchements, attentes et charges sont comptés en temps réellement écoulé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: lengths</source>
        <extracomment>Heading of an example box in the DST guide page: how lengths of time are counted</extracomment>
        <translation>Exemple&#xa0;: durées</translation>
    </message>
    <message>
        <source>&lt;p&gt;In New York a range 01:00–05:00 lasts 4 h on most nights, &lt;b&gt;3 h&lt;/b&gt; on 8 March 2026 and &lt;b&gt;5 h&lt;/b&gt; on 1 November 2026. A range 02:15–03:00 has no time at all on 8 March: its start reads as 03:15 EDT, after its end.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À New York, une plage 01:00–05:00 dure 4 h la plupart des nuits, &lt;b&gt;3 h&lt;/b&gt; le 8 mars 2026 et &lt;b&gt;5 h&lt;/b&gt; le 1er novembre 2026. Une plage 02:15–03:00 n&apos;a aucune durée le 8 mars&#xa0;: son début se lit 03:15 EDT, après sa fin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline a diamond marks each clock change on the member&apos;s row (filled: forward, hollow: back); View &amp;gt; DST Drift shows how each handoff moves in local time over the coming year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sur la frise, un losange marque chaque changement d&apos;heure sur la ligne du membre (plein&#xa0;: on avance, creux&#xa0;: on recule)&#xa0;; Affichage &amp;gt; Dérive des changements d&apos;heure montre comment chaque passation se déplace en heure locale au cours de l&apos;année à venir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How Handoffs Are Computed</source>
        <extracomment>Title of the Help guide page (Help menu) on handoffs</extracomment>
        <translation>Calcul des passations</translation>
    </message>
    <message>
        <source>The DST Rule</source>
        <extracomment>Title of the Help guide page (Help menu) on daylight saving time</extracomment>
        <translation>La règle des changements d&apos;heure</translation>
    </message>
    <message>
        <source>How &amp;Handoffs Are Computed</source>
        <extracomment>Help menu item: opens the guide page on how handoffs are computed</extracomment>
        <translation>&amp;Calcul des passations</translation>
    </message>
    <message>
        <source>The &amp;DST Rule</source>
        <extracomment>Help menu item: opens the guide page on daylight saving time</extracomment>
        <translation>La règle des changements d&apos;&amp;heure</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::HandoffsCsvDialog</name>
    <message>
        <source>Export handoffs as CSV</source>
        <extracomment>Title of the file dialog behind the Export Handoffs dialog&apos;s File field</extracomment>
        <translation>Exporter les passations en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File type filter of the Export Handoffs dialog&apos;s file dialog; keep &quot;(*.csv)&quot;</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Handoffs as CSV</source>
        <extracomment>Title of the Export Handoffs as CSV dialog (File menu)</extracomment>
        <translation>Exporter les passations en CSV</translation>
    </message>
    <message>
        <source>One row per handoff: both sides&apos; local times, the wait, the sync slot and the tasks passed with their notes.</source>
        <translation>Une ligne par passation&#xa0;: les heures locales des deux côtés, l&apos;attente, le créneau de synchro et les tâches transmises avec leurs notes.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in an export dialog: the range of dates to export</extracomment>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in an export dialog: the file to write</extracomment>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Handoffs as CSV dialog</extracomment>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La dernière date (%1) est antérieure à la première (%2).</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::LegendDialog</name>
    <message>
        <source>Timeline Legend</source>
        <extracomment>Title of the window explaining the timeline&apos;s colours and marks (View &gt; Legend)</extracomment>
        <translation>Légende de la frise</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Legend sample: a task finishing after its deadline; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Tue 11:00 · T-3</source>
        <comment>time cursor sample</comment>
        <extracomment>Legend sample of the time cursor&apos;s label: a weekday and time, then a task id</extracomment>
        <translation>mar. 11:00 · T-3</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Legend entry: the shaded block of a member&apos;s working hours on the timeline</extracomment>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>When the member works, in the region&apos;s colour; the row&apos;s weekdays and hours are the member&apos;s own local time.</source>
        <translation>Quand le membre travaille, dans la couleur de la région&#xa0;; les jours et heures de la ligne sont l&apos;heure locale du membre.</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Legend entry: a member&apos;s protected, meeting-free focus time</extracomment>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>A protected block: darker, hatched, with a lock. A sync slot, pickup or meeting inside it is a conflict.</source>
        <translation>Une plage protégée&#xa0;: plus sombre, hachurée, avec un cadenas. Un créneau de synchro, une reprise ou une réunion à l&apos;intérieur est un conflit.</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Legend entry: a fixed time for messages and calls</extracomment>
        <translation>Créneau de communication</translation>
    </message>
    <message>
        <source>The outlined band above the bar: a fixed time for messages. Sync slots in both sides&apos; windows are preferred.</source>
        <translation>La bande encadrée au-dessus de la barre&#xa0;: un moment fixe pour les messages. Les créneaux de synchro situés dans les créneaux des deux côtés sont préférés.</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Legend entry: a member&apos;s day off (holiday, leave)</extracomment>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Whole local days away, grey and cross-hatched. Region holidays simply leave the day without working hours.</source>
        <translation>Journées locales entières d&apos;absence, en gris et hachurées en croix. Les jours fériés de la région laissent simplement la journée sans heures de travail.</translation>
    </message>
    <message>
        <source>Daylight</source>
        <extracomment>Legend entry: the band showing where the sun is up</extracomment>
        <translation>Lumière du jour</translation>
    </message>
    <message>
        <source>Behind the row where the member lives: night shaded, twilight lighter, day clear.</source>
        <translation>Derrière la ligne, selon le lieu de vie du membre&#xa0;: nuit ombrée, crépuscule plus clair, jour sans fond.</translation>
    </message>
    <message>
        <source>Clocks go forward</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks forward</extracomment>
        <translation>Passage à l&apos;heure d&apos;été</translation>
    </message>
    <message>
        <source>A filled diamond where the member&apos;s clocks skip ahead (daylight saving time starts).</source>
        <translation>Un losange plein là où l&apos;horloge du membre avance (début de l&apos;heure d&apos;été).</translation>
    </message>
    <message>
        <source>Clocks go back</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks back</extracomment>
        <translation>Passage à l&apos;heure d&apos;hiver</translation>
    </message>
    <message>
        <source>A hollow diamond where the member&apos;s clocks turn back and an hour repeats.</source>
        <translation>Un losange creux là où l&apos;horloge du membre recule et où une heure se répète.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Legend entry: times some region works</extracomment>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>On a region&apos;s row: when at least one of its members works (time off taken out).</source>
        <translation>Sur la ligne d&apos;une région&#xa0;: quand au moins un de ses membres travaille (absences déduites).</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>Legend entry: times two or more regions work at once</extracomment>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Two or more regions cover the same time, shaded in both regions&apos; colours.</source>
        <translation>Deux régions ou plus couvrent la même période, ombrée aux couleurs des deux régions.</translation>
    </message>
    <message>
        <source>Gap</source>
        <extracomment>Legend entry: times no region works</extracomment>
        <translation>Trou</translation>
    </message>
    <message>
        <source>Nobody in any region works: hatched vermillion across every region row.</source>
        <translation>Personne ne travaille, dans aucune région&#xa0;: hachures vermillon sur toutes les lignes de région.</translation>
    </message>
    <message>
        <source>Overlap handoff</source>
        <extracomment>Legend entry: a handoff where both regions&apos; hours overlap</extracomment>
        <translation>Passation avec chevauchement</translation>
    </message>
    <message>
        <source>Solid arrow, in the receiver&apos;s colour: the receiving region already works when the sender stops, so work passes at once.</source>
        <translation>Flèche pleine, dans la couleur du destinataire&#xa0;: la région destinataire travaille déjà quand l&apos;émetteur s&apos;arrête, le travail passe donc immédiatement.</translation>
    </message>
    <message>
        <source>Gap handoff</source>
        <extracomment>Legend entry: a handoff across hours no one covers</extracomment>
        <translation>Passation après un trou</translation>
    </message>
    <message>
        <source>Dashed arrow: nobody works when the sender stops; the work waits until the next region starts (the pickup).</source>
        <translation>Flèche en tirets&#xa0;: personne ne travaille quand l&apos;émetteur s&apos;arrête&#xa0;; le travail attend que la région suivante commence (la reprise).</translation>
    </message>
    <message>
        <source>Handoff stepped to</source>
        <extracomment>Legend entry: the ring where the handoff that ] (next) or [ (previous) went to leaves</extracomment>
        <translation>Passation atteinte</translation>
    </message>
    <message>
        <source>A ring where the handoff that ] (next) or [ (previous) went to leaves.</source>
        <translation>Un anneau à l&apos;endroit d&apos;où part la passation atteinte avec ] (suivante) ou [ (précédente).</translation>
    </message>
    <message>
        <source>Task worked</source>
        <extracomment>Legend entry: a bar of a task being worked on in one region</extracomment>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <source>A bar in the task&apos;s own colour on the member who works it then, with its id and title where they fit.</source>
        <translation>Une barre dans la couleur de la tâche sur le membre qui y travaille à ce moment, avec son identifiant et son titre quand ils tiennent.</translation>
    </message>
    <message>
        <source>Task passed on</source>
        <extracomment>Legend entry: the link drawn where a task passes to the next region</extracomment>
        <translation>Tâche transmise</translation>
    </message>
    <message>
        <source>A line to the next member who works the task; dashed where it waits in between.</source>
        <translation>Une ligne vers le membre suivant qui travaille sur la tâche&#xa0;; en tirets là où elle attend entre les deux.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>Legend entry: the mark of a task&apos;s planned start</extracomment>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>A pin on the starting region&apos;s row; a dashed run to where work really starts when nobody covers the start.</source>
        <translation>Une épingle sur la ligne de la région de départ&#xa0;; un trait en tirets jusqu&apos;au vrai début du travail quand personne ne couvre le début.</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Legend entry: the mark where a task is done</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>A flag where the task&apos;s effort is used up.</source>
        <translation>Un drapeau là où la charge de la tâche est épuisée.</translation>
    </message>
    <message>
        <source>Late finish</source>
        <extracomment>Legend entry: the mark of a task finishing after its deadline</extracomment>
        <translation>Fin en retard</translation>
    </message>
    <message>
        <source>A red flag: the task finishes after its deadline, by the amount shown.</source>
        <translation>Un drapeau rouge&#xa0;: la tâche se termine après son échéance, du retard indiqué.</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend entry: the line at the current time</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>The current time, across all rows.</source>
        <translation>L&apos;heure actuelle, sur toutes les lignes.</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <extracomment>Legend entry: the vertical line shown by pointing at the time axis or pressing C, with each row&apos;s local time at that moment; not the current time (that is &quot;Now&quot;)</extracomment>
        <translation>Curseur temporel</translation>
    </message>
    <message>
        <source>Point at the time axis or press C: each row&apos;s local time there and the tasks its members hold.</source>
        <translation>Pointez l&apos;axe du temps ou appuyez sur C&#xa0;: l&apos;heure locale de chaque ligne à cet endroit et les tâches que tiennent ses membres.</translation>
    </message>
    <message>
        <source>Member rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of single members</extracomment>
        <translation>Lignes des membres</translation>
    </message>
    <message>
        <source>Region rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of whole regions</extracomment>
        <translation>Lignes des régions</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Passations</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Legend section heading: time marks (daylight, now)</extracomment>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <extracomment>View menu item: opens the Timeline Legend window (what the timeline&apos;s marks mean)</extracomment>
        <translation>Lé&amp;gende</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
        <extracomment>File type filter in the open and save dialogs: Sunrelay&apos;s own plan files</extracomment>
        <translation>Plans Sunrelay (*.sunrelay)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Main menu bar: the View menu</extracomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Main menu bar: the File menu</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <extracomment>File menu item: creates a new, empty plan file</extracomment>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu item: opens an existing plan for editing</extracomment>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>File menu item: submenu listing recently opened plans</extracomment>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <extracomment>File menu item: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>Ouvrir le plan de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <extracomment>File menu item: saves the plan under another file name</extracomment>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import Plan JSON…</source>
        <extracomment>File menu item: creates a plan from a plan JSON file</extracomment>
        <translation>&amp;Importer du JSON de plan…</translation>
    </message>
    <message>
        <source>Import &amp;Member CSV…</source>
        <extracomment>File menu item: adds team members from a CSV file</extracomment>
        <translation>Importer un CSV de &amp;membres…</translation>
    </message>
    <message>
        <source>&amp;Export Plan JSON…</source>
        <extracomment>File menu item: writes the plan to a JSON file</extracomment>
        <translation>&amp;Exporter en JSON de plan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>File menu item: closes the open plan</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: close the window and end Sunrelay</extracomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <extracomment>File menu item: writes the plan&apos;s shifts and handoffs to an iCalendar file</extracomment>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export Handoffs as CS&amp;V…</source>
        <extracomment>File menu item: writes the handoffs to a CSV spreadsheet file</extracomment>
        <translation>Exporter les passations en CS&amp;V…</translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for the handoffs CSV; %1 is the plan file&apos;s name without extension</extracomment>
        <translation>%1 - passations</translation>
    </message>
    <message>
        <source>Import &amp;Busy Time…</source>
        <extracomment>File menu item: imports members&apos; busy times from an iCalendar file</extracomment>
        <translation>Importer des plages occ&amp;upées…</translation>
    </message>
    <message>
        <source>Import &amp;Holidays…</source>
        <extracomment>File menu item: imports public holidays from an iCalendar file</extracomment>
        <translation>Importer des &amp;jours fériés…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Main menu bar: the Edit menu</extracomment>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu item: undoes the last change (shown when there is nothing to undo)</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu item: redoes the last undone change (shown when there is nothing to redo)</extracomment>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu item: opens the Preferences dialog</extracomment>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>My &amp;Week</source>
        <extracomment>View menu item: shows the My Week page (one member&apos;s week)</extracomment>
        <translation>Ma &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <extracomment>View menu item: shows the Coverage page</extracomment>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <source>&amp;DST Drift</source>
        <extracomment>View menu item: shows the DST Drift page (how daylight saving time shifts handoffs)</extracomment>
        <translation>&amp;Dérive des changements d&apos;heure</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>View menu: scroll the timeline to today</extracomment>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <extracomment>View menu: scroll the timeline back in time</extracomment>
        <translation>Plus &amp;tôt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <extracomment>View menu: scroll the timeline forward in time</extracomment>
        <translation>Plus t&amp;ard</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>View menu item: zooms the timeline in</extracomment>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>View menu item: zooms the timeline out</extracomment>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Next Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the next handoff between regions</extracomment>
        <translation>Passation s&amp;uivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the previous handoff between regions</extracomment>
        <translation>Passation &amp;précédente</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <extracomment>View menu item: saves the current page as a PNG, SVG or PDF picture</extracomment>
        <translation>Exporter une &amp;image…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <extracomment>Menu title: the plan (team, tasks, policy)</extracomment>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <extracomment>Plan menu item: changes the plan&apos;s name</extracomment>
        <translation>Re&amp;nommer le plan…</translation>
    </message>
    <message>
        <source>Add &amp;Region</source>
        <extracomment>Plan menu item: adds a region (a team site) to the plan</extracomment>
        <translation>Ajouter une &amp;région</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <extracomment>Plan menu item: opens the dialog that adds a team member</extracomment>
        <translation>Ajouter un &amp;membre…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <extracomment>Plan menu item: opens the dialog that creates a task</extracomment>
        <translation>Nouvelle &amp;tâche…</translation>
    </message>
    <message>
        <source>&amp;Place Task At…</source>
        <extracomment>Plan menu item: places the task selected in the backlog on the timeline, at a time chosen next</extracomment>
        <translation>&amp;Planifier la tâche à…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Main menu bar: the Help menu</extracomment>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Sunrelay</source>
        <extracomment>Help menu item: shows the About dialog</extracomment>
        <translation>À &amp;propos de Sunrelay</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Name of the main toolbar (shown in its context menu)</extracomment>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Go to date</source>
        <extracomment>Accessible name and tooltip of the toolbar&apos;s date field: the timeline jumps to the date chosen</extracomment>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>—</source>
        <comment>date navigator without a plan</comment>
        <extracomment>Shown in the toolbar&apos;s date field when no plan is open</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Screen-reader name of the timeline zoom slider</extracomment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom: from 4 weeks to 1 hour</source>
        <translation>Zoom&#xa0;: de 4 semaines à 1 heure</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <extracomment>View menu item: shows or hides the main toolbar</extracomment>
        <translation>Afficher la &amp;barre d&apos;outils</translation>
    </message>
    <message>
        <source>Open a plan to see its team.</source>
        <translation>Ouvrez un plan pour voir son équipe.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to undo, e.g. &quot;Undo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to redo, e.g. &quot;Redo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title of the main window&apos;s Timeline page</extracomment>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>My Week</source>
        <extracomment>Tab title of the main window&apos;s My Week page (one member&apos;s week)</extracomment>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the error box shown when an edit could not be written to the plan file</extracomment>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Tab title of the main window&apos;s Coverage page</extracomment>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>DST Drift</source>
        <extracomment>Tab title of the main window&apos;s DST Drift page (daylight saving time shifts)</extracomment>
        <translation>Dérive des changements d&apos;heure</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a task; %1 is the task&apos;s id</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
        <translation>Modifier la note de la passation %1 de %2</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Window title of a plan opened read-only; %1 is the plan&apos;s name</extracomment>
        <translation>%1 [lecture seule]</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <extracomment>Title of the dialog that renames the plan</extracomment>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the Rename Plan dialog: the plan&apos;s new name</extracomment>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A plan needs a name: it is the window&apos;s title and the name its exports carry.</source>
        <translation>Un plan a besoin d&apos;un nom&#xa0;: c&apos;est le titre de la fenêtre et le nom que portent ses exports.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Status bar: the number of team members in the plan</extracomment>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <extracomment>Status bar: the number of regions (team sites) in the plan</extracomment>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message>
        <source>coverage %1 % in the next 7 days</source>
        <translation>couverture %1 % sur les 7 prochains jours</translation>
    </message>
    <message>
        <source>next handoff %1 → %2 in %3</source>
        <translation>prochaine passation %1 → %2 dans %3</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <extracomment>Status bar: the time zone the timeline is drawn in; %1 is an IANA zone name like Europe/Berlin</extracomment>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <extracomment>Title of the file dialog (and of its error box) that creates a new plan file</extracomment>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <extracomment>Title of the file dialog that opens a plan</extracomment>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <extracomment>File type filter in the open, import and export dialogs: a plan written as JSON text</extracomment>
        <translation>JSON de plan (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File type filter in the open dialog: any file</extracomment>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <extracomment>Title of an error box; %1 is the name of the file that cannot be opened</extracomment>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file and why it cannot be opened: &quot;team.sunrelay: permission denied&quot;
----------
A CSV file and why it cannot be read: &quot;team.csv: permission denied&quot;
----------
A CSV file and the reader&apos;s message on it (in English)
----------
A file and why it cannot be opened: &quot;/home/ana/fifo: not a regular file&quot;
----------
A file and why it cannot be read: &quot;team.json: permission denied&quot;
----------
A plan JSON file and the reader&apos;s message on it (in English)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You can open a copy of the plan as it is now, read-only, and look at it while the other program goes on editing the original.</source>
        <translation>Vous pouvez ouvrir une copie du plan dans son état actuel, en lecture seule, et la consulter pendant que l&apos;autre programme continue de modifier l&apos;original.</translation>
    </message>
    <message>
        <source>Open a Read-Only &amp;Copy</source>
        <extracomment>Button in the box saying another program is editing the plan: opens a read-only copy instead</extracomment>
        <translation>Ouvrir une &amp;copie en lecture seule</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for a read-only copy; %1 is the original file&apos;s name without extension</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <extracomment>Title of the file dialog that saves the plan under a new name</extracomment>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Save as</source>
        <extracomment>Title of an error box after File &gt; Save As failed</extracomment>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation>Ce plan est déjà enregistré dans %1&#xa0;: chaque modification y est écrite au fur et à mesure. Pour faire une copie, choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Import plan JSON</source>
        <extracomment>Title of the file dialog that picks a plan JSON file to import</extracomment>
        <translation>Importer du JSON de plan</translation>
    </message>
    <message>
        <source>Import member CSV</source>
        <extracomment>Title of the file dialog (and of its error boxes) that imports members from CSV</extracomment>
        <translation>Importer un CSV de membres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the member CSV import dialog</extracomment>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo history entry for a member CSV import; %1 is the CSV file&apos;s name</extracomment>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Export plan JSON</source>
        <extracomment>Title of the file dialog (and of its error box) that exports the plan to JSON</extracomment>
        <translation>Exporter en JSON de plan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export picture of the timeline</source>
        <translation>Exporter une image de la frise chronologique</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Panel title: regions and members</extracomment>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Panel title: the tasks, placed or not yet placed</extracomment>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Task Details</source>
        <extracomment>Title of the dock panel showing the selected task&apos;s details and route</extracomment>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation>Aucun fichier à l&apos;emplacement %1. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation>%1 importé comme nouveau fichier de plan&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the demo plan</source>
        <translation>Impossible d&apos;ouvrir le plan de démonstration</translation>
    </message>
    <message>
        <source>%1 is open in another Sunrelay window, which was brought to the front.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Sunrelay, qui a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <extracomment>File menu item: opens a plan without taking the write lock</extracomment>
        <translation>Ouvrir en &amp;lecture seule…</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>View menu item: shows the Timeline page</extracomment>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>Go to D&amp;ate…</source>
        <extracomment>View menu item: moves the focus to the toolbar&apos;s date field</extracomment>
        <translation>A&amp;ller à la date…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MemberDialog</name>
    <message>
        <source>Problems</source>
        <extracomment>Screen-reader name of the list of what is wrong with the entered member</extracomment>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Placeholder text in the member dialog&apos;s name field</extracomment>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the member dialog: the member&apos;s name</extracomment>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the member dialog&apos;s read-only region field</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the member dialog: the region (team site) the member belongs to</extracomment>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <extracomment>Form label in the member dialog: the member&apos;s IANA time zone</extracomment>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Whole days in the member’s own time zone, first and last day included.</source>
        <translation>Journées entières dans le fuseau horaire du membre, premier et dernier jour inclus.</translation>
    </message>
    <message>
        <source>First day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the first day of an absence</extracomment>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the last day of an absence (included)</extracomment>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Accessible name of the member dialog&apos;s time-off table (holidays, leave)</extracomment>
        <translation>Absences</translation>
    </message>
    <message>
        <source>No time off</source>
        <extracomment>Placeholder over the member dialog&apos;s empty time-off table</extracomment>
        <translation>Aucune absence</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a period of time off</extracomment>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the chosen period of time off</extracomment>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>First day of time off %1</source>
        <translation>Premier jour de l&apos;absence %1</translation>
    </message>
    <message>
        <source>Last day of time off %1</source>
        <translation>Dernier jour de l&apos;absence %1</translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: ce membre ne peut donc pas être modifié ici.</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <extracomment>Error under the member dialog&apos;s name field when it is empty</extracomment>
        <translation>Saisissez le nom du membre.</translation>
    </message>
    <message>
        <source>Add a region to the plan first: every member belongs to one.</source>
        <translation>Ajoutez d&apos;abord une région au plan&#xa0;: chaque membre appartient à une région.</translation>
    </message>
    <message>
        <source>Choose the member’s region.</source>
        <extracomment>Error under the member dialog&apos;s region field when none is chosen</extracomment>
        <translation>Choisissez la région du membre.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it.</source>
        <translation>%1 est en surbrillance mais pas choisi. Appuyez sur Entrée ou cliquez sur un fuseau pour le choisir.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it, or press Esc in the search to keep %2.</source>
        <translation>%1 est en surbrillance mais pas choisi. Appuyez sur Entrée ou cliquez sur un fuseau pour le choisir, ou appuyez sur Échap dans la recherche pour garder %2.</translation>
    </message>
    <message>
        <source>Choose a time zone: no zone matches the search.</source>
        <translation>Choisissez un fuseau horaire&#xa0;: aucun fuseau ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de Sunrelay. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Time off %1 ends on %2, before it starts on %3. Change the last day.</source>
        <translation>L&apos;absence %1 se termine le %2, avant de commencer le %3. Modifiez le dernier jour.</translation>
    </message>
    <message>
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation>OK choisit %1, le seul fuseau qui correspond à la recherche.</translation>
    </message>
    <message>
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation>Aucune heure de travail pour l&apos;instant&#xa0;: ce membre ne couvre aucune période tant que vous n&apos;en dessinez pas sur la page Semaine.</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the member dialog when adding a member</extracomment>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Edit member</source>
        <extracomment>Title of the member dialog when editing a member</extracomment>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Tab in the member dialog: name, region and time zone</extracomment>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <extracomment>Tab: the member&apos;s weekly working hours, deep work and comms windows</extracomment>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <extracomment>Tab in the member dialog: the member&apos;s days and dates off</extracomment>
        <translation>A&amp;bsences</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MembersModel</name>
    <message>
        <source>%1 h</source>
        <extracomment>Team panel, member table cell: hours of work per week, e.g. &quot;40.0 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>UTC offset now: %1</source>
        <extracomment>Tooltip of a member&apos;s time zone cell; %1 is the zone&apos;s abbreviation and offset now, e.g. &quot;CET, UTC+01:00&quot;</extracomment>
        <translation>Décalage UTC actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a member&apos;s name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column header: a member&apos;s region</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s IANA time zone</extracomment>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s clock time now</extracomment>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: working hours per week</extracomment>
        <translation>Travail / semaine</translation>
    </message>
    <message>
        <source>Deep work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: protected focus hours per week</extracomment>
        <translation>Concentration / semaine</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MyWeekView</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member&apos;s name and id in the member picker: &quot;Ana Lima (m-ana)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week shown, first to last day: &quot;30 Nov – 6 Dec 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Search members by name or id</source>
        <translation>Rechercher des membres par nom ou identifiant</translation>
    </message>
    <message>
        <source>Whose week: type part of a name or id</source>
        <translation>Semaine de qui&#xa0;: saisissez une partie d&apos;un nom ou d&apos;un identifiant</translation>
    </message>
    <message>
        <source>Pick a date: its week is shown (the member&apos;s local dates)</source>
        <translation>Choisissez une date&#xa0;: sa semaine s&apos;affiche (dates locales du membre)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week before</extracomment>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This Week</source>
        <extracomment>My Week page button: shows the current week</extracomment>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week after</extracomment>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Export My Calendar…</source>
        <extracomment>My Week page button: exports the chosen member&apos;s calendar to an iCalendar file</extracomment>
        <translation>Exporter mon calendrier…</translation>
    </message>
    <message>
        <source>Write this member&apos;s week to a calendar file (.ics)</source>
        <translation>Écrire la semaine de ce membre dans un fichier de calendrier (.ics)</translation>
    </message>
    <message>
        <source>Import My Calendar…</source>
        <extracomment>My Week page button: imports the chosen member&apos;s busy times from an iCalendar file</extracomment>
        <translation>Importer mon calendrier…</translation>
    </message>
    <message>
        <source>Read this member&apos;s meetings from a calendar file as busy time</source>
        <translation>Lire les réunions de ce membre depuis un fichier de calendrier comme plages occupées</translation>
    </message>
    <message>
        <source>Print…</source>
        <extracomment>My Week page button: prints the week shown</extracomment>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Add a member to the plan to see their week.</source>
        <translation>Ajoutez un membre au plan pour voir sa semaine.</translation>
    </message>
    <message>
        <source>Print My Week</source>
        <extracomment>Title of the print dialog for the My Week page</extracomment>
        <translation>Imprimer Ma semaine</translation>
    </message>
    <message>
        <source>%1: %2, %3 time</source>
        <extracomment>Screen readers, My week: the day (&quot;Mon 30 Nov&quot;), the block as its tooltip&apos;s first line says it (&quot;Protected deep work 09:00–12:00 (3 h)&quot;) and the member&apos;s zone&apos;s city (&quot;Berlin&quot;).</extracomment>
        <translation>%1&#xa0;: %2, heure de %3</translation>
    </message>
    <message>
        <source>Week shown</source>
        <extracomment>Screen readers: the button that shows the week&apos;s dates and picks another week.</extracomment>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Label of the My Week page&apos;s choice of team member</extracomment>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <source>The member&apos;s week</source>
        <extracomment>Accessible name of the My Week page&apos;s drawing of the member&apos;s week</extracomment>
        <translation>La semaine du membre</translation>
    </message>
    <message>
        <source>Working hours, deep work, comms windows, handoffs, tasks and conflicts in the member&apos;s local time. Up and Down go through the blocks, Left and Right to the previous or next day, Enter shows a block&apos;s details.</source>
        <translation>Heures de travail, concentration, créneaux de communication, passations, tâches et conflits à l&apos;heure locale du membre. Haut et Bas passent d&apos;une plage à l&apos;autre, Gauche et Droite au jour précédent ou suivant, Entrée affiche le détail d&apos;une plage.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlaceTaskDialog</name>
    <message>
        <source>The plan has no region yet. Add one in the Team panel first: a task starts in a region.</source>
        <translation>Le plan n&apos;a pas encore de région. Ajoutez-en d&apos;abord une dans le panneau Équipe&#xa0;: une tâche commence dans une région.</translation>
    </message>
    <message>
        <source>Choose the region the task starts in.</source>
        <translation>Choisissez la région où la tâche commence.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de Sunrelay. Choisissez-en un dans la liste ou saisissez un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Place dialog, beside the start: the same instant in the timeline&apos;s zone; %1 is a date and time</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the Place dialog&apos;s region field (where the task starts)</extracomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s region field when it is invalid</extracomment>
        <translation>Problème de région</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the Place dialog: the region the task starts in</extracomment>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Accessible name of the Place dialog&apos;s start date field</extracomment>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Accessible name of the Place dialog&apos;s start time field</extracomment>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <extracomment>When the placed task may start: date and time</extracomment>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone of the start</source>
        <translation>Fuseau horaire du début</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s zone field when it is invalid</extracomment>
        <translation>Problème de fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;In time zone:</source>
        <extracomment>Form label in the Place dialog: the time zone the start date and time are in</extracomment>
        <translation>Dans le &amp;fuseau&#xa0;:</translation>
    </message>
    <message>
        <source>Start in the reference zone</source>
        <translation>Début dans le fuseau de référence</translation>
    </message>
    <message>
        <source>Daylight saving note</source>
        <extracomment>Accessible name of the Place dialog&apos;s note on a daylight saving gap or overlap at the start</extracomment>
        <translation>Remarque sur le changement d&apos;heure</translation>
    </message>
    <message>
        <source>Place %1</source>
        <extracomment>Title of the dialog that places a task on the timeline; %1 is the task&apos;s id</extracomment>
        <translation>Planifier %1</translation>
    </message>
    <message>
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation>La tâche attend que la région couvre son début, puis suit le soleil à partir de là.</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <extracomment>Button: put the task on the timeline</extracomment>
        <translation>&amp;Planifier</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlanDocument</name>
    <message>
        <source>Add region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region added</extracomment>
        <translation>Ajouter la région %1</translation>
    </message>
    <message>
        <source>a file already exists at %1</source>
        <translation>un fichier existe déjà à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <extracomment>Why a read-only copy of a plan failed; %1 is the plan&apos;s write-ahead log file</extracomment>
        <translation>impossible de copier %1</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <extracomment>Undo history entry for renaming the plan</extracomment>
        <translation>Renommer le plan</translation>
    </message>
    <message>
        <source>Change policy</source>
        <extracomment>Undo history entry for changing the plan&apos;s handoff policy</extracomment>
        <translation>Modifier les règles</translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation>Renommer la région %1 en %2</translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <extracomment>Undo history entry; %1 is the name of the region recoloured</extracomment>
        <translation>Changer la couleur de %1</translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region edited</extracomment>
        <translation>Modifier la région %1</translation>
    </message>
    <message>
        <source>Move region</source>
        <extracomment>Undo history entry for moving a region up or down the list</extracomment>
        <translation>Déplacer la région</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region deleted</extracomment>
        <translation>Supprimer la région %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Undo history entry for adding a member; %1 is the member&apos;s name</extracomment>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s old name, %2 the new one</extracomment>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s name, %2 the region the member moves to</extracomment>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Change time zone of %1</source>
        <translation>Changer le fuseau horaire de %1</translation>
    </message>
    <message>
        <source>Change the week of %1</source>
        <translation>Changer la semaine de %1</translation>
    </message>
    <message>
        <source>Change time off of %1</source>
        <translation>Changer les absences de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a member; %1 is the member&apos;s name</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo history entry for deleting a member; %1 is the member&apos;s name</extracomment>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Undo history entry for adding a task; %1 is the task&apos;s title</extracomment>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <extracomment>Undo history entry for deleting a task; %1 is the task&apos;s title</extracomment>
        <translation>Supprimer la tâche %1</translation>
    </message>
    <message>
        <source>Unplace %1</source>
        <extracomment>Undo history entry for sending a task back to the backlog; %1 is the task&apos;s id</extracomment>
        <translation>Déplanifier %1</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>Le fichier est inutilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a Sunrelay plan file (%1). Choose a .sunrelay file, or use File &gt; Import for plan JSON. The file was not changed.</source>
        <translation>Ce n&apos;est pas un fichier de plan Sunrelay (%1). Choisissez un fichier .sunrelay, ou utilisez Fichier &gt; Importer pour du JSON de plan. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This plan file is damaged (%1). Open a backup copy if you have one. The file was not changed.</source>
        <translation>Ce fichier de plan est endommagé (%1). Ouvrez une copie de sauvegarde si vous en avez une. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This file belongs to another program (%1). The file was not changed.</source>
        <translation>Ce fichier appartient à un autre programme (%1). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This plan was made by a newer version of Sunrelay (file format %1; this version reads up to %2). Open it with a newer version of Sunrelay; the file was not changed.</source>
        <translation>Ce plan a été créé par une version plus récente de Sunrelay (format de fichier %1&#xa0;; cette version lit jusqu&apos;à %2). Ouvrez-le avec une version plus récente de Sunrelay&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This plan is open for editing in %1. Close it there, then try again.</source>
        <extracomment>%1 is the program holding the plan open, or &quot;another program&quot; when it is unknown</extracomment>
        <translation>Ce plan est ouvert en modification dans %1. Fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Stands for the program that holds a plan open, when its name is unknown, in &quot;This plan is open for editing in %1&quot;</extracomment>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>That is no longer in the plan (%1).</source>
        <translation>Cet élément ne fait plus partie du plan (%1).</translation>
    </message>
    <message>
        <source>This change cannot be made: %1.</source>
        <translation>Cette modification est impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; check the disk and try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée (%1). Rien n&apos;a été modifié&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>%1 (table %2, row %3, column %4)</source>
        <extracomment>A store error&apos;s detail and where in the plan file it is: &quot;value out of range (table member, row 12, column zone)&quot;</extracomment>
        <translation>%1 (table %2, ligne %3, colonne %4)</translation>
    </message>
    <message>
        <source>This plan file has been altered outside Sunrelay (%1) and is not opened, to keep anything planted in it from running. The file was not changed.</source>
        <translation>Ce fichier de plan a été modifié en dehors de Sunrelay (%1) et n&apos;est pas ouvert, afin que rien de ce qui y aurait été glissé ne puisse s&apos;exécuter. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This plan file holds data Sunrelay cannot use: %1. The file was not changed.</source>
        <translation>Ce fichier de plan contient des données que Sunrelay ne peut pas utiliser&#xa0;: %1. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Title of the Preferences dialog (Edit menu)</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>24-hour (17:30)</source>
        <extracomment>Preferences, Clock choice: show times on a 24-hour clock</extracomment>
        <translation>24 heures (17:30)</translation>
    </message>
    <message>
        <source>12-hour (5:30 PM)</source>
        <extracomment>Preferences, Clock choice: show times on a 12-hour clock with AM/PM</extracomment>
        <translation>12 heures (5:30 PM)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <extracomment>Form label in the Preferences dialog: how clock times are written</extracomment>
        <translation>&amp;Horloge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>&amp;Premier jour de la semaine&#xa0;:</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The timeline in Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <extracomment>Preferences, timeline zone choice; %1 is this computer&apos;s IANA zone, e.g. Europe/Berlin</extracomment>
        <translation>Fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Another zone</source>
        <extracomment>Preferences, timeline zone choice: a zone picked below</extracomment>
        <translation>Autre fuseau</translation>
    </message>
    <message>
        <source>&amp;Timeline in:</source>
        <extracomment>Form label in the Preferences dialog: the time zone the timeline is drawn in</extracomment>
        <translation>&amp;Frise en&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Preferences, Appearance choice: light or dark as the desktop is set</extracomment>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Preferences, Appearance choice: light colours</extracomment>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Preferences, Appearance choice: dark colours</extracomment>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <extracomment>Form label in the Preferences dialog: light or dark colours</extracomment>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language choice that follows the computer&apos;s language settings</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Appearance: black and white with a yellow focus frame, for low vision.</extracomment>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Form label in the Preferences dialog: the language of the user interface</extracomment>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Sunrelay next starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Sunrelay.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PublishDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Publish to a Calendar Server</source>
        <translation>Publier sur un serveur de calendrier</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <extracomment>Title of the warning box before publishing over plain http://</extracomment>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://). Your password and the plan&apos;s calendars would travel in clear text. Publish anyway?</source>
        <translation>%1 n&apos;est pas chiffré (http://). Votre mot de passe et les calendriers du plan circuleraient en clair. Publier quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Everything: every member, every region, all handoffs</source>
        <translation>Tout&#xa0;: tous les membres, toutes les régions, toutes les passations</translation>
    </message>
    <message>
        <source>A region and its members</source>
        <extracomment>Publish dialog, choice of calendars: one region&apos;s calendar and each of its members&apos;</extracomment>
        <translation>Une région et ses membres</translation>
    </message>
    <message>
        <source>One member</source>
        <extracomment>Publish dialog, choice of calendars: one member&apos;s calendar only</extracomment>
        <translation>Un membre</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Publish dialog&apos;s field choosing which region or member</extracomment>
        <translation>Région ou membre</translation>
    </message>
    <message>
        <source>%v of %m calendars</source>
        <extracomment>Publish dialog progress bar; %v is the number of calendars done, %m how many there are in all</extracomment>
        <translation>%v calendriers sur %m</translation>
    </message>
    <message>
        <source>Publish summary</source>
        <extracomment>Accessible name of the Publish dialog&apos;s report of what was published</extracomment>
        <translation>Bilan de la publication</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <extracomment>OK button of the Publish dialog: publishes the calendars to the CalDAV server</extracomment>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label in the Publish dialog: the CalDAV server&apos;s address</extracomment>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <extracomment>Form label in the Publish dialog: the user name on the CalDAV server</extracomment>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <extracomment>Form label in the Publish dialog: the password on the CalDAV server</extracomment>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Calendars t&amp;o publish:</source>
        <extracomment>Form label in the Publish dialog: whose calendars to publish</extracomment>
        <translation>Ca&amp;lendriers à publier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <extracomment>Form label in the Publish dialog: the range of dates to publish, in UTC</extracomment>
        <translation>&amp;Dates (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>Aucun trousseau du système n&apos;est disponible&#xa0;: le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The password was not saved in the system keyring: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the user name and the password of the calendar server.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe du serveur de calendrier.</translation>
    </message>
    <message>
        <source>Choose dates that run forwards over at most three years.</source>
        <translation>Choisissez une date de fin qui ne précède pas la date de début, et au plus trois ans après.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Publish dialog status while stopping a publish in progress</extracomment>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Close button of the Publish dialog while publishing: stops it</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>Close button of the Publish dialog when nothing is being published: closes it</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading what the server has…</source>
        <translation>Lecture du contenu du serveur…</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <extracomment>Progress while publishing; %1 is the name of the calendar just published.</extracomment>
        <translation>Publié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cancelled. Publish again to complete: what was published stays.</source>
        <translation>Annulé. Publiez à nouveau pour terminer&#xa0;: ce qui a été publié est conservé.</translation>
    </message>
    <message>
        <source>Published.</source>
        <extracomment>Publish dialog status when every calendar was published</extracomment>
        <translation>Publié.</translation>
    </message>
    <message>
        <source>Not everything was published: see below.</source>
        <translation>Tout n&apos;a pas été publié&#xa0;: voir ci-dessous.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged</source>
        <extracomment>One calendar in the publish summary; %1 is its name</extracomment>
        <translation>%1&#xa0;: %2 créé(s), %3 mis à jour, %4 supprimé(s), %5 inchangé(s)</translation>
    </message>
    <message>
        <source>    Conflict: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 says which event changed on the server meanwhile</extracomment>
        <translation>    Conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>    Error: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 is the server&apos;s or network&apos;s error</extracomment>
        <translation>    Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Publish report line; %1 is an error that stopped the whole publish</extracomment>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Calendar Server…</source>
        <extracomment>Plan menu: publish the plan&apos;s calendars to a CalDAV server</extracomment>
        <translation>Pu&amp;blier sur un serveur de calendrier…</translation>
    </message>
    <message>
        <source>Use &amp;Existing Calendars…</source>
        <extracomment>Publish dialog button: opens a dialog to publish into calendars that already exist on the server instead of creating new ones</extracomment>
        <translation>Utiliser des calendriers &amp;existants…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) go into existing calendars.</source>
        <extracomment>Beside &quot;Use Existing Calendars…&quot;</extracomment>
        <translation>
            <numerusform>%n calendrier est publié dans un calendrier existant.</numerusform>
            <numerusform>%n calendriers sont publiés dans des calendriers existants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing calendars: %1</source>
        <extracomment>%1 says what is wrong with a calendar map</extracomment>
        <translation>Calendriers existants&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Tooltip of a region in the Team panel: how many members it has</extracomment>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::SaveFileField</name>
    <message>
        <source>File</source>
        <extracomment>Accessible name of an export dialog&apos;s file path field</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button beside an export dialog&apos;s file path: opens a file dialog</extracomment>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>Help menu item: lists the keyboard shortcuts</extracomment>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Section heading: shortcuts in the world timeline view</extracomment>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Timeline, selected task</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys on the timeline while a task is selected</extracomment>
        <translation>Frise chronologique, tâche sélectionnée</translation>
    </message>
    <message>
        <source>Member dialog, week grid</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys in the week grid of the member dialog, where a member&apos;s weekly hours are drawn</extracomment>
        <translation>Fenêtre du membre, grille de la semaine</translation>
    </message>
    <message>
        <source>Pan earlier / later</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to earlier or later times</extracomment>
        <translation>Défiler plus tôt / plus tard</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show less time, larger (a verb)</extracomment>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show more time, smaller (a verb)</extracomment>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: zoom in or out around the time under the mouse pointer</extracomment>
        <translation>Zoomer au pointeur</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Ctrl and turn the mouse wheel; name the key as keyboards in your language label it (German: Strg)</extracomment>
        <translation>Ctrl+Molette</translation>
    </message>
    <message>
        <source>Pan with the wheel</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll through time by turning the mouse wheel</extracomment>
        <translation>Défiler avec la molette</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and turn the mouse wheel; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Maj+Molette</translation>
    </message>
    <message>
        <source>Go to today</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to the current day</extracomment>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the next handoff in time and show it</extracomment>
        <translation>Passation suivante</translation>
    </message>
    <message>
        <source>Previous handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the previous handoff in time and show it</extracomment>
        <translation>Passation précédente</translation>
    </message>
    <message>
        <source>Previous / next row</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: move the keyboard focus to the row (region or member) above or below</extracomment>
        <translation>Ligne précédente / suivante</translation>
    </message>
    <message>
        <source>Expand or collapse the region; open the member</source>
        <translation>Déplier ou replier la région&#xa0;; ouvrir le membre</translation>
    </message>
    <message>
        <source>Show or hide the time cursor</source>
        <translation>Afficher ou masquer le curseur temporel</translation>
    </message>
    <message>
        <source>Move the time cursor 15 minutes</source>
        <translation>Déplacer le curseur temporel de 15 minutes</translation>
    </message>
    <message>
        <source>Drag a task or block in 1-minute steps</source>
        <translation>Glisser une tâche ou une plage par pas de 1 minute</translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and drag with the mouse; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Maj+Glisser</translation>
    </message>
    <message>
        <source>Drag a block: change only the day grabbed</source>
        <translation>Glisser une plage&#xa0;: ne modifier que le jour saisi</translation>
    </message>
    <message>
        <source>Alt+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Alt and drag with the mouse</extracomment>
        <translation>Alt+Glisser</translation>
    </message>
    <message>
        <source>Deselect the task; cancel a drag</source>
        <translation>Désélectionner la tâche&#xa0;; annuler un glissement</translation>
    </message>
    <message>
        <source>Move 15 minutes earlier / later</source>
        <translation>Déplacer de 15 minutes plus tôt / plus tard</translation>
    </message>
    <message>
        <source>Move 1 minute earlier / later</source>
        <translation>Déplacer de 1 minute plus tôt / plus tard</translation>
    </message>
    <message>
        <source>Move to the region above / below</source>
        <translation>Déplacer vers la région du dessus / du dessous</translation>
    </message>
    <message>
        <source>Place at a date and time…</source>
        <translation>Planifier à une date et une heure…</translation>
    </message>
    <message>
        <source>Back to the backlog</source>
        <extracomment>Keyboard Shortcuts dialog, selected task: unplace the task, so it goes back to the backlog of tasks with no start</extracomment>
        <translation>Retour au backlog</translation>
    </message>
    <message>
        <source>Select the previous / next range</source>
        <translation>Sélectionner la plage précédente / suivante</translation>
    </message>
    <message>
        <source>Move the range 15 minutes</source>
        <translation>Déplacer la plage de 15 minutes</translation>
    </message>
    <message>
        <source>Move the range 1 minute</source>
        <translation>Déplacer la plage de 1 minute</translation>
    </message>
    <message>
        <source>Shorten / lengthen the range 15 minutes (Shift: 1 minute)</source>
        <translation>Raccourcir / allonger la plage de 15 minutes (Maj&#xa0;: 1 minute)</translation>
    </message>
    <message>
        <source>Move the range to the previous / next day</source>
        <translation>Déplacer la plage au jour précédent / suivant</translation>
    </message>
    <message>
        <source>Remove the selected range or day</source>
        <translation>Retirer la plage ou le jour sélectionné</translation>
    </message>
    <message>
        <source>Remove that day of a range</source>
        <translation>Retirer ce jour d&apos;une plage</translation>
    </message>
    <message>
        <source>Right-click</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: click with the right mouse button</extracomment>
        <translation>Clic droit</translation>
    </message>
    <message>
        <source>Drag in 1-minute steps</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: drag a range or its edges in steps of one minute instead of 15</extracomment>
        <translation>Glisser par pas de 1 minute</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: stop a drag and put the range back as it was</extracomment>
        <translation>Annuler un glissement</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the Keyboard Shortcuts dialog (Help menu)</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <extracomment>Placeholder text of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Rechercher des actions et des touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <extracomment>Accessible name of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what a key or mouse gesture does</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <extracomment>Column header: the key or mouse gesture</extracomment>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between key bindings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>My week</source>
        <extracomment>Keyboard Shortcuts dialog: group heading for the keys of the My Week page</extracomment>
        <translation>Ma semaine</translation>
    </message>
    <message>
        <source>Previous / next block</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block</extracomment>
        <translation>Plage précédente / suivante</translation>
    </message>
    <message>
        <source>First block of the previous / next day</source>
        <translation>Première plage du jour précédent / suivant</translation>
    </message>
    <message>
        <source>First / last block of the week</source>
        <translation>Première / dernière plage de la semaine</translation>
    </message>
    <message>
        <source>Show the block&apos;s details</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: opens the details of the selected block</extracomment>
        <translation>Afficher le détail de la plage</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation>Écrivez une note pour la personne qui reprendra ceci&#xa0;: ce qui est fait, ce qui vient ensuite, ce qui bloque, des liens.</translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
        <translation>Sélectionnez une tâche dans le backlog ou sur la frise pour voir son parcours.</translation>
    </message>
    <message>
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
        <translation>Dans le backlog&#xa0;: faites-la glisser sur la ligne d&apos;une région de la frise, ou utilisez Planifier à…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A task&apos;s id and title as the panel&apos;s heading: &quot;T-1 · Release notes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of work · priority %2</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest)</extracomment>
        <translation>%1 de travail · priorité %2</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <extracomment>Task details: where the task is placed; %1 says the region and start time</extracomment>
        <translation>Commence dans %1</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Personne n&apos;est disponible pour la prendre à ce moment-là&#xa0;: première reprise %1 (attend %2)</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Dépasse son échéance de %1.</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Heading: the legs of a task from member to member across regions</extracomment>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Note on handoff %1</source>
        <extracomment>Accessible name of the note field for one handoff of the task; %1 is the handoff&apos;s number</extracomment>
        <translation>Note sur la passation %1</translation>
    </message>
    <message>
        <source>Done: 
Next: 
Blockers: 
Links: </source>
        <extracomment>Template for a new handoff note: keep the line breaks; translate the four headings</extracomment>
        <translation>Fait&#xa0;: 
Ensuite&#xa0;: 
Blocages&#xa0;: 
Liens&#xa0;: </translation>
    </message>
    <message>
        <source>%1 of work · priority %2 · deadline %3</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest), %3 its deadline&apos;s date and time</extracomment>
        <translation>%1 de travail · priorité %2 · échéance %3</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDialog</name>
    <message>
        <source>Enter a title: it is how the task shows on the timeline.</source>
        <translation>Saisissez un titre&#xa0;: c&apos;est ainsi que la tâche apparaît sur la frise.</translation>
    </message>
    <message>
        <source>Enter the effort in hours, e.g. 1.5 for 1 h 30 min.</source>
        <translation>Saisissez la charge en heures, par exemple 1,5 pour 1 h 30 min.</translation>
    </message>
    <message>
        <source>“%1” is not an effort Sunrelay can plan: enter at least %2 of work and at most %3 hours.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une charge que Sunrelay peut planifier&#xa0;: saisissez au moins %2 de travail et au plus %3 heures.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de Sunrelay. Choisissez-en un dans la liste ou saisissez un nom IANA comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Accessible name of the task dialog&apos;s title field</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>Title problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s title field when it is invalid</extracomment>
        <translation>Problème de titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form label in the task dialog: the task&apos;s title</extracomment>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <extracomment>Accessible name of the task dialog&apos;s effort field</extracomment>
        <translation>Charge en heures</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Placeholder in the effort field: the unit typed</extracomment>
        <translation>heures</translation>
    </message>
    <message>
        <source>Effort problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s effort field when it is invalid</extracomment>
        <translation>Problème de charge</translation>
    </message>
    <message>
        <source>&amp;Effort (hours):</source>
        <extracomment>Form label in the task dialog: the work the task takes, in hours</extracomment>
        <translation>&amp;Charge (heures)&#xa0;:</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Accessible name of the task dialog&apos;s priority field</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>1 is the highest: tasks are worked in priority order.</source>
        <translation>1 est la plus haute&#xa0;: les tâches sont traitées par ordre de priorité.</translation>
    </message>
    <message>
        <source>1 is the highest</source>
        <extracomment>Hint beside the task dialog&apos;s priority field: priority 1 comes first</extracomment>
        <translation>1 est la plus haute</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <extracomment>Form label in the task dialog: the task&apos;s priority</extracomment>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <extracomment>Check box used as a form label in the task dialog: the task has a deadline</extracomment>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline check box</extracomment>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline date field</extracomment>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Deadline time</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time field</extracomment>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <source>Deadline time zone</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time zone field</extracomment>
        <translation>Fuseau horaire de l&apos;échéance</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <extracomment>Accessible name of the note under the deadline saying what it is in other time zones</extracomment>
        <translation>Remarque sur l&apos;échéance</translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <extracomment>Accessible name of the message shown under the deadline fields when they are invalid</extracomment>
        <translation>Problème d&apos;échéance</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Accessible name of the task dialog&apos;s notes field</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Links, context, who to ask</source>
        <translation>Liens, contexte, à qui s&apos;adresser</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <extracomment>Form label in the task dialog: free-text notes on the task</extracomment>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Beside the effort field: the hours typed, written out; %1 is e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Title of the task dialog when adding a task; %1 is the task&apos;s id</extracomment>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <extracomment>Title of the task dialog when editing a task; %1 is the task&apos;s id</extracomment>
        <translation>Modifier la tâche %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TasksModel</name>
    <message>
        <source>not within the horizon</source>
        <extracomment>Backlog table, Finish column: the task does not finish within the days computed</extracomment>
        <translation>pas dans l&apos;horizon</translation>
    </message>
    <message>
        <source>%1 · late by %2</source>
        <extracomment>Backlog table, Finish column: when the task finishes, and by how much it misses its deadline: &quot;Tue 3 Nov 14:00 · late by 5 h&quot;</extracomment>
        <translation>%1 · en retard de %2</translation>
    </message>
    <message>
        <source>Misses its deadline, %1.</source>
        <extracomment>Backlog tooltip line for a late task; %1 is its deadline (date and time)</extracomment>
        <translation>Dépasse son échéance, %1.</translation>
    </message>
    <message>
        <source>Not finished by the end of the routing horizon, %1.</source>
        <translation>Non terminée à la fin de l&apos;horizon d&apos;acheminement, %1.</translation>
    </message>
    <message>
        <source>Alone in its starting region it would finish %1.</source>
        <translation>Seule dans sa région de départ, elle se terminerait le %1.</translation>
    </message>
    <message>
        <source>Times in %1, the reference zone</source>
        <translation>Heures&#xa0;: %1, le fuseau de référence</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the task&apos;s short id (&quot;T-1&quot;)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s title</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Effort</source>
        <extracomment>Column header: the task&apos;s work in hours</extracomment>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s priority (1 is highest)</extracomment>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s deadline</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>Column header: which region and when a task starts, or Backlog</extracomment>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Column header: when the task is done</extracomment>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TeamPanel</name>
    <message>
        <source>No member matches “%1”.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the filter matches nobody; %1 is the filter text</extracomment>
        <translation>Aucun membre ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the plan has no members</extracomment>
        <translation>Aucun membre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <extracomment>Heading of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>&amp;Régions</translation>
    </message>
    <message>
        <source>Regions</source>
        <extracomment>Accessible name of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Add region</source>
        <extracomment>Tooltip of a tool button in the Team panel: adds a region</extracomment>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Region colour…</source>
        <extracomment>Tooltip of a tool button in the Team panel: picks the selected region&apos;s colour</extracomment>
        <translation>Couleur de la région…</translation>
    </message>
    <message>
        <source>Move region up</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region up the list</extracomment>
        <translation>Monter la région</translation>
    </message>
    <message>
        <source>Move region down</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region down the list</extracomment>
        <translation>Descendre la région</translation>
    </message>
    <message>
        <source>Delete region</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected region</extracomment>
        <translation>Supprimer la région</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Accessible name of the Team panel&apos;s member table</extracomment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <extracomment>Heading of the Team panel&apos;s member table</extracomment>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Filter by name, region or zone</source>
        <translation>Nom, région ou fuseau</translation>
    </message>
    <message>
        <source>Filter members</source>
        <extracomment>Accessible name of the filter field above the Team panel&apos;s member table</extracomment>
        <translation>Filtrer les membres</translation>
    </message>
    <message>
        <source>Add member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the dialog that adds a member</extracomment>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Show member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: shows the selected member (plan opened read-only)</extracomment>
        <translation>Afficher le membre…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the selected member for editing</extracomment>
        <translation>Modifier le membre…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected member</extracomment>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Screen-reader name of a note above the members table</extracomment>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog for a region; %1 is the region&apos;s name</extracomment>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <extracomment>Button in the box asking whether to delete a region</extracomment>
        <translation>&amp;Supprimer la région</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation>
            <numerusform>%1 supprimé&#xa0;: %2 est retournée au backlog. Édition &gt; Annuler la remet en place.</numerusform>
            <numerusform>%1 supprimé&#xa0;: %2 sont retournées au backlog. Édition &gt; Annuler les remet en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
        <translation>Édition &gt; Annuler rétablit le membre.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>Default name of a newly added region; %1 is its number in the list</extracomment>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the message box that asks to add a region before adding a member</extracomment>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Add a region first: every member belongs to one.</source>
        <translation>Ajoutez d&apos;abord une région&#xa0;: chaque membre appartient à une région.</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Title of the member dialog for a read-only plan; %1 is the member&apos;s name</extracomment>
        <translation>%1 [lecture seule]</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two task ids</comment>
        <extracomment>A list of two task ids in a sentence, e.g. &quot;T-3 and T-7&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three task ids</comment>
        <extracomment>A list of three task ids in a sentence, e.g. &quot;T-3, T-7 and T-9&quot;</extracomment>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation>
            <numerusform>%1, %2 et %n autre</numerusform>
            <numerusform>%1, %2 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer %1 et son %n membre&#xa0;? Vous pourrez l&apos;annuler.</numerusform>
            <numerusform>Supprimer %1 et ses %n membres&#xa0;? Vous pourrez l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation>
            <numerusform>Supprimer %1 et son %n membre&#xa0;?</numerusform>
            <numerusform>Supprimer %1 et ses %n membres&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation>
            <numerusform>%1 sera déplanifiée. Vous pourrez l&apos;annuler.</numerusform>
            <numerusform>%1 seront déplanifiées. Vous pourrez l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation>
            <numerusform>%1 est le dernier membre de %2&#xa0;: %3 attendra que quelqu&apos;un couvre de nouveau %2.</numerusform>
            <numerusform>%1 est le dernier membre de %2&#xa0;: %3 attendront que quelqu&apos;un couvre de nouveau %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 travaille sur %2&#xa0;; son parcours sera recalculé.</numerusform>
            <numerusform>%1 travaille sur %2&#xa0;; leurs parcours seront recalculés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 travaille sur %2&#xa0;; elle sera confiée au reste de %3.</numerusform>
            <numerusform>%1 travaille sur %2&#xa0;; elles seront confiées au reste de %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message>
        <source>Times in %1</source>
        <extracomment>Timeline axis caption; %1 is the city of the zone the timeline is drawn in</extracomment>
        <translation>Heures&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–17:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>While dragging a block of hours: old value → new value</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 only</source>
        <extracomment>While dragging a block of hours with Alt: only this weekday changes; %1 is the weekday</extracomment>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5 %6</source>
        <extracomment>Tooltip while dragging a block: %1 &quot;Deep work&quot; or &quot;Working hours&quot;, %2 the days changed, %3 the hours before → after in the member&apos;s zone, %4 that zone&apos;s city; next line %5 the same in the timeline&apos;s zone, %6 its city</extracomment>
        <translation>%1, %2&#xa0;: %3 %4
%5 %6</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Label of a deep-work block being dragged, first in &quot;Deep work, Mon–Fri: …&quot;</extracomment>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Label of a working-hours block being dragged, first in &quot;Working hours, Mon–Fri: …&quot;</extracomment>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Hold Alt to change %1 only</source>
        <translation>Maintenez Alt pour ne modifier que %1</translation>
    </message>
    <message>
        <source>Release Alt to change %1</source>
        <translation>Relâchez Alt pour modifier %1</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 deep work</source>
        <translation>%1&#xa0;: déplacer la concentration du %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 working hours</source>
        <translation>%1&#xa0;: déplacer les heures de travail du %2</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 deep work</source>
        <translation>%1&#xa0;: redimensionner la concentration du %2</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 working hours</source>
        <translation>%1&#xa0;: redimensionner les heures de travail du %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s deep work (%2)</source>
        <translation>%1&#xa0;: déplacer la concentration (%2)</translation>
    </message>
    <message>
        <source>Move %1&apos;s working hours (%2)</source>
        <translation>%1&#xa0;: déplacer les heures de travail (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s deep work (%2)</source>
        <translation>%1&#xa0;: redimensionner la concentration (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s working hours (%2)</source>
        <translation>%1&#xa0;: redimensionner les heures de travail (%2)</translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
        <translation>Attend %1 dans un trou, jusqu&apos;à %2 %3&#xa0;: %4 est la première région à reprendre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day and a clock time: &quot;Tue 09:00&quot;
----------
A weekday and a clock time on the time cursor: &quot;Mon 09:00&quot;
----------
A task&apos;s id and title on its bar: &quot;T-1 Release notes&quot;
----------
A weekday and a clock time: &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Overlap of %1: %2 worked alongside %3 longest</source>
        <translation>Chevauchement de %1&#xa0;: %2 a travaillé le plus longtemps aux côtés de %3</translation>
    </message>
    <message>
        <source>No overlap: %1 starts as %2 stops</source>
        <translation>Pas de chevauchement&#xa0;: %1 commence quand %2 s&apos;arrête</translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
        <translation>Pas de créneau de synchro&#xa0;: passation asynchrone avec une note écrite</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A sync slot in one zone: &quot;13:00–13:15 Berlin&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>Handoff tooltip: the live meeting slot; %1 is its times in each region</extracomment>
        <translation>Créneau de synchro %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <extracomment>A time in a member&apos;s zone and in the reference zone: &quot;09:00 Berlin · 08:00 UTC&quot;</extracomment>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <extracomment>Handoff tooltip, first line: %1 the region handing off, %2 the region taking over, %3 the day: &quot;Handoff EMEA → AMER, Mon 2 Nov&quot;</extracomment>
        <translation>Passation %1 → %2, %3</translation>
    </message>
    <message>
        <source>Leaves %1: %2</source>
        <extracomment>Handoff tooltip: %1 is the region handing off, %2 the time it leaves in both zones</extracomment>
        <translation>Quitte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
        <translation>Reprise dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works then: it starts %2</source>
        <translation>Personne ne travaille dans %1 à ce moment-là&#xa0;: elle commence %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works in these days: it starts when someone does</source>
        <translation>Personne ne travaille dans %1 ces jours-là&#xa0;: elle commence dès que quelqu&apos;un travaille</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Timeline label at a late task&apos;s finish; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>Task tooltip, last line: the handoff that ends this part of the route; %1 describes it (&quot;EMEA → AMER at 17:00 …&quot;)</extracomment>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Task tooltip line: the handoff note; %1 is its text</extracomment>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Dépasse son échéance de %1.</translation>
    </message>
    <message>
        <source>%1
Placed in %2</source>
        <extracomment>Tooltip of a pinned task start; %1 is the task, %2 the region it is placed in</extracomment>
        <translation>%1
Planifiée dans %2</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Personne n&apos;est disponible pour la prendre à ce moment-là&#xa0;: première reprise %1 (attend %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <extracomment>Time cursor, on a region&apos;s row: the tasks waiting in the region at that moment, held by no member; %1 lists their ids (&quot;T-12, T-14&quot;)</extracomment>
        <translation>
            <numerusform>%1 attend</numerusform>
            <numerusform>%1 attendent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member&apos;s local time and the tasks waiting: &quot;Mon 09:00 · T-1, T-2 waits&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Separate %1 from %2</source>
        <extracomment>Timeline context menu on a block of hours shared by several days; %1 is the weekday clicked, %2 the other days</extracomment>
        <translation>Séparer %1 de %2</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 deep work</source>
        <translation>%1&#xa0;: séparer la concentration du %2</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 working hours</source>
        <translation>%1&#xa0;: séparer les heures de travail du %2</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <extracomment>Timeline context menu: opens the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>Modifier %1…</translation>
    </message>
    <message>
        <source>No handoff in the next two weeks</source>
        <translation>Aucune passation dans les deux prochaines semaines</translation>
    </message>
    <message>
        <source>No handoff in the last two weeks</source>
        <translation>Aucune passation dans les deux dernières semaines</translation>
    </message>
    <message>
        <source>Gap: nobody covers for %1
%2 – %3</source>
        <translation>Trou&#xa0;: personne n&apos;assure la couverture pendant %1
%2 – %3</translation>
    </message>
    <message>
        <source>%1 covers %2 – %3</source>
        <extracomment>Timeline tooltip on a region&apos;s row: %1 the region, %2 and %3 the start and end of the stretch someone there works: &quot;EMEA covers Mon 07:00 – Mon 17:00&quot;</extracomment>
        <translation>%1 couvre %2 – %3</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation>Passage à l&apos;heure d&apos;été (%1) le %2&#xa0;: %3 → %4 %5</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation>Passage à l&apos;heure d&apos;hiver (%1) le %2&#xa0;: %3 → %4 %5</translation>
    </message>
    <message>
        <source>%1: deep work, protected
%2 – %3
%4 – %5
Handoffs, sync slots and meetings must stay out of it.</source>
        <translation>%1&#xa0;: concentration, protégée
%2 – %3
%4 – %5
Les passations, créneaux de synchro et réunions doivent rester en dehors.</translation>
    </message>
    <message>
        <source>%1: comms window
%2 – %3</source>
        <extracomment>Screen-reader text of a comms window on the timeline: %1 the member, %2 and %3 its start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1&#xa0;: créneau de communication
%2 – %3</translation>
    </message>
    <message>
        <source>%1: working hours
%2 – %3</source>
        <extracomment>Screen-reader text of working hours on the timeline: %1 the member, %2 and %3 their start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1&#xa0;: heures de travail
%2 – %3</translation>
    </message>
    <message>
        <source>%1: time off</source>
        <extracomment>Timeline tooltip; %1 is a member&apos;s name</extracomment>
        <translation>%1&#xa0;: absence</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>A member, their local time and zone id: &quot;Ana, 09:00 (America/Sao_Paulo)&quot;</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>World timeline</source>
        <extracomment>Accessible name of the timeline (every region&apos;s and member&apos;s hours across time zones)</extracomment>
        <translation>Frise chronologique mondiale</translation>
    </message>
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation>Régions et membres au fil du temps, avec les tâches planifiées. Les flèches font défiler, plus et moins zooment, Haut et Bas choisissent une ligne, Entrée l&apos;ouvre, ] et [ montrent la passation suivante et précédente, C épingle le curseur temporel (Maj+Gauche et Droite le déplacent). Sur une tâche sélectionnée&#xa0;: Ctrl+Gauche et Droite la déplacent de 15 minutes (avec Maj, d&apos;une minute), Ctrl+Haut et Bas vers une autre région, P la planifie à une heure, Suppr la déplanifie. Échap annule un glissement.</translation>
    </message>
    <message>
        <source>Member row; Enter opens the member</source>
        <extracomment>Screen readers, a member&apos;s row on the timeline.</extracomment>
        <translation>Ligne de membre&#xa0;; Entrée ouvre le membre</translation>
    </message>
    <message>
        <source>Region row, open; Enter folds it</source>
        <extracomment>Screen readers, a region&apos;s row on the timeline, its members shown.</extracomment>
        <translation>Ligne de région, dépliée&#xa0;; Entrée la replie</translation>
    </message>
    <message>
        <source>Region row, folded; Enter opens it</source>
        <translation>Ligne de région, repliée&#xa0;; Entrée la déplie</translation>
    </message>
    <message>
        <source>Give %1 its own deep work so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a deep-work block; %1 is the weekday clicked</extracomment>
        <translation>Donner au %1 son propre créneau de concentration, pour qu&apos;un glissement ne modifie que ce jour (ou glisser en maintenant Alt)</translation>
    </message>
    <message>
        <source>Give %1 its own working hours so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a working-hours block; %1 is the weekday clicked</extracomment>
        <translation>Donner au %1 ses propres heures de travail, pour qu&apos;un glissement ne modifie que ce jour (ou glisser en maintenant Alt)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WeekEditor</name>
    <message>
        <source>h:mm AM/PM</source>
        <extracomment>Placeholder of a time field in the 12-hour clock: hours, minutes and AM or PM, as your language writes them</extracomment>
        <translation>h:mm AM/PM</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field in the 24-hour clock: two-digit hours and minutes</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column header: the weekdays a range is on</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Column header: the clock time a range starts</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: the clock time a range ends</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Column header: how long a range lasts</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <extracomment>Week grid table: an end time on the next day; %1 is the clock time</extracomment>
        <translation>%1 (lendemain)</translation>
    </message>
    <message>
        <source>Local start time, such as %1 or %2</source>
        <translation>Heure locale de début, par exemple %1 ou %2</translation>
    </message>
    <message>
        <source>Local end time, such as 5:30 PM or 17:30; 12:00 AM is midnight at the end of the day, and an end at or before the start runs into the next day</source>
        <translation>Heure locale de fin, par exemple 5:30 PM ou 17:30&#xa0;; 12:00 AM est le minuit de fin de journée, et une fin égale ou antérieure au début déborde sur le lendemain</translation>
    </message>
    <message>
        <source>Local end time, such as 17:30 or 5:30 PM; 24:00 is midnight, and an end at or before the start runs into the next day</source>
        <translation>Heure locale de fin, par exemple 17:30 ou 5:30 PM&#xa0;; 24:00 est le minuit de fin de journée, et une fin égale ou antérieure au début déborde sur le lendemain</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Accessible name of the week grid in the member dialog (a member&apos;s weekly hours)</extracomment>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation>Faites glisser sur un jour pour ajouter une plage, faites glisser ses bords pour la redimensionner, glissez au-delà de minuit pour déborder sur le lendemain. Clic droit ou Suppr pour retirer. Maintenez Maj pour des pas de 1 minute.</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <extracomment>Button under the member dialog&apos;s week grid: adds a time range to the layer shown</extracomment>
        <translation>&amp;Ajouter une plage</translation>
    </message>
    <message>
        <source>&amp;Remove range</source>
        <extracomment>Button under the member dialog&apos;s week grid: removes the selected time range</extracomment>
        <translation>&amp;Retirer la plage</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <extracomment>Member dialog, week grid: button to edit the layer of working hours</extracomment>
        <translation>&amp;Heures de travail</translation>
    </message>
    <message>
        <source>&amp;Deep work</source>
        <extracomment>Member dialog, week grid: button to edit the layer of protected, meeting-free focus time</extracomment>
        <translation>&amp;Concentration</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Member dialog, week grid: button to edit the layer of fixed windows for messages and calls</extracomment>
        <translation>Créneaux de comm&amp;unication</translation>
    </message>
    <message>
        <source>Edit the hours this person works</source>
        <translation>Modifier les heures de travail de cette personne</translation>
    </message>
    <message>
        <source>Edit protected deep-work blocks: no meetings, handoffs or comms inside</source>
        <translation>Modifier les plages de concentration protégées&#xa0;: ni réunions, ni passations, ni communication à l&apos;intérieur</translation>
    </message>
    <message>
        <source>Edit the fixed windows for messages and calls</source>
        <translation>Modifier les créneaux fixes pour les messages et les appels</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>Member dialog, week grid: an edit was refused; %1 says why</extracomment>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3 the next day</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end on the next day (&quot;Mon–Fri 22:00 to 02:00 the next day&quot;)</extracomment>
        <translation>%1 %2 à %3 le lendemain</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end (&quot;Mon–Fri 09:00 to 17:00&quot;)</extracomment>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A layer of the week and its ranges: &quot;Deep work: Mon 09:00–12:00; Tue 09:00–12:00&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen-reader text: a layer of the week with no ranges, as in &quot;Deep work: none&quot;</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left and Right changes its end, Alt with Up and Down moves it to another day, Delete removes it; hold Shift for 1-minute steps.</source>
        <translation>%1. Modification&#xa0;: %2. Haut et Bas sélectionnent une plage, Gauche et Droite la déplacent, Ctrl avec Gauche et Droite change sa fin, Alt avec Haut et Bas la déplace sur un autre jour, Suppr la retire&#xa0;; maintenez Maj pour des pas de 1 minute.</translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <extracomment>Accessible name of the table of time ranges; %1 is the layer, e.g. &quot;Working hours&quot;</extracomment>
        <translation>Plages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
        <translation>Protégé&#xa0;: ni réunions, ni passations, ni créneaux de communication.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: working hours</extracomment>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: protected focus time</extracomment>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: fixed times for messages and calls</extracomment>
        <translation>Créneau de communication</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A whole number of hours, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A number of minutes under an hour, e.g. &quot;45 min&quot;</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;3 h 15 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 (%5)</source>
        <extracomment>A range of the week: layer, day, start–end (duration): &quot;Deep work, Mon 09:00–12:00 (3 h)&quot;</extracomment>
        <translation>%1, %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 %5 (%6)</source>
        <extracomment>A range of the week that ends on the next day: layer, day, start–next day, end (duration): &quot;Working hours, Fri 22:00–Sat 02:00 (4 h)&quot;</extracomment>
        <translation>%1, %2 %3–%4 %5 (%6)</translation>
    </message>
    <message>
        <source>No days</source>
        <extracomment>A list of weekdays that is empty</extracomment>
        <translation>Aucun jour</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type hours and minutes, such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure. Saisissez des heures et des minutes, par exemple %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to 59, such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas sur l&apos;horloge de 12 heures&#xa0;: utilisez les heures 1 à 12 et les minutes 00 à 59, par exemple %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure valide&#xa0;: utilisez 00:00 à 23:59, ou 24:00 pour une fin à minuit.</translation>
    </message>
    <message>
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
        <translation>Une plage ne peut pas commencer à «&#xa0;%1&#xa0;», le minuit qui termine la journée. Faites-la plutôt commencer à %2 le lendemain.</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <extracomment>Placeholder: the weekdays a range is on, Monday to Friday; write your short day names</extracomment>
        <translation>lun–ven</translation>
    </message>
    <message>
        <source>Days the range starts on, such as Mon–Fri or Sat, Sun</source>
        <translation>Jours où la plage commence, par exemple lun–ven ou sam, dim</translation>
    </message>
    <message>
        <source>“%1” is not a span of days. Write a span as two days, such as Mon–Fri.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une suite de jours. Écrivez une suite sous la forme de deux jours, par exemple lun–ven.</translation>
    </message>
    <message>
        <source>“%1” is not a day. Use day names such as Mon or Tue, or a span such as Mon–Fri.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour. Utilisez des noms de jours comme lun ou mar, ou une suite comme lun–ven.</translation>
    </message>
    <message>
        <source>Choose at least one day, such as Mon or Mon–Fri.</source>
        <translation>Choisissez au moins un jour, par exemple lun ou lun–ven.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sunrelay</source>
        <extracomment>Heading of the page shown when no plan is open</extracomment>
        <translation>Bienvenue dans Sunrelay</translation>
    </message>
    <message>
        <source>Plan work that follows the sun: see where each handoff falls, where nobody covers, and keep everyone&apos;s deep work protected.</source>
        <translation>Planifiez un travail qui suit le soleil&#xa0;: voyez où tombe chaque passation, où personne n&apos;assure la couverture, et protégez la concentration de chacun.</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <extracomment>Welcome page button: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>Ouvrir le plan de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <extracomment>Welcome page button: creates a new, empty plan file</extracomment>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <extracomment>Welcome page button: opens an existing plan file</extracomment>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <extracomment>Welcome page: heading of the list of recently opened plans</extracomment>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <extracomment>Accessible name of the Welcome page&apos;s list of recently opened plans</extracomment>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>recent plan: file name — folder</comment>
        <extracomment>Welcome page, recent plan: %1 is the file name, %2 its folder</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent plans yet</source>
        <extracomment>Welcome page: shown in the recent plans list when it is empty</extracomment>
        <translation>Aucun plan récent pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ZonePicker</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Countries of a zone and the tz database&apos;s note on it (in English): &quot;Germany, Denmark (most of Germany)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <extracomment>Tooltip line of a time zone in the zone picker; %1 lists its other IANA names</extracomment>
        <translation>Également appelé %1</translation>
    </message>
    <message>
        <source>No time zone matches the search.</source>
        <translation>Aucun fuseau horaire ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No time zone matches the search; the zone stays %1.</source>
        <translation>Aucun fuseau horaire ne correspond à la recherche&#xa0;; le fuseau reste %1.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it.</source>
        <translation>Appuyez sur Entrée ou cliquez dessus pour le choisir.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it instead of %1.</source>
        <translation>Appuyez sur Entrée ou cliquez dessus pour le choisir à la place de %1.</translation>
    </message>
    <message>
        <source>%1: %2, not chosen yet</source>
        <comment>zone id, day, clock (zone)</comment>
        <translation>%1&#xa0;: %2, pas encore choisi</translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation>Aucun fuseau horaire choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire.</translation>
    </message>
    <message>
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation>Heure locale %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>local time: day, clock</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>abbreviation, UTC offset</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time, zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>City</source>
        <extracomment>Column header: the zone&apos;s main city</extracomment>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header: the country (in the reader&apos;s language)</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column header: the IANA time zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Fuseau</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column header: the zone&apos;s offset from UTC now (&quot;UTC+01:00&quot;)</extracomment>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s list of matching time zones</extracomment>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>City, country, zone or UTC offset</source>
        <translation>Ville, pays, fuseau ou décalage UTC</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s search field</extracomment>
        <translation>Rechercher des fuseaux horaires</translation>
    </message>
    <message>
        <source>Selected time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s text on the chosen zone (local time, UTC offset)</extracomment>
        <translation>Fuseau horaire sélectionné</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s field when read-only</extracomment>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <comment>sign, hours, minutes</comment>
        <extracomment>A UTC offset, e.g. &quot;UTC+05:30&quot;: %1 is the sign, %2 the hours, %3 the minutes</extracomment>
        <translation>UTC%1%2:%3</translation>
    </message>
    <message>
        <source>No clock changes ahead</source>
        <extracomment>Zone picker: the chosen zone has no daylight saving changes to come</extracomment>
        <translation>Aucun changement d&apos;heure à venir</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2, %3 → %4</source>
        <translation>Passage à l&apos;heure d&apos;été (%1) le %2, %3 → %4</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2, %3 → %4</source>
        <translation>Passage à l&apos;heure d&apos;hiver (%1) le %2, %3 → %4</translation>
    </message>
</context>
</TS>
