#pragma once

#include "bus/Service.h"

namespace sagashop::selftest {

/// A stand-in for a domain service, used by the self-test demo and the benchmarks: stage k
/// of an n-stage chain. Stage 1 starts a chain on command (a new saga, like placing an
/// order); stage k handles "ChainStep<k-1>Completed", records its step in its own table
/// (one commit per event, like a checkout step) and publishes "ChainStep<k>Completed".
/// The last stage publishes "ChainCompleted".
class ChainStageService : public bus::Service
{
public:
    static QString stepCompleted(int stage);
    static inline const QString ChainCompleted = QStringLiteral("ChainCompleted");

    ChainStageService(bus::ServiceConfig config, int stage, int stageCount);

    /// Stage 1 only: starts a chain; resolves once it is committed to the outbox.
    QFuture<bus::Outcome<QString>> startChain(const QString &chainId);

    static QString stageName(int stage);
    int stage() const noexcept { return m_stage; }

private:
    void handleStep(const bus::EventEnvelope &event, bus::MessageContext &context);
    void recordStep(bus::MessageContext &context, const QString &chainId);

    int m_stage;
    int m_stageCount;
};

} // namespace sagashop::selftest
