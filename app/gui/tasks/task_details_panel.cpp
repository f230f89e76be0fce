#include "gui/tasks/task_details_panel.h"

#include "gui/document/plan_document.h"
#include "gui/style/task_colours.h"
#include "gui/tasks/route_text.h"
#include "gui/tasks/task_text.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

// A handoff's note, edited in place: it starts from the template when first
// focused empty, and says what it holds when focus leaves.
class NoteEditor : public QPlainTextEdit
{
public:
    NoteEditor(const QString &saved, std::function<void(const QString &)> keep, QWidget *parent)
        : QPlainTextEdit(saved, parent)
        , m_saved(saved)
        , m_keep(std::move(keep))
    {
        setPlaceholderText(
            TaskDetailsPanel::tr("Write a note for whoever picks this up: what is "
                                 "done, what is next, what blocks it, links."));
        setTabChangesFocus(true);
        const int lines = 5;
        setFixedHeight(fontMetrics().lineSpacing() * lines + 2 * frameWidth()
                       + int(document()->documentMargin() * 2));
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        if (toPlainText().isEmpty() && !isReadOnly()) {
            setPlainText(TaskDetailsPanel::noteTemplate());
            // Type after "Done: " straight away.
            QTextCursor cursor = textCursor();
            cursor.movePosition(QTextCursor::Start);
            cursor.movePosition(QTextCursor::EndOfLine);
            setTextCursor(cursor);
        }
        QPlainTextEdit::focusInEvent(event);
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        // An untouched template is no note.
        QString text = toPlainText();
        if (text == TaskDetailsPanel::noteTemplate())
            text.clear();
        if (text.trimmed().isEmpty())
            text.clear();
        if (text == m_saved)
            return;
        if (text.isEmpty())
            clear();
        m_saved = text;
        m_keep(text);
    }

private:
    QString m_saved;
    std::function<void(const QString &)> m_keep;
};

} // namespace

struct TaskDetailsPanel::Private {
    TaskDetailsPanel *q = nullptr;
    PlanDocument *document = nullptr;
    TimeZone reference = TimeZone::utc();
    ClockStyle clock = ClockStyle::TwentyFourHour;
    std::string taskId;
    QScrollArea *scroll = nullptr;
    QWidget *content = nullptr;
    QVBoxLayout *layout = nullptr;
    std::vector<QLabel *> labels;
    std::vector<QPlainTextEdit *> notes;
    bool rebuilding = false;

    QLabel *addLabel(const QString &text, QWidget *parent = nullptr)
    {
        auto *label = new QLabel(text, parent ? parent : content);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        labels.push_back(label);
        return label;
    }
    QLabel *addHeading(const QString &text)
    {
        QLabel *label = addLabel(text);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addSpacing(label->fontMetrics().height() / 2);
        layout->addWidget(label);
        return label;
    }
    void rebuild();
    // The parts of the page rebuild() makes, from the top.
    void startPage();
    void addTitle(const Task &task);
    void addSchedule(const Task &task, const TaskRoute &route);
    void addRoute(const Task &task, const TaskRoute &route);
    void addHandoff(const Task &task, const TaskRoute &route, std::size_t index);
};

void TaskDetailsPanel::Private::rebuild()
{
    // Taking the old page away moves focus off a note being edited, which
    // saves it, which changes the plan, which asks for a rebuild: that one
    // comes after this.
    if (rebuilding) {
        QTimer::singleShot(0, q, [this] {
            rebuild();
        });
        return;
    }
    rebuilding = true;
    const auto done = qScopeGuard([this] {
        rebuilding = false;
    });
    startPage();
    const Plan &plan = document->plan();
    const auto index = [&]() -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (plan.tasks[i].id == taskId)
                return i;
        return std::nullopt;
    }();
    if (!index) {
        auto *empty =
            addLabel(TaskDetailsPanel::tr("Select a task in the backlog or on the "
                                          "timeline to see where it goes."));
        empty->setAlignment(Qt::AlignCenter);
        empty->setEnabled(false);
        layout->addStretch(1);
        layout->addWidget(empty);
        layout->addStretch(1);
        scroll->setWidget(content);
        return;
    }
    const Task &task = plan.tasks[*index];
    addTitle(task);
    const TaskRoute *route = document->routeOf(task.id);
    if (!task.isPlaced() || !route) {
        layout->addWidget(
            addLabel(TaskDetailsPanel::tr("In the backlog: drag it onto a region's "
                                          "row on the timeline, or use Place at…")));
        layout->addStretch(1);
        scroll->setWidget(content);
        return;
    }
    addSchedule(task, *route);
    addRoute(task, *route);
    layout->addStretch(1);
    scroll->setWidget(content);
}

// A fresh page each time: routes change with any edit. The old page may be
// the one whose note editor is saving: it goes once that is done.
void TaskDetailsPanel::Private::startPage()
{
    labels.clear();
    notes.clear();
    if (QWidget *old = scroll->takeWidget())
        old->deleteLater();
    content = new QWidget;
    layout = new QVBoxLayout(content);
}

