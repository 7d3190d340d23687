# Dead letters: the page and its pure components (tested in tests/qml).
list(APPEND SAGASHOP_QML_FILES
    Admin/DeadLetters/DeadLetterRow.qml
    Admin/DeadLetters/DeadLetterGroupCard.qml
    Admin/DeadLetters/DeadLetterDiscardDialog.qml
    Admin/DeadLetters/DeadLettersPage.qml)
