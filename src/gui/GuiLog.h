#pragma once

#include <QLoggingCategory>

namespace peerscope::gui {
Q_DECLARE_LOGGING_CATEGORY(lcGui)
}
