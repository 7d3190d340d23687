# The admin client's login: first-run setup of the administrator and sign-in with lockout.
list(APPEND SAGASHOP_UI_SOURCES
    admin/login/AdminSession.h admin/login/AdminSession.cpp)
