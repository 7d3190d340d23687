#pragma once

// Helpers shared by the timeline tests: checkouts placed straight through a real backend
// (UiTestShop), returning their saga id, and checks on a SagaTimelineModel's rows.

#include "UiTestShop.h"
#include "catalog/ShopScenario.h"
#include "common/TestServices.h"
#include "services/balance/BalanceService.h"
#include "services/coupon/CouponService.h"
#include "services/export/ExportService.h"
#include "services/inventory/InventoryService.h"
#include "services/order/OrderService.h"
#include "services/payment/PaymentService.h"
#include "services/statistics/StatisticsService.h"
#include "ui/admin/timeline/SagaTimelineModel.h"

#include <QTest>
#include <QUuid>

namespace sagashop::test {

/// Generous: the machine is shared, several retries with backoff take seconds.
constexpr int kTimelineTimeoutMs = 30'000;

/// Places an order; returns its saga id ("" on error, with a warning).
inline QString placeSaga(UiTestShop &shop, qint64 userId, const QList<saga::Payload::Item> &items,
        qint64 userCouponId = 0, qint64 *orderId = nullptr)
{
    services::PlaceOrderRequest request;
    request.userId = userId;
    request.items = items;
    request.userCouponId = userCouponId;
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto outcome = await(shop.shop().orders().placeOrder(request));
    if (!outcome.ok()) {
        qWarning().noquote() << "placeOrder failed:" << outcome.error;
        return {};
    }
    if (orderId)
        *orderId = outcome.value->orderId;
    return outcome.value->sagaId;
}

/// One role of one row.
inline QVariant roleAt(
        const ui::SagaTimelineModel &model, int row, ui::SagaTimelineModel::Role role)
{
    return model.index(row).data(role);
}

/// The rows whose kind, service and event type are as given (empty: any).
inline QList<int> rowsOf(const ui::SagaTimelineModel &model, const QString &kind,
        const QString &service = {}, const QString &eventType = {})
{
    using M = ui::SagaTimelineModel;
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if ((kind.isEmpty() || roleAt(model, row, M::KindRole).toString() == kind)
                && (service.isEmpty() || roleAt(model, row, M::ServiceRole).toString() == service)
                && (eventType.isEmpty()
                        || roleAt(model, row, M::EventTypeRole).toString() == eventType))
            rows.append(row);
    }
    return rows;
}

/// What is wrong with the model's structure, in words (empty when nothing): rows ordered by
/// offset, every cause an earlier existing row, durations from causes >= 0 and consistent,
/// lanes valid, pending markers last and at "now".
inline QStringList timelineProblems(const ui::SagaTimelineModel &model)
{
    using M = ui::SagaTimelineModel;
    QStringList problems;
    qint64 lastOffset = -1;
    bool pendingSeen = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 offset = roleAt(model, row, M::OffsetMsRole).toLongLong();
        const int cause = roleAt(model, row, M::CauseRowRole).toInt();
        const qint64 duration = roleAt(model, row, M::DurationFromCauseMsRole).toLongLong();
        const bool pending = roleAt(model, row, M::PendingRole).toBool();
        const int lane = roleAt(model, row, M::LaneRole).toInt();
        const QString what = QStringLiteral("row %1 (%2 %3 %4)")
                                     .arg(row)
                                     .arg(roleAt(model, row, M::KindRole).toString(),
                                             roleAt(model, row, M::ServiceRole).toString(),
                                             roleAt(model, row, M::EventTypeRole).toString());
        if (offset < lastOffset)
            problems << what
                            + QStringLiteral(": offset %1 before the previous row's %2")
                                      .arg(offset)
                                      .arg(lastOffset);
        lastOffset = offset;
        if (offset < 0)
            problems << what + QStringLiteral(": negative offset");
        if (lane < 0 || lane >= model.lanes().size()
                || model.lanes().at(lane) != roleAt(model, row, M::ServiceRole).toString())
            problems << what + QStringLiteral(": lane %1 is not its service's").arg(lane);
        if (cause >= model.rowCount() || cause < -1)
            problems << what + QStringLiteral(": cause %1 is no row").arg(cause);
        else if (cause >= row)
            problems << what + QStringLiteral(": cause %1 is not before it").arg(cause);
        if (cause >= 0 && !roleAt(model, cause, M::PendingRole).toBool()) {
            const qint64 expected = offset - roleAt(model, cause, M::OffsetMsRole).toLongLong();
            if (duration != expected || duration < 0)
                problems << what
                                + QStringLiteral(": duration from cause %1, expected %2 (>= 0)")
                                          .arg(duration)
                                          .arg(expected);
        }
        if (pendingSeen && !pending)
            problems << what + QStringLiteral(": a logged marker after a pending one");
        pendingSeen = pendingSeen || pending;
        if (pending && offset != model.nowOffsetMs())
            problems << what
                            + QStringLiteral(": pending at %1, not now (%2)")
                                      .arg(offset)
                                      .arg(model.nowOffsetMs());
    }
    return problems;
}

} // namespace sagashop::test
