#pragma once

// Shared by the i18n GUI tests: the texts a person sees in a window, and
// the start-up the apps do (the locale, then the translators).
//
// No Q_OBJECT here, so moc never reads this file.

#include "shared/app_translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QTextDocument>
#include <QWidget>

namespace sunrelay::i18ntest
{

// One text on screen and where it is, for failure messages.
struct ShownText {
    QString where; // "QLabel timeOffNote: text"
    QString text;
};

inline QString plainText(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

inline void
addText(std::vector<ShownText> &texts, const QObject &owner, const char *what, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QString name =
        owner.objectName().isEmpty() ? QStringLiteral("(unnamed)") : owner.objectName();
    texts.push_back({QStringLiteral("%1 %2: %3")
                         .arg(QString::fromLatin1(owner.metaObject()->className()),
                              name,
                              QString::fromLatin1(what)),
                     plainText(text)});
}

inline void addActionTexts(std::vector<ShownText> &texts, const QWidget &widget)
{
    for (const QAction *action : widget.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        addText(texts, *action, "action", action->text());
        if (action->toolTip() != QString(action->text()).remove(u'&'))
            addText(texts, *action, "action tooltip", action->toolTip());
        addText(texts, *action, "action status tip", action->statusTip());
    }
}

inline void addHeaderTexts(std::vector<ShownText> &texts, const QHeaderView &header)
{
    const QAbstractItemModel *model = header.model();
    if (!model || header.isHidden())
        return;
    for (int section = 0; section < header.count(); ++section)
        if (!header.isSectionHidden(section))
            addText(texts,
                    header,
                    "header",
                    model->headerData(section, header.orientation()).toString());
}

// What one widget shows itself: its words, not its children's.
inline void addWidgetTexts(std::vector<ShownText> &texts, const QWidget &widget)
{
    if (widget.isWindow() || qobject_cast<const QDockWidget *>(&widget))
        addText(texts, widget, "window title", widget.windowTitle());
    addText(texts, widget, "tooltip", widget.toolTip());
    addText(texts, widget, "what's this", widget.whatsThis());
    if (const auto *label = qobject_cast<const QLabel *>(&widget))
        addText(texts, widget, "text", label->text());
    if (const auto *button = qobject_cast<const QAbstractButton *>(&widget))
        addText(texts, widget, "text", button->text());
    if (const auto *group = qobject_cast<const QGroupBox *>(&widget))
        addText(texts, widget, "title", group->title());
    if (const auto *line = qobject_cast<const QLineEdit *>(&widget))
        addText(texts, widget, "placeholder", line->placeholderText());
    if (const auto *menu = qobject_cast<const QMenu *>(&widget))
        addText(texts, widget, "title", menu->title());
    if (const auto *bar = qobject_cast<const QTabBar *>(&widget))
        for (int tab = 0; tab < bar->count(); ++tab) {
            addText(texts, widget, "tab", bar->tabText(tab));
            addText(texts, widget, "tab tooltip", bar->tabToolTip(tab));
        }
    if (const auto *header = qobject_cast<const QHeaderView *>(&widget))
        addHeaderTexts(texts, *header);
    if (const auto *combo = qobject_cast<const QComboBox *>(&widget); combo && !combo->isEditable())
        for (int item = 0; item < combo->count(); ++item)
            addText(texts, widget, "item", combo->itemText(item));
    addActionTexts(texts, widget);
}

// Every text `root` and its descendants show, or would show once their
// page is brought up (a stack's other pages, a tab not chosen, a menu not
// open); widgets hidden on purpose are left out. Show `root` first.
inline std::vector<ShownText> shownTexts(const QWidget &root)
{
    std::vector<ShownText> texts;
    addWidgetTexts(texts, root);
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        const bool hiddenOnPurpose =
            widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide);
        if (hiddenOnPurpose && !widget->parentWidget()->inherits("QStackedWidget"))
            continue;
        addWidgetTexts(texts, *widget);
    }
    return texts;
}

// As both apps start: the locale (here the environment's), then the
// translators. The caller keeps `translations` alive.
inline void startInEnvironmentLanguage(apptext::AppTranslations &translations)
{
    const QLocale locale = apptext::chosenLocale({});
    QLocale::setDefault(locale);
    translations.install(locale);
}

} // namespace sunrelay::i18ntest
