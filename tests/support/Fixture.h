#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#ifndef HERALD_TEST_DATA
#error "Tests that read fixtures define HERALD_TEST_DATA (tests/data)"
#endif

namespace herald::test {

/// The bytes of tests/data/@p relativePath; stops the test run loudly when the file is missing.
inline QByteArray fixture(const QString& relativePath)
{
    QFile file(QStringLiteral(HERALD_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

} // namespace herald::test
