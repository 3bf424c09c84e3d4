"""Check N (batch TB TC): an office's body noun before a name, a three-letter intertitle, a
bio box headed by a plain name, a broadcast slot and a campaign imprint under the closing
thanks, a "Picture:" credit under the caption over the lead."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


OFFICE_BODY = """Odesa opens a new bomb shelter for its hospital

Iryna Kovalenko
03.03.2026 09:40

The port city keeps building shelters under its hospitals. Head of the Regional State \
Administration Ivan Fedorenko told Ukrinform how the work is paid for.

Ukrinform: Mr. Fedorenko, how many shelters are ready?

Ivan Fedorenko: Eleven of them, and two more will open this spring.

Ukrinform: Who pays for them?

Ivan Fedorenko: The regional budget, with help from donors abroad.
"""

INTERTITLE = """Коммерсантъ

«Мы держим цены сколько можем»

Директор молокозавода Павел Смирнов рассказал «Ъ», как завод переживает рост затрат на \
корма и упаковку.

– Как изменились ваши затраты за год?

– Выросли почти на треть. Упаковка подорожала сильнее всего.

Газ

– Хватает ли вам мощностей котельной?

– Пока хватает, но зимой мы работаем на пределе.
"""

BIO_BOX = """Ведомости

Генеральный директор «Северной верфи» Олег Петров рассказал «Ведомостям», как верфь \
переживает нехватку кадров.

– Сколько людей вам не хватает?

– Около трехсот человек, в основном сварщиков.

– Что вы делаете, чтобы их найти?

– Открыли свой учебный центр. Первые выпускники придут осенью.

Олег Петров
Генеральный директор «Северной верфи»
Родился в 1975 г. в Архангельске.
"""

BROADCAST_SLOT = """The chancellor was asked about the budget on Sunday.

Anna Lowe: Chancellor, will taxes rise in the autumn?

Mark Deane: We have no plans to raise the main rates of tax, and I have said so before.

Anna Lowe: Sorry, that is not an answer. Yes or no?

Mark Deane: I am not going to write the budget on your programme, Anna.

Anna Lowe: What about borrowing? Will it go up?

Mark Deane: Borrowing will fall as a share of the economy by the end of this parliament.

Anna Lowe: Mark Deane, thank you very much for joining us.

Read more:
Budget row deepens as borrowing rises

The Sunday Show with Anna Lowe is broadcast live from 9.00am every Sunday on Channel Ten.
"""

IMPRINT = """The minister spoke to the programme on Friday morning.

TOM REED: Minister, when will the new trains run?

SARAH HOLT: The first will run in May, and the rest by the end of the year.

TOM REED: And what about the fares? Will they go up again?

SARAH HOLT: We have frozen them for this year, and we will look again next spring.

TOM REED: Some of your colleagues say the project is over budget. Is it?

SARAH HOLT: It is on budget, and I am confident we will deliver it.

TOM REED: Sarah Holt, thank you very much for joining us.

Share this page
Facebook
Email

Promoted by Leeds Central Labour Party. Printed by Sarah Holt MP, House of Commons, London \
SW1A 0AA.
"""

PICTURE_CREDIT = """Minister admits new rail line still 'years away'

By Henry Moore

12 February 2026, 08:14

Sarah Holt spoke to Tom Reed at Breakfast.
Picture: Radio Five

The transport minister has admitted the new line is still years away from opening.

Tom Reed: Minister, good morning. When will the line open?

Sarah Holt: Good morning, Tom. The first trains will run in 2029.

Tom Reed: And what will it cost?

Sarah Holt: Around four billion pounds, and we think that figure is robust.
"""


def _answers(ts: list[tuple[str, str | None, str]]) -> list[tuple[str | None, str]]:
    return [(sp, body) for role, sp, body in ts if role == "answer"]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        pytest.param(
            OFFICE_BODY,
            lambda ts: {sp for sp, _ in _answers(ts)} == {"Ivan Fedorenko"},
            id="office-body-noun-no-given-name",
        ),
        pytest.param(
            INTERTITLE,
            lambda ts: _answers(ts)[0][1].endswith("сильнее всего."),
            id="three-letter-intertitle",
        ),
        pytest.param(
            BIO_BOX,
            lambda ts: _answers(ts)[-1][1].endswith("придут осенью."),
            id="bio-box-plain-name-heading",
        ),
        pytest.param(
            BROADCAST_SLOT,
            lambda ts: (
                ts[-1][:2] == ("other", "Anna Lowe")
                and ts[-1][2] == "Mark Deane, thank you very much for joining us."
            ),
            id="broadcast-slot-line",
        ),
        pytest.param(
            IMPRINT,
            lambda ts: (
                ts[-1][:2] == ("other", "Tom Reed")
                and ts[-1][2] == "Sarah Holt, thank you very much for joining us."
            ),
            id="campaign-imprint",
        ),
        pytest.param(
            PICTURE_CREDIT,
            lambda ts: ts[0][0] == "other" and ts[0][2].startswith("The transport minister"),
            id="picture-credit-over-lead",
        ),
    ],
)
def test_check_n_layouts(text: str, check: object) -> None:
    ts = turns(text)
    assert callable(check)
    assert check(ts), ts
