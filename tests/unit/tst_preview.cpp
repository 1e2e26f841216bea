#include "gui/PreviewRenderer.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace herald;

namespace {

RenderedMessage bodyOnly(const QString& body)
{
    RenderedMessage message;
    message.body = body;
    return message;
}

PreviewOptions fixed(bool dark = false)
{
    PreviewOptions options;
    options.dark = dark;
    options.standalone = false;
    options.bubbleWidth = 300;
    options.time = QTime(9, 41);
    return options;
}

// Every tag must be one the preview emits, and the only image its own resource.
QString tagProblem(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z]+)([^>]*)>"));
    static const QStringList allowed = { QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("small"),
        QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("s"), QStringLiteral("tt"), QStringLiteral("code"),
        QStringLiteral("br"), QStringLiteral("blockquote"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("img") };
    static const QRegularExpression attribute(QStringLiteral(R"(\s([a-z-]+)=)"));
    static const QStringList attributes = { QStringLiteral("style"), QStringLiteral("width"), QStringLiteral("height"),
        QStringLiteral("cellspacing"), QStringLiteral("cellpadding"), QStringLiteral("bgcolor"),
        QStringLiteral("align"), QStringLiteral("src") };
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (!allowed.contains(match.captured(2)))
            return QStringLiteral("unexpected tag ") + match.captured(0);
        if (match.captured(2) == QLatin1String("img")
            && !match.captured(3).startsWith(QLatin1String(" src=\"herald-preview:")))
            return QStringLiteral("foreign image ") + match.captured(0);
        for (auto a = attribute.globalMatch(match.captured(3)); a.hasNext();) {
            const QString name = a.next().captured(1);
            if (!attributes.contains(name))
                return QStringLiteral("unexpected attribute ") + name + QStringLiteral(" in ") + match.captured(0);
        }
    }
    return {};
}

} // namespace

/// The preview's HTML: WhatsApp's look, and nothing from the message ever becoming markup.
class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bodyFormatting_data();
    void bodyFormatting();
    void colourEmoji_data();
    void colourEmoji();
    void escapesEveryPart_data();
    void escapesEveryPart();
    void showsTheParts();
    void highlightsMissingVariables();
    void mediaPlaceholders_data();
    void mediaPlaceholders();
    void showsOnlyItsOwnPicture();
    void standaloneCarriesTheColours();
    void darkVariant();
    void placeholderText();
};

void TestPreview::bodyFormatting_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected"); // a piece of the HTML, styles included

    QTest::newRow("bold") << QStringLiteral("*hi*") << QStringLiteral("<b>hi</b>");
    QTest::newRow("italic") << QStringLiteral("_hi_") << QStringLiteral("<i>hi</i>");
    QTest::newRow("strike") << QStringLiteral("~hi~") << QStringLiteral("<s>hi</s>");
    QTest::newRow("monospace") << QStringLiteral("```x = 1```") << QStringLiteral("<tt>x = 1</tt>");
    QTest::newRow("inline code") << QStringLiteral("`x`")
                                 << QStringLiteral("<code style=\"background-color:#f0f2f5\">x</code>");
    QTest::newRow("quote") << QStringLiteral("> q") << QStringLiteral(">q</blockquote>");
    QTest::newRow("bullets") << QStringLiteral("- a\n* b") << QStringLiteral("<li>a</li><li>b</li></ul>");
    QTest::newRow("numbers") << QStringLiteral("1. a\n2. b") << QStringLiteral("<li>a</li><li>b</li></ol>");
    QTest::newRow("link") << QStringLiteral("see https://x.test/a?b=1&c=2.")
                          << QStringLiteral("see <span style=\"color:#027eb5\">https://x.test/a?b=1&amp;c=2</span>.");
    QTest::newRow("www link") << QStringLiteral("(www.x.test)")
                              << QStringLiteral("(<span style=\"color:#027eb5\">www.x.test</span>)");
    QTest::newRow("quoted link") << QStringLiteral("\"https://x.test\"")
                                 << QStringLiteral("&quot;<span style=\"color:#027eb5\">https://x.test</span>&quot;");
    QTest::newRow("not a link") << QStringLiteral("nohttps://x") << QStringLiteral("nohttps://x");
}

