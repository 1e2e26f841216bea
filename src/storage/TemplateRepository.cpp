#include "storage/TemplateRepository.h"

#include "core/TemplateJson.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, language, category, header_text, body, footer, updated_at, "
                                        "bird_project_id, bird_version, kaleyra_name, header_format, buttons, "
                                        "examples, status, provider_template_id, synced_at");

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapFromJson(const QJsonObject& object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// Examples are kept so that a template can be exported for submission exactly as it was approved.
QString examplesText(const Template& t)
{
    const QJsonObject object { { QStringLiteral("header"), mapToJson(t.headerExamples) },
        { QStringLiteral("body"), mapToJson(t.bodyExamples) },
        { QStringLiteral("header_media"), t.headerMediaExample } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void readExamples(const QString& text, Template& t)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    t.headerExamples = mapFromJson(object.value(QStringLiteral("header")).toObject());
    t.bodyExamples = mapFromJson(object.value(QStringLiteral("body")).toObject());
    t.headerMediaExample = object.value(QStringLiteral("header_media")).toString();
}

Template fromRow(const QSqlQuery& q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.language = q.value(2).toString();
    t.category = categoryFromKey(q.value(3).toString());
    t.headerText = q.value(4).toString();
    t.body = q.value(5).toString();
    t.footer = q.value(6).toString();
    t.updatedAt = Database::fromText(q.value(7).toString());
    t.birdProjectId = q.value(8).toString();
    t.birdVersion = q.value(9).toString();
    t.kaleyraName = q.value(10).toString();
    t.headerFormat = headerFormatFromKey(q.value(11).toString());
    QStringList problems;
    const auto buttons
        = buttonsFromMetaJson(QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array(), &problems);
    if (buttons)
        t.buttons = *buttons;
    else
        qCWarning(lcStorage) << "template" << t.id << "has unreadable buttons:" << problems;
    readExamples(q.value(13).toString(), t);
    t.status = q.value(14).toString();
    t.providerTemplateId = q.value(15).toString();
    const QString syncedAt = q.value(16).toString();
    if (!syncedAt.isEmpty())
        t.syncedAt = Database::fromText(syncedAt);
    return t;
}

} // namespace

TemplateRepository::TemplateRepository(Database& db)
    : m_db(db)
{ }

QList<Template> TemplateRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM templates ORDER BY name, language").arg(kColumns));
    QList<Template> result;
    if (Database::exec(q)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

std::optional<Template> TemplateRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Database::exec(q) && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Template> TemplateRepository::findByNameAndLanguage(const QString& name, const QString& language) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM templates WHERE name = ? AND language = ?").arg(kColumns));
    q.addBindValue(Database::text(name));
    q.addBindValue(Database::text(language));
    if (Database::exec(q) && q.next())
        return fromRow(q);
    return std::nullopt;
}

qint64 TemplateRepository::save(const Template& tpl)
{
    const QList<std::pair<QString, QVariant>> values {
        { QStringLiteral("name"), Database::text(tpl.name) },
        { QStringLiteral("language"), Database::text(tpl.language) },
        { QStringLiteral("category"), categoryKey(tpl.category) },
        { QStringLiteral("header_text"), Database::text(tpl.headerText) },
        { QStringLiteral("body"), Database::text(tpl.body) },
        { QStringLiteral("footer"), Database::text(tpl.footer) },
        { QStringLiteral("bird_project_id"), Database::text(tpl.birdProjectId) },
        { QStringLiteral("bird_version"), Database::text(tpl.birdVersion) },
        { QStringLiteral("kaleyra_name"), Database::text(tpl.kaleyraName) },
        { QStringLiteral("header_format"), headerFormatKey(tpl.headerFormat) },
        { QStringLiteral("buttons"),
            QString::fromUtf8(QJsonDocument(buttonsToMetaJson(tpl.buttons)).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("examples"), examplesText(tpl) },
        { QStringLiteral("status"), Database::text(tpl.status) },
        { QStringLiteral("provider_template_id"), Database::text(tpl.providerTemplateId) },
        { QStringLiteral("synced_at"), tpl.syncedAt.isValid() ? Database::toText(tpl.syncedAt) : QStringLiteral("") },
    };
    return Database::upsert(m_db, QStringLiteral("templates"), tpl.id, values);
}

bool TemplateRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

} // namespace herald
