"""Finding a person's name, e-mail and phone in the free text of submissions, and
redacting them (issue 16).

People write who they are into the text: “Tôi là Trần Thị Bình, gọi 0987 654
320”. Erasing the name and contact fields leaves that in a published question or
comment. :func:`plan` lists every text field of the person's submissions that
names them, with the redacted text; :func:`apply` writes it. Matching is
case-insensitive, on NFC text; a phone number matches with any spacing or
punctuation between its digits and in its national (0…) or international (+84…)
form; a name matches as a whole, its words separated by any whitespace.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext


#: The text fields that may hold what a person wrote about themselves, or what
#: staff wrote back to them, per kind of submission.
TEXT_FIELDS = {
    "question": ("title", "body", "answer", "out_of_scope_reason", "status_notice"),
    "comment": ("body", "rejection_reason"),
}

_SEPARATORS = r"[\s.\-()/]{0,3}"
_MIN_PHONE_DIGITS = 8
_MIN_NAME_LENGTH = 3


def replacement():
    return gettext("[removed]")


def _phone_pattern(phone):
    digits = "".join(char for char in phone if char.isdigit())
    if len(digits) < _MIN_PHONE_DIGITS:
        return None
    national = digits
    if digits.startswith("84"):
        national = "0" + digits[2:]
    if national.startswith("0"):
        local = national[1:]
        spelled = _SEPARATORS.join(re.escape(char) for char in local)
        prefix = r"(?:0|\(?\+?84\)?)"
        return rf"(?<!\d){prefix}{_SEPARATORS}{spelled}(?!\d)"
    spelled = _SEPARATORS.join(re.escape(char) for char in digits)
    return rf"(?<!\d)\+?{spelled}(?!\d)"


def _name_pattern(name):
    words = unicodedata.normalize("NFC", name).split()
    if len(" ".join(words)) < _MIN_NAME_LENGTH:
        return None
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"


def identifiers_of(items):
    """A compiled pattern matching every name, e-mail and phone given in
    ``items`` (``(kind, submission)`` pairs), or ``None`` when there is none."""
    parts = set()
    for _kind, item in items:
        if item.email:
            parts.add(r"(?<![\w.+-])" + re.escape(item.email.strip()) + r"(?![\w-])")
        if item.phone:
            parts.add(_phone_pattern(item.phone))
        if item.full_name:
            parts.add(_name_pattern(item.full_name))
    parts.discard(None)
    if not parts:
        return None
    # Longest first, so a name is not cut by a shorter one inside it.
    ordered = sorted(parts, key=len, reverse=True)
    return re.compile("|".join(f"(?:{part})" for part in ordered), re.IGNORECASE)


def redact(text, pattern):
    """``(redacted text, number of replacements)``."""
    if not text or pattern is None:
        return text, 0
    return pattern.subn(replacement(), unicodedata.normalize("NFC", text))


@dataclass
class Change:
    kind: str
    item: object
    field: str
    before: str
    after: str

    @property
    def label(self):
        return self.item._meta.get_field(self.field).verbose_name


def plan(items, pattern=None):
    """The changes redaction would make to ``items``: one :class:`Change` per
    text field that names the person. ``pattern``: :func:`identifiers_of` of
    ``items`` unless given (a person's data across all their submissions)."""
    items = list(items)
    if pattern is None:
        pattern = identifiers_of(items)
    changes = []
    for kind, item in items:
        for field in TEXT_FIELDS[kind]:
            before = getattr(item, field, "") or ""
            after, count = redact(before, pattern)
            if count:
                changes.append(Change(kind, item, field, before, after))
    return changes


def apply(changes):
    """Set the redacted text on the items (the caller saves them)."""
    for change in changes:
        setattr(change.item, change.field, change.after)
