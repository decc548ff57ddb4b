"""Projects, investment items, bidding and public procurement (dự án, hạng mục đầu
tư, đấu thầu, mua sắm công, Decree 43/2011 Art. 10.1.h).

The decree lists projects in preparation, ongoing and completed, each with nine
items: name, main objective, professional field, project type, implementation
period, budget, funding type, donor and status. The page's title is the project's
name; the eight other items are required fields named after the decree's words.

The approval date is not one of the nine items, but Art. 17.1.d counts the posting
deadline from it: 10 working days after the project, investment item, bidding
package or procurement is approved.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)

from ..rulebook.nd43 import PROJECT_FIELDS
from .attachments import (
    DocumentAttachment,
    attachment_document_field,
    attachment_label_field,
)
from .base import ItemPageMixin, Nd43Page
from .direction import format_amount
from .fields import body_field, choice_field, long_text, optional_date, short_text
from .filters import ListingFilterSet, SelectFilter
from .listing import ItemListingMixin, StructuredItemMixin
from .validation import CheckedItemMixin, validate_item_file


APP = "wagtail_nd43."


class ProjectKind(models.TextChoices):
    PROJECT = "project", pgettext_lazy("project kind", "Project")
    INVESTMENT = "investment", pgettext_lazy("project kind", "Investment")
    BIDDING = "bidding", pgettext_lazy("project kind", "Bidding")
    PROCUREMENT = "procurement", pgettext_lazy("project kind", "Public procurement")


class ProjectStatus(models.TextChoices):
    PREPARING = "preparing", _("In preparation for investment")
    ONGOING = "ongoing", _("Under way")
    COMPLETED = "completed", _("Completed")


class FundingType(models.TextChoices):
    STATE_BUDGET = "state-budget", _("State budget")
    ODA = "oda", _("Official development assistance (ODA)")
    CONCESSIONAL = "concessional-loan", _("Concessional loan")
    GRANT = "grant", _("Non-refundable aid")
    PPP = "ppp", _("Public–private partnership (PPP)")
    PRIVATE = "private", _("Private or community funding")
    OTHER = "other", _("Other")


#: The nine items of Decree 43/2011 Art. 10.1.h, as fields of the page.
DECREE_FIELDS = PROJECT_FIELDS


class ProjectPageMixin(CheckedItemMixin, StructuredItemMixin, models.Model):
    kind = choice_field(
        pgettext_lazy("project", "kind"),
        ProjectKind,
        default=ProjectKind.PROJECT,
        help_text=_(
            "Whether this is a project, an investment item, a bidding package or a "
            "public procurement."
        ),
    )
    main_objective = long_text(
        _("main objective"), _("What the project is to achieve.")
    )
    professional_field = short_text(
        _("professional field"), _("E.g. “Công nghệ thông tin”, “Viễn thông”.")
    )
    project_type = short_text(
        _("project type"),
        _(
            "As classified by the law on public investment or procurement, e.g. "
            "“Dự án nhóm C”, “Gói thầu mua sắm hàng hóa”."
        ),
    )
    implementation_period = short_text(
        _("implementation period"), _("E.g. “2024 – 2026” or “Quý II – Quý IV/2025”.")
    )
    budget = models.PositiveBigIntegerField(
        _("budget (VND)"),
        help_text=_(
            "The project's total budget in VND, digits only, e.g. 18600000000."
        ),
    )
    funding_type = choice_field(_("funding type"), FundingType, max_length=30)
    donor = short_text(
        _("donor"),
        _("Who funds the project, e.g. “Ngân sách tỉnh”, “Ngân hàng Thế giới (WB)”."),
    )
    status = choice_field(_("status"), ProjectStatus, default=ProjectStatus.PREPARING)
    approved_date = optional_date(
        _("approval date"),
        _(
            "The date of the decision approving the project, investment item, "
            "bidding package or procurement plan. Decree 43/2011 Art. 17.1.d: "
            "publish it within 10 working days of that date. Leave empty while it "
            "is not approved yet."
        ),
    )
    body = body_field(_("details"), _("Optional: progress, bidding results, contacts."))

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Project name"),
            help_text=_("The project's full name as in its approval decision."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["kind", "status"]),
                "main_objective",
                FieldRowPanel(["professional_field", "project_type"]),
                FieldRowPanel(["implementation_period", "budget"]),
                FieldRowPanel(["funding_type", "donor"]),
            ],
            heading=_("The nine items Decree 43 requires"),
        ),
        FieldPanel("approved_date"),
        InlinePanel(
            "attachments",
            heading=_("Files to download"),
            label=pgettext_lazy("attachment", "File"),
            help_text=_("PDF, DOC(X), ODT or XLS(X) files."),
        ),
        FieldPanel("body"),
    ]
    search_fields = StructuredItemMixin.page_search_fields(
        "main_objective",
        "professional_field",
        "donor",
        "body",
        filters=["kind", "status", "approved_date"],
    )

    past_dates = {"approved_date": _("The approval date cannot be in the future.")}

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if self.budget == 0:
            errors["budget"] = _("Enter the project's budget; it cannot be 0.")
        attachment_errors = ProjectAttachment.errors_in(self.attachments.all())
        if attachment_errors:
            errors.setdefault("__all__", []).extend(attachment_errors)

    def get_facts(self):
        return [
            (pgettext_lazy("project", "Kind"), self.get_kind_display()),
            (_("Status"), self.get_status_display()),
            (_("Main objective"), self.main_objective),
            (_("Professional field"), self.professional_field),
            (_("Project type"), self.project_type),
            (_("Implementation period"), self.implementation_period),
            (_("Budget"), format_amount(self.budget)),
            (_("Funding type"), self.get_funding_type_display()),
            (_("Donor"), self.donor),
            (_("Approval date"), self.approved_date),
        ]

    def get_listing_facts(self):
        facts = self.get_facts()
        return facts[:2] + facts[5:7]

    def get_downloads(self):
        return [
            (attachment.display_label, attachment.document)
            for attachment in self.attachments.all()
        ]


class ProjectPage(ItemPageMixin, ProjectPageMixin, Nd43Page):
    parent_page_types = [APP + "ProjectsPage"]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")


class ProjectAttachment(DocumentAttachment):
    page = ParentalKey(
        ProjectPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = attachment_document_field(
        pgettext_lazy("attachment", "file"), _("PDF, DOC(X), ODT or XLS(X).")
    )
    label = attachment_label_field(_("Optional, e.g. “Kế hoạch lựa chọn nhà thầu”."))

    validate_document = staticmethod(validate_item_file)

    class Meta(DocumentAttachment.Meta):
        verbose_name = _("project file")
        verbose_name_plural = _("project files")


class ProjectFilterSet(ListingFilterSet):
    kind = SelectFilter(
        "kind", label=pgettext_lazy("project", "Kind"), choices=ProjectKind.choices
    )
    status = SelectFilter("status", label=_("Status"), choices=ProjectStatus.choices)


class ProjectListingMixin(ItemListingMixin):
    item_model_label = APP + "ProjectPage"
    item_ordering = ("-first_published_at", "-pk")
    filterset_class = ProjectFilterSet


__all__ = [
    "FundingType",
    "ProjectAttachment",
    "ProjectKind",
    "ProjectListingMixin",
    "ProjectPage",
    "ProjectPageMixin",
    "ProjectStatus",
]
