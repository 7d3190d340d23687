#include "ui/admin/faults/FaultsModel.h"

#include "bus/Service.h"
#include "services/export/ExportService.h"
#include "shop/Shop.h"
#include "ui/Backend.h"

#include <QVariantMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {

using Mode = bus::FaultInjector::Mode;
using Plan = bus::FaultInjector::Plan;

bool samePlans(const QList<Plan> &a, const QList<Plan> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Plan &x, const Plan &y) {
        return x.mode == y.mode && x.count == y.count && x.probability == y.probability && x.delayMs == y.delayMs;
    });
}

} // namespace

FaultsModel::FaultsModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &FaultsModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FaultsModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FaultsModel::countChanged);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FaultsModel::refresh);
}

FaultsModel::~FaultsModel() = default;

Backend *FaultsModel::backend() const
{
    return m_backend;
}

void FaultsModel::setBackend(Backend *backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged();
    rebuild();
    if (m_backend)
        m_timer.start();
    else
        m_timer.stop();
}

void FaultsModel::setRefreshMs(int ms)
{
    ms = std::clamp(ms, 50, 60'000);
    if (m_timer.interval() == ms)
        return;
    m_timer.setInterval(ms);
    Q_EMIT refreshMsChanged();
}

bool FaultsModel::exportDown() const
{
    return m_exportDown;
}

void FaultsModel::setExportDown(bool down)
{
    if (!m_backend)
        return;
    m_backend->shop().exports().setOutage(down); // an atomic flag: no I/O
    refresh();
}

void FaultsModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void FaultsModel::setRowError(int row, const QString &error)
{
    if (row < 0 || m_rows.at(row).error == error)
        return;
    m_rows[row].error = error;
    Q_EMIT dataChanged(index(row), index(row), {ErrorRole});
}

QVariantList FaultsModel::modes() const
{
    const auto mode = [](const QString &key, const QString &name, const QString &text, bool count, bool probability,
                         bool delay) {
        return QVariantMap{{u"key"_s, key},     {u"mode"_s, name},
                           {u"text"_s, text},   {u"usesCount"_s, count},
                           {u"usesProbability"_s, probability}, {u"usesDelay"_s, delay}};
    };
    return {
        mode(u"failNext"_s, u"fail"_s, tr("Fail the next N"), true, false, false),
        mode(u"failRandom"_s, u"fail"_s, tr("Fail with probability"), false, true, false),
        mode(u"delay"_s, u"delay"_s, tr("Delay each"), false, false, true),
        mode(u"duplicate"_s, u"duplicate"_s, tr("Duplicate the next N"), true, false, false),
        mode(u"drop"_s, u"drop"_s, tr("Drop the next N"), true, false, false),
    };
}

// --- the model ----------------------------------------------------------------------------

int FaultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FaultsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ServiceRole:
    case Qt::DisplayRole:
        return row.service;
    case PlansRole:
    case PlansTextRole: {
        QVariantList plans;
        QStringList texts;
        if (row.outage) {
            plans.append(QVariantMap{{u"mode"_s, OutageMode}, {u"text"_s, tr("endpoint down")}});
            texts.append(tr("endpoint down"));
        }
        for (const Plan &plan : row.plans) {
            plans.append(QVariantMap{{u"mode"_s, bus::FaultInjector::modeName(plan.mode)}, {u"text"_s, planText(plan)}});
            texts.append(planText(plan));
        }
        //: Separates the active faults of a service.
        return role == PlansRole ? QVariant(plans) : QVariant(texts.join(tr(", ")));
    }
    case HasFaultsRole:
        return row.outage || !row.plans.isEmpty();
    case ErrorRole:
        return row.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> FaultsModel::roleNames() const
{
    return {
        {ServiceRole, "service"}, {PlansRole, "plans"}, {PlansTextRole, "plansText"},
        {HasFaultsRole, "hasFaults"}, {ErrorRole, "error"},
    };
}

QString FaultsModel::planText(const Plan &plan)
{
    switch (plan.mode) {
    case Mode::Fail:
        if (plan.count > 0)
            return tr("fail next %n", nullptr, plan.count);
        //: A fault: each handling fails with this probability, e.g. "fail 30 %".
        return tr("fail %1 %").arg(std::round(plan.probability * 1000) / 10);
    case Mode::Delay:
        return tr("delay %1 ms").arg(plan.delayMs);
    case Mode::Duplicate:
        return tr("duplicate next %n", nullptr, plan.count);
    case Mode::Drop:
        return tr("drop next %n", nullptr, plan.count);
    }
    return {};
}

int FaultsModel::indexOfService(const QString &service) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).service == service)
            return i;
    }
    return -1;
}

