"""English print Q&A interviews without speaker labels: the lead names the two sides."""

import pytest

from rhetoscope.structure.dialogue import _lead_people_en
from rhetoscope.structure.furniture import _pull_quote


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Senator Dana Kell on the Vote\nBy Rachel Ode\n\nSenator Dana Kell voted no. "
            "Ms. Kell runs cattle.\n\nI spoke with her on Tuesday.",
            [("interview with", "Dana Kell"), ("interview by", "Rachel Ode")],
        ),
        (
            "Irina Volk was elected in 2017. Meduza spoke with Volk about local politics.",
            [("interview with", "Irina Volk")],
        ),
        # A person "spoke to" another: nothing says who asks.
        ("Bridget Cole spoke to Marcus Hale on LBC on Thursday morning.", []),
        ("The minister met Rishi Sunak in January.", []),
    ],
)
def test_lead_people_en(lead: str, expected: list[tuple[str, str]]) -> None:
    assert [(k, n.display()) for k, n in _lead_people_en(lead)] == expected


@pytest.mark.parametrize(
    ("para", "before", "expected"),
    [
        (
            "‘The people there are not easily frightened’",
            "… and the people there are not easily frightened. They were.",
            True,
        ),
        ("“We will not stop here”", "Nothing like it was said above.", False),
    ],
)
def test_pull_quote(para: str, before: str, expected: bool) -> None:
    assert _pull_quote(para, before) is expected


def test_ap_dateline_is_no_label() -> None:
    """ "ST. PAUL, Minn. — …" opens a news lead; it is no "Name, role. –" label."""
    from rhetoscope.structure.labels import find_labels

    text = (
        "ST. PAUL, Minn. — Karin Halvorsen has spent most of her term fighting allies.\n\n"
        "ELLERY: You signed the law. Was it a power grab?\n\n"
        "HALVORSEN: It was.\n\nELLERY: Why?\n\nHALVORSEN: Because it works.\n"
    )
    assert [h.text for h in find_labels(text)] == ["ELLERY", "HALVORSEN", "ELLERY", "HALVORSEN"]
