#pragma once

#include "core/Message.h"
#include "gui/GuiServices.h"

#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class MessageDetailPane;
}

namespace herald {

struct SendRequest;

/**
 * Everything about one message: where it stands, its status history with the provider's own
 * answers, the provider's ids, the channels tried, what went wrong in words, every message ever sent
 * to the same number, and what can be done about it (retry, resend, cancel, copy the ids, export the
 * number's history). Keeps itself up to date as the message's status changes.
 */
class MessageDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit MessageDetailPane(GuiServices services, QWidget* parent = nullptr);
    ~MessageDetailPane() override;

    /// Shows message @p messageId (0, or an id the journal does not have: nothing, as clear()).
    void setMessage(qint64 messageId);
    void clear();
    /// The message shown; 0 when none.
    qint64 message() const { return m_messageId; }
    /// Reads the message and its number's history again when any of @p ids is among them.
    void refreshMessages(const QList<qint64>& ids);

    /// Copies the message's ids to the clipboard, as the Copy ids button does.
    void copyIds();
    /// Writes every message sent to the number shown to @p path as CSV; false with @p error in words.
    bool exportHistory(const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    /// The operator chose @p messageId in the history of the number; the pane shows it already.
    void messageActivated(qint64 messageId);
    /// Retry or Resend made message @p messageId; the pane shows it already.
    void messageCreated(qint64 messageId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showFacts(const MessageRecord& m);
    void showError(const MessageRecord& m);
    void showTimeline(const QList<StatusEvent>& events);
    /// Wraps the timeline's error lines to its width (again when the width changes) and fits its height.
    void wrapTimeline();
    void showRaw(const StatusEvent* event);
    void showHistory(const MessageRecord& m);
    void updateActions(const MessageRecord& m);
    QStringList idLines() const;

    void retry();
    void resend();
    void chooseExportFile();
    /// Sends @p m again on its own, as it was: the same profile, template, values, options and recipient.
    /// @p m is a copy: showing the new message replaces m_message.
    void sendAgain(MessageRecord m, const QString& auditAction);
    /// The request that sends @p m again, or std::nullopt with @p why in words.
    std::optional<SendRequest> requestFor(const MessageRecord& m, QString* why) const;
    /// Queues @p m again in its campaign (@p unknown: its outcome was unknown, and the operator said so).
    void againInCampaign(MessageRecord m, bool unknown);

    const std::unique_ptr<Ui::MessageDetailPane> m_ui;
    GuiServices m_services;
    qint64 m_messageId = 0;
    std::optional<MessageRecord> m_message;
    QList<StatusEvent> m_events;
    QList<qint64> m_history; ///< the ids listed under "History of this number", newest first
    QSet<qint64> m_historyIds; ///< the same, to look up as status batches arrive
    int m_wrapWidth = -1; ///< the width the timeline's error lines are wrapped to
};

} // namespace herald
