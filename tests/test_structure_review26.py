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
# (with or without a standfirst that names a square or an avenue: no Mr Square either)
STANDFIRSTS = ["", "A serving diplomat on life inside Smolenskaya Square\n"]
MASTHEADS = [
    ("Novaya Gazeta Europe\nPolitics\n\n", "Novaya Gazeta Europe"),
    ("The Eastern Courier\nWorld\n\n", "The Eastern Courier"),
]


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize(("masthead", "outlet"), MASTHEADS)
def test_a_region_in_an_anonymous_sources_lead_is_no_guest(
    region: str, masthead: str, outlet: str, caption: str, standfirst: str
) -> None:
    text = (
        f"{masthead}‘The ministry no longer writes policy’\n{standfirst}\n"
        "Interview by Irina Volkova\n"
        "12 February 2025\n\n"
        f"{caption}Our interlocutor has worked in the diplomatic service for twenty years, "
        f"including postings in Europe and {region}. He spoke to {outlet} on condition of "
        "anonymity, as he is not authorised to speak to the press.\n\n" + _QA
    )
    assert _answerers(text) == {None}


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _PIPE(read_text(text, source="review26.txt"))
    return [
        (t.label, t.attrs.get("speaker"), doc.text[t.start : t.end]) for t in doc.layer("turns")
    ]


_RU_QA = (
    "Вопрос: Ставка ещё вырастет?\n\n"
    "Ответ: Думаю, нет. Инфляция замедляется, и пик, скорее всего, уже пройден.\n\n"
    "Вопрос: А что с ипотекой?\n\n"
    "Ответ: Она подешевеет, но не раньше весны следующего года.\n"
)
_EN_QA = (
    "Q: Will exports really double by the spring?\n\n"
    "A: We expect so. The corridor is working and the ports are open again after the winter.\n\n"
    "Q: What about the insurance costs for the ships?\n\n"
    "A: They are falling every month, and the government guarantees the rest of the risk.\n"
)

# What the review of the session's change caught: a rule that named a false person, or cut a
# turn, on a page it was never meant for. Each case crosses the rule's trigger with a page shape.
FALSE_PEOPLE = [
    # a Cyrillic subject whose verb tells nobody the page × an outlet told by an unnamed expert
    pytest.param(
        "Известия\n\nЭкономика\n\nМинистр финансов Антон Силуанов заявил на этой неделе, что "
        "дефицит сократится. Что будет с налогами, «Известиям» рассказал экономист.\n\n" + _RU_QA,
        "answer",
        {None},
        id="ru-minister-stated-is-no-guest",
    ),
    pytest.param(
        "Известия\n\nТуризм\n\nНовая Зеландия закрыла границы до весны. Куда теперь лететь, "
        "«Известиям» рассказал опытный туроператор.\n\n" + _RU_QA,
        "answer",
        {None},
        id="ru-country-as-subject-is-no-guest",
    ),
    # a rubric with an agency in capitals over the lead × a named guest telling the outlet
    pytest.param(
        "Известия\n\nИнтервью ТАСС\n\nГлава банка Игорь Лебедев рассказал «Известиям» о ставке "
        "и кредитах.\n\n" + _RU_QA,
        "question",
        {None},
        id="ru-rubric-agency-is-no-byline",
    ),
    pytest.param(
        "Известия\n\nЭксклюзив РИА\n\nГлава банка Игорь Лебедев рассказал «Известиям» о ставке "
        "и кредитах.\n\n" + _RU_QA,
        "question",
        {"Известия"},  # (no byline: the outlet the guest told asks, session 30)
        id="ru-rubric-exclusive-is-no-byline",
    ),
    # another outlet's analyst named in the lead × the guest spoke to the page's masthead
    pytest.param(
        "Harbour Ledger\n\nAgriculture Minister Olena Petrenko spoke to Harbour Ledger about the "
        "grain corridor. According to an analysis by Tom Bright of Reuters, exports could "
        "double by the spring.\n\n" + _EN_QA,
        "question",
        {None},
        id="en-analysis-by-another-outlets-journalist",
    ),
    pytest.param(
        "Harbour Ledger\n\nAgriculture Minister Olena Petrenko spoke to Harbour Ledger about the "
        "grain corridor. A report by Anna Kovacs of Bloomberg put the cost at $2bn.\n\n" + _EN_QA,
        "question",
        {None},
        id="en-report-by-another-outlets-journalist",
    ),
]


