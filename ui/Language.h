#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace sagashop::ui {

/// The UI language, Korean or English, switchable while the app runs: installs the
/// matching translator and asks the QML engines to re-evaluate every qsTr binding. The
/// choice persists (QSettings "ui/language"); the first start follows the system locale.
/// Reaches QML as the `Language` singleton.
class Language : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    /// "ko" or "en".
    QString language() const { return m_language; }
    /// Anything but "ko" or "en" is ignored (with a warning).
    void setLanguage(const QString &language);
    /// Engines to retranslate when the language changes (not owned; remove before deleting).
    void addEngine(QQmlEngine *engine);
    void removeEngine(QQmlEngine *engine);

Q_SIGNALS:
    /// The language changed and every translatable string has been refreshed.
    void languageChanged();

private:
    void install(const QString &language);

    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    QList<QQmlEngine *> m_engines;
};

} // namespace sagashop::ui
