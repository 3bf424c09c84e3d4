"""Small cases for the ID round (transcripts outside press rooms): a deposition's counsel named by
the appearances beside a firm named for them, a federal reporter's sworn block of several lines,
an Australian Hansard's "The Hon." member and witness lines, a Hansard's key to its marks, a
hearing's recess line, an Otter town hall's numbered voice who gives her name and a moderator
who says she moderates, a newsroom's republishing notice, an archive's record card naming the
respondent surname first, its end-of-recording note and its links to other interviews."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import run, turn_rows

_DEPOSITION = """\
              VIDEOTAPED DEPOSITION OF GREGORY T. MONTOYA
                         Tuesday, October 8, 2024

                          A P P E A R A N C E S

     For the Plaintiff:
          MS. ELENA VARGAS-REED
          Vargas-Reed Law, P.C.

     For the Defendant:
          MR. THOMAS J. ACKERLY
          Hollings Ackerly LLP

               THE VIDEOGRAPHER: We are now on the record. Will
     the court reporter please swear in the witness.
                         GREGORY T. MONTOYA,
          having been first duly sworn, was examined and
          testified as follows:
                               EXAMINATION
     BY MR. ACKERLY:
          Q.   Good morning, Mr. Montoya. Would you state your
     full name for the record?
          A.   Gregory T. Montoya.
          Q.   And what is your position with the cooperative?
          A.   I'm the general manager.
               MR. ACKERLY: Let's take a short break.
               THE VIDEOGRAPHER: We're going off the record.
                           (Recess taken.)
               THE VIDEOGRAPHER: We're back on the record.
          Q.   (BY MR. ACKERLY) Did you call the technician?
          A.   I did not.
"""


def test_deposition_counsel_sworn_block_and_recess() -> None:
    doc = run(_DEPOSITION)
    rows = [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]
    asked = {r[1] for r in rows if r[0] == "question"}
    # "Hollings Ackerly LLP" is the firm, not a second "… Ackerly" to choose between.
    assert asked == {"Thomas Ackerly"}
    opening = next(r for r in rows if r[1] == "The Videographer")
    assert opening[2].endswith("swear in the witness.")
    assert "(Recess taken.)" in [doc.span_text(s) for s in doc.layer("stage_directions")]
    assert any(r[2] == "We're going off the record." for r in rows)


@pytest.mark.parametrize(
    ("label", "surname"),
    [
        ("The Hon. NATHAN KERSLAKE", "KERSLAKE"),
        ("The Hon Nathan Kerslake", "Kerslake"),
        ("The Economist", None),  # no style: an outlet's name, no given name read
    ],
)
def test_styled_member_is_a_person(label: str, surname: str | None) -> None:
    info = classify_label(label)
    if surname is None:
        assert info is None or info.name is None or not info.name.given
        return
    assert info is not None and info.kind is LabelKind.PERSON and info.name is not None
    assert info.name.surname == surname and info.text == label


_ESTIMATES = """\
BUDGET ESTIMATES 2024-2025

PRESENT

Ms Tamsin Lowe (Chair)
The Hon. Nathan Kerslake

* Please note:
[inaudible] is used when audio words cannot be deciphered.
[audio malfunction] is used when words are lost due to a technical malfunction.

The CHAIR: Welcome to the hearing. Minister, you do not need to be sworn.

Mr PAUL FERRANTE, Secretary, Transport for NSW, affirmed and examined

The CHAIR: We begin with questions from the Opposition.

The Hon. NATHAN KERSLAKE: Minister, how many councils have their allocation?

Ms DANIELLE MORCOMBE: I will ask the Secretary to give you the figure.

Mr PAUL FERRANTE: Forty-one councils had drawn down their allocation, it is [inaudible] clear.

The Hon. NATHAN KERSLAKE: So fewer than half. When will the repairs start?

Ms DANIELLE MORCOMBE: The contract was awarded in July.

The CHAIR: Thank you. We will now take a break.

(Short adjournment)
"""


def test_estimates_witness_line_style_and_glossary() -> None:
    doc = run(_ESTIMATES)
    rows = [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]
    assert rows[1][2] == "Welcome to the hearing. Minister, you do not need to be sworn."
    assert [r[1] for r in rows if r[0] == "question"] == ["Nathan Kerslake"] * 2
    directions = [doc.span_text(s) for s in doc.layer("stage_directions")]
    assert directions == ["[inaudible]", "(Short adjournment)"]


_TOWN_HALL = """\
Full transcript: Millbrook water rate town hall
By Ridgeline Record Staff
April 10, 2025

