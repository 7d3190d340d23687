// libFuzzer harness for the strict envelope decoder: any input must either decode to an
// envelope that survives an encode/decode round trip unchanged, or be rejected with a
// non-empty reason. Never a crash, a sanitizer report, or an endless loop.
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/tests/fuzz/envelope-fuzzer -max_total_time=60

#include "bus/EventEnvelope.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using sagashop::bus::EnvelopeCodec;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const EnvelopeCodec::Decoded decoded = EnvelopeCodec::decode(bytes);
    if (!decoded.envelope) {
        if (decoded.error.isEmpty())
            std::abort();
        return 0;
    }
    const EnvelopeCodec::Decoded again = EnvelopeCodec::decode(EnvelopeCodec::encode(*decoded.envelope));
    if (!again.envelope || !(*again.envelope == *decoded.envelope))
        std::abort();
    return 0;
}
