#include "MdfExporter.h" // implemented by its owner (issue 5)
