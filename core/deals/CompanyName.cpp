#include "CompanyName.h"

#include "common/TextFold.h"
#include "csv/MatchIndex.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace ChannelDesk::CompanyName {

namespace {

struct Form
{
    QStringList words; ///< folded, punctuation removed ("co", "ltd")
    QString canonical;
};

QStringList split(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

// Legal forms as they end a name, longest first so that "Co., Ltd." is one form (ltd), not "Ltd" then "Co".
const QList<Form>& suffixForms()
{
    static const QList<Form> forms = [] {
        const QList<std::pair<const char*, const char*>> table {
            { "joint stock company", "jsc" }, { "company limited", "ltd" }, { "co ltd", "ltd" }, { "co limited", "ltd" },
            { "pty ltd", "pty ltd" }, { "pte ltd", "pte ltd" }, { "sdn bhd", "sdn bhd" }, { "gmbh co kg", "kg" },
            { "co kg", "kg" }, { "limited liability company", "llc" }, { "public limited company", "plc" },
            { "s de rl", "srl" }, { "sp z oo", "sp zoo" },
            { "incorporated", "inc" }, { "inc", "inc" }, { "llc", "llc" }, { "ltd", "ltd" }, { "limited", "ltd" },
            { "corporation", "corp" }, { "corp", "corp" }, { "company", "co" }, { "co", "co" }, { "plc", "plc" },
            { "llp", "llp" }, { "lp", "lp" }, { "gmbh", "gmbh" }, { "ag", "ag" }, { "kg", "kg" }, { "kgaa", "kgaa" },
            { "ug", "ug" }, { "sa", "sa" }, { "sas", "sas" }, { "sarl", "sarl" }, { "srl", "srl" }, { "spa", "spa" },
            { "bv", "bv" }, { "nv", "nv" }, { "oy", "oy" }, { "oyj", "oyj" }, { "ab", "ab" }, { "as", "as" },
            { "asa", "asa" }, { "aps", "aps" }, { "sl", "sl" }, { "sro", "sro" }, { "kk", "kk" }, { "jsc", "jsc" },
            { "pte", "pte" }, { "pty", "pty" }, { "bhd", "bhd" }, { "tnhh", "tnhh" }, { "mtv", "tnhh" },
        };
        QList<Form> list;
        for (const auto& [words, canonical] : table)
            list.append({ split(words), QString::fromLatin1(canonical) });
        std::stable_sort(list.begin(), list.end(),
                         [](const Form& a, const Form& b) { return a.words.size() > b.words.size(); });
        return list;
    }();
    return forms;
}

// Legal forms as Vietnamese names put them first ("Công ty TNHH Ánh Dương"), folded, longest first.
const QList<Form>& prefixForms()
{
    static const QList<Form> forms = [] {
        const QList<std::pair<const char*, const char*>> table {
            { "cong ty trach nhiem huu han mot thanh vien", "tnhh" }, { "cong ty trach nhiem huu han", "tnhh" },
            { "cong ty tnhh mot thanh vien", "tnhh" }, { "cong ty tnhh mtv", "tnhh" }, { "cong ty tnhh", "tnhh" },
            { "cong ty co phan", "cp" }, { "cty tnhh", "tnhh" }, { "cty cp", "cp" }, { "cty co phan", "cp" },
            { "ctcp", "cp" }, { "tnhh", "tnhh" }, { "doanh nghiep tu nhan", "dntn" }, { "dntn", "dntn" },
            { "cong ty", "co" }, { "cty", "co" },
        };
        QList<Form> list;
        for (const auto& [words, canonical] : table)
            list.append({ split(words), QString::fromLatin1(canonical) });
        std::stable_sort(list.begin(), list.end(),
                         [](const Form& a, const Form& b) { return a.words.size() > b.words.size(); });
        return list;
    }();
    return forms;
}

// Folded words: dots and apostrophes vanish ("S.A." → "sa", "Co.,Ltd" → "co ltd"), other punctuation separates.
QStringList foldedWords(QStringView name)
{
    const QString folded = TextFold::fold(name);
    QStringList words;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (c == u'.' || c == u'\'' || c == u'\u2019') {
            continue;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

bool endsWith(const QStringList& words, const QStringList& tail)
{
    if (tail.size() >= words.size()) // never strip the whole name ("Company" alone stays a name)
        return false;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        if (words[words.size() - tail.size() + i] != tail[i])
            return false;
    }
    return true;
}

bool startsWith(const QStringList& words, const QStringList& head)
{
    if (head.size() >= words.size())
        return false;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (words[i] != head[i])
            return false;
    }
    return true;
}

// Names of one legal form written in two languages: Vietnamese TNHH is the "Co., Ltd." of its English name, Cổ phần
// the JSC; Inc and Corp are both US corporations.
QString family(const QString& form)
{
    if (form == QLatin1String("tnhh"))
        return QStringLiteral("ltd");
    if (form == QLatin1String("cp"))
        return QStringLiteral("jsc");
    if (form == QLatin1String("corp"))
        return QStringLiteral("inc");
    return form;
}

} // namespace

Parts parse(QStringView name)
{
    QStringList words = foldedWords(name);
    Parts parts;
    // Outermost form found names the entity; inner ones ("Acme Company Inc") are stripped too.
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const Form& form : prefixForms()) {
            if (startsWith(words, form.words)) {
                words.remove(0, form.words.size());
                if (parts.legalForm.isEmpty() || parts.legalForm == QLatin1String("co"))
                    parts.legalForm = form.canonical;
                stripped = true;
                break;
            }
        }
    }
    stripped = true;
    while (stripped) {
        stripped = false;
        for (const Form& form : suffixForms()) {
            if (endsWith(words, form.words)) {
                words.resize(words.size() - form.words.size());
                if (parts.legalForm.isEmpty() || parts.legalForm == QLatin1String("co"))
                    parts.legalForm = form.canonical;
                stripped = true;
                break;
            }
        }
    }
    parts.key = words.join(QLatin1Char(' '));
    return parts;
}

bool sameLegalEntity(const Parts& a, const Parts& b)
{
    // "Company" / "Công ty" says nothing about the form, so it is like no form at all.
    const auto unspecific = [](const QString& form) { return form.isEmpty() || form == QLatin1String("co"); };
    if (unspecific(a.legalForm) || unspecific(b.legalForm))
        return true;
    return family(a.legalForm) == family(b.legalForm);
}

QString host(QStringView websiteOrEmail)
{
    // The importer's domain key already strips scheme, user info, www., port and path: one rule for both.
    return Csv::MatchIndex::domainKey(websiteOrEmail, {});
}

bool isPublicMailHost(QStringView host)
{
    // Webmail addresses say nothing about the customer: matching on them would make every Gmail user one company.
    static const QStringList hosts {
        QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("yahoo.com.vn"), QStringLiteral("hotmail.com"), QStringLiteral("outlook.com"),
        QStringLiteral("live.com"), QStringLiteral("msn.com"), QStringLiteral("icloud.com"), QStringLiteral("me.com"),
        QStringLiteral("aol.com"), QStringLiteral("gmx.de"), QStringLiteral("gmx.net"), QStringLiteral("web.de"),
        QStringLiteral("mail.ru"), QStringLiteral("yandex.ru"), QStringLiteral("qq.com"), QStringLiteral("163.com"),
        QStringLiteral("proton.me"), QStringLiteral("protonmail.com"), QStringLiteral("zoho.com"),
    };
    for (const QString& candidate : hosts) {
        if (host == candidate)
            return true;
    }
    return false;
}

} // namespace ChannelDesk::CompanyName
