"""Public URLs of the package; include them before Wagtail's page serving URLs.

path("", include("wagtail_nd43.urls")),
path("", include(wagtail_urls)),
"""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from .views.search import search


app_name = "wagtail_nd43"

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("search/", search, name="search"),
]
