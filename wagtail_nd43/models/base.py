"""What every page of the package and every mandatory section page shares.

A section page knows which rulebook section it is by its ``requirement_key``, never by
its slug or title, so editors can rename and re-slug it freely. The key is written by
the scaffold; a section created by hand gets the key of the missing section of its
type under its parent.

Where section pages may go is read from the rulebook (the profiles' trees), not
declared on the models: see :func:`placements`.
"""

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, TitleFieldPanel
from wagtail.models import Page, get_page_models
from wagtail.search import index

from ..conf import nd43_settings
from ..forms import SectionPageForm
from ..rulebook import get_profile, profile_modules, profile_names
from ..search import fold_for_index
from ..search_index import search_field_text
from ..visibility import public
from .fields import body_field, long_text
from .sites import (  # noqa: F401  (their place before sites.py)
    SiteScopedMixin,
    SiteScopedQuerySet,
    identity_of,
    site_link,
    site_of,
)


class GuidancePanel(HelpPanel):
    """Shows editors what the law asks this section to contain, citing the article."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            section = self.instance.section_definition
            if section is None:
                self.content = ""
                return
            self.content = format_html(
                '<div class="help-block help-info"><p><strong>{}</strong> {}</p>'
                "<p>{}</p><p>{}</p></div>",
                _("What the law asks for here:"),
                section.guidance_vi,
                ", ".join(section.requirement_ids),
                _(
                    "The section must stay published and public: only a site "
                    "administrator can unpublish, delete or move it, schedule its "
                    "expiry or restrict who may view it."
                ),
            )

        def is_shown(self):
            return bool(self.content)


class Nd43Page(Page):
    """The base of every page type of the package.

    A guest in the host's site: the parent link's reverse accessor is
    ``page.wagtail_nd43_<model>`` (not ``page.<model>``, which would clash with a
    host page type of the same name, e.g. ``StandardPage``), and the page type's
    name in the admin says it belongs to the e-portal package, so "Add child page"
    never offers two identical choices.
    """

    page_ptr = models.OneToOneField(
        Page,
        on_delete=models.CASCADE,
        parent_link=True,
        auto_created=True,
        related_name="%(app_label)s_%(class)s",
    )

    class Meta:
        abstract = True

    @classmethod
    def get_verbose_name(cls):
        return _("%(name)s (e-portal)") % {"name": capfirst(cls._meta.verbose_name)}

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and section_holds(parent, cls)

    def can_move_to(self, parent):
        return super().can_move_to(parent) and section_holds(parent, type(self))

    #: Links of this page type read with the page when it answers a request
    #: (``select_related`` of :meth:`route`).
    route_related = ()

    def get_view_restrictions(self):
        """Wagtail's, without reading the ancestors again when the routing kept
        them on the page (``_cached_parent_obj`` up to the site's home): one query
        instead of two. A chain with an alias in it, or broken, is read as Wagtail
        does."""
        from wagtail.models import PageViewRestriction

        chain, current = [self], self
        while current.depth > 2:
            parent = current.__dict__.get("_cached_parent_obj")
            if parent is None or parent.depth != current.depth - 1:
                return super().get_view_restrictions()
            chain.append(parent)
            current = parent
        if any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()
        # Above the chain only the tree's root, never an alias.
        above = [self.path[: self.steplen * depth] for depth in range(1, current.depth)]
        return PageViewRestriction.objects.filter(
            Q(page_id__in=[page.pk for page in chain]) | Q(page__path__in=above)
        )

    def route(self, request, path_components):
        """Wagtail's routing, with fewer queries:

        - a page the path only passes through is loaded ``specific_deferred`` (its
          type from the content type cache, its own fields when first read) if its
          type routes as a plain page does; any page with routes of its own
          (``RoutablePageMixin``) is loaded whole, as Wagtail does;
        - the page that answers is read with its own table joined when it is of an
          item type this page type holds (:func:`leaf_models`): one query instead
          of two, with the ``route_related`` links of its type. Any other type is
          loaded as Wagtail does.
        """
        if not path_components:
            return super().route(request, path_components)
        last = len(path_components) == 1
        leaves = leaf_models(type(self)) if last else {}
        children = self.get_children()
        if leaves:
            children = children.select_related(
                *(
                    related
                    for model, accessor in leaves.items()
                    for related in (
                        accessor,
                        *(
                            f"{accessor}__{name}"
                            for name in getattr(model, "route_related", ())
                        ),
                    )
                )
            )
        try:
            child = children.get(slug=path_components[0])
        except ObjectDoesNotExist as error:
            # Wagtail 8 raises its base page model's DoesNotExist, Wagtail 7.4 Page's.
            raise Http404 from error
        child._cached_parent_obj = self
        if last:
            child = _joined_specific(child, leaves) or child.specific
        elif getattr(child.specific_class, "route", None) in PLAIN_ROUTES:
            child = child.specific_deferred
        else:
            child = child.specific
        return child.route(request, path_components[1:])


def leaf_models(page_class):
    """``{model: accessor}``: the item page types (not sections) a page type may
    hold, at most three, by the reverse accessor of their link to ``Page``."""
    labels = placements().children.get(page_class._meta.label, ())
    leaves = {}
    for model in _models(labels):
        link = model._meta.parents.get(Page)
        if issubclass(model, SectionPageMixin) or link is None:
            continue
        leaves[model] = link.remote_field.get_accessor_name()
    return leaves if 0 < len(leaves) <= 3 else {}


def _joined_specific(child, leaves):
    """The specific page joined to ``child`` by :func:`leaf_models`, or ``None``."""
    from django.contrib.contenttypes.models import ContentType

    for model, accessor in leaves.items():
        if child.content_type_id == ContentType.objects.get_for_model(model).pk:
            specific = getattr(child, accessor)
            specific._cached_parent_obj = child._cached_parent_obj
            return specific
    return None


#: Routing that reads nothing but the base page's fields before passing to a child.
PLAIN_ROUTES = (Page.route, Nd43Page.route)


@dataclass
class Placements:
    """Where section pages may go, read from every registered profile."""

    #: page type label → labels of the page types it may hold
    children: dict = dataclass_field(default_factory=dict)
    #: page type label → labels of the page types it may be under
    parents: dict = dataclass_field(default_factory=dict)
    #: parent section key → its child sections (every profile, first wins per key)
    sections_under: dict = dataclass_field(default_factory=dict)
    #: section key → keys of the sections it may be under
    parent_keys: dict = dataclass_field(default_factory=dict)
    #: section key → its :class:`~wagtail_nd43.rulebook.Section` (first profile wins)
    sections: dict = dataclass_field(default_factory=dict)
    #: section key → labels of the item types it holds (every profile)
    items: dict = dataclass_field(default_factory=dict)


@lru_cache(maxsize=8)
def _placements(registry):
    result = Placements()
    for name, _module in registry:
        profile = get_profile(name)
        for section in profile.sections():
            label = section.page_type
            result.sections.setdefault(section.key, section)
            items = (
                getattr(apps.get_model(label), "item_types", ())
                if section.items is None
                else section.items
            )
            result.items.setdefault(section.key, set()).update(items)
            held = result.children.setdefault(label, set())
            held.update(items)
            under = result.sections_under.setdefault(section.key, {})
            for child in section.children:
                held.add(child.page_type)
                result.parents.setdefault(child.page_type, set()).add(label)
                result.parent_keys.setdefault(child.key, set()).add(section.key)
                under.setdefault(child.key, child)
    return result


def placements():
    """The :class:`Placements` of the profiles registered now (the shipped ones and
    ``WAGTAIL_ND43_PROFILES``), cached per registry."""
    return _placements(tuple(sorted(profile_modules().items())))


def _models(labels):
    return [apps.get_model(label) for label in sorted(labels)]


def _specific(page):
    return page.specific if type(page) is Page else page


def section_holds(parent, model):
    """Whether ``parent`` may hold an item of page type ``model``: a section holds
    the items its rulebook section names (or its type's ``item_types``); sections
    themselves are placed by :func:`open_sections_at`, other parents by Wagtail's
    page type rules."""
    if issubclass(model, SectionPageMixin):
        return True
    parent = _specific(parent)
    if not isinstance(parent, SectionPageMixin):
        return True
    items = placements().items.get(parent.requirement_key)
    if items is None:
        items = type(parent).item_types
    return model._meta.label in items


def _site_sections_under(parent, parent_key):
    """The child sections of ``parent_key`` in the profile of ``parent``'s site,
    for its agency level; ``None`` when the page has no site or the profile does
    not know the key."""
    from .settings import AgencySettings

    site = parent.get_site() if parent.pk else None
    if site is None:
        return None
    identity = AgencySettings.for_site(site)
    try:
        section = get_profile(
            identity.profile or nd43_settings.DEFAULT_PROFILE
        ).section(parent_key)
    except KeyError:
        return None
    level = identity.level or None
    return [
        child for child in section.children if level is None or child.applies_to(level)
    ]


def open_sections_at(model, parent):
    """The rulebook sections of page type ``model`` that belong directly under
    ``parent`` and are not there yet, in rulebook order: those of the profile and
    agency level of ``parent``'s site, else of every registered profile."""
    parent_key = getattr(_specific(parent), "requirement_key", None)
    if parent_key is None:
        return []
    children = _site_sections_under(parent, parent_key)
    if children is None:
        children = placements().sections_under.get(parent_key, {}).values()
    wanted = [section for section in children if section.page_type == model._meta.label]
    if not wanted or parent.pk is None:
        return wanted
    present = set(
        model.objects.child_of(parent)
        .filter(requirement_key__in=[section.key for section in wanted])
        .values_list("requirement_key", flat=True)
    )
    return [section for section in wanted if section.key not in present]


class FoldedSearchMixin:
    """Gives a page a ``folded_search_text`` to index with
    ``index.SearchField("folded_search_text")``: the text of its other search fields,
    folded (:func:`wagtail_nd43.search.fold_for_index`), so that the site search
    finds "Nghị định" when people type "nghi dinh". The title comes first and three
    times: full-text ranking counts occurrences, so title matches rank first."""

    @property
    def folded_search_text(self):
        text = search_field_text(self, skip=("folded_search_text",))
        return fold_for_index(" ".join([self.title] * 3 + [text]))

    @staticmethod
    def page_search_fields(*searched, filters=()):
        """The ``search_fields`` of a page type with this mixin: the page's own,
        the text fields ``searched`` (folded in this order), the folded text and
        the fields to filter on."""
        return [
            *Page.search_fields,
            *(index.SearchField(name) for name in searched),
            FOLDED_SEARCH_FIELD,
            *(index.FilterField(name) for name in filters),
        ]


#: Add to a page type's ``search_fields`` together with :class:`FoldedSearchMixin`.
FOLDED_SEARCH_FIELD = index.SearchField("folded_search_text")


class ItemPageMixin(models.Model):
    """Marks page types that are items listed by a section (articles, documents...)."""

    #: An item has no child pages.
    subpage_types = []

    class Meta:
        abstract = True


class ListingPageMixin(FoldedSearchMixin, models.Model):
    """A page with an introduction, optional content, its subsections and a paginated
    list of its items. Sections and campaign pages share it."""

    intro = long_text(
        _("introduction"),
        _("One or two sentences shown at the top of the page."),
        blank=True,
    )
    body = body_field(
        _("content"), _("The page's own content, shown above the list of items.")
    )

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = FoldedSearchMixin.page_search_fields("intro", "body")

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        """The page type's own template if a site (or this package) provides one,
        else the shared section template."""
        return [self.template, "wagtail_nd43/pages/section_page.html"]

    def get_items(self, request=None):
        """The live, public items listed by this page, newest first.

        Page types with items of their own override this; ``request`` lets them
        filter by GET parameters.
        """
        from .articles import ArticlePage

        return (
            public(ArticlePage.objects.child_of(self).live(), request)
            .select_related("image")
            .order_by("-date", "-pk")
        )

    def get_paginator(self, request, items):
        """The paginator of the listing; large listings may cache their count."""
        return Paginator(items, nd43_settings.LISTING_PAGE_SIZE)

    def get_subsections(self, request=None):
        """Live, public child pages that are not items: subsections, plain pages."""
        return (
            public(Page.objects.child_of(self).live(), request)
            .not_type(*item_page_models())
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = self.get_paginator(request, self.get_items(request))
        context["items"] = paginator.get_page(request.GET.get("page"))
        context["subsections"] = self.get_subsections(request)
        return context


class SectionPageMixin(ListingPageMixin):
    """A mandatory section of the tree the decree requires.

    Sections cannot be deleted, moved, copied or unpublished by editors (see
    ``protection.py``); one of each may exist under its parent.
    """

    requirement_key = models.CharField(
        _("requirement key"),
        max_length=100,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Identifies the section in the rulebook; set by the scaffold."),
    )

    max_count_per_parent = 1
    #: Page types editors add in the section besides its subsections, unless the
    #: rulebook's ``Section.items`` says otherwise.
    item_types = ()
    base_form_class = SectionPageForm

    content_panels = [
        TitleFieldPanel("title"),
        GuidancePanel(heading=_("Guidance")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.requirement_key and self.path:
            parent = self.get_parent()
            if parent is not None:
                self.requirement_key = self.key_for_new_section(parent)
        super().save(*args, **kwargs)

    @classmethod
    def clean_subpage_models(cls):
        """The page types of this type's child sections and items, in every profile."""
        return _models(placements().children.get(cls._meta.label, ()))

    @classmethod
    def clean_parent_page_models(cls):
        """The page types of the sections this type is a child of, in every profile."""
        return _models(placements().parents.get(cls._meta.label, ()))

    @classmethod
    def can_create_at(cls, parent):
        """Only where the rulebook puts a section of this type that is missing."""
        return super().can_create_at(parent) and bool(open_sections_at(cls, parent))

    def can_move_to(self, parent):
        """Only under the page of a section the rulebook puts this section under."""
        if not super().can_move_to(parent):
            return False
        keys = placements().parent_keys.get(self.requirement_key)
        if not keys:
            return True
        return getattr(_specific(parent), "requirement_key", None) in keys

    def key_for_new_section(self, parent):
        """The key of the missing section this new page under ``parent`` is: the
        one with its slug, else the first, else ``""``."""
        missing = open_sections_at(type(self), parent)
        for section in missing:
            if section.slug == self.slug:
                return section.key
        return missing[0].key if missing else ""

    @classmethod
    def scaffold_defaults(cls):
        """Field values the scaffold gives a new section besides its title (e.g. the
        headings the privacy notice must have)."""
        return {}

    def permissions_for_user(self, user):
        from ..protection import SectionPermissionTester

        return SectionPermissionTester(user, self)

    @cached_property
    def section_definition(self):
        """The rulebook :class:`Section` this page serves, in the site's profile."""
        from .settings import AgencySettings

        if not self.requirement_key:
            return None
        site = self.get_site() if self.pk else None
        name = (
            AgencySettings.for_site(site).profile
            if site
            else nd43_settings.DEFAULT_PROFILE
        )
        for candidate in (name, *profile_names()):
            try:
                return get_profile(candidate).section(self.requirement_key)
            except KeyError:
                continue
        return None


def section_page_models():
    """Every concrete page model that is a mandatory section."""
    return [m for m in get_page_models() if issubclass(m, SectionPageMixin)]


def sections_by_key(root, inclusive=False):
    """Requirement key → the specific section page carrying it at or under
    ``root`` (the first in tree order when a key repeats)."""
    found = {}
    pages = (
        Page.objects.descendant_of(root, inclusive=inclusive)
        .type(*section_page_models())
        .specific()
        .order_by("path")
    )
    for page in pages:
        found.setdefault(page.requirement_key, page)
    return found


def item_page_models():
    """Every concrete page model that is listed as an item of a section."""
    return [m for m in get_page_models() if issubclass(m, ItemPageMixin)]
