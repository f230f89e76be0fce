#include "gui/myweek/my_week_view.h"

#include "shared/date_patterns.h"

#include "gui/accessibility/painted_items.h"
#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/myweek/my_week_painter.h"
#include "gui/style/high_contrast.h"
#include "gui/style/theme_icon.h"
#include "gui/text/qt_dates.h"

#include "sunrelay/core/local_time.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>
#include <chrono>
#include <tuple>

namespace sunrelay::gui
{

namespace
{

const QString memberKey = QStringLiteral("myWeek/member");

LocalDate today(const TimeZone &zone)
{
    const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
    return date::floor<date::days>(toLocal(zone, now));
}

// The blocks of `content` in reading order: day by day, whole days first,
// then by start.
std::vector<std::size_t> readingOrder(const MyWeekContent &content)
{
    std::vector<std::size_t> order(content.blocks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto wholeDay = [](const WeekBlock &b) {
        return b.kind == WeekBlockKind::TimeOff || b.kind == WeekBlockKind::Holiday ? 0 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const WeekBlock &x = content.blocks[a];
        const WeekBlock &y = content.blocks[b];
        return std::tuple(x.day, wholeDay(x), x.interval.start)
            < std::tuple(y.day, wholeDay(y), y.interval.start);
    });
    return order;
}

// The week drawn on a widget; tooltips name the block under the mouse. The
// keyboard walks the blocks (Up and Down within the week in reading order,
// Left and Right to the previous or next day), framed in the highlight
// colour; Enter or Space shows the block's tooltip. Screen readers get the
// blocks as items (accessibility/painted_items.h).
class WeekCanvas : public QWidget, public PaintedItems
{
public:
    explicit WeekCanvas(QWidget *parent)
        : QWidget(parent)
    {
        installPaintedItemsAccessibility();
        setAttribute(Qt::WA_OpaquePaintEvent);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
    }

    const MyWeekContent *content = nullptr;
    std::optional<Instant> highlight;
    int focused = -1; // index into order
    // The blocks in reading order as of contentChanged(): paints, keys and
    // screen readers ask for it often, the content changes seldom.
    std::vector<std::size_t> order;

    MyWeekGeometry geometry() const { return MyWeekGeometry(*content, QRectF(rect()), font()); }

    QSize sizeHint() const override { return QSize(900, minimumHeight()); }

    // The content changed: the keyboard stays on the same place in the list.
    void contentChanged()
    {
        order = content ? readingOrder(*content) : std::vector<std::size_t>{};
        const int count = int(order.size());
        focused = count == 0 ? -1 : std::min(focused, count - 1);
        markPaintedItemsStale();
        update();
    }

