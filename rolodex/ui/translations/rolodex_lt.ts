<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Edit activity</source>
        <translation>Keisti veiklą</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Log activity</source>
        <translation>Registruoti veiklą</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipas:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="80"/>
        <source>&amp;When:</source>
        <translation>&amp;Kada:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="82"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="83"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="84"/>
        <source>&amp;Duration:</source>
        <translation>Tr&amp;ukmė:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="86"/>
        <source>&amp;Subject:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Pastabos:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="91"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Rezultatas:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="92"/>
        <source>Also show on the company&apos;s timeline</source>
        <translation>Rodyti ir įmonės istorijoje</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="119"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Rytoj</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="120"/>
        <source>Next &amp;week</source>
        <translation>Kitą &amp;savaitę</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="121"/>
        <source>&amp;Pick a date…</source>
        <translation>Pa&amp;sirinkti datą…</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="122"/>
        <source>&amp;No thanks</source>
        <translation>&amp;Ne, ačiū</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="180"/>
        <source>Saved. Schedule a follow-up?</source>
        <translation>Išsaugota. Suplanuoti priminimą?</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="191"/>
        <source>Follow up: %1</source>
        <translation>Priminimas: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="108"/>
        <source>Cannot open the contact book</source>
        <translation>Nepavyksta atverti kontaktų knygos</translation>
    </message>
    <message>
        <location filename="../app.py" line="109"/>
        <source>Rolodex cannot open the contact book.</source>
        <translation>Rolodex nepavyksta atverti kontaktų knygos.</translation>
    </message>
    <message>
        <location filename="../app.py" line="189"/>
        <source>Automatic backup failed: %1</source>
        <translation>Nepavyko automatiškai sukurti atsarginės kopijos: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../safety/backups_dialog.py" line="123"/>
        <location filename="../safety/backups_dialog.py" line="285"/>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="130"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Kurti kopiją dabar</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Atkurti…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="169"/>
        <source>No backups yet. Rolodex makes one every day.</source>
        <translation>Atsarginių kopijų dar nėra. Rolodex jas kuria kasdien.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="186"/>
        <source>Backing up…</source>
        <translation>Kuriama atsarginė kopija…</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="194"/>
        <source>Backed up %n contact(s) (checked).</source>
        <translation>
            <numerusform>Nukopijuotas %n kontaktas (patikrinta).</numerusform>
            <numerusform>Nukopijuoti %n kontaktai (patikrinta).</numerusform>
            <numerusform>Nukopijuota %n kontaktų (patikrinta).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="209"/>
        <source>Restoring…</source>
        <translation>Atkuriama…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="242"/>
        <source>Restore it into this book anyway? Its contacts replace this book&apos;s; the book keeps its own identity and its own backups.</source>
        <translation>Vis tiek atkurti ją į šią knygą? Jos kontaktai pakeis šios knygos kontaktus; knyga išlaikys savo tapatybę ir savo atsargines kopijas.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="248"/>
        <source>Backup of another book</source>
        <translation>Kitos knygos atsarginė kopija</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="258"/>
        <source>Replace the whole contact book with the backup from %1?

It holds %2 contacts; its last change was %3.

The book as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Pakeisti visą kontaktų knygą %1 atsargine kopija?

Kontaktų: %2; paskutinis pakeitimas: %3.

Pirmiausia sukuriama dabartinės knygos atsarginė kopija, tad veiksmą galėsite atšaukti ją atkūrę.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="263"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="265"/>
        <source>Restore backup</source>
        <translation>Atkurti atsarginę kopiją</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="273"/>
        <source>Restored %n contact(s). To undo, restore the backup marked “Before restore”.</source>
        <translation>
            <numerusform>Atkurtas %n kontaktas. Norėdami atšaukti, atkurkite kopiją, pažymėtą „Prieš atkūrimą“.</numerusform>
            <numerusform>Atkurti %n kontaktai. Norėdami atšaukti, atkurkite kopiją, pažymėtą „Prieš atkūrimą“.</numerusform>
            <numerusform>Atkurta %n kontaktų. Norėdami atšaukti, atkurkite kopiją, pažymėtą „Prieš atkūrimą“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="43"/>
        <source>Manual</source>
        <translation>Rankinė</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="44"/>
        <source>Daily</source>
        <translation>Kasdienė</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="45"/>
        <source>Before import</source>
        <translation>Prieš importą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="46"/>
        <source>Before undoing an import</source>
        <translation>Prieš importo atšaukimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="47"/>
        <source>Before merge</source>
        <translation>Prieš sujungimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="48"/>
        <source>Before restore</source>
        <translation>Prieš atkūrimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="49"/>
        <source>Before upgrade</source>
        <translation>Prieš atnaujinimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="50"/>
        <source>Before encryption</source>
        <translation>Prieš šifravimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="51"/>
        <source>Before decryption</source>
        <translation>Prieš iššifravimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="52"/>
        <source>Before passphrase change</source>
        <translation>Prieš slaptafrazės keitimą</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="56"/>
        <source>Before %1</source>
        <translation>Prieš: %1</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <location filename="../backups_dialog.py" line="63"/>
        <source>bytes</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="65"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
