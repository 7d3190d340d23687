#pragma once

#include <QHostAddress>
#include <QString>

namespace sagashop::api {

/// How the loopback HTTP API listens and whom it lets in.
struct ApiConfig
{
    /// Where to listen: loopback only unless `listenAny` is set.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    /// 0 = any free port (ApiServer::listen() returns the one bound).
    quint16 port = 0;
    /// `Authorization: Bearer <apiToken>` opens the shopper routes (/api/*).
    QString apiToken;
    /// `Authorization: Bearer <adminToken>` opens every route, including /api/admin/* and
    /// /metrics. Both tokens must be non-empty (ApiServer::ensureToken() makes them).
    QString adminToken;
    /// Allow a non-loopback listen address (`--listen-any`).
    bool listenAny = false;
    /// Larger request bodies get 413.
    qint64 maxBodyBytes = 65536;
};

} // namespace sagashop::api
