// docs/events.md against the code: every event's "Consumers" line and its row in the summary
// table must name exactly the services the real bus routes it to (EventBus::subscribersOf over
// a fully built shop::Shop), so the catalogue cannot drift from the services' subscriptions.

#include "bus/EventBus.h"
#include "bus/SagaLogEvents.h"
#include "common/TestSupport.h"
#include "saga/CheckoutEvents.h"
#include "services/order/Order.h"
#include "shop/Shop.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sagashop;

namespace {

/// The names written as `code` in a piece of Markdown, sorted.
QStringList codeSpans(const QString &text)
{
    static const QRegularExpression span(u"`([^`]+)`"_s);
    QStringList names;
    for (const QRegularExpressionMatch &m : span.globalMatch(text))
        names.append(m.captured(1));
    names.sort();
    return names;
}

/// What the catalogue says about one event.
struct Documented
{
    bool hasSection = false;
    bool hasConsumersLine = false;
    QStringList sectionConsumers;
    bool hasTableRow = false;
    QStringList tableConsumers;
};

QHash<QString, Documented> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    static const QRegularExpression tableRow(u"^\\| \\[`([^`]+)`\\]\\(#[^)]*\\) \\|([^|]*)\\|([^|]*)\\|"_s);
    QHash<QString, Documented> documented;
    QString section;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"## "_s) || line.startsWith(u"# "_s)) {
            section.clear();
        } else if (line.startsWith(u"### "_s)) {
            section = line.mid(4).trimmed();
            documented[section].hasSection = true;
        } else if (!section.isEmpty() && line.startsWith(u"- **Consumers:**"_s)) {
            Documented &d = documented[section];
            d.hasConsumersLine = true;
            d.sectionConsumers = codeSpans(line.mid(int(qstrlen("- **Consumers:**"))));
        } else if (const QRegularExpressionMatch m = tableRow.match(line); m.hasMatch()) {
            Documented &d = documented[m.captured(1)];
            d.hasTableRow = true;
            d.tableConsumers = codeSpans(m.captured(3));
        }
    }
    return documented;
}

} // namespace

class TestEventCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consumersMatchTheBus_data();
    void consumersMatchTheBus();

private:
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<shop::Shop> m_shop;
    QHash<QString, Documented> m_documented;
};

void TestEventCatalogue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_documented = readCatalogue(QStringLiteral(SAGASHOP_EVENTS_MD), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_documented.isEmpty(), "docs/events.md documents no event at all");

    // The whole backend as the application builds it; the subscriptions exist once it is
    // constructed, so nothing needs to start.
    m_dir = std::make_unique<test::TempDataDir>();
    QVERIFY(m_dir->isValid());
    shop::ShopConfig config;
    config.dataDir = m_dir->path();
    config.reconcileIntervalMs = 0;
    m_shop = std::make_unique<shop::Shop>(config);
}

void TestEventCatalogue::consumersMatchTheBus_data()
{
    namespace E = saga::CheckoutEvents;
    QTest::addColumn<QString>("type");
    // Every event the shop publishes (the constants, so a renamed one fails to compile here).
    const QStringList types{
        E::PaymentRequested, E::InventoryDeducted, E::InventoryFailed, E::CouponUsed, E::CouponSkipped,
        E::CouponFailed, E::BalanceDeducted, E::BalanceFailed, E::OrderConfirmed, E::OrderConfirmationFailed,
        E::ProductSalesRankRecorded, E::OrderExportRequested, E::OrderCompleted, E::OrderFailed,
        E::OrderCancelled, E::InventoryRestored, E::CouponRestored, E::BalanceRefunded, E::PaymentCancelled,
        E::OrderCompensated, E::RecordBalanceCharge, E::CouponIssued, E::UserRegistered, E::ProductRestocked,
        services::Order::MarkedAbnormalEvent, bus::SagaLogEvents::HandlingRecorded,
        bus::SagaLogEvents::EventDeadLettered,
    };
    for (const QString &type : types)
        QTest::newRow(qPrintable(type)) << type;
}

void TestEventCatalogue::consumersMatchTheBus()
{
    QFETCH(QString, type);
    QStringList expected = m_shop->bus().subscribersOf(type);
    expected.sort();
    QVERIFY2(!expected.isEmpty(), qPrintable(u"nobody consumes %1 any more: is it still published?"_s.arg(type)));

    const Documented d = m_documented.value(type);
    QVERIFY2(d.hasSection, qPrintable(u"docs/events.md has no section \"### %1\""_s.arg(type)));
    QVERIFY2(d.hasConsumersLine,
             qPrintable(u"the section \"### %1\" of docs/events.md has no \"- **Consumers:**\" line"_s.arg(type)));
    QVERIFY2(d.hasTableRow, qPrintable(u"the summary table of docs/events.md has no row for %1"_s.arg(type)));
    // The bus's subscribers, as the catalogue must list them (sorted on both sides).
    // Joined, so that a failure shows the names.
    const QString bus = expected.join(u", "_s);
    QCOMPARE(d.sectionConsumers.join(u", "_s), bus);
    QCOMPARE(d.tableConsumers.join(u", "_s), bus);
}

QTEST_GUILESS_MAIN(TestEventCatalogue)
#include "tst_eventcatalogue.moc"
