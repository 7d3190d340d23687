// Unit tests of the event envelope and its strict JSON codec: lossless round trips, one clear
// rejection per malformed shape (naming the field at fault), the size limit, and fuzzing with
// random bytes, mutated encodings and random field combinations, none of which may crash or be
// accepted when invalid.

#include "bus/EventEnvelope.h"
#include "bus/TimeOrderedId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSet>
#include <QDateTime>
#include <QTest>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;
using sagashop::bus::EnvelopeCodec;
using sagashop::bus::EventEnvelope;

namespace {

constexpr qint64 kTwoPow53 = qint64(1) << 53; // largest integer a JSON number keeps exactly

const QStringList kFieldNames = {u"eventId"_s, u"type"_s, u"aggregateId"_s, u"sagaId"_s,
        u"causationId"_s, u"occurredAt"_s, u"producer"_s, u"attempt"_s, u"payload"_s};

QJsonObject nestedPayload()
{
    return QJsonObject{
            {u"orderId"_s, u"order-42"_s},
            {u"items"_s,
                    QJsonArray{QJsonObject{{u"sku"_s, u"A-1"_s}, {u"qty"_s, 2}, {u"price"_s, 12.5}},
                            QJsonObject{{u"sku"_s, u"B-7"_s}, {u"qty"_s, 1},
                                    {u"tags"_s, QJsonArray{u"new"_s, u"sale"_s}}}}},
            {u"gift"_s, true},
            {u"coupon"_s, QJsonValue(QJsonValue::Null)},
            {u"big"_s, qint64(1) << 60},
            {u"negative"_s, -17},
            {u"meta"_s,
                    QJsonObject{{u"depth"_s,
                            QJsonObject{{u"deeper"_s, QJsonArray{1, 2, QJsonArray{3}}}}}}},
    };
}

EventEnvelope sampleEnvelope()
{
    EventEnvelope e;
    e.eventId = QUuid(u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s);
    e.type = u"OrderPlaced"_s;
    e.aggregateId = u"order-42"_s;
    e.sagaId = u"saga-7"_s;
    e.causationId = u"b6a9c3f0-1d2e-4c5b-8a79-000000000001"_s;
    e.occurredAt = 1'700'000'000'123;
    e.producer = u"orders"_s;
    e.attempt = 2;
    e.payload = nestedPayload();
    return e;
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(EnvelopeCodec::encode(sampleEnvelope())).object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray withField(const QString &key, const QJsonValue &value)
{
    QJsonObject o = sampleObject();
    o.insert(key, value);
    return bytesOf(o);
}

QByteArray withoutField(const QString &key)
{
    QJsonObject o = sampleObject();
    o.remove(key);
    return bytesOf(o);
}

/// The sample encoding with the raw JSON text `number` as the value of `key` (for numbers
/// that QJsonValue cannot express, e.g. integers above 2^53).
QByteArray withRawNumber(const QString &key, const QByteArray &number)
{
    QJsonObject o = sampleObject();
    o.insert(key, u"@@RAW@@"_s);
    QByteArray bytes = bytesOf(o);
    bytes.replace("\"@@RAW@@\""_ba, number);
    return bytes;
}

/// Empty when `e` satisfies everything the codec promises of a decoded envelope.
QString violationOf(const EventEnvelope &e)
{
    if (e.eventId.isNull())
        return u"null eventId"_s;
    if (e.type.isEmpty())
        return u"empty type"_s;
    if (e.aggregateId.isEmpty())
        return u"empty aggregateId"_s;
    if (e.producer.isEmpty())
        return u"empty producer"_s;
    if (e.occurredAt <= 0 || e.occurredAt > kTwoPow53)
        return u"occurredAt %1 out of range"_s.arg(e.occurredAt);
    if (e.attempt < 1)
        return u"attempt %1 out of range"_s.arg(e.attempt);
    return {};
}

/// Checks the codec's contract for one arbitrary input: exactly one of envelope and error is
/// set; an accepted envelope is valid and survives encode/decode unchanged; an error says
/// what is wrong. Returns an empty string when the contract holds.
QString contractViolation(const QByteArray &input)
{
    const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(input);
    if (d.envelope) {
        if (!d.error.isEmpty())
            return u"accepted but error set: "_s + d.error;
        if (const QString v = violationOf(*d.envelope); !v.isEmpty())
            return u"accepted an invalid envelope ("_s + v + u")"_s;
        const EnvelopeCodec::Decoded again
                = EnvelopeCodec::decode(EnvelopeCodec::encode(*d.envelope));
        if (!again.envelope || *again.envelope != *d.envelope)
            return u"accepted envelope does not survive a re-encode: "_s + again.error;
        return {};
    }
    if (d.error.isEmpty())
        return u"rejected without an error"_s;
    if (!d.error.startsWith(u"malformed event"_s))
        return u"unexpected error wording: "_s + d.error;
    return {};
}

QString excerpt(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(200).toPercentEncoding("{}[]\":,_-."));
}

} // namespace

