"""What describes a page to other programs: its absolute address, its
description, its Dublin Core metadata (TT24)."""

from django.utils import timezone
from django.utils.text import Truncator
from wagtail.models import Page

from ..models import AgencyHomePageMixin, ArticlePageMixin
from ..models.base import ListingPageMixin
from ..models.standard import StandardPageMixin
from . import identity_of, register


#: Longest description put in ``<meta name="description">`` and ``DC.description``.
DESCRIPTION_LENGTH = 300


def absolute_page_url(page, request=None):
    """``page``'s absolute address as the visitor reached the site: the request's
    scheme and host (never the ``localhost`` a Site record may still carry), or,
    without a request, the Site's root URL."""
    if request is None:
        return page.get_full_url()
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


@register.simple_tag(takes_context=True)
def nd43_absolute_url(context, page):
    """``{% nd43_absolute_url page %}``: see :func:`absolute_page_url`."""
    return absolute_page_url(page, context.get("request"))


def _description(page):
    if not isinstance(page, Page):
        return ""
    text = page.search_description
    if not text:
        if isinstance(page, ArticlePageMixin):
            text = page.lead
        elif isinstance(page, ListingPageMixin | StandardPageMixin):
            text = page.intro
        elif isinstance(page, AgencyHomePageMixin):
            text = page.welcome
    return Truncator(" ".join((text or "").split())).chars(DESCRIPTION_LENGTH)


@register.simple_tag
def nd43_description(page):
    """The page's description for ``<meta name="description">``: its search
    description, else its lead, introduction or welcome text, shortened."""
    return _description(page)


def _date(page):
    if isinstance(page, ArticlePageMixin) and page.date:
        return page.date.isoformat()
    published = page.first_published_at or page.last_published_at
    if published:
        return timezone.localtime(published).date().isoformat()
    return ""


@register.inclusion_tag("wagtail_nd43/includes/dublin_core.html", takes_context=True)
def nd43_dublin_core(context, page, language="vi", description=None, url=None):
    """Dublin Core metadata of ``page`` (Circular 24/2011/TT-BTTTT, Article 4).

    ``description`` and ``url``: the page's description and absolute address when
    the template has them already (``base.html`` shows both itself)."""
    request = context.get("request")
    if not isinstance(page, Page):
        return {"elements": []}
    identity = identity_of(request)
    agency = identity.full_name if identity is not None else ""
    creator = ""
    if isinstance(page, ArticlePageMixin):
        creator = page.author
    elements = [
        ("DC.title", page.seo_title or page.title),
        ("DC.creator", creator or agency),
        ("DC.subject", page.title),
        # Mandatory and never empty (TT24-5): a page nothing describes is
        # described by its title.
        (
            "DC.description",
            (_description(page) if description is None else description) or page.title,
        ),
        ("DC.publisher", agency),
        ("DC.date", _date(page)),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
        ("DC.identifier", absolute_page_url(page, request) if url is None else url),
        ("DC.language", language),
    ]
    # Page types with metadata of their own (legal documents) state it themselves.
    if hasattr(page, "dublin_core"):
        own = page.dublin_core(agency=agency)
        elements = [(name, own.pop(name, value)) for name, value in elements]
        elements += list(own.items())
    return {"elements": [(name, value) for name, value in elements if value]}