bus::FaultInjector *FaultsModel::injector(const QString &service) const
{
    if (!m_backend)
        return nullptr;
    bus::Service *s = m_backend->shop().service(service);
    return s ? &s->faults() : nullptr;
}

QList<Plan> FaultsModel::plansOf(const QString &service) const
{
    bus::FaultInjector *faults = injector(service);
    if (!faults)
        return {};
    QList<Plan> plans = faults->active(); // a mutex, no I/O
    std::sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return int(a.mode) < int(b.mode); });
    return plans;
}

void FaultsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_backend) {
        for (const QString &service : m_backend->shop().serviceNames())
            m_rows.append(Row{service, plansOf(service), false, {}});
    }
    endResetModel();
    setError({});
    refresh();
}

void FaultsModel::refresh()
{
    const bool down = m_backend && m_backend->shop().exports().outage();
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QList<Plan> plans = plansOf(row.service);
        const bool outage = down && row.service == services::ExportService::Name;
        if (samePlans(plans, row.plans) && outage == row.outage)
            continue;
        row.plans = plans;
        row.outage = outage;
        Q_EMIT dataChanged(index(i), index(i), {PlansRole, PlansTextRole, HasFaultsRole});
    }
    if (m_exportDown != down) {
        m_exportDown = down;
        Q_EMIT exportDownChanged();
    }
    updateActiveCount();
}

void FaultsModel::updateActiveCount()
{
    const int active = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                         [](const Row &r) { return r.outage || !r.plans.isEmpty(); }));
    if (m_activeCount == active)
        return;
    m_activeCount = active;
    Q_EMIT activeCountChanged();
}

bool FaultsModel::set(const QString &service, const QString &mode, int count, double probability, int delayMs)
{
    const int row = indexOfService(service);
    bus::FaultInjector *faults = injector(service);
    if (row < 0 || !faults) {
        setError(tr("There is no service called \"%1\".").arg(service));
        return false;
    }
    Plan plan;
    if (mode == u"failNext"_s) {
        plan = Plan{Mode::Fail, count, 0, 0};
    } else if (mode == u"failRandom"_s) {
        plan = Plan{Mode::Fail, 0, probability, 0};
    } else if (const auto injectorMode = bus::FaultInjector::modeFromName(mode)) {
        plan.mode = *injectorMode;
        switch (plan.mode) {
        case Mode::Fail:
            plan.count = count;
            plan.probability = probability;
            break;
        case Mode::Delay:
            plan.delayMs = delayMs;
            break;
        case Mode::Duplicate:
        case Mode::Drop:
            plan.count = count;
            break;
        }
    } else {
        const QString sentence = tr("There is no fault mode \"%1\" (fail, delay, duplicate or drop).").arg(mode);
        setRowError(row, sentence);
        setError(sentence);
        return false;
    }
    if (!std::isfinite(plan.probability)) {
        const QString sentence = tr("The probability must be a number between 0 and 1.");
        setRowError(row, sentence);
        return false;
    }
    if (const QString refused = faults->set(plan); !refused.isEmpty()) {
        //: A fault plan was refused; %1 is the service, %2 the reason (e.g. "count must be …").
        setRowError(row, tr("%1: not applied, %2.").arg(service, refused));
        return false;
    }
    setRowError(row, {});
    setError({});
    refresh();
    return true;
}

void FaultsModel::clear(const QString &service)
{
    const int row = indexOfService(service);
    if (bus::FaultInjector *faults = injector(service))
        faults->clearAll();
    if (service == services::ExportService::Name && m_backend)
        m_backend->shop().exports().setOutage(false);
    setRowError(row, {});
    refresh();
}

void FaultsModel::clearMode(const QString &service, const QString &mode)
{
    if (mode == OutageMode) {
        if (service == services::ExportService::Name)
            setExportDown(false);
        return;
    }
    bus::FaultInjector *faults = injector(service);
    const auto injectorMode = bus::FaultInjector::modeFromName(mode);
    if (!faults || !injectorMode)
        return;
    faults->clear(*injectorMode);
    refresh();
}

void FaultsModel::clearAll()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (bus::FaultInjector *faults = injector(row.service))
            faults->clearAll();
    }
    if (m_backend)
        m_backend->shop().exports().setOutage(false);
    for (int i = 0; i < m_rows.size(); ++i)
        setRowError(i, {});
    setError({});
    refresh();
}

} // namespace sagashop::ui
