"""The template tags of the default public theme, by concern; the one library
templates load, ``{% load wagtail_nd43_tags %}``
(``templatetags/wagtail_nd43_tags.py``), is :data:`register`, which the modules of
this package fill:

- ``site.py``: the agency's identity, header, footer and favicon;
- ``navigation.py``: the main menu, the breadcrumbs, a page of a type;
- ``metadata.py``: absolute addresses, descriptions, Dublin Core;
- ``notices.py``: banners, alerts and mourning;
- ``counters.py``: the view and visit counters;
- ``content.py``: what page bodies and listings use (tables, renditions, fragments
  kept with the chrome, text size, permission names).

Each tag reads the request from the context, finds the site with
``Site.find_for_request`` (cached on the request) and takes what every visitor of
the site sees (identity, menu, breadcrumb trails, banners, alerts) from the cached
site chrome (``chrome.py``); on a cache miss it runs a fixed number of queries
whatever the size of the site. Sites restyle the output by overriding the
templates under ``wagtail_nd43/includes/``.
"""

from django import template
from wagtail.models import Site

from .. import chrome


register = template.Library()


def site_of(request):
    """The request's site, or ``None`` without a request or outside a site."""
    if request is None:
        return None
    return Site.find_for_request(request)


def identity_of(request):
    """The agency identity of the request's site, or ``None`` outside a site."""
    if site_of(request) is None:
        return None
    return chrome.for_request(request).identity


def include(context, template_name, values):
    """``template_name`` rendered with ``values``, as an inclusion tag renders it
    (the engine's cached template, a new context keeping the autoescaping and the
    CSRF token)."""
    template = context.template.engine.get_template(template_name)
    new_context = context.new(values)
    csrf_token = context.get("csrf_token")
    if csrf_token is not None:
        new_context["csrf_token"] = csrf_token
    return template.render(new_context)
