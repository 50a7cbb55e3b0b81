#include "DealGenerator.h"
