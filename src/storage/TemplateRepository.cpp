#include "storage/TemplateRepository.h"

#include "core/TemplateJson.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, language, category, header_text, body, footer, updated_at, "
                                        "bird_project_id, bird_version, kaleyra_name, header_format, buttons, "
                                        "examples, status, provider_template_id, synced_at, bird_variable_keys, "
                                        "kaleyra_lang_code");

// Examples are kept so that a template can be exported for submission exactly as it was approved.
QString examplesText(const Template& t)
{
    const QJsonObject object { { QStringLiteral("header"), stringMapToJson(t.headerExamples) },
        { QStringLiteral("body"), stringMapToJson(t.bodyExamples) },
        { QStringLiteral("header_media"), t.headerMediaExample } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void readExamples(const QString& text, Template& t)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    t.headerExamples = stringMapFromJson(object.value(QStringLiteral("header")).toObject());
    t.bodyExamples = stringMapFromJson(object.value(QStringLiteral("body")).toObject());
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
    t.birdVariableKeys = stringMapFromJson(QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object());
    t.kaleyraLangCode = q.value(18).toString();
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

QList<Template> TemplateRepository::sendable() const
{
    QSqlQuery q(m_db.connection());
    // The same rule as Template::isSendable, in SQL so the list is never built and then filtered.
    q.prepare(
        QStringLiteral("SELECT %1 FROM templates WHERE status = '' OR status = 'approved' ORDER BY name, language")
            .arg(kColumns));
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
        { QStringLiteral("bird_variable_keys"),
            QString::fromUtf8(QJsonDocument(stringMapToJson(tpl.birdVariableKeys)).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("kaleyra_lang_code"), Database::text(tpl.kaleyraLangCode) },
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

TemplateSyncOutcome TemplateRepository::storeSynced(
    qint64 profileId, const QList<Template>& synced, const QDateTime& syncedAt)
{
    TemplateSyncOutcome outcome;
    Transaction transaction(m_db.connection());
    for (const Template& fetched : synced) {
        Template tpl = fetched;
        tpl.syncedAt = syncedAt;
        if (const std::optional<Template> existing = findByNameAndLanguage(tpl.name, tpl.language)) {
            // Meta's approved content wins; how Bird and Kaleyra address it was entered here and stays.
            tpl.id = existing->id;
            tpl.birdProjectId = existing->birdProjectId;
            tpl.birdVersion = existing->birdVersion;
            tpl.kaleyraName = existing->kaleyraName;
            tpl.birdVariableKeys = existing->birdVariableKeys;
            tpl.kaleyraLangCode = existing->kaleyraLangCode;
        } else {
            tpl.id = 0;
        }
        if (save(tpl) == 0) {
            outcome.error = QStringLiteral("%1 (%2)").arg(tpl.name, tpl.language);
            return outcome; // the transaction rolls back
        }
        ++(tpl.id == 0 ? outcome.added : outcome.updated);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO template_syncs (profile_id, synced_at, template_count) VALUES (?, ?, ?) "
                             "ON CONFLICT (profile_id) DO UPDATE SET synced_at = excluded.synced_at, "
                             "template_count = excluded.template_count"));
    q.addBindValue(profileId);
    q.addBindValue(Database::toText(syncedAt));
    q.addBindValue(synced.size());
    if (!Database::exec(q) || !transaction.commit()) {
        outcome.error = q.lastError().text();
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

QDateTime TemplateRepository::lastSynced(qint64 profileId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT synced_at FROM template_syncs WHERE profile_id = ?"));
    q.addBindValue(profileId);
    if (Database::exec(q) && q.next())
        return Database::fromText(q.value(0).toString());
    return {};
}

QString TemplateRepository::bindings(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bindings FROM template_bindings WHERE template_id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.next() ? q.value(0).toString() : QString();
}

void TemplateRepository::saveBindings(qint64 id, const QString& json)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO template_bindings (template_id, bindings, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(template_id) DO UPDATE SET bindings = excluded.bindings, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(id);
    q.addBindValue(json);
    q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    Database::exec(q);
}

} // namespace herald
