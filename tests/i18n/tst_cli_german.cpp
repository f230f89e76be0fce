// `sunrelay-cli --help` under LANG=de_DE.UTF-8 prints German, from the
// translations built into the binary; under LANG=C it prints English. The
// German words are the ones any German command-line help uses ("Aufruf" for
// usage, "Optionen" for options).

#include "../cli/cli_run.h"

#include <QTest>

using sunrelay::test::Run;
using sunrelay::test::runCli;

class TestCliGerman : public QObject
{
    Q_OBJECT

private slots:
    void helpInGerman()
    {
        const Run run = runCli({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith(QStringLiteral("Aufruf: sunrelay-cli")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Optionen:")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Usage:")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Show this help")), qPrintable(help));
    }

    void helpInEnglishUnderC()
    {
        const Run run = runCli({QStringLiteral("--help")}, QStringLiteral("C"));
        QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith(QStringLiteral("Usage: sunrelay-cli")), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cli_german.moc"
