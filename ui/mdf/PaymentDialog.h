#pragma once

#include "domain/Mdf.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ChannelDesk {

/// Recording a payment against an approved claim (MDF-11): the amount (pre-filled with what is still outstanding),
/// the date paid, the method and the bank or credit-note reference, and a note. OK needs an amount above zero; an
/// amount above what is outstanding is pointed out before core refuses it.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    PaymentDialog(const MdfClaim& claim, qint64 outstandingMinor, QWidget* parent = nullptr);

    /// The payment as entered (claim, amount in the claim's currency, date, method, reference, note).
    MdfPayment payment() const;

private:
    void refresh();

    MdfClaim m_claim;
    qint64 m_outstandingMinor;
    QLineEdit* m_amount;
    QLabel* m_amountHint;
    QDateEdit* m_paidOn;
    QComboBox* m_method;
    QLineEdit* m_reference;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace ChannelDesk
