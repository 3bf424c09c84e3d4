"""Who asks and who answers, across every combination of a page's layout parts.

Usage: python benchmarks/structure_byline_matrix.py [--step N] [--verbose]

Blind test pages fail one new layout at a time. This script builds synthetic interview pages
from independent parts — masthead and menu, headline, date, byline shape (a bare name under the
date, "By …", "Name, Outlet", "Name | Outlet", "Author: …", a photo credit under the name,
"Interviewed by …" at the top or the end, a town signature), the lead's interview verb, and the
question and answer label styles (English "Q:", "Question:", the outlet's label, plain
paragraphs; Russian dashes, "Вопрос:", «Известия»:, plain) — and scores the speakers the engine
gives the questions (the byline's one writer) and the answers (the guest the lead names). It
prints the share of pages that fail per part value, so a gap shows as a dimension, not a page.
Every Nth combination is run (--step, default 7; 1 runs all, ~3,000 English and ~2,200
Russian pages, a few minutes); the small lead-guest sets (check AF) run whole. --lead-guests
runs those alone.
"""

from __future__ import annotations

import collections
import itertools
import sys
from collections.abc import Callable, Iterator

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.scoring import score_turns
from rhetoscope.structure.speakers import _news_outlet

Gold = list[list[str | None]]
Part = dict[str, str]

# English: an energy company's head interviewed by a wire agency's journalist.
EN_WRITER, EN_GUEST = "Olha Bondar", "Andrii Melnyk"
EN_QS = (
    "Mr. Melnyk, how much damage have your terminals suffered since the summer?",
    "What does an underground silo actually cost to build?",
    "Who is financing this work?",
    "Thank you for the conversation.",
)
EN_AS = (
    "Three of our five terminals were hit. We lost about 40,000 tonnes of storage, but the "
    "loading berths survived and we kept working.",
    "Roughly twice what a steel silo costs. But insurers now give us premiums a third lower, "
    "so the payback is under four years.",
    "Our own money and a loan from the EBRD. We also hope for a grant from the Danish fund "
    "later this year.",
    "Thank you.",
)
EN_PARTS: dict[str, Part] = {
    "header": {
        "masthead+menu": "Ukrinform\nUkraine  War  Economy  Society  World  Interviews  Video\n\n",
        "masthead": "Ukrinform\n\n",
        "none": "",
        "menu+section": "Home   News   Interviews   Opinion   Sport\n\nInterviews\n\n",
    },
    "headline": {
        "name: quote": "Andrii Melnyk, Danube Grain Hub: We can store 600,000 tonnes of grain\n\n",
        "quote": "\u201cWe can store 600,000 tonnes of grain out of reach of drones\u201d\n\n",
        "plain": "Underground silos return insurers to the Danube ports\n\n",
    },
    "date": {"numeric": "21.01.2026 11:30\n\n", "long": "January 21, 2026, 11:30\n\n", "none": ""},
    "lead": {
        "told": "Russia has repeatedly struck grain terminals in the Odesa region. Andrii "
        "Melnyk, CEO of Danube Grain Hub, told Ukrinform how his company is building "
        "underground silos.\n\n",
        "interview with": "In an interview with Ukrinform, Andrii Melnyk, CEO of Danube Grain "
        "Hub, explained how his company is building underground silos.\n\n",
        "spoke to": "Andrii Melnyk, CEO of Danube Grain Hub, spoke to Ukrinform about "
        "underground silos and the insurers returning to Izmail.\n\n",
        # (check AF) the outlet's one journalist named in the lead, after the name or before it
        "talks to X of outlet": "Andrii Melnyk, CEO of Danube Grain Hub, talks to Olha Bondar "
        "of Ukrinform about underground silos and the insurers returning to Izmail.\n\n",
        "outlet's X sat down with": "Russia has repeatedly struck grain terminals in the Odesa "
        "region. Ukrinform's Olha Bondar sat down with Andrii Melnyk, CEO of Danube Grain Hub, "
        "to ask how his company is building underground silos.\n\n",
    },
    # "top§end": the byline above the lead, or its credit under the last answer.
    "byline": {
        "bare": "Olha Bondar\n\n§",
        "by": "By Olha Bondar\n\n§",
        "name, outlet": "Olha Bondar, Ukrinform\n\n§",
        "name | outlet": "Olha Bondar | Ukrinform\n\n§",
        "author:": "Author: Olha Bondar\n\n§",
        "photo credit under": "Olha Bondar\nPhoto: Ukrinform / Ivan Petrenko\n\n§",
        "interviewed by (end)": "§\nInterviewed by Olha Bondar\n",
        "conducted by (end)": "§\nThe interview was conducted by Olha Bondar.\n",
        "town signature (end)": "§\nOlha Bondar, Kyiv\n",
        # (check AA) the writer, then the outlet's two names and a stamp on the same line
        "name, outlets, stamp": "Olha Bondar, UKRINFORM RADIO, Ukrinform.ua 2026.01.21 11:30\n\n§",
        # (check AA) a bare name right under the dek, right over the date, no blank line between
        "bare under dek, over date": "The head of the grain hub on storing grain out of reach of "
        "drones.\nOlha Bondar\nJan 21, 2026\n\n§",
        # (check AA) two writers on one line name no single asker ("~": the asker is nobody)
        "two authors": "~Olha Bondar, Pavlo Huz\n\n§",
        # (check AF) the outlet in brackets after the name
        "name (outlet)": "Olha Bondar (Ukrinform)\n\n§",
        # (check AF) a bare name over the writer's post, over the date
        "name / post / date": "Olha Bondar\nSenior Correspondent\nJan 21, 2026\n\n§",
        # (check AF) "By:" with the post and a handle after a dash
        "by: name - post / handle": "By: Olha Bondar - Reporter / @OBondarUA\n\n§",
    },
    "question": {
        "Q:": "Q: ",
        "Question:": "Question: ",
        "outlet:": "Ukrinform: ",
        "plain": "",
        # (check AF) the outlet's name in capitals, a word of the masthead
        "OUTLET:": "UKRINFORM: ",
    },
    "answer": {"A:": "A: ", "surname:": "Melnyk: ", "full name:": "Andrii Melnyk: ", "plain": ""},
}

