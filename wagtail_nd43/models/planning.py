"""Strategies, orientations, planning and development plans (chiến lược, định hướng,
quy hoạch, kế hoạch phát triển, Decree 43/2011 Art. 10.1.đ).

Each plan is a page with its approval decision (number and date: Art. 17.1.d gives
10 working days from approval to publish it), its file and the years it covers.
People's Committees must publish plans in four areas; for the levels the rulebook
names (the requirement checking these categories), a plan must say which area it
belongs to, and the listing can be filtered by area. Elsewhere the category is not
asked for.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    TitleFieldPanel,
)

from ..rulebook import ItemsFilled, get_profile
from .base import ItemPageMixin, Nd43Page
from .fields import body_field, choice_field, document_link, document_number, long_text
from .filters import ListingFilterSet, PeriodYearFilter, SelectFilter
from .listing import ItemListingMixin, StructuredItemMixin
from .validation import CheckedItemMixin, NumberedItemMixin


APP = "wagtail_nd43."


class PlanCategory(models.TextChoices):
    """The four areas of Decree 43/2011 Art. 10.1.đ for People's Committees."""

    INVESTMENT = (
        "investment",
        _(
            "Investment incentives, investment opportunities and projects calling for "
            "investment"
        ),
    )
    CONSTRUCTION = (
        "construction-land",
        _("Construction and urban planning, land-use planning and plans"),
    )
    RESOURCES = (
        "natural-resources",
        _("Planning and plans for the exploitation of natural resources"),
    )
    WASTE = (
        "waste-environment",
        _(
            "Waste collection, recycling and treatment planning; sources of harmful "
            "waste; seriously polluted areas and areas at risk of environmental "
            "incidents"
        ),
    )


def category_requirement(profile_name, level, section_key):
    """The requirement of the profile that asks, at ``level``, for items of the
    section ``section_key`` in each category, or ``None``."""
    try:
        profile = get_profile(profile_name)
    except KeyError:
        return None
    for requirement in profile.requirements_for(level):
        check = requirement.check
        if (
            isinstance(check, ItemsFilled)
            and check.section == section_key
            and check.per == "category"
        ):
            return requirement
    return None


def categories_required(section):
    """Whether plans under ``section`` (a planning section page) must carry a
    category, by the site's profile and agency level."""
    from .settings import AgencySettings

    site = section.get_site()
    if site is None:
        return False
    identity = AgencySettings.for_site(site)
    return (
        category_requirement(identity.profile, identity.level, section.requirement_key)
        is not None
    )


class PlanDocumentPageForm(WagtailAdminPageForm):
    """Asks for the category where the site's level must publish the four areas
    (and then requires it); elsewhere the field is not shown."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.categories_required = self._categories_required()
        field = self.fields.get("category")
        if field is None:
            return
        if self.categories_required:
            field.required = True
        elif not self.instance.category:
            del self.fields["category"]

    def _categories_required(self):
        parent = self.parent_page
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        if parent is None:
            return False
        parent = parent.specific
        if not getattr(parent, "requirement_key", ""):
            return False
        return categories_required(parent)

    def clean(self):
        cleaned_data = super().clean()
        if self.categories_required and not cleaned_data.get("category"):
            self.add_error(
                "category",
                _(
                    "Choose the area of this plan: the People's Committee's website "
                    "must publish plans in each of the four areas (Decree 43/2011 "
                    "Art. 10.1.đ)."
                ),
            )
        return cleaned_data


class PlanDocumentPageMixin(
    NumberedItemMixin, CheckedItemMixin, StructuredItemMixin, models.Model
):
    decision_number = document_number(
        _("approval decision number"),
        _("The number and symbol of the approving decision, e.g. 1234/QĐ-UBND."),
    )
    approved_date = models.DateField(
        _("approval date"),
        db_index=True,
        help_text=_(
            "The date of the approving decision. Decree 43/2011 Art. 17.1.d: publish "
            "the plan within 10 working days of it."
        ),
    )
    file = document_link(
        _("plan file"),
        _(
            "The approved plan (with its decision) as a PDF, DOC(X), ODT or XLS(X) file."
        ),
        blank=False,
    )
    period_start = models.PositiveSmallIntegerField(
        _("from year"), help_text=_("The first year the plan covers, e.g. 2021.")
    )
    period_end = models.PositiveSmallIntegerField(
        _("to year"),
        help_text=_(
            "The last year the plan covers, e.g. 2030; the same year for a yearly plan."
        ),
    )
    category = choice_field(
        _("area"),
        PlanCategory,
        max_length=30,
        blank=True,
        help_text=_(
            "Required for People's Committees: the area of Decree 43/2011 Art. 10.1.đ "
            "this plan belongs to."
        ),
    )
    summary = long_text(
        _("summary"), _("Optional: the plan's main targets."), blank=True
    )
    body = body_field(_("content"), _("Optional: the plan's text or its main points."))

    compliance_date_field = "approved_date"
    number_field = "decision_number"
    download_field = "file"
    download_label = _("Plan")
    summary_field = "summary"
    past_dates = {
        "approved_date": _(
            "Publish a plan once approved: the approval date cannot be in the future."
        )
    }
    checked_files = ("file",)
    base_form_class = PlanDocumentPageForm

    content_panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            [
                FieldRowPanel(["decision_number", "approved_date"]),
                FieldRowPanel(["period_start", "period_end"]),
                "category",
                "file",
            ],
            heading=_("Approval"),
        ),
        "summary",
        FieldPanel("body"),
    ]
    search_fields = StructuredItemMixin.page_search_fields(
        "decision_number", "summary", "body", filters=["approved_date", "category"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        this_year = timezone.localdate().year
        for name in ("period_start", "period_end"):
            value = getattr(self, name)
            if value is not None and not 1945 <= value <= this_year + 100:
                errors[name] = _("Enter a year such as %(year)s.") % {"year": this_year}
        if (
            "period_start" not in errors
            and "period_end" not in errors
            and self.period_start
            and self.period_end
            and self.period_end < self.period_start
        ):
            errors["period_end"] = _(
                "The last year of the period cannot be before its first year."
            )

    @property
    def period(self):
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start} – {self.period_end}"

    def get_facts(self):
        return [
            (_("Approval decision"), self.decision_number),
            (_("Approval date"), self.approved_date),
            (_("Period"), self.period),
            (_("Area"), self.get_category_display()),
        ]

    def get_texts(self):
        return [(_("Summary"), self.summary, False)]


class PlanDocumentPage(ItemPageMixin, PlanDocumentPageMixin, Nd43Page):
    parent_page_types = [APP + "PlanningPage"]

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")


class PlanningFilterSet(ListingFilterSet):
    """The area filter is offered only where the site's level must publish plans
    in each area (see :func:`categories_required`)."""

    category = SelectFilter("category", label=_("Area"), choices=PlanCategory.choices)
    year = PeriodYearFilter("period_start", "period_end", label=_("Year"))

    def __init__(self, *args, section=None, **kwargs):
        super().__init__(*args, section=section, **kwargs)
        if section is None or not categories_required(section):
            del self.filters["category"]


class PlanningListingMixin(ItemListingMixin):
    item_model_label = APP + "PlanDocumentPage"
    item_ordering = ("-approved_date", "-pk")
    item_select_related = ("file",)
    filterset_class = PlanningFilterSet


__all__ = [
    "PlanCategory",
    "PlanDocumentPage",
    "PlanDocumentPageMixin",
    "PlanningListingMixin",
]
