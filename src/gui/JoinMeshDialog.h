#pragma once

#include "PeerTypes.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace peerscope::gui {

// "Join mesh...": the graph id and one address of a node in it; remembers the last ones.
class JoinMeshDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinMeshDialog(QWidget *parent = nullptr);

    QString graphId() const;
    PeerAddress address() const;
    QString peerId() const;
    QString friendlyName() const;

    void accept() override;

private:
    QLineEdit *m_graphId;
    QLineEdit *m_address;
    QLineEdit *m_peerId;
    QLineEdit *m_friendlyName;
    QLabel *m_problem;
};

} // namespace peerscope::gui
