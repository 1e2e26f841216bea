#include "core/WhatsAppFormat.h"

#include <QFont>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace herald;

namespace {

// The layout styles (margins) are presentation, not behaviour: compare the markup without them.
QString withoutStyles(QString html)
{
    static const QRegularExpression style(QStringLiteral(" style=\"[^\"]*\""));
    return html.remove(style);
}

// Every tag in the output must be one the formatter emits, and they must nest properly.
QString tagProblem(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z]+)[^>]*>"));
    static const QStringList allowed = { QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("s"),
        QStringLiteral("tt"), QStringLiteral("code"), QStringLiteral("br"), QStringLiteral("blockquote"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("p") };
    QStringList open;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(2);
        if (!allowed.contains(name))
            return QStringLiteral("unexpected tag ") + match.captured(0);
        if (name == QLatin1String("br"))
            continue;
        if (match.captured(1).isEmpty())
            open.append(name);
        else if (open.isEmpty() || open.takeLast() != name)
            return QStringLiteral("misnested ") + match.captured(0);
    }
    return open.isEmpty() ? QString() : QStringLiteral("unclosed ") + open.join(QLatin1Char(','));
}

} // namespace

/// WhatsApp text formatting rendered as Qt rich text for the message preview.
class TestWhatsAppFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void converts_data();
    void converts();
    void emptyInputGivesEmptyOutput();
    void rendersVisibleText_data();
    void rendersVisibleText();
    void documentCarriesTheFormatting();

private:
    static void addRow(const char* name, const QString& input, const QString& html);
};

void TestWhatsAppFormat::addRow(const char* name, const QString& input, const QString& html)
{
    QTest::newRow(name) << input << html;
}

