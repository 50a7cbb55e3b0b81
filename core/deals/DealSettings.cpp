#include "DealSettings.h"
