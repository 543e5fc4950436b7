"""The pipeline's stages: listed in board order, found by name, added and changed. Each has a
default probability (a deal's own overrides it) and an outcome: open, won or lost."""

from __future__ import annotations

from rolodex.sales.records import SalesError, StageData
from rolodex.services.changes import Change
from rolodex.store import deals as store
from rolodex.store.transactions import writing

OUTCOMES = ("open", "won", "lost")


def all_stages() -> list[StageData]:
    """Every stage, in board order."""
    return store.stages()


def find(name: str) -> StageData:
    """The stage called ``name`` (case does not matter); SalesError naming the stages if none."""
    wanted = name.strip().casefold()
    stages = store.stages()
    for stage in stages:
        if stage.name.casefold() == wanted:
            return stage
    names = ", ".join(s.name for s in stages)
    raise SalesError(f"There is no stage {name!r}; the stages are {names}.")


def check_probability(value: int) -> int:
    if not 0 <= value <= 100:
        raise SalesError(f"A probability is a percentage from 0 to 100, not {value}.")
    return value


def add(name: str, probability: int, outcome: str = "open") -> Change:
    """A new stage at the end of the board."""
    clean = name.strip()
    if not clean:
        raise SalesError("A stage needs a name.")
    if outcome not in OUTCOMES:
        raise SalesError(f"A stage's outcome is one of {', '.join(OUTCOMES)}.")
    if any(s.name.casefold() == clean.casefold() for s in store.stages()):
        raise SalesError(f"There is a stage {clean!r} already.")
    with writing():
        new_id = store.add_stage(clean, check_probability(probability), outcome)
    return Change("stage", (new_id,), "created")


def set_probability(name: str, probability: int) -> Change:
    """Change a stage's default probability (deals without their own follow it)."""
    stage = find(name)
    with writing():
        store.update_stage(stage.id, probability=check_probability(probability))
    return Change("stage", (stage.id,), "updated")


def remove(name: str) -> Change:
    """Delete a stage no deal is or ever was at (the history must stay true)."""
    stage = find(name)
    if store.stage_in_use(stage.id):
        raise SalesError(f"Deals are or were at {stage.name}; it cannot be deleted.")
    with writing():
        store.delete_stage(stage.id)
    return Change("stage", (stage.id,), "deleted")
