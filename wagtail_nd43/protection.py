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
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, PagePermissionTester

from .conf import nd43_settings
from .models.base import SectionPageMixin, placements, section_page_models
from .rulebook import get_profile, profile_names


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


def _requirements(page):
    """The rulebook requirements ``page`` (a section) serves, from the profile that
    declares its section (the site's own first)."""
    return _requirements_of(page.section_definition, _site_profile(page))


def _requirements_of(definition, first=""):
    """The requirements of the rulebook section ``definition``, from the first
    profile that declares them (``first``, then the default, then any)."""
    if definition is None:
        return []
    names = (first, nd43_settings.DEFAULT_PROFILE, *profile_names())
    for name in dict.fromkeys(name for name in names if name):
        profile = get_profile(name)
        try:
            return [profile.requirement(rid) for rid in definition.requirement_ids]
        except KeyError:
            continue
    return []


def _site_profile(page):
    from .models.settings import AgencySettings

    site = page.get_site() if page.pk else None
    return AgencySettings.for_site(site).profile if site else ""


def citation(section_pages):
    """The provisions the given section pages serve, in words ("Điểm b khoản 1
    Điều 10 Nghị định 43/2011/NĐ-CP"), without repeats: editors read the law's
    wording, not the rulebook's ids."""
    texts = [
        requirement.source.citation()
        for page in section_pages
        for requirement in _requirements(page)
    ]
    return "; ".join(dict.fromkeys(texts))


def _sections_at(page):
    """The mandatory sections ``page`` is or contains, saved or about to be."""
    if page.pk:
        return protected_sections([page])
    return [page] if isinstance(page, SectionPageMixin) else []


def _citation_at(page, sections, parent=None):
    if page.pk is None and not page.requirement_key:
        # A section being created by hand under ``parent``: it gets the key of the
        # missing section it is on save.
        key = page.key_for_new_section(parent) if parent is not None else ""
        requirements = _requirements_of(placements().sections.get(key))
        return "; ".join(dict.fromkeys(r.source.citation() for r in requirements))
    return citation(sections)


def refuse_expiry(user, page, parent=None):
    """The message refusing an expiry date on ``page`` (a new page: to be created
    under ``parent``) for ``user``, or ``None``."""
    if user is not None and user.is_superuser:
        return None
    sections = _sections_at(page)
    if not sections:
        return None
    return REFUSALS["expire"] % {"citation": _citation_at(page, sections, parent)}


class SectionPermissionTester(PagePermissionTester):
    """Page permissions of a mandatory section or of the home page holding them:
    only a superuser may restrict who can view them, since the regulation requires
    them to be public."""

    def can_set_view_restrictions(self):
        if not self.user.is_superuser and protected_sections([self.page]):
            return False
        return super().can_set_view_restrictions()


#: What a superuser must confirm before it happens to a mandatory section.
CONFIRMED_ACTIONS = {
    "delete": _("Delete a section the regulation requires?"),
    "move": _("Move a section the regulation requires?"),
    "unpublish": _("Unpublish a section the regulation requires?"),
}
CONFIRM_LABELS = {
    "delete": _("Yes, delete it"),
    "move": _("Yes, move it"),
    "unpublish": _("Yes, unpublish it"),
}
#: The field a superuser's confirmation posts.
CONFIRM_FIELD = "nd43_confirmed"


def _session_key(action, pages):
    ids = ",".join(str(page.pk) for page in pages)
    return f"nd43_confirmed:{action}:{ids}"


def score_after(sections):
    """(score now, score once ``sections`` are gone), in percent, of the site of
    the first section: every required requirement they serve that is met now
    would no longer be."""
    from .compliance import evaluate

    site = sections[0].get_site()
    if site is None:
        return None, None
    report = evaluate(site)
    served = {r.id for page in sections for r in _requirements(page)}
    lost = sum(
        1
        for f in report.findings
        if f.scored and f.is_ok and f.requirement.id in served
    )
    total = report.required_applicable
    if not total:
        return None, None
    return report.score_percent, round(100 * (report.required_ok - lost) / total)


def confirm(request, pages, action, sections):
    """For a superuser: ``None`` once confirmed, else the confirmation page naming
    each section, the provision it satisfies in words and the effect on the
    compliance score."""
    key = _session_key(action, pages)
    if request.method == "POST" and request.POST.get(CONFIRM_FIELD) == "1":
        # Remembered, so Wagtail's own follow-up form (a site's home page asks
        # for the site's name) goes through without asking again.
        request.session[key] = True
        return None
    if request.session.get(key):
        return None
    before, after = score_after(sections)
    first = pages[0]
    parent = first.get_parent()
    cancel_url = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_explore", args=[parent.pk if parent else first.pk]
    )
    return TemplateResponse(
        request,
        "wagtail_nd43/admin/confirm_section_change.html",
        {
            "heading": CONFIRMED_ACTIONS[action],
            "confirm_label": CONFIRM_LABELS[action],
            "action": action,
            "page": first,
            "sections": [
                {
                    "page": section,
                    "requirements": [
                        {"citation": r.source.citation(), "title": r.title_vi}
                        for r in _requirements(section)
                    ],
                }
                for section in sections
            ],
            "score_before": before,
            "score_after": after,
            "confirm_field": CONFIRM_FIELD,
            "cancel_url": cancel_url,
        },
    )


def refuse(request, pages, action):
    """A redirect refusing ``action`` on ``pages``, or ``None`` to let it go ahead.

    A superuser may do it, after confirming on a page that says what the site
    loses (see :func:`confirm`); copying needs no confirmation."""
    if request.user.is_superuser:
        if action not in CONFIRMED_ACTIONS:
            return None
        sections = protected_sections(pages)
        return confirm(request, pages, action, sections) if sections else None
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
