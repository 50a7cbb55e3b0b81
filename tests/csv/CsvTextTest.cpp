// CsvText: formula neutralisation (checklist 26, 34, 36) and trimming of invisible characters (checklist 21, 22).
#include "csv/CsvText.h"

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace ChannelDesk::Csv;

TEST_CASE("Formula-like values start with = + - @ TAB or CR (checklist 34)", "[text]")
{
    for (const char* value : { "=1+1", "+84 90 123 4567", "-5", "@SUM(A1)", "\tx", "\rx", "=", "-" })
        CHECK(CsvText::isFormulaLike(QString::fromLatin1(value)));
    for (const char* value : { "", "a=1", " =1", "'=1", "1-2", "x@y.com", "\"=1\"", "\nx" })
        CHECK_FALSE(CsvText::isFormulaLike(QString::fromLatin1(value)));
}

TEST_CASE("neutralise adds one apostrophe to formula-like values only (checklist 34)", "[text]")
{
    CHECK(CsvText::neutralise(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(CsvText::neutralise(QStringLiteral("+84 90")) == QStringLiteral("'+84 90"));
    CHECK(CsvText::neutralise(QStringLiteral("-Nguyễn")) == QStringLiteral("'-Nguyễn"));
    CHECK(CsvText::neutralise(QStringLiteral("@home")) == QStringLiteral("'@home"));
    CHECK(CsvText::neutralise(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(CsvText::neutralise(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    // Untouched: plain text, apostrophes not followed by a formula start, empty.
    CHECK(CsvText::neutralise(QStringLiteral("Công ty A")) == QStringLiteral("Công ty A"));
    CHECK(CsvText::neutralise(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(CsvText::neutralise(QStringLiteral("'")) == QStringLiteral("'"));
    CHECK(CsvText::neutralise(QStringLiteral("''")) == QStringLiteral("''"));
    CHECK(CsvText::neutralise(QString()).isEmpty());
    // Already-apostrophed formulas get one more, so that import takes exactly one away.
    CHECK(CsvText::neutralise(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(CsvText::neutralise(QStringLiteral("'''-x")) == QStringLiteral("''''-x"));
}

TEST_CASE("restoreNeutralised removes Excel's text mark before a formula-like value (checklist 26 and 36)", "[text]")
{
    CHECK(CsvText::restoreNeutralised(QStringLiteral("'=1+1")) == QStringLiteral("=1+1"));
    CHECK(CsvText::restoreNeutralised(QStringLiteral("'+84 90")) == QStringLiteral("+84 90"));
    CHECK(CsvText::restoreNeutralised(QStringLiteral("''=1")) == QStringLiteral("'=1"));
    // Stored verbatim: a formula without the mark, and apostrophes before ordinary text.
    CHECK(CsvText::restoreNeutralised(QStringLiteral("=1+1")) == QStringLiteral("=1+1"));
    CHECK(CsvText::restoreNeutralised(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(CsvText::restoreNeutralised(QStringLiteral("'")) == QStringLiteral("'"));
    CHECK(CsvText::restoreNeutralised(QStringLiteral("'' ")) == QStringLiteral("'' "));
}

TEST_CASE("restoreNeutralised is the exact inverse of neutralise for random strings (checklist 36)", "[text]")
{
    // An alphabet dense in the characters that matter: apostrophes, formula starts, quotes, delimiters, line
    // breaks, Vietnamese (precomposed and combining), a non-BMP character.
    const QStringList alphabet = {
        QStringLiteral("'"), QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
        QStringLiteral("\t"), QStringLiteral("\r"), QStringLiteral("\n"), QStringLiteral("\""), QStringLiteral(","),
        QStringLiteral(";"), QStringLiteral(" "), QStringLiteral("a"), QStringLiteral("Z"), QStringLiteral("0"),
        QStringLiteral("ệ"), QStringLiteral("Đ"), QStringLiteral("e\u0301"), QStringLiteral("\u00A0"),
        QStringLiteral("😀"),
    };
    QRandomGenerator random(20261127);
    int neutralised = 0;
    for (int i = 0; i < 20000; ++i) {
        QString value;
        const int length = random.bounded(0, 8);
        for (int k = 0; k < length; ++k)
            value += alphabet[random.bounded(alphabet.size())];
        const QString exported = CsvText::neutralise(value);
        if (exported != value) {
            ++neutralised;
            // Whatever was changed is no longer formula-like, so a spreadsheet shows it as text.
            CHECK_FALSE(CsvText::isFormulaLike(exported));
            REQUIRE(exported == QLatin1Char('\'') + value);
        }
        CHECK_FALSE(CsvText::isFormulaLike(exported));
        const QString imported = CsvText::restoreNeutralised(exported);
        if (imported != value)
            FAIL("round trip changed " << value.toStdString() << " into " << imported.toStdString());
    }
    CHECK(neutralised > 1000); // the generator really exercised both branches
}

TEST_CASE("cleaned trims Unicode whitespace and invisible format characters at both ends only (checklist 22)",
          "[text]")
{
    CHECK(CsvText::cleaned(u"  Công ty A  ") == QStringLiteral("Công ty A"));
    CHECK(CsvText::cleaned(u"\u00A0\u202FAcme\u00A0") == QStringLiteral("Acme"));
    CHECK(CsvText::cleaned(u"\u200B\u200C\u200D\u2060\uFEFFAcme\uFEFF\u200B") == QStringLiteral("Acme"));
    CHECK(CsvText::cleaned(u"\t\r\nAcme\r\n") == QStringLiteral("Acme"));
    // Inner ones stay.
    CHECK(CsvText::cleaned(u" A\u00A0B\u200BC ") == QStringLiteral("A\u00A0B\u200BC"));
    // Checklist 21: a name made only of invisible characters is empty after cleaning.
    CHECK(CsvText::cleaned(u"\u200B \u00A0\uFEFF").isEmpty());
    CHECK(CsvText::cleaned(u"").isEmpty());
    // Nothing else is removed: apostrophes and formula characters are restoreNeutralised()'s business.
    CHECK(CsvText::cleaned(u"'=1") == QStringLiteral("'=1"));
}
