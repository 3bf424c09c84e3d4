"""Who asks, when the reporter says who they are: every introduction shape on every page kind.

Usage: python benchmarks/structure_intro_matrix.py [--verbose]

At a briefing or a press conference the question label names no one (`QUESTION:`, `Q`,
`Вопрос:`, `Журналіст:`); the reporter says who they are inside the question ("Hi, Dana Ruiz
with Reuters."). Blind test pages kept finding one new way of saying it at a time. This script
composes pages from independent parts — the page kind and its labels, the introduction's
shape (greeting, address, "it's", "Yes,", outlet first or last, a preposition or a comma), the
reporter's name and the outlet (one word, an acronym, several words, in quotes, with a city or
a lowercase kind of outlet before it) — and scores the speaker the engine gives each question.

It also counts the questions that open with a name but introduce no one ("Yes, Prime Minister
Starmer said …", "Пане Президенте, Дональд Трамп заявив …", the briefer addressed by name):
their speaker must stay null. It prints the share of questions failed per part value, so a gap
shows as a dimension, not a page.
"""

from __future__ import annotations

import collections
import itertools
import re
import sys
from dataclasses import dataclass

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


@dataclass(frozen=True)
class Frame:
    """One kind of page: its header, the briefer's opening, the question label, the answer."""

    header: str
    opening: str
    question: str
    answer: str
    replies: tuple[str, str, str]


