"""Admin URLs of the package, included by ``wagtail_hooks.register_admin_urls``."""

from django.urls import path

from .views.compliance import ComplianceReportView, SelfAssessmentView
from .views.province import ProvinceOverviewView


app_name = "wagtail_nd43_compliance"

urlpatterns = [
    path("", ComplianceReportView.as_view(), name="report"),
    path(
        "results/",
        ComplianceReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("self-assessment/", SelfAssessmentView.as_view(), name="self_assessment"),
    path("overview/", ProvinceOverviewView.as_view(), name="overview"),
    path(
        "overview/results/",
        ProvinceOverviewView.as_view(results_only=True),
        name="overview_results",
    ),
]
