// Plan lookups (plan.h), region colours (region.h) and the task helpers
// (task.h).

#include "plan_builder.h"

#include <QSet>
#include <QTest>

using namespace sunrelay;
using namespace sunrelay::test;

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void lookups();
    void defaultColours();
};

void TestPlan::lookups()
{
    // The plan.h example: regionIndex("amer") == 1.
    const Plan plan = PlanBuilder()
                          .region("emea")
                          .region("amer")
                          .member("anna", "emea", "Europe/Berlin", "mon-fri 09:00-17:30")
                          .member("nia", "amer", "America/New_York", "mon-fri 09:00-17:00")
                          .member("liam", "emea", "Europe/London", "mon-fri 09:00-17:00")
                          .build();
    QCOMPARE(plan.regionIndex("amer"), std::optional<std::size_t>{1});
    QCOMPARE(plan.regionIndex("emea"), std::optional<std::size_t>{0});
    QCOMPARE(plan.regionIndex("apac"), std::optional<std::size_t>{});
    QCOMPARE(plan.memberIndex("liam"), std::optional<std::size_t>{2});
    QCOMPARE(plan.memberIndex("nobody"), std::optional<std::size_t>{});
    // Members of a region in member order.
    QCOMPARE(plan.membersOf(0), (std::vector<std::size_t>{0, 2}));
    QCOMPARE(plan.membersOf(1), (std::vector<std::size_t>{1}));
    QCOMPARE(Plan{}.regionIndex("emea"), std::optional<std::size_t>{});
}

void TestPlan::defaultColours()
{
    // region.h: the Okabe-Ito palette, repeating. Okabe & Ito's published
    // colours: black #000000, orange #E69F00, sky blue #56B4E9, bluish green
    // #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00, reddish
    // purple #CC79A7. The region.h example gives EMEA (the first) #0072B2.
    const QSet<QString> okabeIto{"#000000",
                                 "#E69F00",
                                 "#56B4E9",
                                 "#009E73",
                                 "#F0E442",
                                 "#0072B2",
                                 "#D55E00",
                                 "#CC79A7"};
    QCOMPARE(QString::fromStdString(defaultRegionColor(0)), QStringLiteral("#0072B2"));
    QSet<QString> seen;
    std::size_t period = 0;
    for (std::size_t i = 0; i < 16; ++i) {
        const QString colour = QString::fromStdString(defaultRegionColor(i));
        QVERIFY2(okabeIto.contains(colour.toUpper()), qPrintable(colour));
        if (seen.contains(colour) && period == 0)
            period = i;
        seen.insert(colour);
    }
    // Every colour differs from its neighbours until the palette repeats.
    QVERIFY(period >= 7);
    for (std::size_t i = 0; i < 16; ++i)
        QCOMPARE(defaultRegionColor(i + period), defaultRegionColor(i));
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
