// Written by the "tiers" helper (issue 6).
