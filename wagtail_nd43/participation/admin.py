"""Admin screens: answer questions, moderate comments, find one person's data.

Everything a visitor typed is shown escaped (``format_html`` and the admin's own
templates); nothing they send is ever marked safe.
"""

import datetime

import django_filters
from django.utils import timezone
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from ..agencies import ScopedIndexViewMixin, SiteScopedViewSetMixin
from ..models import ConsultationComment, Question, QuestionCategory
from ..workdays import WorkingCalendar
from . import notify


class SubmissionDetailsPanel(HelpPanel):
    """Who sent it, how to reach them and what they consented to (read-only)."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            item = self.instance
            if item is None or not item.pk:
                self.content = ""
                return
            rows = [
                (_("Ticket code"), item.ticket),
                (
                    _("Received at"),
                    timezone.localtime(item.created_at).strftime("%d/%m/%Y %H:%M"),
                ),
                (_("Full name"), item.full_name or "—"),
                (_("Email"), item.email or "—"),
                (_("Phone"), item.phone or "—"),
                (_("Address"), item.address or "—"),
                (
                    _("Agreed to publish the name"),
                    _("Yes") if item.publish_name else _("No"),
                ),
                (
                    _("Consent"),
                    " · ".join(
                        (
                            timezone.localtime(item.consent_at).strftime(
                                "%d/%m/%Y %H:%M"
                            )
                            if item.consent_at
                            else "—",
                            "; ".join(item.consent_purposes or []),
                            item.notice_version,
                        )
                    ),
                ),
            ]
            if getattr(item, "due_date", None):
                rows.append((_("Answer due"), item.due_date.strftime("%d/%m/%Y")))
            if item.erased_at:
                rows.append(
                    (
                        _("Personal data erased at"),
                        timezone.localtime(item.erased_at).strftime("%d/%m/%Y %H:%M"),
                    )
                )
            table = format_html_join(
                "", "<tr><th scope='row'>{}</th><td>{}</td></tr>", rows
            )
            attachment = ""
            if item.attachment:
                attachment = format_html(
                    '<p><a href="{}">{}</a></p>',
                    item.attachment.url,
                    _("Attached file"),
                )
            self.content = format_html(
                '<table class="listing"><tbody>{}</tbody></table>{}'
                "<h3>{}</h3><div>{}</div>",
                table,
                attachment,
                _("Text as sent"),
                linebreaks(item.body, autoescape=True),
            )

        def is_shown(self):
            return bool(self.content)


class OverdueFilter(django_filters.BooleanFilter):
    def filter(self, queryset, value):
        if value is None:
            return queryset
        overdue = Question.overdue_q(timezone.localdate())
        return queryset.filter(overdue) if value else queryset.exclude(overdue)


class QuestionFilterSet(WagtailFilterSet):
    overdue = OverdueFilter(
        label=_("Past the 15-working-day deadline"),
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = Question
        fields = ["status", "category", "is_public"]


def deadline_state(question, calendar, today=None):
    """What the questions list says of ``question``'s deadline: the date (the one
    a status notice gave, once sent), and for an open question the working days
    left (0: due today) or overdue."""
    today = today or timezone.localdate()
    due = question.answer_due
    state = {
        "due": due,
        "closed": question.is_closed,
        "notified": question.notice_sent_at is not None,
        "left": None,
        "overdue": None,
    }
    if due is None or question.is_closed:
        return state
    if today > due:
        state["overdue"] = calendar.working_days_between(due, today)
    else:
        state["left"] = calendar.working_days_between(today, due)
    return state


def _request_calendar(parent_context):
    """One working-day calendar per listing (one holiday query for every row)."""
    request = parent_context.get("request")
    calendar = getattr(request, "_nd43_working_calendar", None)
    if calendar is None:
        today = timezone.localdate()
        calendar = WorkingCalendar(
            today - datetime.timedelta(days=365), today + datetime.timedelta(days=60)
        )
        if request is not None:
            request._nd43_working_calendar = calendar
    return calendar


class DeadlineColumn(Column):
    """The answer deadline as a date (not "2 weeks ago"), with the working days
    left or past it for an open question."""

    cell_template_name = "wagtail_nd43/admin/participation/deadline_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(deadline_state(instance, _request_calendar(parent_context)))
        return context


class OverdueColumn(Column):
    """ "Overdue" in words, in the critical colour; "No" for an open question on
    time; "—" for a closed one (no icon whose hidden name is "True"/"False")."""

    cell_template_name = "wagtail_nd43/admin/participation/overdue_cell.html"

    def get_value(self, instance):
        return instance.is_overdue()


class QuestionEditView(EditView):
    def save_instance(self):
        previous_status, previous_notice, previous_text, previous_date = (
            Question.objects.filter(pk=self.object.pk)
            .values_list(
                "status", "notice_sent_at", "status_notice", "answer_expected_by"
            )
            .first()
        ) or (None, None, "", None)
        instance = super().save_instance()
        if instance.status != previous_status:
            notify.question_status_changed(instance)
        # The sender is told of a first notice, and of every change of its text or
        # of the date it promises: a later date is never set without telling.
        if instance.notice_sent_at is not None and (
            previous_notice is None
            or instance.answer_expected_by != previous_date
            or instance.status_notice.strip() != (previous_text or "").strip()
        ):
            notify.question_status_notice(instance)
        return instance


class SubmissionViewSetMixin:
    """Submissions come only from the public forms, with the sender's consent:
    there is no “add” screen."""

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs["add_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name != "add"
        ]


class ScopedIndexView(ScopedIndexViewMixin, IndexView):
    """Lists the submissions of the agency sites the user reaches."""


class QuestionViewSet(SiteScopedViewSetMixin, SubmissionViewSetMixin, ModelViewSet):
    """Questions sent to the agency sites the user reaches (its ``site``)."""

    name = "nd43-questions"
    index_view_class = ScopedIndexView
    model = Question
    icon = "help"
    menu_label = _("Questions")
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = False
    edit_view_class = QuestionEditView
    filterset_class = QuestionFilterSet
    search_fields = ["ticket", "title", "body", "full_name", "email"]
    search_backend_name = None
    ordering = ["status", "due_date", "-created_at"]
    list_display = [
        "ticket",
        "title",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DeadlineColumn("due_date", label=_("Answer due")),
        OverdueColumn("overdue", label=_("Overdue")),
        DateColumn("created_at", label=_("Received at")),
    ]
    panels = [
        SubmissionDetailsPanel(heading=_("Sender and consent")),
        MultiFieldPanel(
            ["title", "body", "category"],
            heading=_("Question (edit to remove personal details before publishing)"),
        ),
        MultiFieldPanel(
            ["status", "forwarded_to", "out_of_scope_reason", "answer", "is_public"],
            heading=_("Handling"),
        ),
        MultiFieldPanel(
            ["status_notice", "answer_expected_by"],
            heading=_("Status notice (when the answer needs more time)"),
        ),
    ]

    def get_queryset(self, request):
        return Question.objects.select_related("category")


class QuestionCategoryViewSet(ModelViewSet):
    name = "nd43-question-topics"
    model = QuestionCategory
    icon = "tag"
    menu_label = _("Question topics")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["name", "slug", "sort_order"]
    form_fields = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None


class CommentViewSet(SiteScopedViewSetMixin, SubmissionViewSetMixin, ModelViewSet):
    """Comments on the drafts of the agency sites the user reaches (the
    consultation page's site)."""

    name = "nd43-comments"
    index_view_class = ScopedIndexView
    scope_page_field = "page"
    model = ConsultationComment
    icon = "comment"
    menu_label = _("Comments on drafts")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_filter = ["status"]
    search_fields = ["ticket", "body", "full_name", "email"]
    search_backend_name = None
    ordering = ["status", "-created_at"]
    list_display = [
        "ticket",
        Column("page", label=_("Consultation"), accessor="page.title"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Received at")),
    ]
    panels = [
        SubmissionDetailsPanel(heading=_("Sender and consent")),
        FieldPanel("body", heading=_("Comment (edit to remove personal details)")),
        MultiFieldPanel(["status", "rejection_reason"], heading=_("Moderation")),
    ]

    def get_queryset(self, request):
        return ConsultationComment.objects.select_related("page")


class ParticipationViewSetGroup(ModelViewSetGroup):
    menu_label = _("Questions and comments")
    menu_icon = "help"
    menu_name = "nd43-participation"
    menu_order = 250
    items = (QuestionViewSet, CommentViewSet, QuestionCategoryViewSet)
