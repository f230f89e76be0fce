// TimelineView (gui/timeline/timeline_view.h), driven like a user would: dragging a
// deep-work block's end edge or body changes the member's weekly pattern as
// one undo step, snapping to 15 minutes (1 minute with Shift); dragging the
// background pans; the keyboard pans, zooms and opens and closes regions.
// With Alt held (at the press, during the move, or pressed mid-drag) only the
// dragged block's own weekday changes, split off its Mon-Fri range; the live
// tooltip and the undo step say which days change.
//
// The plan is the demo plan. Anna Schmidt (Europe/Berlin) has deep work
// Mon-Fri 11:30-15:00 local. On Mon 2026-11-30 Berlin is on CET (UTC+1; the
// change back from CEST was on 25 Oct 2026), so that block is
// 10:30Z-14:00Z, and her working hours 09:00-17:30 are 08:00Z-16:30Z.
//
// Pixel positions depend on the font (the header is 32 average characters
// wide), so the tests turn instants into pixels with timeGeometry() and pick
// targets whose nearest pixel is well inside the snapping step.

#include "gui/document/plan_document.h"
#include "gui/timeline/timeline_view.h"

#include "../gui_test_support.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::clock;
using sunrelay::guitest::demoPlan;
using sunrelay::guitest::utc;

namespace
{

const Instant monday = utc(2026, 11, 30);
const Interval week{monday, monday + Seconds{7 * 86400}};

std::unique_ptr<PlanDocument> createDemo(const QString &path)
{
    auto created = PlanDocument::create(path, demoPlan());
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), created.error().message().c_str());
    return std::move(created).value();
}

void sendMouse(QWidget *target,
               QEvent::Type type,
               QPoint pos,
               Qt::MouseButton button,
               Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type,
                      QPointF(pos),
                      QPointF(target->mapToGlobal(pos)),
                      button,
                      buttons,
                      modifiers);
    QApplication::sendEvent(target, &event);
}

// Press at `from`, move there in steps (with `modifiers` held), release at `to`.
void drag(QWidget *viewport,
          QPoint from,
          QPoint to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        sendMouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton, modifiers);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

// Where two pictures differ by more than gradient rounding: a gradient
// painted at another origin may land one step apart in a channel.
struct Difference {
    int pixels = 0;
    QRect where;
};
Difference differenceOf(const QImage &a, const QImage &b)
{
    Difference result;
    if (a.size() != b.size())
        return {a.width() * a.height(), a.rect()};
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int most = std::max({std::abs(qRed(p) - qRed(q)),
                                       std::abs(qGreen(p) - qGreen(q)),
                                       std::abs(qBlue(p) - qBlue(q)),
                                       std::abs(qAlpha(p) - qAlpha(q))});
            if (most > 2) {
                ++result.pixels;
                result.where |= QRect(x, y, 1, 1);
            }
        }
    return result;
}
bool samePicture(const QImage &a, const QImage &b)
{
    return differenceOf(a, b).pixels == 0;
}
QString pictureDifference(const QImage &a, const QImage &b)
{
    const Difference d = differenceOf(a, b);
    return QStringLiteral("%1 pixels differ within %2x%3+%4+%5")
        .arg(d.pixels)
        .arg(d.where.width())
        .arg(d.where.height())
        .arg(d.where.x())
        .arg(d.where.y());
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheWeekAsked();
    void clockChangeTooltipNamesItsDay();
    void dragDeepWorkEndIsOneUndoStep();
    void dragTooltipNamesTheDaysThatChange();
    void altDragChangesThisDayOnly();
    void altDragMovesOneDaysWorkingHours();
    void altPressedMidDragSwitchesToOneDay();
    void altClickWithoutMoveSplitsNothing();
    void contextMenuSeparatesTheDay();
    void shiftDragSnapsToOneMinute();
    void dragBodyMovesStartAndEnd_data();
    void dragBodyMovesStartAndEnd();
    void dragBackgroundPans();
    void readOnlyPlanCannotBeDragged();
    void arrowKeysPan();
    void plusAndMinusZoom();
    void upDownEnterOpenAndCloseRegions();
    void accessibleName();
    void nowLineIsPainted();
    void repaintFromCachedRowsMatchesFreshPaint();
    void editRepaintsCachedRows();
    void paletteChangeRepaintsCachedRows();
    void dragShowsLiveAmongCachedRows();
    void resizingKeepsTheRange();
    void escapeCancelsABlockDrag();
    void ctrlWheelZoomsAroundThePointer();
    void shiftWheelPans();
    void pinchZooms();
    void bracketsStepThroughHandoffs();
    void nextHandoffStartsFromNow();
    void escapeCancelsAPan();
    void clockStyleReachesTheRows();
    void centralDateIsTheReferenceZones();
    void showDateCentresItsMidday();

private:
    QImage rendered(TimelineView &view) const
    {
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.render(painter, image.size());
        return image;
    }
    // All right of the header, where the row cache paints, without the
    // keyboard focus (the header's fill and the frame round the focused row),
    // which only one view has.
    QImage renderedRows(TimelineView &view) const
    {
        const bool focused = view.hasFocus();
        if (focused)
            view.clearFocus();
        const QImage image = rendered(view);
        if (focused)
            view.setFocus();
        return image.copy(view.headerWidth(),
                          0,
                          image.width() - view.headerWidth(),
                          image.height());
    }
    // A second view of the same document, as m_view shows it.
    // As the main window does: the view's intentions become document steps.
    void connectEdits(TimelineView &view) const
    {
        connect(&view,
                &TimelineView::memberEdited,
                m_document.get(),
                [doc = m_document.get()](const Member &member, const QString &text) {
                    doc->changeMember(member, text);
                });
    }
    std::unique_ptr<TimelineView> freshView() const
    {
        auto view = std::make_unique<TimelineView>(m_document.get());
        connectEdits(*view);
        view->setPalette(m_view->palette());
        view->resize(m_view->size());
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qFatal("the second view is not shown");
        QApplication::processEvents(); // lets the scroll bar settle
        view->setVisibleRange(m_view->timeGeometry().visible());
        view->setNow(m_view->now());
        return view;
    }
    // The viewport x of `t`, to the nearest pixel.
    int xOf(Instant t) const
    {
        return int(std::lround(m_view->headerWidth() + m_view->timeGeometry().x(t)));
    }
    Member anna() const
    {
        return m_document->plan().members[m_document->plan().memberIndex("anna").value()];
    }
    void showView();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    // Day names in the tooltips and undo steps are the locale's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = createDemo(m_dir->filePath(QStringLiteral("plan.sunrelay")));
    showView();
}