void TestWhatsAppFormat::converts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    // Each style.
    addRow("bold", QStringLiteral("*hi*"), QStringLiteral("<b>hi</b>"));
    addRow("italic", QStringLiteral("_hi_"), QStringLiteral("<i>hi</i>"));
    addRow("strike", QStringLiteral("~hi~"), QStringLiteral("<s>hi</s>"));
    addRow("inline code", QStringLiteral("`x = 1`"), QStringLiteral("<code>x = 1</code>"));
    addRow("monospace", QStringLiteral("```x = 1```"), QStringLiteral("<tt>x = 1</tt>"));
    addRow("inside a sentence", QStringLiteral("say *hi* now"), QStringLiteral("say <b>hi</b> now"));
    addRow("several words", QStringLiteral("*two words*"), QStringLiteral("<b>two words</b>"));
    addRow("two pairs", QStringLiteral("*a* and *b*"), QStringLiteral("<b>a</b> and <b>b</b>"));
    addRow("next to punctuation", QStringLiteral("(*hi*)."), QStringLiteral("(<b>hi</b>)."));
    addRow("nested", QStringLiteral("*_both_*"), QStringLiteral("<b><i>both</i></b>"));
    addRow("nested inside", QStringLiteral("_a *b* ~c~_"), QStringLiteral("<i>a <b>b</b> <s>c</s></i>"));
    addRow("doubled markers", QStringLiteral("**x**"), QStringLiteral("*<b>x</b>*"));
    addRow("digits with spaces", QStringLiteral("2 *3* 4"), QStringLiteral("2 <b>3</b> 4"));

    // Escaping happens before formatting, so input never becomes markup.
    addRow(
        "script", QStringLiteral("<script>alert(1)</script>"), QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
    addRow("entity", QStringLiteral("&amp;"), QStringLiteral("&amp;amp;"));
    addRow("double quote", QStringLiteral("say \"hi\""), QStringLiteral("say &quot;hi&quot;"));
    addRow("tag inside bold", QStringLiteral("*<b>*"), QStringLiteral("<b>&lt;b&gt;</b>"));
    addRow("tag inside code", QStringLiteral("`<i>`"), QStringLiteral("<code>&lt;i&gt;</code>"));
    addRow("fake placeholder", QStringLiteral("<0> `a`"), QStringLiteral("&lt;0&gt; <code>a</code>"));
    addRow("bold tag", QStringLiteral("<b>x</b>"), QStringLiteral("&lt;b&gt;x&lt;/b&gt;"));
    addRow("image with handler", QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("&lt;img src=x onerror=alert(1)&gt;"));
    addRow("attribute break-out", QStringLiteral("\" onmouseover=\"x"), QStringLiteral("&quot; onmouseover=&quot;x"));
    addRow("escaped entity", QStringLiteral("&lt;b&gt;"), QStringLiteral("&amp;lt;b&amp;gt;"));
    addRow("numeric entity", QStringLiteral("&#60;b&#62;"), QStringLiteral("&amp;#60;b&amp;#62;"));
    addRow(
        "tag in quote", QStringLiteral("> <i>x</i>"), QStringLiteral("<blockquote>&lt;i&gt;x&lt;/i&gt;</blockquote>"));
    addRow("tag in list", QStringLiteral("- <u>x</u>"), QStringLiteral("<ul><li>&lt;u&gt;x&lt;/u&gt;</li></ul>"));
    addRow("tag in monospace", QStringLiteral("```<img src=x>```"), QStringLiteral("<tt>&lt;img src=x&gt;</tt>"));
    addRow("tag split by bold", QStringLiteral("<*b*>"), QStringLiteral("&lt;<b>b</b>&gt;"));

    // Markers inside words and unmatched markers stay literal.
    addRow("snake case", QStringLiteral("snake_case_name"), QStringLiteral("snake_case_name"));
    addRow("arithmetic", QStringLiteral("2*3*4"), QStringLiteral("2*3*4"));
    addRow("tildes in a word", QStringLiteral("a~b~c"), QStringLiteral("a~b~c"));
    addRow("opener only", QStringLiteral("*bold"), QStringLiteral("*bold"));
    addRow("closer only", QStringLiteral("bold*"), QStringLiteral("bold*"));
    addRow("space after opener", QStringLiteral("x * not bold*"), QStringLiteral("x * not bold*"));
    addRow("space before closer", QStringLiteral("*not bold *"), QStringLiteral("*not bold *"));
    addRow("empty pair", QStringLiteral("** __ ~~ ``"), QStringLiteral("** __ ~~ ``"));
    addRow("across lines", QStringLiteral("*a\nb*"), QStringLiteral("*a<br>b*"));
    addRow("unclosed fence", QStringLiteral("```abc"), QStringLiteral("```abc"));
    addRow("unclosed code", QStringLiteral("`abc"), QStringLiteral("`abc"));

    // Nothing inside code or monospace is formatted.
    addRow("styles in monospace", QStringLiteral("```*x* _y_ ~z~```"), QStringLiteral("<tt>*x* _y_ ~z~</tt>"));
    addRow("styles in code", QStringLiteral("`*x* _y_`"), QStringLiteral("<code>*x* _y_</code>"));
    addRow("code in monospace", QStringLiteral("```a `b` c```"), QStringLiteral("<tt>a `b` c</tt>"));
    addRow("monospace over lines", QStringLiteral("```a\n  *b*\n> c```"),
        QStringLiteral("<tt>a<br>&nbsp;&nbsp;*b*<br>&gt; c</tt>"));
    addRow("bold around monospace", QStringLiteral("*```m```*"), QStringLiteral("<b><tt>m</tt></b>"));
    addRow("monospace inside code", QStringLiteral("`a ```m``` b`"), QStringLiteral("`a <tt>m</tt> b`"));

    // Lines.
    addRow("line break", QStringLiteral("a\nb"), QStringLiteral("a<br>b"));
    addRow("windows line break", QStringLiteral("a\r\nb"), QStringLiteral("a<br>b"));
    addRow("blank line", QStringLiteral("a\n\nb"), QStringLiteral("a<br><br>b"));
    addRow("quote", QStringLiteral("> hi *there*"), QStringLiteral("<blockquote>hi <b>there</b></blockquote>"));
    addRow("quote lines", QStringLiteral("> a\n> b\nc"), QStringLiteral("<blockquote>a<br>b</blockquote>c"));
    addRow("not a quote", QStringLiteral(">no space"), QStringLiteral("&gt;no space"));
    addRow("dash list", QStringLiteral("- a\n- _b_"), QStringLiteral("<ul><li>a</li><li><i>b</i></li></ul>"));
    addRow("star list", QStringLiteral("* a\n* b"), QStringLiteral("<ul><li>a</li><li>b</li></ul>"));
    addRow("bold at line start", QStringLiteral("*bold* start"), QStringLiteral("<b>bold</b> start"));
    addRow("numbered list", QStringLiteral("1. a\n2. *b*"), QStringLiteral("<ol><li>a</li><li><b>b</b></li></ol>"));
    addRow("numbering kept as written", QStringLiteral("3. a\n4. b"), QStringLiteral("3. a<br>4. b"));
    addRow("bold list item", QStringLiteral("* *a* b\n* c"), QStringLiteral("<ul><li><b>a</b> b</li><li>c</li></ul>"));
    addRow(
        "code in list", QStringLiteral("1. `x`\n2. y"), QStringLiteral("<ol><li><code>x</code></li><li>y</li></ol>"));
    addRow(
        "quote then list", QStringLiteral("> q\n- a"), QStringLiteral("<blockquote>q</blockquote><ul><li>a</li></ul>"));
    addRow("strike in quote", QStringLiteral("> ~old~ new"), QStringLiteral("<blockquote><s>old</s> new</blockquote>"));
    addRow("list between text", QStringLiteral("x\n- a\ny"), QStringLiteral("x<ul><li>a</li></ul>y"));
    addRow("blank line between lists", QStringLiteral("- a\n\n- b"),
        QStringLiteral("<ul><li>a</li></ul><p><br></p><ul><li>b</li></ul>"));

    // Spaces and Unicode.
    addRow("double space", QStringLiteral("a  b"), QStringLiteral("a &nbsp;b"));
    addRow("leading spaces", QStringLiteral("  a"), QStringLiteral("&nbsp;&nbsp;a"));
    addRow("spaces before marker", QStringLiteral("a   *b*"), QStringLiteral("a &nbsp;&nbsp;<b>b</b>"));
    addRow("indented second line", QStringLiteral("a\n b"), QStringLiteral("a<br>&nbsp;b"));
    addRow("unicode", QStringLiteral("héllo 😀 *мир*"), QStringLiteral("héllo 😀 <b>мир</b>"));
    addRow("emoji around markers", QStringLiteral("😀*hi*😀"), QStringLiteral("😀<b>hi</b>😀"));
}

