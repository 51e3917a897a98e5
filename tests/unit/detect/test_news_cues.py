"""Reports of seizures and trials name the goods and often their weight, yet offer nothing:
the words reports use (tenses, courts, prosecutors, agencies) keep them out of trade."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        (
            "PRF apreendeu papagaios",
            "A Polícia Rodoviária Federal apreendeu 30 filhotes de papagaio-verdadeiro em caixas.",
            "Amazona aestiva",
        ),
        (
            "Man pleads guilty over carved ivory",
            "He pleads guilty to importing carved ivory tusks, prosecutors said.",
            "Loxodonta africana",
        ),
        ("穿山甲鳞片2吨", "据报道，犯罪嫌疑人携带穿山甲鳞片2吨，已被刑拘。", "Manidae"),
        (
            "Sisik trenggiling 50 kg",
            "Petugas menggagalkan pengiriman 50 kg sisik trenggiling, pelaku dijerat penjara.",
            "Manidae",
        ),
        (
            "Colmillos de marfil en Lima",
            "La Fiscalía informó que la Policía Nacional incautó 12 colmillos de marfil.",
            "Loxodonta africana",
        ),
    ],
)
def test_a_report_names_the_goods_but_is_no_trade(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    analysis = engine.analyse(ListingText("n", title, text))
    assert [t.name for t in analysis.taxa] == [taxon]
    assert not analysis.wildlife_trade, analysis.signals
