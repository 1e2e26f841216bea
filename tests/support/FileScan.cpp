#include "FileScan.h"

#include <QDirIterator>
#include <QFile>

namespace herald::test {

QStringList filesContaining(const QString& dir, const QString& needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    // The canary may sit anywhere inside a base64 text (as in "Basic base64(user:password)"), so
    // look for the part of its encoding that does not depend on the bytes around it, at each of
    // the three possible alignments.
    QList<QByteArray> base64;
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray encoded = QByteArray(QByteArray(pad, '\0') + utf8).toBase64();
        const int first = (pad + 2) / 3 * 4;
        const int last = static_cast<int>((pad + utf8.size()) / 3 * 4);
        if (last - first >= 8)
            base64.append(encoded.mid(first, last - first));
    }
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        bool found = bytes.contains(utf8) || bytes.contains(utf16);
        for (const QByteArray& encoded : base64)
            found = found || bytes.contains(encoded);
        if (found)
            hits.append(path);
    }
    return hits;
}

} // namespace herald::test
