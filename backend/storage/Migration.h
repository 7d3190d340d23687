#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sagashop::storage {

/// One versioned step of a component's schema. Statements are portable SQL; the few
/// engine differences are written as placeholders that SqlDialect expands:
///   ${ID_PK}   an auto-incrementing 64-bit integer primary key
///   ${BLOB}    a binary column type
/// Versions of one component start at 1 and increase by 1.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// The schema of one component (e.g. "bus" for outbox/inbox/DLQ, "inventory" for the
/// Inventory service's own tables). Components are versioned independently in one database.
struct Schema
{
    QString component;
    QList<Migration> migrations;

    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

} // namespace sagashop::storage
