"""A small campaign for the Targets screen's tests and snapshots: seven employers (one archived),
people at three of them, requests waiting, a meeting held with someone a contact referred.

The fixed clock reads Wednesday 25 November 2026, 13:30 in London.
"""

from __future__ import annotations

from dataclasses import replace

from infocoach.core.records.model import Contact, Meeting, Status, Target, Transition
from infocoach.core.settings import Settings

CREATED = "2026-11-01T09:00:00+00:00"


def targets() -> list[Target]:
    def target(tid: str, name: str, motivation: int, posting: int, **more: object) -> Target:
        return Target(id=tid, name=name, motivation=motivation, posting=posting, created_at=CREATED, **more)  # type: ignore[arg-type]

    return [
        target("t-contoso", "Contoso", 5, 3, notes="Their mapping team is growing."),
        target("t-prose", "Proseware", 5, 3, advocacy="no"),
        target("t-fab", "Fabrikam", 5, 2),
        target("t-north", "Northwind Traders", 4, 3),
        target("t-tail", "Tailspin Toys", 4, 1),
        target("t-wide", "Wide World Importers", 3, 3),
        target("t-adatum", "Adatum", 3, 1),
        target("t-litware", "Litware", 5, 3, archived=True),
    ]


def contacts() -> list[Contact]:
    def person(cid: str, honorific: str, first: str, last: str, organization: str, **more: object) -> Contact:
        return Contact(
            id=cid,
            honorific=honorific,
            first_name=first,
            last_name=last,
            organization=organization,
            role="Cartographer",
            why="Her path from surveying into product.",
            timezone="Europe/London",
            created_at=CREATED,
            **more,  # type: ignore[arg-type]
        )

    return [
        person("c-lopez", "Ms.", "Ana", "Lopez", "Contoso Ltd."),  # "Contoso Ltd." is Contoso
        person("c-ode", "Mr.", "Ben", "Ode", "CONTOSO"),
        person("c-tan", "Dr.", "Mei", "Tan", "Fabrikam, Inc."),
        person("c-grey", "Ms.", "Ida", "Grey", "Northwind Traders"),
        person("c-park", "Mr.", "Jun", "Park", "Fabrikam", referred_by="c-tan"),
    ]


def meeting(mid: str, contact_id: str, *steps: tuple[Status, str], **more: object) -> Meeting:
    history = [Transition(status=s.value, at=f"{day}T09:00:00+00:00") for s, day in steps]
    return Meeting(
        id=mid,
        contact_id=contact_id,
        status=steps[-1][0],
        history=history,
        created_at=history[0].at,
        **more,  # type: ignore[arg-type]
    )


def meetings() -> list[Meeting]:
    return [
        # Asked on Wednesday 18 November: five business days without a reply.
        meeting("m-lopez", "c-lopez", (Status.PLANNED, "2026-11-17"), (Status.REQUESTED, "2026-11-18")),
        # Replied within two business days, met, thanked.
        meeting(
            "m-tan",
            "c-tan",
            (Status.REQUESTED, "2026-11-02"),
            (Status.SCHEDULED, "2026-11-04"),
            (Status.DONE, "2026-11-10"),
            (Status.THANKED, "2026-11-10"),
            scheduled_for="2026-11-10T09:00:00+00:00",
            started_at="2026-11-10T09:00:00+00:00",
        ),
        # Dr. Tan referred Mr. Park; met him yesterday, thanked him: Dr. Tan should hear how it went.
        meeting(
            "m-park",
            "c-park",
            (Status.REQUESTED, "2026-11-16"),
            (Status.SCHEDULED, "2026-11-17"),
            (Status.DONE, "2026-11-24"),
            (Status.THANKED, "2026-11-24"),
            scheduled_for="2026-11-24T09:00:00+00:00",
            started_at="2026-11-24T09:00:00+00:00",
        ),
    ]


def seed(app: object) -> None:
    store = app.store  # type: ignore[attr-defined]
    store.import_records(contacts(), meetings())
    for target in targets():
        store.save_target(target)


def settings_3b7() -> Settings:
    return replace(Settings(timezone="Europe/London", user_name="Alex Morgan"), pacing="3b7")
