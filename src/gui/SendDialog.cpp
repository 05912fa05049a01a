#include "SendDialog.h"

#include "RecentDataTypes.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

namespace peerscope::gui {

namespace {
constexpr qint64 MaxFileSize = 16 * 1024 * 1024; // the engine's largest message
}

SendDialog::SendDialog(const QString &connectionLabel, QWidget *parent)
    : QDialog(parent)
    , m_dataType(new QComboBox(this))
    , m_text(new QRadioButton(tr("&Text (UTF-8)"), this))
    , m_hex(new QRadioButton(tr("&Hex bytes"), this))
    , m_file(new QRadioButton(tr("&File"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_filePath(new QLineEdit(this))
    , m_fileRow(new QWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Send data on %1").arg(connectionLabel));
    m_dataType->setEditable(true);
    for (const QUuid &type : RecentDataTypes::load())
        m_dataType->addItem(type.toString());
    m_dataType->setToolTip(tr("The data type GUID the receiver sees in INCOMING_DATA; recently used ones are listed."));

    auto *modes = new QButtonGroup(this);
    auto *modeRow = new QHBoxLayout;
    for (QRadioButton *button : { m_text, m_hex, m_file }) {
        modes->addButton(button);
        modeRow->addWidget(button);
    }
    modeRow->addStretch();
    m_text->setChecked(true);
    m_hex->setToolTip(tr("Bytes as hexadecimal digits; spaces and colons are ignored, e.g. \"de ad be ef\"."));

    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("&Browse..."), m_fileRow);
    fileLayout->addWidget(m_filePath);
    fileLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
        if (!path.isEmpty())
            m_filePath->setText(path);
    });

    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Data &type:"), m_dataType);
    form->addRow(tr("Payload:"), modeRow);
    form->addRow(m_editor);
    form->addRow(tr("File:"), m_fileRow);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(modes, &QButtonGroup::buttonToggled, this, &SendDialog::updateMode);
    updateMode();
    resize(520, 320);
}

SendDialog::Mode SendDialog::mode() const
{
    return m_hex->isChecked() ? Mode::Hex : m_file->isChecked() ? Mode::File : Mode::Text;
}

void SendDialog::setMode(Mode mode)
{
    (mode == Mode::Hex ? m_hex : mode == Mode::File ? m_file : m_text)->setChecked(true);
}

void SendDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void SendDialog::setFilePath(const QString &path)
{
    m_filePath->setText(path);
}

void SendDialog::setDataTypeText(const QString &text)
{
    m_dataType->setCurrentText(text);
}

void SendDialog::updateMode()
{
    const bool file = mode() == Mode::File;
    m_editor->setVisible(!file);
    m_fileRow->setEnabled(file);
    m_editor->setPlaceholderText(mode() == Mode::Hex ? tr("48 65 6c 6c 6f") : tr("Hello, mesh!"));
}

QUuid SendDialog::dataType() const
{
    return QUuid(m_dataType->currentText().trimmed());
}

QByteArray SendDialog::payload(QString *error) const
{
    switch (mode()) {
    case Mode::Text: return m_editor->toPlainText().toUtf8();
    case Mode::Hex: {
        QString digits = m_editor->toPlainText();
        digits.remove(QRegularExpression(QStringLiteral("[\\s:]")));
        if (digits.size() % 2 != 0 || digits.contains(QRegularExpression(QStringLiteral("[^0-9a-fA-F]")))) {
            *error = tr("Hex input must be pairs of hexadecimal digits.");
            return {};
        }
        return QByteArray::fromHex(digits.toLatin1());
    }
    case Mode::File: {
        QFile file(m_filePath->text());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(m_filePath->text(), file.errorString());
            return {};
        }
        if (file.size() > MaxFileSize) {
            *error = tr("The file is larger than 16 MiB, the largest message a connection carries.");
            return {};
        }
        return file.readAll();
    }
    }
    return {};
}

void SendDialog::accept()
{
    QString error;
    if (dataType().isNull())
        error = tr("The data type must be a GUID, e.g. %1.").arg(RecentDataTypes::defaultType().toString());
    else
        payload(&error);
    if (!error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    RecentDataTypes::remember(dataType());
    QDialog::accept();
}

} // namespace peerscope::gui