void TestTimelineView::showView()
{
    m_view = std::make_unique<TimelineView>(m_document.get());
    connectEdits(*m_view);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setVisibleRange(week);
    m_view->setNow(monday + std::chrono::hours{10});
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_document.reset();
    m_dir.reset();
}

void TestTimelineView::showsTheWeekAsked()
{
    QCOMPARE(m_view->timeGeometry().visible(), week);
    // The time axis fills the viewport right of the header.
    QCOMPARE(m_view->timeGeometry().width(),
             double(m_view->viewport()->width() - m_view->headerWidth()));
    QCOMPARE(m_view->now(), monday + std::chrono::hours{10});
    const QRect row = m_view->memberRowRect("anna");
    QVERIFY(!row.isEmpty());
    QVERIFY(m_view->viewport()->rect().contains(row)); // all 16 rows fit in 800 px
    // Rows are stacked in plan order: Lars above Anna above Tom.
    QVERIFY(m_view->memberRowRect("lars").bottom() < row.top());
    QVERIFY(m_view->memberRowRect("tom").top() > row.bottom());
    QVERIFY(m_view->memberRowRect("nobody").isNull());
}

void TestTimelineView::clockChangeTooltipNamesItsDay()
{
    // Berlin goes from CET to CEST at 2026-03-29 01:00Z: 02:00 becomes
    // 03:00 local, on Sunday 29 March. Anna Schmidt is in Berlin.
    m_view->setVisibleRange({utc(2026, 3, 28), utc(2026, 3, 31)});
    const QPoint marker(xOf(utc(2026, 3, 29, 1)), m_view->memberRowRect("anna").center().y());
    QHelpEvent help(QEvent::ToolTip, marker, m_view->viewport()->mapToGlobal(marker));
    QApplication::sendEvent(m_view->viewport(), &help);
    QCOMPARE(QToolTip::text(),
             QStringLiteral("Clocks go forward 1 h on Sun 29 Mar: 02:00 → 03:00 Europe/Berlin"));
}

void TestTimelineView::dragDeepWorkEndIsOneUndoStep()
{
    const int y = m_view->memberRowRect("anna").center().y();
    // The end edge of Monday's block: 15:00 CET = 14:00Z. One hour later,
    // 15:00Z, is 16:00 CET. A week over ~1170 px is ~520 s a pixel, so the
    // nearest pixel is within ~4.3 min of 15:00Z and snaps to it.
    const QPoint edge(xOf(utc(2026, 11, 30, 14)), y);
    const QPoint target(xOf(utc(2026, 11, 30, 15)), y);
    QVERIFY(target.x() - edge.x() >= 5); // an hour is a real drag, not a click
    QUndoStack *stack = m_document->undoStack();
    const int before = stack->count();

    drag(m_view->viewport(), edge, target);

    const WeeklyRange range = anna().deepWork.ranges.at(0);
    QCOMPARE(range.start, clock(11, 30));
    QCOMPARE(range.end, clock(16));
    QCOMPARE(range.days, Weekdays::workdays());
    QCOMPARE(anna().work, demoPlan().members[7].work); // working hours untouched
    QCOMPARE(stack->count(), before + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Resize Anna Schmidt's deep work (Mon–Fri)"));
    QCOMPARE(m_view->timeGeometry().visible(), week); // an edit, not a pan

    stack->undo();
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15));
    QCOMPARE(anna().deepWork.ranges.at(0).start, clock(11, 30));
    stack->redo();
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(16));
}

