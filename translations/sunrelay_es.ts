<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CalDav</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is an HTTP method (PUT, REPORT), %2 a URL</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the password would travel in clear text. Use https://, or allow plain http explicitly.</source>
        <translation>%1 no está cifrado (http://): la contraseña viajaría en texto claro. Use https:// o permita explícitamente http sin cifrar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// server address</source>
        <translation>«%1» no es una dirección de servidor http:// ni https://</translation>
    </message>
    <message>
        <source>could not reach the server (%1): %2</source>
        <translation>no se pudo conectar con el servidor (%1): %2</translation>
    </message>
    <message>
        <source>the server did not answer in time (%1)</source>
        <translation>el servidor no respondió a tiempo (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (401, %1)</source>
        <translation>el servidor rechazó el nombre de usuario o la contraseña (401, %1)</translation>
    </message>
    <message>
        <source>this account may not change calendar %1 on the server (403, %2)</source>
        <translation>esta cuenta no tiene permiso para modificar el calendario %1 en el servidor (403, %2)</translation>
    </message>
    <message>
        <source>not found on the server (404, %1)</source>
        <translation>no se encontró en el servidor (404, %1)</translation>
    </message>
    <message>
        <source>event %1 in calendar %2 was changed on the server by someone else since Sunrelay read it; it was not overwritten (publish again to replace it with the plan&apos;s version)</source>
        <translation>otra persona modificó en el servidor el evento %1 del calendario %2 después de que Sunrelay lo leyera; no se sobrescribió (vuelva a publicar para sustituirlo por la versión del plan)</translation>
    </message>
    <message>
        <source>the server failed (%1, %2); publish again to complete</source>
        <translation>el servidor falló (%1, %2); vuelva a publicar para completar la publicación</translation>
    </message>
    <message>
        <source>unexpected reply %1 to %2</source>
        <translation>respuesta inesperada %1 a %2</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 is larger than %2 bytes; it was not read</source>
        <translation>la respuesta del servidor a %1 supera los %2 bytes; no se leyó</translation>
    </message>
    <message>
        <source>the server&apos;s reply to %1 cannot be read: %2</source>
        <translation>no se puede leer la respuesta del servidor a %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>Why a publish to a CalDAV server ended: the user cancelled it</extracomment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a calendar map file; %1 is its line number</extracomment>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected KEY = URL, e.g. member:anna = %1</source>
        <translation>se esperaba KEY = URL, p. ej. member:anna = %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar key (member:ID, region:ID or handoffs)</source>
        <translation>«%1» no es una clave de calendario (member:ID, region:ID o handoffs)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a URL</source>
        <translation>%1: «%2» no es una URL</translation>
    </message>
    <message>
        <source>%1: %2 is not on the server %3 (the password is sent to that server only)</source>
        <translation>%1: %2 no está en el servidor %3 (la contraseña solo se envía a ese servidor)</translation>
    </message>
    <message>
        <source>All handoffs</source>
        <extracomment>The calendar of every handoff in the plan, in the calendar map (Publish &gt; Use Existing Calendars)</extracomment>
        <translation>Todos los relevos</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>A region&apos;s calendar in the calendar map; %1 is the region</extracomment>
        <translation>Región %1</translation>
    </message>
    <message>
        <source>%1 is mapped twice</source>
        <extracomment>A problem in a calendar map file: %1 is a calendar key (&quot;member:anna&quot;) given on two lines</extracomment>
        <translation>%1 está asignada dos veces</translation>
    </message>
    <message>
        <source>%1: %2 is already mapped to another calendar key; two keys in one calendar would delete each other&apos;s events</source>
        <translation>%1: %2 ya está asignado a otra clave de calendario; dos claves en un mismo calendario borrarían mutuamente sus eventos</translation>
    </message>
    <message>
        <source>the plan has no member &quot;%1&quot;</source>
        <translation>el plan no tiene ningún miembro «%1»</translation>
    </message>
    <message>
        <source>the plan has no region &quot;%1&quot;</source>
        <translation>el plan no tiene ninguna región «%1»</translation>
    </message>
    <message>
        <source>the server refused to create calendar %1 (%2; %3, %4). Create it on the server yourself, or map %2 to an existing calendar: a line &quot;%2 = URL&quot; in the file given to sunrelay-cli publish --calendars (--list-calendars lists yours), or Use Existing Calendars… in the Publish dialog.</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 HTTP status, %4 request</extracomment>
        <translation>el servidor se negó a crear el calendario %1 (%2; %3, %4). Créelo usted mismo en el servidor o asigne %2 a un calendario existente: con una línea «%2 = URL» en el archivo indicado a sunrelay-cli publish --calendars (--list-calendars muestra los suyos) o con «Usar calendarios existentes…» en el diálogo «Publicar en un servidor de calendarios».</translation>
    </message>
    <message>
        <source>calendar %1 (%2) is mapped to %3, which is not a calendar on the server; Sunrelay does not create mapped calendars: correct the mapping or create the calendar</source>
        <extracomment>%1 calendar name, %2 calendar key (member:anna), %3 URL</extracomment>
        <translation>el calendario %1 (%2) está asignado a %3, que no es un calendario del servidor; Sunrelay no crea los calendarios asignados: corrija la asignación o cree el calendario</translation>
    </message>
    <message>
        <source>%1: %2 holds no events (%3), so the plan&apos;s events cannot go there</source>
        <extracomment>A problem in a calendar map: %1 is a calendar key (&quot;member:anna&quot;), %2 the URL of a calendar on the server that holds only other components, %3 those components (&quot;VTODO&quot;)</extracomment>
        <translation>%1: %2 no admite eventos (%3), así que los eventos del plan no pueden ir ahí</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>Error on an iCalendar file; %1 is the file&apos;s name, %2 why it cannot be read</extracomment>
        <translation>No se puede leer %1: %2</translation>
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
        <source>the file, or a line in it, is too large</source>
        <translation>el archivo, o una de sus líneas, es demasiado grande</translation>
    </message>
    <message>
        <source>this is not iCalendar text</source>
        <translation>no es texto iCalendar</translation>
    </message>
    <message>
        <source>there is no calendar (VCALENDAR) in the file</source>
        <translation>no hay ningún calendario (VCALENDAR) en el archivo</translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation>no se puede leer un valor</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <extracomment>What is wrong in an iCalendar file: a TZID the tz database does not know</extracomment>
        <translation>zona horaria desconocida</translation>
    </message>
    <message>
        <source>too many events</source>
        <extracomment>What is wrong in an iCalendar file: it holds more events than Sunrelay reads</extracomment>
        <translation>demasiados eventos</translation>
    </message>
    <message>
        <source>recurring events repeat too often in the range</source>
        <translation>los eventos periódicos se repiten demasiadas veces en el intervalo</translation>
    </message>
    <message>
        <source>no such member or region in the plan</source>
        <translation>no existe ese miembro o esa región en el plan</translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 2037</source>
        <translation>las fechas deben estar entre 1970 y 2037</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is a line number</extracomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <extracomment>Where the problem is in an iCalendar file; %1 is the event&apos;s UID</extracomment>
        <translation>evento «%1»</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2
</source>
        <extracomment>sunrelay-cli --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Uso: sunrelay-cli %1

%2
</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli %1: %2
Usage: sunrelay-cli %3
</source>
        <extracomment>sunrelay-cli usage error: %1 is the command, %2 the problem, %3 the command&apos;s synopsis</extracomment>
        <translation>sunrelay-cli %1: %2
Uso: sunrelay-cli %3
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
        <translation>Primera fecha UTC (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Última fecha UTC (AAAA-MM-DD), incluida.</translation>
    </message>
    <message>
        <source>Show times in this IANA zone (default: the system zone).</source>
        <translation>Mostrar las horas en esta zona IANA (predeterminada: la zona del sistema).</translation>
    </message>
    <message>
        <source>Print JSON as documented in the README.</source>
        <translation>Imprimir JSON tal como se documenta en el README.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <extracomment>sunrelay-cli --help: the -o/--output option</extracomment>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a time zone name given on the command line</extracomment>
        <translation>zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: no se admiten fechas posteriores a 2037</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>se necesitan tanto --from como --to</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <extracomment>sunrelay-cli error: the --to date is earlier than the --from date (option names stay in English)</extracomment>
        <translation>--to es anterior a --from</translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a report covers at most %4 days (about three years): ask for a shorter window</source>
        <translation>del %1 al %2 hay %3 días; un informe abarca como máximo %4 días (unos tres años): pida un intervalo más corto</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli --help: the PLAN argument</extracomment>
        <translation>El archivo del plan.</translation>
    </message>
    <message>
        <source>standard output</source>
        <extracomment>sunrelay-cli: names the console output in an error line, &quot;standard output: ...&quot;</extracomment>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>%1: ok: &quot;%2&quot;, %3 regions, %4 members, %5 tasks (%6 placed)
</source>
        <translation>%1: correcto: «%2», %3 regiones, %4 miembros, %5 tareas (%6 colocadas)
</translation>
    </message>
    <message>
        <source>The plan&apos;s name (default: the roster&apos;s file name).</source>
        <translation>El nombre del plan (predeterminado: el nombre del archivo de la plantilla).</translation>
    </message>
    <message>
        <source>The roster CSV file.</source>
        <extracomment>sunrelay-cli --help: the ROSTER argument of the import command</extracomment>
        <translation>El archivo CSV con la plantilla.</translation>
    </message>
    <message>
        <source>-o PLAN.json is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>se necesita -o PLAN.json</translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <extracomment>sunrelay-cli after a roster import: %1 is the plan file written, %2 and %3 counts</extracomment>
        <translation>%1: %2 miembros en %3 regiones
</translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <extracomment>sunrelay-cli --help: the input plan argument of a conversion command</extracomment>
        <translation>El plan que se leerá.</translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing; %1 is the output&apos;s placeholder, e.g. PLAN.sunrelay</extracomment>
        <translation>se necesita -o %1</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --member option</extracomment>
        <translation>El id del miembro.</translation>
    </message>
    <message>
        <source>The region&apos;s id.</source>
        <extracomment>sunrelay-cli --help: the --region option</extracomment>
        <translation>El id de la región.</translation>
    </message>
    <message>
        <source>unknown --include item &quot;%1&quot; (use handoffs, deepwork, comms, tasks, separated by commas)</source>
        <translation>elemento de --include desconocido «%1» (use handoffs, deepwork, comms, tasks, separados por comas)</translation>
    </message>
    <message>
        <source>warning: not read as an earlier export (%1); every event is new (SEQUENCE 0)</source>
        <translation>aviso: no se ha leído como una exportación anterior (%1); todos los eventos son nuevos (SEQUENCE 0)</translation>
    </message>
    <message>
        <source>Export the whole plan.</source>
        <extracomment>sunrelay-cli --help: the --all option of calendar export</extracomment>
        <translation>Exportar el plan completo.</translation>
    </message>
    <message>
        <source>What to export, separated by commas: handoffs, deepwork, comms, tasks (default: handoffs,deepwork,comms).</source>
        <translation>Qué exportar, separado por comas: handoffs, deepwork, comms, tasks (predeterminado: handoffs,deepwork,comms).</translation>
    </message>
    <message>
        <source>give exactly one of --member ID, --region ID and --all</source>
        <translation>indique exactamente una de estas opciones: --member ID, --region ID o --all</translation>
    </message>
    <message>
        <source>-o FILE.ics is required</source>
        <extracomment>sunrelay-cli error: the -o option is missing (option and placeholder stay in English)</extracomment>
        <translation>se necesita -o FILE.ics</translation>
    </message>
    <message>
        <source>%1: %2 events
</source>
        <extracomment>sunrelay-cli after a calendar export: %1 is the file written, %2 the number of events in it</extracomment>
        <translation>%1: %2 eventos
</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files only, not in plan JSON; make one with: sunrelay-cli import %1 -o PLAN.sunrelay</source>
        <translation>los calendarios importados solo se guardan en archivos de plan, no en el JSON del plan; cree uno con: sunrelay-cli import %1 -o PLAN.sunrelay</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Contar los eventos de día completo como tiempo ocupado.</translation>
    </message>
    <message>
        <source>The calendar file.</source>
        <extracomment>sunrelay-cli --help: the iCalendar file argument</extracomment>
        <translation>El archivo de calendario.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli error: the --member option is missing (option stays in English)</extracomment>
        <translation>se necesita --member ID</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a member id not found in the plan</extracomment>
        <translation>no existe el miembro «%1»</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after a busy-time import: %1 plan file, %2 count, %3 member&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %2 tiempos ocupados de %3 importados de %4
</translation>
    </message>
    <message>
        <source>--region ID is required</source>
        <extracomment>sunrelay-cli error: the --region option is missing (option stays in English)</extracomment>
        <translation>se necesita --region ID</translation>
    </message>
    <message>
        <source>no region &quot;%1&quot;</source>
        <extracomment>sunrelay-cli error: %1 is a region id not found in the plan</extracomment>
        <translation>no existe la región «%1»</translation>
    </message>
    <message>
        <source>%1: %2 holidays for %3 from %4
</source>
        <extracomment>sunrelay-cli after a holiday import: %1 plan file, %2 count, %3 region&apos;s name, %4 iCalendar file</extracomment>
        <translation>%1: %2 festivos de %3 importados de %4
</translation>
    </message>
    <message>
        <source>Coverage, gaps, overlaps and handoffs for the dates DATE..DATE.</source>
        <translation>Cobertura, huecos, solapamientos y relevos en las fechas DATE..DATE.</translation>
    </message>
    <message>
        <source>How each placed task travels region to region, and what that gains.</source>
        <translation>Cómo pasa cada tarea colocada de región en región, y qué se gana con ello.</translation>
    </message>
    <message>
        <source>Where the plan breaks its maker-schedule rules.</source>
        <translation>Dónde incumple el plan sus reglas de horario de creador (maker schedule).</translation>
    </message>
    <message>
        <source>Validate a plan file.</source>
        <extracomment>sunrelay-cli --help: summary of the check command</extracomment>
        <translation>Validar un archivo de plan.</translation>
    </message>
    <message>
        <source>Make a plan from a member roster kept in a spreadsheet.</source>
        <translation>Crear un plan a partir de una plantilla de miembros mantenida en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Make a plan file from plan interchange JSON.</source>
        <translation>Crear un archivo de plan a partir del JSON de intercambio de planes.</translation>
    </message>
    <message>
        <source>Write a plan file as plan interchange JSON.</source>
        <translation>Escribir un archivo de plan como JSON de intercambio de planes.</translation>
    </message>
    <message>
        <source>Export handoffs, deep-work blocks, comms windows and task segments as an iCalendar file.</source>
        <translation>Exportar relevos, bloques de trabajo profundo, ventanas de comunicación y tramos de tareas a un archivo iCalendar.</translation>
    </message>
    <message>
        <source>Import a member&apos;s own calendar as busy time (replaces the member&apos;s earlier import).</source>
        <translation>Importar el calendario propio de un miembro como tiempo ocupado (sustituye la importación anterior de ese miembro).</translation>
    </message>
    <message>
        <source>Import a region&apos;s public holidays as time off for its members.</source>
        <translation>Importar los festivos de una región como ausencias de sus miembros.</translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli COMMAND [OPTIONS]

Plans follow-the-sun work for teams across time zones.
PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC dates).

Commands:
</source>
        <translation>Uso: sunrelay-cli COMMAND [OPTIONS]

Planifica trabajo que sigue al sol para equipos repartidos entre zonas horarias.
PLAN es un archivo de plan (.sunrelay) o JSON de intercambio de planes; DATE es AAAA-MM-DD (fechas UTC).

Órdenes:
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
Opciones:
  -h, --help     Mostrar esta ayuda, o la de una orden si va tras su nombre.
  -v, --version  Mostrar la versión.

Estado de salida: 0 correcto, 1 entrada no válida, 2 error de uso.
</translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
        <extracomment>sunrelay-cli error: %1 is the command typed, not one sunrelay-cli knows</extracomment>
        <translation>sunrelay-cli: orden desconocida «%1»

</translation>
    </message>
    <message>
        <source>the text stream failed</source>
        <extracomment>sunrelay-cli error: writing the JSON output to the terminal or a pipe failed</extracomment>
        <translation>ha fallado el flujo de texto</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <extracomment>sunrelay-cli error: writing the JSON output failed; %1 is the system&apos;s reason</extracomment>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: out of memory
</source>
        <extracomment>Printed when sunrelay-cli runs out of memory and stops</extracomment>
        <translation>sunrelay-cli: memoria agotada
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1
</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: error interno: %1
</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1</source>
        <extracomment>Printed when sunrelay-cli stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay-cli: error interno: %1</translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error</source>
        <extracomment>Printed when sunrelay-cli stops on a bug with no message</extracomment>
        <translation>sunrelay-cli: error interno</translation>
    </message>
    <message>
        <source>Wrote %1 (members: %2, tasks: %3)
</source>
        <extracomment>After writing a plan file: its path and how many members and tasks it holds</extracomment>
        <translation>Se escribió %1 (miembros: %2, tareas: %3)
</translation>
    </message>
    <message>
        <source>Publish members&apos;, regions&apos; and handoff calendars to a CalDAV server, changing only what changed.</source>
        <translation>Publicar los calendarios de miembros, regiones y relevos en un servidor CalDAV, cambiando solo lo que haya cambiado.</translation>
    </message>
    <message>
        <source>Git&apos;s merge driver for plan JSON: merge THEIRS into OURS by region, member and task (exit 1: conflicts marked in OURS).</source>
        <translation>Controlador de fusión de Git para JSON de plan: fusiona THEIRS en OURS por región, miembro y tarea (salida 1: conflictos marcados en OURS).</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check: %1); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the problem SQLite&apos;s integrity check reports, in English</extracomment>
        <translation>el archivo está dañado (comprobación de integridad de SQLite: %1); el archivo no se ha modificado; restáurelo desde una copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem(s)); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the first problem SQLite&apos;s integrity check reports, in English; %n how many more it found</extracomment>
        <translation>
            <numerusform>el archivo está dañado (comprobación de integridad de SQLite: %1, y %n problema más); el archivo no se ha modificado; restáurelo desde una copia de seguridad</numerusform>
            <numerusform>el archivo está dañado (comprobación de integridad de SQLite: %1, y %n problemas más); el archivo no se ha modificado; restáurelo desde una copia de seguridad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The sync slot falls inside %1&apos;s deep-work block.</source>
        <translation>La franja de sincronización cae dentro del bloque de trabajo profundo de %1.</translation>
    </message>
    <message>
        <source>A handoff is picked up during %1&apos;s deep-work block, and nobody else on the receiving side is free then.</source>
        <translation>Se toma un relevo durante el bloque de trabajo profundo de %1, y nadie más del lado receptor está libre en ese momento.</translation>
    </message>
    <message>
        <source>%1 has no deep-work block of at least %2 on this workday.</source>
        <translation>%1 no tiene ningún bloque de trabajo profundo de al menos %2 en esta jornada.</translation>
    </message>
    <message>
        <source>%1&apos;s comms window cuts %2 into a deep-work block.</source>
        <translation>La ventana de comunicación de %1 invade %2 un bloque de trabajo profundo.</translation>
    </message>
    <message>
        <source>%1 has %2 of deep work outside working hours.</source>
        <translation>%1 tiene %2 de trabajo profundo fuera del horario laboral.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>Nadie cubre durante %1 (el límite es %2).</translation>
    </message>
    <message>
        <source>A meeting from %1&apos;s calendar cuts %2 into a deep-work block.</source>
        <translation>Una reunión del calendario de %1 invade %2 un bloque de trabajo profundo.</translation>
    </message>
