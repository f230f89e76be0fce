<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BacklogPanel</name>
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
    <message>
        <source>Export &amp;Picture…</source>
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
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note on handoff %1 of %2</source>
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
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
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
    <name>PlaceTaskDialog</name>
    <message>
        <source>Place %1</source>
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
        <source>The task waits until the region covers its start, then follows the sun from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
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
    <message>
        <source>Unplace %1</source>
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
    <message>
        <source>Handoff %1: %2, %3 → %4</source>
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
    <name>TaskDetailsPanel</name>
    <message>
        <source>Write a note for whoever picks this up: what is done, what is next, what blocks it, links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task in the backlog or on the timeline to see where it goes.</source>
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
        <source>In the backlog: drag it onto a region&apos;s row on the timeline, or use Place at…</source>
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
    <name>TaskDialog</name>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task %1</source>
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
    <name>TasksModel</name>
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
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the member back.</source>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Leaves %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up in %1: %2</source>
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
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 waits</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
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
    <message>
        <source>Regions and members over time, with the placed tasks. Arrow keys pan, plus and minus zoom, Up and Down choose a row, Enter opens it, ] and [ show the next and previous handoff, C pins the time cursor (Shift+Left and Right move it). On a selected task: Ctrl+Left and Right move it 15 minutes (with Shift one minute), Ctrl+Up and Down to another region, P places it at a time, Delete unplaces it. Escape cancels a drag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 → %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits %1 in a gap, until %2 %3: %4 is the first region back</source>
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
        <source>Clocks go forward %1 on %2: %3 → %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks go back %1 on %2: %3 → %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>The world timeline exported by Sunrelay: regions, members, handoffs and placed tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunrelay — %1, %2–%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown picture type &quot;%2&quot;; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the width %1 px is outside %2–%3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: there is no folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the %2 × %3 px picture could not be drawn</source>
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
        <source>--width: &quot;%1&quot; is not a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width: %1 px is outside %2–%3 px</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder for %1: %2</source>
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
<context>
    <name>sunrelay::gui</name>
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
        <source>the deadline is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
