#pragma once

#include "storage/Database.h"
#include "support/CatchQt.h"

#include <QTemporaryDir>

#include <memory>

namespace ChannelDesk::Test {

/// A real SQLite file in a fresh temporary directory, opened as the editor connection and migrated.
class TempDatabase final
{
public:
    TempDatabase();
    Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dirPath() const { return m_dir.path(); }
    /// Closes the connection (e.g. to reopen or inspect the file).
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace ChannelDesk::Test
