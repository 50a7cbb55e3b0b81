#include "MdfBalances.h" // implemented by its owner (issue 5)
