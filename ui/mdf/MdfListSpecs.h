#pragma once

#include "mdf/MdfListModel.h"

namespace ChannelDesk {

/// The fund request list: its columns (the MdfListModel column numbers) and spec.
namespace MdfRequestList {
enum Column { Number, Title, Partner, Status, Requested, Approved, Start, End, ClaimDeadline, Submitted, Approver,
              ColumnCount };
/// Most recently changed first until a header is clicked.
MdfListSpec spec();
} // namespace MdfRequestList

/// The claim list.
namespace MdfClaimList {
enum Column { Number, Title, Partner, Request, Status, Claimed, Approved, Paid, Submitted, Decided, Approver,
              ColumnCount };
/// Index of the claim's request id in MdfListRow::values (for "open request").
constexpr int RequestIdValue = 12;
MdfListSpec spec();
} // namespace MdfClaimList

} // namespace ChannelDesk
