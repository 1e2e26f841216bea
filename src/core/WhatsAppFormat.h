#pragma once

#include <QString>

namespace herald {

/**
 * Renders WhatsApp's text formatting as rich text for the preview: `*bold*`, `_italic_`,
 * `~strike~`, ```` ```monospace``` ````, `` `inline code` ``, `> quote` lines, `* ` / `- ` bulleted
 * and `1. ` numbered lists. Everything else is HTML-escaped first, so no text from a template,
 * a value or a provider can ever be interpreted as markup.
 */
QString whatsAppToHtml(const QString& text);

} // namespace herald