    int focusedPaintedItem() const override { return focused; }

protected:
    std::vector<PaintedItem> buildPaintedItems() const override
    {
        std::vector<PaintedItem> items;
        if (!content || content->days.empty())
            return items;
        const MyWeekGeometry g = geometry();
        for (const std::size_t index : order) {
            const WeekBlock &block = content->blocks[index];
            PaintedItem item =
                paintedItemFromText(QStringLiteral("%1:%2").arg(block.day).arg(index),
                                    QAccessible::ListItem,
                                    block.tooltip,
                                    g.blockRect(block).toAlignedRect(),
                                    1);
            //: Screen readers, My week: the day ("Mon 30 Nov"), the block as its
            //: tooltip's first line says it ("Protected deep work 09:00–12:00 (3 h)")
            //: and the member's zone's city ("Berlin").
            item.name = MyWeekView::tr("%1: %2, %3 time")
                            .arg(content->days[std::size_t(block.day)].title,
                                 item.name,
                                 zoneCity(content->zone));
            items.push_back(std::move(item));
        }
        return items;
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        markPaintedItemsStale(); // the blocks' rects
    }
    void changeEvent(QEvent *event) override
    {
        // The blocks' rects follow the font; the texts the language.
        if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
            markPaintedItemsStale();
        QWidget::changeEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        if (!content || content->days.empty()) {
            p.fillRect(rect(), palette().color(QPalette::Base));
            return;
        }
        paintMyWeek(p, *content, geometry(), palette(), highlight);
        if (hasFocus())
            paintFocus(p);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && content && !content->days.empty()) {
            auto *help = static_cast<QHelpEvent *>(event);
            const MyWeekGeometry g = geometry();
            if (const WeekBlock *block = g.blockAt(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   block->tooltip,
                                   this,
                                   g.blockRect(*block).toAlignedRect());
            } else {
                QToolTip::hideText();
                event->ignore();
            }
            return true;
        }
        return QWidget::event(event);
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        if (focused < 0 && content && !content->blocks.empty())
            focused = 0;
        update();
        notifyPaintedItemFocus(this);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (!content || content->blocks.empty()) {
            QWidget::keyPressEvent(event);
            return;
        }
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveTo(focused + (event->key() == Qt::Key_Up ? -1 : 1));
            break;
        case Qt::Key_Left:
        case Qt::Key_Right:
            moveToDay(event->key() == Qt::Key_Left ? -1 : 1);
            break;
        case Qt::Key_Home:
            moveTo(0);
            break;
        case Qt::Key_End:
            moveTo(int(content->blocks.size()) - 1);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            showFocusedTooltip();
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
        }
        event->accept();
    }

private:
    const WeekBlock *focusedBlock() const
    {
        if (!content || focused < 0 || std::size_t(focused) >= order.size())
            return nullptr;
        return &content->blocks[order[std::size_t(focused)]];
    }
    void moveTo(int index)
    {
        focused = std::clamp(index, 0, int(content->blocks.size()) - 1);
        if (const WeekBlock *block = focusedBlock()) {
            const QRect rect = geometry().blockRect(*block).toAlignedRect();
            // The scroll area around the canvas brings the block into view.
            if (auto *area = qobject_cast<QScrollArea *>(parentWidget()->parentWidget()))
                area->ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height() / 2 + 8);
        }
        update();
        notifyPaintedItemFocus(this);
    }
    // The first block of the day before or after the focused block's day.
    void moveToDay(int direction)
    {
        const WeekBlock *block = focusedBlock();
        const int day = block ? block->day : 0;
        if (direction < 0) {
            for (int i = std::max(0, focused) - 1; i >= 0; --i) {
                const int other = content->blocks[order[std::size_t(i)]].day;
                if (other < day) {
                    // Back to the first block of that day.
                    int first = i;
                    while (first > 0 && content->blocks[order[std::size_t(first - 1)]].day == other)
                        --first;
                    moveTo(first);
                    return;
                }
            }
            return;
        }
        for (std::size_t i = std::size_t(std::max(0, focused)); i < order.size(); ++i)
            if (content->blocks[order[i]].day > day) {
                moveTo(int(i));
                return;
            }
    }
    void showFocusedTooltip()
    {
        if (const WeekBlock *block = focusedBlock()) {
            const QRect rect = geometry().blockRect(*block).toAlignedRect();
            QToolTip::showText(mapToGlobal(rect.bottomLeft()), block->tooltip, this, rect);
        }
    }
    void paintFocus(QPainter &p) const
    {
        const qreal width = focusFrameWidth(palette());
        QRectF frame = QRectF(rect());
        if (const WeekBlock *block = focusedBlock())
            frame = geometry().blockRect(*block).adjusted(-width, -width, width, width);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), width));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame.adjusted(width / 2, width / 2, -width / 2, -width / 2));
        p.restore();
    }
};

} // namespace

struct MyWeekView::Private {
    MyWeekView *q;
    PlanDocument *document;
    ClockStyle clock = ClockStyle::TwentyFourHour;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    std::string memberId;
    std::optional<LocalDate> shownDay; // a date of the week shown
    MyWeekContent content;

    QComboBox *picker = nullptr;
    // The week's dates; it opens a calendar to pick a date. (Not a
    // QDateEdit: the window's toolbar has the one date field.)
    QToolButton *dateButton = nullptr;
    QCalendarWidget *calendar = nullptr;
    QLabel *verdict = nullptr;
    QLabel *empty = nullptr;
    QScrollArea *scroll = nullptr;
    WeekCanvas *canvas = nullptr;
    QList<QWidget *> needMember;

    // The parts of the view, made by the constructor.
    void makePicker();
    void makeDateButton();
    QHBoxLayout *makeToolbar();
    void makeWeekArea();
    void followDocument();

    void fillPicker();
    void refresh();
    void choose(const std::string &id, bool remember);
    std::optional<std::size_t> memberIndex() const
    {
        return document->plan().memberIndex(memberId);
    }
};

