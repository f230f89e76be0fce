#include "gui/drift/drift_view.h"

#include "shared/date_patterns.h"

#include "gui/coverage/chart_look.h"
#include "gui/document/plan_document.h"
#include "gui/text/qt_dates.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sunrelay::gui
{

namespace
{

double hoursOfDay(LocalTime local)
{
    const Seconds tod = local - date::floor<date::days>(local);
    return double(tod.count()) / 3600.0;
}

QString weekText(date::sys_days monday)
{
    return apptext::dateText(toQDate(LocalDate{monday.time_since_epoch()}),
                             apptext::DateParts::DayMonthYear);
}

QString shiftText(Seconds shift)
{
    return (shift < Seconds{0} ? QStringLiteral("−") : QStringLiteral("+"))
        + durationText(shift < Seconds{0} ? -shift : shift);
}

// Okabe-Ito vermillion: the marks for weeks someone should look at.
const QColor attentionColour(0xd5, 0x5e, 0x00);

} // namespace

struct DriftView::Private {
    DriftView *q = nullptr;
    PlanDocument *document = nullptr;
    date::sys_days start = date::floor<date::days>(std::chrono::system_clock::now());
    Side side = Side::Receiver;
    ClockStyle clockStyle = ClockStyle::TwentyFourHour;
    bool stale = true;
    HandoffDrift drift;

    QComboBox *sideChoice = nullptr;
    QLabel *caption = nullptr;
    QChartView *chartView = nullptr;
    QListWidget *events = nullptr;

    void markStale()
    {
        stale = true;
        if (q->isVisible())
            refresh();
    }
    void ensureFresh()
    {
        if (stale)
            refresh();
    }
    void refresh();
    void buildChart();
    // The parts of the chart buildChart() makes.
    struct PointMarks {
        QScatterSeries *moved = nullptr;
        QScatterSeries *marked = nullptr;
    };
    PointMarks makePointMarks() const;
    std::vector<std::pair<QLineSeries *, const DriftLine *>>
    addLineSeries(QChart &chart, const PointMarks &marks, double &low, double &high) const;
    QCategoryAxis *makeWeekAxis() const;
    QCategoryAxis *makeHourAxis(double low, double high) const;
    void connectToolTips(const std::vector<std::pair<QLineSeries *, const DriftLine *>> &series,
                         const PointMarks &marks);
    void fillEvents();
    std::size_t weekIndex(date::sys_days week) const
    {
        return std::size_t((week - drift.weeks.front()).count() / 7);
    }
    QString regionName(std::size_t region) const
    {
        return QString::fromStdString(document->plan().regions[region].name);
    }
    QString pairName(const DriftLine &line) const
    {
        //: DST Drift page: a handoff between two regions; %1 hands off, %2 takes over
        return DriftView::tr("%1 → %2").arg(regionName(line.from), regionName(line.to));
    }
    QString memberName(std::size_t member) const
    {
        return QString::fromStdString(document->plan().members[member].name);
    }
    const TimeZone &zoneOf(std::size_t member) const
    {
        return document->plan().members[member].zone;
    }
    QString
    eventText(const DriftLine &line, const DriftPoint &point, const DriftEvent &event) const;
    QString toolTipNear(const DriftLine &line, double x) const
    {
        const long index = std::lround(x);
        for (const DriftPoint &point : line.points)
            if (long(weekIndex(point.week)) == index)
                return q->pointToolTip(line, point);
        return {};
    }
};

QString DriftView::Private::eventText(const DriftLine &line,
                                      const DriftPoint &point,
                                      const DriftEvent &event) const
{
    const Instant moment =
        event.side == DriftSide::Receiver ? point.handoff.pickup : point.handoff.at;
    const TimeZone &zone = zoneOf(event.member);
    const QString name = memberName(event.member);
    QString where;
    switch (event.kind) {
    case DriftEventKind::IntoDeepWork:
        //: DST Drift page: where a handoff moves after a clock change; %1 is a member's name
        where = DriftView::tr("into %1's deep work").arg(name);
        break;
    case DriftEventKind::BeforeWorkingDay:
        //: DST Drift page: where a handoff moves after a clock change; %1 is a member's name
        where = DriftView::tr("before %1's working day").arg(name);
        break;
    case DriftEventKind::AfterWorkingDay:
        //: DST Drift page: where a handoff moves after a clock change; %1 is a member's name
        where = DriftView::tr("after %1's working day").arg(name);
        break;
    }
    return DriftView::tr("Week of %1: %2 handoff moves to %3 in %4, %5")
        .arg(weekText(point.week),
             pairName(line),
             clockText(moment, zone, clockStyle),
             zoneCity(zone),
             where);
}

void DriftView::Private::refresh()
{
    stale = false;
    drift = handoffDrift(document->plan(), start);
    buildChart();
    fillEvents();
    applyChartLook(chartView, q->palette());
}

void DriftView::Private::buildChart()
{
    auto *chart = new QChart;
    chart->setTitle(side == Side::Receiver
                        ? DriftView::tr("Handoff time where it is picked up, week by week")
                        : DriftView::tr("Handoff time where it is handed off, week by week"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    const PointMarks marks = makePointMarks();
    double low = 24, high = 0;
    const auto series = addLineSeries(*chart, marks, low, high);
    chart->addSeries(marks.moved);
    chart->addSeries(marks.marked);

    QCategoryAxis *x = makeWeekAxis();
    chart->addAxis(x, Qt::AlignBottom);
    QCategoryAxis *y = makeHourAxis(low, high);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connectToolTips(series, marks);

    QChart *old = chartView->chart();
    chartView->setChart(chart);
    delete old;
}

// The markers over the lines: a week a DST change moved, and a week whose
// handoff lands in deep work or outside the working day.
DriftView::Private::PointMarks DriftView::Private::makePointMarks() const
{
    auto *moved = new QScatterSeries;
    moved->setName(DriftView::tr("Moved by a DST change"));
    moved->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    moved->setMarkerSize(8);
    moved->setColor(q->palette().color(QPalette::Base));
    moved->setBorderColor(q->palette().color(QPalette::Text));
    auto *marked = new QScatterSeries;
    marked->setName(DriftView::tr("Into deep work or out of the working day"));
    marked->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    marked->setMarkerSize(15);
    marked->setColor(attentionColour);
    marked->setBorderColor(q->palette().color(QPalette::Text));
    return {moved, marked};
}

// One line per pair of regions, in the sending region's colour; widens
// [low, high] to the hours drawn and marks the weeks `marks` stand for.
std::vector<std::pair<QLineSeries *, const DriftLine *>>
DriftView::Private::addLineSeries(QChart &chart,
                                  const PointMarks &marks,
                                  double &low,
                                  double &high) const
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine,
                                          Qt::DashLine,
                                          Qt::DotLine,
                                          Qt::DashDotLine};
    std::vector<std::pair<QLineSeries *, const DriftLine *>> series;
    for (const DriftLine &line : drift.lines) {
        auto *points = new QLineSeries;
        points->setName(pairName(line));
        QPen pen(QColor(QString::fromStdString(document->plan().regions[line.from].color)));
        pen.setWidthF(2.5);
        // Lines of one colour differ, and a line drawn over another of the
        // same times still lets it show.
        pen.setStyle(styles[series.size() % 4]);
        points->setPen(pen);
        for (const DriftPoint &point : line.points) {
            const double x = double(weekIndex(point.week));
            const double y = q->hourOf(point);
            points->append(x, y);
            low = std::min(low, y);
            high = std::max(high, y);
            if (!point.events.empty())
                marks.marked->append(x, y);
            else if (point.isMoved())
                marks.moved->append(x, y);
        }
        chart.addSeries(points);
        series.emplace_back(points, &line);
    }
    return series;
}

// x: week indices, labelled at the first week of each month.
QCategoryAxis *DriftView::Private::makeWeekAxis() const
{
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(drift.weeks.size()) - 0.5);
    int lastMonth = -1;
    for (std::size_t i = 0; i < drift.weeks.size(); ++i) {
        const QDate day = toQDate(LocalDate{drift.weeks[i].time_since_epoch()});
        if (day.month() == lastMonth)
            continue;
        lastMonth = day.month();
        // Labels must be unique: the year on January, the first month, and a
        // month that comes round again (the first week may start in it).
        QString label = QLocale().standaloneMonthName(day.month(), QLocale::ShortFormat);
        if (lastMonth == 1 || i == 0 || x->categoriesLabels().contains(label))
            label = apptext::dateText(day, apptext::DateParts::MonthYear);
        x->append(label, double(i));
    }
    //: Chart axis title: the week (of the year) each point is in
    x->setTitleText(DriftView::tr("Week"));
    return x;
}

