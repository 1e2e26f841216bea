#include "LoopbackHttpServer.h"
#include "dispatch/MediaFetcher.h"
#include "gui/MessagePreview.h"
#include "gui/PreviewRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using namespace herald;
using namespace std::chrono_literals;

namespace {

QByteArray png(const QColor& colour, QSize size = QSize(400, 300))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Something that looks like a real promotion picture, for the screenshots.
QByteArray promo()
{
    QImage image(800, 500, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 800, 500);
    sky.setColorAt(0, QColor(255, 183, 77));
    sky.setColorAt(1, QColor(233, 30, 99));
    painter.fillRect(image.rect(), sky);
    painter.setBrush(QColor(255, 235, 59));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(620, 150), 90, 90);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(84);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(40, 260, 720, 200), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("SUMMER\nSALE −25%"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

RenderedMessage fullMessage()
{
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Text;
    message.header = QStringLiteral("Your order 4711");
    message.body = QStringLiteral("Hello Mari, your order has *shipped*.\n> Track it _today_\n- one\n- two");
    message.footer = QStringLiteral("Reply STOP to opt out");
    message.buttons
        = { { TemplateButton::Type::Url, QStringLiteral("Track order"), QStringLiteral("https://x.test/t") },
              { TemplateButton::Type::PhoneNumber, QStringLiteral("Call us"), QStringLiteral("+3725123") },
              { TemplateButton::Type::QuickReply, QStringLiteral("Stop promos"), {} },
              { TemplateButton::Type::CopyCode, QStringLiteral("Copy code"), QStringLiteral("SAVE25") } };
    return message;
}

RenderedMessage imageMessage(const QUrl& url)
{
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Image;
    message.headerMediaUrl = url.toString();
    message.body = QStringLiteral("Our *summer sale* starts today ☀️");
    message.footer = QStringLiteral("Herald Shop");
    message.buttons = { { TemplateButton::Type::Url, QStringLiteral("Shop now"), {} } };
    return message;
}

// How many pixels of @p image are close to @p colour.
int pixelsLike(const QImage& image, const QColor& colour, int tolerance = 30)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

int colourfulPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y).toHsv();
            if (c.hsvSaturation() > 120 && c.value() > 120 && c.hsvHue() >= 30 && c.hsvHue() <= 60)
                ++count;
        }
    return count;
}

} // namespace

/// The WhatsApp-faithful preview widget, offscreen.
class TestMessagePreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryPartOfTheMessage();
    void escapesEverythingFromTheMessage();
    void highlightsVariablesWithoutAValue();
    void showsTheFetchedPicture();
    void namesWhyThePictureIsMissing();
    void showsAPlaceholderWithoutAFetcher();
    void ignoresAnswersForAnOldLink();
    void namesOtherMediaAndWhy();
    void themeToggleSwitchesColours();
    void followsTheDarkPalette();
    void drawsEmojiInColour();
    void fitsNarrowAndWide();
    void showsAPlaceholderText();
    void aResizeWhileRenderingLeavesTheMessageOnce();

private:
    QImage grab();
    void snapshot(const QString& name);

    std::unique_ptr<test::LoopbackHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MediaFetcher> m_fetcher;
    std::unique_ptr<MessagePreview> m_preview;
};

void TestMessagePreview::init()
{
    m_server = std::make_unique<test::LoopbackHttpServer>();
    m_server->route("/red.png", { 200, "image/png", png(QColor(220, 20, 20)) });
    m_server->route("/promo.png", { 200, "image/png", promo() });
    m_server->route("/tall.png", { 200, "image/png", png(QColor(20, 160, 60), QSize(300, 900)) });
    m_server->route("/page", { 200, "text/html", "<html>not a picture</html>" });
    m_server->route("/slow.png", { 200, "image/png", {}, true });
    m_network = std::make_unique<QNetworkAccessManager>();
    MediaLimits limits;
    limits.timeout = 700ms;
    m_fetcher = std::make_unique<MediaFetcher>(*m_network, limits);
    m_preview = std::make_unique<MessagePreview>();
    m_preview->setTime(QTime(9, 41));
    m_preview->resize(360, 560);
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));
}

void TestMessagePreview::cleanup()
{
    m_preview.reset();
    m_fetcher.reset();
    m_network.reset();
    m_server.reset();
}

