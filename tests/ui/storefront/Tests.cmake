# The whole storefront window offscreen over the real backend.
sagashop_add_test(tst_storefront SOURCES storefront/tst_storefront.cpp LABELS ui qml
                  LIBS sagashop_storefronttest TIMEOUT 300)
