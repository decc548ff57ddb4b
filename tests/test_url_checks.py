"""Issue 13: the package's public URLs work whatever the host's URL order, and a
system check names any host pattern that hides one."""

from django.http import HttpResponse
from django.test import SimpleTestCase, override_settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.contrib.sitemaps.views import sitemap

from wagtail_nd43.url_checks import check_public_urls


def host_search(request):
    return HttpResponse("host search")


class WagtailStartUrls:
    """The URLs of a ``wagtail start`` project: its own search view first."""

    urlpatterns = [
        path("search/", host_search, name="search"),
        path("", include("wagtail_nd43.urls")),
        path("", include(wagtail_urls)),
    ]


class HostShadowsEverything:
    """The host's own search at the package's address, its own sitemap (the same
    Wagtail view: not a conflict) and Wagtail's page serving before the package."""

    urlpatterns = [
        path("nd43/search/", host_search),
        path("sitemap.xml", sitemap),
        path("", include(wagtail_urls)),
        path("", include("wagtail_nd43.urls")),
    ]


class WithoutThePackage:
    urlpatterns = [path("", include(wagtail_urls))]


def ids(errors):
    return [error.id for error in errors]


class UrlChecksTest(SimpleTestCase):
    @override_settings(ROOT_URLCONF=WagtailStartUrls)
    def test_a_host_search_view_listed_first_hides_nothing(self):
        self.assertEqual(check_public_urls(None), [])

    @override_settings(ROOT_URLCONF=HostShadowsEverything)
    def test_each_shadowed_url_is_reported_with_the_pattern_that_hides_it(self):
        errors = check_public_urls(None)

        self.assertEqual(ids(errors), ["wagtail_nd43.W100"] * 2)
        beacon, search = (str(error.msg) for error in errors)
        # Wagtail's page serving, listed first, catches every path ending in "/".
        self.assertIn("/nd43/count/", beacon)
        self.assertIn("wagtail.views.serve", beacon)
        self.assertIn("/nd43/search/", search)
        self.assertIn("tests.test_url_checks.host_search", search)

    @override_settings(ROOT_URLCONF=WithoutThePackage)
    def test_a_project_without_the_package_urls_is_told_to_include_them(self):
        self.assertEqual(ids(check_public_urls(None)), ["wagtail_nd43.W101"])

    def test_the_old_search_address_redirects_with_the_query(self):
        response = self.client.get("/search/", {"q": "gioi thieu"})

        self.assertRedirects(
            response, "/nd43/search/?q=gioi+thieu", fetch_redirect_response=False
        )