void TestWhatsAppFormat::converts()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    const QString actual = whatsAppToHtml(input);
    QCOMPARE(withoutStyles(actual), html);
    const QString problem = tagProblem(actual);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWhatsAppFormat::emptyInputGivesEmptyOutput()
{
    QCOMPARE(whatsAppToHtml(QString()), QString());
    QCOMPARE(whatsAppToHtml(QStringLiteral("")), QString());
}

void TestWhatsAppFormat::rendersVisibleText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("visible");
    QTest::newRow("styles") << QStringLiteral("*bold* _it_ ~st~ `c` ```m```") << QStringLiteral("bold it st c m");
    QTest::newRow("escaped") << QStringLiteral("<script>x</script> & \"q\"")
                             << QStringLiteral("<script>x</script> & \"q\"");
    QTest::newRow("spaces") << QStringLiteral("  a   b") << QStringLiteral("  a   b");
    QTest::newRow("lines") << QStringLiteral("one\ntwo\n\nthree") << QStringLiteral("one\ntwo\n\nthree");
    QTest::newRow("blocks") << QStringLiteral("> quoted\n- item\n1. one\nend")
                            << QStringLiteral("quoted\nitem\none\nend");
    QTest::newRow("blank between lists") << QStringLiteral("- a\n\n- b") << QStringLiteral("a\n\nb");
    QTest::newRow("monospace lines") << QStringLiteral("```a\n  b```") << QStringLiteral("a\n  b");
    QTest::newRow("monospace inside code") << QStringLiteral("`a ```m``` b`") << QStringLiteral("`a m b`");
}

void TestWhatsAppFormat::rendersVisibleText()
{
    QFETCH(QString, input);
    QFETCH(QString, visible);
    QTextDocument doc;
    doc.setHtml(whatsAppToHtml(input));
    QCOMPARE(doc.toPlainText(), visible);
}

void TestWhatsAppFormat::documentCarriesTheFormatting()
{
    QTextDocument doc;
    doc.setHtml(whatsAppToHtml(QStringLiteral("*b* _i_ ~s~ `c`\n> q\n- l")));
    const auto formatAt = [&doc](int position) {
        QTextCursor cursor(&doc);
        cursor.setPosition(position + 1); // the format of the character before the cursor
        return cursor.charFormat();
    };
    QCOMPARE(formatAt(0).fontWeight(), static_cast<int>(QFont::Bold));
    QVERIFY(formatAt(2).fontItalic());
    QVERIFY(formatAt(4).fontStrikeOut());
    QVERIFY(formatAt(6).fontFamilies().toStringList().contains(QStringLiteral("monospace")));
    QVERIFY(formatAt(1).fontWeight() != QFont::Bold);

    const QTextBlock quote = doc.findBlockByNumber(1);
    QCOMPARE(quote.text(), QStringLiteral("q"));
    QVERIFY(quote.blockFormat().leftMargin() > 0);
    const QTextBlock item = doc.findBlockByNumber(2);
    QCOMPARE(item.text(), QStringLiteral("l"));
    QVERIFY(item.textList() != nullptr);
}

QTEST_MAIN(TestWhatsAppFormat)
#include "tst_whatsappformat.moc"
