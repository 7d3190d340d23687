#pragma once

#include <QUrl>

namespace sagashop::services {

/// Where confirmed orders are sent.
struct ExportConfig
{
    QUrl url;              ///< empty = not configured: exports are recorded as "skipped"
    int timeoutMs = 3000;  ///< per POST, until the reply has arrived
};

} // namespace sagashop::services
