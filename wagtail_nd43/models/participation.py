"""Public participation: questions and answers, consultations on drafts.

- :class:`Question`: a question or petition sent through the “Hỏi đáp” section
  (ND43-15.2, 17.1.đ). It gets a ticket code; the sender follows its status
  (received → forwarded → answered, or out of scope with a reason); within 15
  working days of receipt (:mod:`wagtail_nd43.workdays`) the sender gets the answer,
  the out-of-scope notice or a status notice giving the date the answer is expected
  by (the decree accepts any of the three; being forwarded is none of them); answers
  of general interest are published in the section.
- :class:`ConsultationPage`: one draft open for comment under “Lấy ý kiến góp ý”
  (ND43-10.1.i, ND42-8.1.c). Its status comes from its dates and the synthesis
  report; :class:`ConsultationComment` holds the comments, moderated in the admin.

Submitted personal data (name, email, phone, address, file) is never shown publicly;
the name is shown only when the person ticked the publish box.
"""

import datetime
import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.rich_text import RichText

from ..conf import nd43_settings
from ..visibility import public
from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page, site_of
from .fields import (
    body_field,
    choice_field,
    document_link,
    long_text,
    optional_date,
    optional_text,
    short_text,
)


# ---- Submissions --------------------------------------------------------------------

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


# ---- Questions ----------------------------------------------------------------------


class QuestionCategory(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=False,
        help_text=_("Used in the address of the filtered list, e.g. “dat-dai”."),
    )
    sort_order = models.IntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("question topic")
        verbose_name_plural = _("question topics")

    def __str__(self):
        return self.name


class QuestionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    FORWARDED = "forwarded", _("Forwarded for an answer")
    ANSWERED = "answered", _("Answered")
    OUT_OF_SCOPE = "out_of_scope", _("Outside the agency's remit")


def _due_date(received_at):
    from ..workdays import add_working_days

    return add_working_days(
        timezone.localtime(received_at).date()
        if timezone.is_aware(received_at)
        else received_at.date(),
        nd43_settings.QUESTION_ANSWER_WORKING_DAYS,
    )


#: A question no longer waits for an answer in these states.
CLOSED_STATUSES = (QuestionStatus.ANSWERED, QuestionStatus.OUT_OF_SCOPE)


