#include "MdfBudgetRepository.h" // implemented by its owner (issue 5)
