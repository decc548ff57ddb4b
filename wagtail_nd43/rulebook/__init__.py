"""The regulations as data.

A *profile* (one per regulation: Decree 43/2011, later Decree 42/2022) is a tree of
:class:`Section` objects — the page tree a compliant site must have — and a list of
:class:`Requirement` objects — what an inspector checks, each citing its article.
The scaffold, the page types, the compliance checker and the docs all read the same
profile, so a rule is written down exactly once.

This package imports nothing from Django: it is plain data that scripts, tests and the
docs generator can load without a configured project.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from importlib import import_module
from typing import ClassVar


# Agency levels (ND43-2.1; ND224 adds the two-tier local government). The ids are the
# values of ``--level`` and of the identity setting, so they are a public contract.
BO = "bo"
TONG_CUC = "tong-cuc"
UBND_TINH = "ubnd-tinh"
SO = "so"
UBND_HUYEN = "ubnd-huyen"
UBND_XA = "ubnd-xa"
KHAC = "khac"

LEVELS: dict[str, str] = {
    BO: "Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
    TONG_CUC: "Tổng cục, Cục",
    UBND_TINH: "UBND tỉnh, thành phố trực thuộc Trung ương",
    SO: "Sở, ban, ngành thuộc UBND tỉnh",
    UBND_HUYEN: "UBND quận, huyện, thị xã, thành phố thuộc tỉnh",
    UBND_XA: "UBND xã, phường, đặc khu",
    KHAC: "Cơ quan, đơn vị khác",
}

ALL_LEVELS: frozenset[str] = frozenset(LEVELS)

#: Levels that no longer exist, from the day they ended: the district level went
#: with the two-tier local government on 01/07/2025 (requirements.md §0.1). A site
#: still set to it is evaluated as it is, with a note saying what to choose instead.
ABOLISHED_LEVELS: dict[str, datetime.date] = {UBND_HUYEN: datetime.date(2025, 7, 1)}
# The letters of requirements.md §11: B = ministry/Tổng cục/Cục, T = province,
# S = provincial department, H = district, X = commune.
B = frozenset({BO, TONG_CUC})
T = frozenset({UBND_TINH})
S = frozenset({SO})
H = frozenset({UBND_HUYEN})
X = frozenset({UBND_XA})

#: The generic page type of a section that carries only content and guidance. Its
#: allowed parents and children are read from the profiles, so a profile can add
#: such sections without a model or a migration.
SECTION_PAGE = "wagtail_nd43.SectionPage"
#: Item types a section may list (``Section.items``).
ARTICLES = ("wagtail_nd43.ArticlePage",)
PLAIN_PAGES = ("wagtail_nd43.StandardPage",)

REQUIRED = "required"
RECOMMENDED = "recommended"
SEVERITIES = (REQUIRED, RECOMMENDED)

# How sure the catalogue is of a row's wording (requirements.md §0): the report
# says so for every row that was not read in the text itself.
VERIFIED = "verified"
SECONDARY = "secondary"
MEMORY = "memory"
LETTER = "letter"
CONFIDENCES = (VERIFIED, SECONDARY, MEMORY, LETTER)


@dataclass(frozen=True)
class Source:
    """Where a rule is written: a document and, when known, its article/clause/point."""

    document: str
    article: str = ""
    clause: str = ""
    point: str = ""
    #: One of :data:`CONFIDENCES`: how the catalogue knows the wording.
    confidence: str = VERIFIED

    def citation(self) -> str:
        """The citation in the Vietnamese legal style, e.g. "Điểm c Khoản 1 Điều 10"."""
        parts = []
        if self.point:
            parts.append(f"điểm {self.point}")
        if self.clause:
            parts.append(f"khoản {self.clause}")
        if self.article:
            parts.append(f"Điều {self.article}")
        parts.append(self.document)
        text = " ".join(parts)
        return text[0].upper() + text[1:]


# ---- Check specifications --------------------------------------------------------
# Data only: the compliance engine interprets them. Each names the section(s) it is
# about by key, never by slug or title.

#: Every check kind by name, in the order declared: a subclass of :class:`Check`
#: adds itself, so a kind is declared once, by its class. The compliance checker
#: registers one evaluator per class (``wagtail_nd43.compliance.evaluates``), and a
#: system check (``wagtail_nd43.E190``) names any kind left without one.
CHECK_KINDS: dict[str, type[Check]] = {}


@dataclass(frozen=True)
class Check:
    """Base class of check specifications: one subclass per kind of check.

    A subclass declares its parameters as dataclass fields and, as class
    attributes, ``kind`` (its name in the docs and the tests), ``verifies`` (what
    the checker verifies, in English: the compliance matrix prints it) and
    ``statuses`` (the statuses its evaluator can give). Declaring a kind twice, or
    leaving one of the three out, fails when the class is defined.
    """

    kind: ClassVar[str] = ""
    verifies: ClassVar[str] = ""
    statuses: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [
            name
            for name in ("kind", "verifies", "statuses")
            if not cls.__dict__.get(name)
        ]
        if missing:
            raise TypeError(
                f"The check class {cls.__qualname__} must declare "
                f"{', '.join(missing)} (see rulebook.Check)."
            )
        other = CHECK_KINDS.get(cls.kind)
        if other is not None:
            raise TypeError(
                f"The check kind {cls.kind!r} of {cls.__module__}.{cls.__qualname__} "
                f"is already declared by {other.__module__}.{other.__qualname__}."
            )
        CHECK_KINDS[cls.kind] = cls


class Window(enum.StrEnum):
    """The windows of :class:`Fresh` that are not a number of days."""

    #: This week's item, published from the last working day before its Monday
    #: (a week's schedule).
    CURRENT_WEEK = "current-week"


CURRENT_WEEK = Window.CURRENT_WEEK


@dataclass(frozen=True)
class SectionLive(Check):
    """The section exists in the site's tree and is published."""

    section: str
    kind = "section_live"
    verifies = (
        "The section exists in the site's tree, is published and public, and "
        "every page above it is published: a visitor can open it."
    )
    statuses = ("ok", "missing")