# Russian: an archive's head interviewed by a daily's journalist.
RU_WRITER, RU_GUEST = "Анна Черепанова", "Андрей Артизов"
RU_QS = (
    "Андрей Николаевич, говорят, что в читальные залы записываются на месяц вперёд. Это правда?",
    "Сколько документов уже оцифровано?",
    "Во сколько обходится оцифровка одного листа?",
    "Спасибо за беседу.",
)
RU_AS = (
    "В некоторых регионах — да. В целом по стране очередь не больше недели, но интерес к "
    "генеалогии растёт очень быстро.",
    "На портале сейчас около 40 млн страниц метрических книг. К концу года будет вдвое больше.",
    "В среднем около 30 рублей, если считать вместе с реставрацией и описанием.",
    "Спасибо вам.",
)
RU_PARTS: dict[str, Part] = {
    "header": {
        "masthead+menu": "Известия\nПолитика  Экономика  Общество  Мир  Армия  Культура\n\n",
        "masthead": "Известия\n\n",
        "none": "",
    },
    "headline": {
        "quote": "«Запросы на родословные выросли втрое»\n\n",
        "name: quote": "Андрей Артизов: «Запросы на родословные выросли втрое»\n\n",
    },
    "dek": {"dek": "Глава Росархива — о цифровизации фондов и очередях в архивах\n\n", "none": ""},
    "date": {"long": "18 января 2026, 00:01\n\n", "numeric": "18.01.2026 00:01\n\n", "none": ""},
    "lead": {
        "в интервью рассказал": "Интерес к генеалогии растёт так быстро, что архивы не "
        "справляются с потоком обращений. Почему люди массово ищут своих предков, в интервью "
        "«Известиям» рассказал руководитель Росархива Андрей Артизов.\n\n",
        "рассказал «Известиям»": "Руководитель Федерального архивного агентства Андрей "
        "Артизов рассказал «Известиям», почему люди массово ищут своих предков и сколько стоит "
        "оцифровать один лист.\n\n",
    },
    "byline": {
        "bare": "Анна Черепанова\n\n§",
        "Текст:": "Текст: Анна Черепанова\n\n§",
        "Автор:": "Автор: Анна Черепанова\n\n§",
        "photo credit under": "Анна Черепанова\nФото: Известия/Павел Волков\n\n§",
        "Беседовала (top)": "Беседовала Анна Черепанова\n\n§",
        "Беседовала (end)": "§\nБеседовала Анна Черепанова\n",
        # (check AA) two writers on one line, the second a man's name with no surname ending
        "two authors, man's name": "~Анна Черепанова, Павел Гуз\n\n§",
        "Беседу вела (end, caps)": "§\nБеседу вела Анна ЧЕРЕПАНОВА.\n",
        # (check AF) a regional paper's bare byline, only the surname in capitals
        "bare, caps surname": "Анна ЧЕРЕПАНОВА\n\n§",
        # (check AF) the credit right over the first question, under the lead
        "Беседовала (over Q)": "^Беседовала Анна Черепанова\n\n§",
        # (check AF) the credit with its colon, at the end
        "Автор: (end)": "§\nАвтор: Анна Черепанова\n",
    },
    "question": {"dash": "— ", "Вопрос:": "Вопрос: ", "«outlet»:": "«Известия»: ", "plain": ""},
    "answer": {"dash": "— ", "Ответ:": "Ответ: ", "surname:": "Артизов: ", "plain": ""},
}

