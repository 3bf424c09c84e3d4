"""Check Z, batch XO XS XU: an outlet label that asks as the page's one writer where the
writer's name stands alone (over the outlet line and the date, or under a dated headline over
the photo credit); a Cyrillic label of spelled-out letters for the masthead's acronym; a logo's
first word as the outlet's short name, not completed from a menu row; a host's surname label
completed by the "I'm …" the host says first."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_CASES = [
    # A menu row's two entries ("Lists  Forbes Women") are no name for "Forbes:", and the
    # capitals logo's first word is the outlet, asking as the byline's writer.
    (
        "FORBES UKRAINE\nBusiness  Tech  Money  Lists  Forbes Women  EN\n\nINTERVIEW\n\n"
        "Olena Savchuk of Agro Fund on the new grain terminals\n\nBy Taras Melnyk\n"
        "14.02.2026, 11:40\n\n"
        "Olena Savchuk, who heads the Agro Fund, told Forbes Ukraine why investors are back "
        "in the Danube ports.\n\n"
        "Forbes: How much did the fund invest this year?\n\n"
        "Olena Savchuk: About $40 million, twice as much as last year.\n\n"
        "Forbes: Where does the money go?\n\n"
        "Savchuk: Mostly into storage and rail sidings near Izmail.\n",
        ["Taras Melnyk", "Olena Savchuk", "Taras Melnyk", "Olena Savchuk"],
    ),
    # A local newsletter: dated rubric, headline, the writer's name alone, the photo's credit.
    (
        "Axios Portland\nLocal News    Newsletter    Events    Subscribe\n\n"
        "Mar 3, 2026 - Politics\nQ&A: Mayor Keith Wilson on the city's shelter plan\n"
        "Maya Holloway\n"
        "Mayor Keith Wilson at City Hall in February. Photo: Jordan Reyes/Getty Images\n\n"
        "Portland Mayor Keith Wilson wants every unsheltered resident offered a bed by the end "
        "of the year.\n\n"
        "Driving the news: Wilson sat down with Axios Portland on Friday.\n\n"
        "Axios: Can the city afford the plan?\n\n"
        "Wilson: Yes, if the county keeps its share of the money.\n\n"
        "Axios: What happens if it does not?\n\n"
        "Wilson: Then we open fewer sites, and slower.\n",
        ["Maya Holloway", "Keith Wilson", "Maya Holloway", "Keith Wilson"],
    ),
    # The Ukrainian service: author / the service's own name / date, and "Бі-Бі-Сі:" for BBC.
    (
        "Перейти до змісту\nBBC News, Україна\nГоловна\nВійна в Україні\n\n"
        "Директор аеропорту Львова про підготовку до відкриття неба\n\n"
        "Ірина Ткачук\nBBC News Україна\n4 лютого 2026\n\n"
        "Ми поговорили з директором аеропорту Андрієм Бойком про те, як він готується до "
        "відновлення польотів.\n\n"
        "Бі-Бі-Сі: Пане Андрію, коли аеропорт зможе прийняти перший рейс?\n\n"
        "Андрій Бойко: Технічно ми готові за два тижні після рішення.\n\n"
        "Бі-Бі-Сі: А персонал?\n\n"
        "Андрій Бойко: Більшість людей залишилася з нами.\n",
        ["Ірина Ткачук", "Андрій Бойко", "Ірина Ткачук", "Андрій Бойко"],
    ),
    # A forum host labelled "MS. SURNAME:" gives her full name in her first words.
    (
        "Washington Post Live\nTranscript: Housing costs with Sen. Tom Avery (D-Ore.)\n"
        "By Washington Post Live\nMay 8, 2025 at 2:00 p.m. EDT\n\n"
        "MS. KESSLER: Good morning, and welcome to Washington Post Live. I'm Laura Kessler, a "
        "housing reporter here at The Post. "
        "My guest is Senator Tom Avery.\n\n"
        "SEN. AVERY: Thank you, Laura.\n\n"
        "MS. KESSLER: Will rents come down this year?\n\n"
        "SEN. AVERY: Not without more building.\n",
        ["Laura Kessler", "Tom Avery", "Laura Kessler", "Tom Avery"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), _CASES)
def test_outlet_and_host_labels_named(text: str, speakers: list[str]) -> None:
    spoken = [speaker for _, speaker, _ in turn_rows(text) if speaker]
    assert spoken[:4] == speakers