// "T-3 · title" in bold beside the task's colour, then its effort, priority
// and deadline.
void TaskDetailsPanel::Private::addTitle(const Task &task)
{
    QLabel *title =
        //: A task's id and title as the panel's heading: "T-1 · Release notes"
        addLabel(TaskDetailsPanel::tr("%1 · %2").arg(QString::fromStdString(task.id),
                                                     QString::fromStdString(task.title)));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title->setFont(big);
    // The task's own colour beside its title, as its bars on the timeline.
    auto *swatch = new QFrame(content);
    swatch->setFixedWidth(6);
    swatch->setAutoFillBackground(true);
    QPalette swatchPalette = swatch->palette();
    swatchPalette.setColor(QPalette::Window, taskColour(task.id));
    swatch->setPalette(swatchPalette);
    auto *heading = new QHBoxLayout;
    heading->addWidget(swatch);
    heading->addWidget(title, 1);
    layout->addLayout(heading);
    const QString effort = effortText(task.effortHours);
    const QString priority = QString::number(task.priority);
    if (task.deadline) {
        //: Task details: %1 the work the task needs ("2 h"), %2 its priority (1 is the highest), %3
        //: its deadline's date and time
        layout->addWidget(
            addLabel(TaskDetailsPanel::tr("%1 of work · priority %2 · deadline %3")
                         .arg(effort, priority, dateTimeText(*task.deadline, reference, clock))));
    } else {
        //: Task details: %1 the work the task needs ("2 h"), %2 its priority (1 is the highest)
        layout->addWidget(
            addLabel(TaskDetailsPanel::tr("%1 of work · priority %2").arg(effort, priority)));
    }
}

// When a placed task starts, is first picked up, finishes, and how late.
void TaskDetailsPanel::Private::addSchedule(const Task &task, const TaskRoute &route)
{
    const Plan &plan = document->plan();
    //: Task details: where the task is placed; %1 says the region and start time
    QString start =
        TaskDetailsPanel::tr("Starts in %1").arg(placementText(plan, task, reference, clock));
    if (route.start && *route.start > *task.start)
        start += u'\n'
            + TaskDetailsPanel::tr(
                  "Nobody is free to take it then: first picked up %1 "
                  "(waits %2)")
                  .arg(dateTimeText(*route.start, reference, clock),
                       durationText(*route.start - *task.start));
    layout->addWidget(addLabel(start));
    layout->addWidget(
        addLabel(finishText(plan, route, document->routes().horizon, reference, clock)));
    if (const auto late = lateBy(task, &route)) {
        QLabel *lateLabel =
            addLabel(TaskDetailsPanel::tr("Misses its deadline by %1.").arg(durationText(*late)));
        QPalette palette = lateLabel->palette();
        palette.setColor(QPalette::WindowText, problemColor(q->palette()));
        lateLabel->setPalette(palette);
        layout->addWidget(lateLabel);
    }
}

// Stretches and handoffs in the order they happen.
void TaskDetailsPanel::Private::addRoute(const Task &task, const TaskRoute &route)
{
    //: Heading: the legs of a task from member to member across regions
    addHeading(TaskDetailsPanel::tr("Route"));
    std::size_t nextHandoff = 0;
    for (const RouteSegment &segment : route.segments) {
        while (nextHandoff < route.handoffs.size()
               && route.handoffs[nextHandoff].at <= segment.interval.start) {
            addHandoff(task, route, nextHandoff);
            ++nextHandoff;
        }
        layout->addWidget(addLabel(segmentText(document->plan(), segment, reference, clock)));
    }
}

// Handoff `index` of the route in a frame: what passes, and its note.
void TaskDetailsPanel::Private::addHandoff(const Task &task,
                                           const TaskRoute &route,
                                           std::size_t index)
{
    auto *box = new QFrame(content);
    box->setFrameShape(QFrame::StyledPanel);
    auto *boxLayout = new QVBoxLayout(box);
    const RouteHandoff &handoff = route.handoffs[index];
    QLabel *label = addLabel(routeHandoffText(document->plan(),
                                              route,
                                              index,
                                              regionHandoff(document->routeHandoffs(), handoff),
                                              reference,
                                              clock),
                             box);
    boxLayout->addWidget(label);
    const int number = int(index) + 1;
    auto *note = new NoteEditor(
        QString::fromStdString(std::string(handoffNote(task, number))),
        [this, id = task.id, number](const QString &text) {
            emit q->handoffNoteEdited(id, number, text);
        },
        box);
    note->setObjectName(QStringLiteral("handoffNote%1").arg(number));
    //: Accessible name of the note field for one handoff of the task; %1 is the handoff's number
    note->setAccessibleName(TaskDetailsPanel::tr("Note on handoff %1").arg(number));
    note->setReadOnly(document->isReadOnly());
    notes.push_back(note);
    boxLayout->addWidget(note);
    layout->addWidget(box);
}

TaskDetailsPanel::TaskDetailsPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->document = document;
    d->scroll = new QScrollArea(this);
    d->scroll->setWidgetResizable(true);
    d->scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->scroll);
    connect(document, &PlanDocument::planChanged, this, [this] {
        d->rebuild();
    });
    d->rebuild();
}

TaskDetailsPanel::~TaskDetailsPanel() = default;

void TaskDetailsPanel::setReferenceZone(const TimeZone &zone)
{
    d->reference = zone;
    d->rebuild();
}

void TaskDetailsPanel::setClockStyle(ClockStyle style)
{
    d->clock = style;
    d->rebuild();
}

std::string TaskDetailsPanel::task() const
{
    return d->taskId;
}

QString TaskDetailsPanel::noteTemplate()
{
    //: Template for a new handoff note: keep the line breaks; translate the four headings
    return tr("Done: \nNext: \nBlockers: \nLinks: ");
}

QStringList TaskDetailsPanel::lines() const
{
    QStringList lines;
    for (const QLabel *label : d->labels)
        lines << label->text();
    return lines;
}

QPlainTextEdit *TaskDetailsPanel::noteEditor(int number) const
{
    return number >= 1 && std::size_t(number) <= d->notes.size() ? d->notes[std::size_t(number) - 1]
                                                                 : nullptr;
}

void TaskDetailsPanel::showTask(const std::string &id)
{
    if (id == d->taskId)
        return;
    d->taskId = id;
    d->rebuild();
}

} // namespace sunrelay::gui
