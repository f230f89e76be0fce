#include "gui/help/legend_dialog.h"

#include "gui/help/legend_samples.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <optional>

namespace sunrelay::gui
{

LegendDialog::LegendDialog(QWidget *parent)
    : QDialog(parent)
{
    //: Title of the window explaining the timeline's colours and marks (View > Legend)
    setWindowTitle(tr("Timeline Legend"));
    setObjectName(QStringLiteral("legendDialog"));

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(2, 1);
    int row = 0;
    std::optional<LegendSection> section;
    for (const LegendEntry &entry : legendEntries()) {
        if (section != entry.section) {
            section = entry.section;
            auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(legendSectionTitle(*section)));
            title->setContentsMargins(0, row == 0 ? 0 : 10, 0, 2);
            grid->addWidget(title, row++, 0, 1, 3);
        }
        auto *sample = new QLabel;
        sample->setObjectName(QStringLiteral("legend-sample-") + entry.key);
        sample->setProperty("legendMarking", int(entry.marking));
        sample->setFixedSize(sampleSize());
        sample->setAccessibleName(entry.name);
        auto *name = new QLabel(entry.name);
        name->setObjectName(QStringLiteral("legend-name-") + entry.key);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        auto *explanation = new QLabel(entry.explanation);
        explanation->setObjectName(QStringLiteral("legend-text-") + entry.key);
        explanation->setWordWrap(true);
        explanation->setMinimumWidth(300);
        grid->addWidget(sample, row, 0, Qt::AlignVCenter);
        grid->addWidget(name, row, 1, Qt::AlignVCenter);
        grid->addWidget(explanation, row, 2, Qt::AlignVCenter);
        ++row;
    }
    grid->setRowStretch(row, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    paintSamples();
    // Wide enough for the explanations on one or two lines, tall enough for
    // most rows; a small screen scrolls.
    resize(720, 640);
}

QSize LegendDialog::sampleSize()
{
    return {112, 32};
}

void LegendDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        paintSamples();
}

void LegendDialog::paintSamples()
{
    for (QLabel *sample : findChildren<QLabel *>()) {
        const QVariant marking = sample->property("legendMarking");
        if (!marking.isValid())
            continue;
        sample->setPixmap(legendSample(LegendMarking(marking.toInt()),
                                       sampleSize(),
                                       palette(),
                                       font(),
                                       devicePixelRatioF()));
    }
}

} // namespace sunrelay::gui
