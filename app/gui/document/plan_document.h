#pragma once

// PlanDocument: the open plan as the GUI sees it. It owns the plan file
// (store::PlanStore, where every edit is saved at once) and the undo stack,
// and turns user intentions into undo commands: one command per intention,
// holding the values before and after, so undo and redo replay store edits.
// It computes nothing itself: views ask core for what they show.
//
// Example:
//   auto document = PlanDocument::open(path, store::OpenMode::ReadWrite);
//   document.value()->changeMember(editedMember, PlanDocument::tr("Edit member"));
//   document.value()->undoStack()->undo();   // the file has the old member again

#include "sunrelay/core/expected.h"
#include "sunrelay/core/plan.h"
#include "sunrelay/core/route_cache.h"
#include "sunrelay/core/routing.h"
#include "sunrelay/store/plan_store.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>

class QUndoStack;

namespace sunrelay::gui
{

class PlanDocument : public QObject
{
    Q_OBJECT

public:
    using Opened = Expected<std::unique_ptr<PlanDocument>, store::StoreError>;
    static Opened open(const QString &path, store::OpenMode mode);
    static Opened create(const QString &path, const Plan &plan);
    // For a plan another program holds open for editing (Locked): copies
    // the file and its write-ahead log (the edits not folded back yet) to
    // `copyPath`, folds them together there and opens that copy read-only.
    // The original is only read. Fails if `copyPath` exists.
    static Opened openCopy(const QString &path, const QString &copyPath);
    ~PlanDocument() override;

    const Plan &plan() const;
    QString filePath() const;
    bool isReadOnly() const;
    QUndoStack *undoStack() const;

    // A fresh stable id for an entity made in the app.
    static std::string newId();

    // User intentions. Each is one undo step; a failure leaves everything as
    // it was and is reported through editFailed().
    void setPlanName(const QString &name);
    void setPolicy(const Policy &policy);
    // Renaming the region right after adding it (the name editor Add opens)
    // merges into the one step "Add region <new name>".
    void addRegion(const Region &region);
    // Takes back adding region `id` when that is the last step (Escape in
    // the name editor Add opens: naming is part of adding): the region goes
    // and the step with it, leaving nothing to redo. False if the last step
    // is another.
    bool discardAddedRegion(const std::string &id);
    // One step named by what changed: "Rename region EMEA to Europe",
    // "Change colour of EMEA", otherwise "Edit region <name>".
    void changeRegion(const Region &region);
    void moveRegion(const std::string &id, std::size_t position);
    void removeRegion(const std::string &id);
    void addMember(const Member &member);
    // `text` names the step in Edit > Undo, e.g. "Move deep work".
    void changeMember(const Member &member, const QString &text);
    // Names the step from what changed (memberEditText()).
    void changeMember(const Member &member);
    void removeMember(const std::string &id);
    void addTask(const Task &task);
    void changeTask(const Task &task, const QString &text);
    void removeTask(const std::string &id);
    // Drops task `id` onto the timeline: it starts in `regionId` at `start`
    // (placing a backlog task and moving a placed one alike). `text` names the
    // step, e.g. "Place T-3 in EMEA at Tue 09:00": the window knows the zone
    // and clock the user reads times in.
    void placeTask(const std::string &id,
                   const std::string &regionId,
                   Instant start,
                   const QString &text);
    // Back to the backlog: "Unplace T-3".
    void unplaceTask(const std::string &id);
    // An import from a calendar file: all the busy times of member `id`
    // (holidays of region `id`) become `busy` (`holidays`), as the store's
    // replaceBusyTimes()/replaceHolidays() do; one step named by `text`, e.g.
    // "Import busy time of Anna". Emits memberChanged (regionChanged).
    void replaceBusyTimes(const std::string &id, std::vector<BusyTime> busy, const QString &text);
    void replaceHolidays(const std::string &id, std::vector<Holiday> holidays, const QString &text);

