#pragma once

// The in-app guide: Help > How Handoffs Are Computed and Help > The DST Rule,
// short pages written from the product's exact rules (the design document), each
// with a worked example whose times were worked out independently (Python
// zoneinfo). Non-modal; one dialog shows either page. Colours come from the
// palette, so the pages read in light and dark themes.

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace sunrelay::gui
{

enum class GuidePage {
    Handoffs,
    DstRule
};

// The page's title ("How Handoffs Are Computed") and its body as HTML, one
// translated paragraph at a time.
QString guideTitle(GuidePage page);
QString guideHtml(GuidePage page);

class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(GuidePage page, QWidget *parent = nullptr);

    void showPage(GuidePage page);
    GuidePage page() const { return m_page; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QTextBrowser *m_browser = nullptr;
    GuidePage m_page;
};

} // namespace sunrelay::gui
