"""A one-page prep sheet for one meeting, as Markdown: to print, or to keep on a second screen.

Who (name, role, organisation, the meeting's time for them and for you), why this person, your
30-second intro, the question plan grouped by TIARA with its time budget, and your research
notes. ``infocoach sheet ID`` prints it; Prep saves it to a file.

User text is data, not structure: names, the why, the intro and the questions are escaped as
the Markdown journal escapes them (:func:`markdown_text`), so a ``# heading`` or ``1.`` typed in
a note shows as typed. Research notes are the one exception: the user writes them in Markdown
(Prep's F2 previews them), so they are kept as Markdown, with their headings moved below the
sheet's own, an unclosed code block closed, and HTML tags shown as text. Control characters
are never written raw (they become U+FFFD).

Pure: no Textual, no storage.
"""

from __future__ import annotations

import re

import pendulum

from infocoach.core.clock import parse_iso
from infocoach.core.describe import count_of, zone
from infocoach.core.exports.markdown_journal import hard_breaks, markdown_paragraphs, markdown_text
from infocoach.core.prep.plan_fit import WRAP_UP_MINUTES, intro_stats, plan_fit, question_minutes
from infocoach.core.prep.question_bank import CATEGORIES, TIARA_MEANINGS
from infocoach.core.records.model import Contact, Meeting, Question

__all__ = ["prep_sheet", "research_markdown"]

OTHER = "Other questions"
_NEWLINES = re.compile(r"\r\n?|\n")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_SETEXT_H1 = re.compile(r"^ {0,3}=+\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# "<" that would open an HTML tag, comment or declaration; autolinks (<https://…>) stay links.
_HTML_OPEN = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>)(?=[A-Za-z/!?])")


def prep_sheet(meeting: Meeting, contact: Contact, *, my_timezone: str) -> str:
    """The sheet as Markdown text (LF line ends). ``my_timezone`` is the user's."""
    lines = [f"# Prep sheet: {markdown_text(contact.display_name)}", "", *_who(meeting, contact, my_timezone)]
    lines += ["", "## Why this person", "", *_paragraphs(contact.why, "Not written yet: why them, in a sentence.")]
    stats = intro_stats(meeting.intro)
    intro_head = "## Your 30-second intro"
    if stats.words:
        intro_head += f" ({count_of(stats.words, 'word')}, about {round(stats.seconds)} seconds)"
    lines += ["", intro_head, "", *_paragraphs(meeting.intro, "Not written yet: two or three sentences are plenty.")]
    lines += ["", "## Questions", "", *_questions(meeting)]
    lines += ["", "## Research notes", ""]
    research = research_markdown(meeting.research)
    lines += research if research else ["Nothing yet."]
    return "\n".join(lines) + "\n"


# --- who and when ------------------------------------------------------------------------------


def _who(meeting: Meeting, contact: Contact, my_timezone: str) -> list[str]:
    facts: list[str] = []
    role = ", ".join(markdown_text(part) for part in (contact.role, contact.organization) if part.strip())
    if role:
        facts.append(f"- **Role:** {role}")
    facts.append(f"- **Meeting:** {_when(meeting, contact.timezone, my_timezone)}")
    for label, value in (
        ("Purpose", meeting.purpose),
        ("How you are connected", contact.connection),
        ("Email", contact.email),
        ("LinkedIn", contact.linkedin),
    ):
        if value.strip():
            facts.append(f"- **{label}:** {markdown_text(value)}")
    return facts


def _when(meeting: Meeting, their_timezone: str, my_timezone: str) -> str:
    length = f"{meeting.planned_minutes} minutes"
    if not meeting.scheduled_for:
        return f"not scheduled yet ({length} planned)"
    start = parse_iso(meeting.scheduled_for)
    theirs = _moment(start, their_timezone)
    mine = _moment(start, my_timezone)
    if their_timezone == my_timezone:
        return f"{theirs} ({markdown_text(my_timezone)}), {length}"
    # Their day first (the time you agreed with them); yours with its date only when it differs.
    mine_text = mine if mine[:-5] != theirs[:-5] else mine[-5:]
    return (
        f"{theirs} their time ({markdown_text(their_timezone)}); "
        f"{mine_text} your time ({markdown_text(my_timezone)}), {length}"
    )


