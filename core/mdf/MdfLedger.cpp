#include "MdfLedger.h" // implemented by its owner (issue 5)
