"""Check Z, batch XR XT: a French-style page's name lines with the surname in capitals and a
"Journalist" role line among them, a bibliographic table's inverted "Surname, Given, MP" person
fields completing surname labels, and a legislature's bracketed member label glued after a
question's end."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_NAME_LINES = (
    "Home > News\n\n"
    "3 March 2026 - Paris\n"
    "Joint press conference by President {host_full} and {guest_full}, Prime Minister.\n\n"
    "{host}\n\n"
    "Prime Minister, dear friend,\n\n"
    "I am glad to welcome you here. We have signed an agreement on energy today.\n\n"
    "{guest}\n\n"
    "Thank you for your welcome. This agreement will bring jobs to both our countries.\n\n"
    "{host}\n\n"
    "We will take a few questions. Sir, please.\n\n"
    "{role}\n\n"
    "Thank you. Paul Mercier, Le Monde. Mr President, will this deal be ratified soon?\n\n"
    "{host}\n\n"
    "Yes, the text will go to Parliament in the spring and I expect a broad majority.\n\n"
    "{role}\n\n"
    "Prime Minister, a question on prices. Will households see lower bills?\n\n"
    "{guest}\n\n"
    "They will, from next winter, and we will publish the figures every quarter.\n"
)


@pytest.mark.parametrize(
    ("host", "host_full", "guest", "guest_full", "role"),
    [
        ("Emmanuel MACRON", "Emmanuel Macron", "Pedro SÁNCHEZ", "Pedro Sánchez", "Journalist"),
        ("Emmanuel MACRON", "Emmanuel Macron", "Kristen MICHAL", "Kristen Michal", "Question"),
        ("Jean-Noël BARROT", "Jean-Noël Barrot", "Anita ANAND", "Anita Anand", "Journalist"),
    ],
)
def test_caps_surname_name_lines_and_role_word_lines(
    host: str, host_full: str, guest: str, guest_full: str, role: str
) -> None:
    rows = turn_rows(_NAME_LINES.format(**locals()))
    assert [(r[0], r[1]) for r in rows] == [
        ("statement", host_full),
        ("statement", guest_full),
        ("other", host_full),
        ("question", "Paul Mercier"),
        ("answer", host_full),
        ("question", None),
        ("answer", guest_full),
    ]


_PARLINFO = (
    "ParlInfo - QUESTIONS WITHOUT NOTICE : Energy\n"
    "Parliament of Australia\n\n"
    "Title\tQUESTIONS WITHOUT NOTICE\n"
    "Energy\n"
    "Database\tHouse Hansard\n"
    "Questioner\t{q_sur}, {q_given}, MP\n"
    "Responder\t{r_sur}, {r_given}, MP\n"
    "Stage\tProof\n\n"
    "Energy\n\n"
    "{q_title} {q_caps} (Farrer) (14:02): My question is to the minister. Why are power bills "
    "still rising?\n\n"
    "{r_title} {r_caps} (Grayndler) (14:02): I thank the member for her question. Bills are "
    "falling in three states.\n\n"
    "{q_title} {q_caps}: Will the minister table the modelling today?\n\n"
    "{r_title} {r_caps}: The modelling is already public on the department's website.\n"
)


@pytest.mark.parametrize(
    ("q_title", "q_sur", "q_given", "r_title", "r_sur", "r_given"),
    [
        ("Ms", "Ley", "Sussan", "Mr", "Bowen", "Chris"),
        ("Mr", "Taylor", "Angus", "Ms", "Rishworth", "Amanda"),
    ],
)
def test_inverted_table_fields_complete_surname_labels(
    q_title: str, q_sur: str, q_given: str, r_title: str, r_sur: str, r_given: str
) -> None:
    text = _PARLINFO.format(q_caps=q_sur.upper(), r_caps=r_sur.upper(), **locals())
    assert [r[1] for r in turn_rows(text)] == [
        f"{q_given} {q_sur}",
        f"{r_given} {r_sur}",
        f"{q_given} {q_sur}",
        f"{r_given} {r_sur}",
    ]


_COMMONS = (
    "House of Commons Debates\n\n"
    "Wednesday, March 4, 2026\n\n"
    "ORAL QUESTIONS\n\n"
    "{asker}: Mr. Speaker, ferries to the island were cancelled twelve times this winter. "
    "When will the new vessel arrive?\n\n"
    "{minister}: Mr. Speaker, the vessel is under construction and will be delivered in the "
    "fall.\n\n"
    "{asker}: Mr. Speaker, islanders have heard that before. Will the minister name a "
    "date?{glue}{minister}: Mr. Speaker, the contract sets September, and the yard is on "
    "schedule.\n\n"
    "{asker}: Mr. Speaker, will she publish the contract?\n\n"
    "{minister}: Mr. Speaker, it is already published.\n"
)


@pytest.mark.parametrize(
    ("asker", "minister"),
    [
        (
            "Mr. Tom Reid (Cardigan, CPC)",
            "Hon. Ana Silva (Minister of Emergency Management and Community Resilience, Lib.)",
        ),
        (
            "Mrs. Joan Hale (Egmont, CPC)",
            "Hon. Ruth Kline (Minister of Fisheries, Oceans and the Canadian Coast Guard, Lib.)",
        ),
    ],
)
def test_bracketed_member_label_glued_after_question(asker: str, minister: str) -> None:
    rows = turn_rows(_COMMONS.format(asker=asker, minister=minister, glue=""))
    assert [r[0] for r in rows] == ["question", "answer"] * 3
    assert rows[3][2].startswith("Mr. Speaker, the contract sets")
