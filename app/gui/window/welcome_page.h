#pragma once

// WelcomePage: what the window shows without a plan: open the demo plan,
// start a new plan, open one, or pick a recent one.

#include <QWidget>

class QListWidget;

namespace sunrelay::gui
{

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

signals:
    void openDemoRequested();
    void newPlanRequested();
    void openRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

// How a recent plan is listed: its file name and its folder, the home folder
// written as "~": "plan.sunrelay — ~/Documents/team".
QString recentFileText(const QString &path);

} // namespace sunrelay::gui
