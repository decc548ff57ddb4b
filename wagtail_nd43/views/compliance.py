"""Surfaces of the compliance checker in the admin: the report (filterable,
exportable, verified by rendering on demand), the printable self-assessment table,
the dashboard panel; and the read-only JSON endpoint for a supervising
department."""

import hmac

import django_filters
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.models import Site

from .. import public_input
from ..agencies import reachable_sites
from ..compliance import STATUSES, evaluate
from ..compliance.render import Renderer, verify_rendered
from ..compliance.stored import store, stored_reports
from ..conf import nd43_settings
from ..models import AgencySettings, EditorialBoard, agency_sites
from ..participation.security import hit_rate_limit, over_rate_limit
from .base import DashboardPanel, Nd43AdminViewMixin, Nd43ReportView


def can_view_overview(user):
    """The province overview's rule (``views/province.py``, which imports this
    module): its viewers see every agency site's compliance."""
    from .province import can_view_overview

    return can_view_overview(user)


def can_view_compliance(user):
    """Superusers, the roles responsible for the portal: those who may edit the
    agency identity (technical administrators) or the editorial board, of some
    site (a global or a per-site permission), and the province's inspectors, who
    drill down from their overview. Which sites they see is :func:`_sites`."""
    return user.is_active and (
        can_view_overview(user)
        or AgencySettings.get_permission_policy().user_has_permission(user, "change")
        or EditorialBoard.get_permission_policy().user_has_permission(user, "change")
    )


def _sites(user=None):
    """The agency sites ``user`` sees the compliance of (other sites of a
    multi-site install are not scored)."""
    return list(within_reach(agency_sites(), user))


def within_reach(sites, user):
    """``sites`` narrowed for ``user``: every one for the province's inspectors
    and superusers (and for the token-holding API, no ``user``); for an agency's
    own staff, who must not read another agency's findings, only the sites they
    reach (:func:`~wagtail_nd43.agencies.reachable_sites`) or whose identity or
    board they may edit (a global permission on them is every site's, as in
    Wagtail's site-settings policy)."""
    if user is None or can_view_overview(user):
        return sites
    responsible = Q(pk__in=reachable_sites(user).values("pk"))
    for setting in (AgencySettings, EditorialBoard):
        policy = setting.get_permission_policy()
        responsible |= Q(
            pk__in=policy.sites_user_has_permission_for(user, "change").values("pk")
        )
    return sites.filter(responsible)


def on_request_host(report, request):
    """The report with its evidence links on the address the reader is using, when
    that address serves the report's site: the Site record Wagtail creates on a new
    project still says ``http://localhost``, and a link to it from the report or
    the printed self-assessment leads nowhere. Other sites keep their own root URL.
    """
    site = report.site
    if Site.find_for_request(request) != site:
        return report
    recorded = site.root_url
    actual = request.build_absolute_uri("/").rstrip("/")
    if recorded != actual:
        for finding in report.findings:
            if finding.evidence_url.startswith(recorded + "/"):
                finding.evidence_url = actual + finding.evidence_url[len(recorded) :]
    return report


def site_for(request, user=None):
    """The site chosen with ``?site=<id>``, else the request's site, else the
    default one. For a ``user`` who does not see every site (:func:`_sites`), a
    chosen site they do not reach is "not found", and without a choice their own
    site is shown when the request's is not theirs."""
    sites = within_reach(Site.objects.select_related("root_page"), user)
    value = public_input.int_in_range(request.GET.get("site"), 1, 2**31 - 1)
    if value is not None:
        return get_object_or_404(sites, pk=value)
    site = Site.find_for_request(request)
    if site is None or not sites.filter(pk=site.pk).exists():
        site = sites.filter(is_default_site=True).first() or (
            sites.order_by("pk").first()
        )
    if site is None:
        raise Http404(_("No site is configured."))
    return site


class FindingList(list):
    """The findings of a report (or any list of objects), where the listing views
    expect a queryset."""

    model = None

    def filter(self, predicate):
        return type(self)(f for f in self if predicate(f))


