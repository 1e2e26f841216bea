#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RequestDialog;
}

namespace herald {

struct RequestPreview;

/// Shows the exact request a send would make ("Show request"), with secrets masked.
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RequestDialog(const RequestPreview& preview, QWidget* parent = nullptr);
    ~RequestDialog() override;

    /// The request as plain text: the request line, headers, a blank line and the body.
    static QString format(const RequestPreview& preview);

private:
    const std::unique_ptr<Ui::RequestDialog> m_ui;
};

} // namespace herald
