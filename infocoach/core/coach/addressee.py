"""Who a message is written to, as far as its greeting is concerned.

The rule is "when in doubt, address them formally": "Dear Dr. Tan" until the contact has asked
to be called by their first name ("Dear Mei Lin"), or has no honorific that suits them ("Dear
Alex Demir"). Drafts take their salutation from :meth:`Addressee.greeting_name`, and the lint
takes the same Addressee so that the greeting it accepts is the one the draft wrote.

    >>> Addressee("Dr.", "Mei Lin", "Tan").greeting_name()
    'Dr. Tan'
    >>> Addressee("", "Mei Lin", "Tan", "first-name").greeting_name()
    'Mei Lin'
    >>> Addressee("", "Alex", "Demir").greeting_name() is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from infocoach.core.records.model import ADDRESS_BY

if TYPE_CHECKING:
    from infocoach.core.records.model import Contact


@dataclass(frozen=True, slots=True)
class Addressee:
    """The parts of a contact's name a greeting uses, and how they asked to be addressed.

    ``address_by`` is one of ``ADDRESS_BY``: "title" (honorific + surname, the rule),
    "first-name" (they asked to be called by it) or "full-name" (no honorific suits them).
    An unknown value is read as "title", the formal default.
    """

    honorific: str = ""
    first_name: str = ""
    last_name: str = ""
    address_by: str = "title"

    @classmethod
    def of(cls, contact: Contact) -> Addressee:
        """The addressee for a stored contact (names trimmed of stray spaces)."""
        return cls(
            honorific=contact.honorific.strip(),
            first_name=contact.first_name.strip(),
            last_name=contact.last_name.strip(),
            address_by=contact.address_by,
        )

    @property
    def way(self) -> str:
        """``address_by`` if it is one of ``ADDRESS_BY``, else "title"."""
        return self.address_by if self.address_by in ADDRESS_BY else "title"

    def greeting_name(self) -> str | None:
        """The name after "Dear": "Dr. Tan", "Mei Lin" or "Alex Demir".

        None when the formal form is the rule and the honorific (or the surname) is not known:
        the draft must ask for it rather than write a placeholder. A first-name contact with no
        first name falls back to the formal form, and a full-name contact to whatever part of
        the name is known.
        """
        way = self.way
        if way == "first-name" and self.first_name:
            return self.first_name
        if way == "full-name":
            full = " ".join(part for part in (self.first_name, self.last_name) if part)
            return full or None
        if self.honorific and self.last_name:
            return f"{self.honorific} {self.last_name}"
        return None