# Ukrainian: a regional official interviewed by an agency's journalist. The lead names the guest
# in whichever case its verb governs, so each guest (a man's "-ук" surname, a man's "-а" surname
# that declines like a feminine noun, a woman's indeclinable one) is its own page set.
UK_WRITER = "Ольга Бондар"
UK_GUESTS = {
    # nominative, dative, accusative, instrumental, the surname label, feminine
    "Олег Ковальчук": (
        "Олег Ковальчук",
        "Олегу Ковальчуку",
        "Олега Ковальчука",
        "Олегом Ковальчуком",
        "Ковальчук",
        False,
    ),
    "Микола Кушніра": (
        "Микола Кушніра",
        "Миколі Кушнірі",
        "Миколу Кушніру",
        "Миколою Кушнірою",
        "Кушніра",
        False,
    ),
    "Світлана Гринчук": (
        "Світлана Гринчук",
        "Світлані Гринчук",
        "Світлану Гринчук",
        "Світланою Гринчук",
        "Гринчук",
        True,
    ),
}
UK_QS = (
    "Скільки котелень в області вже готові до зими?",
    "Чи вистачить резервного палива, якщо удари повторяться?",
    "Хто фінансує ці роботи?",
    "Дякую за розмову.",
)
UK_AS = (
    "Дев'яносто чотири з дев'яноста восьми. Решта чотири завершимо до кінця жовтня, там "
    "лишилися насоси.",
    "На два тижні автономної роботи — так. Ми створили запас дизелю і поставили когенераційні "
    "установки на лікарні.",
    "Обласний бюджет і кошти партнерів. Найбільше допомогла Данія, вона профінансувала шість "
    "установок.",
    "Дякую вам.",
)


