"""Admin URLs of the counter reports, included under ``/admin/nd43-counters/``."""

from django.urls import path

from .views.counter_reports import MostViewedPagesReportView, VisitsReportView


app_name = "wagtail_nd43_counters"

urlpatterns = [
    path("", MostViewedPagesReportView.as_view(), name="most_viewed"),
    path(
        "results/",
        MostViewedPagesReportView.as_view(results_only=True),
        name="most_viewed_results",
    ),
    path("visits/", VisitsReportView.as_view(), name="visits"),
    path(
        "visits/results/",
        VisitsReportView.as_view(results_only=True),
        name="visits_results",
    ),
]
