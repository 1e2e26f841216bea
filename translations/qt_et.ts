<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>German: OK</translatorcomment>
        <translation>Sobib</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>German: OK</translatorcomment>
        <translation>Sobib</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>German: &amp;Nein</translatorcomment>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>German: &amp;Ja</translatorcomment>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>German: Hilfe</translatorcomment>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>German: Öffnen</translatorcomment>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>German: Speichern</translatorcomment>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>German: Abbrechen</translatorcomment>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>German: Anwenden</translatorcomment>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>German: Schließen</translatorcomment>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>German: Zurücksetzen</translatorcomment>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>German: Wiederholen</translatorcomment>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>German: Voreinstellungen</translatorcomment>
        <translation>Taasta vaikeväärtused</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>German: Abbrechen</translatorcomment>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>German: Ignorieren</translatorcomment>
        <translation>Eira</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>German: N&amp;ein, keine</translatorcomment>
        <translation>Ei kõi&amp;gile</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>German: Alles speichern</translatorcomment>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>German: Verwerfen</translatorcomment>
        <translation>Hülga</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>German: Ja, &amp;alle</translatorcomment>
        <translation>Jah &amp;kõigile</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translatorcomment>German: &amp;OK</translatorcomment>
        <translation>&amp;Sobib</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translatorcomment>German: Fataler Fehler:</translatorcomment>
        <translation>Saatuslik viga:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translatorcomment>German: Diese Meldung wieder an&amp;zeigen</translatorcomment>
        <translation>&amp;Näita seda teadet uuesti</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translatorcomment>German: Kritischer Fehler:</translatorcomment>
        <translation>Kriitiline viga:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translatorcomment>German: Information:</translatorcomment>
        <translation>Teave:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translatorcomment>German: Debug-Ausgabe:</translatorcomment>
        <translation>Silumisteade:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translatorcomment>German: Warnung:</translatorcomment>
        <translation>Hoiatus:</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translatorcomment>German: Anfang</translatorcomment>
        <translation>Ülaserv</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translatorcomment>German: Nach unten scrollen</translatorcomment>
        <translation>Keri alla</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translatorcomment>German: Hierher scrollen</translatorcomment>
        <translation>Keri siia</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translatorcomment>German: Nach links scrollen</translatorcomment>
        <translation>Keri vasakule</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translatorcomment>German: Ende</translatorcomment>
        <translation>Alaserv</translation>
    </message>
    <message>
        <source>Page up</source>
        <translatorcomment>German: Eine Seite nach oben</translatorcomment>
        <translation>Lehekülg üles</translation>
    </message>
    <message>
        <source>Page right</source>
        <translatorcomment>German: Eine Seite nach rechts</translatorcomment>
        <translation>Lehekülg paremale</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translatorcomment>German: Nach oben scrollen</translatorcomment>
        <translation>Keri üles</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translatorcomment>German: Nach rechts scrollen</translatorcomment>
        <translation>Keri paremale</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translatorcomment>German: Linker Rand</translatorcomment>
        <translation>Vasak serv</translation>
    </message>
    <message>
        <source>Page down</source>
        <translatorcomment>German: Eine Seite nach unten</translatorcomment>
        <translation>Lehekülg alla</translation>
    </message>
    <message>
        <source>Page left</source>
        <translatorcomment>German: Eine Seite nach links</translatorcomment>
        <translation>Lehekülg vasakule</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translatorcomment>German: Rechter Rand</translatorcomment>
        <translation>Parem serv</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translatorcomment>German: Zurück</translatorcomment>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>German: Öffnen</translatorcomment>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>German: &amp;Öffnen</translatorcomment>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>German: S&amp;peichern</translatorcomment>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>Files</source>
        <translatorcomment>German: Dateien</translatorcomment>
        <translation>Failid</translation>
    </message>
    <message>
        <source>Show </source>
        <translatorcomment>German: Anzeigen</translatorcomment>
        <translation>Näita </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>German: &apos;%1&apos; ist schreibgeschützt.
Möchten Sie die Datei trotzdem löschen?</translatorcomment>
        <translation>„%1“ on kirjutuskaitstud.