def _moment(moment: pendulum.DateTime, timezone: str) -> str:
    """``Thursday 3 December 2026, 15:00`` in ``timezone`` (the time is always the last 5 characters)."""
    return moment.in_timezone(zone(timezone)).format("dddd D MMMM YYYY, HH:mm")


# --- the question plan -------------------------------------------------------------------------


def _questions(meeting: Meeting) -> list[str]:
    fit = plan_fit(meeting.questions, meeting.planned_minutes, meeting.intro)
    if not fit.question_count:
        return [f"None planned yet: plan five or six, the most important first ({meeting.planned_minutes} min)."]
    intro = f"intro about {round(fit.intro_minutes * 60)} seconds, " if fit.intro_minutes else ""
    lines = [
        "Numbered by priority (1 = ask first if time runs short), grouped by TIARA.",
        "",
        f"**Time budget:** {intro}{count_of(fit.question_count, 'question')} about "
        f"{_minutes(fit.questions_minutes)}, wrap-up {_minutes(WRAP_UP_MINUTES)}. "
        f"{_verdict(fit.fits, fit.questions_minutes - fit.available_minutes, meeting.planned_minutes)}",
    ]
    active = [(n, q) for n, q in enumerate(meeting.questions, start=1) if q.state != "skipped"]
    for name, heading in _groups():
        group = [(n, q) for n, q in active if _group_of(q) == name]
        if not group:
            continue
        minutes = sum(question_minutes(q) for _, q in group)
        lines += ["", f"### {heading} (about {_minutes(minutes)})", ""]
        lines += [_question_line(n, q) for n, q in group]
    skipped = len(meeting.questions) - len(active)
    if skipped:
        lines += ["", f"{count_of(skipped, 'skipped question')} left out."]
    return lines


def _groups() -> list[tuple[str, str]]:
    return [*((c, f"{c}: {TIARA_MEANINGS[c]}") for c in CATEGORIES), (OTHER, OTHER)]


def _group_of(question: Question) -> str:
    wanted = question.category.strip().casefold()
    return next((c for c in CATEGORIES if c.casefold() == wanted), OTHER)


def _question_line(number: int, question: Question) -> str:
    asked = " (asked)" if question.state == "asked" else ""
    return f"- **{number}.** {markdown_text(question.text)} *({_minutes(question_minutes(question))}){asked}*"


def _minutes(value: float) -> str:
    rounded = round(value * 2) / 2  # half minutes: estimates, not promises
    text = f"{rounded:g}"
    return f"{text} min"


def _verdict(fits: bool, over: float, planned: int) -> str:
    if fits:
        return f"It fits in {planned} minutes."
    return f"About {round(over) or 1} min too long for {planned} minutes: keep the last ones as spares."


# --- paragraphs and research -------------------------------------------------------------------


def _paragraphs(text: str, empty: str) -> list[str]:
    """Plain user text as escaped paragraphs; line breaks inside one kept as hard breaks."""
    lines: list[str] = []
    for paragraph in markdown_paragraphs(text):
        if lines:
            lines.append("")
        lines += hard_breaks(paragraph)
    return lines or [empty]


def research_markdown(text: str) -> list[str]:
    """The user's research notes as Markdown lines that stay inside the sheet's last section.

    Headings move down two levels (``#`` becomes ``###``), a line of ``=`` that would make the
    line above a top heading is shown as text, HTML tags are shown as text, an unclosed code
    block is closed, and control characters become U+FFFD. Everything else is kept as written.
    """
    lines: list[str] = []
    fence: str | None = None
    for raw in _NEWLINES.split(text.strip("\n")):
        line = _CONTROLS.sub("\ufffd", raw.replace("\t", "    "))
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
        elif opened:
            fence = opened.group(1)
        else:
            line = _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + 2), line)
            line = "\\" + line.lstrip(" ") if _SETEXT_H1.match(line) else line
            line = _HTML_OPEN.sub("&lt;", line)
        if _BIDI_CONTROLS.search(line):
            line = f"\u2068{line}\u2069"  # an unclosed override cannot reverse the lines after it
        lines.append(line)
    if fence is not None:
        lines.append(fence)
    return lines if any(line.strip() for line in lines) else []
