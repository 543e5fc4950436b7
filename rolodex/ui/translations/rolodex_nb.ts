<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Edit activity</source>
        <translation>Endre aktivitet</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Log activity</source>
        <translation>Loggfør aktivitet</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="80"/>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="83"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="84"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="86"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="91"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="92"/>
        <source>Also show on the company&apos;s timeline</source>
        <translation>Vis også i firmaets historikk</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="119"/>
        <source>&amp;Tomorrow</source>
        <translation>I &amp;morgen</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="120"/>
        <source>Next &amp;week</source>
        <translation>Neste &amp;uke</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="121"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Velg dato…</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="122"/>
        <source>&amp;No thanks</source>
        <translation>&amp;Nei takk</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="180"/>
        <source>Saved. Schedule a follow-up?</source>
        <translation>Lagret. Vil du planlegge en oppfølging?</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="191"/>
        <source>Follow up: %1</source>
        <translation>Følg opp: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="108"/>
        <source>Cannot open the contact book</source>
        <translation>Kan ikke åpne adresseboken</translation>
    </message>
    <message>
        <location filename="../app.py" line="109"/>
        <source>Rolodex cannot open the contact book.</source>
        <translation>Rolodex kan ikke åpne adresseboken.</translation>
    </message>
    <message>
        <location filename="../app.py" line="189"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatisk sikkerhetskopiering mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../safety/backups_dialog.py" line="123"/>
        <location filename="../safety/backups_dialog.py" line="285"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="130"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="169"/>
        <source>No backups yet. Rolodex makes one every day.</source>
        <translation>Ingen sikkerhetskopier ennå. Rolodex tar én hver dag.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="186"/>
        <source>Backing up…</source>
        <translation>Tar sikkerhetskopi…</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="194"/>
        <source>Backed up %n contact(s) (checked).</source>
        <translation>
            <numerusform>Sikkerhetskopierte %n kontakt (kontrollert).</numerusform>
            <numerusform>Sikkerhetskopierte %n kontakter (kontrollert).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="209"/>
        <source>Restoring…</source>
        <translation>Gjenoppretter…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="242"/>
        <source>Restore it into this book anyway? Its contacts replace this book&apos;s; the book keeps its own identity and its own backups.</source>
        <translation>Vil du likevel gjenopprette den i denne adresseboken? Kontaktene i kopien erstatter kontaktene her; adresseboken beholder sin egen identitet og sine egne sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="248"/>
        <source>Backup of another book</source>
        <translation>Sikkerhetskopi av en annen adressebok</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="258"/>
        <source>Replace the whole contact book with the backup from %1?

It holds %2 contacts; its last change was %3.

The book as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Vil du erstatte hele adresseboken med sikkerhetskopien fra %1?

Antall kontakter: %2. Sist endret: %3.

Adresseboken slik den er nå, sikkerhetskopieres først, så du kan angre ved å gjenopprette den kopien.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="263"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="265"/>
        <source>Restore backup</source>
        <translation>Gjenopprett sikkerhetskopi</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="273"/>
        <source>Restored %n contact(s). To undo, restore the backup marked “Before restore”.</source>
        <translation>
            <numerusform>Gjenopprettet %n kontakt. Vil du angre, gjenoppretter du kopien merket «Før gjenoppretting».</numerusform>
            <numerusform>Gjenopprettet %n kontakter. Vil du angre, gjenoppretter du kopien merket «Før gjenoppretting».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="43"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="44"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="45"/>
        <source>Before import</source>
        <translation>Før import</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="46"/>
        <source>Before undoing an import</source>
        <translation>Før angring av import</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="47"/>
        <source>Before merge</source>
        <translation>Før sammenslåing</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="48"/>
        <source>Before restore</source>
        <translation>Før gjenoppretting</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="49"/>
        <source>Before upgrade</source>
        <translation>Før oppgradering</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="50"/>
        <source>Before encryption</source>
        <translation>Før kryptering</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="51"/>
        <source>Before decryption</source>
        <translation>Før dekryptering</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="52"/>
        <source>Before passphrase change</source>
        <translation>Før bytte av passordfrase</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="56"/>
        <source>Before %1</source>
        <translation>Før %1</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <location filename="../backups_dialog.py" line="63"/>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>KB</source>
        <translation>kB</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
