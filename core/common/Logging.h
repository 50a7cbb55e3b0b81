#pragma once

#include <QLoggingCategory>

// One category per core module; enable with QT_LOGGING_RULES="channeldesk.core.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcPartners)
Q_DECLARE_LOGGING_CATEGORY(lcTools)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcCsv)
Q_DECLARE_LOGGING_CATEGORY(lcDeals)
Q_DECLARE_LOGGING_CATEGORY(lcMdf)
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