class tst_Envelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void encodeWritesExactlyTheDocumentedFields();
    void roundTrip_data();
    void roundTrip();
    void occurredAtLimit_data();
    void occurredAtLimit();
    void emptySagaAndCausationAreAccepted();

    void decodeRejects_data();
    void decodeRejects();
    void eventIdMustBeExactlyAUuid_data();
    void eventIdMustBeExactlyAUuid();
    void sizeLimitIsInclusive();

    void randomBytesNeverCrash();
    void mutatedEncodingsNeverCrash();
    void randomFieldCombinationsAreJudgedCorrectly();

    void timeOrderedIdsAreVersion7AndSortByCreation();
};

void tst_Envelope::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Envelope::encodeWritesExactlyTheDocumentedFields()
{
    const EventEnvelope e = sampleEnvelope();
    const QByteArray bytes = EnvelopeCodec::encode(e);
    QVERIFY(!bytes.contains('\n')); // compact

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();

    QStringList keys = o.keys();
    QStringList expected = kFieldNames;
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);

    QCOMPARE(o.value(u"eventId"_s).toString(),
            u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s); // no braces
    QCOMPARE(o.value(u"type"_s).toString(), e.type);
    QCOMPARE(o.value(u"aggregateId"_s).toString(), e.aggregateId);
    QCOMPARE(o.value(u"sagaId"_s).toString(), e.sagaId);
    QCOMPARE(o.value(u"causationId"_s).toString(), e.causationId);
    QCOMPARE(o.value(u"occurredAt"_s).toInteger(), e.occurredAt);
    QCOMPARE(o.value(u"producer"_s).toString(), e.producer);
    QCOMPARE(o.value(u"attempt"_s).toInteger(), qint64(e.attempt));
    QCOMPARE(o.value(u"payload"_s).toObject(), e.payload);
}

void tst_Envelope::roundTrip_data()
{
    QTest::addColumn<EventEnvelope>("envelope");

    const EventEnvelope sample = sampleEnvelope();
    QTest::newRow("nested payload") << sample;

    EventEnvelope minimal;
    minimal.eventId = QUuid::createUuidV5(QUuid(), u"minimal"_s);
    minimal.type = u"T"_s;
    minimal.aggregateId = u"a"_s;
    minimal.producer = u"p"_s;
    minimal.occurredAt = 1;
    QTest::newRow("minimal, empty saga, causation and payload") << minimal;

    EventEnvelope korean = sample;
    korean.type = u"주문생성됨"_s;
    korean.aggregateId = u"주문-서울-001"_s;
    korean.sagaId = u"사가-7"_s;
    korean.producer = u"주문서비스"_s;
    korean.payload = QJsonObject{{u"고객"_s, u"김민준"_s},
            {u"주소"_s,
                    QJsonObject{{u"도시"_s, u"서울특별시"_s},
                            {u"메모"_s, u"배송 전 연락 주세요 \"문 앞\" \\ 🙂"_s}}},
            {u"품목"_s, QJsonArray{u"김치"_s, u"떡볶이"_s}}};
    QTest::newRow("korean text everywhere") << korean;

    EventEnvelope at2Pow53 = sample;
    at2Pow53.occurredAt = kTwoPow53;
    QTest::newRow("occurredAt 2^53") << at2Pow53;

    EventEnvelope below2Pow53 = sample;
    below2Pow53.occurredAt = kTwoPow53 - 1;
    QTest::newRow("occurredAt 2^53-1") << below2Pow53;

    EventEnvelope maxAttempt = sample;
    maxAttempt.attempt = 1'000'000;
    QTest::newRow("attempt 1000000") << maxAttempt;

    EventEnvelope control = sample;
    control.payload
            = QJsonObject{{u"text"_s, u"tab\tnewline\nnul\u0001 quote\" slash/ backslash\\"_s}};
    QTest::newRow("control characters in payload") << control;
}

