"""Everything the checks read about one site, loaded once with a bounded number of
queries: the section pages (one query per section type), item counts and newest
dates per section (one grouped query per item type), settings (one per model) and the
holiday calendar (one). Nothing here grows with the number of pages."""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Max, Q
from django.db.models.functions import Length, Substr
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.models import Page, PageViewRestriction

from ..conf import nd43_settings
from ..models.base import item_page_models, sections_by_key
from ..workdays import WorkingCalendar, as_date


@dataclass
class ItemStats:
    count: int = 0
    newest: datetime.date | None = None

    def add(self, count, newest):
        self.count += count
        if newest is not None and (self.newest is None or newest > self.newest):
            self.newest = newest


def freshness_field(model):
    """The field whose newest value says how current a section is: the model's
    ``compliance_date_field``, else its ``date`` field, else ``first_published_at``."""
    name = getattr(model, "compliance_date_field", None)
    if name:
        return name
    names = {f.name for f in model._meta.get_fields()}
    return "date" if "date" in names else "first_published_at"


def has_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def is_filled(instance, name):
    """Whether field ``name`` of ``instance`` holds a value; models may decide for
    themselves with ``is_filled(name)`` (e.g. a text or a chosen person)."""
    own = getattr(instance, "is_filled", None)
    if callable(own):
        return own(name)
    field = instance._meta.get_field(name)
    value = getattr(instance, field.attname)
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True


def filled_q(model, names):
    """A ``Q`` matching rows whose fields ``names`` are all filled."""
    q = Q()
    for name in names:
        field = model._meta.get_field(name)
        q &= Q(**{f"{name}__isnull": False})
        if not field.is_relation and field.get_internal_type() in (
            "CharField",
            "TextField",
            "EmailField",
            "URLField",
            "SlugField",
        ):
            q &= ~Q(**{name: ""})
    return q


def site_lookup(model):
    """The ORM path from ``model`` to a site, or ``None`` for models shared by all
    sites (e.g. spokespersons): a ``site`` field, or a relation to a per-site
    setting (a board member's board)."""
    if has_field(model, "site"):
        return "site"
    for field in model._meta.get_fields():
        if (
            field.many_to_one
            and field.related_model is not None
            and has_field(field.related_model, "site")
        ):
            return f"{field.name}__site"
    return None


def records_of_site(queryset, site):
    """``queryset`` narrowed to the records of ``site`` (unchanged for records
    shared by every site); a site-scoped record without a site (e.g. a
    spokesperson of a single-site installation entered before sites were
    chosen) counts for every site."""
    from ..models.base import SiteScopedMixin

    model = queryset.model
    lookup = site_lookup(model)
    if not lookup:
        return queryset
    if issubclass(model, SiteScopedMixin):
        return queryset.filter(Q(**{lookup: site}) | Q(**{f"{lookup}__isnull": True}))
    return queryset.filter(**{lookup: site})


