#pragma once

// PreferencesDialog: clock, first day of week, the timeline's reference zone
// and the appearance (follow the system palette, or light or dark).

#include "gui/document/preferences.h"

#include <QDialog>

#include <memory>

namespace sunrelay::gui
{

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
