#include "gui/help/guide_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sunrelay::gui
{

namespace
{

// A worked example, set off from the rules around it (class "example", whose
// background the dialog takes from the palette).
QString example(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<table class=\"example\" width=\"100%\" cellpadding=\"8\"><tr><td>"
               "<p><b>%1</b></p>%2</td></tr></table>")
        .arg(title, body);
}

QString handoffsHtml()
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(guideTitle(GuidePage::Handoffs));
    html += GuideDialog::tr(
        "<p>A region <b>covers</b> the times when at least one of its members works (time off "
        "and the region's holidays taken out). Where a stretch of a region's coverage ends, the "
        "work passes on: a <b>handoff</b>. The region that stops is the <b>sender</b>, the one "
        "that takes the work the <b>receiver</b>.</p>");
    html += GuideDialog::tr(
        "<p><b>Overlap handoff</b> (solid arrow): another region works at the moment the sender "
        "stops (one starting exactly then counts, with no overlap). The receiver is the region "
        "that worked alongside the sender longest just before; then the one that keeps working "
        "longest after; then region order. The <b>overlap</b> is the time both covered before "
        "the end, and the <b>pickup</b> is the end itself: the work waits for nobody.</p>");
    html += GuideDialog::tr(
        "<p><b>Gap handoff</b> (dashed arrow): nobody works at the moment the sender stops. The "
        "region whose coverage starts first after it picks up (ties: region order), and the "
        "<b>wait</b> is the time until then, however long: a weekend, or a three-week "
        "shutdown. If that region is the sender itself there is no handoff: it simply resumes. "
        "If nobody works again at all, there is none either.</p>");
    html += GuideDialog::tr(
        "<p><b>Sync slot</b>: in an overlap handoff with some overlap, the earliest window of "
        "the policy length (15 minutes unless the plan says otherwise) inside the overlap in "
        "which at least one member of each side works throughout, and which touches no "
        "deep-work block of anyone on either side working then. A window inside a comms window "
        "of both sides is preferred over the earliest. Without one the handoff is asynchronous "
        "only: a written note.</p>");
    //: Heading of an example box in the Help guide pages
    html += example(
        GuideDialog::tr("Worked example"),
        GuideDialog::tr(
            "<p>EMEA: Anna in Berlin works 09:00–17:30. AMER: Ben in New York works "
            "09:00–17:00. No deep work, no other regions. On Monday 9 March 2026 New York is "
            "already on summer time (EDT, UTC−4), Berlin not yet (CET, UTC+1): Anna works "
            "08:00–16:30 UTC, Ben 13:00–21:00 UTC.</p>")
            + GuideDialog::tr(
                "<p>At 16:30 UTC (17:30 in Berlin, 12:30 in New York) EMEA stops while AMER "
                "works: an <b>overlap handoff EMEA → AMER</b> with 3 h 30 min of overlap "
                "(13:00–16:30 UTC), picked up at once. Its sync slot is the overlap's first 15 "
                "minutes, 13:00–13:15 UTC: 14:00 in Berlin, 09:00 in New York.</p>")
            + GuideDialog::tr(
                "<p>At 21:00 UTC Ben stops and nobody works: a <b>gap handoff AMER → EMEA</b>, "
                "picked up on Tuesday at 08:00 UTC (09:00 in Berlin) after a wait of 11 h. From "
                "Friday 13 March the same handoff waits until Monday 16 March, 08:00 UTC: "
                "2 d 11 h.</p>"));
    return html;
}

