#pragma once

// RangeDelegate: plain line edits for the week editor's range table.
// QTimeEdit cannot show 24:00, and days read best as text; the edit says
// what is wrong with the text while it is typed (`typing`), the model
// decides on commit.

#include <QStyledItemDelegate>

#include <functional>

namespace sunrelay::gui::week
{

class RangeModel;

class RangeDelegate : public QStyledItemDelegate
{
public:
    RangeDelegate(RangeModel *model, QObject *parent);

    std::function<void(const QString &)> typing; // current error, empty when fine

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    RangeModel *m_model;
};

} // namespace sunrelay::gui::week
