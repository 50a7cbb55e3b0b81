#include "MdfWorkflow.h" // implemented by its owner (issue 5)
