#pragma once

#include <QString>

namespace ChannelDesk {

/// What went wrong, as a value. Core never shows dialogs: the UI decides how to present an Error.
/// `message` is already translated (core uses tr()); `detail` is technical text for logs, never shown alone.
struct Error
{
    enum class Code {
        None,
        Validation,     ///< the user's input breaks a rule; message says which
        NotFound,       ///< the record does not exist (or is a tombstone where that matters)
        Conflict,       ///< the record changed under us
        Storage,        ///< SQLite failed (disk full, locked, corrupt)
        SchemaTooNew,   ///< database written by a newer ChannelDesk
        Io,             ///< a file could not be read or written
        Cancelled,
        InvalidArgument,
    };

    Code code = Code::None;
    QString message;
    QString detail;
    QString field; ///< for Validation: the field at fault, so the UI can focus it

    static Error validation(const QString& field, const QString& message);
    static Error storage(const QString& message, const QString& detail);
    static Error notFound(const QString& message);

    bool isError() const { return code != Code::None; }
    /// Message plus technical detail, for logs.
    QString toLogString() const;
};

} // namespace ChannelDesk
