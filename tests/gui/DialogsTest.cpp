#include "JoinMeshDialog.h"
#include "RecentDataTypes.h"
#include "SendDialog.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QSettings>
#include <QTemporaryFile>

using namespace peerscope::gui;

TEST(SendDialog, EncodesTextHexAndFiles)
{
    SendDialog dialog(QStringLiteral("connection 1"));
    QString error;
    dialog.setText(QStringLiteral("grüß"));
    EXPECT_EQ(dialog.payload(&error), QString(QStringLiteral("grüß")).toUtf8());

    dialog.setMode(SendDialog::Mode::Hex);
    dialog.setText(QStringLiteral("de ad:BE ef"));
    EXPECT_EQ(dialog.payload(&error), QByteArray::fromHex("deadbeef"));
    EXPECT_TRUE(error.isEmpty());
    dialog.setText(QStringLiteral("abc"));
    EXPECT_TRUE(dialog.payload(&error).isEmpty());
    EXPECT_FALSE(error.isEmpty());

    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write("file bytes\x00\x01", 12);
    file.flush();
    dialog.setMode(SendDialog::Mode::File);
    dialog.setFilePath(file.fileName());
    error.clear();
    EXPECT_EQ(dialog.payload(&error), QByteArray("file bytes\x00\x01", 12));
}

TEST(SendDialog, RemembersTheDataTypesUsedNewestFirst)
{
    QSettings().remove(QStringLiteral("send/recentDataTypes"));
    EXPECT_EQ(RecentDataTypes::load(), QList<QUuid> { RecentDataTypes::defaultType() });

    const QUuid first = QUuid::createUuid();
    const QUuid second = QUuid::createUuid();
    SendDialog dialog(QStringLiteral("connection 1"));
    dialog.setText(QStringLiteral("x"));
    dialog.setDataTypeText(first.toString());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    RecentDataTypes::remember(second);
    const QList<QUuid> recent = RecentDataTypes::load();
    ASSERT_GE(recent.size(), 3);
    EXPECT_EQ(recent.at(0), second);
    EXPECT_EQ(recent.at(1), first);

    SendDialog invalid(QStringLiteral("connection 1"));
    invalid.setDataTypeText(QStringLiteral("not a guid"));
    invalid.accept();
    EXPECT_NE(invalid.result(), QDialog::Accepted);
}

TEST(JoinMeshDialog, ParsesTheAddressAndRejectsIncompleteInput)
{
    JoinMeshDialog dialog;
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    ASSERT_EQ(fields.size(), 4);
    fields[0]->setText(QStringLiteral("my-graph"));
    fields[1]->setText(QStringLiteral("not an address"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    fields[1]->setText(QStringLiteral("127.0.0.1:4567"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.address().port, 4567);
    EXPECT_EQ(dialog.graphId(), QStringLiteral("my-graph"));
}
