# The admin client end to end: the real admin window offscreen over the real backend.
sagashop_add_test(tst_adminclient SOURCES admin/client/tst_adminclient.cpp LABELS "ui;admin;qml"
                  LIBS sagashop_storefronttest TIMEOUT 300)
