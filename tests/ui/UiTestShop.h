#pragma once

#include "common/TestSupport.h"
#include "shop/Shop.h"
#include "ui/Backend.h"

#include <memory>

namespace sagashop::test {

/// The real backend for view-model tests: a started Shop on a fresh temporary data
/// directory (the built-in catalogue, demo users 1–5, seed coupons) and the ui::Backend the
/// models take. Stops the Shop before the Backend goes, as the app does.
class UiTestShop
{
public:
    UiTestShop();
    ~UiTestShop();

    shop::Shop &shop() { return *m_shop; }
    ui::Backend &backend() { return *m_backend; }
    QString dataDir() const { return m_dir.path(); }

    /// Charges `amount` won to `userId` and waits for it (fails the test on error).
    void charge(qint64 userId, qint64 amount);

private:
    TempDataDir m_dir;
    std::unique_ptr<shop::Shop> m_shop;
    std::unique_ptr<ui::Backend> m_backend;
};

} // namespace sagashop::test
