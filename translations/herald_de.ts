<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppOptions</name>
    <message>
        <source>Send approved WhatsApp template messages and watch them arrive.</source>
        <translation>Genehmigte WhatsApp-Vorlagennachrichten senden und ihre Zustellung verfolgen.</translation>
    </message>
    <message>
        <source>Run against the built-in provider sandbox, with a ready profile. Nothing leaves this computer.</source>
        <translation>Mit der integrierten Anbieter-Sandbox und einem fertigen Profil ausführen. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>How fast sandbox messages progress (1 = realistic, 10 = ten times faster).</source>
        <translation>Wie schnell Sandbox-Nachrichten fortschreiten (1 = realistisch, 10 = zehnmal schneller).</translation>
    </message>
    <message>
        <source>Keep the database, settings and logs in &lt;dir&gt;.</source>
        <translation>Datenbank, Einstellungen und Protokolle in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code, e.g. EE (default: from the system locale).</source>
        <translation>Land für Nummern ohne Ländervorwahl, z. B. EE (Standard: aus dem Gebietsschema des Systems).</translation>
    </message>
    <message>
        <source>Print on standard error how many milliseconds the window took to first paint and the message history to load, then quit (for benchmarks).</source>
        <translation>Auf der Standardfehlerausgabe ausgeben, wie viele Millisekunden das erste Zeichnen des Fensters und das Laden des Nachrichtenverlaufs gedauert haben, dann beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>Start Compose with the profile called &lt;name&gt;. Herald says which profiles there are when none has that name.</source>
        <translation>„Verfassen“ mit dem Profil namens &lt;name&gt; starten. Gibt es kein Profil mit diesem Namen, nennt Herald die vorhandenen Profile.</translation>
    </message>
    <message>
        <source>--sandbox-speed needs a positive number.</source>
        <translation>--sandbox-speed erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”, and no profile yet: add one under Profiles (or run with --sandbox to use the sandbox&apos;s).</source>
        <translation>--profile: Es gibt kein Profil namens „%1“ und noch überhaupt kein Profil: Legen Sie unter „Profile“ eines an (oder starten Sie mit --sandbox, um das Profil der Sandbox zu verwenden).</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”. Profiles: %2.</source>
        <translation>--profile: Es gibt kein Profil namens „%1“. Profile: %2.</translation>
    </message>
    <message>
        <source>Share of sandbox answers, 0 to 1, that are hostile: markup, wrong types, invalid text, deep nesting, oversized bodies (for trying Herald&apos;s defences).</source>
        <translation>Anteil der Sandbox-Antworten (0 bis 1), die feindselig sind: Markup, falsche Typen, ungültiger Text, tiefe Verschachtelung, übergroße Inhalte (um die Abwehr von Herald zu erproben).</translation>
    </message>
    <message>
        <source>--sandbox-hostile needs a number from 0 to 1.</source>
        <translation>--sandbox-hostile erwartet eine Zahl von 0 bis 1.</translation>
    </message>
</context>
<context>
    <name>Bird</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer has no message id.</source>
        <translation>Die Antwort enthält keine Nachrichten-ID.</translation>
    </message>
    <message>
        <source>The answer has no status.</source>
        <translation>Die Antwort enthält keinen Status.</translation>
    </message>
    <message>
        <source>The step “%1” reported code %2.</source>
        <translation>Der Schritt „%1“ hat den Code %2 gemeldet.</translation>
    </message>
    <message>
        <source>It failed at the step “%1”.</source>
        <translation>Fehlgeschlagen beim Schritt „%1“.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The answer has no serviceWindowExpireAt.</source>
        <translation>Die Antwort enthält kein serviceWindowExpireAt.</translation>
    </message>
    <message>
        <source>The window&apos;s expiry time cannot be read.</source>
        <translation>Der Ablaufzeitpunkt des Kundenservice-Fensters kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Bird&apos;s Channels API documents no way to cancel a scheduled message, so it will still be sent</source>
        <translation>Die Channels API von Bird dokumentiert keine Möglichkeit, eine geplante Nachricht abzubrechen; sie wird daher trotzdem gesendet</translation>
    </message>
    <message>
        <source>The server at this base URL answered, but not as Bird&apos;s Channels API does</source>
        <translation>Der Server unter dieser Basis-URL hat geantwortet, aber nicht so wie die Channels API von Bird</translation>
    </message>
    <message>
        <source>Bird&apos;s Channels API has no list of WhatsApp templates, so Herald cannot sync Bird templates: enter them by hand with their Studio project ID.</source>
        <translation>Die Channels API von Bird bietet keine Liste der WhatsApp-Vorlagen, daher kann Herald Bird-Vorlagen nicht synchronisieren: Geben Sie sie von Hand mit ihrer Studio-Projekt-ID ein.</translation>
    </message>
</context>
<context>
    <name>BirdStatus</name>
    <message>
        <source>Bird accepted the message for processing.</source>
        <translation>Bird hat die Nachricht zur Verarbeitung angenommen.</translation>
    </message>
    <message>
        <source>Bird is processing the message.</source>
        <translation>Bird verarbeitet die Nachricht.</translation>
    </message>
    <message>
        <source>Bird holds the message until its scheduled time.</source>
        <translation>Bird hält die Nachricht bis zum geplanten Zeitpunkt zurück.</translation>
    </message>
    <message>
        <source>Bird handed the message to WhatsApp.</source>
        <translation>Bird hat die Nachricht an WhatsApp übergeben.</translation>
    </message>
    <message>
        <source>WhatsApp delivered the message to the recipient.</source>
        <translation>WhatsApp hat die Nachricht dem Empfänger zugestellt.</translation>
    </message>
    <message>
        <source>Bird could not hand the message to WhatsApp.</source>
        <translation>Bird konnte die Nachricht nicht an WhatsApp übergeben.</translation>
    </message>
    <message>
        <source>WhatsApp took the message but could not deliver it to the recipient.</source>
        <translation>WhatsApp hat die Nachricht angenommen, konnte sie dem Empfänger aber nicht zustellen.</translation>
    </message>
    <message>
        <source>Bird rejected the message; it was not sent.</source>
        <translation>Bird hat die Nachricht abgelehnt; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Bird skipped the message; it was not sent.</source>
        <translation>Bird hat die Nachricht übersprungen; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>Die Nachricht wurde vor dem Senden gelöscht.</translation>
    </message>
    <message>
        <source>Bird reported no status.</source>
        <translation>Bird hat keinen Status gemeldet.</translation>
    </message>
    <message>
        <source>Bird reported the status “%1”, which is not documented.</source>
        <translation>Bird hat den nicht dokumentierten Status „%1“ gemeldet.</translation>
    </message>
    <message>
        <source>%1 Bird&apos;s reason: %2</source>
        <translation>%1 Grund laut Bird: %2</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Scheduled (held by Herald)</source>
        <translation>Geplant (von Herald zurückgehalten)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Repeated number</source>
        <translation>Doppelte Nummer</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Value problem</source>
        <translation>Problem mit Werten</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Die Zelle für die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>The number cannot be read.</source>
        <translation>Die Nummer ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The same number as row %1, which is sent to.</source>
        <translation>Dieselbe Nummer wie in Zeile %1, an die gesendet wird.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list.</source>
        <translation>%1 steht auf der Opt-out-Liste.</translation>
    </message>
</context>
<context>
    <name>CampaignChart</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed or expired</source>
        <translation>Fehlgeschlagen oder abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Review and send to a list</source>
        <translation>Prüfen und an eine Liste senden</translation>
    </message>
    <message>
        <source>Rendering every recipient&apos;s message and checking each one. Nothing is sent.</source>
        <translation>Die Nachricht jedes Empfängers wird erstellt und geprüft. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Dry run in progress</source>
        <translation>Probelauf läuft</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>Messages per second. Slower than the provider allows is always safe.</source>
        <translation>Nachrichten pro Sekunde. Langsamer als vom Anbieter erlaubt ist immer sicher.</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Zeilen, die übersprungen werden</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>Send the first recipient&apos;s message to a number of your own, now, to see it on a phone first.</source>
        <translation>Senden Sie die Nachricht des ersten Empfängers jetzt an eine eigene Nummer, um sie vorab auf einem Telefon zu sehen.</translation>
    </message>
    <message>
        <source>Your test number, e.g. +372 5123 4567</source>
        <translation>Ihre Testnummer, z. B. +372 5123 4567</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Testnummer</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Test sen&amp;den</translation>
    </message>
    <message>
        <source>Number of recipients, typed to confirm</source>
        <translation>Anzahl der Empfänger, zur Bestätigung eingeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln s</source>
        <translation>
            <numerusform>etwa %Ln s</numerusform>
            <numerusform>etwa %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <translation>
            <numerusform>etwa %Ln min</numerusform>
            <numerusform>etwa %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h</source>
        <translation>
            <numerusform>etwa %Ln h</numerusform>
            <numerusform>etwa %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>the provider&apos;s pace</source>
        <translation>das Tempo des Anbieters</translation>
    </message>
    <message>
        <source>%1 messages per second</source>
        <translation>%1 Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <translation>
            <numerusform>%Ln unbekannt</numerusform>
            <numerusform>%Ln unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 verbleibend</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number</source>
        <translation>
            <numerusform>%Ln ohne Nummer</numerusform>
            <numerusform>%Ln ohne Nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an invalid number</source>
        <translation>
            <numerusform>%Ln mit ungültiger Nummer</numerusform>
            <numerusform>%Ln mit ungültiger Nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeating an earlier number</source>
        <translation>
            <numerusform>%Ln wiederholt eine frühere Nummer</numerusform>
            <numerusform>%Ln wiederholen eine frühere Nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list</source>
        <translation>
            <numerusform>%Ln auf der Opt-out-Liste</numerusform>
            <numerusform>%Ln auf der Opt-out-Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a value Meta would refuse</source>
        <translation>
            <numerusform>%Ln mit einem Wert, den Meta ablehnen würde</numerusform>
            <numerusform>%Ln mit einem Wert, den Meta ablehnen würde</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Versand abgeschlossen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed ones sent again</source>
        <translation>Fehlgeschlagene erneut gesendet</translation>
    </message>
    <message>
        <source>Unknown ones sent again</source>
        <translation>Unbekannte erneut gesendet</translation>
    </message>
    <message>
        <source>Pace changed</source>
        <translation>Tempo geändert</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
