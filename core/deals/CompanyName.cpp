#include "CompanyName.h"