@pytest.mark.parametrize(("text", "label", "speakers"), FALSE_PEOPLE)
def test_no_false_person(text: str, label: str, speakers: set[str | None]) -> None:
    assert {s for lab, s, _ in _turns(text) if lab == label} == speakers


# A host's sign-off that opens on an imperative "Have your …" / "Do the …" asks nothing.
@pytest.mark.parametrize(
    "sign_off",
    [
        "Have your say on the budget at our website and we will read the best comments next week.",
        "Do the sums yourself with our calculator online and send us what you find this week.",
    ],
)
@pytest.mark.parametrize("guest", ["Sarah Lind", "Olena Petrenko"])
def test_an_imperative_sign_off_is_no_question(sign_off: str, guest: str) -> None:
    text = (
        "Transcript: Finance Minister on the budget\n\n"
        "Mark Hale: Minister, thanks for joining us. Can the country afford these tax cuts?\n\n"
        f"{guest}: Yes, it can. Revenue is up eleven percent and the cuts pay for themselves.\n\n"
        "Mark Hale: The opposition says the deficit will triple. Is that wrong?\n\n"
        f"{guest}: It is simply wrong. Their figures leave out the spring revenue entirely.\n\n"
        f"Mark Hale: Minister {guest}, thank you. {sign_off}\n"
    )
    assert _turns(text)[-1][0] != "question"


# A courtesy with "again" is no outlet: "Thank you again." asks as nobody named.
@pytest.mark.parametrize("courtesy", ["Thank you again.", "Thank you again,"])
@pytest.mark.parametrize("outlet", ["Reuters", "Harbour Ledger"])
def test_a_courtesy_again_is_no_returning_outlet(courtesy: str, outlet: str) -> None:
    text = (
        "Press briefing by the Minister of Energy\n\n"
        "Moderator: Good afternoon. The minister will take your questions.\n\n"
        f"Question: Thank you, Tom Bright, {outlet}. When will the pipeline reopen?\n\n"
        "Minister: We expect it to reopen next month, once the repairs are finished.\n\n"
        f"Question: {courtesy} Will the tariffs for households rise this winter?\n\n"
        "Minister: No, the tariffs stay where they are until the spring at least.\n"
    )
    asked = [s for lab, s, _ in _turns(text) if lab == "question"]
    assert asked[1] is None


# An answer under its label that ends on a call ("Join today.") over a tag row, or a closing
# paragraph whose sentence only looks like a bio ("Insurance covers … in …"), stays the answer's.
@pytest.mark.parametrize("call", ["Join today.", "Give today."])
@pytest.mark.parametrize("guest", ["Ana Ruiz", "Helen Okafor"])
def test_an_answers_closing_call_stays_its_own(call: str, guest: str) -> None:
    text = (
        f"Harbour Ledger\n\nShelter director {guest} spoke to Harbour Ledger about the winter "
        "appeal.\n\nQ: How can readers help the shelter this winter?\n\n"
        "A: We need blankets, warm coats and volunteers for the night shifts. And money, "
        "honestly. Donate now!\n\nQ: And if they cannot give money?\n\n"
        f"A: Then give an evening. Two hours at the kitchen counter changes a night. {call}\n\n"
        "Tags: charity, winter, shelter\n"
    )
    assert _turns(text)[-1][2].endswith(call)


@pytest.mark.parametrize(
    "closing",
    [
        "Insurance covers most of the remaining damage in the flooded districts.",
        "Farming reports on the harvest arrive in the spring.",
    ],
)
@pytest.mark.parametrize("guest", ["Ana Ruiz", "Helen Okafor"])
def test_an_answers_closing_paragraph_is_no_bio(closing: str, guest: str) -> None:
    text = (
        f"Harbour Ledger\n\nRegional governor {guest} spoke to Harbour Ledger about the flood "
        "damage.\n\nQ: Who pays for the repairs?\n\n"
        "A: The state pays the first part, the towns the rest. We agreed that in March.\n\n"
        f"{closing}\n"
    )
    assert _turns(text)[-1][2].endswith(closing)