void TestPreview::bodyFormatting()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QString html = previewHtml(bodyOnly(body), fixed());
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(tagProblem(html).isEmpty(), qPrintable(tagProblem(html)));
}

void TestPreview::colourEmoji_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto span = [](const QString& emoji) -> QString {
        return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">") + emoji + QStringLiteral("</span>");
    };
    QTest::newRow("face") << QStringLiteral("hi 😀!")
                          << QStringLiteral("hi ") + span(QStringLiteral("😀")) + QStringLiteral("!");
    QTest::newRow("run") << QStringLiteral("😀😀") << span(QStringLiteral("😀😀"));
    QTest::newRow("skin tone") << QStringLiteral("👍🏽") << span(QStringLiteral("👍🏽"));
    QTest::newRow("family") << QStringLiteral("👨‍👩‍👧") << span(QStringLiteral("👨‍👩‍👧"));
    QTest::newRow("flag") << QStringLiteral("🇪🇪") << span(QStringLiteral("🇪🇪"));
    QTest::newRow("keycap") << QStringLiteral("1️⃣ 2") << span(QStringLiteral("1️⃣")) + QStringLiteral(" 2");
    QTest::newRow("symbol asking for emoji") << QStringLiteral("☀️") << span(QStringLiteral("☀️"));
    QTest::newRow("emoji symbol") << QStringLiteral("⭐") << span(QStringLiteral("⭐"));
    QTest::newRow("zwj with symbol") << QStringLiteral("🏃‍♀️") << span(QStringLiteral("🏃‍♀️"));
    QTest::newRow("text symbol") << QStringLiteral("☎ ✓ → ©") << QStringLiteral("☎ ✓ → ©");
    QTest::newRow("digits") << QStringLiteral("#1 *2*") << QStringLiteral("#1 *2*");
    QTest::newRow("markup untouched") << QStringLiteral("<b>😀</b>")
                                      << QStringLiteral("<b>") + span(QStringLiteral("😀")) + QStringLiteral("</b>");
}

void TestPreview::colourEmoji()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(withColourEmoji(input), expected);
}

void TestPreview::escapesEveryPart_data()
{
    QTest::addColumn<QString>("canary");
    QTest::newRow("bold") << QStringLiteral("<b>x</b>");
    QTest::newRow("image") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("entity") << QStringLiteral("&amp;");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("attribute") << QStringLiteral("\" style=\"color:red");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://evil.test\">x</a>");
    QTest::newRow("resource name") << QStringLiteral("<img src=\"herald-preview:media\">");
}

void TestPreview::escapesEveryPart()
{
    QFETCH(QString, canary);
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Text;
    message.header = canary;
    message.body = QStringLiteral("*") + canary + QStringLiteral("* ") + canary + QStringLiteral("\n> ") + canary
        + QStringLiteral("\n- ") + canary + QStringLiteral(" https://x.test/") + canary;
    message.footer = canary;
    message.buttons
        = { { TemplateButton::Type::Url, canary, canary }, { TemplateButton::Type::QuickReply, canary, {} } };
    for (const HeaderFormat format : { HeaderFormat::Text, HeaderFormat::Image, HeaderFormat::Document }) {
        message.headerFormat = format;
        message.headerMediaUrl = QStringLiteral("https://x.test/") + canary;
        message.headerMediaFilename = canary;
        PreviewOptions options = fixed();
        options.media.state = PreviewMedia::State::Failed;
        options.media.problem = canary;
        const QString html = previewHtml(message, options);
        QVERIFY2(tagProblem(html).isEmpty(), qPrintable(tagProblem(html) + QStringLiteral("\n") + html));
        if (canary.contains(QLatin1Char('<')) || canary.contains(QLatin1Char('"')))
            QVERIFY(!html.contains(canary));
        else
            QVERIFY(html.contains(canary.toHtmlEscaped()));

        // What the recipient reads holds the canary as text, in every part.
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        QVERIFY2(text.count(canary) >= 7, qPrintable(text));
    }
}

