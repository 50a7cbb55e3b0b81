// Written by the "tiers-ui" helper (issue 6).
