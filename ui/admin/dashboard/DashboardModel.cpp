#include "ui/admin/dashboard/DashboardModel.h"

#include "bus/Service.h"
#include "services/inventory/InventoryService.h"
#include "services/statistics/StatisticsService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"
#include "ui/Money.h"
#include "ui/WhenDone.h"

#include <QJsonArray>
#include <QLocale>
#include <QPromise>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

/// The smallest 1, 2 or 5 × 10^n that leaves some room above `value`, at least `floor`.
double niceCeiling(double value, double floor)
{
    const double target = value * 1.1;
    if (target <= floor)
        return floor;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= target)
            return m * power;
    }
    return 10 * power;
}

using Figure = double (*)(const metrics::SecondSample &);

/// The figures fill() knows, by key.
const QHash<QString, Figure> &figures()
{
    static const QHash<QString, Figure> table{
            {u"placed"_s, [](const metrics::SecondSample &s) { return double(s.placed); }},
            {u"confirmed"_s, [](const metrics::SecondSample &s) { return double(s.confirmed); }},
            {u"failed"_s, [](const metrics::SecondSample &s) { return double(s.failed); }},
            {u"compensated"_s, [](const metrics::SecondSample &s) { return double(s.compensated); }},
            {u"failureRate"_s, [](const metrics::SecondSample &s) { return std::max(0.0, s.failureRate); }},
            {u"compensationRate"_s,
             [](const metrics::SecondSample &s) { return std::max(0.0, s.compensationRate); }},
            {u"p50"_s, [](const metrics::SecondSample &s) { return double(std::max<qint64>(0, s.p50Ms)); }},
            {u"p99"_s, [](const metrics::SecondSample &s) { return double(std::max<qint64>(0, s.p99Ms)); }},
    };
    return table;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

/// Deliveries on their way and events published so far, over every service.
std::pair<qint64, qint64> busActivity(shop::Shop &shop)
{
    qint64 queued = 0;
    qint64 published = 0;
    for (const bus::Service *service : shop.bus().services()) {
        const bus::ServiceStats stats = service->stats();
        queued += stats.queued;
        published += stats.published;
    }
    return {queued, published};
}

} // namespace

DashboardModel::DashboardModel(QObject *parent) : QObject(parent), m_language(systemLanguage())
{
    m_timer.setInterval(SampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DashboardModel::sample);
    m_checkPool.setMaxThreadCount(1);
    m_booksBalance = {{u"state"_s, u"unknown"_s},
                      {u"ok"_s, false},
                      {u"title"_s, tr("Books not checked yet")},
                      {u"summary"_s, QString()},
                      {u"broken"_s, QStringList()},
                      {u"checks"_s, QVariantList()}};
}

DashboardModel::~DashboardModel()
{
    m_checkPool.waitForDone();
}

void DashboardModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    ++m_generation;
    m_backend = backend;
    m_metrics.reset();
    m_snapshot = {};
    m_products.clear();
    m_popularEntries.clear();
    m_popularReading = false;
    m_popularAgain = false;
    if (!m_popular.isEmpty()) {
        m_popular.clear();
        Q_EMIT popularChanged();
    }
    m_ticks = 0;
    if (m_backend) {
        m_metrics = std::make_unique<metrics::ShopMetrics>(m_backend->shop().bus());
        loadProducts();
        refreshPopular();
        checkNow();
    }
    Q_EMIT backendChanged();
    sample(); // the empty series and every queue, before the first tick
    restartTimer();
}

void DashboardModel::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    restartTimer();
    Q_EMIT runningChanged();
}

void DashboardModel::setLanguage(const QString &language)
{
    if (m_language == language || (language != u"ko"_s && language != u"en"_s))
        return;
    m_language = language;
    Q_EMIT languageChanged();
    rebuildPopular();
}

void DashboardModel::restartTimer()
{
    if (m_running && m_backend)
        m_timer.start();
    else
        m_timer.stop();
}

