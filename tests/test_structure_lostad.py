"""Check AF, batch YU–ZB: lost turns and roles on set AD (see docs/structure.md, Check AF).

Each case composes one layout property with independent parts (header shape × label style,
closing furniture × byline style, label office × question label) and asserts every turn's
role, speaker and the body's first and last words."""
# ruff: noqa: E501  (the case texts are pages, one paragraph a line)

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

# --- Who asks: "interview with <outlet's> <show> host NAME", "interview with NAME, <outlet>" ---

# A write-up's lead, the guest named only by office: the outlet's possessive, its show, the
# post, the host's name; full-name labels.
HOST_BY_POST_FULL_NAMES = """CTV News
Politics

'We will not trade them away': Freeland on dairy quotas, trade review

By CTVNews.ca Staff
Published: March 1, 2026 at 11:00AM EST

Share
Save

The finance minister says the dairy quotas are not on the table in the trade review, despite pressure from Washington.

The minister made the comments in an interview with CTV's Question Period host Vassy Kapelos, airing Sunday.

The following is a transcript of that interview. It has been edited for length and clarity.

Vassy Kapelos: Minister, thank you for joining us.

Chrystia Freeland: Thanks, Vassy. Nice to be here.

Vassy Kapelos: Will the dairy quotas be part of the review?

Chrystia Freeland: No. We have said that clearly to our American partners, and we will keep saying it.

Vassy Kapelos: What if Washington insists?

Chrystia Freeland: Then we will explain again why supply management matters to our farmers.
"""

# The same lead with a broadcaster's name before the post; surname labels in capitals.
ANCHOR_BY_POST_CAPS = """Home  |  News  |  Politics

Hunt on the energy price cap

The chancellor spoke about the energy price cap in an interview with Sky News anchor Kay Burley on Monday morning.

BURLEY: Chancellor, thanks for your time. The cap runs out in April. Will you extend the price cap into next winter?

HUNT: We will look at it closely before the autumn statement, as we always do.

BURLEY: So that is not a yes?

HUNT: It is not a no either. We will decide when we have the forecasts.
"""

# A minister's own transcript page: the holder over the header "interview with NAME, OUTLET";
# surname labels in capitals.
MINISTER_SITE_NAME_OUTLET = """Treasury Ministers
Home  |  Transcripts

The Hon Katy Gallagher
Minister for Finance

Transcript
Radio interview with Patricia Karvelas, ABC Radio National

3 March 2026

KARVELAS: Minister, is the deficit going to be bigger than forecast?

GALLAGHER: We will update the numbers in the budget, and I am not going to pre-empt that this morning.

KARVELAS: Are you ruling out new taxes?

GALLAGHER: We have been very clear about our priorities, and new taxes are not among them.
"""

# The same page shape under full-name labels and a television programme as the outlet.
MINISTER_SITE_NAME_SHOW = """The Hon Richard Marles MP
Deputy Prime Minister

Transcript
Television interview with David Speers, ABC Insiders

9 February 2026

David Speers: Deputy Prime Minister, when will the first submarine arrive?

Richard Marles: We are on track for the early 2030s, and the work in Adelaide is well under way.

David Speers: Is the cost still under control?

Richard Marles: The cost is what we said it would be, and we will keep reporting on it.
"""

# --- Closing furniture under the last answer ---

# A magazine's foot: the writer's bio, a box heading flush over its donation ask ending on the
# bare imperative, tags, copyright; labels in capitals with the surname.
MAGAZINE_FOOT_DONATE = """NATIONAL JOURNAL

The Grid Problem
By Helen Marsh
March 4, 2026

Grid operators warn that new load is arriving faster than new lines. Helen Marsh spoke with former FERC chair Daniel Cole about what can be done.

HELEN MARSH: Is the grid ready for the data centers?

DANIEL COLE: Not yet. The interconnection queue is five years long in some regions.

MARSH: What would you change first?

COLE: Permitting for transmission. Everything else follows from that.

HELEN MARSH is a senior writer at National Journal.

Before You Go
If you valued this piece, we have one small request. Donate Today

Tags: Energy   Grid
© 2026 National Journal
"""

