#include "selftest/ChainStageService.h"

#include "bus/HybridClock.h"
#include "bus/TimeOrderedId.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sagashop::selftest {

ChainStageService::ChainStageService(bus::ServiceConfig config, int stage, int stageCount)
    : Service(std::move(config)), m_stage(stage), m_stageCount(stageCount)
{
    addSchema(storage::Schema{
        u"chain-stage"_s,
        {storage::Migration{1,
                            u"chain steps"_s,
                            {u"CREATE TABLE chain_steps (chain_id TEXT NOT NULL PRIMARY KEY, stage INTEGER NOT NULL,"
                             " recorded_at BIGINT NOT NULL)"_s}}},
    });
    if (stage > 1) {
        subscribe(stepCompleted(stage - 1),
                  [this](const bus::EventEnvelope &e, bus::MessageContext &c) { handleStep(e, c); });
    }
}

QString ChainStageService::stepCompleted(int stage)
{
    return u"ChainStep%1Completed"_s.arg(stage);
}

QString ChainStageService::stageName(int stage)
{
    return u"stage-%1"_s.arg(stage);
}

QFuture<bus::Outcome<QString>> ChainStageService::startChain(const QString &chainId)
{
    Q_ASSERT(m_stage == 1);
    return execute<QString>([this, chainId](bus::MessageContext &context) {
        recordStep(context, chainId);
        const QString sagaId = bus::newTimeOrderedId().toString(QUuid::WithoutBraces);
        context.publish({stepCompleted(m_stage), chainId, {{u"chainId"_s, chainId}, {u"stage"_s, m_stage}}, sagaId});
        return sagaId;
    });
}

void ChainStageService::handleStep(const bus::EventEnvelope &event, bus::MessageContext &context)
{
    const QString chainId = event.payload.value(u"chainId"_s).toString();
    recordStep(context, chainId);
    const bool last = m_stage == m_stageCount;
    context.publish({last ? ChainCompleted : stepCompleted(m_stage), chainId, {{u"chainId"_s, chainId}, {u"stage"_s, m_stage}}});
}

void ChainStageService::recordStep(bus::MessageContext &context, const QString &chainId)
{
    storage::Database &db = context.database();
    QSqlQuery &q = db.prepared(u"INSERT INTO chain_steps (chain_id, stage, recorded_at) VALUES (?, ?, ?)"_s);
    q.bindValue(0, chainId);
    q.bindValue(1, m_stage);
    q.bindValue(2, bus::HybridClock::nowMs());
    db.exec(q);
}

} // namespace sagashop::selftest
