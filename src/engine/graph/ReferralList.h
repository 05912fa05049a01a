#pragma once
// The Referral List of MS-PPGRH §5.1: up to 100 addresses learnt from WELCOME,
// REFUSE and DISCONNECT, oldest evicted first, each marked once attempted.

#include "PeerTypes.h"

#include <QList>

#include <functional>
#include <optional>

namespace peerscope {

class ReferralList
{
public:
    static constexpr int Capacity = 100;

    void add(const QList<PeerAddress> &addresses);
    void markAttempted(const PeerAddress &address);
    // A random entry not excluded, unattempted ones first; marks it attempted.
    std::optional<PeerAddress> pick(const std::function<bool(const PeerAddress &)> &excluded);
    QList<PeerAddress> addresses() const;
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        PeerAddress address;
        bool attempted = false;
    };
    QList<Entry> m_entries; // oldest first
};

} // namespace peerscope