void TestTimelineView::dragTooltipNamesTheDaysThatChange()
{
    // Tuesday 1 Dec's deep-work end edge, 15:00 CET = 14:00Z, dragged an
    // hour on (as dragDeepWorkEndIsOneUndoStep) and held there.
    QWidget *viewport = m_view->viewport();
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint edge(xOf(utc(2026, 12, 1, 14)), y);
    const QPoint target(xOf(utc(2026, 12, 1, 15)), y);
    sendMouse(viewport,
              QEvent::MouseButtonPress,
              edge,
              Qt::LeftButton,
              Qt::LeftButton,
              Qt::NoModifier);
    sendMouse(viewport, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    // The whole Mon-Fri range changes, in Berlin time and in the reference
    // zone (UTC): 11:30-16:00 CET is 10:30Z-15:00Z.
    QCOMPARE(QToolTip::text(),
             QStringLiteral("Deep work, Mon–Fri: 11:30–15:00 → 11:30–16:00 Berlin\n"
                            "10:30–14:00 → 10:30–15:00 UTC\n"
                            "Hold Alt to change Tuesday only"));
    // With Alt, Tuesday alone.
    sendMouse(viewport, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
    QCOMPARE(QToolTip::text(),
             QStringLiteral("Deep work, Tue only: 11:30–15:00 → 11:30–16:00 Berlin\n"
                            "10:30–14:00 → 10:30–15:00 UTC\n"
                            "Release Alt to change Mon–Fri"));
    // Back where it started: the times, no arrow.
    sendMouse(viewport, QEvent::MouseMove, edge, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCOMPARE(QToolTip::text(),
             QStringLiteral("Deep work, Mon–Fri: 11:30–15:00 Berlin\n"
                            "10:30–14:00 UTC\n"
                            "Hold Alt to change Tuesday only"));
    sendMouse(viewport,
              QEvent::MouseButtonRelease,
              edge,
              Qt::LeftButton,
              Qt::NoButton,
              Qt::NoModifier);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTimelineView::altDragChangesThisDayOnly()
{
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint edge(xOf(utc(2026, 12, 1, 14)), y);
    const QPoint target(xOf(utc(2026, 12, 1, 15)), y);
    QUndoStack *stack = m_document->undoStack();
    const Member before = anna();

    drag(m_view->viewport(), edge, target, Qt::AltModifier);

    // Tuesday is split off Mon-Fri 11:30-15:00 and ends an hour later; the
    // other four days keep their block, and nothing else changes.
    const std::vector<WeeklyRange> expected{
        WeeklyRange{Weekdays::fromBits(0b11101), clock(11, 30), clock(15)}, // Mon, Wed-Fri
        WeeklyRange{Weekdays{date::Tuesday}, clock(11, 30), clock(16)}};
    QCOMPARE(anna().deepWork.ranges, expected);
    QCOMPARE(anna().work, before.work);
    QCOMPARE(anna().comms, before.comms);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Resize Anna Schmidt's Tuesday deep work"));

    stack->undo();
    QCOMPARE(anna(), before);
    stack->redo();
    QCOMPARE(anna().deepWork.ranges, expected);

    // Tuesday is its own range now: a plain drag of it changes Tuesday only,
    // and says so without offering Alt. 16:00 CET = 15:00Z, back to 14:00Z.
    drag(m_view->viewport(), target, edge);
    QCOMPARE(anna().deepWork.ranges.at(1),
             (WeeklyRange{Weekdays{date::Tuesday}, clock(11, 30), clock(15)}));
    QCOMPARE(anna().deepWork.ranges.at(0), expected.at(0));
    QCOMPARE(stack->undoText(), QStringLiteral("Resize Anna Schmidt's Tuesday deep work"));
}

void TestTimelineView::altDragMovesOneDaysWorkingHours()
{
    // One day visible, Wednesday 2 Dec, ~74 s a pixel. Anna's working hours
    // are 09:00-17:30 CET = 08:00Z-16:30Z; 09:15Z (10:15 CET) is inside them,
    // before the deep-work block (10:30Z) and far from both edges.
    m_view->setVisibleRange({utc(2026, 12, 2), utc(2026, 12, 3)});
    const double scale = m_view->timeGeometry().scale();
    QVERIFY(scale < 90);
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint body(xOf(utc(2026, 12, 2, 9, 15)), y);
    const int dx = int(std::lround(60 * 60 / scale)); // an hour of pixels
    QUndoStack *stack = m_document->undoStack();
    const Member before = anna();

    drag(m_view->viewport(), body, body + QPoint(dx, 0), Qt::AltModifier);

    // Wednesday alone: 10:00-18:30 CET.
    const std::vector<WeeklyRange> expected{
        WeeklyRange{Weekdays::fromBits(0b11011), clock(9), clock(17, 30)}, // Mon, Tue, Thu, Fri
        WeeklyRange{Weekdays{date::Wednesday}, clock(10), clock(18, 30)}};
    QCOMPARE(anna().work.ranges, expected);
    QCOMPARE(anna().deepWork, before.deepWork);
    QCOMPARE(stack->undoText(), QStringLiteral("Move Anna Schmidt's Wednesday working hours"));
    stack->undo();
    QCOMPARE(anna(), before);

    // Without Alt the same drag moves Mon-Fri.
    drag(m_view->viewport(), body, body + QPoint(dx, 0));
    QCOMPARE(
        anna().work.ranges,
        (std::vector<WeeklyRange>{WeeklyRange{Weekdays::workdays(), clock(10), clock(18, 30)}}));
    QCOMPARE(stack->undoText(), QStringLiteral("Move Anna Schmidt's working hours (Mon–Fri)"));
    stack->undo();
    QCOMPARE(anna(), before);
}

void TestTimelineView::altPressedMidDragSwitchesToOneDay()
{
    QWidget *viewport = m_view->viewport();
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint edge(xOf(utc(2026, 12, 1, 14)), y);
    const QPoint target(xOf(utc(2026, 12, 1, 15)), y);
    sendMouse(viewport,
              QEvent::MouseButtonPress,
              edge,
              Qt::LeftButton,
              Qt::LeftButton,
              Qt::NoModifier);
    sendMouse(viewport, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Deep work, Mon–Fri:")));
    // Alt pressed and released without moving the pointer switches at once.
    QTest::keyPress(m_view.get(), Qt::Key_Alt, Qt::AltModifier);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Deep work, Tue only:")),
             qPrintable(QToolTip::text()));
    QTest::keyRelease(m_view.get(), Qt::Key_Alt, Qt::NoModifier);
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Deep work, Mon–Fri:")));
    QTest::keyPress(m_view.get(), Qt::Key_Alt, Qt::AltModifier);
    sendMouse(viewport,
              QEvent::MouseButtonRelease,
              target,
              Qt::LeftButton,
              Qt::NoButton,
              Qt::AltModifier);
    QTest::keyRelease(m_view.get(), Qt::Key_Alt, Qt::NoModifier);
    QCOMPARE(anna().deepWork.ranges.size(), std::size_t{2});
    QCOMPARE(anna().deepWork.ranges.at(1),
             (WeeklyRange{Weekdays{date::Tuesday}, clock(11, 30), clock(16)}));
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Resize Anna Schmidt's Tuesday deep work"));
}

void TestTimelineView::altClickWithoutMoveSplitsNothing()
{
    // An Alt-click (press, moves that end where they began, release) on a
    // block leaves the pattern as it was: no split without a change, no
    // undo step.
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint body(xOf(utc(2026, 12, 1, 12, 15)), y);
    const Member before = anna();
    drag(m_view->viewport(), body, body, Qt::AltModifier);
    QCOMPARE(anna(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTimelineView::contextMenuSeparatesTheDay()
{
    // Right-click on Thursday 3 Dec's deep work (12:15Z = 13:15 CET).
    const QPoint body(xOf(utc(2026, 12, 3, 12, 15)), m_view->memberRowRect("anna").center().y());
    QStringList shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            shown << action->text();
        menu->actions().front()->trigger();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, body, m_view->viewport()->mapToGlobal(body));
    QApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(shown,
             (QStringList{QStringLiteral("Separate Thursday from Mon–Fri"),
                          QStringLiteral("Edit Anna Schmidt…")}));
    // The same times, Thursday in a range of its own.
    const std::vector<WeeklyRange> expected{
        WeeklyRange{Weekdays::fromBits(0b10111), clock(11, 30), clock(15)}, // Mon-Wed, Fri
        WeeklyRange{Weekdays{date::Thursday}, clock(11, 30), clock(15)}};
    QCOMPARE(anna().deepWork.ranges, expected);
    QCOMPARE(m_document->undoStack()->undoText(),
             QStringLiteral("Separate Anna Schmidt's Thursday deep work"));
    m_document->undoStack()->undo();
    QCOMPARE(anna().deepWork, demoPlan().members[7].deepWork);
}

void TestTimelineView::shiftDragSnapsToOneMinute()
{
    // Two hours visible, 13:00Z-15:00Z: ~6 s a pixel, fine enough to aim at
    // a minute. The target is 14:37Z = 15:37 CET.
    m_view->setVisibleRange({utc(2026, 11, 30, 13), utc(2026, 11, 30, 15)});
    QVERIFY(m_view->timeGeometry().scale() < 10);
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint edge(xOf(utc(2026, 11, 30, 14)), y);
    const QPoint target(xOf(utc(2026, 11, 30, 14, 37)), y);
    QUndoStack *stack = m_document->undoStack();

    // Without Shift: 14:37Z snaps to the quarter hour 14:30Z = 15:30 CET.
    drag(m_view->viewport(), edge, target);
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15, 30));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15));

    // With Shift: to the minute, 15:37 CET.
    drag(m_view->viewport(), edge, target, Qt::ShiftModifier);
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15, 37));
    QCOMPARE(anna().deepWork.ranges.at(0).start, clock(11, 30));
    QCOMPARE(stack->count(), 1); // the undone step was replaced
    QCOMPARE(stack->undoText(), QStringLiteral("Resize Anna Schmidt's deep work (Mon–Fri)"));
}

