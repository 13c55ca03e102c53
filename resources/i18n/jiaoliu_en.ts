<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EntryEditor</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/entry_editor.py" line="144"/>
        <source>This term has %n senses. A meaning you change here becomes its slang sense&apos;s meaning.</source>
        <translation>
            <numerusform>This term has %n sense. A meaning you change here becomes its slang sense&apos;s meaning.</numerusform>
            <numerusform>This term has %n senses. A meaning you change here becomes its slang sense&apos;s meaning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/entry_editor.py" line="150"/>
        <source>This term has %n senses; each keeps its own meaning (edit them through a CSV export and import). The meaning here is their overview.</source>
        <translation>
            <numerusform>This term has %n sense; each keeps its own meaning (edit them through a CSV export and import). The meaning here is their overview.</numerusform>
            <numerusform>This term has %n senses; each keeps its own meaning (edit them through a CSV export and import). The meaning here is their overview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="292"/>
        <source>Delete %n entries</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="293"/>
        <source>Deleted %n entries. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n entry. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n entries. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="297"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="298"/>
        <source>{shown} of %Ln entries</source>
        <translation>
            <numerusform>{shown} of %Ln entry</numerusform>
            <numerusform>{shown} of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/glossary.py" line="518"/>
        <source>Exported %n entries to {file}.</source>
        <translation>
            <numerusform>Exported %n entry to {file}.</numerusform>
            <numerusform>Exported %n entries to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhrasebookView</name>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="182"/>
        <source>%Ln phrases</source>
        <translation>
            <numerusform>%Ln phrase</numerusform>
            <numerusform>%Ln phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="183"/>
        <source>{shown} of %Ln phrases</source>
        <translation>
            <numerusform>{shown} of %Ln phrase</numerusform>
            <numerusform>{shown} of %Ln phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="377"/>
        <source>Delete %n phrases</source>
        <translation>
            <numerusform>Delete %n phrase</numerusform>
            <numerusform>Delete %n phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="387"/>
        <source>Deleted %n phrases. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Deleted %n phrase. Undo with Ctrl+Z.</numerusform>
            <numerusform>Deleted %n phrases. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="406"/>
        <source>Tag for the %n selected phrases:</source>
        <translation>
            <numerusform>Tag for the %n selected phrase:</numerusform>
            <numerusform>Tag for the %n selected phrases:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/views/phrasebook.py" line="453"/>
        <source>Exported %n phrases to {file}.</source>
        <translation>
            <numerusform>Exported %n phrase to {file}.</numerusform>
            <numerusform>Exported %n phrases to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="158"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="159"/>
        <source>%n corrections</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/session_editor.py" line="160"/>
        <source>%n phrases saved</source>
        <translation>
            <numerusform>%n phrase saved</numerusform>
            <numerusform>%n phrases saved</numerusform>
        </translation>
    </message>
</context>
</TS>
