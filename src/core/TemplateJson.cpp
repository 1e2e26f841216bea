#include "core/TemplateJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace herald {

namespace {

/// This file's words, in the translation context "TemplateJson" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(TemplateJson)
};

void report(QStringList* problems, const QString& problem)
{
    if (problems)
        problems->append(problem);
}

bool isPositional(const QString& key)
{
    bool ok = false;
    key.toInt(&ok);
    return ok;
}

bool hasNamedVariables(const Template& tpl)
{
    const QStringList vars = variablesIn(tpl.headerText) + variablesIn(tpl.body);
    return std::any_of(vars.begin(), vars.end(), [](const QString& v) { return !isPositional(v); });
}

QJsonArray stringArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

// Meta gives examples either positionally (a list in variable order) or by name.
QJsonObject examplesJson(const QStringList& variables, const QMap<QString, QString>& examples, bool named,
    const QString& positionalKey, const QString& namedKey, bool nested)
{
    QJsonObject example;
    if (variables.isEmpty() || examples.isEmpty())
        return example;
    if (named) {
        QJsonArray params;
        for (const QString& variable : variables) {
            if (examples.contains(variable))
                params.append(QJsonObject { { QStringLiteral("param_name"), variable },
                    { QStringLiteral("example"), examples.value(variable) } });
        }
        example.insert(namedKey, params);
    } else {
        QStringList values;
        for (const QString& variable : variables)
            values.append(examples.value(variable));
        example.insert(positionalKey, nested ? QJsonArray { stringArray(values) } : stringArray(values));
    }
    return example;
}

QMap<QString, QString> examplesFrom(
    const QJsonObject& example, const QStringList& variables, const QString& positionalKey, const QString& namedKey)
{
    QMap<QString, QString> result;
    for (const QJsonValue& param : example.value(namedKey).toArray()) {
        const QJsonObject p = param.toObject();
        const QString name = p.value(QStringLiteral("param_name")).toString();
        if (!name.isEmpty())
            result.insert(name, p.value(QStringLiteral("example")).toString());
    }
    QJsonValue positional = example.value(positionalKey);
    // body_text is a list of lists (one per sample set); header_text a flat list.
    if (positional.isArray() && positional.toArray().at(0).isArray())
        positional = positional.toArray().at(0);
    const QJsonArray values = positional.toArray();
    for (qsizetype i = 0; i < values.size() && i < variables.size(); ++i) {
        if (!values.at(i).toString().isEmpty())
            result.insert(variables.at(i), values.at(i).toString());
    }
    return result;
}

QString languageOf(const QJsonValue& value)
{
    // Meta and Messente give a string; some list responses wrap it as {code}.
    if (value.isObject())
        return value.toObject().value(QStringLiteral("code")).toString();
    return value.toString();
}

bool readHeader(const QJsonObject& component, Template& tpl, const QString& who, QStringList* problems)
{
    const QString formatKey = component.value(QStringLiteral("format")).toString(QStringLiteral("text"));
    bool ok = false;
    tpl.headerFormat = headerFormatFromKey(formatKey, &ok);
    if (!ok || tpl.headerFormat == HeaderFormat::None) {
        report(problems, Words::tr("%1: the header format %2 is not one Herald can send.").arg(who, formatKey));
        return false;
    }
    const QJsonObject example = component.value(QStringLiteral("example")).toObject();
    if (tpl.headerFormat == HeaderFormat::Text) {
        tpl.headerText = component.value(QStringLiteral("text")).toString();
        tpl.headerExamples = examplesFrom(example, variablesIn(tpl.headerText), QStringLiteral("header_text"),
            QStringLiteral("header_text_named_params"));
    } else {
        tpl.headerMediaExample = example.value(QStringLiteral("header_handle")).toArray().at(0).toString();
    }
    return true;
}

} // namespace

QJsonArray buttonsToMetaJson(const QList<TemplateButton>& buttons)
{
    QJsonArray array;
    for (const TemplateButton& button : buttons) {
        QJsonObject b { { QStringLiteral("type"), buttonTypeKey(button.type).toUpper() } };
        if (!button.text.isEmpty())
            b.insert(QStringLiteral("text"), button.text);
        switch (button.type) {
        case TemplateButton::Type::QuickReply:
            break;
        case TemplateButton::Type::Url:
            b.insert(QStringLiteral("url"), button.url);
            if (!button.example.isEmpty())
                b.insert(QStringLiteral("example"), QJsonArray { button.example });
            break;
        case TemplateButton::Type::PhoneNumber:
            b.insert(QStringLiteral("phone_number"), button.phoneNumber);
            break;
        case TemplateButton::Type::CopyCode:
            if (!button.example.isEmpty())
                b.insert(QStringLiteral("example"), button.example);
            break;
        }
        array.append(b);
    }
    return array;
}