def _uk_parts(forms: tuple[str, str, str, str, str, bool]) -> dict[str, Part]:
    nom, dat, acc, ins, label, she = forms
    told, head = ("розповіла", "очільниця") if she else ("розповів", "очільник")
    head_acc, head_ins = ("очільницю", "очільницею") if she else ("очільника", "очільником")
    return {
        "header": {
            "masthead+menu": "Укрінформ\nВійна  Економіка  Суспільство  Світ  Інтерв'ю\n\n",
            "masthead": "Укрінформ\n\n",
            "none": "",
            # (check AF) the logo in capitals with the menu row glued on its line
            "caps logo glued to menu": "УКРІНФОРМ   Аналітика   Економіка   Інтерв'ю\n\n",
        },
        "headline": {
            "quote": "«Дев'яносто чотири котельні вже готові до зими»\n\n",
            "name: quote": f"{nom}: «Дев'яносто чотири котельні вже готові до зими»\n\n",
        },
        "date": {
            "numeric": "12.10.2026 11:30\n\n",
            "long": "12 жовтня 2026, 11:30\n\n",
            "none": "",
        },
        "lead": {
            "розповів(ла) Укрінформу": "Як область готується до опалювального сезону, "
            f"Укрінформу {told} {head} департаменту ЖКГ {nom}.\n\n",
            "поспілкувався з": "Про підготовку до зими та резерви палива Укрінформ "
            f"поспілкувався з {head_ins} департаменту ЖКГ {ins}.\n\n",
            "запитали": f"Ми запитали {head_acc} департаменту ЖКГ {acc}, чи вистачить "
            "області тепла цієї зими.\n\n",
            "в інтерв'ю": f"В інтерв'ю Укрінформу {nom} {told}, як область готується до зими.\n\n",
            "поставили запитання": f"Укрінформ поставив запитання {dat} про підготовку до "
            "зими.\n\n",
            # (check AF) the page as the outlet told, unnamed
            "розповів(ла) нашому виданню": "Як область готується до опалювального сезону, "
            f"нашому виданню {told} {head} департаменту ЖКГ {nom}.\n\n",
        },
        "byline": {
            "bare": f"{UK_WRITER}\n\n§",
            "Автор:": f"Автор: {UK_WRITER}\n\n§",
            "name, town": f"{UK_WRITER}, Луцьк\n\n§",
            "photo credit under": f"{UK_WRITER}\nФото: Укрінформ / Іван Петренко\n\n§",
            "Розмовляла (end)": f"§\nРозмовляла {UK_WRITER}\n",
            "Спілкувалася (end)": f"§\nСпілкувалася {UK_WRITER}, Луцьк\n",
            # (check AA) the closing credit of who held the talk, the surname in capitals or not
            "Розмову вела (end)": f"§\nРозмову вела {UK_WRITER}.\n",
            "Розмову вела (end, caps)": "§\nРозмову вела Ольга БОНДАР.\n",
            # (check AF) a bare byline with the surname in capitals; "Текст:" at the end
            "bare, caps surname": "Ольга БОНДАР\n\n§",
            "Текст: (end)": f"§\nТекст: {UK_WRITER}\n",
            # (check AA) two writers on one line: a man's given name in "-о", no surname ending
            "two authors, man's name": f"~{UK_WRITER}, Павло Гуз\n\n§",
        },
        "question": {
            "dash": "— ",
            "Запитання:": "Запитання: ",
            "Укрінформ:": "Укрінформ: ",
            "plain": "",
        },
        "answer": {
            "dash": "— ",
            "Відповідь:": "Відповідь: ",
            "surname:": f"{label}: ",
            "plain": "",
        },
    }


def _outlet_parts(
    spec: dict[str, Part], old: str, new: str, lead: dict[str, str]
) -> dict[str, Part]:
    """``spec`` with another outlet's name for ``old`` everywhere, and its own leads (check AA:
    a masthead with a leading "The" the label keeps, "The Kyiv Monitor:", and a four-letter
    Cyrillic outlet whose dative the lead writes, "рассказала Лайфу" under "Лайф:")."""
    # the web address a byline line carries keeps the shape of one ("Ukrinform.ua" becomes
    # "kyivmonitor.com", never "The Kyiv Monitor.ua")
    domain = new.lower().removeprefix("the ").replace(" ", "") + ".com"
    out = {
        k: {kk: vv.replace(f"{old}.ua", domain).replace(old, new) for kk, vv in v.items()}
        for k, v in spec.items()
    }
    out["lead"] = lead
    return out


