#include "DealWorkflow.h"
