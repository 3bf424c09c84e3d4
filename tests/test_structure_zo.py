"""Check AB, batch YE YF YK (new English-language publishers): a portfolio of two words joined
by "and" before the office, the outlet's own journalist named in the lead's possessive, a law's
name that no person is, a masthead in capitals asking in its own case, a headline that quotes
its speaker, a writer's first-person lead, and the page's furniture around the interview (a
bracketed editor's credit, a menu's channel item, "Topics in this article :", a translation
widget's notice, the site's imprint under its copyright line).

Each table crosses the layout with names, outlets and the page's furniture, so that the rule is
shown to hold beyond one page."""

from __future__ import annotations

import itertools

import pytest

from structure_support import turn_rows

# Two people a case: (the one who asks, the one who answers).
_PEOPLE = [("Lerato Mokoena", "Pemmy Majodina"), ("Grace Whitlock", "Tomas Berglund")]
_ANSWERS = (
    "No. The law already allows it, and the regulations only set out the triggers clearly, so "
    "that nobody can say they were taken by surprise.",
    "Three things. Debt that is more than ninety days overdue, losses above forty-five per "
    "cent, and a failing audit two years in a row.",
    "Public comment closes at the end of the month. After that we will publish the final text "
    "and it will take effect in July.",
)
_QUESTIONS = (
    "The draft regulations say the department can take over. Isn't that an overreach?",
    "What are those triggers?",
    "When will the rules take effect?",
)


def _plain_qa() -> str:
    return "\n\n".join(f"{q}\n\n{a}" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))


def _speakers(text: str) -> tuple[set[str | None], set[str | None]]:
    rows = turn_rows(text)
    asked = {s for label, s, _ in rows if label == "question"}
    answered = {s for label, s, _ in rows if label == "answer"}
    return asked, answered


# --- A portfolio of two words joined by "and" before the office -----------------------------

_PORTFOLIO_PAGE = (
    "{masthead}\nNews   Business   Environment   Opinion   Subscribe\n\nEnvironment\n\n"
    "'Municipalities that don't pay will be placed under administration'\n\n"
    "{asker} interviews {portfolio} {office} {guest} about the debts that municipalities owe\n\n"
    "{asker}\n14 Jan 2026\n\n{caption}"
    "Municipalities owe more than R26 billion, and in parts of the country taps run dry for "
    "days at a time. The department has published draft regulations that would allow it to "
    "intervene directly.\n\n"
    "The paper spoke to the minister in Pretoria last week. The interview has been edited for "
    "length and clarity.\n\n{qa}\n"
)


@pytest.mark.parametrize(
    ("people", "portfolio", "office", "masthead", "caption"),
    [
        (people, portfolio, office, masthead, caption)
        for people, (portfolio, office), (masthead, caption) in itertools.product(
            _PEOPLE,
            [("Water and Sanitation", "Minister"), ("Roads and Harbours", "Secretary")],
            [
                ("Mail & Guardian", ""),
                ("The Coastal Ledger", "The minister at a briefing. (Photo: Ledger)\n\n"),
            ],
        )
    ],
)
def test_coordinated_portfolio_before_the_office_names_its_holder(
    people: tuple[str, str], portfolio: str, office: str, masthead: str, caption: str
) -> None:
    asker, guest = people
    text = _PORTFOLIO_PAGE.format(
        masthead=masthead,
        asker=asker,
        portfolio=portfolio,
        office=office,
        guest=guest,
        caption=caption,
        qa=_plain_qa(),
    )
    asked, answered = _speakers(text)
    assert answered == {guest}
    assert asked == {asker}


# --- The outlet's own journalist, named after its possessive in the lead ---------------------

_OUTLETS_OWN_PAGE = (
    "{masthead}\nSwiss perspectives in 10 languages\nMenu   Search   English\n\n{section}\n\n"
    '"We are measuring the end, not the retreat"\n\n'
    "The new monitoring fund has been approved. An expert explains what the money can do.\n\n"
    "This content was published on\nFebruary 3, 2026 - 09:00\n7 minutes\n\n{asker}\n\n"
    "The parliament voted in December to ring-fence the money for eight years. {guest}, who "
    "leads the field programme at the institute, spoke to {masthead}'s {asker} about what "
    "comes next.\n\n{qa}\n"
)