# A podcast page's foot: the show's "subscribe wherever you get your podcasts", the share row,
# the members' pitch ending "Join today."; full-name labels.
PODCAST_FOOT_JOIN = """The Ledger
Transcript: What the Court Said About Tariffs

Maria Chen
Feb 2, 2026

Maria Chen: Welcome back to the show. Tom, thanks for coming on.

Tom Alvarez: Glad to be here.

Maria Chen: What happens to the refunds?

Tom Alvarez: Importers who protested are in good shape. Everyone else has a hard fight ahead.

Listen to The Ledger wherever you get your podcasts.

Share   Comment (12)

Ledger Members get full access to every transcript. Join today.
© 2026 The Ledger
"""

# A newsroom's call-out to readers under the Q&A, then the bio and the boilerplate with its
# sign-up; surname labels.
CALLOUT_FOOT = """Health Desk
Q&A: A Pharmacist on Drug Shortages

by Aaron Webb
May 2, 2026

Drug shortages have doubled since 2022. We asked pharmacist Lena Ortiz what patients should do. This conversation has been edited for length and clarity.
Aaron Webb: What should patients do when a drug is out of stock?

Lena Ortiz: Call ahead, and ask your doctor about an equivalent before you run out.

Webb: Are shortages getting worse?

Ortiz: Yes. Sterile injectables are the worst, because so few plants make them.

Are you a pharmacist or a patient affected by a shortage? We want to hear from you. Contact Aaron Webb at aaron.webb@example.org.

Aaron Webb is a reporter at Health Desk covering drug pricing.

Health Desk is a nonprofit newsroom. Sign up to receive our biggest stories as soon as they're published.
"""

# A paper's foot: the writer's address, the stamp "Originally Published:", a photo caption
# closed by its bracketed credit, the topics; outlet-and-surname labels.
PAPER_FOOT_CAPTION = """Metro Daily
TRANSIT

Transit chief: 'We bought time'

By Ana Ruiz | Metro Daily
UPDATED: May 5, 2026 at 6:05 AM CDT

The region's transit agencies still face a gap of $200 million. Their new chief, Jordan Ellis, sat down with the Daily to talk about it. This interview has been edited for length and clarity.
Daily: Was the state money enough?

Ellis: It kept the trains running. It did not let us plan.

Daily: What does success look like?

Ellis: One fare, one map, one app, and a bus that shows up.

aruiz@metrodaily.com

Originally Published: May 5, 2026 at 5:00 AM CDT

Jordan Ellis, the authority's executive director, speaks at a board meeting on April 2, 2026. (Daily file photo)

Topics: Transit, Budget
"""

# A comments box's house rules under the last answer, then the site's copyright; the outlet's initials and the surname as labels.
COMMENTS_RULES_FOOT = """Island Times
Business

Minister on chip exports

Economy Minister Lin Wei-ting spoke to the Island Times about export controls and power supply.

TR: How worried are you about export controls?

Lin: We are watching them closely and talking to Washington every week.

TR: Can the grid support new plants?

Lin: It can, with planning. We are adding capacity in the south and asking new plants to bring storage.

This interview has been edited for length and clarity.

Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive language or personal attacks of any kind will be removed and the user banned. Final decision will be at the discretion of the Island Times.

Copyright © 2026 The Island Times. All rights reserved.
"""

# --- An office's slashed acronyms before the surname; a release page's foot ---

# The EEAS's "HR/VP" label after an opening statement; "Q." questions.
SLASHED_OFFICE_Q_DOT = """European External Action Service

Press remarks by High Representative/Vice-President Kaja Kallas after the Foreign Affairs Council

Brussels, 12.03.2026

HR/VP Kallas: Good afternoon. Ministers agreed today to extend the mission for another year and to add two ships to it.

Q. Which Member States will send the ships?

HR/VP Kallas: I will not name them before they announce it themselves.

Q. Is the money there?

HR/VP Kallas: For this year, yes. For next year we need a decision in autumn.
"""

# A ministry's "SG/HR" style under "Question:" labels, over a release page's foot: the
# officers' slashed sign-off, the record row and the language row.
SLASHED_OFFICE_RELEASE_FOOT = """Press Information Bureau
Ministry of Home Affairs

Briefing by Union Home Secretary Rakesh Menon on border fencing

Posted On: 10 MAR 2026 5:10PM by PIB Delhi

HS/GOI Menon: Good evening. The fencing on the eastern border is now eighty per cent complete.

Question: When will the rest be done?

HS/GOI Menon: By the end of next year, if the land is handed over in time. Thank you all.

****

Rakesh Sharma/Anil Kumar

(Release ID: 2210001)   Visitor Counter : 512
Read this release in: Hindi , Urdu , Bengali
"""

