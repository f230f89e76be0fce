#include "gui/coverage/coverage_view.h"

#include "shared/date_patterns.h"

#include "gui/coverage/chart_look.h"
#include "gui/document/plan_document.h"
#include "gui/text/qt_dates.h"
#include "gui/text/time_format.h"

#include "sunrelay/core/local_time.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sunrelay::gui
{

namespace
{

double hours(Seconds length)
{
    return double(length.count()) / 3600.0;
}

// A length in hours, never in days, so days and sums compare at a glance:
// "24 h", "101 h", "23 h 30 min", "45 min".
QString hoursText(Seconds length)
{
    const auto minutes = length.count() / 60;
    if (minutes < 60)
        return durationText(length);
    //: Coverage page: a whole number of hours, e.g. "3 h"
    if (minutes % 60 == 0)
        return CoverageView::tr("%1 h").arg(minutes / 60);
    //: Coverage page: hours and minutes, e.g. "3 h 15 min"
    return CoverageView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString percentText(double share)
{
    return QLocale().toString(100.0 * share, 'f', 1) + QLatin1Char('%');
}

// A nice upper end for an hours axis: at least 1, a multiple of 2 above 4.
double hoursAxisTop(double largest)
{
    if (largest <= 1.0)
        return 1.0;
    if (largest <= 4.0)
        return std::ceil(largest);
    return 2.0 * std::ceil(largest / 2.0);
}

} // namespace

struct CoverageView::Private {
    CoverageView *q = nullptr;
    PlanDocument *document = nullptr;
    TimeZone zone = TimeZone::utc();
    Range range = Range::ThisWeek;
    LocalDate from{};
    LocalDate to{};
    bool stale = true;
    std::vector<DailyCoverage> days;

    QComboBox *rangeChoice = nullptr;
    // QDateTimeEdit showing dates only, not QDateEdit: tests and the window
    // find the toolbar's date navigator as the window's QDateEdit.
    QDateTimeEdit *fromEdit = nullptr;
    QDateTimeEdit *toEdit = nullptr;
    QLabel *summary = nullptr;
    QChartView *coverageView = nullptr;
    QChartView *loadView = nullptr;

    LocalDate today() const
    {
        const Instant now = date::floor<Seconds>(std::chrono::system_clock::now());
        return date::floor<date::days>(toLocal(zone, now));
    }
    void applyRange();
    void setDates(LocalDate first, LocalDate last);
    void markStale();
    void refresh();
    void ensureFresh()
    {
        if (stale)
            refresh();
    }
    QStringList categories() const;
    void buildCoverageChart(const QStringList &categories);
    // The series of the coverage chart and what buildCoverageChart() does
    // with them.
    struct CoverageSeries {
        QBarSet *covered = nullptr;
        QLineSeries *gapLine = nullptr;
        std::vector<QLineSeries *> waitLines;
        double largestHours = 0; // the most the lines reach
        std::vector<QLineSeries *> lines() const
        {
            std::vector<QLineSeries *> all{gapLine};
            all.insert(all.end(), waitLines.begin(), waitLines.end());
            return all;
        }
    };
    CoverageSeries makeCoverageSeries() const;
    void addCoverageLines(QChart &chart, const CoverageSeries &series) const;
    void connectCoverageToolTips(const CoverageSeries &series);
    void buildLoadChart(const QStringList &categories);
    QString regionName(std::size_t region) const
    {
        return QString::fromStdString(document->plan().regions[region].name);
    }
    QString dateText(LocalDate date, const QString &format) const
    {
        return QLocale().toString(toQDate(date), format);
    }
};

void CoverageView::Private::applyRange()
{
    const LocalDate now = today();
    switch (range) {
    case Range::ThisWeek: {
        const LocalDate monday = now - (date::weekday{now} - date::Monday);
        setDates(monday, monday + date::days{6});
        break;
    }
    case Range::NextFourWeeks:
        setDates(now, now + date::days{27});
        break;
    case Range::Custom:
        setDates(fromQDate(fromEdit->date()), fromQDate(toEdit->date()));
        break;
    }
}

void CoverageView::Private::setDates(LocalDate first, LocalDate last)
{
    last = std::clamp(last, first, first + date::days{maximumDays - 1});
    from = first;
    to = last;
    const QSignalBlocker blockFrom(fromEdit);
    const QSignalBlocker blockTo(toEdit);
    fromEdit->setDate(toQDate(first));
    toEdit->setDate(toQDate(last));
    fromEdit->setEnabled(range == Range::Custom);
    toEdit->setEnabled(range == Range::Custom);
    markStale();
}

void CoverageView::Private::markStale()
{
    stale = true;
    if (q->isVisible())
        refresh();
}

QStringList CoverageView::Private::categories() const
{
    // Category labels must be unique: within 14 days "Mon 30" is, and a
    // longer range has the month (turned upright, see the axes).
    using apptext::DateParts;
    const QString format = apptext::datePattern(days.size() <= 7        ? DateParts::WeekdayDayMonth
                                                    : days.size() <= 14 ? DateParts::WeekdayDay
                                                                        : DateParts::DayMonth);
    QStringList labels;
    for (const DailyCoverage &day : days)
        labels << dateText(day.date, format);
    return labels;
}

void CoverageView::Private::refresh()
{
    stale = false;
    days = dailyCoverage(document->plan(), zone, from, to, document->routes().routes);
    const QStringList labels = categories();
    buildCoverageChart(labels);
    buildLoadChart(labels);
    summary->setText(q->summaryText());
    applyChartLook(coverageView, q->palette());
    applyChartLook(loadView, q->palette());
}

void CoverageView::Private::buildCoverageChart(const QStringList &labels)
{
    auto *chart = new QChart;
    //: Title of the Coverage chart; %1 is the city of the time zone days are counted in
    chart->setTitle(CoverageView::tr("Coverage per day (%1)").arg(zoneCity(zone)));
    chart->legend()->setAlignment(Qt::AlignBottom);

    const CoverageSeries series = makeCoverageSeries();
    auto *bars = new QBarSeries;
    bars->append(series.covered);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    addCoverageLines(*chart, series);

    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (days.size() > 14)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    //: Chart axis title: share of the day some region works, in percent
    percent->setTitleText(CoverageView::tr("Covered"));
    chart->addAxis(percent, Qt::AlignLeft);
    auto *hoursAxis = new QValueAxis;
    hoursAxis->setRange(0, hoursAxisTop(series.largestHours));
    hoursAxis->applyNiceNumbers();
    hoursAxis->setLabelFormat(QStringLiteral("%.0f h"));
    //: Chart axis title: hours (of gap, of task work)
    hoursAxis->setTitleText(CoverageView::tr("Hours"));
    chart->addAxis(hoursAxis, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(percent);
    for (QLineSeries *line : series.lines()) {
        line->attachAxis(x);
        line->attachAxis(hoursAxis);
    }
    connectCoverageToolTips(series);

    QChart *old = coverageView->chart();
    coverageView->setChart(chart);
    delete old;
}

// The day's covered share, its gap hours and its average pickup wait. The
// wait has no value on a day without a gap handoff: one line per run of days
// that have one, so no line bridges a weekend.
CoverageView::Private::CoverageSeries CoverageView::Private::makeCoverageSeries() const
{
    CoverageSeries series;
    series.covered = new QBarSet(CoverageView::tr("Covered (% of the day)"));
    series.covered->setColor(q->palette().color(QPalette::Highlight));
    series.covered->setBorderColor(q->palette().color(QPalette::Highlight));
    series.gapLine = new QLineSeries;
    //: Coverage chart legend: the line of hours no one covers each day
    series.gapLine->setName(CoverageView::tr("Gap hours"));
    for (std::size_t i = 0; i < days.size(); ++i) {
        const DailyCoverage &day = days[i];
        *series.covered << 100.0 * day.coveredShare();
        series.gapLine->append(double(i), hours(day.gap));
        series.largestHours = std::max(series.largestHours, hours(day.gap));
        if (day.averageWait) {
            if (series.waitLines.empty() || !days[i - 1].averageWait) {
                series.waitLines.push_back(new QLineSeries);
                series.waitLines.back()->setName(
                    CoverageView::tr("Average pickup wait at gap handoffs (h)"));
            }
            series.waitLines.back()->append(double(i), hours(*day.averageWait));
            series.largestHours = std::max(series.largestHours, hours(*day.averageWait));
        }
    }
    return series;
}

// The gap line and the wait lines on `chart`, the waits with one legend
// entry.
void CoverageView::Private::addCoverageLines(QChart &chart, const CoverageSeries &series) const
{
    chart.addSeries(series.gapLine);
    QPen gapPen(QColor(0xd5, 0x5e, 0x00)); // Okabe-Ito vermillion: reads on both palettes
    gapPen.setWidthF(2);
    series.gapLine->setPen(gapPen);
    series.gapLine->setPointsVisible(true);
    QPen waitPen(QColor(0x00, 0x9e, 0x73)); // Okabe-Ito bluish green
    waitPen.setWidthF(2);
    waitPen.setStyle(Qt::DashLine);
    for (QLineSeries *waitLine : series.waitLines) {
        chart.addSeries(waitLine);
        waitLine->setPen(waitPen);
        waitLine->setPointsVisible(true);
        if (waitLine != series.waitLines.front())
            for (QLegendMarker *marker : chart.legend()->markers(waitLine))
                marker->setVisible(false);
    }
}

// Hovering a bar or a point tells the whole day.
void CoverageView::Private::connectCoverageToolTips(const CoverageSeries &series)
{
    QObject::connect(series.covered, &QBarSet::hovered, q, [this](bool on, int index) {
        showChartToolTip(coverageView, on ? q->dayToolTip(std::size_t(index)) : QString());
    });
    for (QLineSeries *line : series.lines())
        QObject::connect(line, &QLineSeries::hovered, q, [this](const QPointF &point, bool on) {
            const long index = std::lround(point.x());
            const bool inside = index >= 0 && std::size_t(index) < days.size();
            showChartToolTip(coverageView,
                             on && inside ? q->dayToolTip(std::size_t(index)) : QString());
        });
}

void CoverageView::Private::buildLoadChart(const QStringList &labels)
{
    const Plan &plan = document->plan();
    auto *chart = new QChart;
    chart->setTitle(CoverageView::tr("Task load per region (hours of routed task work)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *stack = new QStackedBarSeries;
    stack->setBarWidth(0.7);
    double largest = 0;
    std::vector<double> totals(days.size(), 0.0);
    for (std::size_t r = 0; r < plan.regions.size(); ++r) {
        auto *set = new QBarSet(regionName(r));
        const QColor colour(QString::fromStdString(plan.regions[r].color));
        set->setColor(colour);
        set->setBorderColor(q->palette().color(QPalette::Base));
        for (std::size_t i = 0; i < days.size(); ++i) {
            const double load = hours(days[i].regionLoad[r]);
            *set << load;
            totals[i] += load;
        }
        stack->append(set);
        QObject::connect(set, &QBarSet::hovered, q, [this, r](bool on, int index) {
            if (!on || index < 0 || std::size_t(index) >= days.size()) {
                showChartToolTip(loadView, QString());
                return;
            }
            const DailyCoverage &day = days[std::size_t(index)];
            showChartToolTip(
                loadView,
                CoverageView::tr("%1, %2: %3 of task work")
                    .arg(regionName(r),
                         dateText(day.date,
                                  apptext::datePattern(apptext::DateParts::WeekdayDayMonthYear)),
                         hoursText(day.regionLoad[r])));
        });
    }
    for (const double total : totals)
        largest = std::max(largest, total);
    chart->addSeries(stack);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    if (days.size() > 14)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    y->setRange(0, hoursAxisTop(largest));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f h"));
    //: Chart axis title: hours of task work
    y->setTitleText(CoverageView::tr("Hours"));
    chart->addAxis(y, Qt::AlignLeft);
    stack->attachAxis(x);
    stack->attachAxis(y);

    QChart *old = loadView->chart();
    loadView->setChart(chart);
    delete old;
}

CoverageView::CoverageView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;

    d->rangeChoice = new QComboBox(this);
    d->rangeChoice->setObjectName(QStringLiteral("coverageRange"));
    //: Coverage page, Range choice: the current week
    d->rangeChoice->addItem(tr("This week"));
    //: Coverage page, Range choice: the four weeks from now
    d->rangeChoice->addItem(tr("Next 4 weeks"));
    //: Date range choice: the dates typed in From and To
    d->rangeChoice->addItem(tr("Custom"));
    d->fromEdit = new QDateTimeEdit(this);
    d->toEdit = new QDateTimeEdit(this);
    for (QDateTimeEdit *edit : {d->fromEdit, d->toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(apptext::datePattern(apptext::DateParts::WeekdayDayMonthYear));
    }
    d->summary = new QLabel(this);
    d->summary->setObjectName(QStringLiteral("coverageSummary"));
    d->summary->setWordWrap(true);
    d->summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    d->coverageView = new QChartView(this);
    d->loadView = new QChartView(this);
    for (QChartView *view : {d->coverageView, d->loadView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
    }

    auto *controls = new QHBoxLayout;
    //: Label of the Coverage page's choice of date range
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(d->rangeChoice);
    controls->addWidget(rangeLabel);
    controls->addWidget(d->rangeChoice);
    //: First day of the date range shown
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(d->fromEdit);
    controls->addWidget(fromLabel);
    controls->addWidget(d->fromEdit);
    //: Last day of the date range shown
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(d->toEdit);
    controls->addWidget(toLabel);
    controls->addWidget(d->toEdit);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(d->summary);
    layout->addWidget(d->coverageView, 3);
    layout->addWidget(d->loadView, 2);

    connect(d->rangeChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        setRange(static_cast<Range>(index));
    });
    for (QDateTimeEdit *edit : {d->fromEdit, d->toEdit})
        connect(edit, &QDateTimeEdit::dateChanged, this, [this] {
            setCustomRange(fromQDate(d->fromEdit->date()), fromQDate(d->toEdit->date()));
        });
    connect(document, &PlanDocument::planChanged, this, [this] {
        d->markStale();
    });

    d->applyRange();
}

CoverageView::~CoverageView() = default;

void CoverageView::setReferenceZone(const TimeZone &zone)
{
    if (zone == d->zone)
        return;
    d->zone = zone;
    d->applyRange();
}

const TimeZone &CoverageView::referenceZone() const
{
    return d->zone;
}

void CoverageView::setRange(Range range)
{
    d->range = range;
    {
        const QSignalBlocker block(d->rangeChoice);
        d->rangeChoice->setCurrentIndex(static_cast<int>(range));
    }
    d->applyRange();
}

CoverageView::Range CoverageView::range() const
{
    return d->range;
}

void CoverageView::setCustomRange(LocalDate from, LocalDate to)
{
    d->range = Range::Custom;
    {
        const QSignalBlocker block(d->rangeChoice);
        d->rangeChoice->setCurrentIndex(static_cast<int>(Range::Custom));
    }
    d->setDates(from, to);
}

LocalDate CoverageView::from() const
{
    return d->from;
}

LocalDate CoverageView::to() const
{
    return d->to;
}

const std::vector<DailyCoverage> &CoverageView::days() const
{
    d->ensureFresh();
    return d->days;
}

QString CoverageView::summaryText() const
{
    d->ensureFresh();
    Seconds length{0}, covered{0}, gap{0}, waits{0};
    std::size_t gapHandoffs = 0;
    std::vector<Seconds> load(d->document->plan().regions.size(), Seconds{0});
    for (const DailyCoverage &day : d->days) {
        length += day.day.length();
        covered += day.covered;
        gap += day.gap;
        gapHandoffs += day.gapHandoffs;
        if (day.averageWait)
            waits += *day.averageWait * static_cast<Seconds::rep>(day.gapHandoffs);
        for (std::size_t r = 0; r < load.size(); ++r)
            load[r] += day.regionLoad[r];
    }
    const double share = length.count() > 0 ? double(covered.count()) / double(length.count()) : 0;
    QString text =
        tr("%1 – %2 in %3: covered %4 of %5, gaps %6")
            .arg(d->dateText(d->from, apptext::datePattern(apptext::DateParts::DayMonth)),
                 d->dateText(d->to, apptext::datePattern(apptext::DateParts::DayMonthYear)),
                 zoneCity(d->zone),
                 percentText(share),
                 hoursText(length),
                 hoursText(gap));
    if (gapHandoffs > 0)
        //: Coverage page summary: %1 the summary so far ("… covered 80% of 168 h, gaps 10 h"),
        //: %2 how long work waits on average at the %n handoffs that fall into a gap
        text = tr("%1, average pickup wait %2 at %n gap handoff(s)", nullptr, int(gapHandoffs))
                   .arg(text, durationText(waits / static_cast<Seconds::rep>(gapHandoffs)));
    else
        //: Coverage page summary: %1 the summary so far ("… covered 80% of 168 h, gaps 10 h"),
        //: and no handoff falls into a gap
        text = tr("%1, no gap handoffs").arg(text);
    QStringList loads;
    for (std::size_t r = 0; r < load.size(); ++r)
        //: A region and its hours of task work: "EMEA 12.5 h"
        loads << tr("%1 %2").arg(d->regionName(r), hoursText(load[r]));
    //: Separates the regions' task work in a list: "EMEA 12.5 h, AMER 8 h"
    const QString listSeparator = tr(", ");
    if (!loads.isEmpty())
        //: Coverage page summary: %1 the summary so far, %2 each region's hours of task work:
        //: "…, no gap handoffs; task work: EMEA 12.5 h, AMER 8 h"
        text = tr("%1; task work: %2").arg(text, loads.join(listSeparator));
    return text;
}

QString CoverageView::dayToolTip(std::size_t index) const
{
    d->ensureFresh();
    if (index >= d->days.size())
        return {};
    const DailyCoverage &day = d->days[index];
    QStringList lines;
    //: Coverage day tooltip, first line: the date, then the length of that day in the chosen
    //: zone (23 h or 25 h on a DST change) and the zone's city: "Sunday, 29 March 2026 (23 h day
    //: in Berlin)"
    lines << tr("%1 (%2 day in %3)")
                 .arg(d->dateText(day.date, QLocale().dateFormat(QLocale::LongFormat)),
                      hoursText(day.day.length()),
                      zoneCity(d->zone));
    //: Coverage day tooltip: hours someone covers; %1 is the hours, %2 the share in percent
    lines << tr("Covered: %1 (%2)").arg(hoursText(day.covered), percentText(day.coveredShare()));
    //: Coverage day tooltip: hours no one covers; %1 is the hours
    lines << tr("Gaps: %1").arg(hoursText(day.gap));
    if (day.averageWait)
        lines << tr("Average pickup wait: %1 at %n gap handoff(s)", nullptr, int(day.gapHandoffs))
                     .arg(durationText(*day.averageWait));
    //: Coverage day tooltip: no handoff falls into a gap that day
    else
        lines << tr("No gap handoff");
    for (std::size_t r = 0; r < day.regionLoad.size(); ++r)
        //: Coverage day tooltip: %1 is a region, %2 the hours of task work placed in it
        lines << tr("%1 task work: %2").arg(d->regionName(r), hoursText(day.regionLoad[r]));
    return lines.join(QLatin1Char('\n'));
}

QChartView *CoverageView::coverageChart() const
{
    d->ensureFresh();
    return d->coverageView;
}

QChartView *CoverageView::loadChart() const
{
    d->ensureFresh();
    return d->loadView;
}

void CoverageView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->ensureFresh();
}

void CoverageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !d->stale) {
        // Colours taken from the palette when the series were made go too.
        d->refresh();
    }
}

} // namespace sunrelay::gui
