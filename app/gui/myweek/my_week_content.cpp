#include "gui/myweek/my_week_content.h"

#include "shared/date_patterns.h"

#include "gui/tasks/route_text.h"
#include "gui/text/qt_dates.h"

#include "sunrelay/core/local_time.h"
#include "sunrelay/core/schedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace sunrelay::gui
{

namespace
{

class MyWeekWords
{
    Q_DECLARE_TR_FUNCTIONS(MyWeek)
};

QString name(const std::string &text)
{
    return QString::fromStdString(text);
}

QString regionName(const Plan &plan, std::size_t region)
{
    return name(plan.regions.at(region).name);
}

QColor colourOf(const Plan &plan, const Member &member)
{
    if (const auto region = plan.regionIndex(member.region)) {
        const QColor colour(name(plan.regions[*region].color));
        if (colour.isValid())
            return colour;
    }
    return QColor(0x70, 0x80, 0x90);
}

// "Wednesday": the weekday of a local date, in full.
QString weekdayName(LocalDate day)
{
    const date::weekday weekday{day};
    return QLocale().dayName(int(weekday.iso_encoding()), QLocale::LongFormat);
}

QString isoDate(LocalDate day)
{
    return name(date::format("%F", day));
}

class ContentBuilder
{
public:
    ContentBuilder(const Plan &plan,
                   const PlanRoutes &routes,
                   std::size_t member,
                   MyWeekContent &content)
        : m_plan(plan)
        , m_routes(routes)
        , m_m(member)
        , m_member(plan.members[member])
        , m_region(plan.regionIndex(m_member.region))
        , m_content(content)
    {
        m_schedule = computeSchedule(plan, withMargin(content.week()));
        m_handoffs = computeHandoffs(plan, m_schedule);
    }

    void patterns();
    void daysOff();
    void busyTimes();
    void tasks();
    void handoffs();
    void conflicts();
    void score();

private:
    // Adds `whole` once per day column it shares time with (an instant: to
    // the day holding it).
    void add(WeekBlockKind kind,
             const Interval &whole,
             const QString &caption,
             const QString &tooltip,
             const WeekBlock &extra = {});
    QString span(const Interval &interval) const
    {
        return localSpanText(interval, m_content.zone, m_content.clock);
    }
    QString clock(Instant t) const { return clockText(t, m_content.zone, m_content.clock); }
    // "Nia Johnson 11:00 New York", for up to three members of `region`
    // working at `t` (or just before it: those who stop then).
    QString sideText(std::size_t region, Instant t, bool stopping) const;

    const Plan &m_plan;
    const PlanRoutes &m_routes;
    std::size_t m_m;
    const Member &m_member;
    std::optional<std::size_t> m_region;
    MyWeekContent &m_content;
    TeamSchedule m_schedule;
    std::vector<Handoff> m_handoffs;
};

void ContentBuilder::add(WeekBlockKind kind,
                         const Interval &whole,
                         const QString &caption,
                         const QString &tooltip,
                         const WeekBlock &extra)
{
    const bool isInstant = whole.isEmpty();
    for (std::size_t d = 0; d < m_content.days.size(); ++d) {
        const Interval &day = m_content.days[d].span;
        if (isInstant ? !day.contains(whole.start) : !whole.intersects(day))
            continue;
        WeekBlock block = extra;
        block.kind = kind;
        block.day = int(d);
        block.interval = isInstant ? whole : intersection(whole, day);
        block.whole = whole;
        block.label = isInstant ? clock(whole.start) : span(whole);
        block.caption = caption;
        block.tooltip = tooltip;
        m_content.blocks.push_back(std::move(block));
    }
}

void ContentBuilder::patterns()
{
    const MemberSchedule &schedule = m_schedule.members[m_m];
    const Interval week = m_content.week();
    for (const Interval &work : schedule.work.intersecting(week)) {
        //: My Week: description of a working-hours block; %1 is its time span, e.g. "09:00–17:00"
        const QString description = MyWeekWords::tr("Working hours %1").arg(span(work));
        add(WeekBlockKind::Work, work, {}, description);
    }
    for (const Interval &deep : schedule.deepWork.intersecting(week))
        add(WeekBlockKind::DeepWork,
            deep,
            //: My Week: label of a block of protected, meeting-free focus time
            MyWeekWords::tr("Deep work"),
            MyWeekWords::tr("Protected deep work %1 (%2)")
                .arg(span(deep), durationText(deep.length())));
    for (const Interval &comms : schedule.comms.intersecting(week))
        add(WeekBlockKind::Comms,
            comms,
            //: Short for comms window: a fixed time for messages and calls
            MyWeekWords::tr("Comms"),
            //: My Week: description of a comms window block; %1 is its time span, e.g.
            //: "09:00–10:00"
            MyWeekWords::tr("Comms window %1").arg(span(comms)));
}

void ContentBuilder::daysOff()
{
    for (const WeekDay &day : m_content.days) {
        for (const DateRange &off : m_member.timeOff)
            if (off.contains(day.date)) {
                //: My Week: label of a day the member is off (holiday, leave)
                add(WeekBlockKind::TimeOff,
                    day.span,
                    MyWeekWords::tr("Time off"),
                    MyWeekWords::tr("Time off (%1 to %2)").arg(isoDate(off.from), isoDate(off.to)));
                break;
            }
        if (!m_region)
            continue;
        for (const Holiday &holiday : m_plan.regions[*m_region].holidays)
            if (holiday.date == day.date)
                add(WeekBlockKind::Holiday,
                    day.span,
                    name(holiday.name),
                    MyWeekWords::tr("%1: public holiday in %2")
                        .arg(name(holiday.name), regionName(m_plan, *m_region)));
    }
}

void ContentBuilder::busyTimes()
{
    for (const BusyTime &busy : m_member.busy)
        if (busy.interval.intersects(m_content.week()))
            add(WeekBlockKind::Busy,
                busy.interval,
                name(busy.summary),
                MyWeekWords::tr("%1 %2 (busy, from your calendar)")
                    .arg(span(busy.interval), name(busy.summary)));
}

void ContentBuilder::tasks()
{
    for (const TaskRoute &route : m_routes.routes)
        for (const RouteSegment &segment : route.segments) {
            if (segment.member != m_m || !segment.interval.intersects(m_content.week()))
                continue;
            const Task &task = m_plan.tasks[route.task];
            WeekBlock extra;
            extra.taskId = task.id;
            add(WeekBlockKind::Task,
                segment.interval,
                name(task.id),
                //: My Week: description of a task's block: %1 is the task's id, %2 its title, and
                //: on the next line %3 when and where the task runs
                MyWeekWords::tr("%1 %2\n%3")
                    .arg(name(task.id),
                         name(task.title),
                         segmentText(m_plan, segment, TimeZone::utc(), m_content.clock)),
                extra);
        }
}

QString ContentBuilder::sideText(std::size_t region, Instant t, bool stopping) const
{
    QStringList people;
    for (const std::size_t m : m_schedule.regionMembers[region]) {
        const IntervalSet &work = m_schedule.members[m].work;
        if (stopping ? !work.contains(t - Seconds{1}) : !work.contains(t))
            continue;
        const Member &member = m_plan.members[m];
        //: A member, their local time and their city: "Ana 09:00 São Paulo"
        people << MyWeekWords::tr("%1 %2 %3")
                      .arg(name(member.name),
                           clockText(t, member.zone, m_content.clock),
                           zoneCity(member.zone));
        if (people.size() == 3)
            break;
    }
    return people.join(QStringLiteral(", "));
}

void ContentBuilder::handoffs()
{
    if (!m_region)
        return;
    const MemberSchedule &mine = m_schedule.members[m_m];
    for (const Handoff &handoff : m_handoffs) {
        const bool outgoing =
            handoff.from == *m_region && mine.work.contains(handoff.at - Seconds{1});
        const bool incoming = handoff.to == *m_region && mine.work.contains(handoff.pickup);
        if (!outgoing && !incoming)
            continue;
        QStringList lines;
        //: My Week: first line of a handoff's description; %1 is the region handing off, %2 the one
        //: taking over
        lines << MyWeekWords::tr("Handoff %1 → %2")
                     .arg(regionName(m_plan, handoff.from), regionName(m_plan, handoff.to));
        if (outgoing) {
            const QString receivers = sideText(handoff.to, handoff.pickup, false);
            //: The receiving members of a handoff, in brackets after the sentence
            const QString bracketed = MyWeekWords::tr("(%1)").arg(receivers);
            lines << MyWeekWords::tr("You pass on at %1; %2 picks up %3")
                         .arg(clock(handoff.at),
                              regionName(m_plan, handoff.to),
                              receivers.isEmpty()
                                  ? dateTimeText(handoff.pickup, m_content.zone, m_content.clock)
                                  : bracketed);
        } else {
            const QString senders = sideText(handoff.from, handoff.at, true);
            //: The sending members of a handoff, in brackets after the sentence
            const QString bracketed = MyWeekWords::tr("(%1)").arg(senders);
            lines << MyWeekWords::tr("You pick up at %1; %2 stops %3")
                         .arg(clock(handoff.pickup),
                              regionName(m_plan, handoff.from),
                              senders.isEmpty()
                                  ? dateTimeText(handoff.at, m_content.zone, m_content.clock)
                                  : bracketed);
        }
        if (handoff.kind == HandoffKind::Gap)
            lines << MyWeekWords::tr("Waits %1 in a gap").arg(durationText(handoff.wait));
        if (handoff.syncSlot) {
            // In both people's local times: the other side's first member
            // working then.
            const std::size_t other = outgoing ? handoff.to : handoff.from;
            QString there;
            for (const std::size_t m : m_schedule.regionMembers[other])
                if (m_schedule.members[m].work.contains(handoff.syncSlot->start)) {
                    const Member &member = m_plan.members[m];
                    //: A member, the sync slot in their local time and their city: "Ana
                    //: 13:00–13:15 São Paulo"
                    there = MyWeekWords::tr("%1 %2 %3")
                                .arg(name(member.name),
                                     localSpanText(*handoff.syncSlot, member.zone, m_content.clock),
                                     zoneCity(member.zone));
                    break;
                }
            //: My Week: the handoff's live sync meeting; %1 is its time span
            lines << (there.isEmpty() ? MyWeekWords::tr("Sync slot %1").arg(span(*handoff.syncSlot))
                                      : MyWeekWords::tr("Sync slot %1 here · %2")
                                            .arg(span(*handoff.syncSlot), there));
        } else if (handoff.kind == HandoffKind::Overlap)
            lines << MyWeekWords::tr("Async only: a written note");
        const QString passed = tasksPassedText(m_plan, m_routes.routes, handoff);
        if (!passed.isEmpty())
            lines << passed;
        if (outgoing)
            add(WeekBlockKind::HandoffOut,
                {handoff.at, handoff.at},
                //: My Week: label of an outgoing handoff; %1 is the region taking the work over
                MyWeekWords::tr("→ %1").arg(regionName(m_plan, handoff.to)),
                lines.join(u'\n'));
        if (incoming)
            add(WeekBlockKind::HandoffIn,
                {handoff.pickup, handoff.pickup},
                //: My Week: label of an incoming handoff; %1 is the region handing the work over
                MyWeekWords::tr("← %1").arg(regionName(m_plan, handoff.from)),
                lines.join(u'\n'));
    }
}

void ContentBuilder::conflicts()
{
    for (const Conflict &conflict :
         findConflicts(m_plan, m_schedule, m_handoffs, m_content.week())) {
        if (conflict.member != m_m)
            continue;
        WeekBlock extra;
        extra.severity = conflict.severity;
        // Marked where it starts (in the week), as long as it lasts.
        Interval whole = conflict.interval;
        whole.start = std::max(whole.start, m_content.week().start);
        if (whole.isEmpty())
            continue;
        add(WeekBlockKind::Conflict, whole, {}, conflictExplanation(m_plan, conflict), extra);
    }
}

void ContentBuilder::score()
{
    m_content.score = makerScore(m_plan,
                                 m_schedule,
                                 m_handoffs,
                                 m_m,
                                 m_content.days.front().date,
                                 int(m_content.days.size()));
    for (std::size_t d = 0; d < m_content.days.size(); ++d)
        m_content.days[d].maker = m_content.score.days[d];
    m_content.verdict = makerVerdict(m_plan, m_content);
}

} // namespace

Interval MyWeekContent::week() const
{
    if (days.empty())
        return {};
    return {days.front().span.start, days.back().span.end};
}

std::vector<WeekBlock> MyWeekContent::blocksOf(WeekBlockKind kind) const
{
    std::vector<WeekBlock> found;
    std::copy_if(blocks.begin(),
                 blocks.end(),
                 std::back_inserter(found),
                 [kind](const WeekBlock &block) {
                     return block.kind == kind;
                 });
    return found;
}

LocalDate weekStartOf(LocalDate day, Qt::DayOfWeek firstDayOfWeek)
{
    const unsigned iso = date::weekday{day}.iso_encoding(); // 1 = Monday
    const int back = (int(iso) - int(firstDayOfWeek) + 7) % 7;
    return day - date::days{back};
}

QString localSpanText(const Interval &interval, const TimeZone &zone, ClockStyle clock)
{
    //: A span of clock times: "09:00–12:00"
    return MyWeekWords::tr("%1–%2").arg(clockText(interval.start, zone, clock),
                                        clockText(interval.end, zone, clock));
}

MyWeekContent buildMyWeek(const Plan &plan,
                          const PlanRoutes &routes,
                          std::size_t member,
                          LocalDate firstDay,
                          ClockStyle clock)
{
    const Member &who = plan.members.at(member);
    MyWeekContent content;
    content.memberId = who.id;
    content.memberName = name(who.name);
    content.zone = who.zone;
    content.regionColour = colourOf(plan, who);
    content.clock = clock;
    for (int d = 0; d < 7; ++d) {
        WeekDay day;
        day.date = firstDay + date::days{d};
        // The DST rule for a midnight a clock change skips (DESIGN.md).
        day.span = {resolveLocalTime(who.zone, LocalTime{day.date}).instant,
                    resolveLocalTime(who.zone, LocalTime{day.date + date::days{1}}).instant};
        day.title = dayText(day.span.start, who.zone);
        content.days.push_back(std::move(day));
    }
    const QDate first = toQDate(firstDay);
    const QDate last = first.addDays(6);
    //: My Week title: %1 member's name, %2 first day, %3 last day, %4 the member's IANA zone
    content.title = MyWeekWords::tr("%1 — %2 to %3 (%4)")
                        .arg(content.memberName,
                             apptext::dateText(first, apptext::DateParts::DayMonth),
                             apptext::dateText(last, apptext::DateParts::DayMonthYear),
                             name(who.zone.name()));

    ContentBuilder builder(plan, routes, member, content);
    builder.daysOff();
    builder.patterns();
    builder.busyTimes();
    builder.tasks();
    builder.handoffs();
    builder.conflicts();
    builder.score();
    std::stable_sort(content.blocks.begin(),
                     content.blocks.end(),
                     [](const WeekBlock &a, const WeekBlock &b) {
                         return std::tuple(a.kind, a.day, a.interval.start)
                             < std::tuple(b.kind, b.day, b.interval.start);
                     });
    return content;
}

QString makerVerdict(const Plan &plan, const MyWeekContent &content)
{
    const MakerScore &score = content.score;
    //: My Week: summary when the member has no workdays in the week shown
    if (score.workdays == 0)
        return MyWeekWords::tr("No workdays this week");
    QString verdict = MyWeekWords::tr("%1 of %n day(s) protected", nullptr, score.workdays)
                          .arg(score.protectedWorkdays);
    const auto open = std::find_if(score.days.begin(), score.days.end(), [](const MakerDay &day) {
        return day.isWorkday && !day.isProtected;
    });
    if (open == score.days.end())
        return verdict;
    const QString day = weekdayName(open->date);
    if (!open->firstCut)
        return MyWeekWords::tr("%1; %2 has no deep-work block of %3")
            .arg(verdict, day, durationText(plan.policy.deepWorkMinimum));
    const QString at = clockText(open->firstCut->interval.start, content.zone, content.clock);
    QString cut;
    switch (open->firstCut->kind) {
    case CutKind::Meeting:
        cut = MyWeekWords::tr("%1's block is cut by a %2 meeting").arg(day, at);
        break;
    case CutKind::Comms:
        cut = MyWeekWords::tr("%1's block is cut by the %2 comms window").arg(day, at);
        break;
    case CutKind::SyncSlot:
        cut = MyWeekWords::tr("%1's block is cut by the %2 sync slot").arg(day, at);
        break;
    case CutKind::Pickup:
        cut = MyWeekWords::tr("%1's block is cut by a %2 handoff pickup").arg(day, at);
        break;
    }
    //: The maker-score verdict and what cuts into deep work, one after the other
    return MyWeekWords::tr("%1; %2").arg(verdict, cut);
}

QString conflictExplanation(const Plan &plan, const Conflict &conflict)
{
    const QString length = durationText(conflict.interval.length());
    switch (conflict.kind) {
    case ConflictKind::SyncSlotInDeepWork:
        return MyWeekWords::tr("The sync slot falls inside your deep-work block.");
    case ConflictKind::PickupInDeepWork:
        return MyWeekWords::tr(
            "A handoff is picked up during your deep-work block, and nobody "
            "else on your side is free then.");
    case ConflictKind::ShortDeepWork:
        return MyWeekWords::tr("No deep-work block of at least %1 on this workday.")
            .arg(durationText(plan.policy.deepWorkMinimum));
    case ConflictKind::CommsInDeepWork:
        return MyWeekWords::tr("A comms window cuts %1 into a deep-work block.").arg(length);
    case ConflictKind::DeepWorkOutsideHours:
        return MyWeekWords::tr("%1 of deep work outside working hours.").arg(length);
    case ConflictKind::LongGap:
        return MyWeekWords::tr("Nobody covers for %1 (the limit is %2).")
            .arg(length, durationText(plan.policy.gapLimit));
    case ConflictKind::MeetingInDeepWork:
        return MyWeekWords::tr("A meeting from your calendar cuts %1 into a deep-work block.")
            .arg(length);
    }
    return {};
}

} // namespace sunrelay::gui
