#include "storage/TemplateRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, language, category, header_text, body, footer, updated_at");

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
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db.connection());
    if (tpl.id == 0)
        q.prepare(QStringLiteral("INSERT INTO templates (name, language, category, header_text, body, footer, "
                                 "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE templates SET name = ?, language = ?, category = ?, header_text = ?, "
                                 "body = ?, footer = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(Database::text(tpl.name));
    q.addBindValue(Database::text(tpl.language));
    q.addBindValue(categoryKey(tpl.category));
    q.addBindValue(Database::text(tpl.headerText));
    q.addBindValue(Database::text(tpl.body));
    q.addBindValue(Database::text(tpl.footer));
    q.addBindValue(now);
    if (tpl.id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(tpl.id);
    if (!Database::exec(q))
        return 0;
    return tpl.id == 0 ? q.lastInsertId().toLongLong() : tpl.id;
}

bool TemplateRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

} // namespace herald
