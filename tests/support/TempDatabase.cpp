#include "TempDatabase.h"

#include <catch2/catch.hpp>

namespace ChannelDesk::Test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path());
    if (!opened)
        FAIL(opened.error().toLogString().toStdString());
    m_db = std::move(opened).value();
}

} // namespace ChannelDesk::Test
