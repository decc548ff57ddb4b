"""Statistical information and reports (Decree 43/2011 Art. 12, requirement
ND43-12): one page per statistical release under the “Thông tin, báo cáo thống kê”
section, which ministries and provinces keep.

Art. 12 asks that published statistics come with their data, the report, the
methodology, the analysis and the period they cover; Art. 17.1.g gives 10 working
days from the head's decision to publish them.
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
    optional_text,
    short_text,
)
from .filters import (
    ListingFilterSet,
    SelectFilter,
    ValuesFilter,
    text_value,
    year_value,
)
from .listing import ItemListingMixin
from .validation import CheckedItemMixin


APP = "wagtail_nd43."


def _today():
    return timezone.localdate()


class PeriodType(models.TextChoices):
    YEAR = "year", _("Year")
    HALF = "half", _("Half-year")
    QUARTER = "quarter", _("Quarter")
    MONTH = "month", _("Month")


#: How many periods of each type a year has.
PERIODS_PER_YEAR = {
    PeriodType.YEAR: 1,
    PeriodType.HALF: 2,
    PeriodType.QUARTER: 4,
    PeriodType.MONTH: 12,
}


class StatisticsReportPageMixin(CheckedItemMixin, FoldedSearchMixin, models.Model):
    field = short_text(
        pgettext_lazy("statistics", "statistical field"),
        _(
            "The area the indicators cover, e.g. “Bưu chính, viễn thông”. Use the "
            "same spelling for every release of an area."
        ),
    )
    period_type = choice_field(
        _("kind of period"), PeriodType, max_length=10, default=PeriodType.YEAR
    )
    year = models.PositiveSmallIntegerField(_("year of the period"))
    period_number = models.PositiveSmallIntegerField(
        _("period number"),
        null=True,
        blank=True,
        help_text=_(
            "Which half-year (1–2), quarter (1–4) or month (1–12); empty for a year."
        ),
    )
    compiling_unit = short_text(
        _("compiling unit"), _("The unit that collected and compiled the figures.")
    )
    measurement_unit = optional_text(
        _("unit of measurement"),
        _("E.g. “thuê bao”, “tỷ đồng”; leave empty if the tables say it."),
        max_length=100,
    )
    decision_date = models.DateField(
        _("publication decision date"),
        help_text=_(
            "The date the head of the agency decided to publish. Publish within 10 "
            "working days of it (Decree 43/2011 Art. 17.1.g)."
        ),
    )
    date = models.DateField(
        _("publication date"),
        default=_today,
        help_text=_("Shown on the release and used to order lists, newest first."),
    )
    data_file = document_link(
        _("data file"),
        _("The figures, as a spreadsheet (XLSX, ODS or CSV) or PDF."),
        blank=False,
    )
    report_file = document_link(
        _("report file"), _("The full statistical report, if it is a separate file.")
    )
    summary = long_text(
        _("report"), _("The main figures and findings, in plain words.")
    )
    methodology = long_text(
        _("methodology"),
        _("How the data were collected and computed: sources, scope, method."),
    )
    analysis = long_text(
        _("analysis"), _("What the figures mean, compared with earlier periods.")
    )
    body = body_field(_("tables and more information"))

    content_panels = [
        TitleFieldPanel("title"),
        FieldRowPanel(["field", "compiling_unit"]),
        MultiFieldPanel(
            [FieldRowPanel(["period_type", "year", "period_number"])],
            heading=_("Statistical period"),
        ),
        FieldRowPanel(["decision_date", "date", "measurement_unit"]),
        FieldRowPanel(["data_file", "report_file"]),
        "summary",
        "methodology",
        "analysis",
        FieldPanel("body"),
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "field", "summary", "analysis", "body", filters=["year"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        count = PERIODS_PER_YEAR.get(self.period_type)
        if count == 1 and self.period_number:
            errors["period_number"] = _("Leave the period number empty for a year.")
        elif (
            count
            and count > 1
            and not (self.period_number and 1 <= self.period_number <= count)
        ):
            errors["period_number"] = _(
                "Enter a number from 1 to %(count)d for this kind of period."
            ) % {"count": count}
        today = timezone.localdate()
        if self.year and not 1900 <= self.year <= today.year:
            errors["year"] = _("Enter a year from 1900 to this year.")
        if self.decision_date and self.decision_date > today:
            errors["decision_date"] = _(
                "The publication decision date cannot be in the future."
            )
        elif self.decision_date and self.date and self.date < self.decision_date:
            errors["date"] = _(
                "The publication date cannot be before the decision to publish."
            )

    @property
    def period_label(self):
        """E.g. “Năm 2025”, “Quý 2/2025”, “Tháng 11/2025”."""
        if self.period_type == PeriodType.YEAR or not self.period_number:
            return _("Year %(year)d") % {"year": self.year}
        names = {
            PeriodType.HALF: _("Half-year %(n)d/%(year)d"),
            PeriodType.QUARTER: _("Quarter %(n)d/%(year)d"),
            PeriodType.MONTH: _("Month %(n)d/%(year)d"),
        }
        return names[self.period_type] % {"n": self.period_number, "year": self.year}

    def dublin_core(self, agency=""):
        return {"DC.subject": self.field, "DC.coverage": str(self.period_label)}


class StatisticsReportPage(ItemPageMixin, StatisticsReportPageMixin, Nd43Page):
    parent_page_types = [APP + "StatisticsPage"]
    template = "wagtail_nd43/pages/statistics_report_page.html"

    class Meta:
        verbose_name = _("statistical release")
        verbose_name_plural = _("statistical releases")


class StatisticsFilterSet(ListingFilterSet):
    """Year, kind of period and field. The year and the field are offered from the
    published releases but any well-formed value is taken: a year with no release
    says that nothing matches."""

    year = ValuesFilter(
        "year",
        label=_("Year"),
        empty_label=_("All years"),
        descending=True,
        parse=year_value,
    )
    period = SelectFilter(
        "period_type",
        label=_("Kind of period"),
        empty_label=_("All periods"),
        choices=PeriodType.choices,
    )
    field = ValuesFilter(
        "field",
        label=pgettext_lazy("statistics", "Statistical field"),
        empty_label=_("All fields"),
        parse=text_value,
    )


class StatisticsListingMixin(ItemListingMixin):
    """Lists the section's releases, newest first, filtered by year, kind of period
    and field in GET parameters: no JavaScript, a constant number of queries."""

    item_model_label = APP + "StatisticsReportPage"
    item_ordering = ("-date", "-pk")
    item_select_related = ("data_file", "report_file")
    listing_template = "wagtail_nd43/pages/statistics_page.html"
    filterset_class = StatisticsFilterSet


__all__ = [
    "PeriodType",
    "StatisticsListingMixin",
    "StatisticsReportPage",
    "StatisticsReportPageMixin",
]