class Question(SubmissionMixin):
    """A question or petition (ND43-15.2, 17.1.đ)."""

    Status = QuestionStatus
    ticket_prefix = "HD"
    #: Where the compliance report sends editors (participation/admin.py).
    admin_index_url_name = "nd43-questions:index"

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = short_text(pgettext_lazy("question", "subject"), max_length=200)
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    status = choice_field(
        _("status"), QuestionStatus, default=QuestionStatus.RECEIVED, db_index=True
    )
    forwarded_to = optional_text(
        _("forwarded to"), _("The unit asked to prepare the answer.")
    )
    out_of_scope_reason = long_text(
        _("why it is outside the agency's remit"),
        _(
            "Shown to the sender; say which body can deal with it. The sender is "
            "told at once (Decree 43, Article 17.1.đ)."
        ),
        blank=True,
    )
    answer = long_text(_("answer"), _("Plain text; shown to the sender."), blank=True)
    is_public = models.BooleanField(
        _("publish in the Q&A list"),
        default=False,
        help_text=_(
            "For answers of general interest. Only the subject, question, answer, "
            "topic and — if the sender agreed — the name are published; never the "
            "email, phone or address."
        ),
    )
    due_date = models.DateField(
        _("answer due"),
        editable=False,
        null=True,
        help_text=_("15 working days after receipt."),
    )
    status_notice = long_text(
        _("status notice"),
        _(
            "When the answer needs more time: tell the sender how the question is "
            "being handled. Saving it emails the sender and meets the 15-working-day "
            "deadline (Decree 43, Article 17.1.đ); the question stays open until "
            "it is answered."
        ),
        blank=True,
    )
    answer_expected_by = optional_date(
        _("answer expected by"), _("The date the status notice gives for the answer.")
    )
    notice_sent_at = models.DateTimeField(
        _("status notice sent at"), null=True, blank=True, editable=False
    )
    responded_at = models.DateTimeField(
        _("answered or closed at"), null=True, blank=True, editable=False
    )
    first_response_at = models.DateTimeField(
        _("first response at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "When the sender first got the answer, the out-of-scope notice or a "
            "status notice: the 15-working-day deadline stops there."
        ),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [models.Index(fields=["site", "status", "due_date"])]

    def __str__(self):
        return f"{self.ticket} – {self.title}"

    def save(self, *args, **kwargs):
        if self.due_date is None and self.created_at:
            self.due_date = _due_date(self.created_at)
        now = timezone.now()
        if self.status_notice.strip() and self.notice_sent_at is None:
            self.notice_sent_at = now
        if self.is_closed and self.responded_at is None:
            self.responded_at = now
        if not self.is_closed:
            self.responded_at = None
        if self.first_response_at is None:
            # The deadline's clock stops at the first of the three responses and
            # stays stopped: a question reopened after its answer was answered in
            # time. Forwarding it is not a response.
            responses = [t for t in (self.responded_at, self.notice_sent_at) if t]
            self.first_response_at = min(responses) if responses else None
        super().save(*args, **kwargs)

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    @property
    def answer_due(self):
        """The date the answer is due: the one the status notice gave, once it was
        sent, else 15 working days after receipt."""
        if self.notice_sent_at and self.answer_expected_by:
            return self.answer_expected_by
        return self.due_date

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        due = self.answer_due
        return not self.is_closed and due is not None and today > due

    is_overdue.boolean = True

    @staticmethod
    def overdue_q(today):
        """:meth:`is_overdue` as a filter, for lists of questions."""
        noticed = Q(notice_sent_at__isnull=False, answer_expected_by__isnull=False)
        late = (noticed & Q(answer_expected_by__lt=today)) | (
            ~noticed & Q(due_date__lt=today)
        )
        return late & ~Q(status__in=CLOSED_STATUSES)

    def clean(self):
        super().clean()
        if self.status == QuestionStatus.ANSWERED and not self.answer.strip():
            raise ValidationError(
                {"answer": _("Write the answer before marking it answered.")}
            )
        if self.status == QuestionStatus.OUT_OF_SCOPE and not (
            self.out_of_scope_reason.strip()
        ):
            raise ValidationError(
                {"out_of_scope_reason": _("Say why the question is outside the remit.")}
            )
        if self.is_public and self.status != QuestionStatus.ANSWERED:
            raise ValidationError(
                {"is_public": _("Only answered questions can be published.")}
            )
        if self.status_notice.strip() and not self.answer_expected_by:
            raise ValidationError(
                {
                    "answer_expected_by": _(
                        "Give the date the answer is expected by: the status notice "
                        "tells the sender."
                    )
                }
            )
        if self.answer_expected_by and not self.status_notice.strip():
            raise ValidationError(
                {"status_notice": _("Write the status notice that gives this date.")}
            )
        if (
            self.answer_expected_by
            and self.notice_sent_at is None
            and self.answer_expected_by < timezone.localdate()
        ):
            raise ValidationError(
                {"answer_expected_by": _("The date cannot be in the past.")}
            )


# ---- Consultations ------------------------------------------------------------------


class ConsultationStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    OPEN = "open", _("Open for comments")
    CLOSED = "closed", _("Closed, comments being compiled")
    CONCLUDED = "concluded", _("Concluded")


def consultation_status(opens_at, closes_at, has_report, now=None):
    """The status at ``now``: open from ``opens_at`` (included) to ``closes_at``
    (excluded); concluded once closed with the synthesis report attached."""
    now = now or timezone.now()
    if now < opens_at:
        return ConsultationStatus.UPCOMING
    if now < closes_at:
        return ConsultationStatus.OPEN
    if has_report:
        return ConsultationStatus.CONCLUDED
    return ConsultationStatus.CLOSED


def status_rank(now):
    """A database expression ordering consultations open, upcoming, closed,
    concluded, computed from the dates like :func:`consultation_status`."""
    return Case(
        When(opens_at__gt=now, then=Value(1)),
        When(closes_at__gt=now, then=Value(0)),
        When(synthesis_report__isnull=True, then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


STATUS_BY_RANK = {
    0: ConsultationStatus.OPEN,
    1: ConsultationStatus.UPCOMING,
    2: ConsultationStatus.CLOSED,
    3: ConsultationStatus.CONCLUDED,
}


class ConsultationPageMixin(RoutablePageMixin, FoldedSearchMixin, models.Model):
    """One draft document or policy open for public comment."""

    summary = long_text(
        _("summary"), _("What the draft is about and why comments are sought.")
    )
    body = body_field(
        _("full text"), _("The full text of the draft, or its main content.")
    )
    draft_document = document_link(
        _("draft file"), _("The full draft as a file people can download.")
    )
    drafting_unit = short_text(_("drafting unit"))
    receiving_unit = short_text(_("receiving unit"))
    receiving_address = short_text(_("receiving unit's address"))
    receiving_email = models.EmailField(
        _("receiving unit's email"),
        help_text=_("Comments sent through the site are also emailed here."),
    )
    opens_at = models.DateTimeField(_("open for comments from"))
    closes_at = models.DateTimeField(
        _("comments until"), help_text=_("The form closes at this time.")
    )
    synthesis_report = document_link(
        _("synthesis report"),
        _(
            "The report compiling, taking into account and explaining the comments "
            "(báo cáo tổng hợp, tiếp thu, giải trình). Attaching it concludes the "
            "consultation."
        ),
    )
    concluded_at = models.DateTimeField(
        _("concluded at"), null=True, blank=True, editable=False
    )

    compliance_date_field = "opens_at"

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("draft_document"),
        FieldRowPanel(["opens_at", "closes_at"], heading=_("Comment period")),
        HelpPanel(
            content=_(
                "Laws on law-making set the minimum comment period (often 60 days "
                "for central drafts). A shorter period is accepted with a warning."
            )
        ),
        MultiFieldPanel(
            [
                "drafting_unit",
                "receiving_unit",
                "receiving_address",
                "receiving_email",
            ],
            heading=_("Units"),
        ),
        FieldPanel("synthesis_report"),
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "summary", "body", "drafting_unit", filters=["opens_at", "closes_at"]
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.synthesis_report_id and self.concluded_at is None:
            self.concluded_at = timezone.now()
        elif not self.synthesis_report_id:
            self.concluded_at = None
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {
                    "closes_at": _(
                        "The comment period must end after it opens. Check the two "
                        "dates."
                    )
                }
            )

    def period_too_short(self):
        """Days of the comment period when shorter than the configured minimum."""
        if not (self.opens_at and self.closes_at):
            return None
        minimum = nd43_settings.CONSULTATION_MIN_DAYS
        length = self.closes_at - self.opens_at
        if length < datetime.timedelta(days=minimum):
            return length.days
        return None

    def status(self, now=None):
        return consultation_status(
            self.opens_at, self.closes_at, bool(self.synthesis_report_id), now
        )

    @property
    def status_label(self):
        return ConsultationStatus(self.status()).label

    def published_comments(self):
        return (
            ConsultationComment.objects.filter(
                page=self, status=ConsultationComment.Status.PUBLISHED
            )
            .only("pk", "body", "full_name", "publish_name", "created_at", "page_id")
            .order_by("created_at", "pk")
        )

    @path("")
    def index_route(self, request):
        from ..participation.views import consultation_view

        return consultation_view(self, request)


class ConsultationsPageMixin(models.Model):
    """The section: its consultations listed by status."""

    class Meta:
        abstract = True

    def get_items(self, request=None):
        now = timezone.now()
        return (
            ConsultationPage.objects.child_of(self)
            .live()
            .public()
            .annotate(status_rank=status_rank(now))
            .order_by("status_rank", "-closes_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for item in context["items"].object_list:
            item.listing_status = STATUS_BY_RANK[item.status_rank]
        return context

    def get_template(self, request, *args, **kwargs):
        return "wagtail_nd43/pages/consultations_page.html"


class ConsultationPage(ItemPageMixin, ConsultationPageMixin, Nd43Page):
    parent_page_types = ["wagtail_nd43.ConsultationsPage"]
    template = "wagtail_nd43/pages/consultation_page.html"

    class Meta:
        verbose_name = _("consultation on a draft")
        verbose_name_plural = _("consultations on drafts")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", pgettext_lazy("comment", "Published")
    REJECTED = "rejected", pgettext_lazy("comment", "Rejected")


class ConsultationComment(SubmissionMixin):
    """A comment on a draft; shown on the page once published by a moderator."""

    Status = CommentStatus
    ticket_prefix = "GY"

    page = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    status = choice_field(
        _("status"), CommentStatus, default=CommentStatus.PENDING, db_index=True
    )
    rejection_reason = long_text(
        _("reason for rejection"),
        _("Required when rejecting: e.g. off-topic, offensive, duplicate."),
        blank=True,
    )
    moderated_at = models.DateTimeField(
        _("moderated at"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")

    def __str__(self):
        return f"{self.ticket} – {self.page.title if self.page_id else ''}"

    def save(self, *args, **kwargs):
        if self.status != CommentStatus.PENDING and self.moderated_at is None:
            self.moderated_at = timezone.now()
        super().save(*args, **kwargs)

    @cached_property
    def site(self):
        return self.page.get_site() if self.page_id else None

    def clean(self):
        super().clean()
        if self.status == CommentStatus.REJECTED and not self.rejection_reason.strip():
            raise ValidationError(
                {"rejection_reason": _("Give the reason for rejecting the comment.")}
            )


class QuestionsPageMixin(RoutablePageMixin, models.Model):
    """The Q&A section: published answers by topic, the question form at
    ``gui-cau-hoi/`` and the status lookup at ``tra-cuu/``."""

    class Meta:
        abstract = True

    def get_items(self, request=None):
        queryset = (
            Question.objects.filter(
                site_id=site_of(self, request).pk,
                is_public=True,
                status=QuestionStatus.ANSWERED,
            )
            .select_related("category")
            .only(
                "pk",
                "ticket",
                "title",
                "body",
                "answer",
                "full_name",
                "publish_name",
                "created_at",
                "responded_at",
                "category__name",
                "category__slug",
                "category__sort_order",
            )
            .order_by("-responded_at", "-pk")
        )
        category = self.current_category(request)
        if category:
            queryset = queryset.filter(category__slug=category)
        return queryset

    @staticmethod
    def current_category(request):
        """The topic slug asked for in ``?chu-de=``, made safe to query (no NUL
        bytes, which PostgreSQL refuses)."""
        if request is None:
            return ""
        from ..participation.security import clean_text

        return clean_text(request.GET.get("chu-de", "")[:100], multiline=False)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = QuestionCategory.objects.filter(
            questions__site_id=site_of(self, request).pk,
            questions__is_public=True,
            questions__status=QuestionStatus.ANSWERED,
        ).distinct()
        context["current_category"] = self.current_category(request)
        context["ask_url"] = self.url + self.reverse_subpage("ask")
        context["lookup_url"] = self.url + self.reverse_subpage("lookup")
        context["faq"] = self.frequently_asked(request)
        return context

    def frequently_asked(self, request=None):
        """The articles editors published in this section ("câu hỏi thường gặp"),
        linked from the page: the question list itself shows citizens' questions.
        One query."""
        from .articles import ArticlePage

        return list(
            public(ArticlePage.objects.child_of(self).live(), request).order_by(
                "-date", "-pk"
            )
        )

    def get_template(self, request, *args, **kwargs):
        return "wagtail_nd43/pages/questions_page.html"

    @path("gui-cau-hoi/", name="ask")
    def ask_route(self, request):
        from ..participation.views import ask_view

        return ask_view(self, request)

    @path("tra-cuu/", name="lookup")
    def lookup_route(self, request):
        from ..participation.views import lookup_view

        return lookup_view(self, request)


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