@dataclass(frozen=True)
class HasContent(Check):
    """The section is live and has content: its body filled or ``min_items`` live items."""

    section: str
    min_items: int = 1
    kind = "has_content"
    verifies = (
        "Section live, and its own content filled or at least `min_items` live items."
    )
    statuses = ("ok", "missing", "empty", "incomplete")


@dataclass(frozen=True)
class Fresh(Check):
    """The newest live item of the section is recent enough.

    ``window`` is a number of days (``31``: one a month) or :data:`CURRENT_WEEK`.
    """

    section: str
    window: int | Window
    kind = "fresh"
    verifies = (
        "Section live; its newest live item is dated within `window` (days, or "
        "the current week from the last working day before it)."
    )
    statuses = ("ok", "missing", "empty", "stale")

    def __post_init__(self):
        window = self.window
        if isinstance(window, Window):
            return
        if isinstance(window, bool) or not isinstance(window, int):
            raise TypeError(
                f"Fresh({self.section!r}): window must be a number of days (an int) "
                f"or CURRENT_WEEK, not {window!r}."
            )
        if window < 1:
            raise ValueError(
                f"Fresh({self.section!r}): window must be 1 day or more, not {window}."
            )


@dataclass(frozen=True)
class SettingsFilled(Check):
    """Fields of a site setting (the agency identity by default) are all filled."""

    fields: tuple[str, ...]
    model: str = "wagtail_nd43.AgencySettings"
    kind = "settings_filled"
    verifies = (
        "The site's setting `model` has every field of `fields` filled, and the "
        "section that shows it (if not the home page) is visible to a visitor."
    )
    statuses = ("ok", "missing", "empty", "incomplete")


@dataclass(frozen=True)
class FieldsFilled(Check):
    """The section page's own fields are all filled (e.g. a regulation's number)."""

    section: str
    fields: tuple[str, ...]
    kind = "fields_filled"
    verifies = "Section live, and the section page's `fields` filled."
    statuses = ("ok", "missing", "empty", "incomplete")


@dataclass(frozen=True)
class RecordsExist(Check):
    """At least ``min_count`` published records of ``model``, each
    matching ``where`` (pairs of field and value) and with ``fields`` filled,
    current on the evaluation date (a queryset method ``active(on)`` decides, e.g.
    a spokesperson's term) and shown on a section a visitor can open."""

    model: str
    fields: tuple[str, ...] = ()
    where: tuple[tuple[str, object], ...] = ()
    min_count: int = 1
    #: The section that shows the records to the public (default: the section
    #: that lists the requirement). The records count only while it is visible.
    section: str | None = None
    kind = "records_exist"
    verifies = (
        "At least `min_count` records of `model` matching `where`, of this site "
        "when the model belongs to one, current on the day (a term not ended), "
        "every one with `fields` filled, shown on a section (`section`, or the one "
        "that lists the requirement) a visitor can open."
    )
    statuses = ("ok", "missing", "incomplete")


@dataclass(frozen=True)
class ItemsFilled(Check):
    """The section is live and at least ``min_items`` of its live, public items
    have ``fields`` filled. With ``per`` (a field of the items) and ``values``, at
    least ``min_items`` such items for each of ``values`` (e.g. each category a
    level must publish)."""

    section: str
    fields: tuple[str, ...] = ()
    min_items: int = 1
    per: str = ""
    values: tuple[str, ...] = ()
    kind = "items_filled"
    verifies = (
        "Section live, at least `min_items` live, public items, and every one of "
        "them with `fields` filled (the count of items lacking them is given); "
        "with `per`, at least `min_items` for each of `values`."
    )
    statuses = ("ok", "missing", "empty", "incomplete", "not_evaluated")


