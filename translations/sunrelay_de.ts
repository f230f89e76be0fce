<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
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
        <source>
Options:
  -h, --help     Show this help, or a command&apos;s help after its name.
  -v, --version  Show the version.

Exit status: 0 ok, 1 bad input, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>unknown time zone &quot;%1&quot;</source>
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
        <source>The plan file.</source>
        <translation type="unfinished"></translation>
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
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members in %3 regions
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sunrelay-cli: unknown command &quot;%1&quot;

</source>
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
        <source>Export handoffs, deep-work blocks and comms windows as an iCalendar file.</source>
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
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: dates after 2037 are not supported</source>
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
        <source>Export the whole plan.</source>
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
        <source>the file is larger than %1 MiB</source>
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
        <source>The plan to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
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
    <name>MainWindow</name>
    <message>
        <source>Sunrelay plans (*.sunrelay)</source>
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
        <source>&amp;View</source>
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
        <source>&amp;Plan</source>
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
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: from 4 weeks to 1 hour</source>
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
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>Cannot open %1</source>
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
        <source>%1: %2</source>
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
        <source>Team</source>
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
        <source>Re&amp;name Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>date navigator without a plan</comment>
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
    <message>
        <source>Cannot open the demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is already saved in %1: every change goes into it as you make it. To make a copy, choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as a new plan file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Problems</source>
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
    <name>MemberDialog::Private</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
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
        <source>No working hours yet: this member covers no time until you draw some on the Week page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only, so this member cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time off</source>
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
        <source>OK chooses %1, the only zone that matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
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
    <name>PlanDocument</name>
    <message>
        <source>Rename plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region %1</source>
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
    <message>
        <source>Rename region %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour of %1</source>
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
</context>
<context>
    <name>PreferencesDialog</name>
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
    <name>RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
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
    <message>
        <source>%1  %2  (priority %3, %4)</source>
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
        <source>One region alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 conflicts · times in %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>not within a year of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(sooner: tasks served first held members it needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
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
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
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
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
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
    <message>
        <source>%1 AM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PM</source>
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
    <name>TimelineView</name>
    <message>
        <source>%1 %2–%3 %4
%5–%6 %7</source>
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
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 → %2</source>
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
        <source>Sync slot %1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync slot: async handoff with a written note</source>
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
        <source>Clocks go forward %1: %2 → %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go back %1: %2 → %3 %4</source>
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
        <source>Move deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize deep work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize working hours</source>
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
        <source>Regions and members over time. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, Escape cancels a drag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 in a gap: %2 is the first region back</source>
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
</context>
<context>
    <name>WeekEditor</name>
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
        <source>“%1” is not on the clock: use 00:00 to 23:59, or 24:00 for an end at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected: no meetings, handoffs or comms windows.</source>
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
        <source>MonĿri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
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
        <source>A range cannot start at “%1”, the midnight that ends the day. Start it at %2 on the next day instead.</source>
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
        <source>h:mm AM/PM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekEditor::Private</name>
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
        <source>Week</source>
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
        <source>Drag on a day to add a range, drag its edges to resize it, drag past midnight to run into the next day. Right-click or Delete removes. Hold Shift for 1-minute steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
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
        <source>No recent plans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>recent plan: file name — folder</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>City, country, zone or UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time zones</source>
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
        <source>Selected time zone</source>
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
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZonePicker::Private</name>
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
        <source>“%1” is not a time zone.</source>
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
        <source>Local time %1</source>
        <comment>day, clock (zone)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>local time, zone</comment>
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
</context>
</TS>
