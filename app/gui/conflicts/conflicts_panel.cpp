#include "gui/conflicts/conflicts_panel.h"

#include "gui/conflicts/conflicts_model.h"
#include "gui/document/plan_document.h"
#include "gui/widgets/row_table.h"

#include "sunrelay/core/local_time.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>

namespace sunrelay::gui
{

namespace
{

// The user's choice of days, kept across sessions.
const QString spanKey = QStringLiteral("conflicts/span");

// Filters by text (member, time, explanation) and severity; sorts by
// SortRole, equal keys in the model's order (by time) whichever way.
class ConflictsSortFilter : public QSortFilterProxyModel
{
public:
    explicit ConflictsSortFilter(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(ConflictsModel::SortRole);
        setFilterRole(ConflictsModel::FilterTextRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    void setSeverity(ConflictsPanel::SeverityFilter severity)
    {
        m_severity = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_severity != ConflictsPanel::SeverityFilter::All) {
            const auto severity = Severity(
                sourceModel()->index(row, 0, parent).data(ConflictsModel::SeverityRole).toInt());
            const Severity wanted = m_severity == ConflictsPanel::SeverityFilter::Errors
                ? Severity::Error
                : m_severity == ConflictsPanel::SeverityFilter::Warnings ? Severity::Warning
                                                                         : Severity::Info;
            if (severity != wanted)
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        int order = 0;
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            order = a.toString().localeAwareCompare(b.toString());
        else
            order = QVariant::compare(a, b) == QPartialOrdering::Less  ? -1
                : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                       : 0;
        if (order != 0)
            return order < 0;
        // Descending sorts ask lessThan(right, left): flip the tie-break so
        // equal keys read in time order both ways.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }

private:
    ConflictsPanel::SeverityFilter m_severity = ConflictsPanel::SeverityFilter::All;
};

Instant systemNow()
{
    return date::floor<Seconds>(std::chrono::system_clock::now());
}

// The instant local date `day` starts in `zone` (DESIGN.md's rule for a
// midnight that a clock change skips).
Instant startOf(LocalDate day, const TimeZone &zone)
{
    return resolveLocalTime(zone, LocalTime{day}).instant;
}

} // namespace

struct ConflictsPanel::Private {
    ConflictsPanel *q = nullptr;
    // The parts of the panel, made and wired by the constructor in this order.
    void makeFilters();
    void makeTable();
    void connectParts();
    ConflictsModel *model = nullptr;
    ConflictsSortFilter *proxy = nullptr;
    QTableView *table = nullptr;
    QLineEdit *filter = nullptr;
    QComboBox *severity = nullptr;
    QComboBox *span = nullptr;
    QLabel *empty = nullptr; // over the table when it shows no row
    TimeZone zone = TimeZone::utc();
    std::optional<Instant> fixedNow;
    Interval visible{};

    Instant now() const { return fixedNow.value_or(systemNow()); }

    Span currentSpan() const { return Span(span->currentData().toInt()); }

    // Whole days in the reference zone: panning within the same days asks
    // core nothing new.
    Interval window() const
    {
        if (currentSpan() == Span::NextFourWeeks) {
            const LocalDate today = date::floor<date::days>(toLocal(zone, now()));
            return {startOf(today, zone), startOf(today + date::days{28}, zone)};
        }
        if (visible.length() <= Seconds{0})
            return {};
        const LocalDate first = date::floor<date::days>(toLocal(zone, visible.start));
        const LocalDate last = date::floor<date::days>(toLocal(zone, visible.end - Seconds{1}));
        return {startOf(first, zone), startOf(last + date::days{1}, zone)};
    }

    void updateWindow() { model->setWindow(window()); }

    void updateEmpty()
    {
        if (proxy->rowCount() > 0) {
            empty->hide();
            return;
        }
        if (model->rowCount() == 0)
            empty->setText(currentSpan() == Span::NextFourWeeks
                               ? ConflictsPanel::tr("No conflicts in the next four weeks.")
                               : ConflictsPanel::tr("No conflicts in the days shown."));
        else
            empty->setText(ConflictsPanel::tr("No conflict matches the filter."));
        empty->show();
    }
};

// The text filter, the severity filter and the span of days searched (kept
// across sessions).
void ConflictsPanel::Private::makeFilters()
{
    filter = new QLineEdit(q);
    filter->setPlaceholderText(ConflictsPanel::tr("Filter by member, time or text"));
    filter->setClearButtonEnabled(true);
    //: Accessible name of the filter field above the Conflicts panel's table
    filter->setAccessibleName(ConflictsPanel::tr("Filter conflicts"));
    severity = new QComboBox(q);
    //: Accessible name of the Conflicts panel's choice of severity (error, warning…)
    severity->setAccessibleName(ConflictsPanel::tr("Severity"));
    //: Conflicts panel, severity choice: show every conflict
    severity->addItem(ConflictsPanel::tr("All severities"), int(SeverityFilter::All));
    //: Filter: show errors only
    severity->addItem(ConflictsPanel::tr("Errors"), int(SeverityFilter::Errors));
    //: Filter: show errors and warnings
    severity->addItem(ConflictsPanel::tr("Warnings"), int(SeverityFilter::Warnings));
    //: Filter: show every conflict, information too
    severity->addItem(ConflictsPanel::tr("Info"), int(SeverityFilter::Info));
    span = new QComboBox(q);
    //: Screen-reader name of the choice of how many days of conflicts to list
    span->setAccessibleName(ConflictsPanel::tr("Days"));
    //: Conflicts panel, days choice: only the days the timeline shows
    span->addItem(ConflictsPanel::tr("Visible days"), int(Span::VisibleDays));
    //: Conflicts panel, days choice: the four weeks from now
    span->addItem(ConflictsPanel::tr("Next 4 weeks"), int(Span::NextFourWeeks));
    span->setToolTip(
        ConflictsPanel::tr("Which days to search for conflicts: those the timeline "
                           "shows, or four weeks from today"));
    span->setCurrentIndex(
        span->findData(QSettings().value(spanKey, int(Span::VisibleDays)).toInt()));
    if (span->currentIndex() < 0)
        span->setCurrentIndex(0);
}

// The conflicts table, with the words it shows when empty.
void ConflictsPanel::Private::makeTable()
{
    table = new QTableView(q);
    table->setModel(proxy);
    //: Accessible name of the Conflicts panel's table
    setUpRowTable(table, ConflictsPanel::tr("Conflicts"));
    table->setSortingEnabled(true);
    table->sortByColumn(ConflictsModel::LocalTimeColumn, Qt::AscendingOrder);
    table->setWordWrap(false);
    QHeaderView *header = table->horizontalHeader();
    // The explanation takes the room the others leave; they are shown whole.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to a sample of rows: a big plan's window has thousands.
    header->setResizeContentsPrecision(64);
    header->setSectionResizeMode(ConflictsModel::ExplanationColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(q->fontMetrics().averageCharWidth() * 6);

    empty = addEmptyTableLabel(table, QStringLiteral("emptyConflicts"));
}

void ConflictsPanel::Private::connectParts()
{
    QObject::connect(filter,
                     &QLineEdit::textChanged,
                     proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    QObject::connect(severity, &QComboBox::currentIndexChanged, q, [this] {
        proxy->setSeverity(SeverityFilter(severity->currentData().toInt()));
    });
    QObject::connect(span, &QComboBox::currentIndexChanged, q, [this] {
        QSettings().setValue(spanKey, int(currentSpan()));
        updateWindow();
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::modelReset, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::layoutChanged, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::rowsInserted, q, [this] {
        updateEmpty();
    });
    QObject::connect(proxy, &QAbstractItemModel::rowsRemoved, q, [this] {
        updateEmpty();
    });
    QObject::connect(model, &ConflictsModel::conflictsChanged, q, [this] {
        emit q->conflictsChanged(model->rowCount());
    });
    QObject::connect(table, &QTableView::activated, q, [this](const QModelIndex &index) {
        const QModelIndex source = proxy->mapToSource(index);
        if (source.isValid())
            emit q->conflictActivated(model->conflictAt(source.row()));
    });
}

ConflictsPanel::ConflictsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->model = new ConflictsModel(document, this);
    d->proxy = new ConflictsSortFilter(this);
    d->proxy->setSourceModel(d->model);
    d->makeFilters();
    d->makeTable();

    auto *bar = new QHBoxLayout;
    bar->addWidget(d->span);
    bar->addWidget(d->filter, 1);
    bar->addWidget(d->severity);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(d->table, 1);

    d->connectParts();
    d->updateWindow();
    d->updateEmpty();
}

ConflictsPanel::~ConflictsPanel()
{
    // The views outlive d while QWidget's destructor runs: their signals
    // must not reach it then.
    d->proxy->disconnect(this);
    d->model->disconnect(this);
}

void ConflictsPanel::setReferenceZone(const TimeZone &zone)
{
    d->zone = zone;
    d->model->setReferenceZone(zone);
    d->updateWindow();
}

void ConflictsPanel::setClockStyle(ClockStyle style)
{
    d->model->setClockStyle(style);
}

void ConflictsPanel::setNow(Instant now)
{
    d->fixedNow = now;
    d->updateWindow();
}

void ConflictsPanel::setSpan(Span span)
{
    d->span->setCurrentIndex(d->span->findData(int(span)));
}

ConflictsPanel::Span ConflictsPanel::span() const
{
    return d->currentSpan();
}

Interval ConflictsPanel::window() const
{
    return d->window();
}

void ConflictsPanel::setSeverityFilter(SeverityFilter filter)
{
    d->severity->setCurrentIndex(d->severity->findData(int(filter)));
}

void ConflictsPanel::setTextFilter(const QString &text)
{
    d->filter->setText(text);
}

int ConflictsPanel::count() const
{
    return d->model->rowCount();
}

std::optional<Severity> ConflictsPanel::worstSeverity() const
{
    std::optional<Severity> worst;
    for (int row = 0; row < d->model->rowCount(); ++row) {
        const Severity severity = d->model->conflictAt(row).severity;
        if (!worst || int(severity) > int(*worst))
            worst = severity;
    }
    return worst;
}

ConflictsModel *ConflictsPanel::model() const
{
    return d->model;
}

QTableView *ConflictsPanel::table() const
{
    return d->table;
}

void ConflictsPanel::setVisibleRange(const Interval &visible)
{
    d->visible = visible;
    d->updateWindow();
}

QString conflictsTitle(int count)
{
    //: Title of the Conflicts panel; %1 is the number of conflicts (otherwise, next, without a
    //: number)
    return count > 0 ? ConflictsPanel::tr("Conflicts (%1)").arg(count)
                     : ConflictsPanel::tr("Conflicts");
}

QString conflictCountText(int count)
{
    if (count > 0)
        //: Status bar: the number of conflicts in the plan
        return ConflictsPanel::tr("%n conflict(s)", nullptr, count);
    //: Status bar: the plan has no conflicts
    return ConflictsPanel::tr("No conflicts");
}

} // namespace sunrelay::gui
