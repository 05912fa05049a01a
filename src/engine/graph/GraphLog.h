#pragma once

#include <QLoggingCategory>

namespace peerscope {
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
} // namespace peerscope
