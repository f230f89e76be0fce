#include "gui/week/range_delegate.h"

#include "gui/week/range_model.h"
#include "gui/week/week_editor.h" // the texts' translation context

#include <QLineEdit>

namespace sunrelay::gui::week
{

RangeDelegate::RangeDelegate(RangeModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *RangeDelegate::createEditor(QWidget *parent,
                                     const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    const int column = index.column();
    //: Placeholder: the weekdays a range is on, Monday to Friday; write your short day names
    const QString daysExample = WeekEditor::tr("Mon–Fri");
    //: Placeholder of a time field in the 12-hour clock: hours, minutes and AM or PM, as your
    //: language writes them
    const QString twelveHourExample = WeekEditor::tr("h:mm AM/PM");
    //: Placeholder of a time field in the 24-hour clock: two-digit hours and minutes
    const QString twentyFourHourExample = WeekEditor::tr("HH:MM");
    const QString timeExample =
        m_model->clockStyle() == ClockStyle::TwelveHour ? twelveHourExample : twentyFourHourExample;
    edit->setPlaceholderText(column == RangeModel::Days ? daysExample : timeExample);
    edit->setAccessibleName(
        m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QObject::connect(edit, &QLineEdit::textEdited, edit, [this, column](const QString &text) {
        if (typing)
            typing(m_model->validate(column, text));
    });
    return edit;
}

void RangeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QLineEdit *>(editor);
    edit->setText(index.data(Qt::EditRole).toString());
    edit->selectAll();
}

void RangeDelegate::setModelData(QWidget *editor,
                                 QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

} // namespace sunrelay::gui::week
