#include "JoinMeshDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUuid>

namespace peerscope::gui {

JoinMeshDialog::JoinMeshDialog(QWidget *parent)
    : QDialog(parent)
    , m_graphId(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_peerId(new QLineEdit(this))
    , m_friendlyName(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Join mesh"));
    const QSettings settings;
    m_graphId->setText(settings.value(QStringLiteral("join/graphId")).toString());
    m_address->setText(settings.value(QStringLiteral("join/address")).toString());
    m_address->setPlaceholderText(tr("127.0.0.1:4000 or [::1]:4000"));
    m_peerId->setText(
        settings
            .value(QStringLiteral("join/peerId"),
                QString(QStringLiteral("inspector-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(6)))
            .toString());
    m_friendlyName->setText(settings.value(QStringLiteral("join/friendlyName"), tr("Inspector")).toString());
    m_graphId->setToolTip(tr("The id of the graph the node at the address belongs to."));
    m_address->setToolTip(tr("Any listening node of the graph; the engine follows referrals from there."));

    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinMeshDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JoinMeshDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Graph id:"), m_graphId);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Peer id:"), m_peerId);
    form->addRow(tr("&Friendly name:"), m_friendlyName);
    form->addRow(m_problem);
    form->addRow(buttons);
}

QString JoinMeshDialog::graphId() const
{
    return m_graphId->text().trimmed();
}

PeerAddress JoinMeshDialog::address() const
{
    return PeerAddress::fromString(m_address->text().trimmed());
}

QString JoinMeshDialog::peerId() const
{
    return m_peerId->text().trimmed();
}

QString JoinMeshDialog::friendlyName() const
{
    return m_friendlyName->text().trimmed();
}

void JoinMeshDialog::accept()
{
    QString problem;
    if (graphId().isEmpty())
        problem = tr("Enter the graph id.");
    else if (address().isNull())
        problem = tr("Enter an address as HOST:PORT, e.g. 127.0.0.1:4000.");
    else if (peerId().isEmpty())
        problem = tr("Enter a peer id for the inspector's node.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("join/graphId"), graphId());
    settings.setValue(QStringLiteral("join/address"), m_address->text().trimmed());
    settings.setValue(QStringLiteral("join/peerId"), peerId());
    settings.setValue(QStringLiteral("join/friendlyName"), friendlyName());
    QDialog::accept();
}

} // namespace peerscope::gui