# A ministry's Ukrainian briefing page: the last answer, the tags and share row, then the press
# office's contact line and the copyright.
PRESS_CONTACT_FOOT = """Міністерство освіти і науки України

Брифінг щодо вступної кампанії

Оксен Лісовий: Добрий день. Сьогодні ми оголошуємо правила вступу на наступний рік.

Запитання: Чи зміниться кількість бюджетних місць?

Оксен Лісовий: Лише там, де є попит. Безпека дітей — на першому місці. Дякую.

Теги: НМТ, вступ
Поширити:  Facebook  Telegram

Контакти для ЗМІ: press@mon.gov.ua
© 2026 Міністерство освіти і науки України
"""

# --- Where the introduction starts ---

# A broadcaster's page: the show's blurb run into the transcript notice is the page's; the
# one-sentence deck under it is the introduction. Full-name labels.
SHOW_BLURB_NOTICE = """1News

Q+A: Nicola Willis interviewed by Jack Tame

Q+A is a current affairs show on TVNZ 1 every Sunday at 9am. This is a transcript of the interview; some errors may occur in transcription.

Finance Minister Nicola Willis says the Government will not borrow more to fund tax relief in the coming budget.
9:30am Apr 5, 2026
Share

Jack Tame: Minister, will there be tax cuts in this budget?

Nicola Willis: Not funded by borrowing. If there is room, it will come from savings.

Jack Tame: How much room is there?

Nicola Willis: Less than we hoped, because the growth numbers came in weak.
"""

# A magazine's dek set under the byline's date, over the audio player's row; the lead below is
# the introduction. Capitals labels with the full name, then surnames.
DEK_OVER_PLAYER_ROW = """THE WEEKLY STANDARD

The Reactor Question
By Anna Pryce
October 2, 2025 7:00 AM

A former regulator on why deadlines alone will not get reactors built.

Listen to this article   6 minutes

New licensing rules give regulators eighteen months to decide on reactor applications. Paul Greer, who served on the commission for five years, says that the clock is not the problem.
ANNA PRYCE: Is eighteen months realistic?

PAUL GREER: For a certified design, yes. For a new one, no.

PRYCE: Where is the real bottleneck?

GREER: Supply chain and labor. We lost a generation of nuclear welders.
"""

# --- Roles: a show's cold open, a bare "morning" greeting, a caller named before "(CALLER)" ---

# A Sunday show's cold open closed by the host's name and the welcome, the guest brought on in
# her next turn after the break marker; full-name labels.
COLD_OPEN_BREAK = """THE WEEKLY BRIEF
Sunday, March 8, 2026

Host: Dana Reyes

Dana Reyes: This week on The Weekly Brief: new money for northern bases, but will it arrive in time? I'm Dana Reyes. Welcome to The Weekly Brief.
[Break]
Dana Reyes: Joining me now is Defence Minister Omar Haddad. Minister, thank you for coming in.

Omar Haddad: Thank you for having me, Dana.

Dana Reyes: When will the first base be ready?

Omar Haddad: The first one opens in 2028, on schedule.
"""

# The same cold open on a caps-labelled page with a commercial break marker in brackets.
COLD_OPEN_CAPS = """NATIONAL AFFAIRS
Transcript

PETER LANG: Coming up on National Affairs: is the housing target still alive? I'm Peter Lang. Welcome back to National Affairs.
(COMMERCIAL BREAK)
PETER LANG: With me now is Housing Minister Sara Kim. Minister, welcome.

SARA KIM: Thanks, Peter.

PETER LANG: Will you meet the target?

SARA KIM: We will, though later than we first said.
"""

# A radio host's bare "Minister, morning." over the guest's greeting back, then initials labels
# after the first exchange.
BARE_MORNING_INITIALS = """Early Edition
Tuesday, 21 April 2026

Education Minister Erica Stanford has defended the school lunch contract after another week of complaints. She spoke to Early Edition host Ryan Bridge.

LISTEN ABOVE

Ryan Bridge: Minister, morning.

Erica Stanford: Good morning, Ryan.

RB: Has the lunch contract failed?

ES: No. Most meals arrive on time, and we are fixing the rest.

RB: Why only three regions?

ES: Because that is where the trucks have struggled most.
"""

# The same greeting with the address after it, under capitals surname labels.
BARE_MORNING_CAPS = """Breakfast
Transcript

HOSKING: Morning, Minister.

BISHOP: Morning, Mike.

HOSKING: Is the warrant of fitness dead?

BISHOP: Not at all. It starts next year.
"""

