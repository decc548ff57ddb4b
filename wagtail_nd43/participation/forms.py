"""The public forms: a question (Hỏi đáp), a comment on a draft, a ticket lookup.

Each collects only what the task needs (Decree 13/2023 Art. 3): a name, an email or
a phone number for the reply, an optional address, the text and an optional file. The
consent box is unticked and required; publishing the name is a separate, optional
box. Text is stored as plain text (:func:`.security.clean_text`).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..validators import validate_phone
from . import security
from .notice import COMMENT, QUESTION


class PlainTextField(forms.CharField):
    """A text field whose value is plain text (markup and control characters
    removed); far oversized input is refused before it is parsed."""

    def __init__(self, *args, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return ""
        value = str(value)
        if self.max_length is not None and len(value) > 4 * self.max_length + 100:
            raise ValidationError(
                _("This text is far too long: at most %(limit)d characters."),
                code="max_length",
                params={"limit": self.max_length},
            )
        return security.clean_text(value, multiline=self.multiline)


class HoneypotInput(forms.TextInput):
    """An input people never see or reach; robots that fill every field do."""

    def __init__(self):
        super().__init__(attrs={"autocomplete": "off", "tabindex": "-1"})


HONEYPOT = "website"
REJECTED_HONEYPOT = "honeypot"
REJECTED_TIMING = "timing"


class PublicSubmissionForm(forms.Form):
    """Fields, defences and the consent record shared by the public forms."""

    kind = QUESTION
    name_required = True
    body_max_length = 5000

    full_name = PlainTextField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        required=False,
        help_text=_("For the reply. Give an email or a phone number."),
    )
    phone = PlainTextField(
        label=_("Phone"), max_length=30, required=False, validators=[validate_phone]
    )
    address = PlainTextField(
        label=pgettext_lazy("postal address", "Address"),
        max_length=255,
        required=False,
        help_text=_("Optional."),
    )
    body = PlainTextField(
        label=pgettext_lazy("submitted text", "Content"),
        multiline=True,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    attachment = forms.FileField(
        label=_("Attached file"),
        required=False,
        help_text=_("Optional. PDF, DOC, DOCX or ODT."),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the notice above and agree that my personal data is "
            "processed for these purposes."
        ),
        required=True,
        error_messages={
            "required": _(
                "Tick the consent box: without your consent we cannot receive "
                "your personal data."
            )
        },
    )
    publish_name = forms.BooleanField(
        label=_("I agree that my name is published with my submission."),
        required=False,
        help_text=_("Optional. Without it, “Anonymous” is shown instead of your name."),
    )
    website = forms.CharField(
        label=_("Leave this field empty"), required=False, widget=HoneypotInput()
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, notice, **kwargs):
        super().__init__(*args, **kwargs)
        self.notice = notice
        self.rejected = None
        self.fields["full_name"].required = self.name_required
        if not self.name_required:
            self.fields["full_name"].help_text = _("Optional.")
        self.fields["body"].max_length = self.body_max_length
        self.fields["body"].widget.attrs["maxlength"] = str(self.body_max_length)
        self.fields["body"].validators.append(MaxLengthValidator(self.body_max_length))
        if not self.is_bound:
            self.initial.setdefault("started", security.issue_start_token())

    @property
    def honeypot(self):
        return self[HONEYPOT]

    def visible_fields(self):
        return [
            field
            for field in super().visible_fields()
            if field.name not in (HONEYPOT, "consent", "publish_name")
        ]

    def _renew_start_token(self):
        data = self.data.copy()
        data["started"] = security.issue_start_token()
        self.data = data

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            security.validate_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.data.get(HONEYPOT):
            self.rejected = REJECTED_HONEYPOT
            raise ValidationError(
                _(
                    "Your submission could not be accepted. Leave the field “Leave "
                    "this field empty” empty and send it again."
                ),
                code="honeypot",
            )
        problem = security.check_start_token(self.data.get("started"))
        if problem:
            self.rejected = REJECTED_TIMING
            if problem != security.TOO_FAST:
                self._renew_start_token()
            messages = {
                security.TOO_FAST: _(
                    "The form was sent too quickly after it was opened. Check what "
                    "you typed and send it again."
                ),
                security.EXPIRED: _(
                    "The form was opened too long ago. Check what you typed and send "
                    "it again."
                ),
                security.INVALID: _(
                    "The form could not be verified. Check what you typed and send "
                    "it again."
                ),
            }
            raise ValidationError(messages[problem], code=problem)
        if not cleaned.get("email") and not cleaned.get("phone"):
            if not self.has_error("email") and not self.has_error("phone"):
                self.add_error(
                    "email",
                    _("Give an email address or a phone number so we can reply."),
                )
        return cleaned

    def consent_record(self):
        """What is stored with the submission to prove the consent."""
        return {
            "consent_at": timezone.now(),
            "consent_purposes": [str(purpose) for purpose in self.notice.purposes],
            "notice_version": self.notice.version,
            "publish_name": bool(self.cleaned_data.get("publish_name")),
        }

    def submission_fields(self):
        data = self.cleaned_data
        return {
            "full_name": data.get("full_name", ""),
            "email": (data.get("email") or "").strip(),
            "phone": data.get("phone", ""),
            "address": data.get("address", ""),
            "body": data["body"],
            **self.consent_record(),
        }


class QuestionForm(PublicSubmissionForm):
    kind = QUESTION
    title = PlainTextField(
        label=pgettext_lazy("question", "Subject"),
        max_length=200,
        help_text=_("A short line saying what the question is about."),
    )
    category = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=None,
        required=False,
        empty_label=_("Choose a topic (optional)"),
    )

    field_order = ["full_name", "email", "phone", "address", "category", "title"]

    def __init__(self, *args, **kwargs):
        from ..models import QuestionCategory

        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = QuestionCategory.objects.all()
        self.fields["category"].error_messages["invalid_choice"] = _(
            "Choose a topic from the list."
        )

    def submission_fields(self):
        return {
            **super().submission_fields(),
            "title": self.cleaned_data["title"],
            "category": self.cleaned_data.get("category"),
        }


class CommentForm(PublicSubmissionForm):
    kind = COMMENT
    name_required = False


class LookupForm(forms.Form):
    ticket = PlainTextField(
        label=_("Ticket code"),
        max_length=20,
        help_text=_("As given when you sent the question, e.g. HD-7K3M-Q9XP."),
    )
    contact = PlainTextField(
        label=_("Email or phone you gave"),
        max_length=254,
    )
