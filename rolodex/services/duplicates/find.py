"""Finding duplicate contacts across the whole book, shown in groups.

Two contacts are linked only on evidence: they share a UID, an email (case-insensitive) or a
normalised phone number (*strong* links), or they have the same full name at the same company
or in the same city, or close names ("Jon Smith" / "John Smith", scored with rapidfuzz) at the
same company or in the same city (*name* links). A common name alone links nobody. Linked
contacts form groups (connected components), but a name link never joins people who work for
different companies: 28 "Владимир Новиков" at six companies are six groups at most, not one.
Each group says why it was formed, and why each member is in it (:attr:`DuplicateGroup.why`);
the dialog ticks for merging only the members a strong link holds (:meth:`DuplicateGroup.
strong_ids`).

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

from rolodex.store import duplicates
from rolodex.textfold import fold

FUZZY_THRESHOLD = 88.0
"""Minimum rapidfuzz ``token_sort_ratio`` (0-100) for two names to count as similar."""

REASON_KINDS = ("uid", "email", "phone", "name_company", "name_city", "similar_name")
STRONG_KINDS = ("uid", "email", "phone")

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
    """Contacts that look like the same person, with every reason that linked them, and the
    reasons of each member (``why``: contact id -> the links it is part of)."""

    ids: list[int]
    reasons: list[Reason] = field(default_factory=list)
    why: dict[int, list[Reason]] = field(default_factory=dict)

    @property
    def exact(self) -> bool:
        """True when at least one link is exact (shared key, or same name at one company)."""
        return any(r.kind not in ("similar_name", "name_city") for r in self.reasons)

    @property
    def strong(self) -> bool:
        """True when at least one link is a shared UID, email or phone number."""
        return any(r.kind in STRONG_KINDS for r in self.reasons)

    def strong_ids(self) -> list[int]:
        """The members a shared UID, email or phone links (the ones safe to pre-select)."""
        return [i for i in self.ids if any(r.kind in STRONG_KINDS for r in self.why.get(i, []))]


@dataclass
class _Person:
    id: int
    name: str
    company: str  # folded company name (the key)
    company_name: str
    uid: str
    cities: dict[str, str] = field(default_factory=dict)  # folded city -> as typed


class _Links:
    """Union-find over contact ids, remembering the reasons of each link and the companies
    (folded) of each group, so a name link never joins two groups at different companies."""

    def __init__(self, companies: dict[int, str]) -> None:
        self._parent: dict[int, int] = {}
        self._companies = companies
        self._firms: dict[int, set[str]] = {}
        self._reasons: list[tuple[int, Reason]] = []
        self._why: dict[int, list[Reason]] = defaultdict(list)

    def find(self, a: int) -> int:
        parent = self._parent
        root = a
        while parent.get(root, root) != root:
            root = parent[root]
        while a != root:
            parent[a], a = root, parent.get(a, a)
        return root

    def _firms_of(self, root: int) -> set[str]:
        if root not in self._firms:
            firm = self._companies.get(root, "")
            self._firms[root] = {firm} if firm else set()
        return self._firms[root]

    def _union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        self._parent.setdefault(ra, ra)
        self._parent.setdefault(rb, rb)
        if ra != rb:
            firms = self._firms_of(ra) | self._firms_of(rb)
            self._parent[rb] = ra
            self._firms[ra] = firms

    def _note(self, ids: list[int], reason: Reason) -> None:
        self._reasons.append((ids[0], reason))
        for i in ids:
            if reason not in self._why[i]:
                self._why[i].append(reason)

    def link(self, ids: list[int], reason: Reason) -> None:
        """A strong link: the contacts join one group, whatever their companies."""
        for other in ids[1:]:
            self._union(ids[0], other)
        self._note(ids, reason)

    def link_by_name(self, a: int, b: int, reason: Reason) -> bool:
        """A name link: joins the two groups unless they are at different companies."""
        fa, fb = self._firms_of(self.find(a)), self._firms_of(self.find(b))
        if fa and fb and fa.isdisjoint(fb):
            return False
        self._union(a, b)
        self._note([a, b], reason)
        return True

    def groups(self) -> list[DuplicateGroup]:
        members: dict[int, list[int]] = defaultdict(list)
        for node in list(self._parent):
            members[self.find(node)].append(node)
        reasons: dict[int, list[Reason]] = defaultdict(list)
        for node, reason in self._reasons:
            bucket = reasons[self.find(node)]
            if reason not in bucket:
                bucket.append(reason)
        return [
            DuplicateGroup(sorted(ids), reasons[root], {i: self._why[i] for i in sorted(ids)})
            for root, ids in members.items()
            if len(ids) > 1
        ]


def find_duplicates(
    threshold: float = FUZZY_THRESHOLD,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> list[DuplicateGroup]:
    """Every group of likely duplicates among live contacts: exact groups first, then larger
    groups, then by lowest id. Returns [] if ``cancelled()`` turns true."""
    people = _load_people()
    links = _Links({p.id: p.company for p in people.values()})
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
    groups.sort(key=lambda g: (not g.strong, not g.exact, -len(g.ids), g.ids[0]))
    return groups


def find_duplicates_of(contact_ids: Iterable[int]) -> list[DuplicateGroup]:
    """The groups (from a whole-book search) that hold any of ``contact_ids``."""
    wanted = set(contact_ids)
    return [g for g in find_duplicates() if wanted.intersection(g.ids)]


# -- loading ---------------------------------------------------------------------------------
def _load_people() -> dict[int, _Person]:
    """Live contacts with folded names, company and cities (emails and phones are matched
    by the store, so they are not loaded)."""
    people: dict[int, _Person] = {}
    for cid, name, company_key, company, uid in duplicates.people():
        people[cid] = _Person(cid, _name_key(name), company_key, company, uid.strip())
    fold_city = lru_cache(maxsize=65536)(_fold)
    for cid, city in duplicates.cities():
        people[cid].cities.setdefault(fold_city(city.strip()), city.strip())
    return people


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


def _name_key(name: str) -> str:
    return " ".join(_fold(name).replace(".", " ").replace(",", " ").split())


# -- exact matches ---------------------------------------------------------------------------
def _link_exact(people: dict[int, _Person], links: _Links) -> None:
    for kind in duplicates.SHARED_KINDS:
        shared: dict[str, list[int]] = defaultdict(list)
        for value, cid in duplicates.shared(kind):
            if cid not in shared[value]:
                shared[value].append(cid)
        for value, ids in shared.items():
            links.link(ids, Reason(kind, value))
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p in people.values():
        if p.name and p.company:
            by_name[(p.name, p.company)].append(p.id)
    for ids in by_name.values():
        for other in ids[1:]:
            links.link_by_name(ids[0], other, Reason("name_company", people[ids[0]].company_name))


# -- fuzzy matches ---------------------------------------------------------------------------
_PHONETIC = {"c": "k", "q": "k", "z": "s", "w": "v", "y": "i", "j": "i"}


def _initial(word: str) -> str:
    """A first letter that survives common spelling variants (Carl/Karl, Yana/Jana)."""
    if word.startswith("ph"):
        return "f"
    return _PHONETIC.get(word[0], word[0])


_Block = tuple[str, list[_Person]]  # the shared place as typed, and the people in it
COMPANY_MARK = "\x00"  # starts the key of a company's block (a city's key is the city)


def _blocks(people: dict[int, _Person]) -> dict[tuple[str, str], _Block]:
    blocks: dict[tuple[str, str], _Block] = {}
    for p in people.values():
        words = p.name.split()
        if not words:
            continue
        initials = "".join(sorted(_initial(words[0]) + _initial(words[-1])))
        places = dict(p.cities)
        if p.company:
            places[COMPANY_MARK + p.company] = COMPANY_MARK + p.company_name
        for key, shown in places.items():
            blocks.setdefault((key, initials), (shown, []))[1].append(p)
    return {key: block for key, block in blocks.items() if len(block[1]) > 1}


def _link_similar(block: _Block, threshold: float, links: _Links) -> None:
    from rapidfuzz import fuzz

    place, members = block
    at_company = place.startswith(COMPANY_MARK)
    place = place.removeprefix(COMPANY_MARK)
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.name == b.name and a.company and a.company == b.company:
                continue  # already an exact name + company match
            if a.name == b.name and not at_company:
                links.link_by_name(a.id, b.id, Reason("name_city", place))
            elif fuzz.token_sort_ratio(a.name, b.name, score_cutoff=threshold):
                links.link_by_name(a.id, b.id, Reason("similar_name", place))
