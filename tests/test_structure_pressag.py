"""Check AG, batch ZS–ZZ: press-conference and briefing pages. A release's end mark over the
agency's footer; a reporter's "this is" / "I'm" self-introduction; a follow-up that takes in
the answer ("Understood.") or points back at it ("… with that?"); "As a follow-up, …"; a
Ukrainian or Russian lead that names the moderator in a clause after the event; a principal's
own hand-over to numbered voices; a transcript service's note under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# -- A release's end mark ("###", "#", "-30-") over the agency's footer ------------------------

_FOOTERS = {
    "mission": (
        "U.S. DEPARTMENT OF HEALTH AND HUMAN SERVICES\nThe agency works around the clock "
        "protecting the nation's health, whether threats start at home or abroad.\n\n"
        "Page last reviewed: March 13, 2026\nContent source: Office of the Secretary"
    ),
    "equal": (
        "The Department is an equal opportunity provider, employer, and lender.\n\n"
        "Related Topics:  Animal Health   Livestock   Trade"
    ),
}


@pytest.mark.parametrize("mark", ["###", "#", "-30-"])
@pytest.mark.parametrize("footer", sorted(_FOOTERS))
@pytest.mark.parametrize(
    ("host", "host_l", "guest_l"),
    [
        ("Benjamin Haynes", "BENJAMIN HAYNES", "DR. ALICIA BRANNON"),
        ("Moderator", "MODERATOR", "SECRETARY ROLLINS"),
    ],
)
def test_release_end_mark_cuts_the_agency_footer(mark, footer, host, host_l, guest_l):
    text = (
        "Transcript: Media Briefing on the Spring Outbreak\n\n"
        f"{host_l}: Thank you all for joining. We'll hear first from the Secretary.\n\n"
        f"{guest_l}: Thank you. Cases have fallen for three weeks in a row.\n\n"
        f"{host_l}: Our first question comes from Megan Tierney with Reuters.\n\n"
        "QUESTION: Thanks. Will the guidance change this spring?\n\n"
        f"{guest_l}: Not this spring. We will review it in the autumn.\n\n"
        f"{host_l}: Thank you, and thanks to everyone for joining. This concludes today's "
        f"call.\n\n{mark}\n\n{_FOOTERS[footer]}\n"
    )
    last = turn_rows(text)[-1]
    assert last[2].rstrip().endswith("This concludes today's call.")


# -- A reporter's self-introduction with "this is" / "I'm", then a short follow-up -----------


@pytest.mark.parametrize(
    "intro", ["Hi, this is {name} with {outlet}.", "Hi, I'm {name} with {outlet}."]
)
@pytest.mark.parametrize("label", ["Q", "QUESTION"])
@pytest.mark.parametrize(
    ("name", "outlet"),
    [("Mark Pinto", "Stateline"), ("Dana Whitaker", "the Great Falls Tribune")],
)
def test_self_introduced_reporter_keeps_her_follow_up(intro, label, name, outlet):
    text = (
        "Transcript of the Population Estimates Briefing\n\n"
        "DANA ELLSWORTH: Good morning. Christine Hartley will walk through the numbers, and then "
        "we'll take your questions.\n\n"
        "CHRISTINE HARTLEY: Thank you, Dana. The nation grew by 0.5 percent last year.\n\n"
        "DANA ELLSWORTH: Operator, please open the line for the first question.\n\n"
        f"{label}: {intro.format(name=name, outlet=outlet)} Is international migration "
        "falling?\n\n"
        "CHRISTINE HARTLEY: It fell by about a third from the year before.\n\n"
        f"{label}: So without the migration drop, the state would have grown?\n\n"
        "CHRISTINE HARTLEY: Based on these components, yes, modestly.\n"
    )
    asks = [r for r in turn_rows(text) if r[0] == "question"]
    assert [r[1] for r in asks] == [name, name]


@pytest.mark.parametrize("name", ["Dana Whitaker", "Tomás Ferreira"])
@pytest.mark.parametrize("outlet", ["KRTV in Great Falls", "the Billings Gazette"])
def test_numbered_voice_named_by_im_with_outlet(name, outlet):
    text = (
        "NTSB Media Briefing on the Derailment (Jan 24, 2026)\n\n"
        "Jennifer Homendy (00:02):\nGood afternoon. I'm joined by Ryan Foltz, our "
        "investigator-in-charge.\n\n"
        "Ryan Foltz (01:31):\nThank you, Chair. The train was traveling at 77 miles per hour.\n\n"
        "Speaker 4 (03:11):\n"
        f"Hi, I'm {name} with {outlet}. Was there a broken rail?\n\n"
        "Ryan Foltz (03:16):\nWe did find a fractured rail near the point of derailment.\n\n"
        "Speaker 4 (03:29):\nAnd when was that stretch last inspected?\n\n"
        "Ryan Foltz (03:32):\nIn mid-December, by ultrasonic test.\n"
    )
    asks = [r for r in turn_rows(text) if r[0] == "question"]
    assert [r[1] for r in asks] == [name, name]


# -- A follow-up that takes in the answer ("Understood.") or points back at it ("… that?") ----


@pytest.mark.parametrize(
    "follow",
    [
        "Understood. Will county estimates come out on the usual schedule?",
        "Got it. Will the tables be posted tonight?",
        "Has the Guard asked for federal help with that?",
        "Is anyone in the legislature objecting to that?",
    ],
)
@pytest.mark.parametrize("label", ["Q", "QUESTION"])
@pytest.mark.parametrize(
    "intro", ["Thanks. Rebecca Soto, Associated Press.", "Hi, Rebecca Soto, Houston Chronicle."]
)
def test_acknowledging_or_pointing_back_follow_up(follow, label, intro):
    text = (
        "Transcript: Media Briefing on the Ice Storm Response\n\n"
        "MR. ORTIZ: Good afternoon. We'll hear from the Administrator and then take your "
        "questions.\n\n"
        "MS. WHITFIELD: Thank you. We have opened four recovery centers.\n\n"
        "MR. ORTIZ: First question, go ahead.\n\n"
        f"{label}: {intro} How many people are in shelters tonight?\n\n"
        "MS. WHITFIELD: About 2,300 people in 61 shelters across the two states.\n\n"
        f"{label}: {follow}\n\n"
        "MS. WHITFIELD: Not at this time. We have the assets pre-positioned.\n"
    )
    asks = [r for r in turn_rows(text) if r[0] == "question"]
    assert [r[1] for r in asks] == ["Rebecca Soto", "Rebecca Soto"]


@pytest.mark.parametrize("label", ["REPORTER", "Q"])
@pytest.mark.parametrize(
    "follow",
    [
        "As a follow-up, when will the metering actually start?",
        "As a quick follow-up: who pays for the new meters?",
    ],
)
def test_as_a_follow_up_is_the_last_askers(label, follow):
    text = (
        "Post-Cabinet Media Briefing\n\n"
        "MODERATOR: Good afternoon, members of the media. The Prime Minister will speak first.\n\n"
        "PRIME MINISTER: Cabinet approved a plan to restructure the water authority.\n\n"
        f"{label}: Good afternoon, Prime Minister. Renee Baptiste, Guardian Media. How many "
        "workers will be sent home?\n\n"
        "PRIME MINISTER: Nobody is being sent home today.\n\n"
        f"{label}: {follow}\n\n"
        "PRIME MINISTER: The tender closes at the end of March.\n"
    )
    asks = [r for r in turn_rows(text) if r[0] == "question"]
    assert [r[1] for r in asks] == ["Renee Baptiste", "Renee Baptiste"]


# -- The lead's clause naming the moderator after the event ("Брифінг відбувся …, модерувала
# його …") ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "label", "name"),
    [
        (
            "Брифінг відбувся в Олімпійському домі, модерувала його прессекретарка НОК України "
            "Наталія Гребенюк.",
            "Модераторка",
            "Наталія Гребенюк",
        ),
        (
            "Брифінг пройшов у пресцентрі міністерства, модерував його речник міністерства "
            "Олег Ковтун.",
            "Модератор",
            "Олег Ковтун",
        ),
        (
            "Брифинг прошёл в пресс-центре ТАСС, модерировала его пресс-секретарь министерства "
            "Елена Гусева.",
            "Модератор",
            "Елена Гусева",
        ),
    ],
)
@pytest.mark.parametrize("guest", ["Вадим Гутцайт", "Ігор Петренко"])
def test_moderator_named_in_the_leads_clause(lead, label, name, guest):
    text = (
        "Брифінг щодо створення фонду підтримки юнацького спорту\nКиїв, 16 квітня 2026 року\n\n"
        f"{lead}\n\n"
        f"{label}: Доброго дня, шановні колеги. Слово надається {guest.split()[0]}у "
        f"{guest.split()[1]}у.\n\n"
        f"{guest}: Дякую. Сьогодні ми оголошуємо про створення фонду.\n\n"
        f"{label}: Переходимо до запитань.\n\n"
        "Журналіст: Скільки шкіл отримають допомогу?\n\n"
        f"{guest}: Понад сто шкіл у першому році.\n\n"
        f"{label}: Дякуємо, брифінг завершено.\n"
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[2].startswith("Переходимо")] == [name]


# -- A principal's own hand-over to numbered voices from the floor -----------------------------


@pytest.mark.parametrize(
    "handover", ["We'll take a few questions.", "I'm happy to take some questions."]
)
@pytest.mark.parametrize("voice", ["Speaker 3", "Speaker 1"])
def test_principals_handover_to_numbered_voice_is_other(handover, voice):
    text = (
        "NTSB Media Briefing on the Derailment (Jan 24, 2026)\n\n"
        "Jennifer Homendy (00:02):\nGood afternoon. I'm joined by Ryan Foltz, our "
        "investigator-in-charge.\n\n"
        "Ryan Foltz (01:31):\nThank you, Chair. The train was traveling at 77 miles per hour.\n\n"
        f"Jennifer Homendy (02:40):\n{handover}\n\n"
        f"{voice} (02:44):\nAre you looking at the weather?\n\n"
        "Jennifer Homendy (02:49):\nWe are looking at everything, including the temperature.\n"
    )
    rows = turn_rows(text)
    assert [r[0] for r in rows if r[2].strip() == handover] == ["other"]


# -- A transcript service's note under the last turn -----------------------------------------


@pytest.mark.parametrize("verb", ["generated", "produced", "prepared"])
@pytest.mark.parametrize(
    "tail", ["Watch the full briefing on the agency's YouTube channel.", "Subscribe for more."]
)
def test_transcript_note_under_last_turn_is_cut(verb, tail):
    text = (
        "Media Briefing on the Derailment (Jan 24, 2026)\n\n"
        "Jennifer Homendy (00:02):\nGood afternoon. We'll take a few questions.\n\n"
        "Speaker 3 (00:44):\nHow long will you be on scene?\n\n"
        "Jennifer Homendy (00:49):\nProbably five to seven days. We'll do another briefing "
        "tomorrow at 4:00 p.m.\n\n"
        f"Transcript {verb} for the media briefing. {tail}\n"
    )
    last = turn_rows(text)[-1]
    assert last[2].rstrip().endswith("tomorrow at 4:00 p.m.")


# -- A tag row or a bare "END" closing the article, the page's boxes under it -------------------

_UNDER = {
    "also": (
        "You may also like these stories:\nJunta Admits Low Turnout in First Round of Poll\n"
        "Thousands Flee Airstrikes in Magway Region"
    ),
}


@pytest.mark.parametrize(
    "mark",
    [
        "TAGS  digital nomads  Split  remote work",
        "Tags\nundersea cables   Matsu   satellite",
        "Topics: Chin State, Election, Interview",
        "END\n\nIssued by: Government Communications and Information System",
    ],
)
@pytest.mark.parametrize("under", sorted(_UNDER))
@pytest.mark.parametrize(("asker", "guest"), [("TCN", "Ana Kovačić"), ("Q", "Lin Yi-jing")])
def test_tag_row_or_end_closes_the_last_turn(mark, under, asker, guest):
    text = (
        'Meet the Ambassador: "We Want People to Stay for Years"\nBy Paul Bradbury\n\n'
        f"{asker}: How many remote workers live in the city now?\n\n"
        f"{guest}: About two thousand hold the permit, and many more come for a season. Most "
        "work for companies in Germany, the Netherlands and the United States, and they rent "
        "flats in the old town and in the districts along the coast.\n\n"
        f"{asker}: What would you say to the ministry?\n\n"
        f"{guest}: Extend the permit and make renewal simple.\n\n"
        f"{asker}: And to someone thinking of coming?\n\n"
        f"{guest}: Come in the winter, not in August. You will see the real city.\n\n"
        f"{mark}\n\n{_UNDER[under]}\n"
    )
    last = turn_rows(text)[-1]
    assert last[2].rstrip().endswith("You will see the real city.")


# -- A briefing host's welcome, after the operator, handing to the first principal by name ------


@pytest.mark.parametrize(
    "handover",
    ["I'll now turn the call over to Dr. {surname}.", "Let me hand over to Dr. {surname}."],
)
@pytest.mark.parametrize(
    ("who", "topic"), [("Alicia Brannon", "measles"), ("Rosa Delgado", "avian influenza")]
)
def test_host_welcome_after_operator_is_other(handover, who, topic):
    surname = who.split()[1]
    text = (
        "Media Briefing Transcript\n\n"
        "OPERATOR: Welcome and thank you for standing by. All participants will be in a "
        "listen-only mode. You may begin.\n\n"
        f"BENJAMIN HAYNES: Thank you, and thank you all for joining us today for this update on "
        f"{topic}. We are joined by Dr. {who}, Director of the National Center, and Dr. Marcus "
        f"Lee, who leads our response team. Dr. {surname} will give opening remarks, and then "
        f"we'll take your questions. {handover.format(surname=surname)}\n\n"
        f"DR. {who.upper()}: Thank you, Ben, and good afternoon. Cases have fallen for three "
        "weeks.\n\n"
        "OPERATOR: Thank you. Our first question comes from Megan Tierney with Reuters. Your "
        "line is open.\n\n"
        "MEGAN TIERNEY: Hi, thanks for taking my question. Will the guidance change?\n\n"
        f"DR. {who.upper()}: Not this spring.\n"
    )
    assert [r[0] for r in turn_rows(text)][:3] == ["other", "other", "statement"]
