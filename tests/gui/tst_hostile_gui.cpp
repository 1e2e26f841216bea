#include "GuiTest.h"
#include "SandboxApp.h"
#include "dispatch/SendController.h"
#include "gui/DeliveryWidget.h"
#include "gui/MainWindow.h"
#include "gui/MessageDetailPane.h"
#include "sandbox/HostileAnswers.h"
#include "storage/MessageRepository.h"
#include "storage/TemplateRepository.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace herald;
using herald::test::child;

/// The whole window after the sandbox answered with hostile bodies: every provider text is shown as
/// the characters it is, never as markup (labels, tooltips, the raw answer), and Herald keeps working.
class TestHostileGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sandbox.stop(); }
    void providerTextIsNeverRenderedAsMarkup();

private:
    /// Every place in @p root that shows text, checked for the hostile markup; how many showed it.
    int checkEveryText(QWidget* root);

    test::SandboxApp m_sandbox;
};

namespace {

const QString kMarker = QStringLiteral("<b>Bold</b>");

/// Every tooltip of @p view's model, its children included.
QStringList toolTipsOf(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList tips;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            tips.append(index.data(Qt::ToolTipRole).toString());
            if (column == 0 && model->hasChildren(index))
                tips.append(toolTipsOf(model, index));
        }
    }
    return tips;
}

/// A tooltip Qt would render as HTML must carry the marker escaped, never as a tag.
bool toolTipIsSafe(const QString& tip)
{
    return !tip.contains(kMarker) || !Qt::mightBeRichText(tip);
}

} // namespace

void TestHostileGui::initTestCase()
{
    m_sandbox.sandboxHostile = 1.0;
    QString error = m_sandbox.startFast({ 1100, 700 });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int TestHostileGui::checkEveryText(QWidget* root)
{
    int shown = 0;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->text().contains(kMarker))
            continue;
        ++shown;
        const bool plain = label->textFormat() == Qt::PlainText
            || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
        if (!plain)
            qWarning("label %s shows provider markup as rich text", qPrintable(label->objectName()));
        [&] {
            QVERIFY2(plain, qPrintable(label->objectName()));
        }();
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        [&] {
            QVERIFY2(toolTipIsSafe(widget->toolTip()), qPrintable(widget->objectName()));
        }();
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            for (const QString& tip : toolTipsOf(view->model())) {
                if (tip.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt;")))
                    ++shown;
                [&] {
                    QVERIFY2(toolTipIsSafe(tip), qPrintable(view->objectName() + QLatin1String(": ") + tip));
                }();
            }
        }
    }
    // A text view given the provider's words as HTML would drop the tags from its plain text.
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        shown += edit->toPlainText().contains(kMarker) ? 1 : 0;
    for (QTextEdit* edit : root->findChildren<QTextEdit*>()) {
        if (edit->toPlainText().contains(QLatin1String("click here")))
            [&] {
                QVERIFY2(edit->toPlainText().contains(kMarker), qPrintable(edit->objectName()));
            }();
    }
    return shown;
}

void TestHostileGui::providerTextIsNeverRenderedAsMarkup()
{
    AppContext& app = *m_sandbox.app;
    const qint64 templateId = m_sandbox.saveOrderReady();
    QVERIFY(templateId > 0);
    // One send per hostile kind (the sandbox takes them in turn), and one more after them.
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        SendRequest request;
        request.profileId = app.sandboxProfileId();
        request.tpl = *app.templates().find(templateId);
        request.values.body.insert(QStringLiteral("1"), QStringLiteral("<i>Mari</i> =1+1"));
        request.recipient = QStringLiteral("+3725123460%1").arg(i);
        QSignalSpy finished(&app.sender(), &SendController::sendFinished);
        ids.append(app.sender().send(request));
        QVERIFY(finished.wait(15000));
    }
    QCOMPARE(app.messages().find(ids.first())->state, MessageState::Failed);

    auto* tabs = child<QTabWidget>(m_sandbox.window.get(), "tabs");
    tabs->setCurrentWidget(m_sandbox.window->delivery());
    auto* view = child<QTableView>(m_sandbox.window->delivery(), "messagesView");
    QTRY_COMPARE(view->model()->rowCount(), 7);
    int shown = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::qWait(50);
        shown += checkEveryText(m_sandbox.window.get());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(shown > 0, "the hostile text was never shown anywhere, so nothing was checked");
    test::snapshot(m_sandbox.window.get(), "hostile-delivery");

    // Still working: the window answers and the journal has every message, none left sending.
    for (const qint64 id : ids) {
        const MessageState state = app.messages().find(id)->state;
        QVERIFY2(state == MessageState::Failed || state == MessageState::Unknown, qPrintable(stateKey(state)));
    }
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