@pytest.mark.parametrize(
    ("people", "masthead", "section"),
    list(
        itertools.product(
            _PEOPLE, ["SWI swissinfo.ch", "Glacier Watch"], ["Climate Adaptation", "Science"]
        )
    ),
)
def test_guest_spoke_to_the_outlets_own_journalist(
    people: tuple[str, str], masthead: str, section: str
) -> None:
    asker, guest = people
    text = _OUTLETS_OWN_PAGE.format(
        masthead=masthead, section=section, asker=asker, guest=guest, qa=_plain_qa()
    )
    asked, answered = _speakers(text)
    assert answered == {guest}
    assert asked == {asker}


# --- A law's name, never written without its head noun, is no person ------------------------

_LAW_PAGE = (
    # (the law's second word is a menu section too, so it outnumbers the guest's surname)
    "{masthead}\nAgrifood   {section}   Energy & Environment   Politics   Tech\n\nInterview\n\n"
    "{surname}: {law} {noun} 'will not be another reporting burden'\n\n"
    "The EU environment chief wants a single market by 2030. She told us why.\n\n"
    "By {asker} | {masthead}\nFeb 18, 2026\n\n"
    "EU Environment Commissioner {guest} will present the {law} {noun} in the third quarter. "
    "{masthead} sat down with her in Brussels ahead of a stakeholder conference.\n\n"
    "This interview has been edited for length and clarity.\n\n{qa}\n"
)


@pytest.mark.parametrize(
    ("people", "law", "noun", "masthead"),
    [
        (people, law, noun, masthead)
        for people, (law, noun), masthead in itertools.product(
            _PEOPLE,
            [("Circular Economy", "Act"), ("Green Industry", "Plan")],
            ["Euractiv", "Brussels Ledger"],
        )
    ],
)
def test_a_laws_name_is_no_person(
    people: tuple[str, str], law: str, noun: str, masthead: str
) -> None:
    asker, guest = people
    text = _LAW_PAGE.format(
        masthead=masthead,
        section=law.split()[-1],
        surname=guest.split()[-1],
        law=law,
        noun=noun,
        asker=asker,
        guest=guest,
        qa=_plain_qa(),
    )
    _, answered = _speakers(text)
    assert answered == {guest}


# --- A masthead in capitals asks under its own case; the closing "Topics in this article :" ---

_CAPS_MASTHEAD_PAGE = (
    "{caps}\nHome  Politics  World  Culture  Subscribe\n\nPolitics / Interview\n\n"
    '{guest}: "The grid is the whole game now"\n\n'
    "The Secretary on queues, pylons and the bills.\n\nBy {asker}\n\n19 November 2025\n\n"
    "{guest} has been in the job for sixteen months, and it has changed shape under him. I met "
    "him at the department on a wet Tuesday morning.\n\n"
    "{label}: You said last year that the target was achievable. Do you still think so?\n\n"
    "{guest}: I do, and I think the evidence is moving our way. The projects that are real "
    "are moving up.\n\n"
    "{label}: But bills haven't come down. Voters were told they would.\n\n"
    "{guest}: They were told the way to get bills down for good is to get off gas.\n\n"
    "{label}: Would you ever want the leadership again?\n\n"
    "{guest}: No. Absolutely not. I had my go.\n\n{tail}"
)


@pytest.mark.parametrize(
    ("people", "label", "tail"),
    [
        (people, label, tail)
        for people, label, tail in itertools.product(
            [("Harry Lambert", "Ed Miliband"), ("Ruth Coleman", "Daniel Hartley")],
            ["New Statesman", "Old Harbour"],
            [
                "Topics in this article : Energy, Labour Party, Net zero\n\n"
                "Subscribe to the magazine\n",
                "This article appears in the 21 Nov 2025 issue.\n\n"
                "Topics in this article : Energy, Net zero\n",
            ],
        )
    ],
)
def test_masthead_in_capitals_asks_under_its_own_case(
    people: tuple[str, str], label: str, tail: str
) -> None:
    asker, guest = people
    text = _CAPS_MASTHEAD_PAGE.format(
        caps=label.upper(), label=label, asker=asker, guest=guest, tail=tail
    )
    rows = turn_rows(text)
    questions = [r for r in rows if r[0] == "question"]
    answers = [r for r in rows if r[0] == "answer"]
    assert len(questions) == 3
    assert len(answers) == 3
    assert {s for _, s, _ in answers} == {guest}
    assert answers[-1][2] == "No. Absolutely not. I had my go."


# --- A headline that quotes its speaker after a colon ---------------------------------------

