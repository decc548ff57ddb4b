"""Public participation: questions and answers (``questions.py``), consultations on
drafts (``consultations.py``), both made of submissions (``submissions.py``), and the
privacy notice section.

Submitted personal data (name, email, phone, address, file) is never shown publicly;
the name is shown only when the person ticked the publish box.
"""

from django.db import models
from django.utils.html import escape
from wagtail.rich_text import RichText

from .consultations import (  # noqa: F401  (their place before the split)
    STATUS_BY_RANK,
    CommentStatus,
    ConsultationComment,
    ConsultationPage,
    ConsultationPageMixin,
    ConsultationsPageMixin,
    ConsultationStatus,
    consultation_status,
    status_rank,
)
from .questions import (  # noqa: F401
    CLOSED_STATUSES,
    Question,
    QuestionCategory,
    QuestionsPageMixin,
    QuestionStatus,
)
from .submissions import (  # noqa: F401  (the migrations import submission_upload_to here)
    TICKET_ALPHABET,
    SubmissionMixin,
    new_ticket,
    normalize_ticket,
    submission_upload_to,
)


class PrivacyPageMixin(models.Model):
    """The privacy notice section starts with the headings Decree 13/2023 Art. 13
    requires (``rulebook/privacy.py``)."""

    class Meta:
        abstract = True

    @classmethod
    def scaffold_defaults(cls):
        from ..rulebook.privacy import PRIVACY_NOTICE

        body = []
        for heading, paragraph in PRIVACY_NOTICE:
            body.append(("heading", {"text": heading, "level": "h2"}))
            body.append(("paragraph", RichText(f"<p>{escape(paragraph)}</p>")))
        return {**super().scaffold_defaults(), "body": body}


__all__ = [
    "ConsultationComment",
    "ConsultationPage",
    "ConsultationPageMixin",
    "ConsultationsPageMixin",
    "Question",
    "QuestionCategory",
    "PrivacyPageMixin",
    "QuestionsPageMixin",
]
