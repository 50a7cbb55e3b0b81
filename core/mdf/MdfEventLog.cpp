#include "MdfEventLog.h" // implemented by its owner (issue 5)
