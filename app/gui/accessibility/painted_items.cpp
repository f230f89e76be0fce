#include "gui/accessibility/painted_items.h"

#include <QAccessibleWidget>
#include <QPointer>
#include <QWidget>

#include <map>
#include <optional>

namespace sunrelay::gui
{

namespace
{

const PaintedItems *itemsOf(const QWidget *widget)
{
    return dynamic_cast<const PaintedItems *>(widget);
}

int indexOfKey(const std::vector<PaintedItem> &items, const QString &key)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].key == key)
            return int(i);
    return -1;
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

    bool isValid() const override { return index() >= 0; }
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
        const auto found = item();
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
        const auto found = item();
        if (!found || !m_view)
            return {};
        return QRect(m_view->mapToGlobal(found->rect.topLeft()), found->rect.size());
    }
    QAccessible::Role role() const override
    {
        const auto found = item();
        return found ? found->role : QAccessible::NoRole;
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const auto found = item();
        if (!found || !m_view) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const bool focused = m_view->hasFocus() && itemsOf(m_view)->focusedPaintedItem() == index();
        state.focused = focused;
        state.selected = focused;
        state.offscreen = !m_view->rect().intersects(found->rect);
        state.invisible = !m_view->isVisible();
        return state;
    }

    const QString &key() const { return m_key; }

private:
    // Asked afresh each time: the view may have panned or changed since. (A
    // cache would have to know when; the texts are cheap next to a screen
    // reader's round trip.)
    int index() const { return m_view ? indexOfKey(itemsOf(m_view)->paintedItems(), m_key) : -1; }
    std::optional<PaintedItem> item() const
    {
        if (!m_view)
            return std::nullopt;
        const std::vector<PaintedItem> items = itemsOf(m_view)->paintedItems();
        const int i = indexOfKey(items, m_key);
        if (i < 0)
            return std::nullopt;
        return items[std::size_t(i)];
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
        const std::vector<PaintedItem> all = items();
        if (index < 0 || std::size_t(index) >= all.size())
            return nullptr;
        forgetGoneChildren(all);
        const QString &key = all[std::size_t(index)].key;
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
        return item ? indexOfKey(items(), item->key()) : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
        const std::vector<PaintedItem> all = items();
        // The last painted lies on top.
        for (std::size_t i = all.size(); i-- > 0;)
            if (all[i].rect.contains(local))
                return child(int(i));
        return nullptr;
    }

private:
    std::vector<PaintedItem> items() const { return itemsOf(widget())->paintedItems(); }
    // Items panned or scrolled away are asked for no more: their interfaces
    // go once there are many more than items shown.
    void forgetGoneChildren(const std::vector<PaintedItem> &all) const
    {
        if (m_children.size() <= 2 * all.size() + 64)
            return;
        for (auto it = m_children.begin(); it != m_children.end();)
            if (indexOfKey(all, it->first) < 0) {
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