// y: clock times, a whole hour below and above the data in [low, high].
QCategoryAxis *DriftView::Private::makeHourAxis(double low, double high) const
{
    if (low > high) {
        low = 0;
        high = 24;
    }
    const int first = std::max(0, int(std::floor(low)) - 1);
    const int last = std::min(24, int(std::ceil(high)) + 1);
    const int step = last - first > 12 ? 3 : (last - first > 6 ? 2 : 1);
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(first, last);
    y->setStartValue(first);
    for (int hour = first; hour <= last; hour += step)
        y->append(minutesText(Minutes{hour * 60}, clockStyle), hour);
    y->setTitleText(side == Side::Receiver ? DriftView::tr("Local time of the receiver")
                                           : DriftView::tr("Local time of the sender"));
    return y;
}

// Hovering a line or a marker says what happens that week.
void DriftView::Private::connectToolTips(
    const std::vector<std::pair<QLineSeries *, const DriftLine *>> &series,
    const PointMarks &marks)
{
    for (const auto &[points, drift] : series)
        // A copy: clang (and so clang-tidy) cannot capture a structured binding.
        QObject::connect(points,
                         &QLineSeries::hovered,
                         q,
                         [this, line = drift](const QPointF &at, bool on) {
                             showChartToolTip(chartView,
                                              on ? toolTipNear(*line, at.x()) : QString());
                         });
    for (QScatterSeries *markers : {marks.moved, marks.marked})
        QObject::connect(markers, &QScatterSeries::hovered, q, [this](const QPointF &at, bool on) {
            QStringList texts;
            for (const DriftLine &line : drift.lines)
                for (const DriftPoint &point : line.points)
                    if (on && long(weekIndex(point.week)) == std::lround(at.x())
                        && std::abs(q->hourOf(point) - at.y()) < 0.01)
                        texts << q->pointToolTip(line, point);
            showChartToolTip(chartView, texts.join(QStringLiteral("\n\n")));
        });
}

