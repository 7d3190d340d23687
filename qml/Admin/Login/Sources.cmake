# The admin client's login: the page (binds an AdminSession) and its pure view, the form.
list(APPEND SAGASHOP_QML_FILES
    Admin/Login/LoginForm.qml
    Admin/Login/LoginPage.qml)