QImage TestMessagePreview::grab()
{
    QCoreApplication::processEvents();
    return m_preview->textView()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Set HERALD_PREVIEW_SHOTS to a folder to look at what the tests see.
void TestMessagePreview::snapshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("HERALD_PREVIEW_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    m_preview->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    QFile html(QDir(dir).filePath(name + QStringLiteral(".html")));
    if (html.open(QIODevice::WriteOnly))
        html.write(m_preview->html().toUtf8());
}

void TestMessagePreview::showsEveryPartOfTheMessage()
{
    m_preview->setMessage(fullMessage());
    const QString text = m_preview->plainText();
    for (const char* part : { "Your order 4711", "Hello Mari, your order has shipped.", "Track it today", "one", "two",
             "Reply STOP to opt out", "09:41", "Track order", "Call us", "Stop promos", "Copy code" })
        QVERIFY2(text.contains(QString::fromUtf8(part)), part);
    // Each button has its mark before its text.
    QVERIFY(text.contains(QStringLiteral("↗  Track order")));
    QVERIFY(text.contains(QStringLiteral("☎  Call us")));
    QVERIFY(text.contains(QStringLiteral("↩  Stop promos")));
    QVERIFY(text.contains(QStringLiteral("❐  Copy code")));
    // The header is bold, the formatting is applied, and the footer is grey.
    QTextDocument* document = m_preview->textView()->document();
    QTextCursor header = document->find(QStringLiteral("Your order 4711"));
    QCOMPARE(header.charFormat().fontWeight(), int(QFont::Bold));
    QTextCursor shipped = document->find(QStringLiteral("shipped"));
    QCOMPARE(shipped.charFormat().fontWeight(), int(QFont::Bold));
    QVERIFY(document->find(QStringLiteral("today")).charFormat().fontItalic());
    const QColor grey = previewColors(false).muted;
    QCOMPARE(document->find(QStringLiteral("Reply STOP")).charFormat().foreground().color(), grey);
    QCOMPARE(
        document->find(QStringLiteral("Track order")).charFormat().foreground().color(), previewColors(false).link);
    QVERIFY(m_preview->html().contains(QStringLiteral("<b>shipped</b>")));
    snapshot(QStringLiteral("full-light"));
}

void TestMessagePreview::escapesEverythingFromTheMessage()
{
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Text;
    message.header = QStringLiteral("<b>x</b>");
    message.body = QStringLiteral("<img src=x onerror=alert(1)> &amp; <b>x</b> <a href=\"https://evil.test\">y</a>");
    message.footer = QStringLiteral("<i>f</i>");
    message.buttons = { { TemplateButton::Type::QuickReply, QStringLiteral("<script>z</script>"), {} } };
    m_preview->setMessage(message);
    const QString text = m_preview->plainText();
    QVERIFY(text.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)> &amp; <b>x</b>")));
    QVERIFY(text.contains(QStringLiteral("<a href=\"https://evil.test\">y</a>")));
    QVERIFY(text.contains(QStringLiteral("<i>f</i>")));
    QVERIFY(text.contains(QStringLiteral("<script>z</script>")));
    const QString html = m_preview->html();
    for (const char* markup : { "<b>x", "<img", "<a ", "<i>f", "<script" })
        QVERIFY2(!html.contains(QString::fromUtf8(markup)), markup);
    // Shown as text, not applied: nothing in the document is an image, a link or bold there.
    QTextDocument* document = m_preview->textView()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isImageFormat());
            QVERIFY(!it.fragment().charFormat().isAnchor());
        }
    QVERIFY(document->find(QStringLiteral("x</b>")).charFormat().fontWeight() != QFont::Bold
        || document->find(QStringLiteral("x</b>")).block().text().startsWith(QLatin1Char('<')));
}

void TestMessagePreview::highlightsVariablesWithoutAValue()
{
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Text;
    message.header = QStringLiteral("For {{name}}");
    message.body = QStringLiteral("Hello {{1}}, see you on {{2}}.");
    m_preview->setMessage(message);
    QTextDocument* document = m_preview->textView()->document();
    const QColor missing = previewColors(false).missing;
    for (const QString& variable : { QStringLiteral("{{name}}"), QStringLiteral("{{1}}"), QStringLiteral("{{2}}") }) {
        const QTextCursor found = document->find(variable);
        QVERIFY2(!found.isNull(), qPrintable(variable));
        QCOMPARE(found.charFormat().background().color(), missing);
    }
    QVERIFY(document->find(QStringLiteral("Hello")).charFormat().background().style() == Qt::NoBrush);
}

