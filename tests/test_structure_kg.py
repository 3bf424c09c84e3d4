"""Small cases found by the blind batch KG: a print round table whose lead names its moderator,
a Scottish committee's convener who questions the witness herself, an office shortened to its
head, a background briefing's two unnamed officials in the headline, a PDF transcript's first
turn hard-wrapped after a sentence, an office's possessive event title over its holder's line,
and a news page's update stamp in brackets."""

import pytest

from structure_support import run, spoken_rows, turn_rows

# ---- a print round table: the participants' companies quoted as the moderator's paper --------

ROUND_TABLE = (
    "Газета\n12.02.2025\n\n"
    "Как модернизировать водоканалы, обсудили участники рынка. {lead}\n\n"
    "Павел Орлов, «Вестник»: Насколько изношены сети?\n\n"
    "Игорь Седов, «Водоканал Юг»: Износ высокий, около шестидесяти процентов по региону.\n\n"
    "Анна Руденко, «Союз потребителей»: Я бы возразила. Тариф за десять лет вырос быстрее "
    "инфляции, а надежность сетей почти не улучшилась.\n\n"
    "Орлов: Кто заплатит за ремонт?\n\n"
    "Седов: Без долгосрочного тарифа ремонт не окупится, это очевидно.\n\n"
    "Руденко: Может, если правила будут понятными. Никакой инвестор не пойдет туда, где "
    "тариф пересматривают каждый год.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        # the lead names the moderator (his paper quoted in his post): the companies answer
        "Модерировал дискуссию обозреватель «Вестника» Павел Орлов.",
        "Модерировал круглый стол обозреватель «Вестника» Павел Орлов.",
    ],
)
def test_round_table_participants_under_quoted_companies_answer(lead: str) -> None:
    rows = spoken_rows(ROUND_TABLE.format(lead=lead))
    assert [r[0] for r in rows if r[1] in ("Игорь Седов", "Анна Руденко")] == ["answer"] * 4
    assert {r[0] for r in rows if r[1] == "Павел Орлов"} == {"question"}


# ---- a Scottish committee's convener who asks the witness herself ---------------------------

CONVENER = (
    "Scottish Parliament\nRural Affairs Committee\nTuesday 4 March 2025\n\nOfficial Report\n\n"
    "09:30\n\n"
    "The Convener (Alan Frew): Good morning. Our first item is an evidence session on "
    "crofting. I welcome Jean Barr, Cabinet Secretary for Justice. I understand that you "
    "would like to make a short statement. Is that correct?\n\n"
    "The Cabinet Secretary for Justice (Jean Barr): Yes, thank you, convener. The bill "
    "will be introduced before the summer, and I am grateful to crofters for their views.\n\n"
    "The Convener: Thank you. The committee was told the bill would come last year. Why has "
    "it slipped?\n\n"
    "Jean Barr: It has not slipped in any material way; the consultation took longer.\n\n"
    "Rhoda Grant (Highlands and Islands) (Lab): Cabinet secretary, can you give crofters a "
    "firm date for the register changes?\n\n"
    "The Cabinet Secretary: I can tell Ms Grant that the register will change next April, "
    "once the regulations have been laid.\n\n"
    "The Convener: Thank you, cabinet secretary. I suspend the meeting briefly to allow for "
    "a change of witnesses.\n"
)


def test_convener_who_asks_the_witness_still_chairs() -> None:
    rows = turn_rows(CONVENER)
    assert [r[0] for r in rows] == [
        "question", "answer", "question", "answer", "question", "answer", "other",
    ]  # fmt: skip
    # "The Cabinet Secretary:" is the one label whose office begins so
    assert rows[5][1] == "Jean Barr"


# ---- a background briefing's headline names two offices, no person --------------------------

BACKGROUND = (
    "U.S. Department of Defense\nTranscript\n"
    "Senior Defense Official and Senior Military Official Hold a Background Briefing on Posture\n"
    "March 6, 2025\n\n"
    "STAFF: Good afternoon. Today's briefing is on background. Sir, over to you.\n\n"
    "SENIOR DEFENSE OFFICIAL: Thanks. We agreed to accelerate the headquarters upgrade.\n\n"
    "Q: Will that require more personnel in Japan?\n\n"
    "SENIOR DEFENSE OFFICIAL: I'll let my colleague speak to the personnel piece.\n\n"
    "SENIOR MILITARY OFFICIAL: The increase is modest, a few hundred billets.\n"
)


def test_background_officials_in_the_headline_are_no_names() -> None:
    speakers = {r[1] for r in turn_rows(BACKGROUND)}
    assert None in speakers  # the background officials, whom the call never names
    assert "Military Official" not in speakers


# ---- a PDF transcript's first turn, hard-wrapped after a sentence ---------------------------

PDF = (
    "SUNDAY MORNING SHOW\n16TH MARCH 2025\n\n"
    "INTERVIEW: PETER HALE MP,\nHOME SECRETARY\n\n"
    "ANNA FIELD: Peter Hale, welcome to the programme. This week the government\n"
    "announced new limits on visas. Are you comfortable with that?\n\n"
    "PETER HALE: Good morning, Anna. Yes, because the system was failing the people it\n"
    "is meant to serve.\n\n"
    "AF: But employers say they cannot fill jobs. Aren't they right?\n\n"
    "PETER HALE: No, I don't accept that.\n"
)


def test_wrapped_first_turn_after_a_sentence_is_no_headline() -> None:
    rows = turn_rows(PDF)
    assert rows[0][:2] == ("question", "Anna Field")
    assert rows[0][2].startswith("Peter Hale, welcome")


# ---- an office's possessive event over its holder's line ------------------------------------

ENCOUNTER = (
    "United Nations Secretary-General\nHome / Statements / Press Encounters\n\n"
    "Secretary-General's press encounter on the floods [as delivered]\nNew York, 2 May 2025\n\n"
    "Secretary-General Maria Lindqvist\nShare\n\n"
    "Good afternoon.\n\n"
    "I have just briefed the Security Council on the floods, which have displaced more than a "
    "million people across the region.\n\n"
    "Thank you.\n\n"
    "Q: Will you travel to the region?\n\n"
    "SG: I have no announcement to make today.\n"
)


def test_opening_remarks_under_an_offices_possessive_title_are_its_holders() -> None:
    rows = turn_rows(ENCOUNTER)
    assert rows[0][:2] == ("statement", "Maria Lindqvist")
    assert rows[-1][1] == "Maria Lindqvist"


# ---- a news page's update stamp -------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["(обновлено: 09:12 20.03.2025)", "(updated 14:05 GMT 3.4.2025)"])
def test_update_stamp_in_brackets_is_no_direction(stamp: str) -> None:
    text = (
        f"Агентство\n20.03.2025\n06:00\n{stamp}\n\n"
        "— Иван Петрович, как идут дела на заводе после перезапуска линии?\n\n"
        "— Хорошо, загрузка растет, и мы набираем новых сотрудников каждый месяц.\n"
    )
    doc = run(text)
    assert [doc.span_text(x) for x in doc.layer("stage_directions")] == []
