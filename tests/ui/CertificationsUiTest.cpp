// Written by the "certs-ui" helper (issue 6).