@dataclass(frozen=True)
class Deadline(Check):
    """Items of a section are published within ``working_days`` (or, when set,
    ``hours``) of a date field of the item."""

    section: str
    date_field: str
    working_days: int = 0
    hours: int = 0
    #: A boolean field of the item that, when true, gives it ``own_working_days``
    #: instead (e.g. documents the agency issued itself: 2 working days).
    own_field: str = ""
    own_working_days: int = 0
    kind = "deadline"
    verifies = (
        "Items of the section published within `working_days` (Vietnamese "
        "working days, holiday table; `own_working_days` for items whose "
        "`own_field` is set) or `hours` of `date_field`, over the last "
        "`WAGTAIL_ND43_COMPLIANCE_DEADLINE_WINDOW_DAYS` days; not evaluated while "
        "no item type the section takes has `date_field`."
    )
    statuses = ("ok", "missing", "late", "not_evaluated")


@dataclass(frozen=True)
class TranslationCurrent(Check):
    """The section is a translation (e.g. the English introduction) that is not
    older than the page it translates.

    Every live page at or under the section that records a translation source
    (``EnglishTranslationMixin``: a chosen Vietnamese page, or under Wagtail i18n the
    default-locale translation) is compared with it: ``stale`` when the source was
    published (``last_published_at``) after the translation last was, ``incomplete``
    when a translation does not say which page it translates, ``ok`` otherwise. With
    ``with_content`` (the default) the section must also have content, as with
    :class:`HasContent` (``empty`` if not). A missing or unpublished section is
    ``missing``.
    """

    section: str
    with_content: bool = True
    kind = "translation_current"
    verifies = (
        "Section live (and, with `with_content`, filled as for `has_content`); "
        "every live page at or under it that records its Vietnamese source "
        "(`EnglishTranslationMixin`) was published after the source's latest "
        "publication; not evaluated when no page there records a source."
    )
    statuses = ("ok", "missing", "empty", "incomplete", "stale", "not_evaluated")


@dataclass(frozen=True)
class InMenu(Check):
    """Every section of the level that the tree marks ``in_menu`` is published,
    visible and shown in the site's main menu (TT32 Art. 16.1–2)."""

    kind = "in_menu"
    verifies = (
        "Every section the tree marks `in_menu` is visible (as for `section_live`) "
        "and shown in the site's main menu."
    )
    statuses = ("ok", "missing")


@dataclass(frozen=True)
class PackageSetting(Check):
    """The package setting ``WAGTAIL_ND43_<name>`` is not one of ``not_in``
    (e.g. the visit counters are not switched off)."""

    name: str
    not_in: tuple[str, ...] = ()
    #: The admin view that shows what the setting drives (a URL name).
    admin_view: str = ""
    kind = "package_setting"
    verifies = (
        "The package setting `WAGTAIL_ND43_<name>` is not one of `not_in` (e.g. "
        "the visit counters are not off)."
    )
    statuses = ("ok", "missing")


@dataclass(frozen=True)
class Domain(Check):
    """The site's host name ends with ``suffix`` (ND43 Art. 6.1: ``.gov.vn``)."""

    suffix: str
    kind = "domain"
    verifies = "The site's host name ends with `suffix` (`.gov.vn`)."
    statuses = ("ok", "missing")


@dataclass(frozen=True)
class RecordsOnTime(Check):
    """Records of ``model`` reach ``end_field`` within a limit counted from
    ``start_field``: ``working_days``, or ``days`` calendar days, or the number of
    days in the package setting named ``days_setting`` (``WAGTAIL_ND43_<name>``).
    A record with no end yet is late once the limit has passed. Only records whose
    start falls in the checker's deadline window count; pages must be live."""

    model: str
    start_field: str
    end_field: str
    working_days: int = 0
    days: int = 0
    days_setting: str = ""
    where: tuple[tuple[str, object], ...] = ()
    kind = "records_on_time"
    verifies = (
        "Records of `model` (of this site; live pages under its home) reach "
        "`end_field` within `working_days`, `days` or the setting `days_setting` "
        "of `start_field`, over the last "
        "`WAGTAIL_ND43_COMPLIANCE_DEADLINE_WINDOW_DAYS` days; a record with no end "
        "is late once the limit has passed."
    )
    statuses = ("ok", "late")


