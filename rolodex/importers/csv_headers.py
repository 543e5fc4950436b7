"""Column headers in Norwegian (bokmål), Lithuanian and Russian, as people and localised
Outlook and Google exports write them, and the target field each one names.

Headers are compared folded (:func:`rolodex.textfold.fold`: case and accents ignored, so
"Pavardė", "PAVARDE" and "pavarde" are one) with punctuation as spaces ("El. paštas" →
"el pastas"). A header is looked up whole; failing that, the words saying *work* or *home*
("arbeid", "privat", "darbo", "namų", "раб.", "дом.") are taken off and become the label, the
numbering of Google's "E-post 1 - Verdi" is dropped, and what is left is looked up again:
"Poststed, arbeid" → ``city:work``, "Улица (дом. адрес)" → ``street:home``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rolodex.textfold import fold

_PHRASES: dict[str, tuple[str, ...]] = {
    "given": (
        "fornavn", "förnamn", "vardas", "vardai", "имя", "имя (имя)",
    ),
    "family": ("etternavn", "slektsnavn", "pavardė", "фамилия"),
    "additional": ("mellomnavn", "antrasis vardas", "отчество"),
    "display_name": (
        "navn", "fullt navn", "fullstendig navn", "visningsnavn", "vist navn",
        "vardas ir pavardė", "vardas pavardė", "pilnas vardas", "rodomas vardas",
        "vardas, pavardė", "фио", "ф.и.о.", "полное имя", "имя и фамилия", "отображаемое имя",
        "имя фамилия", "контакт",
    ),
    "prefix": ("kreipinys", "обращение", "tiltale"),
    "suffix": ("suffiks", "priesaga", "суффикс"),
    "nickname": ("kallenavn", "slapyvardis", "псевдоним", "прозвище", "ник"),
    "company": (
        "firma", "bedrift", "selskap", "firmanavn", "organisasjon", "arbeidsgiver",
        "įmonė", "įmonės pavadinimas", "organizacija", "bendrovė", "darbovietė",
        "компания", "организация", "фирма", "место работы", "название организации",
    ),
    "department": ("avdeling", "skyrius", "padalinys", "отдел", "подразделение"),
    "job_title": (
        "stilling", "tittel", "jobbtittel", "stillingstittel", "pareigos", "pareigybė",
        "должность",
    ),
    "email": (
        "e-post", "epost", "e-postadresse", "epostadresse", "e-post adresse", "mail",
        "el. paštas", "el paštas", "el. pašto adresas", "elektroninis paštas", "e. paštas",
        "эл. почта", "электронная почта", "адрес эл. почты", "адрес электронной почты",
        "почта", "e-mail адрес", "email адрес", "емейл", "имейл",
    ),
    "phone": (
        "telefon", "telefonnummer", "tlf", "tlf.", "tlf nr", "telefonas", "tel.",
        "tel. nr.", "telefono numeris", "телефон", "номер телефона", "тел.", "тел",
    ),
    "phone:mobile": (
        "mobil", "mobiltelefon", "mobilnummer", "mobiltlf", "mob", "mobilusis",
        "mobilusis telefonas", "mob. tel.", "mob. telefonas", "мобильный",
        "мобильный телефон", "сотовый", "сотовый телефон", "моб. телефон", "моб. тел.",
    ),
    "phone:work": (
        "jobbtelefon", "arbeidstelefon", "telefon arbeid", "telefon (arbeid)",
        "darbo telefonas", "рабочий телефон", "телефон раб.",
    ),
    "phone:home": (
        "hjemmetelefon", "privattelefon", "telefon privat", "namų telefonas",
        "домашний телефон", "телефон дом.",
    ),
    "phone:fax": (
        "faks", "telefaks", "faksnummer", "faksas", "fakso numeris", "факс",
        "faks arbeid", "рабочий факс", "домашний факс", "darbo faksas", "namų faksas",
    ),
    "phone:pager": ("personsøker", "peidžeris", "пейджер"),
    "street": (
        "adresse", "gateadresse", "gate", "besøksadresse", "postadresse", "adresas",
        "gatvė", "gatvės adresas", "адрес", "улица", "почтовый адрес",
    ),
    "extended": ("adresse 2", "gateadresse 2", "adresas 2", "адрес 2", "улица 2"),
    "po_box": ("postboks", "pašto dėžutė", "абонентский ящик", "а/я"),
    "city": (
        "poststed", "by", "sted", "kommune", "miestas", "gyvenvietė", "город",
        "населённый пункт", "населенный пункт",
    ),
    "region": (
        "fylke", "region", "apskritis", "rajonas", "regionas", "регион", "область", "край",
        "штат", "провинция",
    ),
    "postal_code": (
        "postnummer", "postnr", "postnr.", "pašto kodas", "indeksas", "почтовый индекс",
        "индекс",
    ),
    "country": (
        "land", "land/region", "land eller region", "šalis", "valstybė", "šalis/regionas",
        "šalis arba regionas", "страна", "страна/регион", "страна или регион",
    ),
    "website": (
        "nettside", "hjemmeside", "nettsted", "webside", "nettadresse", "tinklalapis",
        "svetainė", "interneto svetainė", "tinklalapio adresas", "веб-сайт", "сайт",
        "веб-страница", "домашняя страница", "веб сайт",
    ),
    "im": ("chat", "pokalbiai", "мессенджер"),
    "notes": (
        "notater", "notat", "merknad", "merknader", "kommentar", "kommentarer", "pastabos",
        "pastaba", "komentaras", "komentarai", "užrašai", "заметки", "примечание",
        "примечания", "комментарий", "комментарии",
    ),
    "birthday": (
        "fødselsdato", "fødselsdag", "bursdag", "gimimo data", "gimtadienis", "gimimo diena",
        "дата рождения", "день рождения",
    ),
    "anniversary": ("jubileum", "merkedag", "sukaktis", "годовщина"),
    "tags": (
        "kategorier", "kategori", "grupper", "gruppe", "etiketter", "kategorijos",
        "kategorija", "grupės", "grupė", "žymės", "etiketės", "категории", "категория",
        "группы", "группа", "метки", "ярлыки",
    ),
}  # fmt: skip

# Words that say which address, phone or email a column belongs to (folded).
_WORK = ("arbeid", "jobb", "darbo", "раб", "рабочии", "рабочая", "рабочего", "служебныи")
_HOME = ("hjem", "hjemme", "privat", "namu", "дом", "домашнии", "домашняя", "домашнего")
# Words left over once a qualifier is gone ("Улица (раб. адрес)"), dropped on a second try.
_FILLER = ("adresse", "adresas", "адрес", "адреса", "address")
# Google's "E-post 1 - Verdi" / "Telefon 1 - Etikett", localised.
_VALUE_WORDS = ("verdi", "reiksme", "значение", "value")
_LABEL_WORDS = ("etikett", "type", "tipas", "etikete", "тип", "метка", "ярлык", "label")
_QUALIFIABLE = ("email", "phone", "street", "extended", "city", "region", "postal_code", "country")
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalize(header: str) -> str:
    """A header as looked up: folded, punctuation as single spaces."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(header.replace("\ufeff", ""))).split())


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for target, phrases in _PHRASES.items():
        for phrase in phrases:
            table.setdefault(normalize(phrase), target)
    return table


def localized_target(header: str) -> str | None:
    """The target field name a Norwegian, Lithuanian or Russian header names, else None."""
    words = normalize(header).split()
    if not words:
        return None
    table = _table()
    whole = table.get(" ".join(words))
    if whole is not None:
        return whole
    if words[-1] in _LABEL_WORDS and len(words) > 1:
        return "ignore" if _lookup([w for w in words[:-1] if not w.isdigit()]) else None
    label = _qualifier(words)
    rest = [w for w in words if w not in (*_WORK, *_HOME, *_VALUE_WORDS) and not w.isdigit()]
    found = _lookup(rest)
    if found is None:
        return None
    if label and found in _QUALIFIABLE:
        return f"{found}:{label}"
    return found


def _lookup(words: list[str]) -> str | None:
    table = _table()
    found = table.get(" ".join(words))
    if found is None:
        trimmed = [w for w in words if w not in _FILLER]
        found = table.get(" ".join(trimmed)) if trimmed else table.get(normalize("adresse"))
    return found if words else None


def _qualifier(words: list[str]) -> str:
    if any(w in _WORK for w in words):
        return "work"
    if any(w in _HOME for w in words):
        return "home"
    return ""
