#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace sagashop::saga {

/// What the saga log needs to know about the sagas it records, given by the composition
/// root from the saga definitions: which event types are compensations, and which event
/// types move a saga to which status. A saga is "running" from its first entry.
struct SagaLogConfig
{
    QSet<QString> compensationTypes;
    QHash<QString, QString> statusByEventType;
    /// Status a saga takes on its first compensation while it is still running.
    QString compensatingStatus = QStringLiteral("compensating");
};

} // namespace sagashop::saga