void tst_Envelope::roundTrip()
{
    QFETCH(EventEnvelope, envelope);
    QVERIFY(violationOf(envelope).isEmpty());

    const QByteArray bytes = EnvelopeCodec::encode(envelope);
    const EnvelopeCodec::Decoded decoded = EnvelopeCodec::decode(bytes);
    QVERIFY2(decoded.envelope.has_value(), qPrintable(decoded.error));
    QCOMPARE(decoded.error, QString());

    const EventEnvelope &back = *decoded.envelope;
    QCOMPARE(back.eventId, envelope.eventId);
    QCOMPARE(back.type, envelope.type);
    QCOMPARE(back.aggregateId, envelope.aggregateId);
    QCOMPARE(back.sagaId, envelope.sagaId);
    QCOMPARE(back.causationId, envelope.causationId);
    QCOMPARE(back.occurredAt, envelope.occurredAt);
    QCOMPARE(back.producer, envelope.producer);
    QCOMPARE(back.attempt, envelope.attempt);
    QCOMPARE(back.payload, envelope.payload);
    QVERIFY(back == envelope);

    // Encoding is stable: the decoded envelope encodes to the very same bytes.
    QCOMPARE(EnvelopeCodec::encode(back), bytes);
}

void tst_Envelope::occurredAtLimit_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");

    QTest::newRow("2^53-1") << "9007199254740991"_ba << true << kTwoPow53 - 1;
    QTest::newRow("2^53") << "9007199254740992"_ba << true << kTwoPow53;
    QTest::newRow("2^53+1") << "9007199254740993"_ba << false << qint64(0);
    QTest::newRow("2^53+2") << "9007199254740994"_ba << false << qint64(0);
    QTest::newRow("2^53+1000") << "9007199254741992"_ba << false << qint64(0);
    QTest::newRow("int64 max") << "9223372036854775807"_ba << false << qint64(0);
    QTest::newRow("beyond int64") << "92233720368547758070"_ba << false << qint64(0);
    QTest::newRow("1e16") << "1e16"_ba << false << qint64(0);
}

void tst_Envelope::occurredAtLimit()
{
    QFETCH(QByteArray, number);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);

    const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(withRawNumber(u"occurredAt"_s, number));
    QCOMPARE(d.envelope.has_value(), accepted);
    if (accepted) {
        QCOMPARE(d.envelope->occurredAt, value);
    } else if (!d.envelope) {
        QVERIFY2(d.error.contains(u"occurredAt"_s), qPrintable(d.error));
    }

    // Every accepted value also survives encode -> decode unchanged.
    if (accepted) {
        EventEnvelope e = sampleEnvelope();
        e.occurredAt = value;
        const EnvelopeCodec::Decoded back = EnvelopeCodec::decode(EnvelopeCodec::encode(e));
        QVERIFY2(back.envelope.has_value(), qPrintable(back.error));
        QCOMPARE(back.envelope->occurredAt, value);
    }
}

