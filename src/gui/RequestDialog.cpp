#include "gui/RequestDialog.h"

#include "providers/Provider.h"
#include "ui_RequestDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>

namespace herald {

RequestDialog::RequestDialog(const RequestPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestDialog>())
{
    m_ui->setupUi(this);
    m_ui->requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->requestText->setPlainText(format(preview));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->requestText->toPlainText()); });
}

RequestDialog::~RequestDialog() = default;

QString RequestDialog::format(const RequestPreview& preview)
{
    QString text = preview.method + QLatin1Char(' ') + preview.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto& [name, value] : preview.headers)
        text += name + QStringLiteral(": ") + value + QLatin1Char('\n');
    if (!preview.body.isEmpty())
        text += QLatin1Char('\n') + preview.body;
    return text;
}

} // namespace herald
