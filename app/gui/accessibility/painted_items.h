#pragma once

// Screen-reader access to views that paint their items instead of holding
// child widgets (the timeline, the week editor's grid, My week). Such a view
// also derives from PaintedItems and lists what it shows (buildPaintedItems()):
// each item with a name and description (the texts its tooltips already say),
// a role and where it is; it calls markPaintedItemsStale() wherever what it
// shows changes. installPaintedItemsAccessibility() makes Qt's accessibility
// (AT-SPI on Linux) give every such view an interface whose children are
// those items, so Orca reads "Handoff EMEA → AMER, Mon 30 Nov" as text; and
// the view calls notifyPaintedItemFocus() when its keyboard focus moves to
// another item, so the reader follows it.
//
// Example:
//   class WeekCanvas : public QWidget, public PaintedItems { ... };
//   installPaintedItemsAccessibility(); // once, before the first query
//   QAccessibleInterface *view = QAccessible::queryAccessibleInterface(canvas);
//   view->child(0)->text(QAccessible::Name); // "Deep work, 09:00–12:00"

#include <QAccessible>
#include <QHash>
#include <QRect>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace sunrelay::gui
{

struct PaintedItem {
    QString key; // names the item while it is shown ("deep:anna:1733043600")
    QAccessible::Role role = QAccessible::ListItem;
    QString name; // short: what and when
    QString description; // the rest of what its tooltip says
    QRect rect; // in the view's coordinates

    bool operator==(const PaintedItem &) const = default;
};

// The first `nameLines` lines of `tooltip` (what and when) as the name,
// joined by ", "; the rest as the description, lines joined by "; ".
PaintedItem paintedItemFromText(QString key,
                                QAccessible::Role role,
                                const QString &tooltip,
                                const QRect &rect,
                                int nameLines = 2);

// A view's painted items as one snapshot, built on the first query after
// the view's content changed: a screen reader asks each item for its name,
// rect, role and state, and building every tooltip text anew for each of
// those calls made walking N items cost N² texts.
class PaintedItems
{
public:
    virtual ~PaintedItems() = default;
    // In reading order.
    const std::vector<PaintedItem> &paintedItems() const;
    // The index in paintedItems() of the item named `key`, or -1.
    int indexOfPaintedItem(const QString &key) const;
    // The item named `key` in paintedItems(), or null; valid until the next
    // query.
    const PaintedItem *paintedItem(const QString &key) const;
    // The index in paintedItems() of the item the keyboard is on, or -1.
    virtual int focusedPaintedItem() const = 0;

protected:
    // What the view shows now, in reading order.
    virtual std::vector<PaintedItem> buildPaintedItems() const = 0;
    // True when the snapshot no longer says what the view shows although
    // the view did not mark it stale (a clock text whose minute has passed).
    virtual bool paintedItemsOutdated() const { return false; }
    // The view's content, layout or texts changed: the next query builds
    // the items again. Call it wherever the view drops its paint caches.
    void markPaintedItemsStale() { m_paintedItemsStale = true; }

private:
    void refreshPaintedItems() const;

    mutable std::vector<PaintedItem> m_paintedItems;
    mutable QHash<QString, int> m_paintedItemIndex; // by key
    mutable bool m_paintedItemsStale = true;
};

// Installs the accessibility factory for PaintedItems widgets (once; later
// calls do nothing).
void installPaintedItemsAccessibility();

// Tells assistive technology that the keyboard moved to another item of
// `view` (a PaintedItems widget with the focus): a QAccessible::Focus event
// whose child is view's focusedPaintedItem(). Does nothing while nobody
// listens (no screen reader, no observer), so the texts are not built then.
void notifyPaintedItemFocus(QWidget *view);

// Tests: sees every focus event notifyPaintedItemFocus() sends, also where
// the platform has no accessibility (offscreen). Empty: none.
void setPaintedItemFocusObserver(std::function<void(const QAccessibleEvent &)> observer);

} // namespace sunrelay::gui