void tst_Envelope::emptySagaAndCausationAreAccepted()
{
    EventEnvelope e = sampleEnvelope();
    e.sagaId.clear();
    e.causationId.clear();
    const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(EnvelopeCodec::encode(e));
    QVERIFY2(d.envelope.has_value(), qPrintable(d.error));
    QCOMPARE(d.envelope->sagaId, QString());
    QCOMPARE(d.envelope->causationId, QString());
    QVERIFY(*d.envelope == e);

    // Written by hand as well, in a different key order.
    const QByteArray handWritten
            = R"({"payload":{},"attempt":1,"producer":"p","occurredAt":5,"causationId":"","sagaId":"",)"
              R"("aggregateId":"a","type":"T","eventId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"})"_ba;
    const EnvelopeCodec::Decoded hand = EnvelopeCodec::decode(handWritten);
    QVERIFY2(hand.envelope.has_value(), qPrintable(hand.error));
    QCOMPARE(hand.envelope->occurredAt, qint64(5));
    QCOMPARE(hand.envelope->sagaId, QString());
}

void tst_Envelope::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field"); // must appear as a whole word in the error
    QTest::addColumn<QString>("problem"); // must appear in the error (case-insensitive)

    const QByteArray valid = EnvelopeCodec::encode(sampleEnvelope());

    QTest::newRow("empty input") << QByteArray() << u"message"_s << u"empty"_s;
    QTest::newRow("truncated JSON") << valid.left(valid.size() / 2) << u"JSON"_s << u"invalid"_s;
    QTest::newRow("missing closing brace") << valid.chopped(1) << u"JSON"_s << u"invalid"_s;
    QTest::newRow("trailing garbage") << valid + "x"_ba << u"JSON"_s << u"invalid"_s;
    QTest::newRow("top-level array") << "[" + valid + "]"_ba << u"object"_s << u"top level"_s;
    QTest::newRow("top-level empty array") << "[]"_ba << u"object"_s << u"top level"_s;

    for (const QString &field : kFieldNames)
        QTest::addRow("missing %s", qPrintable(field))
                << withoutField(field) << field << u"missing"_s;

    QTest::newRow("type as number") << withField(u"type"_s, 42) << u"type"_s << u"string"_s;
    QTest::newRow("eventId as number") << withField(u"eventId"_s, 7) << u"eventId"_s << u"string"_s;
    QTest::newRow("aggregateId as null")
            << withField(u"aggregateId"_s, QJsonValue(QJsonValue::Null)) << u"aggregateId"_s
            << u"string"_s;
    QTest::newRow("sagaId as number") << withField(u"sagaId"_s, 3) << u"sagaId"_s << u"string"_s;
    QTest::newRow("causationId as object")
            << withField(u"causationId"_s, QJsonObject()) << u"causationId"_s << u"string"_s;
    QTest::newRow("producer as bool")
            << withField(u"producer"_s, true) << u"producer"_s << u"string"_s;
    QTest::newRow("payload as array")
            << withField(u"payload"_s, QJsonArray{1, 2}) << u"payload"_s << u"object"_s;
    QTest::newRow("payload as string")
            << withField(u"payload"_s, u"{}"_s) << u"payload"_s << u"object"_s;
    QTest::newRow("payload as null")
            << withField(u"payload"_s, QJsonValue(QJsonValue::Null)) << u"payload"_s << u"object"_s;
    QTest::newRow("attempt as string")
            << withField(u"attempt"_s, u"1"_s) << u"attempt"_s << u"integer"_s;
    QTest::newRow("attempt fractional")
            << withField(u"attempt"_s, 1.5) << u"attempt"_s << u"integer"_s;
    QTest::newRow("attempt 0") << withField(u"attempt"_s, 0) << u"attempt"_s << u"integer"_s;
    QTest::newRow("attempt negative")
            << withField(u"attempt"_s, -1) << u"attempt"_s << u"integer"_s;
    QTest::newRow("attempt above 1000000")
            << withField(u"attempt"_s, 1'000'001) << u"attempt"_s << u"integer"_s;
    QTest::newRow("occurredAt as string")
            << withField(u"occurredAt"_s, u"1700000000000"_s) << u"occurredAt"_s << u"integer"_s;
    QTest::newRow("occurredAt negative") << withField(u"occurredAt"_s, qint64(-1'700'000'000'000))
                                         << u"occurredAt"_s << u"positive"_s;
    QTest::newRow("occurredAt 0") << withField(u"occurredAt"_s, 0) << u"occurredAt"_s
                                  << u"positive"_s;
    QTest::newRow("occurredAt fractional")
            << withField(u"occurredAt"_s, 1.5) << u"occurredAt"_s << u"integer"_s;
    QTest::newRow("occurredAt 2^53+2") << withRawNumber(u"occurredAt"_s, "9007199254740994"_ba)
                                       << u"occurredAt"_s << u"integer"_s;
    QTest::newRow("eventId not a UUID")
            << withField(u"eventId"_s, u"order-42"_s) << u"eventId"_s << u"UUID"_s;
    QTest::newRow("eventId nil UUID")
            << withField(u"eventId"_s, u"00000000-0000-0000-0000-000000000000"_s) << u"eventId"_s
            << u"UUID"_s;
    QTest::newRow("eventId one digit short")
            << withField(u"eventId"_s, u"3f2504e0-4f89-11d3-9a0c-0305e82c330"_s) << u"eventId"_s
            << u"UUID"_s;
    QTest::newRow("eventId empty") << withField(u"eventId"_s, u""_s) << u"eventId"_s << u"empty"_s;
    QTest::newRow("type empty") << withField(u"type"_s, u""_s) << u"type"_s << u"empty"_s;
    QTest::newRow("producer empty")
            << withField(u"producer"_s, u""_s) << u"producer"_s << u"empty"_s;
    QTest::newRow("aggregateId empty")
            << withField(u"aggregateId"_s, u""_s) << u"aggregateId"_s << u"empty"_s;
    QTest::newRow("unknown extra field")
            << withField(u"priority"_s, u"high"_s) << u"priority"_s << u"unknown"_s;
    QTest::newRow("unknown field differing in case")
            << withField(u"EventId"_s, u"x"_s) << u"EventId"_s << u"unknown"_s;

    // A valid envelope whose payload pushes it just past the limit.
    EventEnvelope big = sampleEnvelope();
    big.payload = QJsonObject{{u"blob"_s, QString(EnvelopeCodec::MaxEncodedSize, u'x')}};
    const QByteArray tooLarge = EnvelopeCodec::encode(big);
    QVERIFY(tooLarge.size() > EnvelopeCodec::MaxEncodedSize);
    QTest::newRow("larger than MaxEncodedSize")
            << tooLarge << QString::number(EnvelopeCodec::MaxEncodedSize) << u"limit"_s;
}

