"""Public URLs of the package; include them before Wagtail's page serving URLs.

path("", include("wagtail_nd43.urls")),
path("", include(wagtail_urls)),

Every view of the package lives under ``nd43/`` (or ``api/nd43/``), so a host's
own ``search/`` or other views listed earlier never hide it (issue 13). Only
``sitemap.xml`` stays where search engines look for it; a host that serves its own
``sitemap.xml`` with Wagtail's sitemap view lists the package's pages too. The
system check ``wagtail_nd43.W100`` names any package URL a host pattern shadows.
"""

from django.urls import path
from django.views.generic import RedirectView
from wagtail.contrib.sitemaps.views import sitemap

from .views.compliance import compliance_api
from .views.counting import beacon
from .views.search import search


app_name = "wagtail_nd43"

urlpatterns = [
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/nd43/compliance.json", compliance_api, name="compliance_api"),
    path("nd43/count/", beacon, name="count"),
    path("nd43/search/", search, name="search"),
    # Addresses of older releases: links and bookmarks to /search/ keep working on
    # sites where the host has no search view of its own there.
    path(
        "search/",
        RedirectView.as_view(pattern_name="wagtail_nd43:search", query_string=True),
        name="search_legacy",
    ),
]

#: URL names a host must not shadow, with the views that may answer them instead
#: (Wagtail's own sitemap view serves the same sitemap).
PUBLIC_URL_NAMES = {
    "sitemap": (sitemap,),
    "compliance_api": (),
    "count": (),
    "search": (),
}
