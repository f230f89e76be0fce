#include "gui/document/plan_document.h"

#include "shared/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>

namespace sunrelay::gui
{

// One user intention: the store edits that do and undo it. The first redo()
// is the edit PlanDocument::push() already made.
//
// Naming a region just added is part of adding it: a rename pushed right
// after the add of the same region (Add opens the name editor) merges into
// that step, so one undo takes the region away and Edit > Undo says
// "Undo Add region LATAM".
class PlanDocument::Command : public QUndoCommand
{
public:
    Command(PlanDocument &document, const QString &text, Step redo, Step undo, Naming naming = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_naming(std::move(naming))
    {
    }

    int id() const override { return m_naming.kind == Naming::Kind::None ? -1 : NamingId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Same id(): `other` is a Command about naming a region too.
        const Naming &next = static_cast<const Command *>(other)->m_naming;
        if (m_naming.kind != Naming::Kind::Added || next.kind != Naming::Kind::Renamed
            || next.region.id != m_naming.region.id)
            return false;
        m_naming.region.name = next.region.name;
        m_redo.edit = [region = m_naming.region,
                       position = m_naming.position](store::PlanStore &s) {
            return s.insertRegion(region, position);
        };
        //: Undo history entry; %1 is the name of the region added
        setText(
            PlanDocument::tr("Add region %1").arg(QString::fromStdString(m_naming.region.name)));
        return true;
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        run(m_redo);
    }
    void undo() override
    {
        run(m_undo);
        // QUndoStack deletes a command that is obsolete after its undo().
        if (m_discard)
            setObsolete(true);
    }

    bool addsRegion(const std::string &id) const
    {
        return m_naming.kind == Naming::Kind::Added && m_naming.region.id == id;
    }
    void discardOnUndo() { m_discard = true; }

private:
    void run(const Step &step)
    {
        const auto error = step.edit(m_document.m_store);
        if (error)
            m_document.report(*error);
        // A step that failed may have done part of its edits (undoing a
        // region's removal re-inserts one row at a time): say "reread".
        m_document.announce(step.announce, !error);
    }

    static constexpr int NamingId = 1;
    PlanDocument &m_document;
    Step m_redo;
    Step m_undo;
    Naming m_naming;
    bool m_applied = true;
    bool m_discard = false;
};

namespace
{
template<typename Entity>
std::optional<std::size_t> positionOf(const std::vector<Entity> &entities, const std::string &id)
{
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].id == id)
            return i;
    return std::nullopt;
}
} // namespace

PlanDocument::PlanDocument(store::PlanStore store)
    : m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    // announce() marks routes stale before any signal, so every receiver
    // sees routes of the plan as it is now.
}

PlanDocument::~PlanDocument() = default;

PlanDocument::Opened PlanDocument::open(const QString &path, store::OpenMode mode)
{
    QElapsedTimer timer;
    timer.start();
    auto store = store::PlanStore::open(path.toStdString(), mode);
    if (!store) {
        qCInfo(lcStore) << "refused" << path << ":" << store.error().message().c_str();
        return store.error();
    }
    qCInfo(lcStore) << "opened" << path
                    << (mode == store::OpenMode::ReadOnly ? "read-only" : "for editing") << "in"
                    << timer.elapsed() << "ms:" << store.value().plan().members.size() << "members,"
                    << store.value().plan().tasks.size() << "tasks";
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(store).value()));
}

PlanDocument::Opened PlanDocument::openCopy(const QString &path, const QString &copyPath)
{
    const auto failed = [&](const QString &what) {
        QFile::remove(copyPath);
        QFile::remove(copyPath + QStringLiteral("-wal"));
        store::StoreError error;
        error.code = store::StoreErrorCode::CannotOpen;
        error.detail = what.toStdString();
        return error;
    };
    if (QFileInfo::exists(copyPath))
        return failed(tr("a file already exists at %1").arg(copyPath));
    if (!QFile::copy(path, copyPath))
        return failed(tr("cannot copy %1 to %2").arg(path, copyPath));
    const QString wal = path + QStringLiteral("-wal");
    //: Why a read-only copy of a plan failed; %1 is the plan's write-ahead log file
    if (QFileInfo::exists(wal) && !QFile::copy(wal, copyPath + QStringLiteral("-wal")))
        return failed(tr("cannot copy %1").arg(wal));
    // Opening the copy for editing folds its log in; closing it leaves one
    // plain file, which then opens read-only like any other.
    {
        auto folded = store::PlanStore::open(copyPath.toStdString(), store::OpenMode::ReadWrite);
        if (!folded) {
            QFile::remove(copyPath);
            QFile::remove(copyPath + QStringLiteral("-wal"));
            return folded.error();
        }
    }
    return open(copyPath, store::OpenMode::ReadOnly);
}

