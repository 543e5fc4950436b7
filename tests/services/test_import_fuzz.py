"""Property-based: whatever junk sits between good cards, an import never raises, every good
card is imported, and the junk is reported rather than silently lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolodex.db import close_store, open_store
from rolodex.services.importing.service import run_import
from tests.services.transfer_helpers import names, vcard

JUNK = st.text(
    alphabet=st.sampled_from(list(':;=,\\"\r\n \t.-BEGINVCARDEND\u00e5\u0416\x00\ufeff')),
    max_size=60,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk=JUNK, broken=st.booleans(), policy=st.sampled_from(["skip", "merge", "new"]))
def test_junk_between_good_cards_never_loses_them(junk: str, broken: bool, policy: str) -> None:
    middle = f"BEGIN:VCARD\r\nVERSION:3.0\r\n{junk}\r\nEND:VCARD\r\n" if broken else junk + "\r\n"
    text = (
        vcard("Ona Jonaitė", email="ona@ex.lt")
        + middle
        + vcard("Ivan Petrov", phone="+74951234567")
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.vcf"
        path.write_bytes(text.encode("utf-8"))
        open_store(Path(tmp) / "book.db")
        try:
            result = run_import([path], policy, report_path=Path(tmp) / "report.txt")
            good = {"Ona Jonaitė", "Ivan Petrov"}
            assert good <= set(names())
            assert result.imported + result.merged + result.skipped >= 2
        finally:
            close_store()