</context>
<context>
    <name>CampaignsWidget</name>
    <message>
        <source>No campaigns yet. To send one template to a list, choose the list in Compose and click “Review and send to list…”.</source>
        <translation>Noch keine Kampagnen. Um eine Vorlage an eine Liste zu senden, wählen Sie die Liste unter „Verfassen“ und klicken Sie auf „Prüfen und an Liste senden…“.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Kampagnendetails</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Kampagnenfortschritt</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>Change how many messages per second this campaign sends; it takes effect at once.</source>
        <translation>Legt fest, wie viele Nachrichten pro Sekunde diese Kampagne sendet; die Änderung gilt sofort.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Send again only the messages that failed</source>
        <translation>Nur die fehlgeschlagenen Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>Resend un&amp;known…</source>
        <translation>&amp;Unbekannte erneut senden…</translation>
    </message>
    <message>
        <source>Send again the messages whose outcome is unknown: they may arrive twice</source>
        <translation>Nachrichten mit unbekanntem Ergebnis erneut senden: Sie kommen möglicherweise doppelt an</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every message of the campaign, retries included, with its state and error, as a CSV file</source>
        <translation>Alle Nachrichten der Kampagne einschließlich erneuter Versuche mit Status und Fehler als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Campaign chart</source>
        <translation>Kampagnendiagramm</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Add a template exactly as Meta approved it</source>
        <translation>Vorlage genau so hinzufügen, wie Meta sie genehmigt hat</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Phone number, e.g. +372 5123 4567 or a local number</source>
        <translation>Telefonnummer, z. B. +372 5123 4567 oder eine lokale Nummer</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Sen&amp;d later, at:</source>
        <translation>Später sen&amp;den, am:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Sendezeitpunkt</translation>
    </message>
    <message>
        <source>Val&amp;id for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>Anbieterstandard</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this long the provider gives up on WhatsApp and tries the next channel</source>
        <translation>Nach dieser Zeit gibt der Anbieter WhatsApp auf und versucht den nächsten Kanal</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;tät:</translation>
    </message>
    <message>
        <source>St&amp;ore text:</source>
        <translation>Text spei&amp;chern:</translation>
    </message>
    <message>
        <source>Send a te&amp;xt message instead of the template</source>
        <translation>Statt der Vorlage eine Te&amp;xtnachricht senden</translation>
    </message>
    <message>
        <source>Only inside WhatsApp&apos;s 24-hour customer-service window</source>
        <translation>Nur innerhalb des 24-Stunden-Kundenservicefensters von WhatsApp</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Your reply to the customer</source>
        <translation>Ihre Antwort an den Kunden</translation>
    </message>
    <message>
        <source>If WhatsApp fails, send a Vi&amp;ber message:</source>
        <translation>Falls WhatsApp fehlschlägt, V&amp;iber-Nachricht senden:</translation>
    </message>
    <message>
        <source>Viber text</source>
        <translation>Viber-Text</translation>
    </message>
    <message>
        <source>The Viber text</source>
        <translation>Der Text für Viber</translation>
    </message>
    <message>
        <source>If that fails too, send an S&amp;MS:</source>
        <translation>Falls auch das fehlschlägt, S&amp;MS senden:</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS-Text</translation>
    </message>
    <message>
        <source>The SMS text</source>
        <translation>Der Text für die SMS</translation>
    </message>
    <message>
        <source>Show re&amp;quest…</source>
        <translation>An&amp;frage anzeigen…</translation>
    </message>
    <message>
        <source>The exact body the provider will receive, with secrets masked</source>
        <translation>Genau der Anfrageinhalt, den der Anbieter erhält, mit maskierten Geheimnissen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Revie&amp;w and send to list…</source>
        <translation>Prüfen und an &amp;Liste senden…</translation>
    </message>
    <message>
        <source>Check every row of the list, test, confirm and send it as a campaign</source>
        <translation>Jede Zeile der Liste prüfen, testen, bestätigen und als Kampagne senden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>Another Herald is using the data folder %1. Switch to that window, or choose another data folder.</source>
        <translation>Ein anderes Herald verwendet den Datenordner %1. Wechseln Sie zu diesem Fenster oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Herald is already running with the data folder %1, as process %2 on this computer. Switch to that window, or choose another data folder.</source>
        <translation>Herald läuft bereits mit dem Datenordner %1, als Prozess %2 auf diesem Computer. Wechseln Sie zu diesem Fenster oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Herald is already running with the data folder %1, as process %2 on the computer “%3”. Close it there, or choose another data folder.</source>
        <translation>Herald läuft bereits mit dem Datenordner %1, als Prozess %2 auf dem Computer „%3“. Schließen Sie es dort oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Herald may not write in the data folder %1. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Herald darf im Datenordner %1 nicht schreiben. Prüfen Sie die Berechtigungen des Ordners oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Herald could not mark the data folder %1 as in use: the disk may be full. Free some space and try again, or choose another data folder.</source>
        <translation>Herald konnte den Datenordner %1 nicht als belegt markieren: Möglicherweise ist der Datenträger voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>Die Datenbankdatei %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Migration %1 fehlt.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Herald (database version %2; this Herald knows versions up to %3). Start the newer Herald, or open a backup this one made.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Herald geschrieben (Datenbankversion %2; dieses Herald kennt Versionen bis %3). Starten Sie das neuere Herald oder öffnen Sie eine Sicherung, die dieses Herald erstellt hat.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2.</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>The backups folder %1 could not be made.</source>
        <translation>Der Sicherungsordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No backup was made: %1 (%2).</source>
        <translation>Es wurde keine Sicherung erstellt: %1 (%2).</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Die Sicherung konnte nicht %1 genannt werden.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2.</source>
        <translation>Die Sicherung %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder; the disk may be full or the folder read-only.</source>
        <translation>Die Sicherung konnte nicht in den Datenordner kopiert werden; möglicherweise ist der Datenträger voll oder der Ordner schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside.</source>
        <translation>Die Datenbank %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1.</source>
        <translation>Die Sicherung konnte nicht an die Stelle von %1 gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Herald cannot open its data</source>
        <translation>Herald kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>What Herald can do</source>
        <translation>Was Herald tun kann</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>Neueste Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open a backup…</source>
        <translation>Sicherung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Choose another data folder…</source>
        <translation>&amp;Anderen Datenordner wählen…</translation>
    </message>
    <message>
        <source>For this session only. To use that folder every time, start Herald with --data-dir and the folder.</source>
        <translation>Nur für diese Sitzung. Um diesen Ordner immer zu verwenden, starten Sie Herald mit --data-dir und dem Ordner.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DeliveryExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryReport</name>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channels tried</source>
        <translation>Versuchte Kanäle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Anbieterstatus</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Scheduled for (UTC)</source>
        <translation>Geplant für (UTC)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Error explained</source>
        <translation>Fehlererklärung</translation>
    </message>
    <message>
        <source>Provider&apos;s words</source>
        <translation>Wortlaut des Anbieters</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>Search number, name, template or error</source>
        <translation>Nummer, Name, Vorlage oder Fehler suchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show only messages in the chosen states</source>
        <translation>Nur Nachrichten in den gewählten Status anzeigen</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only the messages of one campaign</source>
        <translation>Nur die Nachrichten einer Kampagne anzeigen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Show only the messages sent through one profile</source>
        <translation>Nur die über ein Profil gesendeten Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Show only messages whose last update falls in this time</source>
        <translation>Nur Nachrichten anzeigen, deren letzte Aktualisierung in diesen Zeitraum fällt</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Messages per state</source>
        <translation>Nachrichten pro Status</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Wieder alle Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the messages shown, in the order shown, as a CSV file with every column</source>
        <translation>Die angezeigten Nachrichten in der angezeigten Reihenfolge mit allen Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>Retry when the recipient is likely to be reachable, or send with a longer validity.</source>
        <translation>Versuchen Sie es erneut, wenn der Empfänger voraussichtlich erreichbar ist, oder senden Sie mit einer längeren Gültigkeitsdauer.</translation>
    </message>
    <message>
        <source>The provider may or may not have taken the message: check before sending it again.</source>
        <translation>Ob die Nachricht angenommen wurde, ist unklar: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>Herald retries these by itself. If it keeps happening, lower the profile&apos;s pace.</source>
        <translation>Herald versucht es in diesen Fällen selbst erneut. Tritt das wiederholt auf, senken Sie das Tempo des Profils.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL.</source>
        <translation>Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>The phone did not take it: it may be switched off, out of coverage or not on WhatsApp. Check the number with the recipient; a retry later may get through.</source>
        <translation>Das Telefon hat die Nachricht nicht angenommen: Es ist vielleicht ausgeschaltet, ohne Empfang oder nicht bei WhatsApp. Klären Sie die Nummer mit dem Empfänger; ein späterer erneuter Versuch kommt vielleicht durch.</translation>
    </message>
    <message>
        <source>Correct the number: sending to the same number again will fail the same way.</source>
        <translation>Korrigieren Sie die Nummer: Ein erneuter Versand an dieselbe Nummer schlägt auf dieselbe Weise fehl.</translation>
    </message>
    <message>
        <source>Top up the Messente account or check its billing, then retry the message.</source>
        <translation>Laden Sie das Messente-Konto auf oder prüfen Sie dessen Abrechnung; senden Sie die Nachricht dann erneut.</translation>
    </message>
    <message>
        <source>Correct the number: it must be in international format with its country code (E.164).</source>
        <translation>Korrigieren Sie die Nummer: Sie muss im internationalen Format mit Ländervorwahl angegeben sein (E.164).</translation>
    </message>
    <message>
        <source>Wait before sending the same text to this number again.</source>
        <translation>Warten Sie, bevor Sie denselben Text erneut an diese Nummer senden.</translation>
    </message>
    <message>
        <source>Choose a sender Messente allows for this account in the profile, or ask Messente to approve it.</source>
        <translation>Wählen Sie im Profil einen Absender, den Messente für dieses Konto zulässt, oder bitten Sie Messente, ihn zu genehmigen.</translation>
    </message>
    <message>
        <source>Messente does not deliver to this recipient&apos;s operator; ask Messente&apos;s support about it.</source>
        <translation>Messente stellt nicht an den Netzbetreiber dieses Empfängers zu; fragen Sie dazu beim Messente-Support nach.</translation>
    </message>
    <message>
        <source>Check the number; if it is right, ask Messente&apos;s support why it has no route to it.</source>
        <translation>Prüfen Sie die Nummer; ist sie richtig, fragen Sie beim Messente-Support nach, warum es keine Route zu ihr gibt.</translation>
    </message>
    <message>
        <source>Wait: Messente may still deliver it. Retry only if the message ends up failed.</source>
        <translation>Warten Sie: Messente stellt die Nachricht möglicherweise noch zu. Versuchen Sie es nur erneut, wenn die Nachricht am Ende fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Messente does not know this message (error 101, “Not found”).</source>
        <translation>Messente kennt diese Nachricht nicht (Fehler 101, „Not found“).</translation>
    </message>
    <message>
        <source>A scheduled message that has already left can no longer be cancelled. When sending, check the profile&apos;s base URL.</source>
        <translation>Eine geplante Nachricht, die bereits verschickt wurde, kann nicht mehr abgebrochen werden. Prüfen Sie beim Senden die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>Messente refused access (error 102, “Forbidden”).</source>
        <translation>Messente hat den Zugriff verweigert (Fehler 102, „Forbidden“).</translation>
    </message>
    <message>
        <source>Ask Messente whether the account may use this channel and sender.</source>
        <translation>Fragen Sie bei Messente nach, ob das Konto diesen Kanal und diesen Absender verwenden darf.</translation>
    </message>
    <message>
        <source>Messente refused the API username or password (error 103, “Unauthorized”).</source>
        <translation>Messente hat den API-Benutzernamen oder das Passwort abgelehnt (Fehler 103, „Unauthorized“).</translation>
    </message>
    <message>
        <source>Correct them in the profile and test the connection, then send again.</source>
        <translation>Korrigieren Sie die Angaben im Profil und testen Sie die Verbindung; senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Messente had an internal error (error 104).</source>
        <translation>Bei Messente ist ein interner Fehler aufgetreten (Fehler 104).</translation>
    </message>
    <message>
        <source>Messente may or may not have taken the message: check before sending it again. If it keeps happening, tell Messente&apos;s support.</source>
        <translation>Ob die Nachricht angenommen wurde, ist unklar: Prüfen Sie das, bevor Sie sie erneut senden. Tritt das wiederholt auf, informieren Sie den Messente-Support.</translation>
    </message>
    <message>
        <source>Messente found a value in the request invalid (error 105, “Invalid data”).</source>
        <translation>Messente hat einen Wert in der Anfrage als ungültig erkannt (Fehler 105, „Invalid data“).</translation>
    </message>
    <message>
        <source>Messente&apos;s words below name the field: correct it (the number, the sender or a value) and send again.</source>
        <translation>Die Meldung von Messente unten nennt das Feld: Korrigieren Sie es (die Nummer, den Absender oder einen Wert) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Something Messente requires was missing from the request (error 106, “Missing data”).</source>
        <translation>In der Anfrage fehlte eine Angabe, die Messente benötigt (Fehler 106, „Missing data“).</translation>
    </message>
    <message>
        <source>Messente&apos;s words below name the field: fill it in (a template value, say) and send again.</source>
        <translation>Die Meldung von Messente unten nennt das Feld: Füllen Sie es aus (etwa einen Wert der Vorlage) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Messente does not allow this request at this address (error 107, “Method not allowed”).</source>
        <translation>Messente lässt diese Anfrage an dieser Adresse nicht zu (Fehler 107, „Method not allowed“).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL: it should end in /v1.</source>
        <translation>Prüfen Sie die Basis-URL des Profils: Sie sollte auf /v1 enden.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down (HTTP 429); nothing was sent.</source>
        <translation>Der Anbieter hat Herald gebeten, langsamer zu senden (HTTP 429); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The provider had an internal error (HTTP 500).</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten (HTTP 500).</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver the message (131026): the number may not use WhatsApp, the recipient may not have accepted WhatsApp&apos;s current terms, or their app may be too old.</source>
        <translation>WhatsApp konnte die Nachricht nicht zustellen (131026): Die Nummer nutzt vielleicht kein WhatsApp, der Empfänger hat die aktuellen Nutzungsbedingungen von WhatsApp möglicherweise nicht akzeptiert, oder seine App ist zu alt.</translation>
    </message>
    <message>
        <source>Check with the recipient that the number uses WhatsApp; sending to it again usually fails the same way.</source>
        <translation>Klären Sie mit dem Empfänger, ob die Nummer WhatsApp nutzt; ein erneuter Versand an sie schlägt meist auf dieselbe Weise fehl.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the recipient last wrote, so WhatsApp takes only a template (131047).</source>
        <translation>Seit der letzten Nachricht des Empfängers sind mehr als 24 Stunden vergangen, daher nimmt WhatsApp nur eine Vorlage an (131047).</translation>
    </message>
    <message>
        <source>Send an approved template instead of free text.</source>
        <translation>Senden Sie statt freiem Text eine genehmigte Vorlage.</translation>
    </message>
    <message>
        <source>WhatsApp limits what this business number may send, because earlier messages were blocked or reported as spam (131048).</source>
        <translation>WhatsApp schränkt ein, was diese Unternehmensnummer senden darf, weil frühere Nachrichten blockiert oder als Spam gemeldet wurden (131048).</translation>
    </message>
    <message>
        <source>Check the number&apos;s quality rating in WhatsApp Manager, and send less, to people who expect it.</source>
        <translation>Prüfen Sie die Qualitätsbewertung der Nummer im WhatsApp Manager und senden Sie weniger, und zwar an Personen, die die Nachrichten erwarten.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message, to keep the recipient from getting too many (131049).</source>
        <translation>WhatsApp hat diese Marketingnachricht bewusst nicht zugestellt, damit der Empfänger nicht zu viele erhält (131049).</translation>
    </message>
    <message>
        <source>Do not retry at once: wait before sending this recipient marketing again.</source>
        <translation>Nicht sofort erneut versuchen: Warten Sie, bevor Sie diesem Empfänger wieder Marketingnachrichten senden.</translation>
    </message>
    <message>
        <source>WhatsApp refused the message because of a problem with the business&apos;s payment method (131042).</source>
        <translation>WhatsApp hat die Nachricht wegen eines Problems mit der Zahlungsmethode des Unternehmens abgelehnt (131042).</translation>
    </message>
    <message>
        <source>Check the payment settings of the WhatsApp Business Account, then retry.</source>
        <translation>Prüfen Sie die Zahlungseinstellungen des WhatsApp Business Accounts und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account is locked or restricted (131031).</source>
        <translation>Der WhatsApp Business Account ist gesperrt oder eingeschränkt (131031).</translation>
    </message>
    <message>
        <source>Nothing can be sent until it is unlocked: check its status with the provider or in WhatsApp Manager.</source>
        <translation>Bis zur Entsperrung kann nichts gesendet werden: Prüfen Sie den Status des Kontos beim Anbieter oder im WhatsApp Manager.</translation>
    </message>
    <message>
        <source>The recipient&apos;s number is part of a Meta experiment on marketing messages, so it was not sent (130472).</source>
        <translation>Die Nummer des Empfängers ist Teil eines Meta-Experiments zu Marketingnachrichten, daher wurde die Nachricht nicht gesendet (130472).</translation>
    </message>
    <message>
        <source>Nothing to fix: this recipient cannot get marketing messages for now.</source>
        <translation>Nichts zu beheben: Dieser Empfänger kann derzeit keine Marketingnachrichten erhalten.</translation>
    </message>
    <message>
        <source>The business number reached WhatsApp&apos;s limit on messages per second (130429).</source>
        <translation>Die Unternehmensnummer hat das WhatsApp-Limit für Nachrichten pro Sekunde erreicht (130429).</translation>
    </message>
    <message>
        <source>Lower the profile&apos;s pace and retry later.</source>
        <translation>Senken Sie das Tempo des Profils und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>WhatsApp does not know this template in this language, or it is not approved (132001).</source>
        <translation>WhatsApp kennt diese Vorlage in dieser Sprache nicht, oder sie ist nicht genehmigt (132001).</translation>
    </message>
    <message>
        <source>Check the template&apos;s name and language against the provider&apos;s list of templates.</source>
        <translation>Gleichen Sie Name und Sprache der Vorlage mit der Vorlagenliste des Anbieters ab.</translation>
    </message>
    <message>
        <source>The message&apos;s validity ran out before WhatsApp delivered it.</source>
        <translation>Die Gültigkeit der Nachricht ist abgelaufen, bevor WhatsApp sie zugestellt hat.</translation>
    </message>
    <message>
        <source>Bird found fields of the request invalid, so it sent nothing.</source>
        <translation>Bird hat Felder der Anfrage als ungültig erkannt und daher nichts gesendet.</translation>
    </message>
    <message>
        <source>Bird&apos;s words below name each field: correct the number or the template&apos;s values (or its project ID) and send again.</source>
        <translation>Die Meldung von Bird unten nennt jedes Feld: Korrigieren Sie die Nummer oder die Werte der Vorlage (oder ihre Projekt-ID) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Bird could not read the request, so it sent nothing.</source>
        <translation>Bird konnte die Anfrage nicht lesen und hat daher nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL; if it is right, report the problem with Bird&apos;s words below.</source>
        <translation>Prüfen Sie die Basis-URL des Profils; ist sie richtig, melden Sie das Problem zusammen mit der Meldung von Bird unten.</translation>
    </message>
    <message>
        <source>Bird refused the profile&apos;s access key.</source>
        <translation>Bird hat den Zugriffsschlüssel des Profils abgelehnt.</translation>
    </message>
    <message>
        <source>Correct the access key (and its scheme) in the profile and test the connection.</source>
        <translation>Korrigieren Sie den Zugriffsschlüssel (und sein Schema) im Profil und testen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Bird does not know the workspace, the channel or the message.</source>
        <translation>Bird kennt den Workspace, den Kanal oder die Nachricht nicht.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s workspace and channel IDs.</source>
        <translation>Prüfen Sie die Workspace- und Kanal-IDs des Profils.</translation>
    </message>
    <message>
        <source>Bird does not allow this request at this address.</source>
        <translation>Bird lässt diese Anfrage an dieser Adresse nicht zu.</translation>
    </message>
    <message>
        <source>Bird asked Herald to slow down; nothing was sent.</source>
        <translation>Bird hat Herald gebeten, langsamer zu senden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Bird had an internal error.</source>
        <translation>Bei Bird ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s WhatsApp business number as the profile&apos;s sender.</source>
        <translation>Geben Sie die WhatsApp-Unternehmensnummer des Kontos als Absender des Profils ein.</translation>
    </message>
    <message>
        <source>Correct the recipient&apos;s number: international format, with its country code.</source>
        <translation>Korrigieren Sie die Nummer des Empfängers: internationales Format, mit Ländervorwahl.</translation>
    </message>
    <message>
        <source>Remove the tags (&lt;…&gt;) from the values and send again.</source>
        <translation>Entfernen Sie die Tags (&lt;…&gt;) aus den Werten und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s words below name the field; if it is one Herald fills in, report the problem.</source>
        <translation>Die Meldung von Kaleyra unten nennt das Feld; wenn Herald dieses Feld selbst ausfüllt, melden Sie das Problem.</translation>
    </message>
    <message>
        <source>Check the template&apos;s name, language and values against what Kaleyra has approved.</source>
        <translation>Gleichen Sie Name, Sprache und Werte der Vorlage mit dem ab, was Kaleyra genehmigt hat.</translation>
    </message>
    <message>
        <source>Check the account&apos;s approvals in Kaleyra&apos;s console.</source>
        <translation>Prüfen Sie die Genehmigungen des Kontos in der Kaleyra-Konsole.</translation>
    </message>
    <message>
        <source>Retry it later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Kaleyra did not hand the message to WhatsApp before it expired.</source>
        <translation>Kaleyra hat die Nachricht nicht an WhatsApp übergeben, bevor sie abgelaufen ist.</translation>
    </message>
    <message>
        <source>Send it again if it is still wanted.</source>
        <translation>Senden Sie sie erneut, falls sie noch benötigt wird.</translation>
    </message>
    <message>
        <source>Kaleyra does not allow this request at this address.</source>
        <translation>Kaleyra lässt diese Anfrage an dieser Adresse nicht zu.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
The provider&apos;s own words: %2</source>
        <translation>%1
Wortlaut des Anbieters: %2</translation>
    </message>
    <message>
        <source>%1 reported error code %2, which Herald does not know.</source>
        <translation>%1 hat den Fehlercode %2 gemeldet, den Herald nicht kennt.</translation>
    </message>
    <message>
        <source>The provider gave no words with it: look the code up in its documentation.</source>
        <translation>Der Anbieter hat keinen Text dazu geliefert: Schlagen Sie den Code in seiner Dokumentation nach.</translation>
    </message>
    <message>
        <source>It is not known whether the provider took this message.</source>
        <translation>Es ist nicht bekannt, ob der Anbieter diese Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>Check with the recipient or in the provider&apos;s console before sending it again: a resend may arrive twice.</source>
        <translation>Fragen Sie beim Empfänger nach oder prüfen Sie die Konsole des Anbieters, bevor Sie sie erneut senden: Eine erneut gesendete Nachricht kommt womöglich doppelt an.</translation>
    </message>
    <message>
        <source>The message expired before it was delivered.</source>
        <translation>Die Nachricht ist abgelaufen, bevor sie zugestellt wurde.</translation>
    </message>
    <message>
        <source>The message failed; the provider gave no reason.</source>
        <translation>Die Nachricht ist fehlgeschlagen; der Anbieter hat keinen Grund genannt.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Die Zelle für die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>On the opt-out list.</source>
        <translation>Auf der Opt-out-Liste.</translation>
    </message>
    <message>
        <source>Not a valid number for its country.</source>
        <translation>Keine gültige Nummer für ihr Land.</translation>
    </message>
    <message>
        <source>Not a valid number in %1.</source>
        <translation>Keine gültige Nummer in %1.</translation>
    </message>
    <message>
        <source>Letters in the number: not a phone number.</source>
        <translation>Buchstaben in der Nummer: keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Keine Telefonnummer.</translation>
    </message>
    <message>
        <source>A spreadsheet turned this number into scientific notation (like 3.7E+10), losing digits: format the column as text and export it again.</source>
        <translation>Eine Tabellenkalkulation hat diese Nummer in wissenschaftliche Notation umgewandelt (etwa 3,7E+10) und dabei Ziffern verloren: Formatieren Sie die Spalte als Text und exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Unbekannte Ländervorwahl.</translation>
    </message>
    <message>
        <source>Too short for a phone number.</source>
        <translation>Zu kurz für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>Too long for a phone number.</source>
        <translation>Zu lang für eine Telefonnummer.</translation>
    </message>
    <message>
        <source>The same number as line %1.</source>
        <translation>Dieselbe Nummer wie in Dateizeile %1.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>List &amp;name:</source>
        <translation>Listen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Cells separated by:</source>
        <translation>&amp;Zellen getrennt durch:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation>&amp;Telefonnummern in:</translation>
    </message>
    <message>
        <source>Na&amp;mes in:</source>
        <translation>Na&amp;men in:</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Nummern ohne Ländervorwahl stammen &amp;aus:</translation>
    </message>
    <message>
        <source>Use this country for every number typed without a country code</source>
        <translation>Dieses Land für jede ohne Ländervorwahl eingegebene Nummer verwenden</translation>
    </message>
    <message>
        <source>Also in Compose and for later imports; the setting is kept</source>
        <translation>Auch in Verfassen und bei späteren Importen; die Einstellung bleibt erhalten</translation>
    </message>
    <message>
        <source>First rows of the list</source>
        <translation>Erste Zeilen der Liste</translation>
    </message>
    <message>
        <source>Rows that will not be sent to, and why</source>
        <translation>Zeilen, an die nicht gesendet wird, und warum</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rows that will not be sent to, with the reason, to fix them and import them again</source>
        <translation>Die Zeilen, an die nicht gesendet wird, mit Grund speichern, um sie zu korrigieren und erneut zu importieren</translation>
    </message>