void MyWeekView::Private::fillPicker()
{
    const QSignalBlocker block(picker);
    picker->clear();
    for (const Member &member : document->plan().members)
        //: A member's name and id in the member picker: "Ana Lima (m-ana)"
        picker->addItem(MyWeekView::tr("%1 (%2)").arg(QString::fromStdString(member.name),
                                                      QString::fromStdString(member.id)),
                        QString::fromStdString(member.id));
    picker->setCurrentIndex(picker->findData(QString::fromStdString(memberId)));
}

void MyWeekView::Private::refresh()
{
    const auto index = memberIndex();
    const bool shown = index.has_value();
    for (QWidget *widget : needMember)
        widget->setEnabled(shown);
    empty->setVisible(!shown);
    scroll->setVisible(shown);
    if (!shown) {
        content = MyWeekContent{};
        verdict->clear();
        canvas->contentChanged();
        return;
    }
    const Member &member = document->plan().members[*index];
    if (!shownDay)
        shownDay = today(member.zone);
    const LocalDate first = weekStartOf(*shownDay, firstDayOfWeek);
    content = buildMyWeek(document->plan(), document->routes(), *index, first, clock);
    verdict->setText(content.verdict);
    {
        const QSignalBlocker block(calendar);
        calendar->setSelectedDate(toQDate(*shownDay));
        calendar->setFirstDayOfWeek(firstDayOfWeek);
    }
    //: The week shown, first to last day: "30 Nov – 6 Dec 2026"
    dateButton->setText(MyWeekView::tr("%1 – %2").arg(
        apptext::dateText(toQDate(first), apptext::DateParts::DayMonth),
        apptext::dateText(toQDate(first + date::days{6}), apptext::DateParts::DayMonthYear)));
    canvas->setMinimumHeight(int(MyWeekGeometry::preferredHeight(content, canvas->font())));
    canvas->contentChanged();
    emit q->weekShown();
}

void MyWeekView::Private::choose(const std::string &id, bool remember)
{
    if (!document->plan().memberIndex(id))
        return;
    memberId = id;
    if (remember)
        QSettings().setValue(memberKey, QString::fromStdString(id));
    {
        const QSignalBlocker block(picker);
        picker->setCurrentIndex(picker->findData(QString::fromStdString(id)));
    }
    canvas->highlight.reset();
    refresh();
}

// The member picker: type to narrow by name or id.
void MyWeekView::Private::makePicker()
{
    picker = new QComboBox(q);
    picker->setObjectName(QStringLiteral("memberPicker"));
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    picker->setMinimumContentsLength(22);
    picker->lineEdit()->setPlaceholderText(MyWeekView::tr("Search members by name or id"));
    picker->setToolTip(MyWeekView::tr("Whose week: type part of a name or id"));
    picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    picker->completer()->setFilterMode(Qt::MatchContains);
    picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    QObject::connect(picker, &QComboBox::currentIndexChanged, q, [this](int index) {
        if (index >= 0)
            choose(picker->itemData(index).toString().toStdString(), true);
    });
}

// The week's dates on a button that opens a calendar to pick a date.
void MyWeekView::Private::makeDateButton()
{
    dateButton = new QToolButton(q);
    dateButton->setObjectName(QStringLiteral("weekButton"));
    dateButton->setPopupMode(QToolButton::InstantPopup);
    dateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    //: Screen readers: the button that shows the week's dates and picks another week.
    dateButton->setAccessibleName(MyWeekView::tr("Week shown"));
    dateButton->setToolTip(
        MyWeekView::tr("Pick a date: its week is shown (the member's local dates)"));
    auto *calendarMenu = new QMenu(dateButton);
    calendar = new QCalendarWidget(calendarMenu);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarMenu->addAction(calendarAction);
    dateButton->setMenu(calendarMenu);
    QObject::connect(calendar,
                     &QCalendarWidget::clicked,
                     q,
                     [this, calendarMenu](const QDate &day) {
                         calendarMenu->close();
                         if (day.isValid())
                             q->setWeekContaining(fromQDate(day));
                     });
}

