#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>

namespace sagashop::bus {

/// Per-key FIFO queues with at most one item of a key in flight.
///
/// The head of a key is handed out by takeReady(); until complete() or release() is called
/// for that key, no later item of the same key is handed out, so a key that waits for a
/// retry holds back only its own later items while other keys go on. Ready keys are served
/// in the order they became ready, so no key starves.
template<typename Item>
class KeyedQueue
{
public:
    void push(const QString &key, Item item)
    {
        Entry &entry = m_entries[key];
        entry.items.push_back(std::move(item));
        ++m_size;
        if (entry.items.size() == 1 && !entry.busy)
            m_ready.push_back(key);
    }

    /// Marks up to `max` ready keys busy and returns them; their heads are head(key).
    QStringList takeReady(qsizetype max)
    {
        QStringList keys;
        while (!m_ready.empty() && keys.size() < max) {
            QString key = std::move(m_ready.front());
            m_ready.pop_front();
            m_entries[key].busy = true;
            keys.append(std::move(key));
        }
        return keys;
    }

    Item &head(const QString &key) { return m_entries[key].items.front(); }

    /// The head of a busy key is done: drop it and make the key's next item ready.
    void complete(const QString &key)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end() || !it->busy || it->items.empty())
            return;
        it->items.pop_front();
        --m_size;
        it->busy = false;
        if (it->items.empty())
            m_entries.erase(it);
        else
            m_ready.push_back(key);
    }

    /// The head of a busy key is to be tried again: keep it and make the key ready.
    void release(const QString &key)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end() || !it->busy)
            return;
        it->busy = false;
        m_ready.push_back(key);
    }

    bool hasReady() const noexcept { return !m_ready.empty(); }
    qsizetype size() const noexcept { return m_size; }
    qsizetype keyCount() const noexcept { return m_entries.size(); }
    bool isEmpty() const noexcept { return m_size == 0; }

    void clear()
    {
        m_entries.clear();
        m_ready.clear();
        m_size = 0;
    }

private:
    struct Entry
    {
        std::deque<Item> items;
        bool busy = false;
    };
    QHash<QString, Entry> m_entries;
    std::deque<QString> m_ready;
    qsizetype m_size = 0;
};

} // namespace sagashop::bus
