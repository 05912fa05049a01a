#include "graph/LinkContext.h"

#include <cmath>

namespace peerscope {

int LinkContext::authenticationTimeoutMs() const
{
    return tuning.authenticationBaseMs
        + int(tuning.authenticationSpanMs * std::exp(-(liveConnections ? liveConnections() : 0) / 10.0));
}

} // namespace peerscope
