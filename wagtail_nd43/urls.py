"""Public URLs of the package; include them before Wagtail's page serving URLs.

path("", include("wagtail_nd43.urls")),
path("", include(wagtail_urls)),
"""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .views.compliance import compliance_api
from .views.counting import beacon
from .views.search import search


app_name = "wagtail_nd43"

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/nd43/compliance.json", compliance_api, name="compliance_api"),
    path("nd43/count/", beacon, name="count"),
    path("search/", search, name="search"),
]
