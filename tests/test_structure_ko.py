"""Small cases found by the blind batch KO: a reporter's self-introduction after a thanks to an
abbreviated title ("Thanks, Mr. Secretary. Tara Copp, AP.") or after a two-word office
("Prime Minister, Chris Mason, BBC News."); kremlin.ru's "(Обращаясь к В.Фалькову.)" note over
an address by given name and patronymic; a Commons committee's Division break (unbracketed
directions, the chair's procedural turns); a gallery's counter and caption under the dateline;
gov.uk's "Location:" field under a long cover; a meeting's principal's instruction after a
report and his parting wish."""

import pytest

from rhetoscope.structure.naming import _self_introduced
from structure_support import run, spoken_rows, turn_rows


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Thanks, Mr. Secretary. Tara Copp, AP. You mentioned presence. Are you …?", "Tara Copp"),
        ("Thank you, Dr. Patel. Lena Ortiz, Reuters. Is the vaccine safe?", "Lena Ortiz"),
        ("Prime Minister, Chris Mason, BBC News. Are you going to back down?", "Chris Mason"),
        ("Thank you, Prime Minister. Beth Rigby, Sky News. Isn't it a waiting room?", "Beth Rigby"),
        # an address and no introduction names nobody
        ("Prime Minister, on the £1.6 billion - is this new money?", None),
        ("Thanks, Mr. Secretary. Is Typhon staying permanently?", None),
    ],
)
def test_self_introduction_after_an_address(body: str, name: str | None) -> None:
    assert _self_introduced(body, set()) == name


KREMLIN = (
    "Президент России\nНовости\n\nВстреча с молодыми учёными\n\n"
    "Владимир Путин встретился с молодыми учёными – победителями конкурса грантов.\n"
    "8 февраля 2025 года\n16:20\nНовосибирск\n{gallery}"
    "В.Путин: Добрый день, уважаемые коллеги! Пожалуйста, кто хотел бы начать?\n"
    "Д.Ковалёв: Добрый день! Дмитрий Ковалёв, Институт цитологии и генетики. Есть ли планы "
    "по развитию собственного приборостроения для науки?\n"
    "В.Путин: Есть, конечно. Без собственной приборной базы мы будем всё время в роли "
    "догоняющих. {note}Валерий Николаевич, пожалуйста, обратите на это внимание.\n"
    "В.Фальков: Владимир Владимирович, мы уже запустили программу по отечественным "
    "секвенаторам, первые образцы будут в этом году.\n"
    "В.Путин: Хорошо. Но не первые образцы – нужно, чтобы они в лабораториях стояли.\n"
    "Д.Ковалёв: Спасибо.\n"
    "В.Путин: Спасибо вам. Желаю успехов.\n"
)


@pytest.mark.parametrize(
    ("note", "minister"),
    [
        # the note says whom the President addresses: the minister's given name
        ("(Обращаясь к В.Фалькову.) ", "Валерий Фальков"),
        # no note: "Валерий Николаевич" and "Владимир Владимирович" share the initial, but
        # the address closes the President's turn right above "В.Фальков:", handing him
        # the floor (a speaker never addresses himself; see _handed_by_address)
        ("", "Валерий Фальков"),
    ],
)
def test_turned_to_note_names_the_addressed_minister(note: str, minister: str) -> None:
    rows = spoken_rows(KREMLIN.format(note=note, gallery=""))
    assert [r[1] for r in rows if r[2].startswith("Владимир Владимирович, мы")] == [minister]


def test_meeting_principal_remark_on_a_report_and_parting_wish() -> None:
    rows = spoken_rows(KREMLIN.format(note="(Обращаясь к В.Фалькову.) ", gallery=""))
    labels = {body[:20]: label for label, _, body in rows}
    assert labels["Хорошо. Но не первые"] == "statement"
    assert labels["Спасибо вам. Желаю у"] == "other"
    assert labels["Есть, конечно. Без с"] == "answer"


@pytest.mark.parametrize(
    "gallery",
    ["1 из 7\nВстреча с молодыми учёными.\n", "1 из 7\n", ""],
)
def test_gallery_counter_and_caption_end_the_dek(gallery: str) -> None:
    rows = turn_rows(KREMLIN.format(note="", gallery=gallery))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].endswith("победителями конкурса грантов.")


COMMITTEE = (
    "Treasury Committee\nOral evidence: Consumer credit, HC 512\n"
    "Members present: Dame Meg Hillier (Chair); Yuan Yang.\n"
    "Questions 91-94\nWitness: Sarah Goodall, Director, FCA.\n\n"
    "Q91 Chair: Ms Goodall, why has it taken so long?\n"
    "Sarah Goodall: The legislation only came through last year.\n"
    "Q92 Chair: We are going to have to move on because of a Division. The sitting is "
    "suspended for 15 minutes.\n"
    "Sitting suspended for a Division in the House.\n"
    "On resuming—\n"
    "Q93 Chair: Thank you for your patience. Yuan Yang.\n"
    "Q94 Yuan Yang: Thank you, Chair. How many complaints did the FCA receive last year?\n"
    "Sarah Goodall: I do not have the exact figure in front of me.\n"
)


def test_division_break_is_directions_and_procedural_turns() -> None:
    doc = run(COMMITTEE)
    assert [doc.span_text(x) for x in doc.layer("stage_directions")] == [
        "Sitting suspended for a Division in the House.",
        "On resuming—",
    ]
    rows = turn_rows(COMMITTEE)
    labels = {body[:20]: (label, speaker) for label, speaker, body in rows}
    assert labels["We are going to have"] == ("other", "Meg Hillier")
    assert labels["Thank you for your p"] == ("other", "Meg Hillier")
    assert labels["Thank you, Chair. Ho"] == ("question", "Yuan Yang")
    assert not any("On resuming" in body for _, _, body in rows)


GOVUK = (
    "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
    "Accept additional cookies Reject additional cookies View cookies\n"
    "Skip to main content\nGOV.UK\nMenu\nHome\nGovernment\nSpeech\n"
    "PM remarks at press conference in Kyiv: 2 April 2025\n"
    "Prime Minister Keir Starmer gave a press conference in Kyiv today.\n"
    "From:\nPrime Minister's Office, 10 Downing Street\nPublished\n2 April 2025\n"
    "Location:\n{location}\nDelivered on:\n2 April 2025 (Transcript of the speaker's exact words)\n"
    "Good afternoon. It's a privilege to be back in Kyiv with the people of Ukraine today.\n"
    "Journalist: Thank you, Prime Minister. Beth Rigby, Sky News. Is that enough?\n"
    "Prime Minister: No, I don't accept that, Beth.\n"
)


@pytest.mark.parametrize(("location", "place"), [("Kyiv, Ukraine", "Kyiv")])
def test_location_field_under_a_long_cover(location: str, place: str) -> None:
    assert run(GOVUK.format(location=location)).meta.place == place