void TestPreview::showsTheParts()
{
    RenderedMessage message;
    message.headerFormat = HeaderFormat::Text;
    message.header = QStringLiteral("Order");
    message.body = QStringLiteral("Body");
    message.footer = QStringLiteral("Foot");
    message.buttons = { { TemplateButton::Type::Url, QStringLiteral("Open"), {} },
        { TemplateButton::Type::PhoneNumber, QStringLiteral("Call"), {} },
        { TemplateButton::Type::QuickReply, QStringLiteral("Stop"), {} },
        { TemplateButton::Type::CopyCode, QStringLiteral("Copy"), {} } };
    const QString html = previewHtml(message, fixed());
    QVERIFY(html.contains(QStringLiteral("font-weight:bold\">Order</p>")));
    QVERIFY(html.contains(QStringLiteral("<div>Body</div>")));
    QVERIFY(html.contains(QStringLiteral("color:#667781; font-size:small\">Foot</p>")));
    QVERIFY(html.contains(QStringLiteral("x-small\">09:41</p>")));
    QVERIFY(html.contains(QStringLiteral("color:#027eb5\">↗&nbsp;&nbsp;Open</td>")));
    QVERIFY(html.contains(QStringLiteral("☎&nbsp;&nbsp;Call")));
    QVERIFY(html.contains(QStringLiteral("↩&nbsp;&nbsp;Stop")));
    QVERIFY(html.contains(QStringLiteral("❐&nbsp;&nbsp;Copy")));
    QCOMPARE(html.count(QStringLiteral("<table width=\"300\"")), 5); // the bubble and one per button
}

void TestPreview::highlightsMissingVariables()
{
    RenderedMessage message = bodyOnly(QStringLiteral("Hi {{1}} and {{ name }}"));
    message.headerFormat = HeaderFormat::Text;
    message.header = QStringLiteral("For {{2}}");
    const QString html = previewHtml(message, fixed());
    const QString mark = QStringLiteral("<span style=\"background-color:#ffe08a; color:#111b21\">%1</span>");
    QVERIFY(html.contains(mark.arg(QStringLiteral("{{1}}"))));
    QVERIFY(html.contains(mark.arg(QStringLiteral("{{ name }}"))));
    QVERIFY(html.contains(mark.arg(QStringLiteral("{{2}}"))));
    QVERIFY(previewHtml(message, fixed(true))
                .contains(QStringLiteral("<span style=\"background-color:#6b5500; color:#e9edef\">{{1}}</span>")));
}

void TestPreview::mediaPlaceholders_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QStringList>("shown");
    const int notLoaded = int(PreviewMedia::State::NotLoaded);
    const int loading = int(PreviewMedia::State::Loading);
    const int failed = int(PreviewMedia::State::Failed);
    const QString png = QStringLiteral("https://x.test/a.png");
    QTest::newRow("image without link") << int(HeaderFormat::Image) << QString() << QString() << notLoaded << QString()
                                        << QStringList { QStringLiteral("Image"), QStringLiteral("No link yet") };
    QTest::newRow("image not loaded") << int(HeaderFormat::Image) << png << QString() << notLoaded << QString()
                                      << QStringList { QStringLiteral("Image"),
                                             QStringLiteral("Not loaded in this preview"), png };
    QTest::newRow("image loading") << int(HeaderFormat::Image) << png << QString() << loading << QString()
                                   << QStringList { QStringLiteral("Image"), QStringLiteral("Loading…"), png };
    QTest::newRow("image failed") << int(HeaderFormat::Image) << png << QString() << failed
                                  << QStringLiteral("host not found")
                                  << QStringList { QStringLiteral("Image could not be loaded: host not found"), png };
    QTest::newRow("video") << int(HeaderFormat::Video) << QStringLiteral("https://x.test/v.mp4") << QString()
                           << notLoaded << QString()
                           << QStringList { QStringLiteral("Video"),
                                  QStringLiteral("Videos are not played in the preview"),
                                  QStringLiteral("https://x.test/v.mp4") };
    QTest::newRow("document") << int(HeaderFormat::Document) << QStringLiteral("https://x.test/d")
                              << QStringLiteral("invoice.pdf") << notLoaded << QString()
                              << QStringList { QStringLiteral("invoice.pdf"),
                                     QStringLiteral("PDF document, not opened in the preview") };
    QTest::newRow("document without name")
        << int(HeaderFormat::Document) << QStringLiteral("https://x.test/d.pdf") << QString() << notLoaded << QString()
        << QStringList { QStringLiteral("Document"), QStringLiteral("No file name yet") };
    QTest::newRow("location") << int(HeaderFormat::Location) << QString() << QString() << notLoaded << QString()
                              << QStringList { QStringLiteral("Location"),
                                     QStringLiteral("The map, name and address are sent with each message") };
}