void tst_Envelope::decodeRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, problem);

    const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(bytes);
    QVERIFY2(!d.envelope.has_value(), qPrintable(u"accepted: "_s + excerpt(bytes)));
    QVERIFY(!d.error.isEmpty());
    QVERIFY2(d.error.startsWith(u"malformed event"_s), qPrintable(d.error));
    const QRegularExpression word(u"\\b%1\\b"_s.arg(QRegularExpression::escape(field)));
    QVERIFY2(word.match(d.error).hasMatch(),
            qPrintable(u"error does not name \"%1\": %2"_s.arg(field, d.error)));
    QVERIFY2(d.error.contains(problem, Qt::CaseInsensitive),
            qPrintable(u"error does not say \"%1\": %2"_s.arg(problem, d.error)));
}

void tst_Envelope::eventIdMustBeExactlyAUuid_data()
{
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<bool>("accepted");

    const QString uuid = u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s;
    QTest::newRow("canonical") << uuid << true;
    QTest::newRow("upper case") << uuid.toUpper() << true;
    QTest::newRow("trailing letters") << uuid + u"xyz"_s << false;
    QTest::newRow("extra group") << uuid + u"-0000"_s << false;
    QTest::newRow("unbalanced opening brace") << u"{"_s + uuid << false;
    QTest::newRow("unbalanced closing brace") << uuid + u"}"_s << false;
    QTest::newRow("missing dash") << QString(uuid).remove(8, 1) << false;
    QTest::newRow("non-hex digit") << QString(uuid).replace(0, 1, u"g"_s) << false;
    QTest::newRow("leading space") << u" "_s + uuid << false;
}