</context>
<context>
    <name>Kaleyra</name>
    <message>
        <source>The answer has no message id</source>
        <translation>Die Antwort enthält keine Nachrichten-ID</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation>Die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s WhatsApp API cannot schedule a message; Herald must hold it until its time</source>
        <translation>Die WhatsApp-API von Kaleyra kann keine Nachrichten planen; Herald muss die Nachricht bis zu ihrem Zeitpunkt zurückhalten</translation>
    </message>
    <message>
        <source>Kaleyra reports a message&apos;s status only by callback; it cannot be asked for</source>
        <translation>Kaleyra meldet den Status einer Nachricht nur per Rückruf; er kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>Kaleyra offers no way to cancel a message</source>
        <translation>Kaleyra bietet keine Möglichkeit, eine Nachricht abzubrechen</translation>
    </message>
    <message>
        <source>Kaleyra offers no way to look up a contact&apos;s customer-service window</source>
        <translation>Kaleyra bietet keine Möglichkeit, das Kundenservice-Fenster eines Kontakts abzufragen</translation>
    </message>
    <message>
        <source>The answer is not Kaleyra&apos;s; check the base URL</source>
        <translation>Die Antwort stammt nicht von Kaleyra; prüfen Sie die Basis-URL</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s WhatsApp API has no list of templates, so Herald cannot sync Kaleyra templates: enter them by hand as Meta approved them.</source>
        <translation>Die WhatsApp-API von Kaleyra bietet keine Liste der Vorlagen, daher kann Herald Kaleyra-Vorlagen nicht synchronisieren: Geben Sie sie von Hand so ein, wie Meta sie genehmigt hat.</translation>
    </message>
</context>
<context>
    <name>KaleyraError</name>
    <message>
        <source>The sender (from) number is invalid or not entered correctly.</source>
        <translation>Die Absendernummer (from) ist ungültig oder nicht korrekt eingegeben.</translation>
    </message>
    <message>
        <source>The recipient (to) number is invalid or not entered correctly.</source>
        <translation>Die Empfängernummer (to) ist ungültig oder nicht korrekt eingegeben.</translation>
    </message>
    <message>
        <source>A parameter contains HTML tags, which Kaleyra does not accept.</source>
        <translation>Ein Parameter enthält HTML-Tags, die Kaleyra nicht akzeptiert.</translation>
    </message>
    <message>
        <source>A required field is missing from the request.</source>
        <translation>In der Anfrage fehlt ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Kaleyra accepted the request.</source>
        <translation>Kaleyra hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <source>The account SID or the API key is wrong; check the profile&apos;s SID and API key.</source>
        <translation>Die Konto-SID oder der API-Schlüssel ist falsch; prüfen Sie SID und API-Schlüssel im Profil.</translation>
    </message>
    <message>
        <source>The Kaleyra account&apos;s balance is too low; top it up or raise its limit.</source>
        <translation>Das Guthaben des Kaleyra-Kontos ist zu niedrig; laden Sie es auf oder erhöhen Sie das Limit.</translation>
    </message>
    <message>
        <source>The account&apos;s daily sending limit is reached; ask Kaleyra for a higher limit.</source>
        <translation>Das tägliche Versandlimit des Kontos ist erreicht; bitten Sie Kaleyra um ein höheres Limit.</translation>
    </message>
    <message>
        <source>Kaleyra found the request&apos;s content incorrect.</source>
        <translation>Kaleyra hat den Inhalt der Anfrage als fehlerhaft eingestuft.</translation>
    </message>
    <message>
        <source>The account, the sender number or the template is not approved or not set up for this send.</source>
        <translation>Das Konto, die Absendernummer oder die Vorlage ist für diesen Versand nicht genehmigt oder nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Kaleyra had an internal error; the send may be retried.</source>
        <translation>Bei Kaleyra ist ein interner Fehler aufgetreten; der Versand kann erneut versucht werden.</translation>
    </message>
    <message>
        <source>Kaleyra reported error code %1, which Herald does not know.</source>
        <translation>Kaleyra hat den Fehlercode %1 gemeldet, den Herald nicht kennt.</translation>
    </message>
</context>
<context>
    <name>ListImporter</name>
    <message>
        <source>There is nothing to import: the text has no rows.</source>
        <translation>Es gibt nichts zu importieren: Der Text enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Herald reads lists of up to %3 MB.</source>
        <translation>%1 ist %2 MB groß; Herald liest Listen bis %3 MB.</translation>
    </message>
    <message>
        <source>A list named “%1” already exists, or the database refused the rows.</source>
        <translation>Eine Liste namens „%1“ existiert bereits, oder die Datenbank hat die Zeilen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Verfassen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>V&amp;orlagen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>Ü&amp;ber Herald</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Via:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Scheduled for:</source>
        <translation>Geplant für:</translation>
    </message>
    <message>
        <source>Channels tried:</source>
        <translation>Versuchte Kanäle:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Cop&amp;y ids</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Herald&apos;s and the provider&apos;s ids of this message, to quote them to the provider&apos;s support</source>
        <translation>Die IDs dieser Nachricht bei Herald und beim Anbieter kopieren, um sie dem Support des Anbieters zu nennen</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Anbieterstatus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>Antwort des Anbieters</translation>
    </message>
    <message>
        <source>History of this number</source>
        <translation>Verlauf dieser Nummer</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every message sent to this number as a CSV file</source>
        <translation>Alle an diese Nummer gesendeten Nachrichten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Select a message to see its history.</source>
        <translation>Wählen Sie eine Nachricht aus, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Send this failed or expired message again</source>
        <translation>Diese fehlgeschlagene oder abgelaufene Nachricht erneut senden</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Send this message again although it may already have arrived</source>
        <translation>Diese Nachricht erneut senden, obwohl sie vielleicht schon angekommen ist</translation>
    </message>
    <message>
        <source>Ca&amp;ncel scheduled</source>
        <translation>Geplanten Versand a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Ask the provider not to send this scheduled message</source>
        <translation>Den Anbieter bitten, diese geplante Nachricht nicht zu senden</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>☾ Dark</source>
        <translation>☾ Dunkel</translation>
    </message>
    <message>
        <source>Show the preview as in WhatsApp&apos;s dark theme; untick for the light one.</source>
        <translation>Vorschau wie im dunklen Design von WhatsApp anzeigen; Häkchen entfernen für das helle Design.</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Dunkle Vorschau</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>Herald stopped while this message was being sent; it may or may not have reached the provider.</source>
        <translation>Herald wurde beendet, während diese Nachricht gesendet wurde; sie hat den Anbieter möglicherweise erreicht, möglicherweise auch nicht.</translation>
    </message>
</context>
<context>
    <name>MessageState</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Messente</name>
    <message>
        <source>The answer has no omnimessage_id.</source>
        <translation>Die Antwort enthält keine omnimessage_id.</translation>
    </message>
    <message>
        <source>The answer for this message is not a JSON object.</source>
        <translation>Die Antwort zu dieser Nachricht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer for this message is an error that says nothing.</source>
        <translation>Die Antwort zu dieser Nachricht ist ein Fehler ohne jede Beschreibung.</translation>
    </message>
    <message>
        <source>The answer has no list of results.</source>
        <translation>Die Antwort enthält keine Ergebnisliste.</translation>
    </message>
    <message>
        <source>The answer has %1 results for %2 messages.</source>
        <translation>Die Antwort enthält %1 Ergebnisse für %2 Nachrichten.</translation>
    </message>
    <message>
        <source>The answer has no statuses.</source>
        <translation>Die Antwort enthält keine Status.</translation>
    </message>
    <message>
        <source>The template list is not a JSON object.</source>
        <translation>Die Vorlagenliste ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer has no list of templates.</source>
        <translation>Die Antwort enthält keine Vorlagenliste.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a template.</source>
        <translation>Eintrag %1 der Liste ist keine Vorlage.</translation>
    </message>
    <message>
        <source>The answer says more templates follow but gives no cursor.</source>
        <translation>Laut Antwort folgen weitere Vorlagen, sie enthält aber keinen Cursor.</translation>
    </message>
    <message>
        <source>Messente takes at most %1 messages in one request, and %2 were given; none of them was sent</source>
        <translation>Messente nimmt höchstens %1 Nachrichten pro Anfrage an, übergeben wurden %2; keine davon wurde gesendet</translation>
    </message>
    <message>
        <source>The template list does not come to an end.</source>
        <translation>Die Vorlagenliste endet nicht.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID, which Messente&apos;s template list needs.</source>
        <translation>Das Profil hat keine WhatsApp Business Account ID, die Messente für die Vorlagenliste benötigt.</translation>
    </message>
</context>
<context>
    <name>MessenteError</name>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>Delivery failure: the message could not be delivered to the phone.</source>
        <translation>Zustellfehler: Die Nachricht konnte nicht an das Telefon zugestellt werden.</translation>
    </message>
    <message>
        <source>The message expired before it could be delivered.</source>
        <translation>Die Nachricht ist abgelaufen, bevor sie zugestellt werden konnte.</translation>
    </message>
    <message>
        <source>Invalid number: the recipient&apos;s number does not exist.</source>
        <translation>Ungültige Nummer: Die Nummer des Empfängers existiert nicht.</translation>
    </message>
    <message>
        <source>The Messente account could not be charged for this message.</source>
        <translation>Das Messente-Konto konnte für diese Nachricht nicht belastet werden.</translation>
    </message>
    <message>
        <source>Invalid number format.</source>
        <translation>Ungültiges Nummernformat.</translation>
    </message>
    <message>
        <source>Too many identical messages were sent to this number.</source>
        <translation>An diese Nummer wurden zu viele identische Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>The sender name is not allowed.</source>
        <translation>Der Absendername ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The recipient&apos;s operator is blacklisted.</source>
        <translation>Der Netzbetreiber des Empfängers steht auf der Sperrliste.</translation>
    </message>
    <message>
        <source>The number cannot be routed.</source>
        <translation>Für die Nummer ist kein Routing möglich.</translation>
    </message>
    <message>
        <source>The recipient has seen the message.</source>
        <translation>Der Empfänger hat die Nachricht gesehen.</translation>
    </message>
    <message>
        <source>A temporary error at Messente; the message may still be delivered.</source>
        <translation>Vorübergehender Fehler bei Messente; die Nachricht wird möglicherweise noch zugestellt.</translation>
    </message>
    <message>
        <source>Messente reported error code %1, which is not documented.</source>
        <translation>Messente hat den Fehlercode %1 gemeldet, der nicht dokumentiert ist.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number looks like a fixed line, which may not have WhatsApp.</source>
        <translation>Diese Nummer sieht nach einem Festnetzanschluss aus, der womöglich kein WhatsApp hat.</translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation>Es wurde keine Telefonnummer angegeben.</translation>
    </message>
    <message>
        <source>This is not a phone number: it contains letters or symbols.</source>
        <translation>Dies ist keine Telefonnummer: Sie enthält Buchstaben oder Symbole.</translation>
    </message>
    <message>
        <source>The country code is unknown.</source>
        <translation>Die Ländervorwahl ist unbekannt.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Die Nummer ist zu kurz.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Die Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>No such number exists in %1&apos;s numbering plan.</source>
        <translation>Im Nummernplan von %1 gibt es keine solche Nummer.</translation>
    </message>
    <message>
        <source>that country</source>
        <translation>diesem Land</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Noch kein Link</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Image could not be loaded: %1</source>
        <translation>Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not loaded in this preview</source>
        <translation>In dieser Vorschau nicht geladen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Videos are not played in the preview</source>
        <translation>Videos werden in der Vorschau nicht abgespielt</translation>
    </message>
    <message>
        <source>Documents are not opened in the preview</source>
        <translation>Dokumente werden in der Vorschau nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 document, not opened in the preview</source>
        <translation>%1-Dokument, in der Vorschau nicht geöffnet</translation>
    </message>
    <message>
        <source>No file name yet</source>
        <translation>Noch kein Dateiname</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The map, name and address are sent with each message</source>
        <translation>Karte, Name und Adresse werden mit jeder Nachricht gesendet</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Messente</source>
        <translation>Messente</translation>
    </message>
    <message>
        <source>Bird</source>
        <translation>Bird</translation>
    </message>
    <message>
        <source>Kaleyra</source>
        <translation>Kaleyra</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Support team (Messente)</source>
        <translation>Support-Team (Messente)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>API &amp;username:</source>
        <translation>API-Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>WhatsApp Business &amp;Account ID:</source>
        <translation>WhatsApp-Business-Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. 105954558954427, to sync templates</source>
        <translation>z. B. 105954558954427, zum Synchronisieren der Vorlagen</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account (WABA) whose approved templates Herald reads from Messente. Messente&apos;s dashboard shows it under WhatsApp settings.</source>
        <translation>Das WhatsApp-Business-Konto (WABA), dessen genehmigte Vorlagen Herald von Messente liest. Das Messente-Dashboard zeigt es unter den WhatsApp-Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>&amp;Workspace-ID:</translation>
    </message>
    <message>
        <source>Bird workspace UUID</source>
        <translation>UUID des Bird-Workspace</translation>
    </message>
    <message>
        <source>&amp;Channel ID:</source>
        <translation>&amp;Kanal-ID:</translation>
    </message>
    <message>
        <source>Bird WhatsApp channel UUID</source>
        <translation>UUID des Bird-WhatsApp-Kanals</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Account-&amp;SID:</translation>
    </message>
    <message>
        <source>e.g. HXXXXXXX071US</source>
        <translation>z. B. HXXXXXXX071US</translation>
    </message>
    <message>
        <source>API pass&amp;word:</source>
        <translation>API-Passw&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>Autorisierun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>Absen&amp;der:</translation>
    </message>
    <message>
        <source>Optional: the WhatsApp sender number or name</source>
        <translation>Optional: die WhatsApp-Absendernummer oder der Absendername</translation>
    </message>
    <message>
        <source>Callbacks &amp;listen on:</source>
        <translation>Rückrufe emp&amp;fangen auf:</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8085</source>
        <translation>z. B. 127.0.0.1:8085</translation>
    </message>
    <message>
        <source>Callback publ&amp;ic URL:</source>
        <translation>&amp;Öffentliche Rückruf-URL:</translation>
    </message>
    <message>
        <source>The address the provider posts statuses to</source>
        <translation>Die Adresse, an die der Anbieter Statusmeldungen sendet</translation>
    </message>
    <message>
        <source>Campaign &amp;pace:</source>
        <translation>Kampagnen&amp;tempo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> Nachr./s</translation>
    </message>
    <message>
        <source>How many messages per second a campaign sends with this profile; 0 uses the provider&apos;s default. Each campaign can change it.</source>
        <translation>Wie viele Nachrichten pro Sekunde eine Kampagne mit diesem Profil sendet; 0 verwendet den Standardwert des Anbieters. Jede Kampagne kann den Wert ändern.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
</context>
<context>
    <name>ProfilesWidget</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 cannot send several messages in one request; none of them was sent</source>
        <translation>%1 kann nicht mehrere Nachrichten in einer Anfrage senden; keine davon wurde gesendet</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider could not be reached, so nothing was sent</source>
        <translation>Der Anbieter war nicht erreichbar, daher wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The connection failed before the provider answered, so it is not known whether the message was taken</source>
        <translation>Die Verbindung brach ab, bevor der Anbieter antwortete; ob die Nachricht angenommen wurde, ist daher unbekannt</translation>
    </message>
    <message>
        <source>The provider refused the credentials; check the profile&apos;s account details and secret</source>
        <translation>Der Anbieter hat die Zugangsdaten abgelehnt; prüfen Sie die Kontodaten und das Geheimnis des Profils</translation>
    </message>
    <message>
        <source>The provider refused the request</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The provider does not know this message</source>
        <translation>Der Anbieter kennt diese Nachricht nicht</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down; nothing was taken</source>
        <translation>Der Anbieter hat Herald gebeten, langsamer zu senden; nichts wurde angenommen</translation>
    </message>
    <message>
        <source>The provider had an internal error</source>
        <translation>Beim Anbieter ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The provider does not offer this</source>
        <translation>Der Anbieter bietet dies nicht an</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 [code %3]</source>
        <translation>%1: %2 [Code %3]</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>%1; it is not known whether the provider took the message</source>
        <translation>%1; es ist nicht bekannt, ob der Anbieter die Nachricht angenommen hat</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read, so it is not known whether the message was taken</source>
        <translation>Die Antwort des Anbieters konnte nicht gelesen werden; ob die Nachricht angenommen wurde, ist daher unbekannt</translation>
    </message>
