"""Check AF, batch ZC–ZJ (lost turns and roles, set AE): a page's foot cut off the last turn (a
bracketed end-of-record mark, a comment box's prompt, a topic row under "More about", a comment
disclaimer, an "About …" box, a postal address, a footer menu headed by the publisher's name, a
print-issue note, a box of earlier stories, a bio that names the writer's town); a headline over
the date and a programme's credit line; a caption's slashed credit; "DG:" for a Director-General;
a one-off asker's bare label; a guest's returned pleasantries; an overview before the floor
opens; a reporter's question whose mark became a full stop."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# -- The foot of the page under the last answer -------------------------------------------------

_QA_EN = (
    "Energy chief on the winter ahead\n\nBy Jane Roe\n12 March 2026\n\n"
    "{q}: What will the winter bring for households?\n\n"
    "{a}: Lower bills than last year, and more help for those who need it most.\n\n"
    "{q}: Will you stand again next year?\n\n"
    "{a}: Ask me in spring. I have a job to do and I am enjoying doing it.\n\n"
)
_QA_RU = (
    "Глава ведомства о зиме\n\n12 марта 2026\n\n"
    "{q}: Что ждёт жителей этой зимой?\n\n"
    "{a}: Счета будут ниже, чем в прошлом году, помощь получат все, кому она нужна.\n\n"
    "{q}: Будете ли вы работать дальше?\n\n"
    "{a}: Спросите весной. Работы много, и она мне нравится. Время есть, но его немного.\n\n"
)
_LAST_EN = "I am enjoying doing it."
_LAST_RU = "Время есть, но его немного."

_FEET_EN = [
    # a comment box's prompt under a topic row headed "More about"
    "More about\nEnergy bills   Heat pumps   Winter\n\nHave your say...\n\n"
    "© 2026 The Daily Lamp Ltd. All rights reserved.\n",
    "More about\nHeat pumps   Energy bills   Net Zero   Winter\n\nJoin our commenting forum\n\n"
    "Most popular\n1  Storm warning issued\n2  Councils scrap climate targets\n",
    # a one-link box over the comments' disclaimer, set flush under the answer
    "\nRead Next\nSenate probe into energy funds resumes Monday\nDisclaimer: The comments "
    "uploaded on this site do not necessarily represent or reflect the views of management and "
    "owner of LAMP.net.\nSubscribe to LAMP PLUS\n",
    # the writer's box, the bio naming the town the beat is covered from, over a headline box
    "Rhys Hollins\nResources Reporter\nRhys Hollins covers mining and energy from Perth.\n"
    "More stories on this topic\nRefinery cost blowout tops $400m\nGallium project wins loan\n",
    # a postal address closing the page under the share and tag rows
    "Share:  Facebook  X  LinkedIn\nTags: energy, winter, bills\n"
    "Ministry of Energy of the Republic, Elizabetes iela 2, Riga, LV-1010\n",
    # the publisher's "About" box, after the contacts and a link box
    "* * *\n\nMedia contacts\nJane Roe\nPress Office\nEmail: press@example.org\n\n"
    "Related topics\nEnergy\nWinter\n\nMore to explore\nPress release\nA new fund for homes\n\n"
    "Share\nFacebook   X   LinkedIn   Email\n\n"
    "About UNHEAT\nUNHEAT works in some of the coldest places to keep homes warm. For more "
    "information about UNHEAT and its work, visit www.unheat.org.\n",
    # a footer menu headed by the publisher's full name
    "Share  |  Print\nNational Energy Agency of the United Kingdom   Jobs   Contact us   Terms "
    "and conditions   Scam alert\n",
]
_FEET_RU = [
    "(Конец стенограммы)\n\nМатериалы пресс-конференции: презентация (PDF, 2,1 Мб)\n"
    "Все стенограммы | Подписаться на рассылку\n© Ведомство, 2026\n",
    "[Конец видео]\n\nПоделиться:  VK  OK  Telegram\nВерсия для печати\n\nПресс-служба "
    "губернатора\n305002, г. Курск, Красная площадь, 1\n",
    # a weekly's print-issue note over its tags
    "Опубликовано в №39 (985)\nТеги: ЖКХ, водоснабжение, тарифы\n"
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter\n",
    "Подписывайтесь на нас в Telegram\n\nПредыдущие материалы\nБюджет-2026: где искать деньги\n",
]


@pytest.mark.parametrize("foot", _FEET_EN)
@pytest.mark.parametrize(("q", "a"), [("Q", "A"), ("Daily Lamp", "Ed Marlow")])
def test_page_foot_is_cut_from_last_answer_en(foot, q, a):
    page = _QA_EN.format(q=q, a=a)
    # (a foot that opens on a line break is set flush under the answer, no blank line between)
    rows = turn_rows((page.rstrip("\n") if foot.startswith("\n") else page) + foot)
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith(_LAST_EN)


@pytest.mark.parametrize("foot", _FEET_RU)
@pytest.mark.parametrize(("q", "a"), [("Вопрос", "Ответ"), ("Вопрос (ТАСС)", "С. Галкин")])
def test_page_foot_is_cut_from_last_answer_ru(foot, q, a):
    rows = turn_rows(_QA_RU.format(q=q, a=a) + foot)
    assert rows[-1][2].endswith(_LAST_RU)


# -- A caption with the paper's slashed credit between two answers -------------------------------


@pytest.mark.parametrize("credit", ["KT/Chor Sokunthea", "NST/Aizuddin Saad", "AFP/Jane Roe"])
@pytest.mark.parametrize("label", [("KT", "Uon Silot"), ("Q", "A")])
def test_caption_with_slashed_credit_between_turns(credit, label):
    q, a = label
    text = (
        "Cashew makers want power and credit\n\n12 March 2026\n\n"
        f"{q}: What stops more factories from opening?\n\n"
        f"{a}: Three things, finance, electricity and working capital. Power costs too much.\n\n"
        f"Photo: Workers sort cashew kernels at a factory in the province. {credit}\n\n"
        f"{q}: Has anything come of the cashew fund?\n\n"
        f"{a}: Not yet. We are still waiting for the rules.\n"
    )
    rows = turn_rows(text)
    assert any(r[2].endswith("Power costs too much.") for r in rows)


# -- A programme page's headline over its date and its credit line -------------------------------

_SHOW = (
    "{station}\nShows  Topics  About\n\n{title}\n{date}\n{credit}\n\n"
    "Several cities have tried letting people ride the bus for free, and a dozen more are "
    "considering it now. Is free transit a smart investment or a budget hole?\n\n"
    "JENN WHITE, HOST: This is the show. I'm Jenn White. Welcome to you both.\n\n"
    "ANDREA TORRES: Thanks, Jenn. Great to be here.\n\n"
    "WHITE: What happened to ridership?\n\n"
    "TORRES: Ridership went up almost everywhere we looked.\n"
)


@pytest.mark.parametrize(
    "title",
    ["Fare-Free Buses Are Spreading. Do They Work?", "The bus bet: Can free fares pay off?"],
)
@pytest.mark.parametrize("credit", ["Produced by Avery Collins", "Hosted by Meghna Chakrabarti"])
@pytest.mark.parametrize("date", ["Wednesday, March 11, 2026", "February 17, 2026"])
def test_asking_headline_over_date_and_credit_is_header(title, credit, date):
    rows = turn_rows(_SHOW.format(station="WXYZ", title=title, date=date, credit=credit))
    assert rows[0][0] == "other"
    assert rows[0][2].startswith("Several cities")


# -- "DG:" under a lead naming the Director-General ----------------------------------------------


@pytest.mark.parametrize("q", ["Question", "Journalist"])
@pytest.mark.parametrize(
    ("agency", "name"), [("UNESCO", "Khaled El-Enany"), ("the IAEA", "Rafael Grossi")]
)
def test_dg_label_is_the_director_general(q, agency, name):
    text = (
        f"Director-General holds press conference\n\nParis, 24 March 2026 – At a press conference, "
        f"Director-General {name} of {agency} presented the results of the assessment and "
        "answered questions from journalists.\n\n"
        "DG: Good morning, and thank you for coming. Today I am launching a new fund.\n\n"
        f"{q}: How can you confirm the damage?\n\n"
        "DG: Satellite imagery gives us a lot, but not everything.\n\n"
        f"{q}: Where does the money come from?\n\n"
        "DG: Every fund is modest compared with a war.\n"
    )
    rows = turn_rows(text)
    dg = [r for r in rows if r[2].startswith(("Satellite", "Every fund", "Good morning"))]
    assert len(dg) == 3
    assert all(r[1] == name for r in dg)


# -- A one-off asker's bare label among labels on lines of their own -----------------------------


@pytest.mark.parametrize("outlet", ["Postimees", "Delfi", "Aamulehti"])
@pytest.mark.parametrize(
    ("chair", "pm", "minister"), [("Moderator", "Michal", "Pevkur"), ("Host", "Kallas", "Tsahkna")]
)
def test_one_off_bare_asker_label(outlet, chair, pm, minister):
    text = (
        "Government press conference, 5 March 2026\n\n"
        f"{chair}:\nGood afternoon, welcome. The Prime Minister will begin.\n\n"
        f"{pm}:\nThank you. Today the government approved a package of 48 million euros.\n\n"
        f"{chair}:\nQuestions, please. ERR News first.\n\n"
        "ERR News:\nWhere does the money come from?\n\n"
        f"{minister}:\nPart of it is within the defence budget. The rest is new money.\n\n"
        f"{outlet}:\nMinister, were last month's outages an attack or a technical failure?\n\n"
        f"{minister}:\nThe investigation is not finished, so I will be careful.\n\n"
        "ERR News:\nPrime Minister, will companies be fined?\n\n"
        f"{pm}:\nYes, the draft law foresees penalties.\n\n"
        f"{chair}:\nThank you, that is all for today.\n"
    )
    rows = turn_rows(text)
    asked = [r for r in rows if r[2].startswith("Minister, were")]
    assert asked and asked[0][0] == "question"
    assert next(r for r in rows if r[2].startswith("The investigation"))[0] == "answer"


# -- Roles: returned pleasantries, an overview first, a question closed by a full stop -----------


@pytest.mark.parametrize(
    "reply",
    [
        "Good to be here, {h1}. Good to see you, {h2}.",
        "Great to be back, {h1}. Nice to see you, {h2}.",
    ],
)
@pytest.mark.parametrize(("h1", "h2"), [("Jim", "Margery"), ("Anna", "Tom")])
def test_guest_returning_pleasantries_answers(reply, h1, h2):
    text = (
        "Ask the Governor\n\nJanuary 29, 2026\n\n"
        f"{h1.upper()} BRAUDE: Governor, welcome back.\n\n"
        f"GOV. MAURA HEALEY: {reply.format(h1=h1, h2=h2)}\n\n"
        f"{h2.upper()} EAGAN: Let's start with the trains. Were you satisfied?\n\n"
        "HEALEY: I was. Riders are noticing the difference.\n\n"
        f"{h1.upper()} BRAUDE: Whose fault was the outage?\n\n"
        "HEALEY: That's on the agency, and they've said so.\n"
    )
    rows = turn_rows(text)
    assert rows[1][0] == "answer"


@pytest.mark.parametrize(
    "call",
    [
        "Dr {s} will give a short overview, then we will open the floor.",
        "Dr {s} will give a brief update, and then we will take your questions.",
    ],
)
@pytest.mark.parametrize("s", ["Torero", "Lindqvist"])
def test_overview_before_floor_is_statement(call, s):
    text = (
        "Food Price Index briefing\n06/03/2026\n\n"
        f"Moderator: Good morning and thank you for joining us. {call.format(s=s)}\n\n"
        f"Maria {s}: Thank you. The main driver this month is vegetable oils, up six percent.\n\n"
        "Moderator: Thank you. We'll start in the room.\n\n"
        "Journalist: Should consumers expect food inflation to rise again?\n\n"
        f"Maria {s}: International prices feed into domestic prices with a lag.\n"
    )
    rows = turn_rows(text)
    assert next(r for r in rows if r[2].startswith("Thank you. The main"))[0] == "statement"


@pytest.mark.parametrize(
    "asked",
    [
        "Thank you. Does FAO see any impact from the new export restrictions announced last year.",
        "Thanks. Is the ban on rice exports going to be lifted before the next harvest season.",
        "Can you say whether the fund will be topped up again before the end of the year.",
    ],
)
@pytest.mark.parametrize("label", ["Journalist", "Reporter"])
def test_reporter_question_closed_by_full_stop(asked, label):
    text = (
        "Press briefing\n06/03/2026\n\n"
        "Moderator: We have a question online.\n\n"
        f"{label}: {asked}\n\n"
        f"{label}: Sorry, I mean on this year's prices.\n\n"
        "Maria Torero: Prices fell by about a quarter during the year.\n"
    )
    rows = turn_rows(text)
    assert next(r for r in rows if r[2] == asked)[0] == "question"
