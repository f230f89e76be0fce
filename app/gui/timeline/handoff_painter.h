#pragma once

// Handoff arrows between region rows: from where the sending region stops
// to where the receiver picks up; solid across an overlap, dashed across a
// gap. `regionCentre` is each region row's centre y (-1 when not laid out);
// `ringed`, the handoff the keyboard stepped to last.

#include "gui/timeline/paint_context.h"

class QPainter;
class QPolygonF;
class QRect;

namespace sunrelay::gui
{

void paintHandoffs(QPainter &p,
                   const PaintContext &c,
                   const std::vector<int> &regionCentre,
                   const QRect &area,
                   const Handoff *ringed);

// One arrow's parts as paintHandoffs() draws them (also the samples in View >
// Legend): its colour from the receiving region's, the line through `points`
// (solid for an overlap handoff, dashed for a gap handoff) and the head at
// `to`, pointing down (`direction` 1) or up (-1).
QColor handoffColour(const QColor &receiver, const QPalette &palette);
void strokeHandoffLine(QPainter &p,
                       const QPolygonF &points,
                       const QColor &colour,
                       HandoffKind kind);
void paintHandoffHead(QPainter &p, const QPointF &to, double direction, const QColor &colour);
// The ring around where the handoff that ] and [ stepped to last leaves.
void paintHandoffRing(QPainter &p, const QPointF &from, const QPalette &palette);

} // namespace sunrelay::gui
