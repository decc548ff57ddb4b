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


app_name = "wagtail_nd43_admin"

urlpatterns = [
    # Compliance with the decree, and the province overview built on it.
    path("compliance/", ComplianceReportView.as_view(), name="report"),
    path(
        "compliance/results/",
        ComplianceReportView.as_view(results_only=True),
        name="report_results",
    ),
    path(
        "compliance/self-assessment/",
        SelfAssessmentView.as_view(),
        name="self_assessment",
    ),
    path("compliance/overview/", ProvinceOverviewView.as_view(), name="overview"),
    path(
        "compliance/overview/results/",
        ProvinceOverviewView.as_view(results_only=True),
        name="overview_results",
    ),
    # Counters (issue 7).
    path("counters/", MostViewedPagesReportView.as_view(), name="most_viewed"),
    path(
        "counters/results/",
        MostViewedPagesReportView.as_view(results_only=True),
        name="most_viewed_results",
    ),
    path("counters/visits/", VisitsReportView.as_view(), name="visits"),
    path(
        "counters/visits/results/",
        VisitsReportView.as_view(results_only=True),
        name="visits_results",
    ),
    # Public participation (issue 6): one person's data, found, exported, erased.
    path("personal-data/", PersonalDataView.as_view(), name="personal_data"),
]

#: Addresses of older releases, outside ``/admin/nd43/``: bookmarks of the counter
#: reports (and their filters or ``?export=csv``) keep working.
legacy_urlpatterns = [
    path(
        "nd43-counters/",
        RedirectView.as_view(
            pattern_name="wagtail_nd43_admin:most_viewed", query_string=True
        ),
    ),
    path(
        "nd43-counters/visits/",
        RedirectView.as_view(
            pattern_name="wagtail_nd43_admin:visits", query_string=True
        ),
    ),
]
