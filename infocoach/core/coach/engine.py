"""``lint``: run the rules that apply to a kind of text and turn their hits into findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from infocoach.core.coach import asks, greetings, job_ask, letters, reading, reasons
from infocoach.core.coach.addressee import Addressee
from infocoach.core.coach.findings import RULES, Finding, Hit, Kind, Severity

CHANNELS = ("email", "linkedin")
THANKS_MAX_WORDS = 150

# Same-length replacements, so offsets into the normalised text are offsets into the original.
_NORMALIZE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "\u0060": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def normalize(text: str) -> str:
    """Curly apostrophes and quotes made straight, odd spaces made plain; same length."""
    return text.translate(_NORMALIZE)


def lint(
    text: str,
    kind: Kind | str,
    *,
    channel: str = "email",
    note_limit: int = 200,
    max_words: int = 100,
    addressee: Addressee | None = None,
) -> list[Finding]:
    """Check ``text`` against the rules for ``kind``; findings sorted by where they start.

    ``kind`` "question" treats every non-empty line as one question. ``channel`` is "email"
    or "linkedin" (LinkedIn notes are measured in characters against ``note_limit``, emails
    in words against ``max_words``; "few-times" applies to emails only, since a note has room
    for one or two compact slots). Findings of one rule within one sentence are merged into
    one. Blank text has no findings. Raises ValueError for an unknown kind or channel.

    ``addressee`` (who the message is to) lets the greeting follow how they asked to be
    addressed: "Dear Mei Lin" passes for a contact who asked to be called by their first name.
    Without it, the formal form (honorific + surname) is the rule.
    """
    try:
        kind = Kind(kind)
    except ValueError:
        names = ", ".join(k.value for k in Kind)
        raise ValueError(f"unknown kind {kind!r}: use one of {names}") from None
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}: use email or linkedin")
    plain = normalize(text)
    if not plain.strip():
        return []
    if kind is Kind.QUESTION:
        hits = _per_line(plain, (job_ask.job_asks, asks.research_questions, asks.long_meeting_asks))
    else:
        hits = _message_hits(
            plain, kind, channel=channel, note_limit=note_limit, max_words=max_words, addressee=addressee
        )
    hits = _one_per_sentence(plain, hits)
    starts = _line_starts(text)
    findings = [_finding(hit, starts) for hit in hits]
    return sorted(findings, key=lambda f: (f.start, f.end, f.rule))


def count_words(text: str) -> int:
    """The words a reader reads, exactly as the too-long rule counts them for emails and
    thank-you notes: the body from the greeting to the closing line, without a "Subject:" line
    or the signature block; "10:00", "follow-up" and "don't" are one word each, and so is an
    email address, a link or a phone number. Use it for every word-count label, so the label
    and the lint always agree."""
    return reading.count_words(normalize(text))


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error (a warning alone does not stop a message)."""
    return any(f.severity == Severity.ERROR for f in findings)


def _message_hits(
    text: str, kind: Kind, *, channel: str, note_limit: int, max_words: int, addressee: Addressee | None
) -> list[Hit]:
    hits = job_ask.job_asks(text) + greetings.salutation_hits(text, addressee, followup=kind is Kind.FOLLOWUP)
    if kind is not Kind.THANKS:
        hits += asks.long_meeting_asks(text)
    if kind is Kind.OUTREACH:
        hits += reasons.missing_why(text)
        hits += letters.no_proposed_times(text)
        hits += letters.no_flexibility(text)
        hits += letters.about_me(text)
    if kind is Kind.FOLLOWUP:
        hits += asks.pushy_phrases(text)
    if kind in (Kind.OUTREACH, Kind.FOLLOWUP):
        hits += letters.odd_times(text)
        if channel == "email":  # a LinkedIn note has room for one or two compact slots
            hits += letters.few_times(text)
    if kind is Kind.THANKS:
        hits += letters.missing_thanks(text)
        hits += letters.too_many_words(text, THANKS_MAX_WORDS, "thank-you note")
    elif channel == "linkedin":
        hits += letters.too_many_characters(text, note_limit)
    else:
        hits += letters.too_many_words(text, max_words, "email")
    return hits


# Where a sentence ends: ".", "?" or "!" before a space, a quote or the end; or a line break.
_SENTENCE_END = re.compile(r"[.?!](?=[\s\"')\]]|$)|\n")


def _one_per_sentence(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits of one rule within one sentence merged into one, spanning them all.

    "Could you keep me in mind if something opens up?" is one ask, so one finding; two asks
    in two sentences stay two findings.
    """
    merged: list[Hit] = []
    last: dict[str, int] = {}  # rule -> index in merged of its latest hit
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        index = last.get(hit.rule)
        if index is not None:
            previous = merged[index]
            if hit.start <= previous.end or not _SENTENCE_END.search(text, previous.end, hit.start):
                merged[index] = previous._replace(end=max(previous.end, hit.end))
                continue
        last[hit.rule] = len(merged)
        merged.append(hit)
    return merged


def _per_line(text: str, rules: Iterable[Callable[[str], list[Hit]]]) -> list[Hit]:
    """Run each rule on each non-empty line on its own, with spans moved into the whole text."""
    rules = tuple(rules)
    hits: list[Hit] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            body = line.rstrip("\r\n")
            for rule in rules:
                hits += [h._replace(start=h.start + offset, end=h.end + offset) for h in rule(body)]
        offset += len(line)
    return hits


def _line_starts(text: str) -> list[int]:
    """Offsets where each line begins (``splitlines`` rules, so "\\r\\n" is one break)."""
    starts = [0]
    offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        starts.append(offset)
    return starts


def _finding(hit: Hit, starts: list[int]) -> Finding:
    index = max(bisect_right(starts, hit.start) - 1, 0)
    line_start = starts[index]
    return Finding(
        rule=hit.rule,
        severity=RULES[hit.rule][0],
        message=hit.message,
        start=hit.start,
        end=hit.end,
        line=index + 1,
        line_start=line_start,
    )
