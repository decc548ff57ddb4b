"""One person's data: find it by email, export it, erase it; purge old submissions
(Decree 13/2023 Art. 9 and 14, Law 91/2025).

Erasing removes what identifies the person — name, email, phone, address and the
attached file — from every submission sent with that email. Submissions that were
never published are deleted outright; a published answer or comment keeps its text,
shown as “Anonymous”, because it is part of the public record of the consultation or
the Q&A list, but the person's name, e-mail and phone are redacted wherever they
appear in it (question, comment, answer: :mod:`.redaction`); the erase screen shows
these changes before they are made.

Retention (``nd43_purge_submissions``) applies to every submission: a question
``WAGTAIL_ND43_PARTICIPATION_RETENTION_DAYS`` after its answer, or after it was
received if it was never answered; a comment that long after its consultation
closed.
"""

import csv
import io
import json

from django.db import transaction
from django.utils import timezone

from ..conf import nd43_settings
from . import redaction


EXPORT_FIELDS = (
    "kind",
    "ticket",
    "created_at",
    "full_name",
    "email",
    "phone",
    "address",
    "subject",
    "body",
    "status",
    "answer",
    "status_notice",
    "answer_expected_by",
    "publish_name",
    "consent_at",
    "consent_purposes",
    "notice_version",
    "attachment",
)

#: Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _submissions(email, user=None):
    """The questions and comments sent with ``email``; with ``user``, only those of
    the agency sites the user reaches (in a province portal each agency answers
    for its own submitters)."""
    from ..agencies import scope
    from ..models import ConsultationComment, Question

    email = (email or "").strip()
    if not email:
        return [], []
    questions = Question.objects.filter(email__iexact=email).select_related("category")
    comments = ConsultationComment.objects.filter(email__iexact=email).select_related(
        "page"
    )
    if user is not None:
        questions = scope(questions, user)
        comments = scope(comments, user, page_field="page")
    return list(questions), list(comments)


def find(email, user=None):
    """``(questions, comments)`` sent with ``email`` (case-insensitive)."""
    return _submissions(email, user)


def _row(kind, item):
    return {
        "kind": kind,
        "ticket": item.ticket,
        "created_at": timezone.localtime(item.created_at).isoformat(),
        "full_name": item.full_name,
        "email": item.email,
        "phone": item.phone,
        "address": item.address,
        "subject": getattr(item, "title", "") or getattr(item.page, "title", ""),
        "body": item.body,
        "status": item.status,
        "answer": getattr(item, "answer", ""),
        "status_notice": getattr(item, "status_notice", ""),
        "answer_expected_by": (
            item.answer_expected_by.isoformat()
            if getattr(item, "answer_expected_by", None)
            else ""
        ),
        "publish_name": item.publish_name,
        "consent_at": timezone.localtime(item.consent_at).isoformat()
        if item.consent_at
        else "",
        "consent_purposes": list(item.consent_purposes or []),
        "notice_version": item.notice_version,
        "attachment": item.attachment.name if item.attachment else "",
    }


def export_rows(email, user=None):
    questions, comments = _submissions(email, user)
    return [_row("question", q) for q in questions] + [
        _row("comment", c) for c in comments
    ]


def export_json(email, user=None):
    return json.dumps(
        {"email": email, "submissions": export_rows(email, user)},
        ensure_ascii=False,
        indent=2,
    )


def _cell(value):
    if isinstance(value, list):
        value = "; ".join(value)
    value = str(value)
    if value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def export_csv(email, user=None):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for row in export_rows(email, user):
        writer.writerow([_cell(row[name]) for name in EXPORT_FIELDS])
    return "\ufeff" + out.getvalue()  # BOM: Excel reads the Vietnamese correctly


def _is_published(kind, item):
    if kind == "question":
        return item.is_public
    return item.status == item.Status.PUBLISHED


def erasure_plan(items, together=True):
    """The redactions erasing ``items`` makes in published text (deleted items are
    not listed: all of them goes). ``together``: the items are one person's, so
    every name, e-mail and phone they gave is looked for in all of them; else each
    item is searched for its own."""
    items = list(items)
    published = [(kind, item) for kind, item in items if _is_published(kind, item)]
    if together:
        return redaction.plan(published, redaction.identifiers_of(items))
    return [change for pair in published for change in redaction.plan([pair])]


def erase_items(items, together=True):
    """Erase or delete each ``(kind, item)``; returns ``(deleted, anonymised)``."""
    items = list(items)
    deleted = anonymised = 0
    with transaction.atomic():
        redaction.apply(erasure_plan(items, together))
        for kind, item in items:
            if _is_published(kind, item):
                item.erase_personal_data()
                anonymised += 1
            else:
                if item.attachment:
                    item.attachment.delete(save=False)
                item.delete()
                deleted += 1
    return deleted, anonymised


def items_of(questions, comments):
    return [("question", q) for q in questions] + [("comment", c) for c in comments]


def erase(email, user=None):
    return erase_items(items_of(*_submissions(email, user)))


def expired(now=None):
    """Submissions past the retention period, not yet erased: questions answered
    (or found out of scope) more than ``WAGTAIL_ND43_PARTICIPATION_RETENTION_DAYS``
    ago, questions never answered and received that long ago, and comments on
    consultations closed that long ago."""
    from django.db.models import Q

    from ..models import ConsultationComment, Question

    now = now or timezone.now()
    limit = now - timezone.timedelta(days=nd43_settings.PARTICIPATION_RETENTION_DAYS)
    questions = Question.objects.filter(
        Q(responded_at__lt=limit) | Q(responded_at__isnull=True, created_at__lt=limit),
        erased_at__isnull=True,
    )
    comments = ConsultationComment.objects.filter(
        page__closes_at__lt=limit, erased_at__isnull=True
    ).select_related("page")
    return list(questions), list(comments)


def purge(now=None, dry_run=False):
    questions, comments = expired(now)
    items = items_of(questions, comments)
    if dry_run:
        published = sum(1 for kind, item in items if _is_published(kind, item))
        return len(items) - published, published
    # Different people: each submission is searched for its own identifiers.
    return erase_items(items, together=False)
