<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file, or a line in it, is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not iCalendar text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no calendar (VCALENDAR) in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring events repeat too often in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such member or region in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates must lie between 1970 and 2037</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: sunrelay-cli %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sunrelay-cli %1: %2
Usage: sunrelay-cli %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First UTC date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last UTC date (YYYY-MM-DD), inclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in this IANA zone (default: the system zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON as documented in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are both required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 is %3 days; a report covers at most %4 days (about three years): ask for a shorter window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (SQLite&apos;s integrity check: %1%2); the file was not changed; restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok: &quot;%2&quot;, %3 regions, %4 members, %5 tasks (%6 placed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s name (default: the roster&apos;s file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o PLAN.json is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members, %3 tasks
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --include item &quot;%1&quot; (use handoffs, deepwork, comms, tasks, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: not read as an earlier export (%1); every event is new (SEQUENCE 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export, separated by commas: handoffs, deepwork, comms, tasks (default: handoffs,deepwork,comms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --member ID, --region ID and --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.ics is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 events
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported calendars are kept in plan files only, not in plan JSON; make one with: sunrelay-cli import %1 -o PLAN.sunrelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count all-day events as busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--member ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 busy times for %3 from %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holidays for %3 from %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage, gaps, overlaps and handoffs for the dates DATE..DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each placed task travels region to region, and what that gains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the plan breaks its maker-schedule rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plan from a member roster kept in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a plan file from plan interchange JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a plan file as plan interchange JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handoffs, deep-work blocks, comms windows and task segments as an iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a member&apos;s own calendar as busy time (replaces the member&apos;s earlier import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a region&apos;s public holidays as time off for its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sunrelay-cli COMMAND [OPTIONS]

Plans follow-the-sun work for teams across time zones.
PLAN is a plan file (.sunrelay) or plan interchange JSON; DATE is YYYY-MM-DD (UTC dates).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after its name.
  -v, --version  Show the version.

Exit status: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text stream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: out of memory
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The sync slot falls inside %1&apos;s deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handoff is picked up during %1&apos;s deep-work block, and nobody else on the receiving side is free then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no deep-work block of at least %2 on this workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s comms window cuts %2 into a deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of deep work outside working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting from %1&apos;s calendar cuts %2 into a deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPlanSource</name>
    <message>
        <source>%1: there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: that is a folder, not a plan file or plan JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1, more than the limit of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is also an input of this command; name another output file (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file already exists there; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist; name the file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message>
        <source>Working hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected deep work %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public holiday in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (busy, from your calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pass on at %1; %2 picks up %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pick up at %1; %2 stops %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 in a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync slot %1 here · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async only: a written note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 has no deep-work block of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 comms window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by the %2 sync slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s block is cut by a %2 handoff pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync slot falls inside your deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handoff is picked up during your deep-work block, and nobody else on your side is free then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deep-work block of at least %1 on this workday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comms window cuts %1 into a deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deep work outside working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody covers for %1 (the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting from your calendar cuts %1 into a deep-work block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · times in %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap / wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (async)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  (priority %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not picked up within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a wait of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 sooner than one region alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within a year of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One region alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 conflicts · times in %3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteText</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 %4 · %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 picks up %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (waits %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync slot %1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async only: no time both sides can meet; leave a written note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished by %1, the end of the routing horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes %1; %2 alone would not finish within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes %1: follow-the-sun finishes %2 sooner than %3 alone (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes %1. %2 alone would finish %3 sooner (%4): tasks served first held members this one needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes %1, as %2 alone would.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: %4 at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice on %2 in %3: %4 at the first, %5 %6 (%7 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1:%2 AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view needs a file name ending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view %1: unknown picture type; the name must end in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view %1: there is no folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view %1: that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view needs the plan to draw (a .sunrelay file or plan JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view draws one plan, not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-view needs --from and --to (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone: unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 --to %2: %3 days in %4; a picture shows at most 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a picture of the plan&apos;s timeline to FILE (.png, .svg or .pdf) and quit, showing no window. Needs --from, --to and the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-view: the first day shown, from 00:00 in --zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-view: the last day shown, to its end (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-view: the IANA time zone of the axis and of the dates (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-view: the picture&apos;s width in pixels, %1 to %2 (default %3); its height fits all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --export-view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekExportCommand</name>
    <message>
        <source>sunrelay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week needs a member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week needs --week DATE (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week: dates after 2037 are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week needs the picture to write and the plan (FILE.png|svg|pdf PLAN); got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown picture type; the name must end in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, … (%2 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week: %1 has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week: no member &quot;%1&quot; in %2; its members are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write MEMBER&apos;s week (My Week) to a picture and quit, showing no window: sunrelay --export-week MEMBER --week DATE FILE.png|svg|pdf PLAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-week: a date (YYYY-MM-DD) of the week to show, in the member&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-week and --export-view: one picture at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week goes with --export-week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPicture</name>
    <message>
        <source>One member&apos;s week exported by Sunrelay, in their own local time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plans work that follows the sun across time zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file or plan JSON to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay: internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay: internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::BacklogPanel</name>
    <message>
        <source>No tasks yet. Add one with Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, ID or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: placed tasks that finish after their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the backlog: the task loses its start and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarExportDialog</name>
    <message>
        <source>&amp;Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deep-work blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event per handoff of the scope&apos;s regions, with the tasks passed and their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected deep-work blocks as weekly busy events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms windows as weekly free events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event for each stretch of a task a member works, with its route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no region to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no member to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message>
        <source>Reading the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Busy Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported for %1 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ends %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import busy time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import busy time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsDock</name>
    <message>
        <source>Open a plan to see its conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the Conflicts dock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3 %4</source>
        <comment>day, start–end zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4 %5</source>
        <comment>day, start zone – end zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4 %5</source>
        <comment>day, start – day, end zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3 – %4, %5 %6</source>
        <comment>day, start zone – day, end zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reference zone (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in any region covers this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reference zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the member&apos;s own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message>
        <source>No conflicts in the next four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts in the days shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by member, time or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days to search for conflicts: those the timeline shows, or four weeks from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsStatus</name>
    <message>
        <source>Show the Conflicts dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the worst: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CoverageView</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage per day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered (% of the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pickup wait at gap handoffs (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task load per region (hours of routed task work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of task work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 in %3: covered %4 of %5, gaps %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, average pickup wait %1 at %n gap handoff(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, no gap handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; task work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 day in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No gap handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task work: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DateRangeEdit</name>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::DriftView</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into %1&apos;s deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1&apos;s working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2 handoff moves to %3 in %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff time where it is picked up, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff time where it is handed off, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by a DST change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into deep work or out of the working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DST change moves a handoff into deep work or out of a working day in these twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each week is shown by its Wednesday (UTC): the first handoff of each region pair that day, as the timeline computes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overlap handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, gap handoff (waits %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by a DST change since the week before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::GuideDialog</name>
    <message>
        <source>&lt;p&gt;A region &lt;b&gt;covers&lt;/b&gt; the times when at least one of its members works (time off and the region&apos;s holidays taken out). Where a stretch of a region&apos;s coverage ends, the work passes on: a &lt;b&gt;handoff&lt;/b&gt;. The region that stops is the &lt;b&gt;sender&lt;/b&gt;, the one that takes the work the &lt;b&gt;receiver&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overlap handoff&lt;/b&gt; (solid arrow): another region works at the moment the sender stops (one starting exactly then counts, with no overlap). The receiver is the region that worked alongside the sender longest just before; then the one that keeps working longest after; then region order. The &lt;b&gt;overlap&lt;/b&gt; is the time both covered before the end, and the &lt;b&gt;pickup&lt;/b&gt; is the end itself: the work waits for nobody.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gap handoff&lt;/b&gt; (dashed arrow): nobody works at the moment the sender stops. The region whose coverage starts first after it picks up (ties: region order), and the &lt;b&gt;wait&lt;/b&gt; is the time until then, however long: a weekend, or a three-week shutdown. If that region is the sender itself there is no handoff: it simply resumes. If nobody works again at all, there is none either.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sync slot&lt;/b&gt;: in an overlap handoff with some overlap, the earliest window of the policy length (15 minutes unless the plan says otherwise) inside the overlap in which at least one member of each side works throughout, and which touches no deep-work block of anyone on either side working then. A window inside a comms window of both sides is preferred over the earliest. Without one the handoff is asynchronous only: a written note.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works 09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works 08:00–16:30 UTC, Ben 13:00–21:00 UTC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER works: an &lt;b&gt;overlap handoff EMEA → AMER&lt;/b&gt; with 3 h 30 min of overlap (13:00–16:30 UTC), picked up at once. Its sync slot is the overlap&apos;s first 15 minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;At 21:00 UTC Ben stops and nobody works: a &lt;b&gt;gap handoff AMER → EMEA&lt;/b&gt;, picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: 2 d 11 h.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Working hours, deep work and comms windows are wall-clock times in each member&apos;s own zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay shows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Skipped times move forward by the gap.&lt;/b&gt; When the clocks spring forward, a time in the skipped hour does not exist. It is read with the offset from before the change, which puts it as much later as the clocks jumped.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: spring forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is &lt;b&gt;03:30 EDT&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Repeated times take the first occurrence.&lt;/b&gt; When the clocks fall back, an hour happens twice; a time in it means the earlier one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: fall back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 means &lt;b&gt;01:30 EDT = 05:30 UTC&lt;/b&gt;, not 01:30 EST = 06:30 UTC.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lengths are exact time.&lt;/b&gt; A range keeps its wall-clock ends, so on a night the clocks change it is shorter or longer by the change. Overlaps, waits and effort are counted in real elapsed time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In New York a range 01:00–05:00 lasts 4 h on most nights, &lt;b&gt;3 h&lt;/b&gt; on 8 March 2026 and &lt;b&gt;5 h&lt;/b&gt; on 1 November 2026. A range 02:15–03:00 has no time at all on 8 March: its start reads as 03:15 EDT, after its end.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;On the timeline a diamond marks each clock change on the member&apos;s row (filled: forward, hollow: back); View &amp;gt; DST Drift shows how each handoff moves in local time over the coming year.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Handoffs Are Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DST Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;Handoffs Are Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;DST Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::HandoffsCsvDialog</name>
    <message>
        <source>Export handoffs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handoffs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per handoff: both sides&apos; local times, the wait, the sync slot and the tasks passed with their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::LegendDialog</name>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue 11:00 · T-3</source>
        <comment>time cursor sample</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the member works, in the region&apos;s colour; the row&apos;s weekdays and hours are the member&apos;s own local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected block: darker, hatched, with a lock. A sync slot, pickup or meeting inside it is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlined band above the bar: a fixed time for messages. Sync slots in both sides&apos; windows are preferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole local days away, grey and cross-hatched. Region holidays simply leave the day without working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the row where the member lives: night shaded, twilight lighter, day clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filled diamond where the member&apos;s clocks skip ahead (daylight saving time starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hollow diamond where the member&apos;s clocks turn back and an hour repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a region&apos;s row: when at least one of its members works (time off taken out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more regions cover the same time, shaded in both regions&apos; colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in any region works: hatched vermillion across every region row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid arrow, in the receiver&apos;s colour: the receiving region already works when the sender stops, so work passes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed arrow: nobody works when the sender stops; the work waits until the next region starts (the pickup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff stepped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ring where the handoff that ] (next) or [ (previous) went to leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar in the task&apos;s own colour on the member who works it then, with its id and title where they fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line to the next member who works the task; dashed where it waits in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin on the starting region&apos;s row; a dashed run to where work really starts when nobody covers the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag where the task&apos;s effort is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A red flag: the task finishes after its deadline, by the amount shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time, across all rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the time axis or press C: each row&apos;s local time there and the tasks its members hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Plan JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Member CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Plan JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handoffs as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 handoffs</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Busy Time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DST Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place Task At…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sunrelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sunrelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sunrelay %1&lt;/b&gt;&lt;p&gt;Plans work that follows the sun across time zones.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>date navigator without a plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: from 4 weeks to 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan to see its team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DST Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a name: it is the window&apos;s title and the name its exports carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>coverage %1 % in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next handoff %1 → %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open a copy of the plan as it is now, read-only, and look at it while the other program goes on editing the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Read-Only &amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import plan JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import member CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plan JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export picture of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MemberDialog</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days in the member’s own time zone, first and last day included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of time off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of time off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member’s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region to the plan first: every member belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member’s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is highlighted but not chosen. Press Enter or click a zone to choose it, or press Esc in the search to keep %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone: no zone matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off %1 ends on %2, before it starts on %3. Change the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MembersModel</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC offset now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work / week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MyWeekView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose week: type part of a name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date: its week is shown (the member&apos;s local dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export My Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this member&apos;s week to a calendar file (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import My Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this member&apos;s meetings from a calendar file as busy time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member to the plan to see their week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print My Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlaceTaskDialog</name>
    <message>
        <source>The plan has no region yet. Add one in the Team panel first: a task starts in a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region the task starts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the reference zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylight saving note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PlanDocument</name>
    <message>
        <source>Add region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename region %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time zone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time off of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (table %1, row %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Sunrelay plan file (%1). Choose a .sunrelay file, or use File &gt; Import for plan JSON. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file is damaged (%1). Open a backup copy if you have one. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file belongs to another program (%1). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was made by a newer version of Sunrelay (file format %1; this version reads up to %2). Open it with a newer version of Sunrelay; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file has been altered outside Sunrelay (%1%2) and is not opened, to keep anything planted in it from running. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file holds data Sunrelay cannot use: %1%2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open for editing in %1. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer in the plan (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved (%1). Nothing was changed; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour (17:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-hour (5:30 PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day of the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::SaveFileField</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ShortcutsDialog</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline, selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member dialog, week grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan earlier / later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom at the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan with the wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand or collapse the region; open the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the time cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the time cursor 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a task or block in 1-minute steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a block: change only the day grabbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect the task; cancel a drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 15 minutes earlier / later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move 1 minute earlier / later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the region above / below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place at a date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous / next range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the range 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the range 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten / lengthen the range 15 minutes (Shift: 1 minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the range to the previous / next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected range or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove that day of a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag in 1-minute steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between key bindings</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of work · priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on handoff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: 
Next: 
Blockers: 
Links: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TaskDialog</name>
    <message>
        <source>Enter a title: it is how the task shows on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the effort in hours, e.g. 1.5 for 1 h 30 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an effort Sunrelay can plan: enter at least %2 of work and at most %3 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone Sunrelay knows. Choose one from the list or type an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effort (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the highest: tasks are worked in priority order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links, context, who to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TasksModel</name>
    <message>
        <source>not within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · late by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses its deadline, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished by the end of the routing horizon, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone in its starting region it would finish %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1, the reference zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TeamPanel</name>
    <message>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move region up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move region down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, region or zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region first: every member belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two task ids</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three task ids</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 %4
%5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Alt to change %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Alt to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1&apos;s %2 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1&apos;s %2 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1&apos;s deep work (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1&apos;s working hours (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1&apos;s deep work (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize %1&apos;s working hours (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap of %1: %2 worked alongside %3 longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlap: %1 starts as %2 stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in %1 works then: it starts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in %1 works in these days: it starts when someone does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses its deadline by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Placed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is free to take it then: first picked up %1 (waits %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 its own %2 so that dragging it changes that day only (or drag with Alt held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate %1&apos;s %2 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff in the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff in the last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: nobody covers for %1
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deep work, protected
%2 – %3
%4 – %5
Handoffs, sync slots and meetings must stay out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: comms window
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: working hours
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WeekEditor</name>
    <message>
        <source>MonĿri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h:mm AM/PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the range starts on, such as MonĿri or Sat, Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local start time, such as %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local end time, such as 5:30 PM or 17:30; 12:00 AM is midnight at the end of the day, and an end at or before the start runs into the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local end time, such as 17:30 or 5:30 PM; 24:00 is midnight, and an end at or before the start runs into the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comms windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the hours this person works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit protected deep-work blocks: no meetings, handoffs or comms inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the fixed windows for messages and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3 the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Editing %2. Up and Down select a range, Left and Right move it, Ctrl with Left and Right changes its end, Alt with Up and Down moves it to another day, Delete removes it; hold Shift for 1-minute steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3–%4 %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a span of days. Write a span as two days, such as MonĿri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day. Use day names such as Mon or Tue, or a span such as MonĿri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day, such as Mon or MonĿri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day. Type hours and minutes, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the 12-hour clock: use hours 1 to 12 and minutes 00 to 59, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::WelcomePage</name>
    <message>
        <source>Welcome to Sunrelay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan work that follows the sun: see where each handoff falls, where nobody covers, and keep everyone&apos;s deep work protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>recent plan: file name — folder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ZonePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time zone matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time zone matches the search; the zone stays %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click it to choose it instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not chosen yet</source>
        <comment>zone id, day, clock (zone)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>local time: day, clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>abbreviation, UTC offset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time, zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country, zone or UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <comment>sign, hours, minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock changes ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go forward %1 on %2, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2, %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
