#pragma once
// Record IDs of MS-PPGRH §3.1.7.2: half random, half a fingerprint of the
// creator, so that a receiver can check that a record claims the right creator.
// The exact bytes are written down in docs/records.md.

#include <QString>
#include <QUuid>

namespace peerscope {

// The fixed IDs of the two singleton internal records (§2.2.3).
inline const QUuid GraphInfoRecordId { QStringLiteral("{6c796768-7732-406b-bc6e-5e9c0d864580}") };
inline const QUuid SignatureRecordId { QStringLiteral("{4c515c94-4252-494f-8440-34cc79769c81}") };

// A fresh record ID for a record created by `creatorId`.
QUuid makeRecordId(const QString &creatorId);
// True when the ID's creator half matches `creatorId` (or the ID is one of the fixed ones).
bool recordIdMatchesCreator(const QUuid &recordId, const QString &creatorId);

} // namespace peerscope
