// The main window's menus: no two entries of one menu, and no two menus of
// the menu bar, share a mnemonic letter. With two, Alt+letter (or the letter
// in an open menu) only cycles between them and never triggers either, so
// the keyboard user loses both ("Open &Read-Only…" beside "Open &Recent").
//
// In English, the source language (ctest tst_menu_mnemonics), and in every
// translation the app ships (tst_menu_mnemonics_translations): each must pick
// its own distinct letters.

#include "gui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <map>

using sunrelay::gui::MainWindow;

namespace
{

// "Open &Recent" -> "R", "Save &As…" -> "A", "Tom && Jerry" -> "": the key
// Qt itself binds (QKeySequence::mnemonic), upper case, empty without one.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString().remove(QStringLiteral("Alt+")).toUpper();
}

// "File > Open Recent: R shared by "Open &Read-Only…" and "Open &Recent""
// for each letter two entries of `actions` share; `where` names the menu.
QStringList clashes(const QList<QAction *> &actions, const QString &where)
{
    std::map<QString, QStringList> byLetter;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString letter = mnemonicOf(action->text());
        if (!letter.isEmpty())
            byLetter[letter] << action->text();
    }
    QStringList found;
    for (const auto &entry : byLetter)
        if (entry.second.size() > 1)
            found << QStringLiteral("%1: %2 shared by \"%3\"")
                         .arg(where, entry.first, entry.second.join(QStringLiteral("\", \"")));
    return found;
}

// Clashes in `menu` and in every submenu under it.
QStringList clashesUnder(const QMenu &menu, const QString &where)
{
    QStringList found = clashes(menu.actions(), where);
    for (const QAction *action : menu.actions())
        if (const QMenu *submenu = action->menu())
            found << clashesUnder(*submenu,
                                  where + QStringLiteral(" > ")
                                      + QString(action->text()).remove(u'&'));
    return found;
}

} // namespace

class TestMenuMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("sunrelay-tst_menu_mnemonics"));
        QApplication::setOrganizationName(QStringLiteral("Sunrelay"));
        QSettings().clear();
    }

    // What every language falls back to, and what translators start from.
    void sourceMenus() { checkMenus(QString()); }

    // Each shipped catalogue (run as tst_menu_mnemonics_translations): a
    // catalogue made before a source string changed falls back to English
    // for it, which may clash with its own letters until it is updated.
    void translatedMenus_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void translatedMenus()
    {
        QFETCH(QString, language);
        checkMenus(language);
    }

private:
    // The main window's menus in `language` (empty: the English source),
    // from the .qm files lrelease built.
    void checkMenus(const QString &language)
    {
        QTranslator translator;
        if (!language.isEmpty()) {
            const QString file = QStringLiteral(SUNRELAY_QM_DIR "/sunrelay_%1.qm").arg(language);
            QVERIFY2(translator.load(file), qPrintable(file + QStringLiteral(" did not load")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto uninstall = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
        });

        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 5); // File, Edit, View, Plan, Help at least
        QStringList found = clashes(menus, QStringLiteral("menu bar"));
        int entries = 0;
        for (const QAction *action : menus) {
            if (const QMenu *menu = action->menu()) {
                entries += int(menu->actions().size());
                found << clashesUnder(*menu, QString(action->text()).remove(u'&'));
            }
        }
        QVERIFY(entries > 30); // the menus were walked, not empty
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestMenuMnemonics)
#include "tst_menu_mnemonics.moc"
