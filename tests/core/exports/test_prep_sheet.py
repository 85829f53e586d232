"""The one-page prep sheet: what it says, in which order, and that user text cannot break it
(read back with markdown-it, as the journal's tests do)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from infocoach.core.exports.prep_sheet import prep_sheet, research_markdown
from infocoach.core.records.model import Contact, Meeting, Question


def contact(**changes: object) -> Contact:
    values: dict[str, object] = {
        "id": "c1",
        "first_name": "Mei Lin",
        "last_name": "Tan",
        "honorific": "Dr.",
        "role": "Principal Data Scientist",
        "organization": "Straits Biologics",
        "timezone": "Asia/Singapore",
        "why": "Eight years as an ICU nurse, then data science: the move I want to make.",
        "connection": "Priya Raman suggested I write",
    }
    values.update(changes)
    return Contact(**values)  # type: ignore[arg-type]


def meeting(**changes: object) -> Meeting:
    values: dict[str, object] = {
        "id": "m1",
        "contact_id": "c1",
        "status": "scheduled",
        "scheduled_for": "2026-12-03T07:00:00+00:00",  # 15:00 in Singapore, 07:00 in London
        "planned_minutes": 30,
        "intro": "I am a nurse of ten years, learning data analysis at night.",
        "research": "Her talk on sepsis alerts, 2024.\n\n## Papers\n- Early warning scores",
        "questions": [
            Question("How did you learn to trust a model at the bedside?", "Insights", 1),
            Question("Which skills do you expect to matter more in your area five years from now?", "Trends", 2),
            Question("What would you do first in my place?", "Advice", 3),
            Question("What is a question you wish people asked you?", "", 4),
            Question("Which books helped you?", "Resources", 5, state="skipped"),
        ],
    }
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def tokens(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def headings(text: str) -> list[tuple[str, str]]:
    found = tokens(text)
    return [(t.tag, found[i + 1].content) for i, t in enumerate(found) if t.type == "heading_open"]


def test_the_sheet_says_who_when_why_intro_questions_and_research_in_that_order() -> None:
    text = prep_sheet(meeting(), contact(), my_timezone="Europe/London")
    assert headings(text) == [
        ("h1", "Prep sheet: Dr. Mei Lin Tan"),
        ("h2", "Why this person"),
        ("h2", "Your 30-second intro (12 words, about 5 seconds)"),
        ("h2", "Questions"),
        ("h3", "Trends: where their field is heading (about 4 min)"),
        ("h3", "Insights: their own path and work (about 4 min)"),
        ("h3", "Advice: what they would do in your place (about 3.5 min)"),
        ("h3", "Other questions (about 3 min)"),
        ("h2", "Research notes"),
        ("h4", "Papers"),  # the user's "##" moved below the sheet's own sections
    ]
    assert "- **Role:** Principal Data Scientist, Straits Biologics" in text
    assert (
        "- **Meeting:** Thursday 3 December 2026, 15:00 their time (Asia/Singapore); "
        "07:00 your time (Europe/London), 30 minutes"
    ) in text
    assert "- **How you are connected:** Priya Raman suggested I write" in text
    assert "Eight years as an ICU nurse" in text and "learning data analysis at night." in text
    assert text.endswith("- Early warning scores\n")


def test_questions_keep_their_priority_number_inside_their_tiara_group_with_a_time_budget() -> None:
    text = prep_sheet(meeting(), contact(), my_timezone="Europe/London")
    lines = text.splitlines()
    trends = lines.index("### Trends: where their field is heading (about 4 min)")
    assert lines[trends + 2].startswith("- **2.** Which skills do you expect")
    assert lines[trends + 2].endswith("*(4 min)*")
    assert "- **4.** What is a question you wish people asked you? *(3 min)*" in lines
    assert "Which books helped you?" not in text  # skipped
    assert "1 skipped question left out." in lines
    budget = next(line for line in lines if line.startswith("**Time budget:**"))
    assert budget == (
        "**Time budget:** intro about 5 seconds, 4 questions about 14.5 min, wrap-up 4 min. It fits in 30 minutes."
    )


def test_a_plan_too_long_says_by_how_much() -> None:
    many = [Question(f"What surprised you most about part {n} of your work?", "Insights", n) for n in range(1, 9)]
    text = prep_sheet(meeting(questions=many, planned_minutes=20), contact(), my_timezone="Europe/London")
    assert "About 16 min too long for 20 minutes: keep the last ones as spares." in text


def test_same_zone_gives_one_time_and_an_unscheduled_meeting_says_so() -> None:
    same = prep_sheet(meeting(), contact(timezone="Europe/London"), my_timezone="Europe/London")
    assert "- **Meeting:** Thursday 3 December 2026, 07:00 (Europe/London), 30 minutes" in same
    evening = prep_sheet(meeting(scheduled_for="2026-12-02T23:00:00+00:00"), contact(), my_timezone="Europe/London")
    # Their morning is your evening before: your date is written out when it differs.
    assert (
        "Thursday 3 December 2026, 07:00 their time (Asia/Singapore); "
        "Wednesday 2 December 2026, 23:00 your time (Europe/London)"
    ) in evening
    unscheduled = prep_sheet(meeting(scheduled_for=None, status="planned"), contact(), my_timezone="Europe/London")
    assert "- **Meeting:** not scheduled yet (30 minutes planned)" in unscheduled


def test_empty_parts_say_what_to_write_rather_than_leaving_a_hole() -> None:
    text = prep_sheet(meeting(intro="", research="", questions=[]), contact(why=""), my_timezone="UTC")
    assert "Not written yet: why them, in a sentence." in text
    assert "## Your 30-second intro\n\nNot written yet" in text
    assert "None planned yet: plan five or six, the most important first (30 min)." in text
    assert text.endswith("## Research notes\n\nNothing yet.\n")


HOSTILE = "# Not a heading\n1. not a list\n> not a quote\n| a | b |\n[link](http://x) <b>bold</b> `code` *em*"


def test_user_text_cannot_add_structure_and_controls_are_never_written_raw() -> None:
    text = prep_sheet(
        meeting(intro=HOSTILE, questions=[Question("# Why\x1b[31m *this*?", "Trends", 1)], research=""),
        contact(why=HOSTILE, first_name="<script>", role="## Boss", organization="A | B"),
        my_timezone="UTC",
    )
    assert "\x1b" not in text and "\ufffd" in text
    found = tokens(text)
    kinds = {t.type for t in found}
    assert not kinds & {"blockquote_open", "ordered_list_open", "table_open", "html_block", "fence", "code_block"}
    inline_kinds = {child.type for t in found if t.type == "inline" for child in t.children or []}
    assert not inline_kinds & {"link_open", "html_inline", "code_inline"}
    assert [tag for tag, _ in headings(text)].count("h1") == 1
    why = found[next(i for i, t in enumerate(found) if t.type == "inline" and "Not a heading" in t.content)]
    assert why.content.startswith("\\# Not a heading")


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("# Her work\ntext", ["### Her work", "text"]),
        ("###### deep", ["###### deep"]),  # capped at the deepest heading
        ("Title\n===\nmore", ["Title", "\\===", "more"]),  # no setext top heading
        ("```python\nprint('# not a heading')", ["```python", "print('# not a heading')", "```"]),
        ("see <b>this</b> and <https://example.org>", ["see &lt;b>this&lt;/b> and <https://example.org>"]),
        ("bell\x07 here\x00", ["bell\ufffd here\ufffd"]),
        ("\u202eevil", ["\u2068\u202eevil\u2069"]),
        ("  \n\n", []),
    ],
)
def test_research_stays_markdown_but_inside_its_section(notes: str, expected: list[str]) -> None:
    assert research_markdown(notes) == expected


def test_research_headings_land_below_the_research_section() -> None:
    text = prep_sheet(meeting(research="# Her talk\nnotes\n## Detail"), contact(), my_timezone="UTC")
    assert headings(text)[-3:] == [("h2", "Research notes"), ("h3", "Her talk"), ("h4", "Detail")]