</context>
<context>
    <name>CadenceActions</name>
    <message>
        <location filename="../crm/cadence.py" line="133"/>
        <source>&amp;Keep in touch…</source>
        <translation>Palaikyti &amp;ryšį…</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="152"/>
        <source>How often do you want to be reminded to get in touch with %1?</source>
        <translation>Kaip dažnai priminti susisiekti su %1?</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="161"/>
        <source>&amp;Follow its tags (none has a reminder)</source>
        <translation>Pagal &amp;žymas (nė viena neturi priminimo)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="163"/>
        <source>&amp;Follow its tags (every day)</source>
        <translation>Pagal &amp;žymas (kasdien)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="164"/>
        <source>&amp;Follow its tags (every %1 days)</source>
        <translation>Pagal &amp;žymas (kas %1 d.)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="172"/>
        <source>Remind you to get in touch with everyone tagged “%1”:</source>
        <translation>Priminti susisiekti su visais, pažymėtais žyma „%1“:</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="192"/>
        <source>Keep in touch every…</source>
        <translation>Palaikyti ryšį kas…</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../crm/cadence.py" line="52"/>
        <source>Keep in touch</source>
        <translation>Palaikyti ryšį</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="56"/>
        <source>&amp;Every</source>
        <translation>&amp;Kas</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;Never remind me</source>
        <translation>&amp;Niekada nepriminti</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;No reminder</source>
        <translation>&amp;Be priminimo</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> day</source>
        <translation> d.</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> days</source>
        <translation> d.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../sales/campaign_dialog.py" line="45"/>
        <source>New campaign</source>
        <translation>Nauja kampanija</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="57"/>
        <source>Fields: {given}, {name}, {company}, {address}, {email}, {date}</source>
        <translation>Laukai: {given}, {name}, {company}, {address}, {email}, {date}</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Letter</source>
        <translation>Laiškas</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="71"/>
        <source>Contacts &amp;tagged</source>
        <translation>Kontaktai su &amp;žyma</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="74"/>
        <source>What the &amp;search finds: %1</source>
        <translation>Ką randa &amp;paieška: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_dialog.py" line="77"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>%n pasirinktas kontaktas</numerusform>
            <numerusform>%n pasirinkti kontaktai</numerusform>
            <numerusform>%n pasirinktų kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>Pa&amp;vadinimas:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="97"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanalas:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="99"/>
        <source>Recipients:</source>
        <translation>Gavėjai:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="100"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Laiškas:</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Channel</source>
        <translation>Kanalas</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Recipients</source>
        <translation>Gavėjai</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Response rate</source>
        <translation>Atsakymų dalis</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="79"/>
        <source>not yet</source>
        <translation>dar ne</translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="93"/>
        <source>Campaigns</source>
        <translation>Kampanijos</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="105"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nauja kampanija…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="106"/>
        <location filename="../sales/campaigns_window.py" line="167"/>
        <source>&amp;Send…</source>
        <translation>&amp;Siųsti…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="107"/>
        <source>&amp;Responses…</source>
        <translation>&amp;Atsakymai…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="141"/>
        <source>Cannot read the campaigns: %1</source>
        <translation>Nepavyksta nuskaityti kampanijų: %1</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Letter</source>
        <translation>Laiškas</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Event</source>
        <translation>Renginys</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="166"/>
        <source>Write files again…</source>
        <translation>Įrašyti failus iš naujo…</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryList</name>
    <message>
        <location filename="../companies/changes.py" line="27"/>
        <source>Changes</source>
        <translation>Pakeitimai</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="42"/>
        <source>someone</source>
        <translation>kažkas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="50"/>
        <source>{name} created it</source>
        <translation>{name} sukūrė</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="51"/>
        <source>{name} edited</source>
        <translation>{name} pakeitė</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="52"/>
        <source>{name} moved it to the Trash</source>
        <translation>{name} perkėlė į šiukšlinę</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="53"/>
        <source>{name} restored it</source>
        <translation>{name} atkūrė</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="54"/>
        <source>{name} merged it with another company</source>
        <translation>{name} sujungė ją su kita įmone</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="55"/>
        <source>{name} undid a merge with another company</source>
        <translation>{name} atšaukė sujungimą su kita įmone</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="60"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="61"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="62"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="63"/>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="64"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="65"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="66"/>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="67"/>
        <source>Private</source>
        <translation>Privati</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../companies/dialog.py" line="64"/>
        <location filename="../widgets.py" line="65"/>
        <source>Companies</source>
        <translation>Įmonės</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="57"/>
        <location filename="../widgets.py" line="58"/>
        <source>Filter companies</source>
        <translation>Filtruoti įmones</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="72"/>
        <source>Sho&amp;w deleted companies</source>
        <translation>Rodyti pašalintas į&amp;mones</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="73"/>
        <source>List the companies in the Trash, to restore them</source>
        <translation>Rodyti šiukšlinėje esančias įmones, kad galėtumėte jas atkurti</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="75"/>
        <source>N&amp;ew company</source>
        <translation>&amp;Nauja įmonė</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82"/>
        <source>People</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="92"/>
        <source>Double-click or Enter opens a person.</source>
        <translation>Dukart spustelėkite arba paspauskite Enter, kad atvertumėte asmenį.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="95"/>
        <source>Delete activity</source>
        <translation>Šalinti veiklą</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="103"/>
        <source>Mer&amp;ge with…</source>
        <translation>Su&amp;jungti su…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="105"/>
        <source>Merge another company into this one: its people and activities move here</source>
        <translation>Sujungti kitą įmonę su šia: jos asmenys ir veiklos perkeliami čia</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="108"/>
        <source>&amp;Save</source>
        <translation>Iš&amp;saugoti</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="110"/>
        <source>&amp;Delete company…</source>
        <translation>Ša&amp;linti įmonę…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="111"/>
        <source>Move the company to the Trash</source>
        <translation>Perkelti įmonę į šiukšlinę</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Atkurti pažymėtas</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="119"/>
        <source>Bring the selected companies back, with their people</source>
        <translation>Grąžinti pažymėtas įmones kartu su jų asmenimis</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="111"/>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="194"/>
        <source>&amp;People (%n)</source>
        <translation>
            <numerusform>Asm&amp;enys (%n)</numerusform>
            <numerusform>Asm&amp;enys (%n)</numerusform>
            <numerusform>Asm&amp;enys (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="195"/>
        <source>&amp;Timeline (%n)</source>
        <translation>
            <numerusform>&amp;Istorija (%n)</numerusform>
            <numerusform>&amp;Istorija (%n)</numerusform>
            <numerusform>&amp;Istorija (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="196"/>
        <source>C&amp;hanges (%n)</source>
        <translation>
            <numerusform>Pa&amp;keitimai (%n)</numerusform>
            <numerusform>Pa&amp;keitimai (%n)</numerusform>
            <numerusform>Pa&amp;keitimai (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="205"/>
        <source>There are no companies in the Trash.</source>
        <translation>Šiukšlinėje įmonių nėra.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="209"/>
        <source>Deleted companies stay in the Trash for {days} days. Select one or more and press Restore: each comes back with its people.</source>
        <translation>Pašalintos įmonės šiukšlinėje laikomos {days} d. Pažymėkite vieną ar kelias ir spauskite „Atkurti“: kiekviena grįš su savo asmenimis.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>Not saved</source>
        <translation>Neišsaugota</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>A company needs a name.</source>
        <translation>Įmonė turi turėti pavadinimą.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="240"/>
        <source>Saved “{name}”.</source>
        <translation>Išsaugota: „{name}“.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="252"/>
        <source>Moved “{name}” to the Trash. Tick “Show deleted companies” to restore it.</source>
        <translation>„{name}“ perkelta į šiukšlinę. Norėdami atkurti, pažymėkite „Rodyti pašalintas įmones“.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="259"/>
        <source>Move “{name}” to the Trash?</source>
        <translation>Perkelti „{name}“ į šiukšlinę?</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="261"/>
        <source>You can restore it for {days} days (tick “Show deleted companies”).</source>
        <translation>Atkurti galėsite {days} d. (pažymėkite „Rodyti pašalintas įmones“).</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="265"/>
        <source>Its people ({count}) stay in the book, shown without a company until it is restored.</source>
        <translation>Jos asmenys ({count}) lieka knygoje ir bus rodomi be įmonės, kol ji bus atkurta.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="270"/>
        <source>Move company to the Trash</source>
        <translation>Perkelti įmonę į šiukšlinę</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="287"/>
        <source>Restored with their people: {names}.</source>
        <translation>Atkurta su asmenimis: {names}.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="302"/>
        <source>Not merged</source>
        <translation>Nesujungta</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="306"/>
        <source>Merged “{merged}” into “{kept}”. Ctrl+Z undoes it.</source>
        <translation>„{merged}“ sujungta su „{kept}“. Ctrl+Z atšaukia.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>&amp;Name</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Street</source>
        <translation>Gatvė</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>Apartment, floor</source>
        <translation>Butas, aukštas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>PO box</source>
        <translation>Pašto dėžutė</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>Postal code</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Region</source>
        <translation>Apskritis</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Country (e.g. NO)</source>
        <translation>Šalis (pvz., LT)</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="38"/>
        <location filename="../companies/form.py" line="54"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="48"/>
        <source>Apartment, PO box</source>
        <translation>Butas, pašto dėžutė</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="49"/>
        <source>Postal code, city</source>
        <translation>Pašto kodas, miestas</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="50"/>
        <source>Region, country</source>
        <translation>Apskritis, šalis</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../companies/models.py" line="70"/>
        <source>People: {count}</source>
        <translation>Asmenų: {count}</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="76"/>
        <source>{name} — {city} ({count})</source>
        <translation>{name} — {city} ({count})</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="79"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>CompanyMergeDialog</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="71"/>
        <source>Merge companies</source>
        <translation>Įmonių sujungimas</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="73"/>
        <source>Merge into “{name}”:</source>
        <translation>Sujungti su „{name}“:</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="76"/>
        <location filename="../companies/merge_dialog.py" line="77"/>
        <source>Filter companies</source>
        <translation>Filtruoti įmones</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="84"/>
        <source>Company to merge</source>
        <translation>Įmonė, kurią sujungti</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="118"/>
        <source>No other company matches.</source>
        <translation>Kitų atitinkančių įmonių nėra.</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="122"/>
        <source>The people of “{merged}” ({count}) and the activities logged on it move to “{kept}”; the empty details of “{kept}” are filled from it; “{merged}” goes to the Trash. Ctrl+Z undoes the merge.</source>
        <translation>„{merged}“ asmenys ({count}) ir jai užregistruotos veiklos perkeliami į „{kept}“; tušti „{kept}“ duomenys užpildomi iš jos; „{merged}“ perkeliama į šiukšlinę. Ctrl+Z atšaukia sujungimą.</translation>
    </message>
</context>
<context>
    <name>CompanyMergeTexts</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="43"/>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Sujungti „{merged}“ su „{kept}“</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="93"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n konfliktas peržiūrai</numerusform>
            <numerusform>%n konfliktai peržiūrai</numerusform>
            <numerusform>%n konfliktų peržiūrai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../contacts/card.py" line="143"/>
        <source>Ed&amp;it</source>
        <translation>R&amp;edaguoti</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="144"/>
        <source>Edit this contact (Enter)</source>
        <translation>Redaguoti šį kontaktą (Enter)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="213"/>
        <source>(no name)</source>
        <translation>(be vardo)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="221"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="223"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="226"/>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="229"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="232"/>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="234"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="237"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="238"/>
        <source>Open follow-ups</source>
        <translation>Neatlikti priminimai</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="239"/>
        <source>Latest history</source>
        <translation>Naujausia istorija</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../contact_editor/editor.py" line="135"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="136"/>
        <source>Work</source>
        <translation>Darbas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Add email</source>
        <translation>Pridėti el. paštą</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Add phone</source>
        <translation>Pridėti telefoną</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Add address</source>
        <translation>Pridėti adresą</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Add website</source>
        <translation>Pridėti svetainę</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Messaging</source>
        <translation>Pokalbių programos</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Add handle</source>
        <translation>Pridėti paskyrą</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="150"/>
        <source>More</source>
        <translation>Daugiau</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="227"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="229"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>Pasirinkite kontaktą arba paspauskite Ctrl+N ir sukurkite naują.</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="194"/>
        <source>Revert</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="195"/>
        <source>Undo the changes not saved yet</source>
        <translation>Atšaukti dar neišsaugotus pakeitimus</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="380"/>
        <source>this contact</source>
        <translation>Šis kontaktas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="197"/>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="198"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation>Išsaugoti kontaktą (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>New contact</source>
        <translation>Naujas kontaktas</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>No name</source>
        <translation>Be vardo</translation>
    </message>
    <message>
        <location filename="../forms.py" line="146"/>
        <source>Give the contact a name (or a company or an email).</source>
        <translation>Įveskite kontakto vardą (arba įmonę, arba el. paštą).</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="329"/>
        <location filename="../contact_editor/editor.py" line="345"/>
        <source>Not saved: {problem}</source>
        <translation>Neišsaugota: {problem}</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="26"/>
        <source>The {what} already belongs to {name}.</source>
        <translation>{what} jau priklauso kontaktui {name}.</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="30"/>
        <source>Possible duplicate</source>
        <translation>Galimas dublikatas</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="33"/>
        <source>Open {name} instead, or save this contact anyway?</source>
        <translation>Atverti kontaktą {name} ar vis tiek išsaugoti šį kontaktą?</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="35"/>
        <source>Save anyway</source>
        <translation>Vis tiek išsaugoti</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="37"/>
        <source>Open {name}</source>
        <translation>Atverti: {name}</translation>
    </message>
    <message>
        <location filename="../checks.py" line="27"/>
        <source>An email address cannot contain spaces.</source>
        <translation>El. pašto adrese negali būti tarpų.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="29"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>El. pašto adrese turi būti @, pvz., vardas@pavyzdys.lt.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="32"/>
        <source>An email address has only one @.</source>
        <translation>El. pašto adrese gali būti tik vienas @.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="34"/>
        <source>The name before the @ is missing.</source>
        <translation>Trūksta vardo prieš @.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="36"/>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation>Trūksta domeno po @, pvz., vardas@pavyzdys.lt.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="39"/>
        <source>“{domain}” is not a valid domain; it should look like example.com.</source>
        <translation>„{domain}“ nėra tinkamas domenas; jis turėtų atrodyti kaip pavyzdys.lt.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="62"/>
        <source>“{text}” is not a real date.</source>
        <translation>„{text}“ nėra tikra data.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Prefix</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>&amp;Vardas</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Suffix</source>
        <translation>Priesaga</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Nickname</source>
        <translation>Slapyvardis</translation>
    </message>
    <message>
        <location filename="../forms.py" line="83"/>
        <source>Department</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../checks.py" line="59"/>
        <source>Write the date as {example} (or 1985-03-14); leave out the year when unknown.</source>
        <translation>Rašykite datą kaip {example} (arba 1985-03-14); metus praleiskite, jei jie nežinomi.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Fa&amp;mily name</source>
        <translation>&amp;Pavardė</translation>
    </message>
    <message>
        <location filename="../forms.py" line="80"/>
        <source>Com&amp;pany</source>
        <translation>Įm&amp;onė</translation>
    </message>
    <message>
        <location filename="../forms.py" line="89"/>
        <source>e.g. {example}</source>
        <translation>pvz., {example}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Anniversary</source>
        <translation>Sukaktis</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>&amp;Tags</source>
        <translation>Ž&amp;ymos</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>Comma-separated, e.g. Customers, Friends</source>
        <translation>Atskirkite kableliais, pvz., Klientai, Draugai</translation>
    </message>
    <message>
        <location filename="../forms.py" line="102"/>
        <source>Do not send mail (left out of labels)</source>
        <translation>Nesiųsti pašto (neįtraukti į etiketes)</translation>
    </message>
    <message>
        <location filename="../forms.py" line="107"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../forms.py" line="110"/>
        <source>&amp;Notes</source>
        <translation>Pa&amp;stabos</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>home</source>
        <translation>namų</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>work</source>
        <translation>darbo</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>other</source>
        <translation>kitas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>mobile</source>
        <translation>mobilusis</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>fax</source>
        <translation>faksas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="42"/>
        <source>blog</source>
        <translation>tinklaraštis</translation>
    </message>
    <message>
        <location filename="../rows.py" line="86"/>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="90"/>
        <source>preferred</source>
        <translation>pagrindinis</translation>
    </message>
    <message>
        <location filename="../rows.py" line="93"/>
        <location filename="../rows.py" line="94"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../rows.py" line="126"/>
        <source>It is saved as typed.</source>
        <translation>Išsaugoma taip, kaip įvesta.</translation>
    </message>
    <message>
        <location filename="../rows.py" line="149"/>
        <location filename="../rows.py" line="153"/>
        <source>Street</source>
        <translation>Gatvė</translation>
    </message>
    <message>
        <location filename="../rows.py" line="153"/>
        <source>Apartment, floor</source>
        <translation>Butas, aukštas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>PO box</source>
        <translation>Pašto dėžutė</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>Postal code</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Region</source>
        <translation>Apskritis</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Country (e.g. NO)</source>
        <translation>Šalis (pvz., LT)</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>name@example.com</source>
        <translation>vardas@pavyzdys.lt</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>Phone number</source>
        <translation>Telefono numeris</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>https://example.com</source>
        <translation>https://pavyzdys.lt</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>Handle or address</source>
        <translation>Paskyra arba adresas</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="35"/>
        <source>This number has the wrong number of digits.</source>
        <translation>Numeryje netinkamas skaitmenų skaičius.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="68"/>
        <source>Unknown country code: start with + and the country code, or set the default region.</source>
        <translation>Nežinomas šalies kodas: pradėkite nuo + ir šalies kodo arba nustatykite numatytąjį regioną.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="70"/>
        <location filename="../../phones.py" line="76"/>
        <source>This is not a phone number.</source>
        <translation>Tai ne telefono numeris.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="71"/>
        <location filename="../../phones.py" line="72"/>
        <source>This number is too short.</source>
        <translation>Numeris per trumpas.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="73"/>
        <source>This number is too long.</source>
        <translation>Numeris per ilgas.</translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="296"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktas</numerusform>
            <numerusform>%n kontaktai</numerusform>
            <numerusform>%n kontaktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../sales/contact_picker.py" line="26"/>
        <source>Type a name to find the contact</source>
        <translation>Įveskite vardą, kad rastumėte kontaktą</translation>
    </message>
</context>
<context>
    <name>ContactPreviewModel</name>
    <message>
        <location filename="../importing/preview.py" line="50"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="51"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="52"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="53"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="54"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
</context>
<context>
    <name>ContactSales</name>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Not set</source>
        <translation>Nenustatyta</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Prospect</source>
        <translation>Perspektyvus klientas</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="35"/>
        <source>Customer</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="36"/>
        <source>Former customer</source>
        <translation>Buvęs klientas</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="68"/>
        <source>Lifecycle stage</source>
        <translation>Kliento etapas</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="73"/>
        <source>New dea&amp;l…</source>
        <translation>Naujas sa&amp;ndoris…</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="74"/>
        <source>A new deal for this contact</source>
        <translation>Naujas sandoris šiam kontaktui</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="81"/>
        <source>Lifecycle stage:</source>
        <translation>Kliento etapas:</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="113"/>
        <source>No changes recorded yet.</source>
        <translation>Pakeitimų dar neužregistruota.</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="128"/>
        <source>and %1 more on the pipeline board</source>
        <translation>ir dar %1 pardavimų lentoje</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="132"/>
        <source>Deals</source>
        <translation>Sandoriai</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../contacts/model.py" line="98"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="99"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="100"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="101"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="102"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="103"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="104"/>
        <source>Last contacted</source>
        <translation>Paskutinis kontaktas</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="105"/>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="106"/>
        <source>Last contacted by</source>
        <translation>Paskutinis susisiekė</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="125"/>
        <source>(no name)</source>
        <translation>(be vardo)</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="251"/>
        <source>The book is still opening; try again in a moment.</source>
        <translation>Kontaktų knyga dar atidaroma; bandykite dar kartą po akimirkos.</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="336"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
</context>
<context>
    <name>CrmActions</name>
    <message>
        <location filename="../crm/actions.py" line="45"/>
        <source>&amp;Log call…</source>
        <translation>Registruoti &amp;skambutį…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="47"/>
        <source>Log &amp;activity…</source>
        <translation>Registruoti &amp;veiklą…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="50"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Suplanuoti &amp;priminimą…</translation>
    </message>
</context>
<context>
    <name>CrmUndo</name>
    <message>
        <location filename="../undo.py" line="41"/>
        <source>Log activity</source>
        <translation>Registruoti veiklą</translation>
    </message>
    <message>
        <location filename="../undo.py" line="55"/>
        <source>Add follow-up</source>
        <translation>Pridėti priminimą</translation>
    </message>
    <message>
        <location filename="../undo.py" line="76"/>
        <source>Mark follow-up done</source>
        <translation>Pažymėti priminimą kaip atliktą</translation>
    </message>
</context>
<context>
    <name>CustomSheetDialog</name>
    <message>
        <location filename="../labels/custom.py" line="38"/>
        <source>Custom label sheet</source>
        <translation>Savas etikečių lapas</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="42"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="44"/>
        <source>millimetres</source>
        <translation>milimetrai</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="45"/>
        <source>inches</source>
        <translation>coliai</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="46"/>
        <source>Unit</source>
        <translation>Vienetai</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="60"/>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="61"/>
        <source>Rows</source>
        <translation>Eilutės</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="80"/>
        <source>Give the sheet a name.</source>
        <translation>Įveskite lapo pavadinimą.</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="93"/>
        <source>Cannot save this sheet: %1</source>
        <translation>Nepavyksta išsaugoti lapo: %1</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="21"/>
        <source>Page width</source>
        <translation>Lapo plotis</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="22"/>
        <source>Page height</source>
        <translation>Lapo aukštis</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="23"/>
        <source>Label width</source>
        <translation>Etiketės plotis</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="24"/>
        <source>Label height</source>
        <translation>Etiketės aukštis</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="25"/>
        <source>Left margin (to first label)</source>
        <translation>Kairioji paraštė (iki pirmos etiketės)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="26"/>
        <source>Top margin (to first label)</source>
        <translation>Viršutinė paraštė (iki pirmos etiketės)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="27"/>
        <source>Horizontal pitch (label to label)</source>
        <translation>Žingsnis horizontaliai (tarp etikečių)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="28"/>
        <source>Vertical pitch (label to label)</source>
        <translation>Žingsnis vertikaliai (tarp etikečių)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="29"/>
        <source>Keep text away from the edge by</source>
        <translation>Tekstas nuo krašto ne arčiau kaip</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sales/dashboard.py" line="47"/>
        <source>Dashboard</source>
        <translation>Suvestinė</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>&amp;Refresh</source>
        <translation>At&amp;naujinti</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>E&amp;xport as PDF…</source>
        <translation>&amp;Eksportuoti į PDF…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Leads</source>
        <translation>Potencialūs klientai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Prospects</source>
        <translation>Perspektyvūs klientai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Customers</source>
        <translation>Klientai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Former customers</source>
        <translation>Buvę klientai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="76"/>
        <source>No way to reach them</source>
        <translation>Nėra kaip susisiekti</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="77"/>
        <source>Invalid emails</source>
        <translation>Netinkami el. pašto adresai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="78"/>
        <source>Phones that do not parse</source>
        <translation>Neatpažinti telefono numeriai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="79"/>
        <source>Addresses without a postcode</source>
        <translation>Adresai be pašto kodo</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="80"/>
        <source>Suspected duplicates</source>
        <translation>Galimi dublikatai</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="81"/>
        <source>Never contacted</source>
        <translation>Niekada nesusisiekta</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="90"/>
        <source>Reading the numbers…</source>
        <translation>Skaičiai įkeliami…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Mine</source>
        <translation>Mano</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Team</source>
        <translation>Komandos</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="147"/>
        <source>Overdue</source>
        <translation>Vėluojantys</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="148"/>
        <source>Due this week</source>
        <translation>Šią savaitę</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="160"/>
        <source>Neglected customers (%1 days): %2</source>
        <translation>Apleisti klientai (%1 d.): %2</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="165"/>
        <source>Follow-ups</source>
        <translation>Priminimai</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="169"/>
        <source>%n deal(s) expected to close this month</source>
        <translation>
            <numerusform>%n sandoris turėtų užsidaryti šį mėnesį</numerusform>
            <numerusform>%n sandoriai turėtų užsidaryti šį mėnesį</numerusform>
            <numerusform>%n sandorių turėtų užsidaryti šį mėnesį</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="172"/>
        <source>Closing this month</source>
        <translation>Užsidaro šį mėnesį</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="179"/>
        <source>Pipeline by stage (%1)</source>
        <translation>Piltuvas pagal etapą (%1)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Value</source>
        <translation>Vertė</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Weighted</source>
        <translation>Įvertinta</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="183"/>
        <source>Deals in %1 are not converted: see the board.</source>
        <translation>Sandoriai %1 valiuta neperskaičiuojami: žr. lentą.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="188"/>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="192"/>
        <source>Contacts by lifecycle stage</source>
        <translation>Kontaktai pagal gyvavimo etapą</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn (%)</source>
        <translation>Klientų netektis (%)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn</source>
        <translation>Netektis</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="199"/>
        <source>This year: %1 customers at the start, %2 lost, %3 won</source>
        <translation>Šiais metais: %1 klientų pradžioje, %2 prarasta, %3 laimėta</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="206"/>
        <source>Retention</source>
        <translation>Klientų išlaikymas</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <location filename="../sales/dashboard.py" line="216"/>
        <source>Campaign response rates</source>
        <translation>Kampanijų atsakymų dalis</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <source>No campaign sent yet.</source>
        <translation>Kampanijų dar neišsiųsta.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="217"/>
        <source>Response rate</source>
        <translation>Atsakymų dalis</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <location filename="../sales/dashboard.py" line="228"/>
        <source>Data quality</source>
        <translation>Duomenų kokybė</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="252"/>
        <source>Export dashboard</source>
        <translation>Eksportuoti suvestinę</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>Edit deal</source>
        <translation>Redaguoti sandorį</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>New deal</source>
        <translation>Naujas sandoris</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="56"/>
        <source>Optional: the contact&apos;s company by default</source>
        <translation>Neprivaloma: pagal nutylėjimą kontakto įmonė</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="64"/>
        <source>Expected</source>
        <translation>Numatoma</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontaktas:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>Com&amp;pany:</source>
        <translation>Įm&amp;onė:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>&amp;Value:</source>
        <translation>&amp;Vertė:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapas:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>Pro&amp;bability:</source>
        <translation>&amp;Tikimybė:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>Expected c&amp;lose:</source>
        <translation>Numatoma &amp;uždarymo data:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Atsakingas:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation>Pa&amp;stabos:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="131"/>
        <source>Stage default (%1 %)</source>
        <translation>Pagal etapą (%1 %)</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="146"/>
        <source>There is no company %1.</source>
        <translation>Įmonės %1 nėra.</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="150"/>
        <source>Choose the contact from the list (type part of the name).</source>
        <translation>Pasirinkite kontaktą iš sąrašo (įveskite vardo dalį).</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Count</source>
        <translation>Kiekis</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../duplicates/dialog.py" line="61"/>
        <source>Find duplicates</source>
        <translation>Dublikatų paieška</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="90"/>
        <source>Merge…</source>
        <translation>Sujungti…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="93"/>
        <source>Search again</source>
        <translation>Ieškoti iš naujo</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="116"/>
        <source>Looking for duplicates…</source>
        <translation>Ieškoma dublikatų…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="148"/>
        <source>The search failed: %1</source>
        <translation>Paieška nepavyko: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../duplicates/dialog.py" line="154"/>
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>Rasta %n galimų dublikatų grupė.</numerusform>
            <numerusform>Rastos %n galimų dublikatų grupės.</numerusform>
            <numerusform>Rasta %n galimų dublikatų grupių.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="156"/>
        <source>No duplicates found.</source>
        <translation>Dublikatų nerasta.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="176"/>
        <source>Only a name links these contacts, so none is ticked: tick the ones that are the same person.</source>
        <translation>Šiuos kontaktus sieja tik vardas, todėl nė vienas nepažymėtas: pažymėkite tuos, kurie yra tas pats asmuo.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="181"/>
        <source>Ticked: the contacts sharing an email, phone or identifier. The others only share a name: tick them if they are the same person.</source>
        <translation>Pažymėti kontaktai, turintys bendrą el. paštą, telefoną ar identifikatorių. Kitus sieja tik vardas: pažymėkite juos, jei tai tas pats asmuo.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="184"/>
        <source>Ticked: the contacts sharing an email, phone or identifier.</source>
        <translation>Pažymėti kontaktai, turintys bendrą el. paštą, telefoną ar identifikatorių.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="194"/>
        <source>These contacts were changed meanwhile; search again.</source>
        <translation>Šie kontaktai per tą laiką pakeisti; ieškokite iš naujo.</translation>
    </message>
    <message>
        <location filename="../models.py" line="40"/>
        <source>Same identifier</source>
        <translation>Tas pats identifikatorius</translation>
    </message>
    <message>
        <location filename="../models.py" line="41"/>
        <source>Same email %1</source>
        <translation>Tas pats el. paštas %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="42"/>
        <source>Same phone %1</source>
        <translation>Tas pats telefonas %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="43"/>
        <source>Same name at %1</source>
        <translation>Tas pats vardas įmonėje %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="44"/>
        <source>Same name in %1</source>
        <translation>Tas pats vardas (%1)</translation>
    </message>
    <message>
        <location filename="../models.py" line="45"/>
        <source>Similar names at %1</source>
        <translation>Panašūs vardai įmonėje %1</translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <location filename="../empty_state.py" line="19"/>
        <source>Your contact book is empty</source>
        <translation>Jūsų kontaktų knyga tuščia</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="26"/>
        <source>Bring in contacts from a vCard, CSV or LDIF file (Thunderbird, Outlook, Google, phones), or type in the first one.</source>
        <translation>Importuokite kontaktus iš vCard, CSV ar LDIF failo (Thunderbird, Outlook, Google, telefonų) arba įveskite pirmąjį patys.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="33"/>
        <source>&amp;Import contacts…</source>
        <translation>Importuoti &amp;kontaktus…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="36"/>
        <source>&amp;Add a contact</source>
        <translation>&amp;Pridėti kontaktą</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>the contact book</source>
        <translation>kontaktų knyga</translation>
    </message>
    <message>
        <location filename="../errors.py" line="51"/>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex</source>
        <translation>Rolodex</translation>
    </message>
    <message>
        <location filename="../errors.py" line="52"/>
        <source>Nothing was changed. Your book is as it was before.</source>
        <translation>Niekas nepakeista. Jūsų knyga tokia pati kaip anksčiau.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex hit a bug.</source>
        <translation>Rolodex programoje įvyko klaida.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="65"/>
        <location filename="../export_dialog.py" line="184"/>
        <source>Export contacts</source>
        <translation>Kontaktų eksportas</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="90"/>
        <source>Export:</source>
        <translation>Eksportuoti:</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="93"/>
        <source>The selected contacts (%n)</source>
        <translation>
            <numerusform>Pažymėtus kontaktus (%n)</numerusform>
            <numerusform>Pažymėtus kontaktus (%n)</numerusform>
            <numerusform>Pažymėtus kontaktus (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="94"/>
        <source>Contacts with the tag</source>
        <translation>Kontaktus su žyma</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>The contacts of the current search</source>
        <translation>Dabartinės paieškos kontaktus</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>Everyone in the book</source>
        <translation>Visus knygos kontaktus</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121"/>
        <source>vCard 3.0 (most programs)</source>
        <translation>vCard 3.0 (daugumai programų)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>CSV for Google Contacts</source>
        <translation>CSV, skirtas „Google“ kontaktams</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>CSV for Outlook</source>
        <translation>CSV, skirtas „Outlook“</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="128"/>
        <source>Format:</source>
        <translation>Formatas:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="129"/>
        <source>One file per contact (into a folder)</source>
        <translation>Kiekvienas kontaktas atskirame faile (į aplanką)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="135"/>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139"/>
        <source>Save to:</source>
        <translation>Įrašyti į:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Export into folder</source>
        <translation>Eksportuoti į aplanką</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="235"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Eksportuotas %n kontaktas į %1.</numerusform>
            <numerusform>Eksportuoti %n kontaktai į %1.</numerusform>
            <numerusform>Eksportuota %n kontaktų į %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="238"/>
        <source>%n value(s) could not be written validly and were left out:</source>
        <translation>
            <numerusform>Praleistos reikšmės, kurių nepavyko tinkamai įrašyti (%n):</numerusform>
            <numerusform>Praleistos reikšmės, kurių nepavyko tinkamai įrašyti (%n):</numerusform>
            <numerusform>Praleistos reikšmės, kurių nepavyko tinkamai įrašyti (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248"/>
        <source>%1 (contact %2): %3</source>
        <translation>%1 (kontaktas %2): %3</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="259"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksportas atšauktas; failas neįrašytas.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>The export failed: %1</source>
        <translation>Eksportas nepavyko: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="37"/>
        <source>Welcome to Rolodex</source>
        <translation>Sveiki atvykę į Rolodex</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="41"/>
        <source>Which country are you in? Rolodex uses it for phone numbers typed without a country code, for the paper size and label sheet, and as your country on address labels. You can change it later in Preferences.</source>
        <translation>Kurioje šalyje esate? Rolodex pagal ją atpažįsta telefono numerius be šalies kodo, parenka popieriaus dydį ir etikečių lapą, o adresų etiketėse nurodo ją kaip jūsų šalį. Vėliau tai galėsite pakeisti nuostatose.</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="51"/>
        <source>Choose your country…</source>
        <translation>Pasirinkite šalį…</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="54"/>
        <source>&amp;Country:</source>
        <translation>Ša&amp;lis:</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="60"/>
        <source>&amp;Later</source>
        <translation>&amp;Vėliau</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="91"/>
        <source>Cannot save your settings: %1</source>
        <translation>Nepavyksta įrašyti nuostatų: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Edit follow-up</source>
        <translation>Keisti priminimą</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Schedule a follow-up</source>
        <translation>Suplanuoti priminimą</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="66"/>
        <source>At a time</source>
        <translation>Nurodytu laiku</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="73"/>
        <source>&amp;Due:</source>
        <translation>&amp;Terminas:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="77"/>
        <source>&amp;Subject:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="80"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Pastabos:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>Normal</source>
        <translation>Įprastas</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>High</source>
        <translation>Aukštas</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="83"/>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;oritetas:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="85"/>
        <source>&amp;Repeat:</source>
        <translation>Ka&amp;rtoti:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="107"/>
        <source>Assigned to</source>
        <translation>Priskirta</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="110"/>
        <source>Me ({name})</source>
        <translation>Aš ({name})</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="114"/>
        <source>Assigned &amp;to:</source>
        <translation>Pris&amp;kirta:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="121"/>
        <source>Nobody</source>
        <translation>Niekas</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="128"/>
        <source>Does not repeat</source>
        <translation>Nekartoti</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="129"/>
        <source>Daily</source>
        <translation>Kasdien</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="130"/>
        <source>Weekly</source>
        <translation>Kas savaitę</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="131"/>
        <source>Monthly</source>
        <translation>Kas mėnesį</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="132"/>
        <source>Yearly</source>
        <translation>Kasmet</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="136"/>
        <source>every </source>
        <translation>kas </translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../timeline/followups.py" line="90"/>
        <source>Open follow-ups</source>
        <translation>Neatlikti priminimai</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="94"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Atlikta</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="95"/>
        <source>Mark the selected follow-up done (Ctrl+Z undoes)</source>
        <translation>Pažymėti pasirinktą priminimą kaip atliktą (Ctrl+Z atšaukia)</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="97"/>
        <source>Follow-&amp;up…</source>
        <translation>Pri&amp;minimas…</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="98"/>
        <source>Schedule a follow-up for this contact</source>
        <translation>Suplanuoti priminimą šiam kontaktui</translation>
    </message>
    <message numerus="yes">
        <location filename="../timeline/followups.py" line="116"/>
        <source>Open follow-ups: %n</source>
        <translation>
            <numerusform>Neatlikti priminimai: %n</numerusform>
            <numerusform>Neatlikti priminimai: %n</numerusform>
            <numerusform>Neatlikti priminimai: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../timeline/followups.py" line="62"/>
        <source>(no subject)</source>
        <translation>(be temos)</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <location filename="../duplicates/models.py" line="156"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="157"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="158"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="159"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="160"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="161"/>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../importing/dialog.py" line="79"/>
        <location filename="../importing/dialog.py" line="153"/>
        <source>Import contacts</source>
        <translation>Kontaktų importas</translation>
    </message>
    <message>
        <location filename="../pages.py" line="44"/>
        <source>Files to import (vCard .vcf, CSV or Thunderbird LDIF .ldif):</source>
        <translation>Importuojami failai (vCard .vcf, CSV arba Thunderbird LDIF .ldif):</translation>
    </message>
    <message>
        <location filename="../pages.py" line="49"/>
        <source>Add files…</source>
        <translation>Pridėti failų…</translation>
    </message>
    <message>
        <location filename="../pages.py" line="51"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../pages.py" line="67"/>
        <source>The first contacts it will create:</source>
        <translation>Pirmieji kontaktai, kurie bus sukurti:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="80"/>
        <source>Cards that match a contact already in the book:</source>
        <translation>Kortelės, atitinkančios knygoje jau esantį kontaktą:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="83"/>
        <source>Merge those with the same email, phone or UID; add those sharing only a name and company as new contacts, marked for review (recommended)</source>
        <translation>Sujungti tuos, kurių sutampa el. paštas, telefonas ar UID; tuos, kurių sutampa tik vardas ir įmonė, pridėti kaip naujus kontaktus, pažymėtus peržiūrai (rekomenduojama)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="87"/>
        <source>Skip them</source>
        <translation>Praleisti</translation>
    </message>
    <message>
        <location filename="../pages.py" line="88"/>
        <source>Merge them into the existing contact (adds what is new, never overwrites)</source>
        <translation>Sujungti su esamu kontaktu (pridedama tai, kas nauja, niekas neperrašoma)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="89"/>
        <source>Add them as new contacts</source>
        <translation>Pridėti kaip naujus kontaktus</translation>
    </message>
    <message>
        <location filename="../pages.py" line="101"/>
        <source>Importing… Cancel leaves the book as it was.</source>
        <translation>Importuojama… Atšaukus knyga liks tokia, kokia buvo.</translation>
    </message>
    <message>
        <location filename="../pages.py" line="116"/>
        <source>Open report</source>
        <translation>Atverti ataskaitą</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="105"/>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="106"/>
        <source>Next</source>
        <translation>Toliau</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="107"/>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="109"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="155"/>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;All files (*)</source>
        <translation>Kontaktai (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="213"/>
        <source>Reading the files…</source>
        <translation>Skaitomi failai…</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="233"/>
        <source>New: %1    Matching a contact: %2    Unreadable: %3</source>
        <translation>Nauji: %1    Atitinka kontaktą: %2    Neperskaitomi: %3</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="275"/>
        <source>Imported: %1    Merged: %2    Skipped: %3    Unreadable: %4    With a problem: %5</source>
        <translation>Importuota: %1    Sujungta: %2    Praleista: %3    Neperskaitoma: %4    Su problemomis: %5</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="285"/>
        <source>Nothing was imported or merged: every card was already in the book.</source>
        <translation>Nieko neimportuota ir nesujungta: visos kortelės jau buvo knygoje.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="290"/>
        <source>The report was saved to %1</source>
        <translation>Ataskaita įrašyta į %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="299"/>
        <source>Reading was cancelled.</source>
        <translation>Skaitymas atšauktas.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="303"/>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation>Importas atšauktas; knyga nepakeista.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="310"/>
        <source>The import failed: %1</source>
        <translation>Importas nepavyko: %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="311"/>
        <source>Nothing was changed.</source>
        <translation>Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../models.py" line="180"/>
        <source>(no name)</source>
        <translation>(be vardo)</translation>
    </message>
    <message>
        <location filename="../models.py" line="182"/>
        <source>a card earlier in this import</source>
        <translation>ankstesnė šio importo kortelė</translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>%1 matches %2 (%3)</source>
        <translation>%1 atitinka %2 (%3)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="11"/>
        <location filename="../../importers/csv_mapping.py" line="61"/>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="12"/>
        <location filename="../../importers/csv_mapping.py" line="62"/>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="13"/>
        <location filename="../../importers/csv_mapping.py" line="63"/>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="14"/>
        <location filename="../../importers/csv_mapping.py" line="64"/>
        <source>Name prefix (Dr., Mrs.)</source>
        <translation>Kreipinys (dr., p.)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="15"/>
        <location filename="../../importers/csv_mapping.py" line="65"/>
        <source>Name suffix (Jr.)</source>
        <translation>Priesaga (jaun.)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="16"/>
        <location filename="../../importers/csv_mapping.py" line="66"/>
        <source>Nickname</source>
        <translation>Slapyvardis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="17"/>
        <location filename="../../importers/csv_mapping.py" line="67"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="18"/>
        <location filename="../../importers/csv_mapping.py" line="68"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="19"/>
        <location filename="../../importers/csv_mapping.py" line="69"/>
        <source>Department</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="20"/>
        <location filename="../../importers/csv_mapping.py" line="70"/>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="21"/>
        <location filename="../../importers/csv_mapping.py" line="71"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="22"/>
        <location filename="../../importers/csv_mapping.py" line="72"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="23"/>
        <location filename="../../importers/csv_mapping.py" line="73"/>
        <source>Email (home)</source>
        <translation>El. paštas (namų)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="24"/>
        <location filename="../../importers/csv_mapping.py" line="74"/>
        <source>Email (work)</source>
        <translation>El. paštas (darbo)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="25"/>
        <location filename="../../importers/csv_mapping.py" line="75"/>
        <source>Email (other)</source>
        <translation>El. paštas (kitas)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="26"/>
        <location filename="../../importers/csv_mapping.py" line="76"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="27"/>
        <location filename="../../importers/csv_mapping.py" line="77"/>
        <source>Phone (mobile)</source>
        <translation>Telefonas (mobilusis)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="28"/>
        <location filename="../../importers/csv_mapping.py" line="78"/>
        <source>Phone (home)</source>
        <translation>Telefonas (namų)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="29"/>
        <location filename="../../importers/csv_mapping.py" line="79"/>
        <source>Phone (work)</source>
        <translation>Telefonas (darbo)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="30"/>
        <location filename="../../importers/csv_mapping.py" line="80"/>
        <source>Fax</source>
        <translation>Faksas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="31"/>
        <location filename="../../importers/csv_mapping.py" line="81"/>
        <source>Pager</source>
        <translation>Pranešimų gaviklis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="32"/>
        <location filename="../../importers/csv_mapping.py" line="82"/>
        <source>Phone (other)</source>
        <translation>Telefonas (kitas)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="33"/>
        <location filename="../../importers/csv_mapping.py" line="83"/>
        <source>Street</source>
        <translation>Gatvė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="34"/>
        <location filename="../../importers/csv_mapping.py" line="84"/>
        <source>Street, second line</source>
        <translation>Adreso antra eilutė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="35"/>
        <location filename="../../importers/csv_mapping.py" line="85"/>
        <source>PO box</source>
        <translation>Pašto dėžutė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="36"/>
        <location filename="../../importers/csv_mapping.py" line="86"/>
        <source>City</source>
        <translation>Miestas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="37"/>
        <location filename="../../importers/csv_mapping.py" line="87"/>
        <source>State or region</source>
        <translation>Apskritis arba regionas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="38"/>
        <location filename="../../importers/csv_mapping.py" line="88"/>
        <source>Postal code</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="39"/>
        <location filename="../../importers/csv_mapping.py" line="89"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="40"/>
        <location filename="../../importers/csv_mapping.py" line="90"/>
        <source>Home street</source>
        <translation>Namų gatvė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="41"/>
        <location filename="../../importers/csv_mapping.py" line="91"/>
        <source>Home street, second line</source>
        <translation>Namų adreso antra eilutė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="42"/>
        <location filename="../../importers/csv_mapping.py" line="92"/>
        <source>Home city</source>
        <translation>Namų miestas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="43"/>
        <location filename="../../importers/csv_mapping.py" line="93"/>
        <source>Home state or region</source>
        <translation>Namų apskritis ar regionas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="44"/>
        <location filename="../../importers/csv_mapping.py" line="94"/>
        <source>Home postal code</source>
        <translation>Namų pašto kodas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="45"/>
        <location filename="../../importers/csv_mapping.py" line="95"/>
        <source>Home country</source>
        <translation>Namų šalis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="46"/>
        <location filename="../../importers/csv_mapping.py" line="96"/>
        <source>Work street</source>
        <translation>Darbo gatvė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="47"/>
        <location filename="../../importers/csv_mapping.py" line="97"/>
        <source>Work street, second line</source>
        <translation>Darbo adreso antra eilutė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="48"/>
        <location filename="../../importers/csv_mapping.py" line="98"/>
        <source>Work city</source>
        <translation>Darbo miestas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="49"/>
        <location filename="../../importers/csv_mapping.py" line="99"/>
        <source>Work state or region</source>
        <translation>Darbo apskritis ar regionas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="50"/>
        <location filename="../../importers/csv_mapping.py" line="100"/>
        <source>Work postal code</source>
        <translation>Darbo pašto kodas</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="51"/>
        <location filename="../../importers/csv_mapping.py" line="101"/>
        <source>Work country</source>
        <translation>Darbo šalis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="52"/>
        <location filename="../../importers/csv_mapping.py" line="102"/>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="53"/>
        <location filename="../../importers/csv_mapping.py" line="103"/>
        <source>Instant messaging</source>
        <translation>Pokalbių programos</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="54"/>
        <location filename="../../importers/csv_mapping.py" line="104"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="55"/>
        <location filename="../../importers/csv_mapping.py" line="105"/>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="56"/>
        <location filename="../../importers/csv_mapping.py" line="106"/>
        <source>Anniversary</source>
        <translation>Sukaktis</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="57"/>
        <location filename="../../importers/csv_mapping.py" line="107"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="58"/>
        <location filename="../../importers/csv_mapping.py" line="108"/>
        <source>Do not import</source>
        <translation>Neimportuoti</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../importing/history_dialog.py" line="103"/>
        <source>Import history</source>
        <translation>Importavimo istorija</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="121"/>
        <location filename="../importing/history_dialog.py" line="163"/>
        <source>Undo import</source>
        <translation>Atšaukti importą</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="134"/>
        <source>Nothing has been imported yet.</source>
        <translation>Dar nieko neimportuota.</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="150"/>
        <source>Undo this import?</source>
        <translation>Atšaukti šį importą?</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="152"/>
        <source>The %n contact(s) it added go to the Trash.</source>
        <translation>
            <numerusform>Pridėtas %n kontaktas bus perkeltas į šiukšlinę.</numerusform>
            <numerusform>Pridėti %n kontaktai bus perkelti į šiukšlinę.</numerusform>
            <numerusform>Pridėta %n kontaktų bus perkelta į šiukšlinę.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="156"/>
        <source>What it added to the %n contact(s) it merged into is taken out.</source>
        <translation>
            <numerusform>Tai, kas buvo pridėta prie %n sujungto kontakto, bus pašalinta.</numerusform>
            <numerusform>Tai, kas buvo pridėta prie %n sujungtų kontaktų, bus pašalinta.</numerusform>
            <numerusform>Tai, kas buvo pridėta prie %n sujungtų kontaktų, bus pašalinta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="161"/>
        <source>Whatever you have changed since is kept.</source>
        <translation>Tai, ką nuo to laiko pakeitėte, išliks.</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="182"/>
        <source>The import was undone: %n contact(s) moved to the Trash</source>
        <translation>
            <numerusform>Importas atšauktas: %n kontaktas perkeltas į šiukšlinę</numerusform>
            <numerusform>Importas atšauktas: %n kontaktai perkelti į šiukšlinę</numerusform>
            <numerusform>Importas atšauktas: %n kontaktų perkelta į šiukšlinę</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="183"/>
        <source>, %n merged contact(s) changed back.</source>
        <translation>
            <numerusform>, %n sujungtas kontaktas atkurtas.</numerusform>
            <numerusform>, %n sujungti kontaktai atkurti.</numerusform>
            <numerusform>, %n sujungtų kontaktų atkurta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="187"/>
        <source>%n contact(s) you have edited since were kept.</source>
        <translation>
            <numerusform>Išsaugotas %n kontaktas, kurį nuo to laiko keitėte.</numerusform>
            <numerusform>Išsaugoti %n kontaktai, kuriuos nuo to laiko keitėte.</numerusform>
            <numerusform>Išsaugota %n kontaktų, kuriuos nuo to laiko keitėte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="192"/>
        <source>%n merged contact(s) keep values you have changed since.</source>
        <translation>
            <numerusform>%n sujungtas kontaktas išlaiko reikšmes, kurias nuo to laiko pakeitėte.</numerusform>
            <numerusform>%n sujungti kontaktai išlaiko reikšmes, kurias nuo to laiko pakeitėte.</numerusform>
            <numerusform>%n sujungtų kontaktų išlaiko reikšmes, kurias nuo to laiko pakeitėte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="200"/>
        <source>%n company(s) still in use or edited since were kept.</source>
        <translation>
            <numerusform>Išsaugota %n įmonė, kuri dar naudojama arba nuo to laiko keista.</numerusform>
            <numerusform>Išsaugotos %n įmonės, kurios dar naudojamos arba nuo to laiko keistos.</numerusform>
            <numerusform>Išsaugota %n įmonių, kurios dar naudojamos arba nuo to laiko keistos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="166"/>
        <source>Undoing…</source>
        <translation>Atšaukiama…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../importing/history_dialog.py" line="62"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="63"/>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="64"/>
        <location filename="../importing/history_dialog.py" line="88"/>
        <source>Imported</source>
        <translation>Importuota</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="65"/>
        <source>Merged</source>
        <translation>Sujungta</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="66"/>
        <source>Skipped</source>
        <translation>Praleista</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="67"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="87"/>
        <source>Undone %1</source>
        <translation>Atšaukta %1</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="23"/>
        <source>Matching a contact on name and company only: %n card(s), to be added as new contacts marked as possible duplicates.</source>
        <translation>
            <numerusform>Su kontaktu sutampa tik vardu ir įmone: %n kortelė; ji bus pridėta kaip naujas kontaktas, pažymėtas kaip galimas dublikatas.</numerusform>
            <numerusform>Su kontaktu sutampa tik vardu ir įmone: %n kortelės; jos bus pridėtos kaip nauji kontaktai, pažymėti kaip galimi dublikatai.</numerusform>
            <numerusform>Su kontaktu sutampa tik vardu ir įmone: %n kortelių; jos bus pridėtos kaip nauji kontaktai, pažymėti kaip galimi dublikatai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="35"/>
        <source>Added as new contacts, to review in Find duplicates: %n card(s) matching a contact on name and company only.</source>
        <translation>
            <numerusform>Pridėta kaip naujas kontaktas, peržiūrėkite per „Ieškoti dublikatų“: %n kortelė, su kontaktu sutampanti tik vardu ir įmone.</numerusform>
            <numerusform>Pridėta kaip nauji kontaktai, peržiūrėkite per „Ieškoti dublikatų“: %n kortelės, su kontaktu sutampančios tik vardu ir įmone.</numerusform>
            <numerusform>Pridėta kaip nauji kontaktai, peržiūrėkite per „Ieškoti dublikatų“: %n kortelių, su kontaktu sutampančių tik vardu ir įmone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/notes.py" line="47"/>
        <source>No new backup was needed: the book has not changed since the backup of %1.</source>
        <translation>Naujos atsarginės kopijos nereikėjo: knyga nepasikeitė nuo %1 kopijos.</translation>
    </message>
</context>
<context>
    <name>LabelOptionsForm</name>
    <message>
        <location filename="../labels/form.py" line="40"/>
        <source>Label sheet</source>
        <translation>Etikečių lapas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="43"/>
        <source>Person (with company)</source>
        <translation>Asmuo (su įmone)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="44"/>
        <source>Company, “Attn:” person</source>
        <translation>Įmonė, „Kam:“ asmuo</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="45"/>
        <source>Company only</source>
        <translation>Tik įmonė</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="48"/>
        <source>Addressee</source>
        <translation>Gavėjas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="51"/>
        <source>Preferred address</source>
        <translation>Pagrindinis adresas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="52"/>
        <source>Work</source>
        <translation>Darbo</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="53"/>
        <source>Home</source>
        <translation>Namų</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="56"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="59"/>
        <source>As listed</source>
        <translation>Kaip sąraše</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="60"/>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="61"/>
        <source>Postal code</source>
        <translation>Pašto kodas</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="64"/>
        <source>Order</source>
        <translation>Tvarka</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="66"/>
        <source>Copies per contact</source>
        <translation>Kopijų kontaktui</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="68"/>
        <source>Start at label</source>
        <translation>Pradėti nuo etiketės</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="69"/>
        <source>Draw label outlines</source>
        <translation>Brėžti etikečių kontūrus</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="74"/>
        <source>e.g. NO</source>
        <translation>pvz., LT</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="76"/>
        <source>Your country (not printed)</source>
        <translation>Jūsų šalis (nespausdinama)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="78"/>
        <source>Printer offset right (mm)</source>
        <translation>Poslinkis į dešinę (mm)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="79"/>
        <source>Printer offset down (mm)</source>
        <translation>Poslinkis žemyn (mm)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="83"/>
        <source>Return address (envelopes)</source>
        <translation>Atgalinis adresas (vokams)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="135"/>
        <source>Attn:</source>
        <translation>Kam:</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../labels/dialog.py" line="70"/>
        <source>Print labels</source>
        <translation>Spausdinti etiketes</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="94"/>
        <source>Custom sheet…</source>
        <translation>Savas lapas…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="95"/>
        <source>Calibration page…</source>
        <translation>Kalibravimo lapas…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="96"/>
        <source>Save PDF…</source>
        <translation>Įrašyti PDF…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="97"/>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="98"/>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="125"/>
        <source>Skipped label sheet files:</source>
        <translation>Praleisti etikečių lapų failai:</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <source>Save labels</source>
        <translation>Įrašyti etiketes</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <location filename="../labels/dialog.py" line="179"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="179"/>
        <source>Save calibration page</source>
        <translation>Įrašyti kalibravimo lapą</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="189"/>
        <source>Print this page at 100 % and compare it with a label sheet.</source>
        <translation>Išspausdinkite šį lapą 100 % mastelio ir palyginkite su etikečių lapu.</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="232"/>
        <source>Left out: %1</source>
        <translation>Neįtraukta: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="233"/>
        <source> and %1 more</source>
        <translation> ir dar %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="186"/>
        <location filename="../labels/dialog.py" line="255"/>
        <source>Could not finish: %1</source>
        <translation>Nepavyko baigti: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="225"/>
        <source>{labels} on {pages}.</source>
        <translation>{labels}, {pages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="226"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etiketė</numerusform>
            <numerusform>%n etiketės</numerusform>
            <numerusform>%n etikečių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="227"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n lapas</numerusform>
            <numerusform>%n lapai</numerusform>
            <numerusform>%n lapų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="239"/>
        <source>do not mail</source>
        <translation>nesiųsti laiškų</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="240"/>
        <source>no usable address</source>
        <translation>nėra tinkamo adreso</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="241"/>
        <source>address too long for the label</source>
        <translation>adresas per ilgas etiketei</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="247"/>
        <source>characters the label font cannot print: %1</source>
        <translation>simboliai, kurių etiketės šriftas negali išspausdinti: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="260"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Atšaukta; niekas neįrašyta.</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../contacts/list_actions.py" line="35"/>
        <source>&amp;Open</source>
        <translation>A&amp;tverti</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="36"/>
        <source>&amp;Log activity…</source>
        <translation>Registruoti &amp;veiklą…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="37"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Suplanuoti &amp;priminimą…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="38"/>
        <source>&amp;Add tag…</source>
        <translation>Pridėti ž&amp;ymą…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="40"/>
        <source>&amp;Remove tag…</source>
        <translation>Ša&amp;linti žymą…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="42"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="43"/>
        <source>Print la&amp;bels…</source>
        <translation>Spa&amp;usdinti etiketes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="78"/>
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>Pažymėtas %n kontaktas</numerusform>
            <numerusform>Pažymėti %n kontaktai</numerusform>
            <numerusform>Pažymėta %n kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation>&amp;Rodyti</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="134"/>
        <source>&amp;Export these contacts…</source>
        <translation>&amp;Eksportuoti šiuos kontaktus…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="135"/>
        <source>Print &amp;labels for these contacts…</source>
        <translation>Spa&amp;usdinti šių kontaktų etiketes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="176"/>
        <source>Add tag “{tag}” to %n contact(s)</source>
        <translation>
            <numerusform>Pridėti žymą „{tag}“ %n kontaktui</numerusform>
            <numerusform>Pridėti žymą „{tag}“ %n kontaktams</numerusform>
            <numerusform>Pridėti žymą „{tag}“ %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="178"/>
        <source>Remove tag “{tag}” from %n contact(s)</source>
        <translation>
            <numerusform>Pašalinti žymą „{tag}“ iš %n kontakto</numerusform>
            <numerusform>Pašalinti žymą „{tag}“ iš %n kontaktų</numerusform>
            <numerusform>Pašalinti žymą „{tag}“ iš %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="188"/>
        <source>Tagged %n contact(s) “{tag}”.</source>
        <translation>
            <numerusform>Žyma „{tag}“ pridėta %n kontaktui.</numerusform>
            <numerusform>Žyma „{tag}“ pridėta %n kontaktams.</numerusform>
            <numerusform>Žyma „{tag}“ pridėta %n kontaktų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="190"/>
        <source>Took “{tag}” off %n contact(s).</source>
        <translation>
            <numerusform>Žyma „{tag}“ pašalinta iš %n kontakto.</numerusform>
            <numerusform>Žyma „{tag}“ pašalinta iš %n kontaktų.</numerusform>
            <numerusform>Žyma „{tag}“ pašalinta iš %n kontaktų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="206"/>
        <source>The selected contacts have no tags.</source>
        <translation>Pažymėti kontaktai neturi žymų.</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Add tag</source>
        <translation>Pridėti žymą</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Remove tag</source>
        <translation>Šalinti žymą</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="212"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Žyma, kurią pridėti %n kontaktui:</numerusform>
            <numerusform>Žyma, kurią pridėti %n kontaktams:</numerusform>
            <numerusform>Žyma, kurią pridėti %n kontaktų:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="214"/>
        <source>Tag to take off %n contact(s):</source>
        <translation>
            <numerusform>Žyma, kurią pašalinti iš %n kontakto:</numerusform>
            <numerusform>Žyma, kurią pašalinti iš %n kontaktų:</numerusform>
            <numerusform>Žyma, kurią pašalinti iš %n kontaktų:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="231"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktas</numerusform>
            <numerusform>%n kontaktai</numerusform>
            <numerusform>%n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="258"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Registruoti veiklą %n kontaktui</numerusform>
            <numerusform>Registruoti veiklą %n kontaktams</numerusform>
            <numerusform>Registruoti veiklą %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="260"/>
        <source>Schedule a follow-up for %n contact(s)</source>
        <translation>
            <numerusform>Suplanuoti priminimą %n kontaktui</numerusform>
            <numerusform>Suplanuoti priminimą %n kontaktams</numerusform>
            <numerusform>Suplanuoti priminimą %n kontaktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Log</source>
        <translation>Žurnalas</translation>
    </message>
    <message>
        <location filename="../help.py" line="79"/>
        <source>Nothing has been logged yet.</source>
        <translation>Žurnale dar nieko nėra.</translation>
    </message>
    <message>
        <location filename="../help.py" line="82"/>
        <source>Open the file</source>
        <translation>Atverti failą</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window/window.py" line="72"/>
        <source>Rolodex</source>
        <translation>Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="112"/>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation>Ieškoti vardų, įmonių, el. paštų, telefonų… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="114"/>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="129"/>
        <source>Details</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="151"/>
        <source>Groups</source>
        <translation>Grupės</translation>
    </message>
    <message>
        <location filename="../contacts/table_view.py" line="18"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="264"/>
        <source>Nothing was changed</source>
        <translation>Niekas nepakeista</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="269"/>
        <source>Saved.</source>
        <translation>Išsaugota.</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="281"/>
        <source>Moved %n contact(s) to the Trash. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>%n kontaktas perkeltas į šiukšlinę. Ctrl+Z atšaukia.</numerusform>
            <numerusform>%n kontaktai perkelti į šiukšlinę. Ctrl+Z atšaukia.</numerusform>
            <numerusform>%n kontaktų perkelta į šiukšlinę. Ctrl+Z atšaukia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="366"/>
        <source>%n contact(s) match “{query}”</source>
        <translation>
            <numerusform>„{query}“ atitinka %n kontaktas</numerusform>
            <numerusform>„{query}“ atitinka %n kontaktai</numerusform>
            <numerusform>„{query}“ atitinka %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="369"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>Šiukšlinėje %n kontaktas</numerusform>
            <numerusform>Šiukšlinėje %n kontaktai</numerusform>
            <numerusform>Šiukšlinėje %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="371"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktas</numerusform>
            <numerusform>%n kontaktai</numerusform>
            <numerusform>%n kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../features.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <location filename="../features.py" line="91"/>
        <source>About Rolodex</source>
        <translation>Apie Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="42"/>
        <source>Rolodex {version}
A contact book and small-office CRM.</source>
        <translation>Rolodex {version}
Kontaktų knyga ir CRM nedideliam biurui.</translation>
    </message>
    <message>
        <location filename="../menus.py" line="55"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuoti…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="68"/>
        <source>Import &amp;history…</source>
        <translation>Importavimo is&amp;torija…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="71"/>
        <source>Print &amp;labels…</source>
        <translation>Spa&amp;usdinti etiketes…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Atsarginės kopijos…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>&amp;Today</source>
        <translation>Ši&amp;andien</translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Not available in this version yet</source>
        <translation>Šioje versijoje dar negalima</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>&amp;New contact</source>
        <translation>&amp;Naujas kontaktas</translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>Ša&amp;linti</translation>
    </message>
    <message>
        <location filename="../menus.py" line="74"/>
        <source>Find duplicate&amp;s…</source>
        <translation>Ieškoti &amp;dublikatų…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>En&amp;cryption…</source>
        <translation>Ši&amp;fravimas…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>Res&amp;tore from Trash</source>
        <translation>Atk&amp;urti iš šiukšlinės</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Ieškoti</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>&amp;Companies…</source>
        <translation>Į&amp;monės…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>T&amp;rash</source>
        <translation>Šiukš&amp;linė</translation>
    </message>
    <message>
        <location filename="../menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../menus.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <location filename="../menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Perdaryti</translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Rodymas</translation>
    </message>
    <message>
        <location filename="../menus.py" line="132"/>
        <source>&amp;Help</source>
        <translation>Ž&amp;inynas</translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Spartieji klavišai</translation>
    </message>
    <message>
        <location filename="../menus.py" line="134"/>
        <source>Show &amp;log</source>
        <translation>Rodyti žurna&amp;lą</translation>
    </message>
    <message>
        <location filename="../menus.py" line="135"/>
        <source>&amp;About Rolodex</source>
        <translation>&amp;Apie Rolodex</translation>
    </message>
    <message>
        <location filename="../menu.py" line="23"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pardavimų piltuvas</translation>
    </message>
    <message>
        <location filename="../menu.py" line="26"/>
        <source>Dash&amp;board</source>
        <translation>Su&amp;vestinė</translation>
    </message>
    <message>
        <location filename="../menu.py" line="29"/>
        <source>Ca&amp;mpaigns</source>
        <translation>&amp;Kampanijos</translation>
    </message>
    <message>
        <location filename="../menu.py" line="31"/>
        <source>New d&amp;eal for this contact…</source>
        <translation>Naujas &amp;sandoris šiam kontaktui…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Column</source>
        <translation>Stulpelis</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Examples</source>
        <translation>Pavyzdžiai</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Import as</source>
        <translation>Importuoti kaip</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="94"/>
        <source>Column %1</source>
        <translation>Stulpelis %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importing/mapping.py" line="88"/>
        <source>The first row holds column names</source>
        <translation>Pirmoje eilutėje – stulpelių pavadinimai</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="108"/>
        <source>What does each column of %1 hold?</source>
        <translation>Ką reiškia kiekvienas %1 stulpelis?</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="173"/>
        <source>Choose what at least one column holds.</source>
        <translation>Nurodykite bent vieno stulpelio turinį.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../contacts/merge_dialog.py" line="129"/>
        <location filename="../contacts/merge_dialog.py" line="240"/>
        <source>Merge contacts</source>
        <translation>Kontaktų sujungimas</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="136"/>
        <source>Choose what the merged contact keeps.</source>
        <translation>Pasirinkite, ką išsaugoti sujungtame kontakte.</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="143"/>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="159"/>
        <source>Main record</source>
        <translation>Pagrindinis įrašas</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="161"/>
        <source>(no name)</source>
        <translation>(be vardo)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="194"/>
        <source>(no photo)</source>
        <translation>(be nuotraukos)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="195"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="199"/>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="204"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n el. pašto adresas</numerusform>
            <numerusform>%n el. pašto adresai</numerusform>
            <numerusform>%n el. pašto adresų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="205"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefono numeris</numerusform>
            <numerusform>%n telefono numeriai</numerusform>
            <numerusform>%n telefono numerių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="206"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresas</numerusform>
            <numerusform>%n adresai</numerusform>
            <numerusform>%n adresų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="207"/>
        <source>%n website(s)</source>
        <translation>
            <numerusform>%n svetainė</numerusform>
            <numerusform>%n svetainės</numerusform>
            <numerusform>%n svetainių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="208"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n žyma</numerusform>
            <numerusform>%n žymos</numerusform>
            <numerusform>%n žymų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="210"/>
        <source>All of these are kept:</source>
        <translation>Visa tai išsaugoma:</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="212"/>
        <source>Activities and follow-ups move to the main record; the others go to the Trash.</source>
        <translation>Veiklos ir priminimai perkeliami į pagrindinį įrašą; kiti įrašai keliauja į šiukšlinę.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="59"/>
        <source>Name prefix</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="60"/>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="61"/>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="63"/>
        <source>Name suffix</source>
        <translation>Priesaga</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="64"/>
        <source>Display name</source>
        <translation>Rodomas vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="65"/>
        <source>Nickname</source>
        <translation>Slapyvardis</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="66"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="67"/>
        <source>Department</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="68"/>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="69"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="70"/>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="71"/>
        <source>Anniversary</source>
        <translation>Sukaktis</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="73"/>
        <source>Photo</source>
        <translation>Nuotrauka</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="74"/>
        <source>Do not mail</source>
        <translation>Nesiųsti pašto</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="75"/>
        <source>Identifier (UID)</source>
        <translation>Identifikatorius (UID)</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="76"/>
        <source>Revision</source>
        <translation>Versija</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="84"/>
        <source>Merge %n contact(s)</source>
        <translation>
            <numerusform>Sujungti %n kontaktą</numerusform>
            <numerusform>Sujungti %n kontaktus</numerusform>
            <numerusform>Sujungti %n kontaktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <location filename="../name_order.py" line="27"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Rikiuoti pagal</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Given Family</source>
        <translation>&amp;Vardas Pavardė</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Family, Given</source>
        <translation>&amp;Pavardė, vardas</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="57"/>
        <source>Sorting every name…</source>
        <translation>Rikiuojami visi vardai…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="39"/>
        <source>Encrypted contact book</source>
        <translation>Užšifruota kontaktų knyga</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="41"/>
        <source>The contact book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>Kontaktų knyga „%1“ užšifruota. Norėdami ją atverti, įveskite slaptafrazę.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="48"/>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="69"/>
        <source>Please type the passphrase.</source>
        <translation>Įveskite slaptafrazę.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="76"/>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Neteisinga slaptafrazė. Bandykite dar kartą.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Email</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../contact_editor/photo.py" line="107"/>
        <source>Photo…</source>
        <translation>Nuotrauka…</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="109"/>
        <source>Choose a photo from a file</source>
        <translation>Pasirinkti nuotrauką iš failo</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="113"/>
        <location filename="../contact_editor/photo.py" line="115"/>
        <source>Remove the photo</source>
        <translation>Pašalinti nuotrauką</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="154"/>
        <source>Choose a photo</source>
        <translation>Nuotraukos pasirinkimas</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Paveikslai (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="168"/>
        <source>Cannot use this photo</source>
        <translation>Šios nuotraukos naudoti negalima</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="170"/>
        <source>“{name}” is not an image Rolodex can read: the file may be damaged or in an unsupported format.

Details: {details}</source>
        <translation>„{name}“ nėra paveikslas, kurį Rolodex galėtų perskaityti: failas gali būti sugadintas arba nepalaikomo formato.

Išsamiau: {details}</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../board.py" line="132"/>
        <source>+ %1 in %2 (not converted)</source>
        <translation>+ %1 %2 valiuta (neperskaičiuota)</translation>
    </message>
    <message>
        <location filename="../board.py" line="146"/>
        <source>Pipeline</source>
        <translation>Pardavimų piltuvas</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Atsakingas:</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Close month:</source>
        <translation>&amp;Uždarymo mėnuo:</translation>
    </message>
    <message>
        <location filename="../board.py" line="158"/>
        <source>T&amp;ag:</source>
        <translation>Ž&amp;ymė:</translation>
    </message>
    <message>
        <location filename="../board.py" line="165"/>
        <source>&amp;New deal…</source>
        <translation>&amp;Naujas sandoris…</translation>
    </message>
    <message>
        <location filename="../board.py" line="177"/>
        <source>Drag a card to another stage, or press Ctrl+Right / Ctrl+Left. Enter or a double-click opens the deal.</source>
        <translation>Nuvilkite kortelę į kitą etapą arba spauskite Ctrl+Dešinėn / Ctrl+Kairėn. Enter arba dvigubas spustelėjimas atveria sandorį.</translation>
    </message>
    <message>
        <location filename="../board.py" line="148"/>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../board.py" line="149"/>
        <source>Any month</source>
        <translation>Bet kuris mėnuo</translation>
    </message>
    <message>
        <location filename="../board.py" line="150"/>
        <source>Any tag</source>
        <translation>Bet kuri žymė</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="138"/>
        <source>This contact book</source>
        <translation>Ši kontaktų knyga</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="151"/>
        <source>Your system does not say; numbers need + and a country code.</source>
        <translation>Jūsų sistema to nenurodo; numeriai turi prasidėti + ir šalies kodu.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="153"/>
        <source>Phone &amp;region for numbers without a country code:</source>
        <translation>&amp;Telefono regionas numeriams be šalies kodo:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="156"/>
        <source>&amp;Sort names by:</source>
        <translation>&amp;Rikiuoti vardus pagal:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="157"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Atsarginių kopijų aplankas:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="164"/>
        <location filename="../defaults_source.py" line="24"/>
        <source>Default: %1</source>
        <translation>Numatyta: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="180"/>
        <source>Default folder</source>
        <translation>Numatytasis aplankas</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="183"/>
        <source>Leave empty to keep backups in the default folder, %1.</source>
        <translation>Palikite tuščią, kad kopijos būtų laikomos numatytajame aplanke %1.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="187"/>
        <source>C&amp;hoose…</source>
        <translation>Pa&amp;sirinkti…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="197"/>
        <source>All your contact books</source>
        <translation>Visos jūsų kontaktų knygos</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="202"/>
        <source>Your settings file cannot be used, so the defaults are shown; OK saves these instead.
%1</source>
        <translation>Jūsų nuostatų failo naudoti negalima, todėl rodomos numatytosios reikšmės; paspaudus „Gerai“ bus įrašytos jos.
%1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="221"/>
        <source>Your system does not say; labels always print the country.</source>
        <translation>Jūsų sistema to nenurodo; etiketėse visada spausdinama šalis.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="223"/>
        <source>Your &amp;country (sender on labels):</source>
        <translation>Jūsų &amp;šalis (siuntėjas etiketėse):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="235"/>
        <source>Your system does not say; A4 is used.</source>
        <translation>Jūsų sistema to nenurodo; naudojamas A4.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="237"/>
        <source>&amp;Paper size (label sheet offered first):</source>
        <translation>&amp;Popieriaus dydis (pirmiausia siūlomas etikečių lapas):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="240"/>
        <source>&amp;Daily backups to keep:</source>
        <translation>Laikyti &amp;dienos kopijų:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="242"/>
        <source>&amp;Weekly backups to keep:</source>
        <translation>Laikyti sa&amp;vaitės kopijų:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="244"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="245"/>
        <source>The language changes the next time Rolodex starts.</source>
        <translation>Kalba pasikeis kitą kartą paleidus Rolodex.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="255"/>
        <source>System default (%1)</source>
        <translation>Sistemos numatytoji (%1)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="269"/>
        <source>US Letter (Avery 5160)</source>
        <translation>US Letter (Avery 5160)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="269"/>
        <source>A4 (Avery L7160)</source>
        <translation>A4 (Avery L7160)</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="281"/>
        <source>Backup folder</source>
        <translation>Atsarginių kopijų aplankas</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="318"/>
        <source>Cannot save your settings: %1</source>
        <translation>Nepavyksta įrašyti nuostatų: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="328"/>
        <source>The backup folder %1 does not exist. Choose another one, or leave the field empty for the default folder.</source>
        <translation>Atsarginių kopijų aplanko %1 nėra. Pasirinkite kitą arba palikite lauką tuščią – bus naudojamas numatytasis aplankas.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="345"/>
        <source>Sorting every name by the new alphabet…</source>
        <translation>Visi vardai rikiuojami pagal naują abėcėlę…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="361"/>
        <source>Names could not be re-sorted: %1</source>
        <translation>Vardų perrikiuoti nepavyko: %1</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="21"/>
        <source>Not set</source>
        <translation>Nenustatyta</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="26"/>
        <source>Default: %1 (chosen)</source>
        <translation>Numatyta: %1 (pasirinkta)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="27"/>
        <source>Default: %1 (from your system)</source>
        <translation>Numatyta: %1 (iš sistemos)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="34"/>
        <source>In force: from your system&apos;s language and region.</source>
        <translation>Taikoma: pagal sistemos kalbą ir regioną.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="37"/>
        <source>In force: chosen by you.</source>
        <translation>Taikoma: jūsų pasirinkta.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="38"/>
        <source>In force: chosen for this contact book.</source>
        <translation>Taikoma: pasirinkta šiai kontaktų knygai.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Card</source>
        <translation>Kortelė</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Found</source>
        <translation>Rasta</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Details</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="167"/>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 eilutė)</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Unreadable</source>
        <translation>Neperskaitoma</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Already in the book</source>
        <translation>Jau yra knygoje</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Sent to</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Response</source>
        <translation>Atsakymas</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../crm/reminders.py" line="36"/>
        <source>Show Today</source>
        <translation>Rodyti „Šiandien“</translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="38"/>
        <source>Dismiss</source>
        <translation>Paslėpti</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message numerus="yes">
        <location filename="../crm/reminders.py" line="91"/>
        <source>You have %n overdue follow-up(s).</source>
        <translation>
            <numerusform>Turite %n pavėluotą priminimą.</numerusform>
            <numerusform>Turite %n pavėluotus priminimus.</numerusform>
            <numerusform>Turite %n pavėluotų priminimų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="126"/>
        <source>Follow-up due: %1</source>
        <translation>Priminimo terminas: %1</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="81"/>
        <source>Responses to %1</source>
        <translation>Atsakymai į %1</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="93"/>
        <source>Notes (optional)</source>
        <translation>Pastabos (neprivaloma)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="94"/>
        <source>&amp;Record</source>
        <translation>Į&amp;rašyti</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="96"/>
        <source>Schedule a &amp;follow-up…</source>
        <translation>Suplanuoti &amp;priminimą…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Interested</source>
        <translation>Susidomėjęs</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Not interested</source>
        <translation>Nesidomi</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>No answer</source>
        <translation>Neatsakė</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>Unsubscribed</source>
        <translation>Atsisakė</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="110"/>
        <source>Res&amp;ponse:</source>
        <translation>&amp;Atsakymas:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="140"/>
        <source>Choose a recipient in the list first.</source>
        <translation>Pirmiausia pasirinkite gavėją sąraše.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="148"/>
        <source>Recorded for %1.</source>
        <translation>Įrašyta: %1.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="165"/>
        <source>Call back: %1</source>
        <translation>Perskambinti: %1</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../safety/security_dialog.py" line="101"/>
        <source>Encryption</source>
        <translation>Šifravimas</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="118"/>
        <source>Encrypt the book</source>
        <translation>Užšifruoti knygą</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="119"/>
        <location filename="../safety/security_dialog.py" line="134"/>
        <source>New passphrase</source>
        <translation>Nauja slaptafrazė</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="120"/>
        <location filename="../safety/security_dialog.py" line="135"/>
        <source>Repeat the new passphrase</source>
        <translation>Pakartokite naują slaptafrazę</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="121"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Užšifruoti</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="124"/>
        <source>Without the passphrase the contacts cannot be recovered. Keep it safe.</source>
        <translation>Be slaptafrazės kontaktų atkurti neįmanoma. Saugokite ją.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="126"/>
        <location filename="../safety/security_dialog.py" line="140"/>
        <source>New passphrase:</source>
        <translation>Nauja slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="127"/>
        <location filename="../safety/security_dialog.py" line="141"/>
        <source>Repeat it:</source>
        <translation>Pakartokite:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="132"/>
        <source>Change the passphrase</source>
        <translation>Keisti slaptafrazę</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="133"/>
        <location filename="../safety/security_dialog.py" line="147"/>
        <source>Current passphrase</source>
        <translation>Dabartinė slaptafrazė</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="136"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Keisti slaptafrazę</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="139"/>
        <location filename="../safety/security_dialog.py" line="156"/>
        <source>Current passphrase:</source>
        <translation>Dabartinė slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="146"/>
        <source>Remove the encryption</source>
        <translation>Panaikinti šifravimą</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="148"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Iššifruoti</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="151"/>
        <source>The book and its backups will be stored unencrypted: anyone who can read the files can read your contacts.</source>
        <translation>Knyga ir jos atsarginės kopijos bus laikomos nešifruotos: kas gali skaityti failus, gali skaityti ir jūsų kontaktus.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="177"/>
        <source>No contact book is open.</source>
        <translation>Neatverta jokia kontaktų knyga.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="179"/>
        <source>This contact book is encrypted with a passphrase.</source>
        <translation>Ši kontaktų knyga užšifruota slaptafraze.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="181"/>
        <source>This contact book is not encrypted.</source>
        <translation>Ši kontaktų knyga neužšifruota.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="196"/>
        <source>The new passphrases do not match. Nothing was changed.</source>
        <translation>Naujos slaptafrazės nesutampa. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="198"/>
        <source>The new passphrase must be at least %1 characters long.</source>
        <translation>Naujoje slaptafrazėje turi būti bent %1 simb.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="206"/>
        <source>Please type the current passphrase.</source>
        <translation>Įveskite dabartinę slaptafrazę.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="216"/>
        <source>The contact book is now encrypted. You will need the passphrase each time you open it.</source>
        <translation>Kontaktų knyga užšifruota. Slaptafrazės reikės kiekvieną kartą ją atveriant.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="228"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Slaptafrazė pakeista. Nuo šiol naudokite naująją.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="237"/>
        <source>The contact book is no longer encrypted.</source>
        <translation>Kontaktų knyga nebešifruojama.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="261"/>
        <source>Converting the contact book and its backups…</source>
        <translation>Konvertuojama kontaktų knyga ir jos atsarginės kopijos…</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="267"/>
        <source>These backup copies could not be converted:</source>
        <translation>Šių atsarginių kopijų konvertuoti nepavyko:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="277"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Dabartinė slaptafrazė neteisinga. Niekas nepakeista.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../sales/campaign_send.py" line="52"/>
        <source>Send %1</source>
        <translation>Siųsti %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="56"/>
        <source>%n recipient(s). Sending records the campaign in each one&apos;s history.</source>
        <translation>
            <numerusform>%n gavėjas. Siuntimas įrašomas į kiekvieno istoriją.</numerusform>
            <numerusform>%n gavėjai. Siuntimas įrašomas į kiekvieno istoriją.</numerusform>
            <numerusform>%n gavėjų. Siuntimas įrašomas į kiekvieno istoriją.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="84"/>
        <source>&amp;Letters (PDF)</source>
        <translation>&amp;Laiškai (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="86"/>
        <source>La&amp;bels or envelopes (PDF)</source>
        <translation>&amp;Etiketės arba vokai (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="88"/>
        <source>Recipient list (&amp;CSV)</source>
        <translation>&amp;Gavėjų sąrašas (CSV)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="66"/>
        <source>&amp;Send</source>
        <translation>&amp;Siųsti</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="97"/>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="107"/>
        <source>Save as</source>
        <translation>Įrašyti kaip</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="123"/>
        <source>Sending…</source>
        <translation>Siunčiama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="129"/>
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Išsiųsta %n gavėjui.</numerusform>
            <numerusform>Išsiųsta %n gavėjams.</numerusform>
            <numerusform>Išsiųsta %n gavėjų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="131"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>Parašytas %n laiškas.</numerusform>
            <numerusform>Parašyti %n laiškai.</numerusform>
            <numerusform>Parašyta %n laiškų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="133"/>
        <source>%n label(s) written.</source>
        <translation>
            <numerusform>Sukurta %n etiketė.</numerusform>
            <numerusform>Sukurtos %n etiketės.</numerusform>
            <numerusform>Sukurta %n etikečių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="135"/>
        <source>%n row(s) written to the CSV file.</source>
        <translation>
            <numerusform>Į CSV failą įrašyta %n eilutė.</numerusform>
            <numerusform>Į CSV failą įrašytos %n eilutės.</numerusform>
            <numerusform>Į CSV failą įrašyta %n eilučių.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <location filename="../shared_book_dialog.py" line="77"/>
        <source>Open shared book</source>
        <translation>Atidaryti bendrą knygą</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="86"/>
        <source>from the keyring or ~/.pgpass if empty</source>
        <translation>iš raktų saugyklos arba ~/.pgpass, jei tuščia</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="87"/>
        <source>Remember the password in the system keyring</source>
        <translation>Įsiminti slaptažodį sistemos raktų saugykloje</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veris:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="102"/>
        <source>&amp;Port:</source>
        <translation>P&amp;rievadas:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="103"/>
        <source>&amp;Database:</source>
        <translation>&amp;Duomenų bazė:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="104"/>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="105"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="179"/>
        <source>Connecting to the server…</source>
        <translation>Jungiamasi prie serverio…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="40"/>
        <source>%1 — Rolodex</source>
        <translation>%1 — Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="46"/>
        <source>Open &amp;shared book…</source>
        <translation>Atidaryti bendrą &amp;knygą…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../main_window/help.py" line="16"/>
        <source>Search (type a name, company, email, city, tag or 4+ digits of a phone)</source>
        <translation>Paieška (vardas, įmonė, el. paštas, miestas, žyma ar 4+ telefono skaitmenys)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="17"/>
        <source>In the search box: go to the list</source>
        <translation>Paieškos lauke: pereiti į sąrašą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="18"/>
        <source>Move through the list</source>
        <translation>Judėti sąrašu</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="19"/>
        <source>Edit the selected contact</source>
        <translation>Redaguoti pažymėtą kontaktą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="20"/>
        <source>Save the contact being edited</source>
        <translation>Išsaugoti redaguojamą kontaktą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="21"/>
        <source>Revert unsaved edits; again: back to the list</source>
        <translation>Atšaukti neišsaugotus pakeitimus; dar kartą: į sąrašą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="22"/>
        <source>New contact</source>
        <translation>Naujas kontaktas</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="23"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Perkelti pažymėtus kontaktus į šiukšlinę</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="24"/>
        <source>Undo / redo</source>
        <translation>Anuliuoti / perdaryti</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="25"/>
        <source>Restore the selected contacts (in the Trash)</source>
        <translation>Atkurti pažymėtus kontaktus (šiukšlinėje)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="26"/>
        <source>Log a call with the contact shown</source>
        <translation>Registruoti skambutį rodomam kontaktui</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="27"/>
        <source>Log another kind of activity</source>
        <translation>Registruoti kitokią veiklą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="28"/>
        <source>Schedule a follow-up</source>
        <translation>Suplanuoti priminimą</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="29"/>
        <source>Today: overdue and due follow-ups, contacts gone quiet</source>
        <translation>Šiandien: priminimai ir seniai nekalbinti kontaktai</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="30"/>
        <source>Companies</source>
        <translation>Įmonės</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="31"/>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../sales/board.py" line="129"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n sandoris</numerusform>
            <numerusform>%n sandoriai</numerusform>
            <numerusform>%n sandorių</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/board.py" line="130"/>
        <source>weighted %1</source>
        <translation>įvertinta %1</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../stage_names.py" line="20"/>
        <source>Lead</source>
        <translation>Potencialus klientas</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="21"/>
        <source>Qualified</source>
        <translation>Kvalifikuotas</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="22"/>
        <source>Proposal</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="23"/>
        <source>Negotiation</source>
        <translation>Derybos</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="24"/>
        <source>Won</source>
        <translation>Laimėtas</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="25"/>
        <source>Lost</source>
        <translation>Prarastas</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Email addresses</source>
        <translation>El. pašto adresai</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Phone numbers</source>
        <translation>Telefono numeriai</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Addresses</source>
        <translation>Adresai</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Websites</source>
        <translation>Svetainės</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Instant messaging</source>
        <translation>Pokalbių programos</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Other card properties</source>
        <translation>Kitos kortelės savybės</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="44"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Keep mine</source>
        <translation>Palikti &amp;mano</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Take theirs</source>
        <translation>Imti ser&amp;verio</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="86"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="88"/>
        <source>Kept here: %1 · The server had: %2</source>
        <translation>Palikta čia: %1 · Serveryje buvo: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync/status.py" line="78"/>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="94"/>
        <source>Sync failed: %1</source>
        <translation>Sinchronizuoti nepavyko: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="102"/>
        <source>Sync %1: %n problem(s)</source>
        <translation>
            <numerusform>Sinchronizacija %1: %n problema</numerusform>
            <numerusform>Sinchronizacija %1: %n problemos</numerusform>
            <numerusform>Sinchronizacija %1: %n problemų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="105"/>
        <source>Synced %1: no changes</source>
        <translation>Sinchronizuota %1: pakeitimų nėra</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="108"/>
        <source>Synced %1: %n sent</source>
        <translation>
            <numerusform>Sinchronizuota %1: išsiųstas %n</numerusform>
            <numerusform>Sinchronizuota %1: išsiųsti %n</numerusform>
            <numerusform>Sinchronizuota %1: išsiųsta %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="109"/>
        <source>%n received</source>
        <translation>
            <numerusform>gautas %n</numerusform>
            <numerusform>gauti %n</numerusform>
            <numerusform>gauta %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="111"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n konfliktas peržiūrai</numerusform>
            <numerusform>%n konfliktai peržiūrai</numerusform>
            <numerusform>%n konfliktų peržiūrai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../dialog.py" line="63"/>
        <source>Add sync account</source>
        <translation>Pridėti sinchronizavimo paskyrą</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="72"/>
        <source>every contact</source>
        <translation>visi kontaktai</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="73"/>
        <source>instead of the password</source>
        <translation>vietoj slaptažodžio</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>Server &amp;address:</source>
        <translation>Serverio &amp;adresas:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;Naudotojo vardas:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation>S&amp;laptažodis:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Password &amp;file:</source>
        <translation>Slaptažodžio &amp;failas:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Only the &amp;tag:</source>
        <translation>Tik su ž&amp;yma:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="79"/>
        <source>Trust certificate (SHA-256):</source>
        <translation>Pasitikėti sertifikatu (SHA-256):</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="82"/>
        <source>Address &amp;book:</source>
        <translation>Adresų &amp;knyga:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="108"/>
        <source>Looking for the address book…</source>
        <translation>Ieškoma adresų knygos…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="129"/>
        <source>The server has several address books: choose one.</source>
        <translation>Serveryje yra kelios adresų knygos: pasirinkite vieną.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="140"/>
        <source>Sync accounts</source>
        <translation>Sinchronizavimo paskyros</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Add…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Remove</source>
        <translation>Paša&amp;linti</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="145"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="177"/>
        <source> (tag %1)</source>
        <translation> (žyma %1)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="178"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Last sync: %1</source>
        <translation>Paskutinė sinchronizacija: %1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="203"/>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="63"/>
        <source>S&amp;ync accounts…</source>
        <translation>Sinchronizavimo &amp;paskyros…</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../tags/actions.py" line="80"/>
        <source>Re&amp;name tag…</source>
        <translation>Pervadi&amp;nti žymą…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="82"/>
        <source>&amp;Delete tag…</source>
        <translation>Iš&amp;trinti žymą…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="90"/>
        <source>Rename tag</source>
        <translation>Pervadinti žymą</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="92"/>
        <source>New name for “%1” (the name of another tag merges the two):</source>
        <translation>Naujas žymos „%1“ pavadinimas (įrašius kitos žymos pavadinimą, jos sujungiamos):</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="106"/>
        <source>Delete tag</source>
        <translation>Ištrinti žymą</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="107"/>
        <source>Delete the tag “%1”?</source>
        <translation>Ištrinti žymą „%1“?</translation>
    </message>
    <message numerus="yes">
        <location filename="../tags/actions.py" line="109"/>
        <source>It is taken off %n contact(s); the contacts themselves stay.</source>
        <translation>
            <numerusform>Žyma bus nuimta nuo %n kontakto; patys kontaktai liks.</numerusform>
            <numerusform>Žyma bus nuimta nuo %n kontaktų; patys kontaktai liks.</numerusform>
            <numerusform>Žyma bus nuimta nuo %n kontaktų; patys kontaktai liks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="112"/>
        <source>&amp;Delete tag</source>
        <translation>Iš&amp;trinti žymą</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="131"/>
        <source>Merged “%1” into “%2”. Ctrl+Z undoes this.</source>
        <translation>Žyma „%1“ sujungta su „%2“. Ctrl+Z atšaukia.</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="161"/>
        <source>Nothing was changed</source>
        <translation>Niekas nepakeista</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Delete tag “%1”</source>
        <translation>Ištrinti žymą „%1“</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Merge tag “%1”</source>
        <translation>Sujungti žymą „%1“</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Rename tag “%1”</source>
        <translation>Pervadinti žymą „%1“</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <location filename="../tags/model.py" line="75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontaktas</numerusform>
            <numerusform>%n kontaktai</numerusform>
            <numerusform>%n kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="86"/>
        <source>All contacts</source>
        <translation>Visi kontaktai</translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="88"/>
        <source>Trash</source>
        <translation>Šiukšlinė</translation>
    </message>
</context>
<context>
    <name>TeamFilterBar</name>
    <message>
        <location filename="../team/filter.py" line="37"/>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="39"/>
        <source>Last contacted by</source>
        <translation>Paskutinis susisiekė</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="42"/>
        <source>Owner:</source>
        <translation>Atsakingas:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="44"/>
        <source>Last contacted by:</source>
        <translation>Paskutinis susisiekė:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="59"/>
        <source>Nobody</source>
        <translation>Niekas</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="63"/>
        <source>Anyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="64"/>
        <source>Me ({name})</source>
        <translation>Aš ({name})</translation>
    </message>
</context>
<context>
    <name>TeamMergeDialog</name>
    <message>
        <location filename="../team/merge_dialog.py" line="62"/>
        <source>Changed while you were editing</source>
        <translation>Pakeista, kol redagavote</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="65"/>
        <source>{who} changed this contact while you were editing it ({fields}).</source>
        <translation>{who} pakeitė šį kontaktą, kol jį redagavote ({fields}).</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="69"/>
        <source>Both of you changed these; which should stay?</source>
        <translation>Abu pakeitėte šiuos laukus. Kurią reikšmę palikti?</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="74"/>
        <source>Mine: {value}</source>
        <translation>Mano: {value}</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="75"/>
        <source>Theirs: {value}</source>
        <translation>Jų: {value}</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Prefix</source>
        <translation>Kreipinys</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Given name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Middle name</source>
        <translation>Antrasis vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Family name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Suffix</source>
        <translation>Priesaga</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Nickname</source>
        <translation>Slapyvardis</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Display name</source>
        <translation>Rodomas vardas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Company</source>
        <translation>Įmonė</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Department</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Job title</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Emails</source>
        <translation>El. pašto adresai</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Phones</source>
        <translation>Telefonai</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Addresses</source>
        <translation>Adresai</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Photo</source>
        <translation>Nuotrauka</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="53"/>
        <source>Someone else</source>
        <translation>Kažkas kitas</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="109"/>
        <source>Saved with {who}&apos;s changes kept ({fields}).</source>
        <translation>Išsaugota, {who} pakeitimai palikti ({fields}).</translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message>
        <location filename="../team/presence.py" line="64"/>
        <source>You: {name}</source>
        <translation>Jūs: {name}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="65"/>
        <source>Signed in as {login} ({role})</source>
        <translation>Prisijungta kaip {login} ({role})</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="94"/>
        <source>{name} just changed this contact; saving keeps both changes.</source>
        <translation>{name} ką tik pakeitė šį kontaktą; išsaugojus bus palikti abiejų pakeitimai.</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="124"/>
        <source>{name}: {kind} on {date}</source>
        <translation>{name}: {kind} {date}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="127"/>
        <source>{name} has an open follow-up: {subject}</source>
        <translation>{name} turi atvirą priminimą: {subject}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../view.py" line="123"/>
        <source>Delete activity</source>
        <translation>Šalinti veiklą</translation>
    </message>
    <message>
        <location filename="../view.py" line="137"/>
        <source>Edit activity</source>
        <translation>Keisti veiklą</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="12"/>
        <source>call</source>
        <translation>skambutis</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="13"/>
        <source>meeting</source>
        <translation>susitikimas</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="14"/>
        <source>email</source>
        <translation>el. laiškas</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="15"/>
        <source>letter</source>
        <translation>laiškas</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="16"/>
        <source>note</source>
        <translation>pastaba</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../timeline/view.py" line="104"/>
        <source>by %1</source>
        <translation>įrašė %1</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="106"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="115"/>
        <source>Outcome: %1</source>
        <translation>Rezultatas: %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../timeline/view.py" line="178"/>
        <source>&amp;Log…</source>
        <translation>&amp;Užregistruoti…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="179"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Pakeisti…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="180"/>
        <source>&amp;Delete</source>
        <translation>Ša&amp;linti</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="188"/>
        <source>Activities</source>
        <translation>Veiklos</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="214"/>
        <source>All kinds</source>
        <translation>Visi tipai</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Contact</source>
        <translation>Kontaktas</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="127"/>
        <source>Never contacted</source>
        <translation>Nesusisiekta</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="129"/>
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Palaikyti ryšį kas %n dieną</numerusform>
            <numerusform>Palaikyti ryšį kas %n dienas</numerusform>
            <numerusform>Palaikyti ryšį kas %n dienų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../crm/today.py" line="153"/>
        <source>Nothing due</source>
        <translation>Nieko nereikia atlikti</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="161"/>
        <source>&amp;Done</source>
        <translation>&amp;Atlikta</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="162"/>
        <source>&amp;Open contact</source>
        <translation>A&amp;tverti kontaktą</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="163"/>
        <source>&amp;Log call…</source>
        <translation>Registruoti &amp;skambutį…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="164"/>
        <source>&amp;Snooze</source>
        <translation>Ati&amp;dėti</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="166"/>
        <source>1 hour</source>
        <translation>1 valandai</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="167"/>
        <source>Tomorrow</source>
        <translation>Rytoj</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="168"/>
        <source>Next week</source>
        <translation>Kitą savaitę</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="171"/>
        <source>Pick a date…</source>
        <translation>Pasirinkti datą…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="177"/>
        <source>S&amp;nooze</source>
        <translation>Ati&amp;dėti</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="182"/>
        <source>&amp;Everyone&apos;s</source>
        <translation>&amp;Visų</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="183"/>
        <source>Show the whole team&apos;s follow-ups, not only yours</source>
        <translation>Rodyti visos komandos priminimus, ne tik jūsų</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="186"/>
        <source>&amp;Refresh</source>
        <translation>At&amp;naujinti</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="239"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Vėluoja (%n)</numerusform>
            <numerusform>Vėluoja (%n)</numerusform>
            <numerusform>Vėluoja (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="240"/>
        <source>Today (%n)</source>
        <translation>
            <numerusform>Šiandien (%n)</numerusform>
            <numerusform>Šiandien (%n)</numerusform>
            <numerusform>Šiandien (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="241"/>
        <source>Next 7 days (%n)</source>
        <translation>
            <numerusform>Kitos 7 dienos (%n)</numerusform>
            <numerusform>Kitos 7 dienos (%n)</numerusform>
            <numerusform>Kitos 7 dienos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="242"/>
        <source>Time to get in touch (%n)</source>
        <translation>
            <numerusform>Laikas susisiekti (%n)</numerusform>
            <numerusform>Laikas susisiekti (%n)</numerusform>
            <numerusform>Laikas susisiekti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="301"/>
        <source>Keep in touch</source>
        <translation>Palaikyti ryšį</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../trash_view.py" line="22"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Atkurti pažymėtus</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="23"/>
        <source>Put the selected contacts back in the book</source>
        <translation>Grąžinti pažymėtus kontaktus į knygą</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="25"/>
        <source>Empty &amp;Trash…</source>
        <translation>Iš&amp;valyti šiukšlinę…</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="26"/>
        <source>Delete everything in the Trash for good</source>
        <translation>Negrįžtamai pašalinti viską iš šiukšlinės</translation>
    </message>
    <message numerus="yes">
        <location filename="../trash_view.py" line="38"/>
        <source>%n contact(s) in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</source>
        <translation>
            <numerusform>Šiukšlinėje %n kontaktas. Pašalintus kontaktus galima atkurti, kol šiukšlinė neišvalyta; senesni nei {days} d. kontaktai gali būti pašalinti negrįžtamai.</numerusform>
            <numerusform>Šiukšlinėje %n kontaktai. Pašalintus kontaktus galima atkurti, kol šiukšlinė neišvalyta; senesni nei {days} d. kontaktai gali būti pašalinti negrįžtamai.</numerusform>
            <numerusform>Šiukšlinėje %n kontaktų. Pašalintus kontaktus galima atkurti, kol šiukšlinė neišvalyta; senesni nei {days} d. kontaktai gali būti pašalinti negrįžtamai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="50"/>
        <source>Empty Trash</source>
        <translation>Išvalyti šiukšlinę</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="51"/>
        <source>Delete every contact in the Trash for good? This cannot be undone.</source>
        <translation>Negrįžtamai pašalinti visus šiukšlinės kontaktus? To atšaukti nebus galima.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Edit {name}</source>
        <translation>keitimą ({name})</translation>
    </message>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Add {name}</source>
        <translation>sukūrimą ({name})</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location filename="../undo.py" line="36"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Šalinti %n kontaktą</numerusform>
            <numerusform>Šalinti %n kontaktus</numerusform>
            <numerusform>Šalinti %n kontaktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../undo.py" line="39"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Atkurti %n kontaktą</numerusform>
            <numerusform>Atkurti %n kontaktus</numerusform>
            <numerusform>Atkurti %n kontaktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../unsaved.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Neišsaugoti pakeitimai</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="37"/>
        <source>Save the changes to {name}?</source>
        <translation>{name}: išsaugoti pakeitimus?</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="40"/>
        <source>&amp;Save</source>
        <translation>Iš&amp;saugoti</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="42"/>
        <source>&amp;Discard</source>
        <translation>&amp;Neišsaugoti</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="43"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="36"/>
        <source>Upgrading your contact book for this version of Rolodex…
This happens once and can take a minute for a big book.</source>
        <translation>Kontaktų knyga atnaujinama šiai Rolodex versijai…
Tai vyksta vieną kartą ir didelei knygai gali užtrukti minutę.</translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Rolodex</source>
        <translation>Rolodex</translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <location filename="../wiring.py" line="152"/>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontaktas</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="208"/>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
</context>
</TS>