</context>
<context>
    <name>CadenceActions</name>
    <message>
        <location filename="../crm/cadence.py" line="133"/>
        <source>&amp;Keep in touch…</source>
        <translation>&amp;Hold kontakten…</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="152"/>
        <source>How often do you want to be reminded to get in touch with %1?</source>
        <translation>Hvor ofte vil du bli minnet på å kontakte %1?</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="161"/>
        <source>&amp;Follow its tags (none has a reminder)</source>
        <translation>&amp;Følg stikkordene (ingen har påminnelse)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="163"/>
        <source>&amp;Follow its tags (every day)</source>
        <translation>&amp;Følg stikkordene (hver dag)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="164"/>
        <source>&amp;Follow its tags (every %1 days)</source>
        <translation>&amp;Følg stikkordene (hver %1. dag)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="172"/>
        <source>Remind you to get in touch with everyone tagged “%1”:</source>
        <translation>Minn deg på å kontakte alle med stikkordet «%1»:</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="192"/>
        <source>Keep in touch every…</source>
        <translation>Hold kontakten hver …</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../crm/cadence.py" line="52"/>
        <source>Keep in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="56"/>
        <source>&amp;Every</source>
        <translation>&amp;Hver</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;Never remind me</source>
        <translation>&amp;Aldri minn meg på</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;No reminder</source>
        <translation>&amp;Ingen påminnelse</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../sales/campaign_dialog.py" line="45"/>
        <source>New campaign</source>
        <translation>Ny kampanje</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="57"/>
        <source>Fields: {given}, {name}, {company}, {address}, {email}, {date}</source>
        <translation>Felt: {given}, {name}, {company}, {address}, {email}, {date}</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="71"/>
        <source>Contacts &amp;tagged</source>
        <translation>Kontakter &amp;merket</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="74"/>
        <source>What the &amp;search finds: %1</source>
        <translation>Det søket &amp;finner: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_dialog.py" line="77"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>Den %n valgte kontakten</numerusform>
            <numerusform>De %n valgte kontaktene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="97"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="99"/>
        <source>Recipients:</source>
        <translation>Mottakere:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="100"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Brev:</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Response rate</source>
        <translation>Svarprosent</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="79"/>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="93"/>
        <source>Campaigns</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="105"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Ny kampanje…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="106"/>
        <location filename="../sales/campaigns_window.py" line="167"/>
        <source>&amp;Send…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="107"/>
        <source>&amp;Responses…</source>
        <translation>S&amp;var…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="141"/>
        <source>Cannot read the campaigns: %1</source>
        <translation>Kan ikke lese kampanjene: %1</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="166"/>
        <source>Write files again…</source>
        <translation>Skriv filene på nytt…</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryList</name>
    <message>
        <location filename="../companies/changes.py" line="27"/>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="42"/>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="50"/>
        <source>{name} created it</source>
        <translation>{name} opprettet det</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="51"/>
        <source>{name} edited</source>
        <translation>{name} endret</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="52"/>
        <source>{name} moved it to the Trash</source>
        <translation>{name} flyttet det til papirkurven</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="53"/>
        <source>{name} restored it</source>
        <translation>{name} gjenopprettet det</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="54"/>
        <source>{name} merged it with another company</source>
        <translation>{name} slo det sammen med et annet firma</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="55"/>
        <source>{name} undid a merge with another company</source>
        <translation>{name} angret en sammenslåing med et annet firma</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="60"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="61"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="62"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="63"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="64"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="65"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="66"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="67"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../companies/dialog.py" line="64"/>
        <location filename="../widgets.py" line="65"/>
        <source>Companies</source>
        <translation>Firmaer</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="57"/>
        <location filename="../widgets.py" line="58"/>
        <source>Filter companies</source>
        <translation>Filtrer firmaer</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="72"/>
        <source>Sho&amp;w deleted companies</source>
        <translation>Vis slettede &amp;firmaer</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="73"/>
        <source>List the companies in the Trash, to restore them</source>
        <translation>Vis firmaene i papirkurven, så du kan gjenopprette dem</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="75"/>
        <source>N&amp;ew company</source>
        <translation>N&amp;ytt firma</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="92"/>
        <source>Double-click or Enter opens a person.</source>
        <translation>Dobbeltklikk eller trykk Enter for å åpne en person.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="95"/>
        <source>Delete activity</source>
        <translation>Slett aktivitet</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="103"/>
        <source>Mer&amp;ge with…</source>
        <translation>Slå sammen &amp;med…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="105"/>
        <source>Merge another company into this one: its people and activities move here</source>
        <translation>Slå et annet firma sammen med dette: personene og aktivitetene flyttes hit</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="110"/>
        <source>&amp;Delete company…</source>
        <translation>&amp;Slett firma…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="111"/>
        <source>Move the company to the Trash</source>
        <translation>Flytt firmaet til papirkurven</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Gjenopprett valgte</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="119"/>
        <source>Bring the selected companies back, with their people</source>
        <translation>Hent tilbake de valgte firmaene med personene deres</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="111"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="194"/>
        <source>&amp;People (%n)</source>
        <translation>
            <numerusform>&amp;Personer (%n)</numerusform>
            <numerusform>&amp;Personer (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="195"/>
        <source>&amp;Timeline (%n)</source>
        <translation>
            <numerusform>&amp;Historikk (%n)</numerusform>
            <numerusform>&amp;Historikk (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="196"/>
        <source>C&amp;hanges (%n)</source>
        <translation>
            <numerusform>Endr&amp;inger (%n)</numerusform>
            <numerusform>Endr&amp;inger (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="205"/>
        <source>There are no companies in the Trash.</source>
        <translation>Det er ingen firmaer i papirkurven.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="209"/>
        <source>Deleted companies stay in the Trash for {days} days. Select one or more and press Restore: each comes back with its people.</source>
        <translation>Slettede firmaer blir liggende i papirkurven i {days} dager. Merk ett eller flere og trykk Gjenopprett: hvert firma kommer tilbake med personene sine.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>A company needs a name.</source>
        <translation>Firmaet må ha et navn.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="240"/>
        <source>Saved “{name}”.</source>
        <translation>Lagret «{name}».</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="252"/>
        <source>Moved “{name}” to the Trash. Tick “Show deleted companies” to restore it.</source>
        <translation>Flyttet «{name}» til papirkurven. Kryss av for «Vis slettede firmaer» for å gjenopprette det.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="259"/>
        <source>Move “{name}” to the Trash?</source>
        <translation>Vil du flytte «{name}» til papirkurven?</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="261"/>
        <source>You can restore it for {days} days (tick “Show deleted companies”).</source>
        <translation>Du kan gjenopprette det i {days} dager (kryss av for «Vis slettede firmaer»).</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="265"/>
        <source>Its people ({count}) stay in the book, shown without a company until it is restored.</source>
        <translation>Personene ({count}) blir i adresseboken og vises uten firma til det er gjenopprettet.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="270"/>
        <source>Move company to the Trash</source>
        <translation>Flytt firma til papirkurven</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="287"/>
        <source>Restored with their people: {names}.</source>
        <translation>Gjenopprettet med personene sine: {names}.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="302"/>
        <source>Not merged</source>
        <translation>Ikke slått sammen</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="306"/>
        <source>Merged “{merged}” into “{kept}”. Ctrl+Z undoes it.</source>
        <translation>Slo sammen «{merged}» med «{kept}». Ctrl+Z angrer.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Street</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>Apartment, floor</source>
        <translation>Leilighet, etasje</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>PO box</source>
        <translation>Postboks</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Region</source>
        <translation>Fylke/region</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Country (e.g. NO)</source>
        <translation>Land (f.eks. NO)</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="38"/>
        <location filename="../companies/form.py" line="54"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="48"/>
        <source>Apartment, PO box</source>
        <translation>Leilighet, postboks</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="49"/>
        <source>Postal code, city</source>
        <translation>Postnummer, poststed</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="50"/>
        <source>Region, country</source>
        <translation>Region, land</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../companies/models.py" line="70"/>
        <source>People: {count}</source>
        <translation>Personer: {count}</translation>
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
        <translation>Slå sammen firmaer</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="73"/>
        <source>Merge into “{name}”:</source>
        <translation>Slå sammen med «{name}»:</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="76"/>
        <location filename="../companies/merge_dialog.py" line="77"/>
        <source>Filter companies</source>
        <translation>Filtrer firmaer</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="84"/>
        <source>Company to merge</source>
        <translation>Firma som skal slås sammen</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="118"/>
        <source>No other company matches.</source>
        <translation>Ingen andre firmaer passer.</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="122"/>
        <source>The people of “{merged}” ({count}) and the activities logged on it move to “{kept}”; the empty details of “{kept}” are filled from it; “{merged}” goes to the Trash. Ctrl+Z undoes the merge.</source>
        <translation>Personene i «{merged}» ({count}) og aktivitetene som er loggført på det, flyttes til «{kept}»; tomme opplysninger i «{kept}» fylles ut fra det; «{merged}» flyttes til papirkurven. Ctrl+Z angrer sammenslåingen.</translation>
    </message>
</context>
<context>
    <name>CompanyMergeTexts</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="43"/>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Slå sammen «{merged}» med «{kept}»</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="93"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n konflikt å se over</numerusform>
            <numerusform>%n konflikter å se over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../contacts/card.py" line="143"/>
        <source>Ed&amp;it</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="144"/>
        <source>Edit this contact (Enter)</source>
        <translation>Rediger denne kontakten (Enter)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="213"/>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="221"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="223"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="226"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="229"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="232"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="234"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="237"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="238"/>
        <source>Open follow-ups</source>
        <translation>Ventende oppfølginger</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="239"/>
        <source>Latest history</source>
        <translation>Siste historikk</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../contact_editor/editor.py" line="135"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="136"/>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Add email</source>
        <translation>Legg til e-post</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Add phone</source>
        <translation>Legg til telefon</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Add address</source>
        <translation>Legg til adresse</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Add website</source>
        <translation>Legg til nettsted</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Messaging</source>
        <translation>Meldingstjenester</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Add handle</source>
        <translation>Legg til brukernavn</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="150"/>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="227"/>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="229"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>Velg en kontakt, eller trykk Ctrl+N for å legge til en ny.</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="194"/>
        <source>Revert</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="195"/>
        <source>Undo the changes not saved yet</source>
        <translation>Angre endringene som ikke er lagret</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="380"/>
        <source>this contact</source>
        <translation>denne kontakten</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="197"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="198"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation>Lagre kontakten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>No name</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../forms.py" line="146"/>
        <source>Give the contact a name (or a company or an email).</source>
        <translation>Gi kontakten et navn (eller et firma eller en e-postadresse).</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="329"/>
        <location filename="../contact_editor/editor.py" line="345"/>
        <source>Not saved: {problem}</source>
        <translation>Ikke lagret: {problem}</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="26"/>
        <source>The {what} already belongs to {name}.</source>
        <translation>{what} tilhører allerede {name}.</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="30"/>
        <source>Possible duplicate</source>
        <translation>Mulig duplikat</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="33"/>
        <source>Open {name} instead, or save this contact anyway?</source>
        <translation>Vil du åpne {name} i stedet, eller lagre denne kontakten likevel?</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="35"/>
        <source>Save anyway</source>
        <translation>Lagre likevel</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="37"/>
        <source>Open {name}</source>
        <translation>Åpne {name}</translation>
    </message>
    <message>
        <location filename="../checks.py" line="27"/>
        <source>An email address cannot contain spaces.</source>
        <translation>En e-postadresse kan ikke inneholde mellomrom.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="29"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>En e-postadresse må ha @, som i navn@eksempel.no.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="32"/>
        <source>An email address has only one @.</source>
        <translation>En e-postadresse har bare én @.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="34"/>
        <source>The name before the @ is missing.</source>
        <translation>Navnet foran @ mangler.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="36"/>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation>Domenet etter @ mangler, som i navn@eksempel.no.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="39"/>
        <source>“{domain}” is not a valid domain; it should look like example.com.</source>
        <translation>«{domain}» er ikke et gyldig domene; det skal se ut som eksempel.no.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="62"/>
        <source>“{text}” is not a real date.</source>
        <translation>«{text}» er ikke en gyldig dato.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Prefix</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>F&amp;ornavn</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Suffix</source>
        <translation>Etterstilling</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Nickname</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <location filename="../forms.py" line="83"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../checks.py" line="59"/>
        <source>Write the date as {example} (or 1985-03-14); leave out the year when unknown.</source>
        <translation>Skriv datoen som {example} (eller 1985-03-14); utelat året hvis det er ukjent.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Fa&amp;mily name</source>
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <location filename="../forms.py" line="80"/>
        <source>Com&amp;pany</source>
        <translation>Fir&amp;ma</translation>
    </message>
    <message>
        <location filename="../forms.py" line="89"/>
        <source>e.g. {example}</source>
        <translation>f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Anniversary</source>
        <translation>Merkedag</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>&amp;Tags</source>
        <translation>&amp;Stikkord</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>Comma-separated, e.g. Customers, Friends</source>
        <translation>Skilt med komma, f.eks. Kunder, Venner</translation>
    </message>
    <message>
        <location filename="../forms.py" line="102"/>
        <source>Do not send mail (left out of labels)</source>
        <translation>Ikke send post (utelates fra etiketter)</translation>
    </message>
    <message>
        <location filename="../forms.py" line="107"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../forms.py" line="110"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notater</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>work</source>
        <translation>arbeid</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>other</source>
        <translation>annet</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <location filename="../rows.py" line="42"/>
        <source>blog</source>
        <translation>blogg</translation>
    </message>
    <message>
        <location filename="../rows.py" line="86"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../rows.py" line="90"/>
        <source>preferred</source>
        <translation>foretrukket</translation>
    </message>
    <message>
        <location filename="../rows.py" line="93"/>
        <location filename="../rows.py" line="94"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../rows.py" line="126"/>
        <source>It is saved as typed.</source>
        <translation>Det lagres slik det er skrevet.</translation>
    </message>
    <message>
        <location filename="../rows.py" line="149"/>
        <location filename="../rows.py" line="153"/>
        <source>Street</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <location filename="../rows.py" line="153"/>
        <source>Apartment, floor</source>
        <translation>Leilighet, etasje</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>PO box</source>
        <translation>Postboks</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Region</source>
        <translation>Fylke/region</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Country (e.g. NO)</source>
        <translation>Land (f.eks. NO)</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>name@example.com</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>https://example.com</source>
        <translation>https://eksempel.no</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>Handle or address</source>
        <translation>Brukernavn eller adresse</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="35"/>
        <source>This number has the wrong number of digits.</source>
        <translation>Nummeret har feil antall sifre.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="68"/>
        <source>Unknown country code: start with + and the country code, or set the default region.</source>
        <translation>Ukjent landskode: begynn med + og landskoden, eller angi standardregion.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="70"/>
        <location filename="../../phones.py" line="76"/>
        <source>This is not a phone number.</source>
        <translation>Dette er ikke et telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="71"/>
        <location filename="../../phones.py" line="72"/>
        <source>This number is too short.</source>
        <translation>Nummeret er for kort.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="73"/>
        <source>This number is too long.</source>
        <translation>Nummeret er for langt.</translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="296"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../sales/contact_picker.py" line="26"/>
        <source>Type a name to find the contact</source>
        <translation>Skriv et navn for å finne kontakten</translation>
    </message>
</context>
<context>
    <name>ContactPreviewModel</name>
    <message>
        <location filename="../importing/preview.py" line="50"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="51"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="52"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="53"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="54"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
</context>
<context>
    <name>ContactSales</name>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Lead</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Prospect</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="35"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="36"/>
        <source>Former customer</source>
        <translation>Tidligere kunde</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="68"/>
        <source>Lifecycle stage</source>
        <translation>Kundestatus</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="73"/>
        <source>New dea&amp;l…</source>
        <translation>Nytt sa&amp;lg…</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="74"/>
        <source>A new deal for this contact</source>
        <translation>Et nytt salg for denne kontakten</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="81"/>
        <source>Lifecycle stage:</source>
        <translation>Kundestatus:</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="113"/>
        <source>No changes recorded yet.</source>
        <translation>Ingen endringer registrert ennå.</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="128"/>
        <source>and %1 more on the pipeline board</source>
        <translation>og %1 til på salgstavlen</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="132"/>
        <source>Deals</source>
        <translation>Salg</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../contacts/model.py" line="98"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="99"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="100"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="101"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="102"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="103"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="104"/>
        <source>Last contacted</source>
        <translation>Sist kontaktet</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="105"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="106"/>
        <source>Last contacted by</source>
        <translation>Sist kontaktet av</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="125"/>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="251"/>
        <source>The book is still opening; try again in a moment.</source>
        <translation>Kontaktboken åpnes fortsatt; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="336"/>
        <source>Loading…</source>
        <translation>Laster inn …</translation>
    </message>
</context>
<context>
    <name>CrmActions</name>
    <message>
        <location filename="../crm/actions.py" line="45"/>
        <source>&amp;Log call…</source>
        <translation>Loggfør &amp;samtale…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="47"/>
        <source>Log &amp;activity…</source>
        <translation>Loggfør &amp;aktivitet…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="50"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Planlegg &amp;oppfølging…</translation>
    </message>
</context>
<context>
    <name>CrmUndo</name>
    <message>
        <location filename="../undo.py" line="41"/>
        <source>Log activity</source>
        <translation>Loggfør aktivitet</translation>
    </message>
    <message>
        <location filename="../undo.py" line="55"/>
        <source>Add follow-up</source>
        <translation>Legg til oppfølging</translation>
    </message>
    <message>
        <location filename="../undo.py" line="76"/>
        <source>Mark follow-up done</source>
        <translation>Merk oppfølging som utført</translation>
    </message>
</context>
<context>
    <name>CustomSheetDialog</name>
    <message>
        <location filename="../labels/custom.py" line="38"/>
        <source>Custom label sheet</source>
        <translation>Eget etikettark</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="42"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="44"/>
        <source>millimetres</source>
        <translation>millimeter</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="45"/>
        <source>inches</source>
        <translation>tommer</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="46"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="60"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="61"/>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="80"/>
        <source>Give the sheet a name.</source>
        <translation>Gi arket et navn.</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="93"/>
        <source>Cannot save this sheet: %1</source>
        <translation>Kan ikke lagre arket: %1</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="21"/>
        <source>Page width</source>
        <translation>Sidebredde</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="22"/>
        <source>Page height</source>
        <translation>Sidehøyde</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="23"/>
        <source>Label width</source>
        <translation>Etikettbredde</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="24"/>
        <source>Label height</source>
        <translation>Etiketthøyde</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="25"/>
        <source>Left margin (to first label)</source>
        <translation>Venstre marg (til første etikett)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="26"/>
        <source>Top margin (to first label)</source>
        <translation>Toppmarg (til første etikett)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="27"/>
        <source>Horizontal pitch (label to label)</source>
        <translation>Vannrett avstand (etikett til etikett)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="28"/>
        <source>Vertical pitch (label to label)</source>
        <translation>Loddrett avstand (etikett til etikett)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="29"/>
        <source>Keep text away from the edge by</source>
        <translation>Avstand fra tekst til kant</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sales/dashboard.py" line="47"/>
        <source>Dashboard</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;ksporter som PDF…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Leads</source>
        <translation>Emner</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Prospects</source>
        <translation>Prospekter</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Former customers</source>
        <translation>Tidligere kunder</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="76"/>
        <source>No way to reach them</source>
        <translation>Ingen kontaktinformasjon</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="77"/>
        <source>Invalid emails</source>
        <translation>Ugyldige e-postadresser</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="78"/>
        <source>Phones that do not parse</source>
        <translation>Ugyldige telefonnumre</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="79"/>
        <source>Addresses without a postcode</source>
        <translation>Adresser uten postnummer</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="80"/>
        <source>Suspected duplicates</source>
        <translation>Mulige duplikater</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="81"/>
        <source>Never contacted</source>
        <translation>Aldri kontaktet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="90"/>
        <source>Reading the numbers…</source>
        <translation>Henter tallene…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="147"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="148"/>
        <source>Due this week</source>
        <translation>Forfaller denne uken</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="160"/>
        <source>Neglected customers (%1 days): %2</source>
        <translation>Forsømte kunder (%1 dager): %2</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="165"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="169"/>
        <source>%n deal(s) expected to close this month</source>
        <translation>
            <numerusform>%n salg ventes avsluttet denne måneden</numerusform>
            <numerusform>%n salg ventes avsluttet denne måneden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="172"/>
        <source>Closing this month</source>
        <translation>Avsluttes denne måneden</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="179"/>
        <source>Pipeline by stage (%1)</source>
        <translation>Salgstrakt etter fase (%1)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Weighted</source>
        <translation>Vektet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="183"/>
        <source>Deals in %1 are not converted: see the board.</source>
        <translation>Salg i %1 er ikke omregnet: se salgstavlen.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="188"/>
        <source>Pipeline</source>
        <translation>Salgstrakt</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="192"/>
        <source>Contacts by lifecycle stage</source>
        <translation>Kontakter etter kundestatus</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn (%)</source>
        <translation>Kundefrafall (%)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn</source>
        <translation>Frafall</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="199"/>
        <source>This year: %1 customers at the start, %2 lost, %3 won</source>
        <translation>I år: %1 kunder ved årets start, %2 tapt, %3 vunnet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="206"/>
        <source>Retention</source>
        <translation>Kundelojalitet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <location filename="../sales/dashboard.py" line="216"/>
        <source>Campaign response rates</source>
        <translation>Svarprosent for kampanjer</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <source>No campaign sent yet.</source>
        <translation>Ingen kampanjer er sendt ennå.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="217"/>
        <source>Response rate</source>
        <translation>Svarprosent</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <location filename="../sales/dashboard.py" line="228"/>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="252"/>
        <source>Export dashboard</source>
        <translation>Eksporter nøkkeltall</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>Edit deal</source>
        <translation>Rediger salg</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>New deal</source>
        <translation>Nytt salg</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="56"/>
        <source>Optional: the contact&apos;s company by default</source>
        <translation>Valgfritt: kontaktens firma som standard</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="64"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>Com&amp;pany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>&amp;Value:</source>
        <translation>&amp;Verdi:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>&amp;Stage:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>Pro&amp;bability:</source>
        <translation>Sanns&amp;ynlighet:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>Expected c&amp;lose:</source>
        <translation>Forventet avs&amp;lutning:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eier:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="131"/>
        <source>Stage default (%1 %)</source>
        <translation>Fasens standard (%1 %)</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="146"/>
        <source>There is no company %1.</source>
        <translation>Det finnes ikke noe firma %1.</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="150"/>
        <source>Choose the contact from the list (type part of the name).</source>
        <translation>Velg kontakten fra listen (skriv en del av navnet).</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Count</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../duplicates/dialog.py" line="61"/>
        <source>Find duplicates</source>
        <translation>Finn duplikater</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="90"/>
        <source>Merge…</source>
        <translation>Slå sammen…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="93"/>
        <source>Search again</source>
        <translation>Søk på nytt</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="116"/>
        <source>Looking for duplicates…</source>
        <translation>Leter etter duplikater…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="148"/>
        <source>The search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../duplicates/dialog.py" line="154"/>
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n gruppe med mulige duplikater.</numerusform>
            <numerusform>%n grupper med mulige duplikater.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="156"/>
        <source>No duplicates found.</source>
        <translation>Fant ingen duplikater.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="176"/>
        <source>Only a name links these contacts, so none is ticked: tick the ones that are the same person.</source>
        <translation>Bare navnet knytter disse kontaktene sammen, så ingen er krysset av: kryss av dem som er samme person.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="181"/>
        <source>Ticked: the contacts sharing an email, phone or identifier. The others only share a name: tick them if they are the same person.</source>
        <translation>Krysset av: kontaktene med felles e-post, telefon eller ID. De andre har bare navnet felles: kryss av dem hvis de er samme person.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="184"/>
        <source>Ticked: the contacts sharing an email, phone or identifier.</source>
        <translation>Krysset av: kontaktene med felles e-post, telefon eller ID.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="194"/>
        <source>These contacts were changed meanwhile; search again.</source>
        <translation>Kontaktene er endret i mellomtiden; søk på nytt.</translation>
    </message>
    <message>
        <location filename="../models.py" line="40"/>
        <source>Same identifier</source>
        <translation>Samme ID</translation>
    </message>
    <message>
        <location filename="../models.py" line="41"/>
        <source>Same email %1</source>
        <translation>Samme e-post %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="42"/>
        <source>Same phone %1</source>
        <translation>Samme telefon %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="43"/>
        <source>Same name at %1</source>
        <translation>Samme navn hos %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="44"/>
        <source>Same name in %1</source>
        <translation>Samme navn i %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="45"/>
        <source>Similar names at %1</source>
        <translation>Lignende navn hos %1</translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <location filename="../empty_state.py" line="19"/>
        <source>Your contact book is empty</source>
        <translation>Adresseboken er tom</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="26"/>
        <source>Bring in contacts from a vCard, CSV or LDIF file (Thunderbird, Outlook, Google, phones), or type in the first one.</source>
        <translation>Hent inn kontakter fra en vCard-, CSV- eller LDIF-fil (Thunderbird, Outlook, Google, telefoner), eller skriv inn den første selv.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="33"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer kontakter…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="36"/>
        <source>&amp;Add a contact</source>
        <translation>&amp;Legg til en kontakt</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>the contact book</source>
        <translation>adresseboken</translation>
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
        <translation>Ingenting ble endret. Adresseboken er som før.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex hit a bug.</source>
        <translation>Rolodex støtte på en feil.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="65"/>
        <location filename="../export_dialog.py" line="184"/>
        <source>Export contacts</source>
        <translation>Eksporter kontakter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="90"/>
        <source>Export:</source>
        <translation>Eksporter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="93"/>
        <source>The selected contacts (%n)</source>
        <translation>
            <numerusform>Den valgte kontakten (%n)</numerusform>
            <numerusform>De valgte kontaktene (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="94"/>
        <source>Contacts with the tag</source>
        <translation>Kontakter med stikkordet</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>The contacts of the current search</source>
        <translation>Kontaktene i gjeldende søk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>Everyone in the book</source>
        <translation>Alle i adresseboken</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121"/>
        <source>vCard 3.0 (most programs)</source>
        <translation>vCard 3.0 (de fleste programmer)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>CSV for Google Contacts</source>
        <translation>CSV for Google Kontakter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>CSV for Outlook</source>
        <translation>CSV for Outlook</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="128"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="129"/>
        <source>One file per contact (into a folder)</source>
        <translation>Én fil per kontakt (i en mappe)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="135"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139"/>
        <source>Save to:</source>
        <translation>Lagre i:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Export into folder</source>
        <translation>Eksporter til mappe</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="235"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n kontakt til %1.</numerusform>
            <numerusform>Eksporterte %n kontakter til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="238"/>
        <source>%n value(s) could not be written validly and were left out:</source>
        <translation>
            <numerusform>%n verdi kunne ikke skrives korrekt og ble utelatt:</numerusform>
            <numerusform>%n verdier kunne ikke skrives korrekt og ble utelatt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248"/>
        <source>%1 (contact %2): %3</source>
        <translation>%1 (kontakt %2): %3</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="259"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>The export failed: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="37"/>
        <source>Welcome to Rolodex</source>
        <translation>Velkommen til Rolodex</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="41"/>
        <source>Which country are you in? Rolodex uses it for phone numbers typed without a country code, for the paper size and label sheet, and as your country on address labels. You can change it later in Preferences.</source>
        <translation>Hvilket land er du i? Rolodex bruker det for telefonnumre som skrives uten landskode, for papirstørrelse og etikettark, og som ditt land på adresseetiketter. Du kan endre det senere under Innstillinger.</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="51"/>
        <source>Choose your country…</source>
        <translation>Velg land …</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="54"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="60"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="91"/>
        <source>Cannot save your settings: %1</source>
        <translation>Kan ikke lagre innstillingene: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Edit follow-up</source>
        <translation>Endre oppfølging</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Schedule a follow-up</source>
        <translation>Planlegg oppfølging</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="66"/>
        <source>At a time</source>
        <translation>På klokkeslett</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="73"/>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="77"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="80"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="83"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="85"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="107"/>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="110"/>
        <source>Me ({name})</source>
        <translation>Meg ({name})</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="114"/>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="121"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="128"/>
        <source>Does not repeat</source>
        <translation>Gjentas ikke</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="129"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="130"/>
        <source>Weekly</source>
        <translation>Ukentlig</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="131"/>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="132"/>
        <source>Yearly</source>
        <translation>Årlig</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="136"/>
        <source>every </source>
        <translation>hver </translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../timeline/followups.py" line="90"/>
        <source>Open follow-ups</source>
        <translation>Ventende oppfølginger</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="94"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="95"/>
        <source>Mark the selected follow-up done (Ctrl+Z undoes)</source>
        <translation>Merk den valgte oppfølgingen som utført (Ctrl+Z angrer)</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="97"/>
        <source>Follow-&amp;up…</source>
        <translation>Oppfølgin&amp;g…</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="98"/>
        <source>Schedule a follow-up for this contact</source>
        <translation>Planlegg en oppfølging for denne kontakten</translation>
    </message>
    <message numerus="yes">
        <location filename="../timeline/followups.py" line="116"/>
        <source>Open follow-ups: %n</source>
        <translation>
            <numerusform>Ventende oppfølginger: %n</numerusform>
            <numerusform>Ventende oppfølginger: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../timeline/followups.py" line="62"/>
        <source>(no subject)</source>
        <translation>(uten emne)</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <location filename="../duplicates/models.py" line="156"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="157"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="158"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="159"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="160"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="161"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../importing/dialog.py" line="79"/>
        <location filename="../importing/dialog.py" line="153"/>
        <source>Import contacts</source>
        <translation>Importer kontakter</translation>
    </message>
    <message>
        <location filename="../pages.py" line="44"/>
        <source>Files to import (vCard .vcf, CSV or Thunderbird LDIF .ldif):</source>
        <translation>Filer som skal importeres (vCard .vcf, CSV eller Thunderbird LDIF .ldif):</translation>
    </message>
    <message>
        <location filename="../pages.py" line="49"/>
        <source>Add files…</source>
        <translation>Legg til filer…</translation>
    </message>
    <message>
        <location filename="../pages.py" line="51"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../pages.py" line="67"/>
        <source>The first contacts it will create:</source>
        <translation>De første kontaktene som blir opprettet:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="80"/>
        <source>Cards that match a contact already in the book:</source>
        <translation>Kort som samsvarer med en kontakt som allerede finnes:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="83"/>
        <source>Merge those with the same email, phone or UID; add those sharing only a name and company as new contacts, marked for review (recommended)</source>
        <translation>Slå sammen dem med samme e-post, telefon eller UID; legg til dem som bare har samme navn og firma, som nye kontakter merket for gjennomgang (anbefalt)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="87"/>
        <source>Skip them</source>
        <translation>Hopp over dem</translation>
    </message>
    <message>
        <location filename="../pages.py" line="88"/>
        <source>Merge them into the existing contact (adds what is new, never overwrites)</source>
        <translation>Slå dem sammen med kontakten som finnes (legger til det som er nytt, overskriver aldri)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="89"/>
        <source>Add them as new contacts</source>
        <translation>Legg dem til som nye kontakter</translation>
    </message>
    <message>
        <location filename="../pages.py" line="101"/>
        <source>Importing… Cancel leaves the book as it was.</source>
        <translation>Importerer … Avbryt lar adresseboken være som den var.</translation>
    </message>
    <message>
        <location filename="../pages.py" line="116"/>
        <source>Open report</source>
        <translation>Åpne rapport</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="105"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="106"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="107"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="109"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="155"/>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;All files (*)</source>
        <translation>Kontakter (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="213"/>
        <source>Reading the files…</source>
        <translation>Leser filene…</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="233"/>
        <source>New: %1    Matching a contact: %2    Unreadable: %3</source>
        <translation>Nye: %1    Samsvarer med en kontakt: %2    Uleselige: %3</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="275"/>
        <source>Imported: %1    Merged: %2    Skipped: %3    Unreadable: %4    With a problem: %5</source>
        <translation>Importert: %1    Slått sammen: %2    Hoppet over: %3    Uleselige: %4    Med problemer: %5</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="285"/>
        <source>Nothing was imported or merged: every card was already in the book.</source>
        <translation>Ingenting ble importert eller slått sammen: alle kortene fantes allerede i adresseboken.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="290"/>
        <source>The report was saved to %1</source>
        <translation>Rapporten ble lagret i %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="299"/>
        <source>Reading was cancelled.</source>
        <translation>Lesingen ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="303"/>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation>Importen ble avbrutt; adresseboken er uendret.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="310"/>
        <source>The import failed: %1</source>
        <translation>Importen mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="311"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../models.py" line="180"/>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../models.py" line="182"/>
        <source>a card earlier in this import</source>
        <translation>et tidligere kort i denne importen</translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>%1 matches %2 (%3)</source>
        <translation>%1 samsvarer med %2 (%3)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="11"/>
        <location filename="../../importers/csv_mapping.py" line="61"/>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="12"/>
        <location filename="../../importers/csv_mapping.py" line="62"/>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="13"/>
        <location filename="../../importers/csv_mapping.py" line="63"/>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="14"/>
        <location filename="../../importers/csv_mapping.py" line="64"/>
        <source>Name prefix (Dr., Mrs.)</source>
        <translation>Tittel (dr., fru)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="15"/>
        <location filename="../../importers/csv_mapping.py" line="65"/>
        <source>Name suffix (Jr.)</source>
        <translation>Etterstilling (jr.)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="16"/>
        <location filename="../../importers/csv_mapping.py" line="66"/>
        <source>Nickname</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="17"/>
        <location filename="../../importers/csv_mapping.py" line="67"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="18"/>
        <location filename="../../importers/csv_mapping.py" line="68"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="19"/>
        <location filename="../../importers/csv_mapping.py" line="69"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="20"/>
        <location filename="../../importers/csv_mapping.py" line="70"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="21"/>
        <location filename="../../importers/csv_mapping.py" line="71"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="22"/>
        <location filename="../../importers/csv_mapping.py" line="72"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="23"/>
        <location filename="../../importers/csv_mapping.py" line="73"/>
        <source>Email (home)</source>
        <translation>E-post (privat)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="24"/>
        <location filename="../../importers/csv_mapping.py" line="74"/>
        <source>Email (work)</source>
        <translation>E-post (arbeid)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="25"/>
        <location filename="../../importers/csv_mapping.py" line="75"/>
        <source>Email (other)</source>
        <translation>E-post (annen)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="26"/>
        <location filename="../../importers/csv_mapping.py" line="76"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="27"/>
        <location filename="../../importers/csv_mapping.py" line="77"/>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="28"/>
        <location filename="../../importers/csv_mapping.py" line="78"/>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="29"/>
        <location filename="../../importers/csv_mapping.py" line="79"/>
        <source>Phone (work)</source>
        <translation>Telefon (arbeid)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="30"/>
        <location filename="../../importers/csv_mapping.py" line="80"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="31"/>
        <location filename="../../importers/csv_mapping.py" line="81"/>
        <source>Pager</source>
        <translation>Personsøker</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="32"/>
        <location filename="../../importers/csv_mapping.py" line="82"/>
        <source>Phone (other)</source>
        <translation>Telefon (annen)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="33"/>
        <location filename="../../importers/csv_mapping.py" line="83"/>
        <source>Street</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="34"/>
        <location filename="../../importers/csv_mapping.py" line="84"/>
        <source>Street, second line</source>
        <translation>Adresselinje 2</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="35"/>
        <location filename="../../importers/csv_mapping.py" line="85"/>
        <source>PO box</source>
        <translation>Postboks</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="36"/>
        <location filename="../../importers/csv_mapping.py" line="86"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="37"/>
        <location filename="../../importers/csv_mapping.py" line="87"/>
        <source>State or region</source>
        <translation>Fylke eller region</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="38"/>
        <location filename="../../importers/csv_mapping.py" line="88"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="39"/>
        <location filename="../../importers/csv_mapping.py" line="89"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="40"/>
        <location filename="../../importers/csv_mapping.py" line="90"/>
        <source>Home street</source>
        <translation>Privat gateadresse</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="41"/>
        <location filename="../../importers/csv_mapping.py" line="91"/>
        <source>Home street, second line</source>
        <translation>Privat adresselinje 2</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="42"/>
        <location filename="../../importers/csv_mapping.py" line="92"/>
        <source>Home city</source>
        <translation>Privat poststed</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="43"/>
        <location filename="../../importers/csv_mapping.py" line="93"/>
        <source>Home state or region</source>
        <translation>Privat fylke eller region</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="44"/>
        <location filename="../../importers/csv_mapping.py" line="94"/>
        <source>Home postal code</source>
        <translation>Privat postnummer</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="45"/>
        <location filename="../../importers/csv_mapping.py" line="95"/>
        <source>Home country</source>
        <translation>Privat land</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="46"/>
        <location filename="../../importers/csv_mapping.py" line="96"/>
        <source>Work street</source>
        <translation>Gateadresse arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="47"/>
        <location filename="../../importers/csv_mapping.py" line="97"/>
        <source>Work street, second line</source>
        <translation>Adresselinje 2 arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="48"/>
        <location filename="../../importers/csv_mapping.py" line="98"/>
        <source>Work city</source>
        <translation>Poststed arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="49"/>
        <location filename="../../importers/csv_mapping.py" line="99"/>
        <source>Work state or region</source>
        <translation>Fylke eller region arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="50"/>
        <location filename="../../importers/csv_mapping.py" line="100"/>
        <source>Work postal code</source>
        <translation>Postnummer arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="51"/>
        <location filename="../../importers/csv_mapping.py" line="101"/>
        <source>Work country</source>
        <translation>Land arbeid</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="52"/>
        <location filename="../../importers/csv_mapping.py" line="102"/>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="53"/>
        <location filename="../../importers/csv_mapping.py" line="103"/>
        <source>Instant messaging</source>
        <translation>Direktemeldinger</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="54"/>
        <location filename="../../importers/csv_mapping.py" line="104"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="55"/>
        <location filename="../../importers/csv_mapping.py" line="105"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="56"/>
        <location filename="../../importers/csv_mapping.py" line="106"/>
        <source>Anniversary</source>
        <translation>Merkedag</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="57"/>
        <location filename="../../importers/csv_mapping.py" line="107"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="58"/>
        <location filename="../../importers/csv_mapping.py" line="108"/>
        <source>Do not import</source>
        <translation>Ikke importer</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../importing/history_dialog.py" line="103"/>
        <source>Import history</source>
        <translation>Importhistorikk</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="121"/>
        <location filename="../importing/history_dialog.py" line="163"/>
        <source>Undo import</source>
        <translation>Angre import</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="134"/>
        <source>Nothing has been imported yet.</source>
        <translation>Ingenting er importert ennå.</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="150"/>
        <source>Undo this import?</source>
        <translation>Vil du angre denne importen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="152"/>
        <source>The %n contact(s) it added go to the Trash.</source>
        <translation>
            <numerusform>Kontakten den la til (%n), flyttes til papirkurven.</numerusform>
            <numerusform>De %n kontaktene den la til, flyttes til papirkurven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="156"/>
        <source>What it added to the %n contact(s) it merged into is taken out.</source>
        <translation>
            <numerusform>Det den la til i kontakten den ble slått sammen med (%n), fjernes.</numerusform>
            <numerusform>Det den la til i de %n kontaktene den ble slått sammen med, fjernes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="161"/>
        <source>Whatever you have changed since is kept.</source>
        <translation>Det du har endret siden, beholdes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="182"/>
        <source>The import was undone: %n contact(s) moved to the Trash</source>
        <translation>
            <numerusform>Importen ble angret: %n kontakt flyttet til papirkurven</numerusform>
            <numerusform>Importen ble angret: %n kontakter flyttet til papirkurven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="183"/>
        <source>, %n merged contact(s) changed back.</source>
        <translation>
            <numerusform>, %n sammenslått kontakt tilbakestilt.</numerusform>
            <numerusform>, %n sammenslåtte kontakter tilbakestilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="187"/>
        <source>%n contact(s) you have edited since were kept.</source>
        <translation>
            <numerusform>%n kontakt du har endret siden, ble beholdt.</numerusform>
            <numerusform>%n kontakter du har endret siden, ble beholdt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="192"/>
        <source>%n merged contact(s) keep values you have changed since.</source>
        <translation>
            <numerusform>%n sammenslått kontakt beholder verdier du har endret siden.</numerusform>
            <numerusform>%n sammenslåtte kontakter beholder verdier du har endret siden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="200"/>
        <source>%n company(s) still in use or edited since were kept.</source>
        <translation>
            <numerusform>%n firma som fortsatt er i bruk eller er endret siden, ble beholdt.</numerusform>
            <numerusform>%n firmaer som fortsatt er i bruk eller er endret siden, ble beholdt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="166"/>
        <source>Undoing…</source>
        <translation>Angrer…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../importing/history_dialog.py" line="62"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="63"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="64"/>
        <location filename="../importing/history_dialog.py" line="88"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="65"/>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="66"/>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="67"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="87"/>
        <source>Undone %1</source>
        <translation>Angret %1</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="23"/>
        <source>Matching a contact on name and company only: %n card(s), to be added as new contacts marked as possible duplicates.</source>
        <translation>
            <numerusform>Samsvarer med en kontakt bare på navn og firma: %n kort, som legges til som ny kontakt merket som mulig duplikat.</numerusform>
            <numerusform>Samsvarer med en kontakt bare på navn og firma: %n kort, som legges til som nye kontakter merket som mulige duplikater.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="35"/>
        <source>Added as new contacts, to review in Find duplicates: %n card(s) matching a contact on name and company only.</source>
        <translation>
            <numerusform>Lagt til som ny kontakt, til gjennomgang i Finn duplikater: %n kort som samsvarer med en kontakt bare på navn og firma.</numerusform>
            <numerusform>Lagt til som nye kontakter, til gjennomgang i Finn duplikater: %n kort som samsvarer med en kontakt bare på navn og firma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/notes.py" line="47"/>
        <source>No new backup was needed: the book has not changed since the backup of %1.</source>
        <translation>Ingen ny sikkerhetskopi trengtes: adresseboken er ikke endret siden sikkerhetskopien fra %1.</translation>
    </message>
</context>
<context>
    <name>LabelOptionsForm</name>
    <message>
        <location filename="../labels/form.py" line="40"/>
        <source>Label sheet</source>
        <translation>Etikettark</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="43"/>
        <source>Person (with company)</source>
        <translation>Person (med firma)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="44"/>
        <source>Company, “Attn:” person</source>
        <translation>Firma, «Att.:» person</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="45"/>
        <source>Company only</source>
        <translation>Bare firma</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="48"/>
        <source>Addressee</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="51"/>
        <source>Preferred address</source>
        <translation>Foretrukket adresse</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="52"/>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="53"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="56"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="59"/>
        <source>As listed</source>
        <translation>Som i listen</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="60"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="61"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="64"/>
        <source>Order</source>
        <translation>Rekkefølge</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="66"/>
        <source>Copies per contact</source>
        <translation>Kopier per kontakt</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="68"/>
        <source>Start at label</source>
        <translation>Start på etikett</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="69"/>
        <source>Draw label outlines</source>
        <translation>Tegn etikettkanter</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="74"/>
        <source>e.g. NO</source>
        <translation>f.eks. NO</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="76"/>
        <source>Your country (not printed)</source>
        <translation>Ditt land (skrives ikke ut)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="78"/>
        <source>Printer offset right (mm)</source>
        <translation>Forskyvning mot høyre (mm)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="79"/>
        <source>Printer offset down (mm)</source>
        <translation>Forskyvning nedover (mm)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="83"/>
        <source>Return address (envelopes)</source>
        <translation>Returadresse (konvolutter)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="135"/>
        <source>Attn:</source>
        <translation>Att.:</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../labels/dialog.py" line="70"/>
        <source>Print labels</source>
        <translation>Skriv ut etiketter</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="94"/>
        <source>Custom sheet…</source>
        <translation>Eget ark…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="95"/>
        <source>Calibration page…</source>
        <translation>Kalibreringsside…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="96"/>
        <source>Save PDF…</source>
        <translation>Lagre PDF…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="97"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="98"/>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="125"/>
        <source>Skipped label sheet files:</source>
        <translation>Etikettarkfiler som ble hoppet over:</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <source>Save labels</source>
        <translation>Lagre etiketter</translation>
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
        <translation>Lagre kalibreringsside</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="189"/>
        <source>Print this page at 100 % and compare it with a label sheet.</source>
        <translation>Skriv ut siden i 100 % og sammenlign den med et etikettark.</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="232"/>
        <source>Left out: %1</source>
        <translation>Utelatt: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="233"/>
        <source> and %1 more</source>
        <translation> og %1 til</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="186"/>
        <location filename="../labels/dialog.py" line="255"/>
        <source>Could not finish: %1</source>
        <translation>Kunne ikke fullføre: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="225"/>
        <source>{labels} on {pages}.</source>
        <translation>{labels} på {pages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="226"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n etikett</numerusform>
            <numerusform>%n etiketter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="227"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="239"/>
        <source>do not mail</source>
        <translation>ikke post</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="240"/>
        <source>no usable address</source>
        <translation>ingen brukbar adresse</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="241"/>
        <source>address too long for the label</source>
        <translation>adressen er for lang for etiketten</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="247"/>
        <source>characters the label font cannot print: %1</source>
        <translation>tegn etikettskriften ikke kan skrive ut: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="260"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutt; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../contacts/list_actions.py" line="35"/>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="36"/>
        <source>&amp;Log activity…</source>
        <translation>Loggfør &amp;aktivitet…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="37"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Planlegg &amp;oppfølging…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="38"/>
        <source>&amp;Add tag…</source>
        <translation>Legg til &amp;stikkord…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="40"/>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Fjern stikkord…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="42"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="43"/>
        <source>Print la&amp;bels…</source>
        <translation>Skriv ut eti&amp;ketter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="78"/>
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n kontakt valgt</numerusform>
            <numerusform>%n kontakter valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="134"/>
        <source>&amp;Export these contacts…</source>
        <translation>&amp;Eksporter disse kontaktene…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="135"/>
        <source>Print &amp;labels for these contacts…</source>
        <translation>Skriv ut eti&amp;ketter for disse kontaktene…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="176"/>
        <source>Add tag “{tag}” to %n contact(s)</source>
        <translation>
            <numerusform>Legg til stikkordet «{tag}» på %n kontakt</numerusform>
            <numerusform>Legg til stikkordet «{tag}» på %n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="178"/>
        <source>Remove tag “{tag}” from %n contact(s)</source>
        <translation>
            <numerusform>Fjern stikkordet «{tag}» fra %n kontakt</numerusform>
            <numerusform>Fjern stikkordet «{tag}» fra %n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="188"/>
        <source>Tagged %n contact(s) “{tag}”.</source>
        <translation>
            <numerusform>Ga %n kontakt stikkordet «{tag}».</numerusform>
            <numerusform>Ga %n kontakter stikkordet «{tag}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="190"/>
        <source>Took “{tag}” off %n contact(s).</source>
        <translation>
            <numerusform>Fjernet «{tag}» fra %n kontakt.</numerusform>
            <numerusform>Fjernet «{tag}» fra %n kontakter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="206"/>
        <source>The selected contacts have no tags.</source>
        <translation>De valgte kontaktene har ingen stikkord.</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Add tag</source>
        <translation>Legg til stikkord</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Remove tag</source>
        <translation>Fjern stikkord</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="212"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Stikkord som skal legges til på %n kontakt:</numerusform>
            <numerusform>Stikkord som skal legges til på %n kontakter:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="214"/>
        <source>Tag to take off %n contact(s):</source>
        <translation>
            <numerusform>Stikkord som skal fjernes fra %n kontakt:</numerusform>
            <numerusform>Stikkord som skal fjernes fra %n kontakter:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="231"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="258"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Loggfør en aktivitet for %n kontakt</numerusform>
            <numerusform>Loggfør en aktivitet for %n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="260"/>
        <source>Schedule a follow-up for %n contact(s)</source>
        <translation>
            <numerusform>Planlegg en oppfølging for %n kontakt</numerusform>
            <numerusform>Planlegg en oppfølging for %n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../help.py" line="79"/>
        <source>Nothing has been logged yet.</source>
        <translation>Ingenting er logget ennå.</translation>
    </message>
    <message>
        <location filename="../help.py" line="82"/>
        <source>Open the file</source>
        <translation>Åpne filen</translation>
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
        <translation>Søk etter navn, firma, e-post, telefon … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="114"/>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="129"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="151"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../contacts/table_view.py" line="18"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="264"/>
        <source>Nothing was changed</source>
        <translation>Ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="269"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="281"/>
        <source>Moved %n contact(s) to the Trash. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Flyttet %n kontakt til papirkurven. Ctrl+Z angrer.</numerusform>
            <numerusform>Flyttet %n kontakter til papirkurven. Ctrl+Z angrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="366"/>
        <source>%n contact(s) match “{query}”</source>
        <translation>
            <numerusform>%n kontakt samsvarer med «{query}»</numerusform>
            <numerusform>%n kontakter samsvarer med «{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="369"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>%n kontakt i papirkurven</numerusform>
            <numerusform>%n kontakter i papirkurven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="371"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../features.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../features.py" line="91"/>
        <source>About Rolodex</source>
        <translation>Om Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="42"/>
        <source>Rolodex {version}
A contact book and small-office CRM.</source>
        <translation>Rolodex {version}
Adressebok og kunderegister for små kontorer.</translation>
    </message>
    <message>
        <location filename="../menus.py" line="55"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="68"/>
        <source>Import &amp;history…</source>
        <translation>Import&amp;historikk…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="71"/>
        <source>Print &amp;labels…</source>
        <translation>Skriv ut eti&amp;ketter…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhetskopier…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Not available in this version yet</source>
        <translation>Ikke tilgjengelig i denne versjonen ennå</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>&amp;New contact</source>
        <translation>&amp;Ny kontakt</translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../menus.py" line="74"/>
        <source>Find duplicate&amp;s…</source>
        <translation>Finn &amp;duplikater…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>En&amp;cryption…</source>
        <translation>K&amp;ryptering…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>Res&amp;tore from Trash</source>
        <translation>Gjenopp&amp;rett fra papirkurven</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Finn</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>&amp;Companies…</source>
        <translation>&amp;Firmaer…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>T&amp;rash</source>
        <translation>&amp;Papirkurv</translation>
    </message>
    <message>
        <location filename="../menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../menus.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../menus.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../menus.py" line="134"/>
        <source>Show &amp;log</source>
        <translation>Vis &amp;logg</translation>
    </message>
    <message>
        <location filename="../menus.py" line="135"/>
        <source>&amp;About Rolodex</source>
        <translation>&amp;Om Rolodex</translation>
    </message>
    <message>
        <location filename="../menu.py" line="23"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Salgstrakt</translation>
    </message>
    <message>
        <location filename="../menu.py" line="26"/>
        <source>Dash&amp;board</source>
        <translation>&amp;Nøkkeltall</translation>
    </message>
    <message>
        <location filename="../menu.py" line="29"/>
        <source>Ca&amp;mpaigns</source>
        <translation>&amp;Kampanjer</translation>
    </message>
    <message>
        <location filename="../menu.py" line="31"/>
        <source>New d&amp;eal for this contact…</source>
        <translation>Nytt sa&amp;lg for denne kontakten…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Import as</source>
        <translation>Importer som</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="94"/>
        <source>Column %1</source>
        <translation>Kolonne %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importing/mapping.py" line="88"/>
        <source>The first row holds column names</source>
        <translation>Første rad inneholder kolonnenavn</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="108"/>
        <source>What does each column of %1 hold?</source>
        <translation>Hva inneholder hver kolonne i %1?</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="173"/>
        <source>Choose what at least one column holds.</source>
        <translation>Velg hva minst én kolonne inneholder.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../contacts/merge_dialog.py" line="129"/>
        <location filename="../contacts/merge_dialog.py" line="240"/>
        <source>Merge contacts</source>
        <translation>Slå sammen kontakter</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="136"/>
        <source>Choose what the merged contact keeps.</source>
        <translation>Velg hva den sammenslåtte kontakten skal beholde.</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="143"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="159"/>
        <source>Main record</source>
        <translation>Hovedkort</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="161"/>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="194"/>
        <source>(no photo)</source>
        <translation>(uten bilde)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="195"/>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="199"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="204"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n e-postadresse</numerusform>
            <numerusform>%n e-postadresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="205"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefonnummer</numerusform>
            <numerusform>%n telefonnumre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="206"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresse</numerusform>
            <numerusform>%n adresser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="207"/>
        <source>%n website(s)</source>
        <translation>
            <numerusform>%n nettsted</numerusform>
            <numerusform>%n nettsteder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="208"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n stikkord</numerusform>
            <numerusform>%n stikkord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="210"/>
        <source>All of these are kept:</source>
        <translation>Alt dette beholdes:</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="212"/>
        <source>Activities and follow-ups move to the main record; the others go to the Trash.</source>
        <translation>Aktiviteter og oppfølginger flyttes til hovedkortet; de andre kortene går til papirkurven.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="59"/>
        <source>Name prefix</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="60"/>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="61"/>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="63"/>
        <source>Name suffix</source>
        <translation>Etterstilling</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="64"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="65"/>
        <source>Nickname</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="66"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="67"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="68"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="69"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="70"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="71"/>
        <source>Anniversary</source>
        <translation>Merkedag</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="73"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="74"/>
        <source>Do not mail</source>
        <translation>Ikke send post</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="75"/>
        <source>Identifier (UID)</source>
        <translation>Identifikator (UID)</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="76"/>
        <source>Revision</source>
        <translation>Revisjon</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="84"/>
        <source>Merge %n contact(s)</source>
        <translation>
            <numerusform>Slå sammen %n kontakt</numerusform>
            <numerusform>Slå sammen %n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <location filename="../name_order.py" line="27"/>
        <source>&amp;Sort by</source>
        <translation>S&amp;orter etter</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Given Family</source>
        <translation>&amp;Fornavn Etternavn</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Family, Given</source>
        <translation>&amp;Etternavn, fornavn</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="57"/>
        <source>Sorting every name…</source>
        <translation>Sorterer alle navn…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="39"/>
        <source>Encrypted contact book</source>
        <translation>Kryptert adressebok</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="41"/>
        <source>The contact book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>Adresseboken «%1» er kryptert. Skriv inn passordfrasen for å åpne den.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="48"/>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="69"/>
        <source>Please type the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="76"/>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Feil passordfrase. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../contact_editor/photo.py" line="107"/>
        <source>Photo…</source>
        <translation>Bilde…</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="109"/>
        <source>Choose a photo from a file</source>
        <translation>Velg et bilde fra en fil</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="113"/>
        <location filename="../contact_editor/photo.py" line="115"/>
        <source>Remove the photo</source>
        <translation>Fjern bildet</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="154"/>
        <source>Choose a photo</source>
        <translation>Velg bilde</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="168"/>
        <source>Cannot use this photo</source>
        <translation>Kan ikke bruke bildet</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="170"/>
        <source>“{name}” is not an image Rolodex can read: the file may be damaged or in an unsupported format.

Details: {details}</source>
        <translation>«{name}» er ikke et bilde Rolodex kan lese: filen kan være skadet eller i et format som ikke støttes.

Detaljer: {details}</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../board.py" line="132"/>
        <source>+ %1 in %2 (not converted)</source>
        <translation>+ %1 i %2 (ikke omregnet)</translation>
    </message>
    <message>
        <location filename="../board.py" line="146"/>
        <source>Pipeline</source>
        <translation>Salgstrakt</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Close month:</source>
        <translation>&amp;Avslutningsmåned:</translation>
    </message>
    <message>
        <location filename="../board.py" line="158"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <location filename="../board.py" line="165"/>
        <source>&amp;New deal…</source>
        <translation>&amp;Nytt salg…</translation>
    </message>
    <message>
        <location filename="../board.py" line="177"/>
        <source>Drag a card to another stage, or press Ctrl+Right / Ctrl+Left. Enter or a double-click opens the deal.</source>
        <translation>Dra et kort til en annen fase, eller trykk Ctrl+Høyre / Ctrl+Venstre. Enter eller dobbeltklikk åpner salget.</translation>
    </message>
    <message>
        <location filename="../board.py" line="148"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../board.py" line="149"/>
        <source>Any month</source>
        <translation>Alle måneder</translation>
    </message>
    <message>
        <location filename="../board.py" line="150"/>
        <source>Any tag</source>
        <translation>Alle etiketter</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="138"/>
        <source>This contact book</source>
        <translation>Denne adresseboken</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="151"/>
        <source>Your system does not say; numbers need + and a country code.</source>
        <translation>Systemet ditt oppgir ikke noe; numre må ha + og landskode.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="153"/>
        <source>Phone &amp;region for numbers without a country code:</source>
        <translation>Telefon&amp;region for numre uten landskode:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="156"/>
        <source>&amp;Sort names by:</source>
        <translation>S&amp;orter navn etter:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="157"/>
        <source>&amp;Backup folder:</source>
        <translation>Mappe for sikkerhets&amp;kopier:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="164"/>
        <location filename="../defaults_source.py" line="24"/>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="180"/>
        <source>Default folder</source>
        <translation>Standardmappe</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="183"/>
        <source>Leave empty to keep backups in the default folder, %1.</source>
        <translation>La feltet stå tomt for å ha sikkerhetskopiene i standardmappen, %1.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="187"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="197"/>
        <source>All your contact books</source>
        <translation>Alle adressebøkene dine</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="202"/>
        <source>Your settings file cannot be used, so the defaults are shown; OK saves these instead.
%1</source>
        <translation>Innstillingsfilen kan ikke brukes, så standardverdiene vises; OK lagrer disse i stedet.
%1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="221"/>
        <source>Your system does not say; labels always print the country.</source>
        <translation>Systemet ditt oppgir ikke noe; etikettene skriver alltid ut landet.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="223"/>
        <source>Your &amp;country (sender on labels):</source>
        <translation>&amp;Ditt land (avsender på etiketter):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="235"/>
        <source>Your system does not say; A4 is used.</source>
        <translation>Systemet ditt oppgir ikke noe; A4 brukes.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="237"/>
        <source>&amp;Paper size (label sheet offered first):</source>
        <translation>&amp;Papirstørrelse (etikettark som foreslås først):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="240"/>
        <source>&amp;Daily backups to keep:</source>
        <translation>Daglige kopier som &amp;beholdes:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="242"/>
        <source>&amp;Weekly backups to keep:</source>
        <translation>&amp;Ukentlige kopier som beholdes:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="244"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="245"/>
        <source>The language changes the next time Rolodex starts.</source>
        <translation>Språket endres neste gang Rolodex starter.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="255"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
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
        <translation>Mappe for sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="318"/>
        <source>Cannot save your settings: %1</source>
        <translation>Kan ikke lagre innstillingene: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="328"/>
        <source>The backup folder %1 does not exist. Choose another one, or leave the field empty for the default folder.</source>
        <translation>Mappen for sikkerhetskopier, %1, finnes ikke. Velg en annen, eller la feltet stå tomt for standardmappen.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="345"/>
        <source>Sorting every name by the new alphabet…</source>
        <translation>Sorterer alle navn etter det nye alfabetet…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="361"/>
        <source>Names could not be re-sorted: %1</source>
        <translation>Navnene kunne ikke sorteres på nytt: %1</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="21"/>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="26"/>
        <source>Default: %1 (chosen)</source>
        <translation>Standard: %1 (valgt)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="27"/>
        <source>Default: %1 (from your system)</source>
        <translation>Standard: %1 (fra systemet)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="34"/>
        <source>In force: from your system&apos;s language and region.</source>
        <translation>Gjelder nå: fra systemets språk og region.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="37"/>
        <source>In force: chosen by you.</source>
        <translation>Gjelder nå: valgt av deg.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="38"/>
        <source>In force: chosen for this contact book.</source>
        <translation>Gjelder nå: valgt for denne adresseboken.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Found</source>
        <translation>Funnet</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="167"/>
        <source>%1 (line %2)</source>
        <translation>%1 (linje %2)</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Unreadable</source>
        <translation>Uleselig</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Already in the book</source>
        <translation>Finnes allerede</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Sent to</source>
        <translation>Sendt til</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../crm/reminders.py" line="36"/>
        <source>Show Today</source>
        <translation>Vis «I dag»</translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="38"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message numerus="yes">
        <location filename="../crm/reminders.py" line="91"/>
        <source>You have %n overdue follow-up(s).</source>
        <translation>
            <numerusform>Du har %n forfalt oppfølging.</numerusform>
            <numerusform>Du har %n forfalte oppfølginger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="126"/>
        <source>Follow-up due: %1</source>
        <translation>Oppfølging forfaller: %1</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="81"/>
        <source>Responses to %1</source>
        <translation>Svar på %1</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="93"/>
        <source>Notes (optional)</source>
        <translation>Notater (valgfritt)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="94"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="96"/>
        <source>Schedule a &amp;follow-up…</source>
        <translation>Planlegg &amp;oppfølging…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Interested</source>
        <translation>Interessert</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Not interested</source>
        <translation>Ikke interessert</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>No answer</source>
        <translation>Ikke svart</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>Unsubscribed</source>
        <translation>Avmeldt</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="110"/>
        <source>Res&amp;ponse:</source>
        <translation>S&amp;var:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="140"/>
        <source>Choose a recipient in the list first.</source>
        <translation>Velg en mottaker i listen først.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="148"/>
        <source>Recorded for %1.</source>
        <translation>Registrert for %1.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="165"/>
        <source>Call back: %1</source>
        <translation>Ring tilbake: %1</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../safety/security_dialog.py" line="101"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="118"/>
        <source>Encrypt the book</source>
        <translation>Krypter adresseboken</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="119"/>
        <location filename="../safety/security_dialog.py" line="134"/>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="120"/>
        <location filename="../safety/security_dialog.py" line="135"/>
        <source>Repeat the new passphrase</source>
        <translation>Gjenta den nye passordfrasen</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="121"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Krypter</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="124"/>
        <source>Without the passphrase the contacts cannot be recovered. Keep it safe.</source>
        <translation>Uten passordfrasen kan kontaktene ikke gjenopprettes. Ta godt vare på den.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="126"/>
        <location filename="../safety/security_dialog.py" line="140"/>
        <source>New passphrase:</source>
        <translation>Ny passordfrase:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="127"/>
        <location filename="../safety/security_dialog.py" line="141"/>
        <source>Repeat it:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="132"/>
        <source>Change the passphrase</source>
        <translation>Bytt passordfrase</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="133"/>
        <location filename="../safety/security_dialog.py" line="147"/>
        <source>Current passphrase</source>
        <translation>Nåværende passordfrase</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="136"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Bytt passordfrase</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="139"/>
        <location filename="../safety/security_dialog.py" line="156"/>
        <source>Current passphrase:</source>
        <translation>Nåværende passordfrase:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="146"/>
        <source>Remove the encryption</source>
        <translation>Fjern krypteringen</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="148"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Dekrypter</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="151"/>
        <source>The book and its backups will be stored unencrypted: anyone who can read the files can read your contacts.</source>
        <translation>Adresseboken og sikkerhetskopiene lagres ukryptert: alle som kan lese filene, kan lese kontaktene dine.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="177"/>
        <source>No contact book is open.</source>
        <translation>Ingen adressebok er åpen.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="179"/>
        <source>This contact book is encrypted with a passphrase.</source>
        <translation>Adresseboken er kryptert med en passordfrase.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="181"/>
        <source>This contact book is not encrypted.</source>
        <translation>Adresseboken er ikke kryptert.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="196"/>
        <source>The new passphrases do not match. Nothing was changed.</source>
        <translation>De nye passordfrasene er ikke like. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="198"/>
        <source>The new passphrase must be at least %1 characters long.</source>
        <translation>Den nye passordfrasen må ha minst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="206"/>
        <source>Please type the current passphrase.</source>
        <translation>Skriv inn den nåværende passordfrasen.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="216"/>
        <source>The contact book is now encrypted. You will need the passphrase each time you open it.</source>
        <translation>Adresseboken er nå kryptert. Du trenger passordfrasen hver gang du åpner den.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="228"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Passordfrasen er byttet. Bruk den nye fra nå av.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="237"/>
        <source>The contact book is no longer encrypted.</source>
        <translation>Adresseboken er ikke lenger kryptert.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="261"/>
        <source>Converting the contact book and its backups…</source>
        <translation>Konverterer adresseboken og sikkerhetskopiene…</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="267"/>
        <source>These backup copies could not be converted:</source>
        <translation>Disse sikkerhetskopiene kunne ikke konverteres:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="277"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Den nåværende passordfrasen er feil. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../sales/campaign_send.py" line="52"/>
        <source>Send %1</source>
        <translation>Send %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="56"/>
        <source>%n recipient(s). Sending records the campaign in each one&apos;s history.</source>
        <translation>
            <numerusform>%n mottaker. Sendingen føres i mottakerens historikk.</numerusform>
            <numerusform>%n mottakere. Sendingen føres i hver mottakers historikk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="84"/>
        <source>&amp;Letters (PDF)</source>
        <translation>&amp;Brev (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="86"/>
        <source>La&amp;bels or envelopes (PDF)</source>
        <translation>&amp;Etiketter eller konvolutter (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="88"/>
        <source>Recipient list (&amp;CSV)</source>
        <translation>&amp;Mottakerliste (CSV)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="66"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="97"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="107"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="123"/>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="129"/>
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Sendt til %n mottaker.</numerusform>
            <numerusform>Sendt til %n mottakere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="131"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n brev skrevet.</numerusform>
            <numerusform>%n brev skrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="133"/>
        <source>%n label(s) written.</source>
        <translation>
            <numerusform>%n etikett skrevet.</numerusform>
            <numerusform>%n etiketter skrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="135"/>
        <source>%n row(s) written to the CSV file.</source>
        <translation>
            <numerusform>%n rad skrevet til CSV-filen.</numerusform>
            <numerusform>%n rader skrevet til CSV-filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <location filename="../shared_book_dialog.py" line="77"/>
        <source>Open shared book</source>
        <translation>Åpne felles bok</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="86"/>
        <source>from the keyring or ~/.pgpass if empty</source>
        <translation>fra nøkkelringen eller ~/.pgpass hvis tomt</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="87"/>
        <source>Remember the password in the system keyring</source>
        <translation>Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>&amp;Tjener:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="102"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="103"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="104"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="105"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="179"/>
        <source>Connecting to the server…</source>
        <translation>Kobler til tjeneren…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="40"/>
        <source>%1 — Rolodex</source>
        <translation>%1 — Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="46"/>
        <source>Open &amp;shared book…</source>
        <translation>Åpne felles &amp;bok…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../main_window/help.py" line="16"/>
        <source>Search (type a name, company, email, city, tag or 4+ digits of a phone)</source>
        <translation>Søk (navn, firma, e-post, poststed, stikkord eller 4+ sifre i et telefonnummer)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="17"/>
        <source>In the search box: go to the list</source>
        <translation>I søkefeltet: gå til listen</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="18"/>
        <source>Move through the list</source>
        <translation>Gå opp og ned i listen</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="19"/>
        <source>Edit the selected contact</source>
        <translation>Rediger den valgte kontakten</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="20"/>
        <source>Save the contact being edited</source>
        <translation>Lagre kontakten du redigerer</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="21"/>
        <source>Revert unsaved edits; again: back to the list</source>
        <translation>Tilbakestill ulagrede endringer; en gang til: til listen</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="22"/>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="23"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Flytt de valgte kontaktene til papirkurven</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="24"/>
        <source>Undo / redo</source>
        <translation>Angre / gjør om</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="25"/>
        <source>Restore the selected contacts (in the Trash)</source>
        <translation>Gjenopprett de valgte kontaktene (i papirkurven)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="26"/>
        <source>Log a call with the contact shown</source>
        <translation>Loggfør en samtale med kontakten som vises</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="27"/>
        <source>Log another kind of activity</source>
        <translation>Loggfør en annen type aktivitet</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="28"/>
        <source>Schedule a follow-up</source>
        <translation>Planlegg oppfølging</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="29"/>
        <source>Today: overdue and due follow-ups, contacts gone quiet</source>
        <translation>I dag: forfalte og kommende oppfølginger, stille kontakter</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="30"/>
        <source>Companies</source>
        <translation>Firmaer</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="31"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../sales/board.py" line="129"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n salg</numerusform>
            <numerusform>%n salg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/board.py" line="130"/>
        <source>weighted %1</source>
        <translation>vektet %1</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../stage_names.py" line="20"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="21"/>
        <source>Qualified</source>
        <translation>Kvalifisert</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="22"/>
        <source>Proposal</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="23"/>
        <source>Negotiation</source>
        <translation>Forhandling</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="24"/>
        <source>Won</source>
        <translation>Vunnet</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="25"/>
        <source>Lost</source>
        <translation>Tapt</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Email addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Phone numbers</source>
        <translation>Telefonnumre</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Websites</source>
        <translation>Nettsteder</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Instant messaging</source>
        <translation>Direktemeldinger</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Other card properties</source>
        <translation>Andre kortfelt</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="44"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Behold min</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Take theirs</source>
        <translation>Bruk se&amp;rverens</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="86"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="88"/>
        <source>Kept here: %1 · The server had: %2</source>
        <translation>Beholdt her: %1 · Tjeneren hadde: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync/status.py" line="78"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="94"/>
        <source>Sync failed: %1</source>
        <translation>Synkroniseringen mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="102"/>
        <source>Sync %1: %n problem(s)</source>
        <translation>
            <numerusform>Synkronisering %1: %n problem</numerusform>
            <numerusform>Synkronisering %1: %n problemer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="105"/>
        <source>Synced %1: no changes</source>
        <translation>Synkronisert %1: ingen endringer</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="108"/>
        <source>Synced %1: %n sent</source>
        <translation>
            <numerusform>Synkronisert %1: %n sendt</numerusform>
            <numerusform>Synkronisert %1: %n sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="109"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n mottatt</numerusform>
            <numerusform>%n mottatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="111"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n konflikt å se over</numerusform>
            <numerusform>%n konflikter å se over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../dialog.py" line="63"/>
        <source>Add sync account</source>
        <translation>Legg til synkroniseringskonto</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="72"/>
        <source>every contact</source>
        <translation>alle kontakter</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="73"/>
        <source>instead of the password</source>
        <translation>i stedet for passordet</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>Server &amp;address:</source>
        <translation>Tjener&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Password &amp;file:</source>
        <translation>Passord&amp;fil:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Only the &amp;tag:</source>
        <translation>Bare &amp;stikkordet:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="79"/>
        <source>Trust certificate (SHA-256):</source>
        <translation>Stol på sertifikatet (SHA-256):</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="82"/>
        <source>Address &amp;book:</source>
        <translation>A&amp;dressebok:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="108"/>
        <source>Looking for the address book…</source>
        <translation>Leter etter adresseboken…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="129"/>
        <source>The server has several address books: choose one.</source>
        <translation>Tjeneren har flere adressebøker: velg én.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="140"/>
        <source>Sync accounts</source>
        <translation>Synkroniseringskontoer</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="145"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="177"/>
        <source> (tag %1)</source>
        <translation> (stikkord %1)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="178"/>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Last sync: %1</source>
        <translation>Sist synkronisert: %1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="203"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="63"/>
        <source>S&amp;ync accounts…</source>
        <translation>S&amp;ynkroniseringskontoer…</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../tags/actions.py" line="80"/>
        <source>Re&amp;name tag…</source>
        <translation>&amp;Gi stikkordet nytt navn…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="82"/>
        <source>&amp;Delete tag…</source>
        <translation>&amp;Slett stikkordet…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="90"/>
        <source>Rename tag</source>
        <translation>Gi stikkord nytt navn</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="92"/>
        <source>New name for “%1” (the name of another tag merges the two):</source>
        <translation>Nytt navn på «%1» (navnet på et annet stikkord slår dem sammen):</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="106"/>
        <source>Delete tag</source>
        <translation>Slett stikkord</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="107"/>
        <source>Delete the tag “%1”?</source>
        <translation>Slette stikkordet «%1»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../tags/actions.py" line="109"/>
        <source>It is taken off %n contact(s); the contacts themselves stay.</source>
        <translation>
            <numerusform>Det fjernes fra %n kontakt; selve kontakten beholdes.</numerusform>
            <numerusform>Det fjernes fra %n kontakter; selve kontaktene beholdes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="112"/>
        <source>&amp;Delete tag</source>
        <translation>&amp;Slett stikkordet</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="131"/>
        <source>Merged “%1” into “%2”. Ctrl+Z undoes this.</source>
        <translation>«%1» er slått sammen med «%2». Ctrl+Z angrer.</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="161"/>
        <source>Nothing was changed</source>
        <translation>Ingenting ble endret</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Delete tag “%1”</source>
        <translation>Slett stikkordet «%1»</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Merge tag “%1”</source>
        <translation>Slå sammen stikkordet «%1»</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Rename tag “%1”</source>
        <translation>Gi stikkordet «%1» nytt navn</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <location filename="../tags/model.py" line="75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="86"/>
        <source>All contacts</source>
        <translation>Alle kontakter</translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="88"/>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
</context>
<context>
    <name>TeamFilterBar</name>
    <message>
        <location filename="../team/filter.py" line="37"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="39"/>
        <source>Last contacted by</source>
        <translation>Sist kontaktet av</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="42"/>
        <source>Owner:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="44"/>
        <source>Last contacted by:</source>
        <translation>Sist kontaktet av:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="59"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="63"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="64"/>
        <source>Me ({name})</source>
        <translation>Meg ({name})</translation>
    </message>
</context>
<context>
    <name>TeamMergeDialog</name>
    <message>
        <location filename="../team/merge_dialog.py" line="62"/>
        <source>Changed while you were editing</source>
        <translation>Endret mens du redigerte</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="65"/>
        <source>{who} changed this contact while you were editing it ({fields}).</source>
        <translation>{who} endret denne kontakten mens du redigerte den ({fields}).</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="69"/>
        <source>Both of you changed these; which should stay?</source>
        <translation>Dere endret begge disse. Hva skal beholdes?</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="74"/>
        <source>Mine: {value}</source>
        <translation>Min: {value}</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="75"/>
        <source>Theirs: {value}</source>
        <translation>Deres: {value}</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Prefix</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Middle name</source>
        <translation>Mellomnavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Suffix</source>
        <translation>Suffiks</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Nickname</source>
        <translation>Kallenavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Emails</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Photo</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="53"/>
        <source>Someone else</source>
        <translation>En annen</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="109"/>
        <source>Saved with {who}&apos;s changes kept ({fields}).</source>
        <translation>Lagret, og endringene til {who} er beholdt ({fields}).</translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message>
        <location filename="../team/presence.py" line="64"/>
        <source>You: {name}</source>
        <translation>Du: {name}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="65"/>
        <source>Signed in as {login} ({role})</source>
        <translation>Pålogget som {login} ({role})</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="94"/>
        <source>{name} just changed this contact; saving keeps both changes.</source>
        <translation>{name} endret nettopp denne kontakten. Når du lagrer, beholdes begge endringene.</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="124"/>
        <source>{name}: {kind} on {date}</source>
        <translation>{name}: {kind} {date}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="127"/>
        <source>{name} has an open follow-up: {subject}</source>
        <translation>{name} har en åpen oppfølging: {subject}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../view.py" line="123"/>
        <source>Delete activity</source>
        <translation>Slett aktivitet</translation>
    </message>
    <message>
        <location filename="../view.py" line="137"/>
        <source>Edit activity</source>
        <translation>Endre aktivitet</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="12"/>
        <source>call</source>
        <translation>samtale</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="13"/>
        <source>meeting</source>
        <translation>møte</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="14"/>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="15"/>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="16"/>
        <source>note</source>
        <translation>notat</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../timeline/view.py" line="104"/>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="106"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="115"/>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../timeline/view.py" line="178"/>
        <source>&amp;Log…</source>
        <translation>&amp;Loggfør…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="179"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="180"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="188"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="214"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="127"/>
        <source>Never contacted</source>
        <translation>Aldri kontaktet</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="129"/>
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Hold kontakten med %n dags mellomrom</numerusform>
            <numerusform>Hold kontakten med %n dagers mellomrom</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../crm/today.py" line="153"/>
        <source>Nothing due</source>
        <translation>Ingenting forfaller</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="161"/>
        <source>&amp;Done</source>
        <translation>&amp;Utført</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="162"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Åpne kontakt</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="163"/>
        <source>&amp;Log call…</source>
        <translation>Loggfør &amp;samtale…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="164"/>
        <source>&amp;Snooze</source>
        <translation>U&amp;tsett</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="166"/>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="167"/>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="168"/>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="171"/>
        <source>Pick a date…</source>
        <translation>Velg dato…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="177"/>
        <source>S&amp;nooze</source>
        <translation>U&amp;tsett</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="182"/>
        <source>&amp;Everyone&apos;s</source>
        <translation>A&amp;lle sine</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="183"/>
        <source>Show the whole team&apos;s follow-ups, not only yours</source>
        <translation>Vis oppfølgingene til hele teamet, ikke bare dine</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="186"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="239"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Forfalt (%n)</numerusform>
            <numerusform>Forfalt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="240"/>
        <source>Today (%n)</source>
        <translation>
            <numerusform>I dag (%n)</numerusform>
            <numerusform>I dag (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="241"/>
        <source>Next 7 days (%n)</source>
        <translation>
            <numerusform>Neste 7 dager (%n)</numerusform>
            <numerusform>Neste 7 dager (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="242"/>
        <source>Time to get in touch (%n)</source>
        <translation>
            <numerusform>På tide å ta kontakt (%n)</numerusform>
            <numerusform>På tide å ta kontakt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="301"/>
        <source>Keep in touch</source>
        <translation>Hold kontakten</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../trash_view.py" line="22"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Gjenopprett valgte</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="23"/>
        <source>Put the selected contacts back in the book</source>
        <translation>Legg de valgte kontaktene tilbake i adresseboken</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="25"/>
        <source>Empty &amp;Trash…</source>
        <translation>&amp;Tøm papirkurven…</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="26"/>
        <source>Delete everything in the Trash for good</source>
        <translation>Slett alt i papirkurven for godt</translation>
    </message>
    <message numerus="yes">
        <location filename="../trash_view.py" line="38"/>
        <source>%n contact(s) in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</source>
        <translation>
            <numerusform>%n kontakt i papirkurven. Slettede kontakter kan gjenopprettes til papirkurven tømmes; kontakter eldre enn {days} dager kan bli fjernet for godt.</numerusform>
            <numerusform>%n kontakter i papirkurven. Slettede kontakter kan gjenopprettes til papirkurven tømmes; kontakter eldre enn {days} dager kan bli fjernet for godt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="50"/>
        <source>Empty Trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="51"/>
        <source>Delete every contact in the Trash for good? This cannot be undone.</source>
        <translation>Vil du slette alle kontaktene i papirkurven for godt? Dette kan ikke angres.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Edit {name}</source>
        <translation>endring av {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Add {name}</source>
        <translation>ny kontakt {name}</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location filename="../undo.py" line="36"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Slett %n kontakt</numerusform>
            <numerusform>Slett %n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../undo.py" line="39"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Gjenopprett %n kontakt</numerusform>
            <numerusform>Gjenopprett %n kontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../unsaved.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="37"/>
        <source>Save the changes to {name}?</source>
        <translation>Vil du lagre endringene i {name}?</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="42"/>
        <source>&amp;Discard</source>
        <translation>&amp;Ikke lagre</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="43"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="36"/>
        <source>Upgrading your contact book for this version of Rolodex…
This happens once and can take a minute for a big book.</source>
        <translation>Oppgraderer kontaktboken for denne versjonen av Rolodex…
Dette skjer én gang og kan ta et minutt for en stor bok.</translation>
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
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="208"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
</TS>
