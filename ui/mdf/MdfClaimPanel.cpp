#include "MdfClaimPanel.h"

// Placeholder until the forms owner lands the panel (issue 5); not wired into any screen yet.
namespace ChannelDesk {
MdfClaimPanel::MdfClaimPanel(MdfActions&, QWidget* parent) : QWidget(parent) {}
void MdfClaimPanel::showClaim(const QByteArray&) {}
void MdfClaimPanel::startNew(const QByteArray&) {}
QByteArray MdfClaimPanel::currentId() const { return {}; }
bool MdfClaimPanel::commitEdits() { return true; }
void MdfClaimPanel::reload() {}
} // namespace ChannelDesk
