#include "gui/PreviewRenderer.h"

#include "core/WhatsAppFormat.h"

#include <QCoreApplication>
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
    QString link;
};

BubbleColors colorsFor(const QPalette& palette)
{
    // WhatsApp's own chat colours, light and dark.
    if (palette.color(QPalette::Window).lightness() < 128)
        return { QStringLiteral("#0b141a"), QStringLiteral("#202c33"), QStringLiteral("#e9edef"),
            QStringLiteral("#8696a0"), QStringLiteral("#6b5500"), QStringLiteral("#53bdeb") };
    return { QStringLiteral("#efeae2"), QStringLiteral("#ffffff"), QStringLiteral("#111b21"), QStringLiteral("#667781"),
        QStringLiteral("#ffe08a"), QStringLiteral("#027eb5") };
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
    if (isMediaHeader(message.headerFormat)) {
        // Herald does not fetch media for the preview: a clear placeholder names what will be shown.
        const QString what = message.headerFormat == HeaderFormat::Image
            ? QCoreApplication::translate("Preview", "Image")
            : message.headerFormat == HeaderFormat::Video ? QCoreApplication::translate("Preview", "Video")
                                                          : QCoreApplication::translate("Preview", "Document");
        const QString link = message.headerMediaUrl.isEmpty() ? QCoreApplication::translate("Preview", "no link yet")
                                                              : message.headerMediaUrl;
        inner += QStringLiteral("<table width=\"100%\" cellpadding=\"16\" style=\"background-color:%1\"><tr>"
                                "<td align=\"center\" style=\"color:%2\">%3<br><small>%4</small></td></tr></table>")
                     .arg(c.page, c.muted, what.toHtmlEscaped(), link.toHtmlEscaped());
    } else if (message.headerFormat == HeaderFormat::Location) {
        inner += QStringLiteral("<p style=\"color:%1\">%2</p>")
                     .arg(c.muted, QCoreApplication::translate("Preview", "Location").toHtmlEscaped());
    }
    inner += QStringLiteral("<div>%1</div>").arg(markMissing(whatsAppToHtml(message.body), c.missing));
    if (!message.footer.isEmpty())
        inner += QStringLiteral("<p style=\"margin-top:4px; color:%1; font-size:small\">%2</p>")
                     .arg(c.muted, message.footer.toHtmlEscaped());
    inner += QStringLiteral("<p align=\"right\" style=\"margin-top:2px; color:%1; font-size:small\">%2</p>")
                 .arg(c.muted, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));

    // Buttons sit under the bubble, one per row, in WhatsApp's link blue.
    QString buttons;
    for (const RenderedButton& button : message.buttons) {
        const char* mark = button.type == TemplateButton::Type::Url ? "↗ "
            : button.type == TemplateButton::Type::PhoneNumber      ? "☎ "
            : button.type == TemplateButton::Type::CopyCode         ? "⧉ "
                                                                    : "↩ ";
        buttons += QStringLiteral("<tr><td align=\"center\" style=\"background-color:%1; color:%2\">%3%4</td></tr>")
                       .arg(c.bubble, c.link, QString::fromUtf8(mark), button.text.toHtmlEscaped());
    }
    return QStringLiteral("<table width=\"100%\" cellpadding=\"12\" style=\"background-color:%1\"><tr><td>"
                          "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"2\" style=\"color:%3\">"
                          "<tr><td style=\"background-color:%2\">%4</td></tr>%5</table></td></tr></table>")
        .arg(c.page, c.bubble, c.text, inner, buttons);
}

} // namespace herald
