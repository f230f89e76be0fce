<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem(s)); the file was not changed; restore it from a backup</source>
        <extracomment>check: %1 is the first problem SQLite&apos;s integrity check reports, in English; %n how many more it found</extracomment>
        <translation>
            <numerusform>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problem); the file was not changed; restore it from a backup</numerusform>
            <numerusform>the file is damaged (SQLite&apos;s integrity check: %1, and %n more problems); the file was not changed; restore it from a backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDriver</name>
    <message numerus="yes">
        <source>%n conflict(s) to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</source>
        <translation>
            <numerusform>%n conflict to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</numerusform>
            <numerusform>%n conflicts to resolve: keep one version of each block between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;, delete the marker lines, then check the file with sunrelay-cli check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWeek</name>
    <message numerus="yes">
        <source>%1 of %n day(s) protected</source>
        <translation>
            <numerusform>%1 of %n day protected</numerusform>
            <numerusform>%1 of %n days protected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishCli</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got the wrong number of arguments</extracomment>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s). Map one in a --calendars file with a line such as: member:ID = URL
</source>
        <extracomment>--list-calendars: the last line</extracomment>
        <translation>
            <numerusform>%n calendar. Map one in a --calendars file with a line such as: member:ID = URL
</numerusform>
            <numerusform>%n calendars. Map one in a --calendars file with a line such as: member:ID = URL
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected at most %n argument(s)</source>
        <extracomment>sunrelay-cli error: a command got more arguments than it takes</extracomment>
        <translation>
            <numerusform>expected at most %n argument</numerusform>
            <numerusform>expected at most %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%1 · %n placed task(s) · times in %2
</source>
        <translation>
            <numerusform>%1 · %n placed task · times in %2
</numerusform>
            <numerusform>%1 · %n placed tasks · times in %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n placed task(s), %2 of them on these dates · times in %3
</source>
        <translation>
            <numerusform>%1 · %n placed task, %2 of them on these dates · times in %3
</numerusform>
            <numerusform>%1 · %n placed tasks, %2 of them on these dates · times in %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewExportCommand</name>
    <message numerus="yes">
        <source>--export-view draws one plan, not %n: %1</source>
        <extracomment>%n is how many plans were named (2 or more), %1 the plans</extracomment>
        <translation>
            <numerusform>--export-view draws one plan, not %n: %1</numerusform>
            <numerusform>--export-view draws one plan, not %n: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarImportDialog</name>
    <message numerus="yes">
        <source>Replaces %n busy time(s) from the last import.</source>
        <translation>
            <numerusform>Replaces %n busy time from the last import.</numerusform>
            <numerusform>Replaces %n busy times from the last import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n holiday(s) from the last import.</source>
        <translation>
            <numerusform>Replaces %n holiday from the last import.</numerusform>
            <numerusform>Replaces %n holidays from the last import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n busy time(s) to import for %1.</source>
        <translation>
            <numerusform>%n busy time to import for %1.</numerusform>
            <numerusform>%n busy times to import for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) to import for %1.</source>
        <translation>
            <numerusform>%n holiday to import for %1.</numerusform>
            <numerusform>%n holidays to import for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CalendarMapDialog</name>
    <message numerus="yes">
        <source>%n calendar(s) for events found on the server.</source>
        <extracomment>After &quot;Find Calendars on the Server&quot;</extracomment>
        <translation>
            <numerusform>%n calendar for events found on the server.</numerusform>
            <numerusform>%n calendars for events found on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <extracomment>Status bar: the number of conflicts in the plan</extracomment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::CoverageView</name>
    <message numerus="yes">
        <source>Average pickup wait: %1 at %n gap handoff(s)</source>
        <translation>
            <numerusform>Average pickup wait: %1 at %n gap handoff</numerusform>
            <numerusform>Average pickup wait: %1 at %n gap handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, average pickup wait %2 at %n gap handoff(s)</source>
        <extracomment>Coverage page summary: %1 the summary so far (&quot;… covered 80% of 168 h, gaps 10 h&quot;), %2 how long work waits on average at the %n handoffs that fall into a gap</extracomment>
        <translation>
            <numerusform>%1, average pickup wait %2 at %n gap handoff</numerusform>
            <numerusform>%1, average pickup wait %2 at %n gap handoffs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Status bar: the number of team members in the plan</extracomment>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <extracomment>Status bar: the number of regions (team sites) in the plan</extracomment>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::PublishDialog</name>
    <message numerus="yes">
        <source>%n calendar(s) go into existing calendars.</source>
        <extracomment>Beside &quot;Use Existing Calendars…&quot;</extracomment>
        <translation>
            <numerusform>%n calendar goes into an existing calendar.</numerusform>
            <numerusform>%n calendars go into existing calendars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <extracomment>Tooltip of a region in the Team panel: how many members it has</extracomment>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TeamPanel</name>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %1 and its %n member? You can undo this.</numerusform>
            <numerusform>Delete %1 and its %n members? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</source>
        <translation>
            <numerusform>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts it back.</numerusform>
            <numerusform>Deleted %1: %2 went back to the backlog. Edit &gt; Undo puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <comment>task ids</comment>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform>
            <numerusform>%1, %2 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and its %n member(s)?</source>
        <translation>
            <numerusform>Delete %1 and its %n member?</numerusform>
            <numerusform>Delete %1 and its %n members?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be unplaced. You can undo this.</source>
        <comment>%1: task ids</comment>
        <translation>
            <numerusform>%1 will be unplaced. You can undo this.</numerusform>
            <numerusform>%1 will be unplaced. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the last member of %2: %3 will wait until someone covers %2 again.</source>
        <comment>%3: task ids</comment>
        <translation>
            <numerusform>%1 is the last member of %2: %3 will wait until someone covers %2 again.</numerusform>
            <numerusform>%1 is the last member of %2: %3 will wait until someone covers %2 again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 works %2; it will be re-routed.</numerusform>
            <numerusform>%1 works %2; they will be re-routed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 works %2; they will be re-routed to the rest of %3.</source>
        <comment>%2: task ids</comment>
        <translation>
            <numerusform>%1 works %2; it will be re-routed to the rest of %3.</numerusform>
            <numerusform>%1 works %2; they will be re-routed to the rest of %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::TimelineView</name>
    <message numerus="yes">
        <source>%1 waits</source>
        <extracomment>Time cursor, on a region&apos;s row: the tasks waiting in the region at that moment, held by no member; %1 lists their ids (&quot;T-12, T-14&quot;)</extracomment>
        <translation>
            <numerusform>%1 waits</numerusform>
            <numerusform>%1 wait</numerusform>
        </translation>
    </message>
</context>
</TS>
