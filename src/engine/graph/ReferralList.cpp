#include "graph/ReferralList.h"

#include "graph/Addresses.h"

#include <QRandomGenerator>

namespace peerscope {

void ReferralList::add(const QList<PeerAddress> &addresses)
{
    for (const PeerAddress &raw : addresses) {
        const PeerAddress address = addresses::normalized(raw);
        if (address.isNull())
            continue;
        bool attempted = false;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].address == address) {
                attempted = m_entries[i].attempted;
                m_entries.removeAt(i); // re-added below as the most recent
                break;
            }
        }
        m_entries.append({ address, attempted });
        if (m_entries.size() > Capacity)
            m_entries.removeFirst();
    }
}

void ReferralList::markAttempted(const PeerAddress &raw)
{
    const PeerAddress address = addresses::normalized(raw);
    for (Entry &entry : m_entries) {
        if (entry.address == address)
            entry.attempted = true;
    }
}

std::optional<PeerAddress> ReferralList::pick(const std::function<bool(const PeerAddress &)> &excluded)
{
    QList<Entry *> fresh;
    QList<Entry *> seen;
    for (Entry &entry : m_entries) {
        if (!excluded(entry.address))
            (entry.attempted ? seen : fresh).append(&entry);
    }
    const QList<Entry *> &pool = fresh.isEmpty() ? seen : fresh;
    if (pool.isEmpty())
        return std::nullopt;
    Entry *chosen = pool.at(QRandomGenerator::global()->bounded(int(pool.size())));
    chosen->attempted = true;
    return chosen->address;
}

QList<PeerAddress> ReferralList::addresses() const
{
    QList<PeerAddress> result;
    for (const Entry &entry : m_entries)
        result.append(entry.address);
    return result;
}

} // namespace peerscope
