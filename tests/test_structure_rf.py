"""Small cases for batch RF (final check H): a radio write-up whose lead says "She spoke with
<Show> host <Name>" after the guest's name and post between commas (the host asks the plain
questions); a feedback form's privacy hint in a government page's foot; a printed committee
record's running footer (title, wide gap, page number) under the chair's closing thanks; the
venue line "Palais des Nations, Geneva" under a title closing on the date; and a briefing chair
who brings on a second briefer by full name after the first one's questions."""

import pytest

from structure_support import run, turn_rows

_RADIO = (
    "Radio\n"
    "{show}\n"
    "\n"
    "Why the ferry service keeps failing, explained\n"
    "\n"
    "{show} · CBC Radio\n"
    "Posted: Feb 3, 2026 4:00 AM EST\n"
    "\n"
    "Ferry cancellations on the coast have doubled this winter, and islanders say they have had "
    "enough.\n"
    "\n"
    "{guest}, a transport researcher at the University of Victoria, says the fleet is simply too "
    "old. {pron} spoke with {show} host {host}. Here is part of their conversation.\n"
    "\n"
    "How old are these ships?\n"
    "\n"
    "The oldest is fifty years old, and the newest is over twenty. Most ferries are retired "
    "at forty.\n"
    "\n"
    "Why has nobody replaced them?\n"
    "\n"
    "Because the money went elsewhere for a decade, and new ships take years to build.\n"
    "\n"
    "What should the province do now?\n"
    "\n"
    "Order standard vessels in a batch, rather than designing every ship from scratch.\n"
)


@pytest.mark.parametrize(
    ("show", "guest", "pron", "host"),
    [
        ("The Current", "Nadia Ferreira", "She", "Matt Galloway"),
        ("The House", "Tomas Lindgren", "He", "Catherine Cullen"),
        ("The Early Edition", "Grace Whitford", "She", "Stephen Quinn"),
    ],
)
def test_pronoun_spoke_with_show_host(show: str, guest: str, pron: str, host: str) -> None:
    rows = [r for r in turn_rows(_RADIO.format(show=show, guest=guest, pron=pron, host=host))]
    assert [(lab, spk) for lab, spk, _ in rows if lab != "other"] == [
        ("question", host),
        ("answer", guest),
    ] * 3


_GOVUK = (
    "Speech\n"
    "Minister's statement and Q&A in {town}\n"
    "\n"
    "From: Department for Transport\n"
    "Published 4 March 2026\n"
    "\n"
    "Transport Secretary: Thank you all for coming. Today we are setting out a plan for buses.\n"
    "\n"
    "Question – Jo Platt, BBC News: When will fares come down?\n"
    "\n"
    "Transport Secretary: {answer}\n"
    "\n"
    "Published 4 March 2026\n"
    "\n"
    "Updates to this page\n"
    "Published 4 March 2026\n"
    "Sign up for emails or print this page\n"
    "\n"
    "Explore the topic\n"
    "Buses\n"
    "\n"
    "Help us improve GOV.UK\n"
    "{hint}\n"
    "\n"
    "All content is available under the Open Government Licence v3.0, except where otherwise "
    "stated\n"
    "© Crown copyright\n"
)


@pytest.mark.parametrize(
    "hint",
    [
        "Don’t include personal or financial information like your National Insurance number or "
        "credit card details.",
        "Do not include personal information such as your name or email address.",
        "Please do not include any personal details in your feedback.",
    ],
)
def test_feedback_form_privacy_hint_is_page_foot(hint: str) -> None:
    answer = "From January, with a cap in every region. That is a promise."
    rows = turn_rows(_GOVUK.format(town="Leeds", answer=answer, hint=hint))
    assert rows[-1][0] == "answer"
    assert rows[-1][2] == answer


_COMMITTEE = (
    "Transport Committee\n"
    "Oral evidence: Rail fares, HC 512\n"
    "Wednesday 14 January 2026\n"
    "\n"
    "Members present: Ruth Cadbury (Chair); Olly Glover; Laura Kyrke-Smith.\n"
    "\n"
    "Witnesses: Dr Mark Ellis and Sarah Quinn.\n"
    "\n"
    "Q20 Chair: Dr Ellis, why are fares so complicated?\n"
    "\n"
    "Dr Ellis: Because every operator set its own for thirty years.\n"
    "\n"
    "Q21 Olly Glover: Ms Quinn, would a single fare system help passengers?\n"
    "\n"
    "Sarah Quinn: It would, and it would save money on ticket machines too.\n"
    "\n"
    "Q22 Chair: Thank you both very much. That has been very helpful, and we may write to you "
    "with some follow-up questions.\n"
    "\n"
    "Transport Committee: Oral evidence: Rail fares, HC 512{gap}{page}\n"
)


@pytest.mark.parametrize(("gap", "page"), [(" " * 36, "1"), (" " * 20, "14"), ("\t\t\t", "7")])
def test_running_footer_after_closing_thanks(gap: str, page: str) -> None:
    rows = turn_rows(_COMMITTEE.format(gap=gap, page=page))
    assert rows[-1][0] == "other"
    assert rows[-1][2].endswith("some follow-up questions.")


_UN = (
    "United Nations {city}\n"
    "Home / Media / Press briefings\n"
    "\n"
    "UN {city} Press Briefing – 10 February 2026\n"
    "\n"
    "{venue}, {city}\n"
    "\n"
    "Anna Keller, Director of the United Nations Information Service in {city}, chaired the "
    "hybrid briefing, which was attended by spokespersons of the World Health Organization and "
    "the UN Refugee Agency.\n"
    "\n"
    "Anna Keller: Good morning. I will start with Tomas Reyes from WHO. Tomas, the floor is "
    "yours.\n"
    "\n"
    "Tomas Reyes (WHO): Thank you, Anna. Measles cases have doubled in the region since "
    "January, and vaccine stocks are running low in three countries.\n"
    "\n"
    "Anna Keller: Thank you, Tomas. Let me see if there are questions. Yes, Pieter.\n"
    "\n"
    "Pieter Maas (Belga): How many doses are missing?\n"
    "\n"
    "Tomas Reyes: About two million, and we have asked donors to help.\n"
    "\n"
    "Anna Keller: Thank you. We have a question online from Hannah Muriuki.\n"
    "\n"
    "Hannah Muriuki (Nation Media Group): Good morning. Are there cases in the camps?\n"
    "\n"
    "Tomas Reyes: A few, contained quickly. Our colleagues at UNHCR may say more.\n"
    "\n"
    "Anna Keller: That is a perfect transition, because {second} from UNHCR is here with us. "
    "{given}, please.\n"
    "\n"
    "{second} (UNHCR): Thank you, Anna. More than thirty thousand people have crossed the border "
    "in the past two weeks, most of them women and children, and the camps are full.\n"
    "\n"
    "Anna Keller: Thank you, {given}. I see no more questions, so I will close the briefing "
    "here. Thank you all and see you on Friday.\n"
)


@pytest.mark.parametrize(
    ("city", "venue", "second"),
    [
        ("Geneva", "Palais des Nations", "Olga Sarrado Mur"),
        ("Vienna", "Vienna International Centre", "Maria Lindqvist"),
    ],
)
def test_briefing_venue_town_and_second_briefer(city: str, venue: str, second: str) -> None:
    text = _UN.format(city=city, venue=venue, second=second, given=second.split()[0])
    doc = run(text)
    assert doc.meta.to_dict().get("place") == city
    rows = [(lab, spk) for lab, spk, _ in turn_rows(text) if spk == second]
    assert rows == [("statement", second)]
