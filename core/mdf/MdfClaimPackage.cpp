#include "MdfClaimPackage.h" // implemented by its owner (issue 5)
