#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace peerscope::gui {

// "Send data" on a direct connection: text, hex bytes or a file's contents, with a data-type
// GUID picked from the recently used ones.
class SendDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Text, Hex, File };

    explicit SendDialog(const QString &connectionLabel, QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    void setText(const QString &text);
    void setFilePath(const QString &path);
    void setDataTypeText(const QString &text);
    // The bytes to send; empty with `error` set when the input is not valid.
    QByteArray payload(QString *error) const;
    QUuid dataType() const;

    void accept() override; // validates, remembers the data type

private:
    void updateMode();
    QComboBox *m_dataType;
    QRadioButton *m_text;
    QRadioButton *m_hex;
    QRadioButton *m_file;
    QPlainTextEdit *m_editor;
    QLineEdit *m_filePath;
    QWidget *m_fileRow;
    QLabel *m_problem;
};

} // namespace peerscope::gui
