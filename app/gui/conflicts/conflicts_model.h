#pragma once

// ConflictsModel: every conflict core's findConflicts() (conflict.h) finds in
// a window of instants, as a table for the Conflicts dock: severity (icon and
// word), member, local time (in the member's zone with its abbreviation; the
// reference zone's in the tooltip) and the explanation, in the words
// `sunrelay-cli conflicts` uses (shared/conflict_text.h).
//
// It follows the document: every change of the plan (an edit, its undo or
// redo) and every new window asks core again, once per turn of the event loop
// however many signals came (a 0 ms single-shot timer), so a comms window
// dragged into deep work shows on the next turn and its undo clears it. Rows
// that stay keep their place and selection: only the conflicts that went or
// came are removed or inserted.
//
// Example:
//   ConflictsModel model(document);
//   model.setWindow(dayWindow(2026_y/3/9, 2026_y/3/15));
//   model.recomputeNow();              // or let the event loop run once
//   model.conflictAt(0)                // the week's first conflict

#include "gui/text/time_format.h"

#include "sunrelay/core/conflict.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>
#include <string>
#include <vector>

namespace sunrelay::gui
{

class PlanDocument;

class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        MemberColumn,
        LocalTimeColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // severity as a number, epoch seconds, texts
        SeverityRole, // the row's Severity, as int
        FilterTextRole, // member, local time and explanation, for the text filter
    };

    explicit ConflictsModel(PlanDocument *document, QObject *parent = nullptr);

    // The instants whose conflicts are listed; an empty window lists none.
    void setWindow(const Interval &window);
    const Interval &window() const { return m_window; }
    void setReferenceZone(const TimeZone &zone);
    const TimeZone &referenceZone() const { return m_zone; }
    void setClockStyle(ClockStyle style);

    // Asks core now if the plan or the window changed since it last did (the
    // timer would on the next turn of the event loop).
    void recomputeNow();

    const Conflict &conflictAt(int row) const;
    // The member of row `row`'s conflict by id (empty for a coverage gap).
    const std::string &memberIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After a recompute that changed which conflicts there are.
    void conflictsChanged();

private:
    // What a row shows, made when first asked for.
    struct Texts {
        QString member;
        QString memberTip;
        QString localTime;
        QString localTimeTip;
        QString explanation;
        QString filter;
    };
    struct Row {
        Conflict conflict;
        std::string memberId; // the identity across edits: indices shift
        mutable std::optional<Texts> texts;
    };
    // What the rows' texts were made from besides the conflict itself.
    struct TextSource {
        std::vector<std::pair<std::string, std::string>> members; // name, zone
        Policy policy;
        bool operator==(const TextSource &) const = default;
    };
    static bool before(const Row &a, const Row &b);
    static bool sameConflict(const Row &a, const Row &b);
    void scheduleRecompute();
    // Removes the rows that went and inserts those that came.
    void applyRows(std::vector<Row> next);
    TextSource currentTextSource() const;
    void textsChanged();
    const Texts &textsOf(const Row &row) const;
    QString timeText(const Interval &interval, const TimeZone &zone) const;

    PlanDocument *m_document;
    Interval m_window{};
    TimeZone m_zone;
    ClockStyle m_style = ClockStyle::TwentyFourHour;
    std::vector<Row> m_rows; // in before() order
    TextSource m_textSource;
    QTimer m_recompute;
    bool m_stale = true;
};

// "Error", "Warning", "Info": the severity in words (the icon's text).
QString severityText(Severity severity);
// "dialog-error", "dialog-warning", "dialog-information" (themeIcon()).
QString severityIconName(Severity severity);

} // namespace sunrelay::gui