PlanDocument::Opened PlanDocument::create(const QString &path, const Plan &plan)
{
    auto store = store::PlanStore::create(path.toStdString(), plan);
    if (!store) {
        qCInfo(lcStore) << "not created" << path << ":" << store.error().message().c_str();
        return store.error();
    }
    qCInfo(lcStore) << "created" << path;
    return std::unique_ptr<PlanDocument>(new PlanDocument(std::move(store).value()));
}

const Plan &PlanDocument::plan() const
{
    return m_store.plan();
}

QString PlanDocument::filePath() const
{
    return QString::fromStdString(m_store.path().string());
}

bool PlanDocument::isReadOnly() const
{
    return m_store.isReadOnly();
}

QUndoStack *PlanDocument::undoStack() const
{
    return m_undoStack;
}

std::string PlanDocument::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

void PlanDocument::push(const QString &text, Step redo, Step undo)
{
    push(text, std::move(redo), std::move(undo), Naming{});
}

void PlanDocument::push(const QString &text, Step redo, Step undo, Naming naming)
{
    // A single store edit: one that fails changes nothing, and says nothing.
    QElapsedTimer timer;
    timer.start();
    if (auto error = redo.edit(m_store)) {
        qCInfo(lcStore) << "edit refused:" << text << ":" << error->message().c_str();
        report(*error);
        return;
    }
    qCDebug(lcStore) << "edit saved:" << text << "in" << timer.nsecsElapsed() / 1000 << "µs";
    const Announce announced = redo.announce;
    m_undoStack->push(
        new Command(*this, text, std::move(redo), std::move(undo), std::move(naming)));
    announce(announced);
}

void PlanDocument::announce(const Announce &announce, bool applied)
{
    // Before any receiver can ask for routes of the plan as it is now.
    m_routesStale = true;
    if (applied && announce)
        announce(*this);
    else
        emit planReset();
    emit planChanged();
}

void PlanDocument::report(const store::StoreError &error)
{
    emit editFailed(storeErrorText(error));
}

void PlanDocument::setPlanName(const QString &name)
{
    const std::string before = plan().name;
    const std::string after = name.toStdString();
    const Announce renamed = [](PlanDocument &d) {
        emit d.planNameChanged();
    };
    //: Undo history entry for renaming the plan
    push(tr("Rename plan"),
         {[after](store::PlanStore &s) {
              return s.setPlanName(after);
          },
          renamed},
         {[before](store::PlanStore &s) {
              return s.setPlanName(before);
          },
          renamed});
}

void PlanDocument::setPolicy(const Policy &policy)
{
    const Policy before = plan().policy;
    const Announce changed = [](PlanDocument &d) {
        emit d.policyChanged();
    };
    //: Undo history entry for changing the plan's handoff policy
    push(tr("Change policy"),
         {[policy](store::PlanStore &s) {
              return s.setPolicy(policy);
          },
          changed},
         {[before](store::PlanStore &s) {
              return s.setPolicy(before);
          },
          changed});
}

void PlanDocument::addRegion(const Region &region)
{
    const std::size_t position = plan().regions.size();
    const std::string id = region.id;
    push(tr("Add region %1").arg(QString::fromStdString(region.name)),
         {[region, position](store::PlanStore &s) {
              return s.insertRegion(region, position);
          },
          [id, position](PlanDocument &d) {
              emit d.regionAdded(id, position);
          }},
         {[id](store::PlanStore &s) {
              return s.removeRegion(id);
          },
          [id, position](PlanDocument &d) {
              emit d.regionRemoved(id, position);
          }},
         Naming{Naming::Kind::Added, region, position});
}

