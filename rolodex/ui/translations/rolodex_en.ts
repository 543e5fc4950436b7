<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="80"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="82"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="83"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="84"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="86"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="91"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="92"/>
        <source>Also show on the company&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="119"/>
        <source>&amp;Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="120"/>
        <source>Next &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="121"/>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="122"/>
        <source>&amp;No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="180"/>
        <source>Saved. Schedule a follow-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="191"/>
        <source>Follow up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="108"/>
        <source>Cannot open the contact book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="109"/>
        <source>Rolodex cannot open the contact book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="189"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../safety/backups_dialog.py" line="123"/>
        <location filename="../safety/backups_dialog.py" line="285"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="130"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="169"/>
        <source>No backups yet. Rolodex makes one every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="186"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="194"/>
        <source>Backed up %n contact(s) (checked).</source>
        <translation>
            <numerusform>Backed up %n contact (checked).</numerusform>
            <numerusform>Backed up %n contacts (checked).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="209"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="242"/>
        <source>Restore it into this book anyway? Its contacts replace this book&apos;s; the book keeps its own identity and its own backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="248"/>
        <source>Backup of another book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="258"/>
        <source>Replace the whole contact book with the backup from %1?

It holds %2 contacts; its last change was %3.

The book as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="263"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="265"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="273"/>
        <source>Restored %n contact(s). To undo, restore the backup marked “Before restore”.</source>
        <translation>
            <numerusform>Restored %n contact. To undo, restore the backup marked “Before restore”.</numerusform>
            <numerusform>Restored %n contacts. To undo, restore the backup marked “Before restore”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="43"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="44"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="45"/>
        <source>Before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="46"/>
        <source>Before undoing an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="47"/>
        <source>Before merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="48"/>
        <source>Before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="49"/>
        <source>Before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="50"/>
        <source>Before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="51"/>
        <source>Before decryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="52"/>
        <source>Before passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="56"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <location filename="../backups_dialog.py" line="63"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="65"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceActions</name>
    <message>
        <location filename="../crm/cadence.py" line="133"/>
        <source>&amp;Keep in touch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="152"/>
        <source>How often do you want to be reminded to get in touch with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="161"/>
        <source>&amp;Follow its tags (none has a reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="163"/>
        <source>&amp;Follow its tags (every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="164"/>
        <source>&amp;Follow its tags (every %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="172"/>
        <source>Remind you to get in touch with everyone tagged “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="192"/>
        <source>Keep in touch every…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../crm/cadence.py" line="52"/>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="56"/>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;Never remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../sales/campaign_dialog.py" line="45"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="57"/>
        <source>Fields: {given}, {name}, {company}, {address}, {email}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="71"/>
        <source>Contacts &amp;tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="74"/>
        <source>What the &amp;search finds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_dialog.py" line="77"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>The %n selected contact</numerusform>
            <numerusform>The %n selected contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="97"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="98"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="99"/>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="100"/>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="79"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="93"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="105"/>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="106"/>
        <location filename="../sales/campaigns_window.py" line="167"/>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="107"/>
        <source>&amp;Responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="141"/>
        <source>Cannot read the campaigns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="166"/>
        <source>Write files again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryList</name>
    <message>
        <location filename="../companies/changes.py" line="27"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="42"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="50"/>
        <source>{name} created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="51"/>
        <source>{name} edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="52"/>
        <source>{name} moved it to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="53"/>
        <source>{name} restored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="54"/>
        <source>{name} merged it with another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="55"/>
        <source>{name} undid a merge with another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="61"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="62"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="63"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="64"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="65"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="66"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="67"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../companies/dialog.py" line="64"/>
        <location filename="../widgets.py" line="65"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="57"/>
        <location filename="../widgets.py" line="58"/>
        <source>Filter companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="72"/>
        <source>Sho&amp;w deleted companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="73"/>
        <source>List the companies in the Trash, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="75"/>
        <source>N&amp;ew company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="92"/>
        <source>Double-click or Enter opens a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="95"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="103"/>
        <source>Mer&amp;ge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="105"/>
        <source>Merge another company into this one: its people and activities move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="108"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="110"/>
        <source>&amp;Delete company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="111"/>
        <source>Move the company to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117"/>
        <source>&amp;Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets.py" line="119"/>
        <source>Bring the selected companies back, with their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="111"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="194"/>
        <source>&amp;People (%n)</source>
        <translation>
            <numerusform>&amp;People (%n)</numerusform>
            <numerusform>&amp;People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="195"/>
        <source>&amp;Timeline (%n)</source>
        <translation>
            <numerusform>&amp;Timeline (%n)</numerusform>
            <numerusform>&amp;Timeline (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="196"/>
        <source>C&amp;hanges (%n)</source>
        <translation>
            <numerusform>C&amp;hanges (%n)</numerusform>
            <numerusform>C&amp;hanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="205"/>
        <source>There are no companies in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="209"/>
        <source>Deleted companies stay in the Trash for {days} days. Select one or more and press Restore: each comes back with its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="240"/>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="252"/>
        <source>Moved “{name}” to the Trash. Tick “Show deleted companies” to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="259"/>
        <source>Move “{name}” to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="261"/>
        <source>You can restore it for {days} days (tick “Show deleted companies”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="265"/>
        <source>Its people ({count}) stay in the book, shown without a company until it is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="270"/>
        <source>Move company to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="287"/>
        <source>Restored with their people: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="302"/>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="306"/>
        <source>Merged “{merged}” into “{kept}”. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>Apartment, floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Country (e.g. NO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="38"/>
        <location filename="../companies/form.py" line="54"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="48"/>
        <source>Apartment, PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="49"/>
        <source>Postal code, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="50"/>
        <source>Region, country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../companies/models.py" line="70"/>
        <source>People: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="76"/>
        <source>{name} — {city} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="79"/>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyMergeDialog</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="71"/>
        <source>Merge companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="73"/>
        <source>Merge into “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="76"/>
        <location filename="../companies/merge_dialog.py" line="77"/>
        <source>Filter companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="84"/>
        <source>Company to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="118"/>
        <source>No other company matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="122"/>
        <source>The people of “{merged}” ({count}) and the activities logged on it move to “{kept}”; the empty details of “{kept}” are filled from it; “{merged}” goes to the Trash. Ctrl+Z undoes the merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyMergeTexts</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="43"/>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="93"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../contacts/card.py" line="143"/>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="144"/>
        <source>Edit this contact (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="213"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="221"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="223"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="226"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="229"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="232"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="234"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="237"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="238"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="239"/>
        <source>Latest history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../contact_editor/editor.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="136"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Add website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Add handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="150"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="227"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="229"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="194"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="195"/>
        <source>Undo the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="380"/>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="197"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="198"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="146"/>
        <source>Give the contact a name (or a company or an email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="329"/>
        <location filename="../contact_editor/editor.py" line="345"/>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="26"/>
        <source>The {what} already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="30"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="33"/>
        <source>Open {name} instead, or save this contact anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="35"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="37"/>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="27"/>
        <source>An email address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="29"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="32"/>
        <source>An email address has only one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="34"/>
        <source>The name before the @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="36"/>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="39"/>
        <source>“{domain}” is not a valid domain; it should look like example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="62"/>
        <source>“{text}” is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="83"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks.py" line="59"/>
        <source>Write the date as {example} (or 1985-03-14); leave out the year when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Fa&amp;mily name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="80"/>
        <source>Com&amp;pany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="89"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>Comma-separated, e.g. Customers, Friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="102"/>
        <source>Do not send mail (left out of labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="107"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms.py" line="110"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="42"/>
        <source>blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="86"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="90"/>
        <source>preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="93"/>
        <location filename="../rows.py" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="126"/>
        <source>It is saved as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="149"/>
        <location filename="../rows.py" line="153"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="153"/>
        <source>Apartment, floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Country (e.g. NO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>https://example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>Handle or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../phones.py" line="35"/>
        <source>This number has the wrong number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../phones.py" line="68"/>
        <source>Unknown country code: start with + and the country code, or set the default region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../phones.py" line="70"/>
        <location filename="../../phones.py" line="76"/>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../phones.py" line="71"/>
        <location filename="../../phones.py" line="72"/>
        <source>This number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../phones.py" line="73"/>
        <source>This number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="296"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../sales/contact_picker.py" line="26"/>
        <source>Type a name to find the contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPreviewModel</name>
    <message>
        <location filename="../importing/preview.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="51"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="52"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="53"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="54"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSales</name>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="35"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="36"/>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="68"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="73"/>
        <source>New dea&amp;l…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="74"/>
        <source>A new deal for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="81"/>
        <source>Lifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="113"/>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="128"/>
        <source>and %1 more on the pipeline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="132"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../contacts/model.py" line="98"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="99"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="100"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="101"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="102"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="103"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="104"/>
        <source>Last contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="105"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="106"/>
        <source>Last contacted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="125"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="251"/>
        <source>The book is still opening; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="336"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmActions</name>
    <message>
        <location filename="../crm/actions.py" line="45"/>
        <source>&amp;Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="47"/>
        <source>Log &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="50"/>
        <source>Schedule &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmUndo</name>
    <message>
        <location filename="../undo.py" line="41"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="55"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="76"/>
        <source>Mark follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomSheetDialog</name>
    <message>
        <location filename="../labels/custom.py" line="38"/>
        <source>Custom label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="44"/>
        <source>millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="45"/>
        <source>inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="46"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="60"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="61"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="80"/>
        <source>Give the sheet a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="93"/>
        <source>Cannot save this sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="21"/>
        <source>Page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="22"/>
        <source>Page height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="23"/>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="24"/>
        <source>Label height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="25"/>
        <source>Left margin (to first label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="26"/>
        <source>Top margin (to first label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="27"/>
        <source>Horizontal pitch (label to label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="28"/>
        <source>Vertical pitch (label to label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="29"/>
        <source>Keep text away from the edge by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sales/dashboard.py" line="47"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>E&amp;xport as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Former customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="76"/>
        <source>No way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="77"/>
        <source>Invalid emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="78"/>
        <source>Phones that do not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="79"/>
        <source>Addresses without a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="80"/>
        <source>Suspected duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="81"/>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="90"/>
        <source>Reading the numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="147"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="148"/>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="160"/>
        <source>Neglected customers (%1 days): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="165"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="169"/>
        <source>%n deal(s) expected to close this month</source>
        <translation>
            <numerusform>%n deal expected to close this month</numerusform>
            <numerusform>%n deals expected to close this month</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="172"/>
        <source>Closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="179"/>
        <source>Pipeline by stage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="183"/>
        <source>Deals in %1 are not converted: see the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="188"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="192"/>
        <source>Contacts by lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="199"/>
        <source>This year: %1 customers at the start, %2 lost, %3 won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="206"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <location filename="../sales/dashboard.py" line="216"/>
        <source>Campaign response rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <source>No campaign sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="217"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <location filename="../sales/dashboard.py" line="228"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="252"/>
        <source>Export dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="56"/>
        <source>Optional: the contact&apos;s company by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="64"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>Com&amp;pany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>Pro&amp;bability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>Expected c&amp;lose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="131"/>
        <source>Stage default (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="146"/>
        <source>There is no company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="150"/>
        <source>Choose the contact from the list (type part of the name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../duplicates/dialog.py" line="61"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="90"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="93"/>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="116"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="148"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../duplicates/dialog.py" line="154"/>
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>%n group of possible duplicates.</numerusform>
            <numerusform>%n groups of possible duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="156"/>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="176"/>
        <source>Only a name links these contacts, so none is ticked: tick the ones that are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="181"/>
        <source>Ticked: the contacts sharing an email, phone or identifier. The others only share a name: tick them if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="184"/>
        <source>Ticked: the contacts sharing an email, phone or identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="194"/>
        <source>These contacts were changed meanwhile; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="40"/>
        <source>Same identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="41"/>
        <source>Same email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="42"/>
        <source>Same phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="43"/>
        <source>Same name at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="44"/>
        <source>Same name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="45"/>
        <source>Similar names at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <location filename="../empty_state.py" line="19"/>
        <source>Your contact book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="26"/>
        <source>Bring in contacts from a vCard, CSV or LDIF file (Thunderbird, Outlook, Google, phones), or type in the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="33"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="36"/>
        <source>&amp;Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>the contact book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="51"/>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="52"/>
        <source>Nothing was changed. Your book is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex hit a bug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="65"/>
        <location filename="../export_dialog.py" line="184"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="90"/>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="93"/>
        <source>The selected contacts (%n)</source>
        <translation>
            <numerusform>The selected contacts (%n)</numerusform>
            <numerusform>The selected contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="94"/>
        <source>Contacts with the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>The contacts of the current search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>Everyone in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121"/>
        <source>vCard 3.0 (most programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>vCard 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>CSV for Google Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>CSV for Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="128"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="129"/>
        <source>One file per contact (into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="135"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="147"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="235"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="238"/>
        <source>%n value(s) could not be written validly and were left out:</source>
        <translation>
            <numerusform>%n value could not be written validly and was left out:</numerusform>
            <numerusform>%n values could not be written validly and were left out:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248"/>
        <source>%1 (contact %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="259"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="37"/>
        <source>Welcome to Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="41"/>
        <source>Which country are you in? Rolodex uses it for phone numbers typed without a country code, for the paper size and label sheet, and as your country on address labels. You can change it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="51"/>
        <source>Choose your country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="54"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="60"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="91"/>
        <source>Cannot save your settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="66"/>
        <source>At a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="73"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="77"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="80"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="83"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="85"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="107"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="110"/>
        <source>Me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="114"/>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="121"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="128"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="129"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="130"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="131"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="132"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="136"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../timeline/followups.py" line="90"/>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="94"/>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="95"/>
        <source>Mark the selected follow-up done (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="97"/>
        <source>Follow-&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="98"/>
        <source>Schedule a follow-up for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../timeline/followups.py" line="116"/>
        <source>Open follow-ups: %n</source>
        <translation>
            <numerusform>Open follow-ups: %n</numerusform>
            <numerusform>Open follow-ups: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../timeline/followups.py" line="62"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <location filename="../duplicates/models.py" line="156"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="157"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="158"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="159"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="160"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="161"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../importing/dialog.py" line="79"/>
        <location filename="../importing/dialog.py" line="153"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="44"/>
        <source>Files to import (vCard .vcf, CSV or Thunderbird LDIF .ldif):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="49"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="51"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="67"/>
        <source>The first contacts it will create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="80"/>
        <source>Cards that match a contact already in the book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="83"/>
        <source>Merge those with the same email, phone or UID; add those sharing only a name and company as new contacts, marked for review (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="87"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="88"/>
        <source>Merge them into the existing contact (adds what is new, never overwrites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="89"/>
        <source>Add them as new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="101"/>
        <source>Importing… Cancel leaves the book as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages.py" line="116"/>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="105"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="106"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="107"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="109"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="155"/>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="213"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="233"/>
        <source>New: %1    Matching a contact: %2    Unreadable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="275"/>
        <source>Imported: %1    Merged: %2    Skipped: %3    Unreadable: %4    With a problem: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="285"/>
        <source>Nothing was imported or merged: every card was already in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="290"/>
        <source>The report was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="299"/>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="303"/>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="310"/>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="311"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="180"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="182"/>
        <source>a card earlier in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>%1 matches %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="11"/>
        <location filename="../../importers/csv_mapping.py" line="61"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="12"/>
        <location filename="../../importers/csv_mapping.py" line="62"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="13"/>
        <location filename="../../importers/csv_mapping.py" line="63"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="14"/>
        <location filename="../../importers/csv_mapping.py" line="64"/>
        <source>Name prefix (Dr., Mrs.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="15"/>
        <location filename="../../importers/csv_mapping.py" line="65"/>
        <source>Name suffix (Jr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="16"/>
        <location filename="../../importers/csv_mapping.py" line="66"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="17"/>
        <location filename="../../importers/csv_mapping.py" line="67"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="18"/>
        <location filename="../../importers/csv_mapping.py" line="68"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="19"/>
        <location filename="../../importers/csv_mapping.py" line="69"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="20"/>
        <location filename="../../importers/csv_mapping.py" line="70"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="21"/>
        <location filename="../../importers/csv_mapping.py" line="71"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="22"/>
        <location filename="../../importers/csv_mapping.py" line="72"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="23"/>
        <location filename="../../importers/csv_mapping.py" line="73"/>
        <source>Email (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="24"/>
        <location filename="../../importers/csv_mapping.py" line="74"/>
        <source>Email (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="25"/>
        <location filename="../../importers/csv_mapping.py" line="75"/>
        <source>Email (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="26"/>
        <location filename="../../importers/csv_mapping.py" line="76"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="27"/>
        <location filename="../../importers/csv_mapping.py" line="77"/>
        <source>Phone (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="28"/>
        <location filename="../../importers/csv_mapping.py" line="78"/>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="29"/>
        <location filename="../../importers/csv_mapping.py" line="79"/>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="30"/>
        <location filename="../../importers/csv_mapping.py" line="80"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="31"/>
        <location filename="../../importers/csv_mapping.py" line="81"/>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="32"/>
        <location filename="../../importers/csv_mapping.py" line="82"/>
        <source>Phone (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="33"/>
        <location filename="../../importers/csv_mapping.py" line="83"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="34"/>
        <location filename="../../importers/csv_mapping.py" line="84"/>
        <source>Street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="35"/>
        <location filename="../../importers/csv_mapping.py" line="85"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="36"/>
        <location filename="../../importers/csv_mapping.py" line="86"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="37"/>
        <location filename="../../importers/csv_mapping.py" line="87"/>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="38"/>
        <location filename="../../importers/csv_mapping.py" line="88"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="39"/>
        <location filename="../../importers/csv_mapping.py" line="89"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="40"/>
        <location filename="../../importers/csv_mapping.py" line="90"/>
        <source>Home street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="41"/>
        <location filename="../../importers/csv_mapping.py" line="91"/>
        <source>Home street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="42"/>
        <location filename="../../importers/csv_mapping.py" line="92"/>
        <source>Home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="43"/>
        <location filename="../../importers/csv_mapping.py" line="93"/>
        <source>Home state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="44"/>
        <location filename="../../importers/csv_mapping.py" line="94"/>
        <source>Home postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="45"/>
        <location filename="../../importers/csv_mapping.py" line="95"/>
        <source>Home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="46"/>
        <location filename="../../importers/csv_mapping.py" line="96"/>
        <source>Work street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="47"/>
        <location filename="../../importers/csv_mapping.py" line="97"/>
        <source>Work street, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="48"/>
        <location filename="../../importers/csv_mapping.py" line="98"/>
        <source>Work city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="49"/>
        <location filename="../../importers/csv_mapping.py" line="99"/>
        <source>Work state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="50"/>
        <location filename="../../importers/csv_mapping.py" line="100"/>
        <source>Work postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="51"/>
        <location filename="../../importers/csv_mapping.py" line="101"/>
        <source>Work country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="52"/>
        <location filename="../../importers/csv_mapping.py" line="102"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="53"/>
        <location filename="../../importers/csv_mapping.py" line="103"/>
        <source>Instant messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="54"/>
        <location filename="../../importers/csv_mapping.py" line="104"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="55"/>
        <location filename="../../importers/csv_mapping.py" line="105"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="56"/>
        <location filename="../../importers/csv_mapping.py" line="106"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="57"/>
        <location filename="../../importers/csv_mapping.py" line="107"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="58"/>
        <location filename="../../importers/csv_mapping.py" line="108"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../importing/history_dialog.py" line="103"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="121"/>
        <location filename="../importing/history_dialog.py" line="163"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="134"/>
        <source>Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="150"/>
        <source>Undo this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="152"/>
        <source>The %n contact(s) it added go to the Trash.</source>
        <translation>
            <numerusform>The %n contact it added goes to the Trash.</numerusform>
            <numerusform>The %n contacts it added go to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="156"/>
        <source>What it added to the %n contact(s) it merged into is taken out.</source>
        <translation>
            <numerusform>What it added to the %n contact it merged into is taken out.</numerusform>
            <numerusform>What it added to the %n contacts it merged into is taken out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="161"/>
        <source>Whatever you have changed since is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="182"/>
        <source>The import was undone: %n contact(s) moved to the Trash</source>
        <translation>
            <numerusform>The import was undone: %n contact moved to the Trash</numerusform>
            <numerusform>The import was undone: %n contacts moved to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="183"/>
        <source>, %n merged contact(s) changed back.</source>
        <translation>
            <numerusform>, %n merged contact changed back.</numerusform>
            <numerusform>, %n merged contacts changed back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="187"/>
        <source>%n contact(s) you have edited since were kept.</source>
        <translation>
            <numerusform>%n contact you have edited since was kept.</numerusform>
            <numerusform>%n contacts you have edited since were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="192"/>
        <source>%n merged contact(s) keep values you have changed since.</source>
        <translation>
            <numerusform>%n merged contact keeps values you have changed since.</numerusform>
            <numerusform>%n merged contacts keep values you have changed since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="200"/>
        <source>%n company(s) still in use or edited since were kept.</source>
        <translation>
            <numerusform>%n company still in use or edited since was kept.</numerusform>
            <numerusform>%n companies still in use or edited since were kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="166"/>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../importing/history_dialog.py" line="62"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="63"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="64"/>
        <location filename="../importing/history_dialog.py" line="88"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="65"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="66"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="67"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="87"/>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="23"/>
        <source>Matching a contact on name and company only: %n card(s), to be added as new contacts marked as possible duplicates.</source>
        <translation>
            <numerusform>Matching a contact on name and company only: %n card, to be added as new contacts marked as possible duplicates.</numerusform>
            <numerusform>Matching a contact on name and company only: %n cards, to be added as new contacts marked as possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="35"/>
        <source>Added as new contacts, to review in Find duplicates: %n card(s) matching a contact on name and company only.</source>
        <translation>
            <numerusform>Added as new contacts, to review in Find duplicates: %n card matching a contact on name and company only.</numerusform>
            <numerusform>Added as new contacts, to review in Find duplicates: %n cards matching a contact on name and company only.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/notes.py" line="47"/>
        <source>No new backup was needed: the book has not changed since the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelOptionsForm</name>
    <message>
        <location filename="../labels/form.py" line="40"/>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="43"/>
        <source>Person (with company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="44"/>
        <source>Company, “Attn:” person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="45"/>
        <source>Company only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="48"/>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="51"/>
        <source>Preferred address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="52"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="53"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="56"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="59"/>
        <source>As listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="61"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="64"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="66"/>
        <source>Copies per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="68"/>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="69"/>
        <source>Draw label outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="74"/>
        <source>e.g. NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="76"/>
        <source>Your country (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="78"/>
        <source>Printer offset right (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="79"/>
        <source>Printer offset down (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="83"/>
        <source>Return address (envelopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="135"/>
        <source>Attn:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../labels/dialog.py" line="70"/>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="94"/>
        <source>Custom sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="95"/>
        <source>Calibration page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="96"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="97"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="98"/>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="125"/>
        <source>Skipped label sheet files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <source>Save labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <location filename="../labels/dialog.py" line="179"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="179"/>
        <source>Save calibration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="189"/>
        <source>Print this page at 100 % and compare it with a label sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="232"/>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="233"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="186"/>
        <location filename="../labels/dialog.py" line="255"/>
        <source>Could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="225"/>
        <source>{labels} on {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="226"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="227"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="239"/>
        <source>do not mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="240"/>
        <source>no usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="241"/>
        <source>address too long for the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="247"/>
        <source>characters the label font cannot print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="260"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../contacts/list_actions.py" line="35"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="36"/>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="37"/>
        <source>Schedule &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="38"/>
        <source>&amp;Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="40"/>
        <source>&amp;Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="42"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="43"/>
        <source>Print la&amp;bels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="78"/>
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>%n contact selected</numerusform>
            <numerusform>%n contacts selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="134"/>
        <source>&amp;Export these contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="135"/>
        <source>Print &amp;labels for these contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="176"/>
        <source>Add tag “{tag}” to %n contact(s)</source>
        <translation>
            <numerusform>Add tag “{tag}” to %n contact</numerusform>
            <numerusform>Add tag “{tag}” to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="178"/>
        <source>Remove tag “{tag}” from %n contact(s)</source>
        <translation>
            <numerusform>Remove tag “{tag}” from %n contact</numerusform>
            <numerusform>Remove tag “{tag}” from %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="188"/>
        <source>Tagged %n contact(s) “{tag}”.</source>
        <translation>
            <numerusform>Tagged %n contact “{tag}”.</numerusform>
            <numerusform>Tagged %n contacts “{tag}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="190"/>
        <source>Took “{tag}” off %n contact(s).</source>
        <translation>
            <numerusform>Took “{tag}” off %n contact.</numerusform>
            <numerusform>Took “{tag}” off %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="206"/>
        <source>The selected contacts have no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="212"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Tag to add to %n contact:</numerusform>
            <numerusform>Tag to add to %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="214"/>
        <source>Tag to take off %n contact(s):</source>
        <translation>
            <numerusform>Tag to take off %n contact:</numerusform>
            <numerusform>Tag to take off %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="231"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="258"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Log an activity for %n contact</numerusform>
            <numerusform>Log an activity for %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="260"/>
        <source>Schedule a follow-up for %n contact(s)</source>
        <translation>
            <numerusform>Schedule a follow-up for %n contact</numerusform>
            <numerusform>Schedule a follow-up for %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../help.py" line="79"/>
        <source>Nothing has been logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../help.py" line="82"/>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window/window.py" line="72"/>
        <source>Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="112"/>
        <source>Search names, companies, emails, phones… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="114"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="129"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="151"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/table_view.py" line="18"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="264"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="269"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="281"/>
        <source>Moved %n contact(s) to the Trash. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Moved %n contact to the Trash. Ctrl+Z undoes this.</numerusform>
            <numerusform>Moved %n contacts to the Trash. Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="366"/>
        <source>%n contact(s) match “{query}”</source>
        <translation>
            <numerusform>%n contact matches “{query}”</numerusform>
            <numerusform>%n contacts match “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="369"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>%n contact in the Trash</numerusform>
            <numerusform>%n contacts in the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="371"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="42"/>
        <source>Rolodex {version}
A contact book and small-office CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../features.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../features.py" line="91"/>
        <source>About Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="55"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="68"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="71"/>
        <source>Print &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>&amp;New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="74"/>
        <source>Find duplicate&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>En&amp;cryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>Res&amp;tore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>&amp;Companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>T&amp;rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="102"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="132"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="134"/>
        <source>Show &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menus.py" line="135"/>
        <source>&amp;About Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menu.py" line="23"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menu.py" line="26"/>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menu.py" line="29"/>
        <source>Ca&amp;mpaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../menu.py" line="31"/>
        <source>New d&amp;eal for this contact…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="94"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importing/mapping.py" line="88"/>
        <source>The first row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="108"/>
        <source>What does each column of %1 hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="173"/>
        <source>Choose what at least one column holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../contacts/merge_dialog.py" line="129"/>
        <location filename="../contacts/merge_dialog.py" line="240"/>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="136"/>
        <source>Choose what the merged contact keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="143"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="159"/>
        <source>Main record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="161"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="194"/>
        <source>(no photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="195"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="199"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="204"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
            <numerusform>%n emails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="205"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="206"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="207"/>
        <source>%n website(s)</source>
        <translation>
            <numerusform>%n website</numerusform>
            <numerusform>%n websites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="208"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="210"/>
        <source>All of these are kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="212"/>
        <source>Activities and follow-ups move to the main record; the others go to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="59"/>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="60"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="61"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="63"/>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="64"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="65"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="66"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="67"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="68"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="69"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="70"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="71"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="73"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="74"/>
        <source>Do not mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="75"/>
        <source>Identifier (UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="76"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="84"/>
        <source>Merge %n contact(s)</source>
        <translation>
            <numerusform>Merge %n contact</numerusform>
            <numerusform>Merge %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <location filename="../name_order.py" line="27"/>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Given Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Family, Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../name_order.py" line="57"/>
        <source>Sorting every name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="39"/>
        <source>Encrypted contact book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="41"/>
        <source>The contact book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="48"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="69"/>
        <source>Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="76"/>
        <source>Wrong passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../contact_editor/photo.py" line="107"/>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="109"/>
        <source>Choose a photo from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="113"/>
        <location filename="../contact_editor/photo.py" line="115"/>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="154"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="168"/>
        <source>Cannot use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="170"/>
        <source>“{name}” is not an image Rolodex can read: the file may be damaged or in an unsupported format.

Details: {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../board.py" line="132"/>
        <source>+ %1 in %2 (not converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="146"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Close month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="158"/>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="165"/>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="177"/>
        <source>Drag a card to another stage, or press Ctrl+Right / Ctrl+Left. Enter or a double-click opens the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="148"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="149"/>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../board.py" line="150"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="138"/>
        <source>This contact book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="151"/>
        <source>Your system does not say; numbers need + and a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="153"/>
        <source>Phone &amp;region for numbers without a country code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="156"/>
        <source>&amp;Sort names by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="157"/>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="164"/>
        <location filename="../defaults_source.py" line="24"/>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="180"/>
        <source>Default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="183"/>
        <source>Leave empty to keep backups in the default folder, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="187"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="197"/>
        <source>All your contact books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="202"/>
        <source>Your settings file cannot be used, so the defaults are shown; OK saves these instead.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="221"/>
        <source>Your system does not say; labels always print the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="223"/>
        <source>Your &amp;country (sender on labels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="235"/>
        <source>Your system does not say; A4 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="237"/>
        <source>&amp;Paper size (label sheet offered first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="240"/>
        <source>&amp;Daily backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="242"/>
        <source>&amp;Weekly backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="244"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="245"/>
        <source>The language changes the next time Rolodex starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="255"/>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="269"/>
        <source>US Letter (Avery 5160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="269"/>
        <source>A4 (Avery L7160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="281"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="318"/>
        <source>Cannot save your settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="328"/>
        <source>The backup folder %1 does not exist. Choose another one, or leave the field empty for the default folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="345"/>
        <source>Sorting every name by the new alphabet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="361"/>
        <source>Names could not be re-sorted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="21"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="26"/>
        <source>Default: %1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="27"/>
        <source>Default: %1 (from your system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="34"/>
        <source>In force: from your system&apos;s language and region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="37"/>
        <source>In force: chosen by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="38"/>
        <source>In force: chosen for this contact book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="167"/>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Already in the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../crm/reminders.py" line="36"/>
        <source>Show Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="38"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message numerus="yes">
        <location filename="../crm/reminders.py" line="91"/>
        <source>You have %n overdue follow-up(s).</source>
        <translation>
            <numerusform>You have %n overdue follow-up.</numerusform>
            <numerusform>You have %n overdue follow-ups.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="126"/>
        <source>Follow-up due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="81"/>
        <source>Responses to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="93"/>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="94"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="96"/>
        <source>Schedule a &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="110"/>
        <source>Res&amp;ponse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="140"/>
        <source>Choose a recipient in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="148"/>
        <source>Recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="165"/>
        <source>Call back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../safety/security_dialog.py" line="101"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="118"/>
        <source>Encrypt the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="119"/>
        <location filename="../safety/security_dialog.py" line="134"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="120"/>
        <location filename="../safety/security_dialog.py" line="135"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="121"/>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="124"/>
        <source>Without the passphrase the contacts cannot be recovered. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="126"/>
        <location filename="../safety/security_dialog.py" line="140"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="127"/>
        <location filename="../safety/security_dialog.py" line="141"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="132"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="133"/>
        <location filename="../safety/security_dialog.py" line="147"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="136"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="139"/>
        <location filename="../safety/security_dialog.py" line="156"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="146"/>
        <source>Remove the encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="148"/>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="151"/>
        <source>The book and its backups will be stored unencrypted: anyone who can read the files can read your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="177"/>
        <source>No contact book is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="179"/>
        <source>This contact book is encrypted with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="181"/>
        <source>This contact book is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="196"/>
        <source>The new passphrases do not match. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="198"/>
        <source>The new passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="206"/>
        <source>Please type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="216"/>
        <source>The contact book is now encrypted. You will need the passphrase each time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="228"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="237"/>
        <source>The contact book is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="261"/>
        <source>Converting the contact book and its backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="267"/>
        <source>These backup copies could not be converted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="277"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../sales/campaign_send.py" line="52"/>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="56"/>
        <source>%n recipient(s). Sending records the campaign in each one&apos;s history.</source>
        <translation>
            <numerusform>%n recipient. Sending records the campaign in each one&apos;s history.</numerusform>
            <numerusform>%n recipients. Sending records the campaign in each one&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="84"/>
        <source>&amp;Letters (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="86"/>
        <source>La&amp;bels or envelopes (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="88"/>
        <source>Recipient list (&amp;CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="66"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="97"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="107"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="123"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="129"/>
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Sent to %n recipient.</numerusform>
            <numerusform>Sent to %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="131"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="133"/>
        <source>%n label(s) written.</source>
        <translation>
            <numerusform>%n label written.</numerusform>
            <numerusform>%n labels written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="135"/>
        <source>%n row(s) written to the CSV file.</source>
        <translation>
            <numerusform>%n row written to the CSV file.</numerusform>
            <numerusform>%n rows written to the CSV file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <location filename="../shared_book_dialog.py" line="77"/>
        <source>Open shared book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="86"/>
        <source>from the keyring or ~/.pgpass if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="87"/>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="101"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="102"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="103"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="104"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="105"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="179"/>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="40"/>
        <source>%1 — Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="46"/>
        <source>Open &amp;shared book…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../main_window/help.py" line="16"/>
        <source>Search (type a name, company, email, city, tag or 4+ digits of a phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="17"/>
        <source>In the search box: go to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="18"/>
        <source>Move through the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="19"/>
        <source>Edit the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="20"/>
        <source>Save the contact being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="21"/>
        <source>Revert unsaved edits; again: back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="22"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="23"/>
        <source>Move the selected contacts to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="24"/>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="25"/>
        <source>Restore the selected contacts (in the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="26"/>
        <source>Log a call with the contact shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="27"/>
        <source>Log another kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="28"/>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="29"/>
        <source>Today: overdue and due follow-ups, contacts gone quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="30"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="31"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../sales/board.py" line="129"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/board.py" line="130"/>
        <source>weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../stage_names.py" line="20"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="21"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="22"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="23"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="24"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="25"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Instant messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Other card properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="44"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="86"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="88"/>
        <source>Kept here: %1 · The server had: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync/status.py" line="78"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="94"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="102"/>
        <source>Sync %1: %n problem(s)</source>
        <translation>
            <numerusform>Sync %1: %n problem</numerusform>
            <numerusform>Sync %1: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="105"/>
        <source>Synced %1: no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="108"/>
        <source>Synced %1: %n sent</source>
        <translation>
            <numerusform>Synced %1: %n sent</numerusform>
            <numerusform>Synced %1: %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="109"/>
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="111"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../dialog.py" line="63"/>
        <source>Add sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="72"/>
        <source>every contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="73"/>
        <source>instead of the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Password &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Only the &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="79"/>
        <source>Trust certificate (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="82"/>
        <source>Address &amp;book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="108"/>
        <source>Looking for the address book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="129"/>
        <source>The server has several address books: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="140"/>
        <source>Sync accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="145"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="177"/>
        <source> (tag %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="178"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialog.py" line="203"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="63"/>
        <source>S&amp;ync accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../tags/actions.py" line="80"/>
        <source>Re&amp;name tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="82"/>
        <source>&amp;Delete tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="90"/>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="92"/>
        <source>New name for “%1” (the name of another tag merges the two):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="106"/>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="107"/>
        <source>Delete the tag “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../tags/actions.py" line="109"/>
        <source>It is taken off %n contact(s); the contacts themselves stay.</source>
        <translation>
            <numerusform>It is taken off %n contact; the contacts themselves stay.</numerusform>
            <numerusform>It is taken off %n contacts; the contacts themselves stay.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="112"/>
        <source>&amp;Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="131"/>
        <source>Merged “%1” into “%2”. Ctrl+Z undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="161"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Delete tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Merge tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Rename tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <location filename="../tags/model.py" line="75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="86"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="88"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFilterBar</name>
    <message>
        <location filename="../team/filter.py" line="37"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="39"/>
        <source>Last contacted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="42"/>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="44"/>
        <source>Last contacted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="59"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="63"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="64"/>
        <source>Me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMergeDialog</name>
    <message>
        <location filename="../team/merge_dialog.py" line="62"/>
        <source>Changed while you were editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="65"/>
        <source>{who} changed this contact while you were editing it ({fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="69"/>
        <source>Both of you changed these; which should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="74"/>
        <source>Mine: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="75"/>
        <source>Theirs: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="53"/>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="109"/>
        <source>Saved with {who}&apos;s changes kept ({fields}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message>
        <location filename="../team/presence.py" line="64"/>
        <source>You: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="65"/>
        <source>Signed in as {login} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="94"/>
        <source>{name} just changed this contact; saving keeps both changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="124"/>
        <source>{name}: {kind} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="127"/>
        <source>{name} has an open follow-up: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../view.py" line="123"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../view.py" line="137"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="12"/>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="13"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="14"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="15"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="16"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../timeline/view.py" line="104"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="106"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="115"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../timeline/view.py" line="178"/>
        <source>&amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="179"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="180"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="188"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="214"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="127"/>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="129"/>
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Keep in touch every %n day</numerusform>
            <numerusform>Keep in touch every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../crm/today.py" line="153"/>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="161"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="162"/>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="163"/>
        <source>&amp;Log call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="164"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="166"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="167"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="168"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="171"/>
        <source>Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="177"/>
        <source>S&amp;nooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="182"/>
        <source>&amp;Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="183"/>
        <source>Show the whole team&apos;s follow-ups, not only yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="186"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="239"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="240"/>
        <source>Today (%n)</source>
        <translation>
            <numerusform>Today (%n)</numerusform>
            <numerusform>Today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="241"/>
        <source>Next 7 days (%n)</source>
        <translation>
            <numerusform>Next 7 days (%n)</numerusform>
            <numerusform>Next 7 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="242"/>
        <source>Time to get in touch (%n)</source>
        <translation>
            <numerusform>Time to get in touch (%n)</numerusform>
            <numerusform>Time to get in touch (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="301"/>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../trash_view.py" line="22"/>
        <source>&amp;Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="23"/>
        <source>Put the selected contacts back in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="25"/>
        <source>Empty &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="26"/>
        <source>Delete everything in the Trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../trash_view.py" line="38"/>
        <source>%n contact(s) in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</source>
        <translation>
            <numerusform>%n contact in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</numerusform>
            <numerusform>%n contacts in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="50"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="51"/>
        <source>Delete every contact in the Trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location filename="../undo.py" line="36"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../undo.py" line="39"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../unsaved.py" line="36"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="37"/>
        <source>Save the changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="40"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="42"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="36"/>
        <source>Upgrading your contact book for this version of Rolodex…
This happens once and can take a minute for a big book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../upgrade_dialog.py" line="40"/>
        <source>Rolodex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <location filename="../wiring.py" line="152"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wiring.py" line="184"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wiring.py" line="208"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
