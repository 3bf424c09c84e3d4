"""Label-less Russian/Ukrainian press interviews: plain questions with dashed answers (TASS),
dashes on both sides under a long lead (Ukrainska Pravda, RBC-Ukraine), plain paragraphs
(Suspilne); who asks from the byline, signature or "Розмову вела", who answers from the
headline "Post Given Surname: quote" or the lead's "поговорила з …"."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.header import _attested_surname, _nominative, _post_and_name

PIPELINE = build_pipeline(["metadata", "sentences", "turns"])

TASS = (
    "ТАСС\nИнтервью\n12 ноября 2025, 08:00\n"
    "Иван Петров: переговоры продолжатся\n\n"
    "Заместитель министра Иван Петров рассказал ТАСС о переговорах.\n\n"
    "Иван Николаевич, когда следующий раунд?\n\n— Сроки пока не определены.\n\n"
    "Мы готовы к продолжению.\n\nА место?\n\n— Пока не решено.\n\nКто войдет в делегацию?\n\n"
    "— Состав прежний.\n\nБеседовала Анна Смирнова\n"
)
LEAD = " ".join(["Учителі скаржаться на зарплати, батьки – на нестачу укриттів."] * 12)
UP = (
    "Українська правда\nГоловна › Інтерв’ю\nОлена Мартиненко — Вівторок, 11 листопада 2025, 05:30\n"
    "Міністр освіти Оксен Лісовий: «Ми не можемо втратити покоління»\n\n"
    f"{LEAD}\n\nМіністр освіти і науки Оксен Лісовий обіймає посаду з 2024 року.\n\n"
    "– Пане Оксене, почнімо з головного. Скільки дітей навчаються офлайн?\n\n"
    "– Більшість.\n\nНаша мета – щоб кожна дитина навчалася офлайн.\n\n"
    "– Але ж укриттів не вистачає.\n\n– Такі випадки є.\n\n– Коли підвищать зарплати?\n\n"
    "– Наступного року.\n\nОлена Мартиненко, УП\n"
)
SUSPILNE = (
    "Суспільне | Новини\nХарків\n13 листопада 2025, 18:20\n\n"
    "Як область готується до зими — про це Суспільне поговорило з головою Харківської обласної "
    "військової адміністрації Олегом Синєгубовим. Розмову вела журналістка Ірина Коваленко.\n\n"
    "Пане Олеже, як область пережила удари?\n\nСитуація складна. Чи вистачить? Так.\n\n"
    "Чи достатньо генераторів?\n\nТак.\n\nСкільки підземних шкіл запрацює?\n\nКілька.\n\n"
    "Читайте також\nСинєгубов: у Харківській області знеструмлення\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            TASS,
            [
                ("question", "Анна Смирнова", "Иван Николаевич, когда"),
                ("answer", "Иван Петров", "Сроки пока не определены.\n\nМы готовы к продолжению."),
                ("question", "Анна Смирнова", "А место?"),
                ("answer", "Иван Петров", "Пока не решено."),
                ("question", "Анна Смирнова", "Кто войдет в делегацию?"),
                ("answer", "Иван Петров", "Состав прежний."),
            ],
        ),
        (
            UP,
            [
                ("question", "Олена Мартиненко", "Пане Оксене"),
                ("answer", "Оксен Лісовий", "Більшість.\n\nНаша мета"),
                ("question", "Олена Мартиненко", "Але ж укриттів не вистачає."),
                ("answer", "Оксен Лісовий", "Такі випадки є."),
                ("question", "Олена Мартиненко", "Коли підвищать зарплати?"),
                ("answer", "Оксен Лісовий", "Наступного року."),
            ],
        ),
        (
            SUSPILNE,
            [
                ("question", "Ірина Коваленко", "Пане Олеже"),
                ("answer", "Олег Синєгубов", "Ситуація складна. Чи вистачить? Так."),
                ("question", "Ірина Коваленко", "Чи достатньо генераторів?"),
                ("answer", "Олег Синєгубов", "Так."),
                ("question", "Ірина Коваленко", "Скільки підземних шкіл запрацює?"),
                ("answer", "Олег Синєгубов", "Кілька."),
            ],
        ),
    ],
)
def test_labelless_press_interview(text: str, want: list[tuple[str, str, str]]) -> None:
    doc = PIPELINE(read_text(text))
    got = [(t.label, t.attrs["speaker"], doc.span_text(t)) for t in doc.layer("turns")]
    assert len(got) == len(want)
    for (label, speaker, body), (w_label, w_speaker, w_start) in zip(got, want, strict=True):
        assert (label, speaker) == (w_label, w_speaker)
        assert body.startswith(w_start)
        assert "Читайте" not in body and not body.startswith(("—", "–"))


@pytest.mark.parametrize(
    ("label", "rest", "want"),
    [
        (
            "Міністр освіти Оксен Лісовий",
            "Міністр освіти і науки Оксен Лісовий обіймає",
            "Оксен Лісовий",
        ),
        (
            "Заступник командувача ДШВ Олег Кравчук",
            "бригадний генерал Олег Кравчук.",
            "Олег Кравчук",
        ),
        ("Міністр освіти Оксен Лісовий", "Міністр пообіцяв підвищення.", None),  # not named again
        ("Голова Верховна Рада України", "Верховна Рада України ухвалила", None),  # a run's end
    ],
)
def test_post_and_name_headline(label: str, rest: str, want: str | None) -> None:
    name = _post_and_name(label, rest)
    assert (name.display() if name else None) == want


@pytest.mark.parametrize(
    ("word", "text", "want"),
    [
        ("Синєгубовим", "", "Синєгубов"),
        ("Лісовим", "Міністр освіти Оксен Лісовий: «…»", "Лісовий"),
        ("Путиным", "", "Путин"),
    ],
)
def test_instrumental_surname(word: str, text: str, want: str) -> None:
    assert _attested_surname(word, text) == want
    assert _nominative(word) == (want if not text else word[:-2])
