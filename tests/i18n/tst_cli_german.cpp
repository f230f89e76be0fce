// `sunrelay-cli --help` under LANG=de_DE.UTF-8 prints German, from the
// translations built into the binary; under LANG=C it prints English. The
// German words are the ones any German command-line help uses ("Aufruf" for
// usage, "Optionen" for options).

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace
{

QString helpUnder(const QString &lang)
{
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(SUNRELAY_CLI), {QStringLiteral("--help")});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return QStringLiteral("(sunrelay-cli failed: %1)")
            .arg(QString::fromUtf8(cli.readAllStandardError()));
    return QString::fromUtf8(cli.readAllStandardOutput());
}

} // namespace

class TestCliGerman : public QObject
{
    Q_OBJECT

private slots:
    void helpInGerman()
    {
        const QString help = helpUnder(QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(help.startsWith(QStringLiteral("Aufruf: sunrelay-cli")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("Optionen:")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Usage:")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Show this help")), qPrintable(help));
    }

    void helpInEnglishUnderC()
    {
        const QString help = helpUnder(QStringLiteral("C"));
        QVERIFY2(help.startsWith(QStringLiteral("Usage: sunrelay-cli")), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cli_german.moc"
