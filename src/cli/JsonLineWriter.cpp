#include "JsonLineWriter.h"

#include "JsonValues.h"

#include <QFileDevice>
#include <QJsonDocument>

namespace peerscope::cli {

JsonLineWriter::JsonLineWriter(QIODevice *device, QObject *parent)
    : QObject(parent)
    , m_device(device)
{
}

void JsonLineWriter::write(QJsonObject line)
{
    line.insert(QStringLiteral("time"), timestamp(QDateTime::currentDateTimeUtc()));
    m_device->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    if (auto *file = qobject_cast<QFileDevice *>(m_device))
        file->flush();
}

} // namespace peerscope::cli