class SiteData:
    def __init__(self, site, profile, level, today=None):
        self.site = site
        self.profile = profile
        self.level = level
        self.today = today or timezone.localdate()
        self.home = site.root_page
        self._settings = {}

    # -- pages -----------------------------------------------------------------

    @cached_property
    def sections(self):
        """Requirement key → specific section page (first in tree order)."""
        return sections_by_key(self.home)

    @cached_property
    def section_paths(self):
        return {page.path: key for key, page in self.sections.items()}

    @cached_property
    def restricted_paths(self):
        return list(
            PageViewRestriction.objects.filter(
                page__path__startswith=self.home.path
            ).values_list("page__path", flat=True)
        )

    def is_restricted(self, page):
        return any(page.path.startswith(path) for path in self.restricted_paths)

    @cached_property
    def unpublished_ancestors(self):
        """Path → title of every unpublished page between the home page and a
        section page: a visitor cannot open what is under them. One query."""
        steplen = Page.steplen
        paths = set()
        for page in self.sections.values():
            path = page.path[:-steplen]
            while len(path) > len(self.home.path):
                paths.add(path)
                path = path[:-steplen]
        if not paths:
            return {}
        return dict(
            Page.objects.filter(path__in=paths, live=False).values_list("path", "title")
        )

    def hidden_ancestor(self, page):
        """The title of an unpublished ancestor of ``page`` (below the home page),
        or ``None`` when every ancestor is live."""
        for path, title in self.unpublished_ancestors.items():
            if page.path.startswith(path):
                return title
        return None

    def is_visible(self, page):
        """Whether an anonymous visitor can open ``page``: live, no view
        restriction on it or above it, every ancestor live, in this site."""
        return (
            page is not None
            and page.live
            and page.path.startswith(self.home.path)
            and not self.is_restricted(page)
            and self.hidden_ancestor(page) is None
        )

    def public_q(self):
        q = Q()
        for path in self.restricted_paths:
            q &= ~Q(path__startswith=path)
        return q

    def owning_section(self, path):
        """The key of the nearest section at or above ``path``, or ``None``."""
        steplen = Page.steplen
        while len(path) > len(self.home.path):
            key = self.section_paths.get(path)
            if key is not None:
                return key
            path = path[:-steplen]
        return None

    @cached_property
    def item_stats(self):
        """Section key → :class:`ItemStats` of the live, public items it owns
        (items of its subsections belong to those): how many, and the newest date
        not after today."""
        stats = {}
        for model in item_page_models():
            date_field = freshness_field(model)
            rows = (
                model.objects.descendant_of(self.home)
                .live()
                .filter(self.public_q())
                .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
                .values("parent_path")
                .annotate(
                    n=Count("pk"),
                    newest=Max(date_field, filter=self._not_after_today(model)),
                )
                .order_by()
            )
            for row in rows:
                key = self.owning_section(row["parent_path"])
                if key is not None:
                    stats.setdefault(key, ItemStats()).add(
                        row["n"], as_date(row["newest"])
                    )
        return stats

    def _not_after_today(self, model):
        """Items dated after today (next week's schedule, an article dated ahead)
        do not show that a section is current."""
        name = freshness_field(model)
        if model._meta.get_field(name).get_internal_type() == "DateTimeField":
            return Q(**{f"{name}__date__lte": self.today})
        return Q(**{f"{name}__lte": self.today})

    def items_of(self, key):
        return self.item_stats.get(key, ItemStats())

    @cached_property
    def translations(self):
        """Every live page under the home page that records a translation source,
        in tree order, as dicts with its ``source`` (or ``None``): one query per
        translated page type and one for the sources (two with Wagtail i18n)."""
        from ..models.english import source_rows, translation_source_models

        rows = []
        for model in translation_source_models():
            rows += list(
                model.objects.descendant_of(self.home)
                .live()
                .values(
                    "pk",
                    "path",
                    "title",
                    "last_published_at",
                    "translation_source",
                    "translation_key",
                )
            )
        sources = source_rows(rows)
        for row in rows:
            row["source"] = sources[row["pk"]]
        return sorted(rows, key=lambda row: row["path"])

    def translations_under(self, key):
        """The translated pages at or under section ``key``."""
        path = self.sections[key].path
        return [row for row in self.translations if row["path"].startswith(path)]

    def child_section_paths(self, key):
        page = self.sections[key]
        return [
            p.path
            for p in self.sections.values()
            if p.path != page.path and p.path.startswith(page.path)
        ]

    # -- settings and the calendar -----------------------------------------------

    def setting(self, label):
        """The site's instance of setting ``label``; an unsaved blank one when the
        site has none yet (never written: the report only reads)."""
        if label not in self._settings:
            model = apps.get_model(label)
            instance = model.objects.filter(site=self.site).first()
            self._settings[label] = instance or model(site=self.site)
        return self._settings[label]

    @cached_property
    def calendar(self):
        start = self.today - datetime.timedelta(
            days=nd43_settings.COMPLIANCE_DEADLINE_WINDOW_DAYS + 60
        )
        return WorkingCalendar(start, self.today)

    # -- links -----------------------------------------------------------------

    def public_url(self, page):
        """The page's public address, when the public can see it."""
        if page is None or not self.is_visible(page):
            return ""
        home_path = self.home.url_path
        if not page.url_path.startswith(home_path):
            return ""
        return self.site.root_url + "/" + page.url_path[len(home_path) :]

    @staticmethod
    def admin_url(name, *args):
        try:
            return reverse(name, args=args)
        except NoReverseMatch:
            return ""

    def edit_page_url(self, page):
        return self.admin_url("wagtailadmin_pages:edit", page.pk)

    def add_child_url(self, page):
        return self.admin_url("wagtailadmin_pages:add_subpage", page.pk)

    def settings_url(self, label):
        model = apps.get_model(label)
        return self.admin_url(
            "wagtailsettings:edit",
            model._meta.app_label,
            model._meta.model_name,
            self.site.pk,
        )

    def records_url(self, model):
        """Where records of ``model`` are managed: its snippet listing, or the
        setting that holds them inline."""
        viewset = getattr(model, "snippet_viewset", None)
        if viewset is not None:
            return self.admin_url(viewset.get_url_name("list"))
        lookup = site_lookup(model)
        if lookup and lookup != "site":
            parent = model._meta.get_field(lookup.split("__")[0]).related_model
            return self.settings_url(parent._meta.label)
        return ""
