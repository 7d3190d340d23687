# The demo as the admin client shows it: DemoController over a real Shop and DemoRun (label
# demo), and the Faults page's demo card and the automatic sign-in in real windows.
sagashop_add_test(tst_democontroller SOURCES demo/tst_democontroller.cpp demo/DemoScenario.h
                  LABELS "ui;demo" LIBS sagashop_uitestsupport)
sagashop_add_test(tst_demoadmin SOURCES demo/tst_demoadmin.cpp demo/DemoScenario.h
                  LABELS "ui;demo;admin;qml" LIBS sagashop_storefronttest TIMEOUT 300)
