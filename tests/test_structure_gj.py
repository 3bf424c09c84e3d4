"""Round 35 (GJ) naming rules: short snippets, one mechanism a row."""

import pytest

from rhetoscope.structure import header, naming


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # An Arabic surname whose article is written apart: the full name before it.
        (
            "Dr. Khalid bin Rashid Al Nuaimi, Minister of State, said the UAE's network of "
            "Comprehensive Economic Partnership Agreements has grown. In an interview, "
            "Al Nuaimi discussed trade.",
            "Khalid bin Rashid Al Nuaimi",
        ),
    ],
)
def test_header_article_surname(text: str, want: str) -> None:
    people = [n.display() for k, n in header._header_people(text) if k == "interview with"]
    assert people == [want]


@pytest.mark.parametrize(
    ("word", "before", "want"),
    [
        (
            "Zulhas",
            "Minister Zulkifli Hasan, popularly known as Zulhas, held a press",
            "Zulkifli Hasan",
        ),
        (
            "Sandro",
            "Aleksandre Beridzeshvili, widely known as Sandro, exports wine",
            "Aleksandre Beridzeshvili",
        ),
        ("Rina", "Minister Zulkifli Hasan held a press conference", None),
    ],
)
def test_nicknamed_adverb(word: str, before: str, want: str | None) -> None:
    assert naming._nicknamed(word, before) == want


@pytest.mark.parametrize(
    ("outlet", "lead", "want"),
    [
        (
            "KPL",
            "granted an exclusive interview to KPL reporter Phonesavanh Keomany on",
            "Phonesavanh Keomany",
        ),
        ("KPL", "said in a statement to KPL on Monday", None),
    ],
)
def test_outlet_job_holder(outlet: str, lead: str, want: str | None) -> None:
    named = naming._outlet_job_holder(outlet, lead)
    assert (named.display() if named else None) == want


def test_one_off_outlet_noted_asker() -> None:
    from rhetoscope.structure.labels import find_labels

    text = (
        "Moderator: Good afternoon. We start with the minister.\n\n"
        "Zulkifli Hasan: Stocks are safe.\n\n"
        "Arief Prasetyo Adi: To add, we monitor prices.\n\n"
        "Kompas TV: Pak Zulhas, what about chili?\n\n"
        "Zulkifli Hasan: It is seasonal.\n\n"
        "Rina (Tempo): Pak Arief, is there a plan to import rice?\n\n"
        "Arief Prasetyo Adi: No imports this year.\n\n"
        "Kompas TV: And cooking oil?\n\n"
        "Zulkifli Hasan: It is available.\n"
    )
    assert "Rina" in [h.text for h in find_labels(text)]


@pytest.mark.parametrize(
    "box",
    ["Lire aussi : Kayar : les mareyeuses réclament une usine", "Leia também: Novo porto"],
)
def test_foreign_read_also_trailing(box: str) -> None:
    from rhetoscope.structure.metadata import trailing_start

    text = "APS: Thank you.\n\nFatou Diouf Sarr: It is I who thank you.\n\n#APS\n" + box + "\n"
    assert text[: trailing_start(text)].rstrip().endswith("thank you.")
