"""Build the mandatory page tree of a profile for one site.

The scaffold is idempotent: sections are recognised by the requirement key stored on
the page, so a second run creates nothing and changes nothing, and a section an editor
renamed, re-slugged or moved is still found. Editor content is never touched. Every
run is one transaction: a conflict stops it with nothing written.

Where the tree goes (issue 13: the scaffold never takes a site offline):

- The site's root is an :class:`AgencyHomePage`: the tree is built under it.
- The site's root is a fresh Wagtail welcome page (the one ``wagtail`` installs, or
  the untouched ``HomePage`` of ``wagtail start``: no children, never edited): an
  agency home page is created beside it and the site is pointed at it (nothing of
  the host's can go offline). The previous root is remembered.
- Any other root (an existing site): **under** mode, the default. The host's home
  page keeps its type, content and URL; the agency home page is created as its child
  and every existing URL keeps answering.
- ``replace_root=True`` (``--replace-root --yes``): the site is pointed at the agency
  home page; the previous root is remembered for ``nd43_scaffold --restore``.

A re-run never moves a Site root unless ``replace_root`` asks for it again.
What the scaffold did is kept in a :class:`~wagtail_nd43.models.ScaffoldRecord`.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from .models import AgencyHomePage, AgencySettings, ScaffoldRecord
from .models.base import sections_by_key
from .rulebook import UBND_TINH


CREATED = "created"
PRESENT = "present"
MOVED = "moved"

#: Content types of the pages a fresh project starts with: Wagtail's welcome page
#: and the ``HomePage`` of the ``wagtail start`` template.
WELCOME_PAGE_TYPES = {("wagtailcore", "page"), ("home", "homepage")}


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
    #: What happens to Site records and the host's pages, in plain words.
    site_changes: list = field(default_factory=list)
    mode: str = ""

    @property
    def created(self):
        return [step for step in self.steps if step.status == CREATED]


def scaffold(site, profile, level, dry_run=False, workflow=True, replace_root=False):
    """Build ``profile``'s tree for ``level`` on ``site``, with the editorial groups
    and (unless ``workflow`` is false) the board's approval workflow; return a
    :class:`Result`.

    ``replace_root`` points the site at the agency home page even when its root
    is a page of the host (the caller asks for confirmation first).

    With ``dry_run`` the same work is done and then rolled back, so the report is
    exactly what a real run would do.
    """
    from .banner_examples import ensure_example_banners
    from .models.legal import ensure_vocabularies
    from .roles import ensure_inspector_group, ensure_roles
    from .workdays import seed_holidays

    with transaction.atomic():
        result = Result(steps=[])
        result.settings_changed = _record_choice(site, profile.name, level)
        home, status = _ensure_home(site, profile.root, replace_root, result)
        result.steps.append(Step(0, home.title, profile.root.key, status, home))
        existing = sections_by_key(home)
        # Each new page is saved three times (created, revision, publish); its
        # references are indexed once, after its last save.
        with disable_reference_index_auto_update():
            for child in profile.root.children:
                _build(child, home, 1, level, existing, result.steps)
        for step in result.created:
            ReferenceIndex.create_or_update_for_object(step.page)
        result.roles = ensure_roles(home, with_workflow=workflow)
        if level == UBND_TINH:
            result.roles += ensure_inspector_group()
        result.holidays_created = seed_holidays()
        result.roles += ensure_example_banners(home, site)
        result.vocabularies_created = ensure_vocabularies()
        if dry_run:
            transaction.set_rollback(True)
    if dry_run:
        # The rolled-back run pointed the caller's ``site`` at a page that is gone,
        # and Wagtail cached the site root paths it saw inside the transaction.
        site.refresh_from_db()
        Site.clear_site_root_paths_cache()
    return result


def create_site(hostname, port=80, site_name=""):
    """Return the site answering at ``hostname:port`` and whether it was created.

    A new site starts at a new, empty agency home page at the top of the tree (the
    scaffold then builds under it); an existing one is returned as it is."""
    site = Site.objects.filter(hostname=hostname, port=port).first()
    if site is not None:
        return site, False
    tree_root = Page.get_first_root_node()
    slug = slugify(hostname) or "agency"
    if tree_root.get_children().filter(slug=slug).exists():
        raise ScaffoldError(
            _(
                "Cannot create the site's home page: a page with the slug "
                "“%(slug)s” already exists at the top of the page tree."
            )
            % {"slug": slug}
        )
    home = _new_home(title=site_name or hostname, slug=slug)
    tree_root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(
        hostname=hostname, port=port, site_name=site_name, root_page=home
    )
    ScaffoldRecord.objects.create(site=site, mode=ScaffoldRecord.NEW_SITE, home=home)
    return site, True


def vietnamese_locale():
    """The Vietnamese locale on a multi-language site (``WAGTAIL_I18N_ENABLED`` with
    Vietnamese among ``WAGTAIL_CONTENT_LANGUAGES``), created if missing; ``None``
    otherwise (Wagtail's default locale is used). The agency home page gets it and
    every section inherits it from its parent (issue 13)."""
    from django.conf import settings
    from wagtail.coreutils import get_content_languages
    from wagtail.models import Locale

    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    for code in get_content_languages():
        if code.lower() == "vi" or code.lower().startswith("vi-"):
            return Locale.objects.get_or_create(language_code=code)[0]
    return None


def _new_home(**fields):
    home = AgencyHomePage(**fields)
    locale = vietnamese_locale()
    if locale is not None:
        home.locale = locale
    return home


def is_fresh_welcome_page(page):
    """Whether ``page`` is the page a new Wagtail project starts with, never edited
    and without children: replacing it as the site root takes nothing offline."""
    content_type = page.cached_content_type
    return (
        (content_type.app_label, content_type.model) in WELCOME_PAGE_TYPES
        and page.latest_revision_id is None
        and not page.get_children().exists()
    )


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


def _describe(page):
    return _("“%(title)s” (id %(id)s)") % {"title": page.title, "id": page.pk}


def _ensure_home(site, root_section, replace_root, result):
    """Find or create the agency home page of ``site``; point the site at it only
    when the rules above allow; record what was done on ``result``."""
    record = ScaffoldRecord.objects.filter(site=site).select_related("home").first()
    root = site.root_page.specific
    names = {"site": str(site)}
    home, status = None, PRESENT
    if isinstance(root, AgencyHomePage):
        home = root
    elif record is not None and record.home is not None:
        home = record.home.specific
    else:
        home = _agency_child(root)
    fresh = is_fresh_welcome_page(root)
    if home is None:
        parent = (root.get_parent() or root) if replace_root or fresh else root
        home, created = _create_home(site, parent, root_section)
        status = CREATED if created else PRESENT

    if record is None:
        record = ScaffoldRecord(site=site, home=home, mode=ScaffoldRecord.UNDER)
        if home.pk == root.pk:
            record.mode = ScaffoldRecord.REPLACE
    record.home = home

    if home.pk == root.pk:
        result.site_changes.append(
            _("Site %(site)s: its root page is the agency home page; unchanged.")
            % names
        )
    elif replace_root or (fresh and record.pk is None):
        result.site_changes.append(
            _(
                "Site %(site)s: its root page changes from %(old)s to the agency "
                "home page %(new)s. Every page under the old root stops answering "
                "at its address; the old root is kept in the page tree and "
                "“nd43_scaffold --restore” points the site back to it."
            )
            % {**names, "old": _describe(root), "new": _describe(home)}
        )
        record.mode = ScaffoldRecord.REPLACE
        record.previous_root = root
        site.root_page = home
        site.save(update_fields=["root_page"])
        result.site_root_changed = True
    elif home.is_descendant_of(root):
        result.site_changes.append(
            _(
                "Site %(site)s: its root page %(old)s stays; the agency tree is "
                "under it at %(url)s. Every existing page keeps its address."
            )
            % {**names, "old": _describe(root), "url": home.relative_url(site) or "?"}
        )
        if record.mode != ScaffoldRecord.NEW_SITE:
            record.mode = ScaffoldRecord.UNDER
    else:
        result.site_changes.append(
            _(
                "Site %(site)s: its root page %(old)s is not the agency home page "
                "%(new)s (it was changed after the scaffold); the scaffold leaves "
                "it as it is. Use --replace-root to point the site at the agency "
                "home page again."
            )
            % {**names, "old": _describe(root), "new": _describe(home)}
        )
    record.save()
    result.mode = record.mode
    return home, status


def _agency_child(root):
    """An agency home page the host already has right under its root, if any."""
    return (
        AgencyHomePage.objects.child_of(root).order_by("path").first()
        if root.pk
        else None
    )


def _create_home(site, parent, root_section):
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
                    "(id %(id)s) already uses the slug “%(slug)s” under "
                    "“%(parent)s”. Rename its slug, then run the scaffold again."
                )
                % {
                    "title": in_the_way.title,
                    "id": in_the_way.pk,
                    "slug": root_section.slug,
                    "parent": parent.title,
                }
            )
        return in_the_way, False
    identity = AgencySettings.for_site(site)
    home = _new_home(
        title=identity.full_name or root_section.title_vi,
        slug=root_section.slug,
    )
    parent.add_child(instance=home)
    home.save_revision().publish()
    return home, True


def restore(site, delete_pages=False):
    """Undo what the scaffold did to ``site``; return the changes in plain words.

    The site's root goes back to the page the scaffold replaced (a site the
    scaffold created is deleted); the agency pages are kept unless
    ``delete_pages``. The caller runs it in a transaction and confirms first."""
    record = ScaffoldRecord.objects.filter(site=site).first()
    if record is None:
        raise ScaffoldError(
            _("The scaffold has no record for site %(site)s: nothing to restore.")
            % {"site": site}
        )
    changes = []
    home = record.home
    if record.mode == ScaffoldRecord.NEW_SITE:
        changes.append(_("Site %(site)s is deleted.") % {"site": site})
        site.delete()
    elif record.previous_root is not None and site.root_page_id != (
        record.previous_root_id
    ):
        changes.append(
            _("Site %(site)s: its root page goes back to %(old)s.")
            % {"site": site, "old": _describe(record.previous_root)}
        )
        site.root_page = record.previous_root
        site.save(update_fields=["root_page"])
        record.delete()
    else:
        changes.append(
            _("Site %(site)s: its root page %(root)s is unchanged.")
            % {"site": site, "root": _describe(site.root_page)}
        )
        record.delete()
    if home is None:
        return changes
    if not delete_pages:
        changes.append(
            _(
                "The agency pages under %(home)s are kept; delete them in the admin "
                "or run again with --delete-pages."
            )
            % {"home": _describe(home)}
        )
    elif Site.objects.filter(root_page=home).exists():
        raise ScaffoldError(
            _(
                "The agency home page %(home)s is still the root of a site: point "
                "that site elsewhere before deleting the agency pages."
            )
            % {"home": _describe(home)}
        )
    else:
        count = Page.objects.descendant_of(home, inclusive=True).count()
        changes.append(
            _("%(count)d agency pages under %(home)s are deleted.")
            % {"count": count, "home": _describe(home)}
        )
        home.delete()
    return changes


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
                "type": in_the_way.specific_class.get_verbose_name()
                if in_the_way.specific_class
                else "?",
                "slug": section.slug,
                "parent": parent.title,
            }
        )
    model = apps.get_model(section.page_type)
    # Whether the type may sit there at all, and (for a type held once per
    # parent) is not there under another key: that the section is missing was
    # established from ``existing`` (``can_create_at`` would ask the database again).
    if not model.can_exist_under(parent) or (
        model.max_count_per_parent is not None
        and parent.get_children().type(model).count() >= model.max_count_per_parent
    ):
        raise ScaffoldError(
            _(
                "Cannot create the section “%(section)s” under "
                "“%(parent)s”: a %(type)s is not allowed there. Nothing was "
                "changed."
            )
            % {
                "section": section.title_vi,
                "parent": parent.title,
                "type": model.get_verbose_name(),
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