EN_THE_PARTS = _outlet_parts(
    EN_PARTS,
    "Ukrinform",
    "The Kyiv Monitor",
    {
        "told": "Russia has repeatedly struck grain terminals in the Odesa region. Andrii "
        "Melnyk, CEO of Danube Grain Hub, told The Kyiv Monitor how his company is building "
        "underground silos.\n\n",
        "sat down with": "Russia has repeatedly struck grain terminals in the Odesa region. I "
        "sat down with Andrii Melnyk, CEO of Danube Grain Hub, to ask how his company is "
        "building underground silos.\n\n",
        # (check AF) the outlet's one journalist named in the lead
        "talks to X of The outlet": "Andrii Melnyk, CEO of Danube Grain Hub, talks to Olha "
        "Bondar of The Kyiv Monitor about underground silos and the insurers returning to "
        "Izmail.\n\n",
        "The outlet's X sat down with": "Russia has repeatedly struck grain terminals in the "
        "Odesa region. The Kyiv Monitor's Olha Bondar sat down with Andrii Melnyk, CEO of "
        "Danube Grain Hub, to ask how his company is building underground silos.\n\n",
    },
)
# (check AF) the masthead's initials, its article and all, as the outlet's label
EN_THE_PARTS["question"]["initials:"] = "TKM: "
EN_THE_PARTS["question"]["OUTLET:"] = "MONITOR: "
RU_LIFE_PARTS = _outlet_parts(
    RU_PARTS,
    "Известия",
    "Лайф",
    {
        "рассказал Лайфу": "Руководитель Федерального архивного агентства Андрей Артизов "
        "рассказал Лайфу, почему люди массово ищут своих предков и сколько стоит оцифровать "
        "один лист.\n\n",
    },
)
RU_LIFE_PARTS["question"] = {"dash": "— ", "Лайф:": "Лайф: ", "plain": ""}
# (check AF) a two-word outlet whose label is its initials, "РГ:" under "… «Российской газете»",
# and a lead that has the guest tell the page itself ("нашему изданию"); the masthead a logo in
# capitals glued to its menu row.
RU_RG_PARTS = _outlet_parts(
    RU_PARTS,
    "Известия",
    "Российская газета",
    {
        "рассказал «РГ»": "Руководитель Федерального архивного агентства Андрей Артизов "
        "рассказал «Российской газете», почему люди массово ищут своих предков.\n\n",
        "в интервью «РГ»": "Почему люди массово ищут своих предков, в интервью «Российской "
        "газете» рассказал руководитель Росархива Андрей Артизов.\n\n",
        "рассказал нашему изданию": "Руководитель Федерального архивного агентства Андрей "
        "Артизов рассказал нашему изданию, почему люди массово ищут своих предков.\n\n",
    },
)
RU_RG_PARTS["header"] = {
    "masthead": "Российская газета\n\n",
    "caps logo glued to menu": "РОССИЙСКАЯ ГАЗЕТА   Политика   Экономика   Интервью\n\n",
}
RU_RG_PARTS["question"] = {"dash": "— ", "РГ:": "РГ: ", "Вопрос:": "Вопрос: ", "plain": ""}


