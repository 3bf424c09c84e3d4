# ruff: noqa: E501
"""Small cases for session 27's named-speaker mends: a toolbar row set in wide gaps over the
site's office is no holder; a possessive body's name joined by "of" owns the name after it; a
post's head noun after a rank ends the office; a label that is the tail of a fuller name after an
office takes that name; an abbreviated first given name ("Ma.") is kept; a Dutch paper's "De"
stays in its name; a Russian host's "-а" surname agrees in case with his given name; a
journalist's post before the outlet's name is no given name; a desk byline by the masthead's own
word is no person; an "EVENT HOST:" is a role; a host's welcome that hands the floor to someone
with a label of their own is not theirs."""

import pytest

from structure_support import turn_rows

_TOOLBAR = """Tweet   Email   Print
Governor of Ohio
News   Executive Orders   Contact

Monday, 9 March 2026
Transcript
Media availability – Dayton, Governor Mark Feldman and Director Ann Price

Governor: Good morning. Today we open the new bridge on Route 4, two months early.

Ann Price: Thank you, Governor. The bridge carries twenty thousand vehicles a day.

Reporter: Governor, the project ran over budget. Why should taxpayers accept that?

Governor: Because steel prices rose for every state. We finished early, and that saves money.

Reporter: Will tolls follow?

Governor: No tolls. Not on my watch.
"""

_POSSESSIVE = """The Courier
News  Business  Sport

Interview: Bank of Scotland's Helen Drummond on lending to small firms

By Callum Reid
March 3 2026, 7.00am

Bank of Scotland director Helen Drummond in Edinburgh.

Small firms say credit is harder to get than ever. We asked director Helen Drummond why.

**Is credit really tighter than before?**

For some sectors, yes. Hospitality has been hit hardest, and we have changed how we assess risk.

**What would you say to a café owner turned down last month?**

Come back and talk to us. A refusal is not the end of the conversation, and we review cases.

**Will rates fall this year?**

That is for the Bank of England, but we expect some relief by the autumn.
"""

_GENERAL_MANAGER = """Mayor Lena Park – media availability: Spring road repairs

Mayor Park: Good morning. Our crews start the spring repair blitz today.

City Engineering General Manager Paul Roth: Thank you, Mayor. We will fix every reported pothole within a week.

Reporter: Mayor, what will this cost?

Mayor Park: Four million dollars, already in the budget.

Reporter: Is a week realistic?

Paul Roth: It is ambitious, but with forty crews we believe we can do it.
"""

_DOUBLE_SURNAME = """Harbor Times

'We will be ready': Garcia Lopez on the storm season

By Dana Fields and Eric Moss
June 3, 2025

Port Authority Director Maria Garcia Lopez met with Times reporters to talk about the storm season. Here is an edited transcript.

Times: Are the docks ready for a major hurricane?

Garcia Lopez: Mostly. We replaced the cranes' tie-downs this spring and moved fuel away from the water.

Times: What still worries you?

Garcia Lopez: Staffing. We need more trained crews for the first forty-eight hours.

Times: Thank you.
"""

_ABBREVIATED_GIVEN = """PRESS BRIEFING OF SPOKESPERSON ASSISTANT SECRETARY MA. ELENA REYES
Press Room, Manila
March 2, 2026 (Monday), 10:00 A.M.

MODERATOR: Good morning. We are joined by Spokesperson, Assistant Secretary Ma. Elena Reyes.

ASEC. REYES: Thank you. Our embassy in Doha has reached all 12 crew members of the vessel.

MODERATOR: First question from Ana Cruz of DZRH.

ANA CRUZ/DZRH: Good morning, Asec. When will the crew come home?

ASEC. REYES: Within the week, once their papers are complete.

ANA CRUZ/DZRH: Thank you, Asec.
"""

_DUTCH_PAPER = """Prime Minister of Belgium

Press conference after the Council of Ministers

Friday 6 March 2026

The Prime Minister: Good afternoon. The government has agreed on the budget.

Journalist (VRT): Will taxes rise?

The Prime Minister: No. Spending will fall instead.

Journalist (De Morgen): And will the unions accept that?

The Prime Minister: We will talk to them next week.
"""

