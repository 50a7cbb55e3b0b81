#include "PipelineReport.h"
