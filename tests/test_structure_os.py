"""Blind batch OS: a Ukrainian "-ів" surname named in the lead's oblique "-ова"."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

_DASH = (
    "— Пане Андрію, коли завершиться ремонт колії?\n\n"
    "— За графіком — до кінця серпня. Підрядник працює у дві зміни.\n\n"
    "— Чи подорожчає проїзд?\n\n"
    "— Рішення ухвалює виконком, не підприємство. Але скажу чесно: собівартість зросла.\n"
)


@pytest.mark.parametrize(
    ("head", "answerer"),
    [
        # the caption writes the nominative "-ів": the lead's genitive "Барткова" is undone to it
        (
            "Суспільне Львів\n03 липня 2025, 11:23\nАліна Тищенко\n"
            "Андрій Бартків. Суспільне Львів\n"
            'Про ремонти Суспільне Львів розпитало директора ЛКП "Львівелектротранс" '
            "Андрія Барткова.\n\n",
            "Андрій Бартків",
        ),
        # no "-ів" form written: the Russian-style "-ов" stands
        (
            "Суспільне Львів\n03 липня 2025, 11:23\nАліна Тищенко\n"
            'Про ремонти Суспільне Львів розпитало директора ЛКП "Львівелектротранс" '
            "Андрія Барткова.\n\n",
            "Андрій Бартков",
        ),
    ],
)
def test_iv_surname_attested(head: str, answerer: str) -> None:
    doc = _PIPE(read_text(head + _DASH, source="t.txt"))
    answers = [t.attrs.get("speaker") for t in doc.layer("turns") if t.label == "answer"]
    assert answers and all(a == answerer for a in answers), answers
