"""How requests are paced: the ten rules' own (the default) or 3B7.

- ``"one-follow-up"`` (rule 4): one brief follow-up after ``follow_up_days`` calendar days,
  then, after the same delay again, let them go.
- ``"3b7"`` (*The 2-Hour Job Search*): after 3 business days without a reply, write to the
  next person at the same employer; after 7, the one follow-up to the first; 7 more and let go.

The values live in :mod:`infocoach.core.settings` (which checks the setting) and are named here
for the campaign's code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from infocoach.core.settings import PACING_3B7, PACING_DEFAULT, PACINGS

if TYPE_CHECKING:
    from infocoach.core.settings import Settings

__all__ = [
    "FOLLOW_UP_BUSINESS_DAYS",
    "LET_GO_BUSINESS_DAYS",
    "PACINGS",
    "PACING_3B7",
    "PACING_DEFAULT",
    "PACING_LABELS",
    "WRITE_NEXT_BUSINESS_DAYS",
    "is_3b7",
    "pacing_label",
]

WRITE_NEXT_BUSINESS_DAYS = 3  # no reply after this many: write to the next person there
FOLLOW_UP_BUSINESS_DAYS = 7  # no reply after this many: the one follow-up
LET_GO_BUSINESS_DAYS = 7  # the follow-up unanswered this many more: let them go


def pacing_label(pacing: str, follow_up_days: int = 7) -> str:
    """How the Settings form names a pacing, in plain words."""
    if pacing == PACING_3B7:
        return "3B7: next person after 3 business days, follow-up after 7"
    return f"One follow-up after {follow_up_days} days (the ten rules)"


PACING_LABELS: dict[str, str] = {pacing: pacing_label(pacing) for pacing in PACINGS}


def is_3b7(settings: Settings) -> bool:
    """Whether the user chose 3B7 pacing."""
    return settings.pacing == PACING_3B7
