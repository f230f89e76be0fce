<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CalDav</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an HTTP method (PUT, REPORT), %2 a URL</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the password would travel in clear text. Use https://, or allow plain http explicitly.</source>
        <translation>%1 ist nicht verschlüsselt (http://): Das Passwort würde im Klartext übertragen. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes http ausdrücklich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address</source>
        <translation>„%1“ ist keine http://- oder https://-Serveradresse</translation>
    </message>
    <message>
        <source>could not reach the server (%1): %2</source>
        <translation>Server nicht erreichbar (%1): %2</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>der Server hat nicht rechtzeitig geantwortet (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401, %1)</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt (401, %1)</translation>
    </message>
    <message>
        <source>this account may not change calendar %1 on the server (403, %2)</source>
        <translation>dieses Konto darf den Kalender %1 auf dem Server nicht ändern (403, %2)</translation>
    </message>
    <message>
        <source>not found on the server (404, %1)</source>
        <translation>auf dem Server nicht gefunden (404, %1)</translation>
    </message>
    <message>
        <source>event %1 in calendar %2 was changed on the server by someone else since Sunrelay read it; it was not overwritten (publish again to replace it with the plan&apos;s version)</source>
        <translation>Termin %1 im Kalender %2 wurde auf dem Server von jemand anderem geändert, seit Sunrelay ihn gelesen hat; er wurde nicht überschrieben (veröffentlichen Sie erneut, um ihn durch die Version des Plans zu ersetzen)</translation>
    </message>
    <message>
        <source>the server failed (%1, %2); publish again to complete</source>
        <translation>Serverfehler (%1, %2); veröffentlichen Sie erneut, um den Vorgang abzuschließen</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>unerwartete Antwort %1 auf %2</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 is larger than %2 bytes; it was not read</source>
        <translation>die Antwort des Servers auf %1 ist größer als %2 Byte; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 cannot be read: %2</source>
        <translation>die Antwort des Servers auf %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a publish to a CalDAV server ended: the user cancelled it</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a calendar map file; %1 is its line number</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected KEY = URL, e.g. member:anna = %1</source>
        <translation>KEY = URL erwartet, z.&#xa0;B. member:anna = %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar key (member:ID, region:ID or handoffs)</source>
        <translation>„%1“ ist kein Kalenderschlüssel (member:ID, region:ID oder handoffs)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a URL</source>
        <translation>%1: „%2“ ist keine URL</translation>
    </message>
    <message>
        <source>%1: %2 is not on the server %3 (the password is sent to that server only)</source>
        <translation>%1: %2 liegt nicht auf dem Server %3 (das Passwort wird nur an diesen Server gesendet)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <extracomment>The calendar of every handoff in the plan, in the calendar map (Publish &gt; Use Existing Calendars)</extracomment>
        <translation>Alle Übergaben</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>A region&apos;s calendar in the calendar map; %1 is the region</extracomment>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>%1 is mapped twice</source>
        <extracomment>A problem in a calendar map file: %1 is a calendar key (&quot;member:anna&quot;) given on two lines</extracomment>
        <translation>%1 ist doppelt zugeordnet</translation>
    </message>
    <message>
        <source>%1: %2 is already mapped to another calendar key; two keys in one calendar would delete each other&apos;s events</source>
        <translation>%1: %2 ist bereits einem anderen Kalenderschlüssel zugeordnet; zwei Schlüssel in einem Kalender würden gegenseitig ihre Termine löschen</translation>
    </message>
    <message>
        <source>the plan has no member &quot;%1&quot;</source>
        <translation>der Plan hat kein Mitglied „%1“</translation>
    </message>
    <message>
        <source>the plan has no region &quot;%1&quot;</source>
        <translation>der Plan hat keine Region „%1“</translation>
    </message>
    <message>
        <source>the server refused to create calendar %1 (%2; %3, %4). Create it on the server yourself, or map %2 to an existing calendar: a line &quot;%2 = URL&quot; in the file given to sunrelay-cli publish --calendars (--list-calendars lists yours), or Use Existing Calendars… in the Publish dialog.</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 HTTP status, %4 request</extracomment>
        <translation>der Server hat das Anlegen des Kalenders %1 abgelehnt (%2; %3, %4). Legen Sie ihn selbst auf dem Server an oder ordnen Sie %2 einem vorhandenen Kalender zu: mit einer Zeile „%2 = URL“ in der Datei, die Sie sunrelay-cli publish --calendars übergeben (--list-calendars listet Ihre Kalender auf), oder mit „Vorhandene Kalender verwenden …“ im Dialog „Auf einem Kalenderserver veröffentlichen“.</translation>
    </message>
    <message>
        <source>calendar %1 (%2) is mapped to %3, which is not a calendar on the server; Sunrelay does not create mapped calendars: correct the mapping or create the calendar</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 URL</extracomment>
        <translation>der Kalender %1 (%2) ist %3 zugeordnet, das kein Kalender auf dem Server ist; Sunrelay legt zugeordnete Kalender nicht an: Korrigieren Sie die Zuordnung oder legen Sie den Kalender an</translation>
    </message>
    <message>
        <source>%1: %2 holds no events (%3), so the plan&apos;s events cannot go there</source>
        <extracomment>A problem in a calendar map: %1 is a calendar key (&quot;member:anna&quot;), %2 the URL of a calendar on the server that holds only other components, %3 those components (&quot;VTODO&quot;)</extracomment>
        <translation>%1: %2 enthält keine Termine (%3), daher können die Termine des Plans nicht dorthin</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>Error on an iCalendar file; %1 is the file&apos;s name, %2 why it cannot be read</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A calendar file and why it cannot be imported: &quot;team.ics: unknown time zone&quot;
----------
A calendar file and why it cannot be imported: &quot;holidays.ics: unknown time zone&quot;
----------
Where in a calendar file, and what is wrong there: &quot;line 12: a value cannot be read&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this is not iCalendar text</source>
        <translation>Dies ist kein iCalendar-Text</translation>
    </message>
    <message>
        <source>there is no calendar (VCALENDAR) in the file</source>
        <translation>Die Datei enthält keinen Kalender (VCALENDAR)</translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation>Ein Wert kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <extracomment>What is wrong in an iCalendar file: a TZID the tz database does not know</extracomment>
        <translation>unbekannte Zeitzone</translation>
    </message>
    <message>
        <source>too many events</source>
        <extracomment>What is wrong in an iCalendar file: it holds more events than Sunrelay reads</extracomment>
        <translation>zu viele Termine</translation>
    </message>
    <message>
        <source>recurring events repeat too often in the range</source>
        <translation>Wiederkehrende Termine wiederholen sich im Zeitraum zu oft</translation>
    </message>
    <message>
        <source>no such member or region in the plan</source>
        <translation>kein solches Mitglied und keine solche Region im Plan</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 2037</source>
        <translation>Die Daten müssen zwischen 1970 und 2037 liegen</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is a line number</extracomment>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is the event&apos;s UID</extracomment>
        <translation>Termin „%1“</translation>
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
    <message>
        <source>the file, or a line in it, is too large</source>
        <translation>Die Datei oder eine Zeile darin ist zu groß</translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Error after an export; %1 is the file, %2 why it cannot be written</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Coverage, gaps, overlaps and handoffs for the dates DATE..DATE.</source>
        <translation>Abdeckung, Lücken, Überlappungen und Übergaben für die Tage DATE..DATE.</translation>
    </message>
    <message>
        <source>How each placed task travels region to region, and what that gains.</source>
        <translation>Wie jede eingeplante Aufgabe von Region zu Region wandert und was das bringt.</translation>
    </message>
    <message>
        <source>Where the plan breaks its maker-schedule rules.</source>
        <translation>Wo der Plan seine Regeln für Fokuszeit verletzt.</translation>
    </message>
    <message>
        <source>Validate a plan file.</source>
        <extracomment>sunrelay-cli --help: summary of the check command</extracomment>
        <translation>Eine Plandatei prüfen.</translation>
    </message>
    <message>
        <source>Make a plan from a member roster kept in a spreadsheet.</source>
        <translation>Einen Plan aus einer Mitgliederliste in einer Tabelle erstellen.</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after its name.
  -v, --version  Show the version.

Exit status: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation>
Optionen:
  -h, --help     Diese Hilfe anzeigen, oder die Hilfe eines Befehls nach seinem Namen.
  -v, --version  Die Version anzeigen.

Rückgabewert: 0 in Ordnung, 1 fehlerhafte Eingabe, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli %1

%2
</source>
        <extracomment>sunrelay-cli --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Aufruf: sunrelay-cli %1

%2
</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>%n Argument erwartet</numerusform>
            <numerusform>%n Argumente erwartet</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli %1: %2
Usage: sunrelay-cli %3
</source>
        <extracomment>sunrelay-cli usage error: %1 is the command, %2 the problem, %3 the command&apos;s synopsis</extracomment>
        <translation>sunrelay-cli %1: %2
Aufruf: sunrelay-cli %3
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file (or input) at fault, %2 the problem with it</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli --help: the --from option, the first day of the range</extracomment>
        <translation>Erster UTC-Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Letzter UTC-Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <source>Show times in this IANA zone (default: the system zone).</source>
        <translation>Zeiten in dieser IANA-Zeitzone anzeigen (Vorgabe: die Zeitzone des Systems).</translation>
    </message>
    <message>
        <source>Print JSON as documented in the README.</source>
        <translation>JSON wie in der README beschrieben ausgeben.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a time zone name given on the command line</extracomment>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from und --to sind beide erforderlich</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <extracomment>sunrelay-cli error: the --to date is earlier than the --from date (option names stay in English)</extracomment>
        <translation>--to liegt vor --from</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli --help: the PLAN argument</extracomment>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>%1: ok: &quot;%2&quot;, %3 regions, %4 members, %5 tasks (%6 placed)
</source>
        <translation>%1: in Ordnung: „%2“, %3 Regionen, %4 Mitglieder, %5 Aufgaben (%6 eingeplant)
</translation>
    </message>
    <message>
        <source>The plan&apos;s name (default: the roster&apos;s file name).</source>
        <translation>Der Name des Plans (Vorgabe: der Dateiname der Mitgliederliste).</translation>
    </message>
    <message>
        <source>The roster CSV file.</source>
        <extracomment>sunrelay-cli --help: the ROSTER argument of the import command</extracomment>
        <translation>Die CSV-Datei mit der Mitgliederliste.</translation>
    </message>
    <message>
        <source>-o PLAN.json is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o PLAN.json ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <extracomment>sunrelay-cli after a roster import: %1 is the plan file written, %2 and %3 counts</extracomment>
        <translation>%1: %2 Mitglieder in %3 Regionen
</translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
        <extracomment>sunrelay-cli error: %1 is the command typed, not one sunrelay-cli knows</extracomment>
        <translation>sunrelay-cli: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>Make a plan file from plan interchange JSON.</source>
        <translation>Eine Plandatei aus Plan-Austausch-JSON erstellen.</translation>
    </message>
    <message>
        <source>Write a plan file as plan interchange JSON.</source>
        <translation>Eine Plandatei als Plan-Austausch-JSON schreiben.</translation>
    </message>
    <message>
        <source>Import a member&apos;s own calendar as busy time (replaces the member&apos;s earlier import).</source>
        <translation>Den eigenen Kalender eines Mitglieds als belegte Zeit importieren (ersetzt den vorigen Import des Mitglieds).</translation>
    </message>
    <message>
        <source>Import a region&apos;s public holidays as time off for its members.</source>
        <translation>Die gesetzlichen Feiertage einer Region als Abwesenheit ihrer Mitglieder importieren.</translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli COMMAND [OPTIONS]

Plans follow-the-sun work for teams across time zones.
PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC dates).

Commands:
</source>
        <translation>Aufruf: sunrelay-cli COMMAND [OPTIONS]

Plant Follow-the-Sun-Arbeit für Teams über Zeitzonen hinweg.
PLAN ist eine Plandatei (.sunrelay) oder Plan-Austausch-JSON; DATE ist JJJJ-MM-TT (UTC-Tage).

Befehle:
</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <extracomment>sunrelay-cli --help: the -o/--output option</extracomment>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: Daten nach 2037 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --member option</extracomment>
        <translation>Die ID des Mitglieds.</translation>
    </message>
    <message>
        <source>The region&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --region option</extracomment>
        <translation>Die ID der Region.</translation>
    </message>
    <message>
        <source>Export the whole plan.</source>
        <extracomment>sunrelay-cli --help: the --all option of calendar export</extracomment>
        <translation>Den ganzen Plan exportieren.</translation>
    </message>
    <message>
        <source>give exactly one of --member ID, --region ID and --all</source>
        <translation>Geben Sie genau eines von --member ID, --region ID und --all an</translation>
    </message>
    <message>
        <source>-o FILE.ics is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>-o FILE.ics ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2 events
</source>
        <extracomment>sunrelay-cli after a calendar export: %1 is the file written, %2 the number of events in it</extracomment>
        <translation>%1: %2 Termine
</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files only, not in plan JSON; make one with: sunrelay-cli import %1 -o PLAN.sunrelay</source>
        <translation>Importierte Kalender werden nur in Plandateien gespeichert, nicht in Plan-JSON; erstellen Sie eine mit: sunrelay-cli import %1 -o PLAN.sunrelay</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Ganztägige Termine als belegt zählen.</translation>
    </message>
    <message>
        <source>The calendar file.</source>
        <extracomment>sunrelay-cli --help: the iCalendar file argument</extracomment>
        <translation>Die Kalenderdatei.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli error: the --member option is missing (option stays in English)</extracomment>
        <translation>--member ID ist erforderlich</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a member id not found in the plan</extracomment>
        <translation>kein Mitglied „%1“</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after a busy-time import: %1 plan file, %2 count, %3 member&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %2 belegte Zeiten für %3 aus %4
</translation>
    </message>
    <message>
        <source>--region ID is required</source>
        <extracomment>sunrelay-cli error: the --region option is missing (option stays in English)</extracomment>
        <translation>--region ID ist erforderlich</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a region id not found in the plan</extracomment>
        <translation>keine Region „%1“</translation>
    </message>
    <message>
        <source>%1: %2 holidays for %3 from %4
</source>
        <extracomment>sunrelay-cli after a holiday import: %1 plan file, %2 count, %3 region&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %2 Feiertage für %3 aus %4
</translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <extracomment>sunrelay-cli --help: the input plan argument of a conversion command</extracomment>
        <translation>Der zu lesende Plan.</translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing; %1 is the output&apos;s placeholder, e.g. PLAN.sunrelay</extracomment>
        <translation>-o %1 ist erforderlich</translation>
    </message>
    <message>
        <source>standard output</source>
        <extracomment>sunrelay-cli: names the console output in an error line, &quot;standard output: ...&quot;</extracomment>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>the text stream failed</source>
        <extracomment>sunrelay-cli error: writing the JSON output to the terminal or a pipe failed</extracomment>
        <translation>Der Textstrom ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <extracomment>sunrelay-cli error: writing the JSON output failed; %1 is the system&apos;s reason</extracomment>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>Export handoffs, deep-work blocks, comms windows and task segments as an iCalendar file.</source>
        <translation>Übergaben, Fokusblöcke, Kommunikationsfenster und Aufgabenabschnitte als iCalendar-Datei exportieren.</translation>
    </message>
    <message>
        <source>unknown --include item &quot;%1&quot; (use handoffs, deepwork, comms, tasks, separated by commas)</source>
        <translation>unbekanntes --include-Element „%1“ (verwenden Sie handoffs, deepwork, comms, tasks, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>What to export, separated by commas: handoffs, deepwork, comms, tasks (default: handoffs,deepwork,comms).</source>
        <translation>Was exportiert wird, durch Kommas getrennt: handoffs, deepwork, comms, tasks (Vorgabe: handoffs,deepwork,comms).</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a report covers at most %4 days (about three years): ask for a shorter window</source>
        <translation>%1 bis %2 sind %3 Tage; ein Bericht umfasst höchstens %4 Tage (etwa drei Jahre): Wählen Sie einen kürzeren Zeitraum</translation>
    </message>
    <message>
        <source>warning: not read as an earlier export (%1); every event is new (SEQUENCE 0)</source>
        <translation>Warnung: nicht als früherer Export gelesen (%1); jeder Termin ist neu (SEQUENCE 0)</translation>
    </message>
    <message>
        <source>sunrelay-cli: out of memory
</source>
        <extracomment>Printed when sunrelay-cli runs out of memory and stops</extracomment>
        <translation>sunrelay-cli: Nicht genügend Speicher
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1
</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: Interner Fehler: %1
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: Interner Fehler: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error</source>
        <extracomment>Printed when sunrelay-cli stops on a bug with no message</extracomment>
        <translation>sunrelay-cli: Interner Fehler</translation>
    </message>
    <message>
        <source>Wrote %1 (members: %2, tasks: %3)
</source>
        <extracomment>After writing a plan file: its path and how many members and tasks it holds</extracomment>
        <translation>%1 geschrieben (Mitglieder: %2, Aufgaben: %3)
</translation>
    </message>
    <message>
        <source>Publish members&apos;, regions&apos; and handoff calendars to a CalDAV server, changing only what changed.</source>
        <translation>Die Kalender der Mitglieder, Regionen und Übergaben auf einem CalDAV-Server veröffentlichen und dabei nur Geändertes übertragen.</translation>
    </message>
    <message>
        <source>Git&apos;s merge driver for plan JSON: merge THEIRS into OURS by region, member and task (exit 1: conflicts marked in OURS).</source>
        <translation>Git-Merge-Treiber für Plan-JSON: THEIRS nach Region, Mitglied und Aufgabe in OURS zusammenführen (Exit-Code 1: Konflikte in OURS markiert).</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check: %1); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the problem SQLite&apos;s integrity check reports, in English</extracomment>
        <translation>Die Datei ist beschädigt (Integritätsprüfung von SQLite: %1); die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem(s)); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the first problem SQLite&apos;s integrity check reports, in English; %n how many more it found</extracomment>
        <translation>
            <numerusform>Die Datei ist beschädigt (Integritätsprüfung von SQLite: %1 und %n weiteres Problem); die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her</numerusform>
            <numerusform>Die Datei ist beschädigt (Integritätsprüfung von SQLite: %1 und %n weitere Probleme); die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The sync slot falls inside %1&apos;s deep-work block.</source>
        <translation>Der Sync-Slot liegt im Fokusblock von %1.</translation>
    </message>
    <message>
        <source>A handoff is picked up during %1&apos;s deep-work block, and nobody else on the receiving side is free then.</source>
        <translation>Eine Übergabe wird während des Fokusblocks von %1 übernommen, und sonst ist auf der empfangenden Seite dann niemand frei.</translation>
    </message>
    <message>
        <source>%1 has no deep-work block of at least %2 on this workday.</source>
        <translation>%1 hat an diesem Arbeitstag keinen Fokusblock von mindestens %2.</translation>
    </message>
    <message>
        <source>%1&apos;s comms window cuts %2 into a deep-work block.</source>
        <translation>Das Kommunikationsfenster von %1 schneidet %2 aus einem Fokusblock.</translation>
    </message>
    <message>
        <source>%1 has %2 of deep work outside working hours.</source>
        <translation>%1 hat %2 Fokuszeit außerhalb der Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>%1 lang deckt niemand ab (die Grenze ist %2).</translation>
    </message>
    <message>
        <source>A meeting from %1&apos;s calendar cuts %2 into a deep-work block.</source>
        <translation>Ein Termin aus dem Kalender von %1 schneidet %2 aus einem Fokusblock.</translation>
    </message>
