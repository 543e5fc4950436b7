<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Edit activity</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="62"/>
        <source>Log activity</source>
        <translation>Записать событие</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="80"/>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="82"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="83"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="84"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="86"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="91"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="92"/>
        <source>Also show on the company&apos;s timeline</source>
        <translation>Показывать и в истории компании</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="119"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Завтра</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="120"/>
        <source>Next &amp;week</source>
        <translation>Через &amp;неделю</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="121"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Выбрать дату…</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="122"/>
        <source>&amp;No thanks</source>
        <translation>Н&amp;е нужно</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="180"/>
        <source>Saved. Schedule a follow-up?</source>
        <translation>Сохранено. Запланировать напоминание?</translation>
    </message>
    <message>
        <location filename="../crm/activity_dialog.py" line="191"/>
        <source>Follow up: %1</source>
        <translation>Напоминание: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="108"/>
        <source>Cannot open the contact book</source>
        <translation>Не удаётся открыть адресную книгу</translation>
    </message>
    <message>
        <location filename="../app.py" line="109"/>
        <source>Rolodex cannot open the contact book.</source>
        <translation>Rolodex не удаётся открыть адресную книгу.</translation>
    </message>
    <message>
        <location filename="../app.py" line="189"/>
        <source>Automatic backup failed: %1</source>
        <translation>Не удалось создать резервную копию автоматически: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../safety/backups_dialog.py" line="123"/>
        <location filename="../safety/backups_dialog.py" line="285"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="130"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="169"/>
        <source>No backups yet. Rolodex makes one every day.</source>
        <translation>Резервных копий пока нет. Rolodex создаёт их ежедневно.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="186"/>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="194"/>
        <source>Backed up %n contact(s) (checked).</source>
        <translation>
            <numerusform>Сохранён %n контакт (проверено).</numerusform>
            <numerusform>Сохранено %n контакта (проверено).</numerusform>
            <numerusform>Сохранено %n контактов (проверено).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="209"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="242"/>
        <source>Restore it into this book anyway? Its contacts replace this book&apos;s; the book keeps its own identity and its own backups.</source>
        <translation>Всё равно восстановить её в эту книгу? Её контакты заменят контакты этой книги; книга сохранит свой идентификатор и свои резервные копии.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="248"/>
        <source>Backup of another book</source>
        <translation>Резервная копия другой книги</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="258"/>
        <source>Replace the whole contact book with the backup from %1?

It holds %2 contacts; its last change was %3.

The book as it is now is backed up first, so you can undo this by restoring that backup.</source>
        <translation>Заменить всю адресную книгу резервной копией от %1?

Контактов в копии: %2; последнее изменение: %3.

Сначала будет создана резервная копия текущей книги, поэтому действие можно отменить, восстановив эту копию.</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="263"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="265"/>
        <source>Restore backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message numerus="yes">
        <location filename="../safety/backups_dialog.py" line="273"/>
        <source>Restored %n contact(s). To undo, restore the backup marked “Before restore”.</source>
        <translation>
            <numerusform>Восстановлен %n контакт. Чтобы отменить, восстановите копию с пометкой «Перед восстановлением».</numerusform>
            <numerusform>Восстановлено %n контакта. Чтобы отменить, восстановите копию с пометкой «Перед восстановлением».</numerusform>
            <numerusform>Восстановлено %n контактов. Чтобы отменить, восстановите копию с пометкой «Перед восстановлением».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="43"/>
        <source>Manual</source>
        <translation>Ручная</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="44"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="45"/>
        <source>Before import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="46"/>
        <source>Before undoing an import</source>
        <translation>Перед отменой импорта</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="47"/>
        <source>Before merge</source>
        <translation>Перед объединением</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="48"/>
        <source>Before restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="49"/>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="50"/>
        <source>Before encryption</source>
        <translation>Перед шифрованием</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="51"/>
        <source>Before decryption</source>
        <translation>Перед расшифровкой</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="52"/>
        <source>Before passphrase change</source>
        <translation>Перед сменой парольной фразы</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="56"/>
        <source>Before %1</source>
        <translation>Перед: %1</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <location filename="../backups_dialog.py" line="63"/>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="61"/>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <location filename="../backups_dialog.py" line="65"/>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../safety/backups_dialog.py" line="71"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>CadenceActions</name>
    <message>
        <location filename="../crm/cadence.py" line="133"/>
        <source>&amp;Keep in touch…</source>
        <translation>&amp;Поддерживать связь…</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="152"/>
        <source>How often do you want to be reminded to get in touch with %1?</source>
        <translation>Как часто напоминать о связи с контактом %1?</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="161"/>
        <source>&amp;Follow its tags (none has a reminder)</source>
        <translation>&amp;По тегам (ни у одного нет напоминания)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="163"/>
        <source>&amp;Follow its tags (every day)</source>
        <translation>&amp;По тегам (каждый день)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="164"/>
        <source>&amp;Follow its tags (every %1 days)</source>
        <translation>&amp;По тегам (раз в %1 дн.)</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="172"/>
        <source>Remind you to get in touch with everyone tagged “%1”:</source>
        <translation>Напоминать о связи со всеми, у кого тег «%1»:</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="192"/>
        <source>Keep in touch every…</source>
        <translation>Поддерживать связь раз в…</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../crm/cadence.py" line="52"/>
        <source>Keep in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="56"/>
        <source>&amp;Every</source>
        <translation>&amp;Раз в</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;Never remind me</source>
        <translation>&amp;Никогда не напоминать</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="58"/>
        <source>&amp;No reminder</source>
        <translation>&amp;Без напоминаний</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> day</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../crm/cadence.py" line="84"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../sales/campaign_dialog.py" line="45"/>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="57"/>
        <source>Fields: {given}, {name}, {company}, {address}, {email}, {date}</source>
        <translation>Поля: {given}, {name}, {company}, {address}, {email}, {date}</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="67"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="68"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="71"/>
        <source>Contacts &amp;tagged</source>
        <translation>Контакты с &amp;меткой</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="74"/>
        <source>What the &amp;search finds: %1</source>
        <translation>Найденные &amp;поиском: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_dialog.py" line="77"/>
        <source>The %n selected contact(s)</source>
        <translation>
            <numerusform>%n выбранный контакт</numerusform>
            <numerusform>%n выбранных контакта</numerusform>
            <numerusform>%n выбранных контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="96"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="97"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="99"/>
        <source>Recipients:</source>
        <translation>Получатели:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_dialog.py" line="100"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Текст письма:</translation>
    </message>
