#pragma once

#include <QList>
#include <QUuid>

namespace peerscope::gui {

// The data-type GUIDs last used for sending, newest first, kept in QSettings.
namespace RecentDataTypes {

// The type offered when nothing was used yet: Peerscope's "plain text" GUID.
QUuid defaultType();
QList<QUuid> load();
void remember(const QUuid &type);

} // namespace RecentDataTypes

} // namespace peerscope::gui
