#include "StorefrontHarness.h"

#include "ui/QmlSingletons.h"

#include <QQuickStyle>
#include <QSettings>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(SagaShop_UiPlugin)
Q_IMPORT_QML_PLUGIN(SagaShopPlugin)

using namespace Qt::StringLiterals;

namespace sagashop::test {

namespace {

bool matches(const QString &objectName, const QString &name)
{
    if (name.endsWith(u'*'))
        return objectName.startsWith(QStringView(name).chopped(1));
    return objectName == name;
}

bool reallyVisible(const QQuickItem *item)
{
    return item && item->isVisible() && item->opacity() > 0 && item->window();
}

void collect(QQuickItem *root, const QString &name, QList<QQuickItem *> &found, bool firstOnly)
{
    if (!root || !root->isVisible())
        return;
    if (matches(root->objectName(), name) && reallyVisible(root)) {
        found.append(root);
        if (firstOnly)
            return;
    }
    for (QQuickItem *child : root->childItems()) {
        collect(child, name, found, firstOnly);
        if (firstOnly && !found.isEmpty())
            return;
    }
}

} // namespace

StorefrontHarness::StorefrontHarness(const QString &language, QSize size, const QString &windowUrl)
{
    QSettings().clear(); // test mode (UiTestShop): a fresh shopper, cart and language each time
    m_language.setLanguage(language);
    ui::BackendSingleton::provide(&m_shop.backend());
    ui::LanguageSingleton::provide(&m_language);
    if (QQuickStyle::name() != u"Material"_s)
        QQuickStyle::setStyle(u"Material"_s); // once per process, before the first QML load
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s);
    m_language.addEngine(m_engine.get());
    m_engine->load(QUrl(windowUrl));
    if (m_engine->rootObjects().isEmpty())
        return;
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    if (!m_window)
        return;
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window))
        m_window = nullptr;
}

StorefrontHarness::~StorefrontHarness()
{
    m_language.removeEngine(m_engine.get());
    m_engine.reset();
}

QQuickItem *StorefrontHarness::item(const QString &name) const
{
    if (!m_window)
        return nullptr;
    QList<QQuickItem *> found;
    collect(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(),
            name, found, true);
    return found.isEmpty() ? nullptr : found.first();
}

QList<QQuickItem *> StorefrontHarness::items(const QString &prefix) const
{
    QList<QQuickItem *> found;
    if (m_window)
        collect(m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem(),
                prefix.endsWith(u'*') ? prefix : prefix + u'*', found, false);
    return found;
}

QQuickItem *StorefrontHarness::child(QQuickItem *parent, const QString &name)
{
    QList<QQuickItem *> found;
    collect(parent, name, found, true);
    return found.isEmpty() ? nullptr : found.first();
}

bool StorefrontHarness::click(QQuickItem *item)
{
    if (!reallyVisible(item) || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    if (!QRectF(QPointF(0, 0), m_window->size()).contains(centre))
        return false;
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

bool StorefrontHarness::clickWhenReady(const QString &name, int timeoutMs)
{
    return QTest::qWaitFor([&] { return click(item(name)); }, timeoutMs);
}

void StorefrontHarness::type(QQuickItem *item, const QString &text, bool submit)
{
    if (!item)
        return;
    item->forceActiveFocus();
    // QTest::keyClicks() exists for widgets only; one key at a time for a QWindow.
    for (const QChar c : text)
        QTest::keyClick(m_window, c.toLatin1());
    if (submit)
        QTest::keyClick(m_window, Qt::Key_Return);
}

QString StorefrontHarness::text(const QQuickItem *item)
{
    return item ? item->property("text").toString() : QString();
}

bool StorefrontHarness::popupOpen(const QString &name) const
{
    const QObject *popup = m_window ? m_window->findChild<QObject *>(name) : nullptr;
    return popup && popup->property("visible").toBool();
}

QString StorefrontHarness::allText(const QQuickItem *item)
{
    if (!item || !item->isVisible())
        return {};
    QStringList parts;
    if (const QString own = text(item); !own.isEmpty())
        parts.append(own);
    for (const QQuickItem *child : item->childItems()) {
        if (const QString inner = allText(child); !inner.isEmpty())
            parts.append(inner);
    }
    return parts.join(u' ');
}

bool StorefrontHarness::saveScreenshot(const QString &path)
{
    if (!m_window)
        return false;
    QTest::qWait(0); // let pending bindings and polish run once more
    return m_window->grabWindow().save(path);
}

} // namespace sagashop::test
