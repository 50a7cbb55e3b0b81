#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ChannelDesk {

class MdfActions;

/// The form of one claim: its title (unique among live claims, MDF-09) and expense lines (description, amount, date
/// spent, the receipts among the claim's attachments that prove it), their total, and what the request can still
/// reimburse. Saved with Save as one undoable step (MdfActions); read-only with a banner saying why unless the claim
/// is a draft or returned. A validation error is shown under the field it names; the input stays as typed.
class ClaimEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimEditor)

public:
    enum LineColumn { DescriptionColumn, AmountColumn, SpentOnColumn, ReceiptsColumn, LineColumnCount };

    explicit ClaimEditor(MdfActions& actions, QWidget* parent = nullptr);

    void load(const MdfClaim& claim);
    /// A new, unsaved draft against `requestId` with one empty line.
    void startNew(const QByteArray& requestId);
    Status commit();
    bool isDirty() const { return m_dirty; }
    bool isNew() const { return m_claim.id.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    const MdfClaim& claim() const { return m_claim; }
    /// The claim's attachments, offered as receipts per line.
    void setAttachments(const QList<MdfAttachment>& attachments);
    QWidget* fieldWidget(const QString& field) const;
    void showError(const Error& error);
    void clearError();
    QString currency() const;
    QTableWidget* lines() const { return m_lines; }
    /// Hides Save and Revert (a dialog hosting the editor has its own buttons).
    void setButtonsVisible(bool visible);

Q_SIGNALS:
    void saved(const QByteArray& id, bool created);
    void dirtyChanged(bool dirty);
    void discarded();

private:
    MdfClaim collect(Status& status) const;
    void setDirty(bool dirty);
    void setReadOnly(bool readOnly);
    void refreshRequestInfo();
    void addLine(const MdfClaimLine& line);
    void removeCurrentLine();
    void updateTotals();
    void fillReceipts(QToolButton* button, const QList<QByteArray>& selected);
    static QList<QByteArray> receiptsOf(const QToolButton* button);

    MdfActions& m_actions;
    MdfClaim m_claim;
    MdfRequest m_request;
    QList<MdfAttachment> m_attachments;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_buttonsVisible = true;

    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_fieldError = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_requestInfo = nullptr;
    QLineEdit* m_title = nullptr;
    QWidget* m_linesBox = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QLabel* m_total = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace ChannelDesk