# (check AF, lead guests) The guest named only in the lead answers anonymous ("A:", "Ответ:")
# or label-less (dash) answers: a Latin guest with an institution or a company after the name,
# two posts between commas, and a Cyrillic guest the lead writes as a sentence's subject. The
# outlet names itself in its masthead; the byline's one writer asks.
LG_EN_WRITER, LG_EN_GUEST = "Mai Tran", "Le Anh Tuan"
LG_EN_QS = (
    "How fast is the delta sinking?",
    "What can rice farmers do about the salt?",
    "Who should pay for the new sluice gates?",
    "Thank you for your time.",
)
LG_EN_AS = (
    "About two centimetres a year in some districts, faster than the sea is rising.",
    "Switch to shrimp or to salt-tolerant rice where the salt comes in, and stop pumping "
    "groundwater.",
    "The provinces and the central budget together. The World Bank has offered a loan too.",
    "Thank you.",
)
LG_EN_PARTS: dict[str, Part] = {
    "header": {
        "masthead": "Mekong Insider\n\n",
        "masthead+menu": "Mekong Insider\nHome  Business  Environment  Travel  Interviews\n\n",
    },
    "headline": {"plain": "The delta is sinking faster than the sea is rising\n\n"},
    "date": {"long": "March 3, 2026\n\n", "none": ""},
    "lead": {
        "X of institution told": "Hydrologist Le Anh Tuan of Can Tho University told Mekong "
        "Insider why the delta is sinking faster than the sea is rising.\n\n",
        "X, post of company, a company's line, spoke to": "Le Anh Tuan, head of research at "
        "Delta Water Partners, a consultancy backed by Dutch and Danish funds, spoke to Mekong "
        "Insider about the sinking delta.\n\n",
        "in an interview with, X, post at institution": "In an interview with Mekong Insider, "
        "Le Anh Tuan, a hydrologist at Can Tho University, explained why the delta is "
        "sinking.\n\n",
        "X of institution spoke with": "Le Anh Tuan of the Vietnam Academy for Water Resources "
        "spoke with Mekong Insider about the salt that reaches further upriver every dry "
        "season.\n\n",
    },
    "byline": {"by": "By Mai Tran\n\n§", "bare": "Mai Tran\n\n§"},
    "question": {"Q:": "Q: ", "Question:": "Question: "},
    "answer": {"A:": "A: ", "Answer:": "Answer: "},
}
LG_RU_WRITER, LG_RU_GUEST = "Анна Черепанова", "Ирина Воронцова"
LG_RU_QS = (
    "Сколько птиц зимует в заповеднике?",
    "Что изменилось за последние годы?",
    "Кто оплачивает учёт птиц?",
    "Спасибо за беседу.",
)
LG_RU_AS = (
    "Около двадцати тысяч, в основном утки и лебеди. В тёплые зимы заметно больше.",
    "Зимы стали мягче, и часть птиц вообще не улетает на юг, остаётся в дельте.",
    "Заповедник и грант фонда, но волонтёров становится больше с каждым годом.",
    "Спасибо вам.",
)
LG_RU_PARTS: dict[str, Part] = {
    "header": {"masthead": "Известия\n\n", "masthead+menu": RU_PARTS["header"]["masthead+menu"]},
    "headline": {"quote": "«Часть птиц уже не улетает на юг»\n\n"},
    "date": {"long": "18 января 2026, 00:01\n\n", "none": ""},
    "lead": {
        "X работает … Мы поговорили с ней": "Ирина Воронцова работает орнитологом в "
        "Астраханском заповеднике двадцать лет. Мы поговорили с ней о том, как меняется "
        "зимовка птиц.\n\n",
        "post X … расспросили её": "Орнитолог Ирина Воронцова двадцать лет считает птиц в "
        "дельте Волги. «Известия» расспросили её о том, как меняется зимовка.\n\n",
    },
    "byline": {"bare": "Анна Черепанова\n\n§", "Текст:": "Текст: Анна Черепанова\n\n§"},
    "question": {"dash": "— ", "Вопрос:": "Вопрос: "},
    "answer": {"dash": "— ", "Ответ:": "Ответ: "},
}


def _words(s: str, n: int, last: bool = False) -> str:
    w = s.split()
    return s if len(w) <= n else " ".join(w[-n:] if last else w[:n])


def _page(parts: Part, qs: tuple[str, ...], as_: tuple[str, ...], writer: str | None, guest: str):
    byline = parts["byline"]
    if byline.startswith("~"):
        # A byline that names no single asker: bare or no labels are nobody's, an outlet's
        # label stays the outlet ("Укрінформ:", «Известия»: as "Известия", "The Kyiv Monitor:"
        # as "Kyiv Monitor").
        byline = byline[1:]
        # (unless the lead names the one journalist who talked: check AF)
        if f"{writer} of" not in parts["lead"] and f"s {writer} sat" not in parts["lead"]:
            writer = None
            label = parts["question"].strip().rstrip(":").strip("«»")
            if label and label not in ("Q", "Question", "Вопрос", "Запитання", "—"):
                writer = label.removeprefix("The ")
                # (a capitals label that writes the outlet's name out speaks as that name:
                # "UKRINFORM:" as "Ukrinform"; initials, "TKM:", stay as written)
                if writer.isupper() and len(writer) > 4 and _news_outlet(writer):
                    writer = writer.title()
    top, end = byline.split("§")
    head = "".join(v for k, v in parts.items() if k not in ("byline", "lead", "question", "answer"))
    # ("^": the credit under the lead, right over the first question)
    text = head + top + parts["lead"] if not top.startswith("^") else head + parts["lead"] + top[1:]
    gold: Gold = []
    if parts["question"]:  # a labelled page's lead is one `other` turn
        gold.append(["other", None, _words(parts["lead"], 3), _words(parts["lead"], 2, True)])
    for i, (q, a) in enumerate(zip(qs, as_, strict=True)):
        text += f"{parts['question']}{q}\n\n{parts['answer']}{a}\n\n"
        last = i == len(qs) - 1
        gold.append(["other" if last else "question", writer, _words(q, 3), _words(q, 2, True)])
        gold.append(["answer", guest, _words(a, 3), _words(a, 2, True)])
    return text + end + "\nTags: grain, ports, archives\n", gold