void TestTimelineView::dragBodyMovesStartAndEnd_data()
{
    QTest::addColumn<int>("minutes"); // how far to drag, in minutes of pixels
    QTest::addColumn<Minutes>("start");
    QTest::addColumn<Minutes>("end");
    // The block is 11:30-15:00 CET; the move snaps to the nearest 15 minutes.
    QTest::newRow("+60 min") << 60 << clock(12, 30) << clock(16);
    QTest::newRow("-60 min") << -60 << clock(10, 30) << clock(14);
    QTest::newRow("+55 min snaps to +60") << 55 << clock(12, 30) << clock(16);
    QTest::newRow("+50 min snaps to +45") << 50 << clock(12, 15) << clock(15, 45);
    QTest::newRow("-55 min snaps to -60") << -55 << clock(10, 30) << clock(14);
    QTest::newRow("+5 min snaps to no move") << 5 << clock(11, 30) << clock(15);
}

void TestTimelineView::dragBodyMovesStartAndEnd()
{
    QFETCH(int, minutes);
    QFETCH(Minutes, start);
    QFETCH(Minutes, end);
    // One day visible, ~74 s a pixel: a pixel is well under the snapping
    // step, so "55 minutes of pixels" is 55 min +- 37 s.
    m_view->setVisibleRange({monday, monday + Seconds{86400}});
    const double scale = m_view->timeGeometry().scale();
    QVERIFY(scale < 90);
    const int y = m_view->memberRowRect("anna").center().y();
    // The middle of the block, 12:15Z, far from both edges.
    const QPoint body(xOf(utc(2026, 11, 30, 12, 15)), y);
    const int dx = int(std::lround(minutes * 60 / scale));
    QUndoStack *stack = m_document->undoStack();

    drag(m_view->viewport(), body, body + QPoint(dx, 0));

    const WeeklyRange range = anna().deepWork.ranges.at(0);
    QCOMPARE(range.start, start);
    QCOMPARE(range.end, end);
    if (start == clock(11, 30)) {
        QCOMPARE(stack->count(), 0); // nothing changed, nothing to undo
        return;
    }
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Move Anna Schmidt's deep work (Mon–Fri)"));
    stack->undo();
    QCOMPARE(anna().deepWork.ranges.at(0).start, clock(11, 30));
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15));
}

