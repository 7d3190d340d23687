# The shopper: who is at the keyboard, their balance and charging it; the user list.
list(APPEND SAGASHOP_UI_SOURCES
    session/ChargeValidator.h session/ChargeValidator.cpp
    session/Session.h session/Session.cpp
    session/UserModel.h session/UserModel.cpp)