class ListFilterSet(WagtailFilterSet):
    """A filter form over a :class:`FindingList`: the filters only read the form
    (``method="keep"``); ``filter_queryset`` applies them to the list."""

    class Meta:
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class FindingFilterSet(ListFilterSet):
    site = django_filters.ChoiceFilter(label=_("Site"), method="keep", empty_label=None)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUSES.items()), method="keep"
    )
    group = django_filters.ChoiceFilter(label=_("Article"), method="keep")
    failing = django_filters.BooleanFilter(
        label=_("Failing required items only"), method="keep"
    )

    def __init__(self, *args, groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["site"].extra["choices"] = [
            (str(site.pk), str(site)) for site in _sites(self.request.user)
        ]
        self.filters["group"].extra["choices"] = [(g, g) for g in groups]

    def filter_queryset(self, findings):
        """Filter the list of findings (not a queryset) by the form's values."""
        data = self.form.cleaned_data
        if data.get("status"):
            findings = findings.filter(lambda f: f.status == data["status"])
        if data.get("group"):
            findings = findings.filter(lambda f: f.group == data["group"])
        if data.get("failing"):
            findings = findings.filter(lambda f: f.required and f.is_failing)
        return findings


class FindingStatusColumn(StatusTagColumn):
    """The finding's status: failing ones in the critical (red) colour, met ones as
    Wagtail's primary tag."""

    cell_template_name = "wagtail_nd43/admin/compliance/status_cell.html"


def compliance_admin_css():
    """The admin stylesheet of the compliance report (``insert_global_admin_css``)."""
    return format_html(
        '<link rel="stylesheet" href="{}">', static("wagtail_nd43/css/admin.css")
    )


class LinksColumn(Column):
    cell_template_name = "wagtail_nd43/admin/compliance/links_cell.html"


class ComplianceReportView(Nd43ReportView):
    """The findings of a site, evaluated on each load. Its "verify now" button
    POSTs here: the findings are then also checked against the public pages as
    ``nd43_check --render`` does (one anonymous request per evidence page, so one
    per section at most), and the page shows what rendering changed."""

    template_name = "wagtail_nd43/admin/compliance/report.html"
    page_title = _("Compliance with the decree")
    header_icon = "tasks"
    url_name = "report"
    shown_to = staticmethod(can_view_compliance)
    filterset_class = FindingFilterSet
    paginate_by = 100
    context_object_name = "findings"
    export_filename = "tu-danh-gia-nd43"
    columns = [
        FindingStatusColumn(
            "status_label", label=_("Status"), primary=lambda f: not f.is_failing
        ),
        TitleColumn(
            "title",
            label=_("Requirement"),
            get_url=lambda f: f.admin_url or None,
        ),
        Column("id", label=_("Id")),
        Column("citation", label=_("Legal basis")),
        Column("severity_label", label=_("Severity")),
        Column("display_message", label=_("What to do")),
        LinksColumn("evidence_url", label=_("Links")),
    ]
    list_export = [
        "id",
        "title",
        "citation",
        "group",
        "severity_label",
        "status_label",
        "display_message",
        "evidence_url",
    ]
    export_headings = {"group": _("Article"), "evidence_url": _("Evidence")}

    #: Set by a POST of the "verify now" button.
    verify_rendering = False
    verification = None

    def post(self, request, *args, **kwargs):
        """Verify now: the report, checked against the pages a visitor gets."""
        self.verify_rendering = True
        return self.get(request, *args, **kwargs)

    @cached_property
    def report(self):
        """Evaluated now (the report is how editors recompute on demand), and
        stored for the dashboard; verified by rendering after a "verify now"."""
        report = evaluate(site_for(self.request, self.request.user))
        if self.verify_rendering:
            renderer = self.renderer(report.site)
            verified = verify_rendered(report, renderer=renderer)
            self.verification = {
                "pages": len(renderer.pages),
                "unreachable": sorted(renderer.unreachable.items()),
                "failed": [
                    after
                    for before, after in zip(
                        report.findings, verified.findings, strict=True
                    )
                    if after.status != before.status
                ],
            }
            # Pages asked for at a wrong address say nothing of the site: then
            # the report, and the dashboard, keep the database's result.
            if not self.verification["unreachable"]:
                report = verified
        store(report)
        return on_request_host(report, self.request)

    def renderer(self, site):
        """Pages of the report's site asked for on the address this request came
        on, when it is that site's (see :class:`Renderer`)."""
        if Site.find_for_request(self.request) == site:
            return Renderer(
                site, host=self.request.get_host(), secure=self.request.is_secure()
            )
        return Renderer(site)

    def get_base_queryset(self):
        return FindingList(self.report.findings)

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = FindingList(self.report.findings)
        kwargs["groups"] = self.report.groups()
        data = kwargs["data"].copy()
        data.setdefault("site", str(self.report.site.pk))
        kwargs["data"] = data
        return kwargs

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report"] = self.report
        context["verification"] = self.verification
        context.update(history_context(self.report.site))
        return context

    @cached_property
    def header_buttons(self):
        """The printable self-assessment, as a labelled button beside the title
        (not hidden in the "…" menu)."""
        from wagtail.admin.widgets.button import HeaderButton

        return [
            *super().header_buttons,
            HeaderButton(
                _("Printable self-assessment"),
                url=reverse("wagtail_nd43_admin:self_assessment")
                + f"?site={self.report.site.pk}",
                icon_name="doc-full",
            ),
        ]


def history_context(site):
    """The site's score over time and what changed since the previous stored
    day, for its report (two queries)."""
    from ..compliance.chart import ScoreChart
    from ..compliance.history import latest_evaluation, site_history, site_row

    latest = latest_evaluation(site)
    row = site_row(site, latest)
    return {
        "chart": ScoreChart(_("Score over time"), site_history(site)),
        "previous_date": row.previous_date,
        "newly_failing": row.newly_failing,
        "newly_passing": row.newly_passing,
    }


class SelfAssessmentView(Nd43AdminViewMixin, TemplateView):
    """The report laid out like the self-assessment table agencies send: criterion,
    status, evidence link, note — a page of its own that prints every row on A4."""

    template_name = "wagtail_nd43/admin/compliance/self_assessment.html"
    url_name = "self_assessment"
    shown_to = staticmethod(can_view_compliance)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = on_request_host(
            evaluate(site_for(self.request, self.request.user)), self.request
        )
        from ..models import AgencySettings

        context["report"] = report
        context["report_url"] = (
            reverse("wagtail_nd43_admin:report") + f"?site={report.site.pk}"
        )
        context["identity"] = AgencySettings.objects.filter(site=report.site).first()
        context["groups"] = [
            (group, [f for f in report.findings if f.group == group])
            for group in report.groups()
        ]
        return context


class CompliancePanel(DashboardPanel):
    """Dashboard panel: the score and the worst items of each site."""

    name = "wagtail_nd43_compliance"
    template_name = "wagtail_nd43/admin/compliance/panel.html"
    order = 105

    def is_shown(self):
        return can_view_compliance(self.request.user)

    def get_context_data(self, parent_context=None):
        """The stored result of each site (one query); the full report recomputes
        it."""
        return {
            "reports": stored_reports(_sites(self.request.user)),
            "worst_count": 5,
        }


#: Shortest accepted API token (issue 16); shorter ones leave the API off.
MIN_API_TOKEN_LENGTH = 32
#: Failed attempts are counted per client like the participation rate limit
#: (``PARTICIPATION_RATE_LIMIT`` per ``PARTICIPATION_RATE_WINDOW``).
API_SCOPE = "compliance_api"


@require_GET
def compliance_api(request):
    """``GET`` the JSON report of a site (``?site=<id>``), for automated
    inspection. Off unless ``WAGTAIL_ND43_COMPLIANCE_API_TOKEN`` is set to at least
    32 characters; the token must then come as ``Authorization: Bearer <token>``,
    and a client that sent a wrong one too often gets 429 for the window."""
    token = str(nd43_settings.COMPLIANCE_API_TOKEN or "")
    if len(token) < MIN_API_TOKEN_LENGTH:  # off, or too short: wagtail_nd43.E083
        raise Http404
    if over_rate_limit(request, API_SCOPE):
        return JsonResponse({"error": "too many failed attempts"}, status=429)
    header = request.headers.get("Authorization", "")
    given = header[len("Bearer ") :] if header.startswith("Bearer ") else ""
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        hit_rate_limit(request, API_SCOPE)
        response = JsonResponse({"error": "unauthorised"}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="wagtail_nd43"'
        return response
    response = JsonResponse(
        on_request_host(evaluate(site_for(request)), request).to_dict(),
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response
