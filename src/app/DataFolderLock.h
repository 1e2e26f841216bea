#pragma once

#include <QLockFile>
#include <QString>

namespace herald {

/**
 * One Herald per data folder: `<data>/herald.lock`, held while Herald runs. Two Heralds on one
 * journal would each resume the other's campaigns and send messages twice. A lock left by a Herald
 * that crashed is taken over (QLockFile finds its process gone); a live Herald's never is, however
 * long it has run.
 */
class DataFolderLock
{
public:
    explicit DataFolderLock(const QString& dataDir);
    ~DataFolderLock();
    DataFolderLock(const DataFolderLock&) = delete;
    DataFolderLock& operator=(const DataFolderLock&) = delete;

    /// Takes the lock; false with @p error in words when another Herald holds it or it cannot be written.
    bool tryLock(QString* error);
    /// After a failed tryLock(): whether another Herald holds the lock (rather than the folder failing).
    bool heldByAnother() const { return m_heldByAnother; }

    static QString fileName() { return QStringLiteral("herald.lock"); }

private:
    QString m_dataDir;
    QLockFile m_file;
    bool m_heldByAnother = false;
};

} // namespace herald
