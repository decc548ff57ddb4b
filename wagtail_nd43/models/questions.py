"""Questions and answers (ND43-15.2, 17.1.đ): a :class:`Question` sent through the
“Hỏi đáp” section gets a ticket code; the sender follows its status (received →
forwarded → answered, or out of scope with a reason); within 15 working days of
receipt (:mod:`wagtail_nd43.workdays`) the sender gets the answer, the out-of-scope
notice or a status notice giving the date the answer is expected by (the decree
accepts any of the three; being forwarded is none of them); answers of general
interest are published in the section (:class:`QuestionsPageMixin`).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from ..conf import nd43_settings
from ..visibility import public
from .fields import (
    choice_field,
    long_text,
    optional_date,
    optional_text,
    short_text,
)
from .sites import site_of
from .submissions import SubmissionMixin


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
    "Question",
    "QuestionCategory",
    "QuestionStatus",
    "QuestionsPageMixin",
]
