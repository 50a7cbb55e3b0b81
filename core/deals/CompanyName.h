#pragma once

#include <QString>
#include <QStringView>

namespace ChannelDesk::CompanyName {

/// A company name taken apart for matching (DR-04, IMP-08).
struct Parts
{
    QString key;       ///< folded like the partner search (TextFold: case, accents, đ → d), punctuation removed,
                       ///< legal forms removed from both ends: "Công ty TNHH Ánh Dương" and "Anh Duong Co., Ltd." → "anh duong"
    QString legalForm; ///< the canonical legal form found ("gmbh", "inc", "ltd", "tnhh", "cp"…), empty when none
};

/// Parses a customer or partner name. Legal forms recognised at the end (Inc, Inc., Incorporated, LLC, Ltd, Limited,
/// Co, Company, Corp, Corporation, PLC, GmbH, AG, KG, SA, SAS, SARL, SRL, BV, NV, Pty Ltd, Oy, AB, AS, JSC…) and
/// at the start, as Vietnamese names put them ("Công ty TNHH", "Công ty Cổ phần", "CTCP", "Công ty").
Parts parse(QStringView name);
inline QString key(QStringView name) { return parse(name).key; }
/// Two names of the same base but different legal forms are different legal entities (Acme Inc vs Acme GmbH):
/// a possible conflict to show, never a merge. Equal, or either without a form, counts as the same entity.
bool sameLegalEntity(const Parts& a, const Parts& b);
/// The host a website or e-mail address names, for matching: lower case, without scheme, "www.", port, path or
/// the part before "@". "https://www.Acme.com/about" and "sales@acme.com" both give "acme.com".
QString host(QStringView websiteOrEmail);
/// Public webmail hosts (gmail.com, outlook.com…): an e-mail address there says nothing about the customer, so it
/// is no matching key.
bool isPublicMailHost(QStringView host);

} // namespace ChannelDesk::CompanyName
