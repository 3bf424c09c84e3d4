"""Office labels that the lead resolves to one named person, and press-conference askers who
name themselves (check AF, docs/structure.md "Check AF"). Each table composes the layout with
at least two independent parts, so the rule holds beyond the page that prompted it."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# -- 1. The office served, then its holder: a double post joined by "and" with its own remit,
# or the body served closed by its acronym in brackets; the holder after a courtesy or a rank.

_SERVED = (
    "Transcript: press conference on the harbour strike\n"
    "Published 3 March 2026\n\n"
    "{lead} held a press conference at the ministry today, alongside the Director of Ports, "
    "Joan Keary.\n\n"
    "{label}: Thank you all for coming. The strike has now closed three of our ports and I want "
    "to set out what we are doing about it.\n\n"
    "Journalist: {label}, how long will the ports stay shut?\n\n"
    "{label}: I cannot give a date today, but talks resume on Monday morning.\n"
)


@pytest.mark.parametrize(
    ("label", "lead", "holder"),
    [
        # a double post, joined by "and", the second with its remit
        (
            "Minister",
            "The Minister and Deputy Leader for Transport and Ports, Aoife Brennan TD,",
            "Aoife Brennan",
        ),
        (
            "Tánaiste",
            "The Tánaiste and Minister for Enterprise, Siobhán Nolan,",
            "Siobhán Nolan",
        ),
        # the body served closed by its acronym, a diplomat's rank before the name
        (
            "Director-General",
            "The Director-General of the International Organisation for Maritime Labour "
            "Standards (IOMLS), Ambassador Henrik Solvang,",
            "Henrik Solvang",
        ),
        (
            "Secretary-General",
            "The Secretary-General of the European Federation of Inland Waterway Port "
            "Authorities (EFIWPA), Dr. Marta Kowalczyk,",
            "Marta Kowalczyk",
        ),
    ],
)
def test_served_office_holder(label: str, lead: str, holder: str) -> None:
    text = _SERVED.format(label=label, lead=lead)
    rows = [r for r in turn_rows(text) if r[0] in ("statement", "answer")]
    assert rows and all(speaker == holder for _, speaker, _ in rows)


# -- 2. A lead's "moderated by" the post, the body's acronym, each closed by a comma, then the
# moderator's name after a courtesy: the bare "Moderator:" label is that person.

_MODERATED = (
    "Transcript of {event} on Cabinet decisions\n\n"
    "Posted On: 11 MAR 2026 6:15PM\n\n"
    "Union Minister Shri Rakesh Menon briefed the media on the decisions taken by the Union "
    "Cabinet at the National Media Centre, New Delhi. The briefing was moderated by {post}, "
    "{acronym}, {name}.\n\n"
    "Moderator: Good evening, friends. The Minister will brief you first. Sir.\n\n"
    "Shri Rakesh Menon: Thank you. Today the Cabinet approved two new rail lines.\n\n"
    "Moderator: Questions, please.\n"
)


@pytest.mark.parametrize(
    ("event", "post", "acronym", "name", "want"),
    [
        ("Cabinet Briefing", "Principal Director General", "PIB", "Shri Anil Varma", "Anil Varma"),
        ("the Press Briefing", "Director General", "DPR", "Smt. Kavita Rao", "Kavita Rao"),
        (
            "Cabinet Briefing",
            "the Additional Secretary",
            "MIB",
            "Dr. Suresh Pillai",
            "Suresh Pillai",
        ),
    ],
)
def test_moderated_by_post_and_acronym(
    event: str, post: str, acronym: str, name: str, want: str
) -> None:
    text = _MODERATED.format(event=event, post=post, acronym=acronym, name=name)
    rows = [r for r in turn_rows(text) if r[2].startswith(("Good evening", "Questions"))]
    assert [r[1] for r in rows] == [want, want]


# -- 3. A reporter's self-introduction whose surname carries a Gaelic "Mc" / "Mac" before its
# capital, under either bare label.

_INTRO = (
    "The First Minister held a press conference on winter resilience at St Andrew's House.\n\n"
    "First Minister: Good afternoon. The cold snap has tested every service we run.\n\n"
    "{label} {intro} First Minister, were the schools right to close?\n\n"
    "First Minister: Councils made the right call on safety.\n"
)


@pytest.mark.parametrize("label", ["Question:", "Journalist:"])
@pytest.mark.parametrize(
    ("intro", "want"),
    [
        ("Euan McTavish, BBC Scotland.", "Euan McTavish"),
        ("Morag MacLennan, The Herald.", "Morag MacLennan"),
        ("Good afternoon, Iain McKenzie from STV News.", "Iain McKenzie"),
    ],
)
def test_gaelic_surname_self_introduction(label: str, intro: str, want: str) -> None:
    rows = turn_rows(_INTRO.format(label=label, intro=intro))
    assert [r[1] for r in rows if r[0] == "question"] == [want]


# -- 4. A question that counts itself one more of the asker's own, in the first person ("Last
# one from me."), straight after the answer and under the same label, is the last asker's.

_FROM_ME = (
    "UNICEF spokesperson James Okoro briefed journalists in Geneva on the measles outbreak.\n\n"
    "James Okoro: Good morning. Measles is spreading in the camps faster than we can vaccinate.\n\n"
    "{label} Nina Laurent, AFP. How many children have died so far?\n\n"
    "James Okoro: The ministry reports more than 200 deaths since October.\n\n"
    "{label} {opener} How many vaccinators do you actually have there?\n\n"
    "James Okoro: Around 1,400, almost all of them local.\n"
)


@pytest.mark.parametrize("label", ["Q:", "Question:"])
@pytest.mark.parametrize(
    "opener", ["Last one from me.", "One more from me, on staff:", "A final question from me:"]
)
def test_one_more_from_me(label: str, opener: str) -> None:
    rows = turn_rows(_FROM_ME.format(label=label, opener=opener))
    assert [r[1] for r in rows if r[0] == "question"] == ["Nina Laurent", "Nina Laurent"]


# -- 5. A question that opens on an outlet "again" is the reporter who gave that outlet with
# their name at an earlier question, whatever the language and the order of name and outlet.

_AGAIN = {
    "uk": (
        "Житомир, 5 лютого. Начальник обласної військової адміністрації Віталій Бунечко провів "
        "брифінг щодо укриттів у школах.\n\n"
        "Віталій Бунечко: Добрий день. Ми перевірили всі укриття у школах області.\n\n"
        "Журналістка: {first} Скільки коштів виділено на укриття?\n\n"
        "Віталій Бунечко: Понад 300 мільйонів гривень.\n\n"
        "Журналіст: Житомир.info, Андрій Ковтун. Що із садочками?\n\n"
        "Віталій Бунечко: Там ситуація складніша.\n\n"
        "Журналістка: {again} Чи буде програма для прикордонних громад?\n\n"
        "Віталій Бунечко: Так, буде.\n"
    ),
    "ru": (
        "Екатеринбург, 5 февраля. Глава города Алексей Орлов провёл брифинг об уборке снега.\n\n"
        "Алексей Орлов: Добрый день. Город убирает снег круглосуточно.\n\n"
        "Вопрос: {first} Когда уберут дворы?\n\n"
        "Алексей Орлов: До конца недели.\n\n"
        "Вопрос: Илья Горбунов, Е1.RU. Что с тротуарами?\n\n"
        "Алексей Орлов: Тротуары чистят в первую очередь.\n\n"
        "Вопрос: {again} А штрафы для подрядчиков будут?\n\n"
        "Алексей Орлов: Будут.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "first", "again", "want"),
    [
        (
            "uk",
            "Суспільне Житомир, Олена Лук'янчук.",
            "Суспільне Житомир ще раз.",
            "Олена Лук'янчук",
        ),
        (
            "uk",
            "Суспільне Житомир, Олена Лук'янчук.",
            "Суспільне Житомир, знову.",
            "Олена Лук'янчук",
        ),
        (
            "ru",
            "Ксения Макарова, «Вечерние ведомости».",
            "Вечерние ведомости ещё раз.",
            "Ксения Макарова",
        ),
        ("ru", "ОТВ, Ксения Макарова.", "ОТВ снова.", "Ксения Макарова"),
    ],
)
def test_outlet_again(lang: str, first: str, again: str, want: str) -> None:
    rows = turn_rows(_AGAIN[lang].format(first=first, again=again))
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions[0] == want
    assert questions[-1] == want
