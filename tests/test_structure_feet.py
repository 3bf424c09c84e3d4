"""The learned page-foot tagger (structure/feet.py): the page's foot swallowed into the last turn
is cut off it, real answer text stays; the shipped model, its card, and its reproduction."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from rhetoscope.structure import feet
from rhetoscope.structure.turns import analyse

ROOT = Path(__file__).resolve().parents[1]
CARD = feet.MODEL_PATH.with_suffix(".json")
TRAINING = ROOT / "training" / "structure" / "train_feet.py"


def _training():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_feet", TRAINING)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_feet"] = module
    spec.loader.exec_module(module)
    return module


EN_NEWSLETTER = """Harbour dredging to start in spring, port chief says

By Tom Allen

The port authority's chief executive spoke to the Riverside Courier about the dredging plan.

Q: When does the work start?

A: In March, once the herring season is over. We cannot dredge while the boats are out.

Q: Who pays for it?

A: The state pays two thirds and we pay the rest from berth fees. Nobody in town pays more.

The fees were last raised in 2019, and we will not raise them again for this.

Sign up for the Courier's morning newsletter and get the day's top stories in your inbox.

Follow us on Facebook and Instagram for more local news.

© 2025 Riverside Courier Media. All rights reserved.
"""

EN_CREDIT = """The mayor on the new tram line

Q: Why a tram and not buses?

A: Because a tram carries three times as many people for the same driver, and it lasts forty years.

Q: What about the shops on Mill Street?

A: They will get a grant for every month the street is closed. We have set aside two million for it.

And the work will be done in sections, so no shop is closed for more than six weeks.

Anna Keller is a staff reporter covering city hall. Reach her at akeller@citydaily.example.

Related: Council approves tram budget after six-hour meeting
"""

RU_SUBSCRIBE = """Глава района о ремонте дорог

Вопрос: Когда начнётся ремонт улицы Ленина?

Ответ: В мае, как только позволит погода. Подрядчик уже выбран, деньги выделены.

Вопрос: Сколько это будет стоить?

Ответ: Около сорока миллионов рублей. Половину даёт область, остальное — район.

Мы будем следить за качеством, и жители смогут позвонить на горячую линию.

Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости района.

Фото: пресс-служба администрации района

© 2025 «Районные вести». Все права защищены. При копировании ссылка обязательна.
"""

UK_SUPPORT = """Директорка бібліотеки про нову читальню

Питання: Для кого ця читальня?

Відповідь: Для всіх, але насамперед для школярів, яким немає де робити уроки після занять.

Питання: Що там буде?

Відповідь: Сорок місць, кава, настільні ігри і, звісно, книжки. Відкриваємося першого вересня.

Ми чекаємо на всіх, хто любить читати.

Підтримайте незалежну місцеву журналістику — станьте нашим патроном.

Читайте також: Як у місті змінилися ціни на оренду житла

Фото: Олена Коваль
"""

EN_KEEP = """The coach after the final

Q: What did you tell the players at half-time?

A: To keep the ball. We were chasing shadows for forty minutes and they were tired of it.

Q: And the winning goal?

A: A training-ground move. We have practised it every Thursday since August.

I am proud of every one of them, and I will remember this night for the rest of my life.
"""

RU_KEEP = """Ветеран о школе

Вопрос: Что вы помните о первом дне в школе?

Ответ: Деревянные парты и учительницу, Марию Петровну. Она была строгой, но справедливой.

Вопрос: Что бы вы сказали нынешним школьникам?

Ответ: Учитесь, пока есть возможность. Нам её не дали: началась война.

Я пошёл работать на завод в четырнадцать лет и доучивался уже взрослым, по вечерам.
"""

EN_PHOTO = (
    EN_KEEP
    + """
Photograph by Jenna Ross for the Valley Ledger

Share this article
"""
)

EN_TIP = (
    EN_KEEP
    + """
Got a tip? Email newsroom@valleyledger.example or message us on Signal.

Copyright 2025 Valley Ledger
"""
)

RU_MORE = (
    RU_KEEP
    + """
Автор снимков — Иван Петров

Больше интервью — в нашем разделе «Люди».
"""
)

UK_MORE = """Директорка бібліотеки про нову читальню

Питання: Для кого ця читальня?

Відповідь: Для всіх, але насамперед для школярів, яким немає де робити уроки після занять.

Питання: Що там буде?

Відповідь: Сорок місць, кава, настільні ігри і, звісно, книжки. Відкриваємося першого вересня.

Ми чекаємо на всіх, хто любить читати.

Автор світлин — Андрій Мельник

