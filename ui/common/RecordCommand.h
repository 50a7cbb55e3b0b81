#pragma once

#include "common/Result.h"

#include <QUndoCommand>

#include <functional>

namespace ChannelDesk {

/// An undoable data change. The change has already been applied (and validated) when the command is pushed, so
/// the first redo() does nothing; later undo()/redo() run the given steps, each one transaction in core. A step
/// that fails (the record changed elsewhere, disk full) reports through `onError` and makes the command obsolete,
/// so the stack never claims a state the database does not have.
class RecordCommand final : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using ErrorSink = std::function<void(const Error&)>;

    RecordCommand(const QString& text, Step redo, Step undo, ErrorSink onError);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    ErrorSink m_onError;
    bool m_applied = true; ///< the change was made before the push
};

} // namespace ChannelDesk
