"""English print Q&A: Q-only statements, signed plain Q&A, outlet's journalist in the lead."""

import pytest

from rhetoscope.structure.dialogue import _lead_people_en
from rhetoscope.structure.turns import analyse

TOI = (
    "News / City News / Pune News / 'We will fix it': Minister Anil Rao\n\n"
    "'We will fix it': Minister Anil Rao\n\n"
    "PUNE: State minister Anil Rao says the tanker prices will be capped. Excerpts:\n\n"
    "Q: Why has the government not stepped in?\n\n"
    "We have stepped in. From this month, tanker prices are capped.\n\n"
    "Q: Last year too, the government announced a cap. It was never enforced.\n\n"
    "That is a fair criticism. This time the registration is online.\n\n"
    "Q: What can citizens do?\n\n"
    "Use water carefully, fix leaking taps, and do not waste it.\n"
)


def test_q_only_statement_question() -> None:
    got = [(t.label, t.attrs["speaker"]) for t in analyse(TOI).turns]
    assert [sp for lb, sp in got if lb == "answer"] == ["Anil Rao"] * 3
    assert [lb for lb, _ in got] == ["question", "answer"] * 3


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "Ilya Sorokin left Russia in 2022.\n\nMeduza’s Daria Kozlova spoke with Sorokin "
            "about budgets.",
            [("interview with", "Ilya Sorokin"), ("interview by", "Daria Kozlova")],
        ),
        (
            "Novaya Gazeta Europe\nInterviews\n\nNatalya Lebedeva served on a commission. "
            "She left in the summer. Novaya Gazeta Europe spoke to her about it.",
            [("interview with", "Natalya Lebedeva")],
        ),
    ],
)
def test_lead_people(lead: str, want: list[tuple[str, str]]) -> None:
    assert [(k, n.display()) for k, n in _lead_people_en(lead)] == want
