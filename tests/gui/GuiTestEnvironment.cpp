// Keeps the inspector's QSettings of the tests away from the user's real settings.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

namespace {

class GuiTestEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PeerscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui"));
    }
};

[[maybe_unused]] const auto *const environment = ::testing::AddGlobalTestEnvironment(new GuiTestEnvironment);

} // namespace