</context>
<context>
    <name>RawAnswer</name>
    <message>
        <source>… (cut here: the answer has %1 characters)</source>
        <translation>… (hier gekürzt: die Antwort hat %1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <source>Not a mobile number: WhatsApp may not reach it.</source>
        <translation>Keine Mobilnummer: WhatsApp erreicht sie möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The same number as row %1.</source>
        <translation>Dieselbe Nummer wie in Zeile %1.</translation>
    </message>
    <message>
        <source>On the opt-out list.</source>
        <translation>Auf der Opt-out-Liste.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Die Zelle für die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RecipientListPicker</name>
    <message>
        <source>Recipient list</source>
        <translation>Empfängerliste</translation>
    </message>
    <message>
        <source>Take recipients and values from a saved list, or type one number</source>
        <translation>Empfänger und Werte aus einer gespeicherten Liste übernehmen oder eine Nummer eingeben</translation>
    </message>
    <message>
        <source>&amp;Add list</source>
        <translation>Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, or paste cells copied from a spreadsheet, as a recipient list</source>
        <translation>Eine CSV- oder TSV-Datei importieren oder aus einer Tabellenkalkulation kopierte Zellen als Empfängerliste einfügen</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Preview the previous recipient (Alt+Up)</source>
        <translation>Vorschau des vorherigen Empfängers (Alt+Nach oben)</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Vorheriger Empfänger</translation>
    </message>
    <message>
        <source>Recipient shown in the preview</source>
        <translation>In der Vorschau angezeigter Empfänger</translation>
    </message>
    <message>
        <source>Row </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Preview the next recipient (Alt+Down)</source>
        <translation>Vorschau des nächsten Empfängers (Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Nächster Empfänger</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file as a recipient list</source>
        <translation>Eine CSV- oder TSV-Datei als Empfängerliste importieren</translation>
    </message>
    <message>
        <source>&amp;Paste from a spreadsheet</source>
        <translation>Aus Tabelle &amp;einfügen</translation>
    </message>
    <message>
        <source>Make a recipient list from cells copied from a spreadsheet, header row first</source>
        <translation>Aus kopierten Tabellenzellen eine Empfängerliste erstellen, Überschriftenzeile zuerst</translation>
    </message>
</context>
<context>
    <name>RecipientsWidget</name>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>&amp;Saved lists:</source>
        <translation>&amp;Gespeicherte Listen:</translation>
    </message>
    <message>
        <source>Saved recipient lists</source>
        <translation>Gespeicherte Empfängerlisten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file as a recipient list (you can also drop a file on the window)</source>
        <translation>CSV- oder TSV-Datei als Empfängerliste importieren (Sie können eine Datei auch auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Make a recipient list from cells copied from a spreadsheet, header row first</source>
        <translation>Empfängerliste aus kopierten Tabellenzellen erstellen, Kopfzeile zuerst</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Make one new list of the selected lists; numbers in more than one become duplicates</source>
        <translation>Aus den ausgewählten Listen eine neue Liste erstellen; Nummern, die in mehreren vorkommen, werden zu Duplikaten</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the list as CSV with each row&apos;s status</source>
        <translation>Liste als CSV mit dem Status jeder Zeile speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Search names, numbers and every other column</source>
        <translation>Namen, Nummern und alle anderen Spalten durchsuchen</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Zeilen der Liste</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>Zeilen ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>This is exactly what the provider will receive for this recipient. Secrets are replaced by dots.</source>
        <translation>Genau das erhält der Anbieter für diesen Empfänger. Geheimnisse sind durch Punkte ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Die Anfrage</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys that work in the pane shown work only there. Alt with an underlined letter moves to that field or presses that button.</source>
        <translation>Tasten für den gerade angezeigten Bereich funktionieren nur dort. Alt mit einem unterstrichenen Buchstaben springt zu diesem Feld oder betätigt diese Schaltfläche.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the database cannot be written to: the file or its folder is read-only</source>
        <translation>in die Datenbank kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the database</source>
        <translation>der Datenträger hat beim Lesen oder Schreiben der Datenbank einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the file is not a Herald database, or it is damaged</source>
        <translation>die Datei ist keine Herald-Datenbank oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>another program is holding the database locked</source>
        <translation>ein anderes Programm hält die Datenbank gesperrt</translation>
    </message>
    <message>
        <source>the database file cannot be opened: check that you may read and write it</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden: Prüfen Sie, ob Sie sie lesen und schreiben dürfen</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Herald</source>
        <translation>die Datenbank wurde von einer neueren Version von Herald geschrieben</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>die Datenbank hat einen Fehler gemeldet</translation>
    </message>
</context>
<context>
    <name>SuppressionAddDialog</name>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Zur Opt-out-Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>In any form, e.g. +372 5123 4567</source>
        <translation>In beliebiger Form, z. B. +372 5123 4567</translation>
    </message>
    <message>
        <source>What Herald reads in the number</source>
        <translation>Was Herald aus der Nummer liest</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>z. B. telefonisch gewünscht</translation>
    </message>
</context>
<context>
    <name>SuppressionImportDialog</name>
    <message>
        <source>Import opt-outs</source>
        <translation>Opt-outs importieren</translation>
    </message>
    <message>
        <source>&amp;Numbers in:</source>
        <translation>&amp;Nummern in:</translation>
    </message>
    <message>
        <source>Column with the phone numbers</source>
        <translation>Spalte mit den Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Reason for all of them:</source>
        <translation>&amp;Grund für alle:</translation>
    </message>
    <message>
        <source>Reason for every imported number</source>
        <translation>Grund für jede importierte Nummer</translation>
    </message>
    <message>
        <source>e.g. replied STOP</source>
        <translation>z. B. mit STOP geantwortet</translation>
    </message>
    <message>
        <source>What the import will add</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
</context>
<context>
    <name>SuppressionWidget</name>
    <message>
        <source>Opt-out list</source>
        <translation>Opt-out-Liste</translation>
    </message>
    <message>
        <source>Herald sends nothing to these numbers, with any profile or list. Importing a recipient list never takes anyone off; only Remove does.</source>
        <translation>Herald sendet an diese Nummern nichts, mit keinem Profil und keiner Liste. Der Import einer Empfängerliste nimmt niemanden herunter; das tut nur „Entfernen“.</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Opt-out-Liste durchsuchen</translation>
    </message>
    <message>
        <source>Search by number, reason, source or who added it</source>
        <translation>Nach Nummer, Grund, Quelle oder Urheber suchen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Put one number on the opt-out list, with the reason</source>
        <translation>Eine Nummer mit Grund auf die Opt-out-Liste setzen</translation>
    </message>
    <message>
        <source>Add a number to the opt-out list</source>
        <translation>Nummer zur Opt-out-Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add every number of a CSV or TSV file, or of cells copied from a spreadsheet</source>
        <translation>Alle Nummern aus einer CSV- oder TSV-Datei oder aus kopierten Tabellenzellen hinzufügen</translation>
    </message>
    <message>
        <source>Import numbers to the opt-out list</source>
        <translation>Nummern in die Opt-out-Liste importieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected number off the opt-out list: Herald will send to it again</source>
        <translation>Ausgewählte Nummer von der Opt-out-Liste nehmen: Herald sendet wieder an sie</translation>
    </message>
    <message>
        <source>Remove the selected number from the opt-out list</source>
        <translation>Ausgewählte Nummer aus der Opt-out-Liste entfernen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the whole opt-out list as a CSV file</source>
        <translation>Gesamte Opt-out-Liste als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Opt-out-Liste exportieren</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>Numbers on the opt-out list</source>
        <translation>Nummern auf der Opt-out-Liste</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>&amp;Paste cells from the clipboard</source>
        <translation>Zellen aus der &amp;Zwischenablage einfügen</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits with at most three decimals, such as 12.50.</source>
        <translation>„%1“ ist kein Betrag: Schreiben Sie Ziffern mit höchstens drei Nachkommastellen, etwa 12.50.</translation>
    </message>
    <message>
        <source>The header needs a link to the image, video or document.</source>
        <translation>Die Kopfzeile braucht einen Link zum Bild, Video oder Dokument.</translation>
    </message>
    <message>
        <source>The header&apos;s media link must start with https:// or http://.</source>
        <translation>Der Medienlink der Kopfzeile muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>The header&apos;s document needs a file name, such as invoice.pdf.</source>
        <translation>Das Dokument der Kopfzeile braucht einen Dateinamen, etwa rechnung.pdf.</translation>
    </message>
    <message>
        <source>Button %1, end of the web address: %2</source>
        <translation>Schaltfläche %1, Ende der Webadresse: %2</translation>
    </message>
    <message>
        <source>Button %1: the end of the web address cannot hold spaces.</source>
        <translation>Schaltfläche %1: Das Ende der Webadresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Button %1: the filled web address is longer than %2 characters.</source>
        <translation>Schaltfläche %1: Die ausgefüllte Webadresse ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Button %1: the reply payload is blank; leave it out or fill it.</source>
        <translation>Schaltfläche %1: Die Antwort-Payload ist leer; lassen Sie sie weg oder füllen Sie sie aus.</translation>
    </message>
    <message>
        <source>Button %1, the code to copy: %2</source>
        <translation>Schaltfläche %1, zu kopierender Code: %2</translation>
    </message>
    <message>
        <source>Button %1: the code to copy has %2 characters; WhatsApp allows %3.</source>
        <translation>Schaltfläche %1: Der zu kopierende Code hat %2 Zeichen; WhatsApp erlaubt %3.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>The value contains a line break, which WhatsApp refuses.</source>
        <translation>Der Wert enthält einen Zeilenumbruch, den WhatsApp ablehnt.</translation>
    </message>
    <message>
        <source>The value contains a tab, which WhatsApp refuses.</source>
        <translation>Der Wert enthält einen Tabulator, den WhatsApp ablehnt.</translation>
    </message>
    <message>
        <source>The value has more than four spaces in a row, which WhatsApp refuses.</source>
        <translation>Der Wert enthält mehr als vier Leerzeichen hintereinander, was WhatsApp ablehnt.</translation>
    </message>
    <message>
        <source>Use either numbered variables like {{1}} or named ones like {{name}}, not both.</source>
        <translation>Verwenden Sie entweder nummerierte Variablen wie {{1}} oder benannte wie {{name}}, nicht beides.</translation>
    </message>
    <message>
        <source>Numbered variables must run {{1}}, {{2}}, … without gaps; {{%1}} is missing.</source>
        <translation>Nummerierte Variablen müssen lückenlos {{1}}, {{2}}, … lauten; {{%1}} fehlt.</translation>
    </message>
    <message>
        <source>Variable names use lowercase letters, digits and underscores: {{%1}}.</source>
        <translation>Variablennamen bestehen aus Kleinbuchstaben, Ziffern und Unterstrichen: {{%1}}.</translation>
    </message>
    <message>
        <source>The body cannot start with a variable; Meta refuses such templates.</source>
        <translation>Der Text darf nicht mit einer Variable beginnen; Meta lehnt solche Vorlagen ab.</translation>
    </message>
    <message>
        <source>The body cannot end with a variable; Meta refuses such templates.</source>
        <translation>Der Text darf nicht mit einer Variable enden; Meta lehnt solche Vorlagen ab.</translation>
    </message>
    <message>
        <source>The body has two variables side by side ({{%1}} and {{%2}}); put words between them.</source>
        <translation>Der Text enthält zwei Variablen direkt nebeneinander ({{%1}} und {{%2}}); setzen Sie Wörter dazwischen.</translation>
    </message>
    <message>
        <source>quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Button %1 needs a web address.</source>
        <translation>Schaltfläche %1 braucht eine Webadresse.</translation>
    </message>
    <message>
        <source>Button %1: the web address has %2 characters; WhatsApp allows %3.</source>
        <translation>Schaltfläche %1: Die Webadresse hat %2 Zeichen; WhatsApp erlaubt %3.</translation>
    </message>
    <message>
        <source>Button %1: the web address must start with https:// or http://.</source>
        <translation>Schaltfläche %1: Die Webadresse muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>Button %1: the web address may hold only one variable.</source>
        <translation>Schaltfläche %1: Die Webadresse darf nur eine Variable enthalten.</translation>
    </message>
    <message>
        <source>Button %1: the variable must be at the very end of the web address.</source>
        <translation>Schaltfläche %1: Die Variable muss ganz am Ende der Webadresse stehen.</translation>
    </message>
    <message>
        <source>Button %1: the web address&apos;s variable is written {{1}}.</source>
        <translation>Schaltfläche %1: Die Variable der Webadresse wird {{1}} geschrieben.</translation>
    </message>
    <message>
        <source>The template has %1 buttons; WhatsApp allows %2.</source>
        <translation>Die Vorlage hat %1 Schaltflächen; WhatsApp erlaubt %2.</translation>
    </message>
    <message>
        <source>Authentication templates have at most one button, the one that passes the code.</source>
        <translation>Authentifizierungsvorlagen haben höchstens eine Schaltfläche, nämlich die, die den Code übergibt.</translation>
    </message>
    <message>
        <source>Button %1: a template may have at most %2 %3 buttons.</source>
        <translation>Schaltfläche %1: Eine Vorlage darf höchstens %2 Schaltflächen vom Typ „%3“ haben.</translation>
    </message>
    <message>
        <source>Button %1: quick replies must come together, all before or all after the other buttons.</source>
        <translation>Schaltfläche %1: Schnellantworten müssen zusammenstehen, alle vor oder alle nach den anderen Schaltflächen.</translation>
    </message>
    <message>
        <source>Button %1 needs a text.</source>
        <translation>Schaltfläche %1 braucht einen Text.</translation>
    </message>
    <message>
        <source>Button %1: the text has %2 characters; WhatsApp allows %3.</source>
        <translation>Schaltfläche %1: Der Text hat %2 Zeichen; WhatsApp erlaubt %3.</translation>
    </message>
    <message>
        <source>Button %1: the phone number has %2 characters; WhatsApp allows %3.</source>
        <translation>Schaltfläche %1: Die Telefonnummer hat %2 Zeichen; WhatsApp erlaubt %3.</translation>
    </message>
    <message>
        <source>Button %1: the phone number is written in international form, such as +37251234567.</source>
        <translation>Schaltfläche %1: Die Telefonnummer muss im internationalen Format stehen, etwa +37251234567.</translation>
    </message>
    <message>
        <source>Button %1: utility templates cannot have a copy code button.</source>
        <translation>Schaltfläche %1: Utility-Vorlagen dürfen keine Schaltfläche „Code kopieren“ haben.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Vorlagennamen bestehen aus Kleinbuchstaben, Ziffern und Unterstrichen und beginnen mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The language is a code such as en or en_US, exactly as approved by Meta.</source>
        <translation>Die Sprache ist ein Code wie en oder en_US, genau wie von Meta genehmigt.</translation>
    </message>
    <message>
        <source>The header has %1 characters; WhatsApp allows %2.</source>
        <translation>Die Kopfzeile hat %1 Zeichen; WhatsApp erlaubt %2.</translation>
    </message>
    <message>
        <source>A header may hold at most one variable.</source>
        <translation>Eine Kopfzeile darf höchstens eine Variable enthalten.</translation>
    </message>
    <message>
        <source>The template needs a body.</source>
        <translation>Die Vorlage braucht einen Text.</translation>
    </message>
    <message>
        <source>The body has %1 characters; WhatsApp allows %2.</source>
        <translation>Der Text hat %1 Zeichen; WhatsApp erlaubt %2.</translation>
    </message>
    <message>
        <source>The footer has %1 characters; WhatsApp allows %2.</source>
        <translation>Die Fußzeile hat %1 Zeichen; WhatsApp erlaubt %2.</translation>
    </message>
    <message>
        <source>A footer cannot hold variables.</source>
        <translation>Eine Fußzeile darf keine Variablen enthalten.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Enter the template exactly as Meta approved it. Variables are written {{1}}, {{2}}, … or by name, such as {{first_name}}.</source>
        <translation>Geben Sie die Vorlage genau so ein, wie Meta sie genehmigt hat. Variablen werden als {{1}}, {{2}}, … oder mit Namen geschrieben, etwa {{first_name}}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>K&amp;opfzeile:</translation>
    </message>
    <message>
        <source>Optional, at most 60 characters</source>
        <translation>Optional, höchstens 60 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order has shipped.</source>
        <translation>Hallo {{1}}, Ihre Bestellung wurde versandt.</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Link or phone number</source>
        <translation>Link oder Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>Schaltfläche &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove button</source>
        <translation>Schaltfläche &amp;entfernen</translation>
    </message>
    <message>
        <source>How other providers know this template</source>
        <translation>Bezeichnung dieser Vorlage bei anderen Anbietern</translation>
    </message>
    <message>
        <source>Bird &amp;project ID:</source>
        <translation>Bird-&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>The Studio project that holds this template</source>
        <translation>Das Studio-Projekt, das diese Vorlage enthält</translation>
    </message>
    <message>
        <source>Bird &amp;version:</source>
        <translation>Bird-&amp;Version:</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>&amp;Kaleyra name:</source>
        <translation>Kaleyra-N&amp;ame:</translation>
    </message>
    <message>
        <source>Same as the name above</source>
        <translation>Wie der Name oben</translation>
    </message>
    <message>
        <source>Kaleyra lan&amp;guage:</source>
        <translation>Kaleyra-Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Same as the language above</source>
        <translation>Wie die Sprache oben</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s lang_code, when Kaleyra knows the template under another language code than Meta&apos;s</source>
        <translation>lang_code bei Kaleyra, falls Kaleyra die Vorlage unter einem anderen Sprachcode führt als Meta</translation>
    </message>
    <message>
        <source>Bird variable &amp;keys:</source>
        <translation>Bird-Variablensch&amp;lüssel:</translation>
    </message>
    <message>
        <source>The key of each variable in the Bird Studio template; leave a key empty when Studio uses the variable&apos;s own name</source>
        <translation>Der Schlüssel jeder Variablen in der Bird-Studio-Vorlage; lassen Sie einen Schlüssel leer, wenn Studio den eigenen Namen der Variablen verwendet</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Key in Bird Studio</source>
        <translation>Schlüssel in Bird Studio</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Format der Kopfzeile</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>%1: the header format %2 is not one Herald can send.</source>
        <translation>%1: Das Kopfzeilenformat %2 kann Herald nicht senden.</translation>
    </message>
    <message>
        <source>button %1 has the type %2, which Herald cannot send.</source>
        <translation>Schaltfläche %1 hat den Typ %2, den Herald nicht senden kann.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A template without a name</source>
        <translation>Eine Vorlage ohne Namen</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>A template has no name and was left out.</source>
        <translation>Eine Vorlage hat keinen Namen und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 has no category; it was read as utility.</source>
        <translation>%1 hat keine Kategorie; sie wurde als utility eingestuft.</translation>
    </message>
    <message>
        <source>%1: the category %2 is unknown; it was read as utility.</source>
        <translation>%1: Die Kategorie %2 ist unbekannt; sie wurde als utility eingestuft.</translation>
    </message>
    <message>
        <source>%1: components is not a list.</source>
        <translation>%1: components ist keine Liste.</translation>
    </message>
    <message>
        <source>%1: a component is not an object and was ignored.</source>
        <translation>%1: Eine Komponente ist kein Objekt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1: the buttons are not a list and were ignored.</source>
        <translation>%1: Die Schaltflächen sind keine Liste und wurden ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the component type %2 is unknown and was ignored.</source>
        <translation>%1: Der Komponententyp %2 ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 has no body and was left out.</source>
        <translation>%1 hat keinen Text und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The JSON holds no template: expected a template, a list, or data or templates.</source>
        <translation>Das JSON enthält keine Vorlage: Erwartet wurde eine Vorlage, eine Liste oder data bzw. templates.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a template object.</source>
        <translation>Eintrag %1 der Liste ist kein Vorlagenobjekt.</translation>
    </message>
</context>
<context>
    <name>TemplatesWidget</name>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, language, category or text</source>
        <translation>Nach Name, Sprache, Kategorie oder Text suchen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Templates in Meta&apos;s JSON shape, as in WhatsApp Manager and Messente&apos;s template API</source>
        <translation>Vorlagen im JSON-Format von Meta, wie im WhatsApp Manager und in der Vorlagen-API von Messente</translation>
    </message>
    <message>
        <source>&amp;Sync from Messente</source>
        <translation>Von Messente &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Read every template of the profile&apos;s WhatsApp Business Account from Messente, with Meta&apos;s status</source>
        <translation>Alle Vorlagen des WhatsApp Business Accounts dieses Profils mit ihrem Status bei Meta von Messente abrufen</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Paste templates from the clipboard</source>
        <translation>Vorlagen aus der Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Copy the selected template</source>
        <translation>Ausgewählte Vorlage &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>ValueFieldEditor</name>
    <message>
        <source>Type one value for everyone, or take each recipient&apos;s value from a column of the list</source>
        <translation>Geben Sie einen Wert für alle ein oder übernehmen Sie den Wert jedes Empfängers aus einer Spalte der Liste</translation>
    </message>
    <message>
        <source>Use example</source>
        <translation>Beispiel verwenden</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>Write a date the way the template&apos;s language writes it</source>
        <translation>Schreiben Sie das Datum so, wie es in der Sprache der Vorlage üblich ist</translation>
    </message>
    <message>
        <source>When the cell is empty, use… (optional)</source>
        <translation>Bei leerer Zelle verwenden… (optional)</translation>
    </message>
    <message>
        <source>How WhatsApp receives this value: as text, as an amount of money, or as a date and time</source>
        <translation>Wie WhatsApp diesen Wert erhält: als Text, als Geldbetrag oder als Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR or USD</source>
        <translation>Währungscode nach ISO 4217, z. B. EUR oder USD</translation>
    </message>
</context>
<context>
    <name>herald::AppContext</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>Der Datenordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on the loopback interface.</source>
        <translation>Die integrierte Sandbox konnte nicht auf der Loopback-Schnittstelle lauschen.</translation>
    </message>
    <message>
        <source>The sandbox profiles could not be saved in the database.</source>
        <translation>Die Sandbox-Profile konnten nicht in der Datenbank gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>herald::CallbackReceiver</name>
    <message>
        <source>%1 does not send status callbacks that Herald reads.</source>
        <translation>%1 sendet keine Status-Rückrufe, die Herald auswerten kann.</translation>
    </message>
    <message>
        <source>The callback address &quot;%1&quot; is not of the form 127.0.0.1:8085.</source>
        <translation>Die Rückrufadresse „%1“ hat nicht die Form 127.0.0.1:8085.</translation>
    </message>
    <message>
        <source>Herald cannot listen for callbacks on %1: the address is in use or not on this computer.</source>
        <translation>Herald kann auf %1 keine Rückrufe empfangen: Die Adresse wird bereits verwendet oder gehört nicht zu diesem Computer.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignChart</name>
    <message>
        <source>How far the messages got</source>
        <translation>Wie weit die Nachrichten gekommen sind</translation>
    </message>
    <message>
        <source>States over time</source>
        <translation>Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>Noch kein Statusverlauf.</translation>
    </message>
    <message>
        <source>Funnel: how far the messages got</source>
        <translation>Trichter: Wie weit die Nachrichten gekommen sind</translation>
    </message>
    <message>
        <source>The campaign&apos;s states over time</source>
        <translation>Status der Kampagne im Zeitverlauf</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>herald::CampaignDialog</name>
    <message>
        <source>Campaigns are not available in this run of Herald.</source>
        <translation>Kampagnen sind in dieser Herald-Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>The profile&apos;s pace is %1; at most %2 for %3.</source>
        <translation>Das Tempo des Profils beträgt %1; höchstens %2 für %3.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• No row of the list can be sent to: every one is skipped, for the reasons below.</source>
        <translation>• An keine Zeile der Liste kann gesendet werden: Alle werden übersprungen, aus den unten genannten Gründen.</translation>
    </message>
    <message>
        <source>Nothing can be sent:</source>
        <translation>Es kann nichts gesendet werden:</translation>
    </message>
    <message>
        <source>This goes to %1 recipients. To confirm, type that number:</source>
        <translation>Dies geht an %1 Empfänger. Geben Sie zur Bestätigung diese Zahl ein:</translation>
    </message>
    <message>
        <source>the number of recipients</source>
        <translation>die Anzahl der Empfänger</translation>
    </message>
    <message>
        <source>Every skipped row (%1)</source>
        <translation>Alle übersprungenen Zeilen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1, with %2</source>
        <translation>Profil: %1, mit %2</translation>
    </message>
    <message>
        <source>Template: %1, in %2</source>
        <translation>Vorlage: %1, Sprache %2</translation>
    </message>
    <message>
        <source>List: %1; rows read: %2</source>
        <translation>Liste: %1; gelesene Zeilen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be sent.</source>
        <translation>
            <numerusform>%Ln Nachricht wird gesendet.</numerusform>
            <numerusform>%Ln Nachrichten werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>None skipped.</source>
        <translation>Keine übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: %1.</source>
        <translation>
            <numerusform>%Ln übersprungen: %1.</numerusform>
            <numerusform>%Ln übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing them to the provider takes %1 at %2.</source>
        <translation>Die Übergabe an den Anbieter dauert %1 bei %2.</translation>
    </message>
    <message>
        <source>Scheduled for %1. %2 cannot hold messages for a later time, so Herald holds this campaign and sends it then. Herald must be running at that time; if it is not, the campaign waits, paused, for you to resume it.</source>
        <translation>Geplant für %1. %2 kann keine Nachrichten für einen späteren Zeitpunkt vorhalten, daher hält Herald diese Kampagne zurück und sendet sie dann. Herald muss zu diesem Zeitpunkt laufen; andernfalls wartet die Kampagne pausiert, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Scheduled for %1. The messages go to %2 now and %2 holds them until then; Herald need not be running. You can cancel them until that time.</source>
        <translation>Geplant für %1. Die Nachrichten gehen jetzt an %2, und %2 hält sie bis dahin zurück; Herald muss nicht laufen. Sie können sie bis zu diesem Zeitpunkt abbrechen.</translation>
    </message>
    <message>
        <source>Scheduled for %1. The messages go to %2 now and %2 holds them until then; Herald need not be running. %2 offers no way to cancel a message it holds: once this campaign is sent, it cannot be called back.</source>
        <translation>Geplant für %1. Die Nachrichten gehen jetzt an %2, und %2 hält sie bis dahin zurück; Herald muss nicht laufen. %2 bietet keine Möglichkeit, eine zurückgehaltene Nachricht abzubrechen: Sobald diese Kampagne gesendet ist, lässt sie sich nicht mehr zurückholen.</translation>
    </message>
    <message>
        <source>&amp;Schedule for %L1</source>
        <translation>Für %L1 &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Send to %L1</source>
        <translation>An %L1 &amp;senden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sending the test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Not sent: the message could not be prepared.</source>
        <translation>Nicht gesendet: Die Nachricht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Test message of template %1 (%2) to %3 with profile “%4”, before a campaign to list “%5”.</source>
        <translation>Testnachricht der Vorlage %1 (%2) an %3 mit Profil „%4“, vor einer Kampagne an die Liste „%5“.</translation>
    </message>
    <message>
        <source>Test message to %1: %2 Check the phone before you send to the list.</source>
        <translation>Testnachricht an %1: %2 Prüfen Sie das Telefon, bevor Sie an die Liste senden.</translation>
    </message>
    <message>
        <source>Test message to %1 not sent: %2</source>
        <translation>Testnachricht an %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>The time to send has passed while you were reviewing. Close this, choose a later time in Compose and review again.</source>
        <translation>Der Sendezeitpunkt ist verstrichen, während Sie geprüft haben. Schließen Sie dieses Fenster, wählen Sie in Verfassen einen späteren Zeitpunkt und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The campaign could not be saved, so nothing was sent. The log file says why.</source>
        <translation>Die Kampagne konnte nicht gespeichert werden, daher wurde nichts gesendet. Der Grund steht in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The campaign could not be saved, so nothing was sent: %1.</source>
        <translation>Die Kampagne konnte nicht gespeichert werden, daher wurde nichts gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignPlanner</name>
    <message>
        <source>The template was deleted from the library.</source>
        <translation>Die Vorlage wurde aus der Bibliothek gelöscht.</translation>
    </message>
    <message>
        <source>Choose a recipient list.</source>
        <translation>Wählen Sie eine Empfängerliste.</translation>
    </message>
    <message>
        <source>The recipient list no longer exists.</source>
        <translation>Die Empfängerliste existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
</context>
<context>
    <name>herald::CampaignRunner</name>
    <message>
        <source>Campaign “%1”: %2 to send, %3 skipped, template %4 (%5).</source>
        <translation>Kampagne „%1“: %2 zu senden, %3 übersprungen, Vorlage %4 (%5).</translation>
    </message>
    <message>
        <source>Resumed after Herald started again.</source>
        <translation>Nach dem Neustart von Herald fortgesetzt.</translation>
    </message>
    <message>
        <source>Campaign “%1” carries on where it stopped.</source>
        <translation>Kampagne „%1“ wird dort fortgesetzt, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down: now %1 messages per second.</source>
        <translation>Der Anbieter hat Herald gebeten, langsamer zu senden: jetzt %1 Nachrichten pro Sekunde.</translation>
    </message>
    <message>
        <source>Paused by Herald: %1.</source>
        <translation>Von Herald pausiert: %1.</translation>
    </message>
    <message>
        <source>Campaign “%1” is paused: %2. Nothing was lost; resume it when this is fixed.</source>
        <translation>Kampagne „%1“ ist pausiert: %2. Es ist nichts verloren gegangen; setzen Sie sie fort, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Campaign “%1”: %2 of the last %3 messages failed or have an unknown outcome.</source>
        <translation>Kampagne „%1“: %2 der letzten %3 Nachrichten sind fehlgeschlagen oder haben ein unbekanntes Ergebnis.</translation>
    </message>
    <message>
        <source>Campaign “%1” finished: %L2 taken by the provider, %L3 failed, %L4 unknown, %L5 cancelled.</source>
        <translation>Kampagne „%1“ beendet: %L2 vom Anbieter angenommen, %L3 fehlgeschlagen, %L4 unbekannt, %L5 abgebrochen.</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>Vom Bediener pausiert.</translation>
    </message>
    <message>
        <source>Resumed by the operator.</source>
        <translation>Vom Bediener fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled by the operator before it was sent.</source>
        <translation>Vom Bediener vor dem Senden abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled by the operator; %n queued message(s) will not be sent.</source>
        <translation>
            <numerusform>Vom Bediener abgebrochen; %n Nachricht in der Warteschlange wird nicht gesendet.</numerusform>
            <numerusform>Vom Bediener abgebrochen; %n Nachrichten in der Warteschlange werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s): %1</source>
        <translation>
            <numerusform>Beim Anbieter liegt noch %n geplante Nachricht: %1</numerusform>
            <numerusform>Beim Anbieter liegen noch %n geplante Nachrichten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s) it could not cancel: %1</source>
        <translation>
            <numerusform>Beim Anbieter liegt noch %n geplante Nachricht, die er nicht abbrechen konnte: %1</numerusform>
            <numerusform>Beim Anbieter liegen noch %n geplante Nachrichten, die er nicht abbrechen konnte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was queued again: the provider now reports the template as “%1”, and only approved templates can be sent.</source>
        <translation>Nichts wurde erneut in die Warteschlange gestellt: Der Anbieter meldet die Vorlage jetzt als „%1“, und nur genehmigte Vorlagen können gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not queued again: the number is now on the opt-out list (%1).</source>
        <translation>
            <numerusform>%n Nachricht wurde nicht erneut in die Warteschlange gestellt: Die Nummer steht jetzt auf der Opt-out-Liste (%1).</numerusform>
            <numerusform>%n Nachrichten wurden nicht erneut in die Warteschlange gestellt: Die Nummer steht jetzt auf der Opt-out-Liste (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again by the operator.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Nachricht vom Bediener erneut in die Warteschlange gestellt.</numerusform>
            <numerusform>%n fehlgeschlagene Nachrichten vom Bediener erneut in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an unknown outcome sent again at the operator&apos;s word.</source>
        <translation>
            <numerusform>%n Nachricht mit unbekanntem Ergebnis auf Anweisung des Bedieners erneut gesendet.</numerusform>
            <numerusform>%n Nachrichten mit unbekanntem Ergebnis auf Anweisung des Bedieners erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again one by one by the operator (%1).</source>
        <translation>
            <numerusform>%n Nachricht vom Bediener einzeln erneut in die Warteschlange gestellt (%1).</numerusform>
            <numerusform>%n Nachrichten vom Bediener einzeln erneut in die Warteschlange gestellt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: Herald was not running at the time to send.</source>
        <translation>Pausiert: Herald lief zum Sendezeitpunkt nicht.</translation>
    </message>
    <message>
        <source>Campaign “%1” was due at %2, while Herald was not running. It is paused: resume it to send now.</source>
        <translation>Kampagne „%1“ war um %2 fällig, aber Herald lief nicht. Sie ist pausiert: Setzen Sie sie fort, um jetzt zu senden.</translation>
    </message>
    <message>
        <source>Started at its scheduled time.</source>
        <translation>Zum geplanten Zeitpunkt gestartet.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignSender</name>
    <message>
        <source>The provider asked Herald to slow down; nothing was sent. It goes again later.</source>
        <translation>Der Anbieter hat Herald gebeten, langsamer zu senden; es wurde nichts gesendet. Der Versand wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The provider could not be reached or refused the credentials; nothing was sent. It goes again later.</source>
        <translation>Der Anbieter war nicht erreichbar oder hat die Zugangsdaten abgelehnt; es wurde nichts gesendet. Der Versand wird später erneut versucht.</translation>
    </message>
    <message>
        <source>the provider refused the profile&apos;s credentials (%1)</source>
        <translation>der Anbieter hat die Zugangsdaten des Profils abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the provider cannot be reached (%1)</source>
        <translation>der Anbieter ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the journal cannot be written (%1)</source>
        <translation>das Journal kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStatus</name>
    <message>
        <source>Campaign progress</source>
        <translation>Kampagnenfortschritt</translation>
    </message>
    <message>
        <source>Campaigns sending now. Click to see them.</source>
        <translation>Kampagnen werden gerade gesendet. Klicken, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsWidget</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s delivery report</source>
        <translation>Zustellbericht der Kampagne exportieren</translation>
    </message>
    <message>
        <source>Skipped rows (%1)</source>
        <translation>Übersprungene Zeilen (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <source>template %1 (%2)</source>
        <translation>Vorlage %1 (%2)</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>erstellt %1 von %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Scheduled for %1; %2 holds the messages until then.</source>
        <translation>Geplant für %1; %2 hält die Nachrichten bis dahin zurück.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Herald holds it and sends it then: Herald must be running at that time.</source>
        <translation>Geplant für %1. Herald hält die Kampagne zurück und sendet sie dann: Herald muss zu diesem Zeitpunkt laufen.</translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation>Derzeit gültig: %1.</translation>
    </message>
    <message>
        <source>Achieved: %1.</source>
        <translation>Erreicht: %1.</translation>
    </message>
    <message>
        <source>Sends at %1 when it runs.</source>
        <translation>Sendet mit %1, sobald sie läuft.</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled (%1)</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen (%1)</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Resend un&amp;known (%1)…</source>
        <translation>&amp;Unbekannte erneut senden (%1)…</translation>
    </message>
    <message>
        <source>Resend un&amp;known…</source>
        <translation>&amp;Unbekannte erneut senden…</translation>
    </message>
    <message>
        <source>Audit log (%1)</source>
        <translation>Prüfprotokoll (%1)</translation>
    </message>
    <message>
        <source>%1 campaigns: %2</source>
        <translation>%1 Kampagnen: %2</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way still get their answers.</source>
        <translation>Pausiert. Nachrichten, die bereits unterwegs sind, erhalten weiterhin ihre Rückmeldungen.</translation>
    </message>
    <message>
        <source>Resumed where it stopped.</source>
        <translation>Dort fortgesetzt, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Messages not sent yet: %1. They will not be sent.</source>
        <translation>Noch nicht gesendete Nachrichten: %1. Sie werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Messages the provider holds for later: %1. Herald asks the provider to cancel them.</source>
        <translation>Nachrichten, die der Anbieter für später zurückhält: %1. Herald bittet den Anbieter, sie abzubrechen.</translation>
    </message>
    <message>
        <source>Messages already handed to the provider for now cannot be called back.</source>
        <translation>Nachrichten, die dem Anbieter bereits zum sofortigen Versand übergeben wurden, können nicht zurückgeholt werden.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>„%1“ abbrechen?</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Nicht abbrechen</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more of it will be sent.</source>
        <translation>Abgebrochen. Von dieser Kampagne wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Failed messages queued again: %1.</source>
        <translation>Fehlgeschlagene Nachrichten erneut in die Warteschlange gestellt: %1.</translation>
    </message>
    <message>
        <source>Nothing was queued again.</source>
        <translation>Es wurde nichts erneut in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Unbekannte erneut senden</translation>
    </message>
    <message>
        <source>Send %1 messages again whose outcome is unknown?</source>
        <translation>%1 Nachrichten mit unbekanntem Ergebnis erneut senden?</translation>
    </message>
    <message>
        <source>For these messages Herald could not learn whether the provider took them: the connection broke or the answer never came. Some may have been sent and may already be on the recipients&apos; phones. Sending them again may deliver them twice.</source>
        <translation>Bei diesen Nachrichten konnte Herald nicht feststellen, ob der Anbieter sie angenommen hat: Die Verbindung ist abgebrochen oder die Antwort kam nie an. Einige wurden möglicherweise gesendet und sind vielleicht schon auf den Telefonen der Empfänger. Wenn Sie sie erneut senden, kommen sie möglicherweise doppelt an.</translation>
    </message>
    <message>
        <source>Send them again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Nicht erneut senden</translation>
    </message>
    <message>
        <source>Messages with an unknown outcome queued again: %1.</source>
        <translation>Nachrichten mit unbekanntem Ergebnis erneut in die Warteschlange gestellt: %1.</translation>
    </message>
    <message>
        <source>Export the report of “%1”</source>
        <translation>Bericht von „%1“ exportieren</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <translation>%1-Bericht.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The pace is now %1.</source>
        <translation>Das Tempo beträgt jetzt %1.</translation>
    </message>
</context>
<context>
    <name>herald::ComposeWidget</name>
    <message>
        <source>Header %1 link:</source>
        <translation>Link der Kopfzeile (%1):</translation>
    </message>
    <message>
        <source>Document file name:</source>
        <translation>Dateiname des Dokuments:</translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation>Kopfzeile {{%1}}:</translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <source>Button “%1”, end of link:</source>
        <translation>Schaltfläche „%1“, Ende des Links:</translation>
    </message>
    <message>
        <source>Button “%1”, reply payload (optional):</source>
        <translation>Schaltfläche „%1“, Antwort-Payload (optional):</translation>
    </message>
    <message>
        <source>Button “%1”, code to copy:</source>
        <translation>Schaltfläche „%1“, zu kopierender Code:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Review and send to list</source>
        <translation>Prüfen und an Liste senden</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie eingegeben</translation>
    </message>
    <message>
        <source>Hashed (SHA-256)</source>
        <translation>Gehasht (SHA-256)</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>A template with this name and language already exists.</source>
        <translation>Eine Vorlage mit diesem Namen und dieser Sprache existiert bereits.</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Send to this recipient</source>
        <translation>An diesen Empfänger &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 numbers.</source>
        <translation>Nummern ohne Ländervorwahl gelten als Nummern aus %1.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list: nothing will be sent to it.</source>
        <translation>%1 steht auf der Opt-out-Liste: An diese Nummer wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Will be sent to %1</source>
        <translation>Wird an %1 gesendet</translation>
    </message>
    <message>
        <source>Will be sent to %1. %2</source>
        <translation>Wird an %1 gesendet. %2</translation>
    </message>
    <message>
        <source>Type the recipient to check the customer-service window.</source>
        <translation>Geben Sie den Empfänger ein, um das Kundenservice-Fenster zu prüfen.</translation>
    </message>
    <message>
        <source>Add a template with New…, or fetch your approved ones with Sync from Messente on the Templates tab, to see its preview here.</source>
        <translation>Fügen Sie mit „Neu…“ eine Vorlage hinzu oder holen Sie Ihre genehmigten Vorlagen im Tab Vorlagen mit „Von Messente synchronisieren“, um hier ihre Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Type the text message, or untick it to send the template.</source>
        <translation>Geben Sie die Textnachricht ein oder entfernen Sie das Häkchen, um die Vorlage zu senden.</translation>
    </message>
    <message>
        <source>The customer-service window is closed: only approved templates can be sent now.</source>
        <translation>Das Kundenservice-Fenster ist geschlossen: Jetzt können nur genehmigte Vorlagen gesendet werden.</translation>
    </message>
    <message>
        <source>Waiting to learn whether the customer-service window is open.</source>
        <translation>Warten auf die Auskunft, ob das Kundenservice-Fenster offen ist.</translation>
    </message>
    <message>
        <source>Enter the SMS text, or untick the SMS fallback.</source>
        <translation>Geben Sie den SMS-Text ein oder entfernen Sie das Häkchen beim SMS-Ausweichkanal.</translation>
    </message>
    <message>
        <source>Enter the Viber text, or untick the Viber fallback.</source>
        <translation>Geben Sie den Viber-Text ein oder entfernen Sie das Häkchen beim Viber-Ausweichkanal.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Before sending:</source>
        <translation>Vor dem Senden:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: the message could not be prepared.</source>
        <translation>Nicht gesendet: Die Nachricht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>For this recipient: %1</source>
        <translation>Für diesen Empfänger: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The request cannot be shown: %1</source>
        <translation>Die Anfrage kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 It will leave at %2.</source>
        <translation>%1 Sie wird um %2 versendet.</translation>
    </message>
    <message>
        <source>Checking the customer-service window for %1…</source>
        <translation>Kundenservice-Fenster für %1 wird geprüft…</translation>
    </message>
    <message>
        <source>The customer-service window could not be checked, so only templates can be sent: %1</source>
        <translation>Das Kundenservice-Fenster konnte nicht geprüft werden, daher können nur Vorlagen gesendet werden: %1</translation>
    </message>
    <message>
        <source>%1 has a permanent session: free text can be sent.</source>
        <translation>%1 hat eine dauerhafte Sitzung: Freitext kann gesendet werden.</translation>
    </message>
    <message>
        <source>The customer-service window with %1 is open until %2.</source>
        <translation>Das Kundenservice-Fenster mit %1 ist bis %2 offen.</translation>
    </message>
    <message>
        <source>The customer-service window with %1 is closed: WhatsApp allows only approved templates until the customer writes again.</source>
        <translation>Das Kundenservice-Fenster mit %1 ist geschlossen: WhatsApp erlaubt nur genehmigte Vorlagen, bis der Kunde wieder schreibt.</translation>
    </message>
</context>
<context>
    <name>herald::DatabaseProblemDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>SQLite says: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The other Herald is using this database, so no backup can be restored while it runs.</source>
        <translation>Das andere Herald verwendet diese Datenbank, daher kann keine Sicherung wiederhergestellt werden, solange es läuft.</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet: Herald makes one a day, a little after it starts.</source>
        <translation>In %1 gibt es noch keine Sicherung: Herald erstellt eine pro Tag, kurz nach dem Start.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (%1)</source>
        <translation>Neueste Sicherung &amp;wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Made on %1: Herald&apos;s data comes back as it was that day. %2 (%3)</source>
        <translation>Erstellt am %1: Die Daten von Herald werden auf den Stand dieses Tages zurückgesetzt. %2 (%3)</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Open a Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Herald databases (*.sqlite);;All files (*)</source>
        <translation>Herald-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Data Folder</source>
        <translation>Datenordner wählen</translation>
    </message>
    <message>
        <source>Herald is already running with this data folder.</source>
        <translation>Herald läuft bereits mit diesem Datenordner.</translation>
    </message>
    <message>
        <source>Herald cannot use its data folder.</source>
        <translation>Herald kann seinen Datenordner nicht verwenden.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Herald may not read or write its database.</source>
        <translation>Herald darf seine Datenbank nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>The disk could not read or write Herald&apos;s database.</source>
        <translation>Der Datenträger konnte die Datenbank von Herald nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is damaged.</source>
        <translation>Die Datenbank von Herald ist beschädigt.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is from a newer version of Herald.</source>
        <translation>Die Datenbank von Herald stammt von einer neueren Version von Herald.</translation>
    </message>
    <message>
        <source>Another program is holding Herald&apos;s database.</source>
        <translation>Ein anderes Programm hält die Datenbank von Herald belegt.</translation>
    </message>
    <message>
        <source>Herald could not open its database.</source>
        <translation>Herald konnte seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>Only one Herald at a time may use a data folder, so that no message is sent twice. Switch to the other Herald&apos;s window, or choose another data folder for this one.</source>
        <translation>Nur jeweils ein Herald darf einen Datenordner verwenden, damit keine Nachricht doppelt gesendet wird. Wechseln Sie zum Fenster des anderen Herald oder wählen Sie für dieses einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Check that the folder may be written and that the disk is not full, then try again, or choose another data folder.</source>
        <translation>Prüfen Sie, ob in den Ordner geschrieben werden darf und der Datenträger nicht voll ist, und versuchen Sie es dann erneut, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Nothing was lost. Free some space on the disk, then try again.</source>
        <translation>Es ist nichts verloren gegangen. Geben Sie Speicherplatz auf dem Datenträger frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that the database file and its folder are yours and may be written, then try again; or restore a backup.</source>
        <translation>Prüfen Sie, ob die Datenbankdatei und ihr Ordner Ihnen gehören und beschreibbar sind, und versuchen Sie es dann erneut; oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk may be failing: copy the data folder somewhere safe first. Then try again, restore a backup, or choose another data folder.</source>
        <translation>Der Datenträger fällt möglicherweise aus: Kopieren Sie zuerst den Datenordner an einen sicheren Ort. Versuchen Sie es dann erneut, stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Nothing has been deleted. Restoring a backup brings Herald&apos;s data back as it was that day; the damaged file is kept beside it under a new name.</source>
        <translation>Es wurde nichts gelöscht. Beim Wiederherstellen einer Sicherung werden die Daten von Herald auf den Stand dieses Tages zurückgesetzt; die beschädigte Datei bleibt unter einem neuen Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>This Herald cannot change it without risking the newer Herald&apos;s data. Start the newer Herald, or restore a backup this one made; the file is kept either way.</source>
        <translation>Dieses Herald kann sie nicht ändern, ohne die Daten des neueren Herald zu gefährden. Starten Sie das neuere Herald oder stellen Sie eine Sicherung wieder her, die dieses Herald erstellt hat; die Datei bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>Close the program that is using it (a database tool, say), then try again.</source>
        <translation>Schließen Sie das Programm, das sie verwendet (etwa ein Datenbankwerkzeug), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again, restore a backup, or choose another data folder.</source>
        <translation>Versuchen Sie es erneut, stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>herald::DeliveryWidget</name>
    <message>
        <source>Export the messages shown</source>
        <translation>Angezeigte Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Noch nicht zugestellt</translation>
    </message>
    <message>
        <source>Problems (failed, expired, unknown)</source>
        <translation>Probleme (fehlgeschlagen, abgelaufen, unbekannt)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Show or hide the messages that are %1</source>
        <translation>Nachrichten mit dem Status %1 ein- oder ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only messages in the chosen states</source>
        <translation>Nur Nachrichten mit den gewählten Status anzeigen</translation>
    </message>
    <message>
        <source>Showing messages that are: %1</source>
        <translation>Angezeigt werden Nachrichten mit dem Status: %1</translation>
    </message>
    <message>
        <source>Sent on their own</source>
        <translation>Einzeln gesendet</translation>
    </message>
    <message>
        <source>Loading the message history…</source>
        <translation>Nachrichtenverlauf wird geladen…</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Noch keine Nachrichten gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>No messages to export: the filters show none.</source>
        <translation>Keine Nachrichten zum Exportieren: Die Filter zeigen keine an.</translation>
    </message>
    <message>
        <source>campaign-%1-report.csv</source>
        <translation>kampagne-%1-bericht.csv</translation>
    </message>
    <message>
        <source>delivery-report-%1.csv</source>
        <translation>zustellbericht-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::HttpTransport</name>
    <message>
        <source>%1 is not a secure (https) address, and Herald sends credentials only over https to another machine; nothing was sent</source>
        <translation>%1 ist keine sichere (https-)Adresse, und Herald sendet Zugangsdaten an einen anderen Rechner nur über https; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB, so Herald stopped reading it</source>
        <translation>Die Antwort war größer als %1 MB, daher hat Herald das Lesen abgebrochen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1), so Herald did not connect and nothing was sent</source>
        <translation>Dem Zertifikat des Servers kann nicht vertraut werden (%1), daher hat Herald keine Verbindung hergestellt und nichts gesendet</translation>
    </message>
    <message>
        <source>The server sent Herald on to another address (%1); Herald does not follow it, so the credentials were not sent there</source>
        <translation>Der Server hat Herald an eine andere Adresse weitergeleitet (%1); Herald folgt dem nicht, daher wurden die Zugangsdaten nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>A secure connection could not be made (%1), so nothing was sent</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden (%1), daher wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>herald::ImportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>C&amp;heck numbers</source>
        <translation>Nummern &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation>Liste &amp;speichern</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(keine Namen)</translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation>(Spalte ohne Namen)</translation>
    </message>
    <message>
        <source>Pasted cells</source>
        <translation>Eingefügte Zellen</translation>
    </message>
    <message>
        <source>%1: %L2 rows under the header row.</source>
        <translation>%1: %L2 Zeilen unter der Kopfzeile.</translation>
    </message>
    <message>
        <source>Columns mapped as at the last import of a file with these headers.</source>
        <translation>Spalten wie beim letzten Import einer Datei mit diesen Spaltenüberschriften zugeordnet.</translation>
    </message>
    <message>
        <source>Blank lines skipped: %L1.</source>
        <translation>Übersprungene Leerzeilen: %L1.</translation>
    </message>
    <message>
        <source>A quoted cell is never closed, so the last rows may have run together: check them.</source>
        <translation>Eine Zelle in Anführungszeichen wird nie geschlossen, daher sind die letzten Zeilen möglicherweise zusammengelaufen: Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Checking every number…</source>
        <translation>Alle Nummern werden geprüft…</translation>
    </message>
    <message>
        <source>Rows read: %L1.</source>
        <translation>Gelesene Zeilen: %L1.</translation>
    </message>
    <message>
        <source>Will be sent to: %L1 (rewritten in international form: %L2; not mobile numbers, which WhatsApp may not reach: %L3).</source>
        <translation>Erhalten die Nachricht: %L1 (in das internationale Format umgeschrieben: %L2; keine Mobilnummern, von WhatsApp möglicherweise nicht erreichbar: %L3).</translation>
    </message>
    <message>
        <source>Not numbers Herald can send to: %L1.</source>
        <translation>Keine Nummern, an die Herald senden kann: %L1.</translation>
    </message>
    <message>
        <source>Repeats of an earlier row: %L1.</source>
        <translation>Wiederholungen einer früheren Zeile: %L1.</translation>
    </message>
    <message>
        <source>On the opt-out list: %L1.</source>
        <translation>Auf der Opt-out-Liste: %L1.</translation>
    </message>
    <message>
        <source>Without a number: %L1.</source>
        <translation>Ohne Nummer: %L1.</translation>
    </message>
    <message>
        <source>Every row is kept in the list; only the ones to be sent to will be.</source>
        <translation>Alle Zeilen bleiben in der Liste erhalten; gesendet wird nur an die, die eine Nachricht erhalten sollen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dateizeile</translation>
    </message>
    <message>
        <source>Number as written</source>
        <translation>Nummer wie angegeben</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Saving %L1 rows…</source>
        <translation>%L1 Zeilen werden gespeichert…</translation>
    </message>
    <message>
        <source>The list could not be saved: %1 Choose another name.</source>
        <translation>Die Liste konnte nicht gespeichert werden: %1 Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <source> - rejected.csv</source>
        <translation> - abgelehnt.csv</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>herald::KeychainSecretStore</name>
    <message>
        <source>The password was not saved anywhere.</source>
        <translation>Das Passwort wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The saved password could not be read.</source>
        <translation>Das gespeicherte Passwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The password may still be in the keychain.</source>
        <translation>Das Passwort befindet sich möglicherweise noch im Schlüsselbund.</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>keine Details angegeben</translation>
    </message>
    <message>
        <source>No password for this entry is stored in the system keychain.</source>
        <translation>Im Systemschlüsselbund ist für diesen Eintrag kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) is locked or has no default keyring, and it could not ask to unlock it: %1. Unlock the keyring and try again.</source>
        <translation>Der Systemschlüsselbund (Secret Service) ist gesperrt oder hat keinen Standard-Schlüsselring, und er konnte nicht zum Entsperren auffordern: %1. Entsperren Sie den Schlüsselring und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) could not be reached: %1.</source>
        <translation>Der Systemschlüsselbund (Secret Service) war nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied: %1.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert: %1.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) reported an error: %1.</source>
        <translation>Der Systemschlüsselbund (Secret Service) hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>herald::LanguageChooser</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Herald will be in %1 the next time it starts.</source>
        <translation>Beim nächsten Start ist Herald auf %1.</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>Ver&amp;fassen</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Opt-outs</source>
        <translation>&amp;Opt-outs</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Kampagne beendet</translation>
    </message>
    <message>
        <source>Many messages are failing</source>
        <translation>Viele Nachrichten schlagen fehl</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Über Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Send approved WhatsApp templates by hand and watch them arrive.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), QtKeychain %4 and libphonenumber %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Genehmigte WhatsApp-Vorlagen von Hand senden und ihre Zustellung verfolgen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft unter Qt %3), QtKeychain %4 und libphonenumber %5.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>herald::MediaFetcher</name>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>die sichere Verbindung konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>the link redirects to something other than a web address</source>
        <translation>der Link leitet auf etwas anderes als eine Webadresse weiter</translation>
    </message>
    <message>
        <source>the link redirects from https to http</source>
        <translation>der Link leitet von https auf http weiter</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>der Proxy konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>only http and https links can be fetched</source>
        <translation>nur http- und https-Links können abgerufen werden</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 allowed</source>
        <translation>die Datei ist %1 groß, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 allowed</source>
        <translation>die Datei ist größer als die erlaubten %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete mit %1 %2</translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation>der Server hat eine leere Datei gesendet</translation>
    </message>