# A phone-in: the host puts the caller through by name, the caller named before "(CALLER)" puts
# his question as a statement; capitals labels with a clock line between turns.
CALLER_AFTER_NAME_CAPS = """5 LIVE BREAKFAST
Transcript

RACHEL BURDEN: Education Secretary, the new uniform rules start this week. Will parents save money?

BRIDGET PHILLIPSON: Yes. Schools can require only three branded items now.
(0734)
RACHEL BURDEN: Let's go to Dean, who's a dad of three in Stockport. Dean, your question for the Secretary of State?

DEAN (CALLER): Morning. Yeah, my question is what happens if the school just ignores the rules.

BRIDGET PHILLIPSON: Dean, the rules are statutory, so parents can complain to the governors.
"""

# The same with mixed-case full-name labels and the medium in lower case.
CALLER_AFTER_NAME_MIXED = """Phone-in
Transcript

Jane Moss: Minister, will bus fares fall this year?

Tom Hale: They will, by ten per cent in April.

Jane Moss: Let's go to Priya in Leeds. Priya, your question for the Minister?

Priya (caller): Hi. My question is whether the cut covers night buses too.

Tom Hale: Priya, it does, on every route the authority runs.
"""

# --- A headline in the "Name: …" style closing on a quoted phrase ---

# Over a newspaper's field block (Written by / Published); outlet and surname labels.
QUOTE_CLOSING_HEADLINE_FIELDS = """Nordic Times
Home  Politics  Business

Lindqvist: Rail deal with Oslo "the biggest since the war"

Written by NT
Published: 3 February 2026

Transport Minister Anna Lindqvist has championed the new rail link between Stockholm and Oslo. Nordic Times asked her about the deal and its costs.

Nordic Times: Minister, when will the first trains run?

Lindqvist: In 2031, if the tunnel works stay on schedule.

Nordic Times: Who pays for it?

Lindqvist: Both states, in equal shares.
"""

# The same headline shape in curly quotes over a bare date line; Q and surname labels.
QUOTE_CLOSING_HEADLINE_DATE = """Baltic Review

Kask: Energy link with Finland “a matter of survival”

12.03.2026

Estonia's Energy Minister Jaan Kask says the new cable is vital for the country. We asked him why.

Q: Why is the cable so urgent?

Kask: Because the old one is thirty years old and Russia is next door.

Q: When will it be ready?

Kask: By the end of 2027.
"""


