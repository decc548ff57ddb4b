"""Consultations on drafts (ND43-10.1.i, ND42-8.1.c): a :class:`ConsultationPage`
is one draft open for comment under “Lấy ý kiến góp ý”. Its status comes from its
dates and the synthesis report; :class:`ConsultationComment` holds the comments,
moderated in the admin.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
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

from ..conf import nd43_settings
from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page
from .fields import (
    body_field,
    choice_field,
    document_link,
    long_text,
    short_text,
)
from .submissions import SubmissionMixin


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


__all__ = [
    "CommentStatus",
    "ConsultationComment",
    "ConsultationPage",
    "ConsultationPageMixin",
    "ConsultationStatus",
    "ConsultationsPageMixin",
]
