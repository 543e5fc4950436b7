<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="295"/>
        <source>Moved %n contact(s) to the Trash. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Moved %n contact to the Trash. Ctrl+Z undoes this.</numerusform>
            <numerusform>Moved %n contacts to the Trash. Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="425"/>
        <source>%n contact(s) match “{query}”</source>
        <translation>
            <numerusform>%n contact matches “{query}”</numerusform>
            <numerusform>%n contacts match “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="429"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>%n contact in the Trash</numerusform>
            <numerusform>%n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="431"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <location filename="../tag_model.py" line="50"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message numerus="yes">
        <location filename="../trash_view.py" line="38"/>
        <source>%n contact(s) in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</source>
        <translation>
            <numerusform>%n contact in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</numerusform>
            <numerusform>%n contacts in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../undo.py" line="32"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../undo.py" line="50"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