</context>
<context>
    <name>herald::MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>No password is stored for this session.</source>
        <translation>Für diese Sitzung ist kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>herald::MessageDetailPane</name>
    <message>
        <source>No raw answer recorded for this message.</source>
        <translation>Für diese Nachricht ist keine Rohantwort aufgezeichnet.</translation>
    </message>
    <message>
        <source>Asking the provider to cancel…</source>
        <translation>Anbieter wird um Abbruch gebeten…</translation>
    </message>
    <message>
        <source>%1 — the provider says %2</source>
        <translation>%1 — der Anbieter meldet %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Free text, no template</source>
        <translation>Freier Text, keine Vorlage</translation>
    </message>
    <message>
        <source>Kaleyra reports delivery only by calling Herald back, and the profile “%1” has no callback address: this message&apos;s status cannot arrive.</source>
        <translation>Kaleyra meldet die Zustellung nur per Rückruf an Herald, und das Profil „%1“ hat keine Rückrufadresse: Der Status dieser Nachricht kann nicht eintreffen.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>In the provider&apos;s words: %1</source>
        <translation>Wortlaut des Anbieters: %1</translation>
    </message>
    <message>
        <source>In the provider&apos;s words (code %1): %2</source>
        <translation>Wortlaut des Anbieters (Code %1): %2</translation>
    </message>
    <message>
        <source>The provider&apos;s code: %1.</source>
        <translation>Code des Anbieters: %1.</translation>
    </message>
    <message>
        <source>Herald recorded no answer with this change: pick another.</source>
        <translation>Herald hat zu dieser Änderung keine Antwort aufgezeichnet: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>What the provider answered at %1 (%2), secrets masked:</source>
        <translation>Antwort des Anbieters um %1 (%2), Geheimnisse maskiert:</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>freier Text</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent to %1, across campaigns and profiles.</source>
        <translation>
            <numerusform>%n Nachricht an %1 gesendet, über alle Kampagnen und Profile hinweg.</numerusform>
            <numerusform>%n Nachrichten an %1 gesendet, über alle Kampagnen und Profile hinweg.</numerusform>
        </translation>
    </message>
    <message>
        <source>This message was sent again already; its newer copy is in the history.</source>
        <translation>Diese Nachricht wurde bereits erneut gesendet; die neuere Kopie steht im Verlauf.</translation>
    </message>
    <message>
        <source>Herald&apos;s message id: %1</source>
        <translation>Nachrichten-ID in Herald: %1</translation>
    </message>
    <message>
        <source>Provider&apos;s id: %1</source>
        <translation>ID beim Anbieter: %1</translation>
    </message>
    <message>
        <source>The provider has given no id yet.</source>
        <translation>Der Anbieter hat noch keine ID vergeben.</translation>
    </message>
    <message>
        <source>Channel&apos;s id: %1</source>
        <translation>ID im Kanal: %1</translation>
    </message>
    <message>
        <source>The ids are on the clipboard.</source>
        <translation>Die IDs wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Export the history of %1</source>
        <translation>Verlauf von %1 exportieren</translation>
    </message>
    <message>
        <source>messages-to-%1.csv</source>
        <translation>nachrichten-an-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>It is not known whether the provider took this message to %1.</source>
        <translation>Es ist nicht bekannt, ob der Anbieter diese Nachricht an %1 angenommen hat.</translation>
    </message>
    <message>
        <source>If it did, the recipient gets it twice. Check with the recipient or in the provider&apos;s console first if you can.</source>
        <translation>Falls ja, erhält der Empfänger sie doppelt. Fragen Sie nach Möglichkeit zuerst beim Empfänger nach oder prüfen Sie die Konsole des Anbieters.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>The template “%1” is no longer in the library, so Herald cannot send it again.</source>
        <translation>Die Vorlage „%1“ ist nicht mehr in der Bibliothek, daher kann Herald die Nachricht nicht erneut senden.</translation>
    </message>
    <message>
        <source>Not sent again: %1</source>
        <translation>Nicht erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent again: the message could not be prepared.</source>
        <translation>Nicht erneut gesendet: Die Nachricht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Message %1 to %2 sent again as message %3.</source>
        <translation>Nachricht %1 an %2 wurde als Nachricht %3 erneut gesendet.</translation>
    </message>
    <message>
        <source>Sent again as message %1; message %2 stays in the history.</source>
        <translation>Als Nachricht %1 erneut gesendet; Nachricht %2 bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Not sent again: it has been sent again already, or it is no longer failed.</source>
        <translation>Nicht erneut gesendet: Die Nachricht wurde bereits erneut gesendet oder ist nicht mehr fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not sent again. %1</source>
        <translation>Nicht erneut gesendet. %1</translation>
    </message>
    <message>
        <source>Queued again in its campaign as message %1; message %2 stays in the history.</source>
        <translation>Als Nachricht %1 erneut in die Warteschlange ihrer Kampagne gestellt; Nachricht %2 bleibt im Verlauf.</translation>
    </message>
