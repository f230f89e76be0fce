#include "plan_source.h"

#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/store/plan_store.h"

#include <QCoreApplication>
#include <QFile>

namespace sunrelay::cli {

Expected<Plan, QString> readPlanFile(const QString &path)
{
    const std::filesystem::path file = path.toStdString();
    // A plan file by its header, or by its name when it is too broken to
    // have one: "not a plan file" says more than a JSON syntax error.
    if (store::looksLikePlanFile(file) || path.endsWith(QLatin1String(".sunrelay"))) {
        auto opened = store::PlanStore::open(file, store::OpenMode::ReadOnly);
        if (!opened)
            return QString::fromStdString(opened.error().message());
        return opened.value().plan();
    }
    QFile json(path);
    if (!json.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Cli", "cannot read the file: %1").arg(json.errorString());
    const QByteArray bytes = json.readAll();
    auto plan = exchange::readPlanJson(std::string_view(bytes.constData(), bytes.size()));
    if (!plan)
        return QString::fromStdString(plan.error().message());
    return std::move(plan).value();
}

} // namespace sunrelay::cli
