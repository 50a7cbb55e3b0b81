#include "DealQuery.h"