@dataclass(frozen=True)
class Requirement:
    """One checkable obligation, with the id used by ``requirements.md``.

    ``check`` is ``None`` for obligations that are met by how the package is built
    (for example UTF-8 storage) and so are documented, not evaluated.
    """

    id: str
    source: Source
    title_vi: str
    title_en: str
    severity: str = REQUIRED
    levels: frozenset[str] = ALL_LEVELS
    check: Check | None = None
    #: The days the text behind the row is in force (``None``: open-ended). A
    #: profile evaluates the rows in force on the evaluation date, so a text that
    #: replaces another (Decree 244/2026 for Decree 09/2017) takes over by date.
    in_force_from: datetime.date | None = None
    in_force_until: datetime.date | None = None

    def applies_to(self, level: str) -> bool:
        return level in self.levels

    def in_force_on(self, on: datetime.date | None) -> bool:
        """Whether the row's text is in force on ``on`` (always, for ``None``)."""
        if on is None:
            return True
        if self.in_force_from is not None and on < self.in_force_from:
            return False
        return self.in_force_until is None or on <= self.in_force_until


@dataclass(frozen=True)
class Section:
    """One node of the mandatory page tree.

    ``page_type`` is a model label (``app_label.ModelName``): :data:`SECTION_PAGE`
    for a section that only carries content, a model of its own where the section
    has fields or behaviour. ``key`` is stable and is stored on the page, so editors
    may rename and move sections freely.

    The tree of sections is the one declaration of where section pages may go: a
    section page may be created under the page of its parent section, and holds its
    child sections plus ``items`` (page types editors add there, e.g.
    :data:`ARTICLES`; ``None``: what the page type offers, plain pages for a
    :data:`SECTION_PAGE`).
    """

    key: str
    title_vi: str
    title_en: str
    slug: str
    page_type: str = SECTION_PAGE
    requirement_ids: tuple[str, ...] = ()
    levels: frozenset[str] = ALL_LEVELS
    guidance_vi: str = ""
    in_menu: bool = False
    #: Key of the section this one translates (an English page's Vietnamese
    #: source); the scaffold records it on the page it creates.
    translates: str = ""
    items: tuple[str, ...] | None = None
    children: tuple[Section, ...] = ()

    def applies_to(self, level: str) -> bool:
        return level in self.levels

    def walk(self, level: str | None = None, depth: int = 0):
        """Yield ``(depth, section)`` for this node and its descendants, pre-order.

        With ``level``, sections that do not apply to that level are skipped, with
        their children.
        """
        if level is not None and not self.applies_to(level):
            return
        yield depth, self
        for child in self.children:
            yield from child.walk(level, depth + 1)


@dataclass(frozen=True)
class Profile:
    """A regulation: the page tree (rooted at the home page) and its requirements."""

    name: str
    title_vi: str
    title_en: str
    root: Section
    requirements: tuple[Requirement, ...]
    #: The profile this one is derived from (``""`` for none), e.g. ``"nd43"``.
    based_on: str = ""
    _sections: dict = field(init=False, repr=False, compare=False)
    _requirements: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        sections = {section.key: section for _depth, section in self.root.walk()}
        object.__setattr__(self, "_sections", sections)
        object.__setattr__(
            self, "_requirements", {req.id: req for req in self.requirements}
        )

    def sections(self, level: str | None = None):
        """All sections in tree order (the home page first), optionally for a level."""
        return [section for _depth, section in self.root.walk(level)]

    def section(self, key: str) -> Section:
        return self._sections[key]

    def requirement(self, requirement_id: str) -> Requirement:
        return self._requirements[requirement_id]

    def requirements_for(self, level: str, on: datetime.date | None = None):
        """The rows for agency ``level``; with ``on``, only those in force that day."""
        return [
            req
            for req in self.requirements
            if req.applies_to(level) and req.in_force_on(on)
        ]

    def parent_of(self, key: str) -> Section | None:
        for section in self._sections.values():
            if any(child.key == key for child in section.children):
                return section
        return None


#: The profiles the package ships: name → module holding ``PROFILE``.
PROFILE_MODULES: dict[str, str] = {
    "nd43": "wagtail_nd43.rulebook.nd43",
    "nd42": "wagtail_nd43.rulebook.nd42",
}


def profile_modules() -> dict[str, str]:
    """The shipped profiles plus the site's own (the ``WAGTAIL_ND43_PROFILES``
    setting, name → module path), read at call time. Without a configured Django
    project only the shipped profiles are known."""
    modules = dict(PROFILE_MODULES)
    try:
        from django.conf import settings
    except ImportError:  # pragma: no cover - the rulebook is usable without Django
        return modules
    if settings.configured:
        from ..conf import nd43_settings

        modules.update(nd43_settings.PROFILES or {})
    return modules


def get_profile(name: str) -> Profile:
    """Return the profile called ``name`` (``KeyError`` for an unknown name)."""
    return import_module(profile_modules()[name]).PROFILE


def profile_names() -> list[str]:
    return list(profile_modules())
