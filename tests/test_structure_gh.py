"""Round 35 (GH) naming and boundary rules, on short snippets."""

import pytest

from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.metadata import trailing_start


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # A "Q." glued to the answer before, the line break lost, on a "Q."/"A." page.
        ("Q. One?\n\nA. Yes.\n\nQ. Two?\n\nA. No, a border.Q. Three?\n\nA. Maybe.\n", True),
        # Without line labels of the page's own, "U.S.Q." stays prose.
        ("He went to the U.S.Q. Then what?\n", False),
    ],
)
def test_glued_q_dot(text: str, glued: bool) -> None:
    found = any(h.text == "Q." and h.inline for h in find_labels(text))
    assert found is glued


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (
            "Speakers\nMargaret Holloway is a senior fellow at PIIE.\n"
            "Moderator: Sunita Rao is a senior fellow at the Peterson Institute.\n",
            True,
        ),
        ("Citation: Raman, P. (2025, April 9). A title. Mongabay News.\n", True),
    ],
)
def test_closing_boxes_leave_the_body(tail: str, cut: bool) -> None:
    body = "HOLLOWAY: I think there is a deal to be had.\n\n"
    text = body + tail
    assert (trailing_start(text) <= len(body)) is cut
