// The window's help (issue 11): View > Legend has a row for every marking the
// timeline draws, each sample really painted (not blank) in light and dark
// palettes; Help > Keyboard Shortcuts lists every binding of the menus'
// actions and the timeline's own keys, and its search narrows the list;
// Help > How Handoffs Are Computed and Help > The DST Rule open from the menu
// with their worked examples.
//
// Set SUNRELAY_HELP_PICTURES to a folder to also write the pictures the
// README uses (help-legend-light.png, help-legend-dark.png,
// help-shortcuts.png, help-guide-dst.png).

#include "gui/help/guide_dialog.h"
#include "gui/help/legend_dialog.h"
#include "gui/help/legend_samples.h"
#include "gui/help/shortcuts_dialog.h"
#include "gui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using namespace sunrelay::gui;

namespace
{

// A dark palette as a dark desktop theme gives one: light text on dark
// bases.
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return dark;
}

// How many pixels of `image` differ from `background`.
int pixelsOtherThan(const QImage &image, const QColor &background)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb plain = background.rgb();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            count += (rgb.pixel(x, y) & 0xffffff) != (plain & 0xffffff) ? 1 : 0;
    return count;
}

QString picturesFolder()
{
    return qEnvironmentVariable("SUNRELAY_HELP_PICTURES");
}

void savePicture(QWidget &widget, const QString &name)
{
    if (picturesFolder().isEmpty())
        return;
    QVERIFY(widget.grab().save(QDir(picturesFolder()).filePath(name)));
}

QAction *actionNamed(QWidget &window, const QString &objectName)
{
    return window.findChild<QAction *>(objectName);
}

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &group, const QString &action)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *groupItem = list->topLevelItem(i);
        if (groupItem->text(0) != group)
            continue;
        for (int j = 0; j < groupItem->childCount(); ++j)
            if (groupItem->child(j)->text(0) == action)
                return groupItem->child(j);
    }
    return nullptr;
}

int visibleRows(QTreeWidget *list)
{
    int count = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = list->topLevelItem(i);
        if (group->isHidden())
            continue;
        for (int j = 0; j < group->childCount(); ++j)
            count += group->child(j)->isHidden() ? 0 : 1;
    }
    return count;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legendHasARowForEveryMarking();
    void legendSamplesArePaintedInBothPalettes();
    void legendOpensFromTheViewMenu();
    void shortcutsListEveryBindingOfTheMenus();
    void shortcutsIncludeTheTimelinesOwnKeys();
    void shortcutsFilterNarrowsTheList();
    void guidePagesOpenFromTheHelpMenu();
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("sunrelay-tst_help"));
    QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
}

void TestHelp::legendHasARowForEveryMarking()
{
    // Every marking read from the timeline's painters (style/block_painter,
    // timeline/{member_row,region_row,handoff,task,overlay}_painter and the
    // now line in timeline_view.cpp), written out here by hand.
    const QStringList expected = {
        QStringLiteral("workingHours"),   QStringLiteral("deepWork"),
        QStringLiteral("commsWindow"),    QStringLiteral("timeOff"),
        QStringLiteral("daylight"),       QStringLiteral("clocksForward"),
        QStringLiteral("clocksBack"),     QStringLiteral("coverage"),
        QStringLiteral("overlap"),        QStringLiteral("gap"),
        QStringLiteral("overlapHandoff"), QStringLiteral("gapHandoff"),
        QStringLiteral("steppedHandoff"), QStringLiteral("taskBar"),
        QStringLiteral("taskLink"),       QStringLiteral("taskStart"),
        QStringLiteral("taskFinish"),     QStringLiteral("taskLate"),
        QStringLiteral("nowLine"),        QStringLiteral("timeCursor"),
    };
    LegendDialog dialog;
    QSet<QString> seen;
    for (const QString &key : expected) {
        const auto *sample = dialog.findChild<QLabel *>(QStringLiteral("legend-sample-") + key);
        QVERIFY2(sample, qPrintable(key));
        const auto *name = dialog.findChild<QLabel *>(QStringLiteral("legend-name-") + key);
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("legend-text-") + key);
        QVERIFY2(name && !name->text().isEmpty(), qPrintable(key));
        QVERIFY2(text && !text->text().isEmpty(), qPrintable(key));
        seen.insert(key);
    }
    // Nothing beyond them either: one row per marking.
    QCOMPARE(int(legendEntries().size()), expected.size());
    QCOMPARE(seen.size(), expected.size());
}

