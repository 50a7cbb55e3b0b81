#include "DealValidator.h"
