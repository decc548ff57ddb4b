"""Registrations only; the behaviour lives in the modules named here."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import protection
from .views.identity import IdentityPanel
from .viewsets import Nd43SnippetGroup


register_snippet(Nd43SnippetGroup)


hooks.register("before_delete_page", protection.before_delete_page)
hooks.register("before_move_page", protection.before_move_page)
hooks.register("before_copy_page", protection.before_copy_page)
hooks.register("before_unpublish_page", protection.before_unpublish_page)
hooks.register("before_bulk_action", protection.before_bulk_action)


@hooks.register("construct_homepage_panels")
def add_identity_panel(request, panels):
    panels.append(IdentityPanel(request))