</context>
<context>
    <name>ExportPlanSource</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>%1: that is a folder, not a plan file or plan JSON</source>
        <translation>%1: Das ist ein Ordner, keine Plandatei und kein Plan-JSON</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>nothing</source>
        <extracomment>Stands for an empty file name in messages</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a regular file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>eine normale Datei</translation>
    </message>
    <message>
        <source>a directory</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a named pipe</extracomment>
        <translation>eine FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a device such as /dev/null</extracomment>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a disk device</extracomment>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a network socket</extracomment>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: any other special file</extracomment>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A file size in mebibytes, e.g. &quot;12.5 MiB&quot;</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <extracomment>Why a file cannot be used, after its name: &quot;plan.json: cannot open the file&quot;</extracomment>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>ist keine normale Datei (%1)</translation>
    </message>
    <message>
        <source>the file is too large (%1, more than the limit of %2)</source>
        <translation>Die Datei ist zu groß (%1, mehr als die Grenze von %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1; the file was not changed</source>
        <translation>Die Datei kann nicht geschrieben werden: %1; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>is also an input of this command; name another output file (nothing was written)</source>
        <translation>ist auch eine Eingabe dieses Befehls; nennen Sie eine andere Ausgabedatei (es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>a file already exists there; it was not changed</source>
        <translation>Dort gibt es bereits eine Datei; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist; name the file itself</source>
        <translation>ist eine symbolische Verknüpfung auf eine Datei, die nicht existiert; nennen Sie die Datei selbst</translation>
    </message>
    <message>
        <source>cannot use the file</source>
        <extracomment>Why a file cannot be used, after its name, when no better reason is known</extracomment>
        <translation>Die Datei kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>tz database</source>
        <extracomment>In Help &gt; About and --version: the IANA time zone database, then its version (&quot;2024a&quot;).</extracomment>
        <translation>tz-Datenbank</translation>
    </message>
</context>
<context>
    <name>MergeDriver</name>
    <message>
        <source>%1: changed differently on both sides: %2</source>
        <extracomment>%1 names a region, member or task, %2 lists its fields (&quot;zone, work&quot;)</extracomment>
        <translation>%1: auf beiden Seiten unterschiedlich geändert: %2</translation>
    </message>
    <message>
        <source>%1: deleted in ours, changed in theirs</source>
        <translation>%1: in unserer Version gelöscht, in ihrer geändert</translation>
    </message>
    <message>
        <source>%1: changed in ours, deleted in theirs</source>
        <translation>%1: in unserer Version geändert, in ihrer gelöscht</translation>
    </message>
    <message>
        <source>%1: added on both sides with different contents</source>
        <translation>%1: auf beiden Seiten mit unterschiedlichem Inhalt hinzugefügt</translation>
    </message>
    <message>
        <source>%1: reordered differently on both sides; ours&apos; order is kept</source>
        <extracomment>%1 is &quot;regions&quot;, &quot;members&quot; or &quot;tasks&quot;, as the JSON key</extracomment>
        <translation>%1: auf beiden Seiten unterschiedlich umsortiert; die Reihenfolge unserer Version bleibt erhalten</translation>
    </message>
    <message>
        <source>the merged plan is not valid: %1</source>
        <translation>der zusammengeführte Plan ist ungültig: %1</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>the common ancestor in a three-way merge (Git&apos;s %O)</extracomment>
        <translation>Basisversion</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>Git merge driver: our side of a merge conflict (as in git&apos;s &quot;ours&quot;)</extracomment>
        <translation>unsere Version</translation>
    </message>
    <message>
        <source>theirs</source>
        <extracomment>Git merge driver: their side of a merge conflict (as in git&apos;s &quot;theirs&quot;)</extracomment>
        <translation>ihre Version</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>Git merge driver error line: %1 is a file, %2 why it cannot be read</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1 (%2): %3; nothing merged
</source>
        <extracomment>%1 is the file, %2 &quot;base&quot;, &quot;ours&quot; or &quot;theirs&quot;, %3 what is wrong in it</extracomment>
        <translation>%1 (%2): %3; nichts zusammengeführt
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>Git merge driver: a conflict it could not resolve; %1 describes it</extracomment>
        <translation>Konflikt: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</source>
        <translation>
            <numerusform>%n Konflikt zu lösen: Behalten Sie eine Version jedes Blocks zwischen &lt;&lt;&lt;&lt;&lt;&lt;&lt; und &gt;&gt;&gt;&gt;&gt;&gt;&gt;, löschen Sie die Markierungszeilen und prüfen Sie die Datei dann mit sunrelay-cli check</numerusform>
            <numerusform>%n Konflikte zu lösen: Behalten Sie eine Version jedes Blocks zwischen &lt;&lt;&lt;&lt;&lt;&lt;&lt; und &gt;&gt;&gt;&gt;&gt;&gt;&gt;, löschen Sie die Markierungszeilen und prüfen Sie die Datei dann mit sunrelay-cli check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message>
        <source>Working hours %1</source>
        <extracomment>My Week: description of a working-hours block; %1 is its time span, e.g. &quot;09:00–17:00&quot;</extracomment>
        <translation>Arbeitszeit %1</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>My Week: label of a block of protected, meeting-free focus time</extracomment>
        <translation>Fokuszeit</translation>
    </message>
    <message>
        <source>Protected deep work %1 (%2)</source>
        <translation>Geschützte Fokuszeit %1 (%2)</translation>
    </message>
    <message>
        <source>Comms</source>
        <extracomment>Short for comms window: a fixed time for messages and calls</extracomment>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Comms window %1</source>
        <extracomment>My Week: description of a comms window block; %1 is its time span, e.g. &quot;09:00–10:00&quot;</extracomment>
        <translation>Kommunikationsfenster %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>My Week: label of a day the member is off (holiday, leave)</extracomment>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Time off (%1 to %2)</source>
        <translation>Abwesenheit (%1 bis %2)</translation>
    </message>
    <message>
        <source>%1: public holiday in %2</source>
        <translation>%1: Feiertag in %2</translation>
    </message>
    <message>
        <source>%1 %2 (busy, from your calendar)</source>
        <translation>%1 %2 (belegt, aus Ihrem Kalender)</translation>
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
        <translation>Übergabe %1 → %2</translation>
    </message>
    <message>
        <source>You pass on at %1; %2 picks up %3</source>
        <translation>Sie übergeben um %1; %2 übernimmt %3</translation>
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
        <translation>Sie übernehmen um %1; %2 hört %3 auf</translation>
    </message>
    <message>
        <source>Waits %1 in a gap</source>
        <translation>Wartet %1 in einer Lücke</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>My Week: the handoff&apos;s live sync meeting; %1 is its time span</extracomment>
        <translation>Sync-Slot %1</translation>
    </message>
    <message>
        <source>Sync slot %1 here · %2</source>
        <translation>Sync-Slot %1 hier · %2</translation>
    </message>
    <message>
        <source>Async only: a written note</source>
        <translation>Nur asynchron: eine schriftliche Notiz</translation>
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
        <translation>%1 — %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>No workdays this week</source>
        <extracomment>My Week: summary when the member has no workdays in the week shown</extracomment>
        <translation>Keine Arbeitstage in dieser Woche</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation>
            <numerusform>%1 von %n Tag geschützt</numerusform>
            <numerusform>%1 von %n Tagen geschützt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 has no deep-work block of %3</source>
        <translation>%1; %2 hat keinen Fokusblock von %3</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 meeting</source>
        <translation>Der Block am %1 wird von einem Termin um %2 unterbrochen</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 comms window</source>
        <translation>Der Block am %1 wird vom Kommunikationsfenster um %2 unterbrochen</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 sync slot</source>
        <translation>Der Block am %1 wird vom Sync-Slot um %2 unterbrochen</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 handoff pickup</source>
        <translation>Der Block am %1 wird von einer Übergabe um %2 unterbrochen</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>The maker-score verdict and what cuts into deep work, one after the other</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The sync slot falls inside your deep-work block.</source>
        <translation>Der Sync-Slot liegt in Ihrem Fokusblock.</translation>
    </message>
    <message>
        <source>A handoff is picked up during your deep-work block, and nobody else on your side is free then.</source>
        <translation>Eine Übergabe wird während Ihres Fokusblocks übernommen, und sonst ist auf Ihrer Seite dann niemand frei.</translation>
    </message>
    <message>
        <source>No deep-work block of at least %1 on this workday.</source>
        <translation>Kein Fokusblock von mindestens %1 an diesem Arbeitstag.</translation>
    </message>
    <message>
        <source>A comms window cuts %1 into a deep-work block.</source>
        <translation>Ein Kommunikationsfenster schneidet %1 aus einem Fokusblock.</translation>
    </message>
    <message>
        <source>%1 of deep work outside working hours.</source>
        <translation>%1 Fokuszeit außerhalb der Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>%1 lang deckt niemand ab (die Grenze ist %2).</translation>
    </message>
    <message>
        <source>A meeting from your calendar cuts %1 into a deep-work block.</source>
        <translation>Ein Termin aus Ihrem Kalender schneidet %1 aus einem Fokusblock.</translation>
    </message>
    <message>
        <source>%1 h day</source>
        <extracomment>My Week: the length of a day with a clock change, in whole hours, e.g. &quot;25 h day&quot;</extracomment>
        <translation>Tag mit %1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min day</source>
        <translation>Tag mit %1 h %2 min</translation>
    </message>
    <message>
        <source>longest %1</source>
        <extracomment>My Week day details: the longest stretch of work; %1 is a duration, e.g. &quot;5 h&quot;</extracomment>
        <translation>längster Block %1</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <extracomment>The file name endings Export Picture accepts, in a sentence</extracomment>
        <translation>.png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation>%1: unbekannter Bildtyp „%2“; verwenden Sie %3</translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation>%1 kann nicht geschrieben werden: Es gibt keinen Ordner %2</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild mit %2 × %3 px konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>PublishCli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2</source>
        <extracomment>sunrelay-cli publish --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Aufruf: sunrelay-cli %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>%n Argument erwartet</numerusform>
            <numerusform>%n Argumente erwartet</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli: %1
Usage: sunrelay-cli %2
</source>
        <translation>sunrelay-cli: %1
Aufruf: sunrelay-cli %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <extracomment>sunrelay-cli error line: %1 is the file or server at fault, %2 the problem</extracomment>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <extracomment>sunrelay-cli publish --help: the --user option</extracomment>
        <translation>Der Benutzername des Kontos.</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>Eine Datei, deren erste Zeile das Passwort ist.</translation>
    </message>
    <message>
        <source>Allow a plain http:// server other than this computer (the password travels unencrypted).</source>
        <translation>Einen unverschlüsselten http://-Server außer diesem Computer erlauben (das Passwort wird unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli publish --help: the --from option, the first day of the range</extracomment>
        <translation>Erster UTC-Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Letzter UTC-Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <source>the first line (the password) is empty</source>
        <translation>die erste Zeile (das Passwort) ist leer</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>sunrelay-cli error: %1 is the name of a required option that is missing</extracomment>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>--from und --to sind beide erforderlich</translation>
    </message>
    <message>
        <source>--from..--to must run forwards and span at most three years</source>
        <translation>--from..--to muss chronologisch aufsteigend sein und darf höchstens drei Jahre umfassen</translation>
    </message>
    <message>
        <source>give at most one of --member ID, --region ID and --all</source>
        <translation>geben Sie höchstens eine der Optionen --member ID, --region ID und --all an</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 conflict(s)
</source>
        <extracomment>One calendar&apos;s line of a publish summary</extracomment>
        <translation>%1: %2 erstellt, %3 aktualisiert, %4 gelöscht, %5 unverändert, %6 Konflikt(e)
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 says which event changed on the server meanwhile</extracomment>
        <translation>Konflikt: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 is the server&apos;s or network&apos;s error on one calendar</extracomment>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>requests: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</source>
        <translation>Anfragen: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s URL.</source>
        <extracomment>sunrelay-cli publish --help: the --server option</extracomment>
        <translation>Die URL des CalDAV-Servers.</translation>
    </message>
    <message>
        <source>Publish this member&apos;s calendar.</source>
        <extracomment>sunrelay-cli publish --help: the --member option</extracomment>
        <translation>Den Kalender dieses Mitglieds veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish this region&apos;s calendar and its members&apos;.</source>
        <translation>Den Kalender dieser Region und die ihrer Mitglieder veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish every member&apos;s and region&apos;s calendar and all handoffs (the default).</source>
        <translation>Die Kalender aller Mitglieder und Regionen und alle Übergaben veröffentlichen (Standard).</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli publish --help: the PLAN argument</extracomment>
        <translation>Die Plandatei.</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli import-busy --help: the --member option, the id of the member whose busy time is imported (e.g. &quot;anna&quot;)</extracomment>
        <translation>Die ID des Mitglieds.</translation>
    </message>
    <message>
        <source>The URL of the member&apos;s own calendar on a CalDAV server.</source>
        <translation>Die URL des eigenen Kalenders des Mitglieds auf einem CalDAV-Server.</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Ganztägige Termine als belegt zählen.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli import-busy error: the --member option is missing (option and ID stay in English)</extracomment>
        <translation>--member ID ist erforderlich</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files (.sunrelay) only, not in plan JSON</source>
        <translation>importierte Kalender werden nur in Plandateien (.sunrelay) gespeichert, nicht in Plan-JSON</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli import-busy error: %1 is the --member id the plan has no member for</extracomment>
        <translation>kein Mitglied „%1“</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after reading busy times: %1 plan, %2 count, %3 member, %4 calendar URL</extracomment>
        <translation>%1: %2 belegte Zeiten für %3 aus %4
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date up to 2037 (YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum bis 2037 (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <extracomment>sunrelay-cli publish --help: the -h/--help option, which prints this command&apos;s help</extracomment>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>any components</source>
        <extracomment>--list-calendars: the server does not say which components a calendar holds</extracomment>
        <translation>beliebige Komponenten</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s). Map one in a --calendars file with a line such as: member:ID = URL
</source>
        <extracomment>--list-calendars: the last line</extracomment>
        <translation>
            <numerusform>%n Kalender. Ordnen Sie einen in einer --calendars-Datei mit einer Zeile wie dieser zu: member:ID = URL
</numerusform>
            <numerusform>%n Kalender. Ordnen Sie einen in einer --calendars-Datei mit einer Zeile wie dieser zu: member:ID = URL
</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish into the existing calendars this file maps (lines KEY = URL, KEY member:ID, region:ID or handoffs) instead of creating them.</source>
        <translation>In die vorhandenen Kalender veröffentlichen, die diese Datei zuordnet (Zeilen KEY = URL, KEY member:ID, region:ID oder handoffs), statt sie anzulegen.</translation>
    </message>
    <message>
        <source>List the account&apos;s calendars on the server, and publish nothing.</source>
        <translation>Die Kalender des Kontos auf dem Server auflisten und nichts veröffentlichen.</translation>
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
        <translation>%1	&quot;%2&quot;	%3 (enthält keine Termine: kann nicht zugeordnet werden)
</translation>
    </message>
    <message numerus="yes">
        <source>expected at most %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got more arguments than it takes</extracomment>
        <translation>
            <numerusform>höchstens %n Argument erwartet</numerusform>
            <numerusform>höchstens %n Argumente erwartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Replace File</source>
        <extracomment>Title of the box asking whether to overwrite an existing file</extracomment>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1 · %2 · times in %3
</source>
        <extracomment>CLI schedule report, first line: %1 plan name, %2 the dates covered, %3 the IANA zone of the times</extracomment>
        <translation>%1 · %2 · Zeiten in %3
</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Heading of the report&apos;s coverage table (how much of the window each region works)</extracomment>
        <translation>Abdeckung</translation>
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
        <translation>Übergaben (%1)</translation>
    </message>
    <message>
        <source>At (%1)</source>
        <extracomment>CLI report, handoffs table, column header: when the handoff happens; %1 is the IANA zone of the times, e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>Zeitpunkt (%1)</translation>
    </message>
    <message>
        <source>From → to</source>
        <extracomment>Column header: the region that hands off → the region that picks up</extracomment>
        <translation>Von → an</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: whether a handoff is an overlap or a gap handoff</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>Column header: the handoff&apos;s time on the clock of a sending member, with the zone: &quot;17:30 CET Europe/Berlin&quot;</extracomment>
        <translation>Ortszeit des Absenders</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>Column header: the pickup&apos;s time on the clock of a receiving member, with the zone: &quot;12:30 EDT America/New_York&quot;</extracomment>
        <translation>Ortszeit des Empfängers</translation>
    </message>
    <message>
        <source>Overlap / wait</source>
        <extracomment>Column header: how long both regions worked together (overlap handoff) or how long the work waited (gap handoff)</extracomment>
        <translation>Überlappung / Wartezeit</translation>
    </message>
    <message>
        <source>Sync slot</source>
        <extracomment>Column header: the handoff&apos;s sync slot, a short window for a live call between both sides</extracomment>
        <translation>Sync-Slot</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>CLI report, handoffs table, Kind column: an overlap handoff, the receiver already works when the sender stops (noun)</extracomment>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>gap</source>
        <extracomment>CLI report, handoffs table, Kind column: a gap handoff, nobody works when the sender stops (noun, as in &quot;gap handoff&quot;)</extracomment>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>%1 overlap</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long both regions worked together, e.g. &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 Überlappung</translation>
    </message>
    <message>
        <source>%1 wait</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long the work waited for the receiver, e.g. &quot;11 h&quot;</extracomment>
        <translation>%1 Wartezeit</translation>
    </message>
    <message>
        <source>none (async)</source>
        <extracomment>CLI report, Sync slot column: an overlap handoff with no sync slot; the work is passed on in writing only (asynchronously)</extracomment>
        <translation>keiner (asynchron)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of coverage gaps</extracomment>
        <translation>Lücken (%1)</translation>
    </message>
    <message>
        <source>%1  %2  (priority %3, %4)</source>
        <extracomment>CLI route report, task heading: %1 task id, %2 title, %3 priority, %4 effort, e.g. &quot;6 h&quot;</extracomment>
        <translation>%1  %2  (Priorität %3, %4)</translation>
    </message>
    <message>
        <source>not finished within the horizon</source>
        <translation>nicht innerhalb des Horizonts fertig</translation>
    </message>
    <message>
        <source>(%1 sooner than one region alone)</source>
        <translation>(%1 früher als eine Region allein)</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Row label: when a task is done (date and time)</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>One region alone</source>
        <extracomment>CLI route report, row heading: how long the task would take in one region without handoffs</extracomment>
        <translation>Eine Region allein</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation>
            <numerusform>%1 · %n eingeplante Aufgabe · Zeiten in %2
</numerusform>
            <numerusform>%1 · %n eingeplante Aufgaben · Zeiten in %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>CLI route report, row heading: when the task is planned to start</extracomment>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <source>not picked up within the horizon</source>
        <translation>nicht innerhalb des Horizonts übernommen</translation>
    </message>
    <message>
        <source>after a wait of %1</source>
        <translation>nach einer Wartezeit von %1</translation>
    </message>
    <message>
        <source>First pickup</source>
        <extracomment>CLI route report, row heading: when the next region first picks the task up</extracomment>
        <translation>Erste Übernahme</translation>
    </message>
    <message>
        <source>not within a year of the start</source>
        <translation>nicht innerhalb eines Jahres nach dem Start</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation>
            <numerusform>%1 · %n eingeplante Aufgabe, davon %2 an diesen Tagen · Zeiten in %3
</numerusform>
            <numerusform>%1 · %n eingeplante Aufgaben, davon %2 an diesen Tagen · Zeiten in %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation>(früher: zuerst bediente Aufgaben belegten benötigte Mitglieder)</translation>
    </message>
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
        <extracomment>A task&apos;s handoff in the text report: %1 its number along the route, %2 the date and time, %3 the region handing off, %4 the one taking over</extracomment>
        <translation>Übergabe %1: %2, %3 → %4</translation>
    </message>
    <message>
        <source>%1 · conflicts: %2 · times in %3
</source>
        <extracomment>Heading of the conflicts report: plan name, number of conflicts, the zone of the times</extracomment>
        <translation>%1 · Konflikte: %2 · Zeiten in %3
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
        <translation>%1 hört um %2 (%3) auf</translation>
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
        <translation>Sync-Slot %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Async only: no time both sides can meet; leave a written note</source>
        <translation>Nur asynchron: Keine Zeit, zu der sich beide Seiten treffen können; hinterlassen Sie eine schriftliche Notiz</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A task and a note on its handoff: &quot;T-1 Release notes — waits 2 h&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Passes on:</source>
        <extracomment>Task route: heading of the list of handoffs the task passes through</extracomment>
        <translation>Übergibt:</translation>
    </message>
    <message>
        <source>Not finished by %1, the end of the routing horizon.</source>
        <translation>Nicht fertig bis %1, dem Ende des Planungshorizonts.</translation>
    </message>
    <message>
        <source>Finishes %1; %2 alone would not finish within a year.</source>
        <translation>Fertig am %1; %2 allein würde nicht innerhalb eines Jahres fertig.</translation>
    </message>
    <message>
        <source>Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).</source>
        <translation>Fertig am %1: Follow-the-Sun ist %2 früher fertig als %3 allein (%4).</translation>
    </message>
    <message>
        <source>Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first held members this one needed.</source>
        <translation>Fertig am %1. %2 allein wäre %3 früher fertig (%4): Zuerst bediente Aufgaben belegten Mitglieder, die diese hier brauchte.</translation>
    </message>
    <message>
        <source>Finishes %1, as %2 alone would.</source>
        <translation>Fertig am %1, wie mit %2 allein.</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6</source>
        <extracomment>Task route: %1 stops at %2 (clock time) in %3 (city); %4 picks up at %5 (a clock time, or a day and a clock time) in %6 (city): &quot;Ana stops 17:00 Berlin; Raj picks up 21:30 Bengaluru&quot;</extracomment>
        <translation>%1 hört um %2 (%3) auf; %4 übernimmt um %5 (%6)</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6 (waits %7)</source>
        <extracomment>Task route: as &quot;%1 stops %2 %3; %4 picks up %5 %6&quot;, when the task waits in between; %7 is how long it waits (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1 hört um %2 (%3) auf; %4 übernimmt um %5 (%6) (wartet %7)</translation>
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
        <translation>%1 nach %2 um %3 verschieben</translation>
    </message>
    <message>
        <source>Place %1 in %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>%1 in %2 um %3 einplanen</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the task starts at %4.</source>
        <extracomment>The task&apos;s start typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the start moves to.</extracomment>
        <translation>%1 gibt es am %2 in %3 nicht: Die Aufgabe beginnt um %4.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the deadline is at %4.</source>
        <extracomment>The deadline typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the deadline moves to.</extracomment>
        <translation>%1 gibt es am %2 in %3 nicht: Die Frist endet um %4.</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the task starts at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The task&apos;s start typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%1 gibt es am %2 in %3 zweimal: Die Aufgabe beginnt beim ersten Mal, um %4 %5 (%6 UTC).</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the deadline is at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The deadline typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>%1 gibt es am %2 in %3 zweimal: Die Frist endet beim ersten Mal, um %4 %5 (%6 UTC).</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in whole days: &quot;3 d&quot;</extracomment>
        <translation>%1 d</translation>
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
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation>Die Weltzeitleiste, exportiert von Sunrelay: Regionen, Mitglieder, Übergaben und eingeplante Aufgaben.</translation>
    </message>
    <message>
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <extracomment>Title of an exported picture: %1 plan name, %2 first date, %3 last date, %4 IANA zone</extracomment>
        <translation>Sunrelay — %1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation>Die Breite %1 px liegt außerhalb von %2–%3 px</translation>
    </message>
</context>
<context>
    <name>ViewExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-view; %1 is the problem</extracomment>
        <translation>sunrelay: %1</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: Daten nach 2037 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>--export-view needs a file name ending in %1</source>
        <translation>--export-view braucht einen Dateinamen, der auf %1 endet</translation>
    </message>
    <message>
        <source>--export-view %1: unknown picture type; the name must end in %2</source>
        <translation>--export-view %1: unbekannter Bildtyp; der Name muss auf %2 enden</translation>
    </message>
    <message>
        <source>--export-view %1: there is no folder %2</source>
        <translation>--export-view %1: Es gibt keinen Ordner %2</translation>
    </message>
    <message>
        <source>--export-view %1: that is a folder</source>
        <translation>--export-view %1: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>--export-view needs the plan to draw (a .sunrelay file or plan JSON)</source>
        <translation>--export-view braucht den zu zeichnenden Plan (eine .sunrelay-Datei oder Plan-JSON)</translation>
    </message>
    <message>
        <source>--export-view needs --from and --to (YYYY-MM-DD)</source>
        <translation>--export-view braucht --from und --to (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <source>--zone: unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation>--zone: unbekannte Zeitzone „%1“ (ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>--from %1 --to %2: %3 days in %4; a picture shows at most 4 weeks</source>
        <translation>--from %1 --to %2: %3 Tage in %4; ein Bild zeigt höchstens 4 Wochen</translation>
    </message>
    <message>
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation>--width: „%1“ ist keine ganze Zahl von Pixeln</translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation>--width: %1 px liegt außerhalb von %2–%3 px</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why a working copy of it cannot be made</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
        <translation>Für %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Write a picture of the plan&apos;s timeline to FILE (.png, .svg or .pdf) and quit, showing no window. Needs --from, --to and the plan.</source>
        <translation>Ein Bild der Zeitleiste des Plans in FILE (.png, .svg oder .pdf) schreiben und beenden, ohne ein Fenster zu zeigen. Braucht --from, --to und den Plan.</translation>
    </message>
    <message>
        <source>With --export-view: the first day shown, from 00:00 in --zone.</source>
        <translation>Mit --export-view: der erste angezeigte Tag, ab 00:00 in --zone.</translation>
    </message>
    <message>
        <source>With --export-view: the last day shown, to its end (inclusive).</source>
        <translation>Mit --export-view: der letzte angezeigte Tag, bis zu seinem Ende (einschließlich).</translation>
    </message>
    <message>
        <source>With --export-view: the IANA time zone of the axis and of the dates (default UTC).</source>
        <translation>Mit --export-view: die IANA-Zeitzone der Achse und der Daten (Vorgabe UTC).</translation>
    </message>
    <message>
        <source>With --export-view: the picture&apos;s width in pixels, %1 to %2 (default %3); its height fits all rows.</source>
        <translation>Mit --export-view: die Breite des Bildes in Pixeln, %1 bis %2 (Vorgabe %3); die Höhe passt sich allen Zeilen an.</translation>
    </message>
    <message>
        <source>--%1 goes with --export-view</source>
        <extracomment>Command-line error: option --%1 is only allowed with --export-view (option names stay in English)</extracomment>
        <translation>--%1 gehört zu --export-view</translation>
    </message>
    <message numerus="yes">
        <source>--export-view draws one plan, not %n: %1</source>
        <extracomment>%n is how many plans were named (2 or more), %1 the plans</extracomment>
        <translation>
            <numerusform>--export-view zeichnet einen Plan, nicht %n: %1</numerusform>
            <numerusform>--export-view zeichnet einen Plan, nicht %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <extracomment>Error printed by sunrelay --export-week; %1 is the problem</extracomment>
        <translation>sunrelay: %1</translation>
    </message>
    <message>
        <source>--export-week needs a member id</source>
        <translation>--export-week braucht eine Mitglieds-ID</translation>
    </message>
    <message>
        <source>--export-week needs --week DATE (YYYY-MM-DD)</source>
        <translation>--export-week braucht --week DATE (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--week: dates after 2037 are not supported</source>
        <translation>--week: Daten nach 2037 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1</source>
        <translation>--export-week braucht das zu schreibende Bild und den Plan (FILE.png|svg|pdf PLAN); erhalten: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>Stands for no arguments at all in &quot;--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1&quot;</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: unknown picture type; the name must end in %2</source>
        <translation>%1: unbekannter Bildtyp; der Name muss auf %2 enden</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1: Es gibt keinen Ordner %2</translation>
    </message>
    <message>
        <source>%1: that is a folder</source>
        <translation>%1: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <extracomment>The first few member ids of a plan, then how many members it has in all: &quot;anna, raj, mei, … (40 in all)&quot;</extracomment>
        <translation>%1, … (insgesamt %2)</translation>
    </message>
    <message>
        <source>--export-week: %1 has no members</source>
        <translation>--export-week: %1 hat keine Mitglieder</translation>
    </message>
    <message>
        <source>--export-week: no member &quot;%1&quot; in %2; its members are %3</source>
        <translation>--export-week: Kein Mitglied „%1“ in %2; seine Mitglieder sind %3</translation>
    </message>
    <message>
        <source>Write MEMBER&apos;s week (My Week) to a picture and quit, showing no window: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</source>
        <translation>Die Woche von MEMBER (Meine Woche) als Bild schreiben und beenden, ohne ein Fenster zu zeigen: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</translation>
    </message>
    <message>
        <source>With --export-week: a date (YYYY-MM-DD) of the week to show, in the member&apos;s own time zone.</source>
        <translation>Mit --export-week: ein Datum (JJJJ-MM-TT) der anzuzeigenden Woche, in der eigenen Zeitzone des Mitglieds.</translation>
    </message>
    <message>
        <source>--export-week and --export-view: one picture at a time</source>
        <translation>--export-week und --export-view: jeweils nur ein Bild</translation>
    </message>
    <message>
        <source>--week goes with --export-week</source>
        <extracomment>Command-line error: --week is only allowed with --export-week (option names stay in English)</extracomment>
        <translation>--week gehört zu --export-week</translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <source>One member&apos;s week exported by Sunrelay, in their own local time.</source>
        <translation>Die Woche eines Mitglieds, exportiert von Sunrelay, in seiner eigenen Ortszeit.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Plant Arbeit, die der Sonne über die Zeitzonen folgt.</translation>
    </message>
    <message>
        <source>A plan file or plan JSON to open.</source>
        <translation>Eine Plandatei oder Plan-JSON zum Öffnen.</translation>
    </message>
    <message>
        <source>sunrelay: out of memory</source>
        <extracomment>Printed on the terminal when Sunrelay runs out of memory and stops</extracomment>
        <translation>sunrelay: Nicht genügend Speicher</translation>
    </message>
    <message>
        <source>sunrelay: internal error: %1</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay: Interner Fehler: %1</translation>
    </message>
    <message>
        <source>sunrelay: internal error</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug with no message</extracomment>
        <translation>sunrelay: Interner Fehler</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::AboutDialog</name>
    <message>
        <source>About Sunrelay</source>
        <extracomment>Title of the About dialog (Help menu)</extracomment>
        <translation>Über Sunrelay</translation>
    </message>
    <message>
        <source>Sunrelay %1</source>
        <extracomment>The heading of Help &gt; About; %1 is the version (&quot;0.1.0&quot;).</extracomment>
        <translation>Sunrelay %1</translation>
    </message>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Plant Arbeit, die der Sonne über die Zeitzonen folgt.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <extracomment>Help &gt; About: the accessible name of the homepage link.</extracomment>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Help &gt; About, the list of libraries: &quot;Qt:&quot;, &quot;SQLite:&quot;, &quot;tz database:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>About dialog button: copies the versions of Sunrelay and its libraries to the clipboard</extracomment>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Built with</source>
        <extracomment>Help &gt; About: above the list of library versions.</extracomment>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, &quot;MIT&quot; (also its name).</extracomment>
        <translation>Freie Software unter der %1-Lizenz.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::BacklogPanel</name>
    <message>
        <source>No tasks yet. Add one with Add task…</source>
        <translation>Noch keine Aufgaben. Fügen Sie eine mit „Aufgabe hinzufügen …“ hinzu.</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Keine Aufgabe passt zum Filter.</translation>
    </message>
    <message>
        <source>Filter by title, ID or notes</source>
        <translation>Nach Titel, ID oder Notizen filtern</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <extracomment>Accessible name of the filter field above the Backlog panel&apos;s task table</extracomment>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Screen-reader name of the filter: which tasks the list shows</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All tasks</source>
        <extracomment>Backlog panel, status choice: show every task, placed or not</extracomment>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Filter: tasks not on the timeline yet</extracomment>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Placed</source>
        <extracomment>Filter: tasks placed on the timeline</extracomment>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>Filter: tasks that finish after their deadline</extracomment>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Late: placed tasks that finish after their deadline</source>
        <translation>Verspätet: eingeplante Aufgaben, die nach ihrer Frist fertig werden</translation>
    </message>
    <message>
        <source>Add task…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: opens the dialog that adds a task</extracomment>
        <translation>Aufgabe hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: edits the selected task</extracomment>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Context menu: delete the chosen task</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Place at…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: places the selected task on the timeline</extracomment>
        <translation>Einplanen um …</translation>
    </message>
    <message>
        <source>Unplace</source>
        <extracomment>Button: take the task off the timeline, back into the backlog</extracomment>
        <translation>Ausplanen</translation>
    </message>
    <message>
        <source>Back to the backlog: the task loses its start and region</source>
        <translation>Zurück ins Backlog: Die Aufgabe verliert ihren Start und ihre Region</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the Backlog panel&apos;s task table</extracomment>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarExportDialog</name>
    <message>
        <source>&amp;Handoffs</source>
        <extracomment>Export Calendar dialog, Include check box: the handoff events</extracomment>
        <translation>Ü&amp;bergaben</translation>
    </message>
    <message>
        <source>&amp;Deep-work blocks</source>
        <extracomment>Export Calendar dialog, Include check box: members&apos; protected deep-work (focus) blocks</extracomment>
        <translation>&amp;Fokusblöcke</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Export Calendar dialog, Include check box: fixed times for messages and calls</extracomment>
        <translation>&amp;Kommunikationsfenster</translation>
    </message>
    <message>
        <source>&amp;Task segments</source>
        <extracomment>Export Calendar dialog, Include check box: the parts of tasks worked in each region</extracomment>
        <translation>&amp;Aufgabenabschnitte</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <extracomment>Title of the file dialog behind the Export Calendar dialog&apos;s File field</extracomment>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <extracomment>File type filter of the Export Calendar dialog&apos;s file dialog; keep &quot;(*.ics)&quot;</extracomment>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <extracomment>Title of the Export Calendar dialog (File &gt; Export Calendar…, My week&apos;s export button)</extracomment>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <extracomment>Export choice: the calendar of the whole plan (every region and member)</extracomment>
        <translation>Ganzer Plan</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Export choice: the calendar of a whole region (not one member)</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Export choice: the calendar of one member</extracomment>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Export Calendar dialog&apos;s list of which region or member to export</extracomment>
        <translation>Region oder Mitglied</translation>
    </message>
    <message>
        <source>One event per handoff of the scope&apos;s regions, with the tasks passed and their notes.</source>
        <translation>Ein Termin je Übergabe der Regionen im Umfang, mit den übergebenen Aufgaben und ihren Notizen.</translation>
    </message>
    <message>
        <source>Protected deep-work blocks as weekly busy events.</source>
        <translation>Geschützte Fokusblöcke als wöchentliche belegte Termine.</translation>
    </message>
    <message>
        <source>Comms windows as weekly free events.</source>
        <translation>Kommunikationsfenster als wöchentliche freie Termine.</translation>
    </message>
    <message>
        <source>One event for each stretch of a task a member works, with its route.</source>
        <translation>Ein Termin für jeden Abschnitt einer Aufgabe, den ein Mitglied bearbeitet, mit ihrer Route.</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <extracomment>Form label in the Export Calendar dialog: whose calendar to export</extracomment>
        <translation>&amp;Exportieren:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the Export Calendar dialog: the range of dates to export</extracomment>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>Label before check boxes: what the exported calendar holds</extracomment>
        <translation>Einschließen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in the Export Calendar dialog: the .ics file to write</extracomment>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Calendar dialog: writes the .ics file</extracomment>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and their region in the list of whose calendar to export: &quot;Ana Lima (AMER)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>calendar</source>
        <extracomment>Default file name (without .ics) of an exported calendar</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The plan has no region to export.</source>
        <translation>Der Plan hat keine Region zum Exportieren.</translation>
    </message>
    <message>
        <source>The plan has no member to export.</source>
        <translation>Der Plan hat kein Mitglied zum Exportieren.</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Wählen Sie mindestens eine Sache zum Einschließen.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message>
        <source>Import Busy Time</source>
        <extracomment>Title of the calendar import dialog for a member&apos;s busy times (File &gt; Import Busy Time…)</extracomment>
        <translation>Belegte Zeit importieren</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <extracomment>Title of the calendar import dialog for a region&apos;s holidays (File &gt; Import Holidays…)</extracomment>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Form label in the calendar import dialog: the member whose busy time is imported</extracomment>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the calendar import dialog: the region whose holidays are imported</extracomment>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the calendar import dialog: the range of dates to import</extracomment>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <extracomment>Accessible name of the busy indicator while an iCalendar file is read</extracomment>
        <translation>Kalender wird gelesen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>OK button of the calendar import dialog</extracomment>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Calendar import dialog, while reading; %1 is the iCalendar file&apos;s name</extracomment>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>The plan has no member.</source>
        <translation>Der Plan hat kein Mitglied.</translation>
    </message>
    <message>
        <source>The plan has no region.</source>
        <translation>Der Plan hat keine Region.</translation>
    </message>
    <message>
        <source>Nothing was imported for %1 before.</source>
        <translation>Für %1 wurde bisher nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation>
            <numerusform>Ersetzt %n belegte Zeit aus dem letzten Import.</numerusform>
            <numerusform>Ersetzt %n belegte Zeiten aus dem letzten Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation>
            <numerusform>Ersetzt %n Feiertag aus dem letzten Import.</numerusform>
            <numerusform>Ersetzt %n Feiertage aus dem letzten Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <extracomment>Calendar import dialog, under an error: the import would change nothing</extracomment>
        <translation>Es ändert sich nichts.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column headers of the preview of imported events: date, time span, event summary
----------
Column headers of the preview of imported holidays: date, holiday name</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <extracomment>Column headers of the preview of imported busy times: date, local time in a zone (%1 is a city such as Tokyo), summary</extracomment>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header of the preview of imported busy times: the event&apos;s title in the calendar (SUMMARY), a noun</extracomment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–10:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (ends %2)</source>
        <extracomment>Calendar import preview: a busy time ending on a later day; %1 is its times, %2 the end date</extracomment>
        <translation>%1 (endet %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation>
            <numerusform>%n belegte Zeit für %1 zu importieren.</numerusform>
            <numerusform>%n belegte Zeiten für %1 zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the preview of imported holidays: the holiday&apos;s name</extracomment>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation>
            <numerusform>%n Feiertag für %1 zu importieren.</numerusform>
            <numerusform>%n Feiertage für %1 zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import busy time of %1</source>
        <extracomment>Undo history entry; %1 is the member whose busy times are imported</extracomment>
        <translation>Belegte Zeit von %1 importieren</translation>
    </message>
    <message>
        <source>Import holidays of %1</source>
        <extracomment>Undo history entry; %1 is the region the holidays are imported into</extracomment>
        <translation>Feiertage von %1 importieren</translation>
    </message>
    <message>
        <source>Import busy time</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of busy times</extracomment>
        <translation>Belegte Zeit importieren</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of holidays</extracomment>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <extracomment>File type filters of the file dialog that picks an iCalendar file</extracomment>
        <translation>iCalendar (*.ics);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarMapDialog</name>
    <message>
        <source>Use Existing Calendars</source>
        <extracomment>Title of the dialog behind the Publish dialog&apos;s &quot;Use Existing Calendars…&quot; button</extracomment>
        <translation>Vorhandene Kalender verwenden</translation>
    </message>
    <message>
        <source>Where the server does not let Sunrelay create calendars (an account without that right, or a server that forbids it), choose an existing calendar for each of the plan&apos;s calendars. Leave a calendar empty to let Sunrelay create it. Sunrelay changes only its own events in a calendar, never the others in it.</source>
        <translation>Wenn der Server Sunrelay keine Kalender anlegen lässt (ein Konto ohne dieses Recht oder ein Server, der es verbietet), wählen Sie für jeden Kalender des Plans einen vorhandenen Kalender. Lassen Sie einen Kalender leer, damit Sunrelay ihn anlegt. Sunrelay ändert in einem Kalender nur seine eigenen Termine, niemals die anderen darin.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Column header: one of the calendars Sunrelay publishes (&quot;All handoffs&quot;, a region or a member)</extracomment>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column header: the calendar&apos;s key in a calendar map file (&quot;handoffs&quot;, &quot;region:emea&quot;, &quot;member:anna&quot;); not a keyboard key</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Existing calendar (URL; empty: create it)</source>
        <translation>Vorhandener Kalender (URL; leer: anlegen)</translation>
    </message>
    <message>
        <source>Existing calendars</source>
        <extracomment>Accessible name of the table that maps each calendar to an existing one on the server</extracomment>
        <translation>Vorhandene Kalender</translation>
    </message>
    <message>
        <source>Existing calendar for %1</source>
        <extracomment>Accessible name of a field for the URL of an existing calendar on the server; %1 is the calendar Sunrelay publishes there: &quot;All handoffs&quot;, &quot;Region EMEA&quot; or a member&apos;s name</extracomment>
        <translation>Vorhandener Kalender für %1</translation>
    </message>
    <message>
        <source>&amp;Find Calendars on the Server</source>
        <translation>Kalender auf dem Server &amp;suchen</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <extracomment>Status while the server is asked for the account&apos;s calendars (after &quot;Find Calendars on the Server&quot;)</extracomment>
        <translation>Server wird abgefragt …</translation>
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
            <numerusform>%n Kalender für Termine auf dem Server gefunden.</numerusform>
            <numerusform>%n Kalender für Termine auf dem Server gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Status in Use Existing Calendars while stopping &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Status in Use Existing Calendars after its Cancel stopped &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsDock</name>
    <message>
        <source>Open a plan to see its conflicts.</source>
        <translation>Öffnen Sie einen Plan, um seine Konflikte zu sehen.</translation>
    </message>
    <message>
        <source>Show or hide the Conflicts dock</source>
        <translation>Das Konfliktfenster ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsModel</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a conflict: must be fixed</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a conflict: should be looked at</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a conflict: for information only</extracomment>
        <translation>Hinweis</translation>
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
        <translation>In der Referenzzeitzone (%1): %2</translation>
    </message>
    <message>
        <source>Whole team</source>
        <extracomment>Conflicts table, Member column: a coverage gap concerns the whole team, no one member</extracomment>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>Nobody in any region covers this time</source>
        <translation>In keiner Region deckt jemand diese Zeit ab</translation>
    </message>
    <message>
        <source>In the reference zone (%1)</source>
        <translation>In der Referenzzeitzone (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column header: how serious a conflict is (Error, Warning, Info)</extracomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column header: the team member a conflict concerns</extracomment>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>In the member&apos;s own time zone</source>
        <extracomment>Tooltip of the Conflicts panel&apos;s &quot;Local time&quot; column header</extracomment>
        <translation>In der eigenen Zeitzone des Mitglieds</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header: when the conflict happens, in the member&apos;s own time zone</extracomment>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Explanation</source>
        <extracomment>Column header: what the conflict is, in a sentence</extracomment>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message>
        <source>No conflicts in the next four weeks.</source>
        <translation>Keine Konflikte in den nächsten vier Wochen.</translation>
    </message>
    <message>
        <source>No conflicts in the days shown.</source>
        <translation>Keine Konflikte in den angezeigten Tagen.</translation>
    </message>
    <message>
        <source>No conflict matches the filter.</source>
        <translation>Kein Konflikt passt zum Filter.</translation>
    </message>
    <message>
        <source>Filter by member, time or text</source>
        <translation>Nach Mitglied, Zeit oder Text filtern</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <extracomment>Accessible name of the filter field above the Conflicts panel&apos;s table</extracomment>
        <translation>Konflikte filtern</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s choice of severity (error, warning…)</extracomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <extracomment>Conflicts panel, severity choice: show every conflict</extracomment>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>Filter: show errors only</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Filter: show errors and warnings</extracomment>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Filter: show every conflict, information too</extracomment>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Screen-reader name of the choice of how many days of conflicts to list</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Visible days</source>
        <extracomment>Conflicts panel, days choice: only the days the timeline shows</extracomment>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Conflicts panel, days choice: the four weeks from now</extracomment>
        <translation>Nächste 4 Wochen</translation>
    </message>
    <message>
        <source>Which days to search for conflicts: those the timeline shows, or four weeks from today</source>
        <translation>In welchen Tagen nach Konflikten gesucht wird: in den von der Zeitleiste gezeigten oder in den vier Wochen ab heute</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s table</extracomment>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <extracomment>Title of the Conflicts panel; %1 is the number of conflicts (otherwise, next, without a number)</extracomment>
        <translation>Konflikte (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <extracomment>Status bar: the number of conflicts in the plan</extracomment>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <extracomment>Status bar: the plan has no conflicts</extracomment>
        <translation>Keine Konflikte</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsStatus</name>
    <message>
        <source>Show the Conflicts dock</source>
        <extracomment>Tooltip of the conflict count in the status bar</extracomment>
        <translation>Das Konfliktfenster anzeigen</translation>
    </message>
    <message>
        <source>%1, the worst: %2</source>
        <extracomment>Accessible name of the status bar&apos;s conflict count; %1 is e.g. &quot;3 conflicts&quot;, %2 the worst severity</extracomment>
        <translation>%1, der schwerste: %2</translation>
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
        <translation>Abdeckung pro Tag (%1)</translation>
    </message>
    <message>
        <source>Covered (% of the day)</source>
        <translation>Abgedeckt (% des Tages)</translation>
    </message>
    <message>
        <source>Gap hours</source>
        <extracomment>Coverage chart legend: the line of hours no one covers each day</extracomment>
        <translation>Lückenstunden</translation>
    </message>
    <message>
        <source>Average pickup wait at gap handoffs (h)</source>
        <translation>Mittlere Wartezeit bei Lückenübergaben (h)</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Chart axis title: share of the day some region works, in percent</extracomment>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Chart axis title: hours (of gap, of task work)
----------
Chart axis title: hours of task work</extracomment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Task load per region (hours of routed task work)</source>
        <translation>Aufgabenlast pro Region (Stunden gerouteter Aufgabenarbeit)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of task work</source>
        <translation>%1, %2: %3 Aufgabenarbeit</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Coverage page, Range choice: the current week</extracomment>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Coverage page, Range choice: the four weeks from now</extracomment>
        <translation>Nächste 4 Wochen</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Date range choice: the dates typed in From and To</extracomment>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <extracomment>Label of the Coverage page&apos;s choice of date range</extracomment>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>First day of the date range shown</extracomment>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>Last day of the date range shown</extracomment>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>%1 – %2 in %3: covered %4 of %5, gaps %6</source>
        <translation>%1 – %2 in %3: %4 von %5 abgedeckt, Lücken %6</translation>
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
        <translation>%1 (Tag mit %2 in %3)</translation>
    </message>
    <message>
        <source>Covered: %1 (%2)</source>
        <extracomment>Coverage day tooltip: hours someone covers; %1 is the hours, %2 the share in percent</extracomment>
        <translation>Abgedeckt: %1 (%2)</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>Coverage day tooltip: hours no one covers; %1 is the hours</extracomment>
        <translation>Lücken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation>
            <numerusform>Mittlere Wartezeit: %1 bei %n Lückenübergabe</numerusform>
            <numerusform>Mittlere Wartezeit: %1 bei %n Lückenübergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>No gap handoff</source>
        <extracomment>Coverage day tooltip: no handoff falls into a gap that day</extracomment>
        <translation>Keine Lückenübergabe</translation>
    </message>
    <message>
        <source>%1 task work: %2</source>
        <extracomment>Coverage day tooltip: %1 is a region, %2 the hours of task work placed in it</extracomment>
        <translation>%1 Aufgabenarbeit: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, average pickup wait %2 at %n gap handoff(s)</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), %2 how long work waits on average at the %n handoffs that fall into a gap</extracomment>
        <translation>
            <numerusform>%1, mittlere Wartezeit %2 bei %n Lückenübergabe</numerusform>
            <numerusform>%1, mittlere Wartezeit %2 bei %n Lückenübergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no gap handoffs</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), and no handoff falls into a gap</extracomment>
        <translation>%1, keine Lückenübergaben</translation>
    </message>
    <message>
        <source>%1; task work: %2</source>
        <extracomment>Coverage page summary: %1 the summary so far, %2 each region&apos;s hours of task work: &quot;…, no gap handoffs; task work: EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>%1; Aufgabenarbeit: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DateRangeEdit</name>
    <message>
        <source>First date</source>
        <extracomment>Accessible name of an export dialog&apos;s first-date field</extracomment>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last date</source>
        <extracomment>Accessible name of an export dialog&apos;s last-date field</extracomment>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;from [date] to [date]&quot;</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>dates in %1</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a zone id without a city, e.g. &quot;UTC&quot;</extracomment>
        <translation>Tage in %1</translation>
    </message>
    <message>
        <source>dates in %1 (%2)</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a city, %2 its IANA zone: &quot;dates in Berlin (Europe/Berlin)&quot;</extracomment>
        <translation>Tage in %1 (%2)</translation>
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
        <translation>in die Fokuszeit von %1</translation>
    </message>
    <message>
        <source>before %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>vor dem Arbeitstag von %1</translation>
    </message>
    <message>
        <source>after %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>nach dem Arbeitstag von %1</translation>
    </message>
    <message>
        <source>Week of %1: %2 handoff moves to %3 in %4, %5</source>
        <translation>Woche vom %1: Die Übergabe %2 verschiebt sich auf %3 in %4, %5</translation>
    </message>
    <message>
        <source>Handoff time where it is picked up, week by week</source>
        <translation>Übergabezeit am Ort der Übernahme, Woche für Woche</translation>
    </message>
    <message>
        <source>Handoff time where it is handed off, week by week</source>
        <translation>Übergabezeit am Ort der Übergabe, Woche für Woche</translation>
    </message>
    <message>
        <source>Moved by a DST change</source>
        <translation>Durch eine Zeitumstellung verschoben</translation>
    </message>
    <message>
        <source>Into deep work or out of the working day</source>
        <translation>In die Fokuszeit oder aus dem Arbeitstag heraus</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Chart axis title: the week (of the year) each point is in</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Local time of the receiver</source>
        <translation>Ortszeit des Empfängers</translation>
    </message>
    <message>
        <source>Local time of the sender</source>
        <translation>Ortszeit des Absenders</translation>
    </message>
    <message>
        <source>No DST change moves a handoff into deep work or out of a working day in these twelve months.</source>
        <translation>In diesen zwölf Monaten verschiebt keine Zeitumstellung eine Übergabe in die Fokuszeit oder aus einem Arbeitstag heraus.</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the receiving region&apos;s local time</extracomment>
        <translation>Ortszeit des Empfängers</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the handing-off region&apos;s local time</extracomment>
        <translation>Ortszeit des Absenders</translation>
    </message>
    <message>
        <source>Each week is shown by its Wednesday (UTC): the first handoff of each region pair that day, as the timeline computes it.</source>
        <translation>Jede Woche wird durch ihren Mittwoch (UTC) dargestellt: die erste Übergabe jedes Regionenpaars an diesem Tag, wie die Zeitleiste sie berechnet.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label before the choice of which handoffs the chart shows</extracomment>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Weeks to look at:</source>
        <extracomment>Heading of the DST Drift page&apos;s list of weeks worth a look (under the chart)</extracomment>
        <translation>Betrachtete Wochen:</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>DST Drift point tooltip; %1 is the week&apos;s first date</extracomment>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1, overlap handoff</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;</extracomment>
        <translation>%1, Überlappungsübergabe</translation>
    </message>
    <message>
        <source>%1, gap handoff (waits %2)</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;, %2 how long the work waits in the gap (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1, Lückenübergabe (wartet %2)</translation>
    </message>
    <message>
        <source>Handed off %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the sender&apos;s zone, %2 that zone&apos;s abbreviation, %3 the sending member: &quot;Handed off Fri 17:00 CET (Anna Schmidt)&quot;</extracomment>
        <translation>Übergeben %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Picked up %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the receiver&apos;s zone, %2 that zone&apos;s abbreviation, %3 the receiving member: &quot;Picked up Fri 11:00 EST (Nia Johnson)&quot;</extracomment>
        <translation>Übernommen %1 %2 (%3)</translation>
    </message>
    <message>
        <source>sender %1</source>
        <extracomment>DST Drift point tooltip: how far the sender&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>Absender %1</translation>
    </message>
    <message>
        <source>receiver %1</source>
        <extracomment>DST Drift point tooltip: how far the receiver&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>Moved by a DST change since the week before: %1</source>
        <translation>Durch eine Zeitumstellung seit der Vorwoche verschoben: %1</translation>
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
        <translation>&lt;p&gt;Eine Region &lt;b&gt;deckt&lt;/b&gt; die Zeiten ab, in denen mindestens eines ihrer Mitglieder arbeitet (ohne Abwesenheiten und die Feiertage der Region). Wo ein Abschnitt der Abdeckung einer Region endet, geht die Arbeit weiter: eine &lt;b&gt;Übergabe&lt;/b&gt;. Die Region, die aufhört, ist der &lt;b&gt;Absender&lt;/b&gt;, die, die die Arbeit übernimmt, der &lt;b&gt;Empfänger&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overlap handoff&lt;/b&gt; (solid arrow): another region works at the moment the sender stops (one starting exactly then counts, with no overlap). The receiver is the region that worked alongside the sender longest just before; then the one that keeps working longest after; then region order. The &lt;b&gt;overlap&lt;/b&gt; is the time both covered before the end, and the &lt;b&gt;pickup&lt;/b&gt; is the end itself: the work waits for nobody.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Überlappungsübergabe&lt;/b&gt; (durchgezogener Pfeil): Eine andere Region arbeitet in dem Moment, in dem der Absender aufhört (eine, die genau dann beginnt, zählt auch, ohne Überlappung). Empfänger ist die Region, die unmittelbar davor am längsten neben dem Absender gearbeitet hat; dann die, die danach am längsten weiterarbeitet; dann die Reihenfolge der Regionen. Die &lt;b&gt;Überlappung&lt;/b&gt; ist die Zeit, die beide vor dem Ende abgedeckt haben, und die &lt;b&gt;Übernahme&lt;/b&gt; ist das Ende selbst: Die Arbeit wartet auf niemanden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gap handoff&lt;/b&gt; (dashed arrow): nobody works at the moment the sender stops. The region whose coverage starts first after it picks up (ties: region order), and the &lt;b&gt;wait&lt;/b&gt; is the time until then, however long: a weekend, or a three-week shutdown. If that region is the sender itself there is no handoff: it simply resumes. If nobody works again at all, there is none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lückenübergabe&lt;/b&gt; (gestrichelter Pfeil): Niemand arbeitet in dem Moment, in dem der Absender aufhört. Die Region, deren Abdeckung danach als erste beginnt, übernimmt (bei Gleichstand entscheidet die Reihenfolge der Regionen), und die &lt;b&gt;Wartezeit&lt;/b&gt; ist die Zeit bis dahin, wie lang sie auch ist: ein Wochenende oder drei Wochen Betriebsruhe. Ist diese Region der Absender selbst, gibt es keine Übergabe: Er macht einfach weiter. Arbeitet überhaupt niemand mehr, gibt es ebenfalls keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync slot&lt;/b&gt;: in an overlap handoff with some overlap, the earliest window of the policy length (15 minutes unless the plan says otherwise) inside the overlap in which at least one member of each side works throughout, and which touches no deep-work block of anyone on either side working then. A window inside a comms window of both sides is preferred over the earliest. Without one the handoff is asynchronous only: a written note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sync-Slot&lt;/b&gt;: Bei einer Überlappungsübergabe mit Überlappung das früheste Zeitfenster der im Plan festgelegten Länge (15 Minuten, sofern der Plan nichts anderes sagt) innerhalb der Überlappung, in dem durchgehend mindestens ein Mitglied jeder Seite arbeitet und das keinen Fokusblock von jemandem berührt, der auf einer der beiden Seiten dann arbeitet. Ein Fenster innerhalb eines Kommunikationsfensters beider Seiten hat Vorrang vor dem frühesten. Gibt es keines, ist die Übergabe nur asynchron: eine schriftliche Notiz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worked example</source>
        <extracomment>Heading of an example box in the Help guide pages</extracomment>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>&lt;p&gt;EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works 09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EMEA: Anna in Berlin arbeitet 09:00–17:30. AMER: Ben in New York arbeitet 09:00–17:00. Keine Fokuszeit, keine anderen Regionen. Am Montag, dem 9. März 2026, gilt in New York schon die Sommerzeit (EDT, UTC−4), in Berlin noch nicht (MEZ, UTC+1): Anna arbeitet 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER works: an &lt;b&gt;overlap handoff EMEA → AMER&lt;/b&gt; with 3 h 30 min of overlap (13:00–16:30 UTC), picked up at once. Its sync slot is the overlap&apos;s first 15 minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um 16:30 UTC (17:30 in Berlin, 12:30 in New York) hört EMEA auf, während AMER arbeitet: eine &lt;b&gt;Überlappungsübergabe EMEA → AMER&lt;/b&gt; mit 3 h 30 min Überlappung (13:00–16:30 UTC), sofort übernommen. Ihr Sync-Slot sind die ersten 15 Minuten der Überlappung, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 21:00 UTC Ben stops and nobody works: a &lt;b&gt;gap handoff AMER → EMEA&lt;/b&gt;, picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um 21:00 UTC hört Ben auf, und niemand arbeitet: eine &lt;b&gt;Lückenübergabe AMER → EMEA&lt;/b&gt;, übernommen am Dienstag um 08:00 UTC (09:00 in Berlin) nach einer Wartezeit von 11 h. Ab Freitag, dem 13. März, wartet dieselbe Übergabe bis Montag, den 16. März, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Working hours, deep work and comms windows are wall-clock times in each member&apos;s own zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Arbeitszeiten, Fokuszeit und Kommunikationsfenster sind Uhrzeiten in der eigenen Zeitzone jedes Mitglieds: 09:00 bleibt das ganze Jahr 09:00, und der Moment, für den es steht, verschiebt sich, wenn die Uhren umgestellt werden. Zweimal im Jahr ist eine Uhrzeit nicht genau ein Moment; Sunrelay liest sie dann genau so wie Kalenderdateien (RFC 5545), sodass ein Kalender zeigt, was Sunrelay zeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skipped times move forward by the gap.&lt;/b&gt; When the clocks spring forward, a time in the skipped hour does not exist. It is read with the offset from before the change, which puts it as much later as the clocks jumped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Übersprungene Zeiten rücken um die Lücke vor.&lt;/b&gt; Wenn die Uhren vorgestellt werden, gibt es eine Zeit in der übersprungenen Stunde nicht. Sie wird mit dem Versatz von vor der Umstellung gelesen, was sie um so viel später legt, wie die Uhren gesprungen sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: spring forward</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move forward in spring</extracomment>
        <translation>Beispiel: Uhren vorstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;New York, Sonntag, 8. März 2026: Um 02:00 EST springen die Uhren auf 03:00 EDT. 02:30 gibt es nicht; als 02:30 EST gelesen ist es 07:30 UTC, also &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Repeated times take the first occurrence.&lt;/b&gt; When the clocks fall back, an hour happens twice; a time in it means the earlier one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wiederholte Zeiten gelten beim ersten Mal.&lt;/b&gt; Wenn die Uhren zurückgestellt werden, gibt es eine Stunde zweimal; eine Zeit darin meint die frühere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: fall back</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move back in autumn</extracomment>
        <translation>Beispiel: Uhren zurückstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 means &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, not 01:30 EST = 06:30 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;New York, Sonntag, 1. November 2026: 01:00–02:00 gibt es zweimal. 01:30 meint &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, nicht 01:30 EST = 06:30 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lengths are exact time.&lt;/b&gt; A range keeps its wall-clock ends, so on a night the clocks change it is shorter or longer by the change. Overlaps, waits and effort are counted in real elapsed time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Längen sind echte Zeit.&lt;/b&gt; Ein Zeitraum behält seine Uhrzeiten als Enden, sodass er in einer Nacht mit Zeitumstellung um die Umstellung kürzer oder länger ist. Überlappungen, Wartezeiten und Aufwand werden in tatsächlich vergangener Zeit gezählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: lengths</source>
        <extracomment>Heading of an example box in the DST guide page: how lengths of time are counted</extracomment>
        <translation>Beispiel: Längen</translation>
    </message>
    <message>
        <source>&lt;p&gt;In New York a range 01:00–05:00 lasts 4 h on most nights, &lt;b&gt;3 h&lt;/b&gt; on 8 March 2026 and &lt;b&gt;5 h&lt;/b&gt; on 1 November 2026. A range 02:15–03:00 has no time at all on 8 March: its start reads as 03:15 EDT, after its end.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In New York dauert ein Zeitraum 01:00–05:00 in den meisten Nächten 4 h, am 8. März 2026 &lt;b&gt;3 h&lt;/b&gt; und am 1. November 2026 &lt;b&gt;5 h&lt;/b&gt;. Ein Zeitraum 02:15–03:00 hat am 8. März gar keine Zeit: Sein Beginn wird als 03:15 EDT gelesen, nach seinem Ende.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline a diamond marks each clock change on the member&apos;s row (filled: forward, hollow: back); View &amp;gt; DST Drift shows how each handoff moves in local time over the coming year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Auf der Zeitleiste markiert eine Raute jede Zeitumstellung in der Zeile des Mitglieds (gefüllt: vor, hohl: zurück); Ansicht &amp;gt; Drift durch Zeitumstellung zeigt, wie sich jede Übergabe im kommenden Jahr in Ortszeit verschiebt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How Handoffs Are Computed</source>
        <extracomment>Title of the Help guide page (Help menu) on handoffs</extracomment>
        <translation>Wie Übergaben berechnet werden</translation>
    </message>
    <message>
        <source>The DST Rule</source>
        <extracomment>Title of the Help guide page (Help menu) on daylight saving time</extracomment>
        <translation>Die Zeitumstellungsregel</translation>
    </message>
    <message>
        <source>How &amp;Handoffs Are Computed</source>
        <extracomment>Help menu item: opens the guide page on how handoffs are computed</extracomment>
        <translation>&amp;Wie Übergaben berechnet werden</translation>
    </message>
    <message>
        <source>The &amp;DST Rule</source>
        <extracomment>Help menu item: opens the guide page on daylight saving time</extracomment>
        <translation>Die &amp;Zeitumstellungsregel</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::HandoffsCsvDialog</name>
    <message>
        <source>Export handoffs as CSV</source>
        <extracomment>Title of the file dialog behind the Export Handoffs dialog&apos;s File field</extracomment>
        <translation>Übergaben als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File type filter of the Export Handoffs dialog&apos;s file dialog; keep &quot;(*.csv)&quot;</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Handoffs as CSV</source>
        <extracomment>Title of the Export Handoffs as CSV dialog (File menu)</extracomment>
        <translation>Übergaben als CSV exportieren</translation>
    </message>
    <message>
        <source>One row per handoff: both sides&apos; local times, the wait, the sync slot and the tasks passed with their notes.</source>
        <translation>Eine Zeile pro Übergabe: die Ortszeiten beider Seiten, die Wartezeit, der Sync-Slot und die übergebenen Aufgaben mit ihren Notizen.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in an export dialog: the range of dates to export</extracomment>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in an export dialog: the file to write</extracomment>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Handoffs as CSV dialog</extracomment>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::LegendDialog</name>
    <message>
        <source>Timeline Legend</source>
        <extracomment>Title of the window explaining the timeline&apos;s colours and marks (View &gt; Legend)</extracomment>
        <translation>Legende der Zeitleiste</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Legend sample: a task finishing after its deadline; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>Tue 11:00 · T-3</source>
        <comment>time cursor sample</comment>
        <extracomment>Legend sample of the time cursor&apos;s label: a weekday and time, then a task id</extracomment>
        <translation>Di 11:00 · T-3</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Legend entry: the shaded block of a member&apos;s working hours on the timeline</extracomment>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>When the member works, in the region&apos;s colour; the row&apos;s weekdays and hours are the member&apos;s own local time.</source>
        <translation>Wann das Mitglied arbeitet, in der Farbe der Region; Wochentage und Stunden der Zeile sind die eigene Ortszeit des Mitglieds.</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Legend entry: a member&apos;s protected, meeting-free focus time</extracomment>
        <translation>Fokuszeit</translation>
    </message>
    <message>
        <source>A protected block: darker, hatched, with a lock. A sync slot, pickup or meeting inside it is a conflict.</source>
        <translation>Ein geschützter Block: dunkler, schraffiert, mit Schloss. Ein Sync-Slot, eine Übernahme oder ein Termin darin ist ein Konflikt.</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Legend entry: a fixed time for messages and calls</extracomment>
        <translation>Kommunikationsfenster</translation>
    </message>
    <message>
        <source>The outlined band above the bar: a fixed time for messages. Sync slots in both sides&apos; windows are preferred.</source>
        <translation>Das umrandete Band über dem Balken: eine feste Zeit für Nachrichten. Sync-Slots in den Fenstern beider Seiten haben Vorrang.</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Legend entry: a member&apos;s day off (holiday, leave)</extracomment>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Whole local days away, grey and cross-hatched. Region holidays simply leave the day without working hours.</source>
        <translation>Ganze Ortstage abwesend, grau und kreuzschraffiert. Feiertage der Region lassen den Tag einfach ohne Arbeitszeiten.</translation>
    </message>
    <message>
        <source>Daylight</source>
        <extracomment>Legend entry: the band showing where the sun is up</extracomment>
        <translation>Tageslicht</translation>
    </message>
    <message>
        <source>Behind the row where the member lives: night shaded, twilight lighter, day clear.</source>
        <translation>Hinter der Zeile, wo das Mitglied lebt: Nacht schattiert, Dämmerung heller, Tag frei.</translation>
    </message>
    <message>
        <source>Clocks go forward</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks forward</extracomment>
        <translation>Uhren werden vorgestellt</translation>
    </message>
    <message>
        <source>A filled diamond where the member&apos;s clocks skip ahead (daylight saving time starts).</source>
        <translation>Eine gefüllte Raute, wo die Uhren des Mitglieds vorspringen (Beginn der Sommerzeit).</translation>
    </message>
    <message>
        <source>Clocks go back</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks back</extracomment>
        <translation>Uhren werden zurückgestellt</translation>
    </message>
    <message>
        <source>A hollow diamond where the member&apos;s clocks turn back and an hour repeats.</source>
        <translation>Eine hohle Raute, wo die Uhren des Mitglieds zurückgestellt werden und sich eine Stunde wiederholt.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Legend entry: times some region works</extracomment>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>On a region&apos;s row: when at least one of its members works (time off taken out).</source>
        <translation>In der Zeile einer Region: wann mindestens eines ihrer Mitglieder arbeitet (ohne Abwesenheiten).</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>Legend entry: times two or more regions work at once</extracomment>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Two or more regions cover the same time, shaded in both regions&apos; colours.</source>
        <translation>Zwei oder mehr Regionen decken dieselbe Zeit ab, schattiert in den Farben beider Regionen.</translation>
    </message>
    <message>
        <source>Gap</source>
        <extracomment>Legend entry: times no region works</extracomment>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Nobody in any region works: hatched vermillion across every region row.</source>
        <translation>In keiner Region arbeitet jemand: zinnoberrot schraffiert über alle Regionszeilen.</translation>
    </message>
    <message>
        <source>Overlap handoff</source>
        <extracomment>Legend entry: a handoff where both regions&apos; hours overlap</extracomment>
        <translation>Überlappungsübergabe</translation>
    </message>
    <message>
        <source>Solid arrow, in the receiver&apos;s colour: the receiving region already works when the sender stops, so work passes at once.</source>
        <translation>Durchgezogener Pfeil in der Farbe des Empfängers: Die empfangende Region arbeitet schon, wenn der Absender aufhört, die Arbeit geht also sofort weiter.</translation>
    </message>
    <message>
        <source>Gap handoff</source>
        <extracomment>Legend entry: a handoff across hours no one covers</extracomment>
        <translation>Lückenübergabe</translation>
    </message>
    <message>
        <source>Dashed arrow: nobody works when the sender stops; the work waits until the next region starts (the pickup).</source>
        <translation>Gestrichelter Pfeil: Niemand arbeitet, wenn der Absender aufhört; die Arbeit wartet, bis die nächste Region beginnt (die Übernahme).</translation>
    </message>
    <message>
        <source>Handoff stepped to</source>
        <extracomment>Legend entry: the ring where the handoff that ] (next) or [ (previous) went to leaves</extracomment>
        <translation>Angesprungene Übergabe</translation>
    </message>
    <message>
        <source>A ring where the handoff that ] (next) or [ (previous) went to leaves.</source>
        <translation>Ein Ring, wo die Übergabe beginnt, zu der ] (nächste) oder [ (vorige) gesprungen ist.</translation>
    </message>
    <message>
        <source>Task worked</source>
        <extracomment>Legend entry: a bar of a task being worked on in one region</extracomment>
        <translation>Bearbeitete Aufgabe</translation>
    </message>
    <message>
        <source>A bar in the task&apos;s own colour on the member who works it then, with its id and title where they fit.</source>
        <translation>Ein Balken in der eigenen Farbe der Aufgabe beim Mitglied, das sie dann bearbeitet, mit ID und Titel, wo sie hineinpassen.</translation>
    </message>
    <message>
        <source>Task passed on</source>
        <extracomment>Legend entry: the link drawn where a task passes to the next region</extracomment>
        <translation>Weitergegebene Aufgabe</translation>
    </message>
    <message>
        <source>A line to the next member who works the task; dashed where it waits in between.</source>
        <translation>Eine Linie zum nächsten Mitglied, das die Aufgabe bearbeitet; gestrichelt, wo sie dazwischen wartet.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>Legend entry: the mark of a task&apos;s planned start</extracomment>
        <translation>Geplanter Start</translation>
    </message>
    <message>
        <source>A pin on the starting region&apos;s row; a dashed run to where work really starts when nobody covers the start.</source>
        <translation>Eine Stecknadel in der Zeile der Startregion; eine gestrichelte Strecke bis dorthin, wo die Arbeit wirklich beginnt, wenn niemand den Start abdeckt.</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Legend entry: the mark where a task is done</extracomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>A flag where the task&apos;s effort is used up.</source>
        <translation>Eine Flagge, wo der Aufwand der Aufgabe aufgebraucht ist.</translation>
    </message>
    <message>
        <source>Late finish</source>
        <extracomment>Legend entry: the mark of a task finishing after its deadline</extracomment>
        <translation>Verspätet fertig</translation>
    </message>
    <message>
        <source>A red flag: the task finishes after its deadline, by the amount shown.</source>
        <translation>Eine rote Flagge: Die Aufgabe wird nach ihrer Frist fertig, um die angezeigte Zeit.</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend entry: the line at the current time</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>The current time, across all rows.</source>
        <translation>Die aktuelle Zeit, über alle Zeilen.</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <extracomment>Legend entry: the vertical line shown by pointing at the time axis or pressing C, with each row&apos;s local time at that moment; not the current time (that is &quot;Now&quot;)</extracomment>
        <translation>Zeitcursor</translation>
    </message>
    <message>
        <source>Point at the time axis or press C: each row&apos;s local time there and the tasks its members hold.</source>
        <translation>Zeigen Sie auf die Zeitachse oder drücken Sie C: die Ortszeit jeder Zeile dort und die Aufgaben, die ihre Mitglieder gerade haben.</translation>
    </message>
    <message>
        <source>Member rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of single members</extracomment>
        <translation>Mitgliederzeilen</translation>
    </message>
    <message>
        <source>Region rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of whole regions</extracomment>
        <translation>Regionszeilen</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Legend section heading: time marks (daylight, now)</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <extracomment>View menu item: opens the Timeline Legend window (what the timeline&apos;s marks mean)</extracomment>
        <translation>&amp;Legende</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
        <extracomment>File type filter in the open and save dialogs: Sunrelay&apos;s own plan files</extracomment>
        <translation>Sunrelay-Pläne (*.sunrelay)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Main menu bar: the File menu</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <extracomment>File menu item: creates a new, empty plan file</extracomment>
        <translation>&amp;Neuer Plan …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu item: opens an existing plan for editing</extracomment>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>File menu item: submenu listing recently opened plans</extracomment>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <extracomment>File menu item: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>&amp;Demo-Plan öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <extracomment>File menu item: saves the plan under another file name</extracomment>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Import Plan JSON…</source>
        <extracomment>File menu item: creates a plan from a plan JSON file</extracomment>
        <translation>Plan-JSON &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Member CSV…</source>
        <extracomment>File menu item: adds team members from a CSV file</extracomment>
        <translation>&amp;Mitglieder-CSV importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Plan JSON…</source>
        <extracomment>File menu item: writes the plan to a JSON file</extracomment>
        <translation>Plan-JSON e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <extracomment>File menu item: writes the plan&apos;s shifts and handoffs to an iCalendar file</extracomment>
        <translation>Ka&amp;lender exportieren …</translation>
    </message>
    <message>
        <source>Export Handoffs as CS&amp;V…</source>
        <extracomment>File menu item: writes the handoffs to a CSV spreadsheet file</extracomment>
        <translation>Übergaben als CS&amp;V exportieren …</translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for the handoffs CSV; %1 is the plan file&apos;s name without extension</extracomment>
        <translation>%1 Übergaben</translation>
    </message>
    <message>
        <source>Import &amp;Busy Time…</source>
        <extracomment>File menu item: imports members&apos; busy times from an iCalendar file</extracomment>
        <translation>Bele&amp;gte Zeit importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Holidays…</source>
        <extracomment>File menu item: imports public holidays from an iCalendar file</extracomment>
        <translation>Fei&amp;ertage importieren …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>File menu item: closes the open plan</extracomment>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: close the window and end Sunrelay</extracomment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Main menu bar: the Edit menu</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu item: undoes the last change (shown when there is nothing to undo)</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu item: redoes the last undone change (shown when there is nothing to redo)</extracomment>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu item: opens the Preferences dialog</extracomment>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Main menu bar: the View menu</extracomment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>My &amp;Week</source>
        <extracomment>View menu item: shows the My Week page (one member&apos;s week)</extracomment>
        <translation>Meine &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <extracomment>View menu item: shows the Coverage page</extracomment>
        <translation>Ab&amp;deckung</translation>
    </message>
    <message>
        <source>&amp;DST Drift</source>
        <extracomment>View menu item: shows the DST Drift page (how daylight saving time shifts handoffs)</extracomment>
        <translation>D&amp;rift durch Zeitumstellung</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>View menu: scroll the timeline to today</extracomment>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <extracomment>View menu: scroll the timeline back in time</extracomment>
        <translation>&amp;Früher</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <extracomment>View menu: scroll the timeline forward in time</extracomment>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>View menu item: zooms the timeline in</extracomment>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>View menu item: zooms the timeline out</extracomment>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Next Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the next handoff between regions</extracomment>
        <translation>&amp;Nächste Übergabe</translation>
    </message>
    <message>
        <source>Pre&amp;vious Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the previous handoff between regions</extracomment>
        <translation>&amp;Vorige Übergabe</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <extracomment>View menu item: saves the current page as a PNG, SVG or PDF picture</extracomment>
        <translation>&amp;Bild exportieren …</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <extracomment>Menu title: the plan (team, tasks, policy)</extracomment>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <extracomment>Plan menu item: changes the plan&apos;s name</extracomment>
        <translation>Plan &amp;umbenennen …</translation>
    </message>
    <message>
        <source>Add &amp;Region</source>
        <extracomment>Plan menu item: adds a region (a team site) to the plan</extracomment>
        <translation>&amp;Region hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <extracomment>Plan menu item: opens the dialog that adds a team member</extracomment>
        <translation>&amp;Mitglied hinzufügen …</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <extracomment>Plan menu item: opens the dialog that creates a task</extracomment>
        <translation>Neue &amp;Aufgabe …</translation>
    </message>
    <message>
        <source>&amp;Place Task At…</source>
        <extracomment>Plan menu item: places the task selected in the backlog on the timeline, at a time chosen next</extracomment>
        <translation>Aufgabe &amp;einplanen um …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Main menu bar: the Help menu</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sunrelay</source>
        <extracomment>Help menu item: shows the About dialog</extracomment>
        <translation>Ü&amp;ber Sunrelay</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Name of the main toolbar (shown in its context menu)</extracomment>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Go to date</source>
        <extracomment>Accessible name and tooltip of the toolbar&apos;s date field: the timeline jumps to the date chosen</extracomment>
        <translation>Zu Datum springen</translation>
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
        <translation>Zoom: von 4 Wochen bis 1 Stunde</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <extracomment>View menu item: shows or hides the main toolbar</extracomment>
        <translation>Werkzeugleiste an&amp;zeigen</translation>
    </message>
    <message>
        <source>Open a plan to see its team.</source>
        <translation>Öffnen Sie einen Plan, um sein Team zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to undo, e.g. &quot;Undo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to redo, e.g. &quot;Redo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title of the main window&apos;s Timeline page</extracomment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>My Week</source>
        <extracomment>Tab title of the main window&apos;s My Week page (one member&apos;s week)</extracomment>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the error box shown when an edit could not be written to the plan file</extracomment>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Tab title of the main window&apos;s Coverage page</extracomment>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>DST Drift</source>
        <extracomment>Tab title of the main window&apos;s DST Drift page (daylight saving time shifts)</extracomment>
        <translation>Drift durch Zeitumstellung</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a task; %1 is the task&apos;s id</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
        <translation>Die Notiz zu Übergabe %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Window title of a plan opened read-only; %1 is the plan&apos;s name</extracomment>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <extracomment>Title of the dialog that renames the plan</extracomment>
        <translation>Plan umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the Rename Plan dialog: the plan&apos;s new name</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A plan needs a name: it is the window&apos;s title and the name its exports carry.</source>
        <translation>Ein Plan braucht einen Namen: Er ist der Fenstertitel und der Name, den seine Exporte tragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Status bar: the number of team members in the plan</extracomment>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <extracomment>Status bar: the number of regions (team sites) in the plan</extracomment>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>coverage %1 % in the next 7 days</source>
        <translation>Abdeckung %1 % in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>next handoff %1 → %2 in %3</source>
        <translation>nächste Übergabe %1 → %2 in %3</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <extracomment>Status bar: the time zone the timeline is drawn in; %1 is an IANA zone name like Europe/Berlin</extracomment>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <extracomment>Title of the file dialog (and of its error box) that creates a new plan file</extracomment>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <extracomment>Title of the file dialog that opens a plan</extracomment>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <extracomment>File type filter in the open, import and export dialogs: a plan written as JSON text</extracomment>
        <translation>Plan-JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File type filter in the open dialog: any file</extracomment>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <extracomment>Title of an error box; %1 is the name of the file that cannot be opened</extracomment>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>You can open a copy of the plan as it is now, read-only, and look at it while the other program goes on editing the original.</source>
        <translation>Sie können eine schreibgeschützte Kopie des Plans in seinem jetzigen Zustand öffnen und sie ansehen, während das andere Programm das Original weiter bearbeitet.</translation>
    </message>
    <message>
        <source>Open a Read-Only &amp;Copy</source>
        <extracomment>Button in the box saying another program is editing the plan: opens a read-only copy instead</extracomment>
        <translation>Schreibgeschützte &amp;Kopie öffnen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for a read-only copy; %1 is the original file&apos;s name without extension</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <extracomment>Title of the file dialog that saves the plan under a new name</extracomment>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Save as</source>
        <extracomment>Title of an error box after File &gt; Save As failed</extracomment>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation>Dieser Plan ist bereits in %1 gespeichert: Jede Änderung wird sofort dort gesichert. Wählen Sie für eine Kopie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Import plan JSON</source>
        <extracomment>Title of the file dialog that picks a plan JSON file to import</extracomment>
        <translation>Plan-JSON importieren</translation>
    </message>
    <message>
        <source>Import member CSV</source>
        <extracomment>Title of the file dialog (and of its error boxes) that imports members from CSV</extracomment>
        <translation>Mitglieder-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the member CSV import dialog</extracomment>
        <translation>CSV-Dateien (*.csv)</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo history entry for a member CSV import; %1 is the CSV file&apos;s name</extracomment>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Export plan JSON</source>
        <extracomment>Title of the file dialog (and of its error box) that exports the plan to JSON</extracomment>
        <translation>Plan-JSON exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export picture of the timeline</source>
        <translation>Bild der Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Panel title: regions and members</extracomment>
        <translation>Team</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Panel title: the tasks, placed or not yet placed</extracomment>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Task Details</source>
        <extracomment>Title of the dock panel showing the selected task&apos;s details and route</extracomment>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation>Unter %1 gibt es keine Datei. Sie wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation>%1 als neue Plandatei importiert: %2</translation>
    </message>
    <message>
        <source>Cannot open the demo plan</source>
        <translation>Der Demo-Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is open in another Sunrelay window, which was brought to the front.</source>
        <translation>%1 ist in einem anderen Sunrelay-Fenster geöffnet, das nach vorn geholt wurde.</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <extracomment>File menu item: opens a plan without taking the write lock</extracomment>
        <translation>Sc&amp;hreibgeschützt öffnen …</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>View menu item: shows the Timeline page</extracomment>
        <translation>Zei&amp;tleiste</translation>
    </message>
    <message>
        <source>Go to D&amp;ate…</source>
        <extracomment>View menu item: moves the focus to the toolbar&apos;s date field</extracomment>
        <translation>Zu Dat&amp;um springen …</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MemberDialog</name>
    <message>
        <source>Problems</source>
        <extracomment>Screen-reader name of the list of what is wrong with the entered member</extracomment>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Placeholder text in the member dialog&apos;s name field</extracomment>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the member dialog: the member&apos;s name</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the member dialog&apos;s read-only region field</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the member dialog: the region (team site) the member belongs to</extracomment>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <extracomment>Form label in the member dialog: the member&apos;s IANA time zone</extracomment>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Whole days in the member’s own time zone, first and last day included.</source>
        <translation>Ganze Tage in der eigenen Zeitzone des Mitglieds, erster und letzter Tag eingeschlossen.</translation>
    </message>
    <message>
        <source>First day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the first day of an absence</extracomment>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the last day of an absence (included)</extracomment>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Accessible name of the member dialog&apos;s time-off table (holidays, leave)</extracomment>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>No time off</source>
        <extracomment>Placeholder over the member dialog&apos;s empty time-off table</extracomment>
        <translation>Keine Abwesenheit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a period of time off</extracomment>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the chosen period of time off</extracomment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>First day of time off %1</source>
        <translation>Erster Tag der Abwesenheit %1</translation>
    </message>
    <message>
        <source>Last day of time off %1</source>
        <translation>Letzter Tag der Abwesenheit %1</translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher kann dieses Mitglied hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <extracomment>Error under the member dialog&apos;s name field when it is empty</extracomment>
        <translation>Geben Sie den Namen des Mitglieds ein.</translation>
    </message>
    <message>
        <source>Add a region to the plan first: every member belongs to one.</source>
        <translation>Fügen Sie dem Plan zuerst eine Region hinzu: Jedes Mitglied gehört zu einer.</translation>
    </message>
    <message>
        <source>Choose the member’s region.</source>
        <extracomment>Error under the member dialog&apos;s region field when none is chosen</extracomment>
        <translation>Wählen Sie die Region des Mitglieds.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it.</source>
        <translation>%1 ist markiert, aber nicht ausgewählt. Drücken Sie die Eingabetaste oder klicken Sie auf eine Zeitzone, um sie auszuwählen.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it, or press Esc in the search to keep %2.</source>
        <translation>%1 ist markiert, aber nicht ausgewählt. Drücken Sie die Eingabetaste oder klicken Sie auf eine Zeitzone, um sie auszuwählen, oder drücken Sie in der Suche Esc, um %2 zu behalten.</translation>
    </message>
    <message>
        <source>Choose a time zone: no zone matches the search.</source>
        <translation>Wählen Sie eine Zeitzone: Keine Zeitzone passt zur Suche.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list.</source>
        <translation>„%1“ ist keine Zeitzone, die Sunrelay kennt. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Time off %1 ends on %2, before it starts on %3. Change the last day.</source>
        <translation>Die Abwesenheit %1 endet am %2, bevor sie am %3 beginnt. Ändern Sie den letzten Tag.</translation>
    </message>
    <message>
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation>OK wählt %1, die einzige Zeitzone, die zur Suche passt.</translation>
    </message>
    <message>
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation>Noch keine Arbeitszeiten: Dieses Mitglied deckt keine Zeit ab, bis Sie auf der Seite „Woche“ welche einzeichnen.</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the member dialog when adding a member</extracomment>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Edit member</source>
        <extracomment>Title of the member dialog when editing a member</extracomment>
        <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Tab in the member dialog: name, region and time zone</extracomment>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <extracomment>Tab: the member&apos;s weekly working hours, deep work and comms windows</extracomment>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <extracomment>Tab in the member dialog: the member&apos;s days and dates off</extracomment>
        <translation>Abwe&amp;senheit</translation>
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
        <translation>UTC-Versatz jetzt: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a member&apos;s name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column header: a member&apos;s region</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s IANA time zone</extracomment>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s clock time now</extracomment>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: working hours per week</extracomment>
        <translation>Arbeit / Woche</translation>
    </message>
    <message>
        <source>Deep work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: protected focus hours per week</extracomment>
        <translation>Fokuszeit / Woche</translation>
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
        <translation>Mitglieder nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Whose week: type part of a name or id</source>
        <translation>Wessen Woche: Tippen Sie einen Teil eines Namens oder einer ID</translation>
    </message>
    <message>
        <source>Previous week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week before</extracomment>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This Week</source>
        <extracomment>My Week page button: shows the current week</extracomment>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week after</extracomment>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Pick a date: its week is shown (the member&apos;s local dates)</source>
        <translation>Wählen Sie ein Datum: Seine Woche wird angezeigt (Tage in der Ortszeit des Mitglieds)</translation>
    </message>
    <message>
        <source>Export My Calendar…</source>
        <extracomment>My Week page button: exports the chosen member&apos;s calendar to an iCalendar file</extracomment>
        <translation>Meinen Kalender exportieren …</translation>
    </message>
    <message>
        <source>Write this member&apos;s week to a calendar file (.ics)</source>
        <translation>Die Woche dieses Mitglieds in eine Kalenderdatei (.ics) schreiben</translation>
    </message>
    <message>
        <source>Import My Calendar…</source>
        <extracomment>My Week page button: imports the chosen member&apos;s busy times from an iCalendar file</extracomment>
        <translation>Meinen Kalender importieren …</translation>
    </message>
    <message>
        <source>Read this member&apos;s meetings from a calendar file as busy time</source>
        <translation>Die Termine dieses Mitglieds aus einer Kalenderdatei als belegte Zeit lesen</translation>
    </message>
    <message>
        <source>Print…</source>
        <extracomment>My Week page button: prints the week shown</extracomment>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Add a member to the plan to see their week.</source>
        <translation>Fügen Sie dem Plan ein Mitglied hinzu, um seine Woche zu sehen.</translation>
    </message>
    <message>
        <source>Print My Week</source>
        <extracomment>Title of the print dialog for the My Week page</extracomment>
        <translation>Meine Woche drucken</translation>
    </message>
    <message>
        <source>%1: %2, %3 time</source>
        <extracomment>Screen readers, My week: the day (&quot;Mon 30 Nov&quot;), the block as its tooltip&apos;s first line says it (&quot;Protected deep work 09:00–12:00 (3 h)&quot;) and the member&apos;s zone&apos;s city (&quot;Berlin&quot;).</extracomment>
        <translation>%1: %2, Ortszeit %3</translation>
    </message>
    <message>
        <source>Week shown</source>
        <extracomment>Screen readers: the button that shows the week&apos;s dates and picks another week.</extracomment>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Label of the My Week page&apos;s choice of team member</extracomment>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>The member&apos;s week</source>
        <extracomment>Accessible name of the My Week page&apos;s drawing of the member&apos;s week</extracomment>
        <translation>Die Woche des Mitglieds</translation>
    </message>
    <message>
        <source>Working hours, deep work, comms windows, handoffs, tasks and conflicts in the member&apos;s local time. Up and Down go through the blocks, Left and Right to the previous or next day, Enter shows a block&apos;s details.</source>
        <translation>Arbeitszeiten, Fokuszeit, Kommunikationsfenster, Übergaben, Aufgaben und Konflikte in der Ortszeit des Mitglieds. Pfeil hoch und runter wechseln zwischen den Blöcken, Pfeil links und rechts zum vorigen oder nächsten Tag, die Eingabetaste zeigt die Details eines Blocks.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlaceTaskDialog</name>
    <message>
        <source>The plan has no region yet. Add one in the Team panel first: a task starts in a region.</source>
        <translation>Der Plan hat noch keine Region. Fügen Sie zuerst im Teambereich eine hinzu: Eine Aufgabe beginnt in einer Region.</translation>
    </message>
    <message>
        <source>Choose the region the task starts in.</source>
        <translation>Wählen Sie die Region, in der die Aufgabe beginnt.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die Sunrelay kennt. Wählen Sie eine aus der Liste oder geben Sie einen IANA-Namen wie Europe/Berlin ein.</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Place dialog, beside the start: the same instant in the timeline&apos;s zone; %1 is a date and time</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <extracomment>Title of the dialog that places a task on the timeline; %1 is the task&apos;s id</extracomment>
        <translation>%1 einplanen</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the Place dialog&apos;s region field (where the task starts)</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s region field when it is invalid</extracomment>
        <translation>Problem mit der Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the Place dialog: the region the task starts in</extracomment>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Accessible name of the Place dialog&apos;s start date field</extracomment>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Accessible name of the Place dialog&apos;s start time field</extracomment>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <extracomment>When the placed task may start: date and time</extracomment>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <source>Time zone of the start</source>
        <translation>Zeitzone des Starts</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s zone field when it is invalid</extracomment>
        <translation>Problem mit der Zeitzone</translation>
    </message>
    <message>
        <source>&amp;In time zone:</source>
        <extracomment>Form label in the Place dialog: the time zone the start date and time are in</extracomment>
        <translation>&amp;In Zeitzone:</translation>
    </message>
    <message>
        <source>Start in the reference zone</source>
        <translation>Start in der Referenzzeitzone</translation>
    </message>
    <message>
        <source>Daylight saving note</source>
        <extracomment>Accessible name of the Place dialog&apos;s note on a daylight saving gap or overlap at the start</extracomment>
        <translation>Hinweis zur Zeitumstellung</translation>
    </message>
    <message>
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation>Die Aufgabe wartet, bis die Region ihren Start abdeckt, und folgt von dort der Sonne.</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <extracomment>Button: put the task on the timeline</extracomment>
        <translation>&amp;Einplanen</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlanDocument</name>
    <message>
        <source>Add region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region added</extracomment>
        <translation>Region %1 hinzufügen</translation>
    </message>
    <message>
        <source>a file already exists at %1</source>
        <translation>Unter %1 gibt es bereits eine Datei</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <extracomment>Why a read-only copy of a plan failed; %1 is the plan&apos;s write-ahead log file</extracomment>
        <translation>%1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <extracomment>Undo history entry for renaming the plan</extracomment>
        <translation>Plan umbenennen</translation>
    </message>
    <message>
        <source>Change policy</source>
        <extracomment>Undo history entry for changing the plan&apos;s handoff policy</extracomment>
        <translation>Regeln ändern</translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation>Region %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <extracomment>Undo history entry; %1 is the name of the region recoloured</extracomment>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region edited</extracomment>
        <translation>Region %1 bearbeiten</translation>
    </message>
    <message>
        <source>Move region</source>
        <extracomment>Undo history entry for moving a region up or down the list</extracomment>
        <translation>Region verschieben</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region deleted</extracomment>
        <translation>Region %1 löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Undo history entry for adding a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s old name, %2 the new one</extracomment>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s name, %2 the region the member moves to</extracomment>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Change time zone of %1</source>
        <translation>Zeitzone von %1 ändern</translation>
    </message>
    <message>
        <source>Change the week of %1</source>
        <translation>Woche von %1 ändern</translation>
    </message>
    <message>
        <source>Change time off of %1</source>
        <translation>Abwesenheit von %1 ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo history entry for deleting a member; %1 is the member&apos;s name</extracomment>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Undo history entry for adding a task; %1 is the task&apos;s title</extracomment>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <extracomment>Undo history entry for deleting a task; %1 is the task&apos;s title</extracomment>
        <translation>Aufgabe %1 löschen</translation>
    </message>
    <message>
        <source>Unplace %1</source>
        <extracomment>Undo history entry for sending a task back to the backlog; %1 is the task&apos;s id</extracomment>
        <translation>%1 ausplanen</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>Die Datei kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>This is not a Sunrelay plan file (%1). Choose a .sunrelay file, or use File &gt; Import for plan JSON. The file was not changed.</source>
        <translation>Dies ist keine Sunrelay-Plandatei (%1). Wählen Sie eine .sunrelay-Datei oder verwenden Sie Datei &gt; Importieren für Plan-JSON. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This plan file is damaged (%1). Open a backup copy if you have one. The file was not changed.</source>
        <translation>Diese Plandatei ist beschädigt (%1). Öffnen Sie eine Sicherungskopie, falls Sie eine haben. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file belongs to another program (%1). The file was not changed.</source>
        <translation>Diese Datei gehört zu einem anderen Programm (%1). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This plan was made by a newer version of Sunrelay (file format %1; this version reads up to %2). Open it with a newer version of Sunrelay; the file was not changed.</source>
        <translation>Dieser Plan wurde mit einer neueren Version von Sunrelay erstellt (Dateiformat %1; diese Version liest bis %2). Öffnen Sie ihn mit einer neueren Version von Sunrelay; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This plan is open for editing in %1. Close it there, then try again.</source>
        <extracomment>%1 is the program holding the plan open, or &quot;another program&quot; when it is unknown</extracomment>
        <translation>Dieser Plan ist in %1 zum Bearbeiten geöffnet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Stands for the program that holds a plan open, when its name is unknown, in &quot;This plan is open for editing in %1&quot;</extracomment>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>That is no longer in the plan (%1).</source>
        <translation>Das ist nicht mehr im Plan (%1).</translation>
    </message>
    <message>
        <source>This change cannot be made: %1.</source>
        <translation>Diese Änderung ist nicht möglich: %1.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; check the disk and try again.</source>
        <translation>Die Änderung konnte nicht gespeichert werden (%1). Es wurde nichts geändert; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (table %2, row %3, column %4)</source>
        <extracomment>A store error&apos;s detail and where in the plan file it is: &quot;value out of range (table member, row 12, column zone)&quot;</extracomment>
        <translation>%1 (Tabelle %2, Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>This plan file has been altered outside Sunrelay (%1) and is not opened, to keep anything planted in it from running. The file was not changed.</source>
        <translation>Diese Plandatei wurde außerhalb von Sunrelay verändert (%1) und wird nicht geöffnet, damit nichts darin Eingeschleustes ausgeführt wird. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This plan file holds data Sunrelay cannot use: %1. The file was not changed.</source>
        <translation>Diese Plandatei enthält Daten, die Sunrelay nicht verwenden kann: %1. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Title of the Preferences dialog (Edit menu)</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>24-hour (17:30)</source>
        <extracomment>Preferences, Clock choice: show times on a 24-hour clock</extracomment>
        <translation>24 Stunden (17:30)</translation>
    </message>
    <message>
        <source>12-hour (5:30 PM)</source>
        <extracomment>Preferences, Clock choice: show times on a 12-hour clock with AM/PM</extracomment>
        <translation>12 Stunden (5:30 PM)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <extracomment>Form label in the Preferences dialog: how clock times are written</extracomment>
        <translation>&amp;Uhr:</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>&amp;Erster Wochentag:</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The timeline in Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <extracomment>Preferences, timeline zone choice; %1 is this computer&apos;s IANA zone, e.g. Europe/Berlin</extracomment>
        <translation>Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Another zone</source>
        <extracomment>Preferences, timeline zone choice: a zone picked below</extracomment>
        <translation>Andere Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Timeline in:</source>
        <extracomment>Form label in the Preferences dialog: the time zone the timeline is drawn in</extracomment>
        <translation>&amp;Zeitleiste in:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Preferences, Appearance choice: light or dark as the desktop is set</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Preferences, Appearance choice: light colours</extracomment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Preferences, Appearance choice: dark colours</extracomment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <extracomment>Form label in the Preferences dialog: light or dark colours</extracomment>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language choice that follows the computer&apos;s language settings</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Appearance: black and white with a yellow focus frame, for low vision.</extracomment>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Form label in the Preferences dialog: the language of the user interface</extracomment>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Sunrelay next starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Sunrelay wirksam.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PublishDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Publish to a Calendar Server</source>
        <translation>Auf einem Kalenderserver veröffentlichen</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <extracomment>Title of the warning box before publishing over plain http://</extracomment>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://). Your password and the plan&apos;s calendars would travel in clear text. Publish anyway?</source>
        <translation>%1 ist nicht verschlüsselt (http://). Ihr Passwort und die Kalender des Plans würden im Klartext übertragen. Trotzdem veröffentlichen?</translation>
    </message>
    <message>
        <source>Everything: every member, every region, all handoffs</source>
        <translation>Alles: alle Mitglieder, alle Regionen, alle Übergaben</translation>
    </message>
    <message>
        <source>A region and its members</source>
        <extracomment>Publish dialog, choice of calendars: one region&apos;s calendar and each of its members&apos;</extracomment>
        <translation>Eine Region und ihre Mitglieder</translation>
    </message>
    <message>
        <source>One member</source>
        <extracomment>Publish dialog, choice of calendars: one member&apos;s calendar only</extracomment>
        <translation>Ein Mitglied</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Publish dialog&apos;s field choosing which region or member</extracomment>
        <translation>Region oder Mitglied</translation>
    </message>
    <message>
        <source>%v of %m calendars</source>
        <extracomment>Publish dialog progress bar; %v is the number of calendars done, %m how many there are in all</extracomment>
        <translation>%v von %m Kalendern</translation>
    </message>
    <message>
        <source>Publish summary</source>
        <extracomment>Accessible name of the Publish dialog&apos;s report of what was published</extracomment>
        <translation>Zusammenfassung der Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <extracomment>OK button of the Publish dialog: publishes the calendars to the CalDAV server</extracomment>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label in the Publish dialog: the CalDAV server&apos;s address</extracomment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <extracomment>Form label in the Publish dialog: the user name on the CalDAV server</extracomment>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <extracomment>Form label in the Publish dialog: the password on the CalDAV server</extracomment>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Calendars t&amp;o publish:</source>
        <extracomment>Form label in the Publish dialog: whose calendars to publish</extracomment>
        <translation>Zu veröffentlichende &amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <extracomment>Form label in the Publish dialog: the range of dates to publish, in UTC</extracomment>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The password was not saved in the system keyring: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund des Systems gespeichert: %1</translation>
    </message>
    <message>
        <source>Enter the user name and the password of the calendar server.</source>
        <translation>Geben Sie den Benutzernamen und das Passwort des Kalenderservers ein.</translation>
    </message>
    <message>
        <source>Choose dates that run forwards over at most three years.</source>
        <translation>Wählen Sie ein Enddatum, das nicht vor dem Startdatum und höchstens drei Jahre danach liegt.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Publish dialog status while stopping a publish in progress</extracomment>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Close button of the Publish dialog while publishing: stops it</extracomment>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>Close button of the Publish dialog when nothing is being published: closes it</extracomment>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Reading what the server has…</source>
        <translation>Inhalt des Servers wird gelesen …</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <extracomment>Progress while publishing; %1 is the name of the calendar just published.</extracomment>
        <translation>%1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Cancelled. Publish again to complete: what was published stays.</source>
        <translation>Abgebrochen. Veröffentlichen Sie erneut, um den Vorgang abzuschließen: Bereits Veröffentlichtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Published.</source>
        <extracomment>Publish dialog status when every calendar was published</extracomment>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <source>Not everything was published: see below.</source>
        <translation>Nicht alles wurde veröffentlicht: siehe unten.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged</source>
        <extracomment>One calendar in the publish summary; %1 is its name</extracomment>
        <translation>%1: %2 erstellt, %3 aktualisiert, %4 gelöscht, %5 unverändert</translation>
    </message>
    <message>
        <source>    Conflict: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 says which event changed on the server meanwhile</extracomment>
        <translation>    Konflikt: %1</translation>
    </message>
    <message>
        <source>    Error: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 is the server&apos;s or network&apos;s error</extracomment>
        <translation>    Fehler: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Publish report line; %1 is an error that stopped the whole publish</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Calendar Server…</source>
        <extracomment>Plan menu: publish the plan&apos;s calendars to a CalDAV server</extracomment>
        <translation>Auf Kalenderserver &amp;veröffentlichen …</translation>
    </message>
    <message>
        <source>Use &amp;Existing Calendars…</source>
        <extracomment>Publish dialog button: opens a dialog to publish into calendars that already exist on the server instead of creating new ones</extracomment>
        <translation>&amp;Vorhandene Kalender verwenden …</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) go into existing calendars.</source>
        <extracomment>Beside &quot;Use Existing Calendars…&quot;</extracomment>
        <translation>
            <numerusform>%n Kalender wird in einem vorhandenen Kalender veröffentlicht.</numerusform>
            <numerusform>%n Kalender werden in vorhandenen Kalendern veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing calendars: %1</source>
        <extracomment>%1 says what is wrong with a calendar map</extracomment>
        <translation>Vorhandene Kalender: %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Tooltip of a region in the Team panel: how many members it has</extracomment>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::SaveFileField</name>
    <message>
        <source>File</source>
        <extracomment>Accessible name of an export dialog&apos;s file path field</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button beside an export dialog&apos;s file path: opens a file dialog</extracomment>
        <translation>Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>Help menu item: lists the keyboard shortcuts</extracomment>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Section heading: shortcuts in the world timeline view</extracomment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline, selected task</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys on the timeline while a task is selected</extracomment>
        <translation>Zeitleiste, ausgewählte Aufgabe</translation>
    </message>
    <message>
        <source>Member dialog, week grid</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys in the week grid of the member dialog, where a member&apos;s weekly hours are drawn</extracomment>
        <translation>Mitglied-Dialog, Wochenraster</translation>
    </message>
    <message>
        <source>Pan earlier / later</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to earlier or later times</extracomment>
        <translation>Früher / später verschieben</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show less time, larger (a verb)</extracomment>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show more time, smaller (a verb)</extracomment>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: zoom in or out around the time under the mouse pointer</extracomment>
        <translation>Am Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Ctrl and turn the mouse wheel; name the key as keyboards in your language label it (German: Strg)</extracomment>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Pan with the wheel</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll through time by turning the mouse wheel</extracomment>
        <translation>Mit dem Mausrad verschieben</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and turn the mouse wheel; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Umschalt+Mausrad</translation>
    </message>
    <message>
        <source>Go to today</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to the current day</extracomment>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>Next handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the next handoff in time and show it</extracomment>
        <translation>Nächste Übergabe</translation>
    </message>
    <message>
        <source>Previous handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the previous handoff in time and show it</extracomment>
        <translation>Vorige Übergabe</translation>
    </message>
    <message>
        <source>Previous / next row</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: move the keyboard focus to the row (region or member) above or below</extracomment>
        <translation>Vorige / nächste Zeile</translation>
    </message>
    <message>
        <source>Expand or collapse the region; open the member</source>
        <translation>Region auf- oder zuklappen; Mitglied öffnen</translation>
    </message>
    <message>
        <source>Show or hide the time cursor</source>
        <translation>Zeitcursor ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Move the time cursor 15 minutes</source>
        <translation>Zeitcursor um 15 Minuten bewegen</translation>
    </message>
    <message>
        <source>Drag a task or block in 1-minute steps</source>
        <translation>Aufgabe oder Block in 1-Minuten-Schritten ziehen</translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and drag with the mouse; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Deselect the task; cancel a drag</source>
        <translation>Aufgabe abwählen; Ziehen abbrechen</translation>
    </message>
    <message>
        <source>Move 15 minutes earlier / later</source>
        <translation>15 Minuten früher / später</translation>
    </message>
    <message>
        <source>Move 1 minute earlier / later</source>
        <translation>1 Minute früher / später</translation>
    </message>
    <message>
        <source>Move to the region above / below</source>
        <translation>In die Region darüber / darunter</translation>
    </message>
    <message>
        <source>Place at a date and time…</source>
        <translation>Auf Datum und Uhrzeit einplanen …</translation>
    </message>
    <message>
        <source>Back to the backlog</source>
        <extracomment>Keyboard Shortcuts dialog, selected task: unplace the task, so it goes back to the backlog of tasks with no start</extracomment>
        <translation>Zurück ins Backlog</translation>
    </message>
    <message>
        <source>Select the previous / next range</source>
        <translation>Vorigen / nächsten Zeitraum auswählen</translation>
    </message>
    <message>
        <source>Move the range 15 minutes</source>
        <translation>Zeitraum um 15 Minuten verschieben</translation>
    </message>
    <message>
        <source>Move the range 1 minute</source>
        <translation>Zeitraum um 1 Minute verschieben</translation>
    </message>
    <message>
        <source>Shorten / lengthen the range 15 minutes (Shift: 1 minute)</source>
        <translation>Zeitraum um 15 Minuten kürzen / verlängern (Umschalt: 1 Minute)</translation>
    </message>
    <message>
        <source>Move the range to the previous / next day</source>
        <translation>Zeitraum auf den vorigen / nächsten Tag verschieben</translation>
    </message>
    <message>
        <source>Remove the selected range or day</source>
        <translation>Ausgewählten Zeitraum oder Tag entfernen</translation>
    </message>
    <message>
        <source>Remove that day of a range</source>
        <translation>Diesen Tag eines Zeitraums entfernen</translation>
    </message>
    <message>
        <source>Right-click</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: click with the right mouse button</extracomment>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>Drag in 1-minute steps</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: drag a range or its edges in steps of one minute instead of 15</extracomment>
        <translation>In 1-Minuten-Schritten ziehen</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: stop a drag and put the range back as it was</extracomment>
        <translation>Ziehen abbrechen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the Keyboard Shortcuts dialog (Help menu)</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <extracomment>Placeholder text of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <extracomment>Accessible name of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what a key or mouse gesture does</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <extracomment>Column header: the key or mouse gesture</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between key bindings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Drag a block: change only the day grabbed</source>
        <translation>Block ziehen: nur den gegriffenen Tag ändern</translation>
    </message>
    <message>
        <source>Alt+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Alt and drag with the mouse</extracomment>
        <translation>Alt+Ziehen</translation>
    </message>
    <message>
        <source>My week</source>
        <extracomment>Keyboard Shortcuts dialog: group heading for the keys of the My Week page</extracomment>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>Previous / next block</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block</extracomment>
        <translation>Voriger / nächster Block</translation>
    </message>
    <message>
        <source>First block of the previous / next day</source>
        <translation>Erster Block des vorigen / nächsten Tages</translation>
    </message>
    <message>
        <source>First / last block of the week</source>
        <translation>Erster / letzter Block der Woche</translation>
    </message>
    <message>
        <source>Show the block&apos;s details</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: opens the details of the selected block</extracomment>
        <translation>Details des Blocks anzeigen</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation>Schreiben Sie eine Notiz für die Person, die das übernimmt: was erledigt ist, was als Nächstes kommt, was blockiert, Links.</translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
        <translation>Wählen Sie eine Aufgabe im Backlog oder auf der Zeitleiste, um zu sehen, wohin sie geht.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A task&apos;s id and title as the panel&apos;s heading: &quot;T-1 · Release notes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of work · priority %2</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest)</extracomment>
        <translation>%1 Arbeit · Priorität %2</translation>
    </message>
    <message>
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
        <translation>Im Backlog: Ziehen Sie sie auf die Zeile einer Region in der Zeitleiste, oder verwenden Sie „Einplanen um …“</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <extracomment>Task details: where the task is placed; %1 says the region and start time</extracomment>
        <translation>Beginnt in %1</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Dann ist niemand frei, sie zu übernehmen: zuerst übernommen %1 (wartet %2)</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Verpasst ihre Frist um %1.</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Heading: the legs of a task from member to member across regions</extracomment>
        <translation>Route</translation>
    </message>
    <message>
        <source>Note on handoff %1</source>
        <extracomment>Accessible name of the note field for one handoff of the task; %1 is the handoff&apos;s number</extracomment>
        <translation>Notiz zu Übergabe %1</translation>
    </message>
    <message>
        <source>Done: 
Next: 
Blockers: 
Links: </source>
        <extracomment>Template for a new handoff note: keep the line breaks; translate the four headings</extracomment>
        <translation>Erledigt: 
Als Nächstes: 
Blockiert durch: 
Links: </translation>
    </message>
    <message>
        <source>%1 of work · priority %2 · deadline %3</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest), %3 its deadline&apos;s date and time</extracomment>
        <translation>%1 Arbeit · Priorität %2 · Frist %3</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDialog</name>
    <message>
        <source>Enter a title: it is how the task shows on the timeline.</source>
        <translation>Geben Sie einen Titel ein: So wird die Aufgabe auf der Zeitleiste angezeigt.</translation>
    </message>
    <message>
        <source>Enter the effort in hours, e.g. 1.5 for 1 h 30 min.</source>
        <translation>Geben Sie den Aufwand in Stunden ein, z. B. 1,5 für 1 h 30 min.</translation>
    </message>
    <message>
        <source>“%1” is not an effort Sunrelay can plan: enter at least %2 of work and at most %3 hours.</source>
        <translation>„%1“ ist kein Aufwand, den Sunrelay planen kann: Geben Sie mindestens %2 Arbeit und höchstens %3 Stunden ein.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone, die Sunrelay kennt. Wählen Sie eine aus der Liste oder geben Sie einen IANA-Namen wie Europe/Berlin ein.</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Title of the task dialog when adding a task; %1 is the task&apos;s id</extracomment>
        <translation>Aufgabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <extracomment>Title of the task dialog when editing a task; %1 is the task&apos;s id</extracomment>
        <translation>Aufgabe %1 bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Accessible name of the task dialog&apos;s title field</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Title problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s title field when it is invalid</extracomment>
        <translation>Problem mit dem Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form label in the task dialog: the task&apos;s title</extracomment>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <extracomment>Accessible name of the task dialog&apos;s effort field</extracomment>
        <translation>Aufwand in Stunden</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Placeholder in the effort field: the unit typed</extracomment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Effort problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s effort field when it is invalid</extracomment>
        <translation>Problem mit dem Aufwand</translation>
    </message>
    <message>
        <source>&amp;Effort (hours):</source>
        <extracomment>Form label in the task dialog: the work the task takes, in hours</extracomment>
        <translation>&amp;Aufwand (Stunden):</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Accessible name of the task dialog&apos;s priority field</extracomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>1 is the highest: tasks are worked in priority order.</source>
        <translation>1 ist die höchste: Aufgaben werden nach Priorität bearbeitet.</translation>
    </message>
    <message>
        <source>1 is the highest</source>
        <extracomment>Hint beside the task dialog&apos;s priority field: priority 1 comes first</extracomment>
        <translation>1 ist die höchste</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <extracomment>Form label in the task dialog: the task&apos;s priority</extracomment>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <extracomment>Check box used as a form label in the task dialog: the task has a deadline</extracomment>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline check box</extracomment>
        <translation>Hat eine Frist</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline date field</extracomment>
        <translation>Datum der Frist</translation>
    </message>
    <message>
        <source>Deadline time</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time field</extracomment>
        <translation>Uhrzeit der Frist</translation>
    </message>
    <message>
        <source>Deadline time zone</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time zone field</extracomment>
        <translation>Zeitzone der Frist</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <extracomment>Accessible name of the note under the deadline saying what it is in other time zones</extracomment>
        <translation>Hinweis zur Frist</translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <extracomment>Accessible name of the message shown under the deadline fields when they are invalid</extracomment>
        <translation>Problem mit der Frist</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Accessible name of the task dialog&apos;s notes field</extracomment>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Links, context, who to ask</source>
        <translation>Links, Hintergrund, wen man fragen kann</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <extracomment>Form label in the task dialog: free-text notes on the task</extracomment>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Beside the effort field: the hours typed, written out; %1 is e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TasksModel</name>
    <message>
        <source>not within the horizon</source>
        <extracomment>Backlog table, Finish column: the task does not finish within the days computed</extracomment>
        <translation>nicht innerhalb des Horizonts</translation>
    </message>
    <message>
        <source>%1 · late by %2</source>
        <extracomment>Backlog table, Finish column: when the task finishes, and by how much it misses its deadline: &quot;Tue 3 Nov 14:00 · late by 5 h&quot;</extracomment>
        <translation>%1 · %2 verspätet</translation>
    </message>
    <message>
        <source>Misses its deadline, %1.</source>
        <extracomment>Backlog tooltip line for a late task; %1 is its deadline (date and time)</extracomment>
        <translation>Verpasst ihre Frist, %1.</translation>
    </message>
    <message>
        <source>Not finished by the end of the routing horizon, %1.</source>
        <translation>Nicht fertig bis zum Ende des Planungshorizonts, %1.</translation>
    </message>
    <message>
        <source>Alone in its starting region it would finish %1.</source>
        <translation>Allein in ihrer Startregion wäre sie am %1 fertig.</translation>
    </message>
    <message>
        <source>Times in %1, the reference zone</source>
        <translation>Zeiten in %1, der Referenzzeitzone</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the task&apos;s short id (&quot;T-1&quot;)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s title</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Effort</source>
        <extracomment>Column header: the task&apos;s work in hours</extracomment>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s priority (1 is highest)</extracomment>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s deadline</extracomment>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>Column header: which region and when a task starts, or Backlog</extracomment>
        <translation>Einplanung</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Column header: when the task is done</extracomment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TeamPanel</name>
    <message>
        <source>No member matches “%1”.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the filter matches nobody; %1 is the filter text</extracomment>
        <translation>Kein Mitglied passt zu „%1“.</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the plan has no members</extracomment>
        <translation>Noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <extracomment>Heading of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>Regions</source>
        <extracomment>Accessible name of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Add region</source>
        <extracomment>Tooltip of a tool button in the Team panel: adds a region</extracomment>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Region colour…</source>
        <extracomment>Tooltip of a tool button in the Team panel: picks the selected region&apos;s colour</extracomment>
        <translation>Farbe der Region …</translation>
    </message>
    <message>
        <source>Move region up</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region up the list</extracomment>
        <translation>Region nach oben</translation>
    </message>
    <message>
        <source>Move region down</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region down the list</extracomment>
        <translation>Region nach unten</translation>
    </message>
    <message>
        <source>Delete region</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected region</extracomment>
        <translation>Region löschen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <extracomment>Heading of the Team panel&apos;s member table</extracomment>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Filter by name, region or zone</source>
        <translation>Name, Region oder Zeitzone</translation>
    </message>
    <message>
        <source>Filter members</source>
        <extracomment>Accessible name of the filter field above the Team panel&apos;s member table</extracomment>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Accessible name of the Team panel&apos;s member table</extracomment>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Add member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the dialog that adds a member</extracomment>
        <translation>Mitglied hinzufügen …</translation>
    </message>
    <message>
        <source>Show member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: shows the selected member (plan opened read-only)</extracomment>
        <translation>Mitglied anzeigen …</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the selected member for editing</extracomment>
        <translation>Mitglied bearbeiten …</translation>
    </message>
    <message>
        <source>Delete member</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected member</extracomment>
        <translation>Mitglied löschen</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Screen-reader name of a note above the members table</extracomment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog for a region; %1 is the region&apos;s name</extracomment>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <extracomment>Button in the box asking whether to delete a region</extracomment>
        <translation>Region &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation>
            <numerusform>%1 gelöscht: %2 ist zurück im Backlog. Bearbeiten &gt; Rückgängig holt sie zurück.</numerusform>
            <numerusform>%1 gelöscht: %2 sind zurück im Backlog. Bearbeiten &gt; Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt das Mitglied zurück.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>Default name of a newly added region; %1 is its number in the list</extracomment>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the message box that asks to add a region before adding a member</extracomment>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add a region first: every member belongs to one.</source>
        <translation>Fügen Sie zuerst eine Region hinzu: Jedes Mitglied gehört zu einer.</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Title of the member dialog for a read-only plan; %1 is the member&apos;s name</extracomment>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two task ids</comment>
        <extracomment>A list of two task ids in a sentence, e.g. &quot;T-3 and T-7&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three task ids</comment>
        <extracomment>A list of three task ids in a sentence, e.g. &quot;T-3, T-7 and T-9&quot;</extracomment>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation>
            <numerusform>%1, %2 und %n weitere</numerusform>
            <numerusform>%1, %2 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation>
            <numerusform>%1 und ihr %n Mitglied löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%1 und ihre %n Mitglieder löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation>
            <numerusform>%1 und ihr %n Mitglied löschen?</numerusform>
            <numerusform>%1 und ihre %n Mitglieder löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation>
            <numerusform>%1 wird ausgeplant. Sie können das rückgängig machen.</numerusform>
            <numerusform>%1 werden ausgeplant. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation>
            <numerusform>%1 ist das letzte Mitglied von %2: %3 wartet, bis wieder jemand %2 abdeckt.</numerusform>
            <numerusform>%1 ist das letzte Mitglied von %2: %3 warten, bis wieder jemand %2 abdeckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 bearbeitet %2; die Route wird neu berechnet.</numerusform>
            <numerusform>%1 bearbeitet %2; ihre Routen werden neu berechnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 bearbeitet %2; die Aufgabe geht an die übrigen Mitglieder von %3.</numerusform>
            <numerusform>%1 bearbeitet %2; die Aufgaben gehen an die übrigen Mitglieder von %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message>
        <source>Times in %1</source>
        <extracomment>Timeline axis caption; %1 is the city of the zone the timeline is drawn in</extracomment>
        <translation>Zeiten in %1</translation>
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
        <source>%1 %2 · %3 %4</source>
        <extracomment>A time in a member&apos;s zone and in the reference zone: &quot;09:00 Berlin · 08:00 UTC&quot;</extracomment>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <extracomment>Handoff tooltip, first line: %1 the region handing off, %2 the region taking over, %3 the day: &quot;Handoff EMEA → AMER, Mon 2 Nov&quot;</extracomment>
        <translation>Übergabe %1 → %2, %3</translation>
    </message>
    <message>
        <source>Leaves %1: %2</source>
        <extracomment>Handoff tooltip: %1 is the region handing off, %2 the time it leaves in both zones</extracomment>
        <translation>Verlässt %1: %2</translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
        <translation>Übernommen in %1: %2</translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
        <translation>Wartet %1 in einer Lücke, bis %2 %3: %4 ist die erste Region, die wieder da ist</translation>
    </message>
    <message>
        <source>Overlap of %1: %2 worked alongside %3 longest</source>
        <translation>Überlappung von %1: %2 hat am längsten neben %3 gearbeitet</translation>
    </message>
    <message>
        <source>No overlap: %1 starts as %2 stops</source>
        <translation>Keine Überlappung: %1 beginnt, wenn %2 aufhört</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A sync slot in one zone: &quot;13:00–13:15 Berlin&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>Handoff tooltip: the live meeting slot; %1 is its times in each region</extracomment>
        <translation>Sync-Slot %1</translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
        <translation>Kein Sync-Slot: asynchrone Übergabe mit schriftlicher Notiz</translation>
    </message>
    <message>
        <source>Nobody in %1 works then: it starts %2</source>
        <translation>In %1 arbeitet dann niemand: Sie beginnt %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works in these days: it starts when someone does</source>
        <translation>In %1 arbeitet an diesen Tagen niemand: Sie beginnt, sobald jemand arbeitet</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Timeline label at a late task&apos;s finish; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>Task tooltip, last line: the handoff that ends this part of the route; %1 describes it (&quot;EMEA → AMER at 17:00 …&quot;)</extracomment>
        <translation>Dann: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Task tooltip line: the handoff note; %1 is its text</extracomment>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Verpasst ihre Frist um %1.</translation>
    </message>
    <message>
        <source>%1
Placed in %2</source>
        <extracomment>Tooltip of a pinned task start; %1 is the task, %2 the region it is placed in</extracomment>
        <translation>%1
Eingeplant in %2</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Dann ist niemand frei, sie zu übernehmen: zuerst übernommen %1 (wartet %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <extracomment>Time cursor, on a region&apos;s row: the tasks waiting in the region at that moment, held by no member; %1 lists their ids (&quot;T-12, T-14&quot;)</extracomment>
        <translation>
            <numerusform>%1 wartet</numerusform>
            <numerusform>%1 warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A member&apos;s local time and the tasks waiting: &quot;Mon 09:00 · T-1, T-2 waits&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Label of a deep-work block being dragged, first in &quot;Deep work, Mon–Fri: …&quot;</extracomment>
        <translation>Fokuszeit</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Label of a working-hours block being dragged, first in &quot;Working hours, Mon–Fri: …&quot;</extracomment>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>No handoff in the next two weeks</source>
        <translation>Keine Übergabe in den nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>No handoff in the last two weeks</source>
        <translation>Keine Übergabe in den letzten zwei Wochen</translation>
    </message>
    <message>
        <source>Gap: nobody covers for %1
%2 – %3</source>
        <translation>Lücke: %1 lang deckt niemand ab
%2 – %3</translation>
    </message>
    <message>
        <source>%1 covers %2 – %3</source>
        <extracomment>Timeline tooltip on a region&apos;s row: %1 the region, %2 and %3 the start and end of the stretch someone there works: &quot;EMEA covers Mon 07:00 – Mon 17:00&quot;</extracomment>
        <translation>%1 deckt %2 – %3 ab</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation>Uhren werden am %2 um %1 vorgestellt: %3 → %4 %5</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation>Uhren werden am %2 um %1 zurückgestellt: %3 → %4 %5</translation>
    </message>
    <message>
        <source>%1: deep work, protected
%2 – %3
%4 – %5
Handoffs, sync slots and meetings must stay out of it.</source>
        <translation>%1: Fokuszeit, geschützt
%2 – %3
%4 – %5
Übergaben, Sync-Slots und Termine müssen außerhalb bleiben.</translation>
    </message>
    <message>
        <source>%1: comms window
%2 – %3</source>
        <extracomment>Screen-reader text of a comms window on the timeline: %1 the member, %2 and %3 its start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: Kommunikationsfenster
%2 – %3</translation>
    </message>
    <message>
        <source>%1: working hours
%2 – %3</source>
        <extracomment>Screen-reader text of working hours on the timeline: %1 the member, %2 and %3 their start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: Arbeitszeiten
%2 – %3</translation>
    </message>
    <message>
        <source>%1: time off</source>
        <extracomment>Timeline tooltip; %1 is a member&apos;s name</extracomment>
        <translation>%1: Abwesenheit</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>A member, their local time and zone id: &quot;Ana, 09:00 (America/Sao_Paulo)&quot;</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>World timeline</source>
        <extracomment>Accessible name of the timeline (every region&apos;s and member&apos;s hours across time zones)</extracomment>
        <translation>Weltzeitleiste</translation>
    </message>
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation>Regionen und Mitglieder im Zeitverlauf, mit den eingeplanten Aufgaben. Pfeiltasten verschieben, Plus und Minus zoomen, Auf und Ab wählen eine Zeile, die Eingabetaste öffnet sie, ] und [ zeigen die nächste und vorige Übergabe, C heftet den Zeitcursor an (Umschalt+Links und Rechts bewegen ihn). Bei einer ausgewählten Aufgabe: Strg+Links und Rechts verschieben sie um 15 Minuten (mit Umschalt um eine Minute), Strg+Auf und Ab in eine andere Region, P plant sie zu einer Zeit ein, Entf plant sie aus. Escape bricht ein Ziehen ab.</translation>
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
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5 %6</source>
        <extracomment>Tooltip while dragging a block: %1 &quot;Deep work&quot; or &quot;Working hours&quot;, %2 the days changed, %3 the hours before → after in the member&apos;s zone, %4 that zone&apos;s city; next line %5 the same in the timeline&apos;s zone, %6 its city</extracomment>
        <translation>%1, %2: %3 %4
%5 %6</translation>
    </message>
    <message>
        <source>Hold Alt to change %1 only</source>
        <translation>Alt gedrückt halten, um nur %1 zu ändern</translation>
    </message>
    <message>
        <source>Release Alt to change %1</source>
        <translation>Alt loslassen, um %1 zu ändern</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 deep work</source>
        <translation>Fokuszeit von %1 am %2 verschieben</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 working hours</source>
        <translation>Arbeitszeiten von %1 am %2 verschieben</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 deep work</source>
        <translation>Größe der Fokuszeit von %1 am %2 ändern</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 working hours</source>
        <translation>Größe der Arbeitszeiten von %1 am %2 ändern</translation>
    </message>
    <message>
        <source>Move %1&apos;s deep work (%2)</source>
        <translation>Fokuszeit von %1 verschieben (%2)</translation>
    </message>
    <message>
        <source>Move %1&apos;s working hours (%2)</source>
        <translation>Arbeitszeiten von %1 verschieben (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s deep work (%2)</source>
        <translation>Größe der Fokuszeit von %1 ändern (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s working hours (%2)</source>
        <translation>Größe der Arbeitszeiten von %1 ändern (%2)</translation>
    </message>
    <message>
        <source>Separate %1 from %2</source>
        <extracomment>Timeline context menu on a block of hours shared by several days; %1 is the weekday clicked, %2 the other days</extracomment>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 deep work</source>
        <translation>Fokuszeit von %1 am %2 abtrennen</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 working hours</source>
        <translation>Arbeitszeiten von %1 am %2 abtrennen</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <extracomment>Timeline context menu: opens the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>%1 bearbeiten …</translation>
    </message>
    <message>
        <source>Member row; Enter opens the member</source>
        <extracomment>Screen readers, a member&apos;s row on the timeline.</extracomment>
        <translation>Mitgliedszeile; Eingabetaste öffnet das Mitglied</translation>
    </message>
    <message>
        <source>Region row, open; Enter folds it</source>
        <extracomment>Screen readers, a region&apos;s row on the timeline, its members shown.</extracomment>
        <translation>Regionszeile, aufgeklappt; Eingabetaste klappt sie zu</translation>
    </message>
    <message>
        <source>Region row, folded; Enter opens it</source>
        <translation>Regionszeile, zugeklappt; Eingabetaste klappt sie auf</translation>
    </message>
    <message>
        <source>Give %1 its own deep work so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a deep-work block; %1 is the weekday clicked</extracomment>
        <translation>Dem %1 eine eigene Fokuszeit geben, sodass Ziehen nur diesen Tag ändert (oder mit gedrückter Alt-Taste ziehen)</translation>
    </message>
    <message>
        <source>Give %1 its own working hours so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a working-hours block; %1 is the weekday clicked</extracomment>
        <translation>Dem %1 eigene Arbeitszeiten geben, sodass Ziehen nur diesen Tag ändert (oder mit gedrückter Alt-Taste ziehen)</translation>
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
        <translation>Tage</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Column header: the clock time a range starts</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: the clock time a range ends</extracomment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Column header: how long a range lasts</extracomment>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <extracomment>Week grid table: an end time on the next day; %1 is the clock time</extracomment>
        <translation>%1 (nächster Tag)</translation>
    </message>
    <message>
        <source>Local start time, such as %1 or %2</source>
        <translation>Lokale Beginnzeit, etwa %1 oder %2</translation>
    </message>
    <message>
        <source>Local end time, such as 5:30 PM or 17:30; 12:00 AM is midnight at the end of the day, and an end at or before the start runs into the next day</source>
        <translation>Lokale Endzeit, etwa 5:30 PM oder 17:30; 12:00 AM ist Mitternacht am Ende des Tages, und ein Ende am oder vor dem Beginn reicht in den nächsten Tag</translation>
    </message>
    <message>
        <source>Local end time, such as 17:30 or 5:30 PM; 24:00 is midnight, and an end at or before the start runs into the next day</source>
        <translation>Lokale Endzeit, etwa 17:30 oder 5:30 PM; 24:00 ist Mitternacht, und ein Ende am oder vor dem Beginn reicht in den nächsten Tag</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <extracomment>Member dialog, week grid: button to edit the layer of working hours</extracomment>
        <translation>Arbeits&amp;zeiten</translation>
    </message>
    <message>
        <source>&amp;Deep work</source>
        <extracomment>Member dialog, week grid: button to edit the layer of protected, meeting-free focus time</extracomment>
        <translation>&amp;Fokuszeit</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Member dialog, week grid: button to edit the layer of fixed windows for messages and calls</extracomment>
        <translation>&amp;Kommunikationsfenster</translation>
    </message>
    <message>
        <source>Edit the hours this person works</source>
        <translation>Die Stunden bearbeiten, in denen diese Person arbeitet</translation>
    </message>
    <message>
        <source>Edit protected deep-work blocks: no meetings, handoffs or comms inside</source>
        <translation>Geschützte Fokusblöcke bearbeiten: keine Termine, Übergaben oder Kommunikation darin</translation>
    </message>
    <message>
        <source>Edit the fixed windows for messages and calls</source>
        <translation>Die festen Zeitfenster für Nachrichten und Anrufe bearbeiten</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Accessible name of the week grid in the member dialog (a member&apos;s weekly hours)</extracomment>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation>Ziehen Sie auf einem Tag, um einen Zeitraum hinzuzufügen, ziehen Sie an seinen Rändern, um die Größe zu ändern, ziehen Sie über Mitternacht hinaus, um in den nächsten Tag zu reichen. Rechtsklick oder Entf entfernt. Umschalt gedrückt halten für 1-Minuten-Schritte.</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <extracomment>Button under the member dialog&apos;s week grid: adds a time range to the layer shown</extracomment>
        <translation>Zeitraum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove range</source>
        <extracomment>Button under the member dialog&apos;s week grid: removes the selected time range</extracomment>
        <translation>Zeitraum &amp;entfernen</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>Member dialog, week grid: an edit was refused; %1 says why</extracomment>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3 the next day</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end on the next day (&quot;Mon–Fri 22:00 to 02:00 the next day&quot;)</extracomment>
        <translation>%1 %2 bis %3 am nächsten Tag</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end (&quot;Mon–Fri 09:00 to 17:00&quot;)</extracomment>
        <translation>%1 %2 bis %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A layer of the week and its ranges: &quot;Deep work: Mon 09:00–12:00; Tue 09:00–12:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen-reader text: a layer of the week with no ranges, as in &quot;Deep work: none&quot;</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left and Right changes its end, Alt with Up and Down moves it to another day, Delete removes it; hold Shift for 1-minute steps.</source>
        <translation>%1. Bearbeitet wird: %2. Auf und Ab wählen einen Zeitraum, Links und Rechts verschieben ihn, Strg mit Links und Rechts ändert sein Ende, Alt mit Auf und Ab verschiebt ihn auf einen anderen Tag, Entf entfernt ihn; Umschalt gedrückt halten für 1-Minuten-Schritte.</translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <extracomment>Accessible name of the table of time ranges; %1 is the layer, e.g. &quot;Working hours&quot;</extracomment>
        <translation>Zeiträume: %1</translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
        <translation>Geschützt: keine Termine, Übergaben oder Kommunikationsfenster.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: working hours</extracomment>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: protected focus time</extracomment>
        <translation>Fokuszeit</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: fixed times for messages and calls</extracomment>
        <translation>Kommunikationsfenster</translation>
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
        <translation>Keine Tage</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type hours and minutes, such as %2.</source>
        <translation>„%1“ ist keine Uhrzeit. Geben Sie Stunden und Minuten ein, etwa %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to 59, such as %2.</source>
        <translation>„%1“ entspricht nicht der 12-Stunden-Uhr: Verwenden Sie die Stunden 1 bis 12 und die Minuten 00 bis 59, etwa %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation>„%1“ ist keine gültige Uhrzeit: Verwenden Sie 00:00 bis 23:59 oder 24:00 für ein Ende um Mitternacht.</translation>
    </message>
    <message>
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
        <translation>Ein Zeitraum kann nicht um „%1“ beginnen, der Mitternacht, die den Tag beendet. Lassen Sie ihn stattdessen um %2 am nächsten Tag beginnen.</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <extracomment>Placeholder: the weekdays a range is on, Monday to Friday; write your short day names</extracomment>
        <translation>Mo–Fr</translation>
    </message>
    <message>
        <source>Days the range starts on, such as Mon–Fri or Sat, Sun</source>
        <translation>Tage, an denen der Zeitraum beginnt, etwa Mo–Fr oder Sa, So</translation>
    </message>
    <message>
        <source>“%1” is not a span of days. Write a span as two days, such as Mon–Fri.</source>
        <translation>„%1“ ist keine Tagesspanne. Schreiben Sie eine Spanne als zwei Tage, etwa Mo–Fr.</translation>
    </message>
    <message>
        <source>“%1” is not a day. Use day names such as Mon or Tue, or a span such as Mon–Fri.</source>
        <translation>„%1“ ist kein Tag. Verwenden Sie Tagesnamen wie Mo oder Di, oder eine Spanne wie Mo–Fr.</translation>
    </message>
    <message>
        <source>Choose at least one day, such as Mon or Mon–Fri.</source>
        <translation>Wählen Sie mindestens einen Tag, etwa Mo oder Mo–Fr.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sunrelay</source>
        <extracomment>Heading of the page shown when no plan is open</extracomment>
        <translation>Willkommen bei Sunrelay</translation>
    </message>
    <message>
        <source>Plan work that follows the sun: see where each handoff falls, where nobody covers, and keep everyone&apos;s deep work protected.</source>
        <translation>Planen Sie Arbeit, die der Sonne folgt: Sehen Sie, wo jede Übergabe liegt und wo niemand abdeckt, und halten Sie die Fokuszeit aller geschützt.</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <extracomment>Welcome page button: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>&amp;Demo-Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <extracomment>Welcome page button: creates a new, empty plan file</extracomment>
        <translation>&amp;Neuer Plan …</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <extracomment>Welcome page button: opens an existing plan file</extracomment>
        <translation>Plan ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <extracomment>Welcome page: heading of the list of recently opened plans</extracomment>
        <translation>&amp;Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <extracomment>Accessible name of the Welcome page&apos;s list of recently opened plans</extracomment>
        <translation>Zuletzt geöffnete Pläne</translation>
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
        <translation>Noch keine zuletzt geöffneten Pläne</translation>
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
        <translation>Auch bekannt als %1</translation>
    </message>
    <message>
        <source>No time zone matches the search.</source>
        <translation>Keine Zeitzone passt zur Suche.</translation>
    </message>
    <message>
        <source>No time zone matches the search; the zone stays %1.</source>
        <translation>Keine Zeitzone passt zur Suche; die Zeitzone bleibt %1.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it.</source>
        <translation>Drücken Sie die Eingabetaste oder klicken Sie darauf, um sie auszuwählen.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it instead of %1.</source>
        <translation>Drücken Sie die Eingabetaste oder klicken Sie darauf, um sie statt %1 auszuwählen.</translation>
    </message>
    <message>
        <source>%1: %2, not chosen yet</source>
        <comment>zone id, day, clock (zone)</comment>
        <translation>%1: %2, noch nicht ausgewählt</translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation>Noch keine Zeitzone ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation>Ortszeit %1</translation>
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
        <source>City, country, zone or UTC offset</source>
        <translation>Stadt, Land, Zeitzone oder UTC-Versatz</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s search field</extracomment>
        <translation>Zeitzonen suchen</translation>
    </message>
    <message>
        <source>City</source>
        <extracomment>Column header: the zone&apos;s main city</extracomment>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header: the country (in the reader&apos;s language)</extracomment>
        <translation>Land</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column header: the IANA time zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column header: the zone&apos;s offset from UTC now (&quot;UTC+01:00&quot;)</extracomment>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s list of matching time zones</extracomment>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>Selected time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s text on the chosen zone (local time, UTC offset)</extracomment>
        <translation>Ausgewählte Zeitzone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s field when read-only</extracomment>
        <translation>Zeitzone</translation>
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
        <translation>Keine Zeitumstellung in Sicht</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2, %3 → %4</source>
        <translation>Uhren werden am %2 um %1 vorgestellt, %3 → %4</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2, %3 → %4</source>
        <translation>Uhren werden am %2 um %1 zurückgestellt, %3 → %4</translation>
    </message>
</context>
</TS>