bool PlanDocument::discardAddedRegion(const std::string &id)
{
    const int top = m_undoStack->index() - 1;
    if (top < 0 || m_undoStack->index() != m_undoStack->count())
        return false;
    // Not a Command: a macro (an import) is on top.
    auto *command = dynamic_cast<const Command *>(m_undoStack->command(top));
    if (!command || !command->addsRegion(id))
        return false;
    // The stack's own command, handed out const.
    const_cast<Command *>(command)->discardOnUndo();
    m_undoStack->undo();
    return true;
}

void PlanDocument::changeRegion(const Region &region)
{
    const auto index = positionOf(plan().regions, region.id);
    if (!index || plan().regions[*index] == region)
        return;
    const Region before = plan().regions[*index];
    const QString name = QString::fromStdString(before.name);
    Region renamed = before;
    renamed.name = region.name;
    Region recoloured = before;
    recoloured.color = region.color;
    QString text;
    Naming naming;
    if (region == renamed) {
        text = tr("Rename region %1 to %2").arg(name, QString::fromStdString(region.name));
        naming = Naming{Naming::Kind::Renamed, region, *index};
    } else if (region == recoloured) {
        //: Undo history entry; %1 is the name of the region recoloured
        text = tr("Change colour of %1").arg(name);
    } else {
        //: Undo history entry; %1 is the name of the region edited
        text = tr("Edit region %1").arg(QString::fromStdString(region.name));
    }
    const Announce changed = [id = region.id](PlanDocument &d) {
        emit d.regionChanged(id);
    };
    push(text,
         {[region](store::PlanStore &s) {
              return s.updateRegion(region);
          },
          changed},
         {[before](store::PlanStore &s) {
              return s.updateRegion(before);
          },
          changed},
         std::move(naming));
}

void PlanDocument::moveRegion(const std::string &id, std::size_t position)
{
    const auto index = positionOf(plan().regions, id);
    if (!index || *index == position)
        return;
    const std::size_t before = *index;
    //: Undo history entry for moving a region up or down the list
    push(tr("Move region"),
         {[id, position](store::PlanStore &s) {
              return s.moveRegion(id, position);
          },
          [id, before, position](PlanDocument &d) {
              emit d.regionMoved(id, before, position);
          }},
         {[id, before](store::PlanStore &s) {
              return s.moveRegion(id, before);
          },
          [id, before, position](PlanDocument &d) {
              emit d.regionMoved(id, position, before);
          }});
}

void PlanDocument::removeRegion(const std::string &id)
{
    const auto index = positionOf(plan().regions, id);
    if (!index)
        return;
    // Removing a region takes its members and unplaces its tasks: undo puts
    // every one of them back where it was.
    const Region region = plan().regions[*index];
    std::vector<std::pair<std::size_t, Member>> members;
    for (std::size_t i = 0; i < plan().members.size(); ++i)
        if (plan().members[i].region == id)
            members.emplace_back(i, plan().members[i]);
    std::vector<Task> tasks;
    for (const Task &task : plan().tasks)
        if (task.region == id)
            tasks.push_back(task);
    const std::size_t position = *index;
    // Members last first, so each position is right as the rows go one by one.
    const Announce removed = [id, position, members, tasks](PlanDocument &d) {
        for (auto member = members.rbegin(); member != members.rend(); ++member)
            emit d.memberRemoved(member->second.id, member->first);
        for (const Task &task : tasks) {
            emit d.taskChanged(task.id);
            emit d.taskPlaced(task.id);
        }
        emit d.regionRemoved(id, position);
    };
    const Announce restored = [id, position, members, tasks](PlanDocument &d) {
        emit d.regionAdded(id, position);
        for (const auto &[memberPosition, member] : members)
            emit d.memberAdded(member.id, memberPosition);
        for (const Task &task : tasks) {
            emit d.taskChanged(task.id);
            emit d.taskPlaced(task.id);
        }
    };
    //: Undo history entry; %1 is the name of the region deleted
    push(tr("Delete region %1").arg(QString::fromStdString(region.name)),
         {[id](store::PlanStore &s) {
              return s.removeRegion(id);
          },
          removed},
         {[region, position, members, tasks](store::PlanStore &s) {
              if (auto error = s.insertRegion(region, position))
                  return error;
              for (const auto &[memberPosition, member] : members)
                  if (auto error = s.insertMember(member, memberPosition))
                      return error;
              for (const Task &task : tasks)
                  if (auto error = s.updateTask(task))
                      return error;
              return store::PlanStore::EditError{};
          },
          restored});
}