void tst_Envelope::eventIdMustBeExactlyAUuid()
{
    QFETCH(QString, eventId);
    QFETCH(bool, accepted);

    const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(withField(u"eventId"_s, eventId));
    QCOMPARE(d.envelope.has_value(), accepted);
    if (d.envelope) {
        if (accepted)
            QCOMPARE(d.envelope->eventId, QUuid(eventId));
    } else {
        QVERIFY2(
                d.error.contains(u"eventId"_s) && d.error.contains(u"UUID"_s), qPrintable(d.error));
    }
}

void tst_Envelope::sizeLimitIsInclusive()
{
    // Pad the payload so that the encoding is exactly MaxEncodedSize bytes.
    EventEnvelope e = sampleEnvelope();
    e.payload = QJsonObject{{u"pad"_s, QString()}};
    const qsizetype base = EnvelopeCodec::encode(e).size();
    e.payload = QJsonObject{{u"pad"_s, QString(EnvelopeCodec::MaxEncodedSize - base, u'x')}};
    const QByteArray atLimit = EnvelopeCodec::encode(e);
    QCOMPARE(atLimit.size(), EnvelopeCodec::MaxEncodedSize);

    const EnvelopeCodec::Decoded ok = EnvelopeCodec::decode(atLimit);
    QVERIFY2(ok.envelope.has_value(), qPrintable(ok.error));
    QVERIFY(*ok.envelope == e);

    e.payload = QJsonObject{{u"pad"_s, QString(EnvelopeCodec::MaxEncodedSize - base + 1, u'x')}};
    const QByteArray overLimit = EnvelopeCodec::encode(e);
    QCOMPARE(overLimit.size(), EnvelopeCodec::MaxEncodedSize + 1);
    const EnvelopeCodec::Decoded tooBig = EnvelopeCodec::decode(overLimit);
    QVERIFY(!tooBig.envelope.has_value());
    QVERIFY2(tooBig.error.contains(QString::number(EnvelopeCodec::MaxEncodedSize + 1))
                    && tooBig.error.contains(QString::number(EnvelopeCodec::MaxEncodedSize)),
            qPrintable(tooBig.error));

    // Whitespace counts too: the limit is on bytes received, not on the JSON content.
    const QByteArray padded = EnvelopeCodec::encode(sampleEnvelope())
            + QByteArray(EnvelopeCodec::MaxEncodedSize, ' ');
    QVERIFY(!EnvelopeCodec::decode(padded).envelope.has_value());
}

void tst_Envelope::randomBytesNeverCrash()
{
    QRandomGenerator rng(20240611);
    static constexpr std::array<char, 24> jsonAlphabet = {'{', '}', '[', ']', '"', ':', ',', '0',
            '1', '9', '-', '.', 'e', 'a', 't', 'r', 'u', 'n', 'l', ' ', '\\', 'x', '\0', '\xff'};
    int accepted = 0;
    for (int i = 0; i < 1000; ++i) {
        const int length = int(rng.bounded(300));
        QByteArray bytes(length, Qt::Uninitialized);
        const bool jsonish = i % 2 == 1; // half fully random, half from JSON's alphabet
        for (char &c : bytes)
            c = jsonish ? jsonAlphabet[rng.bounded(int(jsonAlphabet.size()))]
                        : char(rng.bounded(256));
        if (i % 10 == 0 && length > 0)
            bytes[0] = '{'; // reach past the "top level is an object" check more often
        const QString violation = contractViolation(bytes);
        QVERIFY2(violation.isEmpty(),
                qPrintable(u"input %1 (%2): %3"_s.arg(i).arg(excerpt(bytes), violation)));
        accepted += EnvelopeCodec::decode(bytes).envelope.has_value() ? 1 : 0;
    }
    QCOMPARE(accepted, 0); // random bytes are never a valid envelope
}