QString dstHtml()
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(guideTitle(GuidePage::DstRule));
    html += GuideDialog::tr(
        "<p>Working hours, deep work and comms windows are wall-clock times in each member's own "
        "zone: 09:00 stays 09:00 all year, and the moment it stands for moves when the clocks "
        "change. Twice a year a wall-clock time is not one moment; Sunrelay then reads it "
        "exactly as calendar files do (RFC 5545), so a calendar shows what Sunrelay "
        "shows.</p>");
    html += GuideDialog::tr(
        "<p><b>Skipped times move forward by the gap.</b> When the clocks spring forward, a "
        "time in the skipped hour does not exist. It is read with the offset from before the "
        "change, which puts it as much later as the clocks jumped.</p>");
    //: Heading of an example box in the DST guide page: clocks move forward in spring
    html += example(
        GuideDialog::tr("Example: spring forward"),
        GuideDialog::tr("<p>New York, Sunday 8 March 2026: at 02:00 EST the clocks jump to 03:00 "
                        "EDT. 02:30 does not exist; read as 02:30 EST it is 07:30 UTC, which is "
                        "<b>03:30 EDT</b>.</p>"));
    html += GuideDialog::tr(
        "<p><b>Repeated times take the first occurrence.</b> When the clocks fall back, an hour "
        "happens twice; a time in it means the earlier one.</p>");
    //: Heading of an example box in the DST guide page: clocks move back in autumn
    html += example(
        GuideDialog::tr("Example: fall back"),
        GuideDialog::tr("<p>New York, Sunday 1 November 2026: 01:00–02:00 happens twice. 01:30 "
                        "means <b>01:30 EDT = 05:30 UTC</b>, not 01:30 EST = 06:30 UTC.</p>"));
    html += GuideDialog::tr(
        "<p><b>Lengths are exact time.</b> A range keeps its wall-clock ends, so on a night the "
        "clocks change it is shorter or longer by the change. Overlaps, waits and effort are "
        "counted in real elapsed time.</p>");
    //: Heading of an example box in the DST guide page: how lengths of time are counted
    html += example(
        GuideDialog::tr("Example: lengths"),
        GuideDialog::tr("<p>In New York a range 01:00–05:00 lasts 4 h on most nights, "
                        "<b>3 h</b> on 8 March 2026 and <b>5 h</b> on 1 November 2026. A range "
                        "02:15–03:00 has no time at all on 8 March: its start reads as 03:15 "
                        "EDT, after its end.</p>"));
    html += GuideDialog::tr(
        "<p>On the timeline a diamond marks each clock change on the member's row (filled: "
        "forward, hollow: back); View &gt; DST Drift shows how each handoff moves in local time "
        "over the coming year.</p>");
    return html;
}

} // namespace

QString guideTitle(GuidePage page)
{
    switch (page) {
    case GuidePage::Handoffs:
        //: Title of the Help guide page (Help menu) on handoffs
        return GuideDialog::tr("How Handoffs Are Computed");
    case GuidePage::DstRule:
        //: Title of the Help guide page (Help menu) on daylight saving time
        return GuideDialog::tr("The DST Rule");
    }
    return {};
}

QString guideHtml(GuidePage page)
{
    return page == GuidePage::Handoffs ? handoffsHtml() : dstHtml();
}

GuideDialog::GuideDialog(GuidePage page, QWidget *parent)
    : QDialog(parent)
    , m_page(page)
{
    setObjectName(QStringLiteral("guideDialog"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(560, 600);
    showPage(page);
}

void GuideDialog::showPage(GuidePage page)
{
    m_page = page;
    setWindowTitle(guideTitle(page));
    applyPalette();
}

void GuideDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        applyPalette();
}

void GuideDialog::applyPalette()
{
    // The text takes the browser's palette by itself; only the examples'
    // background is named, from the palette too. The dialog's palette: its
    // change reaches the dialog before the browser inherits it.
    const QPalette &palette = this->palette();
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral(
            "table.example { background-color: %1; margin-top: 4px; margin-bottom: 8px; }"
            "h2 { margin-bottom: 6px; }")
            .arg(palette.color(QPalette::AlternateBase).name()));
    m_browser->setHtml(guideHtml(m_page));
}

} // namespace sunrelay::gui
