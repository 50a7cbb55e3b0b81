#include "CurrencyConverter.h"
