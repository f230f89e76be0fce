#include "logging.h"

namespace sunrelay
{

// QtWarningMsg: debug and info messages stay off until a rule enables them.
Q_LOGGING_CATEGORY(lcStore, "sunrelay.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "sunrelay.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIcal, "sunrelay.ical", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "sunrelay.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "sunrelay.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTimeline, "sunrelay.gui.timeline", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWindow, "sunrelay.gui.window", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "sunrelay.cli", QtWarningMsg)

} // namespace sunrelay