void PlanDocument::addMember(const Member &member)
{
    const std::size_t position = plan().members.size();
    const std::string id = member.id;
    //: Undo history entry for adding a member; %1 is the member's name
    push(tr("Add %1").arg(QString::fromStdString(member.name)),
         {[member, position](store::PlanStore &s) {
              return s.insertMember(member, position);
          },
          [id, position](PlanDocument &d) {
              emit d.memberAdded(id, position);
          }},
         {[id](store::PlanStore &s) {
              return s.removeMember(id);
          },
          [id, position](PlanDocument &d) {
              emit d.memberRemoved(id, position);
          }});
}

void PlanDocument::changeMember(const Member &member, const QString &text)
{
    const auto index = positionOf(plan().members, member.id);
    if (!index || plan().members[*index] == member)
        return;
    const Member before = plan().members[*index];
    const Announce changed = [id = member.id](PlanDocument &d) {
        emit d.memberChanged(id);
    };
    push(text,
         {[member](store::PlanStore &s) {
              return s.updateMember(member);
          },
          changed},
         {[before](store::PlanStore &s) {
              return s.updateMember(before);
          },
          changed});
}

void PlanDocument::changeMember(const Member &member)
{
    const auto index = positionOf(plan().members, member.id);
    if (!index)
        return;
    changeMember(member, memberEditText(plan(), plan().members[*index], member));
}

QString PlanDocument::memberEditText(const Plan &plan, const Member &before, const Member &after)
{
    const QString name = QString::fromStdString(before.name);
    // What changed, one aspect at a time; several at once are an "Edit".
    std::vector<QString> changes;
    //: Undo history entry; %1 is a member's old name, %2 the new one
    if (after.name != before.name)
        changes.push_back(tr("Rename %1 to %2").arg(name, QString::fromStdString(after.name)));
    if (after.region != before.region) {
        const auto region = plan.regionIndex(after.region);
        //: Undo history entry; %1 is a member's name, %2 the region the member moves to
        changes.push_back(tr("Move %1 to %2")
                              .arg(name,
                                   region ? QString::fromStdString(plan.regions[*region].name)
                                          : QString::fromStdString(after.region)));
    }
    if (!(after.zone == before.zone))
        changes.push_back(tr("Change time zone of %1").arg(name));
    if (!(after.work == before.work) || !(after.deepWork == before.deepWork)
        || !(after.comms == before.comms))
        changes.push_back(tr("Change the week of %1").arg(name));
    if (!(after.timeOff == before.timeOff))
        changes.push_back(tr("Change time off of %1").arg(name));
    if (changes.size() == 1)
        return changes.front();
    //: Undo history entry for editing a member; %1 is the member's name
    return tr("Edit %1").arg(QString::fromStdString(after.name));
}

void PlanDocument::removeMember(const std::string &id)
{
    const auto index = positionOf(plan().members, id);
    if (!index)
        return;
    const Member member = plan().members[*index];
    const std::size_t position = *index;
    //: Undo history entry for deleting a member; %1 is the member's name
    push(tr("Delete %1").arg(QString::fromStdString(member.name)),
         {[id](store::PlanStore &s) {
              return s.removeMember(id);
          },
          [id, position](PlanDocument &d) {
              emit d.memberRemoved(id, position);
          }},
         {[member, position](store::PlanStore &s) {
              return s.insertMember(member, position);
          },
          [id, position](PlanDocument &d) {
              emit d.memberAdded(id, position);
          }});
}

