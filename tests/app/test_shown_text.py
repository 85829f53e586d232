"""widgets.shown_text: control characters shown visibly in a Rich Text, its styles kept in place."""

from __future__ import annotations

from rich.text import Span, Text

from infocoach.widgets.shown_text import shown


def test_controls_are_shown_and_spans_follow_their_characters() -> None:
    text = Text("Name: ")
    text.append("Ann\x1b[2J\u202eLee", style="bold")
    text.append(" (org)", style="dim")
    result = shown(text)
    assert result.plain == "Name: Ann␛[2J<U+202E>Lee (org)"
    bold = "Ann␛[2J<U+202E>Lee"
    start = result.plain.index(bold)
    assert Span(start, start + len(bold), "bold") in result.spans
    assert result.plain[result.spans[-1].start : result.spans[-1].end] == " (org)"


def test_text_without_controls_is_the_same_object() -> None:
    text = Text("Dr. Zoë O'Neil [b]literal[/b]")
    assert shown(text) is text


def test_single_line_shows_line_breaks() -> None:
    assert shown(Text("a\nb"), single_line=True).plain == "a␊b"
    assert shown(Text("a\x1b\nb")).plain == "a␛\nb"
