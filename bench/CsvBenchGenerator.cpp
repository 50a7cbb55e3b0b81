// csv-bench-generator: writes the deterministic partner CSV that bench/run-csv-benchmarks.sh imports and exports.
//
//   csv-bench-generator ROWS OUT.csv [SEED]
//
// 12 columns (Name, Legal name, Partner type, Tier, Stage, Country, City, Phone, Email, Website, External ID, Notes),
// UTF-8 without BOM, CRLF, about 210 bytes a row: 1,000,000 rows are ~200 MB. About half the names are Vietnamese;
// ~12% of names and ~35% of notes are quoted because they hold a comma, 2% of notes hold doubled quotes and 0.1% a line
// break (as csv-checklist.md §5 describes its reference file). Every row is a valid, distinct partner (name + country,
// email, website domain and external id are unique), so an import creates exactly ROWS partners.
// Plain C++ with no Qt: it must be much faster than what it measures (~1 s for a million rows).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

/// xorshift64*: deterministic across platforms and compilers, unlike std:: distributions.
struct Random
{
    std::uint64_t state;
    std::uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DULL;
    }
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>((next() >> 33) % n); }
    template<std::size_t N>
    std::string_view pick(const std::string_view (&items)[N])
    {
        return items[below(N)];
    }
};

constexpr std::string_view VnPrefixes[] = { "Công ty TNHH", "Công ty Cổ phần", "Tập đoàn", "Doanh nghiệp tư nhân" };
constexpr std::string_view VnWords[] = { "Ánh Dương", "Thiên Ân", "Hưng Thịnh", "Phương Nam", "Đông Á",
                                         "Việt Tiến", "Minh Khoa", "Sao Mai", "Hoàng Long", "Trường Sơn",
                                         "Bình Minh", "Đại Việt", "Thăng Long", "Hải Đăng", "Phú Quý" };
constexpr std::string_view VnTrades[] = { "Công nghệ", "Giải pháp Mạng", "Viễn thông", "Phần mềm", "Tin học",
                                          "Thiết bị Số", "Điện tử" };
constexpr std::string_view VnCities[] = { "Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế",
                                          "Nha Trang", "Biên Hòa", "Thủ Dầu Một" };
constexpr std::string_view EnWords[] = { "Acme", "Northwind", "Blue Ridge", "Silver Oak", "Redwood", "Harbor",
                                         "Summit", "Pioneer", "Granite", "Evergreen", "Lakeside", "Brightstar",
                                         "Ironbridge", "Westfield", "Crescent" };
constexpr std::string_view EnTrades[] = { "Systems", "Networks", "Software", "Data", "Cloud Services", "Security",
                                          "Technologies" };
constexpr std::string_view EnSuffixes[] = { "Ltd", "Inc", "LLC", "GmbH", "SAS", "Pty Ltd" };
constexpr std::string_view EnCities[] = { "London", "Manchester", "Berlin", "München", "Paris", "Lyon", "Boston",
                                          "Austin", "Sydney", "Zürich" };
constexpr std::string_view EnCountries[] = { "GB", "GB", "DE", "DE", "FR", "FR", "US", "US", "AU", "CH" };
constexpr std::string_view Types[] = { "Reseller", "Distributor", "System integrator", "Managed service provider",
                                       "Referral partner", "ISV", "Consultancy", "Value-added reseller" };
constexpr std::string_view Tiers[] = { "", "Registered", "Silver", "Gold", "Platinum" };
constexpr std::string_view Stages[] = { "Prospect", "Onboarding", "Active", "Active", "Active" };
constexpr std::string_view Notes[] = { "Asked for co-marketing funds", "Renewal due next quarter",
                                       "Strong in the public sector", "Quarterly business review booked",
                                       "Khách hàng tiềm năng ở miền Trung", "Đã ký thỏa thuận hợp tác",
                                       "Candidate for the next tier", "Needs technical enablement" };
constexpr std::string_view NoteTails[] = { "East region", "see contract", "phía Bắc", "Q3 2026", "pending review" };

class Line
{
public:
    void add(std::string_view s) { m_text.append(s); }
    void add(char c) { m_text.push_back(c); }
    void number(std::uint64_t n, int width = 0)
    {
        char digits[24];
        int length = std::snprintf(digits, sizeof digits, "%0*llu", width, static_cast<unsigned long long>(n));
        m_text.append(digits, static_cast<std::size_t>(length));
    }
    void sep() { m_text.push_back(','); }
    /// A field that may hold commas, quotes or line breaks: quoted with inner quotes doubled (RFC 4180).
    void quoted(std::string_view s)
    {
        m_text.push_back('"');
        for (char c : s) {
            if (c == '"')
                m_text.push_back('"');
            m_text.push_back(c);
        }
        m_text.push_back('"');
    }
    std::string& text() { return m_text; }

private:
    std::string m_text;
};

