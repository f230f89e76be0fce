// Under LANG=de_DE.UTF-8 (set by ctest; no glibc de_DE locale is needed, Qt
// reads LANG itself) the app's start-up picks German: the main window's
// menus and the member dialog speak it, Qt's own buttons too (qtbase_de.qm
// from qt6-translations-l10n), and dates follow German patterns. The
// translators come from <prefix>/share/sunrelay/translations beside this
// test's bin/, as for an installed app.
//
// The expected words are ordinary German UI vocabulary (Datei, Bearbeiten,
// Ansicht, Hilfe, Abbrechen, Zeitzone), not copied from any output.

#include "gui/dialogs/member_dialog.h"
#include "gui/text/time_format.h"
#include "gui/window/main_window.h"

#include "../gui/gui_test_support.h"
#include "i18n_test_support.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::gui;
using sunrelay::guitest::demoPlan;

namespace
{

QStringList withoutMnemonics(QStringList texts)
{
    for (QString &text : texts)
        text.remove(u'&');
    return texts;
}

} // namespace

class TestGermanUi : public QObject
{
    Q_OBJECT

private:
    apptext::AppTranslations m_translations;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
        i18ntest::startInEnvironmentLanguage(m_translations);
    }

    void localeIsGerman() { QCOMPARE(QLocale().language(), QLocale::German); }

    // Read from the installed folder, not the copies in the binary.
    void translationsComeFromTheInstalledFolder()
    {
        const QString folder = apptext::installedTranslationsFolder();
        QVERIFY2(QFile::exists(folder + QStringLiteral("/sunrelay_de.qm")), qPrintable(folder));
        const QStringList files = m_translations.loadedFiles();
        QVERIFY2(files.contains(folder + QStringLiteral("/sunrelay_de.qm")),
                 qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(folder + QStringLiteral("/sunrelay_en.qm")),
                 qPrintable(files.join(u' ')));
    }

    void menusAreGerman()
    {
        MainWindow window;
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles << action->text();
        titles = withoutMnemonics(titles);
        for (const char *title : {"Datei", "Bearbeiten", "Ansicht", "Hilfe"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(u' ')));
        QVERIFY2(!titles.contains(QStringLiteral("File")), qPrintable(titles.join(u' ')));
    }

    void memberDialogIsGerman()
    {
        const Plan plan = demoPlan();
        MemberDialog dialog(plan, plan.members.front());
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        labels = withoutMnemonics(labels);
        QVERIFY2(labels.contains(QStringLiteral("Zeitzone:")), qPrintable(labels.join(u'|')));
        QVERIFY2(!labels.contains(QStringLiteral("Time zone:")), qPrintable(labels.join(u'|')));
        // Qt's own button, from qtbase_de.qm.
        const auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Cancel));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'),
                 QStringLiteral("Abbrechen"));
    }

    // "Mo., 30. Nov.", not "Montag 30 November" (see tst_date_patterns).
    void datesAreGerman()
    {
        const auto berlin = TimeZone::find("Europe/Berlin");
        QVERIFY(berlin);
        const Instant noon = date::sys_days{date::year{2026} / 11 / 30} + std::chrono::hours{12};
        QCOMPARE(dayText(noon, *berlin), QStringLiteral("Mo., 30. Nov."));
    }
};

QTEST_MAIN(TestGermanUi)
#include "tst_german_ui.moc"
