// Tests written by this file's owner (issue 5).
