#pragma once

#include "common/Result.h"
#include "domain/Contact.h"
#include "domain/Partner.h"

namespace ChannelDesk {

/// Checks partner and contact input and says precisely what is wrong (the field, and why). Pure: no database.
class PartnerValidator final
{
public:
    /// `previous` is the stored record when editing (stage transitions are checked against it), null when creating.
    static Status validate(const Partner& partner, const Partner* previous = nullptr);
    static Status validate(const Contact& contact);

    /// Whether the onboarding stage may move from `from` to `to` (PD-01, PD-04).
    static bool isAllowedTransition(const QString& from, const QString& to);

    static bool isValidEmail(const QString& email);
    static bool isValidDomain(const QString& domain);
    static bool isValidWebsite(const QString& url);
    static bool isValidCountry(const QString& code);
};

} // namespace ChannelDesk
