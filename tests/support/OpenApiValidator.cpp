#include "OpenApiValidator.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>
#include <cmath>

namespace herald::test {

struct OpenApiValidator::Result
{
    QStringList errors;
    QSet<QString> undeclared; ///< JSON paths of members no schema declares
    bool describesMembers = false; ///< the schema lists properties: members it omits are undeclared
    int depth = 0;
};

namespace {

constexpr int kMaxDepth = 64; // deeper than any real schema: a $ref cycle

bool isHandled(const QString& keyword)
{
    // What this validator checks, then annotations: they describe a value and never reject one.
    static const QStringList known = QStringLiteral("$ref type nullable required properties additionalProperties "
                                                    "items enum format minLength maxLength minimum maximum minItems "
                                                    "maxItems pattern anyOf oneOf allOf description example examples "
                                                    "default title externalDocs deprecated")
                                         .split(QLatin1Char(' '));
    return known.contains(keyword) || keyword.startsWith(QStringLiteral("x-"));
}

QString describe(const QJsonValue& value)
{
    // Any value written as the only element of an array, then without the brackets.
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    const QString text = QString::fromUtf8(json.mid(1).chopped(1));
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

bool isInteger(const QJsonValue& value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::trunc(number) == number;
}

QString typeName(const QJsonValue& value)
{
    if (value.isDouble())
        return isInteger(value) ? QStringLiteral("integer") : QStringLiteral("number");
    static const char* const names[] = { "null", "boolean", "number", "string", "array", "object" };
    return value.isUndefined() ? QStringLiteral("undefined") : QString::fromLatin1(names[value.type()]);
}

// Checks @p size (a count, a length or a number) against the bounds @p minKey and @p maxKey of @p schema.
void checkBounds(double size, const QJsonObject& schema, const char* minKey, const char* maxKey, const QString& path,
    QStringList& errors)
{
    const QJsonValue min = schema.value(QLatin1String(minKey));
    const QJsonValue max = schema.value(QLatin1String(maxKey));
    if (min.isDouble() && size < min.toDouble())
        errors.append(path + QStringLiteral(": %1: %2 < %3").arg(QLatin1String(minKey)).arg(size).arg(min.toDouble()));
    if (max.isDouble() && size > max.toDouble())
        errors.append(path + QStringLiteral(": %1: %2 > %3").arg(QLatin1String(maxKey)).arg(size).arg(max.toDouble()));
}

bool typeMatches(const QString& type, const QJsonValue& value)
{
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return isInteger(value);
    return type == typeName(value);
}

QString memberPath(const QString& path, const QString& key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (identifier.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QStringLiteral("[") + describe(key) + QStringLiteral("]");
}

// RFC 3339 full-date, and date-time with a required offset.
bool isDate(const QRegularExpressionMatch& m)
{
    return m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

// Whether @p text has @p format; nullopt for a format this validator does not know.
std::optional<bool> hasFormat(const QString& format, const QString& text)
{
    const QString name = format.toLower(); // the spec writes both "uuid" and "UUID"
    if (name == QLatin1String("date-time")) {
        static const QRegularExpression re(QStringLiteral(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-](\\d{2}):(\\d{2}))$"));
        const QRegularExpressionMatch m = re.match(text);
        return isDate(m)
            && QTime(m.captured(4).toInt(), m.captured(5).toInt(), qMin(m.captured(6).toInt(), 59)).isValid()
            && m.captured(9).toInt() < 24 && m.captured(10).toInt() < 60;
    }
    if (name == QLatin1String("date")) {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        return isDate(re.match(text));
    }
    if (name == QLatin1String("uuid")) {
        static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
        return re.match(text).hasMatch();
    }
    if (name == QLatin1String("uri") || name == QLatin1String("url")) { // loosely: absolute, and a host for web URLs
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        return url.isValid() && !url.scheme().isEmpty() && (!web || !url.host().isEmpty());
    }
    return std::nullopt;
}

QString escapePointer(QString token)
{
    return token.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
}

// Whether @p path or one of the objects holding it is in @p paths.
bool coveredBy(const QString& path, const QSet<QString>& paths)
{
    for (const QString& p : paths) {
        if (path == p
            || (path.startsWith(p) && (path.at(p.size()) == QLatin1Char('.') || path.at(p.size()) == QLatin1Char('['))))
            return true;
    }
    return false;
}

// The members that every one of @p sets leaves undeclared (one schema declaring a member is enough).
QSet<QString> undeclaredByAll(const QList<const QSet<QString>*>& sets)
{
    QSet<QString> common;
    for (const QSet<QString>* set : sets) {
        for (const QString& path : *set) {
            bool everywhere = true;
            for (const QSet<QString>* other : sets)
                everywhere = everywhere && coveredBy(path, *other);
            if (everywhere)
                common.insert(path);
        }
    }
    return common;
}

QString branchName(const QJsonValue& branch, qsizetype index)
{
    const QString ref = branch.toObject().value(QStringLiteral("$ref")).toString();
    return ref.isEmpty() ? QStringLiteral("#") + QString::number(index) : ref.section(QLatin1Char('/'), -1);
}

} // namespace

std::optional<OpenApiValidator> OpenApiValidator::load(const QString& jsonPath, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::optional<OpenApiValidator>();
    };
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(jsonPath + QStringLiteral(": ") + file.errorString());
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(jsonPath + QStringLiteral(": ") + parseError.errorString() + QStringLiteral(" at byte ")
            + QString::number(parseError.offset));
    if (!document.object().value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")))
        return fail(jsonPath + QStringLiteral(": not an OpenAPI 3 document"));
    return OpenApiValidator(document.object());
}

OpenApiValidator::OpenApiValidator(const QJsonObject& document)
    : m_document(document)
{ }

QStringList OpenApiValidator::validate(const QJsonValue& value, const QString& schemaRef, QStringList* undeclared) const
{
    Result result;
    const std::optional<QJsonValue> schema = resolve(schemaRef);
    if (!schema)
        result.errors.append(QStringLiteral("$: $ref: cannot resolve ") + schemaRef);
    else
        check(value, *schema, QStringLiteral("$"), result);
    if (undeclared) {
        *undeclared = result.undeclared.values();
        undeclared->sort();
    }
    return result.errors;
}

QString OpenApiValidator::requestSchemaRef(const QString& path, const QString& method) const
{
    QString pointer = QStringLiteral("#/paths/") + escapePointer(path) + QLatin1Char('/') + method.toLower()
        + QStringLiteral("/requestBody");
    std::optional<QJsonValue> body = resolve(pointer);
    const QString bodyRef = body ? body->toObject().value(QStringLiteral("$ref")).toString() : QString();
    if (!bodyRef.isEmpty()) // a shared body in #/components/requestBodies
        body = resolve(pointer = bodyRef);
    const QJsonObject content = body ? body->toObject().value(QStringLiteral("content")).toObject() : QJsonObject();
    QString mediaType = QStringLiteral("application/json");
    for (auto it = content.begin(); !content.contains(mediaType) && it != content.end(); ++it) {
        if (it.key().endsWith(QStringLiteral("json")))
            mediaType = it.key();
    }
    const QJsonObject schema = content.value(mediaType).toObject().value(QStringLiteral("schema")).toObject();
    if (schema.isEmpty())
        return {};
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    return !ref.isEmpty()
        ? ref
        : pointer + QStringLiteral("/content/") + escapePointer(mediaType) + QStringLiteral("/schema");
}

QStringList OpenApiValidator::unsupportedKeywords() const
{
    QStringList keywords = m_unsupported.values();
    keywords.sort();
    return keywords;
}

std::optional<QJsonValue> OpenApiValidator::resolve(const QString& ref) const
{
    if (!ref.startsWith(QLatin1Char('#')) || (ref.size() > 1 && ref.at(1) != QLatin1Char('/')))
        return std::nullopt; // only local references: the spec is one self-contained file
    QJsonValue node = m_document;
    const QStringList tokens = ref.mid(2).split(QLatin1Char('/'));
    for (qsizetype i = 0; ref.size() > 1 && i < tokens.size(); ++i) {
        QString token = QUrl::fromPercentEncoding(tokens.at(i).toUtf8());
        token.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (node.isObject() && node.toObject().contains(token))
            node = node.toObject().value(token);
        else if (node.isArray() && token.toInt() >= 0 && token.toInt() < node.toArray().size())
            node = node.toArray().at(token.toInt());
        else
            return std::nullopt;
    }
    return node;
}

void OpenApiValidator::check(
    const QJsonValue& value, const QJsonValue& schemaValue, const QString& path, Result& result) const
{
    const auto fail = [&](const char* keyword, const QString& what) {
        result.errors.append(path + QStringLiteral(": ") + QLatin1String(keyword) + QStringLiteral(": ") + what);
    };
    if (!schemaValue.isObject())
        return fail("schema", QStringLiteral("not a schema object: ") + describe(schemaValue));
    if (result.depth >= kMaxDepth)
        return fail("$ref", QStringLiteral("schemas nest deeper than %1 (a reference cycle?)").arg(kMaxDepth));
    const QJsonObject schema = schemaValue.toObject();
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (!ref.isEmpty()) { // OpenAPI 3.0: a $ref's sibling keywords are ignored
        const std::optional<QJsonValue> target = resolve(ref);
        if (!target)
            return fail("$ref", QStringLiteral("cannot resolve ") + ref);
        ++result.depth;
        check(value, *target, path, result);
        --result.depth;
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!isHandled(it.key()))
            m_unsupported.insert(it.key());
    }
    if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
        return;
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (schema.contains(QStringLiteral("type")) && !typeMatches(type, value))
        return fail("type", QStringLiteral("expected ") + type + QStringLiteral(", got ") + typeName(value));
    const QJsonValue allowed = schema.value(QStringLiteral("enum"));
    if (allowed.isArray() && !allowed.toArray().contains(value))
        fail("enum", describe(value) + QStringLiteral(" is not one of ") + describe(allowed));
    if (value.isObject())
        checkObject(value.toObject(), schema, path, result);
    else if (value.isArray())
        checkArray(value.toArray(), schema, path, result);
    else if (value.isString())
        checkString(value.toString(), schema, path, result);
    else if (value.isDouble())
        checkBounds(value.toDouble(), schema, "minimum", "maximum", path, result.errors);
    checkCombinators(value, schema, path, result);
}

void OpenApiValidator::checkObject(
    const QJsonObject& object, const QJsonObject& schema, const QString& path, Result& result) const
{
    for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
        if (!object.contains(name.toString()))
            result.errors.append(path + QStringLiteral(": required: missing ") + describe(name));
    }
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    // A schema of only anyOf/oneOf/allOf leaves the members to its branches.
    const bool describes = schema.contains(QStringLiteral("properties")) || !additional.isUndefined()
        || schema.value(QStringLiteral("type")).toString() == QLatin1String("object");
    result.describesMembers = result.describesMembers || describes;
    ++result.depth;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString childPath = memberPath(path, it.key());
        if (properties.contains(it.key()))
            check(it.value(), properties.value(it.key()), childPath, result);
        else if (additional.isObject())
            check(it.value(), additional, childPath, result);
        else if (additional.isBool() && !additional.toBool())
            result.errors.append(childPath + QStringLiteral(": additionalProperties: not allowed"));
        else if (!additional.isBool() && describes)
            result.undeclared.insert(childPath);
    }
    --result.depth;
}

void OpenApiValidator::checkArray(
    const QJsonArray& array, const QJsonObject& schema, const QString& path, Result& result) const
{
    checkBounds(double(array.size()), schema, "minItems", "maxItems", path, result.errors);
    if (!schema.contains(QStringLiteral("items")))
        return;
    ++result.depth;
    for (qsizetype i = 0; i < array.size(); ++i)
        check(array.at(i), schema.value(QStringLiteral("items")), path + QStringLiteral("[%1]").arg(i), result);
    --result.depth;
}

void OpenApiValidator::checkString(
    const QString& text, const QJsonObject& schema, const QString& path, Result& result) const
{
    // JSON Schema counts characters as code points.
    checkBounds(double(text.toUcs4().size()), schema, "minLength", "maxLength", path, result.errors);
    const QString where = path + QStringLiteral(": ");
    const QString pattern = schema.value(QStringLiteral("pattern")).toString();
    if (!pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch()) // unanchored, as in JSON Schema
        result.errors.append(
            where + QStringLiteral("pattern: ") + describe(text) + QStringLiteral(" does not match ") + pattern);
    const QString format = schema.value(QStringLiteral("format")).toString();
    if (format.isEmpty())
        return;
    const std::optional<bool> ok = hasFormat(format, text);
    if (!ok)
        m_unsupported.insert(QStringLiteral("format: ") + format);
    else if (!*ok)
        result.errors.append(
            where + QStringLiteral("format: ") + describe(text) + QStringLiteral(" is not a ") + format);
}

void OpenApiValidator::checkCombinators(
    const QJsonValue& value, const QJsonObject& schema, const QString& path, Result& result) const
{
    for (const char* keyword : { "allOf", "anyOf", "oneOf" }) {
        const QJsonArray branches = schema.value(QLatin1String(keyword)).toArray();
        if (branches.isEmpty())
            continue;
        QList<Result> outcomes(branches.size());
        QStringList names;
        QStringList matched;
        QList<const QSet<QString>*> undeclared; // of each matching branch that lists properties
        qsizetype fewest = 0; // the fewest errors of a failing branch
        for (qsizetype i = 0; i < branches.size(); ++i) {
            outcomes[i].depth = result.depth + 1;
            check(value, branches.at(i), path, outcomes[i]);
            names.append(branchName(branches.at(i), i));
            const qsizetype errors = outcomes.at(i).errors.size();
            if (errors == 0)
                matched.append(names.last());
            else
                fewest = fewest == 0 ? errors : qMin(fewest, errors);
            if (errors == 0 && outcomes.at(i).describesMembers)
                undeclared.append(&outcomes.at(i).undeclared);
        }
        const QString where = path + QStringLiteral(": ") + QLatin1String(keyword) + QStringLiteral(": ");
        const bool all = qstrcmp(keyword, "allOf") == 0;
        const bool any = qstrcmp(keyword, "anyOf") == 0;
        if (all ? matched.size() == branches.size() : (any ? !matched.isEmpty() : matched.size() == 1)) {
            result.undeclared.unite(undeclaredByAll(undeclared));
            result.describesMembers = result.describesMembers || !undeclared.isEmpty();
            continue;
        }
        if (!all && !matched.isEmpty()) {
            result.errors.append(where + QStringLiteral("matches ") + matched.join(QStringLiteral(", "))
                + QStringLiteral("; only one may"));
            continue;
        }
        // allOf: every failing branch; anyOf/oneOf: the ones that came closest to matching.
        if (!all)
            result.errors.append(where + QStringLiteral("matches none of ") + names.join(QStringLiteral(", ")));
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).errors.isEmpty() || (!all && outcomes.at(i).errors.size() > fewest))
                continue;
            for (const QString& error : outcomes.at(i).errors)
                result.errors.append(error + QStringLiteral(" (in ") + names.at(i) + QLatin1Char(')'));
        }
    }
}

} // namespace herald::test
