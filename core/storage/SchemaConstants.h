#pragma once

// SQL expressions that both a migration (in an index definition) and queries (in ORDER BY) must spell exactly
// alike, or SQLite will not use the index. Changing one needs a new migration that rebuilds its index.
#define CHANNELDESK_TIER_RANK_SQL \
    "(CASE tier WHEN 'registered' THEN 1 WHEN 'silver' THEN 2 WHEN 'gold' THEN 3 WHEN 'platinum' THEN 4 ELSE 0 END)"
#define CHANNELDESK_STAGE_RANK_SQL \
    "(CASE stage WHEN 'prospect' THEN 1 WHEN 'onboarding' THEN 2 WHEN 'active' THEN 3 WHEN 'suspended' THEN 4 " \
    "WHEN 'terminated' THEN 5 ELSE 0 END)"