    // The placed tasks routed over the plan (routing.h), for the plan as it
    // is now: brought up to date when first asked for after a change,
    // re-routing only what the change can have moved (route_cache.h).
    const PlanRoutes &routes() const;
    // The schedule and handoffs the routes were computed on (nullptr and
    // empty when no task is placed); valid until the next change.
    const TeamSchedule *routeSchedule() const;
    const std::vector<Handoff> &routeHandoffs() const;
    // The route of task `id`, if it is placed.
    const TaskRoute *routeOf(const std::string &id) const;

    // The Edit > Undo name of changing `before` into `after`: "Rename Anna to
    // Ann", "Move Anna to APAC", "Change time zone of Anna", "Change the week
    // of Anna", "Change time off of Anna"; "Edit <name>" for several at once.
    static QString memberEditText(const Plan &plan, const Member &before, const Member &after);

    // Copies the plan with SQLite's backup API and goes on editing the copy.
    // The undo history stays: it refers to ids, not to the file.
    std::optional<store::StoreError> saveAs(const QString &path);

signals:
    // What changed, for models that update rows instead of resetting
    // (kcalendarcore's calendarIncidenceAdded/Changed/Deleted). Each is
    // emitted once, after plan() has changed, for the edit, its undo and its
    // redo alike: undoing an add emits the matching removal, and so on.
    // Positions are indices in plan().regions, .members or .tasks; several
    // signals of one step are emitted in the order that keeps each position
    // right when applied one after another to the plan as it was:
    //  - removing a region: memberRemoved for each of its members (last
    //    first), taskChanged + taskPlaced for each task it unplaces, then
    //    regionRemoved; its undo: regionAdded, memberAdded for each member
    //    (first first), taskChanged + taskPlaced for each task;
    //  - a macro (an import) emits the signals of each of its steps;
    //  - an edit that cannot say what it changed (a store error part way
    //    through an undo) emits planReset() instead: reread everything.
    // Moving a member to another region is memberChanged; changing a task's
    // start or starting region is taskChanged and then taskPlaced.
    void planNameChanged();
    void policyChanged();
    void regionAdded(const std::string &id, std::size_t position);
    void regionChanged(const std::string &id);
    void regionMoved(const std::string &id, std::size_t from, std::size_t to);
    void regionRemoved(const std::string &id, std::size_t position);
    void memberAdded(const std::string &id, std::size_t position);
    void memberChanged(const std::string &id);
    void memberRemoved(const std::string &id, std::size_t position);
    void taskAdded(const std::string &id, std::size_t position);
    void taskChanged(const std::string &id);
    void taskPlaced(const std::string &id);
    void taskRemoved(const std::string &id, std::size_t position);
    void planReset();
    // After every change of plan(), by an edit, undo or redo, following the
    // finer signals above: the catch-all for views that redraw everything
    // (the timeline, routes()).
    void planChanged();
    void filePathChanged();
    void editFailed(const QString &message);

private:
    using Edit = std::function<store::PlanStore::EditError(store::PlanStore &)>;
    // Emits the finer signals of one applied edit (see signals above).
    using Announce = std::function<void(PlanDocument &)>;
    // A store edit and what it tells the views once it is made. No
    // announcement means planReset().
    struct Step {
        Edit edit;
        Announce announce;
    };
    // What a step does to a region's name, so renaming a just-added region
    // merges into adding it (Command::mergeWith()).
    struct Naming {
        enum class Kind {
            None,
            Added,
            Renamed
        };
        Kind kind = Kind::None;
        Region region{}; // as added or renamed to
        std::size_t position = 0; // where it was added
    };
    explicit PlanDocument(store::PlanStore store);
    // Applies `redo` now; if the file took it, pushes it with `undo` as one step.
    void push(const QString &text, Step redo, Step undo);
    void push(const QString &text, Step redo, Step undo, Naming naming);
    // After a store edit: forget the routes, emit the finer signals (or
    // planReset() when `applied` failed part way), then planChanged().
    void announce(const Announce &announce, bool applied = true);
    void report(const store::StoreError &error);

    class Command;
    friend class Command;
    store::PlanStore m_store;
    QUndoStack *m_undoStack;
    mutable RouteCache m_routeCache;
    mutable bool m_routesStale = true;
};

// The words for a store error: what happened and what the user can do.
QString storeErrorText(const store::StoreError &error);

} // namespace sunrelay::gui
