<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>AppOptions</name>
    <message>
        <source>Send approved WhatsApp template messages and watch them arrive.</source>
        <translation>Saada kinnitatud WhatsAppi mallisõnumeid ja jälgi nende kohalejõudmist.</translation>
    </message>
    <message>
        <source>Run against the built-in provider sandbox, with a ready profile. Nothing leaves this computer.</source>
        <translation>Käivita sisseehitatud teenusepakkuja liivakasti vastu valmis profiiliga. Sellest arvutist ei lahku midagi.</translation>
    </message>
    <message>
        <source>How fast sandbox messages progress (1 = realistic, 10 = ten times faster).</source>
        <translation>Kui kiiresti liivakasti sõnumid edenevad (1 = realistlik, 10 = kümme korda kiiremini).</translation>
    </message>
    <message>
        <source>Keep the database, settings and logs in &lt;dir&gt;.</source>
        <translation>Hoia andmebaasi, seadeid ja logisid kaustas &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code, e.g. EE (default: from the system locale).</source>
        <translation>Riik numbritele, mis on kirjutatud ilma riigikoodita, nt EE (vaikimisi: süsteemi lokaadist).</translation>
    </message>
    <message>
        <source>Print on standard error how many milliseconds the window took to first paint and the message history to load, then quit (for benchmarks).</source>
        <translation>Prindi standardveaväljundisse, mitu millisekundit kulus akna esmaseks joonistamiseks ja sõnumiajaloo laadimiseks, seejärel välju (jõudlustestide jaoks).</translation>
    </message>
    <message>
        <source>Start Compose with the profile called &lt;name&gt;. Herald says which profiles there are when none has that name.</source>
        <translation>Ava Koosta profiiliga nimega &lt;name&gt;. Kui sellise nimega profiili pole, loetleb Herald olemasolevad profiilid.</translation>
    </message>
    <message>
        <source>--sandbox-speed needs a positive number.</source>
        <translation>--sandbox-speed vajab positiivset arvu.</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”, and no profile yet: add one under Profiles (or run with --sandbox to use the sandbox&apos;s).</source>
        <translation>--profile: profiili nimega „%1“ pole ja profiile pole veel üldse: lisa profiil vahekaardil Profiilid (või käivita võtmega --sandbox, et kasutada liivakasti profiili).</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”. Profiles: %2.</source>
        <translation>--profile: profiili nimega „%1“ pole. Profiilid: %2.</translation>
    </message>
    <message>
        <source>Share of sandbox answers, 0 to 1, that are hostile: markup, wrong types, invalid text, deep nesting, oversized bodies (for trying Herald&apos;s defences).</source>
        <translation>Kui suur osa liivakasti vastustest (0 kuni 1) on pahatahtlikud: märgistus, valed tüübid, vigane tekst, sügav pesastus, liiga suured sisud (Heraldi kaitsete proovimiseks).</translation>
    </message>
    <message>
        <source>--sandbox-hostile needs a number from 0 to 1.</source>
        <translation>--sandbox-hostile vajab arvu vahemikus 0 kuni 1.</translation>
    </message>
</context>
<context>
    <name>Bird</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Vastus pole JSON-objekt.</translation>
    </message>
    <message>
        <source>The answer has no message id.</source>
        <translation>Vastuses pole sõnumi ID-d.</translation>
    </message>
    <message>
        <source>The answer has no status.</source>
        <translation>Vastuses pole olekut.</translation>
    </message>
    <message>
        <source>The step “%1” reported code %2.</source>
        <translation>Samm „%1“ teatas koodist %2.</translation>
    </message>
    <message>
        <source>It failed at the step “%1”.</source>
        <translation>Ebaõnnestus sammul „%1“.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Üksikasjad: %1</translation>
    </message>
    <message>
        <source>The answer has no serviceWindowExpireAt.</source>
        <translation>Vastuses pole välja serviceWindowExpireAt.</translation>
    </message>
    <message>
        <source>The window&apos;s expiry time cannot be read.</source>
        <translation>Teenindusakna aegumisaega ei saa lugeda.</translation>
    </message>
    <message>
        <source>Bird&apos;s Channels API documents no way to cancel a scheduled message, so it will still be sent</source>
        <translation>Birdi Channels API ei dokumenteeri ajastatud sõnumi tühistamise võimalust, seega saadetakse see siiski</translation>
    </message>
    <message>
        <source>The server at this base URL answered, but not as Bird&apos;s Channels API does</source>
        <translation>Selle baas-URL-i server vastas, kuid mitte nii nagu Birdi Channels API</translation>
    </message>
    <message>
        <source>Bird&apos;s Channels API has no list of WhatsApp templates, so Herald cannot sync Bird templates: enter them by hand with their Studio project ID.</source>
        <translation>Birdi Channels API-l pole WhatsAppi mallide loendit, seega ei saa Herald Birdi malle sünkroonida: sisesta need käsitsi koos nende Studio projekti ID-ga.</translation>
    </message>
</context>
<context>
    <name>BirdStatus</name>
    <message>
        <source>Bird accepted the message for processing.</source>
        <translation>Bird võttis sõnumi töötlemiseks vastu.</translation>
    </message>
    <message>
        <source>Bird is processing the message.</source>
        <translation>Bird töötleb sõnumit.</translation>
    </message>
    <message>
        <source>Bird holds the message until its scheduled time.</source>
        <translation>Bird hoiab sõnumit kuni ajastatud ajani.</translation>
    </message>
    <message>
        <source>Bird handed the message to WhatsApp.</source>
        <translation>Bird andis sõnumi WhatsAppile üle.</translation>
    </message>
    <message>
        <source>WhatsApp delivered the message to the recipient.</source>
        <translation>WhatsApp toimetas sõnumi saajale kohale.</translation>
    </message>
    <message>
        <source>Bird could not hand the message to WhatsApp.</source>
        <translation>Bird ei saanud sõnumit WhatsAppile üle anda.</translation>
    </message>
    <message>
        <source>WhatsApp took the message but could not deliver it to the recipient.</source>
        <translation>WhatsApp võttis sõnumi vastu, kuid ei suutnud seda saajale kohale toimetada.</translation>
    </message>
    <message>
        <source>Bird rejected the message; it was not sent.</source>
        <translation>Bird lükkas sõnumi tagasi; seda ei saadetud.</translation>
    </message>
    <message>
        <source>Bird skipped the message; it was not sent.</source>
        <translation>Bird jättis sõnumi vahele; seda ei saadetud.</translation>
    </message>
    <message>
        <source>The message was deleted before it was sent.</source>
        <translation>Sõnum kustutati enne saatmist.</translation>
    </message>
    <message>
        <source>Bird reported no status.</source>
        <translation>Bird ei teatanud olekut.</translation>
    </message>
    <message>
        <source>Bird reported the status “%1”, which is not documented.</source>
        <translation>Bird teatas olekust „%1“, mis pole dokumenteeritud.</translation>
    </message>
    <message>
        <source>%1 Bird&apos;s reason: %2</source>
        <translation>%1 Birdi põhjus: %2</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Sending</source>
        <translation>Saatmisel</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Peatatud</translation>
    </message>
    <message>
        <source>Scheduled (held by Herald)</source>
        <translation>Ajastatud (Herald hoiab)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Number puudub</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Vigane number</translation>
    </message>
    <message>
        <source>Repeated number</source>
        <translation>Korduv number</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Loobunud</translation>
    </message>
    <message>
        <source>Value problem</source>
        <translation>Väärtuse probleem</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Telefoninumbri lahter on tühi.</translation>
    </message>
    <message>
        <source>The number cannot be read.</source>
        <translation>Numbrit ei saa lugeda.</translation>
    </message>
    <message>
        <source>The same number as row %1, which is sent to.</source>
        <translation>Sama number mis real %1, millele saadetakse.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list.</source>
        <translation>%1 on loobujate nimekirjas.</translation>
    </message>
</context>
<context>
    <name>CampaignChart</name>
    <message>
        <source>Waiting</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kohale toimetatud</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <source>Failed or expired</source>
        <translation>Ebaõnnestunud või aegunud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Review and send to a list</source>
        <translation>Vaata üle ja saada nimekirjale</translation>
    </message>
    <message>
        <source>Rendering every recipient&apos;s message and checking each one. Nothing is sent.</source>
        <translation>Iga saaja sõnumi koostamine ja kontrollimine. Midagi ei saadeta.</translation>
    </message>
    <message>
        <source>Dry run in progress</source>
        <translation>Proovikäivitus käib</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ülevaade</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Mida saadetakse</translation>
    </message>
    <message>
        <source>Campaign &amp;name:</source>
        <translation>Kampaania &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> sõnumit/s</translation>
    </message>
    <message>
        <source>Messages per second. Slower than the provider allows is always safe.</source>
        <translation>Sõnumit sekundis. Teenusepakkuja lubatust aeglasem tempo on alati ohutu.</translation>
    </message>
    <message>
        <source>Rows that will be skipped</source>
        <translation>Read, mis jäetakse vahele</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Nä&amp;ita:</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Vahelejäetavad read</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Proovisaatmine</translation>
    </message>
    <message>
        <source>Send the first recipient&apos;s message to a number of your own, now, to see it on a phone first.</source>
        <translation>Saada esimese saaja sõnum kohe oma numbrile, et näha seda enne telefonis.</translation>
    </message>
    <message>
        <source>Your test number, e.g. +372 5123 4567</source>
        <translation>Oma testnumber, nt +372 5123 4567</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Testnumber</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Saada &amp;proov</translation>
    </message>
    <message>
        <source>Number of recipients, typed to confirm</source>
        <translation>Saajate arv, sisesta kinnituseks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <source>under a second</source>
        <translation>alla sekundi</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln s</source>
        <translation>
            <numerusform>umbes %Ln s</numerusform>
            <numerusform>umbes %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <translation>
            <numerusform>umbes %Ln min</numerusform>
            <numerusform>umbes %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h</source>
        <translation>
            <numerusform>umbes %Ln h</numerusform>
            <numerusform>umbes %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>umbes %1 h %2 min</translation>
    </message>
    <message>
        <source>the provider&apos;s pace</source>
        <translation>teenusepakkuja tempo</translation>
    </message>
    <message>
        <source>%1 messages per second</source>
        <translation>%1 sõnumit sekundis</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>saadetud %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln ebaõnnestunud</numerusform>
            <numerusform>%Ln ebaõnnestunud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <translation>
            <numerusform>%Ln teadmata</numerusform>
            <numerusform>%Ln teadmata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln tühistatud</numerusform>
            <numerusform>%Ln tühistatud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>jäänud %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number</source>
        <translation>
            <numerusform>%Ln ilma numbrita</numerusform>
            <numerusform>%Ln ilma numbrita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an invalid number</source>
        <translation>
            <numerusform>%Ln vigase numbriga</numerusform>
            <numerusform>%Ln vigase numbriga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeating an earlier number</source>
        <translation>
            <numerusform>%Ln kordab varasemat numbrit</numerusform>
            <numerusform>%Ln kordavad varasemat numbrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list</source>
        <translation>
            <numerusform>%Ln loobujate nimekirjas</numerusform>
            <numerusform>%Ln loobujate nimekirjas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a value Meta would refuse</source>
        <translation>
            <numerusform>%Ln väärtusega, mille Meta tagasi lükkaks</numerusform>
            <numerusform>%Ln väärtusega, mille Meta tagasi lükkaks</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 kell %2 (%3)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alustatud</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>Saatmine lõpetatud</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Peatatud</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Jätkatud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Failed ones sent again</source>
        <translation>Ebaõnnestunud saadeti uuesti</translation>
    </message>
    <message>
        <source>Unknown ones sent again</source>
        <translation>Teadmata saadeti uuesti</translation>
    </message>
    <message>
        <source>Pace changed</source>
        <translation>Tempot muudeti</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Proovisõnum</translation>
    </message>
</context>
<context>
    <name>CampaignsWidget</name>
    <message>
        <source>No campaigns yet. To send one template to a list, choose the list in Compose and click “Review and send to list…”.</source>
        <translation>Kampaaniaid veel pole. Ühe malli saatmiseks nimekirjale vali vahekaardil Koosta nimekiri ja klõpsa „Vaata üle ja saada nimekirjale…“.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampaaniad</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Kampaania üksikasjad</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Kampaania edenemine</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> sõn/s</translation>
    </message>
    <message>
        <source>Change how many messages per second this campaign sends; it takes effect at once.</source>
        <translation>Muuda, mitu sõnumit sekundis see kampaania saadab; muudatus jõustub kohe.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Peata</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Jätka</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>Tü&amp;hista…</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled</source>
        <translation>Proovi &amp;ebaõnnestunuid uuesti</translation>
    </message>
    <message>
        <source>Send again only the messages that failed</source>
        <translation>Saada uuesti ainult ebaõnnestunud sõnumid</translation>
    </message>
    <message>
        <source>Resend un&amp;known…</source>
        <translation>&amp;Saada teadmata uuesti…</translation>
    </message>
    <message>
        <source>Send again the messages whose outcome is unknown: they may arrive twice</source>
        <translation>Saada uuesti sõnumid, mille tulemus on teadmata: need võivad kohale jõuda kaks korda</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;kspordi aruanne…</translation>
    </message>
    <message>
        <source>Save every message of the campaign, retries included, with its state and error, as a CSV file</source>
        <translation>Salvesta kampaania kõik sõnumid, ka korduskatsed, koos oleku ja veaga CSV-failina</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Vahele jäetud read</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditilogi</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Campaign chart</source>
        <translation>Kampaania diagramm</translation>
    </message>
</context>
<context>
    <name>ComposeWidget</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiil:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uus…</translation>
    </message>
    <message>
        <source>Add a template exactly as Meta approved it</source>
        <translation>Lisa mall täpselt nii, nagu Meta selle kinnitas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Muu&amp;da…</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>S&amp;aaja:</translation>
    </message>
    <message>
        <source>Phone number, e.g. +372 5123 4567 or a local number</source>
        <translation>Telefoninumber, nt +372 5123 4567, või kohalik number</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Väärtused</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kohaletoimetamine</translation>
    </message>
    <message>
        <source>Sen&amp;d later, at:</source>
        <translation>Saada &amp;hiljem, kell:</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Saatmise aeg</translation>
    </message>
    <message>
        <source>Val&amp;id for:</source>
        <translation>&amp;Kehtivus:</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>teenusepakkuja vaikeväärtus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this long the provider gives up on WhatsApp and tries the next channel</source>
        <translation>Pärast seda aega loobub teenusepakkuja WhatsAppist ja proovib järgmist kanalit</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;teet:</translation>
    </message>
    <message>
        <source>St&amp;ore text:</source>
        <translation>Teksti säil&amp;itamine:</translation>
    </message>
    <message>
        <source>Send a te&amp;xt message instead of the template</source>
        <translation>Saada malli asemel tekstisõ&amp;num</translation>
    </message>
    <message>
        <source>Only inside WhatsApp&apos;s 24-hour customer-service window</source>
        <translation>Ainult WhatsAppi 24-tunnise klienditeeninduse akna sees</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tekstisõnum</translation>
    </message>
    <message>
        <source>Your reply to the customer</source>
        <translation>Vastus kliendile</translation>
    </message>
    <message>
        <source>If WhatsApp fails, send a Vi&amp;ber message:</source>
        <translation>Kui WhatsApp ebaõnnestub, saada Vi&amp;beri sõnum:</translation>
    </message>
    <message>
        <source>Viber text</source>
        <translation>Viberi tekst</translation>
    </message>
    <message>
        <source>The Viber text</source>
        <translation>Viberi sõnumi tekst</translation>
    </message>
    <message>
        <source>If that fails too, send an S&amp;MS:</source>
        <translation>Kui ka see &amp;ebaõnnestub, saada SMS:</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>SMS-i tekst</translation>
    </message>
    <message>
        <source>The SMS text</source>
        <translation>SMS-sõnumi tekst</translation>
    </message>
    <message>
        <source>Show re&amp;quest…</source>
        <translation>Näita pä&amp;ringut…</translation>
    </message>
    <message>
        <source>The exact body the provider will receive, with secrets masked</source>
        <translation>Täpne päringu sisu, mille teenusepakkuja saab, saladused varjatud</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
    <message>
        <source>Revie&amp;w and send to list…</source>
        <translation>&amp;Vaata üle ja saada nimekirjale…</translation>
    </message>
    <message>
        <source>Check every row of the list, test, confirm and send it as a campaign</source>
        <translation>Kontrolli nimekirja iga rida, testi, kinnita ja saada see kampaaniana</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>Another Herald is using the data folder %1. Switch to that window, or choose another data folder.</source>
        <translation>Andmekausta %1 kasutab teine Herald. Lülitu selle aknasse või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Herald is already running with the data folder %1, as process %2 on this computer. Switch to that window, or choose another data folder.</source>
        <translation>Herald juba töötab andmekaustaga %1 selles arvutis protsessina %2. Lülitu selle aknasse või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Herald is already running with the data folder %1, as process %2 on the computer “%3”. Close it there, or choose another data folder.</source>
        <translation>Herald juba töötab andmekaustaga %1 arvutis „%3“ protsessina %2. Sulge see seal või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Herald may not write in the data folder %1. Check the folder&apos;s permissions, or choose another data folder.</source>
        <translation>Heraldil pole õigust andmekausta %1 kirjutada. Kontrolli kausta õigusi või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Herald could not mark the data folder %1 as in use: the disk may be full. Free some space and try again, or choose another data folder.</source>
        <translation>Herald ei saanud andmekausta %1 kasutusel olevaks märkida: ketas võib olla täis. Vabasta ruumi ja proovi uuesti või vali muu andmekaust.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Kausta %1 ei õnnestunud luua.</translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation>Andmebaasifaili %1 ei õnnestunud luua: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Qt SQLite&apos;i draiverit pole installitud.</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Migratsioon %1 puudub.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2.</source>
        <translation>Andmebaasi %1 ei õnnestunud avada: %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Herald (database version %2; this Herald knows versions up to %3). Start the newer Herald, or open a backup this one made.</source>
        <translation>Andmebaasi %1 on kirjutanud Heraldi uuem versioon (andmebaasi versioon %2; see Herald tunneb versioone kuni %3). Käivita uuem Herald või ava varukoopia, mille tegi see Herald.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2.</source>
        <translation>Andmebaasi uuendamine versioonile %1 ebaõnnestus: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>The backups folder %1 could not be made.</source>
        <translation>Varukoopiate kausta %1 ei õnnestunud luua.</translation>
    </message>
    <message>
        <source>No backup was made: %1 (%2).</source>
        <translation>Varukoopiat ei tehtud: %1 (%2).</translation>
    </message>
    <message>
        <source>The backup could not be named %1.</source>
        <translation>Varukoopiale ei õnnestunud anda nime %1.</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 on andmebaas ise, mitte selle varukoopia.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2.</source>
        <translation>Varukoopiat %1 ei saa kasutada: %2.</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder; the disk may be full or the folder read-only.</source>
        <translation>Varukoopiat ei õnnestunud andmekausta kopeerida; ketas võib olla täis või kaust kirjutuskaitstud.</translation>
    </message>
    <message>
        <source>The database %1 could not be moved aside.</source>
        <translation>Andmebaasi %1 ei õnnestunud kõrvale teisaldada.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1.</source>
        <translation>Varukoopiat ei õnnestunud panna %1 asemele.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Herald cannot open its data</source>
        <translation>Herald ei saa oma andmeid avada</translation>
    </message>
    <message>
        <source>What Herald can do</source>
        <translation>Mida Herald teha saab</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Taasta uusim varukoopia</translation>
    </message>
    <message>
        <source>&amp;Open a backup…</source>
        <translation>&amp;Ava varukoopia…</translation>
    </message>
    <message>
        <source>&amp;Choose another data folder…</source>
        <translation>&amp;Vali muu andmekaust…</translation>
    </message>
    <message>
        <source>For this session only. To use that folder every time, start Herald with --data-dir and the folder.</source>
        <translation>Ainult selleks seansiks. Et seda kausta alati kasutada, käivita Herald võtmega --data-dir ja kausta nimega.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Proovi uuesti</translation>
    </message>