std::optional<QList<TemplateButton>> buttonsFromMetaJson(const QJsonArray& buttons, QStringList* problems)
{
    QList<TemplateButton> result;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject b = buttons.at(i).toObject();
        QString typeKey = b.value(QStringLiteral("type")).toString();
        // Messente lists an authentication template's copy button as otp with otp_type copy_code.
        if (typeKey.compare(QLatin1String("otp"), Qt::CaseInsensitive) == 0)
            typeKey = QStringLiteral("copy_code");
        bool ok = false;
        TemplateButton button;
        button.type = buttonTypeFromKey(typeKey, &ok);
        if (!ok) {
            // Skipping it would shift the index of every later button, and Meta matches buttons by index.
            report(problems,
                Words::tr("button %1 has the type %2, which Herald cannot send.")
                    .arg(i + 1)
                    .arg(typeKey.isEmpty() ? Words::tr("(none)") : typeKey));
            return std::nullopt;
        }
        button.text = b.value(QStringLiteral("text")).toString();
        button.url = b.value(QStringLiteral("url")).toString();
        button.phoneNumber = b.value(QStringLiteral("phone_number")).toString();
        const QJsonValue example = b.value(QStringLiteral("example"));
        button.example = example.isArray() ? example.toArray().at(0).toString() : example.toString();
        result.append(button);
    }
    return result;
}

std::optional<Template> templateFromMetaJson(const QJsonObject& object, QStringList* problems)
{
    Template tpl;
    tpl.name = object.value(QStringLiteral("name")).toString();
    const QString who
        = tpl.name.isEmpty() ? Words::tr("A template without a name") : Words::tr("Template %1").arg(tpl.name);
    if (tpl.name.isEmpty()) {
        report(problems, Words::tr("A template has no name and was left out."));
        return std::nullopt;
    }
    tpl.language = languageOf(object.value(QStringLiteral("language")));
    const QString category = object.value(QStringLiteral("category")).toString().toLower();
    if (category != QLatin1String("marketing") && category != QLatin1String("utility")
        && category != QLatin1String("authentication"))
        report(problems,
            category.isEmpty()
                ? Words::tr("%1 has no category; it was read as utility.").arg(who)
                : Words::tr("%1: the category %2 is unknown; it was read as utility.").arg(who, category));
    tpl.category = categoryFromKey(category);
    tpl.status = object.value(QStringLiteral("status")).toString().toLower();
    const QJsonValue id = object.value(QStringLiteral("id"));
    tpl.providerTemplateId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();

    bool hasBody = false;
    const QJsonValue components = object.value(QStringLiteral("components"));
    if (!components.isArray() && !components.isUndefined())
        report(problems, Words::tr("%1: components is not a list.").arg(who));
    for (const QJsonValue& value : components.toArray()) {
        if (!value.isObject()) {
            report(problems, Words::tr("%1: a component is not an object and was ignored.").arg(who));
            continue;
        }
        const QJsonObject component = value.toObject();
        const QString typeName = component.value(QStringLiteral("type")).toString();
        const QString type = typeName.toLower();
        if (type == QLatin1String("header")) {
            if (!readHeader(component, tpl, who, problems))
                return std::nullopt;
        } else if (type == QLatin1String("body")) {
            hasBody = true;
            tpl.body = component.value(QStringLiteral("text")).toString();
            tpl.bodyExamples = examplesFrom(component.value(QStringLiteral("example")).toObject(),
                variablesIn(tpl.body), QStringLiteral("body_text"), QStringLiteral("body_text_named_params"));
        } else if (type == QLatin1String("footer")) {
            tpl.footer = component.value(QStringLiteral("text")).toString();
        } else if (type == QLatin1String("buttons")) {
            if (!component.value(QStringLiteral("buttons")).isArray())
                report(problems, Words::tr("%1: the buttons are not a list and were ignored.").arg(who));
            QStringList buttonProblems;
            const auto buttons
                = buttonsFromMetaJson(component.value(QStringLiteral("buttons")).toArray(), &buttonProblems);
            for (const QString& problem : std::as_const(buttonProblems))
                report(problems, Words::tr("%1: %2").arg(who, problem));
            if (!buttons)
                return std::nullopt;
            tpl.buttons = *buttons;
        } else {
            report(problems, Words::tr("%1: the component type %2 is unknown and was ignored.").arg(who, typeName));
        }
    }
    if (!hasBody || tpl.body.isEmpty()) {
        report(problems, Words::tr("%1 has no body and was left out.").arg(who));
        return std::nullopt;
    }
    return tpl;
}

