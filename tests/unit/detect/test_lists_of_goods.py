"""A list of goods holds one item to a line: a look-alike on one line (mammoth ivory, a resin
copy) unmakes nothing on the others."""

from __future__ import annotations

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, title: str, text: str) -> list[str]:
    return sorted(t.name for t in engine.analyse(ListingText(id="t", title=title, text=text)).taxa)


def test_a_trap_on_one_line_of_a_list_leaves_the_others(engine: Engine) -> None:
    text = "搬家清仓：\n1. 象牙手串 老料 2800\n2. 玳瑁手镯 一只 1600\n3. 猛犸象牙吊坠 380\n自取"
    assert names(engine, "文玩清仓", text) == ["Eretmochelys imbricata", "Loxodonta africana"]


def test_a_negation_on_one_line_of_a_list_leaves_the_others(engine: Engine) -> None:
    text = "Clearing out:\n- tiger claw pendant, real, 300\n- resin tiger figure 20\n- misc books"
    assert names(engine, "Job lot", text) == ["Panthera tigris"]


def test_a_trap_in_prose_keeps_its_sense_through_the_text(engine: Engine) -> None:
    text = "Python Crash Course, 2nd edition, like new. Great book to learn python."
    assert names(engine, "Python book", text) == []


def test_mammoth_ivory_alone_is_no_ivory(engine: Engine) -> None:
    assert names(engine, "猛犸象牙吊坠", "猛犸象牙吊坠 380元 包邮") == []
