#include "gui/accessibility/painted_items.h"

#include <QAccessibleWidget>
#include <QPointer>
#include <QWidget>

#include <map>

namespace sunrelay::gui
{

namespace
{

const PaintedItems *itemsOf(const QWidget *widget)
{
    return dynamic_cast<const PaintedItems *>(widget);
}

// One painted item, found again by its key each time it is asked (the view
// repaints and relays out; the key stays).
class PaintedItemInterface : public QAccessibleInterface
{
public:
    PaintedItemInterface(QWidget *view, QString key)
        : m_view(view)
        , m_key(std::move(key))
    {
    }

    bool isValid() const override { return item() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const PaintedItem *found = item();
        if (!found)
            return {};
        switch (t) {
        case QAccessible::Name:
            return found->name;
        case QAccessible::Description:
            return found->description;
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        const PaintedItem *found = item();
        if (!found)
            return {};
        return QRect(m_view->mapToGlobal(found->rect.topLeft()), found->rect.size());
    }
    QAccessible::Role role() const override
    {
        const PaintedItem *found = item();
        return found ? found->role : QAccessible::NoRole;
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        // The indexes first: item() points into the snapshot, which a later
        // query may build anew (PaintedItems::paintedItemsOutdated()).
        const int focusedIndex = m_view ? itemsOf(m_view)->focusedPaintedItem() : -1;
        const int index = m_view ? itemsOf(m_view)->indexOfPaintedItem(m_key) : -1;
        const PaintedItem *found = item();
        if (!found) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const bool focused = m_view->hasFocus() && focusedIndex == index;
        state.focused = focused;
        state.selected = focused;
        state.offscreen = !m_view->rect().intersects(found->rect);
        state.invisible = !m_view->isVisible();
        return state;
    }

    const QString &key() const { return m_key; }

private:
    // Found again by key in the view's snapshot, which the view builds anew
    // when it has panned or changed since. Null: the view or the item is gone.
    const PaintedItem *item() const
    {
        return m_view ? itemsOf(m_view)->paintedItem(m_key) : nullptr;
    }

    QPointer<QWidget> m_view;
    QString m_key;
};

// The view: its painted items are its children. The children are registered
// with Qt's accessibility cache (which hands out their ids) and deleted with
// the view's interface.
class PaintedViewInterface : public QAccessibleWidget
{
public:
    explicit PaintedViewInterface(QWidget *view)
        : QAccessibleWidget(view, QAccessible::List)
    {
    }
    ~PaintedViewInterface() override
    {
        for (const auto &entry : m_children)
            QAccessible::deleteAccessibleInterface(entry.second);
    }

    int childCount() const override { return int(items().size()); }
    QAccessibleInterface *child(int index) const override
    {
        forgetGoneChildren();
        const std::vector<PaintedItem> &all = items();
        if (index < 0 || std::size_t(index) >= all.size())
            return nullptr;
        const QString key = all[std::size_t(index)].key;
        auto found = m_children.find(key);
        if (found == m_children.end()) {
            auto *item = new PaintedItemInterface(widget(), key);
            found = m_children.emplace(key, QAccessible::registerAccessibleInterface(item)).first;
        }
        return QAccessible::accessibleInterface(found->second);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *item = dynamic_cast<const PaintedItemInterface *>(child);
        return item ? itemsOf(widget())->indexOfPaintedItem(item->key()) : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
        const std::vector<PaintedItem> &all = items();
        // The last painted lies on top.
        for (std::size_t i = all.size(); i-- > 0;)
            if (all[i].rect.contains(local))
                return child(int(i));
        return nullptr;
    }

private:
    const std::vector<PaintedItem> &items() const { return itemsOf(widget())->paintedItems(); }
    // Items panned or scrolled away are asked for no more: their interfaces
    // go once there are many more than items shown.
    void forgetGoneChildren() const
    {
        if (m_children.size() <= 2 * items().size() + 64)
            return;
        const PaintedItems *view = itemsOf(widget());
        for (auto it = m_children.begin(); it != m_children.end();)
            if (view->indexOfPaintedItem(it->first) < 0) {
                QAccessible::deleteAccessibleInterface(it->second);
                it = m_children.erase(it);
            } else {
                ++it;
            }
    }

    mutable std::map<QString, QAccessible::Id> m_children;
};

std::function<void(const QAccessibleEvent &)> &focusObserver()
{
    static std::function<void(const QAccessibleEvent &)> observer;
    return observer;
}

QAccessibleInterface *paintedItemsFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && itemsOf(widget))
        return new PaintedViewInterface(widget);
    return nullptr;
}

} // namespace

const std::vector<PaintedItem> &PaintedItems::paintedItems() const
{
    refreshPaintedItems();
    return m_paintedItems;
}

int PaintedItems::indexOfPaintedItem(const QString &key) const
{
    refreshPaintedItems();
    return m_paintedItemIndex.value(key, -1);
}

const PaintedItem *PaintedItems::paintedItem(const QString &key) const
{
    const int index = indexOfPaintedItem(key);
    return index < 0 ? nullptr : &m_paintedItems[std::size_t(index)];
}

void PaintedItems::refreshPaintedItems() const
{
    if (!m_paintedItemsStale && !paintedItemsOutdated())
        return;
    m_paintedItems = buildPaintedItems();
    m_paintedItemIndex.clear();
    m_paintedItemIndex.reserve(qsizetype(m_paintedItems.size()));
    // Keys are unique; were one not, the first item keeps it, as a search
    // from the front would find.
    for (std::size_t i = 0; i < m_paintedItems.size(); ++i)
        if (!m_paintedItemIndex.contains(m_paintedItems[i].key))
            m_paintedItemIndex.insert(m_paintedItems[i].key, int(i));
    m_paintedItemsStale = false;
}

PaintedItem paintedItemFromText(QString key,
                                QAccessible::Role role,
                                const QString &tooltip,
                                const QRect &rect,
                                int nameLines)
{
    const QStringList lines = tooltip.split(u'\n', Qt::SkipEmptyParts);
    return {std::move(key),
            role,
            lines.mid(0, nameLines).join(QStringLiteral(", ")),
            lines.mid(nameLines).join(QStringLiteral("; ")),
            rect};
}

void installPaintedItemsAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(paintedItemsFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void setPaintedItemFocusObserver(std::function<void(const QAccessibleEvent &)> observer)
{
    focusObserver() = std::move(observer);
}

void notifyPaintedItemFocus(QWidget *view)
{
    if (!view->hasFocus() || (!QAccessible::isActive() && !focusObserver()))
        return;
    const int index = itemsOf(view)->focusedPaintedItem();
    if (index < 0)
        return;
    QAccessibleEvent event(view, QAccessible::Focus);
    event.setChild(index);
    if (focusObserver())
        focusObserver()(event);
    QAccessible::updateAccessibility(&event);
}

} // namespace sunrelay::gui