// The row above the week: whose week, which week, and the calendar and
// print buttons.
QHBoxLayout *MyWeekView::Private::makeToolbar()
{
    makePicker();
    auto *previous = new QToolButton(q);
    previous->setIcon(themeIcon(QStringLiteral("go-previous")));
    //: Tooltip of the My Week page's button that shows the week before
    previous->setToolTip(MyWeekView::tr("Previous week"));
    previous->setAccessibleName(MyWeekView::tr("Previous week"));
    QObject::connect(previous, &QToolButton::clicked, q, &MyWeekView::previousWeek);
    //: My Week page button: shows the current week
    auto *current = new QPushButton(MyWeekView::tr("This Week"), q);
    QObject::connect(current, &QPushButton::clicked, q, &MyWeekView::thisWeek);
    auto *next = new QToolButton(q);
    next->setIcon(themeIcon(QStringLiteral("go-next")));
    //: Tooltip of the My Week page's button that shows the week after
    next->setToolTip(MyWeekView::tr("Next week"));
    next->setAccessibleName(MyWeekView::tr("Next week"));
    QObject::connect(next, &QToolButton::clicked, q, &MyWeekView::nextWeek);
    makeDateButton();

    //: My Week page button: exports the chosen member's calendar to an iCalendar file
    auto *exportButton = new QPushButton(MyWeekView::tr("Export My Calendar…"), q);
    exportButton->setToolTip(MyWeekView::tr("Write this member's week to a calendar file (.ics)"));
    QObject::connect(exportButton, &QPushButton::clicked, q, [this] {
        if (!content.days.empty())
            emit q->exportCalendarRequested(memberId, content.week());
    });
    //: My Week page button: imports the chosen member's busy times from an iCalendar file
    auto *importButton = new QPushButton(MyWeekView::tr("Import My Calendar…"), q);
    importButton->setToolTip(
        MyWeekView::tr("Read this member's meetings from a calendar file as busy time"));
    QObject::connect(importButton, &QPushButton::clicked, q, [this] {
        emit q->importBusyTimeRequested(memberId);
    });
    //: My Week page button: prints the week shown
    auto *printButton = new QPushButton(MyWeekView::tr("Print…"), q);
    QObject::connect(printButton, &QPushButton::clicked, q, &MyWeekView::print);

    auto *bar = new QHBoxLayout;
    //: Label of the My Week page's choice of team member
    auto *pickerLabel = new QLabel(MyWeekView::tr("&Member:"), q);
    pickerLabel->setBuddy(picker); // Alt+M, and screen readers name the picker
    bar->addWidget(pickerLabel);
    bar->addWidget(picker, 1);
    bar->addSpacing(12);
    for (QWidget *widget : std::initializer_list<QWidget *>{previous, current, next, dateButton})
        bar->addWidget(widget);
    bar->addStretch(1);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{exportButton, importButton, printButton})
        bar->addWidget(widget);
    needMember = {previous, current, next, dateButton, exportButton, importButton, printButton};
    return bar;
}

// The verdict, the week itself in a scroll area, and what shows instead
// without a member.
void MyWeekView::Private::makeWeekArea()
{
    verdict = new QLabel(q);
    verdict->setObjectName(QStringLiteral("makerVerdict"));
    verdict->setWordWrap(true);
    QFont verdictFont = verdict->font();
    verdictFont.setBold(true);
    verdict->setFont(verdictFont);

    empty = new QLabel(MyWeekView::tr("Add a member to the plan to see their week."), q);
    empty->setAlignment(Qt::AlignCenter);

    canvas = new WeekCanvas(q);
    canvas->setObjectName(QStringLiteral("myWeekCanvas"));
    //: Accessible name of the My Week page's drawing of the member's week
    canvas->setAccessibleName(MyWeekView::tr("The member's week"));
    canvas->setAccessibleDescription(
        MyWeekView::tr("Working hours, deep work, comms windows, handoffs, tasks and conflicts "
                       "in the member's local time. Up and Down go through the blocks, Left "
                       "and Right to the previous or next day, Enter shows a block's details."));
    canvas->content = &content;
    scroll = new QScrollArea(q);
    scroll->setWidgetResizable(true);
    scroll->setWidget(canvas);
    scroll->setFrameShape(QFrame::NoFrame);
}

// Every change can move what the week shows (a colleague's edit moves a
// handoff, a task placed elsewhere frees this member).
void MyWeekView::Private::followDocument()
{
    const auto membersChanged = [this] {
        if (!memberIndex()) {
            const Plan &plan = document->plan();
            memberId = plan.members.empty() ? std::string() : plan.members.front().id;
        }
        fillPicker();
    };
    QObject::connect(document, &PlanDocument::memberAdded, q, membersChanged);
    QObject::connect(document, &PlanDocument::memberRemoved, q, membersChanged);
    QObject::connect(document, &PlanDocument::memberChanged, q, membersChanged);
    QObject::connect(document, &PlanDocument::planReset, q, membersChanged);
    QObject::connect(document, &PlanDocument::planChanged, q, [this] {
        refresh();
    });
}

