"""Small cases for batch LW (UN News, Суспільне, a BBC Radio 4 PDF transcript): an outlet's
label asks as the journalist the lead gives it even where the outlet's name is the masthead
("UN News" atop the page, "… sat down with UN News' Daniela Restrepo"); a regional page's
author under the date and its language switch asks the bold questions; a "Читайте також" box
mid-answer with a plain question under it (its bold lost) splits the answer; a documentary's
presenter link that closes by presenting the next contributor is narration; a PDF's running
head that carries the page number is trimmed off the last turn."""

import pytest

from structure_support import spoken_rows, turn_rows

_UN = (
    "{mast}\n"
    "Global perspective Human stories\n"
    "Humanitarian Aid\n"
    "INTERVIEW: 'We are being forced into hard choices,' says UN relief chief\n"
    "17 June 2025\n"
    "With funding for aid at its lowest level in a decade, the UN's relief chief Tom Fletcher "
    "has launched a new appeal. He sat down with UN News' Daniela Restrepo in New York to "
    "explain what that means.\n"
    "UN News: What has changed this year?\n"
    "Tom Fletcher: The needs are going up and the funding is going down.\n"
    "UN News: What is your message to governments?\n"
    "Tom Fletcher: This is a choice. We are asking them to choose humanity.\n"
)


@pytest.mark.parametrize("mast", ["UN News", "United Nations"])
def test_outlet_label_asks_as_the_masthead_journalist(mast: str) -> None:
    rows = spoken_rows(_UN.format(mast=mast))
    assert [r[:2] for r in rows] == [
        ("question", "Daniela Restrepo"),
        ("answer", "Tom Fletcher"),
        ("question", "Daniela Restrepo"),
        ("answer", "Tom Fletcher"),
    ]


_SUSPILNE = (
    "Суспільне Культура\n"
    "Культура\n"
    "«Бібліотека має бути відкритою»: директорка обласної бібліотеки Оксана Сидорук\n"
    "14 травня 2025, 09:15\n"
    "{switch}"
    "Марія Гребенюк\n"
    "Оксана Сидорук. Фото: Суспільне Житомир\n"
    "Суспільне Житомир поговорило з директоркою бібліотеки Оксаною Сидорук.\n\n"
    "**Пані Оксано, як змінилася робота бібліотеки?**\n\n"
    "Перші тижні ми взагалі не розуміли, що буде. Частину фондів ми перенесли в підвал.\n\n"
    "**Що зараз найбільше читають житомиряни?**\n\n"
    "Дуже зросла популярність української історії. Черги є на деякі видання.\n\n"
    "Читайте також\n"
    "У Житомирі відкрили виставку фронтових листів\n"
    "А діти?\n\n"
    "Діти читають фентезі, як і всюди. І це чудово.\n\n"
    "**Чи вистачає фінансування на нові книжки?**\n\n"
    "Чесно – ні. Рятують програми Українського інституту книги.\n"
)


@pytest.mark.parametrize("switch", ["Читати українською\n", ""])
def test_author_under_language_switch_and_boxed_lost_question(switch: str) -> None:
    rows = spoken_rows(_SUSPILNE.format(switch=switch))
    assert [r[:2] for r in rows] == [
        ("question", "Марія Гребенюк"),
        ("answer", "Оксана Сидорук"),
        ("question", "Марія Гребенюк"),
        ("answer", "Оксана Сидорук"),
        ("question", "Марія Гребенюк"),
        ("answer", "Оксана Сидорук"),
        ("question", "Марія Гребенюк"),
        ("answer", "Оксана Сидорук"),
    ]
    assert rows[3][2].endswith("деякі видання.")
    assert rows[4][2] == "А діти?"


_ANALYSIS = (
    "BRITISH BROADCASTING CORPORATION\n"
    "RADIO 4\n"
    'TRANSCRIPT OF "ANALYSIS" – "WHO PAYS FOR THE GRID?"\n'
    "PRESENTER: Helen Thornbury\n"
    "PRODUCER: Ben Carter\n\n"
    "THORNBURY: On a windy night last winter, turbines in the north were switched off. "
    "{link}\n\n"
    "MORGAN: We have a farm that could power 90,000 homes, and on a good day it's switched "
    "off for hours.\n\n"
    "THORNBURY: Who decides that you switch off?\n\n"
    "MORGAN: The system operator does. If the pipe's full, it's full.\n"
    "ANALYSIS 9th June 2025 Page 2\n\n"
    "THORNBURY: The pipe is being widened. Priya Desai is an energy economist at Imperial "
    "College.\n\n"
    "DESAI: The numbers are very large. The bill payer pays, through network charges.\n\n"
    "THORNBURY: So my bill goes up?\n\n"
    "DESAI: In the short term, yes, a little.\n"
    "ANALYSIS 9th June 2025 Page 3\n"
)


@pytest.mark.parametrize(
    ("link", "label"),
    [
        ("Rhys Morgan runs a wind developer in the Highlands.", "other"),
        # (a statement put to the contributor, naming nobody next, still asks)
        ("Consumers paid twice for the same power.", "question"),
    ],
)
def test_presenter_link_presenting_next_voice_is_narration(link: str, label: str) -> None:
    rows = [r for r in turn_rows(_ANALYSIS.format(link=link)) if r[1]]
    assert rows[0][:2] == (label, "Helen Thornbury")
    assert rows[4][:2] == ("other", "Helen Thornbury")
    assert rows[5][:2] == ("answer", "Priya Desai")
    assert rows[-1][2] == "In the short term, yes, a little."
