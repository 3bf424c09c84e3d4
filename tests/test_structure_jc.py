"""Small cases for the JC round: a programme page's field lines with a weekday or month before
the date close the header; a lead's "X speaks with its <post>, Y" makes X the interviewer; an
English agency's closing "Name, City" signature names who asks; mid.ru's English related links
closing on their date are trailing; a correspondent's "he put it this way" plays a voice in; a
photo caption over its "AFP via Getty Images" credit is no intro; an NPR host's "joins us now.
Hi, Dana." is a welcome."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_AM = (
    "ABC Listen\nAM\nDairy farmers warn of an exodus\n"
    "Australian Dairy Farmers says one in ten farmers could leave the industry this year. "
    "{lead}\nSabra Lane\nOn AM\nDuration: 6min 12s\n{field}\nShare\nTranscript\n\n"
    "SABRA LANE: The processors have released their prices, and farmers say they don't cover "
    "costs. Tessa Brandt joins me now from Melbourne. Good morning.\n\n"
    "TESSA BRANDT: Good morning, Sabra.\n\n"
    "SABRA LANE: How far short is the opening price?\n\n"
    "TESSA BRANDT: It's about 50 cents a kilogram short of where most farmers break even.\n\n"
    "SABRA LANE: What do you want the Government to do?\n\n"
    "TESSA BRANDT: We want the mandatory dairy code strengthened.\n"
)


@pytest.mark.parametrize(
    ("lead", "field"),
    [
        ("Sabra Lane speaks with its chief executive, Tessa Brandt.", "Broadcast: Wed 19 Mar"),
        ("Sabra Lane speaks with the group's chief executive, Tessa Brandt.", "Broadcast: 19/03"),
        ("Sabra Lane speaks with Tessa Brandt, chief of Dairy Australia.", "Aired 19 Mar"),
    ],
)
def test_programme_page_lead_is_header_and_host_asks(lead: str, field: str) -> None:
    rows = turn_rows(_AM.format(lead=lead, field=field))
    assert rows[0][:2] == ("other", "Sabra Lane")
    assert [r[:2] for r in rows[2:4]] == [("question", "Sabra Lane"), ("answer", "Tessa Brandt")]


@pytest.mark.parametrize("place", ["Odesa", "Kyiv", "Zaporizhzhia"])
def test_english_agency_signature_names_asker(place: str) -> None:
    text = (
        "Ukrinform\nEconomy\n12.03.2025 10:40\n"
        "Olha Trofymchuk, head of Pivdennyi seaport: We handled more grain than ever\n"
        "Ukrinform's correspondent talked to the head of the port, Olha Trofymchuk, about the "
        "corridor.\n\n"
        "**Ms. Trofymchuk, what were the February figures?**\n\n"
        "We handled 2.3 million tonnes of cargo, the best month for grain since 2021.\n\n"
        "**How often does the port come under attack?**\n\n"
        "Since the beginning of the year there have been eleven attacks on the port.\n\n"
        "**What are your plans for this year?**\n\n"
        "We want to deepen two berths so that they can take Panamax vessels.\n\n"
        f"Alina Kharchenko, {place}\nPhoto: Nina Liashonok\nTags:\nports\n"
    )
    askers = {r[1] for r in turn_rows(text) if r[0] == "question"}
    assert askers == {"Alina Kharchenko"}


@pytest.mark.parametrize(
    "link",
    [
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news "
        "conference following talks with Foreign Minister of Mozambique Maria Manuela Lucas, "
        "Moscow, April 14, 2025",
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news "
        "conference following talks with Foreign Minister of Mozambique Maria Manuela Lucas, "
        "Moscow, 14 April 2025",
    ],
)
def test_mid_english_dated_links_trail(link: str) -> None:
    body = (
        "Question: Is Sergey Lavrov planning to meet his Turkish counterpart?\n\n"
        "Maria Zakharova: Such a meeting is being planned, from the Black Sea to the Middle "
        "East.\n\n"
    )
    text = body + f"Additional materials\nBriefings\nPress service\n{link}\n"
    assert trailing_start(text) == len(body.rstrip())


_NPR = (
    "Why cargo ships are steering clear of the Red Sea : NPR\nHeard on All Things Considered\n"
    "A container ship sails in the Gulf of Aden in February. Most carriers still sail around "
    "Africa.\n{credit}\nTranscript\n\n"
    "AILSA CHANG, HOST: The biggest container lines are still avoiding the Red Sea. NPR's Dana "
    "Farrow has been following this and joins us now. Hi, Dana.\n\n"
    "DANA FARROW, BYLINE: Hi, Ailsa.\n\n"
    "CHANG: Why aren't the big carriers going back?\n\n"
    "FARROW: Nobody wants to be first. I spoke with Henrik Solvang, a shipping analyst in "
    "Copenhagen, and he {verb} it this way.\n\n"
    "HENRIK SOLVANG: The carriers have rebuilt their networks around the Cape.\n\n"
    "FARROW: And there's another factor: the longer route soaks up ships.\n\n"
    "CHANG: What has this meant for the Suez Canal?\n\n"
    "FARROW: It's been a huge blow to Egypt.\n"
)


@pytest.mark.parametrize(
    ("credit", "verb"),
    [("AFP via Getty Images", "put"), ("Anadolu via Getty Images", "described")],
)
def test_npr_caption_welcome_and_played_voice(credit: str, verb: str) -> None:
    rows = turn_rows(_NPR.format(credit=credit, verb=verb))
    assert [r[:2] for r in rows[:2]] == [("other", "Ailsa Chang"), ("answer", "Dana Farrow")]
    assert ("statement", "Henrik Solvang") in [r[:2] for r in rows]