void TestHelp::legendSamplesArePaintedInBothPalettes()
{
    LegendDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto check = [&](const char *which) {
        const QColor base = dialog.palette().color(QPalette::Base);
        for (const LegendEntry &entry : legendEntries()) {
            auto *sample = dialog.findChild<QLabel *>(QStringLiteral("legend-sample-") + entry.key);
            QVERIFY(sample);
            const QImage image = sample->grab().toImage();
            // A sample is 112 x 32; the smallest marking, the hollow diamond
            // 10 px tall, is an outline of some 20 pixels.
            const int painted = pixelsOtherThan(image, base);
            QVERIFY2(painted >= 15,
                     qPrintable(QStringLiteral("%1 (%2): %3 pixels")
                                    .arg(entry.key, QLatin1String(which))
                                    .arg(painted)));
        }
    };
    check("light");
    // Pictures of the whole legend, without scrolling.
    if (!picturesFolder().isEmpty()) {
        dialog.resize(720, dialog.findChild<QScrollArea *>()->widget()->sizeHint().height() + 70);
        QCoreApplication::processEvents();
    }
    savePicture(dialog, QStringLiteral("help-legend-light.png"));
    dialog.setPalette(darkPalette());
    QCoreApplication::processEvents();
    check("dark");
    // The samples follow the palette: they are painted on the dark base.
    auto *sample = dialog.findChild<QLabel *>(QStringLiteral("legend-sample-timeOff"));
    QCOMPARE(sample->grab().toImage().pixelColor(1, 1), darkPalette().color(QPalette::Base));
    savePicture(dialog, QStringLiteral("help-legend-dark.png"));
}

void TestHelp::legendOpensFromTheViewMenu()
{
    MainWindow window;
    QAction *legend = actionNamed(window, QStringLiteral("showLegend"));
    QVERIFY(legend);
    legend->trigger();
    auto *dialog = window.findChild<LegendDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    // Asked again, the same dialog.
    legend->trigger();
    QCOMPARE(window.findChildren<LegendDialog *>().size(), 1);
}

