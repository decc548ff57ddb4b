"""What people send through the site, questions and comments alike
(:class:`SubmissionMixin`): a ticket code, an optional file, the personal data
that is never shown publicly (the name only when the person ticked the publish
box) and the consent it was given with.
"""

import secrets
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .fields import (
    long_text,
    optional_text,
)


#: Letters and digits people cannot confuse (no 0/O, 1/I/L), for ticket codes.
TICKET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_ticket(prefix):
    """An unguessable, human-typable code such as ``HD-7K3M-Q9XP`` (31⁸ ≈ 8.5·10¹¹
    codes; a lookup also needs the sender's email or phone)."""
    chars = "".join(secrets.choice(TICKET_ALPHABET) for _ in range(8))
    return f"{prefix}-{chars[:4]}-{chars[4:]}"


def normalize_ticket(value):
    """What people type (``hd 7k3m q9xp``) in the stored form (``HD-7K3M-Q9XP``)."""
    compact = "".join(char for char in (value or "").upper() if char.isalnum())
    if len(compact) != 10:
        return ""
    return f"{compact[:2]}-{compact[2:6]}-{compact[6:]}"


def submission_upload_to(instance, filename):
    """A random name: the original file name may hold personal data."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    today = timezone.localdate()
    return f"nd43_submissions/{today:%Y/%m}/{uuid.uuid4().hex}.{extension}"


class SubmissionMixin(models.Model):
    """What a visitor sends, and the proof of their consent (ND13-11, L91-9)."""

    ticket = models.CharField(_("ticket code"), max_length=20, unique=True)
    full_name = optional_text(_("full name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254, blank=True, db_index=True)
    phone = optional_text(_("phone"), max_length=30)
    address = optional_text(pgettext_lazy("postal address", "address"))
    body = long_text(pgettext_lazy("submitted text", "content"))
    attachment = models.FileField(
        _("attached file"), upload_to=submission_upload_to, blank=True, max_length=200
    )
    publish_name = models.BooleanField(
        _("agreed to publish the name"), default=False, editable=False
    )
    consent_at = models.DateTimeField(_("consent given at"), editable=False)
    consent_purposes = models.JSONField(
        _("purposes consented to"), default=list, editable=False
    )
    notice_version = models.CharField(
        _("version of the notice shown"), max_length=40, editable=False
    )
    created_at = models.DateTimeField(
        _("received at"), default=timezone.now, db_index=True
    )
    erased_at = models.DateTimeField(
        _("personal data erased at"), null=True, blank=True, editable=False
    )

    ticket_prefix = "YK"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.ticket:
            self.ticket = new_ticket(self.ticket_prefix)
        super().save(*args, **kwargs)

    @property
    def public_name(self):
        """The name shown publicly: only when the person agreed to it."""
        if self.publish_name and self.full_name:
            return self.full_name
        return _("Anonymous")

    def erase_personal_data(self):
        """Remove what identifies the person; the text stays (used for published
        answers and comments). Returns the fields erased."""
        if self.attachment:
            self.attachment.delete(save=False)
        self.full_name = ""
        self.email = ""
        self.phone = ""
        self.address = ""
        self.attachment = ""
        self.publish_name = False
        self.erased_at = timezone.now()
        self.save()
