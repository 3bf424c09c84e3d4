"""A title-and-surname speaker the alias gazetteer knows is named in full; never a guess."""

from __future__ import annotations

import pytest

from rhetoscope.structure.registry import registry_name
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("speaker", "text", "full"),
    [
        ("President Trump", "Remarks by President Trump", "Donald Trump"),
        ("Chancellor Merz", "", "Friedrich Merz"),
        ("Foreign Minister Lavrov", "", "Sergey Lavrov"),
        ("Песков", "Песков: Кремль не комментирует", "Дмитрий Песков"),
        ("President Zelenskyy", "", "Volodymyr Zelenskyy"),  # the page's spelling kept
        ("Zelensky", "", "Volodymyr Zelensky"),
        # not a known person, or not a bare surname
        ("President Stubb", "", None),
        ("Secretary Bessent", "", None),
        ("Donald Trump", "", None),
        ("The President", "", None),
        # a title of address that may be another member of the family
        ("Mrs. Trump", "", None),
        ("Ms. Trump", "", None),
        # the page pairs the surname with another given name
        ("Mr. Trump", "Eric Trump joined the call. Mr. Trump said", None),
    ],
)
def test_registry_name(speaker: str, text: str, full: str | None) -> None:
    assert registry_name(speaker, text) == full


SPRAY = (
    "Remarks by President Trump and Prime Minister Kristersson of Sweden Before Bilateral "
    "Meeting\n\n"
    "THE PRESIDENT: Thank you very much. It's an honor to have the Prime Minister with us.\n\n"
    "PRIME MINISTER KRISTERSSON: Thank you, Mr. President.\n\n"
    "Q Mr. President, will you meet President Putin?\n\n"
    "THE PRESIDENT: We'll see. Maybe soon.\n\n"
    "Q And tariffs on Sweden?\n\n"
    "THE PRESIDENT: No, they're a great country.\n"
)


def test_white_house_office_holder_named_in_full() -> None:
    rows = turn_rows(SPRAY)
    assert {r[1] for r in rows if r[2].startswith(("Thank you very", "We'll see"))} == {
        "Donald Trump"
    }
    # a leader the gazetteer does not know keeps the header's title and surname
    assert rows[1][1] == "Prime Minister Kristersson"
