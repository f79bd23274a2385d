"""The shipped framework (K1–K3, S1–S9), roles, targets and indicator look-ups."""

import copy
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from kmdesk.assess.framework import (
    Framework,
    FrameworkError,
    Indicator,
    Text,
    framework_from_dict,
    parse_role,
    targets_from_dict,
)

DEFAULT_JSON = Path(__file__).resolve().parents[1] / "resources" / "framework" / "default.json"
CODES = ("K1", "K2", "K3", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9")
THAI = re.compile(r"[\u0E00-\u0E7F]")

# Copied verbatim from ../shared/design/framework.md (the source's own wording).
K1_TH = "ความเป็นมาของกลุ่ม โครงสร้าง และบทบาทหน้าที่ของกรรมการ"
S5_TH = "เชื่อมโยงความสัมพันธ์ทุกส่วนที่เกี่ยวข้องเพื่อสนับสนุนให้ชุมชนเป็นแกนกลางของการพัฒนา"
S8_TH = "การกระตุ้นให้แสดงความคิดเห็น สรุปประเด็น ดึงเกมให้อยู่ในเนื้อหา"
S9_TH = "การทำงานเป็นทีมของคุณอำนวย"
PURPOSE_TH = "เพื่อพัฒนากลุ่มให้เข้มแข็ง เป็นแกนกลางในการพัฒนาชุมชน"


@pytest.fixture(scope="module")
def data() -> dict:
    with DEFAULT_JSON.open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def fw(data) -> Framework:
    return framework_from_dict(data)


def _competency_node(data: dict, code: str) -> dict:
    return next(node for node in data["competencies"] if node["code"] == code)


# --- the shipped default ----------------------------------------------------------------


def test_default_has_the_twelve_competencies_in_framework_order(fw):
    assert fw.codes == CODES


def test_knowledge_and_skill_domains(fw):
    assert [d.code for d in fw.domains] == ["K", "S"]
    assert [fw.domain_of(code) for code in CODES] == ["K"] * 3 + ["S"] * 9
    assert fw.domain_of("X9") == ""


def test_thai_names_are_the_sources_verbatim_wording(fw):
    assert fw.competency("K1").name.th == K1_TH
    assert fw.competency("S5").name.th == S5_TH
    assert fw.competency("S8").name.th == S8_TH
    assert fw.competency("S9").name.get("th") == S9_TH


def test_english_names_are_shown_for_english(fw):
    assert fw.competency("S7").name.get("en") == "Running participatory meetings"
    assert fw.competency("S9").name.get("en") == "Teamwork within the facilitator team"


def test_purpose_is_the_sources_wording(fw):
    assert fw.purpose.th == PURPOSE_TH
    assert len(fw.goals) == 5


@pytest.mark.parametrize("code", CODES)
def test_every_competency_has_indicators_with_five_level_sentences_in_thai_and_english(fw, code):
    comp = fw.competency(code)
    assert comp is not None
    assert len(comp.active_indicators) >= 1
    for ind in comp.indicators:
        assert ind.competency == code
        assert ind.code.startswith(f"{code}.")
        assert THAI.search(ind.text.th)
        assert ind.text.en and not THAI.search(ind.text.en)
        assert len(ind.levels) == 5
        for level in range(1, 6):
            sentence = ind.level_text(level)
            assert THAI.search(sentence.th), (ind.code, level)
            assert sentence.en.strip() and not THAI.search(sentence.en), (ind.code, level)
        # each level says something different
        assert len({lv.th for lv in ind.levels}) == 5
        assert len({lv.en for lv in ind.levels}) == 5


def test_level_text_one_is_the_first_sentence(fw, data):
    k11 = fw.indicator("K1.1")
    node = _competency_node(data, "K1")["indicators"][0]
    assert k11.level_text(1).th == node["levels"]["1"]["th"]
    assert k11.level_text(5).en == node["levels"]["5"]["en"]


def test_default_has_the_three_roles_and_five_level_names(fw):
    assert fw.role_codes == ("coordinator", "process_lead", "recorder")
    assert fw.role("recorder").name.th == "ผู้บันทึก (คุณบันทึก)"
    assert len(fw.level_names) == 5
    assert fw.not_sure.th and fw.not_sure.en


def test_text_get_falls_back_to_thai():
    text = Text("ไทย", "English")
    assert text.get("en") == "English"
    assert text.get("th") == "ไทย"
    assert text.get("fr") == "ไทย"


# --- targets ----------------------------------------------------------------------------


def test_targets_from_default(fw, data):
    targets = targets_from_dict(data["targets"], fw)
    assert set(targets) == {"coordinator", "process_lead", "recorder"}
    for per_role in targets.values():
        assert tuple(per_role) == CODES
        assert all(1 <= level <= 5 for level in per_role.values())
    assert targets["recorder"]["S8"] == 4
    assert targets["coordinator"]["S3"] == 4
    assert targets["process_lead"]["S7"] == 4


def test_targets_reject_a_missing_competency(fw, data):
    broken = copy.deepcopy(data["targets"])
    del broken["recorder"]["S9"]
    with pytest.raises(FrameworkError, match="S9"):
        targets_from_dict(broken, fw)


def test_targets_reject_a_missing_role(fw, data):
    broken = copy.deepcopy(data["targets"])
    del broken["process_lead"]
    with pytest.raises(FrameworkError, match="process_lead"):
        targets_from_dict(broken, fw)


# true in a JSON file is not a level, although Python counts True as the int 1
@pytest.mark.parametrize("bad", [0, 6, 3.5, "3", None, True])
def test_targets_reject_a_level_off_the_scale(fw, data, bad):
    broken = copy.deepcopy(data["targets"])
    broken["coordinator"]["K2"] = bad
    with pytest.raises(FrameworkError):
        targets_from_dict(broken, fw)


# --- roles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "recorder",
        "Recorder",
        "RECORDER",
        " recorder ",
        "ผู้บันทึก (คุณบันทึก)",
        "ผู้บันทึก  (คุณบันทึก)",
        "ผู้บันทึก",
        "คุณบันทึก",
        " คุณบันทึก ",
    ],
)
def test_parse_role_reads_every_form_of_recorder(fw, text):
    assert parse_role(text, fw.roles) == "recorder"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coordinator", "coordinator"),
        ("Coordinator", "coordinator"),
        ("ผู้ประสานงาน", "coordinator"),
        ("คุณประสาน", "coordinator"),
        ("process_lead", "process_lead"),
        ("Process lead", "process_lead"),
        ("ผู้นำกระบวนการ (คุณนำกระบวนการ)", "process_lead"),
        ("คุณนำกระบวนการ", "process_lead"),
    ],
)
def test_parse_role_reads_the_other_roles(fw, text, expected):
    assert parse_role(text, fw.roles) == expected


