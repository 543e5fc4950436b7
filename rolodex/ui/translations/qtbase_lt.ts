<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<!-- Qt's own strings that Rolodex users see (standard buttons, the file and print dialogs, the
     text fields' context menu), for a language PySide6 ships no current qtbase translation of.
     Written by hand (lupdate does not touch this file); update_translations.py compiles it. -->
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Diskas</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinomas</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Aplankas nerastas.
Patikrinkite, ar teisingai nurodėte aplanko vardą.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Failas nerastas.
Patikrinkite, ar teisingai nurodėte failo vardą.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 failas</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jau yra.
Ar norite jį pakeisti?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pasirinkti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ša&amp;linti</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Naujas aplankas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atverti</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Pe&amp;rvadinti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Iš&amp;saugoti</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ apsaugotas nuo rašymo.
Vis tiek pašalinti?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ar tikrai norite pašalinti „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Perjungti į išsamų rodinį</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Perjungti į sąrašo rodinį</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nepavyko pašalinti aplanko.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Sukurti naują aplanką</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Sukurti naują aplanką</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Išsamus rodinys</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Aplankai</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Diskas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Failo &amp;vardas:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Failų aplankas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Failų tipas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Rasti aplanką</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pirmyn</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Grįžti atgal</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Eiti pirmyn</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Eiti į aukštesnį aplanką</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Sąrašo rodinys</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Vietos ir žymelės</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mano kompiuteris</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Naujas aplankas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Aukštesnis aplankas</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Paskiausios vietos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Įrašyti kaip</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Rodyti </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Rodyti pa&amp;slėptus failus</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Šoninis skydelis</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinomas</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Vi&amp;eta:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Failų &amp;tipas:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompiuteris</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Keitimo data</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Netinkamas failo vardas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mano kompiuteris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Vardo „%1“ naudoti negalima.&lt;/b&gt;&lt;p&gt;Pabandykite kitą vardą – trumpesnį arba be skyrybos ženklų.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Iš&amp;saugoti</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Užverti</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Užverti neišsaugojus</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Įveskite reikšmę:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Rodyti išsamiau…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Slėpti išsamią informaciją…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Išsaugoti viską</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Spausdinimas</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Spausdinti</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Parinktys &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Parinktys &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Visi puslapiai</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Nelyginiai puslapiai</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Lyginiai puslapiai</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Spausdinti į failą (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Spausdinti į failą…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Vietinis failas</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Įrašyti PDF failą</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 jau yra.
Ar norite jį perrašyti?</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Reikšmė „Nuo“ negali būti didesnė už reikšmę „Iki“.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Sa&amp;vybės</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Išvesties &amp;failas:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Šalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopijuoti &amp;saito adresą</translation>
    </message>
</context>
</TS>