void TestTimelineView::dragBackgroundPans()
{
    // Anna's row at 20:00Z Monday (21:00 CET) is empty: her day ended at
    // 16:30Z and starts again at 08:00Z. Nothing to grab there.
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint from(xOf(utc(2026, 11, 30, 20)), y);
    const double scale = m_view->timeGeometry().scale(); // 604800 s / width
    QVERIFY(from.x() > m_view->headerWidth() + 50);

    // Dragging 100 px to the left shows later times: 100 px x scale seconds.
    drag(m_view->viewport(), from, from - QPoint(100, 0));
    const Seconds later{std::llround(100 * scale)};
    QCOMPARE(m_view->timeGeometry().visible(), (Interval{week.start + later, week.end + later}));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->plan(), demoPlan());

    // And 40 px to the right from Tue 02:00Z (03:00 CET, empty too), now in
    // view: 40 px x scale earlier.
    const Interval panned = m_view->timeGeometry().visible();
    const QPoint again(xOf(utc(2026, 12, 1, 2)), y);
    QVERIFY(again.x() > m_view->headerWidth() + 50);
    drag(m_view->viewport(), again, again + QPoint(40, 0));
    const Seconds earlier{std::llround(40 * scale)};
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{panned.start - earlier, panned.end - earlier}));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTimelineView::readOnlyPlanCannotBeDragged()
{
    m_view.reset();
    const QString path = m_document->filePath();
    m_document.reset();
    auto opened = PlanDocument::open(path, store::OpenMode::ReadOnly);
    QVERIFY(opened);
    m_document = std::move(opened).value();
    showView();
    const int y = m_view->memberRowRect("anna").center().y();
    const QPoint edge(xOf(utc(2026, 11, 30, 14)), y);
    drag(m_view->viewport(), edge, edge + QPoint(20, 0));
    QCOMPARE(anna().deepWork.ranges.at(0).end, clock(15));
    QCOMPARE(m_document->undoStack()->count(), 0);
    // The press pans instead: 20 px to the right shows earlier times.
    QVERIFY(m_view->timeGeometry().visible().start < week.start);
}

void TestTimelineView::arrowKeysPan()
{
    m_view->setFocus();
    // An eighth of a week: 604800 s / 8 = 75600 s = 21 h.
    const Seconds eighth{75600};
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->timeGeometry().visible(), (Interval{week.start + eighth, week.end + eighth}));
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->timeGeometry().visible(), (Interval{week.start - eighth, week.end - eighth}));
    QCOMPARE(m_view->timeGeometry().visible().length(), week.length());
}

void TestTimelineView::plusAndMinusZoom()
{
    m_view->setFocus();
    const double width = m_view->timeGeometry().width();
    // Zoom in 1.5x about the middle, Thu 2026-12-03 12:00Z: the span
    // 604800 / 1.5 = 403200 s (4 d 16 h), half of it either side:
    // Tue 2026-12-01 04:00Z .. Sat 2026-12-05 20:00Z.
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{utc(2026, 12, 1, 4), utc(2026, 12, 5, 20)}));
    QCOMPARE(m_view->timeGeometry().width(), width);
    // '=' (unshifted '+' on many keyboards) zooms in too: 403200 / 1.5 =
    // 268800 s, 134400 s = 37 h 20 min either side of Thu 12:00Z:
    // Tue 2026-12-01 22:40Z .. Sat 2026-12-05 01:20Z.
    QTest::keyClick(m_view.get(), Qt::Key_Equal);
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{utc(2026, 12, 1, 22, 40), utc(2026, 12, 5, 1, 20)}));
    // Back out twice: 268800 x 1.5 x 1.5 = 604800, the week again.
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->timeGeometry().visible(), week);
    // Out once more: 907200 s (10 d 12 h), 453600 s either side of the
    // middle: Sat 2026-11-28 06:00Z .. Tue 2026-12-08 18:00Z.
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{utc(2026, 11, 28, 6), utc(2026, 12, 8, 18)}));
}

void TestTimelineView::upDownEnterOpenAndCloseRegions()
{
    m_view->setFocus();
    std::vector<std::string> activated;
    connect(m_view.get(), &TimelineView::memberActivated, this, [&](const std::string &id) {
        activated.push_back(id);
    });
    // Rows: 0 APAC, 1 Sam, 2 Kenji, 3 Mei, 4 Priya, 5 Arjun, 6 EMEA, 7 Leila...
    // The first row has the focus: Enter closes APAC, Enter opens it again.
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(!m_view->isRegionExpanded("apac"));
    QVERIFY(m_view->memberRowRect("sam").isNull());
    QVERIFY(!m_view->memberRowRect("anna").isNull());
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QVERIFY(m_view->isRegionExpanded("apac"));
    QVERIFY(!m_view->memberRowRect("sam").isNull());

    // Up on the first row stays there; Down to Sam, Enter opens Sam.
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated, std::vector<std::string>{"sam"});
    QVERIFY(m_view->isRegionExpanded("apac"));

    // Five more Down: row 6, EMEA. Enter closes it: Anna's row goes away.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QVERIFY(!m_view->isRegionExpanded("emea"));
    QVERIFY(m_view->memberRowRect("anna").isNull());
    QVERIFY(m_view->isRegionExpanded("amer"));
    // Up back to Arjun, Enter opens Arjun, not a region.
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated, (std::vector<std::string>{"sam", "arjun"}));
    QVERIFY(!m_view->isRegionExpanded("emea"));
    // None of this edited the plan.
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestTimelineView::accessibleName()
{
    QCOMPARE(m_view->accessibleName(), QStringLiteral("World timeline"));
    QVERIFY(m_view->accessibleDescription().contains(QLatin1String("Arrow keys")));
    QCOMPARE(m_view->focusPolicy(), Qt::StrongFocus);
}

