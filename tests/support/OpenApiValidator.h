#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald::test {

/**
 * Checks JSON against the schemas of an OpenAPI 3.0 document (tests/data/messente/openapi-2.1.0.json,
 * made by scripts/openapi-to-json from Messente's official spec), so tests can prove that the requests
 * Herald builds are ones the provider documents.
 *
 * It knows the subset of OpenAPI 3.0 schema objects that spec uses: local `$ref`, `type`, `nullable`,
 * `required`, `properties`, `additionalProperties` (bool or schema), `items`, `enum`, `format`
 * (date-time, date, uuid; uri/url loosely), `minLength`/`maxLength`, `minimum`/`maximum`,
 * `minItems`/`maxItems`, `pattern`, `anyOf`, `oneOf` and `allOf`. Annotations (`description`,
 * `example`, `default`, `x-…`, …) are skipped; any other keyword met while validating is skipped too
 * but recorded, see unsupportedKeywords().
 */
class OpenApiValidator
{
public:
    /// Reads the JSON document at @p jsonPath; on failure returns nothing and says why in @p error.
    static std::optional<OpenApiValidator> load(const QString& jsonPath, QString* error);

    /**
     * The rules @p value breaks of the schema at @p schemaRef (a local reference such as
     * "#/components/schemas/Omnimessage", or any JSON pointer into the document). Empty means valid.
     * Each entry reads "<JSON path>: <keyword>: <what is wrong>", e.g.
     * "$.messages[0].template.components: type: expected array, got object".
     *
     * When @p undeclared is given, it receives the path of every object member that the schema
     * neither declares in `properties` nor governs by `additionalProperties`: valid in OpenAPI (extra
     * members are allowed by default) but not documented, so a typo or a field the provider may drop.
     */
    QStringList validate(const QJsonValue& value, const QString& schemaRef, QStringList* undeclared = nullptr) const;

    /**
     * The reference of the JSON request-body schema of @p method on @p path, e.g.
     * ("/omnimessage", "post") → "#/components/schemas/Omnimessage"; empty when there is none.
     */
    QString requestSchemaRef(const QString& path, const QString& method) const;

    /// Each schema keyword (or "format: <name>") that validation has met and skipped so far, once, sorted.
    QStringList unsupportedKeywords() const;

private:
    struct Result;

    explicit OpenApiValidator(const QJsonObject& document);

    void check(const QJsonValue& value, const QJsonValue& schema, const QString& path, Result& result) const;
    void checkType(const QJsonValue& value, const QJsonObject& schema, const QString& path, Result& result) const;
    void checkObject(const QJsonObject& object, const QJsonObject& schema, const QString& path, Result& result) const;
    void checkArray(const QJsonArray& array, const QJsonObject& schema, const QString& path, Result& result) const;
    void checkString(const QString& text, const QJsonObject& schema, const QString& path, Result& result) const;
    void checkCombinators(
        const QJsonValue& value, const QJsonObject& schema, const QString& path, Result& result) const;
    std::optional<QJsonValue> resolve(const QString& ref) const;

    QJsonObject m_document;
    mutable QSet<QString> m_unsupported;
};

} // namespace herald::test