_QUOTED_HEADLINE_PAGE = (
    "{masthead}\nArgentina   Economy   Politics   World   Interviews\n\n"
    "INTERVIEW | 04-03-2026 09:15\n\n"
    "{guest}: 'Lithium royalties must stay in the provinces that produce it'\n\n"
    "The governor on the incentive regime, water in the Puna and the Casa Rosada.\n\n"
    "by {asker}\n\n"
    "{guest}, 61, has governed the province since 2019 and is one of the governors whose votes "
    "President {other} needs in Congress.\n\n"
    "He received us at the Casa de Gobierno, days before travelling to Toronto.\n\n"
    "Question. The regime offers 30 years of tax stability. Is that good for the province?\n\n"
    "Answer. It is good if the royalties and the jobs stay here.\n\n"
    "Q. Some ministers have suggested a national lithium fund. Would you accept that?\n\n"
    "A. No. The resources belong to the provinces.\n\n"
    "Question. Will you run for president?\n\n"
    "Answer. I am the governor and I have a job to finish.\n"
)


@pytest.mark.parametrize(
    ("guest", "other", "masthead"),
    list(
        itertools.product(
            ["Raúl Jalil", "Gustavo Sáenz"],
            ["Javier Milei", "Victoria Villarruel"],
            ["BUENOS AIRES TIMES", "SOUTHERN CONE HERALD"],
        )
    ),
)
def test_headline_quoting_its_speaker_names_the_interviewee(
    guest: str, other: str, masthead: str
) -> None:
    text = _QUOTED_HEADLINE_PAGE.format(
        masthead=masthead, guest=guest, other=other, asker="Lucía Ferrer"
    )
    _, answered = _speakers(text)
    assert answered == {guest}


# --- The page's furniture around a plain Q&A ------------------------------------------------

_EDITED_PAGE = (
    "{caps}\nAgrifood   Economy   Energy & Environment   Global Europe   Politics   Tech\n\n"
    "Interview\n\n{surname}: new act 'will not be another reporting burden'\n\n"
    "The EU environment chief wants a single market for secondary raw materials by 2030. She "
    "told {masthead} why businesses should see it as an opportunity.\n\n"
    "By {asker} | {masthead}\nFeb 18, 2026 (updated: Feb 18, 2026)\n\nShare   Post   Email\n\n"
    "EU Environment Commissioner {guest} will present the act in the third quarter of the year. "
    "{masthead} sat down with her in Brussels ahead of a stakeholder conference on Thursday.\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "Commissioner, what problem is the act supposed to solve?\n\n"
    "Today, only about 12% of the materials used in the EU come from recycled sources. That "
    "figure has barely moved in ten years. A recycler in Belgium who wants to sell to a "
    "manufacturer in Austria often cannot.\n\n"
    "The act is about fixing that: one market, common criteria, and demand for recycled "
    "content.\n\n"
    "Businesses are tired of new EU rules. Why should they welcome this one?\n\n"
    "Because this is about making things easier, not harder. We will not create another "
    "reporting obligation. Where companies already report under other laws, we will use that "
    "data.\n\n"
    "Will there be binding targets for recycled content?\n\n"
    "For some materials, yes. We are looking carefully at plastics and at some critical raw "
    "materials in electronics. They need to be realistic and backed by supply.\n\n"
    "When will we see the proposal?\n\n"
    "{last}\n\n[Edited by {editor}]\n\n{links}"
)
_LAST = (
    "After the summer. We are finishing the impact assessment now, and I want to listen to "
    "industry before we put anything on the table."
)


@pytest.mark.parametrize(
    ("masthead", "guest", "editor", "links"),
    list(
        itertools.product(
            ["Euractiv", "Ledger"],
            ["Jessika Roswall", "Tomas Berglund"],
            ["Anna Brunetti", "Joe Cole"],
            [
                # (a headline link that opens with an acronym reads as no link line)
                "Read more with {masthead}\nEU recyclers warn of plant closures as virgin "
                "plastic prices fall\nMember states split on waste shipment derogations\n\n"
                "{masthead} Media Network BV   About   Advertise   Privacy   Cookie policy\n",
                "Read more with {masthead}\nUK ministers split on the plastics levy\n"
                "EU recyclers warn of plant closures as virgin plastic prices fall\n",
            ],
        )
    ),
)
def test_bracketed_editors_credit_closes_the_last_answer(
    masthead: str, guest: str, editor: str, links: str
) -> None:
    text = _EDITED_PAGE.format(
        caps=masthead.upper(),
        masthead=masthead,
        surname=guest.split()[-1],
        asker="Grace Whitlock",
        guest=guest,
        last=_LAST,
        editor=editor,
        links=links.format(masthead=masthead),
    )
    rows = turn_rows(text)
    assert rows[-1][0] == "answer"
    assert rows[-1][2] == _LAST


