#include "plan_source.h"

#include "sunrelay/exchange/plan_json.h"

#include <QCoreApplication>
#include <QFile>

namespace sunrelay::cli {

exchange::Result<Plan> readPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return exchange::InputError{
            exchange::InputErrorCode::Syntax, {},
            QCoreApplication::translate("Cli", "cannot read the file: %1")
                .arg(file.errorString())
                .toStdString()};
    }
    const QByteArray bytes = file.readAll();
    return exchange::readPlanJson(std::string_view(bytes.constData(), bytes.size()));
}

} // namespace sunrelay::cli
