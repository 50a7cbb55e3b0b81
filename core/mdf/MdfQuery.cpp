#include "MdfQuery.h" // implemented by its owner (issue 5)
