"""Twenty-sixth session: what the merged round's regress and review caught.

Each case composes its layout with at least two independent parts and asserts who speaks.
"""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns"])


def _answerers(text: str) -> set[str | None]:
    doc = _PIPE(read_text(text, source="review26.txt"))
    return {t.attrs.get("speaker") for t in doc.layer("turns") if t.label == "answer"}


_QA = (
    "— How has the work changed since 2022?\n\n"
    "— The work has become simpler, and that is the problem. The conclusion arrives from above.\n\n"
    "— How many have left?\n\n"
    "— In my department, roughly a third. Some went to business, a few to other agencies.\n\n"
    "— Do you believe it will pass?\n\n"
    "— On good days. On bad days I think the building will outlast all of us.\n"
)

# An anonymous source's lead that names a region ("postings in Europe and Central Asia"): the
# region's two capitalised words are no guest, so the anonymous answers stay nobody's.
REGIONS = ["Central Asia", "South Caucasus", "Western Balkans", "North Africa", "Middle East"]
# (with or without a photo caption whose credit names the photographer and the agency after a
# slash, "Photo: Maxim Shemetov / Reuters": the photographer is no guest either)
CAPTIONS = ["", "The ministry's main building. Photo: Maxim Shemetov / Reuters\n\n"]
MASTHEADS = [
    ("Novaya Gazeta Europe\nPolitics\n\n", "Novaya Gazeta Europe"),
    ("The Eastern Courier\nWorld\n\n", "The Eastern Courier"),
]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize(("masthead", "outlet"), MASTHEADS)
def test_a_region_in_an_anonymous_sources_lead_is_no_guest(
    region: str, masthead: str, outlet: str, caption: str
) -> None:
    text = (
        f"{masthead}‘The ministry no longer writes policy’\n\nInterview by Irina Volkova\n"
        "12 February 2025\n\n"
        f"{caption}Our interlocutor has worked in the diplomatic service for twenty years, "
        f"including postings in Europe and {region}. He spoke to {outlet} on condition of "
        "anonymity, as he is not authorised to speak to the press.\n\n" + _QA
    )
    assert _answerers(text) == {None}
