#include "gui/myweek/my_week_view.h"

#include "gui/document/plan_document.h"
#include "gui/document/preferences.h"
#include "gui/myweek/my_week_painter.h"
#include "gui/style/theme_icon.h"
#include "gui/text/qt_dates.h"

#include "sunrelay/core/local_time.h"

#include <QComboBox>
#include <QCompleter>
#include <QCalendarWidget>
#include <QMenu>
#include <QWidgetAction>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <chrono>

namespace sunrelay::gui {

namespace {

const QString memberKey = QStringLiteral("myWeek/member");

LocalDate today(const TimeZone &zone)
{
    const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
    return date::floor<date::days>(toLocal(zone, now));
}

// The week drawn on a widget; tooltips name the block under the mouse.
class WeekCanvas : public QWidget {
public:
    explicit WeekCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setMouseTracking(true);
    }

    const MyWeekContent *content = nullptr;
    std::optional<Instant> highlight;

    MyWeekGeometry geometry() const { return MyWeekGeometry(*content, QRectF(rect()), font()); }

    QSize sizeHint() const override
    {
        return QSize(900, minimumHeight());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        if (!content || content->days.empty()) {
            p.fillRect(rect(), palette().color(QPalette::Base));
            return;
        }
        paintMyWeek(p, *content, geometry(), palette(), highlight);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && content && !content->days.empty()) {
            auto *help = static_cast<QHelpEvent *>(event);
            const MyWeekGeometry g = geometry();
            if (const WeekBlock *block = g.blockAt(help->pos())) {
                QToolTip::showText(help->globalPos(), block->tooltip, this,
                                   g.blockRect(*block).toAlignedRect());
            } else {
                QToolTip::hideText();
                event->ignore();
            }
            return true;
        }
        return QWidget::event(event);
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
        canvas->update();
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
    dateButton->setText(MyWeekView::tr("%1 – %2")
                            .arg(QLocale().toString(toQDate(first), QStringLiteral("d MMM")),
                                 QLocale().toString(toQDate(first + date::days{6}),
                                                    QStringLiteral("d MMM yyyy"))));
    canvas->setMinimumHeight(int(MyWeekGeometry::preferredHeight(content, canvas->font())));
    canvas->update();
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

MyWeekView::MyWeekView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    const Preferences preferences = Preferences::load();
    d->clock = preferences.use24HourClock ? ClockStyle::TwentyFourHour : ClockStyle::TwelveHour;
    d->firstDayOfWeek = preferences.firstDayOfWeek;

    // The member picker: type to narrow by name or id.
    d->picker = new QComboBox(this);
    d->picker->setObjectName(QStringLiteral("memberPicker"));
    d->picker->setEditable(true);
    d->picker->setInsertPolicy(QComboBox::NoInsert);
    d->picker->setMinimumContentsLength(22);
    d->picker->lineEdit()->setPlaceholderText(tr("Search members by name or id"));
    d->picker->setToolTip(tr("Whose week: type part of a name or id"));
    d->picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    d->picker->completer()->setFilterMode(Qt::MatchContains);
    d->picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(d->picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            d->choose(d->picker->itemData(index).toString().toStdString(), true);
    });

    auto *previous = new QToolButton(this);
    previous->setIcon(themeIcon(QStringLiteral("go-previous")));
    previous->setToolTip(tr("Previous week"));
    previous->setAccessibleName(tr("Previous week"));
    connect(previous, &QToolButton::clicked, this, &MyWeekView::previousWeek);
    auto *current = new QPushButton(tr("This Week"), this);
    connect(current, &QPushButton::clicked, this, &MyWeekView::thisWeek);
    auto *next = new QToolButton(this);
    next->setIcon(themeIcon(QStringLiteral("go-next")));
    next->setToolTip(tr("Next week"));
    next->setAccessibleName(tr("Next week"));
    connect(next, &QToolButton::clicked, this, &MyWeekView::nextWeek);
    d->dateButton = new QToolButton(this);
    d->dateButton->setObjectName(QStringLiteral("weekButton"));
    d->dateButton->setPopupMode(QToolButton::InstantPopup);
    d->dateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    d->dateButton->setToolTip(tr("Pick a date: its week is shown (the member's local dates)"));
    auto *calendarMenu = new QMenu(d->dateButton);
    d->calendar = new QCalendarWidget(calendarMenu);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(d->calendar);
    calendarMenu->addAction(calendarAction);
    d->dateButton->setMenu(calendarMenu);
    connect(d->calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](const QDate &day) {
        calendarMenu->close();
        if (day.isValid())
            setWeekContaining(fromQDate(day));
    });

    auto *exportButton = new QPushButton(tr("Export My Calendar…"), this);
    exportButton->setToolTip(tr("Write this member's week to a calendar file (.ics)"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!d->content.days.empty())
            emit exportCalendarRequested(d->memberId, d->content.week());
    });
    auto *importButton = new QPushButton(tr("Import My Calendar…"), this);
    importButton->setToolTip(tr("Read this member's meetings from a calendar file as busy time"));
    connect(importButton, &QPushButton::clicked, this,
            [this] { emit importBusyTimeRequested(d->memberId); });
    auto *printButton = new QPushButton(tr("Print…"), this);
    connect(printButton, &QPushButton::clicked, this, &MyWeekView::print);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Member:"), this));
    bar->addWidget(d->picker, 1);
    bar->addSpacing(12);
    bar->addWidget(previous);
    bar->addWidget(current);
    bar->addWidget(next);
    bar->addWidget(d->dateButton);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);
    bar->addWidget(printButton);
    d->needMember = {previous, current, next, d->dateButton, exportButton, importButton,
                     printButton};

    d->verdict = new QLabel(this);
    d->verdict->setObjectName(QStringLiteral("makerVerdict"));
    d->verdict->setWordWrap(true);
    QFont verdictFont = d->verdict->font();
    verdictFont.setBold(true);
    d->verdict->setFont(verdictFont);

    d->empty = new QLabel(tr("Add a member to the plan to see their week."), this);
    d->empty->setAlignment(Qt::AlignCenter);

    d->canvas = new WeekCanvas(this);
    d->canvas->setObjectName(QStringLiteral("myWeekCanvas"));
    d->canvas->content = &d->content;
    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setWidget(d->canvas);
    d->scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(d->verdict);
    layout->addWidget(d->empty, 1);
    layout->addWidget(d->scroll, 1);

    // Every change can move what the week shows (a colleague's edit moves a
    // handoff, a task placed elsewhere frees this member).
    const auto membersChanged = [this] {
        if (!d->memberIndex()) {
            const Plan &plan = d->document->plan();
            d->memberId = plan.members.empty() ? std::string() : plan.members.front().id;
        }
        d->fillPicker();
    };
    connect(document, &PlanDocument::memberAdded, this, membersChanged);
    connect(document, &PlanDocument::memberRemoved, this, membersChanged);
    connect(document, &PlanDocument::memberChanged, this, membersChanged);
    connect(document, &PlanDocument::planReset, this, membersChanged);
    connect(document, &PlanDocument::planChanged, this, [this] { d->refresh(); });

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
    dialog.setWindowTitle(tr("Print My Week"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printWeek(printer, d->content, font());
}

} // namespace sunrelay::gui
