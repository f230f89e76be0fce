#pragma once

// Screen-reader access to views that paint their items instead of holding
// child widgets (the timeline, the week editor's grid, My week). Such a view
// also derives from PaintedItems and lists what it shows: each item with a
// name and description (the texts its tooltips already say), a role and
// where it is. installPaintedItemsAccessibility() makes Qt's accessibility
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

class PaintedItems
{
public:
    virtual ~PaintedItems() = default;
    // In reading order.
    virtual std::vector<PaintedItem> paintedItems() const = 0;
    // The index in paintedItems() of the item the keyboard is on, or -1.
    virtual int focusedPaintedItem() const = 0;
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