CASES = [
    (
        HOST_BY_POST_FULL_NAMES,
        [
            ("other", None, "The finance minister says", "airing Sunday."),
            ("other", "Vassy Kapelos", "Minister, thank you for", "for joining us."),
            ("answer", "Chrystia Freeland", "Thanks, Vassy. Nice to", "to be here."),
            ("question", "Vassy Kapelos", "Will the dairy quotas", "of the review?"),
            ("answer", "Chrystia Freeland", "No. We have said", "keep saying it."),
            ("question", "Vassy Kapelos", "What if Washington insists?", "Washington insists?"),
            ("answer", "Chrystia Freeland", "Then we will explain", "to our farmers."),
        ],
    ),
    (
        ANCHOR_BY_POST_CAPS,
        [
            ("other", None, "The chancellor spoke about", "on Monday morning."),
            ("question", "Kay Burley", "Chancellor, thanks for your", "into next winter?"),
            ("answer", "Hunt", "We will look at", "as we always do."),
            ("question", "Kay Burley", "So that is not", "not a yes?"),
            ("answer", "Hunt", "It is not a", "have the forecasts."),
        ],
    ),
    (
        MINISTER_SITE_NAME_OUTLET,
        [
            ("question", "Patricia Karvelas", "Minister, is the deficit", "bigger than forecast?"),
            ("answer", "Katy Gallagher", "We will update the", "that this morning."),
            ("question", "Patricia Karvelas", "Are you ruling out", "out new taxes?"),
            ("answer", "Katy Gallagher", "We have been very", "not among them."),
        ],
    ),
    (
        MINISTER_SITE_NAME_SHOW,
        [
            ("question", "David Speers", "Deputy Prime Minister, when", "submarine arrive?"),
            ("answer", "Richard Marles", "We are on track", "well under way."),
            ("question", "David Speers", "Is the cost still", "still under control?"),
            ("answer", "Richard Marles", "The cost is what", "reporting on it."),
        ],
    ),
    (
        MAGAZINE_FOOT_DONATE,
        [
            ("other", None, "Grid operators warn that", "can be done."),
            ("question", "Helen Marsh", "Is the grid ready", "the data centers?"),
            ("answer", "Daniel Cole", "Not yet. The interconnection", "in some regions."),
            ("question", "Helen Marsh", "What would you change", "change first?"),
            (
                "answer",
                "Daniel Cole",
                "Permitting for transmission. Everything",
                "follows from that.",
            ),
        ],
    ),
    (
        PODCAST_FOOT_JOIN,
        [
            ("other", "Maria Chen", "Welcome back to the", "for coming on."),
            ("answer", "Tom Alvarez", "Glad to be here.", "Glad to be here."),
            ("question", "Maria Chen", "What happens to the", "to the refunds?"),
            ("answer", "Tom Alvarez", "Importers who protested are", "hard fight ahead."),
        ],
    ),
    (
        CALLOUT_FOOT,
        [
            ("other", None, "Drug shortages have doubled", "length and clarity."),
            ("question", "Aaron Webb", "What should patients do", "out of stock?"),
            ("answer", "Lena Ortiz", "Call ahead, and ask", "you run out."),
            ("question", "Aaron Webb", "Are shortages getting worse?", "getting worse?"),
            ("answer", "Lena Ortiz", "Yes. Sterile injectables are", "plants make them."),
        ],
    ),
    (
        PAPER_FOOT_CAPTION,
        [
            ("other", None, "The region's transit agencies", "length and clarity."),
            ("question", "Ana Ruiz", "Was the state money", "money enough?"),
            ("answer", "Jordan Ellis", "It kept the trains", "us plan."),
            ("question", "Ana Ruiz", "What does success look", "success look like?"),
            ("answer", "Jordan Ellis", "One fare, one map,", "that shows up."),
        ],
    ),
    (
        COMMENTS_RULES_FOOT,
        [
            ("other", None, "Economy Minister Lin Wei-ting", "and power supply."),
            ("question", "TR", "How worried are you", "about export controls?"),
            ("answer", "Lin Wei-ting", "We are watching them", "Washington every week."),
            ("question", "TR", "Can the grid support", "new plants?"),
            ("answer", "Lin Wei-ting", "It can, with planning.", "to bring storage."),
        ],
    ),
    (
        SLASHED_OFFICE_Q_DOT,
        [
            ("statement", "Kaja Kallas", "Good afternoon. Ministers agreed", "two ships to it."),
            ("question", None, "Which Member States will", "send the ships?"),
            ("answer", "Kaja Kallas", "I will not name", "announce it themselves."),
            ("question", None, "Is the money there?", "money there?"),
            ("answer", "Kaja Kallas", "For this year, yes.", "decision in autumn."),
        ],
    ),
    (
        SLASHED_OFFICE_RELEASE_FOOT,
        [
            ("statement", "Rakesh Menon", "Good evening. The fencing", "eighty per cent complete."),
            ("question", None, "When will the rest", "rest be done?"),
            ("answer", "Rakesh Menon", "By the end of", "Thank you all."),
        ],
    ),
    (
        PRESS_CONTACT_FOOT,
        [
            ("statement", "Оксен Лісовий", "Добрий день. Сьогодні ми", "на наступний рік."),
            ("question", None, "Чи зміниться кількість бюджетних", "бюджетних місць?"),
            ("answer", "Оксен Лісовий", "Лише там, де є", "першому місці. Дякую."),
        ],
    ),
    (
        SHOW_BLURB_NOTICE,
        [
            ("other", None, "Finance Minister Nicola Willis", "the coming budget."),
            ("question", "Jack Tame", "Minister, will there be", "in this budget?"),
            ("answer", "Nicola Willis", "Not funded by borrowing.", "come from savings."),
            ("question", "Jack Tame", "How much room is", "room is there?"),
            ("answer", "Nicola Willis", "Less than we hoped,", "came in weak."),
        ],
    ),
    (
        DEK_OVER_PLAYER_ROW,
        [
            ("other", None, "New licensing rules give", "not the problem."),
            ("question", "Anna Pryce", "Is eighteen months realistic?", "months realistic?"),
            ("answer", "Paul Greer", "For a certified design,", "one, no."),
            ("question", "Anna Pryce", "Where is the real", "real bottleneck?"),
            ("answer", "Paul Greer", "Supply chain and labor.", "of nuclear welders."),
        ],
    ),
    (
        COLD_OPEN_BREAK,
        [
            ("other", "Dana Reyes", "This week on The", "to The Weekly Brief."),
            ("other", "Dana Reyes", "Joining me now is", "for coming in."),
            ("answer", "Omar Haddad", "Thank you for having", "having me, Dana."),
            ("question", "Dana Reyes", "When will the first", "base be ready?"),
            ("answer", "Omar Haddad", "The first one opens", "2028, on schedule."),
        ],
    ),
    (
        COLD_OPEN_CAPS,
        [
            ("other", "Peter Lang", "Coming up on National", "to National Affairs."),
            ("other", "Peter Lang", "With me now is", "Minister, welcome."),
            ("answer", "Sara Kim", "Thanks, Peter.", "Thanks, Peter."),
            ("question", "Peter Lang", "Will you meet the", "meet the target?"),
            ("answer", "Sara Kim", "We will, though later", "we first said."),
        ],
    ),
    (
        BARE_MORNING_INITIALS,
        [
            ("other", None, "Education Minister Erica Stanford", "host Ryan Bridge."),
            ("other", "Ryan Bridge", "Minister, morning.", "Minister, morning."),
            ("answer", "Erica Stanford", "Good morning, Ryan.", "Good morning, Ryan."),
            ("question", "Ryan Bridge", "Has the lunch contract", "contract failed?"),
            ("answer", "Erica Stanford", "No. Most meals arrive", "fixing the rest."),
            ("question", "Ryan Bridge", "Why only three regions?", "three regions?"),
            ("answer", "Erica Stanford", "Because that is where", "struggled most."),
        ],
    ),
    (
        BARE_MORNING_CAPS,
        [
            ("other", "Hosking", "Morning, Minister.", "Morning, Minister."),
            ("answer", "Bishop", "Morning, Mike.", "Morning, Mike."),
            ("question", "Hosking", "Is the warrant of", "of fitness dead?"),
            ("answer", "Bishop", "Not at all. It", "starts next year."),
        ],
    ),
    (
        CALLER_AFTER_NAME_CAPS,
        [
            ("question", "Rachel Burden", "Education Secretary, the new", "parents save money?"),
            ("answer", "Bridget Phillipson", "Yes. Schools can require", "branded items now."),
            ("other", "Rachel Burden", "Let's go to Dean,", "Secretary of State?"),
            ("question", "Dean", "Morning. Yeah, my question", "ignores the rules."),
            ("answer", "Bridget Phillipson", "Dean, the rules are", "to the governors."),
        ],
    ),
    (
        CALLER_AFTER_NAME_MIXED,
        [
            ("question", "Jane Moss", "Minister, will bus fares", "fall this year?"),
            ("answer", "Tom Hale", "They will, by ten", "cent in April."),
            ("other", "Jane Moss", "Let's go to Priya", "for the Minister?"),
            ("question", "Priya", "Hi. My question is", "night buses too."),
            ("answer", "Tom Hale", "Priya, it does, on", "the authority runs."),
        ],
    ),
    (
        QUOTE_CLOSING_HEADLINE_FIELDS,
        [
            ("other", None, "Transport Minister Anna Lindqvist", "and its costs."),
            ("question", "Nordic Times", "Minister, when will the", "first trains run?"),
            ("answer", "Anna Lindqvist", "In 2031, if the", "stay on schedule."),
            ("question", "Nordic Times", "Who pays for it?", "pays for it?"),
            ("answer", "Anna Lindqvist", "Both states, in equal", "in equal shares."),
        ],
    ),
    (
        QUOTE_CLOSING_HEADLINE_DATE,
        [
            ("other", None, "Estonia's Energy Minister Jaan", "asked him why."),
            ("question", None, "Why is the cable", "cable so urgent?"),
            ("answer", "Jaan Kask", "Because the old one", "Russia is next door."),
            ("question", None, "When will it be", "it be ready?"),
            ("answer", "Jaan Kask", "By the end of", "end of 2027."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lost_turns_and_roles(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    doc = _PIPE(read_text(text, source="case.txt"))
    got = []
    for span in doc.layer("turns"):
        body = doc.span_text(span).strip()
        got.append((span.label, span.attrs["speaker"], body))
    assert len(got) == len(expected), got
    for (role, speaker, body), (want_role, want_speaker, prefix, suffix) in zip(
        got, expected, strict=True
    ):
        assert (role, speaker) == (want_role, want_speaker), (body[:60], got)
        assert body.startswith(prefix), (body[:60], prefix)
        assert body.endswith(suffix), (body[-60:], suffix)