_OUTLET_LABEL_PAGE = (
    "{caps}\nNews  Policy  Opinion  Video  Events  {label} TV\n\nSenate\n\n"
    "{surname} tells {label} a permitting deal is 'within reach'\n\n"
    "BY {asker} - 06/10/25 5:45 AM ET\n\nShare  Tweet  More\n\n"
    "{notice}{guest} said in an interview with {label} on Monday that a bipartisan deal is "
    "within reach before the August recess.\n\n"
    "{editor_line}\n\n"
    "{caps}: How close are you on permitting?\n\n"
    "{caps_surname}: Closer than we've been in a decade. The framework is there.\n\n"
    "{caps}: And if it slips past August?\n\n"
    "{caps_surname}: Then it gets a lot harder. So let's get it done this summer.\n\n"
    "TAGS  {caps_guest}  PERMITTING REFORM  SENATE\n\n"
    "Copyright 2025 Media Inc. All rights reserved.\n\n"
    "{caps}  1625 K STREET, NW SUITE 900 WASHINGTON DC 20006\n"
    "THE CONTENTS OF THIS SITE ARE ©2025 MEDIA INC.\n"
)


@pytest.mark.parametrize(
    ("label", "guest", "notice", "editor_line"),
    list(
        itertools.product(
            ["The Hill", "The Ridge"],
            ["John Thune", "Maria Cantwell"],
            ["", "Senate AI is in beta. Translations may contain inaccuracies.\n\n"],
            [
                "The following transcript has been edited for length and clarity.",
                "Their conversation has been edited for length and clarity.",
            ],
        )
    ),
)
def test_outlet_label_page_furniture(label: str, guest: str, notice: str, editor_line: str) -> None:
    text = _OUTLET_LABEL_PAGE.format(
        caps=label.upper(),
        label=label,
        surname=guest.split()[-1],
        caps_surname=guest.split()[-1].upper(),
        caps_guest=guest.upper(),
        guest=guest,
        asker="NATALIE OKAFOR",
        notice=notice,
        editor_line=editor_line,
    )
    rows = turn_rows(text)
    # the menu's channel item "Events  The Hill TV" lends the label no given name
    assert {s for r, s, _ in rows if r == "question"} <= {label.upper(), label, "Natalie Okafor"}
    # the imprint under the copyright line closes the last answer
    assert rows[-1][2] == "Then it gets a lot harder. So let's get it done this summer."
    # the lead opens at its own words (no widget notice) and ends before the editor's line
    intro = rows[0]
    assert intro[0] == "other"
    assert intro[2].startswith(guest)
    assert intro[2].endswith("before the August recess.")


# --- A writer's first-person lead over full-name labels is the page's introduction ----------

_FIRST_PERSON_LEAD_PAGE = (
    "{masthead}\nMenu  Explainers  Politics  Policy  Culture  Science  Podcasts\n\nPOLICY\n\n"
    "The tariffs were struck down. So who gets the money back?\n\n"
    "An economist explains the messy business of tariff refunds.\n\nby {asker}\n"
    "Updated Jan 22, 2026, 7:30 AM EST\n\nShare  Gift\n{caption}\n"
    "When the courts ruled that the emergency tariffs were unlawful, importers began asking an "
    "obvious question: can we have our money back? The answer is complicated. To understand "
    "why, I {verb} with {guest}, a trade economist who has spent the past year tracking "
    "customs filings.\n\n"
    "{asker}: Let's start with the basics. How much money are we talking about?\n\n"
    "{guest}: Estimates vary, but somewhere north of $130 billion was collected.\n\n"
    "{asker}: And who actually gets it?\n\n"
    "{guest}: Legally, the importer of record. The consumer has no claim at all.\n"
)


@pytest.mark.parametrize(
    ("people", "masthead", "caption", "verb"),
    list(
        itertools.product(
            [("Eric Levitz", "Priya Raman"), ("Dana Whitfield", "Marco Bellini")],
            ["Vox", "Policy Desk"],
            ["", "Containers stacked at the port in January. Mario Tama/Getty Images\n"],
            ["spoke", "talked"],
        )
    ),
)
def test_writers_first_person_lead_is_the_pages_introduction(
    people: tuple[str, str], masthead: str, caption: str, verb: str
) -> None:
    asker, guest = people
    text = _FIRST_PERSON_LEAD_PAGE.format(
        masthead=masthead, asker=asker, guest=guest, caption=caption, verb=verb
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other"
    assert rows[0][1] is None
    assert [r[1] for r in rows[1:]] == [asker, guest, asker, guest]
