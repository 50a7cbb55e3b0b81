#include "MdfSettings.h" // implemented by its owner (issue 5)