void PlanDocument::replaceBusyTimes(const std::string &id,
                                    std::vector<BusyTime> busy,
                                    const QString &text)
{
    const auto index = positionOf(plan().members, id);
    if (!index || plan().members[*index].busy == busy)
        return;
    std::vector<BusyTime> before = plan().members[*index].busy;
    const Announce changed = [id](PlanDocument &d) {
        emit d.memberChanged(id);
    };
    push(text,
         {[id, busy = std::move(busy)](store::PlanStore &s) {
              return s.replaceBusyTimes(id, busy);
          },
          changed},
         {[id, before = std::move(before)](store::PlanStore &s) {
              return s.replaceBusyTimes(id, before);
          },
          changed});
}

void PlanDocument::replaceHolidays(const std::string &id,
                                   std::vector<Holiday> holidays,
                                   const QString &text)
{
    const auto index = positionOf(plan().regions, id);
    if (!index || plan().regions[*index].holidays == holidays)
        return;
    std::vector<Holiday> before = plan().regions[*index].holidays;
    const Announce changed = [id](PlanDocument &d) {
        emit d.regionChanged(id);
    };
    push(text,
         {[id, holidays = std::move(holidays)](store::PlanStore &s) {
              return s.replaceHolidays(id, holidays);
          },
          changed},
         {[id, before = std::move(before)](store::PlanStore &s) {
              return s.replaceHolidays(id, before);
          },
          changed});
}

void PlanDocument::addTask(const Task &task)
{
    const std::size_t position = plan().tasks.size();
    const std::string id = task.id;
    //: Undo history entry for adding a task; %1 is the task's title
    push(tr("Add task %1").arg(QString::fromStdString(task.title)),
         {[task, position](store::PlanStore &s) {
              return s.insertTask(task, position);
          },
          [id, position](PlanDocument &d) {
              emit d.taskAdded(id, position);
          }},
         {[id](store::PlanStore &s) {
              return s.removeTask(id);
          },
          [id, position](PlanDocument &d) {
              emit d.taskRemoved(id, position);
          }});
}

void PlanDocument::changeTask(const Task &task, const QString &text)
{
    const auto index = positionOf(plan().tasks, task.id);
    if (!index || plan().tasks[*index] == task)
        return;
    const Task before = plan().tasks[*index];
    const bool placementChanged = task.region != before.region || task.start != before.start;
    const Announce changed = [id = task.id, placementChanged](PlanDocument &d) {
        emit d.taskChanged(id);
        if (placementChanged)
            emit d.taskPlaced(id);
    };
    push(text,
         {[task](store::PlanStore &s) {
              return s.updateTask(task);
          },
          changed},
         {[before](store::PlanStore &s) {
              return s.updateTask(before);
          },
          changed});
}

void PlanDocument::removeTask(const std::string &id)
{
    const auto index = positionOf(plan().tasks, id);
    if (!index)
        return;
    const Task task = plan().tasks[*index];
    const std::size_t position = *index;
    //: Undo history entry for deleting a task; %1 is the task's title
    push(tr("Delete task %1").arg(QString::fromStdString(task.title)),
         {[id](store::PlanStore &s) {
              return s.removeTask(id);
          },
          [id, position](PlanDocument &d) {
              emit d.taskRemoved(id, position);
          }},
         {[task, position](store::PlanStore &s) {
              return s.insertTask(task, position);
          },
          [id, position](PlanDocument &d) {
              emit d.taskAdded(id, position);
          }});
}

void PlanDocument::placeTask(const std::string &id,
                             const std::string &regionId,
                             Instant start,
                             const QString &text)
{
    const auto index = positionOf(plan().tasks, id);
    if (!index)
        return;
    Task placed = plan().tasks[*index];
    placed.region = regionId;
    placed.start = start;
    changeTask(placed, text);
}

void PlanDocument::unplaceTask(const std::string &id)
{
    const auto index = positionOf(plan().tasks, id);
    if (!index || !plan().tasks[*index].isPlaced())
        return;
    Task unplaced = plan().tasks[*index];
    unplaced.region.reset();
    unplaced.start.reset();
    //: Undo history entry for sending a task back to the backlog; %1 is the task's id
    changeTask(unplaced, tr("Unplace %1").arg(QString::fromStdString(unplaced.id)));
}

