"""Science programmes and research topics funded by the state budget (Decree
43/2011 Art. 11, requirement ND43-11): one page per programme or topic under the
“Chương trình, đề tài khoa học” section, which ministries and provinces keep.

Art. 11 asks for (1) the list, with code, name, management level, field, lead
(implementing) organisation and period, and (2) once the scientific council has
accepted a topic, its summary report and the report on applying its results. Art.
17.1.e gives 20 working days from approval or acceptance to publish it.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    TitleFieldPanel,
)

from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page
from .fields import (
    body_field,
    choice_field,
    document_link,
    long_text,
    optional_date,
    short_text,
)
from .filters import (
    ListingFilterSet,
    PeriodYearFilter,
    SelectFilter,
    ValuesFilter,
    text_value,
    year_value,
)
from .listing import ItemListingMixin
from .validation import CheckedItemMixin


APP = "wagtail_nd43."


class ResearchKind(models.TextChoices):
    PROGRAMME = "programme", _("Science and technology programme")
    TOPIC = "topic", _("Research topic")
    PROJECT = "project", _("Science and technology project")


class ManagementLevel(models.TextChoices):
    NATIONAL = "national", _("National level")
    MINISTRY = "ministry", _("Ministry level")
    PROVINCE = "province", _("Provincial level")
    BASE = "base", _("Grassroots level")


class ResearchStatus(models.TextChoices):
    APPROVED = "approved", _("Approved, not started")
    ONGOING = "ongoing", _("In progress")
    ACCEPTED = "accepted", _("Accepted by the scientific council")
    STOPPED = "stopped", _("Stopped")


class AcceptanceRating(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Failed")


class ResearchProjectPageMixin(CheckedItemMixin, FoldedSearchMixin, models.Model):
    kind = choice_field(
        pgettext_lazy("science programme", "kind"),
        ResearchKind,
        default=ResearchKind.TOPIC,
    )
    code = short_text(
        pgettext_lazy("science programme", "code"),
        _("The code in the approval decision, e.g. “ĐTĐL.CN-12/24”."),
        max_length=100,
    )
    management_level = choice_field(
        _("management level"),
        ManagementLevel,
        help_text=_("Who manages the programme or topic (Decree 43/2011 Art. 11.1)."),
    )
    field = short_text(
        pgettext_lazy("area of state management", "field"),
        _(
            "The science field, e.g. “Khoa học kỹ thuật và công nghệ”. Use the same "
            "spelling for every topic of a field."
        ),
    )
    lead_organisation = short_text(
        _("implementing organisation"),
        _("The organisation in charge (tổ chức chủ trì)."),
    )
    lead_researcher = short_text(
        _("lead researcher"),
        _("The head of the topic (chủ nhiệm), with academic title."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), help_text=_("The end of the approved implementation period.")
    )
    budget = models.PositiveBigIntegerField(
        _("state budget (VND)"),
        help_text=_("The funding from the state budget, in đồng, digits only."),
    )
    approval_number = short_text(
        _("approval decision number"), _("E.g. “1234/QĐ-UBND”."), max_length=100
    )
    approved_date = models.DateField(
        _("approval date"),
        help_text=_(
            "The date of the approval decision. Publish the topic within 20 working "
            "days of it (Decree 43/2011 Art. 17.1.e)."
        ),
    )
    status = choice_field(_("status"), ResearchStatus, default=ResearchStatus.APPROVED)
    summary = long_text(
        _("objectives and main content"),
        _("What the programme or topic sets out to do, in a few sentences."),
    )
    accepted_date = optional_date(
        _("acceptance date"), _("The date the scientific council accepted the results.")
    )
    acceptance_rating = choice_field(
        _("acceptance result"), AcceptanceRating, blank=True
    )
    results = long_text(
        _("results"), _("The results obtained and where they are applied."), blank=True
    )
    summary_report = document_link(
        _("summary report"),
        _("The summary report of the results; required once the topic is accepted."),
    )
    application_report = document_link(
        _("report on applying the results"),
        _("Required once the topic is accepted (Decree 43/2011 Art. 11.2)."),
    )
    body = body_field(_("more information"))

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Name of the programme or topic"),
            help_text=_("The name exactly as in the approval decision."),
        ),
        FieldRowPanel(["kind", "code"]),
        FieldRowPanel(["management_level", "field"]),
        FieldRowPanel(["lead_organisation", "lead_researcher"]),
        FieldRowPanel(["start_date", "end_date", "budget"]),
        FieldRowPanel(["approval_number", "approved_date", "status"]),
        "summary",
        MultiFieldPanel(
            [
                FieldRowPanel(["accepted_date", "acceptance_rating"]),
                "results",
                FieldRowPanel(["summary_report", "application_report"]),
            ],
            heading=_("Acceptance and results"),
        ),
        FieldPanel("body"),
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "code",
        "field",
        "lead_organisation",
        "lead_researcher",
        "summary",
        "results",
        filters=["status"],
    )
    compliance_date_field = "approved_date"
    past_dates = {"approved_date": _("The approval date cannot be in the future.")}

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        accepted = self.status == ResearchStatus.ACCEPTED
        if accepted and not self.accepted_date:
            errors["accepted_date"] = _(
                "Enter the date the scientific council accepted the results."
            )
        if self.accepted_date and not accepted:
            errors["status"] = _(
                "An acceptance date is entered: choose the status “Accepted by the "
                "scientific council”, or clear the date."
            )
        if self.accepted_date:
            if self.accepted_date > timezone.localdate():
                errors["accepted_date"] = _(
                    "The acceptance date cannot be in the future."
                )
            elif self.start_date and self.accepted_date < self.start_date:
                errors["accepted_date"] = _(
                    "The acceptance date cannot be before the start date."
                )
            if not self.acceptance_rating:
                errors["acceptance_rating"] = _("Choose the result of the acceptance.")
            reports = ["summary_report"]
            if self.acceptance_rating != AcceptanceRating.FAILED:
                reports.append("application_report")
            for name in reports:
                if getattr(self, f"{name}_id") is None:
                    errors[name] = _(
                        "An accepted topic must publish this report (Decree "
                        "43/2011 Art. 11.2). Attach the file."
                    )
        elif self.acceptance_rating:
            errors["acceptance_rating"] = _(
                "Enter the acceptance date before its result."
            )

    @property
    def budget_display(self):
        """The budget with dots between thousands, as Vietnamese writes it."""
        return f"{self.budget:,}".replace(",", ".") if self.budget is not None else ""

    @property
    def period_label(self):
        return f"{self.start_date:%m/%Y} – {self.end_date:%m/%Y}"

    def is_running(self, today=None):
        today = today or timezone.localdate()
        return self.start_date <= today <= self.end_date

    def dublin_core(self, agency=""):
        return {"DC.subject": self.field, "DC.relation": self.code}


class ResearchProjectPage(ItemPageMixin, ResearchProjectPageMixin, Nd43Page):
    parent_page_types = [APP + "ResearchPage"]
    template = "wagtail_nd43/pages/research_project_page.html"

    class Meta:
        verbose_name = _("science programme or topic")
        verbose_name_plural = _("science programmes and topics")


class ResearchFilterSet(ListingFilterSet):
    """Status, management level, field and the year the work runs in. The field
    and the year are offered from the published works but any well-formed value is
    taken: a year with no work says that nothing matches."""

    status = SelectFilter(
        "status",
        label=_("Status"),
        empty_label=_("Any status"),
        choices=ResearchStatus.choices,
    )
    level = SelectFilter(
        "management_level",
        label=_("Management level"),
        empty_label=_("All levels"),
        choices=ManagementLevel.choices,
    )
    field = ValuesFilter(
        "field",
        label=pgettext_lazy("area of state management", "Field"),
        empty_label=_("All fields"),
        parse=text_value,
    )
    year = PeriodYearFilter(
        "start_date",
        "end_date",
        label=_("Year carried out"),
        empty_label=_("All years"),
        parse=year_value,
    )


class ResearchListingMixin(ItemListingMixin):
    """Lists the section's programmes and topics, newest approval first, filtered by
    status, management level, field and year in GET parameters: shareable links, no
    JavaScript, a constant number of queries."""

    item_model_label = APP + "ResearchProjectPage"
    item_ordering = ("-approved_date", "-pk")
    listing_template = "wagtail_nd43/pages/research_page.html"
    filterset_class = ResearchFilterSet


__all__ = [
    "AcceptanceRating",
    "ManagementLevel",
    "ResearchKind",
    "ResearchListingMixin",
    "ResearchProjectPage",
    "ResearchProjectPageMixin",
    "ResearchStatus",
]
