#include "RecentDataTypes.h"

#include <QSettings>

namespace peerscope::gui::RecentDataTypes {

namespace {
constexpr qsizetype MaxRemembered = 10;
const QString SettingsKey = QStringLiteral("send/recentDataTypes");
} // namespace

QUuid defaultType()
{
    return QUuid(QStringLiteral("{5c6e7b1e-9d3a-4f0b-8f1e-70656572746e}"));
}

QList<QUuid> load()
{
    QList<QUuid> types;
    for (const QString &text : QSettings().value(SettingsKey).toStringList()) {
        const QUuid type(text);
        if (!type.isNull() && !types.contains(type))
            types.append(type);
    }
    if (types.isEmpty())
        types.append(defaultType());
    return types;
}

void remember(const QUuid &type)
{
    QList<QUuid> types = load();
    types.removeAll(type);
    types.prepend(type);
    QStringList texts;
    for (const QUuid &t : types.first(std::min(types.size(), MaxRemembered)))
        texts << t.toString();
    QSettings().setValue(SettingsKey, texts);
}

} // namespace peerscope::gui::RecentDataTypes
