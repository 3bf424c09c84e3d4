"""Small cases for batch OX (round 54): a broadcaster's dek that gives the guest a capitalised
government office ("… speaks to Dame Angela Eagle, Minister for Border Security …"); a company's
own page whose boss, set off by commas after her office, "spoke to" the presenter; a phone-in
host's advice to "go to the practice" that puts no new caller through; a radio page's "Watch
the full exchange above." under the last call; a Commons committee's panel of witnesses ("I:
…; and …") and their names under "Examination of witnesses"; a turn the other side only thanks
for ("Хорошо, давайте подготовим предложения, я посмотрю." / "Спасибо.")."""

import pytest

from structure_support import spoken_rows, turn_rows

_DEK = (
    "Politics\n"
    "‘We will not be reopening hotels’ – minister on small boats\n"
    "Updated on 6 May 2025\n"
    "\n"
    "Jackie Long speaks to {guest} (video, 9 min)\n"
    "\n"
    "More than 11,000 people have crossed the Channel in small boats so far this year.\n"
    "\n"
    "Jackie Long: Minister, 11,000 people so far this year. Your policy isn't working, is it?\n"
    "{label}: Well, I don't accept that. Crossings are driven by a whole range of things.\n"
    "Jackie Long: But the weather was good last year too. The numbers are higher.\n"
    "{label}: They are, and we're not complacent about that.\n"
)


@pytest.mark.parametrize(
    ("guest", "label", "name"),
    [
        (
            "Dame Angela Eagle, Minister for Border Security and Asylum",
            "Dame Angela Eagle",
            "Angela Eagle",
        ),
        (
            "Priya Sandhu, Secretary of State for Housing",
            "Priya Sandhu",
            "Priya Sandhu",
        ),
    ],
)
def test_dek_guest_with_a_capitalised_office_answers(guest: str, label: str, name: str) -> None:
    rows = spoken_rows(_DEK.format(guest=guest, label=label))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", "Jackie Long"),
        ("answer", name),
        ("question", "Jackie Long"),
        ("answer", name),
    ]


_COMPANY = (
    "Northmoor Water\n"
    "News & media > Latest news\n"
    "\n"
    "Transcript: {name} on the Today programme\n"
    "18 March 2025\n"
    "\n"
    "Our {office}, {name}, spoke to Amol Rajan on BBC Radio 4's Today programme this morning "
    "about our bill increases. A full transcript of the interview is below.\n"
    "\n"
    "Amol Rajan: Why should your customers pay more when your company spilled sewage into "
    "rivers last year?\n"
    "{name}: I completely understand why customers are angry, and the money is going into the "
    "ground.\n"
    "Amol Rajan: But you said that five years ago. Spills went up, not down.\n"
    "{name}: They went up in part because we are now monitoring every single overflow.\n"
)


@pytest.mark.parametrize(
    ("office", "name"),
    [("Chief Executive", "Lisa Harcourt"), ("Managing Director", "Tom Fairley")],
)
def test_office_holder_in_apposition_spoke_to_the_presenter(office: str, name: str) -> None:
    rows = spoken_rows(_COMPANY.format(office=office, name=name))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", "Amol Rajan"),
        ("answer", name),
        ("question", "Amol Rajan"),
        ("answer", name),
    ]


_PHONE_IN = (
    "James O'Brien took calls from listeners about waiting times for GP appointments.\n"
    "\n"
    "JAMES O'BRIEN: Pauline is in Dartford. Pauline, good morning.\n"
    "CALLER: Good morning, James. I've been trying to get an appointment since Christmas.\n"
    "JAMES O'BRIEN: {advice} Will you do that for me?\n"
    "CALLER: I will. Thank you, James.\n"
    "\n"
    "{promo}\n"
    "\n"
    "More from James O'Brien\n"
)


@pytest.mark.parametrize(
    "advice",
    [
        "Please go to the practice in person this morning and do not leave without a date.",
        "Go to your pharmacist first and ask about it.",
    ],
)
@pytest.mark.parametrize("promo", ["Watch the full exchange above.", "Watch the full clip."])
def test_phone_in_advice_keeps_the_caller_and_promo_is_trailing(advice: str, promo: str) -> None:
    rows = spoken_rows(_PHONE_IN.format(advice=advice, promo=promo))
    assert [(lab, spk) for lab, spk, _ in rows][-1] == ("answer", "Pauline")
    assert rows[-1][2] == "I will. Thank you, James."


_COMMITTEE = (
    "Energy Security and Net Zero Committee\n"
    "Oral evidence: Work of Ofgem, HC 512\n"
    "Tuesday 25 February 2025\n"
    "\n"
    "Ordered by the House of Commons to be published on 25 February 2025.\n"
    "\n"
    "Members present: Bill Esterson (Chair); Polly Billington; Andrew Bowie.\n"
    "\n"
    "Questions 101 - 112\n"
    "\n"
    "Witnesses\n"
    "\n"
    "I: Jonathan Brearley, Chief Executive, Ofgem; and Tim Jarvis, Director General, Markets, "
    "Ofgem.\n"
    "\n"
    "Examination of witnesses\n"
    "\n"
    "{names}\n"
    "\n"
    "Q101 Chair: Good morning and welcome. Why should households believe the regulator is on "
    "their side?\n"
    "\n"
    "Jonathan Brearley: Thank you, Chair. I understand the frustration completely.\n"
)


@pytest.mark.parametrize(
    "names", ["Jonathan Brearley and Tim Jarvis.", "Jonathan Brearley, Tim Jarvis and Ann Lee."]
)
def test_commons_panel_of_witnesses_is_no_turn(names: str) -> None:
    rows = turn_rows(_COMMITTEE.format(names=names))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", "Bill Esterson"),
        ("answer", "Jonathan Brearley"),
    ]


_MEETING = (
    "Встреча с главой Якутии Айсеном Николаевым\n"
    "16 апреля 2025 года\n"
    "Москва, Кремль\n"
    "Владимир Путин провёл рабочую встречу с главой Республики Саха (Якутия) Айсеном "
    "Николаевым.\n"
    "В.Путин: Айсен Сахаевич, как регион закончил прошлый год по экономике?\n"
    "А.Николаев: Владимир Владимирович, валовой региональный продукт вырос на 3,1 процента.\n"
    "В.Путин: Северный завоз. Были проблемы в прошлую навигацию?\n"
    "А.Николаев: Да, были. Просим продлить поддержку по субсидированию авиаперевозок.\n"
    "В.Путин: {granted}\n"
    "А.Николаев: {thanks}\n"
    "В.Путин: Теперь паводок. Что сделано, чтобы не повторилось?\n"
    "А.Николаев: Мы провели взрывные работы на ледовых заторах по всей Лене.\n"
)


@pytest.mark.parametrize(
    ("granted", "thanks"),
    [
        ("Хорошо, давайте подготовим предложения, я посмотрю.", "Спасибо."),
        ("Хорошо, подготовьте предложения, я посмотрю.", "Спасибо большое."),
    ],
)
def test_turn_only_thanked_for_asks_nothing(granted: str, thanks: str) -> None:
    rows = spoken_rows(_MEETING.format(granted=granted, thanks=thanks))
    labels = [lab for lab, _, _ in rows]
    assert labels[4] != "question"
    assert labels[:4] == ["question", "answer", "question", "answer"]
    assert labels[6:] == ["question", "answer"]
