"""Every public URL of a site: its live public pages, their routes without
parameters, and the package's own views."""

from django.urls import reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def public_urls(home):
    urls = {reverse("wagtail_nd43:search") + "?q=thông+tin", "/sitemap.xml"}
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    for page in pages.specific():
        urls.add(page.url)
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_subpage_urls():
                if pattern.name and not pattern.pattern.regex.groups:
                    urls.add(page.url + page.reverse_subpage(pattern.name))
    return sorted(urls)