Kas soovite selle siiski kustutada?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>German: Sind Sie sicher, dass Sie &apos;%1&apos; löschen möchten?</translatorcomment>
        <translation>Kas soovite kindlasti „%1“ kustutada?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translatorcomment>German: Liste der Orte und Lesezeichen</translatorcomment>
        <translation>Asukohtade ja järjehoidjate loend</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>German: Datei&amp;name:</translatorcomment>
        <translation>Faili &amp;nimi:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translatorcomment>German: Alt+Left</translatorcomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translatorcomment>German: Alt+Up</translatorcomment>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>German: Löschen</translatorcomment>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>German: Neues Verzeichnis</translatorcomment>
        <translation>Uus kaust</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>German: Übergeordnetes Verzeichnis</translatorcomment>
        <translation>Ülemkataloog</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translatorcomment>German: &amp;Neues Verzeichnis</translatorcomment>
        <translation>&amp;Uus kaust</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>German: Löschen</translatorcomment>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translatorcomment>German: Suchen in:</translatorcomment>
        <translation>Asukoht:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translatorcomment>German: Alt+Right</translatorcomment>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translatorcomment>German: Neuen Ordner erstellen</translatorcomment>
        <translation>Loo uus kaust</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>German: Dateien des Typs:</translatorcomment>
        <translation>Failitüüp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translatorcomment>German: Verzeichnis suchen</translatorcomment>
        <translation>Kataloogi otsimine</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translatorcomment>German: &amp;Versteckte Dateien anzeigen</translatorcomment>
        <translation>Näita &amp;peidetud faile</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>German: Speichern unter</translatorcomment>
        <translation>Salvesta kui</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>German: %1
Das Verzeichnis konnte nicht gefunden werden.
Stellen Sie sicher, dass der Verzeichnisname richtig ist.</translatorcomment>
        <translation>%1
Kataloogi ei leitud.
Palun kontrollige, kas kataloogi nimi on õige.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translatorcomment>German: Seitenleiste</translatorcomment>
        <translation>Külgriba</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>German: Liste</translatorcomment>
        <translation>Loend</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translatorcomment>German: &amp;Auswählen</translatorcomment>
        <translation>&amp;Vali</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>German: &amp;Löschen</translatorcomment>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>German: Alle Dateien (*)</translatorcomment>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>German: Alle Dateien (*)</translatorcomment>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translatorcomment>German: Verzeichnisse</translatorcomment>
        <translation>Kataloogid</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translatorcomment>German: &amp;Umbenennen</translatorcomment>
        <translation>&amp;Nimeta ümber</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translatorcomment>German: Das Verzeichnis konnte nicht gelöscht werden.</translatorcomment>
        <translation>Kataloogi kustutamine nurjus.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>German: Verzeichnis:</translatorcomment>
        <translation>Kataloog:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>German: Die Datei %1 existiert bereits.
Soll sie überschrieben werden?</translatorcomment>
        <translation>%1 on juba olemas.
Kas soovite selle asendada?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>German: Vorwärts</translatorcomment>
        <translation>Edasi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translatorcomment>German: Vor</translatorcomment>
        <translation>Mine edasi</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translatorcomment>German: Gehe zum übergeordneten Verzeichnis</translatorcomment>
        <translation>Mine ülemkataloogi</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translatorcomment>German: Zuletzt besucht</translatorcomment>
        <translation>Viimati külastatud</translation>
    </message>
    <message>
        <source>Go back</source>
        <translatorcomment>German: Zurück</translatorcomment>
        <translation>Mine tagasi</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translatorcomment>German: Wechsle zu Detailansicht</translatorcomment>
        <translation>Lülitu üksikasjade vaatele</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>German: Neuen Ordner erstellen</translatorcomment>
        <translation>Loo uus kaust</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>German: Details</translatorcomment>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>German: %1
Die Datei konnte nicht gefunden werden.
Stellen Sie sicher, dass der Dateiname richtig ist.</translatorcomment>
        <translation>%1