def _combos(spec: dict[str, Part], step: int) -> Iterator[Part]:
    keys = list(spec)
    for n, values in enumerate(itertools.product(*(list(spec[k]) for k in keys))):
        chosen = dict(zip(keys, values, strict=True))
        # plain questions go with plain answers, dashes with dashes, labels with labels
        plain_q = chosen["question"] in ("plain", "dash")
        if plain_q != (chosen["answer"] in ("plain", "dash")):
            continue
        if (
            "dash" in (chosen["question"], chosen["answer"])
            and chosen["question"] != chosen["answer"]
        ):
            continue
        if n % step == 0:
            yield chosen


def run(name: str, spec: dict[str, Part], build: Callable[[Part], tuple[str, Gold]], step: int):
    pipe = build_pipeline(["metadata", "sentences", "turns"])
    stats: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    pages = q_bad = a_bad = 0
    failures = []
    for chosen in _combos(spec, step):
        text, gold = build({k: spec[k][v] for k, v in chosen.items()})
        doc = pipe(read_text(text, source=f"{name}.txt"))
        errors = score_turns(doc, gold).errors
        writer, guest = gold[-2][1], gold[-1][1]
        # (by the wanted speaker: a byline that names no asker wants None)
        q_fail = any("speaker" in e and e.endswith(f"want {writer!r}") for e in errors)
        a_fail = any("speaker" in e and e.endswith(f"want {guest!r}") for e in errors)
        pages += 1
        q_bad += q_fail
        a_bad += a_fail
        for k, v in chosen.items():
            stats[(k, v)][0] += 1
            stats[(k, v)][1] += q_fail
            stats[(k, v)][2] += a_fail
        if q_fail or a_fail:
            failures.append((chosen, errors[:2]))
    print(
        f"{name}: {pages} pages, asker wrong on {q_bad / pages:.1%}, "
        f"answerer wrong on {a_bad / pages:.1%}"
    )
    for (k, v), (n, qb, ab) in sorted(stats.items()):
        print(
            f"  {k:9s} {v:24s} pages {n:4d}  asker wrong {qb / n:6.1%}  "
            f"answerer wrong {ab / n:6.1%}"
        )
    return failures


