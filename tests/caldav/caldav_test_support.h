#pragma once

// What the CalDAV tests share: the demo plan they publish.

#include "sunrelay/core/plan.h"
#include "sunrelay/exchange/plan_json.h"

#include <QFile>
#include <QtGlobal>

#include <utility>

namespace sunrelay::caldavtest
{

// The demo plan of resources/demo, read like `sunrelay-cli import` reads it.
inline Plan demoPlan()
{
    QFile file(QStringLiteral(SUNRELAY_DEMO_PLAN));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the demo plan");
    auto plan = exchange::readPlanJson(file.readAll().toStdString());
    if (!plan)
        qFatal("demo plan: %s", plan.error().message().c_str());
    return std::move(plan).value();
}

} // namespace sunrelay::caldavtest
