#pragma once

// MemberDialog: add or edit one member: name, region, zone (ZonePicker), the
// week (WeekEditor: working hours, deep-work blocks, comms windows) and time
// off. Invalid input is explained inline and OK stays disabled until fixed.
// Read-only (a plan opened read-only) it shows the member and offers only
// Close.
//
// Example:
//   MemberDialog dialog(plan, member, parent);
//   if (dialog.exec() == QDialog::Accepted) document.updateMember(dialog.member());

#include "sunrelay/core/plan.h"

#include <QDialog>

#include <memory>

namespace sunrelay::gui
{

class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // `member` is the member to edit; for a new member, one with a fresh id
    // and the plan's first region.
    MemberDialog(const Plan &plan, const Member &member, QWidget *parent = nullptr);
    ~MemberDialog() override;

    Member member() const;

    // Nothing can be edited; the message line says why and the buttons are
    // only Close.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sunrelay::gui
