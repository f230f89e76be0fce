#include "merge_command.h"

#include "shared/file_text.h"
#include "shared/terminal_text.h"

#include "sunrelay/exchange/plan_merge.h"
#include "sunrelay/io/output_file.h"
#include "sunrelay/io/regular_file.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <filesystem>

namespace sunrelay::cli
{

namespace
{

// The translation context of this file's words.
class MergeDriver
{
    Q_DECLARE_TR_FUNCTIONS(MergeDriver)
};

// Git's own exit statuses for a merge driver: 0 merged, anything else not.
enum MergeStatus {
    Merged = 0,
    Conflicts = 1,
    Unreadable = 2,
};

std::filesystem::path filePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString conflictText(const exchange::MergeConflict &conflict)
{
    using Kind = exchange::MergeConflictKind;
    QString part = QString::fromStdString(exchange::conflictLabel(conflict));
    switch (conflict.kind) {
    case Kind::ChangedOnBothSides: {
        QStringList fields;
        for (const std::string &name : conflict.fields)
            fields << QString::fromStdString(name);
        //: %1 names a region, member or task, %2 lists its fields ("zone, work")
        return MergeDriver::tr("%1: changed differently on both sides: %2")
            .arg(part, fields.join(QStringLiteral(", ")));
    }
    case Kind::DeletedByOurs:
        return MergeDriver::tr("%1: deleted in ours, changed in theirs").arg(part);
    case Kind::DeletedByTheirs:
        return MergeDriver::tr("%1: changed in ours, deleted in theirs").arg(part);
    case Kind::AddedOnBothSides:
        return MergeDriver::tr("%1: added on both sides with different contents").arg(part);
    case Kind::ReorderedOnBothSides:
        //: %1 is "regions", "members" or "tasks", as the JSON key
        return MergeDriver::tr("%1: reordered differently on both sides; ours' order is kept")
            .arg(part);
    case Kind::InvalidResult:
        return MergeDriver::tr("the merged plan is not valid: %1")
            .arg(QString::fromStdString(conflict.detail));
    }
    return part;
}

QString sideName(exchange::MergeSide side)
{
    switch (side) {
    case exchange::MergeSide::Base:
        //: the common ancestor in a three-way merge (Git's %O)
        return MergeDriver::tr("base");
    case exchange::MergeSide::Ours:
        //: Git merge driver: our side of a merge conflict (as in git's "ours")
        return MergeDriver::tr("ours");
    case exchange::MergeSide::Theirs:
        //: Git merge driver: their side of a merge conflict (as in git's "theirs")
        return MergeDriver::tr("theirs");
    }
    return {};
}

} // namespace

int mergeDriverCommand(const QStringList &paths, QTextStream &err)
{
    std::array<std::string, 3> texts; // base, ours, theirs
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const QString &path = paths.at(static_cast<int>(i));
        auto bytes = io::readRegularFile(filePath(path), io::maxPlanJsonBytes);
        if (!bytes) {
            //: Git merge driver error line: %1 is a file, %2 why it cannot be read
            err << apptext::terminalText(
                MergeDriver::tr("%1: %2\n").arg(path, apptext::ioErrorText(bytes.error())));
            return Unreadable;
        }
        texts[i] = std::move(bytes).value();
    }
    const auto merge = exchange::mergePlanJson(texts[0], texts[1], texts[2]);
    if (!merge) {
        const auto side = static_cast<int>(merge.error().side);
        //: %1 is the file, %2 "base", "ours" or "theirs", %3 what is wrong in it
        err << apptext::terminalText(
            MergeDriver::tr("%1 (%2): %3; nothing merged\n")
                .arg(paths.at(side),
                     sideName(merge.error().side),
                     QString::fromStdString(merge.error().error.message())));
        return Unreadable;
    }
    const QString &ours = paths.at(1);
    if (const auto problem =
            io::writeFileAtomically(filePath(ours), merge.value().text, io::Existing::Replace)) {
        err << apptext::terminalText(
            MergeDriver::tr("%1: %2\n").arg(ours, apptext::ioErrorText(*problem)));
        return Unreadable;
    }
    const auto &conflicts = merge.value().conflicts;
    if (conflicts.empty())
        return Merged;
    for (const exchange::MergeConflict &conflict : conflicts)
        //: Git merge driver: a conflict it could not resolve; %1 describes it
        err << apptext::terminalText(MergeDriver::tr("conflict: %1\n").arg(conflictText(conflict)));
    err << apptext::terminalText(
        // Not named: Git passes OURS as a temporary file, and names the real one itself.
        MergeDriver::tr("%n conflict(s) to resolve: keep one version of each block "
                        "between <<<<<<< and >>>>>>>, delete the marker lines, then check the "
                        "file with sunrelay-cli check",
                        nullptr,
                        static_cast<int>(conflicts.size()))
        + QLatin1Char('\n'));
    return Conflicts;
}

} // namespace sunrelay::cli
