"""Admin URLs of the package: one module, one namespace (``wagtail_nd43_admin``),
included once under ``/admin/nd43/`` by ``wagtail_hooks.register_admin_urls``, as
Wagtail's contrib apps do (``wagtailredirects``, ``wagtailforms``). The snippet and
participation viewsets register their own URLs through Wagtail's viewset hooks."""

from django.urls import path
from django.views.generic import RedirectView

from .participation.admin_views import PersonalDataView
from .views.compliance import ComplianceReportView, SelfAssessmentView
from .views.counter_reports import MostViewedPagesReportView, VisitsReportView
from .views.province import ProvinceOverviewView


def report_urls(route, view):
    """The two URLs of an admin report (``views.base.Nd43ReportView``): its page at
    ``route`` and the results its filters refresh at ``route + "results/"``."""
    return [
        path(route, view.as_view(), name=view.url_name),
        path(
            f"{route}results/",
            view.as_view(results_only=True),
            name=f"{view.url_name}_results",
        ),
    ]


def redirect_to(route, view):
    """``route`` (an address of an older release) sent on to ``view``'s, with its
    query string (filters, ``?export=csv``)."""
    return path(
        route,
        RedirectView.as_view(
            pattern_name=f"{app_name}:{view.url_name}", query_string=True
        ),
    )


app_name = "wagtail_nd43_admin"

urlpatterns = [
    # Compliance with the decree, and the province overview built on it.
    *report_urls("compliance/", ComplianceReportView),
    path(
        "compliance/self-assessment/",
        SelfAssessmentView.as_view(),
        name=SelfAssessmentView.url_name,
    ),
    *report_urls("compliance/overview/", ProvinceOverviewView),
    # Counters (issue 7).
    *report_urls("counters/", MostViewedPagesReportView),
    *report_urls("counters/visits/", VisitsReportView),
    # Public participation (issue 6): one person's data, found, exported, erased.
    path("personal-data/", PersonalDataView.as_view(), name=PersonalDataView.url_name),
]

#: Addresses of older releases, outside ``/admin/nd43/``: bookmarks of the counter
#: reports (and their filters or ``?export=csv``) keep working.
legacy_urlpatterns = [
    redirect_to("nd43-counters/", MostViewedPagesReportView),
    redirect_to("nd43-counters/visits/", VisitsReportView),
]
