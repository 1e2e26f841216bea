#pragma once

#include "core/MessageState.h"
#include "gui/GuiServices.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>
#include <memory>

class QAction;
class QMenu;

namespace Ui {
class DeliveryWidget;
}

namespace herald {

class MessageDetailPane;
class MessageFilterModel;
class MessageTableModel;

/**
 * The Delivery pane: every message with its live state, a filter bar (states, campaign, profile,
 * time of the last update, free text), the counts per state of what the filters let through (a
 * click on one shows only that state), and the selected message in the detail area below.
 *
 * The detail area (detailArea(), objectName "detailArea") holds the MessageDetailPane, which
 * follows the selection. Export… saves what the filters show, in the order shown.
 */
class DeliveryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryWidget(GuiServices services, QWidget* parent = nullptr);
    ~DeliveryWidget() override;

    MessageTableModel* model() const { return m_model; }
    MessageFilterModel* filterModel() const { return m_proxy; }
    /// Selects @p messageId and scrolls to it, clearing filters that hide it.
    void showMessage(qint64 messageId);
    /// These messages changed in the journal (a batch from the tracker, the callbacks or a send).
    void refreshMessages(const QList<qint64>& ids);

    /// The message selected in the table; 0 when none.
    qint64 currentMessage() const { return m_currentId; }
    /// The container below the table that shows the selected message.
    QWidget* detailArea() const;
    MessageDetailPane* detailPane() const { return m_detail; }

    /// The ids of the messages the filters let through, in the order shown.
    QList<qint64> shownMessages() const;
    /// Writes the messages shown, in the order shown, to @p path as CSV (Export…); false with @p error in words.
    bool exportShown(const QString& path, QString* error = nullptr) const;

    /// Shows only messages in these states (none: every state), as the state filter does.
    void setStateFilter(const QSet<MessageState>& states);
    /// Removes every filter.
    void clearFilters();

    /// The pane's layout (splitter; the table's column widths, hidden columns, sort), kept between runs.
    QVariantMap saveState() const;
    /// Lays the pane out as @p state says; what does not fit this version's table is left as it is.
    void restoreState(const QVariantMap& state);

Q_SIGNALS:
    /// Another message was selected (0: none).
    void currentMessageChanged(qint64 messageId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildFilters();
    void arrangeFilters(bool narrow);
    void applyFilters();
    void applyDateChoice();
    void updateStateFilterText();
    void reloadChoices();
    void updateCounts();
    void chooseExportFile();
    void showExportStatus(const QString& text);
    void setCurrent(qint64 messageId);
    void toggleState(MessageState state);
    void syncCampaigns();
    void showColumnMenu(const QPoint& at);
    qint64 selectedMessage() const;

    const std::unique_ptr<Ui::DeliveryWidget> m_ui;
    GuiServices m_services;
    MessageTableModel* m_model;
    MessageFilterModel* m_proxy;
    MessageDetailPane* m_detail;
    QMenu* m_stateMenu = nullptr;
    QList<QAction*> m_stateActions; ///< one per MessageState, in order
    QTimer m_searchDelay; ///< typing runs the search once the operator pauses
    QTimer m_campaignSync; ///< campaigns' progress, gathered and read at most once a second
    QSet<qint64> m_dirtyCampaigns;
    QHash<qint64, qint64> m_campaignSyncedMs; ///< per campaign: when its messages were last read (ms, UTC)
    qint64 m_currentId = 0;
    qint64 m_showAfterLoad = 0;
    int m_arrangement = -1; ///< 1 narrow, 0 wide, -1 not yet
};

} // namespace herald
