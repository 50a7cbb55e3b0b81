#include "MdfRequestPanel.h"

// Placeholder until the forms owner lands the panel (issue 5); not wired into any screen yet.
namespace ChannelDesk {
MdfRequestPanel::MdfRequestPanel(MdfActions&, QWidget* parent) : QWidget(parent) {}
void MdfRequestPanel::showRequest(const QByteArray&) {}
void MdfRequestPanel::startNew(const QByteArray&) {}
QByteArray MdfRequestPanel::currentId() const { return {}; }
bool MdfRequestPanel::commitEdits() { return true; }
void MdfRequestPanel::reload() {}
} // namespace ChannelDesk