void DashboardModel::sample()
{
    if (!m_metrics)
        return;
    m_snapshot = m_metrics->sample();

    double checkouts = 0;
    double rate = 0;
    double latency = 0;
    for (const metrics::SecondSample &s : std::as_const(m_snapshot.seconds)) {
        checkouts = std::max({checkouts, double(s.placed), double(s.confirmed)});
        rate = std::max({rate, s.failureRate, s.compensationRate});
        latency = std::max(latency, double(s.p99Ms));
    }
    m_checkoutsAxisMax = niceCeiling(checkouts, 10);
    m_rateAxisMax = std::min(100.0, niceCeiling(rate, 10));
    m_latencyAxisMax = niceCeiling(latency, 100);

    QVariantList queues;
    qint64 deepest = 0;
    for (const metrics::QueueDepth &q : std::as_const(m_snapshot.queues)) {
        queues.append(QVariantMap{{u"service"_s, q.service}, {u"depth"_s, q.depth}});
        deepest = std::max(deepest, q.depth);
    }
    if (queues != m_queueDepths) {
        m_queueDepths = queues;
        m_queueAxisMax = niceCeiling(double(deepest), 10);
        Q_EMIT queueDepthsChanged();
    }

    if (m_running) {
        ++m_ticks;
        if (m_ticks % PopularEverySeconds == 0)
            refreshPopular();
        if (m_ticks % CheckEverySeconds == 0)
            checkNow();
    }
    Q_EMIT sampled();
}

bool DashboardModel::fill(QAbstractSeries *series, const QString &key) const
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    const auto figure = figures().constFind(key);
    if (!xy || figure == figures().cend()) {
        qWarning("DashboardModel.fill: %s", !xy ? "the series holds no points (use a LineSeries)"
                                                : qPrintable(u"unknown figure \"%1\" (one of: %2)"_s.arg(
                                                          key, figures().keys().join(u", "_s))));
        return false;
    }
    QList<QPointF> points;
    points.reserve(m_snapshot.seconds.size());
    for (const metrics::SecondSample &s : std::as_const(m_snapshot.seconds))
        points.append(QPointF(double(s.second), (*figure)(s)));
    xy->replace(points);
    return true;
}

double DashboardModel::seriesStart() const
{
    return m_snapshot.seconds.isEmpty() ? 0 : double(m_snapshot.seconds.constFirst().second);
}

double DashboardModel::seriesEnd() const
{
    return m_snapshot.seconds.isEmpty() ? 0 : double(m_snapshot.seconds.constLast().second);
}

QString DashboardModel::formatRate(const std::optional<double> &rate)
{
    if (!rate)
        return u"—"_s;
    return tr("%1 %").arg(QString::number(*rate, 'f', *rate >= 10 ? 0 : 1));
}

