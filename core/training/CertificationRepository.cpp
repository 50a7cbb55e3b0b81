// Implemented by the "certs" helper (issue 6).
