#pragma once
// The original's record search query (PeerGraphSearchRecords):
// <peersearch><and><clause attrib="Owner" type="string" compare="equal">Sc*</clause>...</and></peersearch>

#include "PeerError.h"
#include "Record.h"

#include <memory>

namespace peerscope {

class RecordQuery
{
public:
    // Schema violations give InvalidSearch; a bad backslash escape gives InvalidArgument.
    static Result<RecordQuery> parse(const QString &criteria);

    bool matches(const Record &record) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace peerscope