void DriftView::Private::fillEvents()
{
    events->clear();
    const QStringList texts = q->eventTexts();
    if (texts.isEmpty()) {
        auto *none = new QListWidgetItem(
            DriftView::tr("No DST change moves a handoff into deep work or out of a working "
                          "day in these twelve months."),
            events);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    events->addItems(texts);
}

DriftView::DriftView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;

    d->sideChoice = new QComboBox(this);
    d->sideChoice->setObjectName(QStringLiteral("driftSide"));
    //: DST Drift page, choice: draw handoff times in the receiving region's local time
    d->sideChoice->addItem(tr("Receiver's local time"));
    //: DST Drift page, choice: draw handoff times in the handing-off region's local time
    d->sideChoice->addItem(tr("Sender's local time"));
    d->caption = new QLabel(
        tr("Each week is shown by its Wednesday (UTC): the first handoff of each region pair "
           "that day, as the timeline computes it."),
        this);
    d->caption->setWordWrap(true);
    d->chartView = new QChartView(this);
    d->chartView->setRenderHint(QPainter::Antialiasing);
    d->chartView->setMinimumHeight(260);
    d->events = new QListWidget(this);
    d->events->setObjectName(QStringLiteral("driftEvents"));
    d->events->setMinimumHeight(80);

    auto *controls = new QHBoxLayout;
    //: Label before the choice of which handoffs the chart shows
    auto *sideLabel = new QLabel(tr("&Show:"), this);
    sideLabel->setBuddy(d->sideChoice);
    controls->addWidget(sideLabel);
    controls->addWidget(d->sideChoice);
    controls->addWidget(d->caption, 1);
    //: Heading of the DST Drift page's list of weeks worth a look (under the chart)
    auto *eventsLabel = new QLabel(tr("Weeks to look at:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(d->chartView, 3);
    layout->addWidget(eventsLabel);
    layout->addWidget(d->events, 1);

    connect(d->sideChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        setSide(static_cast<Side>(index));
    });
    connect(document, &PlanDocument::planChanged, this, [this] {
        d->markStale();
    });
}

DriftView::~DriftView() = default;

void DriftView::setStart(date::sys_days start)
{
    if (start == d->start)
        return;
    d->start = start;
    d->markStale();
}

date::sys_days DriftView::start() const
{
    return d->start;
}

void DriftView::setSide(Side side)
{
    {
        const QSignalBlocker block(d->sideChoice);
        d->sideChoice->setCurrentIndex(static_cast<int>(side));
    }
    if (side == d->side)
        return;
    d->side = side;
    d->markStale();
}

DriftView::Side DriftView::side() const
{
    return d->side;
}

void DriftView::setClockStyle(ClockStyle style)
{
    if (style == d->clockStyle)
        return;
    d->clockStyle = style;
    d->markStale();
}

const HandoffDrift &DriftView::drift() const
{
    d->ensureFresh();
    return d->drift;
}

double DriftView::hourOf(const DriftPoint &point) const
{
    return hoursOfDay(d->side == Side::Receiver ? point.receiverLocal : point.senderLocal);
}

QStringList DriftView::eventTexts() const
{
    d->ensureFresh();
    // In week order across the pairs.
    std::vector<std::pair<date::sys_days, QString>> rows;
    for (const DriftLine &line : d->drift.lines)
        for (const DriftPoint &point : line.points)
            for (const DriftEvent &event : point.events)
                rows.emplace_back(point.week, d->eventText(line, point, event));
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QStringList texts;
    for (const auto &row : rows)
        texts << row.second;
    return texts;
}

QString DriftView::pointToolTip(const DriftLine &line, const DriftPoint &point) const
{
    const Handoff &handoff = point.handoff;
    QStringList lines;
    //: DST Drift point tooltip; %1 is the week's first date
    lines << tr("Week of %1").arg(weekText(point.week));
    //: DST Drift point tooltip; %1 is a pair of regions like "Berlin → Tokyo"
    const QString overlap = tr("%1, overlap handoff").arg(d->pairName(line));
    //: DST Drift point tooltip; %1 is a pair of regions like "Berlin → Tokyo", %2 how long the
    //: work waits in the gap ("2 h 30 min")
    const QString gap = tr("%1, gap handoff (waits %2)");
    lines << (handoff.kind == HandoffKind::Overlap
                  ? overlap
                  : gap.arg(d->pairName(line), durationText(handoff.wait)));
    const TimeZone &senderZone = d->zoneOf(point.senderMember);
    const TimeZone &receiverZone = d->zoneOf(point.receiverMember);
    //: DST Drift point tooltip: %1 the date and time in the sender's zone, %2 that zone's
    //: abbreviation, %3 the sending member: "Handed off Fri 17:00 CET (Anna Schmidt)"
    lines << tr("Handed off %1 %2 (%3)")
                 .arg(dateTimeText(handoff.at, senderZone, d->clockStyle),
                      zoneAbbreviation(senderZone, handoff.at),
                      d->memberName(point.senderMember));
    //: DST Drift point tooltip: %1 the date and time in the receiver's zone, %2 that zone's
    //: abbreviation, %3 the receiving member: "Picked up Fri 11:00 EST (Nia Johnson)"
    lines << tr("Picked up %1 %2 (%3)")
                 .arg(dateTimeText(handoff.pickup, receiverZone, d->clockStyle),
                      zoneAbbreviation(receiverZone, handoff.pickup),
                      d->memberName(point.receiverMember));
    if (point.isMoved()) {
        QStringList shifts;
        if (point.senderShift != Seconds{0})
            //: DST Drift point tooltip: how far the sender's clock moved; %1 is e.g. "+1 h"
            shifts << tr("sender %1").arg(shiftText(point.senderShift));
        if (point.receiverShift != Seconds{0})
            //: DST Drift point tooltip: how far the receiver's clock moved; %1 is e.g. "+1 h"
            shifts << tr("receiver %1").arg(shiftText(point.receiverShift));
        //: Separates the sides a DST change moved in a list: "sender +1 h, receiver -1 h"
        const QString listSeparator = tr(", ");
        lines << tr("Moved by a DST change since the week before: %1")
                     .arg(shifts.join(listSeparator));
    }
    for (const DriftEvent &event : point.events)
        lines << d->eventText(line, point, event);
    return lines.join(QLatin1Char('\n'));
}

QChartView *DriftView::chart() const
{
    d->ensureFresh();
    return d->chartView;
}

QListWidget *DriftView::eventList() const
{
    d->ensureFresh();
    return d->events;
}

void DriftView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->ensureFresh();
}

void DriftView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !d->stale)
        d->refresh();
}

} // namespace sunrelay::gui
