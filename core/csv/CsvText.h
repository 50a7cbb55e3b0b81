#pragma once

#include <QString>
#include <QStringView>

namespace ChannelDesk::Csv::CsvText {

/// Whether a spreadsheet would evaluate the value: it starts with = + - @ TAB or CR (OWASP CSV injection).
bool isFormulaLike(QStringView value);

/// What export writes for a text value: a leading apostrophe when the value is formula-like, or when it is an
/// apostrophe followed by what would itself be neutralised (so that restoreNeutralised() is its exact inverse).
QString neutralise(const QString& value);
/// What import stores for a cell: the inverse of neutralise(), so importing our own export restores every value
/// exactly. A leading apostrophe before a formula-like value is Excel's "this is text" mark and is removed.
QString restoreNeutralised(const QString& value);

/// Trims leading and trailing Unicode whitespace (NBSP, U+202F included) and invisible format characters
/// (U+200B, U+200C, U+200D, U+2060, U+FEFF); inner ones stay.
QString cleaned(QStringView value);

} // namespace ChannelDesk::Csv::CsvText
