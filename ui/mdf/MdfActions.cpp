#include "MdfActions.h" // implemented by its owner (issue 5)