void TestTimelineView::nowLineIsPainted()
{
    // The now line is drawn in the highlight colour at the x of now
    // (Mon 10:00Z), across the rows; 60 px to its right there is none.
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        m_view->render(painter, image.size());
    }
    const QRgb highlight = m_view->palette().color(QPalette::Highlight).rgba();
    const int nowX = xOf(monday + std::chrono::hours{10});
    const int top = m_view->memberRowRect("sam").top();
    const int bottom = m_view->memberRowRect("lucas").bottom();
    const auto highlighted = [&](int x) {
        int count = 0;
        for (int y = top; y <= bottom; ++y) {
            bool hit = false;
            for (int dx = -1; dx <= 1; ++dx)
                hit = hit || image.pixel(x + dx, y) == highlight;
            count += hit ? 1 : 0;
        }
        return count;
    };
    const int rows = bottom - top + 1;
    QVERIFY2(highlighted(nowX) > rows * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(highlighted(nowX)).arg(rows)));
    QVERIFY(highlighted(nowX + 60) < rows / 4);
}

// The view keeps the rows it painted for a time range and blits them when
// it paints that range again (a repaint for the now line, a scroll, a drag
// changing one row). What it blits must be what it would paint.
void TestTimelineView::repaintFromCachedRowsMatchesFreshPaint()
{
    // Another range first, so the next frame paints its rows directly.
    m_view->setVisibleRange({week.start + std::chrono::hours{5}, week.end});
    rendered(*m_view);
    m_view->setVisibleRange(week);
    const QImage painted = rendered(*m_view);
    const QImage blitted = rendered(*m_view); // same range: from the cache
    QVERIFY2(samePicture(blitted, painted), qPrintable(pictureDifference(blitted, painted)));
    // And scrolled (rows move, the range stays), the blitted rows land where
    // painted ones would.
    m_view->resize(1400, 300);
    QApplication::processEvents(); // lets the scroll bar appear
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    m_view->setVisibleRange(week);
    rendered(*m_view);
    const QImage scrolledBlit = renderedRows(*m_view);
    auto fresh = freshView();
    fresh->verticalScrollBar()->setValue(fresh->verticalScrollBar()->maximum());
    const QImage scrolledFresh = renderedRows(*fresh);
    QVERIFY2(samePicture(scrolledBlit, scrolledFresh),
             qPrintable(pictureDifference(scrolledBlit, scrolledFresh)));
}

void TestTimelineView::editRepaintsCachedRows()
{
    rendered(*m_view);
    const QImage before = renderedRows(*m_view); // rows now cached
    // Anna's deep work moves to 08:00-10:00 local (07:00Z-09:00Z).
    Member edited = anna();
    edited.deepWork.ranges.front().start = Minutes{8 * 60};
    edited.deepWork.ranges.front().end = Minutes{10 * 60};
    m_document->changeMember(edited, QStringLiteral("Move deep work"));
    const QImage after = renderedRows(*m_view);
    QVERIFY(!samePicture(after, before));
    auto fresh = freshView();
    const QImage painted = renderedRows(*fresh);
    QVERIFY2(samePicture(after, painted), qPrintable(pictureDifference(after, painted)));
}

void TestTimelineView::paletteChangeRepaintsCachedRows()
{
    rendered(*m_view);
    const QImage before = renderedRows(*m_view); // rows now cached
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x28));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    m_view->setPalette(dark);
    const QImage after = renderedRows(*m_view);
    QVERIFY(!samePicture(after, before));
    auto fresh = freshView();
    const QImage painted = renderedRows(*fresh);
    QVERIFY2(samePicture(after, painted), qPrintable(pictureDifference(after, painted)));
}