QString DashboardModel::formatLatency(const std::optional<qint64> &ms)
{
    if (!ms)
        return u"—"_s;
    if (*ms < 1000)
        return tr("%1 ms").arg(*ms);
    return tr("%1 s").arg(QString::number(double(*ms) / 1000.0, 'f', *ms < 10'000 ? 2 : 1));
}

QString DashboardModel::checkoutsPerSecondText() const
{
    return QString::number(m_snapshot.checkoutsPerSecond, 'f', m_snapshot.checkoutsPerSecond >= 100 ? 0 : 1);
}

QString DashboardModel::confirmedPerSecondText() const
{
    return QString::number(m_snapshot.confirmedPerSecond, 'f', m_snapshot.confirmedPerSecond >= 100 ? 0 : 1);
}

QString DashboardModel::failureRateText() const
{
    return formatRate(m_snapshot.failureRate);
}

QString DashboardModel::compensationRateText() const
{
    return formatRate(m_snapshot.compensationRate);
}

QString DashboardModel::p50Text() const
{
    return formatLatency(m_snapshot.p50Ms);
}

QString DashboardModel::p99Text() const
{
    return formatLatency(m_snapshot.p99Ms);
}

namespace {
QString toneOf(double value, double warning, double danger)
{
    if (value >= danger)
        return u"danger"_s;
    if (value >= warning)
        return u"warning"_s;
    return u"normal"_s;
}
} // namespace

QString DashboardModel::failureRateTone() const
{
    return toneOf(failureRate(), RateWarning, RateDanger);
}

QString DashboardModel::compensationRateTone() const
{
    return toneOf(compensationRate(), RateWarning, RateDanger);
}

QString DashboardModel::p99Tone() const
{
    return toneOf(double(p99Ms()), double(LatencyWarningMs), double(LatencyDangerMs));
}

// --- best sellers ---------------------------------------------------------------------------

void DashboardModel::loadProducts()
{
    const quint64 generation = m_generation;
    whenDone(m_backend->shop().inventory().products(), this,
             [this, generation](const bus::Outcome<QList<services::Product>> &outcome) {
                 if (generation != m_generation || !outcome.ok())
                     return;
                 for (const services::Product &p : *outcome.value)
                     m_products.insert(p.id, Product{p.nameKo, p.nameEn});
                 rebuildPopular();
             });
}

void DashboardModel::refreshPopular()
{
    if (!m_backend)
        return;
    if (m_popularReading) {
        m_popularAgain = true; // once more after this read: it may predate the request
        return;
    }
    m_popularReading = true;
    m_popularAgain = false;
    const quint64 generation = m_generation;
    whenDone(m_backend->shop().statistics().popular(QDateTime::currentMSecsSinceEpoch(), PopularDays, PopularLimit),
             this,
             [this, generation](const bus::Outcome<QList<services::StatisticsService::ProductQuantity>> &outcome) {
                 if (generation != m_generation)
                     return;
                 m_popularReading = false;
                 if (outcome.ok()) { // else keep the last list; the next refresh tries again
                     m_popularEntries.clear();
                     for (const auto &[productId, quantity] : *outcome.value)
                         m_popularEntries.append({productId, quantity});
                     rebuildPopular();
                 }
                 if (m_popularAgain)
                     refreshPopular();
             });
}

void DashboardModel::rebuildPopular()
{
    QVariantList list;
    for (const PopularEntry &e : std::as_const(m_popularEntries)) {
        const auto product = m_products.constFind(e.productId);
        QString name = e.productId;
        if (product != m_products.cend())
            name = m_language == u"ko"_s ? product->nameKo : product->nameEn;
        list.append(QVariantMap{{u"productId"_s, e.productId}, {u"name"_s, name}, {u"quantity"_s, e.quantity}});
    }
    if (list == m_popular)
        return;
    m_popular = list;
    Q_EMIT popularChanged();
}

// --- books balance --------------------------------------------------------------------------

void DashboardModel::checkNow()
{
    if (!m_backend)
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    m_checkAgain = false;
    Q_EMIT checkingChanged();

    shop::Shop *shop = &m_backend->shop();
    auto promise = std::make_shared<QPromise<CheckResult>>();
    QFuture<CheckResult> future = promise->future();
    promise->start();
    // Invariants::check blocks on a read of every service: never on the GUI thread. The
    // pool is ours, so the destructor can wait for it before the Shop could go.
    m_checkPool.start([shop, promise] {
        CheckResult result;
        const auto before = busActivity(*shop);
        result.report = shop::Invariants::check(*shop, QDateTime::currentMSecsSinceEpoch());
        const auto after = busActivity(*shop);
        result.quiet = before.first == 0 && after.first == 0 && before.second == after.second;
        promise->addResult(std::move(result));
        promise->finish();
    });
    const quint64 generation = m_generation;
    whenDone(future, this, [this, generation](const CheckResult &result) {
        m_checking = false;
        if (generation == m_generation)
            applyCheck(result);
        Q_EMIT checkingChanged();
        if (generation == m_generation)
            Q_EMIT checkFinished();
        if (m_checkAgain || generation != m_generation)
            checkNow();
    });
}

QString DashboardModel::invariantTitle(const QString &name)
{
    if (name == u"stock"_s)
        return tr("Stock");
    if (name == u"balance"_s)
        return tr("Balance");
    if (name == u"coupons"_s)
        return tr("Coupons");
    if (name == u"stuck"_s)
        return tr("Stuck sagas");
    return name;
}

QString DashboardModel::describe(const shop::InvariantCheck &check) const
{
    const QString title = invariantTitle(check.name);
    if (check.detail.startsWith(u"could not read"_s))
        return tr("%1: could not be checked (%2)").arg(title, check.detail);

    if (check.name == u"stock"_s) {
        QStringList off;
        qint64 units = 0;
        QStringList ids = check.expected.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const qint64 diff = check.actual.value(id).toInteger() - check.expected.value(id).toInteger();
            if (diff == 0)
                continue;
            units += std::abs(diff);
            if (off.size() < 3)
                off.append(u"%1 %2%3"_s.arg(id, diff > 0 ? u"+"_s : u"−"_s).arg(std::abs(diff)));
            else if (off.size() == 3)
                off.append(u"…"_s);
        }
        const int products = int(std::count_if(ids.cbegin(), ids.cend(), [&](const QString &id) {
            return check.actual.value(id).toInteger() != check.expected.value(id).toInteger();
        }));
        // Plural forms come with the translations; until then, say it without one.
        const QString what = products == 1 ? tr("1 product") : tr("%1 products").arg(products);
        const QString amount = units == 1 ? tr("1 unit") : tr("%1 units").arg(units);
        return tr("%1: %2 off by %3 in all (%4)").arg(title, what, amount, off.join(u", "_s));
    }
    if (check.name == u"balance"_s) {
        const qint64 confirmed = check.expected.value(u"confirmedFinalAmount"_s).toInteger();
        const qint64 spent = check.actual.value(u"spent"_s).toInteger();
        const qint64 paid = check.actual.value(u"paymentsSucceeded"_s).toInteger();
        const qint64 off = std::max(std::abs(spent - confirmed), std::abs(paid - confirmed));
        return tr("%1: %2 spent from balances and %3 paid, but confirmed orders total %4 (off by %5)")
                .arg(title, Money::format(spent), Money::format(paid), Money::format(confirmed), Money::format(off));
    }
    if (check.name == u"coupons"_s) {
        const qint64 used = check.actual.value(u"userCouponsUsed"_s).toInteger();
        const qint64 withCoupon = check.expected.value(u"confirmedOrdersWithCoupon"_s).toInteger();
        return tr("%1: %2 coupons used, but %3 confirmed orders used one (off by %4)")
                .arg(title)
                .arg(used)
                .arg(withCoupon)
                .arg(std::abs(used - withCoupon));
    }
    if (check.name == u"stuck"_s) {
        const qint64 stuck = check.actual.value(u"stuckOrders"_s).toInteger();
        QStringList ids;
        for (const QJsonValue &id : check.actual.value(u"orderIds"_s).toArray()) {
            if (ids.size() == 5) {
                ids.append(u"…"_s);
                break;
            }
            ids.append(u"#"_s + QString::number(id.toInteger()));
        }
        const QString what = stuck == 1 ? tr("1 order") : tr("%1 orders").arg(stuck);
        return tr("%1: %2 without progress (%3)").arg(title, what, ids.join(u", "_s));
    }
    return u"%1: %2"_s.arg(title, check.detail);
}

void DashboardModel::applyCheck(const CheckResult &result)
{
    QVariantList checks;
    QStringList broken;
    QStringList brokenTitles;
    QStringList lines;
    bool certain = false; // a difference that in-flight sagas cannot explain
    for (const shop::InvariantCheck &c : result.report.checks) {
        checks.append(QVariantMap{{u"name"_s, c.name}, {u"title"_s, invariantTitle(c.name)}, {u"ok"_s, c.ok},
                                  {u"detail"_s, c.ok ? QString() : describe(c)}});
        if (c.ok)
            continue;
        broken.append(c.name);
        brokenTitles.append(invariantTitle(c.name));
        lines.append(describe(c));
        if (result.quiet || c.name == u"stuck"_s || c.detail.startsWith(u"could not read"_s))
            certain = true;
    }

    QString state;
    QString title;
    QString summary;
    if (result.report.ok) {
        state = u"ok"_s;
        title = tr("Books balance");
        summary = tr("Stock, money and coupons add up; no saga is stuck.");
    } else if (certain) {
        state = u"broken"_s;
        title = tr("Books out of balance: %1").arg(brokenTitles.join(u", "_s));
        summary = lines.join(u"\n"_s);
    } else {
        state = u"settling"_s;
        title = tr("Books settling");
        summary = tr("Checkouts were in flight during the check; differences so far:") + u"\n"_s
                + lines.join(u"\n"_s);
    }
    m_booksBalance = {{u"state"_s, state},       {u"ok"_s, result.report.ok}, {u"title"_s, title},
                      {u"summary"_s, summary},   {u"broken"_s, broken},       {u"checks"_s, checks}};
    m_lastCheckedAt = QDateTime::fromMSecsSinceEpoch(result.report.at);
    Q_EMIT booksBalanceChanged();
}

QString DashboardModel::lastCheckedText() const
{
    if (!m_lastCheckedAt.isValid())
        return QString();
    return tr("Checked at %1").arg(m_lastCheckedAt.toLocalTime().toString(u"HH:mm:ss"_s));
}

} // namespace sagashop::ui