QJsonObject templateToMetaJson(const Template& tpl)
{
    const bool named = hasNamedVariables(tpl);
    QJsonObject object { { QStringLiteral("name"), tpl.name }, { QStringLiteral("language"), tpl.language },
        { QStringLiteral("category"), categoryKey(tpl.category).toUpper() },
        { QStringLiteral("parameter_format"), named ? QStringLiteral("NAMED") : QStringLiteral("POSITIONAL") } };
    if (!tpl.providerTemplateId.isEmpty())
        object.insert(QStringLiteral("id"), tpl.providerTemplateId);
    if (!tpl.status.isEmpty())
        object.insert(QStringLiteral("status"), tpl.status.toUpper());

    QJsonArray components;
    const HeaderFormat format = tpl.effectiveHeaderFormat();
    if (format != HeaderFormat::None) {
        QJsonObject header { { QStringLiteral("type"), QStringLiteral("HEADER") },
            { QStringLiteral("format"), headerFormatKey(format).toUpper() } };
        QJsonObject example;
        if (format == HeaderFormat::Text) {
            header.insert(QStringLiteral("text"), tpl.headerText);
            example = examplesJson(variablesIn(tpl.headerText), tpl.headerExamples, named,
                QStringLiteral("header_text"), QStringLiteral("header_text_named_params"), false);
        } else if (!tpl.headerMediaExample.isEmpty()) {
            example.insert(QStringLiteral("header_handle"), QJsonArray { tpl.headerMediaExample });
        }
        if (!example.isEmpty())
            header.insert(QStringLiteral("example"), example);
        components.append(header);
    }
    QJsonObject body { { QStringLiteral("type"), QStringLiteral("BODY") }, { QStringLiteral("text"), tpl.body } };
    const QJsonObject bodyExample = examplesJson(variablesIn(tpl.body), tpl.bodyExamples, named,
        QStringLiteral("body_text"), QStringLiteral("body_text_named_params"), true);
    if (!bodyExample.isEmpty())
        body.insert(QStringLiteral("example"), bodyExample);
    components.append(body);
    if (!tpl.footer.isEmpty())
        components.append(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("FOOTER") }, { QStringLiteral("text"), tpl.footer } });
    if (!tpl.buttons.isEmpty())
        components.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("BUTTONS") },
            { QStringLiteral("buttons"), buttonsToMetaJson(tpl.buttons) } });
    object.insert(QStringLiteral("components"), components);
    return object;
}

QList<Template> templatesFromJson(const QByteArray& json, QStringList* problems)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        report(problems,
            Words::tr("The file is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset));
        return {};
    }
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("data")).isArray())
            items = root.value(QStringLiteral("data")).toArray();
        else if (root.value(QStringLiteral("templates")).isArray())
            items = root.value(QStringLiteral("templates")).toArray();
        else if (root.contains(QStringLiteral("name")) || root.contains(QStringLiteral("components")))
            items.append(root);
        else
            report(
                problems, Words::tr("The JSON holds no template: expected a template, a list, or data or templates."));
    }
    QList<Template> result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            report(problems, Words::tr("Entry %1 of the list is not a template object.").arg(i + 1));
            continue;
        }
        if (auto tpl = templateFromMetaJson(items.at(i).toObject(), problems))
            result.append(*tpl);
    }
    return result;
}

QString templateToSnapshotJson(const Template& tpl)
{
    const QJsonObject keys = stringMapToJson(tpl.birdVariableKeys);
    const QJsonObject herald { { QStringLiteral("id"), tpl.id },
        { QStringLiteral("bird_project_id"), tpl.birdProjectId }, { QStringLiteral("bird_version"), tpl.birdVersion },
        { QStringLiteral("bird_variable_keys"), keys }, { QStringLiteral("kaleyra_name"), tpl.kaleyraName },
        { QStringLiteral("kaleyra_lang_code"), tpl.kaleyraLangCode } };
    const QJsonObject snapshot { { QStringLiteral("meta"), templateToMetaJson(tpl) },
        { QStringLiteral("herald"), herald } };
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}

std::optional<Template> templateFromSnapshotJson(const QString& json)
{
    const QJsonObject snapshot = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList problems;
    std::optional<Template> tpl = templateFromMetaJson(snapshot.value(QStringLiteral("meta")).toObject(), &problems);
    if (!tpl)
        return std::nullopt;
    const QJsonObject herald = snapshot.value(QStringLiteral("herald")).toObject();
    tpl->id = herald.value(QStringLiteral("id")).toInteger();
    tpl->birdProjectId = herald.value(QStringLiteral("bird_project_id")).toString();
    tpl->birdVersion = herald.value(QStringLiteral("bird_version")).toString();
    tpl->kaleyraName = herald.value(QStringLiteral("kaleyra_name")).toString();
    tpl->kaleyraLangCode = herald.value(QStringLiteral("kaleyra_lang_code")).toString();
    tpl->birdVariableKeys = stringMapFromJson(herald.value(QStringLiteral("bird_variable_keys")).toObject());
    return tpl;
}

QJsonObject stringMapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> stringMapFromJson(const QJsonObject& object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace herald
