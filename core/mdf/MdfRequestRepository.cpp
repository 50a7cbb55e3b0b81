#include "MdfRequestRepository.h" // implemented by its owner (issue 5)
