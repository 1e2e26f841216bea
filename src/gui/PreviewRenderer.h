#pragma once

#include "core/TemplateRenderer.h"

#include <QPalette>
#include <QString>

namespace herald {

/**
 * The preview of a message as WhatsApp shows it to the recipient: a bubble with the header in
 * bold, the body with WhatsApp's formatting, the footer in grey, and any variable still without a
 * value highlighted. Dark or light after @p palette. All text is escaped before it is formatted.
 */
QString previewHtml(const RenderedMessage& message, const QPalette& palette);

} // namespace herald