def main() -> None:
    step = int(sys.argv[sys.argv.index("--step") + 1]) if "--step" in sys.argv else 7
    cyrillic_only = "--cyrillic" in sys.argv  # (the Russian and Ukrainian sets alone)
    if "--lead-guests" in sys.argv:  # (the lead-guest sets alone)
        run(
            "english, lead guest",
            LG_EN_PARTS,
            lambda p: _page(p, LG_EN_QS, LG_EN_AS, LG_EN_WRITER, LG_EN_GUEST),
            1,
        )
        run(
            "russian, lead guest",
            LG_RU_PARTS,
            lambda p: _page(p, LG_RU_QS, LG_RU_AS, LG_RU_WRITER, LG_RU_GUEST),
            1,
        )
        return
    failures = (
        []
        if cyrillic_only
        else run(
            "english",
            EN_PARTS,
            lambda p: _page(p, EN_QS, EN_AS, EN_WRITER, EN_GUEST),
            step,
        )
    )
    if not cyrillic_only:
        failures += run(
            "english, The outlet",
            EN_THE_PARTS,
            lambda p: _page(p, EN_QS, EN_AS, EN_WRITER, EN_GUEST),
            step,
        )
    failures += run(
        "russian",
        RU_PARTS,
        lambda p: _page(p, RU_QS, RU_AS, RU_WRITER, RU_GUEST),
        step,
    )
    failures += run(
        "russian, Лайф",
        RU_LIFE_PARTS,
        lambda p: _page(p, RU_QS, RU_AS, RU_WRITER, RU_GUEST),
        step,
    )
    failures += run(
        "russian, РГ",
        RU_RG_PARTS,
        lambda p: _page(p, RU_QS, RU_AS, RU_WRITER, RU_GUEST),
        step,
    )
    for guest, forms in UK_GUESTS.items():
        failures += run(
            f"ukrainian, {guest}",
            _uk_parts(forms),
            lambda p, g=guest: _page(p, UK_QS, UK_AS, UK_WRITER, g),
            step,
        )
    if not cyrillic_only:
        failures += run(
            "english, lead guest",
            LG_EN_PARTS,
            lambda p: _page(p, LG_EN_QS, LG_EN_AS, LG_EN_WRITER, LG_EN_GUEST),
            1,
        )
    failures += run(
        "russian, lead guest",
        LG_RU_PARTS,
        lambda p: _page(p, LG_RU_QS, LG_RU_AS, LG_RU_WRITER, LG_RU_GUEST),
        1,
    )
    if "--verbose" in sys.argv:
        for chosen, errors in failures[:80]:
            print(chosen, errors)


# (check AG) The byline as publishers' templates set it: a cue word or field with the name on
# its line or on the next one, a name with its post by the date line, the date apart or relative,
# composed with the header, date, lead and label parts above.
EN_TEMPLATE_PARTS: dict[str, Part] = {
    "header": {k: EN_PARTS["header"][k] for k in ("masthead+menu", "menu+section")},
    "headline": {"plain": EN_PARTS["headline"]["plain"]},
    "date": {k: EN_PARTS["date"][k] for k in ("long", "none")},
    "lead": {k: EN_PARTS["lead"][k] for k in ("told", "interview with", "spoke to")},
    "byline": {
        "published/ago/on/date/By/name": "Published\n2 days ago\n on\nJanuary 21, 2026\nBy\n"
        "Olha Bondar\n\n§",
        "By (own line) / name": "By\nOlha Bondar\n\n§",
        "author of the article: / name": "Author of the article:\nOlha Bondar\n"
        "Published Jan 21, 2026  •  Last updated Jan 21, 2026  •  4 minute read\n\n§",
        "interview by: / name": "Interview by:\nOlha Bondar\n\n§",
        "written by NAME on DATE": "Written by Olha Bondar on January 21, 2026\n\n§",
        "words by NAME": "Words by Olha Bondar\n\n§",
        "By NAME Desk Bureau": "By Olha Bondar Kyiv Bureau\n\n§",
        "name · post / date": "Olha Bondar  ·  Energy Reporter\n"
        "Published: Jan 21, 2026 at 5:30 a.m.  |  Updated: Jan 21, 2026 at 9:12 a.m.\n\n§",
        "By NAME / relative date": "By Olha Bondar\n3 hours ago\n\n§",
        "name / blank / date": "Olha Bondar\n\nJanuary 21, 2026\n\n§",
        "two writers, cue alone": "~Author of the article:\nOlha Bondar and Pavlo Huz\n\n§",
    },
    "question": {k: EN_PARTS["question"][k] for k in ("Q:", "Question:", "outlet:", "plain")},
    "answer": {k: EN_PARTS["answer"][k] for k in ("A:", "surname:", "plain")},
}


def main_templates() -> None:
    """The byline-template part alone (``--templates``), every combination by default."""
    step = int(sys.argv[sys.argv.index("--step") + 1]) if "--step" in sys.argv else 1
    failures = run(
        "english, byline template",
        EN_TEMPLATE_PARTS,
        lambda p: _page(p, EN_QS, EN_AS, EN_WRITER, EN_GUEST),
        step,
    )
    if "--verbose" in sys.argv:
        for chosen, errors in failures[:80]:
            print(chosen, errors)


if __name__ == "__main__":
    main_templates() if "--templates" in sys.argv else main()