EN_FRAMES = {
    "state QUESTION:": Frame(
        "Department Press Briefing\n\nTommy Pigott, Principal Deputy Spokesperson\n\n"
        "Washington, DC\nMarch 3, 2026\n\n",
        "MR PIGOTT: Good afternoon, everybody. I have one announcement and then I'll take your "
        "questions. The Secretary travels to Warsaw tomorrow.\n\n",
        "QUESTION: ",
        "MR PIGOTT: ",
        (
            "We are watching that closely and will have more to say later this week.",
            "I'm not going to get ahead of the Secretary on that.",
            "That's a fair question, and the answer is that talks continue.",
        ),
    ),
    "whitehouse Q": Frame(
        "Press Briefing by Press Secretary Karoline Leavitt\n\nJames S. Brady Press Briefing "
        "Room\n\n1:04 P.M. EST\n\n",
        "MS. LEAVITT: Good afternoon, everyone. Before I take questions, a scheduling note: the "
        "President will travel to Ohio on Friday.\n\n",
        "Q    ",
        "MS. LEAVITT: ",
        (
            "The President has been very clear about that, and his position has not changed.",
            "I'd refer you to the Department of Commerce for the details.",
            "We expect that announcement in the coming days.",
        ),
    ),
    "govuk Journalist:": Frame(
        "PM remarks at press conference on flood recovery: 12 February 2026\n\n"
        "From: Prime Minister's Office, 10 Downing Street and The Rt Hon Keir Starmer KC MP\n"
        "Published 12 February 2026\n\n",
        "Prime Minister: Good afternoon. Today I can announce a further two hundred million "
        "pounds for the communities hit by the floods.\n\n",
        "Journalist: ",
        "Prime Minister: ",
        (
            "Look, the money is there and it will reach councils this month.",
            "I won't get into hypotheticals, but we will do whatever it takes.",
            "The Environment Secretary will set that out to the House on Monday.",
        ),
    ),
    "pentagon Q:": Frame(
        "Pentagon Press Secretary Holds a Press Briefing\n\nJan. 14, 2026 | Kingsley Wilson, "
        "Pentagon Press Secretary\n\n",
        "MS. WILSON: Good afternoon. I'll start with a readout of the Secretary's call with his "
        "Polish counterpart this morning.\n\n",
        "Q: ",
        "MS. WILSON: ",
        (
            "I don't have anything to announce on that today.",
            "The deployment is on schedule and within budget.",
            "We'll get you the exact figures after the briefing.",
        ),
    ),
}
# (the greeting's address is the briefer's first name or office; {n} the reporter, {o} the outlet)
EN_SHAPES = {
    "N, O.": "{n}, {o}. ",
    "Hi, N with O.": "Hi, {n} with {o}. ",
    "N from O.": "{n} from {o}. ",
    "N of O.": "{n} of {o}. ",
    "Thanks, A. N, O.": "Thanks, {a}. {n}, {o}. ",
    "Thank you. N with O.": "Thank you. {n} with {o}. ",
    "Good afternoon. N, O.": "Good afternoon. {n}, {o}. ",
    "Yes, N, O.": "Yes, {n}, {o}. ",
    "Yes. N, O.": "Yes. {n}, {o}. ",
    "A, hi. N with O.": "{a}, hi. {n} with {o}. ",
    "Hi A, it's N from O.": "Hi {a}, it's {n} from {o}. ",
    "Hi A, N from O.": "Hi {a}, {n} from {o}. ",
    "Hello, it's N from O.": "Hello, it's {n} from {o}. ",
    "Hi, this is N with O.": "Hi, thanks. This is {n} with {o}. ",
    "N with O, thanks for…": "{n} with {o}, thanks for taking my question. ",
    "N, O, thank you.": "{n}, {o}, thank you. ",
    "Thanks for doing this. N, O.": "Thanks for doing this. {n}, {o}. ",
    "Good morning, everyone. N, O.": "Good morning, everyone. {n}, {o}. ",
    "N here from O.": "{n} here from {o}. ",
    "Hey, A. N, O.": "Hey, {a}. {n}, {o}. ",
}
EN_PEOPLE = (
    ("Daria Holm", "Shaun Tandon", "Kylie Atwood"),
    ("Ed O'Keefe", "Ana Lucía Ríos", "Jean-Luc Moreau"),
    ("Priya Raman", "Tom Ellis", "Hanna Becker"),
    # (a surname's "Mc"/"O'"/"D'" prefix, two barrels, a particle: blind briefing pages)
    ("Nia Griffith-Jones", "Euan McColm", "Siobhán O'Neill"),
    ("Dara D'Arcy", "Lucas van der Berg", "Ciara MacNeill"),
)
EN_OUTLETS = (
    ("Reuters", "AFP", "CNN"),
    ("the Associated Press", "Voice of America", "The Wall Street Journal"),
    ("Bloomberg News", "Al Jazeera", "Kyodo News"),
    ("NHK", "Politico Europe", "the BBC"),
)
# A reporter back at the microphone names only the outlet given with their name earlier: it is
# that reporter ({o} the outlet as said in passing: no "the", no kind of outlet before it).
EN_RETURNS = {
    "O again.": "{o} again. ",
    "O again —": "{o} again — ",
    "O, one more.": "{o}, one more. ",
}
EN_ADDRESS = {
    "state QUESTION:": "Tommy",
    "whitehouse Q": "Karoline",
    "govuk Journalist:": "Prime Minister",
    "pentagon Q:": "Kingsley",
}
EN_QUESTIONS = (
    "Can you confirm the convoy was hit?",
    "Will the meeting in Warsaw go ahead?",
    "Is there a timeline for the talks?",
)
# Questions that open with someone's name but introduce no reporter: null, whatever the shape.
EN_NOT_INTROS = (
    "Yes, Prime Minister Starmer said on Monday that the money was already there. Is it?",
    "Hi {a}, the Kremlin says the talks have failed. Do you agree?",
    "Thanks. Viktor Orbán, Hungary's prime minister, said he would veto it. Will he?",
    "{a}, Marco Rubio told the Senate the talks were over. Were they?",
    "Good afternoon. Donald Trump with Vladimir Putin in Alaska again: is that on the cards?",
    "Yes, {a}, Reuters reported this morning that the deal is off. Is it?",
    "Hi {a}, it's Monday and the talks still have not started. Why?",
    "Yes. Sergey Lavrov, Russia's foreign minister, called it theatre. Your response?",
    "Thanks for taking the question. Marco Rubio of State said the talks were over. Were they?",
)