Faili ei leitud.
Palun kontrollige, kas faili nimi on õige.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translatorcomment>German: Wechsle zu Listenansicht</translatorcomment>
        <translation>Lülitu loendivaatele</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>German: &amp;Ausschneiden</translatorcomment>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>German: &amp;Kopieren</translatorcomment>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>German: Wieder&amp;herstellen</translatorcomment>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>German: &amp;Rückgängig</translatorcomment>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>German: Einf&amp;ügen</translatorcomment>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>German: Löschen</translatorcomment>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>German: Alles auswählen</translatorcomment>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>German: &amp;Ausschneiden</translatorcomment>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>German: &amp;Kopieren</translatorcomment>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>German: Wieder&amp;herstellen</translatorcomment>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>German: &amp;Rückgängig</translatorcomment>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>German: Einf&amp;ügen</translatorcomment>
        <translation>&amp;Aseta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>German: Löschen</translatorcomment>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>German: Alles auswählen</translatorcomment>
        <translation>Vali kõik</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>German: &amp;Link-Adresse kopieren</translatorcomment>
        <translation>Kopeeri lin&amp;gi aadress</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>German: Art</translatorcomment>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>German: Name</translatorcomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>German: Größe</translatorcomment>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>German: Typ</translatorcomment>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>German: Mein Computer</translatorcomment>
        <translation>Minu arvuti</translation>
    </message>
    <message>
        <source>Computer</source>
        <translatorcomment>German: Computer</translatorcomment>
        <translation>Arvuti</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translatorcomment>German: Änderungsdatum</translatorcomment>
        <translation>Muutmise aeg</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>True</source>
        <translatorcomment>German: Wahr</translatorcomment>
        <translation>Tõene</translation>
    </message>
    <message>
        <source>False</source>
        <translatorcomment>German: Falsch</translatorcomment>
        <translation>Väär</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translatorcomment>German: Öffnet das Auswahlfenster der Combobox</translatorcomment>
        <translation>Ava liitkasti valikute hüpikaken</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>German: Details einblenden...</translatorcomment>
        <translation>Näita üksikasju...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>German: Über Qt</translatorcomment>
        <translation>Qt teave</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>German: Details ausblenden...</translatorcomment>
        <translation>Peida üksikasjad...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translatorcomment>German: &lt;h3&gt;Über Qt&lt;/h3&gt;&lt;p&gt;Dieses Programm verwendet Qt Version %1.&lt;/p&gt;</translatorcomment>
        <translation>&lt;h3&gt;Qt teave&lt;/h3&gt;&lt;p&gt;See programm kasutab Qt versiooni %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translatorcomment>German: &lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</translatorcomment>
        <translation>&lt;p&gt;Qt on C++ tööriistakomplekt platvormiüleste rakenduste arendamiseks.&lt;/p&gt;&lt;p&gt;Qt võimaldab sama lähtekoodi kasutada kõigis levinud lauaarvutite operatsioonisüsteemides. Qt on saadaval ka manus-Linuxi ning teiste manus- ja mobiilsete operatsioonisüsteemide jaoks.&lt;/p&gt;&lt;p&gt;Qt on saadaval mitme litsentsivalikuga, mis on loodud meie erinevate kasutajate vajadusi silmas pidades.&lt;/p&gt;&lt;p&gt;Meie kommertslitsentsilepingu alusel litsentsitud Qt sobib suletud/kommertstarkvara arendamiseks, kui te ei soovi lähtekoodi kolmandate osapooltega jagada või ei saa muul põhjusel järgida GNU (L)GPL tingimusi.&lt;/p&gt;&lt;p&gt;GNU (L)GPL alusel litsentsitud Qt sobib Qt&amp;nbsp;rakenduste arendamiseks, kui suudate järgida vastavate litsentside tingimusi.&lt;/p&gt;&lt;p&gt;Qt litsentsimise ülevaate leiate aadressilt &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Autoriõigus (C) %1 The Qt Company Ltd ja teised kaasautorid.&lt;/p&gt;&lt;p&gt;Qt ja Qt logo on ettevõtte The Qt Company Ltd kaubamärgid.&lt;/p&gt;&lt;p&gt;Qt on ettevõtte The Qt Company Ltd toode, mida arendatakse avatud lähtekoodiga projektina. Lisateavet leiate aadressilt &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translatorcomment>German: &amp;Dekrementieren</translatorcomment>
        <translation>Vähen&amp;da</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translatorcomment>German: &amp;Inkrementieren</translatorcomment>
        <translation>&amp;Suurenda</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translatorcomment>German: &amp;Alles auswählen</translatorcomment>
        <translation>Vali kõ&amp;ik</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>German: Geben Sie einen Wert ein:</translatorcomment>
        <translation>Sisestage väärtus:</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translatorcomment>German: Nach links scrollen</translatorcomment>
        <translation>Keri vasakule</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translatorcomment>German: Nach rechts scrollen</translatorcomment>
        <translation>Keri paremale</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>German: Abbrechen</translatorcomment>
        <translation>Loobu</translation>
    </message>
</context>
</TS>
