// CSV import and export in the UI, driven as a user would (issue 3): the wizard end to end with Undo/Redo,
// cancelling an import midway, a refused binary file, mapping templates, the export dialog and the import history.
#include "csv/CsvPreviewModel.h"
#include "csv/ExportDialog.h"
#include "csv/ImportFilePage.h"
#include "csv/ImportFormatPage.h"
#include "csv/ImportHistoryDialog.h"
#include "csv/ImportMappingModel.h"
#include "csv/ImportMappingPage.h"
#include "csv/ImportOptionsPage.h"
#include "csv/ImportOutcomeModel.h"
#include "csv/ImportReviewPage.h"
#include "csv/ImportRunPage.h"
#include "csv/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "partners/PartnerRepository.h"
#include "support/MemorySecretStore.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace ChannelDesk;
using ChannelDesk::Test::MemorySecretStore;
using ChannelDesk::Test::TempDatabase;

namespace {

QString writeFile(const TempDatabase& temp, const QString& name, const QByteArray& bytes)
{
    const QString path = temp.dirPath() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

qint64 partnerCount(Database& db)
{
    auto count = PartnerRepository(db).count();
    REQUIRE(count.ok());
    return count.value();
}

// What Excel writes for "CSV UTF-8" in a Vietnamese locale: BOM, semicolons, CRLF.
QByteArray vietnameseFile()
{
    return QByteArray("\xEF\xBB\xBF") + QStringLiteral(
        "Tên công ty;Quốc gia;Thành phố;Email;Mã khách hàng\r\n"
        "Công ty Đông Á;VN;Hà Nội;lienhe@donga.vn;00042\r\n"
        "Thiên Ân Software;VN;Đà Nẵng;info@thienan.vn;00043\r\n"
        ";VN;Huế;no-name@example.vn;00044\r\n"
        "Acme Distribution GmbH;DE;Berlin;sales@acme.de;00045\r\n").toUtf8();
}

QByteArray bigFile(int rows)
{
    QByteArray bytes("Company name,Country,City,External ID\r\n");
    for (int i = 0; i < rows; ++i)
        bytes += "Partner " + QByteArray::number(i) + ",VN,Ha Noi,EXT-" + QByteArray::number(i) + "\r\n";
    return bytes;
}

} // namespace

TEST_CASE("Import wizard: a Vietnamese Excel file end to end then Undo and Redo (IMP-01 IMP-07)", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    window.show();
    const QString path = writeFile(temp, QStringLiteral("doi-tac.csv"), vietnameseFile());

    ImportWizard* wizard = window.importPartners(path);
    REQUIRE(wizard);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    CHECK(wizard->filePage()->pathEdit()->text() == path);
    wizard->next();

    // Detected: UTF-8 with BOM, semicolons. Choosing a comma re-reads the preview into one column; back again.
    REQUIRE(wizard->currentId() == ImportWizard::FormatPage);
    ImportFormatPage* format = wizard->formatPage();
    QAbstractItemModelTester previewTester(format->previewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(format->encodingBox()->currentData().toInt() == int(Csv::Encoding::Utf8));
    CHECK(format->delimiterBox()->currentData().toChar() == QChar(u';'));
    CHECK(format->previewModel()->columnCount() == 5);
    CHECK(format->previewModel()->rowCount() == 4);
    CHECK(format->previewModel()->index(0, 0).data().toString() == QStringLiteral("Công ty Đông Á"));
    format->delimiterBox()->setCurrentIndex(format->delimiterBox()->findData(QVariant(QChar(u','))));
    CHECK(format->previewModel()->columnCount() == 1);
    format->delimiterBox()->setCurrentIndex(format->delimiterBox()->findData(QVariant(QChar(u';'))));
    CHECK(format->previewModel()->columnCount() == 5);
    wizard->next();

    // The Vietnamese headers map by themselves.
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    ImportMappingModel* mapping = wizard->mappingPage()->model();
    QAbstractItemModelTester mappingTester(mapping, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(mapping->mapping().columnOf(QStringLiteral("partner.name")) == 0);
    CHECK(mapping->mapping().columnOf(QStringLiteral("partner.country")) == 1);
    CHECK(mapping->mapping().columnOf(QStringLiteral("partner.city")) == 2);
    CHECK(mapping->mapping().columnOf(QStringLiteral("partner.email")) == 3);
    wizard->next();

    REQUIRE(wizard->currentId() == ImportWizard::OptionsPage);
    CHECK(wizard->optionsPage()->mode() == Csv::ImportMode::CreateAndUpdate);
    wizard->next();

    // The dry run: three new partners, the nameless row rejected with its line, nothing written yet.
    REQUIRE(wizard->currentId() == ImportWizard::ReviewPage);
    ImportReviewPage* review = wizard->reviewPage();
    QAbstractItemModelTester outcomeTester(review->outcomes(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dryRun(review, &ImportReviewPage::dryRunFinished);
    REQUIRE((dryRun.count() > 0 || dryRun.wait(20000)));
    REQUIRE(wizard->session().dryRun.has_value());
    CHECK(wizard->session().dryRun->created == 3);
    CHECK(wizard->session().dryRun->rejected == 1);
    CHECK(partnerCount(temp.db()) == 0);
    REQUIRE(review->outcomes()->filter() == ImportOutcomeModel::Filter::Rejected);
    REQUIRE(review->outcomes()->rowCount() == 1);
    CHECK(review->outcomes()->index(0, ImportOutcomeModel::LineColumn).data(Qt::UserRole).toLongLong() == 4);
    CHECK(review->isComplete());

    // Import.
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::RunPage);
    REQUIRE((imported.count() > 0 || imported.wait(20000)));
    CHECK(partnerCount(temp.db()) == 3);
    CHECK(wizard->runPage()->saveRejectedButton()->isVisibleTo(wizard));
    const QString rejectedPath = temp.dirPath() + QStringLiteral("/rejected.csv");
    REQUIRE(wizard->runPage()->saveRejectedRows(rejectedPath));
    QFile rejected(rejectedPath);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QString rejectedText = QString::fromUtf8(rejected.readAll());
    CHECK(rejectedText.contains(QStringLiteral("no-name@example.vn")));
    CHECK(rejectedText.contains(QStringLiteral("Huế")));
    wizard->accept();

    // One Undo step reverts the whole import; Redo applies it again.
    QUndoStack* undo = window.undoStack();
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK(partnerCount(temp.db()) == 0);
    undo->redo();
    CHECK(partnerCount(temp.db()) == 3);
}

TEST_CASE("Import wizard: cancelling the import midway leaves the database unchanged", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    const QString path = writeFile(temp, QStringLiteral("big.csv"), bigFile(20000));
    ImportWizard* wizard = window.importPartners(path);
    wizard->next();
    wizard->next();
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::ReviewPage);
    QSignalSpy dryRun(wizard->reviewPage(), &ImportReviewPage::dryRunFinished);
    REQUIRE((dryRun.count() > 0 || dryRun.wait(60000)));
    REQUIRE(wizard->session().dryRun.has_value());
    CHECK(wizard->session().dryRun->created == 20000);

    QSignalSpy abandoned(wizard->runPage(), &ImportRunPage::abandoned);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::RunPage);
    wizard->runPage()->cancel();
    REQUIRE((abandoned.count() > 0 || abandoned.wait(60000)));
    CHECK_FALSE(wizard->session().result.has_value());
    CHECK(partnerCount(temp.db()) == 0);
    CHECK(window.undoStack()->count() == 0);
    auto* summary = wizard->findChild<QLabel*>(QStringLiteral("importSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Nothing was changed")));
    wizard->accept();
}

TEST_CASE("Import wizard: an Excel workbook renamed to .csv is refused on the first page", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    const QString path = writeFile(temp, QStringLiteral("partners.csv"),
                                   QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01'));
    ImportWizard* wizard = window.importPartners(path);
    wizard->next();
    CHECK(wizard->currentId() == ImportWizard::FilePage);
    auto* error = wizard->findChild<QLabel*>(QStringLiteral("importFileError"));
    REQUIRE(error);
    CHECK_FALSE(error->text().isEmpty());
    wizard->reject();
}

TEST_CASE("Import wizard: a mapping saved as a template applies to a file with reordered columns (IMP-06)", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    const QString first = writeFile(temp, QStringLiteral("a.csv"), "Org,Land,Notiz\r\nAcme,DE,x\r\n");
    ImportWizard* wizard = window.importPartners(first);
    wizard->next();
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    ImportMappingModel* model = wizard->mappingPage()->model();
    REQUIRE(model->setData(model->index(0, ImportMappingModel::FieldColumn), QStringLiteral("partner.name")));
    REQUIRE(model->setData(model->index(2, ImportMappingModel::FieldColumn), QStringLiteral("partner.notes")));
    REQUIRE(model->setData(model->index(1, ImportMappingModel::FieldColumn), QStringLiteral("partner.country")));
    REQUIRE(wizard->mappingPage()->saveTemplate(QStringLiteral("Reseller list")));
    wizard->reject();

    const QString second = writeFile(temp, QStringLiteral("b.csv"), "Notiz,Org,Land\r\nx,Acme,DE\r\n");
    ImportWizard* again = window.importPartners(second);
    again->next();
    again->next();
    REQUIRE(again->currentId() == ImportWizard::MappingPage);
    REQUIRE(again->mappingPage()->templateBox()->findText(QStringLiteral("Reseller list")) > 0);
    REQUIRE(again->mappingPage()->loadTemplate(QStringLiteral("Reseller list")));
    const Csv::ImportMapping& mapping = again->mappingPage()->model()->mapping();
    CHECK(mapping.columnOf(QStringLiteral("partner.notes")) == 0);
    CHECK(mapping.columnOf(QStringLiteral("partner.name")) == 1);
    CHECK(mapping.columnOf(QStringLiteral("partner.country")) == 2);
    again->reject();
}

TEST_CASE("Export dialog writes the partners for Excel and the import history reverts an import", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    const QString path = writeFile(temp, QStringLiteral("in.csv"),
                                   "Company name,Country,Phone\r\n=HYPERLINK(\"x\"),VN,+84 24 1234 5678\r\nĐông Á,VN,0241\r\n");
    ImportWizard* wizard = window.importPartners(path);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    for (int step = 0; step < 4; ++step)
        wizard->next();
    QSignalSpy dryRun(wizard->reviewPage(), &ImportReviewPage::dryRunFinished);
    REQUIRE((dryRun.count() > 0 || dryRun.wait(20000)));
    wizard->next();
    REQUIRE((imported.count() > 0 || imported.wait(20000)));
    wizard->accept();
    REQUIRE(partnerCount(temp.db()) == 2);

    ExportDialog* dialog = window.exportPartners();
    QSignalSpy exported(dialog, &ExportDialog::exported);
    const QString out = temp.dirPath() + QStringLiteral("/out.csv");
    dialog->pathEdit()->setText(out);
    dialog->findChild<QComboBox*>(QStringLiteral("exportDelimiter"))->setCurrentIndex(0); // comma
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("exportButton"));
    REQUIRE(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE((exported.count() > 0 || exported.wait(20000)));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));  // Excel profile: UTF-8 with BOM
    CHECK(bytes.contains("\r\n"));
    CHECK(bytes.contains("'=HYPERLINK"));     // neutralised (OWASP)
    CHECK(bytes.contains("'+84 24 1234 5678"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("Đông Á")));
    dialog->reject();

    ImportHistoryDialog* history = window.showImportHistory();
    REQUIRE(history->table()->rowCount() == 1);
    history->table()->selectRow(0);
    REQUIRE(history->toggleSelected(false));
    CHECK(partnerCount(temp.db()) == 0);
    REQUIRE(history->toggleSelected(false)); // apply again
    CHECK(partnerCount(temp.db()) == 2);
    history->reject();
}

TEST_CASE("Dropping a CSV file on the window opens the import wizard on it", "[ui][csv]")
{
    TempDatabase temp;
    MemorySecretStore secrets;
    MainWindow window(temp.db(), &secrets);
    window.show();
    const QString path = writeFile(temp, QStringLiteral("dropped.csv"), "Company name\r\nAcme\r\n");
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ImportWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->filePage()->pathEdit()->text() == path);
    wizard->reject();

    // Anything else is not taken.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(temp.dirPath() + QStringLiteral("/photo.png")) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}
