#pragma once

#include "gui/GuiServices.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class DeliveryWidget;
}

namespace herald {

class MessageTableModel;

/// The Delivery pane: every message with its live state, counts per state, and the selected
/// message's status history.
class DeliveryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryWidget(GuiServices services, QWidget* parent = nullptr);
    ~DeliveryWidget() override;

    MessageTableModel* model() const { return m_model; }
    /// Selects @p messageId and scrolls to it.
    void showMessage(qint64 messageId);
    void refreshMessages(const QList<qint64>& ids);

private:
    void updateCounts();
    void updateDetail();
    qint64 selectedMessage() const;

    const std::unique_ptr<Ui::DeliveryWidget> m_ui;
    GuiServices m_services;
    MessageTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace herald
