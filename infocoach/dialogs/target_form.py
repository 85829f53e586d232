"""The target form: an employer on the LAMP list, with its Motivation, Posting and Advocacy.
Dismisses with a Target (or None when cancelled)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select, TextArea

from infocoach.core.campaign.matching import same_organization
from infocoach.core.clock import Clock, iso
from infocoach.core.records.model import Target, new_id
from infocoach.dialogs.form_base import FormScreen
from infocoach.dialogs.form_parts import labelled

ALL_FIELDS = ("name", "motivation", "posting", "advocacy", "parallel_requests", "notes")
MOTIVATION_CHOICES = (
    ("5: a dream employer", 5),
    ("4", 4),
    ("3", 3),
    ("2", 2),
    ("1: only if nothing else", 1),
)
POSTING_CHOICES = (
    ("3: a posting for my role", 3),
    ("2: some posting", 2),
    ("1: no posting", 1),
)
ADVOCACY_CHOICES = (
    ("Auto: yes if I know someone", "auto"),
    ("Yes: I have a connection", "yes"),
    ("No", "no"),
)
PARALLEL_CHOICES = (
    ("One at a time (3B7)", "no"),
    ("Several requests at once", "yes"),
)


class TargetForm(FormScreen[Target | None]):
    FIELDS = ALL_FIELDS
    HELP = (
        "An employer you would like to work for, on your LAMP list (from Steve Dalton's The "
        "2-Hour Job Search). The list is sorted by Motivation, then Posting, then Advocacy, "
        "and the top five are this week's focus.\n\n"
        "Motivation: how much you want to work there, 5 the most. Posting: 3 when they have "
        "advertised your target role, 2 for some posting, 1 for none. Advocacy: whether you "
        "have a connection or an alumnus there; automatic means yes as soon as one of your "
        "contacts works there. People belong to an employer by their organisation's name "
        '("Acme Inc." and "ACME" are the same). 3B7 pacing keeps one unanswered request open '
        "per employer; choose several at once only where you have a reason to.\n\n"
        "Tab moves between fields; ctrl+s saves; Escape cancels without saving."
    )

    def __init__(self, target: Target | None, *, clock: Clock, others: Sequence[Target] = ()) -> None:
        """Edit ``target``, or add a new one; ``others`` are the targets already listed."""
        super().__init__()
        self.target = target
        self.clock = clock
        self.others = [t for t in others if target is None or t.id != target.id]

    def form_title(self) -> str:
        return "Edit target employer" if self.target else "New target employer"

    def first_field(self) -> Input:
        return self.query_one("#name", Input)

    def compose_fields(self) -> ComposeResult:
        t = self.target
        yield from labelled(
            "Employer *",
            Input(t.name if t else "", placeholder="Contoso Ltd.", id="name"),
            "name",
        )
        with Horizontal(classes="form-row"):
            yield from labelled(
                "Motivation",
                Select(MOTIVATION_CHOICES, value=t.motivation if t else 3, allow_blank=False, id="motivation"),
                "motivation",
            )
            yield from labelled(
                "Posting",
                Select(POSTING_CHOICES, value=t.posting if t else 1, allow_blank=False, id="posting"),
                "posting",
            )
        with Horizontal(classes="form-row"):
            yield from labelled(
                "Advocacy",
                Select(ADVOCACY_CHOICES, value=t.advocacy if t else "auto", allow_blank=False, id="advocacy"),
                "advocacy",
            )
            yield from labelled(
                "Requests open here",
                Select(
                    PARALLEL_CHOICES,
                    value="yes" if t and t.parallel_requests else "no",
                    allow_blank=False,
                    id="parallel_requests",
                ),
                "parallel_requests",
            )
        yield from labelled(
            "Notes",
            TextArea(t.notes if t else "", id="notes", soft_wrap=True),
            "notes",
            hint="Why them, who you know of there, postings you have seen.",
        )

    def values(self) -> dict[str, str]:
        return {
            "name": self.query_one("#name", Input).value.strip(),
            "motivation": str(self.query_one("#motivation", Select).value),
            "posting": str(self.query_one("#posting", Select).value),
            "advocacy": str(self.query_one("#advocacy", Select).value),
            "parallel_requests": str(self.query_one("#parallel_requests", Select).value),
            "notes": self.query_one("#notes", TextArea).text.strip(),
        }

    def build(self) -> tuple[Target | None, dict[str, str]]:
        """The target the form describes, or the problems that stop it being saved."""
        values = self.values()
        name = values["name"]
        if not name:
            return None, {"name": "Please name the employer."}
        twin = next((t for t in self.others if same_organization(t.name, name)), None)
        if twin is not None:
            where = " (archived: press h on Targets to show it)" if twin.archived else ""
            return None, {"name": f"{twin.name} is already on your list{where}."}
        base = self.target
        target = Target(
            id=base.id if base else new_id("t"),
            name=name,
            motivation=int(values["motivation"]),
            posting=int(values["posting"]),
            advocacy=values["advocacy"],
            notes=values["notes"],
            parallel_requests=values["parallel_requests"] == "yes",
            archived=base.archived if base else False,
            created_at=base.created_at if base else iso(self.clock.now()),
        )
        return target, {}
