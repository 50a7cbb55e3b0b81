#include "MdfClaimRepository.h" // implemented by its owner (issue 5)
