"""Check S35 English speaker naming: a site menu's namesake beside the gazetteer person's own
menu item, an organisation's acronym before an unheld office, a two-journalist credit joined by
German "und", a POLITICO-style page whose headline quotes its guest under a flattened menu and
whose photo captions carry a bar credit, and a magazine's print-edition note that closes the
last answer."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.registry import registry_name
from rhetoscope.structure.unnamed import names_no_one
from structure_support import turn_rows

# A White House page whose "Administration" menu lists the President by his full name with a
# middle initial and the First Lady by hers, each alone on its line.
_WH_MENU = (
    "Skip to content\nThe White House\nNews\nAdministration\n  Donald J. Trump\n  JD Vance\n"
    "  {namesake}\n  The Cabinet\nIssues\nContact\n\nRemarks\n\n"
    "Remarks by President Trump and Prime Minister Rask of Norway Before Bilateral Meeting\n\n"
    "The White House\nMarch 3, 2026\n\nOval Office\n\n11:02 A.M. EST\n\n"
    "PRESIDENT TRUMP:  Thank you very much. It's an honor to have the Prime Minister here.  "
    "We're going to talk about energy and about the Arctic.\n\n"
    "PRIME MINISTER RASK:  Thank you, Mr. President. Norway and the United States are old "
    "friends.\n\n"
    "Q    Mr. President, will you lift the tariffs on Norwegian salmon?\n\n"
    "PRESIDENT TRUMP:  We'll see. We're talking about it. Very good people.\n\n"
    "Q    Prime Minister, are you worried about the tariffs?\n\n"
    "PRIME MINISTER RASK:  We're having a constructive conversation.\n\n"
    "PRESIDENT TRUMP:  Thank you very much, everybody.\n\n"
    "END\n\n11:31 A.M. EST\n"
)


@pytest.mark.parametrize("namesake", ["Melania Trump", "Barron Trump"])
def test_menu_namesake_does_not_block_the_office_holder(namesake: str) -> None:
    rows = turn_rows(_WH_MENU.format(namesake=namesake))
    trump = [r for r in rows if r[2].startswith(("Thank you very much", "We'll see"))]
    assert len(trump) == 3
    assert all(r[1] == "Donald Trump" for r in trump)


@pytest.mark.parametrize(
    ("speaker", "text", "want"),
    [
        # the menu lists the person's own item: a namesake there blocks nothing
        (
            "President Trump",
            "News\nDonald J. Trump\nJD Vance\nMelania Trump\nThe Cabinet\n",
            "Donald Trump",
        ),
        # under a title of address the namesake may be the one who speaks
        ("Mr. Trump", "News\nDonald J. Trump\nJD Vance\nEric Trump\nThe Cabinet\n", None),
        # a namesake in the running text still blocks
        (
            "President Trump",
            "Donald J. Trump\n\nMelania Trump said on Monday that she would travel.\n",
            None,
        ),
        # a menu that does not list the person's own item blocks as before
        ("President Trump", "News\nJD Vance\nMelania Trump\nThe Cabinet\n", None),
    ],
)
def test_registry_menu_namesake(speaker: str, text: str, want: str | None) -> None:
    assert registry_name(speaker, text) == want


@pytest.mark.parametrize(
    ("speaker", "want"),
    [
        ("NATO Spokesperson", True),
        ("UN Spokesman", True),
        ("OSCE Secretary-General", True),
        ("Spokesperson", True),
        # an outlet's acronym before a press word is the outlet's voice
        ("AFP Correspondent", False),
        ("BBC Reporter", False),
        # a holder named after the office keeps the speaker
        ("NATO Spokesperson Allison Hart", False),
        ("Spokesperson Kornelius", False),
        # all capitals: a short surname looks like an acronym
        ("KIM SPOKESPERSON", False),
    ],
)
def test_org_acronym_before_office_names_no_one(speaker: str, want: bool) -> None:
    assert names_no_one(speaker) is want


_NATO_PRESSER = (
    "North Atlantic Treaty Organization\n\n"
    "Press conference by NATO Secretary General Mark Rutte following the meeting of the North "
    "Atlantic Council\n\n12 Feb. 2026\n\n"
    "NATO Spokesperson: Good afternoon. Welcome to this press conference. The Secretary "
    "General will start with a few words.\n\n"
    "NATO Secretary General Mark Rutte: Good afternoon. Today ministers agreed to speed up "
    "the delivery of air defence to Ukraine.\n\n"
    "NATO Spokesperson: Okay, we'll start with Reuters.\n\n"
    "Reuters: Secretary General, how soon will the systems arrive?\n\n"
    "NATO Secretary General Mark Rutte: Within weeks, not months.\n\n"
    "NATO Spokesperson: Thank you very much. This concludes the press conference.\n"
)


def test_unnamed_org_spokesperson_is_null() -> None:
    rows = turn_rows(_NATO_PRESSER)
    spoke = [
        r for r in rows if r[2].startswith(("Good afternoon. Welcome", "Okay, we'll", "Thank"))
    ]
    assert len(spoke) == 3
    assert all(r[1] is None for r in spoke)
    assert any(r[1] == "Mark Rutte" for r in rows)


_TWO_ASKERS = (
    "DER SPIEGEL\nInternational\nGermany\nEurope\n\n"
    "German Finance Minister Lena Hartwig\n"
    '"We Cannot Borrow Our Way Out of This"\n'
    "In an interview, German Finance Minister Lena Hartwig discusses the budget gap and the "
    "debt brake.\n"
    "Interview Conducted By {first} {joiner} {second}\n"
    "14.03.2026, 18.00 Uhr\n\n"
    "DER SPIEGEL: Minister Hartwig, the budget has a hole of 30 billion euros. How will you "
    "close it?\n\n"
    "Hartwig: With discipline. Every ministry will have to save.\n\n"
    "DER SPIEGEL: Including defense?\n\n"
    "Hartwig: Defense is the exception, and it has to be.\n"
)


@pytest.mark.parametrize(
    ("first", "joiner", "second"),
    [
        ("Anna Vogt", "und", "Felix Berger"),
        ("Anna Vogt", "und", "Konstantin von Hammerstein"),
        ("Anna Vogt", "and", "Felix Berger"),
    ],
)
def test_two_credited_interviewers_keep_the_outlet(first: str, joiner: str, second: str) -> None:
    rows = turn_rows(_TWO_ASKERS.format(first=first, joiner=joiner, second=second))
    asks = [r for r in rows if r[2].startswith(("Minister Hartwig", "Including"))]
    assert len(asks) == 2
    assert all(r[1] == "DER SPIEGEL" for r in asks)


_POLITICO = (
    "POLITICO\nNewsletters Podcasts Poll of Polls Policy news Events\nEurope\n"
    "Lars Ekdahl: ‘We will not wait for Washington to defend the Baltic’\n"
    "Sweden’s defense minister says Europe must buy its own air defense — and fast.\n\n"
    "Lars Ekdahl speaks to reporters in Stockholm on March 2. | Jonas Berg/TT via Getty "
    "Images\n\n"
    "March 9, 2026 4:00 am CET\nBy Marta Kowalska\n\n"
    "STOCKHOLM — Sweden’s defense minister wants Europe to stop waiting, he said in an "
    "interview with POLITICO.\n\n"
    "POLITICO: Is Europe ready to defend the Baltic on its own?\n\n"
    "Ekdahl: Not yet. But we are closer than we were a year ago, and we are spending more "
    "every month.\n\n"
    "Swedish soldiers train on the island of Gotland. | Anna Lund/AFP via Getty Images\n\n"
    "POLITICO: What is missing?\n\n"
    "Ekdahl: Air defense, above all. We need more of it, and we need it now.\n"
)


def test_politico_byline_under_bar_credited_caption_asks() -> None:
    rows = turn_rows(_POLITICO)
    asks = [r for r in rows if r[2].startswith(("Is Europe ready", "What is missing"))]
    assert [r[1] for r in asks] == ["Marta Kowalska", "Marta Kowalska"]
    # the headline quoting the guest under the flattened menu is no turn of his
    assert not any(r[2].startswith("‘We will not wait") for r in rows)
    # the caption between two turns is no part of the answer above it
    answer = next(r for r in rows if r[2].startswith("Not yet."))
    assert answer[2].endswith("every month.")
    assert answer[1] == "Lars Ekdahl"


_ECONOMIST_TAIL = (
    "The Economist: Finally, is it strange to host a summit at home?\n\n"
    "Jan de Vries: (laughs) A little. But the decisions matter more than the host.\n\n"
    "This article appeared in the Europe section of the print edition under the headline "
    '"A host at home"\n\n'
    "Europe March 5th 2026\nFrom the March 5th 2026 edition\n"
    "Discover stories from this section and more in the list of contents\n"
    "Explore the edition\nReuse this content\nMore from Europe\n"
    "Why Europe’s armies are short of shells\nSubscribe\n"
    "Published since September 1843 to take part in “a severe contest between intelligence, "
    "which presses forward, and an unworthy, timid ignorance obstructing our progress.”\n"
    "Copyright © The Economist Newspaper Limited 2026. All rights reserved.\n"
)


def test_print_edition_note_closes_the_article() -> None:
    exchange = (
        "The Economist: Minister, the alliance has agreed to spend far more on defence. Will "
        "every member really meet the new target, and by when?\n\n"
        "Jan de Vries: I believe they will. The threat has not gone away, and every government "
        "around the table knows it. Some will get there faster than others, but the direction "
        "is clear, and the plans are already on the table for all of them to see.\n\n"
    )
    text = exchange * 3 + _ECONOMIST_TAIL
    at = trailing_start(text)
    assert not text[at : text.index("This article appeared")].strip()
    last = turn_rows(text)[-1]
    assert last[2].endswith("more than the host.")