// While a block is dragged, the other rows come from the cache and the
// dragged member's row shows the edit live: the picture mid-drag is the
// picture once the edit is stored.
void TestTimelineView::dragShowsLiveAmongCachedRows()
{
    rendered(*m_view);
    const QImage before = renderedRows(*m_view); // rows now cached
    QWidget *viewport = m_view->viewport();
    const int y = m_view->memberRowRect("anna").center().y();
    // Monday's deep-work block ends 15:00 CET = 14:00Z; drag it to 15:00Z.
    const QPoint edge(xOf(utc(2026, 11, 30, 14)), y);
    const QPoint target(xOf(utc(2026, 11, 30, 15)), y);
    sendMouse(viewport,
              QEvent::MouseButtonPress,
              edge,
              Qt::LeftButton,
              Qt::LeftButton,
              Qt::NoModifier);
    sendMouse(viewport, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    const QImage during = renderedRows(*m_view);
    sendMouse(viewport,
              QEvent::MouseButtonRelease,
              target,
              Qt::LeftButton,
              Qt::NoButton,
              Qt::NoModifier);
    QCOMPARE(anna().deepWork.ranges.front().end, Minutes{16 * 60});
    QVERIFY(!samePicture(during, before));
    const QImage stored = renderedRows(*m_view);
    QVERIFY2(samePicture(during, stored), qPrintable(pictureDifference(during, stored)));
}

void TestTimelineView::bracketsStepThroughHandoffs()
{
    // The demo's handoffs on Thu 3 Dec (see tests/cli/tst_cli.cpp): APAC ->
    // EMEA at 13:00Z across a 9 h overlap, EMEA -> AMER at 17:00Z with a sync
    // slot 14:00-14:15Z, AMER -> APAC at 22:30Z after a 30-minute gap.
    // Stepping starts from now, Thu 12:00Z here, as it is in view.
    m_view->setNow(utc(2026, 12, 3, 12));
    m_view->setFocus();
    QSignalSpy shown(m_view.get(), &TimelineView::handoffShown);
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    // The same details, on one line, for the status bar.
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.front().front().toString().startsWith(
                 QStringLiteral("Handoff APAC → EMEA, Thu 3 Dec · Leaves APAC: ")),
             qPrintable(shown.front().front().toString()));
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Handoff APAC → EMEA")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("13:00 UTC")));
    QVERIFY2(QToolTip::text().contains(
                 QStringLiteral("Overlap of 9 h: EMEA worked alongside APAC longest")),
             qPrintable(QToolTip::text()));
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Handoff EMEA → AMER")),
             qPrintable(QToolTip::text()));
    // The slot in both people's local times: Tom in London (GMT in
    // December), Diego in Sao Paulo (UTC-3), then the reference zone.
    QVERIFY2(QToolTip::text().contains(QStringLiteral(
                 "Sync slot 14:00–14:15 London · 11:00–11:15 Sao Paulo · 14:00–14:15 UTC")),
             qPrintable(QToolTip::text()));
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Handoff AMER → APAC")),
             qPrintable(QToolTip::text()));
    // Sydney is already in Friday (AEDT, UTC+11): the pickup says so.
    QVERIFY2(QToolTip::text().contains(
                 QStringLiteral("Picked up in APAC: Fri 4 Dec 10:00 Sydney · 23:00 UTC")),
             qPrintable(QToolTip::text()));
    QVERIFY2(
        QToolTip::text().contains(QStringLiteral(
            "Waits 30 min in a gap, until Thu 3 Dec 23:00 UTC: APAC is the first region back")),
        qPrintable(QToolTip::text()));
    QTest::keyClick(m_view.get(), Qt::Key_BracketLeft);
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Handoff EMEA → AMER")));
    // All in view: the week did not move.
    QCOMPARE(m_view->timeGeometry().visible(), week);
    // Four steps on from Thursday's EMEA -> AMER (Thu 22:30Z, Fri 13:00Z,
    // Fri 17:00Z, Fri 22:30Z): Friday's AMER -> APAC waits over the weekend
    // until Sam's Monday, Sun 6 Dec 23:00Z (Mon 10:00 in Sydney, +11); the
    // pickup names its day.
    for (int step = 0; step < 4; ++step)
        QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Handoff AMER → APAC")),
             qPrintable(QToolTip::text()));
    QVERIFY2(
        QToolTip::text().contains(QStringLiteral("Mon 7 Dec 10:00 Sydney · Sun 6 Dec 23:00 UTC")),
        qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QStringLiteral(
                 "Waits 2 d in a gap, until Sun 6 Dec 23:00 UTC: APAC is the first region back")),
             qPrintable(QToolTip::text()));
    // Past the week's end the view follows: the last handoff of Sun 6 Dec
    // and the first of Mon 7 Dec (APAC -> EMEA at 13:00Z) are a day apart.
    m_view->setVisibleRange({utc(2026, 12, 6, 12), utc(2026, 12, 7, 0)});
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QVERIFY(m_view->timeGeometry().visible().contains(utc(2026, 12, 7, 13)));
}

void TestTimelineView::ctrlWheelZoomsAroundThePointer()
{
    // One notch in zooms by 1.25: a week becomes 7 d / 1.25 = 5.6 d, and the
    // instant under the pointer (Wed 2 Dec 12:00Z) stays under it.
    const Instant anchor = utc(2026, 12, 2, 12);
    const QPointF at(xOf(anchor), m_view->viewport()->height() / 2.0);
    const Instant under = m_view->timeGeometry().instantAt(at.x() - m_view->headerWidth());
    QWheelEvent in(at,
                   m_view->viewport()->mapToGlobal(at),
                   QPoint(),
                   QPoint(0, 120),
                   Qt::NoButton,
                   Qt::ControlModifier,
                   Qt::NoScrollPhase,
                   false);
    QApplication::sendEvent(m_view->viewport(), &in);
    QCOMPARE(m_view->timeGeometry().visible().length(), Seconds{483840});
    const Instant after = m_view->timeGeometry().instantAt(at.x() - m_view->headerWidth());
    QVERIFY2(std::abs((after - under).count()) <= 1,
             qPrintable(QString::number((after - under).count())));
    // And one notch out gives the week back.
    QWheelEvent out(at,
                    m_view->viewport()->mapToGlobal(at),
                    QPoint(),
                    QPoint(0, -120),
                    Qt::NoButton,
                    Qt::ControlModifier,
                    Qt::NoScrollPhase,
                    false);
    QApplication::sendEvent(m_view->viewport(), &out);
    QCOMPARE(m_view->timeGeometry().visible().length(), Seconds{7 * 86400});
}

void TestTimelineView::shiftWheelPans()
{
    // A notch towards the user moves a tenth of the view later: 16.8 h.
    const QPointF at(xOf(utc(2026, 12, 2, 12)), m_view->viewport()->height() / 2.0);
    QWheelEvent later(at,
                      m_view->viewport()->mapToGlobal(at),
                      QPoint(),
                      QPoint(0, -120),
                      Qt::NoButton,
                      Qt::ShiftModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(m_view->viewport(), &later);
    const Interval moved = m_view->timeGeometry().visible();
    QVERIFY2(std::abs((moved.start - (week.start + Seconds{60480})).count()) <= 1,
             qPrintable(QString::number((moved.start - week.start).count())));
    QCOMPARE(moved.length(), week.length());
}

void TestTimelineView::pinchZooms()
{
    // A trackpad pinch of +0.5 zooms in by 1.5 around the fingers: 7 d / 1.5
    // = 4 d 16 h.
    const QPointF at(xOf(utc(2026, 12, 2, 12)), m_view->viewport()->height() / 2.0);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture,
                              QPointingDevice::primaryPointingDevice(),
                              2,
                              at,
                              at,
                              m_view->viewport()->mapToGlobal(at),
                              0.5,
                              QPointF());
    QApplication::sendEvent(m_view->viewport(), &pinch);
    QCOMPARE(m_view->timeGeometry().visible().length(), Seconds{403200});
}

