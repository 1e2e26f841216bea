#include "core/Template.h"

#include <QRegularExpression>
#include <algorithm>

namespace herald {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_]+)\s*\}\})"));
    return re;
}

bool isPositional(const QString& key)
{
    bool ok = false;
    key.toInt(&ok);
    return ok;
}

} // namespace

QString categoryKey(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Marketing:
        return QStringLiteral("marketing");
    case TemplateCategory::Utility:
        return QStringLiteral("utility");
    case TemplateCategory::Authentication:
        return QStringLiteral("authentication");
    }
    return QStringLiteral("utility");
}

TemplateCategory categoryFromKey(const QString& key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("marketing"))
        return TemplateCategory::Marketing;
    if (k == QLatin1String("authentication"))
        return TemplateCategory::Authentication;
    return TemplateCategory::Utility;
}

QStringList variablesIn(const QString& text)
{
    QStringList positional;
    QStringList named;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        QStringList& list = isPositional(key) ? positional : named;
        if (!list.contains(key))
            list.append(key);
    }
    std::sort(
        positional.begin(), positional.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return positional + named;
}

HeaderFormat Template::effectiveHeaderFormat() const
{
    if (headerFormat == HeaderFormat::Text && headerText.isEmpty())
        return HeaderFormat::None;
    return headerFormat;
}

bool TemplateButton::hasUrlVariable() const
{
    return type == Type::Url && placeholderPattern().match(url).hasMatch();
}

QString headerFormatKey(HeaderFormat format)
{
    switch (format) {
    case HeaderFormat::None:
        return QStringLiteral("none");
    case HeaderFormat::Text:
        return QStringLiteral("text");
    case HeaderFormat::Image:
        return QStringLiteral("image");
    case HeaderFormat::Video:
        return QStringLiteral("video");
    case HeaderFormat::Document:
        return QStringLiteral("document");
    case HeaderFormat::Location:
        return QStringLiteral("location");
    }
    return QStringLiteral("text");
}

HeaderFormat headerFormatFromKey(const QString& key, bool* ok)
{
    static const QMap<QString, HeaderFormat> formats {
        { QStringLiteral("none"), HeaderFormat::None },
        { QStringLiteral("text"), HeaderFormat::Text },
        { QStringLiteral("image"), HeaderFormat::Image },
        { QStringLiteral("video"), HeaderFormat::Video },
        { QStringLiteral("document"), HeaderFormat::Document },
        { QStringLiteral("location"), HeaderFormat::Location },
    };
    const auto it = formats.constFind(key.toLower());
    if (ok)
        *ok = it != formats.constEnd();
    return it != formats.constEnd() ? *it : HeaderFormat::Text;
}

bool isMediaHeader(HeaderFormat format)
{
    return format == HeaderFormat::Image || format == HeaderFormat::Video || format == HeaderFormat::Document;
}

QString buttonTypeKey(TemplateButton::Type type)
{
    switch (type) {
    case TemplateButton::Type::QuickReply:
        return QStringLiteral("quick_reply");
    case TemplateButton::Type::Url:
        return QStringLiteral("url");
    case TemplateButton::Type::PhoneNumber:
        return QStringLiteral("phone_number");
    case TemplateButton::Type::CopyCode:
        return QStringLiteral("copy_code");
    }
    return QStringLiteral("quick_reply");
}

TemplateButton::Type buttonTypeFromKey(const QString& key, bool* ok)
{
    static const QMap<QString, TemplateButton::Type> types {
        { QStringLiteral("quick_reply"), TemplateButton::Type::QuickReply },
        { QStringLiteral("url"), TemplateButton::Type::Url },
        { QStringLiteral("phone_number"), TemplateButton::Type::PhoneNumber },
        { QStringLiteral("copy_code"), TemplateButton::Type::CopyCode },
    };
    const auto it = types.constFind(key.toLower());
    if (ok)
        *ok = it != types.constEnd();
    return it != types.constEnd() ? *it : TemplateButton::Type::QuickReply;
}

QString birdHeaderKey(const QString& variable)
{
    return QStringLiteral("header_") + variable;
}

QStringList birdDefaultVariableKeys(const Template& tpl)
{
    QStringList keys;
    if (tpl.effectiveHeaderFormat() == HeaderFormat::Text) {
        for (const QString& variable : variablesIn(tpl.headerText))
            keys.append(birdHeaderKey(variable));
    }
    keys.append(variablesIn(tpl.body));
    return keys;
}

} // namespace herald
