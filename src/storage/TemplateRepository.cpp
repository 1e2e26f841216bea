#include "storage/TemplateRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, language, category, header_text, body, footer, updated_at, "
                                       "bird_project_id, bird_version, kaleyra_name");

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
