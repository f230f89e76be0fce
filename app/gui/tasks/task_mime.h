#pragma once

// The drag-and-drop contract for tasks: the backlog drags rows out with it,
// the timeline accepts them (placing) and drags placed tasks back (unplacing).
// The payload is the task's id in UTF-8 under a private MIME type, so only
// Sunrelay windows take it and a task id never reads as plain text.
//
// Example:
//   auto *drag = new QDrag(source);
//   drag->setMimeData(taskMimeData("T-3"));          // the drag owns it
//   ...
//   taskIdFrom(event->mimeData()) == "T-3"

#include <QMimeData>

#include <optional>
#include <string>

namespace sunrelay::gui
{

inline constexpr char taskMimeType[] = "application/x-sunrelay-task-id";

// New mime data carrying `taskId`; the caller owns it (QDrag takes it over).
QMimeData *taskMimeData(const std::string &taskId);

// The task id a drag carries; nullopt when `mime` is null, has no task or an
// empty id.
std::optional<std::string> taskIdFrom(const QMimeData *mime);

} // namespace sunrelay::gui