/// An ASCII slug of row i for emails and domains: unique per row, stable.
void slug(std::string& out, std::string_view base, std::uint64_t i)
{
    for (char c : base) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.push_back(c);
        else if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
    char digits[24];
    std::snprintf(digits, sizeof digits, "-%llu", static_cast<unsigned long long>(i));
    out.append(digits);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s ROWS OUT.csv [SEED]\n", argv[0]);
        return 2;
    }
    const std::uint64_t rows = std::strtoull(argv[1], nullptr, 10);
    std::FILE* out = std::fopen(argv[2], "wb");
    if (!out) {
        std::perror(argv[2]);
        return 1;
    }
    Random random { 0x9E3779B97F4A7C15ULL ^ (argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1) };
    static char buffer[1 << 20];
    std::setvbuf(out, buffer, _IOFBF, sizeof buffer);
    std::fputs("Name,Legal name,Partner type,Tier,Stage,Country,City,Phone,Email,Website,External ID,Notes\r\n", out);

    Line line;
    std::string name;
    std::string host;
    std::string note;
    for (std::uint64_t i = 0; i < rows; ++i) {
        line.text().clear();
        name.clear();
        host.clear();
        const bool vietnamese = random.below(2) == 0;
        const std::uint32_t roll = random.below(100);
        std::string_view country;
        std::string_view city;
        std::string_view tld;
        if (vietnamese) {
            const std::string_view word = random.pick(VnWords);
            const std::string_view trade = random.pick(VnTrades);
            name.append(trade).append(" ").append(word).append(" ").append(std::to_string(i));
            if (roll < 12) // "Công nghệ Ánh Dương 7, Chi nhánh 12": a comma, so quoted
                name.append(", Chi nhánh ").append(std::to_string(i % 97 + 1));
            slug(host, "vn", i);
            country = "VN";
            city = random.pick(VnCities);
            tld = ".vn";
        } else {
            const std::uint32_t at = random.below(std::size(EnCountries));
            const std::string_view word = EnWords[random.below(std::size(EnWords))];
            name.append(word).append(" ").append(random.pick(EnTrades)).append(" ").append(std::to_string(i));
            if (roll < 12) // "Acme Systems 7, Inc": quoted
                name.append(", ").append(random.pick(EnSuffixes));
            slug(host, word, i);
            country = EnCountries[at];
            city = EnCities[at];
            tld = ".example.com";
        }
        // Name, Legal name
        if (name.find(',') != std::string::npos)
            line.quoted(name);
        else
            line.add(name);
        line.sep();
        if (vietnamese) {
            line.add(random.pick(VnPrefixes));
            line.add(' ');
            line.add(name.find(',') != std::string::npos ? std::string_view(name).substr(0, name.find(',')) : name);
        } else {
            line.add(name.find(',') != std::string::npos ? std::string_view(name).substr(0, name.find(',')) : name);
            line.add(' ');
            line.add(random.pick(EnSuffixes));
        }
        line.sep();
        line.add(random.pick(Types));
        line.sep();
        line.add(random.pick(Tiers));
        line.sep();
        line.add(random.pick(Stages));
        line.sep();
        line.add(country);
        line.sep();
        line.add(city);
        line.sep();
        // Phone: leading zeros (text) or an international + form.
        if (random.below(3) == 0) {
            line.add(vietnamese ? "+84 " : "+44 ");
            line.number(random.below(90) + 10);
            line.add(' ');
            line.number(random.below(10000000), 7);
        } else {
            line.add('0');
            line.number(random.below(900) + 100);
            line.add(' ');
            line.number(random.below(10000000), 7);
        }
        line.sep();
        line.add("info@");
        line.add(host);
        line.add(tld);
        line.sep();
        if (random.below(4) != 0) {
            line.add("https://www.");
            line.add(host);
            line.add(tld);
        }
        line.sep();
        line.add("EXT-");
        line.number(i, 8);
        line.sep();
        // Notes: ~35% with a comma (quoted), 2% with doubled quotes, 0.1% on two lines.
        const std::uint32_t kind = random.below(1000);
        note.assign(random.pick(Notes));
        if (kind < 1) {
            note.append("\r\n").append(random.pick(NoteTails));
            line.quoted(note);
        } else if (kind < 21) {
            note.append(" \"").append(random.pick(NoteTails)).append("\"");
            line.quoted(note);
        } else if (kind < 371) {
            note.append(", ").append(random.pick(NoteTails));
            line.quoted(note);
        } else if (kind < 800) {
            line.add(note);
        } // else: empty
        line.add("\r\n");
        std::fwrite(line.text().data(), 1, line.text().size(), out);
    }
    if (std::fclose(out) != 0) {
        std::perror(argv[2]);
        return 1;
    }
    return 0;
}