const PlanRoutes &PlanDocument::routes() const
{
    if (m_routesStale) {
        QElapsedTimer timer;
        timer.start();
        m_routeCache.update(plan());
        m_routesStale = false;
        qCDebug(lcEngine) << "routes updated in" << timer.elapsed()
                          << "ms:" << m_routeCache.lastRerouted() << "of" << plan().tasks.size()
                          << "tasks rerouted";
    }
    return m_routeCache.routes();
}

const TeamSchedule *PlanDocument::routeSchedule() const
{
    routes();
    return m_routeCache.schedule();
}

const std::vector<Handoff> &PlanDocument::routeHandoffs() const
{
    routes();
    return m_routeCache.handoffs();
}

const TaskRoute *PlanDocument::routeOf(const std::string &id) const
{
    for (const TaskRoute &route : routes().routes)
        if (plan().tasks[route.task].id == id)
            return &route;
    return nullptr;
}

std::optional<store::StoreError> PlanDocument::saveAs(const QString &path)
{
    if (auto error = m_store.saveAs(path.toStdString(), store::Overwrite::Allow))
        return error;
    emit filePathChanged();
    return std::nullopt;
}

QString storeErrorText(const store::StoreError &error)
{
    using store::StoreErrorCode;
    QString detail = QString::fromStdString(error.detail);
    if (!error.table.empty())
        //: A store error's detail and where in the plan file it is: "value out of range
        //: (table member, row 12, column zone)"
        detail = PlanDocument::tr("%1 (table %2, row %3, column %4)")
                     .arg(detail,
                          QString::fromStdString(error.table),
                          QString::fromStdString(error.rowId),
                          QString::fromStdString(error.column));
    switch (error.code) {
    case StoreErrorCode::CannotOpen:
        return PlanDocument::tr("The file cannot be used: %1.").arg(detail);
    case StoreErrorCode::NotAPlanFile:
        return PlanDocument::tr(
                   "This is not a Sunrelay plan file (%1). Choose a .sunrelay file, "
                   "or use File > Import for plan JSON. The file was not changed.")
            .arg(detail);
    case StoreErrorCode::Corrupt:
        return PlanDocument::tr(
                   "This plan file is damaged (%1). Open a backup copy if you have "
                   "one. The file was not changed.")
            .arg(detail);
    case StoreErrorCode::OtherApplication:
        return PlanDocument::tr(
                   "This file belongs to another program (%1). The file was not "
                   "changed.")
            .arg(detail);
    case StoreErrorCode::NewerVersion:
        return PlanDocument::tr(
                   "This plan was made by a newer version of Sunrelay (file format "
                   "%1; this version reads up to %2). Open it with a newer version "
                   "of Sunrelay; the file was not changed.")
            .arg(error.fileVersion)
            .arg(error.supportedVersion);
    case StoreErrorCode::UnexpectedSchema:
        return PlanDocument::tr(
                   "This plan file has been altered outside Sunrelay (%1) and is "
                   "not opened, to keep anything planted in it from running. The "
                   "file was not changed.")
            .arg(detail);
    case StoreErrorCode::InvalidRow:
        return PlanDocument::tr(
                   "This plan file holds data Sunrelay cannot use: %1. The file "
                   "was not changed.")
            .arg(detail);
    case StoreErrorCode::Locked: {
        //: Stands for the program that holds a plan open, when its name is unknown, in "This
        //: plan is open for editing in %1"
        const QString unknownHolder = PlanDocument::tr("another program");
        //: %1 is the program holding the plan open, or "another program" when it is unknown
        return PlanDocument::tr(
                   "This plan is open for editing in %1. Close it there, then try "
                   "again.")
            .arg(error.holder.empty() ? unknownHolder : QString::fromStdString(error.holder));
    }
    case StoreErrorCode::ReadOnly:
        return PlanDocument::tr("This plan is open read-only; changes cannot be saved.");
    case StoreErrorCode::NotFound:
        return PlanDocument::tr("That is no longer in the plan (%1).").arg(detail);
    case StoreErrorCode::InvalidEdit:
        return PlanDocument::tr("This change cannot be made: %1.").arg(detail);
    case StoreErrorCode::WriteFailed:
        return PlanDocument::tr(
                   "The change could not be saved (%1). Nothing was changed; check "
                   "the disk and try again.")
            .arg(detail);
    }
    return detail;
}

} // namespace sunrelay::gui
