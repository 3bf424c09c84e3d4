"""Session 29, turn recall: a speech's lead that says "Following are his remarks:" with a
translation note glued on, an op-ed's save prompt, glued photo credit and author bio, India's
MEA "[Approximate translation]" note and "Content Owned by" footer, the UN's one-language-a-line
switcher over a long menu, Rev's one-off first-name voice and "No items found." box, and the
Duma's glued chair label and "Голос из зала." shout."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

_SPEECH = (
    "Honorable President, Speaker of the Knesset, ministers, dear friends. Eighty-five years "
    "ago, in the summer of 1940, he collapsed and died in a camp in upstate New York.\n"
    "He rests here, on this mountain, among the leaders of the nation he helped build. May his "
    "memory be blessed.\n"
)

SPEECH_PAGES = [
    (
        "Home / Prime Minister's Office / Speeches\nSpeech\n"
        "PM Netanyahu's Remarks at the State Memorial Ceremony\nDate: 24.07.2025\n"
        "Prime Minister Benjamin Netanyahu, today (Thursday, 24 July 2025), spoke at the state "
        "memorial ceremony on Mount Herzl in Jerusalem.Translated from Hebrew. Following are his "
        "remarks:\n" + _SPEECH,
        "Benjamin Netanyahu",
    ),
    (
        "Home / Speeches\nSpeech\nRemarks at the Memorial Ceremony\nDate: 24.07.2025\n"
        "President Isaac Herzog, today, spoke at the memorial ceremony on Mount Herzl. "
        "Following are the President's remarks:\n" + _SPEECH,
        "Isaac Herzog",
    ),
]


@pytest.mark.parametrize(("page", "speaker"), SPEECH_PAGES)
def test_speech_lead_ending_following_are_remarks(page: str, speaker: str) -> None:
    rows = turn_rows(page)
    assert len(rows) == 1
    label, who, body = rows[0]
    assert (label, who) == ("statement", speaker)
    assert body.startswith("Honorable President, Speaker of the Knesset,")
    assert body.endswith("May his memory be blessed.")


_OPED_BODY = (
    "There is a temptation, when the world becomes more dangerous, to reach for the language "
    "of competition. I understand the temptation. But it misreads the Pacific.\n"
    "Trust takes years to build and moments to lose. That is the work this government will "
    "continue to do.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Foreign Minister Penny Wong with Tongan Prime Minister Siaosi Sovaleni in Nuku’alofa "
        "last year.Credit: AAP",
        "The minister at the Pacific Islands Forum in Suva last year. Credit: Getty Images",
    ],
)
@pytest.mark.parametrize(
    "bio",
    [
        "Penny Wong is the Minister for Foreign Affairs and a Labor senator for South Australia.",
        "Penny Wong is Foreign Minister and a senator for South Australia.",
    ],
)
def test_oped_furniture_around_the_one_statement(caption: str, bio: str) -> None:
    page = (
        "The Sydney Morning Herald\nSubscribe\nLog in\nOpinion\nForeign affairs\n"
        "Australia’s security in the Pacific is built on trust, not transactions\n"
        "By Penny Wong\nFebruary 12, 2025 — 5.00am\nSave\n"
        "Log in, register or subscribe to save articles for later.\nShare\n"
        "Normal text size\nAdvertisement\n" + caption + "\n" + _OPED_BODY + bio + "\n"
        "Get a note directly from our foreign correspondents on what’s making headlines around "
        "the world. Sign up for our weekly What in the World newsletter.\nSave\n"
        "Log in, register or subscribe to save articles for later.\nLicense this article\n"
        "Pacific Islands\nForeign policy\nPenny Wong\nOpinion\nMore...\n"
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    label, who, body = rows[0]
    assert (label, who) == ("statement", "Penny Wong")
    assert body.startswith("There is a temptation, when the world")
    assert body.endswith("this government will continue to do.")


_MEA = (
    "Official Spokesperson, Shri Randhir Jaiswal: Good evening and welcome. Foreign Secretary, "
    "may I request you to make your opening remarks.\n"
    "Foreign Secretary, Shri Vikram Misri: Thank you, Randhir. I am happy to take questions.\n"
    "Official Spokesperson, Shri Randhir Jaiswal: The floor is open. We'll start with Sidhant.\n"
    "Sidhant Sibal, WION: Sir, will the trade agreement be signed?"
    "Question (in Hindi): {note} Sir, what will the common people of India get from this "
    "trade agreement?\n"
    "Foreign Secretary, Shri Vikram Misri: On the agreement, yes, it will be signed. "
    "{note} On the last question, it will create jobs.\n"
    "Official Spokesperson, Shri Randhir Jaiswal: Thank you all for joining us this evening. "
    "Good evening.\n(Concluded)\nNew Delhi\nJuly 21, 2025\nWrite your Comment\nName *\n"
    "Email *\nComment *\nSubmit\nFeedback\nWebsite Policies\nHelp\nContact Us\n"
    "Page last updated on: 21-07-2025\n"
    "Content Owned by Ministry of External Affairs, Government of India.\n"
)


@pytest.mark.parametrize("note", ["[Approximate translation]", "(Approximate translation)"])
def test_mea_approximate_translation_and_footer(note: str) -> None:
    page = _MEA.format(note=note)
    doc = run(page)
    directions = [doc.span_text(s) for s in doc.layer("stage_directions")]
    assert directions == [note, note, "(Concluded)"]
    bodies = [doc.span_text(s) for s in doc.layer("turns")]
    assert any(b.startswith("Sir, what will the common people") for b in bodies)
    assert bodies[-1] == "Thank you all for joining us this evening. Good evening."


@pytest.mark.parametrize("languages", [6, 3])
def test_un_switcher_one_language_a_line(languages: int) -> None:
    names = ["العربية", "中文", "English", "Français", "Русский", "Español"][:languages]
    page = (
        "Skip to main content\nWelcome to the United Nations\n" + "\n".join(names) + "\n"
        "Toggle navigation\nMeetings Coverage and Press Releases\nSecretary-General\n"
        "General Assembly\nSecurity Council\nEconomic and Social Council\nPress Briefings\n"
        "Noon Briefing\n"
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n"
        "14 March 2025\n"
        "The following is a near-verbatim transcript of today’s noon briefing by Stéphane "
        "Dujarric, Spokesman for the Secretary-General.\n"
        "**Gaza\n"
        "Good afternoon. In Gaza, the UN Relief and Works Agency says that no supplies have "
        "entered the Strip for almost two weeks now.\n"
        "**Questions and Answers\n"
        "Spokesman: Edie, please.\n"
        "Question: Thank you, Stéphane. Has the Secretary-General spoken to the Government?\n"
        "Spokesman: Not that I'm aware of.\n"
    )
    rows = turn_rows(page)
    assert rows[0][:2] == ("statement", "Stéphane Dujarric")
    assert rows[0][2].startswith("Good afternoon. In Gaza")


@pytest.mark.parametrize(("voice", "said"), [("Karen", "Hi, Karen from Derry."), ("Lisa", "Hi.")])
def test_rev_one_off_first_name_voice(voice: str, said: str) -> None:
    page = (
        "Nikki Haley Town Hall in Salem, New Hampshire Transcript\n\n"
        "Moderator (14:49):\nLet me jump in with one. What do you say to that?\n\n"
        "Nikki Haley (15:02):\nI've done five debates. He's hiding.\n\n"
        "Moderator (15:19):\nLast question. Right there in the back.\n\n"
        f"{voice} (15:24):\n{said} I want to know where you stand on abortion, because we're "
        "still thinking about voting for you.\n\n"
        "Nikki Haley (15:37):\nI'm unapologetically pro-life. Let's find consensus.\n\n"
        "Moderator (16:30):\nNikki Haley, everybody! Thank you, Salem!\n\n"
        "Topics:\nNo items found.\nHungry For More?\n"
        "Luckily for you, we deliver. Subscribe to our blog today.\n"
    )
    rows = turn_rows(page)
    assert (voice, f"{said} I want") == (rows[-3][1], rows[-3][2][: len(said) + 7])
    assert rows[-1][2] == "Nikki Haley, everybody! Thank you, Salem!"


_DUMA = (
    "Председательствующий. Спасибо. Вопросы есть? Леонов Сергей Дмитриевич.\n\n"
    "Леонов С. Д., фракция ЛДПР. Нина Александровна, а как быть с маркетплейсами?\n\n"
    "Останина Н. А. Сергей Дмитриевич, вопрос правильный. Предложения уже поступили.\n\n"
    "{shout}. А родители за чем смотрят?\n\n"
    "Председательствующий. Коллеги, не с места, пожалуйста. Лантратова Яна Валерьевна.\n\n"
    "Лантратова Я. В., фракция «СПРАВЕДЛИВАЯ РОССИЯ». Нина Александровна, не слишком ли?\n\n"
    "Останина Н. А. Яна Валерьевна, речь идёт только о повторном нарушении. Бояться "
    "нечего.{chair}. Спасибо. Вопросы исчерпаны. Включите режим голосования.\n"
)


@pytest.mark.parametrize("shout", ["Голос из зала"])
@pytest.mark.parametrize("chair", ["Председательствующий", "Председательствующая"])
def test_duma_shout_and_glued_chair(shout: str, chair: str) -> None:
    bodies = [b for _, _, b in turn_rows(_DUMA.format(shout=shout, chair=chair))]
    assert "Сергей Дмитриевич, вопрос правильный. Предложения уже поступили." in bodies
    assert "А родители за чем смотрят?" in bodies
    assert "Яна Валерьевна, речь идёт только о повторном нарушении. Бояться нечего." in bodies
    assert bodies[-1] == "Спасибо. Вопросы исчерпаны. Включите режим голосования."
