#pragma once

// TimelineMetrics: fonts, labels and measures of the timeline, made once per
// font and clock style: timeX() alone runs thousands of times a frame, and
// every QFontMetrics asks the font engine again.

#include "gui/text/time_format.h"

#include <QFont>
#include <QStaticText>

#include <array>

namespace sunrelay::gui
{

struct TimelineMetrics {
    QFont font;
    QFont boldFont;
    QFont smallFont;
    int fontHeight = 0;
    int smallLineHeight = 0;
    int headerWidth = 0;
    int hourLabelSpacing = 0; // room a row's hour label needs
    int weekdayLabelWidth = 0; // the widest weekday name in a row
    int axisTimeLabelSpacing = 0; // room a time on the axis needs
    int axisDateLabelSpacing = 0; // room a date on the axis needs
    // "00".."23" (or "12 AM".."11 PM") and the weekday names, drawn
    // thousands of times a frame on a big plan.
    std::array<QStaticText, 24> hourLabels;
    std::array<QStaticText, 7> weekdayLabels; // Monday first

    int axisHeight() const { return fontHeight * 2 + 10; }
    int memberRowHeight() const { return static_cast<int>(fontHeight * 2.4); }
    int regionRowHeight() const { return static_cast<int>(fontHeight * 1.6) + 6; }
};

TimelineMetrics timelineMetrics(const QFont &font, ClockStyle clock);

} // namespace sunrelay::gui
