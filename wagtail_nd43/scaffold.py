"""Build the mandatory page tree of a profile for one site.

The scaffold is idempotent: sections are recognised by the requirement key stored on
the page, so a second run creates nothing and changes nothing, and a section an editor
renamed, re-slugged or moved is still found. Editor content is never touched. Every
run is one transaction: a conflict stops it with nothing written.

Site roots: when the site's root page is not an :class:`AgencyHomePage` (Wagtail's
welcome page, or the ``HomePage`` of ``wagtail start``), a new agency home page is
created beside it and the site is pointed at it. The old page and its children are
kept as they were; an administrator can move their content or delete them.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from .models import AgencyHomePage, AgencySettings
from .models.base import section_page_models


CREATED = "created"
PRESENT = "present"
MOVED = "moved"


class ScaffoldError(Exception):
    """The tree cannot be built as asked; nothing was written."""


@dataclass
class Step:
    depth: int
    title: str
    key: str
    status: str
    page: Page | None
    note: str = ""


@dataclass
class Result:
    steps: list
    site_root_changed: bool = False
    settings_changed: tuple = ()
    roles: list = field(default_factory=list)
    holidays_created: int = 0
    vocabularies_created: int = 0

    @property
    def created(self):
        return [step for step in self.steps if step.status == CREATED]


def scaffold(site, profile, level, dry_run=False, workflow=True):
    """Build ``profile``'s tree for ``level`` on ``site``, with the editorial groups
    and (unless ``workflow`` is false) the board's approval workflow; return a
    :class:`Result`.

    With ``dry_run`` the same work is done and then rolled back, so the report is
    exactly what a real run would do.
    """
    from .banner_examples import ensure_example_banners
    from .models.legal import ensure_vocabularies
    from .roles import ensure_roles
    from .workdays import seed_holidays

    with transaction.atomic():
        result = Result(steps=[])
        result.settings_changed = _record_choice(site, profile.name, level)
        home, status = _ensure_home(site, profile.root)
        result.site_root_changed = status == CREATED
        result.steps.append(Step(0, home.title, profile.root.key, status, home))
        existing = _existing_sections(home)
        for child in profile.root.children:
            _build(child, home, 1, level, existing, result.steps)
        result.roles = ensure_roles(home, with_workflow=workflow)
        result.holidays_created = seed_holidays()
        result.roles += ensure_example_banners(home)
        result.vocabularies_created = ensure_vocabularies()
        if dry_run:
            transaction.set_rollback(True)
    if dry_run:
        # The rolled-back run pointed the caller's ``site`` at a page that is gone.
        site.refresh_from_db()
    return result


def _record_choice(site, profile_name, level):
    identity = AgencySettings.for_site(site)
    changed = []
    if identity.level != level:
        identity.level = level
        changed.append("level")
    if identity.profile != profile_name:
        identity.profile = profile_name
        changed.append("profile")
    if changed:
        identity.save(update_fields=changed)
    return tuple(changed)


def _ensure_home(site, root_section):
    root = site.root_page.specific
    if isinstance(root, AgencyHomePage):
        return root, PRESENT
    parent = root.get_parent() or root
    in_the_way = parent.get_children().filter(slug=root_section.slug).first()
    if in_the_way is not None:
        in_the_way = in_the_way.specific
        # Another site's home page is in the way too: sharing it would merge sites.
        if not isinstance(in_the_way, AgencyHomePage) or (
            Site.objects.filter(root_page=in_the_way).exclude(pk=site.pk).exists()
        ):
            raise ScaffoldError(
                _(
                    "Cannot create the agency home page: the page “%(title)s” "
                    "(id %(id)s) already uses the slug “%(slug)s” beside the "
                    "site's root page. Rename its slug, then run the scaffold again."
                )
                % {
                    "title": in_the_way.title,
                    "id": in_the_way.pk,
                    "slug": root_section.slug,
                }
            )
        home = in_the_way
    else:
        identity = AgencySettings.for_site(site)
        home = AgencyHomePage(
            title=identity.full_name or root_section.title_vi,
            slug=root_section.slug,
        )
        parent.add_child(instance=home)
        home.save_revision().publish()
    site.root_page = home
    site.save(update_fields=["root_page"])
    return home, CREATED


def _existing_sections(home):
    """Map each requirement key to the section page that carries it under ``home``."""
    found = {}
    pages = (
        Page.objects.descendant_of(home)
        .type(*section_page_models())
        .specific()
        .order_by("path")
    )
    for page in pages:
        found.setdefault(page.requirement_key, page)
    return found


def _build(section, parent, depth, level, existing, steps):
    if not section.applies_to(level):
        return
    page = existing.get(section.key)
    if page is not None:
        moved = not page.path.startswith(parent.path) or page.depth != parent.depth + 1
        steps.append(
            Step(
                depth,
                page.title,
                section.key,
                MOVED if moved else PRESENT,
                page,
                note=page.url_path,
            )
        )
    else:
        page = _create(section, parent, source=existing.get(section.translates))
        existing[section.key] = page
        steps.append(Step(depth, page.title, section.key, CREATED, page))
    for child in section.children:
        _build(child, page, depth + 1, level, existing, steps)


def _create(section, parent, source=None):
    in_the_way = parent.get_children().filter(slug=section.slug).first()
    if in_the_way is not None:
        raise ScaffoldError(
            _(
                "Cannot create the section “%(section)s”: the page "
                "“%(title)s” (id %(id)s, type %(type)s) already uses the slug "
                "“%(slug)s” under “%(parent)s”. Change that page's "
                "slug or move it, then run the scaffold again. Nothing was changed."
            )
            % {
                "section": section.title_vi,
                "title": in_the_way.title,
                "id": in_the_way.pk,
                "type": in_the_way.specific_class._meta.verbose_name
                if in_the_way.specific_class
                else "?",
                "slug": section.slug,
                "parent": parent.title,
            }
        )
    model = apps.get_model(section.page_type)
    if not model.can_create_at(parent):
        raise ScaffoldError(
            _(
                "Cannot create the section “%(section)s” under "
                "“%(parent)s”: a %(type)s is not allowed there. Nothing was "
                "changed."
            )
            % {
                "section": section.title_vi,
                "parent": parent.title,
                "type": model._meta.verbose_name,
            }
        )
    page = model(
        title=section.title_vi,
        slug=section.slug,
        requirement_key=section.key,
        show_in_menus=section.in_menu,
        **model.scaffold_defaults(),
    )
    if source is not None and hasattr(page, "translation_source"):
        # An English section starts out translating its Vietnamese section.
        page.translation_source = source
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
