// Written by the "certs" helper (issue 6).