void tst_Envelope::mutatedEncodingsNeverCrash()
{
    const QByteArray valid = EnvelopeCodec::encode(sampleEnvelope());
    QRandomGenerator rng(7);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray bytes = valid;
        const int mutations = 1 + int(rng.bounded(4));
        for (int m = 0; m < mutations; ++m) {
            const int pos = int(rng.bounded(int(bytes.size()) + 1));
            switch (rng.bounded(3)) {
            case 0: // flip one bit
                if (pos < bytes.size())
                    bytes[pos] = char(bytes[pos] ^ (1 << rng.bounded(8)));
                break;
            case 1: // delete a run of 1-3 bytes
                bytes.remove(pos, 1 + rng.bounded(3));
                break;
            default: // insert a random byte
                bytes.insert(pos, char(rng.bounded(256)));
                break;
            }
        }
        const QString violation = contractViolation(bytes);
        QVERIFY2(violation.isEmpty(),
                qPrintable(u"mutation %1 (%2): %3"_s.arg(i).arg(excerpt(bytes), violation)));
        if (EnvelopeCodec::decode(bytes).envelope)
            ++accepted;
        else
            ++rejected;
    }
    // Both outcomes occur, so both paths of the contract were exercised.
    QVERIFY2(accepted > 0 && rejected > 0,
            qPrintable(u"accepted %1, rejected %2"_s.arg(accepted).arg(rejected)));
}

void tst_Envelope::randomFieldCombinationsAreJudgedCorrectly()
{
    struct Candidate
    {
        QJsonValue value;
        bool valid;
    };
    const QJsonValue null(QJsonValue::Null);
    const QString uuid = u"3f2504e0-4f89-11d3-9a0c-0305e82c3301"_s;
    const QList<QList<Candidate>> candidates = {
            // eventId
            {{uuid, true}, {u"b6a9c3f0-1d2e-4c5b-8a79-00000000abcd"_s, true}, {u""_s, false},
                    {u"not-a-uuid"_s, false}, {u"00000000-0000-0000-0000-000000000000"_s, false},
                    {42, false}, {null, false}, {QJsonObject(), false}},
            // type
            {{u"OrderPlaced"_s, true}, {u"주문생성됨"_s, true}, {u""_s, false}, {7, false},
                    {true, false}, {QJsonArray(), false}},
            // aggregateId
            {{u"order-1"_s, true}, {u"주문-1"_s, true}, {u""_s, false}, {1, false}, {null, false}},
            // sagaId
            {{u""_s, true}, {u"saga-9"_s, true}, {3, false}, {null, false}, {QJsonObject(), false}},
            // causationId
            {{u""_s, true}, {uuid, true}, {false, false}, {QJsonArray(), false}},
            // occurredAt
            {{1, true}, {qint64(1'700'000'000'000), true}, {double(kTwoPow53), true}, {0, false},
                    {-5, false}, {1.5, false}, {u"1700000000000"_s, false}, {null, false},
                    {double(kTwoPow53) * 2, false}, {1e300, false}},
            // producer
            {{u"orders"_s, true}, {u""_s, false}, {0, false}},
            // attempt
            {{1, true}, {3, true}, {1'000'000, true}, {0, false}, {-1, false}, {1.5, false},
                    {u"1"_s, false}, {1'000'001, false}, {null, false}},
            // payload
            {{QJsonObject(), true}, {nestedPayload(), true}, {QJsonArray(), false}, {u"x"_s, false},
                    {null, false}, {1, false}},
    };
    Q_ASSERT(candidates.size() == kFieldNames.size());

    QRandomGenerator rng(1234);
    int acceptedCount = 0;
    for (int i = 0; i < 5000; ++i) {
        QJsonObject o;
        bool expectValid = true;
        for (qsizetype f = 0; f < kFieldNames.size(); ++f) {
            const QList<Candidate> &options = candidates[f];
            const quint32 roll = rng.bounded(100);
            if (roll < 3) { // absent
                expectValid = false;
                continue;
            }
            // Mostly valid values, so that fully valid objects are common too.
            const qsizetype validCount = std::count_if(
                    options.begin(), options.end(), [](const Candidate &c) { return c.valid; });
            const qsizetype pick = roll < 85
                    ? qsizetype(rng.bounded(int(validCount)))
                    : validCount + qsizetype(rng.bounded(int(options.size() - validCount)));
            o.insert(kFieldNames[f], options[pick].value);
            expectValid = expectValid && options[pick].valid;
        }
        if (rng.bounded(100) < 5) {
            o.insert(u"extra"_s, 1);
            expectValid = false;
        }

        const QByteArray bytes = bytesOf(o);
        const EnvelopeCodec::Decoded d = EnvelopeCodec::decode(bytes);
        QVERIFY2(d.envelope.has_value() == expectValid,
                qPrintable(u"expected %1 for %2, error: %3"_s.arg(
                        expectValid ? u"accept"_s : u"reject"_s, QString::fromUtf8(bytes),
                        d.error)));
        QVERIFY(contractViolation(bytes).isEmpty());
        if (d.envelope) {
            ++acceptedCount;
            const EventEnvelope &e = *d.envelope;
            QCOMPARE(e.eventId, QUuid(o.value(u"eventId"_s).toString()));
            QCOMPARE(e.type, o.value(u"type"_s).toString());
            QCOMPARE(e.aggregateId, o.value(u"aggregateId"_s).toString());
            QCOMPARE(e.sagaId, o.value(u"sagaId"_s).toString());
            QCOMPARE(e.causationId, o.value(u"causationId"_s).toString());
            QCOMPARE(e.occurredAt, o.value(u"occurredAt"_s).toInteger());
            QCOMPARE(e.producer, o.value(u"producer"_s).toString());
            QCOMPARE(qint64(e.attempt), o.value(u"attempt"_s).toInteger());
            QCOMPARE(e.payload, o.value(u"payload"_s).toObject());
        } else {
            QVERIFY(!d.error.isEmpty());
        }
    }
    QVERIFY2(acceptedCount > 100, qPrintable(QString::number(acceptedCount)));
}

