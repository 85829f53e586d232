"""missing-why (issue 16): a reason names something about this person; filler that fits anyone is none."""

from __future__ import annotations

import pytest

from infocoach.core.coach import Kind, Severity, lint


def outreach(why: str) -> str:
    return (
        f"Dear Ms. Armenta,\n\n{why} Would you have 20 minutes for a call? I could do Tue, Dec 8 at "
        "10:00 AM or Wed, Dec 9 at 2:30 PM, and I am happy to work around your schedule.\n\nKind regards,\nSam"
    )


def why_findings(why: str) -> list[str]:
    text = outreach(why)
    return [text[f.start : f.end] for f in lint(text, Kind.OUTREACH) if f.rule == "missing-why"]


FILLER = [
    "I found your info on the company's website.",
    "I just want your perspective.",
    "I would really value your insights as I explore my options.",
    "I came across your profile and would love to connect.",
    "I would love to hear about your experience.",
    "Your background seems really interesting.",
    "I'd love to learn about your career path and your company.",
    "I saw your name on LinkedIn.",
    "I'm reaching out to several people in the field.",
    "I know you are busy, so I will keep this short.",
    "Your path inspires me.",
    "You are a leader in the industry.",
    "I would love to learn more about your work.",
]

REASONS = [
    "I got your name from Ms. Armenta, who thought you might share your insights about copywriting.",
    "Professor Okoye suggested I write to you.",
    "My manager at the bakery, Jordan Lee, recommended you.",
    "Priya Shah told me you hire new copywriters every spring and enjoy helping people new to the field.",
    "Your article on writing for hospitals stayed with me.",
    "I heard you speak at the Leeds copywriting meetup.",
    "Your move from journalism into UX writing is the path I hope to take.",
    "You spent ten years as a firefighter before you became a planner.",
    "Like you, I studied history at Hampton University.",
    "We both worked at Kaiser in billing.",
    "As a fellow Leeds alumna, I was glad to see you lead the data team at Brightline.",
    "I also worked at the Ledger, on the night desk, before going back to school.",
    "You were a school librarian before you commissioned science books.",
    "I noticed you're the head of design at Monzo.",
    "Your team's work on the Leeds flood barrier is why I am writing.",
]


@pytest.mark.parametrize("why", FILLER)
def test_filler_that_fits_anyone_is_no_reason(why: str) -> None:
    assert why_findings(why), why


@pytest.mark.parametrize("why", REASONS)
def test_something_about_this_person_is_a_reason(why: str) -> None:
    assert why_findings(why) == [], why


def test_the_referral_opener_from_the_issue_counts_and_the_filler_it_holds_does_not_spoil_it() -> None:
    opener = "I got your name from Ms. Armenta, who thought you might share your insights about copywriting."
    assert why_findings(opener) == []
    assert why_findings("I would love to share your insights about copywriting.")  # no referrer: filler


@pytest.mark.parametrize(
    "why",
    [
        "I got your email address from the staff directory.",
        "I got your name from LinkedIn.",
        "I found your name on the company's website.",
    ],
)
def test_a_name_found_in_a_directory_or_a_website_is_not_a_referral(why: str) -> None:
    assert why_findings(why), why


def test_the_finding_points_at_the_filler_and_says_it_fits_anyone() -> None:
    text = outreach("I found your info on the company's website.")
    (finding,) = [f for f in lint(text, Kind.OUTREACH) if f.rule == "missing-why"]
    assert finding.severity is Severity.WARNING
    assert text[finding.start : finding.end] == "I found your info on the company's website"
    assert "could be said to anyone" in finding.message and finding.message.endswith(".")


def test_without_filler_the_finding_spans_the_message() -> None:
    text = outreach("I am a teacher and I want to change careers.")
    (finding,) = [f for f in lint(text, Kind.OUTREACH) if f.rule == "missing-why"]
    assert text[finding.start : finding.end] == text.strip()
    assert finding.message.startswith("Say why them")


def test_only_outreach_asks_for_a_why() -> None:
    text = outreach("I just want your perspective.")
    for kind in (Kind.FOLLOWUP, Kind.THANKS):
        assert "missing-why" not in {f.rule for f in lint(text, kind)}
