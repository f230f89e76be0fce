#pragma once

// RangeModel: the week editor's current layer, one range per row (Days,
// Start, End, Length), for exact keyboard entry. Reads and edits the
// EditorState it is given; times show and read on the state's clock
// (week_text.h). A rejected edit leaves the range as it was and says why.

#include "gui/week/week_segments.h"

#include <QAbstractTableModel>

#include <functional>

namespace sunrelay::gui::week
{

class RangeModel : public QAbstractTableModel
{
public:
    enum Column {
        Days,
        Start,
        End,
        Length,
        ColumnCount
    };

    RangeModel(EditorState *state, QObject *parent);

    std::function<void()> committed; // an edit changed the pattern
    std::function<void(const QString &)> rejected; // why an edit was refused

    ClockStyle clockStyle() const { return m_state->clock; }

    // The layer, the clock or the patterns changed from outside.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The error for `text` in `column`, empty when it is acceptable.
    QString validate(int column, const QString &text) const;

private:
    EditorState *m_state;
};

} // namespace sunrelay::gui::week