Alisha Grant  0:03
Okay, I think we're going to get started. Good evening, I'm Alisha Grant with the League of \
Women Voters, and I'll be moderating tonight. Mayor Becker.

Tom Becker  0:51
Thank you, Alisha. The state told us in 2022 that our plant has to meet new limits by 2028.

Alisha Grant  4:05
All right, let's go to questions. Sir, in the blue jacket.

Speaker 4  4:12
Yeah, thanks. Why is it all going on the residents?

Tom Becker  4:40
That's a fair question. Hartwell Foods pays the same rate everybody else does.

Alisha Grant  5:31
Okay. Next, right here in the front.

Speaker 5  5:36
Hi. My name is Doris Pelletier, I've lived on Ash Street for forty-one years. Are we getting \
new pipes?

Tom Becker  6:04
About 15% of the increase is set aside for water main replacement.

Speaker 5  6:27
Well, I'll believe it when I see it. Thank you.

Alisha Grant  8:10
We're at time for tonight. Thank you all for coming.

Transcribed by https://otter.ai

Related coverage
Millbrook council delays water rate vote to May

The Ridgeline Record is a nonprofit newsroom covering Harmon County. Republish this story for \
free under our Creative Commons license.
"""


def test_town_hall_moderator_and_named_voice() -> None:
    rows = turn_rows(_TOWN_HALL)
    moderator = [r[0] for r in rows if r[1] == "Alisha Grant"]
    assert moderator == ["other"] * 4
    assert [r[1] for r in rows if r[2].startswith(("Hi. My name", "Well, I'll"))] == [
        "Doris Pelletier",
        "Doris Pelletier",
    ]
    assert [r[1] for r in rows if r[2].startswith("Yeah, thanks")] == [None]
    assert rows[-1][2].endswith("Thank you all for coming.")


_ORAL_HISTORY = """\
Архів усної історії

Савчук Галина Петрівна: «Ключі від квартири я досі ношу з собою»

Респондентка: Савчук Галина Петрівна, 1951 р. н., вчителька хімії на пенсії
Інтерв'юерка: Оксана Гнатюк
Дата запису: 14 серпня 2023 р.

[00:00:12]
О.Г.: Пані Галино, розкажіть, будь ласка, де ви народилися?

Г.С.: Народилася я в Рубіжному, все життя там прожила.

О.Г.: Як для вас почалося 24 лютого?

Г.С.: О п'ятій ранку подзвонив син. Каже: мамо, збирай документи, почалося. А я кажу: що \
почалося? Я ж не вірила до останнього. Потім уже чути було, гупало десь за Кремінною. Ну, \
зібрала сумку, як він казав, документи, ліки. І ще тиждень сиділа з тією сумкою в коридорі.

О.Г.: Дякую вам дуже, пані Галино.

[00:41:20]
Кінець запису.

Транскрипт звірено з аудіозаписом і погоджено з респонденткою 2 вересня 2023 р. Імена третіх \
осіб змінено на прохання респондентки.

Інші інтерв'ю колекції:
Кравець Олег Іванович: «Ми виїжджали під Бахмутом двічі»
Мирошниченко Надія: «Діти питали, коли додому»
"""


def test_oral_history_record_card_and_closing() -> None:
    doc = run(_ORAL_HISTORY)
    rows = [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]
    assert [r[1] for r in rows] == ["Оксана Гнатюк", "Галина Савчук"] * 2 + ["Оксана Гнатюк"]
    assert rows[-1][2] == "Дякую вам дуже, пані Галино."
    assert doc.meta.date == "2023-08-14"


@pytest.mark.parametrize(
    ("tail", "trailing"),
    [
        ("Кінець запису.\n\nТранскрипт звірено з аудіозаписом.", True),
        ("[End of recording]", True),
        ("Кінець запису — так вона сказала, і ми замовкли надовго.", False),
    ],
)
def test_end_of_recording_mark(tail: str, trailing: bool) -> None:
    text = (
        "О.Г.: А що для вас тут найважче?\n\nГ.С.: Найважче – що ти нічий. Люди тут добрі, я не "
        "скаржуся, мені й роботу пропонували, в ліцеї, лаборанткою. Але все одно ти тут гостя. "
        "Вдома я знала, в якій аптеці яка продавчиня, хто з ким у школі вчився.\n\n"
        "О.Г.: Дякую вам дуже.\n\n" + tail
    )
    cut = trailing_start(text)
    assert (cut < text.index(tail) + 1) is trailing
