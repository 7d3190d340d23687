# Coupons: the ones to claim (first come, first served) and the ones the shopper holds.
list(APPEND SAGASHOP_UI_SOURCES
    coupons/CouponText.h coupons/CouponText.cpp
    coupons/CouponModel.h coupons/CouponModel.cpp
    coupons/MyCouponModel.h coupons/MyCouponModel.cpp)
