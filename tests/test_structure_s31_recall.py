"""Session 31, turn recall: a speech page's long cookie banner over its field lines, a
bracketed photo caption between two turns, a network's still of its guest credited after the
date, kremlin.ru's verbless caption under an answer, Otter's stamp with the words run on after
it, and a host's production credit read out under their own stamp."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

_BANNER = (
    "Skip to main content\nCookies on GOV.UK\n"
    "We use some essential cookies to make this website work.\n"
    "We’d like to set additional cookies to understand how you use GOV.UK, remember your "
    "settings and improve government services.\n"
    "We also use cookies set by other sites to help us deliver content from their services.\n"
    "Accept additional cookies\nReject additional cookies\nView cookies\n"
    "GOV.UK\nMenu\nSearch GOV.UK\nHome\nGovernment\nTransport\nSpeech\n"
)
_FIELDS = (
    "Transport Secretary's speech on rolling stock and renewal at the Northern Rail Summit in "
    "Leeds: 3 June 2025\n"
    "The Transport Secretary set out how new rolling stock ordered this year will reach the "
    "North first and create skilled jobs across the country.\n"
    "From:\nDepartment for Transport and The Rt Hon Daniel Okafor MP\n"
    "Published\n3 June 2025\nLocation:\nLeeds\nDelivered on:\n"
    "3 June 2025 (Transcript of the speech, exactly as it was delivered)\n"
)
_SPEECH = (
    "Good morning, and thank you all for coming to Leeds today.\n\n"
    "For too long, passengers in the North have waited for trains that never came. That ends "
    "now. Every new train we order this year will run first on northern lines.\n\n"
    "That is our promise, and we will keep it. Thank you.\n"
)


@pytest.mark.parametrize("banner", [_BANNER, _BANNER.replace("Search GOV.UK\n", "")])
def test_long_cookie_banner_over_gov_speech_fields(banner: str) -> None:
    rows = turn_rows(banner + _FIELDS + _SPEECH + "Share this page\n")
    assert len(rows) == 1
    label, who, body = rows[0]
    assert (label, who) == ("statement", "Daniel Okafor")
    assert body.startswith("Good morning, and thank you all")
    assert body.endswith("we will keep it. Thank you.")


_PRESSER = (
    "Press conference by the Minister of Ports, 3 April 2025\n\n"
    "Minister Jane Roe: Good afternoon. We met today to discuss the harbour plan and the "
    "budget for next year.\n\n{mid}"
    "Minister Jane Roe: Let me close there. I am ready for your questions.\n\n"
    "{caption}\n\n"
    "John Doe (Daily News): Minister, how much will the ferry cost the taxpayers?\n\n"
    "Minister Jane Roe: About forty million, spread over the decade.\n\n"
    "John Doe (Daily News): And who will run it?\n\n"
    "Minister Jane Roe: The port authority will, under a contract with the ministry.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo caption: Minister of Ports Jane Roe during her press conference at the ministry "
        "in the capital city on Thursday afternoon. © Ministry of Ports]",
        "(Image caption: Jane Roe, the Minister of Ports, answers questions from reporters at "
        "the ministry in the capital city on Thursday. Photo: Ministry of Ports press office)",
    ],
)
def test_bracketed_caption_between_turns_is_no_part_of_the_body(caption: str) -> None:
    rows = turn_rows(_PRESSER.format(mid="", caption=caption))
    bodies = [body for _, _, body in rows]
    assert "Let me close there. I am ready for your questions." in bodies
    assert not any("caption" in body for body in bodies)
    assert len(rows) == 6


def test_bracketed_caption_inside_a_turn_stays_inside() -> None:
    caption = (
        "[Photo caption: Minister of Ports Jane Roe during her press conference at the ministry "
        "in the capital city on Thursday afternoon. © Ministry of Ports]"
    )
    text = (
        "Press conference by the Minister of Ports, 3 April 2025\n\n"
        "Minister Jane Roe: Good afternoon. We met today to discuss the harbour plan.\n\n"
        f"{caption}\n\n"
        "We also agreed to fund the new ferry line, which will open next spring.\n\n"
        "John Doe (Daily News): Minister, how much will the ferry cost?\n\n"
        "Minister Jane Roe: About forty million, spread over the decade.\n\n"
        "John Doe (Daily News): And who will run it?\n\n"
        "Minister Jane Roe: The port authority will.\n"
    )
    rows = turn_rows(text)
    assert rows[0][2].startswith("Good afternoon.")
    assert rows[0][2].endswith("which will open next spring.")
    assert caption in rows[0][2]


_SUNDAY_SHOW = (
    "HOST JANE ROE: Joining us now is Commerce Secretary John Doe. Mr. Secretary, welcome. Are "
    "the tariffs a tax on consumers?\n\n"
    "SECRETARY JOHN DOE: No, I don't accept that. Exporters pay a large part of it through "
    "their currencies, and we have seen that before.\n\n"
    "{caption}\n\n"
    "HOST JANE ROE: Is there a deadline for the talks?\n\n"
    "SECRETARY JOHN DOE: I'm not going to get ahead of the president on that.\n\n"
    "HOST JANE ROE: Mr. Secretary, thank you for your time.\n\n"
    "SECRETARY JOHN DOE: Thank you, Jane.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        'Commerce Secretary John Doe on "Sunday Morning with Jane Roe," April 6, 2025. CBS News',
        "Commerce Secretary John Doe in the studio, March 2, 2025. NBC News",
    ],
)
def test_network_still_credited_after_the_date_ends_the_answer(caption: str) -> None:
    rows = turn_rows(_SUNDAY_SHOW.format(caption=caption))
    answer = next(body for _, _, body in rows if body.startswith("No, I don't accept that."))
    assert answer.endswith("we have seen that before.")


_KREMLIN = (
    "Владимир Путин ответил на вопросы представителей средств массовой информации.\n\n"
    "Д.Песков: Коллеги, добрый вечер. Пожалуйста, Павел Иванов, «Россия».\n\n"
    "П.Иванов: Владимир Владимирович, как будут развиваться отношения с партнёрами?\n\n"
    "В.Путин: Мы работаем со всеми партнёрами, и эта работа будет продолжена. Думаю, что "
    "никаких сомнений в этом ни у кого нет и быть не может.\n\n"
    "{line}\n\n"
    "Вопрос: Можно про экономику? Есть ли повод для беспокойства?\n\n"
    "В.Путин: Повода для паники нет никакого.\n"
)


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("В ходе ответов на вопросы журналистов.", True),
        ("Перед началом встречи.", True),
        # a speaker's own sentence with a verb stays his
        ("В ходе визита рассчитываем обсудить всё.", False),
    ],
)
def test_kremlin_verbless_caption_under_an_answer(line: str, cut: bool) -> None:
    rows = turn_rows(_KREMLIN.format(line=line))
    answer = next(body for _, _, body in rows if body.startswith("Мы работаем со всеми"))
    if cut:
        assert answer.endswith("ни у кого нет и быть не может.")
    else:
        assert answer.endswith(line)


_OTTER = (
    "Speaker 1  0:02  \nHello and welcome to the show. My guest today is a finance minister. "
    "Welcome.\n\n"
    "Speaker 2  0:20  \nThank you. It's a pleasure to be here.\n\n"
    "Speaker 1  0:25  \nSo let's start with the budget. Is it balanced?\n\n"
    "Speaker 2  0:31  \nNot yet, but it will be by the end of the parliament.\n\n"
    "Speaker 1  1:05  Some people would say that is a promise you cannot keep.\n\n"
    "Speaker 2  1:10  \nWell, they said that last year too, and we kept it.\n\n"
    "Speaker 1  1:30  \nThank you very much for joining me.\n\n"
    "Speaker 2  1:33  \nThank you.\n\n"
    "Speaker 1  1:35  \n{credit}\n\n"
    "Transcribed by https://otter.ai\n"
)
_CREDIT = (
    "The Money Hour is produced by Jane Roe, with sound design by John Doe. I'm Anne Smith. "
    "Thanks for listening, and I'll see you next week."
)


def test_otter_stamp_with_the_words_on_its_own_line() -> None:
    rows = turn_rows(_OTTER.format(credit=_CREDIT))
    bodies = [body for _, _, body in rows]
    assert "Some people would say that is a promise you cannot keep." in bodies
    assert "Not yet, but it will be by the end of the parliament." in bodies


def test_host_reads_the_production_credit_under_their_own_stamp() -> None:
    rows = turn_rows(_OTTER.format(credit=_CREDIT))
    assert rows[-1][2] == _CREDIT
    assert "Transcribed by" not in rows[-1][2]


def test_third_person_production_credit_stays_the_pages() -> None:
    text = (
        "HOST: Welcome to the show. What is the plan?\n\n"
        "GUEST: To build more homes, faster, in every region of the country.\n\n"
        "HOST: And how will you pay for it?\n\n"
        "GUEST: Through the new housing bank, which starts lending next year.\n\n"
        "The Money Hour is produced by Jane Roe. Follow us wherever you get your podcasts.\n"
    )
    doc = run(text)
    last = doc.layer("turns")[-1]
    assert doc.span_text(last) == "Through the new housing bank, which starts lending next year."


_BOXED = (
    "Елена Смирнова: Почему власти пошли на это именно сейчас?\n\n"
    "Ирина Козлова: Год назад еще была надежда, что доходы вырастут сами. Этого не произошло, "
    "и теперь решения откладывать уже некуда.\n\n"
    "{box}\n\n"
    "Елена Смирнова: Есть ли риск настоящего кризиса?\n\n"
    "Ирина Козлова: Я бы не стала говорить о кризисе в классическом понимании.\n\n"
    "Елена Смирнова: Спасибо.\n\n"
    "Ирина Козлова: Спасибо вам.\n"
)


@pytest.mark.parametrize(
    "box",
    [
        "«Вестник» работает благодаря вам\nМы продолжаем работать, хотя нас объявили "
        "«нежелательной организацией». Поддержите нас — это можно сделать за пару минут.\n"
        "Поддержать «Вестник»",
        "«Вісник» працює завдяки вам\nПідтримайте нас — це можна зробити за дві хвилини.\n"
        "Підтримати «Вісник»",
    ],
)
def test_donation_box_that_says_the_outlet_lives_on_its_readers(box: str) -> None:
    rows = turn_rows(_BOXED.format(box=box))
    answer = next(body for _, _, body in rows if body.startswith("Год назад"))
    assert answer.endswith("решения откладывать уже некуда.")


_RELATED = (
    "POLITICO: You mentioned industry. Isn't the defense plan just pushing the problem onto "
    "national budgets?\n\n"
    "Jane Roe: Loans are one instrument, not the only one. The real question is whether we are "
    "ready to do something together at the scale the threat requires, and I think we are "
    "close.{glue}\n"
    "Europe's defense spending plan hits a wall in the Netherlands\n"
    "The Commission's rearmament pitch splits the capitals\n\n"
    "POLITICO: And China? You have called it the key enabler of the war.\n\n"
    "Jane Roe: Because it is. Without the goods coming from China, the war machine would stall.\n"
)


@pytest.mark.parametrize("glue", ["RELATED", ""])
def test_headline_links_flush_under_an_answer(glue: str) -> None:
    rows = turn_rows(_RELATED.format(glue=glue))
    answer = next(body for _, _, body in rows if body.startswith("Loans are one"))
    assert answer.endswith("and I think we are close.")


def test_headline_like_lines_in_a_short_answer_stay() -> None:
    text = _RELATED.format(glue="").replace(
        "Loans are one instrument, not the only one. The real question is whether we are "
        "ready to do something together at the scale the threat requires, and I think we are "
        "close.",
        "Two things.",
    )
    rows = turn_rows(text)
    answer = next(body for _, _, body in rows if body.startswith("Two things."))
    assert answer.endswith("splits the capitals")


_NYT = (
    "Blinken, in Exit Interview, Defends Record\n"
    "By Jane Roe\nJan. 8, 2025\n"
    "With less than two weeks left in office, the secretary of state has been making the case "
    "that the administration leaves the country stronger than it found it.\n\n"
    "Mr. Doe spoke with me for nearly an hour on Tuesday in his office.\n\n"
    "This conversation has been edited and condensed.\n\n"
    "You've been at this for four years. Is the world safer than the one you inherited?\n\n"
    "In many ways, yes. Our alliances are stronger than they have been in decades, and our "
    "competitors know it.\n\n"
    "Ukraine is losing ground. Did the administration give too little, too late?\n\n"
    "I don't accept that. We gave more, faster, than anyone thought possible at the start.\n\n"
    "Did you have leverage you didn't use?\n\n"
    "Families displaced by the fighting in the south of the city, in December.Credit...John "
    "Smith/EPA, via Shutterstock\n"
    "We used leverage all the time, in ways that were public and in ways that weren't. I own "
    "it.\n\n"
    "What will you do next?\n\n"
    "Sleep, for a start. Then spend time with my family, which I have not done enough.\n"
)


def test_times_caption_over_an_answer_is_the_pages() -> None:
    rows = turn_rows(_NYT)
    assert any(body.startswith("We used leverage all the time") for _, _, body in rows)
    assert not any("Credit..." in body for _, _, body in rows)


_ARTICLE_BODY = (
    "EU foreign ministers have agreed a new package of sanctions against Russia, blacklisting "
    "almost 200 more vessels in the shadow fleet.\n\n"
    "The package was approved at a meeting in Brussels on Tuesday, hours after a phone call "
    "between the two presidents failed to produce a ceasefire.\n\n"
    "The sanctions require unanimity and must be renewed every six months.\n"
)


@pytest.mark.parametrize("byline", ["Jane Roe in Brussels", "Jane Roe and John Doe in Kyiv"])
def test_standfirst_over_a_byline_in_place_and_date(byline: str) -> None:
    text = (
        "Skip to main content\nNews\nWorld\nEurope\nEuropean Union\n"
        "EU agrees 17th sanctions package against Russia, targeting ‘shadow fleet’\n"
        "Nearly 200 more tankers blacklisted as the bloc’s foreign policy chief says it will "
        "‘keep up the pressure until Putin stops this war’\n"
        f"{byline}\nTue 20 May 2025 17.48 CEST\nShare\n" + _ARTICLE_BODY
    )
    rows = turn_rows(text)
    assert len(rows) == 1
    assert rows[0][0] == "statement"
    assert rows[0][2].startswith("EU foreign ministers have agreed")
    assert rows[0][2].endswith("must be renewed every six months.")
