"""Round FN: Reddit threads, a synod's written questions, and a few page furniture rules."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (t.label, t.attrs.get("speaker"), text[t.start : t.end].split("\n")[0][:30])
        for t in analyse(text).turns
    ]


REDDIT = """r/IAmA

I'm Dr. Helena Vargas, a volcanologist. AMA! (self.IAmA)

submitted 9 hours ago by DrHelenaVargas [S]  Academic

Hi Reddit! I'm Helena Vargas. Ask me anything!

1,284 comments  share  save  hide  report

sorted by: best

[–] quietmagma 2,317 points 8 hours ago

How close have you been to flowing lava?

permalinksaveembedreportreply

    [–] DrHelenaVargas [S] 1,902 points 8 hours ago

    About three metres, with a heat suit.

    permalinksaveembedreportparentreply

[–] [deleted] 1,455 points 8 hours ago

Can scientists predict eruptions now?

permalinksaveembedreportreply

    [–] DrHelenaVargas [S] 1,210 points 7 hours ago

    It's a lot better than guesswork.

load more comments (214 replies)
"""

SYNOD = """Questions were taken, the Revd Canon Dr Miriam Okafor (Southwark) in the Chair.

THE CHAIR: Good evening, Synod. Question 1.

1. Mr Adrian Pell (Chichester) asked the Chair of the Council:

What assessment has the Council made of food banks?

The Bishop of Hexham (Rt Revd Dr Sarah Linton) replied as Chair of the Council:

The survey found that 2,940 parishes run a food bank.

Mr Adrian Pell (Chichester): Thank you, Bishop. Will you meet me?

The Bishop of Hexham (Rt Revd Dr Sarah Linton): Yes, gladly.

THE CHAIR: Thank you. That concludes Questions.

The Synod adjourned at 6.45 pm.

Download the full Report of Proceedings (PDF, 1.2 MB)
"""


def test_reddit_thread() -> None:
    got = _turns(REDDIT)
    assert [(label, who) for label, who, _ in got] == [
        ("statement", "Helena Vargas"),
        ("question", "quietmagma"),
        ("answer", "Helena Vargas"),
        ("question", None),
        ("answer", "Helena Vargas"),
    ]
    last = analyse(REDDIT).turns[-1]
    assert REDDIT[last.start : last.end].endswith("guesswork.")


def test_synod_questions() -> None:
    got = [(label, who) for label, who, _ in _turns(SYNOD)]
    assert got[-6:] == [
        ("other", "Miriam Okafor"),
        ("question", "Adrian Pell"),
        ("answer", "Sarah Linton"),
        ("question", "Adrian Pell"),
        ("answer", "Sarah Linton"),
        ("other", "Miriam Okafor"),
    ], got
    last = analyse(SYNOD).turns[-1]
    assert SYNOD[last.start : last.end].endswith("That concludes Questions.")


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("The Bishop of Hexham (Rt Revd Dr Sarah Linton)", "Sarah Linton"),
        ("The Prime Minister (Sir Keir Starmer)", "Keir Starmer"),
    ],
)
def test_holder_in_brackets(label: str, speaker: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.display() == speaker


@pytest.mark.parametrize(
    ("text", "last_words"),
    [
        # A Hansard interjection line is no part of the turn.
        (
            "Senator WHITFORD: Is it working?\n\nDr Ambrose: It is not.\n\n"
            "Senator WHITFORD: At no cost to the farmers who were—\n\n"
            "Senator Teale interjecting—\n\nSenator WHITFORD: Minister, please.\n\n"
            "Dr Ambrose: Yes.",
            "farmers who were—",
        ),
        # A Russian podcast's ad block between two markers.
        (
            "Михаил [00:00:08]\nПочему грипп возвращается?\n\nВера [00:00:17]\nПотому что "
            "он мутирует.\n\n— Реклама —\nЭтот выпуск выходит при поддержке сервиса.\n"
            "— Конец рекламы —\n\nМихаил [00:05:12]\nА прививка?\n\nВера [00:05:19]\nНужна.",
            "он мутирует.",
        ),
    ],
)
def test_turn_ends_before_furniture(text: str, last_words: str) -> None:
    ends = [text[t.start : t.end] for t in analyse(text).turns]
    assert any(e.endswith(last_words) for e in ends), ends
