#pragma once

#include "training/TrainingAction.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QComboBox;
class QLabel;
class QWidget;

namespace ChannelDesk {

class Database;

/// Small helpers the certification dialogs share.
namespace TrainingForm {

/// A message under a field (hidden while empty): what a refusal says about that field.
QLabel* fieldMessage(QWidget* parent, const QString& objectName);
void setFieldMessage(QLabel* label, const QString& text);

/// A user's action now, by "me" (DealSettings::me()).
TrainingAction actionNow(Database& db, const QString& reason = {});

/// The partner's live contacts as (id, name), by name.
QList<QPair<QByteArray, QString>> contactsOf(Database& db, const QByteArray& partnerId);
/// Fills `box` with the partner's people (keeping `select` selected when listed); disabled without a partner.
void fillPeople(Database& db, QComboBox* box, const QByteArray& partnerId, const QByteArray& select = {});
/// The partner's name ("" when unknown).
QString partnerName(Database& db, const QByteArray& partnerId);

} // namespace TrainingForm

} // namespace ChannelDesk
