"""Keeps the mandatory tree intact.

Editors may rename sections and fill them, but deleting, moving, copying or
unpublishing a mandatory section (or a page that contains one) would silently make the
site non-compliant, so only superusers may do it. The refusal cites the article that
requires the section. Two quieter ways of hiding a section are closed the same way:
scheduling its expiry (Wagtail's scheduler would unpublish it later) and restricting
who may view it (password, login or groups).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, PagePermissionTester

from .conf import nd43_settings
from .models.base import SectionPageMixin, section_key_for_model, section_page_models
from .rulebook import get_profile


REFUSALS = {
    "delete": _(
        "“%(title)s” cannot be deleted: it is or contains a section the "
        "regulation requires (%(citation)s). Ask a site administrator if it really "
        "must go."
    ),
    "move": _(
        "“%(title)s” cannot be moved: it is or contains a section the "
        "regulation requires (%(citation)s). Ask a site administrator if it really "
        "must move."
    ),
    "copy": _(
        "“%(title)s” cannot be copied: it is or contains a section the "
        "regulation requires (%(citation)s), and a site has exactly one of each."
    ),
    "unpublish": _(
        "“%(title)s” cannot be unpublished: it is or contains a section the "
        "regulation requires (%(citation)s). Ask a site administrator if it really "
        "must be hidden."
    ),
    "expire": _(
        "A section the regulation requires (%(citation)s) must stay published, so "
        "it cannot be given an expiry date. Ask a site administrator if it really "
        "must be hidden."
    ),
}


def protected_sections(pages):
    """The mandatory sections at or below any of ``pages``, as specific pages."""
    found = Page.objects.none()
    for page in pages:
        found |= Page.objects.descendant_of(page, inclusive=True)
    return list(found.type(*section_page_models()).specific().order_by("path"))


def citation(section_pages):
    """The requirement ids the given section pages serve, without repeats."""
    ids = []
    for page in section_pages:
        definition = page.section_definition
        if definition is not None:
            ids.extend(definition.requirement_ids)
    return ", ".join(dict.fromkeys(ids))


def _sections_at(page):
    """The mandatory sections ``page`` is or contains, saved or about to be."""
    if page.pk:
        return protected_sections([page])
    return [page] if isinstance(page, SectionPageMixin) else []


def _citation_at(page, sections):
    if page.pk is None and not page.requirement_key:
        # A section being created by hand: it gets the key of its type on save.
        key = section_key_for_model(page._meta.label)
        try:
            definition = get_profile(nd43_settings.DEFAULT_PROFILE).section(key)
        except KeyError:
            return ""
        return ", ".join(definition.requirement_ids)
    return citation(sections)


def refuse_expiry(user, page):
    """The message refusing an expiry date on ``page`` for ``user``, or ``None``."""
    if user is not None and user.is_superuser:
        return None
    sections = _sections_at(page)
    if not sections:
        return None
    return REFUSALS["expire"] % {"citation": _citation_at(page, sections)}


class SectionPermissionTester(PagePermissionTester):
    """Page permissions of a mandatory section or of the home page holding them:
    only a superuser may restrict who can view them, since the regulation requires
    them to be public."""

    def can_set_view_restrictions(self):
        if not self.user.is_superuser and protected_sections([self.page]):
            return False
        return super().can_set_view_restrictions()


def refuse(request, pages, action):
    """A redirect refusing ``action`` on ``pages``, or ``None`` to let it go ahead."""
    if request.user.is_superuser:
        return None
    sections = protected_sections(pages)
    if not sections:
        return None
    # Name a page that holds a section, not whichever page was selected first.
    first = next(
        page for page in pages if any(s.path.startswith(page.path) for s in sections)
    )
    messages.error(
        request,
        REFUSALS[action] % {"title": first.title, "citation": citation(sections)},
    )
    next_url = get_valid_next_url_from_request(request)
    if next_url:
        return redirect(next_url)
    parent = first.get_parent()
    return redirect("wagtailadmin_explore", parent.pk if parent else first.pk)


def before_delete_page(request, page):
    return refuse(request, [page], "delete")


def before_move_page(request, page, destination):
    return refuse(request, [page], "move")


def before_copy_page(request, page):
    return refuse(request, [page], "copy")


def before_unpublish_page(request, page):
    return refuse(request, [page], "unpublish")


def before_bulk_action(request, action_type, objects, action_class_instance):
    if action_type not in REFUSALS or not objects:
        return None
    if not all(isinstance(obj, Page) for obj in objects):
        return None
    return refuse(request, list(objects), action_type)
