#include "GuiLog.h"

namespace peerscope::gui {
Q_LOGGING_CATEGORY(lcGui, "peerscope.gui", QtInfoMsg)
}
