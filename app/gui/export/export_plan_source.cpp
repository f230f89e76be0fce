#include "gui/export/export_plan_source.h"

#include "gui/document/plan_document.h"

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string_view>

namespace sunrelay::gui {

namespace {
// The translation context of this file's messages.
class ExportPlanSource {
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
    if (store::looksLikePlanFile(path.toStdString()) ||
        path.endsWith(QLatin1String(".sunrelay"), Qt::CaseInsensitive)) {
        auto opened = store::PlanStore::open(path.toStdString(), store::OpenMode::ReadOnly);
        if (!opened)
            return ExportPlanSource::tr("%1: %2").arg(native(path), storeErrorText(opened.error()));
        return opened.value().plan();
    }
    QFile json(path);
    if (!json.open(QIODevice::ReadOnly))
        return ExportPlanSource::tr("%1: cannot read the file: %2")
            .arg(native(path), json.errorString());
    const QByteArray bytes = json.readAll();
    auto plan = exchange::readPlanJson(std::string_view(bytes.constData(), bytes.size()));
    if (!plan)
        return ExportPlanSource::tr("%1: %2").arg(native(path),
                                                  QString::fromStdString(plan.error().message()));
    return std::move(plan).value();
}

} // namespace sunrelay::gui
