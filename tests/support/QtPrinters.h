#pragma once
// Readable GoogleTest failure messages for Qt value types.
// Use EXPECT_*/ASSERT_* only: QCOMPARE/QVERIFY fail silently inside GoogleTest.

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUuid>

#include <iosfwd>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &value, std::ostream *os);
void PrintTo(const QByteArray &value, std::ostream *os);
void PrintTo(const QUuid &value, std::ostream *os);
void PrintTo(const QHostAddress &value, std::ostream *os);
QT_END_NAMESPACE
