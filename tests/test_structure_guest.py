"""Session 27 (batch ZK–MO): a one-on-one Q&A's guest named by the post its header gives them,
a byline glued to its cue or to its stamp, a reporter's introduction after an office in capitals
or an apology for the line, and a follow-up announced with a colon. Each positive case failed
before the session's mend; the guards are pages whose answers stay nobody's by convention."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [(t.label, t.attrs.get("speaker")) for t in doc.layer("turns")]


def _qa(q: str, a: str, pairs: int = 3) -> str:
    qs = (
        "How much water did the reservoirs lose this summer?",
        "Are the new pumping stations working yet?",
        "What happens if next winter is dry again?",
    )
    ans = (
        "About a fifth of their volume. That is worse than last year but better than 2022.",
        "Two of the four are running. The others will follow in the spring, on schedule.",
        "Then we ask farmers to fallow more land, and we pay them for it, as we did before.",
    )
    return "".join(f"{q}{x}\n\n{a}{y}\n\n" for x, y in list(zip(qs, ans, strict=True))[:pairs])


_GUEST_PAGES = [
    # the headline gives the post, a lower-case two-word one before the name
    (
        "Valley Courier\nNews   Water   Opinion\n\nQ&A with VWD general manager Rosa "
        "Delgado: 'The pumps are coming'\n\nBy Tom Fenwick\nMarch 3, 2026\n\nVWD general "
        "manager Rosa Delgado on the Pine Flat Dam spillway near Fresno. ANA PIRES/COURIER\n\n"
        "Two years after "
        "she promised farmers new pumps, Rosa Delgado says the district has turned a corner. "
        "Delgado sat down with the Courier at Pine Flat Dam to talk about the Kings River.\n\n"
        + _qa("Q. ", "A. "),
        "Rosa Delgado",
    ),
    # the post and its organisation before a three-word holder, in the lead
    (
        "Ministry of Foreign Affairs of Lao PDR\nHome | Press | Spokesperson\n\nRegular Press "
        "Briefing, 12 May 2026\n\nOn 12 May 2026, Spokesperson of the Ministry of Foreign "
        "Affairs Vong Sai Lee chaired the regular briefing and answered questions from "
        "reporters on the Mekong, trade and consular matters.\n\n" + _qa("Question: ", "Answer: "),
        "Vong Sai Lee",
    ),
    # a Ukrainian lead: the post, the company in quotes, the holder as the verb's subject
    (
        "ОдесаНьюз\nНовини   Економіка   Інтерв'ю\n\nВода без перебоїв: інтерв'ю з директором "
        "водоканалу\n\n12.02.2026 10:15\nАвтори: Ірина Коваль, Олег Руденко\n\nМісто пережило "
        "важку зиму без світла. Директор КП «Одесаводоканал» Олег Бондар розповів, як "
        "водоканал працював під час відключень.\n\n"
        "Запитання: Скільки днів місто було без води?\n\nВідповідь: Два дні, і то не всюди.\n\n"
        "Запитання: Чи вистачає генераторів?\n\nВідповідь: Так, ми отримали ще двадцять.\n\n"
        "Запитання: Що буде влітку?\n\nВідповідь: Ремонт насосних станцій і нові труби.\n\n",
        "Олег Бондар",
    ),
]


@pytest.mark.parametrize(("text", "guest"), _GUEST_PAGES)
def test_office_holder_in_header_answers(text: str, guest: str) -> None:
    answers = [s for label, s in _speakers(text) if label == "answer"]
    assert answers and all(s == guest for s in answers)


_NOBODYS = [
    # two office holders in the lead: no one guest
    "Valley Courier\n\nQ&A on the drought\n\nBy Tom Fenwick\n\nCounty water director Rosa "
    "Delgado and state engineer chief Mark Oyelaran spoke about the reservoirs and the next "
    "drought at a forum in town.\n\n" + _qa("Q. ", "A. "),
    # the post names a photographer's credit and the writer only: no guest by post
    "Valley Courier\n\nQ&A on the drought\n\nBy Tom Fenwick\n\nThe reservoir at dusk. Photo "
    "editor Ana Pires/Valley Courier\n\nA farmer who asked not to be named spoke to us "
    "about pumps, wells and the next dry winter on the family's land.\n\n" + _qa("Q. ", "A. "),
]


@pytest.mark.parametrize("text", _NOBODYS)
def test_answers_stay_nobodys_without_one_office_holder(text: str) -> None:
    answers = [s for label, s in _speakers(text) if label == "answer"]
    assert answers and all(s is None for s in answers)


_ASKERS = [
    # the byline's cue glued to the name
    (
        "Harbour Post\n\nNews  Politics  Transport\n\n'We will decide this year' - the mayor on "
        "trams\n\nByMarta Kovacs\nTransport Reporter\n10:00, 4 MAY 2026\n\nAlmost a year into "
        "his term, mayor Leon Hart faces questions over the tram plan. The Harbour Post "
        "interviewed him at the depot.\n\n"
        + _qa("Question: ", "Answer: ")
        + "Question: Thank you, Mayor.\n\n",
        "Marta Kovacs",
    ),
    # the page's staff after the name and a stamp glued to it; her e-mail at the foot
    (
        "Skip to main content\nLakeside Herald\n\nQ&A with harbour master Piet Vos: 'Dredging "
        "comes first'\n\nBy Nora Lindqvist Herald Staff,Updated March 9, 2026, 7:00 a.m.\n\n"
        "Vos sat down with the Herald at the pier to talk about silt, ferries and money.\n\n"
        + _qa("Q. ", "A. ")
        + "Nora Lindqvist can be reached at nora.lindqvist@herald.example.com.\n",
        "Nora Lindqvist",
    ),
]


@pytest.mark.parametrize(("text", "asker"), _ASKERS)
def test_glued_byline_writer_asks(text: str, asker: str) -> None:
    questions = [s for label, s in _speakers(text) if label == "question"]
    assert questions and all(s == asker for s in questions)


_BRIEFING = (
    "Press Conference by Prime Minister on the Budget\n\n"
    "PM Tan: Good afternoon. Let me take your questions.\n\n"
    "Question: Ravi Menon from Reuters. Will the rebate be paid this year?\n\n"
    "PM Tan: Yes, in two tranches, in June and in December.\n\n"
    "Question: {intro} Is a recession likely?\n\n"
    "PM Tan: We do not forecast one. But the risks are to the downside.\n\n"
    "Question: Leila Haddad, Al Jazeera. What about the carbon tax?\n\n"
    "PM Tan: It goes up as planned.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Hi PM, Grace Liu from CNA.",  # an office in capitals addressed first
        "Sorry, my line dropped. This is Grace Liu from CNA.",  # an apology for the line first
    ],
)
def test_reporter_introduction_after_address_or_apology(intro: str) -> None:
    speakers = [s for label, s in _speakers(_BRIEFING.format(intro=intro)) if label == "question"]
    assert speakers == ["Ravi Menon", "Grace Liu", "Leila Haddad"]


def test_follow_up_with_colon_is_same_reporter() -> None:
    text = (
        "Annual results press conference\n\n"
        "[00:01:00] Mira Stone: Welcome. Let's go to questions.\n\n"
        "[00:01:10] Journalist: Jonas Berg from Les Echos. Are you lending more for defence?\n\n"
        "[00:01:30] Ana Ruiz: Yes, within our rules. Drones, barracks, cyber.\n\n"
        "[00:02:10] Journalist: A follow-up: will you ask for more capital?\n\n"
        "[00:02:20] Ana Ruiz: Not this year.\n\n"
        "[00:02:40] Journalist: Eva Kral, Reuters. And climate lending?\n\n"
        "[00:02:50] Ana Ruiz: Above half of all we sign.\n"
    )
    speakers = [s for label, s in _speakers(text) if label == "question"]
    assert speakers == ["Jonas Berg", "Jonas Berg", "Eva Kral"]