RU_FRAMES = {
    "mid Вопрос:": Frame(
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 марта 2026 "
        "года\n\n",
        "М.В.Захарова: Добрый день! Начну с графика министра. 14 марта С.В.Лавров проведёт "
        "переговоры с министром иностранных дел Египта.\n\n",
        "Вопрос: ",
        "М.В.Захарова: ",
        (
            "Мы внимательно следим за развитием событий и дадим оценку позже.",
            "Не буду забегать вперёд, переговоры продолжаются.",
            "Эта тема обсуждалась на прошлой неделе, позиция не изменилась.",
        ),
    ),
    "presser Журналист:": Frame(
        "Пресс-конференция губернатора Новосибирской области Андрея Травникова\n\n"
        "Новосибирск, 20 января 2026 года\n\n",
        "А.Травников: Добрый день, коллеги. Коротко об итогах года, а потом отвечу на вопросы.\n\n",
        "Журналист: ",
        "А.Травников: ",
        (
            "Деньги на это в бюджете предусмотрены, работы начнутся весной.",
            "Решение будет принято до конца месяца, не раньше.",
            "Мы проверим эту информацию и сообщим.",
        ),
    ),
}
RU_SHAPES = {
    "N, O.": "{n}, {o}. ",
    "Добрый день! N, O.": "Добрый день! {n}, {o}. ",
    "Здравствуйте. O, N.": "Здравствуйте. {o}, {n}. ",
    "A, добрый день! N, O.": "{a}, добрый день! {n}, {o}. ",
    "Спасибо. N, O.": "Спасибо. {n}, {o}. ",
    "Меня зовут N, O.": "Меня зовут {n}, {o}. ",
    "Добрый день, N, O.": "Добрый день, {n}, {o}. ",
    "N, O, Москва.": "{n}, {o}, Москва. ",
    "Ещё раз N, O.": "Ещё раз {n}, {o}. ",
}
RU_PEOPLE = (
    ("Анна Белова", "Павел Зарубин", "Ольга Кравцова"),
    ("Игорь Семёнов", "Дарья Лебедева", "Константин Рощин"),
    ("Анна Ван дер Берг", "Павел Д'Амато", "Ольга Римская-Корсакова"),
)
RU_OUTLETS = (
    ("«Известия»", "РИА Новости", "ТАСС"),
    ("агентство «Интерфакс»", "газета «Коммерсантъ»", "Первый канал"),
    ("телеканал «Звезда»", "«Российская газета»", "радио «Комсомольская правда»"),
)
RU_RETURNS = {
    "O ещё раз.": "{o} ещё раз. ",
    "O снова.": "{o} снова. ",
    "O, ещё одно.": "{o}, ещё одно. ",
}
RU_ADDRESS = {"mid Вопрос:": "Мария Владимировна", "presser Журналист:": "Андрей Александрович"}
RU_QUESTIONS = (
    "Как вы прокомментируете заявление Вашингтона?",
    "Когда состоится следующий раунд переговоров?",
    "Будет ли продлено соглашение?",
)
RU_NOT_INTROS = (
    "{a}, «Известия» пишут, что переговоры сорваны. Это так?",
    "Сергей Лавров, министр иностранных дел, заявил вчера, что позиция неизменна. Что дальше?",
    "Добрый день. Владимир Зеленский, по данным агентства, едет в Вашингтон. Ваша оценка?",
)