</context>
<context>
    <name>DeliveryExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Faili %1 ei saanud kirjutada: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryReport</name>
    <message>
        <source>Message id</source>
        <translation>Sõnumi ID</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaania</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Teenusepakkuja</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channels tried</source>
        <translation>Proovitud kanalid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Teenusepakkuja olek</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Teenusepakkuja ID</translation>
    </message>
    <message>
        <source>Scheduled for (UTC)</source>
        <translation>Ajastatud (UTC)</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Loodud (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Uuendatud (UTC)</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Veakood</translation>
    </message>
    <message>
        <source>Error explained</source>
        <translation>Vea selgitus</translation>
    </message>
    <message>
        <source>Provider&apos;s words</source>
        <translation>Teenusepakkuja vastus</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>DeliveryWidget</name>
    <message>
        <source>Search number, name, template or error</source>
        <translation>Otsi numbrit, nime, malli või viga</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Otsi sõnumeid</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>Show only messages in the chosen states</source>
        <translation>Näita ainult valitud olekutes sõnumeid</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Olekud</translation>
    </message>
    <message>
        <source>Show only the messages of one campaign</source>
        <translation>Näita ainult ühe kampaania sõnumeid</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaania</translation>
    </message>
    <message>
        <source>Show only the messages sent through one profile</source>
        <translation>Näita ainult ühe profiili kaudu saadetud sõnumeid</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Show only messages whose last update falls in this time</source>
        <translation>Näita ainult sõnumeid, mille viimane uuendus jääb sellesse ajavahemikku</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Viimane uuendus</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Ala&amp;tes</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ku&amp;ni</translation>
    </message>
    <message>
        <source>Messages per state</source>
        <translation>Sõnumid oleku järgi</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Tühjenda &amp;filtrid</translation>
    </message>
    <message>
        <source>Show every message again</source>
        <translation>Näita taas kõiki sõnumeid</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Save the messages shown, in the order shown, as a CSV file with every column</source>
        <translation>Salvesta näidatud sõnumid näidatud järjekorras CSV-failina koos kõigi veergudega</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Sõnumid</translation>
    </message>
</context>
<context>
    <name>ErrorExplanation</name>
    <message>
        <source>Retry when the recipient is likely to be reachable, or send with a longer validity.</source>
        <translation>Proovi uuesti, kui saaja on tõenäoliselt kättesaadav, või saada pikema kehtivusajaga.</translation>
    </message>
    <message>
        <source>The provider may or may not have taken the message: check before sending it again.</source>
        <translation>Pole teada, kas teenusepakkuja sõnumi vastu võttis: kontrolli enne uuesti saatmist.</translation>
    </message>
    <message>
        <source>Herald retries these by itself. If it keeps happening, lower the profile&apos;s pace.</source>
        <translation>Herald proovib neid ise uuesti. Kui see kordub, vähenda profiili tempot.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL.</source>
        <translation>Kontrolli profiili baas-URL-i.</translation>
    </message>
    <message>
        <source>The phone did not take it: it may be switched off, out of coverage or not on WhatsApp. Check the number with the recipient; a retry later may get through.</source>
        <translation>Telefon ei võtnud sõnumit vastu: see võib olla välja lülitatud, levialast väljas või ilma WhatsAppita. Kontrolli numbrit saajaga üle; hilisem uus katse võib õnnestuda.</translation>
    </message>
    <message>
        <source>Correct the number: sending to the same number again will fail the same way.</source>
        <translation>Paranda number: samale numbrile uuesti saatmine ebaõnnestub samamoodi.</translation>
    </message>
    <message>
        <source>Top up the Messente account or check its billing, then retry the message.</source>
        <translation>Täienda Messente konto saldot või kontrolli selle arveldust, seejärel proovi sõnumit uuesti saata.</translation>
    </message>
    <message>
        <source>Correct the number: it must be in international format with its country code (E.164).</source>
        <translation>Paranda number: see peab olema rahvusvahelises vormingus koos riigikoodiga (E.164).</translation>
    </message>
    <message>
        <source>Wait before sending the same text to this number again.</source>
        <translation>Oota, enne kui saadad samale numbrile sama teksti uuesti.</translation>
    </message>
    <message>
        <source>Choose a sender Messente allows for this account in the profile, or ask Messente to approve it.</source>
        <translation>Vali profiilis saatja, mille Messente sellele kontole lubab, või palu Messentel see kinnitada.</translation>
    </message>
    <message>
        <source>Messente does not deliver to this recipient&apos;s operator; ask Messente&apos;s support about it.</source>
        <translation>Messente ei toimeta sõnumeid selle saaja mobiilioperaatorile; küsi selle kohta Messente klienditoelt.</translation>
    </message>
    <message>
        <source>Check the number; if it is right, ask Messente&apos;s support why it has no route to it.</source>
        <translation>Kontrolli numbrit; kui see on õige, küsi Messente klienditoelt, miks sellele numbrile marsruuti pole.</translation>
    </message>
    <message>
        <source>Wait: Messente may still deliver it. Retry only if the message ends up failed.</source>
        <translation>Oota: Messente võib selle veel kohale toimetada. Proovi uuesti ainult siis, kui sõnum lõpuks ebaõnnestub.</translation>
    </message>
    <message>
        <source>Messente does not know this message (error 101, “Not found”).</source>
        <translation>Messente ei tunne seda sõnumit (viga 101, „Not found“).</translation>
    </message>
    <message>
        <source>A scheduled message that has already left can no longer be cancelled. When sending, check the profile&apos;s base URL.</source>
        <translation>Ajastatud sõnumit, mis on juba teele läinud, ei saa enam tühistada. Kui viga tekkis saatmisel, kontrolli profiili baas-URL-i.</translation>
    </message>
    <message>
        <source>Messente refused access (error 102, “Forbidden”).</source>
        <translation>Messente keelas juurdepääsu (viga 102, „Forbidden“).</translation>
    </message>
    <message>
        <source>Ask Messente whether the account may use this channel and sender.</source>
        <translation>Küsi Messentelt, kas konto tohib seda kanalit ja saatjat kasutada.</translation>
    </message>
    <message>
        <source>Messente refused the API username or password (error 103, “Unauthorized”).</source>
        <translation>Messente ei aktsepteerinud API kasutajanime või parooli (viga 103, „Unauthorized“).</translation>
    </message>
    <message>
        <source>Correct them in the profile and test the connection, then send again.</source>
        <translation>Paranda need profiilis ja testi ühendust, seejärel saada uuesti.</translation>
    </message>
    <message>
        <source>Messente had an internal error (error 104).</source>
        <translation>Messentel tekkis sisemine tõrge (viga 104).</translation>
    </message>
    <message>
        <source>Messente may or may not have taken the message: check before sending it again. If it keeps happening, tell Messente&apos;s support.</source>
        <translation>Pole teada, kas Messente sõnumi vastu võttis: kontrolli enne uuesti saatmist. Kui see kordub, teavita Messente klienditoge.</translation>
    </message>
    <message>
        <source>Messente found a value in the request invalid (error 105, “Invalid data”).</source>
        <translation>Messente leidis päringust vigase väärtuse (viga 105, „Invalid data“).</translation>
    </message>
    <message>
        <source>Messente&apos;s words below name the field: correct it (the number, the sender or a value) and send again.</source>
        <translation>Messente allolev teade nimetab välja: paranda see (number, saatja või väärtus) ja saada uuesti.</translation>
    </message>
    <message>
        <source>Something Messente requires was missing from the request (error 106, “Missing data”).</source>
        <translation>Päringust puudus midagi, mida Messente nõuab (viga 106, „Missing data“).</translation>
    </message>
    <message>
        <source>Messente&apos;s words below name the field: fill it in (a template value, say) and send again.</source>
        <translation>Messente allolev teade nimetab välja: täida see (näiteks malli väärtus) ja saada uuesti.</translation>
    </message>
    <message>
        <source>Messente does not allow this request at this address (error 107, “Method not allowed”).</source>
        <translation>Messente ei luba seda päringut sellel aadressil (viga 107, „Method not allowed“).</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL: it should end in /v1.</source>
        <translation>Kontrolli profiili baas-URL-i: see peaks lõppema osaga /v1.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down (HTTP 429); nothing was sent.</source>
        <translation>Teenusepakkuja palus Heraldil aeglustada (HTTP 429); midagi ei saadetud.</translation>
    </message>
    <message>
        <source>The provider had an internal error (HTTP 500).</source>
        <translation>Teenusepakkujal tekkis sisemine tõrge (HTTP 500).</translation>
    </message>
    <message>
        <source>WhatsApp could not deliver the message (131026): the number may not use WhatsApp, the recipient may not have accepted WhatsApp&apos;s current terms, or their app may be too old.</source>
        <translation>WhatsApp ei suutnud sõnumit kohale toimetada (131026): number ei pruugi WhatsAppi kasutada, saaja ei pruugi olla WhatsAppi kehtivaid tingimusi aktsepteerinud või tema rakendus võib olla liiga vana.</translation>
    </message>
    <message>
        <source>Check with the recipient that the number uses WhatsApp; sending to it again usually fails the same way.</source>
        <translation>Kontrolli saajaga üle, et number kasutab WhatsAppi; uuesti saatmine ebaõnnestub tavaliselt samamoodi.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the recipient last wrote, so WhatsApp takes only a template (131047).</source>
        <translation>Saaja viimasest sõnumist on möödunud üle 24 tunni, seega võtab WhatsApp vastu ainult malli (131047).</translation>
    </message>
    <message>
        <source>Send an approved template instead of free text.</source>
        <translation>Saada vaba teksti asemel kinnitatud mall.</translation>
    </message>
    <message>
        <source>WhatsApp limits what this business number may send, because earlier messages were blocked or reported as spam (131048).</source>
        <translation>WhatsApp piirab, mida see ärinumber tohib saata, sest varasemad sõnumid blokeeriti või märgiti rämpspostiks (131048).</translation>
    </message>
    <message>
        <source>Check the number&apos;s quality rating in WhatsApp Manager, and send less, to people who expect it.</source>
        <translation>Kontrolli numbri kvaliteedihinnangut WhatsApp Manageris ning saada vähem ja ainult neile, kes sõnumit ootavad.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message, to keep the recipient from getting too many (131049).</source>
        <translation>WhatsApp otsustas seda turundussõnumit mitte kohale toimetada, et saaja ei saaks neid liiga palju (131049).</translation>
    </message>
    <message>
        <source>Do not retry at once: wait before sending this recipient marketing again.</source>
        <translation>Ära proovi kohe uuesti: oota, enne kui saadad sellele saajale jälle turundussõnumeid.</translation>
    </message>
    <message>
        <source>WhatsApp refused the message because of a problem with the business&apos;s payment method (131042).</source>
        <translation>WhatsApp keeldus sõnumist ettevõtte makseviisi probleemi tõttu (131042).</translation>
    </message>
    <message>
        <source>Check the payment settings of the WhatsApp Business Account, then retry.</source>
        <translation>Kontrolli WhatsApp Business Accounti makseseadeid, seejärel proovi uuesti.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account is locked or restricted (131031).</source>
        <translation>WhatsApp Business Account on lukustatud või piiratud (131031).</translation>
    </message>
    <message>
        <source>Nothing can be sent until it is unlocked: check its status with the provider or in WhatsApp Manager.</source>
        <translation>Kuni konto pole lukust avatud, ei saa midagi saata: kontrolli selle olekut teenusepakkuja juures või WhatsApp Manageris.</translation>
    </message>
    <message>
        <source>The recipient&apos;s number is part of a Meta experiment on marketing messages, so it was not sent (130472).</source>
        <translation>Saaja number osaleb Meta turundussõnumite katses, seetõttu sõnumit ei saadetud (130472).</translation>
    </message>
    <message>
        <source>Nothing to fix: this recipient cannot get marketing messages for now.</source>
        <translation>Midagi pole vaja parandada: see saaja ei saa praegu turundussõnumeid.</translation>
    </message>
    <message>
        <source>The business number reached WhatsApp&apos;s limit on messages per second (130429).</source>
        <translation>Ärinumber jõudis WhatsAppi sekundis saadetavate sõnumite piirini (130429).</translation>
    </message>
    <message>
        <source>Lower the profile&apos;s pace and retry later.</source>
        <translation>Vähenda profiili tempot ja proovi hiljem uuesti.</translation>
    </message>
    <message>
        <source>WhatsApp does not know this template in this language, or it is not approved (132001).</source>
        <translation>WhatsApp ei tunne seda malli selles keeles või see pole kinnitatud (132001).</translation>
    </message>
    <message>
        <source>Check the template&apos;s name and language against the provider&apos;s list of templates.</source>
        <translation>Võrdle malli nime ja keelt teenusepakkuja mallide nimekirjaga.</translation>
    </message>
    <message>
        <source>The message&apos;s validity ran out before WhatsApp delivered it.</source>
        <translation>Sõnumi kehtivusaeg lõppes enne, kui WhatsApp selle kohale toimetas.</translation>
    </message>
    <message>
        <source>Bird found fields of the request invalid, so it sent nothing.</source>
        <translation>Bird leidis päringus vigaseid välju ega saatnud midagi.</translation>
    </message>
    <message>
        <source>Bird&apos;s words below name each field: correct the number or the template&apos;s values (or its project ID) and send again.</source>
        <translation>Birdi allolev teade nimetab iga välja: paranda number või malli väärtused (või selle projekti ID) ja saada uuesti.</translation>
    </message>
    <message>
        <source>Bird could not read the request, so it sent nothing.</source>
        <translation>Bird ei suutnud päringut lugeda ega saatnud midagi.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s base URL; if it is right, report the problem with Bird&apos;s words below.</source>
        <translation>Kontrolli profiili baas-URL-i; kui see on õige, teata probleemist koos Birdi alloleva teatega.</translation>
    </message>
    <message>
        <source>Bird refused the profile&apos;s access key.</source>
        <translation>Bird ei aktsepteerinud profiili juurdepääsuvõtit.</translation>
    </message>
    <message>
        <source>Correct the access key (and its scheme) in the profile and test the connection.</source>
        <translation>Paranda profiilis juurdepääsuvõti (ja selle skeem) ning testi ühendust.</translation>
    </message>
    <message>
        <source>Bird does not know the workspace, the channel or the message.</source>
        <translation>Bird ei tunne tööruumi, kanalit või sõnumit.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s workspace and channel IDs.</source>
        <translation>Kontrolli profiili tööruumi ja kanali ID-sid.</translation>
    </message>
    <message>
        <source>Bird does not allow this request at this address.</source>
        <translation>Bird ei luba seda päringut sellel aadressil.</translation>
    </message>
    <message>
        <source>Bird asked Herald to slow down; nothing was sent.</source>
        <translation>Bird palus Heraldil aeglustada; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>Bird had an internal error.</source>
        <translation>Birdil tekkis sisemine tõrge.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s WhatsApp business number as the profile&apos;s sender.</source>
        <translation>Sisesta profiili saatjaks konto WhatsAppi ärinumber.</translation>
    </message>
    <message>
        <source>Correct the recipient&apos;s number: international format, with its country code.</source>
        <translation>Paranda saaja number: rahvusvaheline vorming koos riigikoodiga.</translation>
    </message>
    <message>
        <source>Remove the tags (&lt;…&gt;) from the values and send again.</source>
        <translation>Eemalda väärtustest sildid (&lt;…&gt;) ja saada uuesti.</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s words below name the field; if it is one Herald fills in, report the problem.</source>
        <translation>Kaleyra allolev teade nimetab välja; kui Herald täidab selle välja ise, teata probleemist.</translation>
    </message>
    <message>
        <source>Check the template&apos;s name, language and values against what Kaleyra has approved.</source>
        <translation>Võrdle malli nime, keelt ja väärtusi sellega, mille Kaleyra on kinnitanud.</translation>
    </message>
    <message>
        <source>Check the account&apos;s approvals in Kaleyra&apos;s console.</source>
        <translation>Kontrolli konto kinnitusi Kaleyra konsoolis.</translation>
    </message>
    <message>
        <source>Retry it later.</source>
        <translation>Proovi hiljem uuesti.</translation>
    </message>
    <message>
        <source>Kaleyra did not hand the message to WhatsApp before it expired.</source>
        <translation>Kaleyra ei andnud sõnumit enne selle aegumist WhatsAppile üle.</translation>
    </message>
    <message>
        <source>Send it again if it is still wanted.</source>
        <translation>Saada see uuesti, kui seda on veel vaja.</translation>
    </message>
    <message>
        <source>Kaleyra does not allow this request at this address.</source>
        <translation>Kaleyra ei luba seda päringut sellel aadressil.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
The provider&apos;s own words: %2</source>
        <translation>%1
Teenusepakkuja enda sõnul: %2</translation>
    </message>
    <message>
        <source>%1 reported error code %2, which Herald does not know.</source>
        <translation>%1 teatas veakoodist %2, mida Herald ei tunne.</translation>
    </message>
    <message>
        <source>The provider gave no words with it: look the code up in its documentation.</source>
        <translation>Teenusepakkuja ei lisanud sellele selgitust: otsi koodi teenusepakkuja dokumentatsioonist.</translation>
    </message>
    <message>
        <source>It is not known whether the provider took this message.</source>
        <translation>Pole teada, kas teenusepakkuja selle sõnumi vastu võttis.</translation>
    </message>
    <message>
        <source>Check with the recipient or in the provider&apos;s console before sending it again: a resend may arrive twice.</source>
        <translation>Enne uuesti saatmist kontrolli saajalt või teenusepakkuja konsoolis: uuesti saadetud sõnum võib kohale jõuda kaks korda.</translation>
    </message>
    <message>
        <source>The message expired before it was delivered.</source>
        <translation>Sõnum aegus enne kohaletoimetamist.</translation>
    </message>
    <message>
        <source>The message failed; the provider gave no reason.</source>
        <translation>Sõnum ebaõnnestus; teenusepakkuja põhjust ei teatanud.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Telefoni lahter on tühi.</translation>
    </message>
    <message>
        <source>On the opt-out list.</source>
        <translation>Loobujate nimekirjas.</translation>
    </message>
    <message>
        <source>Not a valid number for its country.</source>
        <translation>Pole oma riigi jaoks kehtiv number.</translation>
    </message>
    <message>
        <source>Not a valid number in %1.</source>
        <translation>Pole kehtiv number riigis %1.</translation>
    </message>
    <message>
        <source>Letters in the number: not a phone number.</source>
        <translation>Numbris on tähti: see pole telefoninumber.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Pole telefoninumber.</translation>
    </message>
    <message>
        <source>A spreadsheet turned this number into scientific notation (like 3.7E+10), losing digits: format the column as text and export it again.</source>
        <translation>Arvutustabel muutis selle numbri teaduslikuks kujuks (nt 3.7E+10) ja numbrikohti läks kaduma: vorminda veerg tekstiks ja ekspordi uuesti.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Tundmatu riigikood.</translation>
    </message>
    <message>
        <source>Too short for a phone number.</source>
        <translation>Liiga lühike telefoninumbri jaoks.</translation>
    </message>
    <message>
        <source>Too long for a phone number.</source>
        <translation>Liiga pikk telefoninumbri jaoks.</translation>
    </message>
    <message>
        <source>The same number as line %1.</source>
        <translation>Sama number mis real %1.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import recipients</source>
        <translation>Saajate importimine</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importimise edenemine</translation>
    </message>
    <message>
        <source>List &amp;name:</source>
        <translation>Nimekirja &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Cells separated by:</source>
        <translation>&amp;Lahtrite eraldaja:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers in:</source>
        <translation>&amp;Telefoninumbrid veerus:</translation>
    </message>
    <message>
        <source>Na&amp;mes in:</source>
        <translation>Ni&amp;med veerus:</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Riigikoodita numbrite &amp;riik:</translation>
    </message>
    <message>
        <source>Use this country for every number typed without a country code</source>
        <translation>Kasuta seda riiki iga ilma riigikoodita sisestatud numbri puhul</translation>
    </message>
    <message>
        <source>Also in Compose and for later imports; the setting is kept</source>
        <translation>Kehtib ka vaates Koosta ja hilisematel importimistel; seade jäetakse meelde</translation>
    </message>
    <message>
        <source>First rows of the list</source>
        <translation>Nimekirja esimesed read</translation>
    </message>
    <message>
        <source>Rows that will not be sent to, and why</source>
        <translation>Read, millele ei saadeta, ja põhjus</translation>
    </message>
    <message>
        <source>&amp;Export rejected rows…</source>
        <translation>&amp;Ekspordi tagasi lükatud read…</translation>
    </message>
    <message>
        <source>Save the rows that will not be sent to, with the reason, to fix them and import them again</source>
        <translation>Salvesta read, millele ei saadeta, koos põhjusega, et need parandada ja uuesti importida</translation>
    </message>
</context>
<context>
    <name>Kaleyra</name>
    <message>
        <source>The answer has no message id</source>
        <translation>Vastuses pole sõnumi ID-d</translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation>Vastus pole JSON: %1</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s WhatsApp API cannot schedule a message; Herald must hold it until its time</source>
        <translation>Kaleyra WhatsApp API ei saa sõnumit ajastada; Herald peab seda saatmisajani hoidma</translation>
    </message>
    <message>
        <source>Kaleyra reports a message&apos;s status only by callback; it cannot be asked for</source>
        <translation>Kaleyra teatab sõnumi olekust ainult tagasikutsega; seda ei saa küsida</translation>
    </message>
    <message>
        <source>Kaleyra offers no way to cancel a message</source>
        <translation>Kaleyra ei paku sõnumi tühistamise võimalust</translation>
    </message>
    <message>
        <source>Kaleyra offers no way to look up a contact&apos;s customer-service window</source>
        <translation>Kaleyra ei paku võimalust kontakti klienditeenindusakna kontrollimiseks</translation>
    </message>
    <message>
        <source>The answer is not Kaleyra&apos;s; check the base URL</source>
        <translation>Vastus pole Kaleyralt; kontrolli baas-URL-i</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s WhatsApp API has no list of templates, so Herald cannot sync Kaleyra templates: enter them by hand as Meta approved them.</source>
        <translation>Kaleyra WhatsApp API-l pole mallide loendit, seega ei saa Herald Kaleyra malle sünkroonida: sisesta need käsitsi nii, nagu Meta need kinnitas.</translation>
    </message>
</context>
<context>
    <name>KaleyraError</name>
    <message>
        <source>The sender (from) number is invalid or not entered correctly.</source>
        <translation>Saatja (from) number on vigane või valesti sisestatud.</translation>
    </message>
    <message>
        <source>The recipient (to) number is invalid or not entered correctly.</source>
        <translation>Saaja (to) number on vigane või valesti sisestatud.</translation>
    </message>
    <message>
        <source>A parameter contains HTML tags, which Kaleyra does not accept.</source>
        <translation>Parameeter sisaldab HTML-märgendeid, mida Kaleyra ei aktsepteeri.</translation>
    </message>
    <message>
        <source>A required field is missing from the request.</source>
        <translation>Päringust puudub kohustuslik väli.</translation>
    </message>
    <message>
        <source>Kaleyra accepted the request.</source>
        <translation>Kaleyra võttis päringu vastu.</translation>
    </message>
    <message>
        <source>The account SID or the API key is wrong; check the profile&apos;s SID and API key.</source>
        <translation>Konto SID või API-võti on vale; kontrolli profiili SID-i ja API-võtit.</translation>
    </message>
    <message>
        <source>The Kaleyra account&apos;s balance is too low; top it up or raise its limit.</source>
        <translation>Kaleyra konto saldo on liiga väike; täienda saldot või tõsta limiiti.</translation>
    </message>
    <message>
        <source>The account&apos;s daily sending limit is reached; ask Kaleyra for a higher limit.</source>
        <translation>Konto päevane saatmislimiit on täis; küsi Kaleyralt kõrgemat limiiti.</translation>
    </message>
    <message>
        <source>Kaleyra found the request&apos;s content incorrect.</source>
        <translation>Kaleyra leidis, et päringu sisu on vigane.</translation>
    </message>
    <message>
        <source>The account, the sender number or the template is not approved or not set up for this send.</source>
        <translation>Konto, saatja number või mall pole selle saatmise jaoks kinnitatud või seadistatud.</translation>
    </message>
    <message>
        <source>Kaleyra had an internal error; the send may be retried.</source>
        <translation>Kaleyras tekkis sisemine viga; saatmist võib uuesti proovida.</translation>
    </message>
    <message>
        <source>Kaleyra reported error code %1, which Herald does not know.</source>
        <translation>Kaleyra teatas veakoodist %1, mida Herald ei tunne.</translation>
    </message>
</context>
<context>
    <name>ListImporter</name>
    <message>
        <source>There is nothing to import: the text has no rows.</source>
        <translation>Pole midagi importida: tekstis pole ridu.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Faili %1 ei õnnestunud avada: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Herald reads lists of up to %3 MB.</source>
        <translation>Fail %1 on %2 MB; Herald loeb nimekirju kuni %3 MB.</translation>
    </message>
    <message>
        <source>A list named “%1” already exists, or the database refused the rows.</source>
        <translation>Nimekiri nimega „%1“ on juba olemas või andmebaas lükkas read tagasi.</translation>
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
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Koosta</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Saajad</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>Kampa&amp;aniad</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Kohale&amp;toimetamine</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mallid</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiilid</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Teave Heraldi kohta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message>
        <source>Message details</source>
        <translation>Sõnumi üksikasjad</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Saaja:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>Via:</source>
        <translation>Kaudu:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampaania:</translation>
    </message>
    <message>
        <source>Scheduled for:</source>
        <translation>Ajastatud:</translation>
    </message>
    <message>
        <source>Channels tried:</source>
        <translation>Proovitud kanalid:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Mis läks valesti</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID-d</translation>
    </message>
    <message>
        <source>Cop&amp;y ids</source>
        <translation>&amp;Kopeeri ID-d</translation>
    </message>
    <message>
        <source>Copy Herald&apos;s and the provider&apos;s ids of this message, to quote them to the provider&apos;s support</source>
        <translation>Kopeeri selle sõnumi Heraldi ja teenusepakkuja ID-d, et need teenusepakkuja toele edastada</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Olekute ajalugu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Provider status</source>
        <translation>Teenusepakkuja olek</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>Teenusepakkuja vastus</translation>
    </message>
    <message>
        <source>History of this number</source>
        <translation>Selle numbri ajalugu</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Kaudu</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Save every message sent to this number as a CSV file</source>
        <translation>Salvesta kõik sellele numbrile saadetud sõnumid CSV-failina</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Select a message to see its history.</source>
        <translation>Vali sõnum, et näha selle ajalugu.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Proovi uuesti</translation>
    </message>
    <message>
        <source>Send this failed or expired message again</source>
        <translation>Saada see ebaõnnestunud või aegunud sõnum uuesti</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>&amp;Saada uuesti…</translation>
    </message>
    <message>
        <source>Send this message again although it may already have arrived</source>
        <translation>Saada see sõnum uuesti, kuigi see võib olla juba kohale jõudnud</translation>
    </message>
    <message>
        <source>Ca&amp;ncel scheduled</source>
        <translation>&amp;Tühista ajastatud</translation>
    </message>
    <message>
        <source>Ask the provider not to send this scheduled message</source>
        <translation>Palu teenusepakkujal see ajastatud sõnum saatmata jätta</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>☾ Dark</source>
        <translation>☾ Tume</translation>
    </message>
    <message>
        <source>Show the preview as in WhatsApp&apos;s dark theme; untick for the light one.</source>
        <translation>Näita eelvaadet nagu WhatsAppi tumedas teemas; heleda teema jaoks eemalda linnuke.</translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation>Tume eelvaade</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Sõnumi eelvaade</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <source>Herald stopped while this message was being sent; it may or may not have reached the provider.</source>
        <translation>Herald suleti selle sõnumi saatmise ajal; pole teada, kas sõnum jõudis teenusepakkujani.</translation>
    </message>
</context>
<context>
    <name>MessageState</name>
    <message>
        <source>Queued</source>
        <translation>Järjekorras</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Saatmisel</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ajastatud</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Vastu võetud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kohale toimetatud</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestunud</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Aegunud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
</context>
<context>
    <name>Messente</name>
    <message>
        <source>The answer has no omnimessage_id.</source>
        <translation>Vastuses puudub omnimessage_id.</translation>
    </message>
    <message>
        <source>The answer for this message is not a JSON object.</source>
        <translation>Selle sõnumi vastus ei ole JSON-objekt.</translation>
    </message>
    <message>
        <source>The answer for this message is an error that says nothing.</source>
        <translation>Selle sõnumi vastus on viga ilma selgituseta.</translation>
    </message>
    <message>
        <source>The answer has no list of results.</source>
        <translation>Vastuses puudub tulemuste nimekiri.</translation>
    </message>
    <message>
        <source>The answer has %1 results for %2 messages.</source>
        <translation>Vastuses on tulemusi %1, sõnumeid aga %2.</translation>
    </message>
    <message>
        <source>The answer has no statuses.</source>
        <translation>Vastuses puuduvad olekud.</translation>
    </message>
    <message>
        <source>The template list is not a JSON object.</source>
        <translation>Mallide nimekiri ei ole JSON-objekt.</translation>
    </message>
    <message>
        <source>The answer has no list of templates.</source>
        <translation>Vastuses puudub mallide nimekiri.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a template.</source>
        <translation>Nimekirja kirje %1 ei ole mall.</translation>
    </message>
    <message>
        <source>The answer says more templates follow but gives no cursor.</source>
        <translation>Vastuse järgi tuleb veel malle, kuid kursorit ei anta.</translation>
    </message>
    <message>
        <source>Messente takes at most %1 messages in one request, and %2 were given; none of them was sent</source>
        <translation>Messente võtab ühes päringus vastu kuni %1 sõnumit, kuid neid anti %2; ühtegi ei saadetud</translation>
    </message>
    <message>
        <source>The template list does not come to an end.</source>
        <translation>Mallide nimekiri ei jõua lõpuni.</translation>
    </message>
    <message>
        <source>The profile has no WhatsApp Business Account ID, which Messente&apos;s template list needs.</source>
        <translation>Profiilil puudub WhatsApp Business Accounti ID, mida Messente mallide nimekiri vajab.</translation>
    </message>
</context>
<context>
    <name>MessenteError</name>
    <message>
        <source>No error.</source>
        <translation>Viga pole.</translation>
    </message>
    <message>
        <source>Delivery failure: the message could not be delivered to the phone.</source>
        <translation>Kohaletoimetamine ebaõnnestus: sõnumit ei saanud telefonile toimetada.</translation>
    </message>
    <message>
        <source>The message expired before it could be delivered.</source>
        <translation>Sõnum aegus enne, kui selle sai kohale toimetada.</translation>
    </message>
    <message>
        <source>Invalid number: the recipient&apos;s number does not exist.</source>
        <translation>Vigane number: saaja numbrit pole olemas.</translation>
    </message>
    <message>
        <source>The Messente account could not be charged for this message.</source>
        <translation>Messente kontolt ei saanud selle sõnumi eest tasu võtta.</translation>
    </message>
    <message>
        <source>Invalid number format.</source>
        <translation>Vigane numbri vorming.</translation>
    </message>
    <message>
        <source>Too many identical messages were sent to this number.</source>
        <translation>Sellele numbrile saadeti liiga palju ühesuguseid sõnumeid.</translation>
    </message>
    <message>
        <source>The sender name is not allowed.</source>
        <translation>Saatja nimi pole lubatud.</translation>
    </message>
    <message>
        <source>The recipient&apos;s operator is blacklisted.</source>
        <translation>Saaja mobiilioperaator on mustas nimekirjas.</translation>
    </message>
    <message>
        <source>The number cannot be routed.</source>
        <translation>Numbrile ei leidu marsruuti.</translation>
    </message>
    <message>
        <source>The recipient has seen the message.</source>
        <translation>Saaja on sõnumit näinud.</translation>
    </message>
    <message>
        <source>A temporary error at Messente; the message may still be delivered.</source>
        <translation>Ajutine viga Messentes; sõnum võidakse siiski kohale toimetada.</translation>
    </message>
    <message>
        <source>Messente reported error code %1, which is not documented.</source>
        <translation>Messente teatas veakoodist %1, mis pole dokumenteeritud.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>This number looks like a fixed line, which may not have WhatsApp.</source>
        <translation>See number näib olevat lauatelefon, millel ei pruugi WhatsAppi olla.</translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation>Telefoninumbrit ei antud.</translation>
    </message>
    <message>
        <source>This is not a phone number: it contains letters or symbols.</source>
        <translation>See pole telefoninumber: selles on tähti või sümboleid.</translation>
    </message>
    <message>
        <source>The country code is unknown.</source>
        <translation>Riigikood on teadmata.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Number on liiga lühike.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Number on liiga pikk.</translation>
    </message>
    <message>
        <source>No such number exists in %1&apos;s numbering plan.</source>
        <translation>Sellist numbrit pole %1 numeratsiooniplaanis.</translation>
    </message>
    <message>
        <source>that country</source>
        <translation>selle riigi</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Image</source>
        <translation>Pilt</translation>
    </message>
    <message>
        <source>No link yet</source>
        <translation>Linki veel pole</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laadimine…</translation>
    </message>
    <message>
        <source>Image could not be loaded: %1</source>
        <translation>Pilti ei õnnestunud laadida: %1</translation>
    </message>
    <message>
        <source>Not loaded in this preview</source>
        <translation>Selles eelvaates pole laaditud</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Videos are not played in the preview</source>
        <translation>Videoid eelvaates ei esitata</translation>
    </message>
    <message>
        <source>Documents are not opened in the preview</source>
        <translation>Dokumente eelvaates ei avata</translation>
    </message>
    <message>
        <source>%1 document, not opened in the preview</source>
        <translation>%1-dokument, eelvaates ei avata</translation>
    </message>
    <message>
        <source>No file name yet</source>
        <translation>Failinime veel pole</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>The map, name and address are sent with each message</source>
        <translation>Kaart, nimi ja aadress saadetakse iga sõnumiga</translation>
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
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Teenusepakkuja:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Support team (Messente)</source>
        <translation>Tugimeeskond (Messente)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Baas-URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Piirkond:</translation>
    </message>
    <message>
        <source>API &amp;username:</source>
        <translation>API &amp;kasutajanimi:</translation>
    </message>
    <message>
        <source>WhatsApp Business &amp;Account ID:</source>
        <translation>WhatsApp Businessi k&amp;onto ID:</translation>
    </message>
    <message>
        <source>e.g. 105954558954427, to sync templates</source>
        <translation>nt 105954558954427, mallide sünkroonimiseks</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account (WABA) whose approved templates Herald reads from Messente. Messente&apos;s dashboard shows it under WhatsApp settings.</source>
        <translation>WhatsApp Businessi konto (WABA), mille kinnitatud malle Herald Messentest loeb. Messente töölaual on see WhatsAppi seadete all.</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>Töö&amp;ruumi ID:</translation>
    </message>
    <message>
        <source>Bird workspace UUID</source>
        <translation>Birdi tööruumi UUID</translation>
    </message>
    <message>
        <source>&amp;Channel ID:</source>
        <translation>Kanali I&amp;D:</translation>
    </message>
    <message>
        <source>Bird WhatsApp channel UUID</source>
        <translation>Birdi WhatsAppi kanali UUID</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Konto S&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. HXXXXXXX071US</source>
        <translation>nt HXXXXXXX071US</translation>
    </message>
    <message>
        <source>API pass&amp;word:</source>
        <translation>API &amp;parool:</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>&amp;Autoriseerimine:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Saatja:</translation>
    </message>
    <message>
        <source>Optional: the WhatsApp sender number or name</source>
        <translation>Valikuline: WhatsAppi saatja number või nimi</translation>
    </message>
    <message>
        <source>Callbacks &amp;listen on:</source>
        <translation>Tagasikutsete ku&amp;ulamisaadress:</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.1:8085</source>
        <translation>nt 127.0.0.1:8085</translation>
    </message>
    <message>
        <source>Callback publ&amp;ic URL:</source>
        <translation>Tagasikutse avalik &amp;URL:</translation>
    </message>
    <message>
        <source>The address the provider posts statuses to</source>
        <translation>Aadress, kuhu teenusepakkuja olekud saadab</translation>
    </message>
    <message>
        <source>Campaign &amp;pace:</source>
        <translation>Kampaania t&amp;empo:</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> sõnumit/s</translation>
    </message>
    <message>
        <source>How many messages per second a campaign sends with this profile; 0 uses the provider&apos;s default. Each campaign can change it.</source>
        <translation>Mitu sõnumit sekundis kampaania selle profiiliga saadab; 0 kasutab teenusepakkuja vaikeväärtust. Iga kampaania saab seda muuta.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testi ü&amp;hendust</translation>
    </message>
</context>
<context>
    <name>ProfilesWidget</name>
    <message>
        <source>Profiles</source>
        <translation>Profiilid</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisa…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testi ühendust</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eemalda</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 cannot send several messages in one request; none of them was sent</source>
        <translation>%1 ei saa saata mitut sõnumit ühe päringuga; ühtegi neist ei saadetud</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>The provider could not be reached, so nothing was sent</source>
        <translation>Teenusepakkujaga ei saadud ühendust, seega ei saadetud midagi</translation>
    </message>
    <message>
        <source>The connection failed before the provider answered, so it is not known whether the message was taken</source>
        <translation>Ühendus katkes enne teenusepakkuja vastust, seega pole teada, kas sõnum võeti vastu</translation>
    </message>
    <message>
        <source>The provider refused the credentials; check the profile&apos;s account details and secret</source>
        <translation>Teenusepakkuja lükkas juurdepääsuandmed tagasi; kontrolli profiili kontoandmeid ja saladust</translation>
    </message>
    <message>
        <source>The provider refused the request</source>
        <translation>Teenusepakkuja lükkas päringu tagasi</translation>
    </message>
    <message>
        <source>The provider does not know this message</source>
        <translation>Teenusepakkuja ei tunne seda sõnumit</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down; nothing was taken</source>
        <translation>Teenusepakkuja palus Heraldil aeglustada; midagi ei võetud vastu</translation>
    </message>
    <message>
        <source>The provider had an internal error</source>
        <translation>Teenusepakkujal tekkis sisemine viga</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read</source>
        <translation>Teenusepakkuja vastust ei õnnestunud lugeda</translation>
    </message>
    <message>
        <source>The provider does not offer this</source>
        <translation>Teenusepakkuja ei paku seda võimalust</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (kohas %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 [code %3]</source>
        <translation>%1: %2 [kood %3]</translation>
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
        <translation>%1; pole teada, kas teenusepakkuja võttis sõnumi vastu</translation>
    </message>
    <message>
        <source>The provider&apos;s answer could not be read, so it is not known whether the message was taken</source>
        <translation>Teenusepakkuja vastust ei õnnestunud lugeda, seega pole teada, kas sõnum võeti vastu</translation>
    </message>
</context>
<context>
    <name>RawAnswer</name>
    <message>
        <source>… (cut here: the answer has %1 characters)</source>
        <translation>… (siin kärbitud: vastuses on %1 märki)</translation>
    </message>
</context>
<context>
    <name>RecipientList</name>
    <message>
        <source>Valid</source>
        <translation>Kehtiv</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Vigane</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikaat</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Loobunud</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Number puudub</translation>
    </message>
    <message>
        <source>Not a mobile number: WhatsApp may not reach it.</source>
        <translation>Pole mobiilinumber: WhatsApp ei pruugi sinna jõuda.</translation>
    </message>
    <message>
        <source>The same number as row %1.</source>
        <translation>Sama number mis real %1.</translation>
    </message>
    <message>
        <source>On the opt-out list.</source>
        <translation>Loobujate nimekirjas.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Telefoninumbri lahter on tühi.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>RecipientListPicker</name>
    <message>
        <source>Recipient list</source>
        <translation>Saajate nimekiri</translation>
    </message>
    <message>
        <source>Take recipients and values from a saved list, or type one number</source>
        <translation>Võta saajad ja väärtused salvestatud nimekirjast või sisesta üks number</translation>
    </message>
    <message>
        <source>&amp;Add list</source>
        <translation>&amp;Lisa nimekiri</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, or paste cells copied from a spreadsheet, as a recipient list</source>
        <translation>Impordi CSV- või TSV-fail või kleebi arvutustabelist kopeeritud lahtrid saajate nimekirjana</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Preview the previous recipient (Alt+Up)</source>
        <translation>Näita eelvaates eelmist saajat (Alt+nool üles)</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Eelmine saaja</translation>
    </message>
    <message>
        <source>Recipient shown in the preview</source>
        <translation>Eelvaates näidatav saaja</translation>
    </message>
    <message>
        <source>Row </source>
        <translation>Rida </translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Preview the next recipient (Alt+Down)</source>
        <translation>Näita eelvaates järgmist saajat (Alt+nool alla)</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Järgmine saaja</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Impordi fail…</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file as a recipient list</source>
        <translation>Impordi CSV- või TSV-fail saajate nimekirjana</translation>
    </message>
    <message>
        <source>&amp;Paste from a spreadsheet</source>
        <translation>&amp;Kleebi arvutustabelist</translation>
    </message>
    <message>
        <source>Make a recipient list from cells copied from a spreadsheet, header row first</source>
        <translation>Loo saajate nimekiri arvutustabelist kopeeritud lahtritest, päiserida esimesena</translation>
    </message>
</context>
<context>
    <name>RecipientsWidget</name>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Nimekirjad</translation>
    </message>
    <message>
        <source>&amp;Saved lists:</source>
        <translation>&amp;Salvestatud nimekirjad:</translation>
    </message>
    <message>
        <source>Saved recipient lists</source>
        <translation>Salvestatud saajate nimekirjad</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file as a recipient list (you can also drop a file on the window)</source>
        <translation>Impordi CSV- või TSV-fail saajate nimekirjaks (faili võib ka aknasse lohistada)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>Make a recipient list from cells copied from a spreadsheet, header row first</source>
        <translation>Loo saajate nimekiri arvutustabelist kopeeritud lahtritest, päiserida esimesena</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Ü&amp;henda…</translation>
    </message>
    <message>
        <source>Make one new list of the selected lists; numbers in more than one become duplicates</source>
        <translation>Loo valitud nimekirjadest üks uus nimekiri; mitmes nimekirjas olevad numbrid muutuvad duplikaatideks</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Nimeta ü&amp;mber…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;ordi…</translation>
    </message>
    <message>
        <source>Save the list as CSV with each row&apos;s status</source>
        <translation>Salvesta nimekiri CSV-failina koos iga rea olekuga</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Kus&amp;tuta</translation>
    </message>
    <message>
        <source>Search names, numbers and every other column</source>
        <translation>Otsi nimede, numbrite ja kõigi muude veergude seast</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Otsi nimekirjast</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Näita ridu</translation>
    </message>
    <message>
        <source>Rows of the list</source>
        <translation>Nimekirja read</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Lisa rida</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>&amp;Eemalda read</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>This is exactly what the provider will receive for this recipient. Secrets are replaced by dots.</source>
        <translation>Just selle saab teenusepakkuja selle saaja kohta. Saladused on asendatud punktidega.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Päring</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Keys that work in the pane shown work only there. Alt with an underlined letter moves to that field or presses that button.</source>
        <translation>Kuvatava paani klahvid töötavad ainult selles paanis. Alt koos allajoonitud tähega viib vastavale väljale või vajutab vastavat nuppu.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiming</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>ketas on täis; vabasta ruumi ja proovi uuesti</translation>
    </message>
    <message>
        <source>the database cannot be written to: the file or its folder is read-only</source>
        <translation>andmebaasi ei saa kirjutada: fail või selle kaust on kirjutuskaitstud</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the database</source>
        <translation>ketas teatas andmebaasi lugemisel või kirjutamisel veast</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>andmebaasifail on kahjustatud</translation>
    </message>
    <message>
        <source>the file is not a Herald database, or it is damaged</source>
        <translation>fail pole Heraldi andmebaas või on kahjustatud</translation>
    </message>
    <message>
        <source>another program is holding the database locked</source>
        <translation>teine programm hoiab andmebaasi lukus</translation>
    </message>
    <message>
        <source>the database file cannot be opened: check that you may read and write it</source>
        <translation>andmebaasifaili ei saa avada: kontrolli, et sul on õigus seda lugeda ja kirjutada</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Herald</source>
        <translation>andmebaasi on kirjutanud Heraldi uuem versioon</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>andmebaas teatas veast</translation>
    </message>
</context>
<context>
    <name>SuppressionAddDialog</name>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Lisa loobujate nimekirja</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoninumber</translation>
    </message>
    <message>
        <source>In any form, e.g. +372 5123 4567</source>
        <translation>Mis tahes kujul, nt +372 5123 4567</translation>
    </message>
    <message>
        <source>What Herald reads in the number</source>
        <translation>Kuidas Herald numbrit loeb</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Põhjus:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>nt palus telefoni teel</translation>
    </message>
</context>
<context>
    <name>SuppressionImportDialog</name>
    <message>
        <source>Import opt-outs</source>
        <translation>Impordi loobujad</translation>
    </message>
    <message>
        <source>&amp;Numbers in:</source>
        <translation>&amp;Numbrid veerus:</translation>
    </message>
    <message>
        <source>Column with the phone numbers</source>
        <translation>Telefoninumbritega veerg</translation>
    </message>
    <message>
        <source>&amp;Reason for all of them:</source>
        <translation>&amp;Põhjus kõigile:</translation>
    </message>
    <message>
        <source>Reason for every imported number</source>
        <translation>Põhjus igale imporditud numbrile</translation>
    </message>
    <message>
        <source>e.g. replied STOP</source>
        <translation>nt vastas STOP</translation>
    </message>
    <message>
        <source>What the import will add</source>
        <translation>Mida import lisab</translation>
    </message>
</context>
<context>
    <name>SuppressionWidget</name>
    <message>
        <source>Opt-out list</source>
        <translation>Loobujate nimekiri</translation>
    </message>
    <message>
        <source>Herald sends nothing to these numbers, with any profile or list. Importing a recipient list never takes anyone off; only Remove does.</source>
        <translation>Herald ei saada nendele numbritele midagi, ühegi profiili ega nimekirjaga. Saajate nimekirja importimine ei eemalda siit kunagi kedagi; seda teeb ainult Eemalda.</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Otsi loobujate nimekirjast</translation>
    </message>
    <message>
        <source>Search by number, reason, source or who added it</source>
        <translation>Otsi numbri, põhjuse, allika või lisaja järgi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisa…</translation>
    </message>
    <message>
        <source>Put one number on the opt-out list, with the reason</source>
        <translation>Lisa üks number koos põhjusega loobujate nimekirja</translation>
    </message>
    <message>
        <source>Add a number to the opt-out list</source>
        <translation>Lisa number loobujate nimekirja</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>Add every number of a CSV or TSV file, or of cells copied from a spreadsheet</source>
        <translation>Lisa kõik numbrid CSV- või TSV-failist või arvutustabelist kopeeritud lahtritest</translation>
    </message>
    <message>
        <source>Import numbers to the opt-out list</source>
        <translation>Impordi numbrid loobujate nimekirja</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eemalda</translation>
    </message>
    <message>
        <source>Take the selected number off the opt-out list: Herald will send to it again</source>
        <translation>Eemalda valitud number loobujate nimekirjast: Herald hakkab sellele jälle saatma</translation>
    </message>
    <message>
        <source>Remove the selected number from the opt-out list</source>
        <translation>Eemalda valitud number loobujate nimekirjast</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Eksp&amp;ordi…</translation>
    </message>
    <message>
        <source>Save the whole opt-out list as a CSV file</source>
        <translation>Salvesta kogu loobujate nimekiri CSV-failina</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Ekspordi loobujate nimekiri</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Viimase muudatuse tulemus</translation>
    </message>
    <message>
        <source>Numbers on the opt-out list</source>
        <translation>Loobujate nimekirja numbrid</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>&amp;Failist…</translation>
    </message>
    <message>
        <source>&amp;Paste cells from the clipboard</source>
        <translation>&amp;Kleebi lahtrid lõikelaualt</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>“%1” is not an ISO 4217 currency code such as EUR or USD.</source>
        <translation>„%1“ ei ole ISO 4217 valuutakood, nagu EUR või USD.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Summa on tühi.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write digits with at most three decimals, such as 12.50.</source>
        <translation>„%1“ ei ole summa: kirjuta numbrid kõige rohkem kolme kümnendkohaga, näiteks 12.50.</translation>
    </message>
    <message>
        <source>The header needs a link to the image, video or document.</source>
        <translation>Päis vajab linki pildile, videole või dokumendile.</translation>
    </message>
    <message>
        <source>The header&apos;s media link must start with https:// or http://.</source>
        <translation>Päise meedialingi alguses peab olema https:// või http://.</translation>
    </message>
    <message>
        <source>The header&apos;s document needs a file name, such as invoice.pdf.</source>
        <translation>Päise dokumendil peab olema failinimi, näiteks invoice.pdf.</translation>
    </message>
    <message>
        <source>Button %1, end of the web address: %2</source>
        <translation>Nupp %1, veebiaadressi lõpp: %2</translation>
    </message>
    <message>
        <source>Button %1: the end of the web address cannot hold spaces.</source>
        <translation>Nupp %1: veebiaadressi lõpus ei tohi olla tühikuid.</translation>
    </message>
    <message>
        <source>Button %1: the filled web address is longer than %2 characters.</source>
        <translation>Nupp %1: täidetud veebiaadress on pikem kui %2 märki.</translation>
    </message>
    <message>
        <source>Button %1: the reply payload is blank; leave it out or fill it.</source>
        <translation>Nupp %1: vastuse andmed on tühjad; jäta need ära või täida.</translation>
    </message>
    <message>
        <source>Button %1, the code to copy: %2</source>
        <translation>Nupp %1, kopeeritav kood: %2</translation>
    </message>
    <message>
        <source>Button %1: the code to copy has %2 characters; WhatsApp allows %3.</source>
        <translation>Nupp %1: kopeeritavas koodis on %2 märki; WhatsApp lubab %3.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Väärtus on tühi.</translation>
    </message>
    <message>
        <source>The value contains a line break, which WhatsApp refuses.</source>
        <translation>Väärtuses on reavahetus, mida WhatsApp ei luba.</translation>
    </message>
    <message>
        <source>The value contains a tab, which WhatsApp refuses.</source>
        <translation>Väärtuses on tabulaator, mida WhatsApp ei luba.</translation>
    </message>
    <message>
        <source>The value has more than four spaces in a row, which WhatsApp refuses.</source>
        <translation>Väärtuses on järjest rohkem kui neli tühikut, mida WhatsApp ei luba.</translation>
    </message>
    <message>
        <source>Use either numbered variables like {{1}} or named ones like {{name}}, not both.</source>
        <translation>Kasuta kas nummerdatud muutujaid nagu {{1}} või nimega muutujaid nagu {{name}}, mitte mõlemaid.</translation>
    </message>
    <message>
        <source>Numbered variables must run {{1}}, {{2}}, … without gaps; {{%1}} is missing.</source>
        <translation>Nummerdatud muutujad peavad minema järjest {{1}}, {{2}}, … ilma vahedeta; {{%1}} puudub.</translation>
    </message>
    <message>
        <source>Variable names use lowercase letters, digits and underscores: {{%1}}.</source>
        <translation>Muutuja nimes tohib olla ainult väiketähti, numbreid ja allkriipse: {{%1}}.</translation>
    </message>
    <message>
        <source>The body cannot start with a variable; Meta refuses such templates.</source>
        <translation>Sisu ei tohi alata muutujaga; Meta lükkab sellised mallid tagasi.</translation>
    </message>
    <message>
        <source>The body cannot end with a variable; Meta refuses such templates.</source>
        <translation>Sisu ei tohi lõppeda muutujaga; Meta lükkab sellised mallid tagasi.</translation>
    </message>
    <message>
        <source>The body has two variables side by side ({{%1}} and {{%2}}); put words between them.</source>
        <translation>Sisus on kaks muutujat kõrvuti ({{%1}} ja {{%2}}); lisa nende vahele sõnu.</translation>
    </message>
    <message>
        <source>quick reply</source>
        <translation>kiirvastus</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoninumber</translation>
    </message>
    <message>
        <source>copy code</source>
        <translation>koodi kopeerimine</translation>
    </message>
    <message>
        <source>Button %1 needs a web address.</source>
        <translation>Nupp %1 vajab veebiaadressi.</translation>
    </message>
    <message>
        <source>Button %1: the web address has %2 characters; WhatsApp allows %3.</source>
        <translation>Nupp %1: veebiaadressis on %2 märki; WhatsApp lubab %3.</translation>
    </message>
    <message>
        <source>Button %1: the web address must start with https:// or http://.</source>
        <translation>Nupp %1: veebiaadressi alguses peab olema https:// või http://.</translation>
    </message>
    <message>
        <source>Button %1: the web address may hold only one variable.</source>
        <translation>Nupp %1: veebiaadressis tohib olla ainult üks muutuja.</translation>
    </message>
    <message>
        <source>Button %1: the variable must be at the very end of the web address.</source>
        <translation>Nupp %1: muutuja peab olema veebiaadressi päris lõpus.</translation>
    </message>
    <message>
        <source>Button %1: the web address&apos;s variable is written {{1}}.</source>
        <translation>Nupp %1: veebiaadressi muutuja kirjutatakse kujul {{1}}.</translation>
    </message>
    <message>
        <source>The template has %1 buttons; WhatsApp allows %2.</source>
        <translation>Mallis on %1 nuppu; WhatsApp lubab %2.</translation>
    </message>
    <message>
        <source>Authentication templates have at most one button, the one that passes the code.</source>
        <translation>Autentimismallidel on kõige rohkem üks nupp – see, mis koodi edastab.</translation>
    </message>
    <message>
        <source>Button %1: a template may have at most %2 %3 buttons.</source>
        <translation>Nupp %1: mallis võib olla kõige rohkem %2 nuppu tüübiga „%3“.</translation>
    </message>
    <message>
        <source>Button %1: quick replies must come together, all before or all after the other buttons.</source>
        <translation>Nupp %1: kiirvastused peavad olema koos, kõik teistest nuppudest eespool või kõik tagapool.</translation>
    </message>
    <message>
        <source>Button %1 needs a text.</source>
        <translation>Nupp %1 vajab teksti.</translation>
    </message>
    <message>
        <source>Button %1: the text has %2 characters; WhatsApp allows %3.</source>
        <translation>Nupp %1: tekstis on %2 märki; WhatsApp lubab %3.</translation>
    </message>
    <message>
        <source>Button %1: the phone number has %2 characters; WhatsApp allows %3.</source>
        <translation>Nupp %1: telefoninumbris on %2 märki; WhatsApp lubab %3.</translation>
    </message>
    <message>
        <source>Button %1: the phone number is written in international form, such as +37251234567.</source>
        <translation>Nupp %1: telefoninumber kirjutatakse rahvusvahelisel kujul, näiteks +37251234567.</translation>
    </message>
    <message>
        <source>Button %1: utility templates cannot have a copy code button.</source>
        <translation>Nupp %1: utility-kategooria mallidel ei tohi olla koodi kopeerimise nuppu.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Mall vajab nime.</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Malli nimes tohib olla ainult väiketähti, numbreid ja allkriipse ning see peab algama tähega.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Nimi on pikem kui %1 märki.</translation>
    </message>
    <message>
        <source>The language is a code such as en or en_US, exactly as approved by Meta.</source>
        <translation>Keel on kood, näiteks en või en_US, täpselt nii, nagu Meta selle kinnitas.</translation>
    </message>
    <message>
        <source>The header has %1 characters; WhatsApp allows %2.</source>
        <translation>Päises on %1 märki; WhatsApp lubab %2.</translation>
    </message>
    <message>
        <source>A header may hold at most one variable.</source>
        <translation>Päises tohib olla kõige rohkem üks muutuja.</translation>
    </message>
    <message>
        <source>The template needs a body.</source>
        <translation>Mall vajab sisu.</translation>
    </message>
    <message>
        <source>The body has %1 characters; WhatsApp allows %2.</source>
        <translation>Sisus on %1 märki; WhatsApp lubab %2.</translation>
    </message>
    <message>
        <source>The footer has %1 characters; WhatsApp allows %2.</source>
        <translation>Jaluses on %1 märki; WhatsApp lubab %2.</translation>
    </message>
    <message>
        <source>A footer cannot hold variables.</source>
        <translation>Jaluses ei tohi olla muutujaid.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Enter the template exactly as Meta approved it. Variables are written {{1}}, {{2}}, … or by name, such as {{first_name}}.</source>
        <translation>Sisesta mall täpselt nii, nagu Meta selle kinnitas. Muutujad kirjutatakse kujul {{1}}, {{2}}, … või nimega, näiteks {{first_name}}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>order_update</source>
        <translation>order_update</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>K&amp;ategooria:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Päis:</translation>
    </message>
    <message>
        <source>Optional, at most 60 characters</source>
        <translation>Valikuline, kuni 60 märki</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Sisu:</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order has shipped.</source>
        <translation>Tere, {{1}}! Teie tellimus on teele saadetud.</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Jalus:</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Nupud</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Link or phone number</source>
        <translation>Link või telefoninumber</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>&amp;Lisa nupp</translation>
    </message>
    <message>
        <source>&amp;Remove button</source>
        <translation>Ee&amp;malda nupp</translation>
    </message>
    <message>
        <source>How other providers know this template</source>
        <translation>Kuidas teised teenusepakkujad seda malli tunnevad</translation>
    </message>
    <message>
        <source>Bird &amp;project ID:</source>
        <translation>Birdi p&amp;rojekti ID:</translation>
    </message>
    <message>
        <source>The Studio project that holds this template</source>
        <translation>Studio projekt, milles see mall asub</translation>
    </message>
    <message>
        <source>Bird &amp;version:</source>
        <translation>Birdi &amp;versioon:</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>uusim</translation>
    </message>
    <message>
        <source>&amp;Kaleyra name:</source>
        <translation>Kaleyra n&amp;imi:</translation>
    </message>
    <message>
        <source>Same as the name above</source>
        <translation>Sama mis ülal olev nimi</translation>
    </message>
    <message>
        <source>Kaleyra lan&amp;guage:</source>
        <translation>Kaleyra k&amp;eel:</translation>
    </message>
    <message>
        <source>Same as the language above</source>
        <translation>Sama mis ülal olev keel</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s lang_code, when Kaleyra knows the template under another language code than Meta&apos;s</source>
        <translation>Kaleyra lang_code, kui Kaleyra tunneb malli Meta omast erineva keelekoodiga</translation>
    </message>
    <message>
        <source>Bird variable &amp;keys:</source>
        <translation>Birdi muutujate võ&amp;tmed:</translation>
    </message>
    <message>
        <source>The key of each variable in the Bird Studio template; leave a key empty when Studio uses the variable&apos;s own name</source>
        <translation>Iga muutuja võti Bird Studio mallis; jäta võti tühjaks, kui Studio kasutab muutuja enda nime</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Muutuja</translation>
    </message>
    <message>
        <source>Key in Bird Studio</source>
        <translation>Võti Bird Studios</translation>
    </message>
    <message>
        <source>Header format</source>
        <translation>Päise vorming</translation>
    </message>
</context>
<context>
    <name>TemplateJson</name>
    <message>
        <source>%1: the header format %2 is not one Herald can send.</source>
        <translation>%1: päise vormingut %2 ei saa Herald saata.</translation>
    </message>
    <message>
        <source>button %1 has the type %2, which Herald cannot send.</source>
        <translation>nupu %1 tüüp on %2, mida Herald ei saa saata.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>A template without a name</source>
        <translation>Nimeta mall</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Mall %1</translation>
    </message>
    <message>
        <source>A template has no name and was left out.</source>
        <translation>Ühel mallil pole nime ja see jäeti välja.</translation>
    </message>
    <message>
        <source>%1 has no category; it was read as utility.</source>
        <translation>%1: kategooria puudub; kasutati kategooriat utility.</translation>
    </message>
    <message>
        <source>%1: the category %2 is unknown; it was read as utility.</source>
        <translation>%1: kategooria %2 on tundmatu; kasutati kategooriat utility.</translation>
    </message>
    <message>
        <source>%1: components is not a list.</source>
        <translation>%1: components ei ole nimekiri.</translation>
    </message>
    <message>
        <source>%1: a component is not an object and was ignored.</source>
        <translation>%1: üks komponent ei ole objekt ja jäeti vahele.</translation>
    </message>
    <message>
        <source>%1: the buttons are not a list and were ignored.</source>
        <translation>%1: nupud ei ole nimekiri ja jäeti vahele.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the component type %2 is unknown and was ignored.</source>
        <translation>%1: komponendi tüüp %2 on tundmatu ja jäeti vahele.</translation>
    </message>
    <message>
        <source>%1 has no body and was left out.</source>
        <translation>%1: sisu puudub, mall jäeti välja.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>Fail ei ole korrektne JSON: %1 (märgi %2 juures).</translation>
    </message>
    <message>
        <source>The JSON holds no template: expected a template, a list, or data or templates.</source>
        <translation>JSON ei sisalda ühtegi malli: oodati malli, nimekirja või välja data või templates.</translation>
    </message>
    <message>
        <source>Entry %1 of the list is not a template object.</source>
        <translation>Nimekirja kirje %1 ei ole malliobjekt.</translation>
    </message>
</context>
<context>
    <name>TemplatesWidget</name>
    <message>
        <source>Search templates</source>
        <translation>Otsi malle</translation>
    </message>
    <message>
        <source>Search by name, language, category or text</source>
        <translation>Otsi nime, keele, kategooria või teksti järgi</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uus…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dubleeri</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Kus&amp;tuta</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Templates in Meta&apos;s JSON shape, as in WhatsApp Manager and Messente&apos;s template API</source>
        <translation>Mallid Meta JSON-kujul, nagu WhatsApp Manageris ja Messente malli-API-s</translation>
    </message>
    <message>
        <source>&amp;Sync from Messente</source>
        <translation>&amp;Sünkrooni Messentest</translation>
    </message>
    <message>
        <source>Read every template of the profile&apos;s WhatsApp Business Account from Messente, with Meta&apos;s status</source>
        <translation>Loe Messentest kõik profiili WhatsApp Business Accounti mallid koos Meta olekuga</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>P&amp;rofiil:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallid</translation>
    </message>
    <message>
        <source>&amp;Paste templates from the clipboard</source>
        <translation>&amp;Kleebi mallid lõikelaualt</translation>
    </message>
    <message>
        <source>&amp;Copy the selected template</source>
        <translation>K&amp;opeeri valitud mall</translation>
    </message>
</context>
<context>
    <name>ValueFieldEditor</name>
    <message>
        <source>Type one value for everyone, or take each recipient&apos;s value from a column of the list</source>
        <translation>Sisesta kõigile üks väärtus või võta iga saaja väärtus nimekirja veerust</translation>
    </message>
    <message>
        <source>Use example</source>
        <translation>Kasuta näidet</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Vali kuupäev…</translation>
    </message>
    <message>
        <source>Write a date the way the template&apos;s language writes it</source>
        <translation>Kirjuta kuupäev nii, nagu seda malli keeles kirjutatakse</translation>
    </message>
    <message>
        <source>When the cell is empty, use… (optional)</source>
        <translation>Kui lahter on tühi, kasuta… (valikuline)</translation>
    </message>
    <message>
        <source>How WhatsApp receives this value: as text, as an amount of money, or as a date and time</source>
        <translation>Kuidas WhatsApp selle väärtuse saab: tekstina, rahasummana või kuupäeva ja kellaajana</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR or USD</source>
        <translation>ISO 4217 valuutakood, näiteks EUR või USD</translation>
    </message>
</context>
<context>
    <name>herald::AppContext</name>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Liivakast (%1)</translation>
    </message>
    <message>
        <source>The data folder %1 could not be created.</source>
        <translation>Andmekausta %1 ei õnnestunud luua.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on the loopback interface.</source>
        <translation>Sisseehitatud liivakast ei saanud loopback-liidesel kuulata.</translation>
    </message>
    <message>
        <source>The sandbox profiles could not be saved in the database.</source>
        <translation>Liivakasti profiile ei õnnestunud andmebaasi salvestada.</translation>
    </message>
</context>
<context>
    <name>herald::CallbackReceiver</name>
    <message>
        <source>%1 does not send status callbacks that Herald reads.</source>
        <translation>%1 ei saada olekute tagasikutseid, mida Herald loeb.</translation>
    </message>
    <message>
        <source>The callback address &quot;%1&quot; is not of the form 127.0.0.1:8085.</source>
        <translation>Tagasikutse aadress „%1“ pole kujul 127.0.0.1:8085.</translation>
    </message>
    <message>
        <source>Herald cannot listen for callbacks on %1: the address is in use or not on this computer.</source>
        <translation>Herald ei saa kuulata tagasikutseid aadressil %1: aadress on kasutusel või ei kuulu sellele arvutile.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignChart</name>
    <message>
        <source>How far the messages got</source>
        <translation>Kui kaugele sõnumid jõudsid</translation>
    </message>
    <message>
        <source>States over time</source>
        <translation>Olekud ajas</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>Olekute ajalugu veel pole.</translation>
    </message>
    <message>
        <source>Funnel: how far the messages got</source>
        <translation>Lehter: kui kaugele sõnumid jõudsid</translation>
    </message>
    <message>
        <source>The campaign&apos;s states over time</source>
        <translation>Kampaania olekud ajas</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Järjekorras</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Kohale toimetatud</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestunud</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Aegunud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Tühistatud</translation>
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
        <translation>Kampaaniad pole selles Heraldi käivituses saadaval.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>nimekiri</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The profile&apos;s pace is %1; at most %2 for %3.</source>
        <translation>Profiili tempo on %1; %3 puhul kõige rohkem %2.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>• No row of the list can be sent to: every one is skipped, for the reasons below.</source>
        <translation>• Ühelegi nimekirja reale ei saa saata: kõik jäetakse vahele allpool toodud põhjustel.</translation>
    </message>
    <message>
        <source>Nothing can be sent:</source>
        <translation>Midagi ei saa saata:</translation>
    </message>
    <message>
        <source>This goes to %1 recipients. To confirm, type that number:</source>
        <translation>See läheb %1 saajale. Kinnitamiseks sisesta see arv:</translation>
    </message>
    <message>
        <source>the number of recipients</source>
        <translation>saajate arv</translation>
    </message>
    <message>
        <source>Every skipped row (%1)</source>
        <translation>Kõik vahele jäetud read (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1, with %2</source>
        <translation>Profiil: %1, %2 kaudu</translation>
    </message>
    <message>
        <source>Template: %1, in %2</source>
        <translation>Mall: %1, keeles %2</translation>
    </message>
    <message>
        <source>List: %1; rows read: %2</source>
        <translation>Nimekiri: %1; loetud ridu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be sent.</source>
        <translation>
            <numerusform>Saadetakse %Ln sõnum.</numerusform>
            <numerusform>Saadetakse %Ln sõnumit.</numerusform>
        </translation>
    </message>
    <message>
        <source>None skipped.</source>
        <translation>Ühtegi ei jäeta vahele.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: %1.</source>
        <translation>
            <numerusform>%Ln jäetakse vahele: %1.</numerusform>
            <numerusform>%Ln jäetakse vahele: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing them to the provider takes %1 at %2.</source>
        <translation>Teenusepakkujale üleandmine võtab aega %1 tempoga %2.</translation>
    </message>
    <message>
        <source>Scheduled for %1. %2 cannot hold messages for a later time, so Herald holds this campaign and sends it then. Herald must be running at that time; if it is not, the campaign waits, paused, for you to resume it.</source>
        <translation>Ajastatud ajaks %1. %2 ei saa sõnumeid hilisema ajani hoida, seega hoiab Herald seda kampaaniat ise ja saadab selle siis. Herald peab sel ajal töötama; kui ei tööta, jääb kampaania peatatuna ootama, kuni seda jätkatakse.</translation>
    </message>
    <message>
        <source>Scheduled for %1. The messages go to %2 now and %2 holds them until then; Herald need not be running. You can cancel them until that time.</source>
        <translation>Ajastatud ajaks %1. Sõnumid lähevad kohe teenusepakkujale %2, kes hoiab neid selle ajani; Herald ei pea töötama. Neid saab tühistada kuni selle ajani.</translation>
    </message>
    <message>
        <source>Scheduled for %1. The messages go to %2 now and %2 holds them until then; Herald need not be running. %2 offers no way to cancel a message it holds: once this campaign is sent, it cannot be called back.</source>
        <translation>Ajastatud ajaks %1. Sõnumid lähevad kohe teenusepakkujale %2, kes hoiab neid selle ajani; Herald ei pea töötama. %2 ei võimalda hoitavat sõnumit tühistada: kui see kampaania on saadetud, ei saa seda tagasi võtta.</translation>
    </message>
    <message>
        <source>&amp;Schedule for %L1</source>
        <translation>&amp;Ajasta %L1 saajale</translation>
    </message>
    <message>
        <source>&amp;Send to %L1</source>
        <translation>&amp;Saada %L1 saajale</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei saadetud: %1</translation>
    </message>
    <message>
        <source>Sending the test message to %1…</source>
        <translation>Proovisõnumi saatmine saajale %1…</translation>
    </message>
    <message>
        <source>Not sent: the message could not be prepared.</source>
        <translation>Ei saadetud: sõnumit ei õnnestunud ette valmistada.</translation>
    </message>
    <message>
        <source>Test message of template %1 (%2) to %3 with profile “%4”, before a campaign to list “%5”.</source>
        <translation>Malli %1 (%2) proovisõnum saajale %3 profiiliga „%4“ enne kampaaniat nimekirjale „%5“.</translation>
    </message>
    <message>
        <source>Test message to %1: %2 Check the phone before you send to the list.</source>
        <translation>Proovisõnum saajale %1: %2 Kontrolli telefoni enne nimekirjale saatmist.</translation>
    </message>
    <message>
        <source>Test message to %1 not sent: %2</source>
        <translation>Proovisõnumit saajale %1 ei saadetud: %2</translation>
    </message>
    <message>
        <source>The time to send has passed while you were reviewing. Close this, choose a later time in Compose and review again.</source>
        <translation>Saatmisaeg möödus ülevaatamise ajal. Sulge see aken, vali vaates Koosta hilisem aeg ja vaata uuesti üle.</translation>
    </message>
    <message>
        <source>The campaign could not be saved, so nothing was sent. The log file says why.</source>
        <translation>Kampaaniat ei õnnestunud salvestada, seega ei saadetud midagi. Põhjus on logifailis.</translation>
    </message>
    <message>
        <source>The campaign could not be saved, so nothing was sent: %1.</source>
        <translation>Kampaaniat ei õnnestunud salvestada, seega ei saadetud midagi: %1.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignPlanner</name>
    <message>
        <source>The template was deleted from the library.</source>
        <translation>Mall on teegist kustutatud.</translation>
    </message>
    <message>
        <source>Choose a recipient list.</source>
        <translation>Vali saajate nimekiri.</translation>
    </message>
    <message>
        <source>The recipient list no longer exists.</source>
        <translation>Saajate nimekirja pole enam olemas.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>nimekiri</translation>
    </message>
</context>
<context>
    <name>herald::CampaignRunner</name>
    <message>
        <source>Campaign “%1”: %2 to send, %3 skipped, template %4 (%5).</source>
        <translation>Kampaania „%1“: saata %2, vahele jäetud %3, mall %4 (%5).</translation>
    </message>
    <message>
        <source>Resumed after Herald started again.</source>
        <translation>Jätkatud pärast Heraldi taaskäivitamist.</translation>
    </message>
    <message>
        <source>Campaign “%1” carries on where it stopped.</source>
        <translation>Kampaania „%1“ jätkab sealt, kus see pooleli jäi.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down: now %1 messages per second.</source>
        <translation>Teenusepakkuja palus Heraldil aeglustada: nüüd %1 sõnumit sekundis.</translation>
    </message>
    <message>
        <source>Paused by Herald: %1.</source>
        <translation>Herald peatas: %1.</translation>
    </message>
    <message>
        <source>Campaign “%1” is paused: %2. Nothing was lost; resume it when this is fixed.</source>
        <translation>Kampaania „%1“ on peatatud: %2. Midagi ei läinud kaduma; jätka seda, kui probleem on lahendatud.</translation>
    </message>
    <message>
        <source>Campaign “%1”: %2 of the last %3 messages failed or have an unknown outcome.</source>
        <translation>Kampaania „%1“: viimasest %3 sõnumist %2 ebaõnnestus või nende tulemus on teadmata.</translation>
    </message>
    <message>
        <source>Campaign “%1” finished: %L2 taken by the provider, %L3 failed, %L4 unknown, %L5 cancelled.</source>
        <translation>Kampaania „%1“ lõppes: teenusepakkuja võttis vastu %L2, ebaõnnestus %L3, teadmata %L4, tühistatud %L5.</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>Operaator peatas.</translation>
    </message>
    <message>
        <source>Resumed by the operator.</source>
        <translation>Operaator jätkas.</translation>
    </message>
    <message>
        <source>Cancelled by the operator before it was sent.</source>
        <translation>Operaator tühistas enne saatmist.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled by the operator; %n queued message(s) will not be sent.</source>
        <translation>
            <numerusform>Operaator tühistas; %n järjekorras olev sõnum jääb saatmata.</numerusform>
            <numerusform>Operaator tühistas; %n järjekorras olevat sõnumit jääb saatmata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s): %1</source>
        <translation>
            <numerusform>Teenusepakkuja hoiab endiselt %n ajastatud sõnumit: %1</numerusform>
            <numerusform>Teenusepakkuja hoiab endiselt %n ajastatud sõnumit: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still holds %n scheduled message(s) it could not cancel: %1</source>
        <translation>
            <numerusform>Teenusepakkuja hoiab endiselt %n ajastatud sõnumit, mida ta ei saanud tühistada: %1</numerusform>
            <numerusform>Teenusepakkuja hoiab endiselt %n ajastatud sõnumit, mida ta ei saanud tühistada: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was queued again: the provider now reports the template as “%1”, and only approved templates can be sent.</source>
        <translation>Midagi ei pandud uuesti järjekorda: teenusepakkuja teatab nüüd malli olekuks „%1“ ja saata saab ainult kinnitatud malle.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were not queued again: the number is now on the opt-out list (%1).</source>
        <translation>
            <numerusform>%n sõnumit ei pandud uuesti järjekorda: number on nüüd loobujate nimekirjas (%1).</numerusform>
            <numerusform>%n sõnumit ei pandud uuesti järjekorda: number on nüüd loobujate nimekirjas (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed message(s) queued again by the operator.</source>
        <translation>
            <numerusform>Operaator pani %n ebaõnnestunud sõnumi uuesti järjekorda.</numerusform>
            <numerusform>Operaator pani %n ebaõnnestunud sõnumit uuesti järjekorda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with an unknown outcome sent again at the operator&apos;s word.</source>
        <translation>
            <numerusform>Operaatori korraldusel saadeti uuesti %n teadmata tulemusega sõnum.</numerusform>
            <numerusform>Operaatori korraldusel saadeti uuesti %n teadmata tulemusega sõnumit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again one by one by the operator (%1).</source>
        <translation>
            <numerusform>Operaator pani %n sõnumi ükshaaval uuesti järjekorda (%1).</numerusform>
            <numerusform>Operaator pani %n sõnumit ükshaaval uuesti järjekorda (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: Herald was not running at the time to send.</source>
        <translation>Peatatud: Herald ei töötanud saatmise ajal.</translation>
    </message>
    <message>
        <source>Campaign “%1” was due at %2, while Herald was not running. It is paused: resume it to send now.</source>
        <translation>Kampaania „%1“ saatmisaeg oli %2, kuid Herald ei töötanud siis. Kampaania on peatatud: kohe saatmiseks jätka seda.</translation>
    </message>
    <message>
        <source>Started at its scheduled time.</source>
        <translation>Alustati ajastatud ajal.</translation>
    </message>
</context>
<context>
    <name>herald::CampaignSender</name>
    <message>
        <source>The provider asked Herald to slow down; nothing was sent. It goes again later.</source>
        <translation>Teenusepakkuja palus Heraldil aeglasemalt saata; midagi ei saadetud. Hiljem proovitakse uuesti.</translation>
    </message>
    <message>
        <source>The provider could not be reached or refused the credentials; nothing was sent. It goes again later.</source>
        <translation>Teenusepakkujaga ei saanud ühendust või see lükkas volitused tagasi; midagi ei saadetud. Hiljem proovitakse uuesti.</translation>
    </message>
    <message>
        <source>the provider refused the profile&apos;s credentials (%1)</source>
        <translation>teenusepakkuja lükkas profiili volitused tagasi (%1)</translation>
    </message>
    <message>
        <source>the provider cannot be reached (%1)</source>
        <translation>teenusepakkujaga ei saa ühendust (%1)</translation>
    </message>
    <message>
        <source>the journal cannot be written (%1)</source>
        <translation>päevikusse ei saa kirjutada (%1)</translation>
    </message>
</context>
<context>
    <name>herald::CampaignStatus</name>
    <message>
        <source>Campaign progress</source>
        <translation>Kampaania edenemine</translation>
    </message>
    <message>
        <source>Campaigns sending now. Click to see them.</source>
        <translation>Kampaaniad, mis praegu saadavad. Klõpsa, et neid näha.</translation>
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
        <translation>Kampaania</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiil</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestunud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Teadmata</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
</context>
<context>
    <name>herald::CampaignsWidget</name>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Export the campaign&apos;s delivery report</source>
        <translation>Ekspordi kampaania kohaletoimetamise aruanne</translation>
    </message>
    <message>
        <source>Skipped rows (%1)</source>
        <translation>Vahele jäetud read (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profiil %1</translation>
    </message>
    <message>
        <source>Profile %1 (%2)</source>
        <translation>Profiil %1 (%2)</translation>
    </message>
    <message>
        <source>template %1 (%2)</source>
        <translation>mall %1 (%2)</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>nimekiri %1</translation>
    </message>
    <message>
        <source>created %1 by %2</source>
        <translation>loodud %1, looja %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Scheduled for %1; %2 holds the messages until then.</source>
        <translation>Ajastatud ajale %1; seni hoiab sõnumeid %2.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Herald holds it and sends it then: Herald must be running at that time.</source>
        <translation>Ajastatud ajale %1. Herald hoiab kampaaniat ja saadab selle siis: Herald peab sel ajal töötama.</translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation>Praegu kehtib: %1.</translation>
    </message>
    <message>
        <source>Achieved: %1.</source>
        <translation>Saavutatud: %1.</translation>
    </message>
    <message>
        <source>Sends at %1 when it runs.</source>
        <translation>Töötamise ajal tempo: %1.</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled (%1)</source>
        <translation>Proovi &amp;ebaõnnestunuid uuesti (%1)</translation>
    </message>
    <message>
        <source>Retry fa&amp;iled</source>
        <translation>Proovi &amp;ebaõnnestunuid uuesti</translation>
    </message>
    <message>
        <source>Resend un&amp;known (%1)…</source>
        <translation>&amp;Saada teadmata uuesti (%1)…</translation>
    </message>
    <message>
        <source>Resend un&amp;known…</source>
        <translation>&amp;Saada teadmata uuesti…</translation>
    </message>
    <message>
        <source>Audit log (%1)</source>
        <translation>Auditilogi (%1)</translation>
    </message>
    <message>
        <source>%1 campaigns: %2</source>
        <translation>Kampaaniad (%1): %2</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way still get their answers.</source>
        <translation>Peatatud. Juba teel olevate sõnumite vastused tulevad endiselt.</translation>
    </message>
    <message>
        <source>Resumed where it stopped.</source>
        <translation>Jätkati sealt, kus pooleli jäi.</translation>
    </message>
    <message>
        <source>Messages not sent yet: %1. They will not be sent.</source>
        <translation>Veel saatmata sõnumeid: %1. Neid ei saadeta.</translation>
    </message>
    <message>
        <source>Messages the provider holds for later: %1. Herald asks the provider to cancel them.</source>
        <translation>Sõnumeid, mida teenusepakkuja hoiab hilisemaks: %1. Herald palub teenusepakkujal need tühistada.</translation>
    </message>
    <message>
        <source>Messages already handed to the provider for now cannot be called back.</source>
        <translation>Sõnumeid, mis on juba teenusepakkujale kohe saatmiseks üle antud, ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampaania tühistamine</translation>
    </message>
    <message>
        <source>Cancel “%1”?</source>
        <translation>Kas tühistada „%1“?</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Tühista kampaania</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Jäta alles</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more of it will be sent.</source>
        <translation>Tühistatud. Sellest ei saadeta enam midagi.</translation>
    </message>
    <message>
        <source>Failed messages queued again: %1.</source>
        <translation>Ebaõnnestunud sõnumeid pandi uuesti järjekorda: %1.</translation>
    </message>
    <message>
        <source>Nothing was queued again.</source>
        <translation>Midagi ei pandud uuesti järjekorda.</translation>
    </message>
    <message>
        <source>Resend unknown</source>
        <translation>Saada teadmata uuesti</translation>
    </message>
    <message>
        <source>Send %1 messages again whose outcome is unknown?</source>
        <translation>Kas saata uuesti %1 sõnumit, mille tulemus on teadmata?</translation>
    </message>
    <message>
        <source>For these messages Herald could not learn whether the provider took them: the connection broke or the answer never came. Some may have been sent and may already be on the recipients&apos; phones. Sending them again may deliver them twice.</source>
        <translation>Nende sõnumite puhul ei saanud Herald teada, kas teenusepakkuja võttis need vastu: ühendus katkes või vastust ei tulnudki. Mõni neist võib olla juba saadetud ja saajate telefonis. Uuesti saatmisel võivad need kohale jõuda kaks korda.</translation>
    </message>
    <message>
        <source>Send them again</source>
        <translation>Saada uuesti</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Jäta saatmata</translation>
    </message>
    <message>
        <source>Messages with an unknown outcome queued again: %1.</source>
        <translation>Teadmata tulemusega sõnumeid pandi uuesti järjekorda: %1.</translation>
    </message>
    <message>
        <source>Export the report of “%1”</source>
        <translation>Ekspordi kampaania „%1“ aruanne</translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <translation>%1-aruanne.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Aruanne salvestati faili %1.</translation>
    </message>
    <message>
        <source>The pace is now %1.</source>
        <translation>Tempo on nüüd %1.</translation>
    </message>
</context>
<context>
    <name>herald::ComposeWidget</name>
    <message>
        <source>Header %1 link:</source>
        <translation>Päise %1 link:</translation>
    </message>
    <message>
        <source>Document file name:</source>
        <translation>Dokumendi failinimi:</translation>
    </message>
    <message>
        <source>Header {{%1}}:</source>
        <translation>Päis {{%1}}:</translation>
    </message>
    <message>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <source>Button “%1”, end of link:</source>
        <translation>Nupp „%1“, lingi lõpp:</translation>
    </message>
    <message>
        <source>Button “%1”, reply payload (optional):</source>
        <translation>Nupp „%1“, vastuse andmed (valikuline):</translation>
    </message>
    <message>
        <source>Button “%1”, code to copy:</source>
        <translation>Nupp „%1“, kopeeritav kood:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Nimekiri:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Saada</translation>
    </message>
    <message>
        <source>Review and send to list</source>
        <translation>Vaata üle ja saada nimekirjale</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vaikimisi</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Kõrge</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Tavaline</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Madal</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Sisestatud kujul</translation>
    </message>
    <message>
        <source>Hashed (SHA-256)</source>
        <translation>Räsitud (SHA-256)</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Üldse mitte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Uus mall</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Malli ei salvestatud</translation>
    </message>
    <message>
        <source>A template with this name and language already exists.</source>
        <translation>Sama nime ja keelega mall on juba olemas.</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Muuda malli</translation>
    </message>
    <message>
        <source>&amp;Send to this recipient</source>
        <translation>&amp;Saada sellele saajale</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Saada</translation>
    </message>
    <message>
        <source>Numbers without a country code are read as %1 numbers.</source>
        <translation>Riigikoodita numbrite riigiks loetakse %1.</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list: nothing will be sent to it.</source>
        <translation>%1 on loobujate nimekirjas: sellele ei saadeta midagi.</translation>
    </message>
    <message>
        <source>Will be sent to %1</source>
        <translation>Saadetakse saajale %1</translation>
    </message>
    <message>
        <source>Will be sent to %1. %2</source>
        <translation>Saadetakse saajale %1. %2</translation>
    </message>
    <message>
        <source>Type the recipient to check the customer-service window.</source>
        <translation>Sisesta saaja, et kontrollida klienditeeninduse akent.</translation>
    </message>
    <message>
        <source>Add a template with New…, or fetch your approved ones with Sync from Messente on the Templates tab, to see its preview here.</source>
        <translation>Lisa mall nupuga Uus… või too oma kinnitatud mallid vahekaardil Mallid nupuga Sünkrooni Messentest, et näha siin selle eelvaadet.</translation>
    </message>
    <message>
        <source>Type the text message, or untick it to send the template.</source>
        <translation>Sisesta tekstsõnum või eemalda linnuke, et saata mall.</translation>
    </message>
    <message>
        <source>The customer-service window is closed: only approved templates can be sent now.</source>
        <translation>Klienditeeninduse aken on suletud: praegu saab saata ainult kinnitatud malle.</translation>
    </message>
    <message>
        <source>Waiting to learn whether the customer-service window is open.</source>
        <translation>Oodatakse teavet, kas klienditeeninduse aken on avatud.</translation>
    </message>
    <message>
        <source>Enter the SMS text, or untick the SMS fallback.</source>
        <translation>Sisesta SMS-i tekst või eemalda SMS-varukanali linnuke.</translation>
    </message>
    <message>
        <source>Enter the Viber text, or untick the Viber fallback.</source>
        <translation>Sisesta Viberi tekst või eemalda Viberi varukanali linnuke.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Before sending:</source>
        <translation>Enne saatmist:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Saatmine…</translation>
    </message>
    <message>
        <source>Not sent: the message could not be prepared.</source>
        <translation>Ei saadetud: sõnumit ei õnnestunud ette valmistada.</translation>
    </message>
    <message>
        <source>For this recipient: %1</source>
        <translation>Selle saaja jaoks: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Päring</translation>
    </message>
    <message>
        <source>The request cannot be shown: %1</source>
        <translation>Päringut ei saa näidata: %1</translation>
    </message>
    <message>
        <source>%1 It will leave at %2.</source>
        <translation>%1 See läheb teele %2.</translation>
    </message>
    <message>
        <source>Checking the customer-service window for %1…</source>
        <translation>Klienditeeninduse akna kontrollimine saajale %1…</translation>
    </message>
    <message>
        <source>The customer-service window could not be checked, so only templates can be sent: %1</source>
        <translation>Klienditeeninduse akent ei õnnestunud kontrollida, seega saab saata ainult malle: %1</translation>
    </message>
    <message>
        <source>%1 has a permanent session: free text can be sent.</source>
        <translation>Saajal %1 on püsiv seanss: saata saab ka vaba teksti.</translation>
    </message>
    <message>
        <source>The customer-service window with %1 is open until %2.</source>
        <translation>Klienditeeninduse aken saajaga %1 on avatud kuni %2.</translation>
    </message>
    <message>
        <source>The customer-service window with %1 is closed: WhatsApp allows only approved templates until the customer writes again.</source>
        <translation>Klienditeeninduse aken saajaga %1 on suletud: WhatsApp lubab ainult kinnitatud malle, kuni klient uuesti kirjutab.</translation>
    </message>
</context>
<context>
    <name>herald::DatabaseProblemDialog</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>SQLite says: %1</source>
        <translation>SQLite teatab: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Andmekaust: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Välj&amp;u</translation>
    </message>
    <message>
        <source>The other Herald is using this database, so no backup can be restored while it runs.</source>
        <translation>Seda andmebaasi kasutab teine Herald, seega ei saa selle töötamise ajal ühtegi varukoopiat taastada.</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet: Herald makes one a day, a little after it starts.</source>
        <translation>Kaustas %1 pole veel varukoopiat: Herald teeb ühe päevas, veidi pärast käivitumist.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup (%1)</source>
        <translation>&amp;Taasta uusim varukoopia (%1)</translation>
    </message>
    <message>
        <source>Made on %1: Herald&apos;s data comes back as it was that day. %2 (%3)</source>
        <translation>Tehtud %1: Heraldi andmed taastatakse sellisena, nagu need tol päeval olid. %2 (%3)</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Ei taastatud: %1</translation>
    </message>
    <message>
        <source>Open a Backup</source>
        <translation>Ava varukoopia</translation>
    </message>
    <message>
        <source>Herald databases (*.sqlite);;All files (*)</source>
        <translation>Heraldi andmebaasid (*.sqlite);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Choose a Data Folder</source>
        <translation>Vali andmekaust</translation>
    </message>
    <message>
        <source>Herald is already running with this data folder.</source>
        <translation>Herald juba töötab selle andmekaustaga.</translation>
    </message>
    <message>
        <source>Herald cannot use its data folder.</source>
        <translation>Herald ei saa oma andmekausta kasutada.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Ketas on täis.</translation>
    </message>
    <message>
        <source>Herald may not read or write its database.</source>
        <translation>Heraldil pole õigust oma andmebaasi lugeda ega kirjutada.</translation>
    </message>
    <message>
        <source>The disk could not read or write Herald&apos;s database.</source>
        <translation>Ketas ei suutnud Heraldi andmebaasi lugeda ega kirjutada.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is damaged.</source>
        <translation>Heraldi andmebaas on kahjustatud.</translation>
    </message>
    <message>
        <source>Herald&apos;s database is from a newer version of Herald.</source>
        <translation>Heraldi andmebaas on pärit Heraldi uuemast versioonist.</translation>
    </message>
    <message>
        <source>Another program is holding Herald&apos;s database.</source>
        <translation>Teine programm hoiab Heraldi andmebaasi kinni.</translation>
    </message>
    <message>
        <source>Herald could not open its database.</source>
        <translation>Herald ei saanud oma andmebaasi avada.</translation>
    </message>
    <message>
        <source>Only one Herald at a time may use a data folder, so that no message is sent twice. Switch to the other Herald&apos;s window, or choose another data folder for this one.</source>
        <translation>Andmekausta tohib korraga kasutada ainult üks Herald, et ühtegi sõnumit ei saadetaks kaks korda. Lülitu teise Heraldi aknasse või vali sellele muu andmekaust.</translation>
    </message>
    <message>
        <source>Check that the folder may be written and that the disk is not full, then try again, or choose another data folder.</source>
        <translation>Kontrolli, et kausta saab kirjutada ja ketas pole täis, seejärel proovi uuesti või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Nothing was lost. Free some space on the disk, then try again.</source>
        <translation>Midagi ei läinud kaduma. Vabasta kettal ruumi ja proovi siis uuesti.</translation>
    </message>
    <message>
        <source>Check that the database file and its folder are yours and may be written, then try again; or restore a backup.</source>
        <translation>Kontrolli, et andmebaasifail ja selle kaust kuuluvad sulle ja neid saab kirjutada, seejärel proovi uuesti; või taasta varukoopia.</translation>
    </message>
    <message>
        <source>The disk may be failing: copy the data folder somewhere safe first. Then try again, restore a backup, or choose another data folder.</source>
        <translation>Ketas võib olla rikkis: kopeeri esmalt andmekaust turvalisse kohta. Seejärel proovi uuesti, taasta varukoopia või vali muu andmekaust.</translation>
    </message>
    <message>
        <source>Nothing has been deleted. Restoring a backup brings Herald&apos;s data back as it was that day; the damaged file is kept beside it under a new name.</source>
        <translation>Midagi pole kustutatud. Varukoopia taastamine toob Heraldi andmed tagasi sellisena, nagu need tol päeval olid; kahjustatud fail jäetakse alles selle kõrvale uue nimega.</translation>
    </message>
    <message>
        <source>This Herald cannot change it without risking the newer Herald&apos;s data. Start the newer Herald, or restore a backup this one made; the file is kept either way.</source>
        <translation>See Herald ei saa seda muuta, ilma et uuema Heraldi andmed ohtu satuksid. Käivita uuem Herald või taasta varukoopia, mille tegi see Herald; fail jäetakse igal juhul alles.</translation>
    </message>
    <message>
        <source>Close the program that is using it (a database tool, say), then try again.</source>
        <translation>Sulge programm, mis seda kasutab (näiteks andmebaasitööriist), ja proovi siis uuesti.</translation>
    </message>
    <message>
        <source>Try again, restore a backup, or choose another data folder.</source>
        <translation>Proovi uuesti, taasta varukoopia või vali muu andmekaust.</translation>
    </message>
</context>
<context>
    <name>herald::DeliveryWidget</name>
    <message>
        <source>Export the messages shown</source>
        <translation>Ekspordi kuvatud sõnumid</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Otsi sõnumeid</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Kõik olekud</translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Veel kohale toimetamata</translation>
    </message>
    <message>
        <source>Problems (failed, expired, unknown)</source>
        <translation>Probleemid (ebaõnnestunud, aegunud, teadmata)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kogu aeg</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Viimane tund</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Viimased 24 tundi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimased 7 päeva</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimased 30 päeva</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Vahemik…</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Kõik kampaaniad</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Kõik profiilid</translation>
    </message>
    <message>
        <source>Show or hide the messages that are %1</source>
        <translation>Näita või peida sõnumid olekuga „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n olek</numerusform>
            <numerusform>%n olekut</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only messages in the chosen states</source>
        <translation>Näita ainult valitud olekutes sõnumeid</translation>
    </message>
    <message>
        <source>Showing messages that are: %1</source>
        <translation>Kuvatakse sõnumid olekuga: %1</translation>
    </message>
    <message>
        <source>Sent on their own</source>
        <translation>Üksikult saadetud</translation>
    </message>
    <message>
        <source>Loading the message history…</source>
        <translation>Sõnumiajaloo laadimine…</translation>
    </message>
    <message>
        <source>No messages sent yet.</source>
        <translation>Sõnumeid pole veel saadetud.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln sõnum</numerusform>
            <numerusform>%Ln sõnumit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 / %2 sõnumit</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(laadimine…)</translation>
    </message>
    <message>
        <source>No messages to export: the filters show none.</source>
        <translation>Eksporditavaid sõnumeid pole: filtritega ei kuvata ühtegi.</translation>
    </message>
    <message>
        <source>campaign-%1-report.csv</source>
        <translation>kampaania-%1-aruanne.csv</translation>
    </message>
    <message>
        <source>delivery-report-%1.csv</source>
        <translation>kohaletoimetamise-aruanne-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n sõnum eksporditi faili %1.</numerusform>
            <numerusform>%n sõnumit eksporditi faili %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::HttpTransport</name>
    <message>
        <source>%1 is not a secure (https) address, and Herald sends credentials only over https to another machine; nothing was sent</source>
        <translation>%1 pole turvaline (https) aadress ja Herald saadab juurdepääsuandmeid teisele masinale ainult üle https-i; midagi ei saadetud</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB, so Herald stopped reading it</source>
        <translation>Vastus oli suurem kui %1 MB, seega lõpetas Herald selle lugemise</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted (%1), so Herald did not connect and nothing was sent</source>
        <translation>Serveri sertifikaati ei saa usaldada (%1), seega Herald ei loonud ühendust ja midagi ei saadetud</translation>
    </message>
    <message>
        <source>The server sent Herald on to another address (%1); Herald does not follow it, so the credentials were not sent there</source>
        <translation>Server suunas Heraldi edasi teisele aadressile (%1); Herald ei järgi suunamist, seega juurdepääsuandmeid sinna ei saadetud</translation>
    </message>
    <message>
        <source>A secure connection could not be made (%1), so nothing was sent</source>
        <translation>Turvalist ühendust ei õnnestunud luua (%1), seega midagi ei saadetud</translation>
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
        <translation>Komad</translation>
    </message>
    <message>
        <source>Semicolons</source>
        <translation>Semikoolonid</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabeldusmärgid</translation>
    </message>
    <message>
        <source>C&amp;heck numbers</source>
        <translation>&amp;Kontrolli numbreid</translation>
    </message>
    <message>
        <source>&amp;Save list</source>
        <translation>&amp;Salvesta nimekiri</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Nimekirja lugemine…</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(nimedeta)</translation>
    </message>
    <message>
        <source>(column without a name)</source>
        <translation>(nimeta veerg)</translation>
    </message>
    <message>
        <source>Pasted cells</source>
        <translation>Kleebitud lahtrid</translation>
    </message>
    <message>
        <source>%1: %L2 rows under the header row.</source>
        <translation>%1: päiserea all %L2 rida.</translation>
    </message>
    <message>
        <source>Columns mapped as at the last import of a file with these headers.</source>
        <translation>Veerud on vastendatud nagu nende päistega faili viimasel importimisel.</translation>
    </message>
    <message>
        <source>Blank lines skipped: %L1.</source>
        <translation>Vahele jäetud tühje ridu: %L1.</translation>
    </message>
    <message>
        <source>A quoted cell is never closed, so the last rows may have run together: check them.</source>
        <translation>Üks jutumärkides lahter jääb sulgemata, nii et viimased read võivad olla kokku sulanud: kontrolli neid.</translation>
    </message>
    <message>
        <source>Checking every number…</source>
        <translation>Kõigi numbrite kontrollimine…</translation>
    </message>
    <message>
        <source>Rows read: %L1.</source>
        <translation>Loetud ridu: %L1.</translation>
    </message>
    <message>
        <source>Will be sent to: %L1 (rewritten in international form: %L2; not mobile numbers, which WhatsApp may not reach: %L3).</source>
        <translation>Saadetakse: %L1 (teisendatud rahvusvahelisele kujule: %L2; mitte mobiilinumbrid, kuhu WhatsApp ei pruugi jõuda: %L3).</translation>
    </message>
    <message>
        <source>Not numbers Herald can send to: %L1.</source>
        <translation>Numbrid, millele Herald ei saa saata: %L1.</translation>
    </message>
    <message>
        <source>Repeats of an earlier row: %L1.</source>
        <translation>Varasema rea kordused: %L1.</translation>
    </message>
    <message>
        <source>On the opt-out list: %L1.</source>
        <translation>Loobujate nimekirjas: %L1.</translation>
    </message>
    <message>
        <source>Without a number: %L1.</source>
        <translation>Ilma numbrita: %L1.</translation>
    </message>
    <message>
        <source>Every row is kept in the list; only the ones to be sent to will be.</source>
        <translation>Kõik read jäävad nimekirja; saadetakse ainult neile, kellele saab saata.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Failirida</translation>
    </message>
    <message>
        <source>Number as written</source>
        <translation>Number nagu kirjas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mis juhtus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hoiatus</translation>
    </message>
    <message>
        <source>Saving %L1 rows…</source>
        <translation>Salvestatakse %L1 rida…</translation>
    </message>
    <message>
        <source>The list could not be saved: %1 Choose another name.</source>
        <translation>Nimekirja ei saanud salvestada: %1 Vali teine nimi.</translation>
    </message>
    <message>
        <source>rejected rows.csv</source>
        <translation>tagasi lükatud read.csv</translation>
    </message>
    <message>
        <source> - rejected.csv</source>
        <translation> - tagasi lükatud.csv</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Ekspordi tagasi lükatud read</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Faili %1 ei saanud kirjutada: %2</translation>
    </message>
</context>
<context>
    <name>herald::KeychainSecretStore</name>
    <message>
        <source>The password was not saved anywhere.</source>
        <translation>Parooli ei salvestatud kuhugi.</translation>
    </message>
    <message>
        <source>The saved password could not be read.</source>
        <translation>Salvestatud parooli ei õnnestunud lugeda.</translation>
    </message>
    <message>
        <source>The password may still be in the keychain.</source>
        <translation>Parool võib veel võtmehoidjas olla.</translation>
    </message>
    <message>
        <source>no details were given</source>
        <translation>üksikasju ei antud</translation>
    </message>
    <message>
        <source>No password for this entry is stored in the system keychain.</source>
        <translation>Süsteemi võtmehoidjas pole selle kirje parooli salvestatud.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) is locked or has no default keyring, and it could not ask to unlock it: %1. Unlock the keyring and try again.</source>
        <translation>Süsteemi võtmehoidja (Secret Service) on lukus või sellel pole vaikimisi võtmerõngast ning lukust avamist ei õnnestunud küsida: %1. Ava võtmerõngas ja proovi uuesti.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) could not be reached: %1.</source>
        <translation>Süsteemi võtmehoidjaga (Secret Service) ei saadud ühendust: %1.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied: %1.</source>
        <translation>Juurdepääs süsteemi võtmehoidjale keelati: %1.</translation>
    </message>
    <message>
        <source>The system keychain (Secret Service) reported an error: %1.</source>
        <translation>Süsteemi võtmehoidja (Secret Service) teatas veast: %1.</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Süsteemi võtmehoidja</translation>
    </message>
</context>
<context>
    <name>herald::LanguageChooser</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Nagu süsteemis (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Herald will be in %1 the next time it starts.</source>
        <translation>Järgmisel käivitamisel on Heraldi keel: %1.</translation>
    </message>
</context>
<context>
    <name>herald::MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Koosta</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Saajad</translation>
    </message>
    <message>
        <source>C&amp;ampaigns</source>
        <translation>K&amp;ampaaniad</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>Ko&amp;haletoimetamine</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mallid</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiilid</translation>
    </message>
    <message>
        <source>&amp;Opt-outs</source>
        <translation>&amp;Loobujad</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Kampaania lõppes</translation>
    </message>
    <message>
        <source>Many messages are failing</source>
        <translation>Paljude sõnumite saatmine ebaõnnestub</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Kõikjal</translation>
    </message>
    <message>
        <source>About Herald</source>
        <translation>Teave Heraldi kohta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Send approved WhatsApp templates by hand and watch them arrive.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), QtKeychain %4 and libphonenumber %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Herald %1&lt;/h3&gt;&lt;p&gt;Saada kinnitatud WhatsAppi malle käsitsi ja jälgi nende kohalejõudmist.&lt;/p&gt;&lt;p&gt;Koostatud Qt %2 (käitusajal Qt %3), QtKeychain %4 ja libphonenumber %5 abil.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>herald::MediaFetcher</name>
    <message>
        <source>host not found</source>
        <translation>hosti ei leitud</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>server keeldus ühendusest</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>server sulges ühenduse</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>server lakkas vastamast</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>turvalist ühendust ei saanud luua</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>liiga palju ümbersuunamisi</translation>
    </message>
    <message>
        <source>the link redirects to something other than a web address</source>
        <translation>link suunab millelegi, mis pole veebiaadress</translation>
    </message>
    <message>
        <source>the link redirects from https to http</source>
        <translation>link suunab https-lt http-le</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>võrk pole saadaval</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>puhverserverit ei saanud kasutada</translation>
    </message>
    <message>
        <source>only http and https links can be fetched</source>
        <translation>tuua saab ainult http- ja https-linke</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 sekundi jooksul vastust ei tulnud</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 allowed</source>
        <translation>fail on %1, rohkem kui lubatud %2</translation>
    </message>
    <message>
        <source>the file is larger than the %1 allowed</source>
        <translation>fail on suurem kui lubatud %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>server vastas %1</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>server vastas %1 %2</translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation>server saatis tühja faili</translation>
    </message>
</context>
<context>
    <name>herald::MemorySecretStore</name>
    <message>
        <source>This session only</source>
        <translation>Ainult see seanss</translation>
    </message>
    <message>
        <source>No password is stored for this session.</source>
        <translation>Selle seansi jaoks pole parooli salvestatud.</translation>
    </message>
</context>
<context>
    <name>herald::MessageDetailPane</name>
    <message>
        <source>No raw answer recorded for this message.</source>
        <translation>Selle sõnumi kohta pole töötlemata vastust salvestatud.</translation>
    </message>
    <message>
        <source>Asking the provider to cancel…</source>
        <translation>Teenusepakkujalt palutakse tühistamist…</translation>
    </message>
    <message>
        <source>%1 — the provider says %2</source>
        <translation>%1 — teenusepakkuja sõnul %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Free text, no template</source>
        <translation>Vaba tekst, ilma mallita</translation>
    </message>
    <message>
        <source>Kaleyra reports delivery only by calling Herald back, and the profile “%1” has no callback address: this message&apos;s status cannot arrive.</source>
        <translation>Kaleyra teatab kohaletoimetamisest ainult Heraldi tagasikutsega, kuid profiilil „%1“ pole tagasikutse aadressi: selle sõnumi olek ei saa kohale jõuda.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Mida teha: %1</translation>
    </message>
    <message>
        <source>In the provider&apos;s words: %1</source>
        <translation>Teenusepakkuja sõnul: %1</translation>
    </message>
    <message>
        <source>In the provider&apos;s words (code %1): %2</source>
        <translation>Teenusepakkuja sõnul (kood %1): %2</translation>
    </message>
    <message>
        <source>The provider&apos;s code: %1.</source>
        <translation>Teenusepakkuja kood: %1.</translation>
    </message>
    <message>
        <source>Herald recorded no answer with this change: pick another.</source>
        <translation>Herald ei salvestanud selle muudatusega vastust: vali mõni teine.</translation>
    </message>
    <message>
        <source>What the provider answered at %1 (%2), secrets masked:</source>
        <translation>Teenusepakkuja vastus kell %1 (%2), saladused varjatud:</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>vaba tekst</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent to %1, across campaigns and profiles.</source>
        <translation>
            <numerusform>%n sõnum saadeti saajale %1 (kõik kampaaniad ja profiilid).</numerusform>
            <numerusform>%n sõnumit saadeti saajale %1 (kõik kampaaniad ja profiilid).</numerusform>
        </translation>
    </message>
    <message>
        <source>This message was sent again already; its newer copy is in the history.</source>
        <translation>See sõnum on juba uuesti saadetud; selle uuem koopia on ajaloos.</translation>
    </message>
    <message>
        <source>Herald&apos;s message id: %1</source>
        <translation>Heraldi sõnumi ID: %1</translation>
    </message>
    <message>
        <source>Provider&apos;s id: %1</source>
        <translation>Teenusepakkuja ID: %1</translation>
    </message>
    <message>
        <source>The provider has given no id yet.</source>
        <translation>Teenusepakkuja pole veel ID-d andnud.</translation>
    </message>
    <message>
        <source>Channel&apos;s id: %1</source>
        <translation>Kanali ID: %1</translation>
    </message>
    <message>
        <source>The ids are on the clipboard.</source>
        <translation>ID-d on lõikelaual.</translation>
    </message>
    <message>
        <source>Export the history of %1</source>
        <translation>Ekspordi saaja %1 ajalugu</translation>
    </message>
    <message>
        <source>messages-to-%1.csv</source>
        <translation>sonumid-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n sõnum eksporditi faili %1.</numerusform>
            <numerusform>%n sõnumit eksporditi faili %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Kas saata uuesti?</translation>
    </message>
    <message>
        <source>It is not known whether the provider took this message to %1.</source>
        <translation>Pole teada, kas teenusepakkuja võttis selle sõnumi saajale %1 vastu.</translation>
    </message>
    <message>
        <source>If it did, the recipient gets it twice. Check with the recipient or in the provider&apos;s console first if you can.</source>
        <translation>Kui võttis, saab saaja selle kaks korda. Võimaluse korral kontrolli enne saajalt või teenusepakkuja konsoolis.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Saada uuesti</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Jäta nii</translation>
    </message>
    <message>
        <source>The template “%1” is no longer in the library, so Herald cannot send it again.</source>
        <translation>Malli „%1“ pole enam teegis, seega ei saa Herald seda uuesti saata.</translation>
    </message>
    <message>
        <source>Not sent again: %1</source>
        <translation>Uuesti ei saadetud: %1</translation>
    </message>
    <message>
        <source>Not sent again: the message could not be prepared.</source>
        <translation>Uuesti ei saadetud: sõnumit ei õnnestunud ette valmistada.</translation>
    </message>
    <message>
        <source>Message %1 to %2 sent again as message %3.</source>
        <translation>Sõnum %1 saajale %2 saadeti uuesti sõnumina %3.</translation>
    </message>
    <message>
        <source>Sent again as message %1; message %2 stays in the history.</source>
        <translation>Saadeti uuesti sõnumina %1; sõnum %2 jääb ajalukku.</translation>
    </message>
    <message>
        <source>Not sent again: it has been sent again already, or it is no longer failed.</source>
        <translation>Uuesti ei saadetud: see on juba uuesti saadetud või pole enam ebaõnnestunud.</translation>
    </message>
    <message>
        <source>Not sent again. %1</source>
        <translation>Uuesti ei saadetud. %1</translation>
    </message>
    <message>
        <source>Queued again in its campaign as message %1; message %2 stays in the history.</source>
        <translation>Pandi oma kampaanias uuesti järjekorda sõnumina %1; sõnum %2 jääb ajalukku.</translation>
    </message>
</context>
<context>
    <name>herald::MessagePreview</name>
    <message>
        <source>the file is not a picture Herald can show</source>
        <translation>fail ei ole pilt, mida Herald suudab näidata</translation>
    </message>
    <message>
        <source>the file is not a picture Herald can show (%1)</source>
        <translation>fail ei ole pilt, mida Herald suudab näidata (%1)</translation>
    </message>
    <message>
        <source>the picture is too large to show (%1 × %2 pixels)</source>
        <translation>pilt on näitamiseks liiga suur (%1 × %2 pikslit)</translation>
    </message>
    <message>
        <source>the picture could not be read: %1</source>
        <translation>pilti ei õnnestunud lugeda: %1</translation>
    </message>
</context>
<context>
    <name>herald::MessageTableModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampaania %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profiil %1</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Tekstisõnum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaania</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Teenusepakkuja</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Viimane uuendus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Viga</translation>
    </message>
</context>
<context>
    <name>herald::ProfileDialog</name>
    <message>
        <source>AccessKey (Bird&apos;s specification)</source>
        <translation>AccessKey (Birdi spetsifikatsiooni järgi)</translation>
    </message>
    <message>
        <source>Bearer (as in Bird&apos;s examples)</source>
        <translation>Bearer (nagu Birdi näidetes)</translation>
    </message>
    <message>
        <source>Singapore (api.kaleyra.io)</source>
        <translation>Singapur (api.kaleyra.io)</translation>
    </message>
    <message>
        <source>India (api.in.kaleyra.io)</source>
        <translation>India (api.in.kaleyra.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.kaleyra.io)</source>
        <translation>Euroopa (api.eu.kaleyra.io)</translation>
    </message>
    <message>
        <source>North America (api.na.kaleyra.ai)</source>
        <translation>Põhja-Ameerika (api.na.kaleyra.ai)</translation>
    </message>
    <message>
        <source>API pass&amp;word:</source>
        <translation>API &amp;parool:</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>&amp;Juurdepääsuvõti:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;võti:</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>&amp;Saatja number:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Saatja:</translation>
    </message>
    <message>
        <source>Your WhatsApp business number, e.g. +15550100000</source>
        <translation>WhatsAppi ärinumber, nt +15550100000</translation>
    </message>
    <message>
        <source>Optional: the WhatsApp sender number or name</source>
        <translation>Valikuline: WhatsAppi saatja number või nimi</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain only.</source>
        <translation>Saladust hoitakse ainult süsteemi võtmehoidjas.</translation>
    </message>
    <message>
        <source>Kaleyra reports delivery only by calling Herald back: without a callback address, sent messages stay at &quot;accepted&quot;.</source>
        <translation>Kaleyra teatab kohaletoimetamisest ainult Heraldile tagasikutsega: ilma tagasikutse aadressita jäävad saadetud sõnumid olekusse „vastu võetud“.</translation>
    </message>
    <message>
        <source>%1&apos;s default, %2 msg/s</source>
        <translation>%1 vaikimisi, %2 sõnumit/s</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Jäta tühjaks, et salvestatud saladus alles jääks</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Ühenduse testimine…</translation>
    </message>
    <message>
        <source>The connection works: the provider accepted the credentials.</source>
        <translation>Ühendus töötab: teenusepakkuja võttis juurdepääsuandmed vastu.</translation>
    </message>
    <message>
        <source>The keychain is not available</source>
        <translation>Võtmehoidja pole saadaval</translation>
    </message>
    <message>
        <source>Herald keeps passwords only in the keychain, never in a file. You can use this password for this session only: Herald holds it in memory until it quits, and you enter it again next time. Or cancel, unlock or start the keychain, and save again.</source>
        <translation>Herald hoiab paroole ainult võtmehoidjas, mitte kunagi failis. Võid seda parooli kasutada ainult selles seansis: Herald hoiab seda mälus kuni sulgemiseni ja järgmisel korral sisestad selle uuesti. Või loobu, ava võtmehoidja lukust või käivita see ning salvesta uuesti.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Kasuta ainult selles seansis</translation>
    </message>
</context>
<context>
    <name>herald::ProfileService</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Anna profiilile nimi.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Profiil nimega „%1“ on juba olemas.</translation>
    </message>
    <message>
        <source>The base URL must be a web address such as https://api.messente.com/v1.</source>
        <translation>Baas-URL peab olema veebiaadress, näiteks https://api.messente.com/v1.</translation>
    </message>
    <message>
        <source>Enter the Messente API username.</source>
        <translation>Sisesta Messente API kasutajanimi.</translation>
    </message>
    <message>
        <source>Enter the API password.</source>
        <translation>Sisesta API parool.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number, such as 105954558954427.</source>
        <translation>WhatsApp Business Account ID on number, näiteks 105954558954427.</translation>
    </message>
    <message>
        <source>Enter the Bird workspace ID and channel ID.</source>
        <translation>Sisesta Birdi tööruumi ID ja kanali ID.</translation>
    </message>
    <message>
        <source>Enter the Bird access key.</source>
        <translation>Sisesta Birdi juurdepääsuvõti.</translation>
    </message>
    <message>
        <source>Enter the Kaleyra account SID.</source>
        <translation>Sisesta Kaleyra konto SID.</translation>
    </message>
    <message>
        <source>Enter the WhatsApp business number Kaleyra sends from.</source>
        <translation>Sisesta WhatsAppi ärinumber, millelt Kaleyra saadab.</translation>
    </message>
    <message>
        <source>Enter the Kaleyra API key.</source>
        <translation>Sisesta Kaleyra API-võti.</translation>
    </message>
    <message>
        <source>The callback listen address is a host and port, such as 127.0.0.1:8085.</source>
        <translation>Tagasikutsete kuulamisaadress koosneb hostist ja pordist, näiteks 127.0.0.1:8085.</translation>
    </message>
    <message>
        <source>Enter the public URL the provider posts statuses to, which must reach the listen address.</source>
        <translation>Sisesta avalik URL, kuhu teenusepakkuja olekud postitab; see peab jõudma kuulamisaadressini.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; already listens for callbacks on %2.</source>
        <translation>Profiil „%1“ kuulab juba tagasikutseid aadressil %2.</translation>
    </message>
    <message>
        <source>The profile could not be saved in the database.</source>
        <translation>Profiili ei saanud andmebaasi salvestada.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Profiili pole enam olemas.</translation>
    </message>
    <message>
        <source>The profile still has messages in the journal, so it cannot be removed.</source>
        <translation>Profiilil on žurnaalis veel sõnumeid, seega ei saa seda eemaldada.</translation>
    </message>
    <message>
        <source>%1 profiles cannot be tested yet.</source>
        <translation>%1 profiile ei saa veel testida.</translation>
    </message>
    <message>
        <source>The base URL must start with https://: the password would otherwise cross the network unencrypted. Plain http is only allowed for this computer (localhost or 127.0.0.1).</source>
        <translation>Baas-URL peab algama osaga https://: muidu liiguks parool võrgus krüptimata. Tavaline http on lubatud ainult selle arvuti jaoks (localhost või 127.0.0.1).</translation>
    </message>
    <message>
        <source>This password cannot be kept for the session.</source>
        <translation>Seda parooli ei saa seansi jaoks alles hoida.</translation>
    </message>
</context>
<context>
    <name>herald::ProfilesWidget</name>
    <message>
        <source>Add a profile</source>
        <translation>Lisa profiil</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>The built-in sandbox: nothing leaves this computer.</source>
        <translation>Sisseehitatud liivakast: miski ei lahku sellest arvutist.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Lisa profiil</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its password is in the system keychain.</source>
        <translation>Profiil „%1“ salvestati; selle parool on süsteemi võtmehoidjas.</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Muuda profiili</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eemalda profiil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its password from the keychain?</source>
        <translation>Kas eemaldada profiil „%1“ ja selle parool võtmehoidjast?</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, but its password could not be removed from the keychain: %2</source>
        <translation>Profiil „%1“ eemaldati, kuid selle parooli ei õnnestunud võtmehoidjast eemaldada: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profiil „%1“ eemaldati.</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Profiili „%1“ testimine…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works: the provider accepted the credentials.</source>
        <translation>„%1“ töötab: teenusepakkuja võttis juurdepääsuandmed vastu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not work: %2</source>
        <translation>„%1“ ei tööta: %2</translation>
    </message>
    <message>
        <source>Password for this session only: the keychain is not available</source>
        <translation>Parool ainult selleks seansiks: võtmehoidja pole saadaval</translation>
    </message>
    <message>
        <source>%1
Herald holds this profile&apos;s password in memory until it quits; enter it again next time, or when the keychain works again, to keep it there.</source>
        <translation>%1
Herald hoiab selle profiili parooli mälus kuni sulgemiseni; sisesta see järgmisel korral või siis, kui võtmehoidja jälle töötab, uuesti, et see sinna salvestada.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its password is kept for this session only, because the keychain is not available.</source>
        <translation>Profiil „%1“ salvestati; selle parool hoitakse alles ainult selleks seansiks, sest võtmehoidja pole saadaval.</translation>
    </message>
</context>
<context>
    <name>herald::ProviderRegistry</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Profiili pole enam olemas.</translation>
    </message>
    <message>
        <source>No password is stored for the profile &quot;%1&quot;. Edit the profile and enter it again.</source>
        <translation>Profiilile „%1“ pole parooli salvestatud. Muuda profiili ja sisesta parool uuesti.</translation>
    </message>
    <message>
        <source>%1 profiles cannot send yet.</source>
        <translation>%1 profiilid ei saa veel saata.</translation>
    </message>
</context>
<context>
    <name>herald::RecipientListPicker</name>
    <message>
        <source>Paste recipients</source>
        <translation>Kleebi saajad</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then choose Paste again.</source>
        <translation>Lõikelaual pole teksti. Kopeeri arvutustabelist lahtrid koos päisereaga, seejärel vali uuesti Kleebi.</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Kleebitud nimekiri</translation>
    </message>
    <message>
        <source>No list: one recipient</source>
        <translation>Ilma nimekirjata: üks saaja</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Veerud: %1.</translation>
    </message>
    <message>
        <source>Columns: %1. Rows without a number Herald can read: %L2.</source>
        <translation>Veerud: %1. Ridu, mille numbrit Herald lugeda ei suuda: %L2.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Nimekiri on tühi.</translation>
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
        <translation>Impordi saajad</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arvutustabeli tekst (*.csv *.tsv *.txt);;Kõik failid (*)</translation>
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
        <translation>Olek</translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation>%1 (number)</translation>
    </message>
</context>
<context>
    <name>herald::RecipientsWidget</name>
    <message>
        <source>All rows</source>
        <translation>Kõik read</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Impordi saajad</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arvutustabeli tekst (*.csv *.tsv *.txt);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Paste recipients</source>
        <translation>Kleebi saajad</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then choose Paste again.</source>
        <translation>Lõikelaual pole teksti. Kopeeri arvutustabelist lahtrid koos päisereaga, seejärel vali uuesti Kleebi.</translation>
    </message>
    <message>
        <source>Import a recipient list</source>
        <translation>Impordi saajate nimekiri</translation>
    </message>
    <message>
        <source>%1
%L2 rows, %L3 to send to</source>
        <translation>%1
%L2 rida, saadetakse %L3 saajale</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imporditud: %1</translation>
    </message>
    <message>
        <source>Several lists chosen: Merge makes one of them.</source>
        <translation>Valitud on mitu nimekirja: Ühenda teeb neist ühe.</translation>
    </message>
    <message>
        <source>Import a file or paste cells to make a list.</source>
        <translation>Nimekirja loomiseks impordi fail või kleebi lahtrid.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 rows; %L3 will be sent to.</source>
        <translation>Näidatakse %L1 rida %L2-st; saadetakse %L3 saajale.</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Kleebitud nimekiri</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Saajad</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Muudatust ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <source>The phone cell is empty.</source>
        <translation>Telefoninumbri lahter on tühi.</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Eemalda read</translation>
    </message>
    <message>
        <source>Merge lists</source>
        <translation>Ühenda nimekirjad</translation>
    </message>
    <message>
        <source>Name of the new list made of %1:</source>
        <translation>Nimekirjadest %1 loodava uue nimekirja nimi:</translation>
    </message>
    <message>
        <source>Merged list</source>
        <translation>Ühendatud nimekiri</translation>
    </message>
    <message>
        <source>A list named “%1” already exists.</source>
        <translation>Nimekiri nimega „%1“ on juba olemas.</translation>
    </message>
    <message>
        <source>Rename list</source>
        <translation>Nimeta nimekiri ümber</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Uus nimi:</translation>
    </message>
    <message>
        <source>“%1” is empty or already taken.</source>
        <translation>„%1“ on tühi või juba kasutusel.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Ekspordi nimekiri</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Faili %1 ei õnnestunud kirjutada: %2</translation>
    </message>
    <message>
        <source>Delete lists</source>
        <translation>Kustuta nimekirjad</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln selected row(s) from “%1”?</source>
        <translation>
            <numerusform>Kas eemaldada nimekirjast „%1“ %Ln valitud rida?</numerusform>
            <numerusform>Kas eemaldada nimekirjast „%1“ %Ln valitud rida?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln list(s) with all their rows? Messages already sent are kept in Delivery.</source>
        <translation>
            <numerusform>Kas kustutada %Ln nimekiri koos kõigi ridadega? Juba saadetud sõnumid jäävad kohaletoimetamise vaatesse.</numerusform>
            <numerusform>Kas kustutada %Ln nimekirja koos kõigi ridadega? Juba saadetud sõnumid jäävad kohaletoimetamise vaatesse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::SendController</name>
    <message>
        <source>Herald cannot yet send a template&apos;s %1 header through Bird: send it with a Messente or Kaleyra profile.</source>
        <translation>Herald ei saa veel Birdi kaudu saata malli päist tüübiga %1: saada see Messente või Kaleyra profiiliga.</translation>
    </message>
    <message>
        <source>Button %1 (“%2”) needs a value Herald cannot yet send through Bird: send it with a Messente or Kaleyra profile.</source>
        <translation>Nupp %1 („%2“) vajab väärtust, mida Herald ei saa veel Birdi kaudu saata: saada see Messente või Kaleyra profiiliga.</translation>
    </message>
    <message>
        <source>%1 opted out on %2.</source>
        <translation>%1 loobus sõnumitest %2.</translation>
    </message>
    <message>
        <source>%1 opted out on %2: %3</source>
        <translation>%1 loobus sõnumitest %2: %3</translation>
    </message>
    <message>
        <source>Kaleyra&apos;s API cannot hold a message until a later time; send it now or use another profile.</source>
        <translation>Kaleyra API ei saa sõnumit hilisema ajani kinni hoida; saada see kohe või kasuta teist profiili.</translation>
    </message>
    <message>
        <source>Choose a profile to send with.</source>
        <translation>Vali profiil, millega saata.</translation>
    </message>
    <message>
        <source>Free text can be sent with Bird profiles, inside the customer-service window.</source>
        <translation>Vaba teksti saab saata Birdi profiilidega klienditeeninduse akna sees.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Vali mall.</translation>
    </message>
    <message>
        <source>The provider reports this template as “%1”: only approved templates can be sent.</source>
        <translation>Teenusepakkuja andmetel on selle malli olek „%1“: saata saab ainult kinnitatud malle.</translation>
    </message>
    <message>
        <source>{{%1}}: %2</source>
        <translation>{{%1}}: %2</translation>
    </message>
    <message>
        <source>Bird needs the template&apos;s project ID: edit the template and enter it.</source>
        <translation>Bird vajab malli projekti ID-d: muuda malli ja sisesta see.</translation>
    </message>
    <message>
        <source>The time to send is in the past.</source>
        <translation>Saatmise aeg on minevikus.</translation>
    </message>
    <message>
        <source>Only Messente profiles can fall back to Viber or SMS.</source>
        <translation>Ainult Messente profiilid saavad kasutada varukanalina Viberit või SMS-i.</translation>
    </message>
    <message>
        <source>{{%1}}: Kaleyra refuses HTML tags in values (error E413).</source>
        <translation>{{%1}}: Kaleyra ei luba väärtustes HTML-silte (viga E413).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Ei saadetud: %1</translation>
    </message>
    <message>
        <source>Not sent: the message could not be recorded in the journal.</source>
        <translation>Ei saadetud: sõnumit ei õnnestunud päevikusse salvestada.</translation>
    </message>
    <message>
        <source>Accepted by the provider with id %1.</source>
        <translation>Teenusepakkuja võttis vastu, ID %1.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Herald will not send it again unless you ask.</source>
        <translation>Tulemus teadmata: %1 Herald ei saada seda uuesti, kui seda ei paluta.</translation>
    </message>
    <message>
        <source>The provider asked Herald to slow down</source>
        <translation>Teenusepakkuja palus Heraldil aeglustada</translation>
    </message>
    <message>
        <source>The provider could not be reached</source>
        <translation>Teenusepakkujaga ei saadud ühendust</translation>
    </message>
    <message>
        <source>%1; nothing was sent. Trying again in %2 s (attempt %3 of %4).</source>
        <translation>%1; midagi ei saadetud. Uus katse %2 s pärast (katse %3/%4).</translation>
    </message>
    <message>
        <source>Only a scheduled message that has not left can be cancelled.</source>
        <translation>Tühistada saab ainult ajastatud sõnumit, mis pole veel teele läinud.</translation>
    </message>
    <message>
        <source>The provider has already sent it, so it can no longer be cancelled.</source>
        <translation>Teenusepakkuja on selle juba saatnud, seega ei saa seda enam tühistada.</translation>
    </message>
    <message>
        <source>Cancelled by the operator before it was sent.</source>
        <translation>Operaator tühistas enne saatmist.</translation>
    </message>
    <message>
        <source>The scheduled message was cancelled.</source>
        <translation>Ajastatud sõnum tühistati.</translation>
    </message>
    <message>
        <source>Not sent: the message could not be recorded in the journal (%1).</source>
        <translation>Ei saadetud: sõnumit ei õnnestunud päevikusse salvestada (%1).</translation>
    </message>
</context>
<context>
    <name>herald::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> või </translation>
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
        <translation>Rida</translation>
    </message>
    <message>
        <source>Phone as written</source>
        <translation>Telefon sisestatud kujul</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Üksikasjad</translation>
    </message>
</context>
<context>
    <name>herald::Startup</name>
    <message>
        <source>Herald&apos;s data was restored from %1.</source>
        <translation>Heraldi andmed taastati varukoopiast %1.</translation>
    </message>
    <message>
        <source>Herald&apos;s data was restored from %1; the database that could not be opened is kept as %2.</source>
        <translation>Heraldi andmed taastati varukoopiast %1; andmebaas, mida ei õnnestunud avada, on alles nimega %2.</translation>
    </message>
    <message>
        <source>Herald uses the data folder %1 until it is closed.</source>
        <translation>Herald kasutab andmekausta %1 kuni sulgemiseni.</translation>
    </message>
</context>
<context>
    <name>herald::SuppressionTableModel</name>
    <message>
        <source>Added on %1 (%2)</source>
        <translation>Lisatud %1 (%2)</translation>
    </message>
    <message>
        <source>Added on %1 by %2 (%3)</source>
        <translation>Lisatud %1, lisaja %2 (%3)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisatud</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Lisaja</translation>
    </message>
</context>
<context>
    <name>herald::SuppressionWidget</name>
    <message>
        <source>1 not a number (row %1)</source>
        <translation>1 ei ole number (rida %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not numbers (rows %1)</source>
        <translation>
            <numerusform>%Ln ei ole number (read %1)</numerusform>
            <numerusform>%Ln ei ole numbrid (read %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 without a number (row %1)</source>
        <translation>1 ilma numbrita (rida %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a number (rows %1)</source>
        <translation>
            <numerusform>%Ln ilma numbrita (read %1)</numerusform>
            <numerusform>%Ln ilma numbrita (read %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one has opted out yet. Add numbers one by one with Add…, or from a file or a spreadsheet with Import…</source>
        <translation>Keegi pole veel loobunud. Lisa numbreid ükshaaval nupuga Lisa… või failist või arvutustabelist nupuga Impordi…</translation>
    </message>
    <message>
        <source>1 number on the opt-out list.</source>
        <translation>Loobujate nimekirjas on 1 number.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers on the opt-out list.</source>
        <translation>
            <numerusform>Loobujate nimekirjas on %Ln number.</numerusform>
            <numerusform>Loobujate nimekirjas on %Ln numbrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number as the person gave it; Herald writes it in the international form.</source>
        <translation>Sisesta number nii, nagu inimene selle andis; Herald kirjutab selle rahvusvahelisel kujul.</translation>
    </message>
    <message>
        <source>Already on the list, kept as it is: %1</source>
        <translation>Juba nimekirjas, jääb samaks: %1</translation>
    </message>
    <message>
        <source>Will be added as %1.</source>
        <translation>Lisatakse kujul %1.</translation>
    </message>
    <message>
        <source>Will be added as %1. Say why in Reason.</source>
        <translation>Lisatakse kujul %1. Kirjuta põhjus väljale Põhjus.</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>Lisa nimekirja</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>sisestatud</translation>
    </message>
    <message>
        <source>%1 added to the opt-out list: Herald will not send to it.</source>
        <translation>%1 lisati loobujate nimekirja: Herald sellele ei saada.</translation>
    </message>
    <message>
        <source>%1 was already on the list; its first entry is kept: %2</source>
        <translation>%1 oli juba nimekirjas; alles jääb esimene kirje: %2</translation>
    </message>
    <message>
        <source>%1 could not be added: the database refused the change. The log file says why.</source>
        <translation>%1 lisamine ebaõnnestus: andmebaas keeldus muudatusest. Põhjus on kirjas logifailis.</translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Impordi loobujad</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Arvutustabeli tekst (*.csv *.tsv *.txt);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Faili %1 ei saanud avada: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>imporditud failist %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the cells with the numbers in your spreadsheet, then choose Paste again.</source>
        <translation>Lõikelaual pole teksti. Kopeeri arvutustabelist numbritega lahtrid ja vali siis uuesti Kleebi.</translation>
    </message>
    <message>
        <source>pasted from the clipboard</source>
        <translation>kleebitud lõikelaualt</translation>
    </message>
    <message>
        <source>There is nothing to import: the text holds no cells.</source>
        <translation>Pole midagi importida: tekstis pole lahtreid.</translation>
    </message>
    <message>
        <source>Reading the numbers…</source>
        <translation>Numbrite lugemine…</translation>
    </message>
    <message>
        <source>1 new number</source>
        <translation>1 uus number</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new numbers</source>
        <translation>
            <numerusform>%Ln uus number</numerusform>
            <numerusform>%Ln uut numbrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln juba nimekirjas</numerusform>
            <numerusform>%Ln juba nimekirjas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row: %1.</source>
        <translation>1 rida: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows: %1.</source>
        <translation>
            <numerusform>%Ln rida: %1.</numerusform>
            <numerusform>%Ln rida: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Vali veerg, milles on telefoninumbrid.</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Pole midagi lisada.</translation>
    </message>
    <message>
        <source>Say why in Reason: it is kept with every number.</source>
        <translation>Kirjuta põhjus väljale Põhjus: see salvestatakse iga numbri juurde.</translation>
    </message>
    <message>
        <source>Adding the numbers %1 to the opt-out list.</source>
        <translation>Loobujate nimekirja lisatakse numbrid %1.</translation>
    </message>
    <message>
        <source>Add to the opt-out list</source>
        <translation>Lisa loobujate nimekirja</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Veerg %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (nt %2)</translation>
    </message>
    <message>
        <source>Nothing was added: the database refused the change. The log file says why.</source>
        <translation>Midagi ei lisatud: andmebaas keeldus muudatusest. Põhjus on kirjas logifailis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln lisatud</numerusform>
            <numerusform>%Ln lisatud</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the opt-out list</source>
        <translation>Eemalda loobujate nimekirjast</translation>
    </message>
    <message>
        <source>Take %1 off the opt-out list? Herald will send to this number again.</source>
        <translation>Kas eemaldada %1 loobujate nimekirjast? Herald hakkab sellele numbrile uuesti saatma.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <source>%1 could not be removed: it is no longer on the list, or the database refused the change.</source>
        <translation>%1 eemaldamine ebaõnnestus: seda pole enam nimekirjas või andmebaas keeldus muudatusest.</translation>
    </message>
    <message>
        <source>%1 was taken off the opt-out list: Herald will send to it again.</source>
        <translation>%1 eemaldati loobujate nimekirjast: Herald saadab sellele uuesti.</translation>
    </message>
    <message>
        <source>Export the opt-out list</source>
        <translation>Ekspordi loobujate nimekiri</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>1 number exported to %1.</source>
        <translation>1 number eksporditi faili %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers exported to %1.</source>
        <translation>
            <numerusform>%Ln number eksporditi faili %1.</numerusform>
            <numerusform>%Ln numbrit eksporditi faili %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Faili %1 ei saanud kirjutada: %2</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoninumber</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Lisatud (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Lisaja</translation>
    </message>
</context>
<context>
    <name>herald::TemplateDialog</name>
    <message>
        <source>Utility</source>
        <translation>Utiliit</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Turundus</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentimine</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Pilt</translation>
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
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Kiirvastus</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Helista</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Kopeeri kood</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Kontrolli: %1</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Päis</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Sisu</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Jalus</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Nupud</translation>
    </message>
    <message>
        <source>Two variables would both reach Bird as the key %1.</source>
        <translation>Kaks muutujat jõuaksid Birdi mõlemad võtmena %1.</translation>
    </message>
    <message>
        <source>Empty: Bird gets the key %1</source>
        <translation>Tühi: Bird saab võtme %1</translation>
    </message>
</context>
<context>
    <name>herald::TemplateSyncService</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Profiili pole enam olemas.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no WhatsApp Business Account ID. Add it under Profiles → Edit to sync its templates.</source>
        <translation>Profiilil „%1“ pole WhatsApp Businessi konto ID-d. Lisa see jaotises Profiilid → Muuda, et selle malle sünkroonida.</translation>
    </message>
    <message>
        <source>The templates of &quot;%1&quot; could not be synced: %2</source>
        <translation>Profiili „%1“ malle ei õnnestunud sünkroonida: %2</translation>
    </message>
    <message>
        <source>The templates read from &quot;%1&quot; could not be stored (%2); the library was not changed.</source>
        <translation>Profiilist „%1“ loetud malle ei õnnestunud salvestada (%2); malliteeki ei muudetud.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>kinnitatud</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ootel</translation>
    </message>
    <message>
        <source>in appeal</source>
        <translation>vaidlustamisel</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>tagasi lükatud</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>peatatud</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>keelatud</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>limiit ületatud</translation>
    </message>
    <message>
        <source>pending deletion</source>
        <translation>kustutamise ootel</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>kustutatud</translation>
    </message>
    <message>
        <source>No templates found: the WhatsApp Business Account has none Herald can use.</source>
        <translation>Malle ei leitud: WhatsApp Businessi kontol pole ühtegi malli, mida Herald saaks kasutada.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>without status</source>
        <translation>olekuta</translation>
    </message>
    <message>
        <source>1 template synced</source>
        <translation>1 mall sünkroonitud</translation>
    </message>
    <message>
        <source>%1 templates synced</source>
        <translation>%1 malli sünkroonitud</translation>
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
        <translation>Välja jäetud: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Märkused: %1</translation>
    </message>
    <message>
        <source>the API user may not read the templates of WhatsApp Business Account %1.</source>
        <translation>API-kasutaja ei tohi lugeda WhatsApp Businessi konto %1 malle.</translation>
    </message>
    <message>
        <source>the provider refused the API username or password; check them under Profiles.</source>
        <translation>teenusepakkuja lükkas API kasutajanime või parooli tagasi; kontrolli neid jaotises Profiilid.</translation>
    </message>
    <message>
        <source>the provider does not know the WhatsApp Business Account ID %1; check it under Profiles.</source>
        <translation>teenusepakkuja ei tunne WhatsApp Businessi konto ID-d %1; kontrolli seda jaotises Profiilid.</translation>
    </message>
    <message>
        <source>the provider refused the request.</source>
        <translation>teenusepakkuja lükkas päringu tagasi.</translation>
    </message>
    <message>
        <source>the provider could not be reached at %1.</source>
        <translation>teenusepakkujaga ei saadud ühendust aadressil %1.</translation>
    </message>
    <message>
        <source>the connection failed before the provider answered; try again.</source>
        <translation>ühendus katkes enne teenusepakkuja vastust; proovi uuesti.</translation>
    </message>
    <message>
        <source>the provider asked Herald to slow down; try again in a minute.</source>
        <translation>teenusepakkuja palus Heraldil aeglustada; proovi minuti pärast uuesti.</translation>
    </message>
    <message>
        <source>the provider had an internal error; try again later.</source>
        <translation>teenusepakkujal tekkis sisemine viga; proovi hiljem uuesti.</translation>
    </message>
    <message>
        <source>the provider&apos;s answer could not be read.</source>
        <translation>teenusepakkuja vastust ei õnnestunud lugeda.</translation>
    </message>
    <message>
        <source>this provider has no template list.</source>
        <translation>sellel teenusepakkujal pole malliloendit.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Teenusepakkuja teatas: %1</translation>
    </message>
    <message>
        <source>It said: %1 [code %2]</source>
        <translation>Teenusepakkuja teatas: %1 [kood %2]</translation>
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
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategooria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Sisu</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Viimane muudatus</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Uus mall</translation>
    </message>
    <message>
        <source>Sync from Messente</source>
        <translation>Sünkrooni Messentest</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Otsi malle</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>sisestatud siin</translation>
    </message>
    <message>
        <source>Entered by hand in Herald, not synced from a provider.</source>
        <translation>Sisestatud Heraldis käsitsi, mitte sünkroonitud teenusepakkujalt.</translation>
    </message>
    <message>
        <source>Meta&apos;s status when synced on %1.</source>
        <translation>Meta olek sünkroonimisel %1.</translation>
    </message>
    <message>
        <source>Not offered for sending: Meta reports it %1.</source>
        <translation>Saatmiseks ei pakuta: Meta olek on %1.</translation>
    </message>
    <message>
        <source>No templates yet: add one exactly as Meta approved it with New…</source>
        <translation>Malle veel pole: lisa mall täpselt nii, nagu Meta selle kinnitas, nupuga Uus…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n mall.</numerusform>
            <numerusform>%n malli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Malli ei salvestatud</translation>
    </message>
    <message>
        <source>A template called %1 in %2 already exists.</source>
        <translation>Mall nimega %1 keeles %2 on juba olemas.</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Muuda malli</translation>
    </message>
    <message>
        <source>Duplicated as %1; edit it before sending.</source>
        <translation>Dubleeritud nimega %1; muuda seda enne saatmist.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be saved.</source>
        <translation>Malli %1 (%2) ei saanud salvestada.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) added, </source>
        <translation>
            <numerusform>%n mall lisatud, </numerusform>
            <numerusform>%n malli lisatud, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n uuendatud.</numerusform>
            <numerusform>%n uuendatud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Ei imporditud: %1</translation>
    </message>
    <message>
        <source>The clipboard is empty: copy a template&apos;s JSON first.</source>
        <translation>Lõikelaud on tühi: kopeeri esmalt malli JSON.</translation>
    </message>
    <message>
        <source>%1 (%2) copied in Meta&apos;s JSON shape.</source>
        <translation>%1 (%2) kopeeriti Meta JSON-kujul.</translation>
    </message>
    <message>
        <source>Add a Messente profile with its WhatsApp Business Account ID under Profiles to sync its templates.</source>
        <translation>Mallide sünkroonimiseks lisa vahekaardil Profiilid Messente profiil koos selle WhatsApp Business Account ID-ga.</translation>
    </message>
    <message>
        <source>Read every template of the profile&apos;s WhatsApp Business Account from Messente, with Meta&apos;s status</source>
        <translation>Loe Messentest kõik profiili WhatsApp Business Accounti mallid koos Meta olekuga</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Viimati sünkroonitud: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Pole kunagi sünkroonitud</translation>
    </message>
    <message>
        <source>Reading the templates of &quot;%1&quot; from Messente…</source>
        <translation>Profiili „%1“ mallide lugemine Messentest…</translation>
    </message>
    <message>
        <source>Reading the templates of &quot;%1&quot; from Messente: %2 so far…</source>
        <translation>Profiili „%1“ mallide lugemine Messentest: seni %2…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Kustuta mall</translation>
    </message>
    <message>
        <source>Delete the template %1 (%2)? Messages already sent keep their text.</source>
        <translation>Kas kustutada mall %1 (%2)? Juba saadetud sõnumite tekst jääb alles.</translation>
    </message>
</context>
<context>
    <name>herald::ValueFieldEditor</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Date/time</source>
        <translation>Kuupäev/kellaaeg</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Täida %1</translation>
    </message>
    <message>
        <source>Where %1 comes from</source>
        <translation>Kust %1 tuleb</translation>
    </message>
    <message>
        <source>Kind of value for %1</source>
        <translation>Väärtuse liik: %1</translation>
    </message>
    <message>
        <source>Currency of %1</source>
        <translation>Valuuta: %1</translation>
    </message>
    <message>
        <source>%1 when the cell is empty</source>
        <translation>%1, kui lahter on tühi</translation>
    </message>
    <message>
        <source>Pick a date for %1</source>
        <translation>Vali kuupäev: %1</translation>
    </message>
    <message>
        <source>Use the example for %1</source>
        <translation>Kasuta näidet: %1</translation>
    </message>
    <message>
        <source>Same value for everyone</source>
        <translation>Kõigile sama väärtus</translation>
    </message>
    <message>
        <source>From column “%1”</source>
        <translation>Veerust „%1“</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Summa, nt 12.50</translation>
    </message>
    <message>
        <source>As the recipient should read it, e.g. %1</source>
        <translation>Nii, nagu saaja peaks seda lugema, nt %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald cannot start</source>
        <translation>Herald ei käivitu</translation>
    </message>
    <message>
        <source>Sandbox: nothing leaves this computer</source>
        <translation>Liivakast: sellest arvutist ei lahku midagi</translation>
    </message>
    <message>
        <source>Herald&apos;s built-in sandbox answers at %1 as the providers would.</source>
        <translation>Heraldi sisseehitatud liivakast vastab aadressil %1 nii, nagu teenusepakkujad vastaksid.</translation>
    </message>
</context>
</TS>