void TestMessagePreview::showsTheFetchedPicture()
{
    m_preview->setMediaFetcher(m_fetcher.get());
    QSignalSpy states(m_preview.get(), &MessagePreview::mediaStateChanged);
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/red.png"))));
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::Loading);
    QVERIFY(m_preview->plainText().contains(QStringLiteral("Loading")));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Loaded, 5000);
    QVERIFY(!m_preview->plainText().contains(QStringLiteral("Loading")));
    QVERIFY(m_preview->html().contains(QStringLiteral("<img src=\"herald-preview:media\"")));

    // The picture is drawn across the bubble's width, at the image's proportions.
    const QImage shot = grab();
    const int red = pixelsLike(shot, QColor(220, 20, 20));
    const int bubble = m_preview->textView()->viewport()->width() - 40;
    QVERIFY2(red > bubble * bubble * 3 / 4 * 8 / 10, qPrintable(QString::number(red)));
    snapshot(QStringLiteral("image-light"));

    // Setting the same message again neither fetches again nor drops the picture.
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/red.png"))));
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::Loaded);
    QCOMPARE(m_server->requests("/red.png"), 1);

    // A very tall picture is cut, not stretched down the whole view.
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/tall.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Loaded, 5000);
    const int green = pixelsLike(grab(), QColor(20, 160, 60));
    QVERIFY2(green > 0 && green < bubble * bubble * 14 / 10, qPrintable(QString::number(green)));
}

