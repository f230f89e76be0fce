#pragma once

// One window per plan: each Sunrelay window that shows a plan file listens on
// a local socket named after the plan, so that opening the same plan again
// (`sunrelay PLAN`, File > Open, a recent file) brings that window to the
// front instead of failing on the plan's lock.
//
// The socket lives in the user's runtime folder ($XDG_RUNTIME_DIR, which
// only the user can enter) and is named from the plan's canonical path:
//
//   planBeaconName("/home/ana/plans/../plans/acme.sunrelay")
//       == "/run/user/1000/sunrelay-plan-3f1c…" (the same name for any
//          spelling of the path, a symbolic link included)
//
// The exchange is one line each way: "raise\n", answered "raised\n" once the
// window is in front.

#include <QObject>
#include <QString>

class QLocalServer;

namespace sunrelay::gui
{

// The socket name for the plan at planPath; empty when there is no such file.
QString planBeaconName(const QString &planPath);

// Asks the Sunrelay window showing planPath (in this or another process) to
// come to the front. True when one answered; false at once when none shows it.
// Blocks for at most a few seconds on a window that does not answer.
bool raiseWindowShowingPlan(const QString &planPath);

// The listening end, owned by a window: listens for the plan it shows.
class PlanBeacon : public QObject
{
    Q_OBJECT

public:
    explicit PlanBeacon(QObject *parent = nullptr);
    ~PlanBeacon() override;

    // Listens for planPath from now on (empty: for no plan). Only for a plan
    // this process holds open: a socket left under its name (by a process
    // that crashed) is removed.
    void showPlan(const QString &planPath);
    // The name listened on; empty when not listening.
    QString listeningName() const;

signals:
    // Another opening of the plan asked for this window.
    void raiseRequested();

private:
    void answer();

    QLocalServer *m_server = nullptr;
};

} // namespace sunrelay::gui
