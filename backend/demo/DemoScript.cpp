#include "demo/DemoScript.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sagashop::demo {

DemoScript DemoScript::standard()
{
    return {{{FaultKind::BalanceFailure, 2'000, 0},
             {FaultKind::DuplicateDelivery, 6'000, 0},
             {FaultKind::DroppedEvent, 10'000, 0},
             {FaultKind::ExportOutage, 14'000, 4'000}},
            30'000};
}

QString DemoScript::validate() const
{
    if (cycleMs < 1'000 || cycleMs > 3'600'000)
        return QCoreApplication::translate("sagashop::demo", "A demo cycle lasts from 1 second to 1 hour.");
    QList<ScriptedFault> outages;
    for (const ScriptedFault &f : faults) {
        if (f.atMs < 0 || f.atMs >= cycleMs)
            return QCoreApplication::translate("sagashop::demo", "The %1 at %2 ms falls outside the %3 ms cycle.").arg(faultTitle(f.kind)).arg(f.atMs).arg(cycleMs);
        if (f.kind == FaultKind::ExportOutage) {
            if (f.lastsMs <= 0 || f.atMs + f.lastsMs > cycleMs)
                return QCoreApplication::translate("sagashop::demo", "An export outage needs a length that ends within its cycle.");
            outages.append(f);
        }
    }
    std::sort(outages.begin(), outages.end(), [](const ScriptedFault &a, const ScriptedFault &b) { return a.atMs < b.atMs; });
    for (qsizetype i = 1; i < outages.size(); ++i) {
        if (outages[i].atMs < outages[i - 1].atMs + outages[i - 1].lastsMs)
            return QCoreApplication::translate("sagashop::demo", "Export outages must not overlap.");
    }
    return {};
}

QString faultKey(FaultKind kind)
{
    switch (kind) {
    case FaultKind::BalanceFailure:
        return u"balance-failure"_s;
    case FaultKind::DuplicateDelivery:
        return u"duplicate-delivery"_s;
    case FaultKind::DroppedEvent:
        return u"dropped-event"_s;
    case FaultKind::ExportOutage:
        return u"export-outage"_s;
    }
    return {};
}

std::optional<FaultKind> faultKindFromKey(const QString &key)
{
    for (FaultKind kind :
         {FaultKind::BalanceFailure, FaultKind::DuplicateDelivery, FaultKind::DroppedEvent, FaultKind::ExportOutage}) {
        if (faultKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString faultTitle(FaultKind kind)
{
    switch (kind) {
    case FaultKind::BalanceFailure:
        return QCoreApplication::translate("sagashop::demo", "Balance failure");
    case FaultKind::DuplicateDelivery:
        return QCoreApplication::translate("sagashop::demo", "Duplicate delivery");
    case FaultKind::DroppedEvent:
        return QCoreApplication::translate("sagashop::demo", "Dropped event");
    case FaultKind::ExportOutage:
        return QCoreApplication::translate("sagashop::demo", "Export outage");
    }
    return {};
}

QString faultDescription(FaultKind kind)
{
    switch (kind) {
    case FaultKind::BalanceFailure:
        return QCoreApplication::translate("sagashop::demo", "The Balance service fails twice and is retried with backoff; then a shopper checks out with a "
                  "coupon for more than their balance, and the coupon and stock are given back.");
    case FaultKind::DuplicateDelivery:
        return QCoreApplication::translate("sagashop::demo", "The next three deliveries to Inventory arrive twice; its inbox ignores the copies.");
    case FaultKind::DroppedEvent:
        return QCoreApplication::translate("sagashop::demo", "A delivery to Payment is lost; the saga stops, and the reconciler delivers the event again "
                  "once the saga counts as stuck.");
    case FaultKind::ExportOutage:
        return QCoreApplication::translate("sagashop::demo", "The export endpoint is down: exports fail, are retried and dead-lettered, and an alert is "
                  "raised; the orders stay confirmed.");
    }
    return {};
}

} // namespace sagashop::demo
