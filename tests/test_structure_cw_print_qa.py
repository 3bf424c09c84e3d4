"""English print Q&A (round CW): who the lead says asks and answers, a name-last headline, and
the page's boxes between and under the answers."""

import pytest

from rhetoscope.structure import metadata
from rhetoscope.structure.dialogue import _lead_people_en
from rhetoscope.structure.furniture import _trim_furniture
from rhetoscope.structure.header import _quote_headline
from rhetoscope.structure.metadata import furniture_start
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "By Rhys Callahan\n\nKari Aasen Holm says no.\n\nMinister Kari Aasen Holm. Photo\n\n"
            "Kari Aasen Holm, the minister, took calls. Devex Senior Reporter Rhys Callahan "
            "spoke with her about triage.",
            [("interview with", "Kari Aasen Holm"), ("interview by", "Rhys Callahan")],
        ),
        (
            "By Daniel Okafor\n\nWhen Ellen Marsh was elected governor, she ran as a cautious "
            "Democrat. I spoke by phone with Marsh about the fires.",
            [("interview with", "Ellen Marsh"), ("interview by", "Daniel Okafor")],
        ),
        (
            "Two mayors have known each other for years. Last week they sat down together "
            "with The Globe and Mail’s Marie Tremblay to talk about tariffs.",
            [("interview by", "Marie Tremblay")],
        ),
        (
            "Greece's Ambassador to Israel, Eleni Papadaki, arrived a year ago.\n\nIn a "
            "wide-ranging conversation at her residence this week, Papadaki discussed tourism.",
            [("interview with", "Eleni Papadaki")],
        ),
    ],
)
def test_lead_people(lead: str, want: list[tuple[str, str]]) -> None:
    assert [(k, n.display()) for k, n in _lead_people_en(lead)] == want


def test_name_last_headline() -> None:
    header = (
        "The Straits Times\nHome > Singapore > Environment\n"
        "Heat, not sea walls, is the climate threat Singapore underrates: Amy Koh\n"
        "Senior Minister of State Dr Amy Koh says cooling the city will cost less."
    )
    name = _quote_headline(header)
    assert name is not None and name.display() == "Amy Koh"
    # A name the header never repeats may be the claim's object, not who speaks.
    assert _quote_headline("Site\nThe one thing voters still ask about: John Smith\nLead.") is None


def test_slash_outlet_label() -> None:
    info = classify_label("RFE/RL")
    assert info is not None and info.outlet == "RFE/RL"


@pytest.mark.parametrize(
    "box",
    [
        "READ MORE HERE\nOutdoor workers to get rest breaks\nCool paint trial cut temperatures",
        "Other Topics of Interest\nUkraine Secures New Transformer Deliveries",
    ],
)
def test_links_between_labelled_answers(box: str) -> None:
    answer = "A: Some slowdown is possible.\nBut it is a reasonable price."
    text = answer + "\n\n" + box
    assert furniture_start(text, 3, len(text)) == len(answer)


@pytest.mark.parametrize(
    "box",
    [
        "Stay updated with the latest news!\nSubscribe to The Jerusalem Post Newsletter",
        "Open this photo in gallery:\nTrucks wait to cross the bridge.Carlos Osorio/Reuters",
        "Read More\n\nAnnals of Climate\nThe Town That Voted to Leave\n"
        "A small community tries to move uphill.\nBy Sarah Lindahl",
        "Support Vox’s journalism\nVox’s journalism is free. Will you support our work today?\n"
        "$5/month\n$10/month\nOther\nWe accept credit card.",
    ],
)
def test_box_between_answers(box: str) -> None:
    answer = "It is modest, and I have not given up. They need somebody next fall."
    text = answer + "\n\n" + box
    assert _trim_furniture(text, 0, len(text)) == len(answer)


@pytest.mark.parametrize(
    "tail",
    [
        "This conversation has been edited for length and clarity.",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Find out more about climate change and how it could affect you on the ST microsite here.",
        "Sign up for The Daily.\nReceive the best of The New Yorker, every day, in your in-box.\n"
        "E-mail address\nBy signing up, you agree to our User Agreement.",
        "More: Oregon, Wildfires, Insurance, Governors",
    ],
)
def test_trailing_lines(tail: str) -> None:
    answer = "Q: What next?\n\nA: That fewer people are admitted to hospital. That is the measure."
    text = answer + "\n\n" + tail + "\n"
    assert metadata.trailing_start(text) == len(answer)
