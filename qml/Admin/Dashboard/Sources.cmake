# The admin dashboard page and its pure components (tiles, books balance, best sellers).
list(APPEND SAGASHOP_QML_FILES
    Admin/Dashboard/DashboardCard.qml
    Admin/Dashboard/DashboardTile.qml
    Admin/Dashboard/BooksBalanceIndicator.qml
    Admin/Dashboard/PopularProductList.qml
    Admin/Dashboard/DashboardPage.qml)