void TestMessagePreview::namesWhyThePictureIsMissing()
{
    m_preview->setMediaFetcher(m_fetcher.get());
    const QUrl missing = m_server->url(QStringLiteral("/missing.png"));
    m_preview->setMessage(imageMessage(missing));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Failed, 5000);
    QString text = m_preview->plainText();
    QVERIFY2(text.contains(QStringLiteral("Image could not be loaded: the server answered 404 Not Found")),
        qPrintable(text));
    QVERIFY(text.contains(missing.toString()));
    QVERIFY(text.contains(QStringLiteral("summer sale")));
    snapshot(QStringLiteral("image-failed-light"));

    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/page"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Failed, 5000);
    QVERIFY2(m_preview->plainText().contains(
                 QStringLiteral("Image could not be loaded: the file is not a picture Herald can show (text/html)")),
        qPrintable(m_preview->plainText()));

    m_preview->setMessage(imageMessage(QUrl(QStringLiteral("ftp://example.test/a.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Failed, 5000);
    QVERIFY(m_preview->plainText().contains(QStringLiteral("only http and https links can be fetched")));

    m_preview->setMessage(imageMessage(QUrl()));
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::None);
    QVERIFY(m_preview->plainText().contains(QStringLiteral("No link yet")));
}

void TestMessagePreview::showsAPlaceholderWithoutAFetcher()
{
    const QUrl url = m_server->url(QStringLiteral("/red.png"));
    m_preview->setMessage(imageMessage(url));
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::NotLoaded);
    QTest::qWait(500);
    QCOMPARE(m_server->requests("/red.png"), 0);
    const QString text = m_preview->plainText();
    QVERIFY(text.contains(QStringLiteral("Image")));
    QVERIFY(text.contains(QStringLiteral("Not loaded in this preview")));
    QVERIFY(text.contains(url.toString()));
}

void TestMessagePreview::ignoresAnswersForAnOldLink()
{
    m_preview->setMediaFetcher(m_fetcher.get());
    // Typing a link: only the last one is fetched.
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/r"))));
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/re"))));
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/slow.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests("/slow.png"), 1, 5000);
    QCOMPARE(m_server->requests("/r"), 0);
    QCOMPARE(m_server->requests("/re"), 0);

    // The slow link is still on its way when the operator moves on; its late failure changes nothing.
    m_preview->setMessage(imageMessage(m_server->url(QStringLiteral("/red.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Loaded, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_fetcher->pendingCount(), 0, 5000);
    QTest::qWait(100);
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::Loaded);
    QVERIFY(!m_preview->plainText().contains(QStringLiteral("no answer")));
}

void TestMessagePreview::namesOtherMediaAndWhy()
{
    RenderedMessage message;
    message.body = QStringLiteral("Body");
    message.headerFormat = HeaderFormat::Video;
    message.headerMediaUrl = QStringLiteral("https://example.test/clip.mp4");
    m_preview->setMediaFetcher(m_fetcher.get());
    m_preview->setMessage(message);
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::None); // videos are never fetched
    QVERIFY(m_preview->plainText().contains(QStringLiteral("Video")));
    QVERIFY(m_preview->plainText().contains(QStringLiteral("Videos are not played in the preview")));
    QVERIFY(m_preview->plainText().contains(QStringLiteral("https://example.test/clip.mp4")));

    message.headerFormat = HeaderFormat::Document;
    message.headerMediaUrl = QStringLiteral("https://example.test/files/123");
    message.headerMediaFilename = QStringLiteral("invoice <1>.pdf");
    m_preview->setMessage(message);
    QVERIFY(m_preview->plainText().contains(QStringLiteral("invoice <1>.pdf")));
    QVERIFY(m_preview->plainText().contains(QStringLiteral("PDF document")));
    snapshot(QStringLiteral("document-light"));

    message.headerFormat = HeaderFormat::Location;
    message.headerMediaUrl.clear();
    m_preview->setMessage(message);
    QVERIFY(m_preview->plainText().contains(QStringLiteral("Location")));
    QCOMPARE(m_server->requests("/clip.mp4"), 0);
}

void TestMessagePreview::themeToggleSwitchesColours()
{
    auto* toggle = m_preview->findChild<QToolButton*>(QStringLiteral("previewThemeButton"));
    QVERIFY(toggle);
    QVERIFY(!toggle->text().isEmpty());
    QVERIFY(!toggle->accessibleName().isEmpty());
    QVERIFY(toggle->isCheckable());

    QPalette light = QApplication::palette();
    light.setColor(QPalette::Window, Qt::white);
    m_preview->setPalette(light);
    m_preview->setMessage(fullMessage());
    QVERIFY(!m_preview->darkVariant());
    QVERIFY(!toggle->isChecked());
    const PreviewColors day = previewColors(false);
    const PreviewColors night = previewColors(true);
    QImage shot = grab();
    QCOMPARE(shot.pixelColor(shot.width() - 2, shot.height() - 2), day.wallpaper);
    QVERIFY(pixelsLike(shot, day.bubble, 0) > 1000);

    QSignalSpy changed(m_preview.get(), &MessagePreview::darkVariantChanged);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_preview->darkVariant());
    QVERIFY(toggle->isChecked());
    QCOMPARE(changed.size(), 1);
    shot = grab();
    QCOMPARE(shot.pixelColor(shot.width() - 2, shot.height() - 2), night.wallpaper);
    QVERIFY(pixelsLike(shot, night.bubble, 0) > 1000);
    QCOMPARE(pixelsLike(shot, day.bubble, 0), 0);
    QTextDocument* document = m_preview->textView()->document();
    QCOMPARE(document->find(QStringLiteral("Hello Mari")).charFormat().foreground().color(), night.text);
    snapshot(QStringLiteral("full-dark"));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_preview->darkVariant());
    QCOMPARE(grab().pixelColor(2, 2), day.wallpaper);
}

void TestMessagePreview::followsTheDarkPalette()
{
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    m_preview->setPalette(dark);
    m_preview->setMessage(fullMessage());
    QVERIFY(m_preview->darkVariant());
    auto* toggle = m_preview->findChild<QToolButton*>(QStringLiteral("previewThemeButton"));
    QVERIFY(toggle->isChecked());
    m_preview->setDarkVariant(false);
    QVERIFY(!m_preview->darkVariant());
    m_preview->followPalette();
    QVERIFY(m_preview->darkVariant());
    QCOMPARE(grab().pixelColor(2, 2), previewColors(true).wallpaper);
}

