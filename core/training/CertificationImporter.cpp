// Implemented by the "data" helper (issue 6).
