#pragma once

#include "deals/DealRepository.h"

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace ChannelDesk {

/// "Similar registrations" (DR-04): other registrations that share the end customer (name key, website or e-mail
/// domain) and at least one product, shown before a decision. Different legal entities (Acme Inc vs Acme GmbH) are
/// marked as such and never merged; one that blocks approval (DR-05: approved, unexpired) is flagged in red.
class SimilarDealsPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimilarDealsPanel)

public:
    enum Column { Number, Partner, Customer, Status, Expires, CommonProducts, Note, ColumnCount };

    explicit SimilarDealsPanel(QWidget* parent = nullptr);

    void setSimilar(const QList<SimilarDeal>& similar);
    /// A message instead of the list (the check failed).
    void setUnavailable(const QString& message);
    QTreeWidget* list() const { return m_list; }
    int blockingCount() const { return m_blocking; }

Q_SIGNALS:
    /// The user double-clicked a similar registration.
    void openRequested(const QByteArray& id);

private:
    QLabel* m_summary;
    QTreeWidget* m_list;
    int m_blocking = 0;
};

} // namespace ChannelDesk
