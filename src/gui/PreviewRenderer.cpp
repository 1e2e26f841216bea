#include "gui/PreviewRenderer.h"

#include "core/WhatsAppFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTime>

namespace herald {

namespace {

struct BubbleColors
{
    QString page;
    QString bubble;
    QString text;
    QString muted;
    QString missing;
};

BubbleColors colorsFor(const QPalette& palette)
{
    // WhatsApp's own chat colours, light and dark.
    if (palette.color(QPalette::Window).lightness() < 128)
        return { QStringLiteral("#0b141a"), QStringLiteral("#202c33"), QStringLiteral("#e9edef"),
            QStringLiteral("#8696a0"), QStringLiteral("#6b5500") };
    return { QStringLiteral("#efeae2"), QStringLiteral("#ffffff"), QStringLiteral("#111b21"), QStringLiteral("#667781"),
        QStringLiteral("#ffe08a") };
}

QString markMissing(const QString& html, const QString& color)
{
    static const QRegularExpression placeholder(QStringLiteral(R"((\{\{\s*[A-Za-z0-9_]+\s*\}\}))"));
    QString out = html;
    out.replace(placeholder, QStringLiteral("<span style=\"background-color:%1\">\\1</span>").arg(color));
    return out;
}

} // namespace

QString previewHtml(const RenderedMessage& message, const QPalette& palette)
{
    const BubbleColors c = colorsFor(palette);
    QString inner;
    if (!message.header.isEmpty())
        inner += QStringLiteral("<p style=\"margin-bottom:4px\"><b>%1</b></p>")
                     .arg(markMissing(message.header.toHtmlEscaped(), c.missing));
    inner += QStringLiteral("<div>%1</div>").arg(markMissing(whatsAppToHtml(message.body), c.missing));
    if (!message.footer.isEmpty())
        inner += QStringLiteral("<p style=\"margin-top:4px; color:%1; font-size:small\">%2</p>")
                     .arg(c.muted, message.footer.toHtmlEscaped());
    inner += QStringLiteral("<p align=\"right\" style=\"margin-top:2px; color:%1; font-size:small\">%2</p>")
                 .arg(c.muted, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));

    return QStringLiteral("<table width=\"100%\" cellpadding=\"12\" style=\"background-color:%1\"><tr><td>"
                          "<table width=\"100%\" cellpadding=\"8\" style=\"background-color:%2; color:%3\">"
                          "<tr><td>%4</td></tr></table></td></tr></table>")
        .arg(c.page, c.bubble, c.text, inner);
}

} // namespace herald