UK_FRAMES = {
    "ukrinform Запитання:": Frame(
        "Укрінформ\n\nПресконференція щодо підготовки до опалювального сезону\n\n"
        "12.03.2026 14:00\n\n",
        "Модераторка: Добрий день. Сьогодні в Укрінформі пресконференція. Слово надаю "
        "директору департаменту.\n\nОлег Ковальчук: Дякую. Ми підготували 94 котельні до "
        "зими.\n\n",
        "Запитання: ",
        "Олег Ковальчук: ",
        (
            "Так, ми тримаємо це питання на контролі і доповімо наступного тижня.",
            "Поки що рано про це говорити, розрахунки тривають.",
            "Фінансування передбачене в бюджеті на цей рік.",
        ),
    ),
    "president Журналіст:": Frame(
        "Президент України Володимир Зеленський\n\nПресконференція Президента України за "
        "підсумками зустрічі з Прем'єр-міністром Норвегії\n\n14 березня 2026 року - 16:20\n\n",
        "Володимир Зеленський: Дякую. Ми домовилися про новий пакет підтримки енергетики.\n\n",
        "Журналіст: ",
        "Володимир Зеленський: ",
        (
            "Ми працюємо над цим з партнерами щодня.",
            "Я не буду зараз називати цифри, це робота наших команд.",
            "Так, ця зустріч запланована на квітень.",
        ),
    ),
}
UK_SHAPES = {
    "N, O.": "{n}, {o}. ",
    "O, N.": "{o}, {n}. ",
    "Добрий день. N, O.": "Добрий день. {n}, {o}. ",
    "Дякую. O, N.": "Дякую. {o}, {n}. ",
    "A, N, O.": "{a}, {n}, {o}. ",
    "Мене звати N, O.": "Мене звати {n}, {o}. ",
    "Вітаю, N, O.": "Вітаю, {n}, {o}. ",
    "Ще раз N, O.": "Ще раз {n}, {o}. ",
}
UK_PEOPLE = (
    ("Марта Гнатюк", "Андрій Мельник", "Ольга Руденко"),
    ("Ірина Ковальчук", "Дмитро Бойко", "Олена Гаврилюк"),
    ("Ганна Ван дер Берг", "Ірина Д'Аламбер", "Мар'яна Грищенко-Левченко"),
)
UK_OUTLETS = (
    ("Суспільне", "Львівська пошта", "Укрінформ"),
    ("«Українська правда»", "Громадське радіо", "Інтерфакс-Україна"),
    ("Суспільне Житомир", "видання «Новинарня»", "Радіо Свобода"),
)
UK_RETURNS = {
    "O ще раз.": "{o} ще раз. ",
    "O знову.": "{o} знову. ",
    "O, ще одне.": "{o}, ще одне. ",
}
UK_ADDRESS = {"ukrinform Запитання:": "Пане Олегу", "president Журналіст:": "Пане Президенте"}
UK_QUESTIONS = (
    "Чи вистачить вугілля на зиму?",
    "Коли завершать ремонт тепломереж?",
    "Скільки коштуватиме опалення для мешканців?",
)
UK_NOT_INTROS = (
    "Пане Президенте, Дональд Трамп, президент США, заявив, що угода близька. Чи це так?",
    "Дякую. Олег Ковальчук, ви казали, що котелень вистачить. А генераторів?",
    "Добрий день. Юлія Свириденко, прем'єр-міністерка, обіцяла компенсації. Коли?",
)


@dataclass(frozen=True)
class Language:
    frames: dict[str, Frame]
    shapes: dict[str, str]
    people: tuple[tuple[str, str, str], ...]
    outlets: tuple[tuple[str, str, str], ...]
    address: dict[str, str]
    questions: tuple[str, str, str]
    not_intros: tuple[str, ...]
    returns: dict[str, str]


LANGUAGES = {
    "english": Language(
        EN_FRAMES,
        EN_SHAPES,
        EN_PEOPLE,
        EN_OUTLETS,
        EN_ADDRESS,
        EN_QUESTIONS,
        EN_NOT_INTROS,
        EN_RETURNS,
    ),
    "russian": Language(
        RU_FRAMES,
        RU_SHAPES,
        RU_PEOPLE,
        RU_OUTLETS,
        RU_ADDRESS,
        RU_QUESTIONS,
        RU_NOT_INTROS,
        RU_RETURNS,
    ),
    "ukrainian": Language(
        UK_FRAMES,
        UK_SHAPES,
        UK_PEOPLE,
        UK_OUTLETS,
        UK_ADDRESS,
        UK_QUESTIONS,
        UK_NOT_INTROS,
        UK_RETURNS,
    ),
}
# A question, the name it must carry (None: no one), and the part values it was built from.
Case = tuple[str, str | None, dict[str, str]]


