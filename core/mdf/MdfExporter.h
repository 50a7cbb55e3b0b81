#pragma once
// Interface written by its owner (issue 5).
