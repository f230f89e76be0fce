#pragma once

// Handoff arrows between region rows: from where the sending region stops
// to where the receiver picks up; solid across an overlap, dashed across a
// gap. `regionCentre` is each region row's centre y (-1 when not laid out);
// `ringed`, the handoff the keyboard stepped to last.

#include "gui/timeline/paint_context.h"

class QPainter;
class QRect;

namespace sunrelay::gui {

void paintHandoffs(QPainter &p, const PaintContext &c, const std::vector<int> &regionCentre,
                   const QRect &area, const Handoff *ringed);

} // namespace sunrelay::gui