void tst_Envelope::timeOrderedIdsAreVersion7AndSortByCreation()
{
    // Ids made in successive milliseconds sort (as text, the way the indexes see them) in
    // creation order; ids within one millisecond are distinct and carry 74 random bits.
    QSet<QString> seen;
    QString previousMsPrefix;
    QString previous;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    int checkedAcrossMs = 0;
    for (int i = 0; i < 20000; ++i) {
        const QUuid id = sagashop::bus::newTimeOrderedId();
        const QString text = id.toString(QUuid::WithoutBraces);
        // Qt 6.4's QUuid::version() predates version 7: read the nibbles from the text.
        QCOMPARE(text.at(14), u'7');
        QVERIFY2(QStringView(u"89ab").contains(text.at(19)), qPrintable(text)); // RFC variant
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
        const QString msPrefix = text.left(13); // 48 bits of milliseconds: "xxxxxxxx-xxxx"
        if (!previous.isEmpty() && msPrefix != previousMsPrefix) {
            QVERIFY2(previous < text, qPrintable(previous + u" !< "_s + text));
            ++checkedAcrossMs;
        }
        previous = text;
        previousMsPrefix = msPrefix;
    }
    // The timestamp is the wall clock in milliseconds.
    const qint64 stamped = QStringView(previous).left(8).toLongLong(nullptr, 16) * 65536
        + QStringView(previous).mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY(stamped >= started);
    QVERIFY(stamped <= QDateTime::currentMSecsSinceEpoch());
    if (checkedAcrossMs == 0)
        QSKIP("the machine made 20,000 ids within one millisecond");
}

QTEST_GUILESS_MAIN(tst_Envelope)
#include "tst_envelope.moc"