void TestPreview::mediaPlaceholders()
{
    QFETCH(int, format);
    QFETCH(QString, url);
    QFETCH(QString, filename);
    QFETCH(int, state);
    QFETCH(QString, problem);
    QFETCH(QStringList, shown);
    RenderedMessage message = bodyOnly(QStringLiteral("Body"));
    message.headerFormat = HeaderFormat(format);
    message.headerMediaUrl = url;
    message.headerMediaFilename = filename;
    PreviewOptions options = fixed();
    options.media.state = PreviewMedia::State(state);
    options.media.problem = problem;
    QTextDocument document;
    document.setHtml(previewHtml(message, options));
    const QString text = document.toPlainText();
    for (const QString& part : shown)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in ") + text));
    QVERIFY(!previewHtml(message, options).contains(QStringLiteral("<img")));
}

void TestPreview::showsOnlyItsOwnPicture()
{
    RenderedMessage message = bodyOnly(QStringLiteral("Body"));
    message.headerFormat = HeaderFormat::Image;
    message.headerMediaUrl = QStringLiteral("https://x.test/a.png");
    PreviewOptions options = fixed();
    options.media.state = PreviewMedia::State::Loaded;
    options.media.size = QSize(294, 220);
    options.media.resource = QStringLiteral("herald-preview:media");
    QVERIFY(previewHtml(message, options)
                .contains(QStringLiteral("<img src=\"herald-preview:media\" width=\"294\" height=\"220\">")));
    for (const char* foreign :
        { "https://x.test/a.png", "file:///etc/passwd", "herald-preview:x\" onload=\"y", "herald-preview:" }) {
        options.media.resource = QString::fromUtf8(foreign);
        const QString html = previewHtml(message, options);
        QVERIFY2(!html.contains(QStringLiteral("<img")), foreign);
        QVERIFY(html.contains(QStringLiteral("Image")));
    }
}

void TestPreview::standaloneCarriesTheColours()
{
    RenderedMessage message = bodyOnly(QStringLiteral("Body"));
    message.buttons = { { TemplateButton::Type::QuickReply, QStringLiteral("Stop"), {} } };
    PreviewOptions options = fixed();
    QVERIFY(!previewHtml(message, options).contains(QStringLiteral("bgcolor=\"#ffffff\"")));
    QVERIFY(!previewHtml(message, options).contains(QStringLiteral("#efeae2")));
    options.standalone = true;
    const QString html = previewHtml(message, options);
    QCOMPARE(html.count(QStringLiteral("bgcolor=\"#ffffff\"")), 2);
    QVERIFY(html.contains(QStringLiteral("bgcolor=\"#efeae2\"")));
    // The palette overload is the standalone one, light or dark after the palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(20, 20, 20));
    QVERIFY(previewHtml(message, dark).contains(QStringLiteral("bgcolor=\"#202c33\"")));
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QVERIFY(previewHtml(message, light).contains(QStringLiteral("bgcolor=\"#ffffff\"")));
}

void TestPreview::darkVariant()
{
    const QString html = previewHtml(bodyOnly(QStringLiteral("Body https://x.test")), fixed(true));
    QVERIFY(html.contains(QStringLiteral("color:#e9edef")));
    QVERIFY(html.contains(QStringLiteral("color:#53bdeb")));
    QVERIFY(!html.contains(QStringLiteral("#111b21\"")));
}

void TestPreview::placeholderText()
{
    const QString html = previewPlaceholderHtml(QStringLiteral("Add a template with <b>New…</b>"), fixed());
    QVERIFY(html.contains(QStringLiteral("Add a template with &lt;b&gt;New…&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("#667781")));
    QVERIFY(tagProblem(html).isEmpty());
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
