#pragma once
// Contacts (§4.10, §3.1.7.12): a few nodes publish a Contact record (the
// signature they see, their node id and addresses) so that every node knows
// some listening nodes of the whole graph. The number wanted grows with the
// graph: C_min = max(5, 60 − log2 S) for signature S, C_max = C_min + 5.

#include "PeerTypes.h"
#include "Record.h"

#include <QTimer>

#include <optional>

namespace peerscope {

class RecordReplicatorPrivate;

class ContactMaintainer
{
public:
    // One live Contact record.
    struct Contact
    {
        QString peerId;
        NodeId nodeId = 0;
        quint64 signature = 0;
        QList<PeerAddress> addresses;
    };

    explicit ContactMaintainer(RecordReplicatorPrivate &d);

    QList<Contact> contacts() const;
    // This node publishes a live Contact record.
    bool isContact() const;
    // Contact maintenance: runs when a Contact or the Signature record changes or expires, when
    // listening starts or changes, and when the node synchronizes.
    void maintain();
    // Graph closing: stops the timer and deletes our Contact record.
    void withdraw();

private:
    std::optional<Record> ownRecord() const;
    void publish(quint64 signature, const std::optional<Record> &own);
    void fire();

    RecordReplicatorPrivate &d;
    QTimer timer;
};

} // namespace peerscope
