#include "gui/export/export_plan_source.h"

#include "gui/document/plan_document.h"

#include "shared/file_text.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/io/regular_file.h"
#include "sunrelay/store/plan_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string_view>

namespace sunrelay::gui
{

namespace
{
// The translation context of this file's messages.
class ExportPlanSource
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlanSource)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

Expected<Plan, QString> readExportPlan(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return ExportPlanSource::tr("%1: there is no such file").arg(native(path));
    if (file.isDir())
        return ExportPlanSource::tr("%1: that is a folder, not a plan file or plan JSON")
            .arg(native(path));
    if (const auto problem = io::checkRegularFile(QFile::encodeName(path).toStdString()))
        //: A plan file and why it cannot be read: "/home/ana/team.sunrelay: permission denied"
        return ExportPlanSource::tr("%1: %2").arg(native(path), apptext::ioErrorText(*problem));
    if (store::looksLikePlanFile(path.toStdString())
        || path.endsWith(QLatin1String(".sunrelay"), Qt::CaseInsensitive)) {
        auto opened = store::PlanStore::open(path.toStdString(), store::OpenMode::ReadOnly);
        if (!opened)
            //: A plan file and why it cannot be read: "/home/ana/team.sunrelay: not a plan
            //: file"
            return ExportPlanSource::tr("%1: %2").arg(native(path), storeErrorText(opened.error()));
        return opened.value().plan();
    }
    const auto bytes =
        io::readRegularFile(QFile::encodeName(path).toStdString(), io::maxPlanJsonBytes);
    if (!bytes)
        //: A plan JSON file and why it cannot be read: "team.json: permission denied"
        return ExportPlanSource::tr("%1: %2").arg(native(path),
                                                  apptext::ioErrorText(bytes.error()));
    auto plan = exchange::readPlanJson(bytes.value());
    if (!plan)
        //: A plan JSON file and the reader's message on it (in English)
        return ExportPlanSource::tr("%1: %2").arg(native(path),
                                                  QString::fromStdString(plan.error().message()));
    return std::move(plan).value();
}

} // namespace sunrelay::gui
