#include "RecordCommand.h"

namespace ChannelDesk {

RecordCommand::RecordCommand(const QString& text, Step redo, Step undo, ErrorSink onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{
}

void RecordCommand::redo()
{
    if (m_applied) {
        m_applied = false; // QUndoStack::push() calls redo(); the change is already in the database
        return;
    }
    run(m_redo);
}

void RecordCommand::undo()
{
    run(m_undo);
}

void RecordCommand::run(const Step& step)
{
    const Status status = step();
    if (!status) {
        setObsolete(true);
        if (m_onError)
            m_onError(status.error());
    }
}

} // namespace ChannelDesk