void TestMessagePreview::drawsEmojiInColour()
{
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Color Emoji")))
        QSKIP("the Noto Color Emoji font is not installed (Debian: fonts-noto-color-emoji)");
    RenderedMessage message;
    message.body = QStringLiteral("Hello");
    m_preview->setMessage(message);
    const int before = colourfulPixels(grab());
    message.body = QStringLiteral("Hello 😀 ☀️ 👍🏽");
    m_preview->setMessage(message);
    QVERIFY(m_preview->html().contains(QStringLiteral("font-family:'Noto Color Emoji'")));
    const int after = colourfulPixels(grab());
    QVERIFY2(after > before + 40, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
}

void TestMessagePreview::fitsNarrowAndWide()
{
    RenderedMessage message = imageMessage(m_server->url(QStringLiteral("/promo.png")));
    message.body
        = QStringLiteral("Dear Maria-Magdalena Pärnapuu-Kõrgemäe, 🎉 your voucher "
                         "SUPERCALIFRAGILISTICEXPIALIDOCIOUS2026SUMMEREDITION is ready: "
                         "https://shop.example.test/vouchers/redeem?code=SUPERCALIFRAGILISTIC&utm_source=whatsapp\n"
                         "```ORDER-0000-1111-2222-3333-4444```\n1. Open the link\n2. Show the code `X-1`");
    message.footer = QStringLiteral("Herald Shop · Tallinn");
    message.buttons.append({ TemplateButton::Type::CopyCode, QStringLiteral("Copy offer code"), {} });
    m_preview->setMediaFetcher(m_fetcher.get());
    for (const int width : { 300, 900 }) {
        m_preview->resize(width, 700);
        m_preview->setMessage(message);
        QTRY_COMPARE_WITH_TIMEOUT(m_preview->mediaState(), MessagePreview::MediaState::Loaded, 5000);
        QCoreApplication::processEvents();
        QTextBrowser* view = m_preview->textView();
        // Nothing sticks out sideways: long words and links wrap inside the bubble.
        const qreal documentWidth = view->document()->documentLayout()->documentSize().width();
        QVERIFY2(documentWidth <= view->viewport()->width() + 1,
            qPrintable(QStringLiteral("%1 > %2").arg(documentWidth).arg(view->viewport()->width())));
        snapshot(QStringLiteral("long-%1-light").arg(width));
        m_preview->setDarkVariant(true);
        snapshot(QStringLiteral("long-%1-dark").arg(width));
        m_preview->followPalette();
    }
}

void TestMessagePreview::showsAPlaceholderText()
{
    m_preview->setMessage(fullMessage());
    m_preview->setPlaceholderText(QStringLiteral("Add a template with New… <b>now</b>"));
    QCOMPARE(m_preview->plainText().trimmed(), QStringLiteral("Add a template with New… <b>now</b>"));
    QVERIFY(m_preview->textView()->document()->rootFrame()->childFrames().isEmpty()); // no bubble
    QCOMPARE(m_preview->mediaState(), MessagePreview::MediaState::None);
}

void TestMessagePreview::aResizeWhileRenderingLeavesTheMessageOnce()
{
    // The window's first layout (or a scroll bar appearing) can resize the page while the preview is
    // still putting the message into it; the preview is asked to render again from inside its own
    // render. Nested, that left the message and its buttons in the page twice.
    m_preview->resize(600, 500);
    QCoreApplication::processEvents();
    QTextBrowser* view = m_preview->textView();
    bool resized = false;
    const QMetaObject::Connection midRender
        = connect(view->document(), &QTextDocument::contentsChanged, this, [&resized, view] {
              if (!std::exchange(resized, true))
                  view->resize(view->width() - 220, view->height()); // the bubble gets narrower at once
          });
    const RenderedMessage message = fullMessage();
    m_preview->setMessage(message);
    disconnect(midRender);
    QVERIFY(resized);
    QCoreApplication::processEvents();
    QCOMPARE(view->toPlainText().count(message.footer), 1);
    QCOMPARE(view->toPlainText().count(QStringLiteral("Track order")), 1);

    // A scroll bar that comes and goes with the width still lets the rendering settle.
    m_preview->resize(300, 160);
    RenderedMessage longer = message;
    longer.body = QStringLiteral("Your parcel is on its way. ").repeated(12).trimmed();
    m_preview->setMessage(longer);
    QCoreApplication::processEvents();
    QCOMPARE(view->toPlainText().count(QStringLiteral("Your parcel is on its way.")), 12);
}

QTEST_MAIN(TestMessagePreview)
#include "tst_messagepreview.moc"
