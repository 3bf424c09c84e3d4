"""Session 29 (ua2): a Rada stenogram's initials completed where two deputies share them, a
label taking up cut-off words after an ellipsis, and a label-less answer's closing paragraphs
over an intertitle."""

import pytest

from rhetoscope.structure.proposer import _answer_tails, page_lines
from structure_support import turn_rows

_HEAD = (
    "Стенограма пленарного засідання\n\n"
    "Веде засідання Голова Верховної Ради України СТЕФАНЧУК Р.О.\n\n"
)


def _steno(second: str) -> str:
    return (
        _HEAD
        + "ГОЛОВУЮЧИЙ. Олексій Гончаренко, будь ласка.\n\n"
        + "ГОНЧАРЕНКО О.О. (загальнодержавний багатомандатний виборчий округ, політична партія"
        ' "Європейська солідарність"). Дякую. Руслане Олексійовичу, я прошу 30 секунд. Колеги,'
        " ви зараз голосуєте за це.\n\n"
        + "ГОЛОВУЮЧИЙ. Олексію Олексійовичу, час. Дякую.\n\n"
        + f"ГОНЧАРЕНКО О.О. {second}\n\n"
        + "ГОЛОВУЮЧИЙ. Доповідач від комітету – Олександр Мережко. Будь ласка.\n\n"
        + "МЕРЕЖКО О.О. (загальнодержавний багатомандатний виборчий округ, політична партія"
        ' "Слуга народу"). Шановні колеги! Комітет рекомендує ратифікувати. Дякую.\n\n'
        + "ГОЛОВУЮЧИЙ. Дякую, Олександре Олександровичу. Прошу голосувати.\n"
    )


@pytest.mark.parametrize(
    ("second", "body"),
    [
        ("...ви будете за це відповідати!", "...ви будете за це відповідати!"),
        ("…ви будете за це відповідати!", "…ви будете за це відповідати!"),
        ("Ви будете за це відповідати!", "Ви будете за це відповідати!"),
    ],
)
def test_same_initials_named_and_ellipsis_label(second: str, body: str) -> None:
    rows = turn_rows(_steno(second))
    speakers = {r[1] for r in rows}
    assert "Олексій Гончаренко" in speakers
    assert "Олександр Мережко" in speakers
    assert not any(s and s.startswith("О.О.") for s in speakers)
    assert ("Олексій Гончаренко", body) in {(r[1], r[2]) for r in rows}
    assert ("Руслан Стефанчук", "Олексію Олексійовичу, час. Дякую.") in {(r[1], r[2]) for r in rows}


_LONG = "Частину ми вже відновили, люди повертаються, а частину доведеться зносити цього року."


@pytest.mark.parametrize(
    ("between", "expect"),
    [
        # an intertitle (and an ad's tag) before the next question: the prose is the answer's
        (["Реклама:", "Школи в метро"], ["a", "O", "O"]),
        (["Школи в метро"], ["a", "O"]),
        # no intertitle: left as the tagger reads it
        ([], []),
        # a caption with its credit is no speech
        (["Терехов на Салтівці під час огляду будинку, зруйнованого цієї зими. Фото: УП"], ["O"]),
    ],
)
def test_answer_tail_over_intertitle(between: list[str], expect: list[str]) -> None:
    paras = [
        "Скільки в Харкові зараз людей?",
        "За нашими даними – близько мільйона трьохсот тисяч людей.",
        _LONG,
        *between,
        "Скільки це коштує місту?",
        "Сорок мільйонів.",
    ]
    text = "\n\n".join(paras) + "\n"
    lines = page_lines(text, len(text))
    assert len(lines) == len(paras)
    tags = ["Q", "A", "O", *["O"] * len(between), "Q", "A"]
    out = _answer_tails(lines, tags)
    if between and expect[0] == "a":
        assert out[2] == "a"
        assert out[3 : 3 + len(between)] == ["O"] * len(between)
    else:
        assert out == tags
