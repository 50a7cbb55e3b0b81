#pragma once

#include <QString>
#include <QStringList>

namespace ChannelDesk::TextFold {

/// Folds text for matching and sorting: NFC/NFD-insensitive, case-insensitive, accent-insensitive, and maps
/// letters that have no decomposition (đ/Đ, ø, ł, ß, æ, œ…) to their base letters. "Công ty Đông Á" and
/// "CONG TY DONG A" fold to the same "cong ty dong a". Partner search, sort keys and the importer's
/// duplicate detection all use this one function so they never disagree.
QString fold(QStringView text);

/// Folds and splits into words (letters and digits); the tokens an FTS5 query or index sees.
QStringList words(QStringView text);

/// An FTS5 MATCH expression in which every word of `userText` must match a word prefix, quoted so that user
/// input can never inject FTS syntax. Empty when the text has no words.
QString ftsPrefixQuery(QStringView userText);

/// The lighter fold used to tell strong from possible duplicates: NFC, case and whitespace only; accents kept
/// (Thiên Ân is not Thiện An).
QString foldKeepAccents(QStringView text);

} // namespace ChannelDesk::TextFold