_RU_HOST = """Радио Вести
Эфир   Программы   Новости

Минпромторг объяснил новые правила

МОСКВА, 3 дек — Радио Вести. Замминистра Олег Петров в эфире ответил на вопросы ведущего Андрея Шмыги о том, как изменятся правила.

Ведущий: Олег Иванович, здравствуйте. Что изменится с марта?

Петров: Здравствуйте. Правила станут проще для небольших магазинов.

Ведущий: А цены вырастут?

Петров: Нет, расходы на маркировку невелики.

Ведущий: Спасибо.
"""

_OUTLET_JOURNALIST = """Ukraïner
Експедиції   Історії   Відео

Останні гончарі Опішні

12 жовтня 2025

У Опішні родина Гребенюків уже четверте покоління робить глиняний посуд. Журналіст Ukraїner Андрій Мороз розпитав майстра про глину, випал і учнів.

Ukrainer: Як ви почали працювати з глиною?

Степан Гребенюк: Від батька. Він ліпив глечики, а я замішував глину.

Ukrainer: Чи є у вас учні?

Степан Гребенюк: Троє. Але терпіння мають не всі.
"""

_DESK_BYLINE = """DAILY NATION
News   Business   Sports

Q&A with KPA managing director John Mwangi on Mombasa port delays

Saturday, November 22, 2025

By Nation Reporter

Mombasa. Ship waiting times at the port have fallen, the Kenya Ports Authority says. We spoke to its managing director, Mr John Mwangi.

Q: Trucks still wait for days. What is going on?

A: The pressure has moved to the roads. We are building a new truck park outside the gate.

Q: When will it open?

A: By March, with space for four hundred trucks.
"""

_EVENT_HOST = """Cato Institute
Policy Forum

Featuring
Dana Whitfield
Director of Trade Studies, Cato Institute
Moderator
Ravi Menon
Policy Analyst, Cato Institute

TRANSCRIPT

EVENT HOST: Good afternoon, and welcome. Please silence your phones. Now please welcome our moderator, Ravi Menon.

RAVI MENON: Thanks, everyone. Dana, why are tariffs back?

DANA WHITFIELD: Politics, mostly. Tariffs are popular in the places that decide elections.

RAVI MENON: Will they last?

DANA WHITFIELD: Longer than the economists expect.
"""

_HOST_HANDS_OVER = """Center for Energy Policy
Seminar

Speakers
Dr. Lena Ortiz, Fellow, Energy Program
Chair: Professor Ama Boateng-Reid

Transcript

HOST: Good afternoon, and welcome. I'll hand it over to Professor Ama Boateng-Reid, who will chair today's session.

BOATENG-REID: Thank you all. Lena, is the grid ready for heat pumps?

ORTIZ: Not yet. The distribution networks need a decade of work.

BOATENG-REID: Who pays for it?

ORTIZ: Everyone, through their bills, unless the state steps in.
"""

CASES = [
    ("toolbar_over_office", _TOOLBAR, {"Good morning. Today": "Mark Feldman"}),
    ("possessive_of_body", _POSSESSIVE, {"For some sectors": "Helen Drummond"}),
    ("post_head_after_rank", _GENERAL_MANAGER, {"Thank you, Mayor.": "Paul Roth"}),
    ("label_tail_of_titled_name", _DOUBLE_SURNAME, {"Mostly.": "Maria Garcia Lopez"}),
    ("abbreviated_given", _ABBREVIATED_GIVEN, {"Thank you. Our embassy": "Ma. Elena Reyes"}),
    ("dutch_paper_article", _DUTCH_PAPER, {"And will the unions": "De Morgen"}),
    ("ru_host_surname_case", _RU_HOST, {"Олег Иванович": "Андрей Шмыга"}),
    ("journalist_before_outlet", _OUTLET_JOURNALIST, {"Як ви почали": "Андрій Мороз"}),
    ("masthead_desk_byline", _DESK_BYLINE, {"Trucks still wait": None}),
    ("event_host_role", _EVENT_HOST, {"Good afternoon, and welcome.": None}),
    ("host_hands_over", _HOST_HANDS_OVER, {"Good afternoon, and welcome.": None}),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_named_speakers(text: str, want: dict[str, str | None]) -> None:
    rows = turn_rows(text)
    for prefix, speaker in want.items():
        found = [sp for _, sp, body in rows if body.startswith(prefix)]
        assert found, (prefix, rows)
        assert found[0] == speaker, (prefix, rows)
