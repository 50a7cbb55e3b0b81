#include "DealRepository.h"