def _pages(lang: Language) -> list[tuple[str, list[Case]]]:
    pages = []
    for (fname, frame), (shape, form), people, outlets in itertools.product(
        lang.frames.items(), lang.shapes.items(), lang.people, lang.outlets
    ):
        text = frame.header + frame.opening
        cases: list[Case] = []
        for name, outlet, question, reply in zip(
            people, outlets, lang.questions, frame.replies, strict=True
        ):
            body = form.format(n=name, o=outlet, a=lang.address[fname]) + question
            text += f"{frame.question}{body}\n\n{frame.answer}{reply}\n\n"
            parts = {"page": fname, "shape": shape, "name": name, "outlet": outlet}
            cases.append((body, name, parts))
        pages.append((text, cases))
    for (fname, frame), (ret, form), people, outlets in itertools.product(
        lang.frames.items(), lang.returns.items(), lang.people, lang.outlets
    ):
        # Three introductions, then one of the three back with the outlet alone.
        text = frame.header + frame.opening
        for name, outlet, question, reply in zip(
            people, outlets, lang.questions, frame.replies, strict=True
        ):
            text += f"{frame.question}{name}, {outlet}. {question}\n\n{frame.answer}{reply}\n\n"
        k = list(lang.returns).index(ret)
        said = re.sub(r"^(?:[Tt]he|[а-яіїє]+)[ \t]+(?=\S)", "", outlets[k])
        body = form.format(o=said) + lang.questions[(k + 1) % 3]
        text += f"{frame.question}{body}\n\n{frame.answer}{frame.replies[k]}\n\n"
        parts = {"page": fname, "return": ret, "name": people[k], "outlet": outlets[k]}
        pages.append((text, [(body, people[k], parts)]))
    for fname, frame in lang.frames.items():
        # The questions that name someone but introduce no one, on every page kind.
        text = frame.header + frame.opening
        cases = []
        for i, question in enumerate(lang.not_intros):
            body = question.format(a=lang.address[fname])
            text += f"{frame.question}{body}\n\n{frame.answer}{frame.replies[i % 3]}\n\n"
            cases.append((body, None, {"page": fname, "shape": "not an introduction"}))
        pages.append((text, cases))
    return pages


def run(name: str, lang: Language, verbose: bool) -> tuple[int, int, int, int]:
    pipe = build_pipeline(["metadata", "sentences", "turns"])
    stats: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    named = named_bad = unnamed = unnamed_bad = 0
    misses = []
    for text, cases in _pages(lang):
        doc = pipe(read_text(text, source=f"{name}.txt"))
        turns = [(doc.span_text(t), t.attrs.get("speaker")) for t in doc.layer("turns")]
        for body, gold, parts in cases:
            got = next((sp for t, sp in turns if t.startswith(body.strip())), "<no turn>")
            bad = got != gold
            if gold is None:
                unnamed += 1
                unnamed_bad += bad
            else:
                named += 1
                named_bad += bad
            for k, v in parts.items():
                stats[(k, v)][0] += 1
                stats[(k, v)][1] += bad
            if bad:
                misses.append((body[:70], gold, got))
    print(
        f"{name}: {named} introductions, wrong or unnamed {named_bad / named:.1%}; "
        f"{unnamed} questions that introduce no one, named anyway {unnamed_bad / unnamed:.1%}"
    )
    for (k, v), (n, bad) in sorted(stats.items()):
        if bad or verbose:
            print(f"  {k:6s} {v:34s} questions {n:4d}  wrong {bad / n:6.1%}")
    if verbose:
        for miss in misses[:60]:
            print("   ", miss)
    return named, named_bad, unnamed, unnamed_bad


def main() -> None:
    verbose = "--verbose" in sys.argv
    totals = [run(name, lang, verbose) for name, lang in LANGUAGES.items()]
    named, named_bad, unnamed, unnamed_bad = (sum(col) for col in zip(*totals, strict=True))
    print(
        f"all: {named} introductions, wrong or unnamed {named_bad / named:.1%}; "
        f"{unnamed} non-introductions named {unnamed_bad / unnamed:.1%}"
    )


if __name__ == "__main__":
    main()
