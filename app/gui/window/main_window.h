#pragma once

// MainWindow: menus, toolbar, status bar and docks around the world timeline;
// the welcome page when no plan is open. Owns the open PlanDocument.

#include "sunrelay/store/plan_store.h"

#include <QMainWindow>

#include <memory>

namespace sunrelay::gui
{

class PlanDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a plan file (.sunrelay), or imports plan JSON into a new plan
    // file in the app's data folder ("name.sunrelay", "name 2.sunrelay", ...:
    // an existing file is never reused or overwritten); errors are shown in a
    // dialog. True on success. `mode` applies to a plan file; read-only
    // takes no lock, so such a window does not claim the plan either.
    bool openPath(const QString &path, store::OpenMode mode = store::OpenMode::ReadWrite);
    // The bundled demo plan: the copy made before if it still holds exactly
    // the bundled plan, else a new copy.
    bool openDemoPlan();
    PlanDocument *document() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
