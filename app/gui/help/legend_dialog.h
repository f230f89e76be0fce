#pragma once

// View > Legend: every marking the world timeline draws, grouped by the rows
// it lies on, each with a sample painted by the timeline's own painters, a
// short name and one line of explanation (legend_samples.h). Non-modal, so it
// can stay open beside the timeline; the samples are painted again when the
// palette changes (light and dark themes).

#include <QDialog>

namespace sunrelay::gui
{

class LegendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LegendDialog(QWidget *parent = nullptr);

    // The logical size of every sample.
    static QSize sampleSize();

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintSamples();
};

} // namespace sunrelay::gui