@pytest.mark.parametrize("text", ["boss", "", "   ", "ผู้", "คุณ", "record"])
def test_parse_role_returns_none_for_an_unknown_role(fw, text):
    assert parse_role(text, fw.roles) is None


# --- indicator look-ups and edits --------------------------------------------------------


def test_resolve_indicator_by_competency_code_gives_its_first_indicator(fw):
    assert fw.resolve_indicator("S7").code == "S7.1"
    assert fw.resolve_indicator("s7").code == "S7.1"
    assert fw.resolve_indicator(" K1 ").code == "K1.1"


def test_resolve_indicator_by_indicator_code(fw):
    assert fw.resolve_indicator("s7.2").code == "S7.2"
    assert fw.resolve_indicator("S7.2") is fw.indicator("S7.2")


@pytest.mark.parametrize("code", ["X9", "S7.9", "S10", "", "K"])
def test_resolve_indicator_unknown_gives_none(fw, code):
    assert fw.resolve_indicator(code) is None


def test_resolve_indicator_skips_a_retired_first_indicator(fw):
    retired = replace(fw.indicator("S7.1"), retired=True)
    edited = fw.with_indicator(retired)
    assert edited.resolve_indicator("S7").code == "S7.2"
    assert [ind.code for ind in edited.competency("S7").active_indicators] == ["S7.2"]


def test_competency_and_indicator_lookups_do_not_mix(fw):
    assert fw.competency("S7.1") is None
    assert fw.indicator("S7") is None
    assert fw.indicator("S7.1").competency == "S7"


def _new_indicator(code: str, competency: str) -> Indicator:
    return Indicator(
        code=code,
        competency=competency,
        text=Text("ตัวชี้วัดใหม่", "A new indicator"),
        levels=tuple(Text(f"ระดับ {n}", f"Level {n}") for n in range(1, 6)),
    )


