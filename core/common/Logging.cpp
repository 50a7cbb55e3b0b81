#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "channeldesk.core.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPartners, "channeldesk.core.partners", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTools, "channeldesk.core.tools", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "channeldesk.core.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCsv, "channeldesk.core.csv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDeals, "channeldesk.core.deals", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMdf, "channeldesk.core.mdf", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraining, "channeldesk.core.training", QtInfoMsg)