MyWeekView::MyWeekView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    const Preferences preferences = Preferences::load();
    d->clock = preferences.use24HourClock ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour;
    d->firstDayOfWeek = preferences.firstDayOfWeek;

    QHBoxLayout *bar = d->makeToolbar();
    d->makeWeekArea();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(d->verdict);
    layout->addWidget(d->empty, 1);
    layout->addWidget(d->scroll, 1);
    d->followDocument();

    // The member chosen last time, else the first.
    const std::string remembered = QSettings().value(memberKey).toString().toStdString();
    const Plan &plan = document->plan();
    if (plan.memberIndex(remembered))
        d->memberId = remembered;
    else if (!plan.members.empty())
        d->memberId = plan.members.front().id;
    d->fillPicker();
    d->refresh();
}

MyWeekView::~MyWeekView() = default;

std::string MyWeekView::member() const
{
    return d->memberId;
}

void MyWeekView::setMember(const std::string &id)
{
    d->choose(id, true);
}

void MyWeekView::setWeekContaining(LocalDate day)
{
    d->shownDay = day;
    d->canvas->highlight.reset();
    d->refresh();
}

LocalDate MyWeekView::firstDay() const
{
    return d->content.days.empty() ? LocalDate{} : d->content.days.front().date;
}

void MyWeekView::setClockStyle(ClockStyle style)
{
    d->clock = style;
    d->refresh();
}

void MyWeekView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    d->firstDayOfWeek = day;
    d->refresh();
}

const MyWeekContent &MyWeekView::content() const
{
    return d->content;
}

QWidget *MyWeekView::canvas() const
{
    return d->canvas;
}

QRectF MyWeekView::blockRect(const WeekBlock &block) const
{
    return d->canvas->geometry().blockRect(block);
}

std::optional<Instant> MyWeekView::highlighted() const
{
    return d->canvas->highlight;
}

void MyWeekView::showMemberAt(const std::string &id, Instant at)
{
    const auto index = d->document->plan().memberIndex(id);
    if (!index)
        return;
    d->choose(id, true);
    d->shownDay = date::floor<date::days>(toLocal(d->document->plan().members[*index].zone, at));
    d->refresh();
    d->canvas->highlight = at;
    d->canvas->update();
    // Scroll the marked time into view.
    for (int day = 0; day < int(d->content.days.size()); ++day)
        if (d->content.days[std::size_t(day)].span.contains(at)) {
            const int y = int(d->canvas->geometry().y(day, at));
            d->scroll->ensureVisible(d->scroll->width() / 2, y, 0, d->scroll->height() / 3);
        }
}

void MyWeekView::previousWeek()
{
    if (d->shownDay)
        setWeekContaining(*d->shownDay - date::days{7});
}

void MyWeekView::nextWeek()
{
    if (d->shownDay)
        setWeekContaining(*d->shownDay + date::days{7});
}

void MyWeekView::thisWeek()
{
    if (const auto index = d->memberIndex())
        setWeekContaining(today(d->document->plan().members[*index].zone));
}

bool MyWeekView::printWeek(QPrinter &printer, const MyWeekContent &content, const QFont &font)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // Laid out at a screen-like size, then scaled to fit the page whole.
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const double width = 1100;
    // In pixels, so the printer's resolution does not scale the text twice.
    QFont pixelFont = font;
    pixelFont.setPixelSize(QFontInfo(font).pixelSize());
    painter.setFont(pixelFont);
    const double height = myWeekPageHeight(content, pixelFont);
    const double scale = std::min(page.width() / width, page.height() / height);
    painter.scale(scale, scale);
    paintMyWeekPage(painter, content, QRectF(0, 0, width, height), printPalette());
    return painter.end();
}

void MyWeekView::print()
{
    if (d->content.days.empty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(d->content.title);
    QPrintDialog dialog(&printer, this);
    //: Title of the print dialog for the My Week page
    dialog.setWindowTitle(tr("Print My Week"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printWeek(printer, d->content, font());
}

} // namespace sunrelay::gui
