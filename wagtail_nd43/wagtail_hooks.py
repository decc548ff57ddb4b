"""Registrations only; the behaviour lives in the modules named here."""

import functools

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import (
    admin_urls,
    agencies,
    frontend_cache,
    protection,
    public_input,
    slugs,
)
from .counting.recorder import count_served_page
from .participation import hooks as participation_hooks
from .participation.admin_views import PersonalDataView
from .views.compliance import (
    CompliancePanel,
    ComplianceReportView,
    compliance_admin_css,
)
from .views.counter_reports import MostViewedPagesReportView, VisitsReportView
from .views.identity import IdentityPanel
from .views.province import ProvinceOverviewView
from .viewsets import Nd43SnippetGroup


register_snippet(Nd43SnippetGroup)


hooks.register("before_create_page", slugs.fill_new_page_slug)
hooks.register("before_delete_page", protection.before_delete_page)
hooks.register("before_move_page", protection.before_move_page)
hooks.register("before_copy_page", protection.before_copy_page)
hooks.register("before_unpublish_page", protection.before_unpublish_page)
hooks.register("before_bulk_action", protection.before_bulk_action)
# Several agency sites (issue 20): no bulk action on another agency's items.
hooks.register("before_bulk_action", agencies.refuse_bulk_action_on_other_sites)


@hooks.register("construct_homepage_panels")
def add_identity_panel(request, panels):
    panels.append(IdentityPanel(request))


@hooks.register("construct_homepage_panels")
def add_compliance_panel(request, panels):
    panels.append(CompliancePanel(request))


hooks.register("insert_global_admin_css", compliance_admin_css)


# Counters (issue 7): count pages Django serves, after Wagtail's privacy check.
# Before anything reads the request: 405 for other methods, cleaned GET (issue 16).
hooks.register("before_serve_page", public_input.serve_page_hook, order=-100)
hooks.register("before_serve_page", count_served_page, order=10)
hooks.register("before_serve_page", frontend_cache.note_served_page)


# Public participation (issue 6): questions, comments, personal data.
@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    from .participation.admin import ParticipationViewSetGroup

    return ParticipationViewSetGroup()


hooks.register("after_create_page", participation_hooks.warn_short_consultation)
hooks.register("after_edit_page", participation_hooks.warn_short_consultation)


# The package's admin screens: one URL namespace, one place for their menu items.
@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("nd43/", include(admin_urls, namespace="wagtail_nd43_admin")),
        *admin_urls.legacy_urlpatterns,
    ]


class Nd43MenuItem(MenuItem):
    """A menu item shown to the users ``shown_to(user)`` lets in; each view checks
    the same permission again in ``dispatch()``."""

    def __init__(self, label, url, *, shown_to, **kwargs):
        super().__init__(label, url, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)

    @classmethod
    def for_view(cls, view, **kwargs):
        """The item of an admin screen (``views.base.Nd43AdminViewMixin``): its
        title, icon, address and who sees it."""
        return cls(
            view.page_title,
            reverse(f"wagtail_nd43_admin:{view.url_name}"),
            shown_to=view.shown_to,
            icon_name=view.header_icon,
            **kwargs,
        )


#: The menu items of the admin screens: (hook, screen, the item's name, order).
MENU_ITEMS = (
    ("register_reports_menu_item", ComplianceReportView, "nd43-compliance", 50),
    ("register_reports_menu_item", ProvinceOverviewView, "nd43-province-overview", 51),
    ("register_reports_menu_item", MostViewedPagesReportView, "nd43-most-viewed", 1100),
    ("register_reports_menu_item", VisitsReportView, "nd43-visits", 1101),
    ("register_settings_menu_item", PersonalDataView, "nd43-personal-data", 900),
)

for hook_name, view, name, order in MENU_ITEMS:
    hooks.register(
        hook_name,
        functools.partial(Nd43MenuItem.for_view, view, name=name, order=order),
    )
