// Written by the "catalog-ui" helper (issue 6).