void TestTimelineView::nextHandoffStartsFromNow()
{
    // Now is Mon 30 Nov 10:00Z (init()); the next handoff is Monday's APAC ->
    // EMEA at 13:00Z, not the one after the middle of the week. It lies in
    // the first tenth of the view, so the view centres on it: 3.5 days
    // either side, Fri 27 Nov 01:00Z to Fri 4 Dec 01:00Z.
    QTest::keyClick(m_view.get(), Qt::Key_BracketRight);
    QVERIFY(QToolTip::text().startsWith(QStringLiteral("Handoff APAC → EMEA")));
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{utc(2026, 11, 27, 1), utc(2026, 12, 4, 1)}));
    // And back: the handoff before now is Sun/Mon's AMER -> APAC.
    QTest::keyClick(m_view.get(), Qt::Key_BracketLeft);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Handoff AMER → APAC")),
             qPrintable(QToolTip::text()));
}

void TestTimelineView::escapeCancelsABlockDrag()
{
    QWidget *viewport = m_view->viewport();
    const int y = m_view->memberRowRect("anna").center().y();
    // Monday's deep-work end edge (14:00Z), dragged an hour on, then Escape.
    const QPoint edge(xOf(utc(2026, 11, 30, 14)), y);
    const QPoint target(xOf(utc(2026, 11, 30, 15)), y);
    const Member before = anna();
    const int steps = m_document->undoStack()->count();
    sendMouse(viewport,
              QEvent::MouseButtonPress,
              edge,
              Qt::LeftButton,
              Qt::LeftButton,
              Qt::NoModifier);
    sendMouse(viewport, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    // Releasing afterwards changes nothing either.
    sendMouse(viewport,
              QEvent::MouseButtonRelease,
              target,
              Qt::LeftButton,
              Qt::NoButton,
              Qt::NoModifier);
    QCOMPARE(anna(), before);
    QCOMPARE(m_document->undoStack()->count(), steps);
    QCOMPARE(m_view->timeGeometry().visible(), week);
}

void TestTimelineView::escapeCancelsAPan()
{
    QWidget *viewport = m_view->viewport();
    // On the axis-free background right of the rows' bottom: a pan.
    const QPoint from(xOf(utc(2026, 12, 2, 12)), viewport->height() - 5);
    sendMouse(viewport,
              QEvent::MouseButtonPress,
              from,
              Qt::LeftButton,
              Qt::LeftButton,
              Qt::NoModifier);
    sendMouse(viewport,
              QEvent::MouseMove,
              from + QPoint(-200, 0),
              Qt::NoButton,
              Qt::LeftButton,
              Qt::NoModifier);
    QVERIFY(m_view->timeGeometry().visible() != week);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->timeGeometry().visible(), week);
    sendMouse(viewport,
              QEvent::MouseButtonRelease,
              from + QPoint(-200, 0),
              Qt::LeftButton,
              Qt::NoButton,
              Qt::NoModifier);
    QCOMPARE(m_view->timeGeometry().visible(), week);
}

void TestTimelineView::clockStyleReachesTheRows()
{
    // The rows' hour labels and the header's local times follow the clock:
    // the header makes room for "12:45 PM +0545", and the rows repaint.
    const QImage twentyFour = renderedRows(*m_view);
    const int narrow = m_view->headerWidth();
    m_view->setUse24HourClock(false);
    QVERIFY(m_view->headerWidth() >= narrow);
    QCOMPARE(m_view->timeGeometry().visible(), week);
    QCOMPARE(m_view->timeGeometry().width(),
             double(m_view->viewport()->width() - m_view->headerWidth()));
    QVERIFY(!samePicture(renderedRows(*m_view), twentyFour));
}

void TestTimelineView::resizingKeepsTheRange()
{
    // A week view stays a week: narrower, each hour is fewer pixels.
    m_view->resize(900, 800);
    QCOMPARE(m_view->timeGeometry().visible(), week);
    QCOMPARE(m_view->timeGeometry().width(),
             double(m_view->viewport()->width() - m_view->headerWidth()));
}

void TestTimelineView::centralDateIsTheReferenceZones()
{
    // The week Mon 30 Nov 00:00Z - Mon 7 Dec 00:00Z has its middle at
    // Thu 3 Dec 12:00Z: Thursday in UTC, already Fri 4 Dec 01:00 in
    // Auckland (NZDT, UTC+13 since 27 Sep 2026).
    QCOMPARE(m_view->centralDate(), QDate(2026, 12, 3));
    m_view->setReferenceZone(*TimeZone::find("Pacific/Auckland"));
    QCOMPARE(m_view->centralDate(), QDate(2026, 12, 4));
}

void TestTimelineView::showDateCentresItsMidday()
{
    // Thu 10 Dec 12:00 NZDT is Wed 9 Dec 23:00Z; a week around it runs
    // 3.5 days either side.
    m_view->setReferenceZone(*TimeZone::find("Pacific/Auckland"));
    m_view->showDate(QDate(2026, 12, 10));
    const Instant midday = utc(2026, 12, 9, 23);
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{midday - std::chrono::hours{84}, midday + std::chrono::hours{84}}));
    QCOMPARE(m_view->centralDate(), QDate(2026, 12, 10));
    // In UTC, 10 Dec's midday is 12:00Z.
    m_view->setReferenceZone(TimeZone::utc());
    m_view->showDate(QDate(2026, 12, 10));
    QCOMPARE(m_view->timeGeometry().visible(),
             (Interval{utc(2026, 12, 10, 12) - std::chrono::hours{84},
                       utc(2026, 12, 10, 12) + std::chrono::hours{84}}));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timeline_view.moc"
