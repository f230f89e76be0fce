#include "gui/style/show_only_look.h"

#include <QLineEdit>
#include <QPalette>

namespace sunrelay::gui
{

void setShowOnlyLook(QLineEdit *field, bool showOnly)
{
    if (!showOnly) {
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setBrush(group, QPalette::Base, palette.brush(group, QPalette::Window));
    field->setPalette(palette);
}

} // namespace sunrelay::gui
