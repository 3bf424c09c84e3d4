"""Role labels named by a page's key, stamped bold names, and a meeting record's closing lines."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def speakers(text: str) -> list[tuple[str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


ORAL = (
    "Voices of the Mill: An Oral History\n\n"
    "Narrator: Margaret Hollis\nInterviewer: Peter Lang\nDate of interview: 2 May 2018\n\n"
    "[00:00:04]\nINTERVIEWER: Margaret, where were you born?\n\n"
    "NARRATOR: In the mill cottages, in 1941. My father was a weaver there.\n\n"
    "INTERVIEWER: And when did you start at the mill?\n\n"
    "NARRATOR: At fifteen, in the spinning room, like everyone else on our street.\n"
)
FIRESIDE = (
    "Fireside chat: Building in public\n"
    "Ana Ruiz, CEO of Fieldnote, in conversation with Tom Baker\n\n"
    "**Tom Baker** (00:00:12)\nWelcome, Ana. What does building in public mean to you?\n\n"
    "**Ana Ruiz** (00:00:31)\nIt means showing the work before it is finished, every week.\n\n"
    "**Tom** (00:01:40)\nDoes that ever backfire?\n\n"
    "**Ana** (00:01:52)\nSometimes, but less often than keeping quiet does.\n\n"
    "**Tom Baker** (00:04:05)\nWhere do you draw the line?\n\n"
    "**Ana Ruiz** (00:04:20)\nAt anything that touches a customer's data.\n"
)
ASSEMBLY = (
    "Climate Assembly, Session 2\n\n"
    "Facilitator (Rachel Osei): Welcome back, everyone. Hamid, over to you.\n\n"
    "Dr Qureshi: Thank you, Rachel. Most of our emissions come from heating homes.\n\n"
    "Facilitator: Thanks, Hamid. Table 4, you had your hand up first.\n\n"
    "Member (Table 4, seat 2): What happens to people who rent?\n\n"
    "Dr Qureshi: The rules have to land on landlords, through minimum standards.\n"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (ORAL, ["Peter Lang", "Margaret Hollis", "Peter Lang", "Margaret Hollis"]),
        (FIRESIDE, ["Tom Baker", "Ana Ruiz"] * 3),
        (ASSEMBLY, ["Rachel Osei", "Dr Qureshi", "Rachel Osei", None, "Dr Qureshi"]),
    ],
    ids=["oral_history_key", "bold_stamped_names", "facilitator_and_member"],
)
def test_speakers(text: str, want: list[str | None]) -> None:
    got = [sp for sp, _ in speakers(text)]
    assert got[-len(want) :] == want


def test_key_lines_are_no_turns() -> None:
    assert not any(body.startswith("Margaret Hollis") for _, body in speakers(ORAL))


@pytest.mark.parametrize(
    ("footer", "last_words"),
    [
        (
            "Протокол вела: специалист администрации Е.Н. Фомина\n"
            "Опубликовано 14.10.2024 | Версия для печати",
            "спасибо всем.",
        ),
    ],
)
def test_meeting_record_footer(footer: str, last_words: str) -> None:
    text = (
        "СТЕНОГРАММА схода граждан\n\n"
        "Гордеев В.И.: Добрый вечер. Слово Ольге Сергеевне.\n\n"
        "Брагина О.С.: Спасибо. Работы начнутся в мае.\n\n"
        "Гордеев В.И.: Решение принято. Сход объявляю закрытым, спасибо всем.\n\n" + footer + "\n"
    )
    assert speakers(text)[-1][1].endswith(last_words)


def test_inverted_genitive_fio_completes_initials() -> None:
    text = (
        "ПРОТОКОЛ судебного заседания\n\n"
        "Рассматривается гражданское дело по иску Зуева Константина Игоревича к ООО «УК».\n\n"
        "Председательствующий: Истец, вы поддерживаете исковые требования?\n\n"
        "Истец Зуев К.И.: Да, поддерживаю в полном объёме.\n\n"
        "Председательствующий: Вы обращались в управляющую компанию?\n\n"
        "Истец Зуев К.И.: Трижды, письменно.\n"
    )
    assert [sp for sp, _ in speakers(text)][-1] == "Константин Зуев"
