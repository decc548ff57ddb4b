"""The inspecting department's overview of a province's portal (issue 20): every
agency site of the installation and every agency hosted elsewhere, with its score,
its failing requirements and the age of the oldest failure, a requirement × site
matrix and the score over time. It reads the stored history only
(``nd43_check --all-sites --store`` writes it): a fixed number of queries whatever
the number of sites."""

import django_filters
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn

from ..compliance import history
from ..compliance.chart import ScoreChart
from ..compliance.report import FAILING
from ..models import agency_sites
from ..rulebook import LEVELS, get_profile, profile_names
from .base import Nd43ReportView
from .compliance import FindingList, ListFilterSet


def can_view_overview(user):
    """Superusers and the inspectors (``view_province_overview``)."""
    return user.is_active and (
        user.is_superuser or user.has_perm("wagtail_nd43.view_province_overview")
    )


def _profile_choices():
    return [(name, get_profile(name).title_vi) for name in profile_names()]


class AgencyFilterSet(ListFilterSet):
    level = django_filters.ChoiceFilter(
        label=_("Agency level"), choices=list(LEVELS.items()), method="keep"
    )
    profile = django_filters.ChoiceFilter(
        label=_("Regulation profile"), choices=_profile_choices, method="keep"
    )
    failing = django_filters.BooleanFilter(
        label=_("Sites with failing requirements only"), method="keep"
    )

    def filter_queryset(self, rows):
        data = self.form.cleaned_data
        if data.get("level"):
            rows = rows.filter(lambda row: row.level == data["level"])
        if data.get("profile"):
            rows = rows.filter(lambda row: row.profile == data["profile"])
        if data.get("failing"):
            rows = rows.filter(lambda row: row.failing_count)
        return rows


class ScoreColumn(Column):
    cell_template_name = "wagtail_nd43/admin/compliance/overview_score_cell.html"


class OldestFailureColumn(Column):
    cell_template_name = "wagtail_nd43/admin/compliance/overview_oldest_cell.html"


class ComputedColumn(Column):
    cell_template_name = "wagtail_nd43/admin/compliance/overview_computed_cell.html"


class ProvinceOverviewView(Nd43ReportView):
    template_name = "wagtail_nd43/admin/compliance/overview.html"
    results_template_name = "wagtail_nd43/admin/compliance/overview_results.html"
    page_title = _("Province overview")
    header_icon = "site"
    url_name = "overview"
    shown_to = staticmethod(can_view_overview)
    filterset_class = AgencyFilterSet
    paginate_by = None
    context_object_name = "rows"
    export_filename = "tong-quan-cong-thanh-phan"
    columns = [
        TitleColumn(
            "name",
            label=_("Agency"),
            get_url=lambda row: row.report_url,
        ),
        Column("hostname", label=_("Address")),
        Column("level_label", label=_("Agency level")),
        ScoreColumn("score_percent", label=_("Score")),
        Column("failing_count", label=_("Failing required items")),
        OldestFailureColumn("oldest_failure_days", label=_("Oldest failure")),
        ComputedColumn("computed_at", label=_("Computed at")),
    ]
    list_export = [
        "name",
        "hostname",
        "level_label",
        "profile_label",
        "score_percent",
        "failing_count",
        "failing_ids",
        "oldest_failure_days",
        "computed_at",
        "unreachable_since",
    ]
    export_headings = {
        "profile_label": _("Regulation profile"),
        "score_percent": _("Score (%)"),
        "failing_ids": _("Failing requirements"),
        "oldest_failure_days": _("Oldest failure (days)"),
        "unreachable_since": _("Unreachable since"),
    }

    @cached_property
    def all_rows(self):
        from ..models import RemoteAgency

        return FindingList(
            history.overview(
                list(agency_sites()), list(RemoteAgency.objects.filter(active=True))
            )
        )

    def get_base_queryset(self):
        return self.all_rows

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.all_rows
        return kwargs

    def to_row_dict(self, item):
        """Export values: dates in the local format, no value as an empty cell."""
        values = super().to_row_dict(item)
        for name in ("computed_at", "unreachable_since"):
            if values.get(name):
                values[name] = formats.date_format(
                    timezone.localtime(values[name]), "d/m/Y H:i"
                )
        return {k: ("" if v is None else v) for k, v in values.items()}

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = list(context["object_list"])
        context["chart"] = ScoreChart(
            str(_("Average score of the agencies listed, by day")),
            history.average_history(rows),
        )
        context["matrix"] = history.matrix(rows)
        context["matrix_rows"] = rows
        context["failing_statuses"] = FAILING
        return context
