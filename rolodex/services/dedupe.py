"""Finding duplicate contacts across the whole book, shown in groups.

Two contacts are linked when they share a UID, an email (case-insensitive), a normalised phone
number, or the same full name at the same company (exact matches); or when their names are
close ("Jon Smith" / "John Smith", scored with rapidfuzz) *and* they share a company or a city
(fuzzy matches). Linked contacts form groups (connected components).

Fuzzy matching never compares all pairs: contacts are put in blocks keyed by a place (company
or city) and the phonetic initials of their first and last name words, and only contacts in
the same block are compared. A book of 100,000 contacts takes about a second (see
``benchmarks/bench_dedupe.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rolodex.db import database
from rolodex.textfold import fold

FUZZY_THRESHOLD = 88.0
"""Minimum rapidfuzz ``token_sort_ratio`` (0-100) for two names to count as similar."""

REASON_KINDS = ("uid", "email", "phone", "name_company", "similar_name")

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class Reason:
    """Why contacts were grouped: ``kind`` is one of :data:`REASON_KINDS`; ``value`` is the
    shared email, phone, UID or place (company or city) that made the link."""

    kind: str
    value: str


@dataclass
class DuplicateGroup:
    """Contacts that look like the same person, with every reason that linked them."""

    ids: list[int]
    reasons: list[Reason] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        """True when at least one link is exact (not only similar names)."""
        return any(r.kind != "similar_name" for r in self.reasons)


@dataclass
class _Person:
    id: int
    name: str
    company: str  # folded company name (the key)
    company_name: str
    uid: str
    cities: dict[str, str] = field(default_factory=dict)  # folded city -> as typed


class _Links:
    """Union-find over contact ids, remembering the reasons of each link."""

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._reasons: list[tuple[int, Reason]] = []

    def find(self, a: int) -> int:
        parent = self._parent
        root = a
        while parent.get(root, root) != root:
            root = parent[root]
        while a != root:
            parent[a], a = root, parent.get(a, a)
        return root

    def link(self, ids: list[int], reason: Reason) -> None:
        first = self.find(ids[0])
        self._parent.setdefault(first, first)
        for other in ids[1:]:
            root = self.find(other)
            self._parent.setdefault(root, root)
            if root != first:
                self._parent[root] = first
        self._reasons.append((ids[0], reason))

    def groups(self) -> list[DuplicateGroup]:
        members: dict[int, list[int]] = defaultdict(list)
        for node in list(self._parent):
            members[self.find(node)].append(node)
        reasons: dict[int, list[Reason]] = defaultdict(list)
        for node, reason in self._reasons:
            bucket = reasons[self.find(node)]
            if reason not in bucket:
                bucket.append(reason)
        return [DuplicateGroup(sorted(ids), reasons[root]) for root, ids in members.items()]


def find_duplicates(
    threshold: float = FUZZY_THRESHOLD,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[DuplicateGroup]:
    """Every group of likely duplicates among live contacts: exact groups first, then larger
    groups, then by lowest id. Returns [] if ``cancelled()`` turns true."""
    people = _load_people()
    links = _Links()
    _link_exact(people, links)
    blocks = list(_blocks(people).values())
    for done, block in enumerate(blocks, 1):
        if cancelled is not None and cancelled():
            return []
        _link_similar(block, threshold, links)
        if progress is not None and done % 1000 == 0:
            progress(done, len(blocks))
    if progress is not None:
        progress(len(blocks), len(blocks))
    groups = links.groups()
    groups.sort(key=lambda g: (not g.exact, -len(g.ids), g.ids[0]))
    return groups


def find_duplicates_of(contact_ids: Iterable[int]) -> list[DuplicateGroup]:
    """The groups (from a whole-book search) that hold any of ``contact_ids``."""
    wanted = set(contact_ids)
    return [g for g in find_duplicates() if wanted.intersection(g.ids)]


# -- loading ---------------------------------------------------------------------------------
_LIVE = "(SELECT id FROM contact WHERE deleted_at IS NULL)"


def _load_people() -> dict[int, _Person]:
    """Live contacts with folded names, company and cities (emails and phones are matched
    in SQL, so they are not loaded)."""
    conn = database.connection()
    people: dict[int, _Person] = {}
    sql = (
        "SELECT c.id, c.display_name, COALESCE(co.name_key, ''), COALESCE(co.name, ''), c.uid"
        " FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE c.deleted_at IS NULL"
    )
    for cid, name, company_key, company, uid in conn.execute(sql):
        people[cid] = _Person(cid, _name_key(name), company_key, company, uid.strip())
    city_sql = f"SELECT contact_id, city FROM address WHERE city != '' AND contact_id IN {_LIVE}"
    fold_city = lru_cache(maxsize=65536)(_fold)
    for cid, city in conn.execute(city_sql):
        people[cid].cities.setdefault(fold_city(city.strip()), city.strip())
    return people


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


def _name_key(name: str) -> str:
    return " ".join(_fold(name).replace(".", " ").replace(",", " ").split())


# -- exact matches ---------------------------------------------------------------------------
_SHARED_SQL = {
    "uid": f"SELECT uid, id FROM contact WHERE uid != '' AND id IN {_LIVE}"
    " AND uid IN (SELECT uid FROM contact WHERE uid != '' AND deleted_at IS NULL"
    " GROUP BY uid HAVING COUNT(*) > 1)",
    "email": f"SELECT value_key, contact_id FROM email WHERE contact_id IN {_LIVE}"
    f" AND value_key IN (SELECT value_key FROM email WHERE value_key != '' AND contact_id IN"
    f" {_LIVE} GROUP BY value_key HAVING COUNT(DISTINCT contact_id) > 1)",
    "phone": f"SELECT e164, contact_id FROM phone WHERE contact_id IN {_LIVE}"
    f" AND e164 IN (SELECT e164 FROM phone WHERE e164 != '' AND contact_id IN {_LIVE}"
    " GROUP BY e164 HAVING COUNT(DISTINCT contact_id) > 1)",
}


def _link_exact(people: dict[int, _Person], links: _Links) -> None:
    conn = database.connection()
    for kind, sql in _SHARED_SQL.items():
        shared: dict[str, list[int]] = defaultdict(list)
        for value, cid in conn.execute(sql):
            if cid not in shared[value]:
                shared[value].append(cid)
        for value, ids in shared.items():
            links.link(ids, Reason(kind, value))
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in people.values():
        if p.name and p.company:
            by_name[(p.name, p.company)].append(p.id)
    for ids in by_name.values():
        if len(ids) > 1:
            links.link(ids, Reason("name_company", people[ids[0]].company_name))


# -- fuzzy matches ---------------------------------------------------------------------------
_PHONETIC = {"c": "k", "q": "k", "z": "s", "w": "v", "y": "i", "j": "i"}


def _initial(word: str) -> str:
    """A first letter that survives common spelling variants (Carl/Karl, Yana/Jana)."""
    if word.startswith("ph"):
        return "f"
    return _PHONETIC.get(word[0], word[0])


_Block = tuple[str, list[_Person]]  # the shared place as typed, and the people in it


def _blocks(people: dict[int, _Person]) -> dict[tuple[str, str], _Block]:
    blocks: dict[tuple[str, str], _Block] = {}
    for p in people.values():
        words = p.name.split()
        if not words:
            continue
        initials = "".join(sorted(_initial(words[0]) + _initial(words[-1])))
        places = dict(p.cities)
        if p.company:
            places["\x00" + p.company] = p.company_name
        for key, shown in places.items():
            blocks.setdefault((key, initials), (shown, []))[1].append(p)
    return {key: block for key, block in blocks.items() if len(block[1]) > 1}


def _link_similar(block: _Block, threshold: float, links: _Links) -> None:
    from rapidfuzz import fuzz

    place, members = block
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.name == b.name and a.company and a.company == b.company:
                continue  # already an exact name + company match
            if fuzz.token_sort_ratio(a.name, b.name, score_cutoff=threshold):
                links.link([a.id, b.id], Reason("similar_name", place))