</context>
<context>
    <name>herald::MessagePreview</name>
    <message>
        <source>the file is not a picture Herald can show</source>
        <translation>die Datei ist kein Bild, das Herald anzeigen kann</translation>
    </message>
    <message>
        <source>the file is not a picture Herald can show (%1)</source>
        <translation>die Datei ist kein Bild, das Herald anzeigen kann (%1)</translation>
    </message>
    <message>
        <source>the picture is too large to show (%1 × %2 pixels)</source>
        <translation>das Bild ist zu groß für die Anzeige (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>the picture could not be read: %1</source>
        <translation>das Bild konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>herald::MessageTableModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>herald::ProfileDialog</name>
    <message>
        <source>AccessKey (Bird&apos;s specification)</source>
        <translation>AccessKey (laut Birds Spezifikation)</translation>
    </message>
    <message>
        <source>Bearer (as in Bird&apos;s examples)</source>
        <translation>Bearer (wie in Birds Beispielen)</translation>
    </message>
    <message>
        <source>Singapore (api.kaleyra.io)</source>
        <translation>Singapur (api.kaleyra.io)</translation>
    </message>
    <message>
        <source>India (api.in.kaleyra.io)</source>
        <translation>Indien (api.in.kaleyra.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.kaleyra.io)</source>
        <translation>Europa (api.eu.kaleyra.io)</translation>
    </message>
    <message>
        <source>North America (api.na.kaleyra.ai)</source>
        <translation>Nordamerika (api.na.kaleyra.ai)</translation>
    </message>
    <message>
        <source>API pass&amp;word:</source>
        <translation>API-Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>Zugriffssch&amp;lüssel:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Absendernu&amp;mmer:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>Absen&amp;der:</translation>
    </message>
    <message>
        <source>Your WhatsApp business number, e.g. +15550100000</source>
        <translation>Ihre WhatsApp-Business-Nummer, z. B. +15550100000</translation>
    </message>
    <message>
        <source>Optional: the WhatsApp sender number or name</source>
        <translation>Optional: die WhatsApp-Absendernummer oder der Absendername</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain only.</source>
        <translation>Das Geheimnis wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Kaleyra reports delivery only by calling Herald back: without a callback address, sent messages stay at &quot;accepted&quot;.</source>
        <translation>Kaleyra meldet die Zustellung nur per Rückruf an Herald: Ohne Rückrufadresse bleiben gesendete Nachrichten auf &quot;angenommen&quot;.</translation>
    </message>
    <message>
        <source>%1&apos;s default, %2 msg/s</source>
        <translation>Standard von %1, %2 Nachr./s</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The connection works: the provider accepted the credentials.</source>
        <translation>Die Verbindung funktioniert: Der Anbieter hat die Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Herald keeps passwords only in the keychain, never in a file. You can use this password for this session only: Herald holds it in memory until it quits, and you enter it again next time. Or cancel, unlock or start the keychain, and save again.</source>
        <translation>Herald speichert Passwörter nur im Schlüsselbund, niemals in einer Datei. Sie können dieses Passwort nur für diese Sitzung verwenden: Herald behält es bis zum Beenden im Arbeitsspeicher, und Sie geben es beim nächsten Mal erneut ein. Oder brechen Sie ab, entsperren oder starten Sie den Schlüsselbund und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
</context>
<context>
    <name>herald::ProfileService</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The base URL must be a web address such as https://api.messente.com/v1.</source>
        <translation>Die Basis-URL muss eine Webadresse sein, z. B. https://api.messente.com/v1.</translation>
    </message>
    <message>
        <source>Enter the Messente API username.</source>
        <translation>Geben Sie den Messente-API-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the API password.</source>
        <translation>Geben Sie das API-Passwort ein.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number, such as 105954558954427.</source>
        <translation>Die ID des WhatsApp Business Accounts ist eine Zahl, z. B. 105954558954427.</translation>
    </message>
    <message>
        <source>Enter the Bird workspace ID and channel ID.</source>
        <translation>Geben Sie die Workspace-ID und die Kanal-ID von Bird ein.</translation>
    </message>
    <message>
        <source>Enter the Bird access key.</source>
        <translation>Geben Sie den Bird-Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the Kaleyra account SID.</source>
        <translation>Geben Sie die Konto-SID von Kaleyra ein.</translation>
    </message>
    <message>
        <source>Enter the WhatsApp business number Kaleyra sends from.</source>
        <translation>Geben Sie die WhatsApp-Business-Nummer ein, von der Kaleyra sendet.</translation>
    </message>
    <message>
        <source>Enter the Kaleyra API key.</source>
        <translation>Geben Sie den Kaleyra-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The callback listen address is a host and port, such as 127.0.0.1:8085.</source>
        <translation>Die Empfangsadresse für Rückrufe besteht aus Host und Port, z. B. 127.0.0.1:8085.</translation>
    </message>
    <message>
        <source>Enter the public URL the provider posts statuses to, which must reach the listen address.</source>
        <translation>Geben Sie die öffentliche URL ein, an die der Anbieter Statusmeldungen sendet; sie muss zur Empfangsadresse durchgeleitet werden.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already listens for callbacks on %2.</source>
        <translation>Das Profil „%1“ empfängt bereits Rückrufe auf %2.</translation>
    </message>
    <message>
        <source>The profile could not be saved in the database.</source>
        <translation>Das Profil konnte nicht in der Datenbank gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile still has messages in the journal, so it cannot be removed.</source>
        <translation>Zu diesem Profil gibt es noch Nachrichten im Journal, daher kann es nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 profiles cannot be tested yet.</source>
        <translation>%1-Profile können noch nicht getestet werden.</translation>
    </message>
    <message>
        <source>The base URL must start with https://: the password would otherwise cross the network unencrypted. Plain http is only allowed for this computer (localhost or 127.0.0.1).</source>
        <translation>Die Basis-URL muss mit https:// beginnen, sonst würde das Passwort unverschlüsselt über das Netzwerk übertragen. Einfaches http ist nur für diesen Computer erlaubt (localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <source>This password cannot be kept for the session.</source>
        <translation>Dieses Passwort kann nicht für die Sitzung behalten werden.</translation>
    </message>
</context>
<context>
    <name>herald::ProfilesWidget</name>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>The built-in sandbox: nothing leaves this computer.</source>
        <translation>Die integrierte Sandbox: Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its password is in the system keychain.</source>
        <translation>Profil &quot;%1&quot; gespeichert; sein Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its password from the keychain?</source>
        <translation>Das Profil &quot;%1&quot; und sein Passwort aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its password could not be removed from the keychain: %2</source>
        <translation>Profil &quot;%1&quot; entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; wird getestet…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider accepted the credentials.</source>
        <translation>&quot;%1&quot; funktioniert: Der Anbieter hat die Zugangsdaten angenommen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not work: %2</source>
        <translation>&quot;%1&quot; funktioniert nicht: %2</translation>
    </message>
    <message>
        <source>Password for this session only: the keychain is not available</source>
        <translation>Passwort nur für diese Sitzung: Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1
Herald holds this profile&apos;s password in memory until it quits; enter it again next time, or when the keychain works again, to keep it there.</source>
        <translation>%1
Herald behält das Passwort dieses Profils bis zum Beenden im Arbeitsspeicher; geben Sie es beim nächsten Mal oder sobald der Schlüsselbund wieder funktioniert erneut ein, um es dort zu speichern.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its password is kept for this session only, because the keychain is not available.</source>
        <translation>Profil &quot;%1&quot; gespeichert; sein Passwort wird nur für diese Sitzung behalten, da der Schlüsselbund nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>herald::ProviderRegistry</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No password is stored for the profile &quot;%1&quot;. Edit the profile and enter it again.</source>
        <translation>Für das Profil &quot;%1&quot; ist kein Passwort gespeichert. Bearbeiten Sie das Profil und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>%1 profiles cannot send yet.</source>
        <translation>%1-Profile können noch nicht senden.</translation>
    </message>
</context>
<context>
    <name>herald::RecipientListPicker</name>
    <message>
        <source>Paste recipients</source>
        <translation>Empfänger einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then choose Paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie die Zellen in Ihrer Tabelle einschließlich der Kopfzeile und wählen Sie dann erneut „Einfügen“.</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Eingefügte Liste</translation>
    </message>
    <message>
        <source>No list: one recipient</source>
        <translation>Keine Liste: ein Empfänger</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Spalten: %1.</translation>
    </message>
    <message>
        <source>Columns: %1. Rows without a number Herald can read: %L2.</source>
        <translation>Spalten: %1. Zeilen ohne für Herald lesbare Nummer: %L2.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Die Liste ist leer.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellentext (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>herald::RecipientRowsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation>%1 (Nummer)</translation>
    </message>
</context>
<context>
    <name>herald::RecipientsWidget</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Empfänger importieren</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellentext (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Paste recipients</source>
        <translation>Empfänger einfügen</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then choose Paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie die Zellen in Ihrer Tabelle einschließlich der Kopfzeile und wählen Sie dann erneut „Einfügen“.</translation>
    </message>
    <message>
        <source>Import a recipient list</source>
        <translation>Empfängerliste importieren</translation>
    </message>
    <message>
        <source>%1
%L2 rows, %L3 to send to</source>
        <translation>%1
%L2 Zeilen, davon %L3 für den Versand</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Several lists chosen: Merge makes one of them.</source>
        <translation>Mehrere Listen ausgewählt: „Zusammenführen“ macht eine daraus.</translation>
    </message>
    <message>
        <source>Import a file or paste cells to make a list.</source>
        <translation>Importieren Sie eine Datei oder fügen Sie Zellen ein, um eine Liste anzulegen.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows; %L3 will be sent to.</source>
        <translation>%L1 von %L2 Zeilen angezeigt; an %L3 wird gesendet.</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Eingefügte Liste</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Die Zelle für die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Merge lists</source>
        <translation>Listen zusammenführen</translation>
    </message>
    <message>
        <source>Name of the new list made of %1:</source>
        <translation>Name der neuen Liste aus %1:</translation>
    </message>
    <message>
        <source>Merged list</source>
        <translation>Zusammengeführte Liste</translation>
    </message>
    <message>
        <source>A list named “%1” already exists.</source>
        <translation>Eine Liste namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Liste umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>“%1” is empty or already taken.</source>
        <translation>„%1“ ist leer oder bereits vergeben.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Delete lists</source>
        <translation>Listen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln selected row(s) from “%1”?</source>
        <translation>
            <numerusform>%Ln ausgewählte Zeile aus „%1“ entfernen?</numerusform>
            <numerusform>%Ln ausgewählte Zeilen aus „%1“ entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln list(s) with all their rows? Messages already sent are kept in Delivery.</source>
        <translation>
            <numerusform>%Ln Liste mit allen Zeilen löschen? Bereits gesendete Nachrichten bleiben unter „Zustellung“ erhalten.</numerusform>
            <numerusform>%Ln Listen mit allen Zeilen löschen? Bereits gesendete Nachrichten bleiben unter „Zustellung“ erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::SendController</name>
    <message>
        <source>Herald cannot yet send a template&apos;s %1 header through Bird: send it with a Messente or Kaleyra profile.</source>
        <translation>Herald kann eine Kopfzeile vom Typ %1 noch nicht über Bird senden: Senden Sie die Nachricht mit einem Messente- oder Kaleyra-Profil.</translation>
    </message>
    <message>
        <source>Button %1 (“%2”) needs a value Herald cannot yet send through Bird: send it with a Messente or Kaleyra profile.</source>
        <translation>Schaltfläche %1 („%2“) benötigt einen Wert, den Herald noch nicht über Bird senden kann: Senden Sie die Nachricht mit einem Messente- oder Kaleyra-Profil.</translation>
    </message>
    <message>
        <source>%1 opted out on %2.</source>
        <translation>%1 hat sich am %2 abgemeldet.</translation>
    </message>
    <message>
        <source>%1 opted out on %2: %3</source>
        <translation>%1 hat sich am %2 abgemeldet: %3</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s API cannot hold a message until a later time; send it now or use another profile.</source>
        <translation>Die API von Kaleyra kann eine Nachricht nicht bis zu einem späteren Zeitpunkt zurückhalten; senden Sie sie jetzt oder verwenden Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>Choose a profile to send with.</source>
        <translation>Wählen Sie ein Profil für den Versand.</translation>
    </message>
    <message>
        <source>Free text can be sent with Bird profiles, inside the customer-service window.</source>
        <translation>Freier Text kann mit Bird-Profilen innerhalb des Kundenservicefensters gesendet werden.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>The provider reports this template as “%1”: only approved templates can be sent.</source>
        <translation>Der Anbieter meldet diese Vorlage als „%1“: Nur genehmigte Vorlagen können gesendet werden.</translation>
    </message>
    <message>
        <source>{{%1}}: %2</source>
        <translation>{{%1}}: %2</translation>
    </message>
    <message>
        <source>Bird needs the template&apos;s project ID: edit the template and enter it.</source>
        <translation>Bird benötigt die Projekt-ID der Vorlage: Bearbeiten Sie die Vorlage und geben Sie die ID ein.</translation>
    </message>
    <message>
        <source>The time to send is in the past.</source>
        <translation>Der Sendezeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Only Messente profiles can fall back to Viber or SMS.</source>
        <translation>Nur Messente-Profile können auf Viber oder SMS ausweichen.</translation>
    </message>
    <message>
        <source>{{%1}}: Kaleyra refuses HTML tags in values (error E413).</source>
        <translation>{{%1}}: Kaleyra lehnt HTML-Tags in Werten ab (Fehler E413).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the message could not be recorded in the journal.</source>
        <translation>Nicht gesendet: Die Nachricht konnte nicht im Journal erfasst werden.</translation>
    </message>
    <message>
        <source>Accepted by the provider with id %1.</source>
        <translation>Vom Anbieter mit der ID %1 angenommen.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Herald will not send it again unless you ask.</source>
        <translation>Ergebnis unbekannt: %1 Herald sendet die Nachricht nur auf Ihre Anweisung erneut.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down</source>
        <translation>Der Anbieter hat Herald gebeten, langsamer zu senden</translation>
    </message>
    <message>
        <source>The provider could not be reached</source>
        <translation>Der Anbieter war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1; nothing was sent. Trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1; es wurde nichts gesendet. Neuer Versuch in %2 s (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>Only a scheduled message that has not left can be cancelled.</source>
        <translation>Nur eine geplante Nachricht, die noch nicht verschickt wurde, kann abgebrochen werden.</translation>
    </message>
    <message>
        <source>The provider has already sent it, so it can no longer be cancelled.</source>
        <translation>Der Anbieter hat sie bereits gesendet, daher kann sie nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Cancelled by the operator before it was sent.</source>
        <translation>Vom Bediener vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>The scheduled message was cancelled.</source>
        <translation>Die geplante Nachricht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: the message could not be recorded in the journal (%1).</source>
        <translation>Nicht gesendet: Die Nachricht konnte nicht im Journal erfasst werden (%1).</translation>
    </message>
</context>
<context>
    <name>herald::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>herald::SkipTableModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Phone as written</source>
        <translation>Telefon wie eingegeben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>herald::Startup</name>
    <message>
        <source>Herald&apos;s data was restored from %1.</source>
        <translation>Die Daten von Herald wurden aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Herald&apos;s data was restored from %1; the database that could not be opened is kept as %2.</source>
        <translation>Die Daten von Herald wurden aus %1 wiederhergestellt; die Datenbank, die nicht geöffnet werden konnte, bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>Herald uses the data folder %1 until it is closed.</source>
        <translation>Herald verwendet den Datenordner %1, bis es geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>herald::SuppressionTableModel</name>
    <message>
        <source>Added on %1 (%2)</source>
        <translation>Hinzugefügt am %1 (%2)</translation>
    </message>
    <message>
        <source>Added on %1 by %2 (%3)</source>
        <translation>Hinzugefügt am %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
</context>
<context>
    <name>herald::SuppressionWidget</name>
    <message>
        <source>1 not a number (row %1)</source>
        <translation>1 keine Nummer (Zeile %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not numbers (rows %1)</source>
        <translation>
            <numerusform>%Ln keine Nummer (Zeile %1)</numerusform>
            <numerusform>%Ln keine Nummern (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 without a number (row %1)</source>
        <translation>1 ohne Nummer (Zeile %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number (rows %1)</source>
        <translation>
            <numerusform>%Ln ohne Nummer (Zeile %1)</numerusform>
            <numerusform>%Ln ohne Nummer (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has opted out yet. Add numbers one by one with Add…, or from a file or a spreadsheet with Import…</source>
        <translation>Noch hat sich niemand abgemeldet. Fügen Sie Nummern einzeln mit „Hinzufügen…“ hinzu oder aus einer Datei bzw. Tabelle mit „Importieren…“.</translation>
    </message>
    <message>
        <source>1 number on the opt-out list.</source>
        <translation>1 Nummer auf der Opt-out-Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers on the opt-out list.</source>
        <translation>
            <numerusform>%Ln Nummer auf der Opt-out-Liste.</numerusform>
            <numerusform>%Ln Nummern auf der Opt-out-Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number as the person gave it; Herald writes it in the international form.</source>
        <translation>Geben Sie die Nummer so ein, wie die Person sie angegeben hat; Herald schreibt sie in das internationale Format um.</translation>
    </message>
    <message>
        <source>Already on the list, kept as it is: %1</source>
        <translation>Bereits auf der Liste, bleibt unverändert: %1</translation>
    </message>
    <message>
        <source>Will be added as %1.</source>
        <translation>Wird als %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Will be added as %1. Say why in Reason.</source>
        <translation>Wird als %1 hinzugefügt. Geben Sie unter „Grund“ an, warum.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>%1 added to the opt-out list: Herald will not send to it.</source>
        <translation>%1 wurde zur Opt-out-Liste hinzugefügt: Herald sendet nicht mehr an diese Nummer.</translation>
    </message>
    <message>
        <source>%1 was already on the list; its first entry is kept: %2</source>
        <translation>%1 war bereits auf der Liste; der erste Eintrag bleibt erhalten: %2</translation>
    </message>
    <message>
        <source>%1 could not be added: the database refused the change. The log file says why.</source>
        <translation>%1 konnte nicht hinzugefügt werden: Die Datenbank hat die Änderung abgelehnt. Den Grund finden Sie in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Abmeldungen importieren</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellentext (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells with the numbers in your spreadsheet, then choose Paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie in Ihrer Tabelle die Zellen mit den Nummern und wählen Sie dann erneut „Einfügen“.</translation>
    </message>
    <message>
        <source>pasted from the clipboard</source>
        <translation>aus der Zwischenablage eingefügt</translation>
    </message>
    <message>
        <source>There is nothing to import: the text holds no cells.</source>
        <translation>Es gibt nichts zu importieren: Der Text enthält keine Zellen.</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Nummern werden gelesen…</translation>
    </message>
    <message>
        <source>1 new number</source>
        <translation>1 neue Nummer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new numbers</source>
        <translation>
            <numerusform>%Ln neue Nummer</numerusform>
            <numerusform>%Ln neue Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln bereits auf der Liste</numerusform>
            <numerusform>%Ln bereits auf der Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row: %1.</source>
        <translation>1 Zeile: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1.</source>
        <translation>
            <numerusform>%Ln Zeile: %1.</numerusform>
            <numerusform>%Ln Zeilen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Wählen Sie die Spalte mit den Telefonnummern.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>Say why in Reason: it is kept with every number.</source>
        <translation>Geben Sie unter „Grund“ an, warum: Der Grund wird bei jeder Nummer gespeichert.</translation>
    </message>
    <message>
        <source>Adding the numbers %1 to the opt-out list.</source>
        <translation>Die Nummern (%1) werden zur Opt-out-Liste hinzugefügt.</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Zur Opt-out-Liste hinzufügen</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (z. B. %2)</translation>
    </message>
    <message>
        <source>Nothing was added: the database refused the change. The log file says why.</source>
        <translation>Es wurde nichts hinzugefügt: Die Datenbank hat die Änderung abgelehnt. Den Grund finden Sie in der Protokolldatei.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the opt-out list</source>
        <translation>Von der Opt-out-Liste entfernen</translation>
    </message>
    <message>
        <source>Take %1 off the opt-out list? Herald will send to this number again.</source>
        <translation>%1 von der Opt-out-Liste nehmen? Herald sendet dann wieder an diese Nummer.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 could not be removed: it is no longer on the list, or the database refused the change.</source>
        <translation>%1 konnte nicht entfernt werden: Die Nummer steht nicht mehr auf der Liste, oder die Datenbank hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 was taken off the opt-out list: Herald will send to it again.</source>
        <translation>%1 wurde von der Opt-out-Liste genommen: Herald sendet wieder an diese Nummer.</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Opt-out-Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>1 number exported to %1.</source>
        <translation>1 Nummer nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers exported to %1.</source>
        <translation>
            <numerusform>%Ln Nummer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Nummern nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
</context>
<context>
    <name>herald::TemplateDialog</name>
    <message>
        <source>Utility</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Schnellantwort</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Schaltflächen</translation>
    </message>
    <message>
        <source>Two variables would both reach Bird as the key %1.</source>
        <translation>Zwei Variablen würden bei Bird beide als Schlüssel %1 ankommen.</translation>
    </message>
    <message>
        <source>Empty: Bird gets the key %1</source>
        <translation>Leer: Bird erhält den Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>herald::TemplateSyncService</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no WhatsApp Business Account ID. Add it under Profiles → Edit to sync its templates.</source>
        <translation>Das Profil &quot;%1&quot; hat keine WhatsApp-Business-Konto-ID. Tragen Sie sie unter Profile → Bearbeiten ein, um seine Vorlagen zu synchronisieren.</translation>
    </message>
    <message>
        <source>The templates of &quot;%1&quot; could not be synced: %2</source>
        <translation>Die Vorlagen von &quot;%1&quot; konnten nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>The templates read from &quot;%1&quot; could not be stored (%2); the library was not changed.</source>
        <translation>Die von &quot;%1&quot; gelesenen Vorlagen konnten nicht gespeichert werden (%2); die Vorlagenbibliothek wurde nicht geändert.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>in appeal</source>
        <translation>im Einspruch</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>pending deletion</source>
        <translation>Löschung ausstehend</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>No templates found: the WhatsApp Business Account has none Herald can use.</source>
        <translation>Keine Vorlagen gefunden: Das WhatsApp-Business-Konto hat keine, die Herald verwenden kann.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>without status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <source>1 template synced</source>
        <translation>1 Vorlage synchronisiert</translation>
    </message>
    <message>
        <source>%1 templates synced</source>
        <translation>%1 Vorlagen synchronisiert</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>the API user may not read the templates of WhatsApp Business Account %1.</source>
        <translation>der API-Benutzer darf die Vorlagen des WhatsApp-Business-Kontos %1 nicht lesen.</translation>
    </message>
    <message>
        <source>the provider refused the API username or password; check them under Profiles.</source>
        <translation>der Anbieter hat den API-Benutzernamen oder das Passwort abgelehnt; prüfen Sie beides unter Profile.</translation>
    </message>
    <message>
        <source>the provider does not know the WhatsApp Business Account ID %1; check it under Profiles.</source>
        <translation>der Anbieter kennt die WhatsApp-Business-Konto-ID %1 nicht; prüfen Sie sie unter Profile.</translation>
    </message>
    <message>
        <source>the provider refused the request.</source>
        <translation>der Anbieter hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>the provider could not be reached at %1.</source>
        <translation>der Anbieter war unter %1 nicht erreichbar.</translation>
    </message>
    <message>
        <source>the connection failed before the provider answered; try again.</source>
        <translation>die Verbindung brach ab, bevor der Anbieter antwortete; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the provider asked Herald to slow down; try again in a minute.</source>
        <translation>der Anbieter hat Herald gebeten, langsamer zu senden; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>the provider had an internal error; try again later.</source>
        <translation>beim Anbieter ist ein interner Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the provider&apos;s answer could not be read.</source>
        <translation>die Antwort des Anbieters konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>this provider has no template list.</source>
        <translation>dieser Anbieter hat keine Vorlagenliste.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Der Anbieter meldete: %1</translation>
    </message>
    <message>
        <source>It said: %1 [code %2]</source>
        <translation>Der Anbieter meldete: %1 [Code %2]</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>(HTTP %1)</translation>
    </message>
</context>
<context>
    <name>herald::TemplatesWidget</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Sync from Messente</source>
        <translation>Von Messente synchronisieren</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>hier eingegeben</translation>
    </message>
    <message>
        <source>Entered by hand in Herald, not synced from a provider.</source>
        <translation>Von Hand in Herald eingegeben, nicht von einem Anbieter synchronisiert.</translation>
    </message>
    <message>
        <source>Meta&apos;s status when synced on %1.</source>
        <translation>Status bei Meta zum Zeitpunkt der Synchronisierung am %1.</translation>
    </message>
    <message>
        <source>Not offered for sending: Meta reports it %1.</source>
        <translation>Nicht zum Senden verfügbar: Meta meldet den Status %1.</translation>
    </message>
    <message>
        <source>No templates yet: add one exactly as Meta approved it with New…</source>
        <translation>Noch keine Vorlagen: Fügen Sie mit „Neu…“ eine Vorlage genau so hinzu, wie Meta sie genehmigt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n Vorlage.</numerusform>
            <numerusform>%n Vorlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>A template called %1 in %2 already exists.</source>
        <translation>Es gibt bereits eine Vorlage namens %1 in %2.</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Duplicated as %1; edit it before sending.</source>
        <translation>Als %1 dupliziert; bearbeiten Sie die Vorlage vor dem Senden.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be saved.</source>
        <translation>%1 (%2) konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added, </source>
        <translation>
            <numerusform>%n Vorlage hinzugefügt, </numerusform>
            <numerusform>%n Vorlagen hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n aktualisiert.</numerusform>
            <numerusform>%n aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The clipboard is empty: copy a template&apos;s JSON first.</source>
        <translation>Die Zwischenablage ist leer: Kopieren Sie zuerst das JSON einer Vorlage.</translation>
    </message>
    <message>
        <source>%1 (%2) copied in Meta&apos;s JSON shape.</source>
        <translation>%1 (%2) im JSON-Format von Meta kopiert.</translation>
    </message>
    <message>
        <source>Add a Messente profile with its WhatsApp Business Account ID under Profiles to sync its templates.</source>
        <translation>Legen Sie unter „Profile“ ein Messente-Profil mit der ID des WhatsApp Business Accounts an, um dessen Vorlagen zu synchronisieren.</translation>
    </message>
    <message>
        <source>Read every template of the profile&apos;s WhatsApp Business Account from Messente, with Meta&apos;s status</source>
        <translation>Alle Vorlagen des WhatsApp Business Accounts dieses Profils mit ihrem Status bei Meta von Messente abrufen</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Reading the templates of &quot;%1&quot; from Messente…</source>
        <translation>Vorlagen von „%1“ werden von Messente gelesen…</translation>
    </message>
    <message>
        <source>Reading the templates of &quot;%1&quot; from Messente: %2 so far…</source>
        <translation>Vorlagen von „%1“ werden von Messente gelesen: bisher %2…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2)? Messages already sent keep their text.</source>
        <translation>Vorlage %1 (%2) löschen? Bereits gesendete Nachrichten behalten ihren Text.</translation>
    </message>
</context>
<context>
    <name>herald::ValueFieldEditor</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translation>Datum/Uhrzeit</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>%1 ausfüllen</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <source>Kind of value for %1</source>
        <translation>Art des Werts für %1</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>Währung von %1</translation>
    </message>
    <message>
        <source>%1 when the cell is empty</source>
        <translation>%1, wenn die Zelle leer ist</translation>
    </message>
    <message>
        <source>Pick a date for %1</source>
        <translation>Datum für %1 wählen</translation>
    </message>
    <message>
        <source>Use the example for %1</source>
        <translation>Beispiel für %1 verwenden</translation>
    </message>
    <message>
        <source>Same value for everyone</source>
        <translation>Gleicher Wert für alle</translation>
    </message>
    <message>
        <source>From column “%1”</source>
        <translation>Aus Spalte „%1“</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Betrag, z. B. 12.50</translation>
    </message>
    <message>
        <source>As the recipient should read it, e.g. %1</source>
        <translation>So, wie der Empfänger es lesen soll, z. B. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald kann nicht starten</translation>
    </message>
    <message>
        <source>Sandbox: nothing leaves this computer</source>
        <translation>Sandbox: Nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Herald&apos;s built-in sandbox answers at %1 as the providers would.</source>
        <translation>Die integrierte Sandbox von Herald antwortet unter %1 so, wie es die Anbieter tun würden.</translation>
    </message>
</context>
</TS>