def test_next_indicator_code(fw):
    # S7 has S7.1 and S7.2; S1 has S1.1 only
    assert fw.next_indicator_code("S7") == "S7.3"
    assert fw.next_indicator_code("S1") == "S1.2"


def test_next_indicator_code_fills_a_gap(fw):
    edited = fw.with_indicator(_new_indicator("S1.3", "S1"))
    assert edited.next_indicator_code("S1") == "S1.2"


def test_with_indicator_adds_at_the_end_and_leaves_the_original_alone(fw):
    code = fw.next_indicator_code("S7")
    edited = fw.with_indicator(_new_indicator(code, "S7"))
    assert [ind.code for ind in edited.competency("S7").indicators] == ["S7.1", "S7.2", "S7.3"]
    assert edited.indicator("S7.3").text.en == "A new indicator"
    assert edited.resolve_indicator("s7.3").code == "S7.3"
    # the framework it was made from is unchanged
    assert [ind.code for ind in fw.competency("S7").indicators] == ["S7.1", "S7.2"]
    assert fw.indicator("S7.3") is None
    # other competencies are untouched, and the order of competencies stays
    assert edited.codes == CODES
    assert edited.competency("K1") == fw.competency("K1")


def test_with_indicator_replaces_the_one_with_the_same_code_in_place(fw):
    edited = fw.with_indicator(_new_indicator("S7.1", "S7"))
    assert [ind.code for ind in edited.competency("S7").indicators] == ["S7.1", "S7.2"]
    assert edited.indicator("S7.1").text.th == "ตัวชี้วัดใหม่"
    assert fw.indicator("S7.1").text.th != "ตัวชี้วัดใหม่"


# --- a framework file that breaks the rules ---------------------------------------------


def test_framework_error_for_a_competency_with_no_indicator(data):
    broken = copy.deepcopy(data)
    _competency_node(broken, "S4")["indicators"] = []
    with pytest.raises(FrameworkError, match="S4"):
        framework_from_dict(broken)


def test_framework_error_for_a_competency_without_an_indicators_key(data):
    broken = copy.deepcopy(data)
    del _competency_node(broken, "K2")["indicators"]
    with pytest.raises(FrameworkError, match="K2"):
        framework_from_dict(broken)


def test_framework_error_for_an_indicator_missing_a_level(data):
    broken = copy.deepcopy(data)
    del _competency_node(broken, "S3")["indicators"][1]["levels"]["5"]
    with pytest.raises(FrameworkError, match=r"S3\.2 level 5"):
        framework_from_dict(broken)


def test_framework_error_for_a_level_missing_its_english(data):
    broken = copy.deepcopy(data)
    del _competency_node(broken, "K1")["indicators"][0]["levels"]["2"]["en"]
    with pytest.raises(FrameworkError, match=r"K1\.1 level 2"):
        framework_from_dict(broken)


def test_framework_error_for_a_blank_level_sentence(data):
    broken = copy.deepcopy(data)
    _competency_node(broken, "S9")["indicators"][0]["levels"]["3"]["th"] = "   "
    with pytest.raises(FrameworkError, match=r"S9\.1 level 3"):
        framework_from_dict(broken)


def test_framework_error_for_an_indicator_code_of_another_competency(data):
    broken = copy.deepcopy(data)
    _competency_node(broken, "S1")["indicators"][0]["code"] = "S2.5"
    with pytest.raises(FrameworkError, match=r"S2\.5"):
        framework_from_dict(broken)


def test_framework_error_for_a_duplicate_competency_code(data):
    broken = copy.deepcopy(data)
    broken["competencies"].append(copy.deepcopy(_competency_node(broken, "S9")))
    with pytest.raises(FrameworkError, match="unique"):
        framework_from_dict(broken)


def test_framework_error_for_an_unknown_domain(data):
    broken = copy.deepcopy(data)
    _competency_node(broken, "K3")["domain"] = "Q"
    with pytest.raises(FrameworkError, match="K3"):
        framework_from_dict(broken)


def test_framework_error_for_a_scale_without_five_level_names(data):
    broken = copy.deepcopy(data)
    broken["scale"]["levels"] = broken["scale"]["levels"][:4]
    with pytest.raises(FrameworkError):
        framework_from_dict(broken)
