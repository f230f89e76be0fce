#include "plan_source.h"

#include "shared/file_text.h"
#include "shared/logging.h"
#include "sunrelay/exchange/plan_json.h"
#include "sunrelay/io/regular_file.h"
#include "sunrelay/store/plan_store.h"

#include <QElapsedTimer>
#include <QFile>

namespace sunrelay::cli
{

Expected<Plan, QString> readPlanFile(const QString &path)
{
    const std::filesystem::path file = QFile::encodeName(path).toStdString();
    // First of all a regular file: the header probe and SQLite would block on
    // a FIFO, and /dev/zero never ends.
    if (const auto problem = io::checkRegularFile(file)) {
        qCInfo(lcIo) << "not read:" << path << ":" << problem->message().c_str();
        return apptext::ioErrorText(*problem);
    }
    // A plan file by its header, or by its name when it is too broken to
    // have one: "not a plan file" says more than a JSON syntax error.
    if (store::looksLikePlanFile(file) || path.endsWith(QLatin1String(".sunrelay"))) {
        QElapsedTimer timer;
        timer.start();
        auto opened = store::PlanStore::open(file, store::OpenMode::ReadOnly);
        if (!opened)
            return QString::fromStdString(opened.error().message());
        qCDebug(lcStore) << "read" << path << "in" << timer.elapsed() << "ms";
        return opened.value().plan();
    }
    const auto bytes = io::readRegularFile(file, io::maxPlanJsonBytes);
    if (!bytes) {
        qCInfo(lcIo) << "not read:" << path << ":" << bytes.error().message().c_str();
        return apptext::ioErrorText(bytes.error());
    }
    QElapsedTimer timer;
    timer.start();
    auto plan = exchange::readPlanJson(bytes.value());
    if (!plan)
        return QString::fromStdString(plan.error().message());
    qCDebug(lcExchange) << "read" << path << "(" << bytes.value().size() << "bytes) in"
                        << timer.elapsed() << "ms";
    return std::move(plan).value();
}

} // namespace sunrelay::cli