</context>
<context>
    <name>CampaignModel</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="63"/>
        <source>Sent</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="64"/>
        <source>Response rate</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="79"/>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../sales/campaigns_window.py" line="93"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="105"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Новая кампания…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="106"/>
        <location filename="../sales/campaigns_window.py" line="167"/>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="107"/>
        <source>&amp;Responses…</source>
        <translation>Откл&amp;ики…</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="141"/>
        <source>Cannot read the campaigns: %1</source>
        <translation>Не удаётся прочитать кампании: %1</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="156"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="157"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../sales/campaigns_window.py" line="166"/>
        <source>Write files again…</source>
        <translation>Записать файлы заново…</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryList</name>
    <message>
        <location filename="../companies/changes.py" line="27"/>
        <source>Changes</source>
        <translation>Правки</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="42"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="50"/>
        <source>{name} created it</source>
        <translation>{name}: создано</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="51"/>
        <source>{name} edited</source>
        <translation>{name}: изменено</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="52"/>
        <source>{name} moved it to the Trash</source>
        <translation>{name}: перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="53"/>
        <source>{name} restored it</source>
        <translation>{name}: восстановлено</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="54"/>
        <source>{name} merged it with another company</source>
        <translation>{name} объединил(а) её с другой компанией</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="55"/>
        <source>{name} undid a merge with another company</source>
        <translation>{name} отменил(а) объединение с другой компанией</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="60"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="61"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="62"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="63"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="64"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="65"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="66"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../companies/changes.py" line="67"/>
        <source>Private</source>
        <translation>Личная</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../companies/dialog.py" line="64"/>
        <location filename="../widgets.py" line="65"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="57"/>
        <location filename="../widgets.py" line="58"/>
        <source>Filter companies</source>
        <translation>Фильтр компаний</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="72"/>
        <source>Sho&amp;w deleted companies</source>
        <translation>Показать &amp;удалённые компании</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="73"/>
        <source>List the companies in the Trash, to restore them</source>
        <translation>Показать компании в корзине, чтобы их восстановить</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="75"/>
        <source>N&amp;ew company</source>
        <translation>Новая &amp;компания</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="82"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="92"/>
        <source>Double-click or Enter opens a person.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть сотрудника.</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="95"/>
        <source>Delete activity</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="103"/>
        <source>Mer&amp;ge with…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="105"/>
        <source>Merge another company into this one: its people and activities move here</source>
        <translation>Объединить с этой компанией другую: её сотрудники и события перейдут сюда</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="108"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="110"/>
        <source>&amp;Delete company…</source>
        <translation>У&amp;далить компанию…</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="111"/>
        <source>Move the company to the Trash</source>
        <translation>Переместить компанию в корзину</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="117"/>
        <source>&amp;Restore selected</source>
        <translation>&amp;Восстановить выбранные</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="119"/>
        <source>Bring the selected companies back, with their people</source>
        <translation>Вернуть выбранные компании вместе с сотрудниками</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="111"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="194"/>
        <source>&amp;People (%n)</source>
        <translation>
            <numerusform>Сот&amp;рудники (%n)</numerusform>
            <numerusform>Сот&amp;рудники (%n)</numerusform>
            <numerusform>Сот&amp;рудники (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="195"/>
        <source>&amp;Timeline (%n)</source>
        <translation>
            <numerusform>&amp;История (%n)</numerusform>
            <numerusform>&amp;История (%n)</numerusform>
            <numerusform>&amp;История (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../companies/dialog.py" line="196"/>
        <source>C&amp;hanges (%n)</source>
        <translation>
            <numerusform>&amp;Правки (%n)</numerusform>
            <numerusform>&amp;Правки (%n)</numerusform>
            <numerusform>&amp;Правки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="205"/>
        <source>There are no companies in the Trash.</source>
        <translation>В корзине нет компаний.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="209"/>
        <source>Deleted companies stay in the Trash for {days} days. Select one or more and press Restore: each comes back with its people.</source>
        <translation>Удалённые компании хранятся в корзине {days} дн. Выберите одну или несколько и нажмите «Восстановить»: каждая вернётся вместе с сотрудниками.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="235"/>
        <source>A company needs a name.</source>
        <translation>Укажите название компании.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="240"/>
        <source>Saved “{name}”.</source>
        <translation>Сохранено: «{name}».</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="252"/>
        <source>Moved “{name}” to the Trash. Tick “Show deleted companies” to restore it.</source>
        <translation>«{name}» перемещена в корзину. Чтобы восстановить, отметьте «Показать удалённые компании».</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="259"/>
        <source>Move “{name}” to the Trash?</source>
        <translation>Переместить «{name}» в корзину?</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="261"/>
        <source>You can restore it for {days} days (tick “Show deleted companies”).</source>
        <translation>Её можно восстановить в течение {days} дн. (отметьте «Показать удалённые компании»).</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="265"/>
        <source>Its people ({count}) stay in the book, shown without a company until it is restored.</source>
        <translation>Её сотрудники ({count}) остаются в книге и до восстановления показываются без компании.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="270"/>
        <source>Move company to the Trash</source>
        <translation>Переместить компанию в корзину</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="287"/>
        <source>Restored with their people: {names}.</source>
        <translation>Восстановлены вместе с сотрудниками: {names}.</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="302"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../companies/dialog.py" line="306"/>
        <source>Merged “{merged}” into “{kept}”. Ctrl+Z undoes it.</source>
        <translation>Компания «{merged}» объединена с «{kept}». Ctrl+Z — отменить.</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="24"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="25"/>
        <source>Street</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>Apartment, floor</source>
        <translation>Квартира, этаж</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="26"/>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="27"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="28"/>
        <source>Country (e.g. NO)</source>
        <translation>Страна (напр. RU)</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="38"/>
        <location filename="../companies/form.py" line="54"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="48"/>
        <source>Apartment, PO box</source>
        <translation>Квартира, а/я</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="49"/>
        <source>Postal code, city</source>
        <translation>Индекс, город</translation>
    </message>
    <message>
        <location filename="../companies/form.py" line="50"/>
        <source>Region, country</source>
        <translation>Область, страна</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../companies/models.py" line="70"/>
        <source>People: {count}</source>
        <translation>Сотрудников: {count}</translation>
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
        <translation>Объединение компаний</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="73"/>
        <source>Merge into “{name}”:</source>
        <translation>Объединить с «{name}»:</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="76"/>
        <location filename="../companies/merge_dialog.py" line="77"/>
        <source>Filter companies</source>
        <translation>Фильтр компаний</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="84"/>
        <source>Company to merge</source>
        <translation>Компания для объединения</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="93"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="118"/>
        <source>No other company matches.</source>
        <translation>Других подходящих компаний нет.</translation>
    </message>
    <message>
        <location filename="../companies/merge_dialog.py" line="122"/>
        <source>The people of “{merged}” ({count}) and the activities logged on it move to “{kept}”; the empty details of “{kept}” are filled from it; “{merged}” goes to the Trash. Ctrl+Z undoes the merge.</source>
        <translation>Сотрудники компании «{merged}» ({count}) и записанные по ней события перейдут в «{kept}»; пустые поля «{kept}» будут заполнены из неё; «{merged}» будет перемещена в корзину. Ctrl+Z — отменить объединение.</translation>
    </message>
</context>
<context>
    <name>CompanyMergeTexts</name>
    <message>
        <location filename="../companies/merge_dialog.py" line="43"/>
        <source>Merge “{merged}” into “{kept}”</source>
        <translation>Объединить «{merged}» с «{kept}»</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message numerus="yes">
        <location filename="../sync/conflicts.py" line="93"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n конфликт на проверку</numerusform>
            <numerusform>%n конфликта на проверку</numerusform>
            <numerusform>%n конфликтов на проверку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../contacts/card.py" line="143"/>
        <source>Ed&amp;it</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="144"/>
        <source>Edit this contact (Enter)</source>
        <translation>Изменить этот контакт (Enter)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="213"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="221"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="223"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="226"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="229"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="232"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="234"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="237"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="238"/>
        <source>Open follow-ups</source>
        <translation>Невыполненные напоминания</translation>
    </message>
    <message>
        <location filename="../contacts/card.py" line="239"/>
        <source>Latest history</source>
        <translation>Последние события</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../contact_editor/editor.py" line="135"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="136"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="138"/>
        <source>Add email</source>
        <translation>Добавить эл. почту</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="140"/>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="142"/>
        <source>Add address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="143"/>
        <source>Add website</source>
        <translation>Добавить сайт</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Messaging</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="144"/>
        <source>Add handle</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="150"/>
        <source>More</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="227"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="229"/>
        <source>Select a contact, or press Ctrl+N to add one.</source>
        <translation>Выберите контакт или нажмите Ctrl+N, чтобы добавить новый.</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="194"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="195"/>
        <source>Undo the changes not saved yet</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="380"/>
        <source>this contact</source>
        <translation>Этот контакт</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="197"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="198"/>
        <source>Save this contact (Ctrl+S)</source>
        <translation>Сохранить контакт (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="316"/>
        <source>No name</source>
        <translation>Без имени</translation>
    </message>
    <message>
        <location filename="../forms.py" line="146"/>
        <source>Give the contact a name (or a company or an email).</source>
        <translation>Укажите имя контакта (или компанию, или эл. почту).</translation>
    </message>
    <message>
        <location filename="../contact_editor/editor.py" line="329"/>
        <location filename="../contact_editor/editor.py" line="345"/>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="26"/>
        <source>The {what} already belongs to {name}.</source>
        <translation>{what} уже есть у контакта {name}.</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="30"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="33"/>
        <source>Open {name} instead, or save this contact anyway?</source>
        <translation>Открыть контакт {name} или всё равно сохранить этот?</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="35"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location filename="../duplicate_warning.py" line="37"/>
        <source>Open {name}</source>
        <translation>Открыть: {name}</translation>
    </message>
    <message>
        <location filename="../checks.py" line="27"/>
        <source>An email address cannot contain spaces.</source>
        <translation>Адрес эл. почты не может содержать пробелы.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="29"/>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>В адресе эл. почты нужен знак @, например: name@example.ru.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="32"/>
        <source>An email address has only one @.</source>
        <translation>В адресе эл. почты может быть только один знак @.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="34"/>
        <source>The name before the @ is missing.</source>
        <translation>Не указано имя перед @.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="36"/>
        <source>The domain after the @ is missing, as in name@example.com.</source>
        <translation>Не указан домен после @, например: name@example.ru.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="39"/>
        <source>“{domain}” is not a valid domain; it should look like example.com.</source>
        <translation>«{domain}» — недопустимый домен; он должен выглядеть как example.ru.</translation>
    </message>
    <message>
        <location filename="../checks.py" line="62"/>
        <source>“{text}” is not a real date.</source>
        <translation>«{text}» — несуществующая дата.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Prefix</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../forms.py" line="72"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../forms.py" line="83"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../forms.py" line="84"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../checks.py" line="59"/>
        <source>Write the date as {example} (or 1985-03-14); leave out the year when unknown.</source>
        <translation>Введите дату в виде {example} (или 1985-03-14); год можно не указывать, если он неизвестен.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="73"/>
        <source>Fa&amp;mily name</source>
        <translation>Фа&amp;милия</translation>
    </message>
    <message>
        <location filename="../forms.py" line="80"/>
        <source>Com&amp;pany</source>
        <translation>Компа&amp;ния</translation>
    </message>
    <message>
        <location filename="../forms.py" line="89"/>
        <source>e.g. {example}</source>
        <translation>напр. {example}</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../forms.py" line="90"/>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>&amp;Tags</source>
        <translation>&amp;Теги</translation>
    </message>
    <message>
        <location filename="../forms.py" line="99"/>
        <source>Comma-separated, e.g. Customers, Friends</source>
        <translation>Через запятую: Клиенты, Друзья</translation>
    </message>
    <message>
        <location filename="../forms.py" line="102"/>
        <source>Do not send mail (left out of labels)</source>
        <translation>Не отправлять почту (без наклеек)</translation>
    </message>
    <message>
        <location filename="../forms.py" line="107"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../forms.py" line="110"/>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../rows.py" line="39"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location filename="../rows.py" line="41"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../rows.py" line="42"/>
        <source>blog</source>
        <translation>блог</translation>
    </message>
    <message>
        <location filename="../rows.py" line="86"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../rows.py" line="90"/>
        <source>preferred</source>
        <translation>основной</translation>
    </message>
    <message>
        <location filename="../rows.py" line="93"/>
        <location filename="../rows.py" line="94"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../rows.py" line="126"/>
        <source>It is saved as typed.</source>
        <translation>Сохраняется так, как введено.</translation>
    </message>
    <message>
        <location filename="../rows.py" line="149"/>
        <location filename="../rows.py" line="153"/>
        <source>Street</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <location filename="../rows.py" line="153"/>
        <source>Apartment, floor</source>
        <translation>Квартира, этаж</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../rows.py" line="154"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../rows.py" line="155"/>
        <source>Country (e.g. NO)</source>
        <translation>Страна (напр. RU)</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>name@example.com</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <location filename="../rows.py" line="217"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>https://example.com</source>
        <translation>https://example.ru</translation>
    </message>
    <message>
        <location filename="../rows.py" line="218"/>
        <source>Handle or address</source>
        <translation>Аккаунт или адрес</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="35"/>
        <source>This number has the wrong number of digits.</source>
        <translation>В номере неверное количество цифр.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="68"/>
        <source>Unknown country code: start with + and the country code, or set the default region.</source>
        <translation>Неизвестный код страны: начните с + и кода страны или задайте регион по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="70"/>
        <location filename="../../phones.py" line="76"/>
        <source>This is not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="71"/>
        <location filename="../../phones.py" line="72"/>
        <source>This number is too short.</source>
        <translation>Номер слишком короткий.</translation>
    </message>
    <message>
        <location filename="../../phones.py" line="73"/>
        <source>This number is too long.</source>
        <translation>Номер слишком длинный.</translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="296"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../sales/contact_picker.py" line="26"/>
        <source>Type a name to find the contact</source>
        <translation>Введите имя, чтобы найти контакт</translation>
    </message>
</context>
<context>
    <name>ContactPreviewModel</name>
    <message>
        <location filename="../importing/preview.py" line="50"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="51"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="52"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="53"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../importing/preview.py" line="54"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
</context>
<context>
    <name>ContactSales</name>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="34"/>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="35"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="36"/>
        <source>Former customer</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="68"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="73"/>
        <source>New dea&amp;l…</source>
        <translation>Новая сде&amp;лка…</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="74"/>
        <source>A new deal for this contact</source>
        <translation>Новая сделка для этого контакта</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="81"/>
        <source>Lifecycle stage:</source>
        <translation>Этап жизненного цикла:</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="113"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="128"/>
        <source>and %1 more on the pipeline board</source>
        <translation>и ещё %1 на доске воронки</translation>
    </message>
    <message>
        <location filename="../contact_sales.py" line="132"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../contacts/model.py" line="98"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="99"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="100"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="101"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="102"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="103"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="104"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="105"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="106"/>
        <source>Last contacted by</source>
        <translation>Последним связывался</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="125"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="251"/>
        <source>The book is still opening; try again in a moment.</source>
        <translation>Книга контактов ещё открывается; повторите попытку через мгновение.</translation>
    </message>
    <message>
        <location filename="../contacts/model.py" line="336"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>CrmActions</name>
    <message>
        <location filename="../crm/actions.py" line="45"/>
        <source>&amp;Log call…</source>
        <translation>Записать &amp;звонок…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="47"/>
        <source>Log &amp;activity…</source>
        <translation>Записать &amp;событие…</translation>
    </message>
    <message>
        <location filename="../crm/actions.py" line="50"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Запланировать &amp;напоминание…</translation>
    </message>
</context>
<context>
    <name>CrmUndo</name>
    <message>
        <location filename="../undo.py" line="41"/>
        <source>Log activity</source>
        <translation>Записать событие</translation>
    </message>
    <message>
        <location filename="../undo.py" line="55"/>
        <source>Add follow-up</source>
        <translation>Добавить напоминание</translation>
    </message>
    <message>
        <location filename="../undo.py" line="76"/>
        <source>Mark follow-up done</source>
        <translation>Отметить напоминание выполненным</translation>
    </message>
</context>
<context>
    <name>CustomSheetDialog</name>
    <message>
        <location filename="../labels/custom.py" line="38"/>
        <source>Custom label sheet</source>
        <translation>Свой лист наклеек</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="42"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="44"/>
        <source>millimetres</source>
        <translation>миллиметры</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="45"/>
        <source>inches</source>
        <translation>дюймы</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="46"/>
        <source>Unit</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="60"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="61"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="80"/>
        <source>Give the sheet a name.</source>
        <translation>Укажите название листа.</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="93"/>
        <source>Cannot save this sheet: %1</source>
        <translation>Не удаётся сохранить лист: %1</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="21"/>
        <source>Page width</source>
        <translation>Ширина листа</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="22"/>
        <source>Page height</source>
        <translation>Высота листа</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="23"/>
        <source>Label width</source>
        <translation>Ширина наклейки</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="24"/>
        <source>Label height</source>
        <translation>Высота наклейки</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="25"/>
        <source>Left margin (to first label)</source>
        <translation>Левое поле (до первой наклейки)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="26"/>
        <source>Top margin (to first label)</source>
        <translation>Верхнее поле (до первой наклейки)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="27"/>
        <source>Horizontal pitch (label to label)</source>
        <translation>Шаг по горизонтали (между наклейками)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="28"/>
        <source>Vertical pitch (label to label)</source>
        <translation>Шаг по вертикали (между наклейками)</translation>
    </message>
    <message>
        <location filename="../labels/custom.py" line="29"/>
        <source>Keep text away from the edge by</source>
        <translation>Отступ текста от края</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../sales/dashboard.py" line="47"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="56"/>
        <source>E&amp;xport as PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="70"/>
        <source>Prospects</source>
        <translation>Потенциальные клиенты</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="71"/>
        <source>Former customers</source>
        <translation>Бывшие клиенты</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="76"/>
        <source>No way to reach them</source>
        <translation>Нет способа связаться</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="77"/>
        <source>Invalid emails</source>
        <translation>Неверные адреса эл. почты</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="78"/>
        <source>Phones that do not parse</source>
        <translation>Нераспознанные номера телефонов</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="79"/>
        <source>Addresses without a postcode</source>
        <translation>Адреса без индекса</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="80"/>
        <source>Suspected duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="81"/>
        <source>Never contacted</source>
        <translation>Ни разу не связывались</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="90"/>
        <source>Reading the numbers…</source>
        <translation>Загрузка показателей…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="146"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="147"/>
        <source>Overdue</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="148"/>
        <source>Due this week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="160"/>
        <source>Neglected customers (%1 days): %2</source>
        <translation>Забытые клиенты (%1 дн.): %2</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="165"/>
        <source>Follow-ups</source>
        <translation>Напоминания</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/dashboard.py" line="169"/>
        <source>%n deal(s) expected to close this month</source>
        <translation>
            <numerusform>%n сделка должна закрыться в этом месяце</numerusform>
            <numerusform>%n сделки должны закрыться в этом месяце</numerusform>
            <numerusform>%n сделок должны закрыться в этом месяце</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="172"/>
        <source>Closing this month</source>
        <translation>Закрываются в этом месяце</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="179"/>
        <source>Pipeline by stage (%1)</source>
        <translation>Воронка по этапам (%1)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="180"/>
        <source>Weighted</source>
        <translation>Взвешенная</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="183"/>
        <source>Deals in %1 are not converted: see the board.</source>
        <translation>Сделки в %1 не пересчитываются: см. доску.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="188"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="192"/>
        <source>Contacts by lifecycle stage</source>
        <translation>Контакты по этапам жизненного цикла</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn (%)</source>
        <translation>Отток (%)</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="198"/>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="199"/>
        <source>This year: %1 customers at the start, %2 lost, %3 won</source>
        <translation>В этом году: клиентов на начало — %1, потеряно — %2, привлечено — %3</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="206"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <location filename="../sales/dashboard.py" line="216"/>
        <source>Campaign response rates</source>
        <translation>Отклик на кампании</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="211"/>
        <source>No campaign sent yet.</source>
        <translation>Кампаний ещё не было.</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="217"/>
        <source>Response rate</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <location filename="../sales/dashboard.py" line="228"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="222"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../sales/dashboard.py" line="252"/>
        <source>Export dashboard</source>
        <translation>Экспорт сводки</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>Edit deal</source>
        <translation>Изменить сделку</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="46"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="56"/>
        <source>Optional: the contact&apos;s company by default</source>
        <translation>Необязательно: по умолчанию компания контакта</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="64"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="86"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>Com&amp;pany:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="87"/>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="88"/>
        <source>Pro&amp;bability:</source>
        <translation>&amp;Вероятность:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>Expected c&amp;lose:</source>
        <translation>&amp;Ожидаемое закрытие:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="89"/>
        <source>&amp;Owner:</source>
        <translation>Отв&amp;етственный:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="90"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="131"/>
        <source>Stage default (%1 %)</source>
        <translation>По этапу (%1 %)</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="146"/>
        <source>There is no company %1.</source>
        <translation>Компании %1 нет.</translation>
    </message>
    <message>
        <location filename="../sales/deal_dialog.py" line="150"/>
        <source>Choose the contact from the list (type part of the name).</source>
        <translation>Выберите контакт из списка (введите часть имени).</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupsModel</name>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="96"/>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../duplicates/dialog.py" line="61"/>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="90"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="93"/>
        <source>Search again</source>
        <translation>Искать снова</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="116"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="148"/>
        <source>The search failed: %1</source>
        <translation>Ошибка поиска: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../duplicates/dialog.py" line="154"/>
        <source>%n group(s) of possible duplicates.</source>
        <translation>
            <numerusform>Найдена %n группа возможных дубликатов.</numerusform>
            <numerusform>Найдено %n группы возможных дубликатов.</numerusform>
            <numerusform>Найдено %n групп возможных дубликатов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="156"/>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="176"/>
        <source>Only a name links these contacts, so none is ticked: tick the ones that are the same person.</source>
        <translation>Эти контакты связывает только имя, поэтому ни один не отмечен: отметьте те, что относятся к одному человеку.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="181"/>
        <source>Ticked: the contacts sharing an email, phone or identifier. The others only share a name: tick them if they are the same person.</source>
        <translation>Отмечены контакты с общей эл. почтой, телефоном или идентификатором. У остальных совпадает только имя: отметьте их, если это тот же человек.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="184"/>
        <source>Ticked: the contacts sharing an email, phone or identifier.</source>
        <translation>Отмечены контакты с общей эл. почтой, телефоном или идентификатором.</translation>
    </message>
    <message>
        <location filename="../duplicates/dialog.py" line="194"/>
        <source>These contacts were changed meanwhile; search again.</source>
        <translation>Эти контакты тем временем изменились; повторите поиск.</translation>
    </message>
    <message>
        <location filename="../models.py" line="40"/>
        <source>Same identifier</source>
        <translation>Одинаковый идентификатор</translation>
    </message>
    <message>
        <location filename="../models.py" line="41"/>
        <source>Same email %1</source>
        <translation>Одинаковая эл. почта %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="42"/>
        <source>Same phone %1</source>
        <translation>Одинаковый телефон %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="43"/>
        <source>Same name at %1</source>
        <translation>Одинаковое имя в %1</translation>
    </message>
    <message>
        <location filename="../models.py" line="44"/>
        <source>Same name in %1</source>
        <translation>Одинаковое имя (%1)</translation>
    </message>
    <message>
        <location filename="../models.py" line="45"/>
        <source>Similar names at %1</source>
        <translation>Похожие имена в %1</translation>
    </message>
</context>
<context>
    <name>EmptyBook</name>
    <message>
        <location filename="../empty_state.py" line="19"/>
        <source>Your contact book is empty</source>
        <translation>Ваша книга контактов пуста</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="26"/>
        <source>Bring in contacts from a vCard, CSV or LDIF file (Thunderbird, Outlook, Google, phones), or type in the first one.</source>
        <translation>Перенесите контакты из файла vCard, CSV или LDIF (Thunderbird, Outlook, Google, телефоны) или введите первый контакт вручную.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="33"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Импортировать контакты…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="36"/>
        <source>&amp;Add a contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>the contact book</source>
        <translation>адресная книга</translation>
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
        <translation>Ничего не изменено. Книга осталась прежней.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57"/>
        <source>Rolodex hit a bug.</source>
        <translation>В Rolodex произошла ошибка.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="65"/>
        <location filename="../export_dialog.py" line="184"/>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="90"/>
        <source>Export:</source>
        <translation>Экспортировать:</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="93"/>
        <source>The selected contacts (%n)</source>
        <translation>
            <numerusform>Выбранные контакты (%n)</numerusform>
            <numerusform>Выбранные контакты (%n)</numerusform>
            <numerusform>Выбранные контакты (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="94"/>
        <source>Contacts with the tag</source>
        <translation>Контакты с тегом</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="95"/>
        <source>The contacts of the current search</source>
        <translation>Контакты текущего поиска</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="96"/>
        <source>Everyone in the book</source>
        <translation>Все контакты книги</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="121"/>
        <source>vCard 3.0 (most programs)</source>
        <translation>vCard 3.0 (большинство программ)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="122"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="123"/>
        <source>CSV for Google Contacts</source>
        <translation>CSV для Google Контактов</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="124"/>
        <source>CSV for Outlook</source>
        <translation>CSV для Outlook</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="128"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="129"/>
        <source>One file per contact (into a folder)</source>
        <translation>Отдельный файл для каждого контакта (в папку)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="135"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="146"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Export into folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="218"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="235"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n контакт в %1.</numerusform>
            <numerusform>Экспортировано %n контакта в %1.</numerusform>
            <numerusform>Экспортировано %n контактов в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../export_dialog.py" line="238"/>
        <source>%n value(s) could not be written validly and were left out:</source>
        <translation>
            <numerusform>Пропущены значения, которые не удалось корректно записать (%n):</numerusform>
            <numerusform>Пропущены значения, которые не удалось корректно записать (%n):</numerusform>
            <numerusform>Пропущены значения, которые не удалось корректно записать (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="248"/>
        <source>%1 (contact %2): %3</source>
        <translation>%1 (контакт %2): %3</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="259"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="265"/>
        <source>The export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="37"/>
        <source>Welcome to Rolodex</source>
        <translation>Добро пожаловать в Rolodex</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="41"/>
        <source>Which country are you in? Rolodex uses it for phone numbers typed without a country code, for the paper size and label sheet, and as your country on address labels. You can change it later in Preferences.</source>
        <translation>В какой стране вы находитесь? Rolodex учитывает её для номеров телефонов без кода страны, размера бумаги и листа наклеек, а также указывает как вашу страну на адресных наклейках. Это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="51"/>
        <source>Choose your country…</source>
        <translation>Выберите страну…</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="54"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="60"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="91"/>
        <source>Cannot save your settings: %1</source>
        <translation>Не удаётся сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Edit follow-up</source>
        <translation>Изменить напоминание</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="56"/>
        <source>Schedule a follow-up</source>
        <translation>Запланировать напоминание</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="66"/>
        <source>At a time</source>
        <translation>Ко времени</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="73"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="77"/>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="80"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="82"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="83"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="85"/>
        <source>&amp;Repeat:</source>
        <translation>Пов&amp;тор:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="107"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="110"/>
        <source>Me ({name})</source>
        <translation>Я ({name})</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="114"/>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="121"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="128"/>
        <source>Does not repeat</source>
        <translation>Не повторять</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="129"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="130"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="131"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="132"/>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../crm/followup_dialog.py" line="136"/>
        <source>every </source>
        <translation>интервал: </translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../timeline/followups.py" line="90"/>
        <source>Open follow-ups</source>
        <translation>Невыполненные напоминания</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="94"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="95"/>
        <source>Mark the selected follow-up done (Ctrl+Z undoes)</source>
        <translation>Отметить выбранное напоминание выполненным (Ctrl+Z — отменить)</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="97"/>
        <source>Follow-&amp;up…</source>
        <translation>&amp;Напоминание…</translation>
    </message>
    <message>
        <location filename="../timeline/followups.py" line="98"/>
        <source>Schedule a follow-up for this contact</source>
        <translation>Запланировать напоминание для этого контакта</translation>
    </message>
    <message numerus="yes">
        <location filename="../timeline/followups.py" line="116"/>
        <source>Open follow-ups: %n</source>
        <translation>
            <numerusform>Невыполненных напоминаний: %n</numerusform>
            <numerusform>Невыполненных напоминаний: %n</numerusform>
            <numerusform>Невыполненных напоминаний: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../timeline/followups.py" line="62"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <location filename="../duplicates/models.py" line="156"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="157"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="158"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="159"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="160"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../duplicates/models.py" line="161"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../importing/dialog.py" line="79"/>
        <location filename="../importing/dialog.py" line="153"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location filename="../pages.py" line="44"/>
        <source>Files to import (vCard .vcf, CSV or Thunderbird LDIF .ldif):</source>
        <translation>Файлы для импорта (vCard .vcf, CSV или Thunderbird LDIF .ldif):</translation>
    </message>
    <message>
        <location filename="../pages.py" line="49"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../pages.py" line="51"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../pages.py" line="67"/>
        <source>The first contacts it will create:</source>
        <translation>Первые контакты, которые будут созданы:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="80"/>
        <source>Cards that match a contact already in the book:</source>
        <translation>Карточки, совпадающие с контактом, который уже есть в книге:</translation>
    </message>
    <message>
        <location filename="../pages.py" line="83"/>
        <source>Merge those with the same email, phone or UID; add those sharing only a name and company as new contacts, marked for review (recommended)</source>
        <translation>Объединять карточки с той же эл. почтой, телефоном или UID; совпадающие только по имени и компании добавлять как новые контакты с пометкой для проверки (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="87"/>
        <source>Skip them</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../pages.py" line="88"/>
        <source>Merge them into the existing contact (adds what is new, never overwrites)</source>
        <translation>Объединить с имеющимся контактом (добавляется новое, ничего не перезаписывается)</translation>
    </message>
    <message>
        <location filename="../pages.py" line="89"/>
        <source>Add them as new contacts</source>
        <translation>Добавить как новые контакты</translation>
    </message>
    <message>
        <location filename="../pages.py" line="101"/>
        <source>Importing… Cancel leaves the book as it was.</source>
        <translation>Импорт… При отмене книга останется прежней.</translation>
    </message>
    <message>
        <location filename="../pages.py" line="116"/>
        <source>Open report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="105"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="106"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="107"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="109"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="155"/>
        <source>Contacts (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;All files (*)</source>
        <translation>Контакты (*.vcf *.vcard *.csv *.tsv *.txt *.ldif *.ldi);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="213"/>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="233"/>
        <source>New: %1    Matching a contact: %2    Unreadable: %3</source>
        <translation>Новых: %1    Совпадают с контактом: %2    Нечитаемых: %3</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="275"/>
        <source>Imported: %1    Merged: %2    Skipped: %3    Unreadable: %4    With a problem: %5</source>
        <translation>Импортировано: %1    Объединено: %2    Пропущено: %3    Нечитаемых: %4    С ошибками: %5</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="285"/>
        <source>Nothing was imported or merged: every card was already in the book.</source>
        <translation>Ничего не импортировано и не объединено: все карточки уже есть в книге.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="290"/>
        <source>The report was saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="299"/>
        <source>Reading was cancelled.</source>
        <translation>Чтение отменено.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="303"/>
        <source>The import was cancelled; the book is unchanged.</source>
        <translation>Импорт отменён; книга не изменилась.</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="310"/>
        <source>The import failed: %1</source>
        <translation>Ошибка импорта: %1</translation>
    </message>
    <message>
        <location filename="../importing/dialog.py" line="311"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../models.py" line="180"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../models.py" line="182"/>
        <source>a card earlier in this import</source>
        <translation>карточка выше в этом импорте</translation>
    </message>
    <message>
        <location filename="../models.py" line="186"/>
        <source>%1 matches %2 (%3)</source>
        <translation>%1 совпадает с %2 (%3)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="11"/>
        <location filename="../../importers/csv_mapping.py" line="61"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="12"/>
        <location filename="../../importers/csv_mapping.py" line="62"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="13"/>
        <location filename="../../importers/csv_mapping.py" line="63"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="14"/>
        <location filename="../../importers/csv_mapping.py" line="64"/>
        <source>Name prefix (Dr., Mrs.)</source>
        <translation>Обращение (д-р, г-жа)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="15"/>
        <location filename="../../importers/csv_mapping.py" line="65"/>
        <source>Name suffix (Jr.)</source>
        <translation>Суффикс (мл.)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="16"/>
        <location filename="../../importers/csv_mapping.py" line="66"/>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="17"/>
        <location filename="../../importers/csv_mapping.py" line="67"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="18"/>
        <location filename="../../importers/csv_mapping.py" line="68"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="19"/>
        <location filename="../../importers/csv_mapping.py" line="69"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="20"/>
        <location filename="../../importers/csv_mapping.py" line="70"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="21"/>
        <location filename="../../importers/csv_mapping.py" line="71"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="22"/>
        <location filename="../../importers/csv_mapping.py" line="72"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="23"/>
        <location filename="../../importers/csv_mapping.py" line="73"/>
        <source>Email (home)</source>
        <translation>Эл. почта (личная)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="24"/>
        <location filename="../../importers/csv_mapping.py" line="74"/>
        <source>Email (work)</source>
        <translation>Эл. почта (рабочая)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="25"/>
        <location filename="../../importers/csv_mapping.py" line="75"/>
        <source>Email (other)</source>
        <translation>Эл. почта (другая)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="26"/>
        <location filename="../../importers/csv_mapping.py" line="76"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="27"/>
        <location filename="../../importers/csv_mapping.py" line="77"/>
        <source>Phone (mobile)</source>
        <translation>Телефон (мобильный)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="28"/>
        <location filename="../../importers/csv_mapping.py" line="78"/>
        <source>Phone (home)</source>
        <translation>Телефон (домашний)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="29"/>
        <location filename="../../importers/csv_mapping.py" line="79"/>
        <source>Phone (work)</source>
        <translation>Телефон (рабочий)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="30"/>
        <location filename="../../importers/csv_mapping.py" line="80"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="31"/>
        <location filename="../../importers/csv_mapping.py" line="81"/>
        <source>Pager</source>
        <translation>Пейджер</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="32"/>
        <location filename="../../importers/csv_mapping.py" line="82"/>
        <source>Phone (other)</source>
        <translation>Телефон (другой)</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="33"/>
        <location filename="../../importers/csv_mapping.py" line="83"/>
        <source>Street</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="34"/>
        <location filename="../../importers/csv_mapping.py" line="84"/>
        <source>Street, second line</source>
        <translation>Адрес, вторая строка</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="35"/>
        <location filename="../../importers/csv_mapping.py" line="85"/>
        <source>PO box</source>
        <translation>Абонентский ящик</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="36"/>
        <location filename="../../importers/csv_mapping.py" line="86"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="37"/>
        <location filename="../../importers/csv_mapping.py" line="87"/>
        <source>State or region</source>
        <translation>Область или регион</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="38"/>
        <location filename="../../importers/csv_mapping.py" line="88"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="39"/>
        <location filename="../../importers/csv_mapping.py" line="89"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="40"/>
        <location filename="../../importers/csv_mapping.py" line="90"/>
        <source>Home street</source>
        <translation>Домашний адрес: улица</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="41"/>
        <location filename="../../importers/csv_mapping.py" line="91"/>
        <source>Home street, second line</source>
        <translation>Домашний адрес: вторая строка</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="42"/>
        <location filename="../../importers/csv_mapping.py" line="92"/>
        <source>Home city</source>
        <translation>Домашний адрес: город</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="43"/>
        <location filename="../../importers/csv_mapping.py" line="93"/>
        <source>Home state or region</source>
        <translation>Домашний адрес: область или регион</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="44"/>
        <location filename="../../importers/csv_mapping.py" line="94"/>
        <source>Home postal code</source>
        <translation>Домашний адрес: индекс</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="45"/>
        <location filename="../../importers/csv_mapping.py" line="95"/>
        <source>Home country</source>
        <translation>Домашний адрес: страна</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="46"/>
        <location filename="../../importers/csv_mapping.py" line="96"/>
        <source>Work street</source>
        <translation>Рабочий адрес: улица</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="47"/>
        <location filename="../../importers/csv_mapping.py" line="97"/>
        <source>Work street, second line</source>
        <translation>Рабочий адрес: вторая строка</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="48"/>
        <location filename="../../importers/csv_mapping.py" line="98"/>
        <source>Work city</source>
        <translation>Рабочий адрес: город</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="49"/>
        <location filename="../../importers/csv_mapping.py" line="99"/>
        <source>Work state or region</source>
        <translation>Рабочий адрес: область или регион</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="50"/>
        <location filename="../../importers/csv_mapping.py" line="100"/>
        <source>Work postal code</source>
        <translation>Рабочий адрес: индекс</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="51"/>
        <location filename="../../importers/csv_mapping.py" line="101"/>
        <source>Work country</source>
        <translation>Рабочий адрес: страна</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="52"/>
        <location filename="../../importers/csv_mapping.py" line="102"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="53"/>
        <location filename="../../importers/csv_mapping.py" line="103"/>
        <source>Instant messaging</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="54"/>
        <location filename="../../importers/csv_mapping.py" line="104"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="55"/>
        <location filename="../../importers/csv_mapping.py" line="105"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="56"/>
        <location filename="../../importers/csv_mapping.py" line="106"/>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="57"/>
        <location filename="../../importers/csv_mapping.py" line="107"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../importing/fields.py" line="58"/>
        <location filename="../../importers/csv_mapping.py" line="108"/>
        <source>Do not import</source>
        <translation>Не импортировать</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../importing/history_dialog.py" line="103"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="121"/>
        <location filename="../importing/history_dialog.py" line="163"/>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="134"/>
        <source>Nothing has been imported yet.</source>
        <translation>Импорта ещё не было.</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="150"/>
        <source>Undo this import?</source>
        <translation>Отменить этот импорт?</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="152"/>
        <source>The %n contact(s) it added go to the Trash.</source>
        <translation>
            <numerusform>Добавленный %n контакт будет перемещён в корзину.</numerusform>
            <numerusform>Добавленные %n контакта будут перемещены в корзину.</numerusform>
            <numerusform>Добавленные %n контактов будут перемещены в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="156"/>
        <source>What it added to the %n contact(s) it merged into is taken out.</source>
        <translation>
            <numerusform>То, что он добавил в %n объединённый контакт, будет удалено.</numerusform>
            <numerusform>То, что он добавил в %n объединённых контакта, будет удалено.</numerusform>
            <numerusform>То, что он добавил в %n объединённых контактов, будет удалено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="161"/>
        <source>Whatever you have changed since is kept.</source>
        <translation>Всё, что вы изменили с тех пор, сохранится.</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="182"/>
        <source>The import was undone: %n contact(s) moved to the Trash</source>
        <translation>
            <numerusform>Импорт отменён: %n контакт перемещён в корзину</numerusform>
            <numerusform>Импорт отменён: %n контакта перемещены в корзину</numerusform>
            <numerusform>Импорт отменён: %n контактов перемещено в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="183"/>
        <source>, %n merged contact(s) changed back.</source>
        <translation>
            <numerusform>, %n объединённый контакт возвращён к прежнему виду.</numerusform>
            <numerusform>, %n объединённых контакта возвращены к прежнему виду.</numerusform>
            <numerusform>, %n объединённых контактов возвращено к прежнему виду.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="187"/>
        <source>%n contact(s) you have edited since were kept.</source>
        <translation>
            <numerusform>Сохранён %n контакт, который вы с тех пор изменяли.</numerusform>
            <numerusform>Сохранены %n контакта, которые вы с тех пор изменяли.</numerusform>
            <numerusform>Сохранено %n контактов, которые вы с тех пор изменяли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="192"/>
        <source>%n merged contact(s) keep values you have changed since.</source>
        <translation>
            <numerusform>%n объединённый контакт сохраняет значения, изменённые вами с тех пор.</numerusform>
            <numerusform>%n объединённых контакта сохраняют значения, изменённые вами с тех пор.</numerusform>
            <numerusform>%n объединённых контактов сохраняют значения, изменённые вами с тех пор.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/history_dialog.py" line="200"/>
        <source>%n company(s) still in use or edited since were kept.</source>
        <translation>
            <numerusform>Сохранена %n компания, которая ещё используется или изменялась с тех пор.</numerusform>
            <numerusform>Сохранены %n компании, которые ещё используются или изменялись с тех пор.</numerusform>
            <numerusform>Сохранено %n компаний, которые ещё используются или изменялись с тех пор.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="166"/>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../importing/history_dialog.py" line="62"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="63"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="64"/>
        <location filename="../importing/history_dialog.py" line="88"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="65"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="66"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="67"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../importing/history_dialog.py" line="87"/>
        <source>Undone %1</source>
        <translation>Отменён %1</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="23"/>
        <source>Matching a contact on name and company only: %n card(s), to be added as new contacts marked as possible duplicates.</source>
        <translation>
            <numerusform>Совпадает с контактом только по имени и компании: %n карточка; она будет добавлена как новый контакт с пометкой «возможный дубликат».</numerusform>
            <numerusform>Совпадают с контактом только по имени и компании: %n карточки; они будут добавлены как новые контакты с пометкой «возможный дубликат».</numerusform>
            <numerusform>Совпадают с контактом только по имени и компании: %n карточек; они будут добавлены как новые контакты с пометкой «возможный дубликат».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/notes.py" line="35"/>
        <source>Added as new contacts, to review in Find duplicates: %n card(s) matching a contact on name and company only.</source>
        <translation>
            <numerusform>Добавлена как новый контакт (проверьте в «Поиске дубликатов»): %n карточка, совпадающая с контактом только по имени и компании.</numerusform>
            <numerusform>Добавлены как новые контакты (проверьте в «Поиске дубликатов»): %n карточки, совпадающие с контактом только по имени и компании.</numerusform>
            <numerusform>Добавлены как новые контакты (проверьте в «Поиске дубликатов»): %n карточек, совпадающих с контактом только по имени и компании.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/notes.py" line="47"/>
        <source>No new backup was needed: the book has not changed since the backup of %1.</source>
        <translation>Новая резервная копия не понадобилась: книга не менялась с момента копии от %1.</translation>
    </message>
</context>
<context>
    <name>LabelOptionsForm</name>
    <message>
        <location filename="../labels/form.py" line="40"/>
        <source>Label sheet</source>
        <translation>Лист наклеек</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="43"/>
        <source>Person (with company)</source>
        <translation>Человек (с компанией)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="44"/>
        <source>Company, “Attn:” person</source>
        <translation>Компания, «Кому:» человек</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="45"/>
        <source>Company only</source>
        <translation>Только компания</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="48"/>
        <source>Addressee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="51"/>
        <source>Preferred address</source>
        <translation>Основной адрес</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="52"/>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="53"/>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="56"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="59"/>
        <source>As listed</source>
        <translation>Как в списке</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="60"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="61"/>
        <source>Postal code</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="64"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="66"/>
        <source>Copies per contact</source>
        <translation>Копий на контакт</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="68"/>
        <source>Start at label</source>
        <translation>Начать с наклейки</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="69"/>
        <source>Draw label outlines</source>
        <translation>Рисовать контуры наклеек</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="74"/>
        <source>e.g. NO</source>
        <translation>напр. RU</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="76"/>
        <source>Your country (not printed)</source>
        <translation>Ваша страна (не печатается)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="78"/>
        <source>Printer offset right (mm)</source>
        <translation>Сдвиг вправо (мм)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="79"/>
        <source>Printer offset down (mm)</source>
        <translation>Сдвиг вниз (мм)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="83"/>
        <source>Return address (envelopes)</source>
        <translation>Обратный адрес (конверты)</translation>
    </message>
    <message>
        <location filename="../labels/form.py" line="135"/>
        <source>Attn:</source>
        <translation>Кому:</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../labels/dialog.py" line="70"/>
        <source>Print labels</source>
        <translation>Печать наклеек</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="94"/>
        <source>Custom sheet…</source>
        <translation>Свой лист…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="95"/>
        <source>Calibration page…</source>
        <translation>Страница калибровки…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="96"/>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="97"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="98"/>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="125"/>
        <source>Skipped label sheet files:</source>
        <translation>Пропущенные файлы листов наклеек:</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="137"/>
        <source>Save labels</source>
        <translation>Сохранить наклейки</translation>
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
        <translation>Сохранить страницу калибровки</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="189"/>
        <source>Print this page at 100 % and compare it with a label sheet.</source>
        <translation>Напечатайте эту страницу в масштабе 100 % и сравните её с листом наклеек.</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="232"/>
        <source>Left out: %1</source>
        <translation>Пропущены: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="233"/>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="186"/>
        <location filename="../labels/dialog.py" line="255"/>
        <source>Could not finish: %1</source>
        <translation>Не удалось завершить: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="225"/>
        <source>{labels} on {pages}.</source>
        <translation>{labels} на {pages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="226"/>
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n наклейка</numerusform>
            <numerusform>%n наклейки</numerusform>
            <numerusform>%n наклеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../labels/dialog.py" line="227"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n странице</numerusform>
            <numerusform>%n страницах</numerusform>
            <numerusform>%n страницах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="239"/>
        <source>do not mail</source>
        <translation>не отправлять почту</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="240"/>
        <source>no usable address</source>
        <translation>нет пригодного адреса</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="241"/>
        <source>address too long for the label</source>
        <translation>адрес слишком длинный для наклейки</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="247"/>
        <source>characters the label font cannot print: %1</source>
        <translation>символы, которые шрифт наклейки не может напечатать: %1</translation>
    </message>
    <message>
        <location filename="../labels/dialog.py" line="260"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../contacts/list_actions.py" line="35"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="36"/>
        <source>&amp;Log activity…</source>
        <translation>Записать &amp;событие…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="37"/>
        <source>Schedule &amp;follow-up…</source>
        <translation>Запланировать &amp;напоминание…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="38"/>
        <source>&amp;Add tag…</source>
        <translation>&amp;Добавить тег…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="40"/>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Убрать тег…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="42"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="43"/>
        <source>Print la&amp;bels…</source>
        <translation>&amp;Печать наклеек…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="78"/>
        <source>%n contact(s) selected</source>
        <translation>
            <numerusform>Выбран %n контакт</numerusform>
            <numerusform>Выбрано %n контакта</numerusform>
            <numerusform>Выбрано %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="129"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="134"/>
        <source>&amp;Export these contacts…</source>
        <translation>&amp;Экспорт этих контактов…</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="135"/>
        <source>Print &amp;labels for these contacts…</source>
        <translation>Печать &amp;наклеек для этих контактов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="176"/>
        <source>Add tag “{tag}” to %n contact(s)</source>
        <translation>
            <numerusform>Добавить тег «{tag}» %n контакту</numerusform>
            <numerusform>Добавить тег «{tag}» %n контактам</numerusform>
            <numerusform>Добавить тег «{tag}» %n контактам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="178"/>
        <source>Remove tag “{tag}” from %n contact(s)</source>
        <translation>
            <numerusform>Убрать тег «{tag}» у %n контакта</numerusform>
            <numerusform>Убрать тег «{tag}» у %n контактов</numerusform>
            <numerusform>Убрать тег «{tag}» у %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="188"/>
        <source>Tagged %n contact(s) “{tag}”.</source>
        <translation>
            <numerusform>Тег «{tag}» добавлен %n контакту.</numerusform>
            <numerusform>Тег «{tag}» добавлен %n контактам.</numerusform>
            <numerusform>Тег «{tag}» добавлен %n контактам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="190"/>
        <source>Took “{tag}” off %n contact(s).</source>
        <translation>
            <numerusform>Тег «{tag}» убран у %n контакта.</numerusform>
            <numerusform>Тег «{tag}» убран у %n контактов.</numerusform>
            <numerusform>Тег «{tag}» убран у %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="206"/>
        <source>The selected contacts have no tags.</source>
        <translation>У выбранных контактов нет тегов.</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location filename="../contacts/list_actions.py" line="210"/>
        <source>Remove tag</source>
        <translation>Убрать тег</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="212"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Добавить тег %n контакту:</numerusform>
            <numerusform>Добавить тег %n контактам:</numerusform>
            <numerusform>Добавить тег %n контактам:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="214"/>
        <source>Tag to take off %n contact(s):</source>
        <translation>
            <numerusform>Убрать тег у %n контакта:</numerusform>
            <numerusform>Убрать тег у %n контактов:</numerusform>
            <numerusform>Убрать тег у %n контактов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="231"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="258"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Записать событие для %n контакта</numerusform>
            <numerusform>Записать событие для %n контактов</numerusform>
            <numerusform>Записать событие для %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/list_actions.py" line="260"/>
        <source>Schedule a follow-up for %n contact(s)</source>
        <translation>
            <numerusform>Запланировать напоминание для %n контакта</numerusform>
            <numerusform>Запланировать напоминание для %n контактов</numerusform>
            <numerusform>Запланировать напоминание для %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../help.py" line="79"/>
        <source>Nothing has been logged yet.</source>
        <translation>Журнал пока пуст.</translation>
    </message>
    <message>
        <location filename="../help.py" line="82"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
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
        <translation>Поиск по имени, компании, эл. почте, телефону… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="114"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="129"/>
        <source>Details</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="151"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../contacts/table_view.py" line="18"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="264"/>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <location filename="../main_window/window.py" line="269"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="281"/>
        <source>Moved %n contact(s) to the Trash. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>%n контакт перемещён в корзину. Ctrl+Z — отменить.</numerusform>
            <numerusform>%n контакта перемещены в корзину. Ctrl+Z — отменить.</numerusform>
            <numerusform>%n контактов перемещено в корзину. Ctrl+Z — отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="366"/>
        <source>%n contact(s) match “{query}”</source>
        <translation>
            <numerusform>«{query}»: найден %n контакт</numerusform>
            <numerusform>«{query}»: найдено %n контакта</numerusform>
            <numerusform>«{query}»: найдено %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="369"/>
        <source>%n contact(s) in the Trash</source>
        <translation>
            <numerusform>В корзине %n контакт</numerusform>
            <numerusform>В корзине %n контакта</numerusform>
            <numerusform>В корзине %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window/window.py" line="371"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../features.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../features.py" line="91"/>
        <source>About Rolodex</source>
        <translation>О программе Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="42"/>
        <source>Rolodex {version}
A contact book and small-office CRM.</source>
        <translation>Rolodex {version}
Адресная книга и CRM для небольшого офиса.</translation>
    </message>
    <message>
        <location filename="../menus.py" line="55"/>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="66"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="68"/>
        <source>Import &amp;history…</source>
        <translation>Истори&amp;я импорта…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="71"/>
        <source>Print &amp;labels…</source>
        <translation>&amp;Печать наклеек…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="72"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="76"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../menus.py" line="82"/>
        <source>Not available in this version yet</source>
        <translation>В этой версии пока недоступно</translation>
    </message>
    <message>
        <location filename="../menus.py" line="84"/>
        <source>&amp;New contact</source>
        <translation>&amp;Новый контакт</translation>
    </message>
    <message>
        <location filename="../menus.py" line="85"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../menus.py" line="74"/>
        <source>Find duplicate&amp;s…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="78"/>
        <source>En&amp;cryption…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="86"/>
        <source>Res&amp;tore from Trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <location filename="../menus.py" line="87"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../menus.py" line="88"/>
        <source>&amp;Companies…</source>
        <translation>&amp;Компании…</translation>
    </message>
    <message>
        <location filename="../menus.py" line="89"/>
        <source>T&amp;rash</source>
        <translation>Ко&amp;рзина</translation>
    </message>
    <message>
        <location filename="../menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../menus.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../menus.py" line="111"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../menus.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../menus.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../menus.py" line="132"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../menus.py" line="133"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../menus.py" line="134"/>
        <source>Show &amp;log</source>
        <translation>Показать &amp;журнал</translation>
    </message>
    <message>
        <location filename="../menus.py" line="135"/>
        <source>&amp;About Rolodex</source>
        <translation>&amp;О программе Rolodex</translation>
    </message>
    <message>
        <location filename="../menu.py" line="23"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Воронка продаж</translation>
    </message>
    <message>
        <location filename="../menu.py" line="26"/>
        <source>Dash&amp;board</source>
        <translation>Сво&amp;дка</translation>
    </message>
    <message>
        <location filename="../menu.py" line="29"/>
        <source>Ca&amp;mpaigns</source>
        <translation>Ка&amp;мпании</translation>
    </message>
    <message>
        <location filename="../menu.py" line="31"/>
        <source>New d&amp;eal for this contact…</source>
        <translation>Новая сде&amp;лка для этого контакта…</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="75"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="94"/>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importing/mapping.py" line="88"/>
        <source>The first row holds column names</source>
        <translation>В первой строке — названия столбцов</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="108"/>
        <source>What does each column of %1 hold?</source>
        <translation>Что содержит каждый столбец файла %1?</translation>
    </message>
    <message>
        <location filename="../importing/mapping.py" line="173"/>
        <source>Choose what at least one column holds.</source>
        <translation>Укажите содержимое хотя бы одного столбца.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../contacts/merge_dialog.py" line="129"/>
        <location filename="../contacts/merge_dialog.py" line="240"/>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="136"/>
        <source>Choose what the merged contact keeps.</source>
        <translation>Выберите, что сохранить в объединённом контакте.</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="143"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="159"/>
        <source>Main record</source>
        <translation>Основная запись</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="161"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="194"/>
        <source>(no photo)</source>
        <translation>(без фото)</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="195"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="197"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="199"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="204"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n адрес эл. почты</numerusform>
            <numerusform>%n адреса эл. почты</numerusform>
            <numerusform>%n адресов эл. почты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="205"/>
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n номер телефона</numerusform>
            <numerusform>%n номера телефона</numerusform>
            <numerusform>%n номеров телефона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="206"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n адрес</numerusform>
            <numerusform>%n адреса</numerusform>
            <numerusform>%n адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="207"/>
        <source>%n website(s)</source>
        <translation>
            <numerusform>%n сайт</numerusform>
            <numerusform>%n сайта</numerusform>
            <numerusform>%n сайтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="208"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n тег</numerusform>
            <numerusform>%n тега</numerusform>
            <numerusform>%n тегов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="210"/>
        <source>All of these are kept:</source>
        <translation>Всё это сохраняется:</translation>
    </message>
    <message>
        <location filename="../contacts/merge_dialog.py" line="212"/>
        <source>Activities and follow-ups move to the main record; the others go to the Trash.</source>
        <translation>События и напоминания переходят в основную запись; остальные записи перемещаются в корзину.</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="59"/>
        <source>Name prefix</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="60"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="61"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="62"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="63"/>
        <source>Name suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="64"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="65"/>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="66"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="67"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="68"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="69"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="70"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="71"/>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="72"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="73"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="74"/>
        <source>Do not mail</source>
        <translation>Не отправлять почту</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="75"/>
        <source>Identifier (UID)</source>
        <translation>Идентификатор (UID)</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="76"/>
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message numerus="yes">
        <location filename="../contacts/merge_dialog.py" line="84"/>
        <source>Merge %n contact(s)</source>
        <translation>
            <numerusform>Объединить %n контакт</numerusform>
            <numerusform>Объединить %n контакта</numerusform>
            <numerusform>Объединить %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameOrder</name>
    <message>
        <location filename="../name_order.py" line="27"/>
        <source>&amp;Sort by</source>
        <translation>Сор&amp;тировка</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Given Family</source>
        <translation>&amp;Имя Фамилия</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="30"/>
        <source>&amp;Family, Given</source>
        <translation>&amp;Фамилия, имя</translation>
    </message>
    <message>
        <location filename="../name_order.py" line="57"/>
        <source>Sorting every name…</source>
        <translation>Сортировка всех имён…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="39"/>
        <source>Encrypted contact book</source>
        <translation>Зашифрованная адресная книга</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="41"/>
        <source>The contact book “%1” is encrypted. Enter its passphrase to open it.</source>
        <translation>Адресная книга «%1» зашифрована. Чтобы открыть её, введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="48"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="69"/>
        <source>Please type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../safety/passphrase_dialog.py" line="76"/>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../companies/models.py" line="112"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <location filename="../contact_editor/photo.py" line="107"/>
        <source>Photo…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="109"/>
        <source>Choose a photo from a file</source>
        <translation>Выбрать фото из файла</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="113"/>
        <location filename="../contact_editor/photo.py" line="115"/>
        <source>Remove the photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="154"/>
        <source>Choose a photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="156"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="168"/>
        <source>Cannot use this photo</source>
        <translation>Не удаётся использовать это фото</translation>
    </message>
    <message>
        <location filename="../contact_editor/photo.py" line="170"/>
        <source>“{name}” is not an image Rolodex can read: the file may be damaged or in an unsupported format.

Details: {details}</source>
        <translation>«{name}» — не изображение, которое может прочитать Rolodex: файл повреждён или имеет неподдерживаемый формат.

Подробности: {details}</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../board.py" line="132"/>
        <source>+ %1 in %2 (not converted)</source>
        <translation>+ %1 в %2 (без пересчёта)</translation>
    </message>
    <message>
        <location filename="../board.py" line="146"/>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../board.py" line="157"/>
        <source>&amp;Close month:</source>
        <translation>&amp;Месяц закрытия:</translation>
    </message>
    <message>
        <location filename="../board.py" line="158"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <location filename="../board.py" line="165"/>
        <source>&amp;New deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <location filename="../board.py" line="177"/>
        <source>Drag a card to another stage, or press Ctrl+Right / Ctrl+Left. Enter or a double-click opens the deal.</source>
        <translation>Перетащите карточку на другой этап или нажмите Ctrl+Вправо / Ctrl+Влево. Enter или двойной щелчок открывает сделку.</translation>
    </message>
    <message>
        <location filename="../board.py" line="148"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../board.py" line="149"/>
        <source>Any month</source>
        <translation>Любой месяц</translation>
    </message>
    <message>
        <location filename="../board.py" line="150"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences_dialog.py" line="104"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="138"/>
        <source>This contact book</source>
        <translation>Эта адресная книга</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="151"/>
        <source>Your system does not say; numbers need + and a country code.</source>
        <translation>Система этого не сообщает; номера нужно вводить с + и кодом страны.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="153"/>
        <source>Phone &amp;region for numbers without a country code:</source>
        <translation>&amp;Регион для номеров без кода страны:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="156"/>
        <source>&amp;Sort names by:</source>
        <translation>&amp;Сортировать имена по:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="157"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Папка резервных копий:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="164"/>
        <location filename="../defaults_source.py" line="24"/>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="180"/>
        <source>Default folder</source>
        <translation>Папка по умолчанию</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="183"/>
        <source>Leave empty to keep backups in the default folder, %1.</source>
        <translation>Оставьте пустым, чтобы хранить копии в папке по умолчанию: %1.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="187"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="197"/>
        <source>All your contact books</source>
        <translation>Все ваши адресные книги</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="202"/>
        <source>Your settings file cannot be used, so the defaults are shown; OK saves these instead.
%1</source>
        <translation>Файл настроек нельзя использовать, поэтому показаны значения по умолчанию; OK сохранит их.
%1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="221"/>
        <source>Your system does not say; labels always print the country.</source>
        <translation>Система этого не сообщает; на наклейках всегда печатается страна.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="223"/>
        <source>Your &amp;country (sender on labels):</source>
        <translation>Ваша с&amp;трана (отправитель на наклейках):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="235"/>
        <source>Your system does not say; A4 is used.</source>
        <translation>Система этого не сообщает; используется A4.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="237"/>
        <source>&amp;Paper size (label sheet offered first):</source>
        <translation>Размер &amp;бумаги (лист наклеек по умолчанию):</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="240"/>
        <source>&amp;Daily backups to keep:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="242"/>
        <source>&amp;Weekly backups to keep:</source>
        <translation>Хранить е&amp;женедельных копий:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="244"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="245"/>
        <source>The language changes the next time Rolodex starts.</source>
        <translation>Язык сменится при следующем запуске Rolodex.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="255"/>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
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
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="318"/>
        <source>Cannot save your settings: %1</source>
        <translation>Не удаётся сохранить настройки: %1</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="328"/>
        <source>The backup folder %1 does not exist. Choose another one, or leave the field empty for the default folder.</source>
        <translation>Папка резервных копий %1 не существует. Выберите другую или оставьте поле пустым, чтобы использовать папку по умолчанию.</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="345"/>
        <source>Sorting every name by the new alphabet…</source>
        <translation>Пересортировка всех имён по новому алфавиту…</translation>
    </message>
    <message>
        <location filename="../preferences_dialog.py" line="361"/>
        <source>Names could not be re-sorted: %1</source>
        <translation>Не удалось пересортировать имена: %1</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="21"/>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="26"/>
        <source>Default: %1 (chosen)</source>
        <translation>По умолчанию: %1 (выбрано)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="27"/>
        <source>Default: %1 (from your system)</source>
        <translation>По умолчанию: %1 (из системы)</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="34"/>
        <source>In force: from your system&apos;s language and region.</source>
        <translation>Действует: по языку и региону системы.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="37"/>
        <source>In force: chosen by you.</source>
        <translation>Действует: выбрано вами.</translation>
    </message>
    <message>
        <location filename="../defaults_source.py" line="38"/>
        <source>In force: chosen for this contact book.</source>
        <translation>Действует: выбрано для этой адресной книги.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="154"/>
        <source>Details</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="167"/>
        <source>%1 (line %2)</source>
        <translation>%1 (строка %2)</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Unreadable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <location filename="../importing/models.py" line="172"/>
        <source>Already in the book</source>
        <translation>Уже есть в книге</translation>
    </message>
</context>
<context>
    <name>RecipientModel</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Sent to</source>
        <translation>Куда отправлено</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="56"/>
        <source>Response</source>
        <translation>Отклик</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../crm/reminders.py" line="36"/>
        <source>Show Today</source>
        <translation>Открыть «Сегодня»</translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="38"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message numerus="yes">
        <location filename="../crm/reminders.py" line="91"/>
        <source>You have %n overdue follow-up(s).</source>
        <translation>
            <numerusform>У вас %n просроченное напоминание.</numerusform>
            <numerusform>У вас %n просроченных напоминания.</numerusform>
            <numerusform>У вас %n просроченных напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/reminders.py" line="126"/>
        <source>Follow-up due: %1</source>
        <translation>Срок напоминания: %1</translation>
    </message>
</context>
<context>
    <name>ResponsesDialog</name>
    <message>
        <location filename="../sales/campaign_responses.py" line="81"/>
        <source>Responses to %1</source>
        <translation>Отклики на %1</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="93"/>
        <source>Notes (optional)</source>
        <translation>Заметки (необязательно)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="94"/>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="96"/>
        <source>Schedule a &amp;follow-up…</source>
        <translation>Запланировать &amp;напоминание…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Interested</source>
        <translation>Заинтересован</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="105"/>
        <source>Not interested</source>
        <translation>Не заинтересован</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="106"/>
        <source>Unsubscribed</source>
        <translation>Отписался</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="110"/>
        <source>Res&amp;ponse:</source>
        <translation>&amp;Отклик:</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="140"/>
        <source>Choose a recipient in the list first.</source>
        <translation>Сначала выберите получателя в списке.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="148"/>
        <source>Recorded for %1.</source>
        <translation>Записано для %1.</translation>
    </message>
    <message>
        <location filename="../sales/campaign_responses.py" line="165"/>
        <source>Call back: %1</source>
        <translation>Перезвонить: %1</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../safety/security_dialog.py" line="101"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="118"/>
        <source>Encrypt the book</source>
        <translation>Зашифровать книгу</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="119"/>
        <location filename="../safety/security_dialog.py" line="134"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="120"/>
        <location filename="../safety/security_dialog.py" line="135"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="121"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="124"/>
        <source>Without the passphrase the contacts cannot be recovered. Keep it safe.</source>
        <translation>Без парольной фразы контакты восстановить невозможно. Храните её надёжно.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="126"/>
        <location filename="../safety/security_dialog.py" line="140"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="127"/>
        <location filename="../safety/security_dialog.py" line="141"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="132"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="133"/>
        <location filename="../safety/security_dialog.py" line="147"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="136"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="139"/>
        <location filename="../safety/security_dialog.py" line="156"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="146"/>
        <source>Remove the encryption</source>
        <translation>Снять шифрование</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="148"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Расшифровать</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="151"/>
        <source>The book and its backups will be stored unencrypted: anyone who can read the files can read your contacts.</source>
        <translation>Книга и её резервные копии будут храниться без шифрования: любой, кто может прочитать файлы, прочитает и ваши контакты.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="177"/>
        <source>No contact book is open.</source>
        <translation>Адресная книга не открыта.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="179"/>
        <source>This contact book is encrypted with a passphrase.</source>
        <translation>Эта адресная книга зашифрована парольной фразой.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="181"/>
        <source>This contact book is not encrypted.</source>
        <translation>Эта адресная книга не зашифрована.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="196"/>
        <source>The new passphrases do not match. Nothing was changed.</source>
        <translation>Новые парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="198"/>
        <source>The new passphrase must be at least %1 characters long.</source>
        <translation>Новая парольная фраза должна содержать не менее %1 симв.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="206"/>
        <source>Please type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="216"/>
        <source>The contact book is now encrypted. You will need the passphrase each time you open it.</source>
        <translation>Адресная книга зашифрована. Парольная фраза понадобится при каждом открытии.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="228"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="237"/>
        <source>The contact book is no longer encrypted.</source>
        <translation>Адресная книга больше не зашифрована.</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="261"/>
        <source>Converting the contact book and its backups…</source>
        <translation>Преобразование адресной книги и её резервных копий…</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="267"/>
        <source>These backup copies could not be converted:</source>
        <translation>Не удалось преобразовать эти резервные копии:</translation>
    </message>
    <message>
        <location filename="../safety/security_dialog.py" line="277"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../sales/campaign_send.py" line="52"/>
        <source>Send %1</source>
        <translation>Отправить %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="56"/>
        <source>%n recipient(s). Sending records the campaign in each one&apos;s history.</source>
        <translation>
            <numerusform>%n получатель. Отправка записывается в историю каждого.</numerusform>
            <numerusform>%n получателя. Отправка записывается в историю каждого.</numerusform>
            <numerusform>%n получателей. Отправка записывается в историю каждого.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="84"/>
        <source>&amp;Letters (PDF)</source>
        <translation>&amp;Письма (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="86"/>
        <source>La&amp;bels or envelopes (PDF)</source>
        <translation>&amp;Наклейки или конверты (PDF)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="88"/>
        <source>Recipient list (&amp;CSV)</source>
        <translation>Список получателей (&amp;CSV)</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="66"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="97"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="107"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../sales/campaign_send.py" line="123"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="129"/>
        <source>Sent to %n recipient(s).</source>
        <translation>
            <numerusform>Отправлено %n получателю.</numerusform>
            <numerusform>Отправлено %n получателям.</numerusform>
            <numerusform>Отправлено %n получателям.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="131"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>Создано %n письмо.</numerusform>
            <numerusform>Создано %n письма.</numerusform>
            <numerusform>Создано %n писем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="133"/>
        <source>%n label(s) written.</source>
        <translation>
            <numerusform>Создана %n наклейка.</numerusform>
            <numerusform>Создано %n наклейки.</numerusform>
            <numerusform>Создано %n наклеек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sales/campaign_send.py" line="135"/>
        <source>%n row(s) written to the CSV file.</source>
        <translation>
            <numerusform>В файл CSV записана %n строка.</numerusform>
            <numerusform>В файл CSV записано %n строки.</numerusform>
            <numerusform>В файл CSV записано %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedBookDialog</name>
    <message>
        <location filename="../shared_book_dialog.py" line="77"/>
        <source>Open shared book</source>
        <translation>Открыть общую книгу</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="86"/>
        <source>from the keyring or ~/.pgpass if empty</source>
        <translation>из связки ключей или ~/.pgpass, если пусто</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="87"/>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="101"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="102"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="103"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="104"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="105"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../shared_book_dialog.py" line="179"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="40"/>
        <source>%1 — Rolodex</source>
        <translation>%1 — Rolodex</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="46"/>
        <source>Open &amp;shared book…</source>
        <translation>Открыть о&amp;бщую книгу…</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../main_window/help.py" line="16"/>
        <source>Search (type a name, company, email, city, tag or 4+ digits of a phone)</source>
        <translation>Поиск (имя, компания, эл. почта, город, тег или 4+ цифры телефона)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="17"/>
        <source>In the search box: go to the list</source>
        <translation>В поле поиска: перейти к списку</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="18"/>
        <source>Move through the list</source>
        <translation>Перемещение по списку</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="19"/>
        <source>Edit the selected contact</source>
        <translation>Изменить выбранный контакт</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="20"/>
        <source>Save the contact being edited</source>
        <translation>Сохранить редактируемый контакт</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="21"/>
        <source>Revert unsaved edits; again: back to the list</source>
        <translation>Отменить несохранённые правки; ещё раз: к списку</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="22"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="23"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Переместить выбранные контакты в корзину</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="24"/>
        <source>Undo / redo</source>
        <translation>Отменить / повторить</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="25"/>
        <source>Restore the selected contacts (in the Trash)</source>
        <translation>Восстановить выбранные контакты (в корзине)</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="26"/>
        <source>Log a call with the contact shown</source>
        <translation>Записать звонок с открытым контактом</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="27"/>
        <source>Log another kind of activity</source>
        <translation>Записать событие другого типа</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="28"/>
        <source>Schedule a follow-up</source>
        <translation>Запланировать напоминание</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="29"/>
        <source>Today: overdue and due follow-ups, contacts gone quiet</source>
        <translation>Сегодня: напоминания и давно молчащие контакты</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="30"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../main_window/help.py" line="31"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../sales/board.py" line="129"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sales/board.py" line="130"/>
        <source>weighted %1</source>
        <translation>взвешенная %1</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../stage_names.py" line="20"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="21"/>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="22"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="23"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="24"/>
        <source>Won</source>
        <translation>Выигран</translation>
    </message>
    <message>
        <location filename="../stage_names.py" line="25"/>
        <source>Lost</source>
        <translation>Проигран</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Email addresses</source>
        <translation>Адреса электронной почты</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="41"/>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="42"/>
        <source>Websites</source>
        <translation>Веб-сайты</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Instant messaging</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="43"/>
        <source>Other card properties</source>
        <translation>Другие поля карточки</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="44"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Keep mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="65"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять с сервера</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="86"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../conflicts.py" line="88"/>
        <source>Kept here: %1 · The server had: %2</source>
        <translation>Оставлено здесь: %1 · На сервере было: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../sync/status.py" line="78"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="94"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="102"/>
        <source>Sync %1: %n problem(s)</source>
        <translation>
            <numerusform>Синхронизация %1: %n проблема</numerusform>
            <numerusform>Синхронизация %1: %n проблемы</numerusform>
            <numerusform>Синхронизация %1: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync/status.py" line="105"/>
        <source>Synced %1: no changes</source>
        <translation>Синхронизировано %1: изменений нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="108"/>
        <source>Synced %1: %n sent</source>
        <translation>
            <numerusform>Синхронизировано %1: отправлен %n</numerusform>
            <numerusform>Синхронизировано %1: отправлено %n</numerusform>
            <numerusform>Синхронизировано %1: отправлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="109"/>
        <source>%n received</source>
        <translation>
            <numerusform>получен %n</numerusform>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync/status.py" line="111"/>
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n конфликт на проверку</numerusform>
            <numerusform>%n конфликта на проверку</numerusform>
            <numerusform>%n конфликтов на проверку</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../dialog.py" line="63"/>
        <source>Add sync account</source>
        <translation>Добавить учётную запись синхронизации</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="72"/>
        <source>every contact</source>
        <translation>все контакты</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="73"/>
        <source>instead of the password</source>
        <translation>вместо пароля</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="76"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Password &amp;file:</source>
        <translation>&amp;Файл пароля:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="78"/>
        <source>Only the &amp;tag:</source>
        <translation>Только &amp;тег:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="79"/>
        <source>Trust certificate (SHA-256):</source>
        <translation>Доверять сертификату (SHA-256):</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="82"/>
        <source>Address &amp;book:</source>
        <translation>Адресная &amp;книга:</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="108"/>
        <source>Looking for the address book…</source>
        <translation>Поиск адресной книги…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="129"/>
        <source>The server has several address books: choose one.</source>
        <translation>На сервере несколько адресных книг: выберите одну.</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="140"/>
        <source>Sync accounts</source>
        <translation>Учётные записи синхронизации</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="144"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="145"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="146"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="177"/>
        <source> (tag %1)</source>
        <translation> (тег %1)</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="178"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="180"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../dialog.py" line="203"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../main_window/file_menu.py" line="63"/>
        <source>S&amp;ync accounts…</source>
        <translation>&amp;Синхронизация…</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../tags/actions.py" line="80"/>
        <source>Re&amp;name tag…</source>
        <translation>Переи&amp;меновать тег…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="82"/>
        <source>&amp;Delete tag…</source>
        <translation>&amp;Удалить тег…</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="90"/>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="92"/>
        <source>New name for “%1” (the name of another tag merges the two):</source>
        <translation>Новое название тега «%1» (название другого тега объединит их):</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="106"/>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="107"/>
        <source>Delete the tag “%1”?</source>
        <translation>Удалить тег «%1»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../tags/actions.py" line="109"/>
        <source>It is taken off %n contact(s); the contacts themselves stay.</source>
        <translation>
            <numerusform>Тег будет снят с %n контакта; сами контакты останутся.</numerusform>
            <numerusform>Тег будет снят с %n контактов; сами контакты останутся.</numerusform>
            <numerusform>Тег будет снят с %n контактов; сами контакты останутся.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="112"/>
        <source>&amp;Delete tag</source>
        <translation>&amp;Удалить тег</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="131"/>
        <source>Merged “%1” into “%2”. Ctrl+Z undoes this.</source>
        <translation>Тег «%1» объединён с «%2». Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location filename="../tags/actions.py" line="161"/>
        <source>Nothing was changed</source>
        <translation>Ничего не изменено</translation>
    </message>
    <message>
        <location filename="../actions.py" line="46"/>
        <source>Delete tag “%1”</source>
        <translation>Удалить тег «%1»</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Merge tag “%1”</source>
        <translation>Объединить тег «%1»</translation>
    </message>
    <message>
        <location filename="../actions.py" line="49"/>
        <source>Rename tag “%1”</source>
        <translation>Переименовать тег «%1»</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message numerus="yes">
        <location filename="../tags/model.py" line="75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="86"/>
        <source>All contacts</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <location filename="../tags/model.py" line="88"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>TeamFilterBar</name>
    <message>
        <location filename="../team/filter.py" line="37"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="39"/>
        <source>Last contacted by</source>
        <translation>Последним связывался</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="42"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="44"/>
        <source>Last contacted by:</source>
        <translation>Последним связывался:</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="59"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="63"/>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../team/filter.py" line="64"/>
        <source>Me ({name})</source>
        <translation>Я ({name})</translation>
    </message>
</context>
<context>
    <name>TeamMergeDialog</name>
    <message>
        <location filename="../team/merge_dialog.py" line="62"/>
        <source>Changed while you were editing</source>
        <translation>Изменено во время редактирования</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="65"/>
        <source>{who} changed this contact while you were editing it ({fields}).</source>
        <translation>{who} изменил(а) этот контакт, пока вы его редактировали ({fields}).</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="69"/>
        <source>Both of you changed these; which should stay?</source>
        <translation>Вы оба изменили эти поля. Что оставить?</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="74"/>
        <source>Mine: {value}</source>
        <translation>Моё: {value}</translation>
    </message>
    <message>
        <location filename="../team/merge_dialog.py" line="75"/>
        <source>Theirs: {value}</source>
        <translation>Их: {value}</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Prefix</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="33"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Suffix</source>
        <translation>Суффикс</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="34"/>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="35"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="36"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="37"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="38"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="53"/>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <location filename="../merge_dialog.py" line="109"/>
        <source>Saved with {who}&apos;s changes kept ({fields}).</source>
        <translation>Сохранено; изменения от {who} сохранены ({fields}).</translation>
    </message>
</context>
<context>
    <name>TeamPresence</name>
    <message>
        <location filename="../team/presence.py" line="64"/>
        <source>You: {name}</source>
        <translation>Вы: {name}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="65"/>
        <source>Signed in as {login} ({role})</source>
        <translation>Вход выполнен как {login} ({role})</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="94"/>
        <source>{name} just changed this contact; saving keeps both changes.</source>
        <translation>{name} только что изменил(а) этот контакт; при сохранении останутся обе правки.</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="124"/>
        <source>{name}: {kind} on {date}</source>
        <translation>{name}: {kind} {date}</translation>
    </message>
    <message>
        <location filename="../team/presence.py" line="127"/>
        <source>{name} has an open follow-up: {subject}</source>
        <translation>У {name} открытое напоминание: {subject}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../view.py" line="123"/>
        <source>Delete activity</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../view.py" line="137"/>
        <source>Edit activity</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="12"/>
        <source>call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="13"/>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="14"/>
        <source>email</source>
        <translation>эл. письмо</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="15"/>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../crm/kinds.py" line="16"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../timeline/view.py" line="104"/>
        <source>by %1</source>
        <translation>записал(а) %1</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="106"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="115"/>
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../timeline/view.py" line="178"/>
        <source>&amp;Log…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="179"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="180"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="188"/>
        <source>Activities</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../timeline/view.py" line="214"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="104"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="127"/>
        <source>Never contacted</source>
        <translation>Ни разу</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="129"/>
        <source>Keep in touch every %n day(s)</source>
        <translation>
            <numerusform>Связь раз в %n день</numerusform>
            <numerusform>Связь раз в %n дня</numerusform>
            <numerusform>Связь раз в %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../crm/today.py" line="153"/>
        <source>Nothing due</source>
        <translation>На сегодня ничего нет</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="161"/>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="162"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Открыть контакт</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="163"/>
        <source>&amp;Log call…</source>
        <translation>Записать &amp;звонок…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="164"/>
        <source>&amp;Snooze</source>
        <translation>От&amp;ложить</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="166"/>
        <source>1 hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="167"/>
        <source>Tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="168"/>
        <source>Next week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="171"/>
        <source>Pick a date…</source>
        <translation>Выбрать дату…</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="177"/>
        <source>S&amp;nooze</source>
        <translation>От&amp;ложить</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="182"/>
        <source>&amp;Everyone&apos;s</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="183"/>
        <source>Show the whole team&apos;s follow-ups, not only yours</source>
        <translation>Показать напоминания всей команды, а не только ваши</translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="186"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="239"/>
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
            <numerusform>Просрочено (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="240"/>
        <source>Today (%n)</source>
        <translation>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
            <numerusform>Сегодня (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="241"/>
        <source>Next 7 days (%n)</source>
        <translation>
            <numerusform>Ближайшие 7 дней (%n)</numerusform>
            <numerusform>Ближайшие 7 дней (%n)</numerusform>
            <numerusform>Ближайшие 7 дней (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../crm/today.py" line="242"/>
        <source>Time to get in touch (%n)</source>
        <translation>
            <numerusform>Пора связаться (%n)</numerusform>
            <numerusform>Пора связаться (%n)</numerusform>
            <numerusform>Пора связаться (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../crm/today.py" line="301"/>
        <source>Keep in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../trash_view.py" line="22"/>
        <source>&amp;Restore selected</source>
        <translation>Восст&amp;ановить выбранные</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="23"/>
        <source>Put the selected contacts back in the book</source>
        <translation>Вернуть выбранные контакты в книгу</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="25"/>
        <source>Empty &amp;Trash…</source>
        <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="26"/>
        <source>Delete everything in the Trash for good</source>
        <translation>Безвозвратно удалить всё из корзины</translation>
    </message>
    <message numerus="yes">
        <location filename="../trash_view.py" line="38"/>
        <source>%n contact(s) in the Trash. Deleted contacts can be restored until the Trash is emptied; contacts older than {days} days may be removed for good.</source>
        <translation>
            <numerusform>В корзине %n контакт. Удалённые контакты можно восстановить, пока корзина не очищена; контакты старше {days} дн. могут быть удалены безвозвратно.</numerusform>
            <numerusform>В корзине %n контакта. Удалённые контакты можно восстановить, пока корзина не очищена; контакты старше {days} дн. могут быть удалены безвозвратно.</numerusform>
            <numerusform>В корзине %n контактов. Удалённые контакты можно восстановить, пока корзина не очищена; контакты старше {days} дн. могут быть удалены безвозвратно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="50"/>
        <source>Empty Trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <location filename="../trash_view.py" line="51"/>
        <source>Delete every contact in the Trash for good? This cannot be undone.</source>
        <translation>Безвозвратно удалить все контакты из корзины? Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Edit {name}</source>
        <translation>изменение ({name})</translation>
    </message>
    <message>
        <location filename="../undo.py" line="96"/>
        <source>Add {name}</source>
        <translation>добавление ({name})</translation>
    </message>
</context>
<context>
    <name>UndoTexts</name>
    <message numerus="yes">
        <location filename="../undo.py" line="36"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Удалить %n контакт</numerusform>
            <numerusform>Удалить %n контакта</numerusform>
            <numerusform>Удалить %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../undo.py" line="39"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Восстановить %n контакт</numerusform>
            <numerusform>Восстановить %n контакта</numerusform>
            <numerusform>Восстановить %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../unsaved.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="37"/>
        <source>Save the changes to {name}?</source>
        <translation>{name}: сохранить изменения?</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="42"/>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="43"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../upgrade_dialog.py" line="36"/>
        <source>Upgrading your contact book for this version of Rolodex…
This happens once and can take a minute for a big book.</source>
        <translation>Обновляем книгу контактов для этой версии Rolodex…
Это делается один раз и для большой книги может занять минуту.</translation>
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
        <translation>История</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="184"/>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../wiring.py" line="208"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
</TS>
