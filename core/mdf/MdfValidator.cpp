#include "MdfValidator.h" // implemented by its owner (issue 5)