</context>
<context>
    <name>ExportPlanSource</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: that is a folder, not a plan file or plan JSON</source>
        <translation>%1: es una carpeta, no un archivo de plan ni JSON de plan</translation>
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
        <translation>nada</translation>
    </message>
    <message>
        <source>a regular file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>un archivo normal</translation>
    </message>
    <message>
        <source>a directory</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;</extracomment>
        <translation>un directorio</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a named pipe</extracomment>
        <translation>un FIFO</translation>
    </message>
    <message>
        <source>a character device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a device such as /dev/null</extracomment>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a disk device</extracomment>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: a network socket</extracomment>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <extracomment>Kind of file, in &quot;is not a regular file (%1)&quot;: any other special file</extracomment>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <extracomment>A file size in mebibytes, e.g. &quot;12.5 MiB&quot;</extracomment>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <extracomment>Why a file cannot be used, after its name: &quot;plan.json: cannot open the file&quot;</extracomment>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>is not a regular file (%1)</source>
        <translation>no es un archivo normal (%1)</translation>
    </message>
    <message>
        <source>the file is too large (%1, more than the limit of %2)</source>
        <translation>el archivo es demasiado grande (%1, supera el límite de %2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1; the file was not changed</source>
        <translation>no se puede escribir el archivo: %1; el archivo no se ha modificado</translation>
    </message>
    <message>
        <source>is also an input of this command; name another output file (nothing was written)</source>
        <translation>también es una entrada de esta orden; indique otro archivo de salida (no se ha escrito nada)</translation>
    </message>
    <message>
        <source>a file already exists there; it was not changed</source>
        <translation>ya existe un archivo ahí; no se ha modificado</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist; name the file itself</source>
        <translation>es un enlace simbólico a un archivo que no existe; indique el archivo en sí</translation>
    </message>
    <message>
        <source>cannot use the file</source>
        <extracomment>Why a file cannot be used, after its name, when no better reason is known</extracomment>
        <translation>no se puede usar el archivo</translation>
    </message>
</context>
<context>
    <name>LibraryVersions</name>
    <message>
        <source>tz database</source>
        <extracomment>In Help &gt; About and --version: the IANA time zone database, then its version (&quot;2024a&quot;).</extracomment>
        <translation>base de datos tz</translation>
    </message>
</context>
<context>
    <name>MergeDriver</name>
    <message>
        <source>%1: changed differently on both sides: %2</source>
        <extracomment>%1 names a region, member or task, %2 lists its fields (&quot;zone, work&quot;)</extracomment>
        <translation>%1: modificado de forma distinta en ambos lados: %2</translation>
    </message>
    <message>
        <source>%1: deleted in ours, changed in theirs</source>
        <translation>%1: eliminado en ours, modificado en theirs</translation>
    </message>
    <message>
        <source>%1: changed in ours, deleted in theirs</source>
        <translation>%1: modificado en ours, eliminado en theirs</translation>
    </message>
    <message>
        <source>%1: added on both sides with different contents</source>
        <translation>%1: añadido en ambos lados con contenido distinto</translation>
    </message>
    <message>
        <source>%1: reordered differently on both sides; ours&apos; order is kept</source>
        <extracomment>%1 is &quot;regions&quot;, &quot;members&quot; or &quot;tasks&quot;, as the JSON key</extracomment>
        <translation>%1: reordenado de forma distinta en ambos lados; se mantiene el orden de ours</translation>
    </message>
    <message>
        <source>the merged plan is not valid: %1</source>
        <translation>el plan fusionado no es válido: %1</translation>
    </message>
    <message>
        <source>base</source>
        <extracomment>the common ancestor in a three-way merge (Git&apos;s %O)</extracomment>
        <translation>base</translation>
    </message>
    <message>
        <source>ours</source>
        <extracomment>Git merge driver: our side of a merge conflict (as in git&apos;s &quot;ours&quot;)</extracomment>
        <translation>ours</translation>
    </message>
    <message>
        <source>theirs</source>
        <extracomment>Git merge driver: their side of a merge conflict (as in git&apos;s &quot;theirs&quot;)</extracomment>
        <translation>theirs</translation>
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
        <translation>%1 (%2): %3; no se fusionó nada
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>Git merge driver: a conflict it could not resolve; %1 describes it</extracomment>
        <translation>conflicto: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</source>
        <translation>
            <numerusform>%n conflicto por resolver: conserve una sola versión de cada bloque entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;, borre las líneas de marca y compruebe el archivo con sunrelay-cli check</numerusform>
            <numerusform>%n conflictos por resolver: conserve una sola versión de cada bloque entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;, borre las líneas de marca y compruebe el archivo con sunrelay-cli check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message>
        <source>Working hours %1</source>
        <extracomment>My Week: description of a working-hours block; %1 is its time span, e.g. &quot;09:00–17:00&quot;</extracomment>
        <translation>Horario laboral %1</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>My Week: label of a block of protected, meeting-free focus time</extracomment>
        <translation>Trabajo profundo</translation>
    </message>
    <message>
        <source>Protected deep work %1 (%2)</source>
        <translation>Trabajo profundo protegido %1 (%2)</translation>
    </message>
    <message>
        <source>Comms</source>
        <extracomment>Short for comms window: a fixed time for messages and calls</extracomment>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Comms window %1</source>
        <extracomment>My Week: description of a comms window block; %1 is its time span, e.g. &quot;09:00–10:00&quot;</extracomment>
        <translation>Ventana de comunicación %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>My Week: label of a day the member is off (holiday, leave)</extracomment>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Time off (%1 to %2)</source>
        <translation>Ausencia (del %1 al %2)</translation>
    </message>
    <message>
        <source>%1: public holiday in %2</source>
        <translation>%1: festivo en %2</translation>
    </message>
    <message>
        <source>%1 %2 (busy, from your calendar)</source>
        <translation>%1 %2 (ocupado, de su calendario)</translation>
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
        <translation>Relevo %1 → %2</translation>
    </message>
    <message>
        <source>You pass on at %1; %2 picks up %3</source>
        <translation>Usted pasa el relevo a las %1; %2 lo toma: %3</translation>
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
        <translation>Usted toma el relevo a las %1; %2 termina: %3</translation>
    </message>
    <message>
        <source>Waits %1 in a gap</source>
        <translation>Espera %1 en un hueco</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>My Week: the handoff&apos;s live sync meeting; %1 is its time span</extracomment>
        <translation>Franja de sincronización %1</translation>
    </message>
    <message>
        <source>Sync slot %1 here · %2</source>
        <translation>Franja de sincronización %1 aquí · %2</translation>
    </message>
    <message>
        <source>Async only: a written note</source>
        <translation>Solo asíncrono: una nota escrita</translation>
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
        <translation>%1 — del %2 al %3 (%4)</translation>
    </message>
    <message>
        <source>No workdays this week</source>
        <extracomment>My Week: summary when the member has no workdays in the week shown</extracomment>
        <translation>No hay jornadas laborables esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation>
            <numerusform>%1 de %n día protegido</numerusform>
            <numerusform>%1 de %n días protegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 has no deep-work block of %3</source>
        <translation>%1; el %2 no tiene ningún bloque de trabajo profundo de %3</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 meeting</source>
        <translation>el bloque del %1 lo corta una reunión a las %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 comms window</source>
        <translation>el bloque del %1 lo corta la ventana de comunicación de las %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 sync slot</source>
        <translation>el bloque del %1 lo corta la franja de sincronización de las %2</translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 handoff pickup</source>
        <translation>el bloque del %1 lo corta la toma de un relevo a las %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>The maker-score verdict and what cuts into deep work, one after the other</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The sync slot falls inside your deep-work block.</source>
        <translation>La franja de sincronización cae dentro de su bloque de trabajo profundo.</translation>
    </message>
    <message>
        <source>A handoff is picked up during your deep-work block, and nobody else on your side is free then.</source>
        <translation>Se toma un relevo durante su bloque de trabajo profundo, y nadie más de su lado está libre en ese momento.</translation>
    </message>
    <message>
        <source>No deep-work block of at least %1 on this workday.</source>
        <translation>No hay ningún bloque de trabajo profundo de al menos %1 en esta jornada.</translation>
    </message>
    <message>
        <source>A comms window cuts %1 into a deep-work block.</source>
        <translation>Una ventana de comunicación invade %1 un bloque de trabajo profundo.</translation>
    </message>
    <message>
        <source>%1 of deep work outside working hours.</source>
        <translation>%1 de trabajo profundo fuera del horario laboral.</translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation>Nadie cubre durante %1 (el límite es %2).</translation>
    </message>
    <message>
        <source>A meeting from your calendar cuts %1 into a deep-work block.</source>
        <translation>Una reunión de su calendario invade %1 un bloque de trabajo profundo.</translation>
    </message>
    <message>
        <source>%1 h day</source>
        <extracomment>My Week: the length of a day with a clock change, in whole hours, e.g. &quot;25 h day&quot;</extracomment>
        <translation>Jornada de %1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min day</source>
        <translation>Jornada de %1 h %2 min</translation>
    </message>
    <message>
        <source>longest %1</source>
        <extracomment>My Week day details: the longest stretch of work; %1 is a duration, e.g. &quot;5 h&quot;</extracomment>
        <translation>máximo continuo %1</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <extracomment>The file name endings Export Picture accepts, in a sentence</extracomment>
        <translation>.png, .svg o .pdf</translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation>%1: tipo de imagen desconocido «%2»; use %3</translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation>no se puede escribir %1: no existe la carpeta %2</translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
        <translation>no se puede escribir %1: no se ha podido dibujar la imagen de %2 × %3 px</translation>
    </message>
</context>
<context>
    <name>PublishCli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2</source>
        <extracomment>sunrelay-cli publish --help: %1 is the command&apos;s synopsis, %2 its description</extracomment>
        <translation>Uso: sunrelay-cli %1

%2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli: %1
Usage: sunrelay-cli %2
</source>
        <translation>sunrelay-cli: %1
Uso: sunrelay-cli %2
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
        <translation>El nombre de usuario de la cuenta.</translation>
    </message>
    <message>
        <source>A file whose first line is the password.</source>
        <translation>Un archivo cuya primera línea es la contraseña.</translation>
    </message>
    <message>
        <source>Allow a plain http:// server other than this computer (the password travels unencrypted).</source>
        <translation>Permitir un servidor http:// sin cifrar que no sea este equipo (la contraseña viaja sin cifrar).</translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <extracomment>sunrelay-cli publish --help: the --from option, the first day of the range</extracomment>
        <translation>Primera fecha UTC (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation>Última fecha UTC (AAAA-MM-DD), incluida.</translation>
    </message>
    <message>
        <source>the first line (the password) is empty</source>
        <translation>la primera línea (la contraseña) está vacía</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>sunrelay-cli error: %1 is the name of a required option that is missing</extracomment>
        <translation>se necesita --%1</translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation>se necesitan tanto --from como --to</translation>
    </message>
    <message>
        <source>--from..--to must run forwards and span at most three years</source>
        <translation>--from..--to debe avanzar en el tiempo y abarcar como máximo tres años</translation>
    </message>
    <message>
        <source>give at most one of --member ID, --region ID and --all</source>
        <translation>indique como máximo una de las opciones --member ID, --region ID y --all</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged, %6 conflict(s)
</source>
        <extracomment>One calendar&apos;s line of a publish summary</extracomment>
        <translation>%1: %2 creados, %3 actualizados, %4 eliminados, %5 sin cambios, %6 conflictos
</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 says which event changed on the server meanwhile</extracomment>
        <translation>conflicto: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <extracomment>sunrelay-cli publish warning: %1 is the server&apos;s or network&apos;s error on one calendar</extracomment>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>requests: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</source>
        <translation>peticiones: %1 (PROPFIND %2, REPORT %3, MKCALENDAR %4, PUT %5, DELETE %6)
</translation>
    </message>
    <message>
        <source>The CalDAV server&apos;s URL.</source>
        <extracomment>sunrelay-cli publish --help: the --server option</extracomment>
        <translation>La URL del servidor CalDAV.</translation>
    </message>
    <message>
        <source>Publish this member&apos;s calendar.</source>
        <extracomment>sunrelay-cli publish --help: the --member option</extracomment>
        <translation>Publicar el calendario de este miembro.</translation>
    </message>
    <message>
        <source>Publish this region&apos;s calendar and its members&apos;.</source>
        <translation>Publicar el calendario de esta región y los de sus miembros.</translation>
    </message>
    <message>
        <source>Publish every member&apos;s and region&apos;s calendar and all handoffs (the default).</source>
        <translation>Publicar los calendarios de todos los miembros y regiones y todos los relevos (opción predeterminada).</translation>
    </message>
    <message>
        <source>The plan file.</source>
        <extracomment>sunrelay-cli publish --help: the PLAN argument</extracomment>
        <translation>El archivo del plan.</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <extracomment>sunrelay-cli import-busy --help: the --member option, the id of the member whose busy time is imported (e.g. &quot;anna&quot;)</extracomment>
        <translation>El id del miembro.</translation>
    </message>
    <message>
        <source>The URL of the member&apos;s own calendar on a CalDAV server.</source>
        <translation>La URL del calendario propio del miembro en un servidor CalDAV.</translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation>Contar los eventos de día completo como tiempo ocupado.</translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <extracomment>sunrelay-cli import-busy error: the --member option is missing (option and ID stay in English)</extracomment>
        <translation>se necesita --member ID</translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files (.sunrelay) only, not in plan JSON</source>
        <translation>los calendarios importados solo se guardan en archivos de plan (.sunrelay), no en JSON de plan</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <extracomment>sunrelay-cli import-busy error: %1 is the --member id the plan has no member for</extracomment>
        <translation>no existe el miembro «%1»</translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <extracomment>sunrelay-cli after reading busy times: %1 plan, %2 count, %3 member, %4 calendar URL</extracomment>
        <translation>%1: %2 tiempos ocupados de %3 importados de %4
</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date up to 2037 (YYYY-MM-DD)</source>
        <translation>--%1: «%2» no es una fecha válida hasta 2037 (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <extracomment>sunrelay-cli publish --help: the -h/--help option, which prints this command&apos;s help</extracomment>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>any components</source>
        <extracomment>--list-calendars: the server does not say which components a calendar holds</extracomment>
        <translation>cualquier componente</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s). Map one in a --calendars file with a line such as: member:ID = URL
</source>
        <extracomment>--list-calendars: the last line</extracomment>
        <translation>
            <numerusform>%n calendario. Asigne uno en un archivo --calendars con una línea como: member:ID = URL
</numerusform>
            <numerusform>%n calendarios. Asigne uno en un archivo --calendars con una línea como: member:ID = URL
</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish into the existing calendars this file maps (lines KEY = URL, KEY member:ID, region:ID or handoffs) instead of creating them.</source>
        <translation>Publicar en los calendarios existentes que asigna este archivo (líneas KEY = URL, con KEY member:ID, region:ID o handoffs) en lugar de crearlos.</translation>
    </message>
    <message>
        <source>List the account&apos;s calendars on the server, and publish nothing.</source>
        <translation>Mostrar los calendarios de la cuenta en el servidor, sin publicar nada.</translation>
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
        <translation>%1	&quot;%2&quot;	%3 (no admite eventos: no se puede asignar)
</translation>
    </message>
    <message numerus="yes">
        <source>expected at most %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got more arguments than it takes</extracomment>
        <translation>
            <numerusform>se esperaba como máximo %n argumento</numerusform>
            <numerusform>se esperaban como máximo %n argumentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Replace File</source>
        <extracomment>Title of the box asking whether to overwrite an existing file</extracomment>
        <translation>Sustituir archivo</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Quiere sustituirlo?</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
        <extracomment>A task&apos;s handoff in the text report: %1 its number along the route, %2 the date and time, %3 the region handing off, %4 the one taking over</extracomment>
        <translation>Relevo %1: %2, %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3
</source>
        <extracomment>CLI schedule report, first line: %1 plan name, %2 the dates covered, %3 the IANA zone of the times</extracomment>
        <translation>%1 · %2 · horas en %3
</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Heading of the report&apos;s coverage table (how much of the window each region works)</extracomment>
        <translation>Cobertura</translation>
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
        <translation>Relevos (%1)</translation>
    </message>
    <message>
        <source>At (%1)</source>
        <extracomment>CLI report, handoffs table, column header: when the handoff happens; %1 is the IANA zone of the times, e.g. &quot;Europe/Berlin&quot;</extracomment>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>From → to</source>
        <extracomment>Column header: the region that hands off → the region that picks up</extracomment>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: whether a handoff is an overlap or a gap handoff</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>Column header: the handoff&apos;s time on the clock of a sending member, with the zone: &quot;17:30 CET Europe/Berlin&quot;</extracomment>
        <translation>Hora local del emisor</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>Column header: the pickup&apos;s time on the clock of a receiving member, with the zone: &quot;12:30 EDT America/New_York&quot;</extracomment>
        <translation>Hora local del receptor</translation>
    </message>
    <message>
        <source>Overlap / wait</source>
        <extracomment>Column header: how long both regions worked together (overlap handoff) or how long the work waited (gap handoff)</extracomment>
        <translation>Solapamiento / espera</translation>
    </message>
    <message>
        <source>Sync slot</source>
        <extracomment>Column header: the handoff&apos;s sync slot, a short window for a live call between both sides</extracomment>
        <translation>Franja de sincronización</translation>
    </message>
    <message>
        <source>overlap</source>
        <extracomment>CLI report, handoffs table, Kind column: an overlap handoff, the receiver already works when the sender stops (noun)</extracomment>
        <translation>solapamiento</translation>
    </message>
    <message>
        <source>gap</source>
        <extracomment>CLI report, handoffs table, Kind column: a gap handoff, nobody works when the sender stops (noun, as in &quot;gap handoff&quot;)</extracomment>
        <translation>hueco</translation>
    </message>
    <message>
        <source>%1 overlap</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long both regions worked together, e.g. &quot;2 h 30 min&quot;</extracomment>
        <translation>%1 de solapamiento</translation>
    </message>
    <message>
        <source>%1 wait</source>
        <extracomment>CLI report, Overlap / wait column: %1 is how long the work waited for the receiver, e.g. &quot;11 h&quot;</extracomment>
        <translation>%1 de espera</translation>
    </message>
    <message>
        <source>none (async)</source>
        <extracomment>CLI report, Sync slot column: an overlap handoff with no sync slot; the work is passed on in writing only (asynchronously)</extracomment>
        <translation>ninguna (asíncrono)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <extracomment>CLI report section heading; %1 is the number of coverage gaps</extracomment>
        <translation>Huecos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation>
            <numerusform>%1 · %n tarea colocada · horas en %2
</numerusform>
            <numerusform>%1 · %n tareas colocadas · horas en %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation>
            <numerusform>%1 · %n tarea colocada, %2 en estas fechas · horas en %3
</numerusform>
            <numerusform>%1 · %n tareas colocadas, %2 de ellas en estas fechas · horas en %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  (priority %3, %4)</source>
        <extracomment>CLI route report, task heading: %1 task id, %2 title, %3 priority, %4 effort, e.g. &quot;6 h&quot;</extracomment>
        <translation>%1  %2  (prioridad %3, %4)</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>CLI route report, row heading: when the task is planned to start</extracomment>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>not picked up within the horizon</source>
        <translation>nadie la toma dentro del horizonte</translation>
    </message>
    <message>
        <source>after a wait of %1</source>
        <translation>tras una espera de %1</translation>
    </message>
    <message>
        <source>First pickup</source>
        <extracomment>CLI route report, row heading: when the next region first picks the task up</extracomment>
        <translation>Primera toma</translation>
    </message>
    <message>
        <source>not finished within the horizon</source>
        <translation>no termina dentro del horizonte</translation>
    </message>
    <message>
        <source>(%1 sooner than one region alone)</source>
        <translation>(%1 antes que una sola región)</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Row label: when a task is done (date and time)</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>not within a year of the start</source>
        <translation>no en el año siguiente al inicio</translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation>(antes: las tareas atendidas primero ocupaban a miembros que necesitaba)</translation>
    </message>
    <message>
        <source>One region alone</source>
        <extracomment>CLI route report, row heading: how long the task would take in one region without handoffs</extracomment>
        <translation>Una sola región</translation>
    </message>
    <message>
        <source>%1 · conflicts: %2 · times in %3
</source>
        <extracomment>Heading of the conflicts report: plan name, number of conflicts, the zone of the times</extracomment>
        <translation>%1 · conflictos: %2 · horas en %3
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
        <translation>%1 termina a las %2 (%3)</translation>
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
        <translation>Franja de sincronización %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Async only: no time both sides can meet; leave a written note</source>
        <translation>Solo asíncrono: no hay ningún momento en que ambos lados puedan reunirse; deje una nota escrita</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A task and a note on its handoff: &quot;T-1 Release notes — waits 2 h&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Passes on:</source>
        <extracomment>Task route: heading of the list of handoffs the task passes through</extracomment>
        <translation>Se entrega:</translation>
    </message>
    <message>
        <source>Not finished by %1, the end of the routing horizon.</source>
        <translation>No termina antes del %1, el final del horizonte de enrutamiento.</translation>
    </message>
    <message>
        <source>Finishes %1; %2 alone would not finish within a year.</source>
        <translation>Termina %1; %2 sola no terminaría en un año.</translation>
    </message>
    <message>
        <source>Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).</source>
        <translation>Termina %1: siguiendo al sol, termina %2 antes que %3 sola (%4).</translation>
    </message>
    <message>
        <source>Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first held members this one needed.</source>
        <translation>Termina %1. %2 sola terminaría %3 antes (%4): las tareas atendidas primero ocupaban a miembros que esta necesitaba.</translation>
    </message>
    <message>
        <source>Finishes %1, as %2 alone would.</source>
        <translation>Termina %1, igual que %2 sola.</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6</source>
        <extracomment>Task route: %1 stops at %2 (clock time) in %3 (city); %4 picks up at %5 (a clock time, or a day and a clock time) in %6 (city): &quot;Ana stops 17:00 Berlin; Raj picks up 21:30 Bengaluru&quot;</extracomment>
        <translation>%1 termina a las %2 (%3); %4 lo toma %5 (%6)</translation>
    </message>
    <message>
        <source>%1 stops %2 %3; %4 picks up %5 %6 (waits %7)</source>
        <extracomment>Task route: as &quot;%1 stops %2 %3; %4 picks up %5 %6&quot;, when the task waits in between; %7 is how long it waits (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1 termina a las %2 (%3); %4 lo toma %5 (%6) (espera %7)</translation>
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
        <translation>Pendientes</translation>
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
        <translation>Mover %1 a %2 el %3</translation>
    </message>
    <message>
        <source>Place %1 in %2 at %3</source>
        <extracomment>Undo history entry: %1 task id, %2 region, %3 its start, e.g. &quot;Mon 09:00&quot;</extracomment>
        <translation>Colocar %1 en %2 el %3</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the task starts at %4.</source>
        <extracomment>The task&apos;s start typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the start moves to.</extracomment>
        <translation>Las %1 no existen el %2 en %3: la tarea empieza a las %4.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the deadline is at %4.</source>
        <extracomment>The deadline typed in a DST gap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 the time the deadline moves to.</extracomment>
        <translation>Las %1 no existen el %2 en %3: la fecha límite es a las %4.</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the task starts at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The task&apos;s start typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>Las %1 se dan dos veces el %2 en %3: la tarea empieza en la primera, %4 %5 (%6 UTC).</translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: the deadline is at the first, %4 %5 (%6 UTC).</source>
        <extracomment>The deadline typed in a DST overlap: %1 the time as typed, %2 the date, %3 the zone&apos;s city, %4 %5 the first of the two times with its zone abbreviation, %6 the same in UTC.</extracomment>
        <translation>Las %1 se dan dos veces el %2 en %3: la fecha límite es en la primera, %4 %5 (%6 UTC).</translation>
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
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <extracomment>Title of an exported picture: %1 plan name, %2 first date, %3 last date, %4 IANA zone</extracomment>
        <translation>Sunrelay — %1, %2–%3 (%4)</translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation>el ancho de %1 px está fuera del intervalo %2–%3 px</translation>
    </message>
    <message>
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation>La línea de tiempo mundial exportada por Sunrelay: regiones, miembros, relevos y tareas colocadas.</translation>
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
        <translation>--%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation>--%1: no se admiten fechas posteriores a 2037</translation>
    </message>
    <message>
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation>--width: «%1» no es un número entero de píxeles</translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation>--width: %1 px está fuera del intervalo %2–%3 px</translation>
    </message>
    <message>
        <source>--export-view needs a file name ending in %1</source>
        <translation>--export-view necesita un nombre de archivo terminado en %1</translation>
    </message>
    <message>
        <source>--export-view %1: unknown picture type; the name must end in %2</source>
        <translation>--export-view %1: tipo de imagen desconocido; el nombre debe terminar en %2</translation>
    </message>
    <message>
        <source>--export-view %1: there is no folder %2</source>
        <translation>--export-view %1: no existe la carpeta %2</translation>
    </message>
    <message>
        <source>--export-view %1: that is a folder</source>
        <translation>--export-view %1: es una carpeta</translation>
    </message>
    <message>
        <source>--export-view needs the plan to draw (a .sunrelay file or plan JSON)</source>
        <translation>--export-view necesita el plan que dibujar (un archivo .sunrelay o JSON de plan)</translation>
    </message>
    <message>
        <source>--export-view needs --from and --to (YYYY-MM-DD)</source>
        <translation>--export-view necesita --from y --to (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>--zone: unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation>--zone: zona horaria desconocida «%1» (un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <source>--from %1 --to %2: %3 days in %4; a picture shows at most 4 weeks</source>
        <translation>--from %1 --to %2: %3 días en %4; una imagen muestra como máximo 4 semanas</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
        <translation>no se puede crear una carpeta temporal para %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A plan file and why a working copy of it cannot be made</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write a picture of the plan&apos;s timeline to FILE (.png, .svg or .pdf) and quit, showing no window. Needs --from, --to and the plan.</source>
        <translation>Escribir una imagen de la línea de tiempo del plan en FILE (.png, .svg o .pdf) y salir, sin mostrar ninguna ventana. Necesita --from, --to y el plan.</translation>
    </message>
    <message>
        <source>With --export-view: the first day shown, from 00:00 in --zone.</source>
        <translation>Con --export-view: el primer día que se muestra, desde las 00:00 en --zone.</translation>
    </message>
    <message>
        <source>With --export-view: the last day shown, to its end (inclusive).</source>
        <translation>Con --export-view: el último día que se muestra, hasta su final (incluido).</translation>
    </message>
    <message>
        <source>With --export-view: the IANA time zone of the axis and of the dates (default UTC).</source>
        <translation>Con --export-view: la zona horaria IANA del eje y de las fechas (predeterminada: UTC).</translation>
    </message>
    <message>
        <source>With --export-view: the picture&apos;s width in pixels, %1 to %2 (default %3); its height fits all rows.</source>
        <translation>Con --export-view: el ancho de la imagen en píxeles, de %1 a %2 (predeterminado: %3); su altura se ajusta a todas las filas.</translation>
    </message>
    <message>
        <source>--%1 goes with --export-view</source>
        <extracomment>Command-line error: option --%1 is only allowed with --export-view (option names stay in English)</extracomment>
        <translation>--%1 va con --export-view</translation>
    </message>
    <message numerus="yes">
        <source>--export-view draws one plan, not %n: %1</source>
        <extracomment>%n is how many plans were named (2 or more), %1 the plans</extracomment>
        <translation>
            <numerusform>--export-view dibuja un solo plan, no %n: %1</numerusform>
            <numerusform>--export-view dibuja un solo plan, no %n: %1</numerusform>
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
        <translation>--export-week necesita un id de miembro</translation>
    </message>
    <message>
        <source>--export-week needs --week DATE (YYYY-MM-DD)</source>
        <translation>--export-week necesita --week DATE (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--week: «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>--week: dates after 2037 are not supported</source>
        <translation>--week: no se admiten fechas posteriores a 2037</translation>
    </message>
    <message>
        <source>--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1</source>
        <translation>--export-week necesita la imagen que escribir y el plan (FILE.png|svg|pdf PLAN); se ha recibido: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>Stands for no arguments at all in &quot;--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1&quot;</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: unknown picture type; the name must end in %2</source>
        <translation>%1: tipo de imagen desconocido; el nombre debe terminar en %2</translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation>%1: no existe la carpeta %2</translation>
    </message>
    <message>
        <source>%1: that is a folder</source>
        <translation>%1: es una carpeta</translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <extracomment>The first few member ids of a plan, then how many members it has in all: &quot;anna, raj, mei, … (40 in all)&quot;</extracomment>
        <translation>%1, … (%2 en total)</translation>
    </message>
    <message>
        <source>--export-week: %1 has no members</source>
        <translation>--export-week: %1 no tiene miembros</translation>
    </message>
    <message>
        <source>--export-week: no member &quot;%1&quot; in %2; its members are %3</source>
        <translation>--export-week: no existe el miembro «%1» en %2; sus miembros son %3</translation>
    </message>
    <message>
        <source>Write MEMBER&apos;s week (My Week) to a picture and quit, showing no window: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</source>
        <translation>Escribir la semana de MEMBER (Mi semana) en una imagen y salir, sin mostrar ninguna ventana: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</translation>
    </message>
    <message>
        <source>With --export-week: a date (YYYY-MM-DD) of the week to show, in the member&apos;s own time zone.</source>
        <translation>Con --export-week: una fecha (AAAA-MM-DD) de la semana que se mostrará, en la zona horaria del propio miembro.</translation>
    </message>
    <message>
        <source>--export-week and --export-view: one picture at a time</source>
        <translation>--export-week y --export-view: una imagen cada vez</translation>
    </message>
    <message>
        <source>--week goes with --export-week</source>
        <extracomment>Command-line error: --week is only allowed with --export-week (option names stay in English)</extracomment>
        <translation>--week va con --export-week</translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <source>One member&apos;s week exported by Sunrelay, in their own local time.</source>
        <translation>La semana de un miembro exportada por Sunrelay, en su propia hora local.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Planifica trabajo que sigue al sol entre zonas horarias.</translation>
    </message>
    <message>
        <source>A plan file or plan JSON to open.</source>
        <translation>Un archivo de plan o JSON de plan que abrir.</translation>
    </message>
    <message>
        <source>sunrelay: out of memory</source>
        <extracomment>Printed on the terminal when Sunrelay runs out of memory and stops</extracomment>
        <translation>sunrelay: memoria agotada</translation>
    </message>
    <message>
        <source>sunrelay: internal error: %1</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug; %1 is the technical message (English)</extracomment>
        <translation>sunrelay: error interno: %1</translation>
    </message>
    <message>
        <source>sunrelay: internal error</source>
        <extracomment>Printed on the terminal when Sunrelay stops on a bug with no message</extracomment>
        <translation>sunrelay: error interno</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::AboutDialog</name>
    <message>
        <source>About Sunrelay</source>
        <extracomment>Title of the About dialog (Help menu)</extracomment>
        <translation>Acerca de Sunrelay</translation>
    </message>
    <message>
        <source>Sunrelay %1</source>
        <extracomment>The heading of Help &gt; About; %1 is the version (&quot;0.1.0&quot;).</extracomment>
        <translation>Sunrelay %1</translation>
    </message>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation>Planifica trabajo que sigue al sol entre zonas horarias.</translation>
    </message>
    <message>
        <source>Homepage</source>
        <extracomment>Help &gt; About: the accessible name of the homepage link.</extracomment>
        <translation>Página web</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Help &gt; About, the list of libraries: &quot;Qt:&quot;, &quot;SQLite:&quot;, &quot;tz database:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <extracomment>About dialog button: copies the versions of Sunrelay and its libraries to the clipboard</extracomment>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Built with</source>
        <extracomment>Help &gt; About: above the list of library versions.</extracomment>
        <translation>Compilado con</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <extracomment>%1 is the licence&apos;s SPDX identifier, &quot;MIT&quot; (also its name).</extracomment>
        <translation>Software libre bajo la licencia %1.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::BacklogPanel</name>
    <message>
        <source>No tasks yet. Add one with Add task…</source>
        <translation>Aún no hay tareas. Añada una con Añadir tarea…</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Ninguna tarea coincide con el filtro.</translation>
    </message>
    <message>
        <source>Filter by title, ID or notes</source>
        <translation>Filtrar por título, ID o notas</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <extracomment>Accessible name of the filter field above the Backlog panel&apos;s task table</extracomment>
        <translation>Filtrar tareas</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Screen-reader name of the filter: which tasks the list shows</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All tasks</source>
        <extracomment>Backlog panel, status choice: show every task, placed or not</extracomment>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Filter: tasks not on the timeline yet</extracomment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Placed</source>
        <extracomment>Filter: tasks placed on the timeline</extracomment>
        <translation>Colocadas</translation>
    </message>
    <message>
        <source>Late</source>
        <extracomment>Filter: tasks that finish after their deadline</extracomment>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Late: placed tasks that finish after their deadline</source>
        <translation>Con retraso: tareas colocadas que terminan después de su fecha límite</translation>
    </message>
    <message>
        <source>Add task…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: opens the dialog that adds a task</extracomment>
        <translation>Añadir tarea…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: edits the selected task</extracomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Context menu: delete the chosen task</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Place at…</source>
        <extracomment>Tooltip of a tool button in the Backlog panel: places the selected task on the timeline</extracomment>
        <translation>Colocar en…</translation>
    </message>
    <message>
        <source>Unplace</source>
        <extracomment>Button: take the task off the timeline, back into the backlog</extracomment>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Back to the backlog: the task loses its start and region</source>
        <translation>Devolver a pendientes: la tarea pierde su inicio y su región</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Accessible name of the Backlog panel&apos;s task table</extracomment>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarExportDialog</name>
    <message>
        <source>&amp;Handoffs</source>
        <extracomment>Export Calendar dialog, Include check box: the handoff events</extracomment>
        <translation>&amp;Relevos</translation>
    </message>
    <message>
        <source>&amp;Deep-work blocks</source>
        <extracomment>Export Calendar dialog, Include check box: members&apos; protected deep-work (focus) blocks</extracomment>
        <translation>Bloques de trabajo &amp;profundo</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Export Calendar dialog, Include check box: fixed times for messages and calls</extracomment>
        <translation>&amp;Ventanas de comunicación</translation>
    </message>
    <message>
        <source>&amp;Task segments</source>
        <extracomment>Export Calendar dialog, Include check box: the parts of tasks worked in each region</extracomment>
        <translation>&amp;Tramos de tareas</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <extracomment>Title of the file dialog behind the Export Calendar dialog&apos;s File field</extracomment>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <extracomment>File type filter of the Export Calendar dialog&apos;s file dialog; keep &quot;(*.ics)&quot;</extracomment>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <extracomment>Title of the Export Calendar dialog (File &gt; Export Calendar…, My week&apos;s export button)</extracomment>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <extracomment>Export choice: the calendar of the whole plan (every region and member)</extracomment>
        <translation>Plan completo</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Export choice: the calendar of a whole region (not one member)</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Export choice: the calendar of one member</extracomment>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Export Calendar dialog&apos;s list of which region or member to export</extracomment>
        <translation>Región o miembro</translation>
    </message>
    <message>
        <source>One event per handoff of the scope&apos;s regions, with the tasks passed and their notes.</source>
        <translation>Un evento por cada relevo de las regiones elegidas, con las tareas que pasan y sus notas.</translation>
    </message>
    <message>
        <source>Protected deep-work blocks as weekly busy events.</source>
        <translation>Bloques de trabajo profundo protegidos como eventos semanales de tiempo ocupado.</translation>
    </message>
    <message>
        <source>Comms windows as weekly free events.</source>
        <translation>Ventanas de comunicación como eventos semanales de tiempo libre.</translation>
    </message>
    <message>
        <source>One event for each stretch of a task a member works, with its route.</source>
        <translation>Un evento por cada tramo de una tarea que trabaja un miembro, con su ruta.</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <extracomment>Form label in the Export Calendar dialog: whose calendar to export</extracomment>
        <translation>&amp;Exportar:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the Export Calendar dialog: the range of dates to export</extracomment>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Include:</source>
        <extracomment>Label before check boxes: what the exported calendar holds</extracomment>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in the Export Calendar dialog: the .ics file to write</extracomment>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Calendar dialog: writes the .ics file</extracomment>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A member and their region in the list of whose calendar to export: &quot;Ana Lima (AMER)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>calendar</source>
        <extracomment>Default file name (without .ics) of an exported calendar</extracomment>
        <translation>calendario</translation>
    </message>
    <message>
        <source>The plan has no region to export.</source>
        <translation>El plan no tiene ninguna región que exportar.</translation>
    </message>
    <message>
        <source>The plan has no member to export.</source>
        <translation>El plan no tiene ningún miembro que exportar.</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La última fecha (%1) es anterior a la primera (%2).</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Elija al menos una cosa que incluir.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo en el que exportar.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message>
        <source>Reading the calendar</source>
        <extracomment>Accessible name of the busy indicator while an iCalendar file is read</extracomment>
        <translation>Leyendo el calendario</translation>
    </message>
    <message>
        <source>Import Busy Time</source>
        <extracomment>Title of the calendar import dialog for a member&apos;s busy times (File &gt; Import Busy Time…)</extracomment>
        <translation>Importar tiempo ocupado</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <extracomment>Title of the calendar import dialog for a region&apos;s holidays (File &gt; Import Holidays…)</extracomment>
        <translation>Importar festivos</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Form label in the calendar import dialog: the member whose busy time is imported</extracomment>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the calendar import dialog: the region whose holidays are imported</extracomment>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in the calendar import dialog: the range of dates to import</extracomment>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>OK button of the calendar import dialog</extracomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Calendar import dialog, while reading; %1 is the iCalendar file&apos;s name</extracomment>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La última fecha (%1) es anterior a la primera (%2).</translation>
    </message>
    <message>
        <source>The plan has no member.</source>
        <translation>El plan no tiene ningún miembro.</translation>
    </message>
    <message>
        <source>The plan has no region.</source>
        <translation>El plan no tiene ninguna región.</translation>
    </message>
    <message>
        <source>Nothing was imported for %1 before.</source>
        <translation>No se había importado nada para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation>
            <numerusform>Sustituye %n tiempo ocupado de la última importación.</numerusform>
            <numerusform>Sustituye %n tiempos ocupados de la última importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation>
            <numerusform>Sustituye %n festivo de la última importación.</numerusform>
            <numerusform>Sustituye %n festivos de la última importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <extracomment>Calendar import dialog, under an error: the import would change nothing</extracomment>
        <translation>No cambiará nada.</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column headers of the preview of imported events: date, time span, event summary
----------
Column headers of the preview of imported holidays: date, holiday name</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <extracomment>Column headers of the preview of imported busy times: date, local time in a zone (%1 is a city such as Tokyo), summary</extracomment>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header of the preview of imported busy times: the event&apos;s title in the calendar (SUMMARY), a noun</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of clock times: &quot;09:00–10:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (ends %2)</source>
        <extracomment>Calendar import preview: a busy time ending on a later day; %1 is its times, %2 the end date</extracomment>
        <translation>%1 (termina %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation>
            <numerusform>%n tiempo ocupado que importar para %1.</numerusform>
            <numerusform>%n tiempos ocupados que importar para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the preview of imported holidays: the holiday&apos;s name</extracomment>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation>
            <numerusform>%n festivo que importar para %1.</numerusform>
            <numerusform>%n festivos que importar para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import busy time of %1</source>
        <extracomment>Undo history entry; %1 is the member whose busy times are imported</extracomment>
        <translation>Importar el tiempo ocupado de %1</translation>
    </message>
    <message>
        <source>Import holidays of %1</source>
        <extracomment>Undo history entry; %1 is the region the holidays are imported into</extracomment>
        <translation>Importar los festivos de %1</translation>
    </message>
    <message>
        <source>Import busy time</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of busy times</extracomment>
        <translation>Importar tiempo ocupado</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <extracomment>Title of the file dialog that picks an iCalendar file of holidays</extracomment>
        <translation>Importar festivos</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <extracomment>File type filters of the file dialog that picks an iCalendar file</extracomment>
        <translation>iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarMapDialog</name>
    <message>
        <source>Use Existing Calendars</source>
        <extracomment>Title of the dialog behind the Publish dialog&apos;s &quot;Use Existing Calendars…&quot; button</extracomment>
        <translation>Usar calendarios existentes</translation>
    </message>
    <message>
        <source>Where the server does not let Sunrelay create calendars (an account without that right, or a server that forbids it), choose an existing calendar for each of the plan&apos;s calendars. Leave a calendar empty to let Sunrelay create it. Sunrelay changes only its own events in a calendar, never the others in it.</source>
        <translation>Si el servidor no permite que Sunrelay cree calendarios (una cuenta sin ese permiso o un servidor que lo prohíbe), elija un calendario existente para cada uno de los calendarios del plan. Deje un calendario vacío para que Sunrelay lo cree. Sunrelay solo modifica sus propios eventos en un calendario, nunca los demás.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Column header: one of the calendars Sunrelay publishes (&quot;All handoffs&quot;, a region or a member)</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column header: the calendar&apos;s key in a calendar map file (&quot;handoffs&quot;, &quot;region:emea&quot;, &quot;member:anna&quot;); not a keyboard key</extracomment>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Existing calendar (URL; empty: create it)</source>
        <translation>Calendario existente (URL; vacío: crearlo)</translation>
    </message>
    <message>
        <source>Existing calendars</source>
        <extracomment>Accessible name of the table that maps each calendar to an existing one on the server</extracomment>
        <translation>Calendarios existentes</translation>
    </message>
    <message>
        <source>Existing calendar for %1</source>
        <extracomment>Accessible name of a field for the URL of an existing calendar on the server; %1 is the calendar Sunrelay publishes there: &quot;All handoffs&quot;, &quot;Region EMEA&quot; or a member&apos;s name</extracomment>
        <translation>Calendario existente para %1</translation>
    </message>
    <message>
        <source>&amp;Find Calendars on the Server</source>
        <translation>&amp;Buscar calendarios en el servidor</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <extracomment>Status while the server is asked for the account&apos;s calendars (after &quot;Find Calendars on the Server&quot;)</extracomment>
        <translation>Consultando al servidor…</translation>
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
            <numerusform>Se encontró %n calendario de eventos en el servidor.</numerusform>
            <numerusform>Se encontraron %n calendarios de eventos en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Status in Use Existing Calendars while stopping &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <extracomment>Status in Use Existing Calendars after its Cancel stopped &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsDock</name>
    <message>
        <source>Open a plan to see its conflicts.</source>
        <translation>Abra un plan para ver sus conflictos.</translation>
    </message>
    <message>
        <source>Show or hide the Conflicts dock</source>
        <translation>Mostrar u ocultar el panel Conflictos</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsModel</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a conflict: must be fixed</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a conflict: should be looked at</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a conflict: for information only</extracomment>
        <translation>Información</translation>
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
        <translation>En la zona de referencia (%1): %2</translation>
    </message>
    <message>
        <source>Whole team</source>
        <extracomment>Conflicts table, Member column: a coverage gap concerns the whole team, no one member</extracomment>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Nobody in any region covers this time</source>
        <translation>Nadie de ninguna región cubre este tiempo</translation>
    </message>
    <message>
        <source>In the reference zone (%1)</source>
        <translation>En la zona de referencia (%1)</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Column header: how serious a conflict is (Error, Warning, Info)</extracomment>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column header: the team member a conflict concerns</extracomment>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>In the member&apos;s own time zone</source>
        <extracomment>Tooltip of the Conflicts panel&apos;s &quot;Local time&quot; column header</extracomment>
        <translation>En la zona horaria del propio miembro</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header: when the conflict happens, in the member&apos;s own time zone</extracomment>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Explanation</source>
        <extracomment>Column header: what the conflict is, in a sentence</extracomment>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message>
        <source>No conflicts in the next four weeks.</source>
        <translation>No hay conflictos en las próximas cuatro semanas.</translation>
    </message>
    <message>
        <source>No conflicts in the days shown.</source>
        <translation>No hay conflictos en los días mostrados.</translation>
    </message>
    <message>
        <source>No conflict matches the filter.</source>
        <translation>Ningún conflicto coincide con el filtro.</translation>
    </message>
    <message>
        <source>Filter by member, time or text</source>
        <translation>Filtrar por miembro, hora o texto</translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <extracomment>Accessible name of the filter field above the Conflicts panel&apos;s table</extracomment>
        <translation>Filtrar conflictos</translation>
    </message>
    <message>
        <source>Severity</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s choice of severity (error, warning…)</extracomment>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>All severities</source>
        <extracomment>Conflicts panel, severity choice: show every conflict</extracomment>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>Filter: show errors only</extracomment>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <extracomment>Filter: show errors and warnings</extracomment>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Filter: show every conflict, information too</extracomment>
        <translation>Información</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Screen-reader name of the choice of how many days of conflicts to list</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <source>Visible days</source>
        <extracomment>Conflicts panel, days choice: only the days the timeline shows</extracomment>
        <translation>Días visibles</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Conflicts panel, days choice: the four weeks from now</extracomment>
        <translation>Próximas 4 semanas</translation>
    </message>
    <message>
        <source>Which days to search for conflicts: those the timeline shows, or four weeks from today</source>
        <translation>En qué días buscar conflictos: los que muestra la línea de tiempo o cuatro semanas a partir de hoy</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>Accessible name of the Conflicts panel&apos;s table</extracomment>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <extracomment>Title of the Conflicts panel; %1 is the number of conflicts (otherwise, next, without a number)</extracomment>
        <translation>Conflictos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <extracomment>Status bar: the number of conflicts in the plan</extracomment>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <extracomment>Status bar: the plan has no conflicts</extracomment>
        <translation>Sin conflictos</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsStatus</name>
    <message>
        <source>Show the Conflicts dock</source>
        <extracomment>Tooltip of the conflict count in the status bar</extracomment>
        <translation>Mostrar el panel Conflictos</translation>
    </message>
    <message>
        <source>%1, the worst: %2</source>
        <extracomment>Accessible name of the status bar&apos;s conflict count; %1 is e.g. &quot;3 conflicts&quot;, %2 the worst severity</extracomment>
        <translation>%1; el más grave: %2</translation>
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
        <translation>Cobertura por día (%1)</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Chart axis title: share of the day some region works, in percent</extracomment>
        <translation>Cubierto</translation>
    </message>
    <message>
        <source>Hours</source>
        <extracomment>Chart axis title: hours (of gap, of task work)
----------
Chart axis title: hours of task work</extracomment>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Covered (% of the day)</source>
        <translation>Cubierto (% del día)</translation>
    </message>
    <message>
        <source>Gap hours</source>
        <extracomment>Coverage chart legend: the line of hours no one covers each day</extracomment>
        <translation>Horas de hueco</translation>
    </message>
    <message>
        <source>Average pickup wait at gap handoffs (h)</source>
        <translation>Espera media hasta la toma en relevos tras un hueco (h)</translation>
    </message>
    <message>
        <source>Task load per region (hours of routed task work)</source>
        <translation>Carga de tareas por región (horas de trabajo de tareas enrutado)</translation>
    </message>
    <message>
        <source>%1, %2: %3 of task work</source>
        <translation>%1, %2: %3 de trabajo de tareas</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Coverage page, Range choice: the current week</extracomment>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <extracomment>Coverage page, Range choice: the four weeks from now</extracomment>
        <translation>Próximas 4 semanas</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Date range choice: the dates typed in From and To</extracomment>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <extracomment>Label of the Coverage page&apos;s choice of date range</extracomment>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <extracomment>First day of the date range shown</extracomment>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <extracomment>Last day of the date range shown</extracomment>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>%1 – %2 in %3: covered %4 of %5, gaps %6</source>
        <translation>%1 – %2 en %3: cubierto %4 de %5, huecos %6</translation>
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
        <translation>%1 (día de %2 en %3)</translation>
    </message>
    <message>
        <source>Covered: %1 (%2)</source>
        <extracomment>Coverage day tooltip: hours someone covers; %1 is the hours, %2 the share in percent</extracomment>
        <translation>Cubierto: %1 (%2)</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>Coverage day tooltip: hours no one covers; %1 is the hours</extracomment>
        <translation>Huecos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation>
            <numerusform>Espera media hasta la toma: %1 en %n relevo tras un hueco</numerusform>
            <numerusform>Espera media hasta la toma: %1 en %n relevos tras un hueco</numerusform>
        </translation>
    </message>
    <message>
        <source>No gap handoff</source>
        <extracomment>Coverage day tooltip: no handoff falls into a gap that day</extracomment>
        <translation>Ningún relevo tras un hueco</translation>
    </message>
    <message>
        <source>%1 task work: %2</source>
        <extracomment>Coverage day tooltip: %1 is a region, %2 the hours of task work placed in it</extracomment>
        <translation>Trabajo de tareas de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, average pickup wait %2 at %n gap handoff(s)</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), %2 how long work waits on average at the %n handoffs that fall into a gap</extracomment>
        <translation>
            <numerusform>%1, espera media hasta la toma %2 en %n relevo tras un hueco</numerusform>
            <numerusform>%1, espera media hasta la toma %2 en %n relevos tras un hueco</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no gap handoffs</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), and no handoff falls into a gap</extracomment>
        <translation>%1, ningún relevo tras un hueco</translation>
    </message>
    <message>
        <source>%1; task work: %2</source>
        <extracomment>Coverage page summary: %1 the summary so far, %2 each region&apos;s hours of task work: &quot;…, no gap handoffs; task work: EMEA 12.5 h, AMER 8 h&quot;</extracomment>
        <translation>%1; trabajo de tareas: %2</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DateRangeEdit</name>
    <message>
        <source>First date</source>
        <extracomment>Accessible name of an export dialog&apos;s first-date field</extracomment>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <extracomment>Accessible name of an export dialog&apos;s last-date field</extracomment>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between two dates: &quot;from [date] to [date]&quot;</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>dates in %1</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a zone id without a city, e.g. &quot;UTC&quot;</extracomment>
        <translation>fechas en %1</translation>
    </message>
    <message>
        <source>dates in %1 (%2)</source>
        <extracomment>Beside an export dialog&apos;s dates: the zone they are read in; %1 is a city, %2 its IANA zone: &quot;dates in Berlin (Europe/Berlin)&quot;</extracomment>
        <translation>fechas en %1 (%2)</translation>
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
        <translation>dentro del trabajo profundo de %1</translation>
    </message>
    <message>
        <source>before %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>antes de la jornada de %1</translation>
    </message>
    <message>
        <source>after %1&apos;s working day</source>
        <extracomment>DST Drift page: where a handoff moves after a clock change; %1 is a member&apos;s name</extracomment>
        <translation>después de la jornada de %1</translation>
    </message>
    <message>
        <source>Week of %1: %2 handoff moves to %3 in %4, %5</source>
        <translation>Semana del %1: el relevo %2 pasa a las %3 en %4, %5</translation>
    </message>
    <message>
        <source>Handoff time where it is picked up, week by week</source>
        <translation>Hora del relevo donde se toma, semana a semana</translation>
    </message>
    <message>
        <source>Handoff time where it is handed off, week by week</source>
        <translation>Hora del relevo donde se entrega, semana a semana</translation>
    </message>
    <message>
        <source>Moved by a DST change</source>
        <translation>Movido por un cambio de hora</translation>
    </message>
    <message>
        <source>Into deep work or out of the working day</source>
        <translation>Dentro del trabajo profundo o fuera de la jornada</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Chart axis title: the week (of the year) each point is in</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Local time of the receiver</source>
        <translation>Hora local del receptor</translation>
    </message>
    <message>
        <source>Local time of the sender</source>
        <translation>Hora local del emisor</translation>
    </message>
    <message>
        <source>No DST change moves a handoff into deep work or out of a working day in these twelve months.</source>
        <translation>Ningún cambio de hora lleva un relevo al trabajo profundo ni fuera de una jornada en estos doce meses.</translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the receiving region&apos;s local time</extracomment>
        <translation>Hora local del receptor</translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <extracomment>DST Drift page, choice: draw handoff times in the handing-off region&apos;s local time</extracomment>
        <translation>Hora local del emisor</translation>
    </message>
    <message>
        <source>Each week is shown by its Wednesday (UTC): the first handoff of each region pair that day, as the timeline computes it.</source>
        <translation>Cada semana se representa por su miércoles (UTC): el primer relevo de cada par de regiones ese día, tal como lo calcula la línea de tiempo.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <extracomment>Label before the choice of which handoffs the chart shows</extracomment>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Weeks to look at:</source>
        <extracomment>Heading of the DST Drift page&apos;s list of weeks worth a look (under the chart)</extracomment>
        <translation>Semanas que examinar:</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>DST Drift point tooltip; %1 is the week&apos;s first date</extracomment>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>%1, overlap handoff</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;</extracomment>
        <translation>%1, relevo con solapamiento</translation>
    </message>
    <message>
        <source>%1, gap handoff (waits %2)</source>
        <extracomment>DST Drift point tooltip; %1 is a pair of regions like &quot;Berlin → Tokyo&quot;, %2 how long the work waits in the gap (&quot;2 h 30 min&quot;)</extracomment>
        <translation>%1, relevo tras un hueco (espera %2)</translation>
    </message>
    <message>
        <source>Handed off %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the sender&apos;s zone, %2 that zone&apos;s abbreviation, %3 the sending member: &quot;Handed off Fri 17:00 CET (Anna Schmidt)&quot;</extracomment>
        <translation>Entregado %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Picked up %1 %2 (%3)</source>
        <extracomment>DST Drift point tooltip: %1 the date and time in the receiver&apos;s zone, %2 that zone&apos;s abbreviation, %3 the receiving member: &quot;Picked up Fri 11:00 EST (Nia Johnson)&quot;</extracomment>
        <translation>Tomado %1 %2 (%3)</translation>
    </message>
    <message>
        <source>sender %1</source>
        <extracomment>DST Drift point tooltip: how far the sender&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>emisor %1</translation>
    </message>
    <message>
        <source>receiver %1</source>
        <extracomment>DST Drift point tooltip: how far the receiver&apos;s clock moved; %1 is e.g. &quot;+1 h&quot;</extracomment>
        <translation>receptor %1</translation>
    </message>
    <message>
        <source>Moved by a DST change since the week before: %1</source>
        <translation>Movido por un cambio de hora desde la semana anterior: %1</translation>
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
        <translation>&lt;p&gt;Una región &lt;b&gt;cubre&lt;/b&gt; los momentos en que trabaja al menos uno de sus miembros (descontando las ausencias y los festivos de la región). Donde termina un tramo de cobertura de una región, el trabajo pasa a otra: un &lt;b&gt;relevo&lt;/b&gt;. La región que termina es el &lt;b&gt;emisor&lt;/b&gt;; la que recoge el trabajo, el &lt;b&gt;receptor&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overlap handoff&lt;/b&gt; (solid arrow): another region works at the moment the sender stops (one starting exactly then counts, with no overlap). The receiver is the region that worked alongside the sender longest just before; then the one that keeps working longest after; then region order. The &lt;b&gt;overlap&lt;/b&gt; is the time both covered before the end, and the &lt;b&gt;pickup&lt;/b&gt; is the end itself: the work waits for nobody.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relevo con solapamiento&lt;/b&gt; (flecha continua): otra región trabaja en el momento en que el emisor termina (una que empieza justo entonces también cuenta, sin solapamiento). El receptor es la región que más tiempo ha trabajado junto al emisor justo antes; después, la que sigue trabajando más tiempo tras ese momento; después, el orden de las regiones. El &lt;b&gt;solapamiento&lt;/b&gt; es el tiempo que ambas han cubierto antes del final, y la &lt;b&gt;toma&lt;/b&gt; es el propio final: el trabajo no espera a nadie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gap handoff&lt;/b&gt; (dashed arrow): nobody works at the moment the sender stops. The region whose coverage starts first after it picks up (ties: region order), and the &lt;b&gt;wait&lt;/b&gt; is the time until then, however long: a weekend, or a three-week shutdown. If that region is the sender itself there is no handoff: it simply resumes. If nobody works again at all, there is none either.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relevo tras un hueco&lt;/b&gt; (flecha discontinua): nadie trabaja en el momento en que el emisor termina. Toma el relevo la región cuya cobertura empieza antes después de ese momento (en caso de empate, el orden de las regiones), y la &lt;b&gt;espera&lt;/b&gt; es el tiempo hasta entonces, por largo que sea: un fin de semana o un cierre de tres semanas. Si esa región es el propio emisor, no hay relevo: simplemente reanuda el trabajo. Si nadie vuelve a trabajar, tampoco hay relevo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync slot&lt;/b&gt;: in an overlap handoff with some overlap, the earliest window of the policy length (15 minutes unless the plan says otherwise) inside the overlap in which at least one member of each side works throughout, and which touches no deep-work block of anyone on either side working then. A window inside a comms window of both sides is preferred over the earliest. Without one the handoff is asynchronous only: a written note.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Franja de sincronización&lt;/b&gt;: en un relevo con solapamiento de cierta duración, la primera ventana de la duración fijada por la política (15 minutos, salvo que el plan diga otra cosa) dentro del solapamiento en la que al menos un miembro de cada lado trabaja de principio a fin, y que no toca ningún bloque de trabajo profundo de nadie de ninguno de los dos lados que trabaje entonces. Se prefiere una ventana dentro de una ventana de comunicación de ambos lados a la más temprana. Si no hay ninguna, el relevo es solo asíncrono: una nota escrita.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worked example</source>
        <extracomment>Heading of an example box in the Help guide pages</extracomment>
        <translation>Ejemplo práctico</translation>
    </message>
    <message>
        <source>&lt;p&gt;EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works 09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EMEA: Anna, en Berlín, trabaja de 09:00 a 17:30. AMER: Ben, en Nueva York, trabaja de 09:00 a 17:00. Sin trabajo profundo ni otras regiones. El lunes 9 de marzo de 2026 Nueva York ya está en horario de verano (EDT, UTC−4) y Berlín todavía no (CET, UTC+1): Anna trabaja de 08:00 a 16:30 UTC y Ben de 13:00 a 21:00 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER works: an &lt;b&gt;overlap handoff EMEA → AMER&lt;/b&gt; with 3 h 30 min of overlap (13:00–16:30 UTC), picked up at once. Its sync slot is the overlap&apos;s first 15 minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A las 16:30 UTC (17:30 en Berlín, 12:30 en Nueva York) EMEA termina mientras AMER trabaja: un &lt;b&gt;relevo con solapamiento EMEA → AMER&lt;/b&gt; con 3 h 30 min de solapamiento (13:00–16:30 UTC), que se toma de inmediato. Su franja de sincronización son los primeros 15 minutos del solapamiento, 13:00–13:15 UTC: las 14:00 en Berlín y las 09:00 en Nueva York.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 21:00 UTC Ben stops and nobody works: a &lt;b&gt;gap handoff AMER → EMEA&lt;/b&gt;, picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A las 21:00 UTC Ben termina y no trabaja nadie: un &lt;b&gt;relevo tras un hueco AMER → EMEA&lt;/b&gt;, que se toma el martes a las 08:00 UTC (09:00 en Berlín) tras una espera de 11 h. Desde el viernes 13 de marzo, el mismo relevo espera hasta el lunes 16 de marzo a las 08:00 UTC: 2 d 11 h.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Working hours, deep work and comms windows are wall-clock times in each member&apos;s own zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El horario laboral, el trabajo profundo y las ventanas de comunicación son horas de reloj en la zona horaria de cada miembro: las 09:00 siguen siendo las 09:00 todo el año, y el momento que representan se desplaza cuando cambia la hora. Dos veces al año una hora de reloj no corresponde a un único momento; Sunrelay la interpreta entonces exactamente igual que los archivos de calendario (RFC 5545), de modo que un calendario muestra lo mismo que Sunrelay.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skipped times move forward by the gap.&lt;/b&gt; When the clocks spring forward, a time in the skipped hour does not exist. It is read with the offset from before the change, which puts it as much later as the clocks jumped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las horas que se saltan avanzan lo que dura el salto.&lt;/b&gt; Cuando se adelanta la hora, una hora dentro del intervalo saltado no existe. Se interpreta con el desfase de antes del cambio, lo que la sitúa tanto más tarde como haya saltado el reloj.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: spring forward</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move forward in spring</extracomment>
        <translation>Ejemplo: los relojes se adelantan</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nueva York, domingo 8 de marzo de 2026: a las 02:00 EST los relojes saltan a las 03:00 EDT. Las 02:30 no existen; interpretadas como 02:30 EST son las 07:30 UTC, es decir, las &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Repeated times take the first occurrence.&lt;/b&gt; When the clocks fall back, an hour happens twice; a time in it means the earlier one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las horas repetidas toman la primera vez.&lt;/b&gt; Cuando se retrasa la hora, una hora ocurre dos veces; una hora dentro de ella se refiere a la primera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: fall back</source>
        <extracomment>Heading of an example box in the DST guide page: clocks move back in autumn</extracomment>
        <translation>Ejemplo: los relojes se atrasan</translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 means &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, not 01:30 EST = 06:30 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nueva York, domingo 1 de noviembre de 2026: de 01:00 a 02:00 ocurre dos veces. Las 01:30 significan &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, no 01:30 EST = 06:30 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lengths are exact time.&lt;/b&gt; A range keeps its wall-clock ends, so on a night the clocks change it is shorter or longer by the change. Overlaps, waits and effort are counted in real elapsed time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las duraciones son tiempo real.&lt;/b&gt; Un intervalo conserva sus extremos en hora de reloj, así que la noche en que cambia la hora es más corto o más largo en lo que cambia. Los solapamientos, las esperas y el esfuerzo se cuentan en tiempo real transcurrido.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Example: lengths</source>
        <extracomment>Heading of an example box in the DST guide page: how lengths of time are counted</extracomment>
        <translation>Ejemplo: duraciones</translation>
    </message>
    <message>
        <source>&lt;p&gt;In New York a range 01:00–05:00 lasts 4 h on most nights, &lt;b&gt;3 h&lt;/b&gt; on 8 March 2026 and &lt;b&gt;5 h&lt;/b&gt; on 1 November 2026. A range 02:15–03:00 has no time at all on 8 March: its start reads as 03:15 EDT, after its end.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En Nueva York, un intervalo de 01:00 a 05:00 dura 4 h la mayoría de las noches, &lt;b&gt;3 h&lt;/b&gt; el 8 de marzo de 2026 y &lt;b&gt;5 h&lt;/b&gt; el 1 de noviembre de 2026. Un intervalo de 02:15 a 03:00 no dura nada el 8 de marzo: su inicio se interpreta como 03:15 EDT, después de su final.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline a diamond marks each clock change on the member&apos;s row (filled: forward, hollow: back); View &amp;gt; DST Drift shows how each handoff moves in local time over the coming year.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En la línea de tiempo, un rombo marca cada cambio de hora en la fila del miembro (relleno: se adelanta; hueco: se retrasa); Ver &amp;gt; Desfase por cambio de hora muestra cómo se mueve cada relevo en hora local durante el próximo año.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How Handoffs Are Computed</source>
        <extracomment>Title of the Help guide page (Help menu) on handoffs</extracomment>
        <translation>Cómo se calculan los relevos</translation>
    </message>
    <message>
        <source>The DST Rule</source>
        <extracomment>Title of the Help guide page (Help menu) on daylight saving time</extracomment>
        <translation>La regla del cambio de hora</translation>
    </message>
    <message>
        <source>How &amp;Handoffs Are Computed</source>
        <extracomment>Help menu item: opens the guide page on how handoffs are computed</extracomment>
        <translation>Cómo se calculan los &amp;relevos</translation>
    </message>
    <message>
        <source>The &amp;DST Rule</source>
        <extracomment>Help menu item: opens the guide page on daylight saving time</extracomment>
        <translation>La regla del cambio de &amp;hora</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::HandoffsCsvDialog</name>
    <message>
        <source>Export handoffs as CSV</source>
        <extracomment>Title of the file dialog behind the Export Handoffs dialog&apos;s File field</extracomment>
        <translation>Exportar relevos como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>File type filter of the Export Handoffs dialog&apos;s file dialog; keep &quot;(*.csv)&quot;</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Handoffs as CSV</source>
        <extracomment>Title of the Export Handoffs as CSV dialog (File menu)</extracomment>
        <translation>Exportar relevos como CSV</translation>
    </message>
    <message>
        <source>One row per handoff: both sides&apos; local times, the wait, the sync slot and the tasks passed with their notes.</source>
        <translation>Una fila por relevo: las horas locales de ambos lados, la espera, la franja de sincronización y las tareas que pasan, con sus notas.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <extracomment>Form label in an export dialog: the range of dates to export</extracomment>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <extracomment>Form label in an export dialog: the file to write</extracomment>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <extracomment>OK button of the Export Handoffs as CSV dialog</extracomment>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation>La última fecha (%1) es anterior a la primera (%2).</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo en el que exportar.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::LegendDialog</name>
    <message>
        <source>Timeline Legend</source>
        <extracomment>Title of the window explaining the timeline&apos;s colours and marks (View &gt; Legend)</extracomment>
        <translation>Leyenda de la línea de tiempo</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Legend sample: a task finishing after its deadline; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Tue 11:00 · T-3</source>
        <comment>time cursor sample</comment>
        <extracomment>Legend sample of the time cursor&apos;s label: a weekday and time, then a task id</extracomment>
        <translation>mar 11:00 · T-3</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Legend entry: the shaded block of a member&apos;s working hours on the timeline</extracomment>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>When the member works, in the region&apos;s colour; the row&apos;s weekdays and hours are the member&apos;s own local time.</source>
        <translation>Cuándo trabaja el miembro, en el color de la región; los días y las horas de la fila son la hora local del propio miembro.</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Legend entry: a member&apos;s protected, meeting-free focus time</extracomment>
        <translation>Trabajo profundo</translation>
    </message>
    <message>
        <source>A protected block: darker, hatched, with a lock. A sync slot, pickup or meeting inside it is a conflict.</source>
        <translation>Un bloque protegido: más oscuro, rayado y con un candado. Una franja de sincronización, una toma o una reunión dentro de él es un conflicto.</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Legend entry: a fixed time for messages and calls</extracomment>
        <translation>Ventana de comunicación</translation>
    </message>
    <message>
        <source>The outlined band above the bar: a fixed time for messages. Sync slots in both sides&apos; windows are preferred.</source>
        <translation>La banda con contorno sobre la barra: un momento fijo para los mensajes. Se prefieren las franjas de sincronización dentro de las ventanas de ambos lados.</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Legend entry: a member&apos;s day off (holiday, leave)</extracomment>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Whole local days away, grey and cross-hatched. Region holidays simply leave the day without working hours.</source>
        <translation>Días locales completos de ausencia, en gris y con trama cruzada. Los festivos de la región simplemente dejan el día sin horario laboral.</translation>
    </message>
    <message>
        <source>Daylight</source>
        <extracomment>Legend entry: the band showing where the sun is up</extracomment>
        <translation>Luz del día</translation>
    </message>
    <message>
        <source>Behind the row where the member lives: night shaded, twilight lighter, day clear.</source>
        <translation>Detrás de la fila, según dónde vive el miembro: la noche sombreada, el crepúsculo más claro y el día sin sombra.</translation>
    </message>
    <message>
        <source>Clocks go forward</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks forward</extracomment>
        <translation>Los relojes se adelantan</translation>
    </message>
    <message>
        <source>A filled diamond where the member&apos;s clocks skip ahead (daylight saving time starts).</source>
        <translation>Un rombo relleno donde los relojes del miembro se adelantan (empieza el horario de verano).</translation>
    </message>
    <message>
        <source>Clocks go back</source>
        <extracomment>Legend entry: the mark of a daylight saving change that moves clocks back</extracomment>
        <translation>Los relojes se atrasan</translation>
    </message>
    <message>
        <source>A hollow diamond where the member&apos;s clocks turn back and an hour repeats.</source>
        <translation>Un rombo hueco donde los relojes del miembro se retrasan y se repite una hora.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Legend entry: times some region works</extracomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>On a region&apos;s row: when at least one of its members works (time off taken out).</source>
        <translation>En la fila de una región: cuándo trabaja al menos uno de sus miembros (descontando las ausencias).</translation>
    </message>
    <message>
        <source>Overlap</source>
        <extracomment>Legend entry: times two or more regions work at once</extracomment>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>Two or more regions cover the same time, shaded in both regions&apos; colours.</source>
        <translation>Dos o más regiones cubren el mismo tiempo, sombreado con los colores de ambas regiones.</translation>
    </message>
    <message>
        <source>Gap</source>
        <extracomment>Legend entry: times no region works</extracomment>
        <translation>Hueco</translation>
    </message>
    <message>
        <source>Nobody in any region works: hatched vermillion across every region row.</source>
        <translation>No trabaja nadie de ninguna región: rayado bermellón en todas las filas de región.</translation>
    </message>
    <message>
        <source>Overlap handoff</source>
        <extracomment>Legend entry: a handoff where both regions&apos; hours overlap</extracomment>
        <translation>Relevo con solapamiento</translation>
    </message>
    <message>
        <source>Solid arrow, in the receiver&apos;s colour: the receiving region already works when the sender stops, so work passes at once.</source>
        <translation>Flecha continua, en el color del receptor: la región receptora ya trabaja cuando el emisor termina, así que el trabajo pasa de inmediato.</translation>
    </message>
    <message>
        <source>Gap handoff</source>
        <extracomment>Legend entry: a handoff across hours no one covers</extracomment>
        <translation>Relevo tras un hueco</translation>
    </message>
    <message>
        <source>Dashed arrow: nobody works when the sender stops; the work waits until the next region starts (the pickup).</source>
        <translation>Flecha discontinua: no trabaja nadie cuando el emisor termina; el trabajo espera hasta que empieza la siguiente región (la toma).</translation>
    </message>
    <message>
        <source>Handoff stepped to</source>
        <extracomment>Legend entry: the ring where the handoff that ] (next) or [ (previous) went to leaves</extracomment>
        <translation>Relevo seleccionado</translation>
    </message>
    <message>
        <source>A ring where the handoff that ] (next) or [ (previous) went to leaves.</source>
        <translation>Un anillo donde sale el relevo al que se ha ido con ] (siguiente) o [ (anterior).</translation>
    </message>
    <message>
        <source>Task worked</source>
        <extracomment>Legend entry: a bar of a task being worked on in one region</extracomment>
        <translation>Tarea en curso</translation>
    </message>
    <message>
        <source>A bar in the task&apos;s own colour on the member who works it then, with its id and title where they fit.</source>
        <translation>Una barra en el color propio de la tarea sobre el miembro que la trabaja en ese momento, con su id y su título si caben.</translation>
    </message>
    <message>
        <source>Task passed on</source>
        <extracomment>Legend entry: the link drawn where a task passes to the next region</extracomment>
        <translation>Tarea que pasa</translation>
    </message>
    <message>
        <source>A line to the next member who works the task; dashed where it waits in between.</source>
        <translation>Una línea hasta el siguiente miembro que trabaja la tarea; discontinua donde espera entre medias.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <extracomment>Legend entry: the mark of a task&apos;s planned start</extracomment>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>A pin on the starting region&apos;s row; a dashed run to where work really starts when nobody covers the start.</source>
        <translation>Un alfiler en la fila de la región de inicio; un trazo discontinuo hasta donde empieza realmente el trabajo si nadie cubre el inicio.</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Legend entry: the mark where a task is done</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>A flag where the task&apos;s effort is used up.</source>
        <translation>Una bandera donde se agota el esfuerzo de la tarea.</translation>
    </message>
    <message>
        <source>Late finish</source>
        <extracomment>Legend entry: the mark of a task finishing after its deadline</extracomment>
        <translation>Fin con retraso</translation>
    </message>
    <message>
        <source>A red flag: the task finishes after its deadline, by the amount shown.</source>
        <translation>Una bandera roja: la tarea termina después de su fecha límite, por el tiempo que se indica.</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend entry: the line at the current time</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>The current time, across all rows.</source>
        <translation>La hora actual, en todas las filas.</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <extracomment>Legend entry: the vertical line shown by pointing at the time axis or pressing C, with each row&apos;s local time at that moment; not the current time (that is &quot;Now&quot;)</extracomment>
        <translation>Cursor de tiempo</translation>
    </message>
    <message>
        <source>Point at the time axis or press C: each row&apos;s local time there and the tasks its members hold.</source>
        <translation>Señale el eje de tiempo o pulse C: la hora local de cada fila en ese punto y las tareas que tienen sus miembros.</translation>
    </message>
    <message>
        <source>Member rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of single members</extracomment>
        <translation>Filas de miembros</translation>
    </message>
    <message>
        <source>Region rows</source>
        <extracomment>Legend section heading: the timeline&apos;s rows of whole regions</extracomment>
        <translation>Filas de regiones</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Relevos</translation>
    </message>
    <message>
        <source>Tasks</source>
        <extracomment>Legend section heading</extracomment>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Legend section heading: time marks (daylight, now)</extracomment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <extracomment>View menu item: opens the Timeline Legend window (what the timeline&apos;s marks mean)</extracomment>
        <translation>L&amp;eyenda</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
        <extracomment>File type filter in the open and save dialogs: Sunrelay&apos;s own plan files</extracomment>
        <translation>Planes de Sunrelay (*.sunrelay)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Main menu bar: the View menu</extracomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Main menu bar: the File menu</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <extracomment>File menu item: creates a new, empty plan file</extracomment>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <extracomment>File menu item: opens an existing plan for editing</extracomment>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <extracomment>File menu item: submenu listing recently opened plans</extracomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <extracomment>File menu item: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>Abrir el plan de &amp;demostración</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <extracomment>File menu item: saves the plan under another file name</extracomment>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Import Plan JSON…</source>
        <extracomment>File menu item: creates a plan from a plan JSON file</extracomment>
        <translation>&amp;Importar JSON de plan…</translation>
    </message>
    <message>
        <source>Import &amp;Member CSV…</source>
        <extracomment>File menu item: adds team members from a CSV file</extracomment>
        <translation>Importar CSV de &amp;miembros…</translation>
    </message>
    <message>
        <source>&amp;Export Plan JSON…</source>
        <extracomment>File menu item: writes the plan to a JSON file</extracomment>
        <translation>&amp;Exportar JSON de plan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>File menu item: closes the open plan</extracomment>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>File menu: close the window and end Sunrelay</extracomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <extracomment>File menu item: writes the plan&apos;s shifts and handoffs to an iCalendar file</extracomment>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <source>Export Handoffs as CS&amp;V…</source>
        <extracomment>File menu item: writes the handoffs to a CSV spreadsheet file</extracomment>
        <translation>Exportar relevos como CS&amp;V…</translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for the handoffs CSV; %1 is the plan file&apos;s name without extension</extracomment>
        <translation>%1 relevos</translation>
    </message>
    <message>
        <source>Import &amp;Busy Time…</source>
        <extracomment>File menu item: imports members&apos; busy times from an iCalendar file</extracomment>
        <translation>Importar &amp;tiempo ocupado…</translation>
    </message>
    <message>
        <source>Import &amp;Holidays…</source>
        <extracomment>File menu item: imports public holidays from an iCalendar file</extracomment>
        <translation>Importar &amp;festivos…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Main menu bar: the Edit menu</extracomment>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Edit menu item: undoes the last change (shown when there is nothing to undo)</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Edit menu item: redoes the last undone change (shown when there is nothing to redo)</extracomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <extracomment>Edit menu item: opens the Preferences dialog</extracomment>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>My &amp;Week</source>
        <extracomment>View menu item: shows the My Week page (one member&apos;s week)</extracomment>
        <translation>Mi &amp;semana</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <extracomment>View menu item: shows the Coverage page</extracomment>
        <translation>&amp;Cobertura</translation>
    </message>
    <message>
        <source>&amp;DST Drift</source>
        <extracomment>View menu item: shows the DST Drift page (how daylight saving time shifts handoffs)</extracomment>
        <translation>&amp;Desfase por cambio de hora</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>View menu: scroll the timeline to today</extracomment>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <extracomment>View menu: scroll the timeline back in time</extracomment>
        <translation>A&amp;ntes</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <extracomment>View menu: scroll the timeline forward in time</extracomment>
        <translation>Des&amp;pués</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <extracomment>View menu item: zooms the timeline in</extracomment>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <extracomment>View menu item: zooms the timeline out</extracomment>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Next Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the next handoff between regions</extracomment>
        <translation>Relevo si&amp;guiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Handoff</source>
        <extracomment>View menu item: scrolls the timeline to the previous handoff between regions</extracomment>
        <translation>Relevo an&amp;terior</translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <extracomment>View menu item: saves the current page as a PNG, SVG or PDF picture</extracomment>
        <translation>Exportar &amp;imagen…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <extracomment>Menu title: the plan (team, tasks, policy)</extracomment>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <extracomment>Plan menu item: changes the plan&apos;s name</extracomment>
        <translation>Cambiar &amp;nombre del plan…</translation>
    </message>
    <message>
        <source>Add &amp;Region</source>
        <extracomment>Plan menu item: adds a region (a team site) to the plan</extracomment>
        <translation>Añadir &amp;región</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <extracomment>Plan menu item: opens the dialog that adds a team member</extracomment>
        <translation>Añadir &amp;miembro…</translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <extracomment>Plan menu item: opens the dialog that creates a task</extracomment>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>&amp;Place Task At…</source>
        <extracomment>Plan menu item: places the task selected in the backlog on the timeline, at a time chosen next</extracomment>
        <translation>&amp;Colocar tarea en…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Main menu bar: the Help menu</extracomment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Sunrelay</source>
        <extracomment>Help menu item: shows the About dialog</extracomment>
        <translation>&amp;Acerca de Sunrelay</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <extracomment>Name of the main toolbar (shown in its context menu)</extracomment>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Go to date</source>
        <extracomment>Accessible name and tooltip of the toolbar&apos;s date field: the timeline jumps to the date chosen</extracomment>
        <translation>Ir a la fecha</translation>
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
        <translation>Zoom: de 4 semanas a 1 hora</translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <extracomment>View menu item: shows or hides the main toolbar</extracomment>
        <translation>Mostrar &amp;barra de herramientas</translation>
    </message>
    <message>
        <source>Open a plan to see its team.</source>
        <translation>Abra un plan para ver su equipo.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to undo, e.g. &quot;Undo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>Edit menu item; %1 is the name of the change to redo, e.g. &quot;Redo Move Ana&apos;s shift&quot;</extracomment>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab title of the main window&apos;s Timeline page</extracomment>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>My Week</source>
        <extracomment>Tab title of the main window&apos;s My Week page (one member&apos;s week)</extracomment>
        <translation>Mi semana</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>Title of the error box shown when an edit could not be written to the plan file</extracomment>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>Tab title of the main window&apos;s Coverage page</extracomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>DST Drift</source>
        <extracomment>Tab title of the main window&apos;s DST Drift page (daylight saving time shifts)</extracomment>
        <translation>Desfase por cambio de hora</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a task; %1 is the task&apos;s id</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
        <translation>Editar la nota del relevo %1 de %2</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Window title of a plan opened read-only; %1 is the plan&apos;s name</extracomment>
        <translation>%1 [solo lectura]</translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <extracomment>Title of the dialog that renames the plan</extracomment>
        <translation>Cambiar nombre del plan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the Rename Plan dialog: the plan&apos;s new name</extracomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A plan needs a name: it is the window&apos;s title and the name its exports carry.</source>
        <translation>Un plan necesita un nombre: es el título de la ventana y el nombre que llevan sus exportaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Status bar: the number of team members in the plan</extracomment>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <extracomment>Status bar: the number of regions (team sites) in the plan</extracomment>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message>
        <source>coverage %1 % in the next 7 days</source>
        <translation>cobertura del %1 % en los próximos 7 días</translation>
    </message>
    <message>
        <source>next handoff %1 → %2 in %3</source>
        <translation>próximo relevo %1 → %2 dentro de %3</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <extracomment>Status bar: the time zone the timeline is drawn in; %1 is an IANA zone name like Europe/Berlin</extracomment>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <extracomment>Title of the file dialog (and of its error box) that creates a new plan file</extracomment>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <extracomment>Title of the file dialog that opens a plan</extracomment>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <extracomment>File type filter in the open, import and export dialogs: a plan written as JSON text</extracomment>
        <translation>JSON de plan (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File type filter in the open dialog: any file</extracomment>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <extracomment>Title of an error box; %1 is the name of the file that cannot be opened</extracomment>
        <translation>No se puede abrir %1</translation>
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
        <source>You can open a copy of the plan as it is now, read-only, and look at it while the other program goes on editing the original.</source>
        <translation>Puede abrir una copia del plan tal como está ahora, en solo lectura, y consultarla mientras el otro programa sigue editando el original.</translation>
    </message>
    <message>
        <source>Open a Read-Only &amp;Copy</source>
        <extracomment>Button in the box saying another program is editing the plan: opens a read-only copy instead</extracomment>
        <translation>Abrir una &amp;copia de solo lectura</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a file name</comment>
        <extracomment>Proposed file name for a read-only copy; %1 is the original file&apos;s name without extension</extracomment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <extracomment>Title of the file dialog that saves the plan under a new name</extracomment>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <source>Save as</source>
        <extracomment>Title of an error box after File &gt; Save As failed</extracomment>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation>Este plan ya está guardado en %1: cada cambio se guarda en él en cuanto lo hace. Para hacer una copia, elija otro nombre.</translation>
    </message>
    <message>
        <source>Import plan JSON</source>
        <extracomment>Title of the file dialog that picks a plan JSON file to import</extracomment>
        <translation>Importar JSON de plan</translation>
    </message>
    <message>
        <source>Import member CSV</source>
        <extracomment>Title of the file dialog (and of its error boxes) that imports members from CSV</extracomment>
        <translation>Importar CSV de miembros</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter in the member CSV import dialog</extracomment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>Undo history entry for a member CSV import; %1 is the CSV file&apos;s name</extracomment>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Export plan JSON</source>
        <extracomment>Title of the file dialog (and of its error box) that exports the plan to JSON</extracomment>
        <translation>Exportar JSON de plan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>File type filter in the Export Picture dialog</extracomment>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export picture of the timeline</source>
        <translation>Exportar imagen de la línea de tiempo</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Panel title: regions and members</extracomment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Backlog</source>
        <extracomment>Panel title: the tasks, placed or not yet placed</extracomment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Task Details</source>
        <extracomment>Title of the dock panel showing the selected task&apos;s details and route</extracomment>
        <translation>Detalles de la tarea</translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation>No hay ningún archivo en %1. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation>Se ha importado %1 como un nuevo archivo de plan: %2</translation>
    </message>
    <message>
        <source>Cannot open the demo plan</source>
        <translation>No se puede abrir el plan de demostración</translation>
    </message>
    <message>
        <source>%1 is open in another Sunrelay window, which was brought to the front.</source>
        <translation>%1 está abierto en otra ventana de Sunrelay, que se ha traído al frente.</translation>
    </message>
    <message>
        <source>Open Read-Onl&amp;y…</source>
        <extracomment>File menu item: opens a plan without taking the write lock</extracomment>
        <translation>Abrir en solo &amp;lectura…</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>View menu item: shows the Timeline page</extracomment>
        <translation>Línea de tie&amp;mpo</translation>
    </message>
    <message>
        <source>Go to D&amp;ate…</source>
        <extracomment>View menu item: moves the focus to the toolbar&apos;s date field</extracomment>
        <translation>Ir a la &amp;fecha…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MemberDialog</name>
    <message>
        <source>Problems</source>
        <extracomment>Screen-reader name of the list of what is wrong with the entered member</extracomment>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>Placeholder text in the member dialog&apos;s name field</extracomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label in the member dialog: the member&apos;s name</extracomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the member dialog&apos;s read-only region field</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the member dialog: the region (team site) the member belongs to</extracomment>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <extracomment>Form label in the member dialog: the member&apos;s IANA time zone</extracomment>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Whole days in the member’s own time zone, first and last day included.</source>
        <translation>Días completos en la zona horaria del propio miembro, incluidos el primero y el último.</translation>
    </message>
    <message>
        <source>First day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the first day of an absence</extracomment>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <extracomment>Column header of the member dialog&apos;s time-off table: the last day of an absence (included)</extracomment>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Time off</source>
        <extracomment>Accessible name of the member dialog&apos;s time-off table (holidays, leave)</extracomment>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>No time off</source>
        <extracomment>Placeholder over the member dialog&apos;s empty time-off table</extracomment>
        <translation>Sin ausencias</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a period of time off</extracomment>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the chosen period of time off</extracomment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>First day of time off %1</source>
        <translation>Primer día de la ausencia %1</translation>
    </message>
    <message>
        <source>Last day of time off %1</source>
        <translation>Último día de la ausencia %1</translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation>Este plan está abierto en solo lectura, así que este miembro no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <extracomment>Error under the member dialog&apos;s name field when it is empty</extracomment>
        <translation>Escriba el nombre del miembro.</translation>
    </message>
    <message>
        <source>Add a region to the plan first: every member belongs to one.</source>
        <translation>Primero añada una región al plan: cada miembro pertenece a una.</translation>
    </message>
    <message>
        <source>Choose the member’s region.</source>
        <extracomment>Error under the member dialog&apos;s region field when none is chosen</extracomment>
        <translation>Elija la región del miembro.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it.</source>
        <translation>%1 está resaltada, pero no elegida. Pulse Intro o haga clic en una zona para elegirla.</translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it, or press Esc in the search to keep %2.</source>
        <translation>%1 está resaltada, pero no elegida. Pulse Intro o haga clic en una zona para elegirla, o pulse Esc en la búsqueda para conservar %2.</translation>
    </message>
    <message>
        <source>Choose a time zone: no zone matches the search.</source>
        <translation>Elija una zona horaria: ninguna zona coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list.</source>
        <translation>«%1» no es una zona horaria que Sunrelay conozca. Elija una de la lista.</translation>
    </message>
    <message>
        <source>Time off %1 ends on %2, before it starts on %3. Change the last day.</source>
        <translation>La ausencia %1 termina el %2, antes de empezar el %3. Cambie el último día.</translation>
    </message>
    <message>
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation>Aceptar elige %1, la única zona que coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation>Aún no hay horario laboral: este miembro no cubre ningún tiempo hasta que dibuje alguno en la página Semana.</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the member dialog when adding a member</extracomment>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Edit member</source>
        <extracomment>Title of the member dialog when editing a member</extracomment>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <extracomment>Tab in the member dialog: name, region and time zone</extracomment>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <extracomment>Tab: the member&apos;s weekly working hours, deep work and comms windows</extracomment>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <extracomment>Tab in the member dialog: the member&apos;s days and dates off</extracomment>
        <translation>Ausen&amp;cias</translation>
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
        <translation>Desfase UTC actual: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: a member&apos;s name</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Column header: a member&apos;s region</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s IANA time zone</extracomment>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Local time</source>
        <extracomment>Column header in the Team panel&apos;s member table: the member&apos;s clock time now</extracomment>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: working hours per week</extracomment>
        <translation>Trabajo / semana</translation>
    </message>
    <message>
        <source>Deep work / week</source>
        <extracomment>Column header in the Team panel&apos;s member table: protected focus hours per week</extracomment>
        <translation>Trabajo profundo / semana</translation>
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
        <translation>Buscar miembros por nombre o id</translation>
    </message>
    <message>
        <source>Whose week: type part of a name or id</source>
        <translation>De quién es la semana: escriba parte de un nombre o id</translation>
    </message>
    <message>
        <source>Pick a date: its week is shown (the member&apos;s local dates)</source>
        <translation>Elija una fecha y se mostrará su semana (fechas locales del miembro)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week before</extracomment>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This Week</source>
        <extracomment>My Week page button: shows the current week</extracomment>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next week</source>
        <extracomment>Tooltip of the My Week page&apos;s button that shows the week after</extracomment>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Export My Calendar…</source>
        <extracomment>My Week page button: exports the chosen member&apos;s calendar to an iCalendar file</extracomment>
        <translation>Exportar mi calendario…</translation>
    </message>
    <message>
        <source>Write this member&apos;s week to a calendar file (.ics)</source>
        <translation>Escribir la semana de este miembro en un archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>Import My Calendar…</source>
        <extracomment>My Week page button: imports the chosen member&apos;s busy times from an iCalendar file</extracomment>
        <translation>Importar mi calendario…</translation>
    </message>
    <message>
        <source>Read this member&apos;s meetings from a calendar file as busy time</source>
        <translation>Leer las reuniones de este miembro de un archivo de calendario como tiempo ocupado</translation>
    </message>
    <message>
        <source>Print…</source>
        <extracomment>My Week page button: prints the week shown</extracomment>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Add a member to the plan to see their week.</source>
        <translation>Añada un miembro al plan para ver su semana.</translation>
    </message>
    <message>
        <source>Print My Week</source>
        <extracomment>Title of the print dialog for the My Week page</extracomment>
        <translation>Imprimir Mi semana</translation>
    </message>
    <message>
        <source>%1: %2, %3 time</source>
        <extracomment>Screen readers, My week: the day (&quot;Mon 30 Nov&quot;), the block as its tooltip&apos;s first line says it (&quot;Protected deep work 09:00–12:00 (3 h)&quot;) and the member&apos;s zone&apos;s city (&quot;Berlin&quot;).</extracomment>
        <translation>%1: %2, hora de %3</translation>
    </message>
    <message>
        <source>Week shown</source>
        <extracomment>Screen readers: the button that shows the week&apos;s dates and picks another week.</extracomment>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <extracomment>Label of the My Week page&apos;s choice of team member</extracomment>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>The member&apos;s week</source>
        <extracomment>Accessible name of the My Week page&apos;s drawing of the member&apos;s week</extracomment>
        <translation>La semana del miembro</translation>
    </message>
    <message>
        <source>Working hours, deep work, comms windows, handoffs, tasks and conflicts in the member&apos;s local time. Up and Down go through the blocks, Left and Right to the previous or next day, Enter shows a block&apos;s details.</source>
        <translation>Horario laboral, trabajo profundo, ventanas de comunicación, relevos, tareas y conflictos en la hora local del miembro. Arriba y Abajo recorren los bloques, Izquierda y Derecha pasan al día anterior o siguiente, Intro muestra los detalles de un bloque.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlaceTaskDialog</name>
    <message>
        <source>The plan has no region yet. Add one in the Team panel first: a task starts in a region.</source>
        <translation>El plan aún no tiene ninguna región. Añada una primero en el panel Equipo: una tarea empieza en una región.</translation>
    </message>
    <message>
        <source>Choose the region the task starts in.</source>
        <translation>Elija la región en la que empieza la tarea.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria que Sunrelay conozca. Elija una de la lista o escriba un nombre IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Place dialog, beside the start: the same instant in the timeline&apos;s zone; %1 is a date and time</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>Accessible name of the Place dialog&apos;s region field (where the task starts)</extracomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Region problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s region field when it is invalid</extracomment>
        <translation>Problema con la región</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <extracomment>Form label in the Place dialog: the region the task starts in</extracomment>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Start date</source>
        <extracomment>Accessible name of the Place dialog&apos;s start date field</extracomment>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <extracomment>Accessible name of the Place dialog&apos;s start time field</extracomment>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <extracomment>When the placed task may start: date and time</extracomment>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>Time zone of the start</source>
        <translation>Zona horaria del inicio</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <extracomment>Accessible name of the message shown under the Place dialog&apos;s zone field when it is invalid</extracomment>
        <translation>Problema con la zona horaria</translation>
    </message>
    <message>
        <source>&amp;In time zone:</source>
        <extracomment>Form label in the Place dialog: the time zone the start date and time are in</extracomment>
        <translation>En la &amp;zona horaria:</translation>
    </message>
    <message>
        <source>Start in the reference zone</source>
        <translation>Inicio en la zona de referencia</translation>
    </message>
    <message>
        <source>Daylight saving note</source>
        <extracomment>Accessible name of the Place dialog&apos;s note on a daylight saving gap or overlap at the start</extracomment>
        <translation>Nota sobre el cambio de hora</translation>
    </message>
    <message>
        <source>Place %1</source>
        <extracomment>Title of the dialog that places a task on the timeline; %1 is the task&apos;s id</extracomment>
        <translation>Colocar %1</translation>
    </message>
    <message>
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation>La tarea espera hasta que la región cubre su inicio y, desde ahí, sigue al sol.</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <extracomment>Button: put the task on the timeline</extracomment>
        <translation>&amp;Colocar</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlanDocument</name>
    <message>
        <source>Add region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region added</extracomment>
        <translation>Añadir la región %1</translation>
    </message>
    <message>
        <source>a file already exists at %1</source>
        <translation>ya existe un archivo en %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>no se puede copiar %1 en %2</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <extracomment>Why a read-only copy of a plan failed; %1 is the plan&apos;s write-ahead log file</extracomment>
        <translation>no se puede copiar %1</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <extracomment>Undo history entry for renaming the plan</extracomment>
        <translation>Cambiar nombre del plan</translation>
    </message>
    <message>
        <source>Change policy</source>
        <extracomment>Undo history entry for changing the plan&apos;s handoff policy</extracomment>
        <translation>Cambiar la política</translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation>Cambiar el nombre de la región %1 a %2</translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <extracomment>Undo history entry; %1 is the name of the region recoloured</extracomment>
        <translation>Cambiar el color de %1</translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region edited</extracomment>
        <translation>Editar la región %1</translation>
    </message>
    <message>
        <source>Move region</source>
        <extracomment>Undo history entry for moving a region up or down the list</extracomment>
        <translation>Mover región</translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <extracomment>Undo history entry; %1 is the name of the region deleted</extracomment>
        <translation>Eliminar la región %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <extracomment>Undo history entry for adding a member; %1 is the member&apos;s name</extracomment>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s old name, %2 the new one</extracomment>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo history entry; %1 is a member&apos;s name, %2 the region the member moves to</extracomment>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Change time zone of %1</source>
        <translation>Cambiar la zona horaria de %1</translation>
    </message>
    <message>
        <source>Change the week of %1</source>
        <translation>Cambiar la semana de %1</translation>
    </message>
    <message>
        <source>Change time off of %1</source>
        <translation>Cambiar las ausencias de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo history entry for editing a member; %1 is the member&apos;s name</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <extracomment>Undo history entry for deleting a member; %1 is the member&apos;s name</extracomment>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Undo history entry for adding a task; %1 is the task&apos;s title</extracomment>
        <translation>Añadir la tarea %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <extracomment>Undo history entry for deleting a task; %1 is the task&apos;s title</extracomment>
        <translation>Eliminar la tarea %1</translation>
    </message>
    <message>
        <source>Unplace %1</source>
        <extracomment>Undo history entry for sending a task back to the backlog; %1 is the task&apos;s id</extracomment>
        <translation>Retirar %1</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>No se puede usar el archivo: %1.</translation>
    </message>
    <message>
        <source>This is not a Sunrelay plan file (%1). Choose a .sunrelay file, or use File &gt; Import for plan JSON. The file was not changed.</source>
        <translation>Este no es un archivo de plan de Sunrelay (%1). Elija un archivo .sunrelay, o use Archivo &gt; Importar para el JSON de plan. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This plan file is damaged (%1). Open a backup copy if you have one. The file was not changed.</source>
        <translation>Este archivo de plan está dañado (%1). Abra una copia de seguridad si tiene una. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This file belongs to another program (%1). The file was not changed.</source>
        <translation>Este archivo pertenece a otro programa (%1). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This plan was made by a newer version of Sunrelay (file format %1; this version reads up to %2). Open it with a newer version of Sunrelay; the file was not changed.</source>
        <translation>Este plan se hizo con una versión más reciente de Sunrelay (formato de archivo %1; esta versión lee hasta el %2). Ábralo con una versión más reciente de Sunrelay; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This plan is open for editing in %1. Close it there, then try again.</source>
        <extracomment>%1 is the program holding the plan open, or &quot;another program&quot; when it is unknown</extracomment>
        <translation>Este plan está abierto para edición en %1. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Stands for the program that holds a plan open, when its name is unknown, in &quot;This plan is open for editing in %1&quot;</extracomment>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Este plan está abierto en solo lectura; los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>That is no longer in the plan (%1).</source>
        <translation>Eso ya no está en el plan (%1).</translation>
    </message>
    <message>
        <source>This change cannot be made: %1.</source>
        <translation>No se puede hacer este cambio: %1.</translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; check the disk and try again.</source>
        <translation>No se ha podido guardar el cambio (%1). No se ha modificado nada; compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 (table %2, row %3, column %4)</source>
        <extracomment>A store error&apos;s detail and where in the plan file it is: &quot;value out of range (table member, row 12, column zone)&quot;</extracomment>
        <translation>%1 (tabla %2, fila %3, columna %4)</translation>
    </message>
    <message>
        <source>This plan file has been altered outside Sunrelay (%1) and is not opened, to keep anything planted in it from running. The file was not changed.</source>
        <translation>Este archivo de plan se ha alterado fuera de Sunrelay (%1) y no se abre, para evitar que se ejecute algo que se haya introducido en él. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>This plan file holds data Sunrelay cannot use: %1. The file was not changed.</source>
        <translation>Este archivo de plan contiene datos que Sunrelay no puede usar: %1. El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Title of the Preferences dialog (Edit menu)</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>24-hour (17:30)</source>
        <extracomment>Preferences, Clock choice: show times on a 24-hour clock</extracomment>
        <translation>24 horas (17:30)</translation>
    </message>
    <message>
        <source>12-hour (5:30 PM)</source>
        <extracomment>Preferences, Clock choice: show times on a 12-hour clock with AM/PM</extracomment>
        <translation>12 horas (5:30 p. m.)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <extracomment>Form label in the Preferences dialog: how clock times are written</extracomment>
        <translation>&amp;Reloj:</translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation>&amp;Primer día de la semana:</translation>
    </message>
    <message>
        <source>UTC</source>
        <extracomment>The timeline in Coordinated Universal Time; keep the abbreviation</extracomment>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <extracomment>Preferences, timeline zone choice; %1 is this computer&apos;s IANA zone, e.g. Europe/Berlin</extracomment>
        <translation>La zona de este equipo (%1)</translation>
    </message>
    <message>
        <source>Another zone</source>
        <extracomment>Preferences, timeline zone choice: a zone picked below</extracomment>
        <translation>Otra zona</translation>
    </message>
    <message>
        <source>&amp;Timeline in:</source>
        <extracomment>Form label in the Preferences dialog: the time zone the timeline is drawn in</extracomment>
        <translation>&amp;Línea de tiempo en:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Preferences, Appearance choice: light or dark as the desktop is set</extracomment>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Preferences, Appearance choice: light colours</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Preferences, Appearance choice: dark colours</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <extracomment>Form label in the Preferences dialog: light or dark colours</extracomment>
        <translation>&amp;Aspecto:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>The language choice that follows the computer&apos;s language settings</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Appearance: black and white with a yellow focus frame, for low vision.</extracomment>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <extracomment>Form label in the Preferences dialog: the language of the user interface</extracomment>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Sunrelay next starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Sunrelay.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PublishDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el anillo de claves del sistema</translation>
    </message>
    <message>
        <source>Publish to a Calendar Server</source>
        <translation>Publicar en un servidor de calendarios</translation>
    </message>
    <message>
        <source>Unencrypted Connection</source>
        <extracomment>Title of the warning box before publishing over plain http://</extracomment>
        <translation>Conexión sin cifrar</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://). Your password and the plan&apos;s calendars would travel in clear text. Publish anyway?</source>
        <translation>%1 no está cifrado (http://). Su contraseña y los calendarios del plan viajarían en texto claro. ¿Publicar de todos modos?</translation>
    </message>
    <message>
        <source>Everything: every member, every region, all handoffs</source>
        <translation>Todo: todos los miembros, todas las regiones y todos los relevos</translation>
    </message>
    <message>
        <source>A region and its members</source>
        <extracomment>Publish dialog, choice of calendars: one region&apos;s calendar and each of its members&apos;</extracomment>
        <translation>Una región y sus miembros</translation>
    </message>
    <message>
        <source>One member</source>
        <extracomment>Publish dialog, choice of calendars: one member&apos;s calendar only</extracomment>
        <translation>Un miembro</translation>
    </message>
    <message>
        <source>Region or member</source>
        <extracomment>Accessible name of the Publish dialog&apos;s field choosing which region or member</extracomment>
        <translation>Región o miembro</translation>
    </message>
    <message>
        <source>%v of %m calendars</source>
        <extracomment>Publish dialog progress bar; %v is the number of calendars done, %m how many there are in all</extracomment>
        <translation>%v de %m calendarios</translation>
    </message>
    <message>
        <source>Publish summary</source>
        <extracomment>Accessible name of the Publish dialog&apos;s report of what was published</extracomment>
        <translation>Resumen de la publicación</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <extracomment>OK button of the Publish dialog: publishes the calendars to the CalDAV server</extracomment>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label in the Publish dialog: the CalDAV server&apos;s address</extracomment>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <extracomment>Form label in the Publish dialog: the user name on the CalDAV server</extracomment>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <extracomment>Form label in the Publish dialog: the password on the CalDAV server</extracomment>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Calendars t&amp;o publish:</source>
        <extracomment>Form label in the Publish dialog: whose calendars to publish</extracomment>
        <translation>Ca&amp;lendarios que publicar:</translation>
    </message>
    <message>
        <source>&amp;Dates (UTC):</source>
        <extracomment>Form label in the Publish dialog: the range of dates to publish, in UTC</extracomment>
        <translation>&amp;Fechas (UTC):</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked each time.</source>
        <translation>No hay ningún anillo de claves del sistema disponible: la contraseña se pedirá cada vez.</translation>
    </message>
    <message>
        <source>The password was not saved in the system keyring: %1</source>
        <translation>La contraseña no se guardó en el anillo de claves del sistema: %1</translation>
    </message>
    <message>
        <source>Enter the user name and the password of the calendar server.</source>
        <translation>Introduzca el nombre de usuario y la contraseña del servidor de calendarios.</translation>
    </message>
    <message>
        <source>Choose dates that run forwards over at most three years.</source>
        <translation>Elija fechas que avancen en el tiempo y abarquen como máximo tres años.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>Publish dialog status while stopping a publish in progress</extracomment>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Close button of the Publish dialog while publishing: stops it</extracomment>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <extracomment>Close button of the Publish dialog when nothing is being published: closes it</extracomment>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Reading what the server has…</source>
        <translation>Leyendo lo que hay en el servidor…</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <extracomment>Progress while publishing; %1 is the name of the calendar just published.</extracomment>
        <translation>Publicado: %1.</translation>
    </message>
    <message>
        <source>Cancelled. Publish again to complete: what was published stays.</source>
        <translation>Cancelado. Vuelva a publicar para completar: lo ya publicado se conserva.</translation>
    </message>
    <message>
        <source>Published.</source>
        <extracomment>Publish dialog status when every calendar was published</extracomment>
        <translation>Publicado.</translation>
    </message>
    <message>
        <source>Not everything was published: see below.</source>
        <translation>No se publicó todo: vea los detalles abajo.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 deleted, %5 unchanged</source>
        <extracomment>One calendar in the publish summary; %1 is its name</extracomment>
        <translation>%1: %2 creados, %3 actualizados, %4 eliminados, %5 sin cambios</translation>
    </message>
    <message>
        <source>    Conflict: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 says which event changed on the server meanwhile</extracomment>
        <translation>    Conflicto: %1</translation>
    </message>
    <message>
        <source>    Error: %1</source>
        <extracomment>Publish report line under a calendar, indented; %1 is the server&apos;s or network&apos;s error</extracomment>
        <translation>    Error: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Publish report line; %1 is an error that stopped the whole publish</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Calendar Server…</source>
        <extracomment>Plan menu: publish the plan&apos;s calendars to a CalDAV server</extracomment>
        <translation>Pu&amp;blicar en un servidor de calendarios…</translation>
    </message>
    <message>
        <source>Use &amp;Existing Calendars…</source>
        <extracomment>Publish dialog button: opens a dialog to publish into calendars that already exist on the server instead of creating new ones</extracomment>
        <translation>Usar calendarios &amp;existentes…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s) go into existing calendars.</source>
        <extracomment>Beside &quot;Use Existing Calendars…&quot;</extracomment>
        <translation>
            <numerusform>%n calendario se publica en un calendario existente.</numerusform>
            <numerusform>%n calendarios se publican en calendarios existentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing calendars: %1</source>
        <extracomment>%1 says what is wrong with a calendar map</extracomment>
        <translation>Calendarios existentes: %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Tooltip of a region in the Team panel: how many members it has</extracomment>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::SaveFileField</name>
    <message>
        <source>File</source>
        <extracomment>Accessible name of an export dialog&apos;s file path field</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button beside an export dialog&apos;s file path: opens a file dialog</extracomment>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <extracomment>Help menu item: lists the keyboard shortcuts</extracomment>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Section heading: shortcuts in the world timeline view</extracomment>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Timeline, selected task</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys on the timeline while a task is selected</extracomment>
        <translation>Línea de tiempo, tarea seleccionada</translation>
    </message>
    <message>
        <source>Member dialog, week grid</source>
        <extracomment>Section heading in the Keyboard Shortcuts dialog: keys in the week grid of the member dialog, where a member&apos;s weekly hours are drawn</extracomment>
        <translation>Diálogo de miembro, cuadrícula semanal</translation>
    </message>
    <message>
        <source>Pan earlier / later</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to earlier or later times</extracomment>
        <translation>Desplazar antes / después</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show less time, larger (a verb)</extracomment>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: show more time, smaller (a verb)</extracomment>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: zoom in or out around the time under the mouse pointer</extracomment>
        <translation>Zoom en el puntero</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Ctrl and turn the mouse wheel; name the key as keyboards in your language label it (German: Strg)</extracomment>
        <translation>Ctrl+Rueda</translation>
    </message>
    <message>
        <source>Pan with the wheel</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll through time by turning the mouse wheel</extracomment>
        <translation>Desplazar con la rueda</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and turn the mouse wheel; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Mayús+Rueda</translation>
    </message>
    <message>
        <source>Go to today</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: scroll the timeline to the current day</extracomment>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Next handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the next handoff in time and show it</extracomment>
        <translation>Relevo siguiente</translation>
    </message>
    <message>
        <source>Previous handoff</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: step to the previous handoff in time and show it</extracomment>
        <translation>Relevo anterior</translation>
    </message>
    <message>
        <source>Previous / next row</source>
        <extracomment>Keyboard Shortcuts dialog, Timeline: move the keyboard focus to the row (region or member) above or below</extracomment>
        <translation>Fila anterior / siguiente</translation>
    </message>
    <message>
        <source>Expand or collapse the region; open the member</source>
        <translation>Expandir o contraer la región; abrir el miembro</translation>
    </message>
    <message>
        <source>Show or hide the time cursor</source>
        <translation>Mostrar u ocultar el cursor de tiempo</translation>
    </message>
    <message>
        <source>Move the time cursor 15 minutes</source>
        <translation>Mover el cursor de tiempo 15 minutos</translation>
    </message>
    <message>
        <source>Drag a task or block in 1-minute steps</source>
        <translation>Arrastrar una tarea o un bloque en pasos de 1 minuto</translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Shift and drag with the mouse; name the key as keyboards in your language label it (German: Umschalt)</extracomment>
        <translation>Mayús+Arrastrar</translation>
    </message>
    <message>
        <source>Drag a block: change only the day grabbed</source>
        <translation>Arrastrar un bloque: cambiar solo el día sujetado</translation>
    </message>
    <message>
        <source>Alt+Drag</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: hold Alt and drag with the mouse</extracomment>
        <translation>Alt+Arrastrar</translation>
    </message>
    <message>
        <source>Deselect the task; cancel a drag</source>
        <translation>Deseleccionar la tarea; cancelar un arrastre</translation>
    </message>
    <message>
        <source>Move 15 minutes earlier / later</source>
        <translation>Mover 15 minutos antes / después</translation>
    </message>
    <message>
        <source>Move 1 minute earlier / later</source>
        <translation>Mover 1 minuto antes / después</translation>
    </message>
    <message>
        <source>Move to the region above / below</source>
        <translation>Mover a la región de arriba / abajo</translation>
    </message>
    <message>
        <source>Place at a date and time…</source>
        <translation>Colocar en una fecha y hora…</translation>
    </message>
    <message>
        <source>Back to the backlog</source>
        <extracomment>Keyboard Shortcuts dialog, selected task: unplace the task, so it goes back to the backlog of tasks with no start</extracomment>
        <translation>Devolver a pendientes</translation>
    </message>
    <message>
        <source>Select the previous / next range</source>
        <translation>Seleccionar el intervalo anterior / siguiente</translation>
    </message>
    <message>
        <source>Move the range 15 minutes</source>
        <translation>Mover el intervalo 15 minutos</translation>
    </message>
    <message>
        <source>Move the range 1 minute</source>
        <translation>Mover el intervalo 1 minuto</translation>
    </message>
    <message>
        <source>Shorten / lengthen the range 15 minutes (Shift: 1 minute)</source>
        <translation>Acortar / alargar el intervalo 15 minutos (Mayús: 1 minuto)</translation>
    </message>
    <message>
        <source>Move the range to the previous / next day</source>
        <translation>Mover el intervalo al día anterior / siguiente</translation>
    </message>
    <message>
        <source>Remove the selected range or day</source>
        <translation>Quitar el intervalo o el día seleccionado</translation>
    </message>
    <message>
        <source>Remove that day of a range</source>
        <translation>Quitar ese día de un intervalo</translation>
    </message>
    <message>
        <source>Right-click</source>
        <extracomment>Keyboard Shortcuts dialog, a mouse gesture: click with the right mouse button</extracomment>
        <translation>Clic derecho</translation>
    </message>
    <message>
        <source>Drag in 1-minute steps</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: drag a range or its edges in steps of one minute instead of 15</extracomment>
        <translation>Arrastrar en pasos de 1 minuto</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <extracomment>Keyboard Shortcuts dialog, week grid: stop a drag and put the range back as it was</extracomment>
        <translation>Cancelar un arrastre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Title of the Keyboard Shortcuts dialog (Help menu)</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <extracomment>Placeholder text of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Buscar acciones y teclas</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <extracomment>Accessible name of the Keyboard Shortcuts dialog&apos;s search field</extracomment>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what a key or mouse gesture does</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <extracomment>Column header: the key or mouse gesture</extracomment>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between key bindings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>My week</source>
        <extracomment>Keyboard Shortcuts dialog: group heading for the keys of the My Week page</extracomment>
        <translation>Mi semana</translation>
    </message>
    <message>
        <source>Previous / next block</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: moves the selection to the previous or next block</extracomment>
        <translation>Bloque anterior / siguiente</translation>
    </message>
    <message>
        <source>First block of the previous / next day</source>
        <translation>Primer bloque del día anterior / siguiente</translation>
    </message>
    <message>
        <source>First / last block of the week</source>
        <translation>Primer / último bloque de la semana</translation>
    </message>
    <message>
        <source>Show the block&apos;s details</source>
        <extracomment>Keyboard Shortcuts dialog, My Week: opens the details of the selected block</extracomment>
        <translation>Mostrar los detalles del bloque</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation>Escriba una nota para quien tome esto: qué está hecho, qué sigue, qué lo bloquea, enlaces.</translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
        <translation>Seleccione una tarea en Pendientes o en la línea de tiempo para ver adónde va.</translation>
    </message>
    <message>
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
        <translation>En Pendientes: arrástrela a la fila de una región en la línea de tiempo, o use Colocar en…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A task&apos;s id and title as the panel&apos;s heading: &quot;T-1 · Release notes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of work · priority %2</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest)</extracomment>
        <translation>%1 de trabajo · prioridad %2</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <extracomment>Task details: where the task is placed; %1 says the region and start time</extracomment>
        <translation>Empieza en %1</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Nadie está libre para tomarla en ese momento: se toma por primera vez %1 (espera %2)</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Incumple su fecha límite por %1.</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Heading: the legs of a task from member to member across regions</extracomment>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Note on handoff %1</source>
        <extracomment>Accessible name of the note field for one handoff of the task; %1 is the handoff&apos;s number</extracomment>
        <translation>Nota del relevo %1</translation>
    </message>
    <message>
        <source>Done: 
Next: 
Blockers: 
Links: </source>
        <extracomment>Template for a new handoff note: keep the line breaks; translate the four headings</extracomment>
        <translation>Hecho: 
Siguiente: 
Bloqueos: 
Enlaces: </translation>
    </message>
    <message>
        <source>%1 of work · priority %2 · deadline %3</source>
        <extracomment>Task details: %1 the work the task needs (&quot;2 h&quot;), %2 its priority (1 is the highest), %3 its deadline&apos;s date and time</extracomment>
        <translation>%1 de trabajo · prioridad %2 · fecha límite %3</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDialog</name>
    <message>
        <source>Enter a title: it is how the task shows on the timeline.</source>
        <translation>Escriba un título: es como aparece la tarea en la línea de tiempo.</translation>
    </message>
    <message>
        <source>Enter the effort in hours, e.g. 1.5 for 1 h 30 min.</source>
        <translation>Escriba el esfuerzo en horas; por ejemplo, 1,5 para 1 h 30 min.</translation>
    </message>
    <message>
        <source>“%1” is not an effort Sunrelay can plan: enter at least %2 of work and at most %3 hours.</source>
        <translation>«%1» no es un esfuerzo que Sunrelay pueda planificar: escriba al menos %2 de trabajo y como máximo %3 horas.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria que Sunrelay conozca. Elija una de la lista o escriba un nombre IANA como Europe/Berlin.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Accessible name of the task dialog&apos;s title field</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Title problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s title field when it is invalid</extracomment>
        <translation>Problema con el título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <extracomment>Form label in the task dialog: the task&apos;s title</extracomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <extracomment>Accessible name of the task dialog&apos;s effort field</extracomment>
        <translation>Esfuerzo en horas</translation>
    </message>
    <message>
        <source>hours</source>
        <extracomment>Placeholder in the effort field: the unit typed</extracomment>
        <translation>horas</translation>
    </message>
    <message>
        <source>Effort problem</source>
        <extracomment>Accessible name of the message shown under the task dialog&apos;s effort field when it is invalid</extracomment>
        <translation>Problema con el esfuerzo</translation>
    </message>
    <message>
        <source>&amp;Effort (hours):</source>
        <extracomment>Form label in the task dialog: the work the task takes, in hours</extracomment>
        <translation>&amp;Esfuerzo (horas):</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Accessible name of the task dialog&apos;s priority field</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>1 is the highest: tasks are worked in priority order.</source>
        <translation>1 es la más alta: las tareas se trabajan por orden de prioridad.</translation>
    </message>
    <message>
        <source>1 is the highest</source>
        <extracomment>Hint beside the task dialog&apos;s priority field: priority 1 comes first</extracomment>
        <translation>1 es la más alta</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <extracomment>Form label in the task dialog: the task&apos;s priority</extracomment>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <extracomment>Check box used as a form label in the task dialog: the task has a deadline</extracomment>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline check box</extracomment>
        <translation>Tiene fecha límite</translation>
    </message>
    <message>
        <source>Deadline date</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline date field</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Deadline time</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time field</extracomment>
        <translation>Hora límite</translation>
    </message>
    <message>
        <source>Deadline time zone</source>
        <extracomment>Accessible name of the task dialog&apos;s deadline time zone field</extracomment>
        <translation>Zona horaria de la fecha límite</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <extracomment>Accessible name of the note under the deadline saying what it is in other time zones</extracomment>
        <translation>Nota sobre la fecha límite</translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <extracomment>Accessible name of the message shown under the deadline fields when they are invalid</extracomment>
        <translation>Problema con la fecha límite</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Accessible name of the task dialog&apos;s notes field</extracomment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Links, context, who to ask</source>
        <translation>Enlaces, contexto, a quién preguntar</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <extracomment>Form label in the task dialog: free-text notes on the task</extracomment>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>Beside the effort field: the hours typed, written out; %1 is e.g. &quot;1 h 30 min&quot;</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <extracomment>Title of the task dialog when adding a task; %1 is the task&apos;s id</extracomment>
        <translation>Añadir la tarea %1</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <extracomment>Title of the task dialog when editing a task; %1 is the task&apos;s id</extracomment>
        <translation>Editar la tarea %1</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TasksModel</name>
    <message>
        <source>not within the horizon</source>
        <extracomment>Backlog table, Finish column: the task does not finish within the days computed</extracomment>
        <translation>no dentro del horizonte</translation>
    </message>
    <message>
        <source>%1 · late by %2</source>
        <extracomment>Backlog table, Finish column: when the task finishes, and by how much it misses its deadline: &quot;Tue 3 Nov 14:00 · late by 5 h&quot;</extracomment>
        <translation>%1 · %2 de retraso</translation>
    </message>
    <message>
        <source>Misses its deadline, %1.</source>
        <extracomment>Backlog tooltip line for a late task; %1 is its deadline (date and time)</extracomment>
        <translation>Incumple su fecha límite: %1.</translation>
    </message>
    <message>
        <source>Not finished by the end of the routing horizon, %1.</source>
        <translation>No termina antes del final del horizonte de enrutamiento, %1.</translation>
    </message>
    <message>
        <source>Alone in its starting region it would finish %1.</source>
        <translation>Sola en su región de inicio terminaría %1.</translation>
    </message>
    <message>
        <source>Times in %1, the reference zone</source>
        <translation>Horas en %1, la zona de referencia</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header: the task&apos;s short id (&quot;T-1&quot;)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s title</extracomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Effort</source>
        <extracomment>Column header: the task&apos;s work in hours</extracomment>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s priority (1 is highest)</extracomment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column header in the Backlog panel&apos;s task table: the task&apos;s deadline</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>Column header: which region and when a task starts, or Backlog</extracomment>
        <translation>Colocación</translation>
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
        <translation>Ningún miembro coincide con «%1».</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <extracomment>Placeholder over the Team panel&apos;s member table when the plan has no members</extracomment>
        <translation>Aún no hay miembros.</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <extracomment>Heading of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <source>Regions</source>
        <extracomment>Accessible name of the Team panel&apos;s list of regions (team sites)</extracomment>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Add region</source>
        <extracomment>Tooltip of a tool button in the Team panel: adds a region</extracomment>
        <translation>Añadir región</translation>
    </message>
    <message>
        <source>Region colour…</source>
        <extracomment>Tooltip of a tool button in the Team panel: picks the selected region&apos;s colour</extracomment>
        <translation>Color de la región…</translation>
    </message>
    <message>
        <source>Move region up</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region up the list</extracomment>
        <translation>Subir región</translation>
    </message>
    <message>
        <source>Move region down</source>
        <extracomment>Tooltip of a tool button in the Team panel: moves the selected region down the list</extracomment>
        <translation>Bajar región</translation>
    </message>
    <message>
        <source>Delete region</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected region</extracomment>
        <translation>Eliminar región</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Accessible name of the Team panel&apos;s member table</extracomment>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <extracomment>Heading of the Team panel&apos;s member table</extracomment>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Filter by name, region or zone</source>
        <translation>Filtrar por nombre, región o zona</translation>
    </message>
    <message>
        <source>Filter members</source>
        <extracomment>Accessible name of the filter field above the Team panel&apos;s member table</extracomment>
        <translation>Filtrar miembros</translation>
    </message>
    <message>
        <source>Add member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the dialog that adds a member</extracomment>
        <translation>Añadir miembro…</translation>
    </message>
    <message>
        <source>Show member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: shows the selected member (plan opened read-only)</extracomment>
        <translation>Mostrar miembro…</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <extracomment>Tooltip of a tool button in the Team panel: opens the selected member for editing</extracomment>
        <translation>Editar miembro…</translation>
    </message>
    <message>
        <source>Delete member</source>
        <extracomment>Tooltip of a tool button in the Team panel: deletes the selected member</extracomment>
        <translation>Eliminar miembro</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>Screen-reader name of a note above the members table</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <extracomment>Title of the colour dialog for a region; %1 is the region&apos;s name</extracomment>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <extracomment>Button in the box asking whether to delete a region</extracomment>
        <translation>&amp;Eliminar región</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation>
            <numerusform>Se ha eliminado %1: %2 ha vuelto a Pendientes. Editar &gt; Deshacer la devuelve a su sitio.</numerusform>
            <numerusform>Se ha eliminado %1: %2 han vuelto a Pendientes. Editar &gt; Deshacer las devuelve a su sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
        <translation>Editar &gt; Deshacer recupera al miembro.</translation>
    </message>
    <message>
        <source>Region %1</source>
        <extracomment>Default name of a newly added region; %1 is its number in the list</extracomment>
        <translation>Región %1</translation>
    </message>
    <message>
        <source>Add member</source>
        <extracomment>Title of the message box that asks to add a region before adding a member</extracomment>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Add a region first: every member belongs to one.</source>
        <translation>Añada primero una región: cada miembro pertenece a una.</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <extracomment>Title of the member dialog for a read-only plan; %1 is the member&apos;s name</extracomment>
        <translation>%1 [solo lectura]</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <extracomment>Title of the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two task ids</comment>
        <extracomment>A list of two task ids in a sentence, e.g. &quot;T-3 and T-7&quot;</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three task ids</comment>
        <extracomment>A list of three task ids in a sentence, e.g. &quot;T-3, T-7 and T-9&quot;</extracomment>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation>
            <numerusform>%1, %2 y %n más</numerusform>
            <numerusform>%1, %2 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %1 y su %n miembro? Puede deshacerlo.</numerusform>
            <numerusform>¿Eliminar %1 y sus %n miembros? Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation>
            <numerusform>¿Eliminar %1 y su %n miembro?</numerusform>
            <numerusform>¿Eliminar %1 y sus %n miembros?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation>
            <numerusform>%1 se retirará de la línea de tiempo. Puede deshacerlo.</numerusform>
            <numerusform>%1 se retirarán de la línea de tiempo. Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation>
            <numerusform>%1 es el último miembro de %2: %3 esperará hasta que alguien vuelva a cubrir %2.</numerusform>
            <numerusform>%1 es el último miembro de %2: %3 esperarán hasta que alguien vuelva a cubrir %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 trabaja en %2; se volverá a enrutar.</numerusform>
            <numerusform>%1 trabaja en %2; se volverán a enrutar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 trabaja en %2; se volverá a enrutar al resto de %3.</numerusform>
            <numerusform>%1 trabaja en %2; se volverán a enrutar al resto de %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message>
        <source>Times in %1</source>
        <extracomment>Timeline axis caption; %1 is the city of the zone the timeline is drawn in</extracomment>
        <translation>Horas en %1</translation>
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
        <translation>solo %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5 %6</source>
        <extracomment>Tooltip while dragging a block: %1 &quot;Deep work&quot; or &quot;Working hours&quot;, %2 the days changed, %3 the hours before → after in the member&apos;s zone, %4 that zone&apos;s city; next line %5 the same in the timeline&apos;s zone, %6 its city</extracomment>
        <translation>%1, %2: %3 %4
%5 %6</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Label of a deep-work block being dragged, first in &quot;Deep work, Mon–Fri: …&quot;</extracomment>
        <translation>Trabajo profundo</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Label of a working-hours block being dragged, first in &quot;Working hours, Mon–Fri: …&quot;</extracomment>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Hold Alt to change %1 only</source>
        <translation>Mantenga pulsado Alt para cambiar solo el %1</translation>
    </message>
    <message>
        <source>Release Alt to change %1</source>
        <translation>Suelte Alt para cambiar %1</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 deep work</source>
        <translation>Mover el trabajo profundo de %1 del %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 working hours</source>
        <translation>Mover el horario laboral de %1 del %2</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 deep work</source>
        <translation>Cambiar el tamaño del trabajo profundo de %1 del %2</translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 working hours</source>
        <translation>Cambiar el tamaño del horario laboral de %1 del %2</translation>
    </message>
    <message>
        <source>Move %1&apos;s deep work (%2)</source>
        <translation>Mover el trabajo profundo de %1 (%2)</translation>
    </message>
    <message>
        <source>Move %1&apos;s working hours (%2)</source>
        <translation>Mover el horario laboral de %1 (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s deep work (%2)</source>
        <translation>Cambiar el tamaño del trabajo profundo de %1 (%2)</translation>
    </message>
    <message>
        <source>Resize %1&apos;s working hours (%2)</source>
        <translation>Cambiar el tamaño del horario laboral de %1 (%2)</translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
        <translation>Espera %1 en un hueco, hasta %2 %3: %4 es la primera región en volver</translation>
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
        <translation>Solapamiento de %1: %2 trabajó junto a %3 más tiempo</translation>
    </message>
    <message>
        <source>No overlap: %1 starts as %2 stops</source>
        <translation>Sin solapamiento: %1 empieza cuando %2 termina</translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
        <translation>Sin franja de sincronización: relevo asíncrono con una nota escrita</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <extracomment>A sync slot in one zone: &quot;13:00–13:15 Berlin&quot;</extracomment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <extracomment>Handoff tooltip: the live meeting slot; %1 is its times in each region</extracomment>
        <translation>Franja de sincronización %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <extracomment>A time in a member&apos;s zone and in the reference zone: &quot;09:00 Berlin · 08:00 UTC&quot;</extracomment>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <extracomment>Handoff tooltip, first line: %1 the region handing off, %2 the region taking over, %3 the day: &quot;Handoff EMEA → AMER, Mon 2 Nov&quot;</extracomment>
        <translation>Relevo %1 → %2, %3</translation>
    </message>
    <message>
        <source>Leaves %1: %2</source>
        <extracomment>Handoff tooltip: %1 is the region handing off, %2 the time it leaves in both zones</extracomment>
        <translation>Sale de %1: %2</translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
        <translation>Se toma en %1: %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works then: it starts %2</source>
        <translation>Nadie de %1 trabaja en ese momento: empieza %2</translation>
    </message>
    <message>
        <source>Nobody in %1 works in these days: it starts when someone does</source>
        <translation>Nadie de %1 trabaja en estos días: empieza cuando alguien lo haga</translation>
    </message>
    <message>
        <source>late by %1</source>
        <extracomment>Timeline label at a late task&apos;s finish; %1 is a duration, e.g. &quot;3 h&quot;</extracomment>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>Task tooltip, last line: the handoff that ends this part of the route; %1 describes it (&quot;EMEA → AMER at 17:00 …&quot;)</extracomment>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Task tooltip line: the handoff note; %1 is its text</extracomment>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation>Incumple su fecha límite por %1.</translation>
    </message>
    <message>
        <source>%1
Placed in %2</source>
        <extracomment>Tooltip of a pinned task start; %1 is the task, %2 the region it is placed in</extracomment>
        <translation>%1
Colocada en %2</translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation>Nadie está libre para tomarla en ese momento: se toma por primera vez %1 (espera %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <extracomment>Time cursor, on a region&apos;s row: the tasks waiting in the region at that moment, held by no member; %1 lists their ids (&quot;T-12, T-14&quot;)</extracomment>
        <translation>
            <numerusform>%1 espera</numerusform>
            <numerusform>%1 esperan</numerusform>
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
        <translation>Separar el %1 de %2</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 deep work</source>
        <translation>Separar el trabajo profundo de %1 del %2</translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 working hours</source>
        <translation>Separar el horario laboral de %1 del %2</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <extracomment>Timeline context menu: opens the member dialog; %1 is the member&apos;s name</extracomment>
        <translation>Editar %1…</translation>
    </message>
    <message>
        <source>No handoff in the next two weeks</source>
        <translation>No hay relevos en las próximas dos semanas</translation>
    </message>
    <message>
        <source>No handoff in the last two weeks</source>
        <translation>No hay relevos en las últimas dos semanas</translation>
    </message>
    <message>
        <source>Gap: nobody covers for %1
%2 – %3</source>
        <translation>Hueco: nadie cubre durante %1
%2 – %3</translation>
    </message>
    <message>
        <source>%1 covers %2 – %3</source>
        <extracomment>Timeline tooltip on a region&apos;s row: %1 the region, %2 and %3 the start and end of the stretch someone there works: &quot;EMEA covers Mon 07:00 – Mon 17:00&quot;</extracomment>
        <translation>%1 cubre %2 – %3</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation>Los relojes se adelantan %1 el %2: %3 → %4 %5</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation>Los relojes se atrasan %1 el %2: %3 → %4 %5</translation>
    </message>
    <message>
        <source>%1: deep work, protected
%2 – %3
%4 – %5
Handoffs, sync slots and meetings must stay out of it.</source>
        <translation>%1: trabajo profundo, protegido
%2 – %3
%4 – %5
Los relevos, las franjas de sincronización y las reuniones deben quedar fuera.</translation>
    </message>
    <message>
        <source>%1: comms window
%2 – %3</source>
        <extracomment>Screen-reader text of a comms window on the timeline: %1 the member, %2 and %3 its start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: ventana de comunicación
%2 – %3</translation>
    </message>
    <message>
        <source>%1: working hours
%2 – %3</source>
        <extracomment>Screen-reader text of working hours on the timeline: %1 the member, %2 and %3 their start and end in the member&apos;s and the timeline&apos;s zone</extracomment>
        <translation>%1: horario laboral
%2 – %3</translation>
    </message>
    <message>
        <source>%1: time off</source>
        <extracomment>Timeline tooltip; %1 is a member&apos;s name</extracomment>
        <translation>%1: ausencia</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>A member, their local time and zone id: &quot;Ana, 09:00 (America/Sao_Paulo)&quot;</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>World timeline</source>
        <extracomment>Accessible name of the timeline (every region&apos;s and member&apos;s hours across time zones)</extracomment>
        <translation>Línea de tiempo mundial</translation>
    </message>
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation>Regiones y miembros a lo largo del tiempo, con las tareas colocadas. Las flechas desplazan, más y menos hacen zoom, Arriba y Abajo eligen una fila, Intro la abre, ] y [ muestran el relevo siguiente y el anterior, C fija el cursor de tiempo (Mayús+Izquierda y Derecha lo mueven). Con una tarea seleccionada: Ctrl+Izquierda y Derecha la mueven 15 minutos (con Mayús, un minuto), Ctrl+Arriba y Abajo a otra región, P la coloca en una hora concreta y Supr la retira. Escape cancela un arrastre.</translation>
    </message>
    <message>
        <source>Member row; Enter opens the member</source>
        <extracomment>Screen readers, a member&apos;s row on the timeline.</extracomment>
        <translation>Fila de miembro; Intro abre el miembro</translation>
    </message>
    <message>
        <source>Region row, open; Enter folds it</source>
        <extracomment>Screen readers, a region&apos;s row on the timeline, its members shown.</extracomment>
        <translation>Fila de región, desplegada; Intro la pliega</translation>
    </message>
    <message>
        <source>Region row, folded; Enter opens it</source>
        <translation>Fila de región, plegada; Intro la despliega</translation>
    </message>
    <message>
        <source>Give %1 its own deep work so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a deep-work block; %1 is the weekday clicked</extracomment>
        <translation>Dar al %1 su propio trabajo profundo para que al arrastrarlo cambie solo ese día (o arrastrar manteniendo Alt)</translation>
    </message>
    <message>
        <source>Give %1 its own working hours so that dragging it changes that day only (or drag with Alt held)</source>
        <extracomment>Tooltip of &quot;Separate %1 from %2&quot; on a working-hours block; %1 is the weekday clicked</extracomment>
        <translation>Dar al %1 su propio horario laboral para que al arrastrarlo cambie solo ese día (o arrastrar manteniendo Alt)</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WeekEditor</name>
    <message>
        <source>h:mm AM/PM</source>
        <extracomment>Placeholder of a time field in the 12-hour clock: hours, minutes and AM or PM, as your language writes them</extracomment>
        <translation>h:mm a. m./p. m.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <extracomment>Placeholder of a time field in the 24-hour clock: two-digit hours and minutes</extracomment>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Days</source>
        <extracomment>Column header: the weekdays a range is on</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Column header: the clock time a range starts</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Column header: the clock time a range ends</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <extracomment>Column header: how long a range lasts</extracomment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <extracomment>Week grid table: an end time on the next day; %1 is the clock time</extracomment>
        <translation>%1 (día siguiente)</translation>
    </message>
    <message>
        <source>Local start time, such as %1 or %2</source>
        <translation>Hora local de inicio, como %1 o %2</translation>
    </message>
    <message>
        <source>Local end time, such as 5:30 PM or 17:30; 12:00 AM is midnight at the end of the day, and an end at or before the start runs into the next day</source>
        <translation>Hora local de fin, como 5:30 p. m. o 17:30; 12:00 a. m. es la medianoche al final del día, y un fin igual o anterior al inicio pasa al día siguiente</translation>
    </message>
    <message>
        <source>Local end time, such as 17:30 or 5:30 PM; 24:00 is midnight, and an end at or before the start runs into the next day</source>
        <translation>Hora local de fin, como 17:30 o 5:30 p. m.; 24:00 es la medianoche, y un fin igual o anterior al inicio pasa al día siguiente</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Accessible name of the week grid in the member dialog (a member&apos;s weekly hours)</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation>Arrastre sobre un día para añadir un intervalo, arrastre sus bordes para cambiar su tamaño, arrastre más allá de medianoche para pasar al día siguiente. Clic derecho o Supr para quitarlo. Mantenga Mayús para pasos de 1 minuto.</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <extracomment>Button under the member dialog&apos;s week grid: adds a time range to the layer shown</extracomment>
        <translation>&amp;Añadir intervalo</translation>
    </message>
    <message>
        <source>&amp;Remove range</source>
        <extracomment>Button under the member dialog&apos;s week grid: removes the selected time range</extracomment>
        <translation>&amp;Quitar intervalo</translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <extracomment>Member dialog, week grid: button to edit the layer of working hours</extracomment>
        <translation>&amp;Horario laboral</translation>
    </message>
    <message>
        <source>&amp;Deep work</source>
        <extracomment>Member dialog, week grid: button to edit the layer of protected, meeting-free focus time</extracomment>
        <translation>Trabajo &amp;profundo</translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <extracomment>Member dialog, week grid: button to edit the layer of fixed windows for messages and calls</extracomment>
        <translation>&amp;Ventanas de comunicación</translation>
    </message>
    <message>
        <source>Edit the hours this person works</source>
        <translation>Editar las horas que trabaja esta persona</translation>
    </message>
    <message>
        <source>Edit protected deep-work blocks: no meetings, handoffs or comms inside</source>
        <translation>Editar los bloques de trabajo profundo protegidos: sin reuniones, relevos ni comunicación dentro</translation>
    </message>
    <message>
        <source>Edit the fixed windows for messages and calls</source>
        <translation>Editar las ventanas fijas para mensajes y llamadas</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>Member dialog, week grid: an edit was refused; %1 says why</extracomment>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>%1 %2 to %3 the next day</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end on the next day (&quot;Mon–Fri 22:00 to 02:00 the next day&quot;)</extracomment>
        <translation>%1 de %2 a %3 del día siguiente</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <extracomment>Screen-reader text of a range: %1 its days, %2 its start, %3 its end (&quot;Mon–Fri 09:00 to 17:00&quot;)</extracomment>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A layer of the week and its ranges: &quot;Deep work: Mon 09:00–12:00; Tue 09:00–12:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Screen-reader text: a layer of the week with no ranges, as in &quot;Deep work: none&quot;</extracomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left and Right changes its end, Alt with Up and Down moves it to another day, Delete removes it; hold Shift for 1-minute steps.</source>
        <translation>%1. Editando %2. Arriba y Abajo seleccionan un intervalo, Izquierda y Derecha lo mueven, Ctrl con Izquierda y Derecha cambia su fin, Alt con Arriba y Abajo lo pasa a otro día, Supr lo quita; mantenga Mayús para pasos de 1 minuto.</translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <extracomment>Accessible name of the table of time ranges; %1 is the layer, e.g. &quot;Working hours&quot;</extracomment>
        <translation>Intervalos de %1</translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
        <translation>Protegido: sin reuniones, relevos ni ventanas de comunicación.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: working hours</extracomment>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Deep work</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: protected focus time</extracomment>
        <translation>Trabajo profundo</translation>
    </message>
    <message>
        <source>Comms window</source>
        <extracomment>Name of a layer of the member dialog&apos;s week grid: fixed times for messages and calls</extracomment>
        <translation>Ventana de comunicación</translation>
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
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type hours and minutes, such as %2.</source>
        <translation>«%1» no es una hora del día. Escriba horas y minutos, como %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to 59, such as %2.</source>
        <translation>«%1» no está en formato de 12 horas: use horas de 1 a 12 y minutos de 00 a 59, como %2.</translation>
    </message>
    <message>
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation>«%1» no es una hora válida: use de 00:00 a 23:59, o 24:00 para un fin a medianoche.</translation>
    </message>
    <message>
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
        <translation>Un intervalo no puede empezar a las «%1», la medianoche que termina el día. Empiécelo a las %2 del día siguiente.</translation>
    </message>
    <message>
        <source>Mon–Fri</source>
        <extracomment>Placeholder: the weekdays a range is on, Monday to Friday; write your short day names</extracomment>
        <translation>lun–vie</translation>
    </message>
    <message>
        <source>Days the range starts on, such as Mon–Fri or Sat, Sun</source>
        <translation>Días en que empieza el intervalo, como lun–vie o sáb, dom</translation>
    </message>
    <message>
        <source>“%1” is not a span of days. Write a span as two days, such as Mon–Fri.</source>
        <translation>«%1» no es un intervalo de días. Escriba un intervalo como dos días, por ejemplo lun–vie.</translation>
    </message>
    <message>
        <source>“%1” is not a day. Use day names such as Mon or Tue, or a span such as Mon–Fri.</source>
        <translation>«%1» no es un día. Use nombres de día como lun o mar, o un intervalo como lun–vie.</translation>
    </message>
    <message>
        <source>Choose at least one day, such as Mon or Mon–Fri.</source>
        <translation>Elija al menos un día, como lun o lun–vie.</translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sunrelay</source>
        <extracomment>Heading of the page shown when no plan is open</extracomment>
        <translation>Le damos la bienvenida a Sunrelay</translation>
    </message>
    <message>
        <source>Plan work that follows the sun: see where each handoff falls, where nobody covers, and keep everyone&apos;s deep work protected.</source>
        <translation>Planifique trabajo que sigue al sol: vea dónde cae cada relevo, dónde no cubre nadie, y mantenga protegido el trabajo profundo de todos.</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <extracomment>Welcome page button: opens the sample plan shipped with Sunrelay</extracomment>
        <translation>Abrir el plan de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <extracomment>Welcome page button: creates a new, empty plan file</extracomment>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <extracomment>Welcome page button: opens an existing plan file</extracomment>
        <translation>&amp;Abrir un plan…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <extracomment>Welcome page: heading of the list of recently opened plans</extracomment>
        <translation>Planes &amp;recientes</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <extracomment>Accessible name of the Welcome page&apos;s list of recently opened plans</extracomment>
        <translation>Planes recientes</translation>
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
        <translation>Aún no hay planes recientes</translation>
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
        <translation>También conocida como %1</translation>
    </message>
    <message>
        <source>No time zone matches the search.</source>
        <translation>Ninguna zona horaria coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No time zone matches the search; the zone stays %1.</source>
        <translation>Ninguna zona horaria coincide con la búsqueda; la zona sigue siendo %1.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it.</source>
        <translation>Pulse Intro o haga clic en ella para elegirla.</translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it instead of %1.</source>
        <translation>Pulse Intro o haga clic en ella para elegirla en lugar de %1.</translation>
    </message>
    <message>
        <source>%1: %2, not chosen yet</source>
        <comment>zone id, day, clock (zone)</comment>
        <translation>%1: %2, aún sin elegir</translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation>Aún no se ha elegido ninguna zona horaria.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» no es una zona horaria.</translation>
    </message>
    <message>
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation>Hora local %1</translation>
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
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header: the country (in the reader&apos;s language)</extracomment>
        <translation>País</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column header: the IANA time zone id (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column header: the zone&apos;s offset from UTC now (&quot;UTC+01:00&quot;)</extracomment>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>Time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s list of matching time zones</extracomment>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <source>City, country, zone or UTC offset</source>
        <translation>Ciudad, país, zona o desfase UTC</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <extracomment>Accessible name of the zone picker&apos;s search field</extracomment>
        <translation>Buscar zonas horarias</translation>
    </message>
    <message>
        <source>Selected time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s text on the chosen zone (local time, UTC offset)</extracomment>
        <translation>Zona horaria seleccionada</translation>
    </message>
    <message>
        <source>Time zone</source>
        <extracomment>Accessible name of the zone picker&apos;s field when read-only</extracomment>
        <translation>Zona horaria</translation>
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
        <translation>No hay cambios de hora próximos</translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2, %3 → %4</source>
        <translation>Los relojes se adelantan %1 el %2, %3 → %4</translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2, %3 → %4</source>
        <translation>Los relojes se atrasan %1 el %2, %3 → %4</translation>
    </message>
</context>
</TS>