void TestHelp::shortcutsListEveryBindingOfTheMenus()
{
    MainWindow window;
    QAction *open = actionNamed(window, QStringLiteral("showShortcuts"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTreeWidget *list = dialog->list();
    // Undo: Ctrl+Z and, on X11 desktops, Alt+Backspace too (Qt's table of
    // standard shortcuts, QKeySequence::Undo); every binding is listed.
    QTreeWidgetItem *undo = rowOf(list, QStringLiteral("Edit"), QStringLiteral("Undo"));
    QVERIFY(undo);
    QVERIFY2(undo->text(1).contains(QStringLiteral("Ctrl+Z")), qPrintable(undo->text(1)));
    QVERIFY2(undo->text(1).contains(QStringLiteral("Alt+Backspace")), qPrintable(undo->text(1)));
    // Redo: Ctrl+Shift+Z and Ctrl+Y.
    QTreeWidgetItem *redo = rowOf(list, QStringLiteral("Edit"), QStringLiteral("Redo"));
    QVERIFY(redo);
    QVERIFY2(redo->text(1).contains(QStringLiteral("Ctrl+Shift+Z")), qPrintable(redo->text(1)));
    QVERIFY2(redo->text(1).contains(QStringLiteral("Ctrl+Y")), qPrintable(redo->text(1)));
    // Next Handoff is the View menu's ], previous [.
    QTreeWidgetItem *next = rowOf(list, QStringLiteral("View"), QStringLiteral("Next Handoff"));
    QVERIFY(next);
    QCOMPARE(next->text(1), QStringLiteral("]"));
    QTreeWidgetItem *previous =
        rowOf(list, QStringLiteral("View"), QStringLiteral("Previous Handoff"));
    QVERIFY(previous);
    QCOMPARE(previous->text(1), QStringLiteral("["));
    QTreeWidgetItem *myWeek = rowOf(list, QStringLiteral("View"), QStringLiteral("My Week"));
    QVERIFY(myWeek);
    QCOMPARE(myWeek->text(1), QStringLiteral("Ctrl+2"));
    dialog->resize(660, 760);
    QCoreApplication::processEvents();
    savePicture(*dialog, QStringLiteral("help-shortcuts.png"));
}

void TestHelp::shortcutsIncludeTheTimelinesOwnKeys()
{
    QMenuBar bar;
    ShortcutsDialog dialog(bar);
    QTreeWidget *list = dialog.list();
    QTreeWidgetItem *cursor =
        rowOf(list, QStringLiteral("Timeline"), QStringLiteral("Show or hide the time cursor"));
    QVERIFY(cursor);
    QCOMPARE(cursor->text(1), QStringLiteral("C"));
    QTreeWidgetItem *fine = rowOf(list,
                                  QStringLiteral("Timeline, selected task"),
                                  QStringLiteral("Move 1 minute earlier / later"));
    QVERIFY(fine);
    QCOMPARE(fine->text(1), QStringLiteral("Ctrl+Shift+Left, Ctrl+Shift+Right"));
    QTreeWidgetItem *drag = rowOf(list,
                                  QStringLiteral("Timeline"),
                                  QStringLiteral("Drag a task or block in 1-minute steps"));
    QVERIFY(drag);
    QCOMPARE(drag->text(1), QStringLiteral("Shift+Drag"));
    QTreeWidgetItem *day = rowOf(list,
                                 QStringLiteral("Member dialog, week grid"),
                                 QStringLiteral("Move the range to the previous / next day"));
    QVERIFY(day);
    QCOMPARE(day->text(1), QStringLiteral("Alt+Up, Alt+Down"));
    // My week's keys, as its keyPressEvent() handles them: both Enter keys.
    QTreeWidgetItem *details =
        rowOf(list, QStringLiteral("My week"), QStringLiteral("Show the block's details"));
    QVERIFY(details);
    QCOMPARE(details->text(1), QStringLiteral("Return, Enter, Space"));
}

void TestHelp::shortcutsFilterNarrowsTheList()
{
    MainWindow window;
    ShortcutsDialog dialog(*window.menuBar());
    QTreeWidget *list = dialog.list();
    const int all = visibleRows(list);
    QVERIFY(all > 30);
    // Typed into the search field, as a user would.
    QTest::keyClicks(dialog.searchField(), QStringLiteral("handoff"));
    const int handoffRows = visibleRows(list);
    // View's Next and Previous Handoff, the timeline's ] and [.
    QCOMPARE(handoffRows, 4);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j) {
            QTreeWidgetItem *row = list->topLevelItem(i)->child(j);
            if (!row->isHidden())
                QVERIFY2(row->text(0).contains(QStringLiteral("handoff"), Qt::CaseInsensitive),
                         qPrintable(row->text(0)));
        }
    // By key: only what Ctrl+Z is bound to.
    dialog.searchField()->setText(QStringLiteral("ctrl+z"));
    QCOMPARE(visibleRows(list), 1);
    QVERIFY(rowOf(list, QStringLiteral("Edit"), QStringLiteral("Undo")));
    QVERIFY(!rowOf(list, QStringLiteral("Edit"), QStringLiteral("Undo"))->isHidden());
    // Nothing matches: every group hidden.
    dialog.searchField()->setText(QStringLiteral("no such thing"));
    QCOMPARE(visibleRows(list), 0);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY(list->topLevelItem(i)->isHidden());
    dialog.searchField()->clear();
    QCOMPARE(visibleRows(list), all);
}

void TestHelp::guidePagesOpenFromTheHelpMenu()
{
    MainWindow window;
    QAction *handoffs = actionNamed(window, QStringLiteral("showHandoffGuide"));
    QAction *dst = actionNamed(window, QStringLiteral("showDstGuide"));
    QVERIFY(handoffs && dst);
    // Both are in the Help menu.
    QMenu *help = nullptr;
    for (QAction *top : window.menuBar()->actions())
        if (top->text() == QLatin1String("&Help"))
            help = top->menu();
    QVERIFY(help);
    QVERIFY(help->actions().contains(handoffs));
    QVERIFY(help->actions().contains(dst));
    QVERIFY(help->actions().contains(actionNamed(window, QStringLiteral("showShortcuts"))));

    handoffs->trigger();
    auto *dialog = window.findChild<GuideDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("How Handoffs Are Computed"));
    const QString handoffText = dialog->browser()->toPlainText();
    // Worked by hand with Python zoneinfo: Berlin 09:00-17:30 CET is
    // 08:00-16:30Z, New York 09:00-17:00 EDT is 13:00-21:00Z on 9 March 2026:
    // 3 h 30 min of overlap, sync slot 14:00 Berlin / 09:00 New York; the
    // Friday gap 21:00Z to Monday 08:00Z is 2 d 11 h.
    for (const char *fact : {"overlap handoff EMEA → AMER",
                             "3 h 30 min",
                             "12:30 in New York",
                             "14:00 in Berlin, 09:00 in New York",
                             "wait of 11 h",
                             "2 d 11 h"})
        QVERIFY2(handoffText.contains(QString::fromUtf8(fact)), fact);

    dst->trigger();
    QCOMPARE(window.findChildren<GuideDialog *>().size(), 1);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("The DST Rule"));
    const QString dstText = dialog->browser()->toPlainText();
    // zoneinfo: 2026-03-08 02:30 America/New_York (fold 0) is 07:30Z =
    // 03:30 EDT; 2026-11-01 01:30 fold 0 is 05:30Z, fold 1 06:30Z; 01:00-05:00
    // lasts 3 h and 5 h on those nights.
    for (const char *fact :
         {"03:30 EDT", "01:30 EDT = 05:30 UTC", "3 h on 8 March 2026", "5 h on 1 November 2026"})
        QVERIFY2(dstText.contains(QString::fromUtf8(fact)), fact);

    // Legible in a dark palette: the text takes the palette's text colour.
    dialog->setPalette(darkPalette());
    dialog->resize(560, 640);
    QCoreApplication::processEvents();
    QCOMPARE(dialog->browser()->palette().color(QPalette::Text),
             darkPalette().color(QPalette::Text));
    // ... and the examples' boxes the dark alternate base, not a light one.
    QVERIFY(dialog->browser()->document()->defaultStyleSheet().contains(
        darkPalette().color(QPalette::AlternateBase).name()));
    savePicture(*dialog, QStringLiteral("help-guide-dst-dark.png"));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
