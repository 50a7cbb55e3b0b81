#pragma once

#include "csv/CsvReader.h"
#include "csv/ImportReport.h"
#include "csv/PartnerImporter.h"

#include <QString>

#include <memory>
#include <optional>

namespace ChannelDesk {

class CsvTask;
class Database;

/// What the import wizard's pages decide together, step by step: the file, how to read it, the mapping and the
/// options, then the dry run's report and the import's.
struct ImportSession
{
    Database* db = nullptr;
    QString databasePath;
    QString filePath;
    Csv::CsvReader::Preview preview;   ///< with the options below
    Csv::ImportOptions options;        ///< read options, mapping, mode, match keys
    std::optional<Csv::ImportReport> dryRun;
    std::optional<Csv::ImportReport> result;

    /// The import (or its dry run) with the session's file and options as a worker-thread task, not yet started; the
    /// report lands in `report` when the task finishes without error. A real import writes through a Bulk connection.
    std::unique_ptr<CsvTask> importTask(bool dryRunOnly, std::shared_ptr<Csv::ImportReport> report) const;
};

} // namespace ChannelDesk
