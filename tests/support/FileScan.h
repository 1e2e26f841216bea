#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace herald::test {

/// Every file under @p dir whose bytes contain @p needle (as UTF-8, UTF-16 or base64 of it).
QStringList filesContaining(const QString& dir, const QString& needle);

} // namespace herald::test
