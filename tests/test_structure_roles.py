"""Roles the page's layout decides: who the page introduces as host or interviewer asks, the
chair's housekeeping and a played clip are `other`, a briefer's words before any question are
statements (session 27, batch ZK–ZR, MH–MO)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

# A capitals wordmark over the section menu, then the lead's "interview with" the same name in
# mixed case: the outlet asks, no one interviewed.
MASTHEAD = """ADRIA INSIGHT
Politics   Economy   World   Opinion   Culture

INTERVIEW

Serbia's rail plans need more than loans: Analyst

by Ana Petrić and Ivo Marković
BELGRADE Mar 02, 2026 - 09:40 am

Dr. Milan Kostić speaks during an interview with Adria Insight, Belgrade, Serbia, Feb. 27, 2026.

Rail investment in Serbia has tripled in five years, according to Dr. Milan Kostić, an \
economist at the Institute for Transport Studies.

Adria Insight: How would you rate the new high-speed line a year on?

Kostić: Ridership is above forecasts. Freight is the weak part of the picture.

Adria Insight: Why is freight lagging?

Kostić: The border crossings. A train can wait six hours at a crossing.

Adria Insight: What should change first?

Kostić: Joint border controls, as on the Hungarian side.
"""

# Two co-hosts say their names in turn; the second one's prompts end on no "?".
CO_HOSTS = """Transcript: The Copper Shortage

By Nina Hale and Sam Ortiz

Nina Hale (00:00:05):
Hello and welcome to the Market Hours podcast. I'm Nina Hale.

Sam Ortiz (00:00:09):
And I'm Sam Ortiz.

Nina Hale (00:00:12):
Sam, copper keeps coming up. We're going to be speaking with Lena Brandt of Ferrum \
Metals. Lena, thanks so much for coming on Market Hours.

Lena Brandt (00:00:40):
Thanks for having me.

Sam Ortiz (00:00:44):
So why is copper so tight? Walk me through it like I know nothing, which is close.

Lena Brandt (00:00:58):
Mines take fifteen years to open, and the ore grades keep falling.

Nina Hale (00:01:30):
Is recycling any help?

Lena Brandt (00:01:36):
Some. Scrap is about a third of supply already.

Sam Ortiz (00:02:10):
So why not just open more mines? With prices this high it should pay.

Lena Brandt (00:02:20):
Permits. And the capital is huge.

Sam Ortiz (00:02:50):
Lena Brandt, thank you for coming on. That was great.

Lena Brandt (00:02:55):
Thank you both.
"""

# A podcast host's tease with its own questions, the guest named, then welcomed in a paragraph of
# its own: an opening, not a question.
TEASE = """THE POLICY HOUR

Transcript: Paul Grant Interviews Mei Lin

This is an edited transcript of an episode of "The Policy Hour."

Paul Grant: From the Ledger, this is "The Policy Hour."

Rents fell last year in most big cities. Is that supply? Is it migration? My guest today is \
Mei Lin, a housing economist who has mapped every new building since 2020. As always, write \
to us at policyhour@example.com.

Mei Lin, welcome to the show.

Mei Lin: Thanks for having me.

Paul Grant: So where did the new supply come from?

Mei Lin: Mostly mid-size buildings near transit.

Paul Grant: Will it last?

Mei Lin: Not at this pace.
"""

# A played clip between bracketed cues with the noun first: the clip's voice is `other`.
CLIP = """Weekly Dispatch

Tom Reilly: Welcome to the Dispatch. I'm Tom Reilly.

Last week the governor toured the new prison wing.

[Clip begins.]

Mara Hale: This wing is modern, it is humane, and it is on budget.

[Clip ends.]

Tom Reilly: My guest today sees it differently. Dana Cruz inspected that wing for the state \
in March. Dana, welcome to the Dispatch.

Dana Cruz: Thank you for having me.

Tom Reilly: What did you see?

Dana Cruz: Cells without ventilation, and no water after six.

Tom Reilly: Did you report it?

Dana Cruz: Twice, in writing.
"""

# A briefing's moderator hands the floor to the briefers; reporters ask under the role word.
BRIEFING_UK = """ДСНС України

Брифінг щодо лісових пожеж

Житомир, 2 серпня 2026

Модераторка: Добрий день, колеги. Сьогодні з нами речник ДСНС Петро Гнатюк та начальниця \
управління Ірина Мельник. Будь ласка, Петре.

Петро Гнатюк: Дякую. За добу ліквідовано 14 пожеж на площі 120 гектарів.

Ірина Мельник: До гасіння залучено 300 рятувальників і два літаки.

Модераторка: Переходимо до запитань.

Журналіст: Чи є загроза для населених пунктів?

Ірина Мельник: Наразі загрози немає.

Модераторка: Дякуємо, брифінг завершено.
"""

# A guest thanks the host who welcomed him and greets the co-host: an answer, no hand-over.
GREETED_BACK = """Sunday Forum

