#pragma once

// Each task's own colour on the timeline, stable across runs and edits (from
// its id), from Paul Tol's muted qualitative scheme: distinct from one
// another for colour-blind readers and from the region colours the bars sit
// on. Labels on a bar take the text colour that reads on it.

#include <QColor>

#include <string>

namespace sunrelay::gui
{

QColor taskColour(const std::string &taskId);

// The colours a task bar is painted in, worked out once per colour of the
// scheme: painting asks for them a thousand times a frame.
struct TaskBarColours {
    QColor fill;
    QColor edge; // the outline and links, darker
    QColor text; // the label on the fill
};
const TaskBarColours &taskBarColours(const std::string &taskId);

// Black or white, whichever contrasts more with `background`.
QColor textColourOn(const QColor &background);

} // namespace sunrelay::gui
