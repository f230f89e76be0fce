// The translation files (translations/*.ts) against the sources:
// - current: lupdate, run as the build runs it (qt_add_lupdate in the top
//   CMakeLists.txt), into a copy of each file adds no string and drops none.
//   A tr() added or changed without running the `sunrelay-cli_lupdate`
//   target fails here.
// - finished: no entry is unfinished, obsolete or vanished, and every
//   plural has all its forms. (It fails while translators are at work: the
//   lead merges their files together with the sources.)
// - offered: Preferences › Language lists exactly the languages that have a
//   catalogue (apptext::appLanguages() against translations/*.ts).
// - commented: every short string in the sources (four words or fewer, or
//   little more than placeholders such as "%1 (%2)") carries a translator
//   comment, `//:` or a disambiguation: alone, "gap" or "Summary" cannot be
//   translated well. And no `//:` comment is left without a tr() to take it.

#include "shared/app_translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace
{

const QString translationsDir = QStringLiteral(SUNRELAY_SOURCE_DIR "/translations");

QStringList tsFiles()
{
    return QDir(translationsDir)
        .entryList({QStringLiteral("sunrelay_*.ts")}, QDir::Files, QDir::Name);
}

// One entry of a .ts file: where it is, what it says and how far it is.
struct Entry {
    QString key; // context, source text and translator comment
    QString source;
    QString state; // the translation's type: "", "unfinished", "obsolete", "vanished"
    bool emptyForm = false; // a plural form without text
    bool commented = false; // has a `//:` comment or a disambiguation
    QString location; // "file:line" of its first use, where the file lists it
};

// The message's children up to its end: source, comment, translation.
void readMessage(QXmlStreamReader &xml, const QString &context, Entry &entry)
{
    QString source;
    QString comment;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"comment") {
            comment = xml.readElementText();
            entry.commented = entry.commented || !comment.isEmpty();
        } else if (name == u"extracomment") {
            entry.commented = entry.commented || !xml.readElementText().isEmpty();
        } else if (name == u"location" && entry.location.isEmpty()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            entry.location = attributes.value(QStringLiteral("filename")).toString()
                + QLatin1Char(':') + attributes.value(QStringLiteral("line")).toString();
            xml.skipCurrentElement();
        } else if (name == u"translation") {
            entry.state = xml.attributes().value(QStringLiteral("type")).toString();
            // A plural's forms; a plain translation has text only.
            while (xml.readNextStartElement()) {
                if (xml.name() != u"numerusform")
                    xml.skipCurrentElement();
                else if (xml.readElementText().isEmpty())
                    entry.emptyForm = true;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    entry.source = source;
    const QString separator = QStringLiteral(" | ");
    entry.key =
        context + separator + source + (comment.isEmpty() ? QString() : separator + comment);
}

std::vector<Entry> readEntries(const QString &path)
{
    std::vector<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            Entry entry;
            readMessage(xml, context, entry);
            entries.push_back(entry);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

QSet<QString> keysOf(const std::vector<Entry> &entries)
{
    QSet<QString> keys;
    for (const Entry &entry : entries)
        if (entry.state != u"obsolete" && entry.state != u"vanished")
            keys.insert(entry.key);
    return keys;
}

QString listed(QStringList keys)
{
    keys.sort();
    if (keys.size() > 15)
        keys = keys.mid(0, 15) << QStringLiteral("… and %1 more").arg(keys.size() - 15);
    return keys.join(u'\n');
}

// lupdate over the app's sources into `ts`; false with its messages when it
// fails. lupdate comes from qt6-l10n-tools; without it, this fails.
bool runLupdate(const QStringList &options, const QString &ts, QString &messages)
{
    if (!QFile::exists(QStringLiteral(SUNRELAY_LUPDATE))) {
        messages = QStringLiteral("lupdate is missing: install qt6-l10n-tools");
        return false;
    }
    QProcess lupdate;
    lupdate.start(
        QStringLiteral(SUNRELAY_LUPDATE),
        QStringList{QStringLiteral("-silent")} + options
            + QStringList{QStringLiteral(SUNRELAY_SOURCE_DIR "/app"), QStringLiteral("-ts"), ts});
    if (!lupdate.waitForFinished(120000)) {
        messages = QStringLiteral("lupdate did not finish");
        return false;
    }
    messages = QString::fromLocal8Bit(lupdate.readAllStandardError());
    return lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0;
}

// Short enough that a translator needs to know where it appears: four words
// or fewer, or at most two words besides the placeholders ("%1 (%2 day in
// %3)"). Placeholder-only strings such as "%1 %2" count: their order is the
// translation.
bool isShort(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?\\d+)"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    const QStringList words =
        source.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    qsizetype wordy = 0;
    for (const QString &word : words)
        if (QString(word).remove(placeholder).contains(letter))
            ++wordy;
    return words.size() <= 4 || wordy <= 2;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(tsFiles().size() >= 5, qPrintable(translationsDir)); }

    void tsFilesAreCurrent_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }
    void tsFilesAreCurrent()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(translationsDir + QLatin1Char('/') + file, copy));

        // As qt_add_lupdate runs it: English is the source language and
        // keeps only plural forms.
        QStringList arguments = {QStringLiteral("-no-obsolete"),
                                 QStringLiteral("-locations"),
                                 QStringLiteral("none")};
        if (file == u"sunrelay_en.ts")
            arguments << QStringLiteral("-pluralonly");
        QString errors;
        QVERIFY2(runLupdate(arguments, copy, errors), qPrintable(errors));

        const QSet<QString> before = keysOf(readEntries(translationsDir + QLatin1Char('/') + file));
        const QSet<QString> after = keysOf(readEntries(copy));
        const QStringList added = QSet<QString>(after).subtract(before).values();
        const QStringList dropped = QSet<QString>(before).subtract(after).values();
        QVERIFY2(
            added.isEmpty(),
            qPrintable(QStringLiteral("%1 lacks %2 source string(s) (run the "
                                      "sunrelay-cli_lupdate and sunrelay_lupdate targets):\n%3")
                           .arg(file)
                           .arg(added.size())
                           .arg(listed(added))));
        QVERIFY2(dropped.isEmpty(),
                 qPrintable(QStringLiteral("%1 holds %2 string(s) the sources no longer have:\n%3")
                                .arg(file)
                                .arg(dropped.size())
                                .arg(listed(dropped))));
    }

    void tsFilesAreFinished_data() { tsFilesAreCurrent_data(); }
    void tsFilesAreFinished()
    {
        QFETCH(QString, file);
        QStringList unfinished;
        QStringList stale;
        QStringList missingForms;
        for (const Entry &entry : readEntries(translationsDir + QLatin1Char('/') + file)) {
            if (entry.state == u"unfinished")
                unfinished << entry.key;
            else if (entry.state == u"obsolete" || entry.state == u"vanished")
                stale << entry.key;
            else if (entry.emptyForm)
                missingForms << entry.key;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 unfinished:\n%3")
                                .arg(file)
                                .arg(unfinished.size())
                                .arg(listed(unfinished))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 obsolete or vanished:\n%3")
                                .arg(file)
                                .arg(stale.size())
                                .arg(listed(stale))));
        QVERIFY2(missingForms.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 with an empty plural form:\n%3")
                                .arg(file)
                                .arg(missingForms.size())
                                .arg(listed(missingForms))));
    }

    void languagesOfferedAreTheCatalogues()
    {
        QStringList catalogues;
        for (const QString &file : tsFiles())
            catalogues << file.section(u'_', 1).section(u'.', 0, 0);
        QStringList offered;
        for (const sunrelay::apptext::AppLanguage &language : sunrelay::apptext::appLanguages()) {
            offered << language.code;
            QVERIFY2(!language.nativeName.isEmpty(), qPrintable(language.code));
        }
        catalogues.sort();
        offered.sort();
        QCOMPARE(offered, catalogues);
    }

    void shortStringsAreCommented()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("sources.ts"));
        QString messages;
        QVERIFY2(
            runLupdate({QStringLiteral("-locations"), QStringLiteral("absolute")}, ts, messages),
            qPrintable(messages));
        // lupdate drops a `//:` comment no tr() takes: a comment between
        // `for (…)` and an unbraced statement, before `{}` or `:` in the
        // same call, or left behind when its tr() moved.
        QStringList dropped;
        for (const QString &line : messages.split(u'\n'))
            if (line.contains(QLatin1String("Discarding unconsumed meta data")))
                dropped << line.section(QStringLiteral(": Discarding"), 0, 0);
        QVERIFY2(dropped.isEmpty(),
                 qPrintable(QStringLiteral("%1 translator comment(s) reach no tr():\n%2")
                                .arg(dropped.size())
                                .arg(listed(dropped))));

        QStringList bare;
        for (const Entry &entry : readEntries(ts))
            if (!entry.commented && isShort(entry.source))
                bare << QStringLiteral("%1: \"%2\"")
                            .arg(QDir::cleanPath(QFileInfo(ts).absolutePath() + u'/'
                                                 + entry.location),
                                 entry.source);
        QVERIFY2(bare.isEmpty(),
                 qPrintable(QStringLiteral("%1 short string(s) without a `//:` translator "
                                           "comment:\n%2")
                                .arg(bare.size())
                                .arg(listed(bare))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translation_files.moc"
