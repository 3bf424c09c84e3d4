"""Check P, batch UA UD: an office's domain after "of the" before the holder's name, gov.uk's
"From:" field naming a knight with his post-nominals, a wordmark's strapline over a barred menu,
a host's bio with an adverb before "serves as" under the footer, and a two-word date field."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


_BRIEFING_BODY = (
    "MR. HALE: Good morning. The Secretary will make a few remarks and then take questions.\n\n"
    "SECRETARY MORROW: Thanks, John. Today the Navy commissions its first uncrewed "
    "surface squadron, based in Norfolk.\n\n"
    "Q: Lita Baldor, AP. How many vessels will the squadron have?\n\n"
    "SECRETARY MORROW: Twelve by the end of the year, more after that.\n\n"
    "Q: And what do they cost?\n\n"
    "SECRETARY MORROW: Less than a single destroyer's annual fuel bill.\n"
)

_GOVUK_BODY = (
    "PM: Good afternoon. This week I have seen the damage the storm did to homes across the "
    "north. Today we are announcing a recovery fund for every affected household.\n\n"
    "I'm happy to take questions.\n\n"
    "Laura Trevelyan, ITV: Prime Minister, why was the money not there before the storm?\n\n"
    "PM: Laura, the money was there, and more is coming. We doubled the defence budget.\n\n"
    "Ed Harlow, Times: Will the fund cover businesses?\n\n"
    "PM: Yes, it will, up to ten thousand pounds for each firm.\n"
)

_UKRINFORM_BODY = (
    "Q: Mrs. Melnyk, how many patients does the hospital treat now?\n\n"
    "A: About six hundred a day, twice as many as before the war. We opened two new wards "
    "in the basement last month.\n\n"
    "Q: Do you have enough staff?\n\n"
    "A: Not yet. We are training nurses ourselves, and volunteers help us at night.\n\n"
    "Q: What do you need most?\n\n"
    "A: Generators and ventilation. The rest we can manage.\n\n"
    "Interviewed by Taras Bondar\n"
)

SPEAKER_CASES = [
    (
        # "Navy" closes the office ("Secretary of the Navy"), set before the name in the
        # headline and again in the roster: no given name of his.
        "U.S. Department of War\nTranscript\n"
        "Secretary of the Navy Paul Morrow Holds a Press Briefing on Uncrewed Ships\n"
        "March 4, 2026 |\n\n"
        "Secretary of the Navy Paul Morrow; Pentagon Press Secretary John Hale\n\n"
        + _BRIEFING_BODY,
        "answer",
        "Paul Morrow",
    ),
    (
        # gov.uk's "From:" field names the Prime Minister as a knight with his honours after
        # the name: he holds the office the "PM:" label names.
        "GOV.UK\n\nSpeech\nPM press conference on storm recovery: 3 March 2026\n\n"
        "From:\nPrime Minister's Office, 10 Downing Street and The Rt Hon Sir Alan Whitcombe "
        "KCB KC MP\nPublished\n3 March 2026\n\n" + _GOVUK_BODY,
        "answer",
        "Alan Whitcombe",
    ),
    (
        # The wordmark's strapline between the capitals masthead and the barred menu is no
        # person: the lead's one full name answers.
        "UKRINFORM\nMultimedia Platform for Broadcasting\n"
        "Ukraine | War | Economy | Society | World | Interviews\n\n"
        "Interviews\n03.03.2026 10:15\n\n"
        '"We treat twice as many patients as before the war"\n\n'
        "In an interview with Ukrinform, Kherson regional hospital director Oksana Melnyk "
        "spoke about the hospital's underground wards and its staff.\n\n" + _UKRINFORM_BODY,
        "answer",
        "Oksana Melnyk",
    ),
]


@pytest.mark.parametrize("text,role,speaker", SPEAKER_CASES)
def test_speaker_named(text: str, role: str, speaker: str) -> None:
    named = {s for label, s, _ in turns(text) if label == role}
    assert named == {speaker}


def test_host_bio_under_footer_closes_last_turn() -> None:
    # A host's bio under the copyright line, the adverb before "serves as", is the page's.
    text = (
        "The Ingraham Angle\n"
        "Wright: 'Gas prices are already falling'\n"
        "Energy Secretary Chris Wright discusses summer fuel prices on 'The Ingraham Angle.'\n"
        "By Laura Ingraham , Fox News\n"
        "Published March 4, 2026 11:02pm EST\n\n"
        'This is a rush transcript from "The Ingraham Angle," March 4, 2026. This copy may not '
        "be in its final form and may be updated.\n\n"
        "LAURA INGRAHAM, FOX NEWS HOST: Joining me now is the Secretary of Energy, Chris "
        "Wright. Mr. Secretary, welcome.\n\n"
        "CHRIS WRIGHT, ENERGY SECRETARY: Thanks for having me, Laura.\n\n"
        "INGRAHAM: Are gas prices going to fall this summer?\n\n"
        "WRIGHT: They already are. Production is at a record high.\n\n"
        "INGRAHAM: Mr. Secretary, thank you.\n\n"
        "WRIGHT: Thank you, Laura.\n\n"
        "Content and Programming Copyright 2026 Fox News Network, LLC. ALL RIGHTS RESERVED. "
        "Copyright 2026 ASC Services II Media, LLC. All materials herein are protected by "
        "United States copyright law and may not be reproduced without prior written "
        "permission. You may not alter or remove any trademark, copyright or other notice "
        "from copies of the content.\n\n"
        "Laura Ingraham currently serves as host of The Ingraham Angle (weekdays 7-8PM/ET) "
        "and is based in Washington, D.C.\n"
        "CATEGORIES\nThe Ingraham Angle\nEnergy\nChris Wright\n"
    )
    last = turns(text)[-1]
    assert last[1] == "Chris Wright"
    assert last[2] == "Thank you, Laura."


def test_two_word_date_field_over_place() -> None:
    # Suspilne's "Дата публікації …" field over the town on its own line: the page's place.
    text = (
        "Суспільне Одеса\nНовини\nРегіон\nВійна\n\n"
        "«Порт працює на повну». Директор порту про зимовий сезон\n"
        "Дата публікації 12 лютого 2026 09:15\nОдеса\n\n"
        "Одеський порт цієї зими приймає більше суден, ніж торік. Про це в інтерв'ю "
        "Суспільне Одеса розповів директор порту Андрій Левченко. Із ним поспілкувалася "
        "журналістка Марія Савчук.\n\n"
        "Марія Савчук: Пане Андрію, скільки суден ви приймаєте щодня?\n\n"
        "Андрій Левченко: Від дванадцяти до п'ятнадцяти, залежно від погоди.\n\n"
        "Марія Савчук: Чи вистачає працівників?\n\n"
        "Андрій Левченко: Поки що так. Ми навчаємо молодь і повертаємо ветеранів.\n"
    )
    meta = _doc(text).meta.to_dict()
    assert meta.get("place") == "Одеса"
