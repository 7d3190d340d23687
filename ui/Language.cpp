#include "ui/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace sagashop::ui {

namespace {
const QString kSettingsKey = u"ui/language"_s;
}

Language::Language(QObject *parent) : QObject(parent)
{
    QString initial = QSettings().value(kSettingsKey).toString();
    if (initial != u"ko"_s && initial != u"en"_s)
        initial = QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
    install(initial);
}

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void Language::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    if (language != u"ko"_s && language != u"en"_s) {
        qWarning().noquote() << "unsupported UI language" << language << "(ko or en)";
        return;
    }
    install(language);
    QSettings().setValue(kSettingsKey, language);
    for (QQmlEngine *engine : std::as_const(m_engines))
        engine->retranslate();
    Q_EMIT languageChanged();
}

void Language::addEngine(QQmlEngine *engine)
{
    if (engine && !m_engines.contains(engine))
        m_engines.append(engine);
}

void Language::removeEngine(QQmlEngine *engine)
{
    m_engines.removeAll(engine);
}

void Language::install(const QString &language)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // The source strings are English; Korean comes from :/i18n/sagashop_ko.qm. The English
    // catalogue carries the few strings whose English form differs from the source text.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/sagashop_%1.qm"_s.arg(language))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        qWarning().noquote() << "no translation catalogue for" << language;
    }
    m_language = language;
}

} // namespace sagashop::ui
