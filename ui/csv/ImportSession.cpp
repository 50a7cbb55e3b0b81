#include "ImportSession.h"

#include "CsvTask.h"

namespace ChannelDesk {

std::unique_ptr<CsvTask> ImportSession::importTask(bool dryRunOnly, std::shared_ptr<Csv::ImportReport> report) const
{
    Csv::ImportOptions importOptions = options;
    importOptions.dryRun = dryRunOnly;
    return std::make_unique<CsvTask>(
        databasePath, dryRunOnly ? Database::Role::Reader : Database::Role::Bulk,
        [report = std::move(report), importOptions, path = filePath](Database& connection, const std::atomic_bool& cancel,
                                                                      const CsvTask::Report& progress) {
            auto imported = Csv::PartnerImporter(connection).run(path, importOptions, progress, &cancel);
            if (!imported)
                return Status(imported.error());
            *report = std::move(imported).value();
            return Status();
        });
}

} // namespace ChannelDesk
