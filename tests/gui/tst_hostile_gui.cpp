#include "GuiTest.h"
#include "SandboxApp.h"
#include "dispatch/SendController.h"
#include "dispatch/TemplateSyncService.h"
#include "gui/DeliveryWidget.h"
#include "gui/LabelCopyCleaner.h"
#include "gui/MainWindow.h"
#include "gui/MessageDetailPane.h"
#include "gui/PlainText.h"
#include "gui/TemplatesWidget.h"
#include "sandbox/HostileAnswers.h"
#include "storage/MessageRepository.h"
#include "storage/TemplateRepository.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

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
    void breakableTextWrapsOnlyLongRuns();
    void aCopyFromALabelHasNoPlacesToWrap();
    void providerTextIsNeverRenderedAsMarkup();
    void aFailedTemplateSyncWrapsInANarrowWindow();

private:
    /// Every place in @p root that shows text, checked for the hostile markup; how many showed it.
    int checkEveryText(QWidget* root);
    /// No word-wrapped label in @p window asks for more width than a narrow window has.
    void checkNothingWidens(QWidget* window);

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

/// The widest a word-wrapped label may ask to be: a long text must wrap, not widen the window.
constexpr int kWidestLabel = 400;

/// @p label's text as shown, without the invisible places to wrap that breakableText() adds.
QString shownText(const QLabel* label)
{
    return withoutWrapPlaces(label->text());
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
        if (!shownText(label).contains(kMarker))
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

void TestHostileGui::checkNothingWidens(QWidget* window)
{
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->wordWrap() || !label->isVisibleTo(window))
            continue;
        const int width = label->minimumSizeHint().width();
        if (width > kWidestLabel)
            qWarning("label %s needs %d px for: %s", qPrintable(label->objectName()), width,
                qPrintable(shownText(label).left(80)));
        [&] {
            QVERIFY2(width <= kWidestLabel, qPrintable(label->objectName()));
        }();
    }
}

void TestHostileGui::breakableTextWrapsOnlyLongRuns()
{
    const QChar place(0x200B);
    // Words of an ordinary length are left exactly as they are, punctuation and all.
    const QString ordinary = QStringLiteral("Hello Mari, your order A-1 is ready at example.com/x_y.");
    QCOMPARE(breakableText(ordinary), ordinary);
    QCOMPARE(breakableText(QString()), QString());

    // A run of 1,000 letters gets a place to wrap at least every 24 characters, and loses nothing.
    const QString unbroken = QString(1000, QLatin1Char('W'));
    const QString broken = breakableText(QStringLiteral("Error: ") + unbroken + QStringLiteral(" end"));
    QCOMPARE(QString(broken).remove(place), QStringLiteral("Error: ") + unbroken + QStringLiteral(" end"));
    for (const QString& piece : broken.split(place))
        QVERIFY2(piece.split(QLatin1Char(' ')).constLast().size() <= 24, qPrintable(piece));
    QVERIFY(broken.startsWith(QStringLiteral("Error: WWW")));
    QVERIFY(broken.endsWith(QStringLiteral("W end")));

    // A long path or name wraps after its separators first.
    const QString path = QStringLiteral("/home/operator/.local/share/herald/backups/herald-2026-12-01.sqlite");
    const QString brokenPath = breakableText(path);
    QVERIFY(brokenPath.contains(QStringLiteral("/") + place + QStringLiteral("home")));
    QCOMPARE(QString(brokenPath).remove(place), path);

    // An emoji (a surrogate pair) is never cut in two.
    QString emoji;
    for (int i = 0; i < 40; ++i)
        emoji += QStringLiteral("\U0001F600");
    const QString brokenEmoji = breakableText(emoji);
    QVERIFY(brokenEmoji.size() > emoji.size());
    for (const QString& piece : brokenEmoji.split(place)) {
        QVERIFY(!piece.isEmpty());
        QVERIFY(!piece.front().isLowSurrogate());
        QVERIFY(!piece.back().isHighSurrogate());
    }

    // On a label: 1,000 letters wrap inside a narrow width instead of asking for thousands of pixels.
    QLabel label;
    label.setWordWrap(true);
    label.setText(unbroken);
    QVERIFY(label.minimumSizeHint().width() > 2 * kWidestLabel);
    label.setText(breakableText(unbroken));
    QVERIFY(label.minimumSizeHint().width() <= kWidestLabel);
}

void TestHostileGui::aCopyFromALabelHasNoPlacesToWrap()
{
    const LabelCopyCleaner cleaner(QGuiApplication::clipboard());
    QWidget window;
    auto* label = new QLabel(&window);
    auto* edit = new QLineEdit(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(label);
    layout->addWidget(edit);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString link = QStringLiteral("https://shop.example/track/0123456789abcdef0123456789abcdef?order=A-1");
    label->setText(breakableText(link));
    QVERIFY(label->text() != link);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // What the operator copies from the label pastes as the link they saw.
    label->setFocus();
    QTRY_VERIFY(label->hasFocus());
    label->setSelection(0, static_cast<int>(label->text().size()));
    QVERIFY(label->selectedText().contains(QChar(0x200B)));
    QTest::keySequence(label, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), link);

    // Text copied while an editor has the focus is the operator's own and is left as it is.
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    const QString own = QStringLiteral("own") + QChar(0x200B) + QStringLiteral("text");
    QGuiApplication::clipboard()->setText(own);
    QCOMPARE(QGuiApplication::clipboard()->text(), own);
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
        checkNothingWidens(m_sandbox.window.get());
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

void TestHostileGui::aFailedTemplateSyncWrapsInANarrowWindow()
{
    AppContext& app = *m_sandbox.app;
    MainWindow* window = m_sandbox.window.get();
    auto* tabs = child<QTabWidget>(window, "tabs");
    tabs->setCurrentWidget(window->templates());
    auto* result = child<QLabel>(window->templates(), "syncResultLabel");
    // Once per hostile kind, the long unbroken text among them, as the operator would press Sync.
    bool sawLongText = false;
    for (int i = 0; i < 6; ++i) {
        QSignalSpy finished(&app.templateSync(), &TemplateSyncService::finished);
        QTest::mouseClick(child<QPushButton>(window->templates(), "syncButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.first().first().value<TemplateSyncReport>().ok);
        QTRY_VERIFY(result->isVisible());
        sawLongText = sawLongText || shownText(result).contains(QString(200, QLatin1Char('W')));
        checkNothingWidens(window);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(sawLongText, "the long unbroken text never reached the label, so its width was not checked");
    window->resize(560, window->height());
    QTRY_VERIFY(window->width() <= 600);
    test::snapshot(window, "hostile-templates-narrow");

    // The message that failed with the long text, in the narrow window: it wraps there too.
    tabs->setCurrentWidget(window->delivery());
    auto* view = child<QTableView>(window->delivery(), "messagesView");
    auto* words = child<QLabel>(window->delivery(), "providerWordsLabel");
    bool found = false;
    for (int row = 0; row < view->model()->rowCount() && !found; ++row) {
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::qWait(50);
        found = shownText(words).contains(QString(200, QLatin1Char('W')));
    }
    QVERIFY2(found, "no message shows the long text");
    checkNothingWidens(window);
    QVERIFY(window->width() <= 600);
    test::snapshot(window, "hostile-delivery-narrow");
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
