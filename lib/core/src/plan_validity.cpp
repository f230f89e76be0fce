#include "sunrelay/core/plan_validity.h"

#include "sunrelay/core/plan_limits.h"
#include "sunrelay/core/text_validity.h"

namespace sunrelay
{

namespace
{

struct Finding {
    PlanProblemKind kind;
    std::string detail;
};

std::optional<Finding> textFinding(const std::string &text, TextKind kind, std::size_t limit)
{
    if (text.size() > limit)
        return Finding{PlanProblemKind::TooLong,
                       "must be at most " + std::to_string(limit) + " bytes long (it is "
                           + std::to_string(text.size()) + ")"};
    if (const auto problem = findTextProblem(text, kind))
        return Finding{PlanProblemKind::InvalidText, describe(*problem)};
    return std::nullopt;
}

std::optional<std::string> textProblem(const std::string &text, TextKind kind, std::size_t limit)
{
    if (auto finding = textFinding(text, kind, limit))
        return std::move(finding->detail);
    return std::nullopt;
}

// Collects the first problem; each check is skipped once one is found.
class Checker
{
public:
    bool found() const { return m_problem.has_value(); }
    std::optional<PlanProblem> take() { return std::move(m_problem); }

    void at(PlanPart part, std::size_t index, const std::string &id, std::size_t item = 0)
    {
        m_part = part;
        m_index = index;
        m_id = id;
        m_item = item;
    }
    void problem(const char *field, std::optional<Finding> finding)
    {
        if (!m_problem && finding)
            m_problem = PlanProblem{finding->kind,
                                    m_part,
                                    m_index,
                                    m_id,
                                    m_item,
                                    field,
                                    std::move(finding->detail)};
    }
    void count(const char *field, std::string_view what, std::size_t count, std::size_t limit)
    {
        if (auto detail = checkCount(what, count, limit))
            problem(field, Finding{PlanProblemKind::TooMany, std::move(*detail)});
    }
    void text(const char *field, const std::string &text, TextKind kind, std::size_t limit)
    {
        problem(field, textFinding(text, kind, limit));
    }
    void day(const char *field, LocalDate day)
    {
        if (!isPlanDate(day))
            problem(field, Finding{PlanProblemKind::OutOfRange, planDateRangeRule()});
    }
    void instant(const char *field, const std::optional<Instant> &instant)
    {
        if (instant && !isPlanInstant(*instant))
            problem(field, Finding{PlanProblemKind::OutOfRange, planDateRangeRule()});
    }

private:
    std::optional<PlanProblem> m_problem;
    PlanPart m_part = PlanPart::Plan;
    std::size_t m_index = 0;
    std::string m_id;
    std::size_t m_item = 0;
};

std::string ofQuoted(std::string_view kind, const std::string &id)
{
    return std::string(kind) + " \"" + id + "\"";
}

} // namespace

std::optional<std::string> idProblem(const std::string &id)
{
    return textProblem(id, TextKind::SingleLine, maxIdBytes);
}

std::optional<std::string> nameProblem(const std::string &name)
{
    return textProblem(name, TextKind::SingleLine, maxNameBytes);
}

std::optional<std::string> noteProblem(const std::string &note)
{
    return textProblem(note, TextKind::MultiLine, maxNoteBytes);
}

namespace
{

void checkRegion(Checker &check, const Region &region, std::size_t r)
{
    check.at(PlanPart::Region, r, region.id);
    check.text("id", region.id, TextKind::SingleLine, maxIdBytes);
    check.text("name", region.name, TextKind::SingleLine, maxNameBytes);
    check.text("color", region.color, TextKind::SingleLine, maxNameBytes);
    check.count("holidays",
                "holidays of " + ofQuoted("region", region.id),
                region.holidays.size(),
                maxHolidaysPerRegion);
    for (std::size_t h = 0; h < region.holidays.size() && !check.found(); ++h) {
        check.at(PlanPart::Holiday, r, region.id, h);
        check.day("date", region.holidays[h].date);
        check.text("name", region.holidays[h].name, TextKind::SingleLine, maxNameBytes);
    }
}

void checkMember(Checker &check, const Member &member, std::size_t m)
{
    check.at(PlanPart::Member, m, member.id);
    check.text("id", member.id, TextKind::SingleLine, maxIdBytes);
    check.text("name", member.name, TextKind::SingleLine, maxNameBytes);
    check.count("work", "working-hour ranges", member.work.ranges.size(), maxRangesPerPattern);
    check.count("deepWork", "deep-work ranges", member.deepWork.ranges.size(), maxRangesPerPattern);
    check.count("comms", "comms-window ranges", member.comms.ranges.size(), maxRangesPerPattern);
    check.count("timeOff", "time-off ranges", member.timeOff.size(), maxTimeOffPerMember);
    check.count("busy", "busy times", member.busy.size(), maxBusyTimesPerMember);
    for (std::size_t t = 0; t < member.timeOff.size() && !check.found(); ++t) {
        check.at(PlanPart::TimeOff, m, member.id, t);
        check.day("from", member.timeOff[t].from);
        check.day("to", member.timeOff[t].to);
    }
    for (std::size_t b = 0; b < member.busy.size() && !check.found(); ++b) {
        const BusyTime &busy = member.busy[b];
        check.at(PlanPart::BusyTime, m, member.id, b);
        check.instant("start", busy.interval.start);
        check.instant("end", busy.interval.end);
        check.text("summary", busy.summary, TextKind::MultiLine, maxImportedTextBytes);
        check.text("sourceUid", busy.sourceUid, TextKind::SingleLine, maxImportedTextBytes);
    }
}

void checkTask(Checker &check, const Task &task, std::size_t i)
{
    check.at(PlanPart::Task, i, task.id);
    check.text("id", task.id, TextKind::SingleLine, maxIdBytes);
    check.text("title", task.title, TextKind::SingleLine, maxNameBytes);
    check.text("notes", task.notes, TextKind::MultiLine, maxNoteBytes);
    check.instant("start", task.start);
    check.instant("deadline", task.deadline);
    check.count("handoffNotes", "handoff notes", task.handoffNotes.size(), maxHandoffNotesPerTask);
    for (const auto &[number, note] : task.handoffNotes) {
        if (check.found())
            break;
        check.at(PlanPart::HandoffNote, i, task.id, static_cast<std::size_t>(number));
        check.text("note", note, TextKind::MultiLine, maxNoteBytes);
    }
}

} // namespace

std::optional<PlanProblem> findRegionProblem(const Region &region, std::size_t index)
{
    Checker check;
    checkRegion(check, region, index);
    return check.take();
}

std::optional<PlanProblem> findMemberProblem(const Member &member, std::size_t index)
{
    Checker check;
    checkMember(check, member, index);
    return check.take();
}

std::optional<PlanProblem> findTaskProblem(const Task &task, std::size_t index)
{
    Checker check;
    checkTask(check, task, index);
    return check.take();
}

std::optional<PlanProblem> findPlanProblem(const Plan &plan)
{
    Checker check;
    check.at(PlanPart::Plan, 0, {});
    check.text("name", plan.name, TextKind::SingleLine, maxNameBytes);
    check.count("regions", "regions", plan.regions.size(), maxRegions);
    check.count("members", "members", plan.members.size(), maxMembers);
    check.count("tasks", "tasks", plan.tasks.size(), maxTasks);
    for (std::size_t r = 0; r < plan.regions.size() && !check.found(); ++r)
        checkRegion(check, plan.regions[r], r);
    for (std::size_t m = 0; m < plan.members.size() && !check.found(); ++m)
        checkMember(check, plan.members[m], m);
    for (std::size_t t = 0; t < plan.tasks.size() && !check.found(); ++t)
        checkTask(check, plan.tasks[t], t);
    return check.take();
}

} // namespace sunrelay
