"""The sidebars lay their rows out for the width they have."""

from __future__ import annotations

from reader.ui.sidebars import RelatedPanel


def test_a_long_related_headline_keeps_its_position_line(qtbot) -> None:
    panel = RelatedPanel()
    qtbot.addWidget(panel)
    panel.resize(260, 600)
    panel.show()
    title = "‘I’m Not Kubrick’: James Gray on the Hell of Filming Brad Pitt Alone in a Black Box"
    panel.set_related([{"title": title, "url": "https://example.com/a", "position": "after", "label": None}])
    item = panel.view.item(1)  # after the "In this page" heading
    lines = item.text().count("\n") + 1
    assert item.sizeHint().isValid()
    assert item.sizeHint().height() >= (lines + 1) * panel.view.fontMetrics().lineSpacing()  # the title wraps
