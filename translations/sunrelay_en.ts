<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
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
    <name>sunrelay::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sunrelay::gui::RegionsModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
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
</context>
</TS>
