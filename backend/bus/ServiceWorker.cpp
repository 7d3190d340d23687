#include "bus/ServiceWorker.h"

#include "bus/BusLogging.h"
#include "bus/BusSchema.h"
#include "bus/EventBus.h"
#include "bus/HybridClock.h"
#include "bus/SagaLogEvents.h"
#include "bus/TimeOrderedId.h"
#include "storage/SqlValue.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <exception>

using namespace Qt::StringLiterals;
using sagashop::storage::StorageError;

namespace sagashop::bus {

namespace {

const QString kUnitSavepoint = u"bus_unit"_s;

/// Storage failures that are about the database rather than about one unit of work: they
/// abort the whole batch and pause the service instead of costing the event an attempt.
bool isInfrastructure(const StorageError &error)
{
    return error.kind() != StorageError::Kind::Query && error.kind() != StorageError::Kind::Constraint;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString currentExceptionText()
{
    try {
        throw;
    } catch (const StorageError &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return u"unknown exception"_s;
    }
}

} // namespace

ServiceWorker::ServiceWorker(Service &service, EventBus &bus)
    : m_service(service), m_bus(bus), m_random(std::random_device{}())
{
}

ServiceWorker::~ServiceWorker() = default;

ServiceWorker::OpenResult ServiceWorker::open()
{
    OpenResult result;
    try {
        m_db = storage::Database::open(m_service.config().database);
        m_db->migrate(busSchema());
        for (const storage::Schema &schema : std::as_const(m_service.m_schemas))
            m_db->migrate(schema);

        // Everything started() writes and registers commits together; its events are then
        // published with the rest of the outbox below.
        Batch ignored;
        m_db->begin();
        try {
            MessageContext context(*m_db, nullptr);
            m_service.started(context);
            writeEvents(context.outgoing(), nullptr, ignored);
            m_db->commit();
        } catch (...) {
            m_db->rollback();
            throw;
        }

        QSqlQuery &rows = query(u"SELECT seq, event_id, consumer, envelope FROM outbox ORDER BY seq"_s);
        m_db->exec(rows);
        qint64 maxSeq = 0;
        while (rows.next()) {
            OutboxRow row;
            row.delivery.sequence = rows.value(0).toLongLong();
            row.delivery.producer = m_service.name();
            row.delivery.eventId = QUuid::fromString(rows.value(1).toString());
            row.consumer = rows.value(2).toString();
            row.delivery.bytes = rows.value(3).toString().toUtf8();
            maxSeq = std::max(maxSeq, row.delivery.sequence);
            result.outbox.append(std::move(row));
        }
        rows.finish();
        m_bus.clock().observe(maxSeq);
        qCInfo(lcBus) << m_service.name() << "opened" << m_db->location() << "with"
                      << result.outbox.size() << "unacknowledged outbox rows";
    } catch (const StorageError &e) {
        result.storageError = e;
        m_db.reset();
    } catch (...) {
        result.error = u"%1 failed to start: %2"_s.arg(m_service.name(), currentExceptionText());
        m_db.reset();
    }
    return result;
}

void ServiceWorker::shutdown()
{
    m_stopping = true;
    if (m_db && !m_pendingAcks.isEmpty()) {
        try {
            m_db->begin();
            deleteAcknowledged(m_pendingAcks);
            m_db->commit();
        } catch (const StorageError &e) {
            // Harmless: unacknowledged events are delivered again and skipped by the inbox.
            qCWarning(lcBus) << m_service.name() << "could not store acknowledgements at shutdown:" << e.message();
        }
    }
    m_pendingAcks.clear();
    m_queue.clear();
    m_units.clear();
    for (CommandUnit &command : m_commands)
        command.done(u"%1 is stopping"_s.arg(m_service.name()), true);
    m_commands.clear();
    m_service.m_counters.queued.store(0);
    m_db.reset();
}

void ServiceWorker::post(const QList<Delivery> &deliveries)
{
    m_service.m_counters.inTransit.fetch_add(deliveries.size(), std::memory_order_relaxed);
    QMetaObject::invokeMethod(this, [this, deliveries] { enqueue(deliveries); }, Qt::QueuedConnection);
}

void ServiceWorker::enqueue(const QList<Delivery> &deliveries)
{
    // Counted as queued before they stop counting as in transit: backpressure may see them
    // twice for a moment, never not at all.
    const auto leaveTransit = qScopeGuard(
        [&] { m_service.m_counters.inTransit.fetch_sub(deliveries.size(), std::memory_order_release); });
    if (m_stopping)
        return;
    for (const Delivery &delivery : deliveries) {
        FaultInjector &faults = m_service.m_faults;
        if (faults.takeDrop()) {
            m_units.push_back(DropUnit{delivery});
            continue;
        }
        const int copies = faults.takeDuplicate() ? 2 : 1;
        for (int copy = 0; copy < copies; ++copy)
            accept(delivery);
    }
    m_service.m_counters.queued.store(m_queue.size());
    scheduleProcessing();
}

void ServiceWorker::accept(const Delivery &delivery)
{
    EnvelopeCodec::Decoded decoded = EnvelopeCodec::decode(delivery.bytes);
    if (!decoded.envelope) {
        rejectNow(delivery, decoded.error, std::nullopt);
        return;
    }
    EventEnvelope &envelope = *decoded.envelope;
    if (!delivery.eventId.isNull() && delivery.eventId != envelope.eventId) {
        rejectNow(delivery,
                  u"malformed event: the envelope's eventId %1 differs from its outbox row's %2"_s
                      .arg(idText(envelope.eventId), idText(delivery.eventId)),
                  std::nullopt);
        return;
    }
    if (!m_service.handlerFor(envelope.type)) {
        rejectNow(delivery, u"%1 has no handler for events of type \"%2\""_s.arg(m_service.name(), envelope.type),
                  std::move(envelope));
        return;
    }
    const QString key = envelope.aggregateId;
    m_queue.push(key, Pending{delivery, std::move(envelope), 0, 0});
}

void ServiceWorker::rejectNow(const Delivery &delivery, QString error, std::optional<EventEnvelope> envelope)
{
    qCWarning(lcBus).noquote() << m_service.name() << "rejects a delivery from"
                               << (delivery.producer.isEmpty() ? u"outside the bus"_s : delivery.producer) << ":"
                               << error;
    m_units.push_back(RejectUnit{delivery, std::move(error), std::move(envelope)});
}

void ServiceWorker::acknowledge(const QList<Acknowledgement> &acks)
{
    if (m_stopping)
        return;
    m_pendingAcks.append(acks);
    if (m_scheduled || m_ackTimerArmed)
        return;
    // Let acknowledgements ride along with the next transaction, or flush them soon.
    m_ackTimerArmed = true;
    QTimer::singleShot(m_service.config().ackFlushMs, this, [this] {
        m_ackTimerArmed = false;
        scheduleProcessing();
    });
}

void ServiceWorker::submit(Service::Work work, Service::Done done)
{
    if (m_stopping || !m_db) {
        done(u"%1 is not running"_s.arg(m_service.name()), true);
        return;
    }
    m_commands.push_back(CommandUnit{std::move(work), std::move(done), HybridClock::nowMs()});
    scheduleProcessing();
}

QList<DeadLetter> ServiceWorker::deadLetters()
{
    QList<DeadLetter> letters;
    if (!m_db)
        return letters;
    try {
        QSqlQuery &q = query(u"SELECT id, event_id, event_type, aggregate_id, saga_id, envelope, error, attempts,"
                             " first_failure_at, last_failure_at FROM dead_letters ORDER BY first_failure_at, id"_s);
        m_db->exec(q);
        while (q.next()) {
            DeadLetter letter;
            letter.id = QUuid::fromString(q.value(0).toString());
            letter.consumer = m_service.name();
            letter.eventId = QUuid::fromString(q.value(1).toString());
            letter.eventType = q.value(2).toString();
            letter.aggregateId = q.value(3).toString();
            letter.sagaId = q.value(4).toString();
            letter.envelope = q.value(5).toString().toUtf8();
            letter.error = q.value(6).toString();
            letter.attempts = q.value(7).toInt();
            letter.firstFailureAt = q.value(8).toLongLong();
            letter.lastFailureAt = q.value(9).toLongLong();
            letters.append(std::move(letter));
        }
        q.finish();
    } catch (const StorageError &e) {
        qCWarning(lcBus) << m_service.name() << "could not list dead letters:" << e.message();
        m_bus.notifyStorageFailed(StorageFailed{m_service.name(), e});
    }
    return letters;
}

void ServiceWorker::retryDeadLetter(const QUuid &id, std::function<void(DeadLetterRetryResult)> done)
{
    if (m_stopping || !m_db) {
        done({DeadLetterRetryResult::Status::StorageFailed, u"%1 is not running"_s.arg(m_service.name())});
        return;
    }
    m_units.push_back(RetryDeadLetterUnit{id, std::move(done)});
    scheduleProcessing();
}

void ServiceWorker::discardDeadLetter(const QUuid &id, std::function<void(bool)> done)
{
    if (m_stopping || !m_db) {
        done(false);
        return;
    }
    m_units.push_back(DiscardDeadLetterUnit{id, std::move(done)});
    scheduleProcessing();
}

void ServiceWorker::scheduleProcessing()
{
    if (m_scheduled || m_stopping || m_paused || !m_db)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ServiceWorker::processBatch, Qt::QueuedConnection);
}

void ServiceWorker::processBatch()
{
    m_scheduled = false;
    if (m_stopping || m_paused || !m_db)
        return;

    const qsizetype capacity = std::max(1, m_service.config().maxBatch);
    std::deque<Unit> units;
    while (!m_units.empty() && qsizetype(units.size()) < capacity) {
        units.push_back(std::move(m_units.front()));
        m_units.pop_front();
    }
    admitCommands(units, capacity);
    const QStringList keys = m_queue.takeReady(std::max<qsizetype>(0, capacity - qsizetype(units.size())));
    QList<Acknowledgement> acks = std::exchange(m_pendingAcks, {});
    if (keys.isEmpty() && units.empty() && acks.isEmpty())
        return;

    Batch batch;
    try {
        m_db->begin();
        deleteAcknowledged(acks);
        for (const QString &key : keys)
            processKey(key, batch);
        for (Unit &unit : units)
            processUnit(unit, batch);
        writeHandlingRecords(batch);
        m_db->commit();
    } catch (const StorageError &error) {
        m_db->rollback();
        abortBatch(keys, std::move(units), std::move(acks), error);
        return;
    }

    m_storagePauseMs = 0;
    m_service.m_counters.commits.fetch_add(1, std::memory_order_relaxed);
    for (auto it = batch.routes.cbegin(); it != batch.routes.cend(); ++it)
        m_bus.route(it.key(), it.value());
    for (auto it = batch.acks.cbegin(); it != batch.acks.cend(); ++it)
        m_bus.acknowledge(it.key(), it.value());
    for (const auto &action : std::as_const(batch.afterCommit))
        action();
    m_service.m_counters.queued.store(m_queue.size());

    if (m_queue.hasReady() || !m_units.empty() || (!m_commands.empty() && !m_admissionTimerArmed))
        scheduleProcessing();
    else if (!m_pendingAcks.isEmpty())
        acknowledge({});
}

void ServiceWorker::admitCommands(std::deque<Unit> &units, qsizetype capacity)
{
    if (m_commands.empty())
        return;
    const std::optional<EventBus::Congestion> congestion = m_bus.congestion();
    if (!congestion) {
        while (!m_commands.empty() && qsizetype(units.size()) < capacity) {
            units.push_back(std::move(m_commands.front()));
            m_commands.pop_front();
        }
        return;
    }
    // Backpressure: committed events keep flowing; new work waits for the backlog to drain.
    const qint64 now = HybridClock::nowMs();
    const qint64 timeout = m_service.config().admissionTimeoutMs;
    while (!m_commands.empty() && now - m_commands.front().submittedAt >= timeout) {
        const QString error = u"overloaded: %1 has %2 events waiting (limit %3); nothing was written, try again"_s.arg(
            congestion->service, QString::number(congestion->queued), QString::number(congestion->limit));
        qCWarning(lcBus).noquote() << m_service.name() << "refuses a command after" << timeout << "ms:" << error;
        m_commands.front().done(error, true);
        m_commands.pop_front();
    }
    if (m_commands.empty() || m_admissionTimerArmed)
        return;
    m_service.m_counters.deferred.fetch_add(1, std::memory_order_relaxed);
    // Polled rather than signalled: a congestion lasts many batches, and a 2 ms poll costs
    // nothing next to it while keeping the consumers free of any knowledge of producers.
    m_admissionTimerArmed = true;
    QTimer::singleShot(2, this, [this] {
        m_admissionTimerArmed = false;
        scheduleProcessing();
    });
}

void ServiceWorker::abortBatch(const QStringList &keys, std::deque<Unit> units, QList<Acknowledgement> acks,
                               const StorageError &error)
{
    for (const QString &key : keys)
        m_queue.release(key);
    // Acknowledgements and rejected deliveries are the bus's own bookkeeping: keep them for
    // the next try. Callers waiting on commands learn at once that nothing was stored.
    m_pendingAcks = acks + m_pendingAcks;
    for (auto it = units.rbegin(); it != units.rend(); ++it) {
        std::visit(
            [&](auto &unit) {
                using T = std::decay_t<decltype(unit)>;
                if constexpr (std::is_same_v<T, CommandUnit>)
                    unit.done(error.message(), true);
                else if constexpr (std::is_same_v<T, RetryDeadLetterUnit>)
                    unit.done({DeadLetterRetryResult::Status::StorageFailed, error.message()});
                else if constexpr (std::is_same_v<T, DiscardDeadLetterUnit>)
                    unit.done(false);
                else
                    m_units.push_front(std::move(unit));
            },
            *it);
    }

    m_storagePauseMs = std::clamp(m_storagePauseMs * 2, 50, std::max(50, m_service.config().storageRetryMaxMs));
    m_paused = true;
    qCWarning(lcBus).noquote() << m_service.name() << "paused for" << m_storagePauseMs << "ms:" << error.message();
    m_bus.notifyStorageFailed(StorageFailed{m_service.name(), error});
    QTimer::singleShot(m_storagePauseMs, this, [this] {
        m_paused = false;
        scheduleProcessing();
    });
}

void ServiceWorker::processKey(const QString &key, Batch &batch)
{
    Pending &pending = m_queue.head(key);
    pending.envelope.attempt = pending.failures + 1;
    const Attempt result = attempt(pending.envelope, pending.delivery.sequence, std::nullopt, batch);
    const int attemptNo = pending.failures + 1;

    if (result.outcome != AttemptOutcome::Failed) {
        const bool duplicate = result.outcome == AttemptOutcome::Duplicate;
        acknowledgeLater(pending.delivery, batch);
        batch.afterCommit.append([this, key, duplicate, envelope = pending.envelope] {
            m_queue.complete(key);
            (duplicate ? m_service.m_counters.duplicates : m_service.m_counters.handled)
                .fetch_add(1, std::memory_order_relaxed);
            m_bus.notifyHandled(EventHandled{m_service.name(), envelope, duplicate});
        });
        return;
    }

    const qint64 now = HybridClock::nowMs();
    const qint64 firstFailureAt = pending.firstFailureAt ? pending.firstFailureAt : now;
    const RetryPolicy &policy = m_service.config().retry;
    if (policy.exhausted(attemptNo)) {
        insertDeadLetter(pending.delivery, pending.envelope, result.error, attemptNo, firstFailureAt, batch);
        markInbox(pending.envelope.eventId, u"dead"_s);
        recordHandling(SagaLogEvents::DeadLettered, pending.envelope, attemptNo, result.error, 0, batch);
        acknowledgeLater(pending.delivery, batch);
        batch.afterCommit.append([this, key, attemptNo, error = result.error, envelope = pending.envelope] {
            m_queue.complete(key);
            m_service.m_counters.deadLettered.fetch_add(1, std::memory_order_relaxed);
            qCWarning(lcBus).noquote() << m_service.name() << "dead-lettered" << envelope.type
                                       << idText(envelope.eventId) << "after" << attemptNo << "attempts:" << error;
            m_bus.notifyFailed(EventFailed{m_service.name(), envelope, attemptNo, error, true, 0});
        });
        return;
    }

    const qint64 delay = policy.delayMs(attemptNo, unitRandom());
    recordHandling(SagaLogEvents::Retried, pending.envelope, attemptNo, result.error, delay, batch);
    batch.afterCommit.append([this, key, attemptNo, delay, firstFailureAt, error = result.error] {
        Pending &head = m_queue.head(key);
        head.failures = attemptNo;
        head.firstFailureAt = firstFailureAt;
        m_service.m_counters.retried.fetch_add(1, std::memory_order_relaxed);
        qCInfo(lcBus).noquote() << m_service.name() << "will retry" << head.envelope.type
                                << idText(head.envelope.eventId) << "in" << delay << "ms (attempt" << attemptNo
                                << "failed:" << error << ")";
        m_bus.notifyFailed(EventFailed{m_service.name(), head.envelope, attemptNo, error, false, delay});
        // Only this key waits; other keys go on.
        QTimer::singleShot(delay, this, [this, key] {
            m_queue.release(key);
            scheduleProcessing();
        });
    });
}

ServiceWorker::Attempt ServiceWorker::attempt(EventEnvelope &envelope, qint64 sequence,
                                              const std::optional<QUuid> &deadLetterId, Batch &batch)
{
    m_db->savepoint(kUnitSavepoint);
    try {
        if (deadLetterId) {
            QSqlQuery &clear = query(u"DELETE FROM inbox WHERE event_id = ? AND status = 'dead'"_s);
            clear.bindValue(0, idText(envelope.eventId));
            m_db->exec(clear);
        }
        QSqlQuery &inbox = query(u"INSERT INTO inbox (event_id, status, handled_at) VALUES (?, 'handled', ?)"
                                 " ON CONFLICT (event_id) DO NOTHING"_s);
        inbox.bindValue(0, idText(envelope.eventId));
        inbox.bindValue(1, HybridClock::nowMs());
        const bool duplicate = m_db->exec(inbox) == 0;
        // The handling record sorts before the events the handler causes (causal timelines).
        const qint64 handledSequence = m_bus.clock().next();
        if (!duplicate) {
            const Handler *handler = m_service.handlerFor(envelope.type);
            if (!handler)
                throw std::runtime_error("no handler for this event type");
            if (const int delay = m_service.m_faults.delayMs(); delay > 0)
                QThread::msleep(static_cast<unsigned long>(delay));
            if (m_service.m_faults.takeFailure())
                throw std::runtime_error("injected failure (fault injection)");
            MessageContext context(*m_db, &envelope, sequence);
            (*handler)(envelope, context);
            writeEvents(context.outgoing(), &envelope, batch);
        }
        if (deadLetterId) {
            QSqlQuery &remove = query(u"DELETE FROM dead_letters WHERE id = ?"_s);
            remove.bindValue(0, idText(*deadLetterId));
            m_db->exec(remove);
        }
        recordHandling(duplicate ? SagaLogEvents::Duplicate
                                 : (deadLetterId ? SagaLogEvents::DeadLetterRetried : SagaLogEvents::Handled),
                       envelope, envelope.attempt, {}, 0, batch, handledSequence);
        m_db->release(kUnitSavepoint);
        return {duplicate ? AttemptOutcome::Duplicate : AttemptOutcome::Handled, {}};
    } catch (const StorageError &error) {
        if (isInfrastructure(error))
            throw;
        m_db->rollbackTo(kUnitSavepoint);
        m_db->release(kUnitSavepoint);
        return {AttemptOutcome::Failed, error.message()};
    } catch (...) {
        const QString error = currentExceptionText();
        m_db->rollbackTo(kUnitSavepoint);
        m_db->release(kUnitSavepoint);
        return {AttemptOutcome::Failed, error};
    }
}

void ServiceWorker::processUnit(Unit &unit, Batch &batch)
{
    if (auto *command = std::get_if<CommandUnit>(&unit)) {
        m_db->savepoint(kUnitSavepoint);
        QString error;
        try {
            MessageContext context(*m_db, nullptr);
            command->work(context);
            writeEvents(context.outgoing(), nullptr, batch);
            m_db->release(kUnitSavepoint);
        } catch (const StorageError &e) {
            if (isInfrastructure(e))
                throw;
            error = e.message();
        } catch (...) {
            error = currentExceptionText();
        }
        if (!error.isEmpty()) {
            m_db->rollbackTo(kUnitSavepoint);
            m_db->release(kUnitSavepoint);
        }
        batch.afterCommit.append([this, done = command->done, error] {
            m_service.m_counters.commands.fetch_add(1, std::memory_order_relaxed);
            done(error, false);
        });
        return;
    }

    if (auto *reject = std::get_if<RejectUnit>(&unit)) {
        insertDeadLetter(reject->delivery, reject->envelope, reject->error, 1, HybridClock::nowMs(), batch);
        if (reject->envelope) {
            markInbox(reject->envelope->eventId, u"dead"_s);
            recordHandling(SagaLogEvents::DeadLettered, *reject->envelope, 1, reject->error, 0, batch);
        }
        acknowledgeLater(reject->delivery, batch);
        batch.afterCommit.append([this, delivery = reject->delivery, error = reject->error,
                                  envelope = reject->envelope] {
            m_service.m_counters.deadLettered.fetch_add(1, std::memory_order_relaxed);
            EventEnvelope partial = envelope.value_or(EventEnvelope{});
            if (!envelope)
                partial.eventId = delivery.eventId;
            m_bus.notifyFailed(EventFailed{m_service.name(), partial, 1, error, true, 0});
        });
        return;
    }

    if (auto *drop = std::get_if<DropUnit>(&unit)) {
        // Lost as if the bus had failed: acknowledged without being handled. Only the
        // timeline says so, for the admin; the inbox does not know the event.
        if (const auto decoded = EnvelopeCodec::decode(drop->delivery.bytes); decoded.envelope)
            recordHandling(SagaLogEvents::Dropped, *decoded.envelope, 0, u"dropped by fault injection"_s, 0, batch);
        acknowledgeLater(drop->delivery, batch);
        batch.afterCommit.append([this] { m_service.m_counters.dropped.fetch_add(1, std::memory_order_relaxed); });
        return;
    }

    if (auto *retry = std::get_if<RetryDeadLetterUnit>(&unit)) {
        QSqlQuery &load = query(u"SELECT envelope, attempts FROM dead_letters WHERE id = ?"_s);
        load.bindValue(0, idText(retry->id));
        m_db->exec(load);
        if (!load.next()) {
            load.finish();
            batch.afterCommit.append([done = retry->done] { done({DeadLetterRetryResult::Status::NotFound, {}}); });
            return;
        }
        const QByteArray bytes = load.value(0).toString().toUtf8();
        const int attempts = load.value(1).toInt();
        load.finish();

        EnvelopeCodec::Decoded decoded = EnvelopeCodec::decode(bytes);
        Attempt result{AttemptOutcome::Failed, decoded.error};
        if (decoded.envelope) {
            decoded.envelope->attempt = attempts + 1;
            if (!m_service.handlerFor(decoded.envelope->type))
                result.error = u"%1 has no handler for events of type \"%2\""_s.arg(m_service.name(), decoded.envelope->type);
            else
                result = attempt(*decoded.envelope, m_bus.clock().next(), retry->id, batch);
        }
        if (result.outcome == AttemptOutcome::Failed) {
            QSqlQuery &update = query(u"UPDATE dead_letters SET attempts = attempts + 1, error = ?, last_failure_at = ?"
                                      " WHERE id = ?"_s);
            update.bindValue(0, storage::text(result.error));
            update.bindValue(1, HybridClock::nowMs());
            update.bindValue(2, idText(retry->id));
            m_db->exec(update);
            if (decoded.envelope)
                recordHandling(SagaLogEvents::DeadLetterRetryFailed, *decoded.envelope, attempts + 1, result.error, 0,
                               batch);
        }
        batch.afterCommit.append([this, done = retry->done, result, envelope = decoded.envelope] {
            if (result.outcome == AttemptOutcome::Failed) {
                done({DeadLetterRetryResult::Status::FailedAgain, result.error});
                return;
            }
            m_service.m_counters.handled.fetch_add(1, std::memory_order_relaxed);
            m_bus.notifyHandled(EventHandled{m_service.name(), *envelope, result.outcome == AttemptOutcome::Duplicate});
            done({DeadLetterRetryResult::Status::Handled, {}});
        });
        return;
    }

    if (auto *discard = std::get_if<DiscardDeadLetterUnit>(&unit)) {
        QSqlQuery &load = query(u"SELECT envelope FROM dead_letters WHERE id = ?"_s);
        load.bindValue(0, idText(discard->id));
        m_db->exec(load);
        const bool found = load.next();
        const QByteArray bytes = found ? load.value(0).toString().toUtf8() : QByteArray();
        load.finish();
        if (found) {
            QSqlQuery &remove = query(u"DELETE FROM dead_letters WHERE id = ?"_s);
            remove.bindValue(0, idText(discard->id));
            m_db->exec(remove);
            if (const auto decoded = EnvelopeCodec::decode(bytes); decoded.envelope)
                recordHandling(SagaLogEvents::DeadLetterDiscarded, *decoded.envelope, decoded.envelope->attempt, {}, 0,
                               batch);
        }
        batch.afterCommit.append([done = discard->done, found] { done(found); });
        return;
    }
}

void ServiceWorker::writeEvents(const QList<DomainEvent> &events, const EventEnvelope *cause, Batch &batch,
                                qint64 sequence)
{
    Q_ASSERT(sequence == 0 || events.size() <= 1);
    for (const DomainEvent &event : events) {
        if (event.type.isEmpty() || event.aggregateId.isEmpty())
            throw std::invalid_argument("an event needs a type and an aggregateId");

        EventEnvelope envelope;
        envelope.eventId = newTimeOrderedId();
        envelope.type = event.type;
        envelope.aggregateId = event.aggregateId;
        envelope.sagaId = !event.sagaId.isEmpty() ? event.sagaId : (cause ? cause->sagaId : QString());
        envelope.causationId = cause ? idText(cause->eventId) : QString();
        envelope.occurredAt = HybridClock::nowMs();
        envelope.producer = m_service.name();
        envelope.attempt = 1;
        envelope.payload = event.payload;

        const QStringList &consumers = subscribersOf(envelope.type);
        if (sequence == 0)
            sequence = m_bus.clock().next();
        const QByteArray bytes = EnvelopeCodec::encode(envelope);
        if (!consumers.isEmpty()) {
            const QString text = QString::fromUtf8(bytes);
            for (const QString &consumer : consumers) {
                QSqlQuery &insert = query(u"INSERT INTO outbox (seq, event_id, consumer, envelope) VALUES (?, ?, ?, ?)"_s);
                insert.bindValue(0, sequence);
                insert.bindValue(1, idText(envelope.eventId));
                insert.bindValue(2, consumer);
                insert.bindValue(3, text);
                m_db->exec(insert);
                batch.routes[consumer].append(Delivery{sequence, m_service.name(), envelope.eventId, bytes});
            }
        }
        sequence = 0; // an override applies to one event only
        if (!SagaLogEvents::isLogEvent(envelope.type)) {
            batch.afterCommit.append([this, envelope, consumers] {
                m_service.m_counters.published.fetch_add(1, std::memory_order_relaxed);
                m_bus.notifyPublished(EventPublished{envelope, consumers});
            });
        }
    }
}

void ServiceWorker::recordHandling(const QString &kind, const EventEnvelope &event, int attempt, const QString &error,
                                   qint64 retryInMs, Batch &batch, qint64 sequence)
{
    if (!m_service.m_recordsHandling || SagaLogEvents::isLogEvent(event.type)
        || subscribersOf(SagaLogEvents::HandlingRecorded).isEmpty())
        return;
    // Called last in a unit (after its savepoint's work), so a record only joins the batch
    // once nothing can roll its unit back.
    batch.handlingRecords.append(SagaLogEvents::handlingRecord(kind, event, m_service.name(), attempt, error,
                                                               retryInMs, sequence ? sequence : m_bus.clock().next()));
}

void ServiceWorker::writeHandlingRecords(Batch &batch)
{
    if (batch.handlingRecords.isEmpty())
        return;
    writeEvents({SagaLogEvents::handlingRecorded(m_service.name(), batch.handlingRecords)}, nullptr, batch);
    batch.handlingRecords = {};
}

void ServiceWorker::insertDeadLetter(const Delivery &delivery, const std::optional<EventEnvelope> &envelope,
                                     const QString &error, int attempts, qint64 firstFailureAt, Batch &batch)
{
    const QUuid eventId = envelope ? envelope->eventId : (delivery.eventId.isNull() ? newTimeOrderedId() : delivery.eventId);
    QSqlQuery &insert = query(
        u"INSERT INTO dead_letters (id, event_id, event_type, aggregate_id, saga_id, envelope, error, attempts,"
        " first_failure_at, last_failure_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (event_id) DO UPDATE SET error = excluded.error, attempts = dead_letters.attempts + excluded.attempts,"
        " last_failure_at = excluded.last_failure_at"_s);
    insert.bindValue(0, idText(newTimeOrderedId()));
    insert.bindValue(1, idText(eventId));
    insert.bindValue(2, storage::text(envelope ? envelope->type : QString()));
    insert.bindValue(3, storage::text(envelope ? envelope->aggregateId : QString()));
    insert.bindValue(4, storage::text(envelope ? envelope->sagaId : QString()));
    insert.bindValue(5, storage::text(QString::fromUtf8(delivery.bytes)));
    insert.bindValue(6, storage::text(error));
    insert.bindValue(7, attempts);
    insert.bindValue(8, firstFailureAt);
    insert.bindValue(9, HybridClock::nowMs());
    m_db->exec(insert);

    if (subscribersOf(SagaLogEvents::EventDeadLettered).isEmpty())
        return;
    const QJsonObject payload{{u"consumer"_s, m_service.name()},
                              {u"eventId"_s, idText(eventId)},
                              {u"eventType"_s, envelope ? envelope->type : QString()},
                              {u"error"_s, error},
                              {u"attempts"_s, attempts}};
    writeEvents({DomainEvent{SagaLogEvents::EventDeadLettered,
                             envelope ? envelope->aggregateId : u"dead-letter-"_s + idText(eventId), payload,
                             envelope ? envelope->sagaId : QString()}},
                envelope ? &*envelope : nullptr, batch);
}

void ServiceWorker::deleteAcknowledged(const QList<Acknowledgement> &acks)
{
    for (const Acknowledgement &ack : acks) {
        QSqlQuery &q = query(u"DELETE FROM outbox WHERE event_id = ? AND consumer = ?"_s);
        q.bindValue(0, idText(ack.eventId));
        q.bindValue(1, ack.consumer);
        m_db->exec(q);
    }
}

void ServiceWorker::markInbox(const QUuid &eventId, const QString &status)
{
    QSqlQuery &mark = query(u"INSERT INTO inbox (event_id, status, handled_at) VALUES (?, ?, ?)"
                            " ON CONFLICT (event_id) DO UPDATE SET status = excluded.status"_s);
    mark.bindValue(0, idText(eventId));
    mark.bindValue(1, status);
    mark.bindValue(2, HybridClock::nowMs());
    m_db->exec(mark);
}

void ServiceWorker::acknowledgeLater(const Delivery &delivery, Batch &batch)
{
    if (!delivery.producer.isEmpty() && !delivery.eventId.isNull())
        batch.acks[delivery.producer].append(Acknowledgement{delivery.eventId, m_service.name()});
}

const QStringList &ServiceWorker::subscribersOf(const QString &type)
{
    auto it = m_subscribers.find(type);
    if (it == m_subscribers.end())
        it = m_subscribers.insert(type, m_bus.subscribersOf(type));
    return *it;
}

} // namespace sagashop::bus
