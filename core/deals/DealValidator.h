#pragma once

#include "common/Result.h"

namespace ChannelDesk {

struct Deal;

/// Checks a deal and says precisely what is wrong: the field at fault (its column name, as in dealFields()) and why.
/// Pure, no database: the sync server runs the same rules on every pushed deal (SyncService::validate).
class DealValidator final
{
public:
    /// The rules every stored deal keeps: partner and customer name present; currency a valid ISO 4217 code
    /// whenever there is an amount or a line item; amount = Σ line items when there are any; quantities > 0, unit
    /// prices and amount ≥ 0; probability 0–100; a known sales stage, kind and status for the kind; a closure code
    /// exactly when closed. `previous` is the stored deal when editing: kind and number never change.
    static Status validate(const Deal& deal, const Deal* previous = nullptr);
    /// validate() plus what a submission needs (DR-02): customer name, at least one product line, an expected close
    /// date and a positive amount.
    static Status validateForSubmit(const Deal& deal);
};

} // namespace ChannelDesk
