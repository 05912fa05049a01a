#include "QtPrinters.h"

#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *os)
{
    *os << '"' << value.toStdString() << '"';
}

void PrintTo(const QByteArray &value, std::ostream *os)
{
    // Long buffers are summarised: a 16 MiB payload must not flood the log.
    constexpr qsizetype shown = 64;
    *os << "QByteArray(" << value.size() << " bytes: " << value.left(shown).toHex(' ').toStdString()
        << (value.size() > shown ? " ...)" : ")");
}

void PrintTo(const QUuid &value, std::ostream *os)
{
    *os << value.toString().toStdString();
}

void PrintTo(const QHostAddress &value, std::ostream *os)
{
    *os << value.toString().toStdString();
}
QT_END_NAMESPACE
