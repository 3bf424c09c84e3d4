"""Naming stress: short forms, quoted nicknames and closing bios (round 43, IR)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# A parish podcast: titled short-form labels, the dek naming both with the formal given name.
_TITLED_SHORT = """Diocese of Wexham
Home / Podcasts / Open Door

Open Door, Episode 12: When the school closes
March 3, 2025 | Office of Communications

In this episode, host Deacon Robert Hale sits down with Father William Brennan, pastor of
St. Brigid's, to talk about the parish school.

TRANSCRIPT

Deacon Bob: Welcome to Open Door. I'm Deacon Bob Hale. Father Bill, welcome.

Fr. Bill: Thanks, Bob. Glad to be here.

Deacon Bob: How long has the school been open?

Fr. Bill: Ninety-two years. The families on the north side built it themselves.

Deacon Bob: Father Bill Brennan, thank you.

Fr. Bill: Thank you, Bob.
"""

# An oral-history card: the nickname quoted inside the formal name, the lead using the short form.
_QUOTED = """Transcript: Katherine "Kate" Fallon (b. 1941), Ennis

Interviewee: Katherine "Kate" Fallon
Interviewer: Orla Quinn
Date of interview: 2 June 2018

OQ: This is Orla Quinn, and I'm here in Ennis with Kate Fallon. Kate, thanks for having me.

KF: You're very welcome. Sit down there.

OQ: Where were you born?

KF: On Mill Road, in 1941, in my aunt's house.
"""

# A college magazine: the asker's first name as label, named in full only by the closing bio.
_CLOSING_BIO = """ALUMNI VOICES

A conversation with Dr. Ruth Abara '01

The geologist came home after two decades abroad.

When Ruth Abara arrived on campus she meant to study law. We met in her office.

Nell: You grew up far from any mountains. How did you end up in geology?

Dr. Ruth Abara: By accident. A field trip in my second year did it.

Nell: What would you tell a first-year student?

Abara: Take the field trip.

This interview has been edited for length and clarity.

Nell Pryor '12 is the features editor of the magazine.
"""

# A club site's dash interview: the author field shares its line with the photo credit after
# a full stop; father and son labelled by seniority, the lead saying which is the parent.
_ELDER_YOUNGER = """ХК «Кедр» — официальный сайт

«На льду я тренер, дома — отец»
5 февраля 2025, 11:00
Текст: Ирина Малова. Фото: Олег Зуев

Накануне игры мы поговорили с Игорем Петровичем и Денисом Гусевыми — тренером школы и \
нападающим основной команды, отцом и сыном.

— Игорь Петрович, помните первую тренировку Дениса?

Гусев-старший: Конечно. Ему было пять лет, мороз был страшный.

Гусев-младший: Я этого не помню, честно.

— Тяжело было тренироваться у отца?

Гусев-младший: Тяжелее, чем у любого другого тренера.

Гусев-старший: Мы договорились, что дома о хоккее не говорим.
"""

# A given-name label joined to a caption's pair under one plural surname.
_PLURAL_CAPTION = """Главная / Новости

«Лёд на двоих»
Текст: Ирина Малова

Анна Павловна и Ольга Зуевы на тренировке.

Мы поговорили с мамой и дочерью о сезоне.

— Ольга, когда вы впервые вышли на лёд?

Ольга: В четыре года, во дворе.

— А тренировались у мамы?

Ольга: Всегда. И до сих пор.
"""

# One woman's surname printed once in its masculine form (a caption), twice in her own.
_GENDER_FORMS = """'I passed on the third try': a Ukrainian vet starts again

Two years after arriving in Leeds, vet Dr Oksana Kovalska has opened a clinic.

By Mark Reid

Dr Oksana Kovalsky outside her clinic. Picture: Jo Bell

Dr Kovalska, 39, ran a clinic in Dnipro before the invasion.

MR: When did you arrive?

OK: In April 2023, with one suitcase.

MR: What was hardest?

OK: The exams. I passed them on the third try.
"""


def _speakers(text: str) -> dict[str, str | None]:
    return {words[:12]: speaker for _, speaker, words in turn_rows(text)}


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (_TITLED_SHORT, "Welcome to O", "Robert Hale"),
        (_TITLED_SHORT, "How long has", "Robert Hale"),
        (_TITLED_SHORT, "Thanks, Bob.", "William Brennan"),
        (_TITLED_SHORT, "Ninety-two y", "William Brennan"),
        (_QUOTED, "You're very ", "Katherine Fallon"),
        (_QUOTED, "On Mill Road", "Katherine Fallon"),
        (_QUOTED, "Where were y", "Orla Quinn"),
        (_CLOSING_BIO, "You grew up ", "Nell Pryor"),
        (_CLOSING_BIO, "What would y", "Nell Pryor"),
        (_CLOSING_BIO, "By accident.", "Ruth Abara"),
        (_ELDER_YOUNGER, "Игорь Петров", "Ирина Малова"),
        (_ELDER_YOUNGER, "Тяжело было ", "Ирина Малова"),
        (_ELDER_YOUNGER, "Конечно. Ему", "Игорь Гусев"),
        (_ELDER_YOUNGER, "Мы договорил", "Игорь Гусев"),
        (_ELDER_YOUNGER, "Я этого не п", "Денис Гусев"),
        (_ELDER_YOUNGER, "Тяжелее, чем", "Денис Гусев"),
        (_PLURAL_CAPTION, "В четыре год", "Ольга Зуева"),
        (_GENDER_FORMS, "In April 202", "Oksana Kovalska"),
        (_GENDER_FORMS, "The exams. I", "Oksana Kovalska"),
    ],
)
def test_indirect_names(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker
