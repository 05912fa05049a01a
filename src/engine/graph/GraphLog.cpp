#include "graph/GraphLog.h"

namespace peerscope {
Q_LOGGING_CATEGORY(lcGraph, "peerscope.graph")
} // namespace peerscope
