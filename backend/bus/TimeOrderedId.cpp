#include "bus/TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sagashop::bus {

QUuid newTimeOrderedId()
{
    const auto ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()) & 0xFFFF'FFFF'FFFFull;
    const quint64 random = QRandomGenerator::global()->generate64();
    const quint32 randomHigh = QRandomGenerator::global()->generate();

    const auto timeHigh = static_cast<uint>(ms >> 16);                       // bits 0..31
    const auto timeLow = static_cast<ushort>(ms & 0xFFFF);                    // bits 32..47
    const auto versionAndRandA = static_cast<ushort>(0x7000 | (randomHigh & 0x0FFF)); // ver 7
    uchar tail[8];
    for (int i = 0; i < 8; ++i)
        tail[i] = static_cast<uchar>(random >> (8 * i));
    tail[0] = static_cast<uchar>((tail[0] & 0x3F) | 0x80); // RFC 9562 variant (10xx)
    return QUuid(timeHigh, timeLow, versionAndRandA, tail[0], tail[1], tail[2], tail[3], tail[4], tail[5], tail[6],
                 tail[7]);
}

} // namespace sagashop::bus