TOM BRYANT: Good morning and welcome to Sunday Forum. I'm Tom Bryant, along with Lisa Grant. \
Joining us is Port Director Hana Ito. Welcome.

HANA ITO: Thank you, Tom. Good morning, Lisa. Always great to be here.

LISA GRANT: Director, are the cranes finally running?

ITO: Three of four are. The last one needs a part from Finland.

BRYANT: When will it arrive?

ITO: By spring.

BRYANT: Hana Ito, thank you for joining us.

ITO: Thank you both.
"""

# The chair who opened the briefing restores order after a question broke off in crosstalk.
CROSSTALK = """EU agency briefing

ERIK LUND: Good morning, everybody, and welcome to Oslo. The Director will give you the \
figures and then we will open the floor. Pieter.

PIETER MAAS, EXECUTIVE DIRECTOR: Thank you, Erik. Arrivals fell by a third this year.

QUESTION: Why such a drop?

MAAS: Better cooperation with the transit countries.

QUESTION: But would you—

(CROSSTALK)

LUND: One at a time, please. Sofia, go on and then we go to the front row.

QUESTION: Would you send more officers?

MAAS: Yes, if asked.
"""

# A host opens an event with her own name and post, then welcomes its moderator by name.
EVENT = """POLICY CENTER

Event Transcript

JANE ROWE: Good morning. I'm Jane Rowe, president of the Policy Center, and welcome. Few \
issues unite both parties the way water does. Please welcome our moderator, the Center's \
water director, Omar Haddad.

OMAR HADDAD: Thank you, Jane. Senator Lee, why has the compact stalled?

SEN. ANN LEE: Because every state wants the other to cut first.

OMAR HADDAD: Senator Park, do you agree?

SEN. TOM PARK: Mostly. The lower basin has given more.
"""

# An announcer calls the panel onto the stage; the moderator opens the floor; a voice from it asks.
FLOOR = """Ideas Week 2026 · Session Transcript

Speaker 1 (00:00:02):
Ladies and gentlemen, please welcome to the stage Omar Diaz, Kim Sato and Leah Ford.

Leah Ford (00:00:12):
Thank you. Omar, is vertical farming finally cheap enough?

Omar Diaz (00:00:30):
For leafy greens, yes. For grains, not for decades.

Leah Ford (00:01:10):
Kim, what about energy?

Kim Sato (00:01:18):
Energy is the whole cost. Cheap solar changed the sums.

Leah Ford (00:02:00):
We have a few minutes for questions. There's a microphone at the front.

Speaker 4 (00:02:10):
Hi, I'm Ruth Moss, I run a school garden. How do kids get into this? It seems closed off.

Omar Diaz (00:02:25):
Visit a farm. We all started that way.

Leah Ford (00:02:40):
Please join me in thanking Omar and Kim.
"""

# A host greets the guest by name and remarks on her; she greets back and takes the remark up.
GREETING_REMARK = """Радіо Хвиля

Ведуча Марія Коваль поговорила в ефірі з організаторкою фестивалю Ольгою Лисенко.

Ведуча: Ольго, добрий вечір! Ви прийшли просто з репетиції, і у вас досі гітара за спиною.

Ольга Лисенко: Добрий вечір! Так, я навіть не встигла її залишити вдома.

Ведуча: Розкажіть, коли фестиваль.

Ольга Лисенко: Двадцятого липня, у парку біля озера.

Ведуча: Скільки буде сцен?

Ольга Лисенко: Три сцени і дитячий майданчик.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            MASTHEAD, ["other", "question", "answer", "question", "answer"], id="masthead"
        ),
        pytest.param(
            CO_HOSTS,
            [
                *("other", "other", "other", "answer", "question", "answer"),
                *("question", "answer", "question", "answer", "other", "answer"),
            ],
            id="co-hosts",
        ),
        pytest.param(TEASE, ["other", "other", "answer", "question", "answer"], id="tease"),
        pytest.param(CLIP, ["other", "other", "other", "answer", "question"], id="clip"),
        pytest.param(
            BRIEFING_UK,
            ["other", "statement", "statement", "other", "question", "answer", "other"],
            id="briefing-uk",
        ),
        pytest.param(GREETED_BACK, ["other", "answer", "question", "answer"], id="greeted-back"),
        pytest.param(
            CROSSTALK,
            ["other", "statement", "question", "answer", "question", "other", "question"],
            id="crosstalk",
        ),
        pytest.param(EVENT, ["other", "question", "answer", "question", "answer"], id="event"),
        pytest.param(
            FLOOR,
            ["other", "question", "answer", "question", "answer", "other", "question", "answer"],
            id="floor",
        ),
        pytest.param(
            GREETING_REMARK, ["other", "question", "answer", "question", "answer"], id="remark"
        ),
    ],
)
def test_roles(text: str, want: list[str]) -> None:
    turns = analyse(text).turns
    assert [t.label for t in turns][: len(want)] == want