Більше інтерв'ю — у нашій рубриці «Люди міста».
"""

EN_THANKS = """The coach after the final

Q: What did you tell the players at half-time?

A: To keep the ball. We were chasing shadows for forty minutes and they were tired of it.

Q: Anything for the fans?

A: Thank you. You were louder than the whole other stand.

See you all at the parade on Sunday, and bring your scarves.
"""

# (page, the last turn's last words once the page's foot is cut off it; the rules alone leave
# the foot of en_newsletter, en_photo, en_tip, ru_more and uk_more in the last answer)
CASES = [
    ("en_newsletter", EN_NEWSLETTER, "raise them again for this."),
    ("en_credit", EN_CREDIT, "more than six weeks."),
    ("ru_subscribe", RU_SUBSCRIBE, "позвонить на горячую линию."),
    ("uk_support", UK_SUPPORT, "хто любить читати."),
    ("en_photo", EN_PHOTO, "for the rest of my life."),
    ("en_tip", EN_TIP, "for the rest of my life."),
    # (a rubric pointer the tagger reads just under the threshold: the session-31 refit on
    # 6,024 pages raised the threshold to 0.93, the lowest that cuts no gold last turn)
    pytest.param(
        "ru_more",
        RU_MORE,
        "взрослым, по вечерам.",
        marks=pytest.mark.xfail(strict=True, reason="below the threshold"),
    ),
    pytest.param(
        "uk_more",
        UK_MORE,
        "хто любить читати.",
        marks=pytest.mark.xfail(strict=True, reason="below the threshold"),
    ),
    # the last answer's closing paragraph is the speaker's: it stays
    ("en_keep", EN_KEEP, "for the rest of my life."),
    ("en_thanks", EN_THANKS, "bring your scarves."),
    ("ru_keep", RU_KEEP, "взрослым, по вечерам."),
]


@pytest.mark.parametrize(
    ("page", "text", "last_words"),
    CASES,
    ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES],
)
def test_last_answer_ends_where_it_should(page: str, text: str, last_words: str) -> None:
    turns = analyse(text).turns
    assert turns, page
    last = turns[-1]
    assert last.label == "answer"
    # (the turns stage applies the tagger to the rules' last turn)
    assert text[last.start : last.end].endswith(last_words), text[last.start : last.end][-80:]


def test_never_the_first_paragraph_nor_a_question_mark() -> None:
    text = "Q: Follow us on Facebook?\n\nSign up for our newsletter?\n\n© 2025 Courier."
    # one paragraph: nothing to cut
    assert feet.foot_cut(text, 3, 25) == 25
    # a question's closing "?" paragraph stays, and the walk stops there
    end = len(text.rstrip())
    assert feet.foot_cut(text, 3, end, question=True, threshold=0.0) == text.index("?\n\n©") + 1
    # and the turn's first paragraph is never cut
    assert feet.foot_cut(text, 3, end, threshold=0.0) == 25


def test_a_stage_direction_in_the_tail_keeps_it() -> None:
    text = "A: We will see.\n\n(APPLAUSE)\n\nFollow us on Facebook.\n\n© 2025 Courier."
    end = len(text.rstrip())
    assert feet.foot_cut(text, 3, end, threshold=0.0) == text.index("\n\n(APPLAUSE)")
    at = text.index("(APPLAUSE)")
    assert feet.foot_cut(text, 3, end, threshold=0.0, directions=[(at, at + 10)]) == end


def test_card_belongs_to_the_shipped_model() -> None:
    card = json.loads(CARD.read_text(encoding="utf-8"))
    assert card["model_sha256"] == hashlib.sha256(feet.MODEL_PATH.read_bytes()).hexdigest()
    model = feet.model()
    assert model is not None
    assert model.weights.shape == (card["buckets"],)
    assert model.threshold == pytest.approx(card["threshold"])
    cv = card["cv"]
    # held out: at the shipped threshold almost no gold last turn of a fixture is cut
    assert cv["by_threshold"][str(card["threshold"])]["gold_last_turns_cut_wrong"] <= 2


def test_model_was_fitted_on_the_fixtures_of_today_and_refits_the_same() -> None:
    training = _training()
    data = training.pages()
    assert training.examples_sha256(data) == json.loads(CARD.read_text())["examples_sha256"], (
        "the transcript fixtures changed since the page-foot tagger was fitted: run "
        "`python training/structure/train_feet.py final` and commit the model and card"
    )
    model = training.fit(data)
    shipped = feet.model()
    assert shipped is not None
    np.testing.assert_allclose(model.weights, shipped.weights, atol=2e-2)
    assert model.bias == pytest.approx(shipped.bias, abs=1e-3)
