"""Break tests generated from the rulebook (issue 14).

A scaffolded site is filled so that every required finding passes; then its
content is broken one way at a time — the section unpublished, made private, moved
out of the site, its parent unpublished, its content emptied, back-dated, a field
blanked, a file deleted, a record expired — and the checker must flag the
requirement that rests on it, and nothing that does not. Every break runs in a
savepoint that is rolled back, so the site is built once per level.

The breaks are derived from each requirement's check specification, so a row added
to the rulebook is broken without a new test; :class:`BreakCoverageTest` fails when
a required requirement has no break.
"""

import datetime
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.db import models, transaction
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from wagtail_nd43.compliance import FAILING, evaluate
from wagtail_nd43.compliance.data import SiteData, freshness_field, has_field
from wagtail_nd43.models.base import item_page_models
from wagtail_nd43.rulebook import (
    CURRENT_WEEK,
    REQUIRED,
    SO,
    UBND_TINH,
    Deadline,
    FieldsFilled,
    Fresh,
    HasContent,
    InMenu,
    ItemsFilled,
    RecordsExist,
    RecordsOnTime,
    SettingsFilled,
    TranslationCurrent,
    get_profile,
    profile_names,
)

from .compliance_fixture import fill_site
from .utils import default_site, scaffold_site


#: The levels a site is built at, and the requirements each class breaks: every
#: requirement at ``so``; at the province only those ``so`` does not have. Every
#: required requirement applies at one of them (``BreakCoverageTest``).
TESTED_LEVELS = (SO, UBND_TINH)


@dataclass
class Break:
    """One way of breaking the content: ``apply(world)`` changes the database;
    every requirement in ``must_fail`` must then fail, and no requirement outside
    ``may_fail`` may start failing."""

    label: str
    apply: object
    must_fail: set
    may_fail: set = field(default_factory=set)

    def __post_init__(self):
        self.may_fail = set(self.may_fail) | set(self.must_fail)


class World:
    """The built site, as the breaks see it: its profile, level, home page and
    section pages (by key)."""

    def __init__(self, profile, level):
        self.profile = profile
        self.level = level
        self.site = default_site()
        self.home = self.site.root_page
        data = SiteData(self.site, profile, level)
        self.section_pks = {key: page.pk for key, page in data.sections.items()}
        self.today = timezone.localdate()

    def section(self, key):
        return Page.objects.get(pk=self.section_pks[key]).specific

    def items(self, key):
        """(model, queryset) of the live item pages directly under section ``key``."""
        page = self.section(key)
        return [
            (model, model.objects.child_of(page).live())
            for model in item_page_models()
            if model.can_create_at(page) and model.objects.child_of(page).exists()
        ]


# ---- What a requirement reads ------------------------------------------------------


def evidence_section(profile, level, requirement):
    for section in profile.sections(level):
        if requirement.id in section.requirement_ids:
            return section.key
    return ""


def sections_read(profile, level, requirement):
    """The section keys a requirement's finding depends on being visible."""
    check = requirement.check
    keys = set()
    if isinstance(check, InMenu):
        return {s.key for s in profile.sections(level) if s.in_menu}
    if getattr(check, "section", ""):
        keys.add(check.section)
    if isinstance(check, (RecordsExist, SettingsFilled)):
        key = getattr(check, "section", "") or evidence_section(
            profile, level, requirement
        )
        if key and key != profile.root.key:
            keys.add(key)
    return keys


def under(profile, key):
    """Section ``key`` and the keys of the sections below it."""
    return {s.key for _depth, s in profile.section(key).walk()}


def requirements_at(profile, level):
    """The checked requirements of ``level`` in force today (as the checker
    evaluates them)."""
    return [
        r
        for r in profile.requirements_for(level, on=timezone.localdate())
        if r.check is not None
    ]


def required(requirement):
    return requirement.severity == REQUIRED


# ---- Mutations ---------------------------------------------------------------------


def blank_value(model, name):
    """What ``name`` holds when an editor empties it (``None`` for nullable
    fields, ``""`` for text); ``KeyError`` when it cannot be emptied."""
    model_field = model._meta.get_field(name)
    if model_field.null:
        return None
    if isinstance(model_field, (models.CharField, models.TextField)):
        return ""
    if model_field.get_internal_type() == "StreamField" or hasattr(
        model_field, "stream_block"
    ):
        return []
    raise KeyError(name)


def unpublish(key):
    def apply(world):
        world.section(key).unpublish()

    return apply


def restrict(key):
    def apply(world):
        PageViewRestriction.objects.create(
            page=world.section(key),
            restriction_type=PageViewRestriction.PASSWORD,
            password="mat-khau",
        )

    return apply


def move_out_of_site(key):
    def apply(world):
        elsewhere = Page.get_first_root_node().add_child(
            instance=Page(title="Trang nháp bên ngoài", slug="ben-ngoai")
        )
        world.section(key).move(elsewhere, pos="last-child")

    return apply


def empty_section(key):
    """Blank the section's own text and unpublish every item it lists."""

    def apply(world):
        page = world.section(key)
        if hasattr(page, "body"):
            type(page).objects.filter(pk=page.pk).update(body="[]")
        for _model, items in world.items(key):
            for item in items:
                item.unpublish()

    return apply


def back_date(key, days):
    """Date every item of the section ``days`` days ago."""

    def apply(world):
        past = world.today - datetime.timedelta(days=days)
        for model, items in world.items(key):
            name = freshness_field(model)
            value = past
            if model._meta.get_field(name).get_internal_type() == "DateTimeField":
                value = timezone.make_aware(
                    datetime.datetime.combine(past, datetime.time(9))
                )
            model.objects.filter(pk__in=items.values("pk")).update(**{name: value})

    return apply


def blank_item_field(key, name, everywhere=False):
    """Blank ``name`` on one item of the section (or on all of them)."""

    def apply(world):
        for model, items in world.items(key):
            if not has_field(model, name):
                continue
            pks = list(items.values_list("pk", flat=True))
            if not everywhere:
                pks = pks[:1]
            model.objects.filter(pk__in=pks).update(**{name: blank_value(model, name)})

    return apply


def remove_items_of(key, name, value):
    """Unpublish the section's items whose ``name`` is ``value``."""

    def apply(world):
        for model, items in world.items(key):
            if has_field(model, name):
                for item in items.filter(**{name: value}):
                    item.unpublish()

    return apply


def blank_page_field(key, name):
    def apply(world):
        page = world.section(key)
        type(page).objects.filter(pk=page.pk).update(
            **{name: blank_value(type(page), name)}
        )

    return apply


def blank_setting(label, name):
    def apply(world):
        model = apps.get_model(label)
        model.objects.filter(site=world.site).update(**{name: blank_value(model, name)})

    return apply


def records(world, check):
    model = apps.get_model(check.model)
    queryset = model._default_manager.all()
    return model, queryset


def blank_records(check, name):
    def apply(world):
        model, queryset = records(world, check)
        queryset.update(**{name: blank_value(model, name)})

    return apply


def delete_records(check):
    def apply(world):
        records(world, check)[1].delete()

    return apply


def expire_records(check):
    """End every record's term yesterday."""

    def apply(world):
        records(world, check)[1].update(
            active_to=world.today - datetime.timedelta(days=1)
        )

    return apply


def unmatch_records(check, name, value):
    """Make every record stop matching ``name == value`` (e.g. unpublish a
    spokesperson, make the head of the board a plain member)."""

    def apply(world):
        model, queryset = records(world, check)
        model_field = model._meta.get_field(name)
        if isinstance(value, bool):
            other = not value
        else:
            other = next(c for c, _label in model_field.choices if c != value)
        queryset.update(**{name: other})

    return apply


def publish_late(check):
    """Move the date a deadline runs from far enough back that every item of the
    section came out late."""

    def apply(world):
        for model, items in world.items(check.section):
            if not has_field(model, check.date_field):
                continue
            for pk, published in items.values_list("pk", "first_published_at"):
                # An item made without a publishing date counts as published now.
                published = published or timezone.now()
                model.objects.filter(pk=pk).update(first_published_at=published)
                start = published - datetime.timedelta(
                    days=3 * max(check.working_days, check.own_working_days) + 14,
                    hours=check.hours + 1,
                )
                if model._meta.get_field(check.date_field).get_internal_type() == (
                    "DateField"
                ):
                    start = timezone.localtime(start).date()
                model.objects.filter(pk=pk).update(**{check.date_field: start})

    return apply


def overdue_record(check):
    """A record received long ago and never dealt with (its test factory makes
    the rest of it)."""
    from . import factories

    def apply(world):
        model = apps.get_model(check.model)
        make = getattr(factories, f"{model.__name__}Factory")
        record = make(**dict(check.where))
        start = timezone.now() - datetime.timedelta(days=60)
        model._default_manager.filter(pk=record.pk).update(
            **{check.start_field: start, check.end_field: None}
        )

    return apply


def hide_from_menu(key):
    def apply(world):
        Page.objects.filter(pk=world.section_pks[key]).update(show_in_menus=False)

    return apply


def republish_source(key):
    """The Vietnamese page an English page translates is published again after it."""

    def apply(world):
        source_key = world.profile.section(key).translates
        source = world.section(source_key)
        Page.objects.filter(pk=source.pk).update(
            last_published_at=timezone.now() + datetime.timedelta(hours=1)
        )

    return apply


# ---- Breaks, from the rulebook --------------------------------------------------


def blankable(models_, name):
    """Whether an editor can empty ``name`` on every one of ``models_`` that has
    it (a non-null field without a blank value is kept by the database itself)."""
    found = False
    for model in models_:
        if not has_field(model, name):
            continue
        found = True
        try:
            blank_value(model, name)
        except KeyError:
            return False
    return found


def item_models_of(profile, key):
    """The item page types editors can add to section ``key``."""
    section_model = apps.get_model(profile.section(key).page_type)
    return [
        m for m in section_model.allowed_subpage_models() if m in item_page_models()
    ]


def related_record_models(label):
    """The models whose rows go with a row of ``label`` when it is deleted."""
    model = apps.get_model(label)
    return {
        rel.related_model._meta.label
        for rel in model._meta.related_objects
        if rel.on_delete is models.CASCADE
    }


def protected(label):
    """Whether rows of ``label`` cannot be deleted while others point at them
    (a unit with contact persons): no editor can break the site that way."""
    model = apps.get_model(label)
    return any(rel.on_delete is models.PROTECT for rel in model._meta.related_objects)


def reading(profile, level, predicate):
    """The ids of the requirements at ``level`` for which ``predicate(r)``."""
    return {r.id for r in requirements_at(profile, level) if predicate(r)}


def touching(profile, level, keys, required_only=False):
    """The requirements whose finding rests on a section among ``keys``, with the
    translations of a page among them (hiding a source may flag them)."""

    def predicate(r):
        if required_only:
            return required(r) and sections_read(profile, level, r) & keys
        return sections_read(profile, level, r) & keys or (
            isinstance(r.check, TranslationCurrent)
            and profile.section(r.check.section).translates in keys
        )

    return reading(profile, level, predicate)


def section_breaks(profile, level):
    """Per section: unpublished, and (for a subsection) its parent unpublished;
    per top-level section also private and moved out of the site (a subsection
    is hidden the same way by its parent's privacy or move, which is tested)."""
    breaks = []
    for section in profile.sections(level):
        if section.key == profile.root.key:
            continue
        keys = under(profile, section.key)
        must = touching(profile, level, keys, required_only=True)
        if not must:
            continue
        affected = touching(profile, level, keys)
        ways = [("unpublished", unpublish)]
        if profile.parent_of(section.key) == profile.root:
            ways += [("private", restrict), ("moved out of the site", move_out_of_site)]
        for label, action in ways:
            breaks.append(
                Break(f"{section.key}: {label}", action(section.key), must, affected)
            )
        parent = profile.parent_of(section.key)
        if parent is not None and parent.key != profile.root.key:
            breaks.append(
                Break(
                    f"{section.key}: parent {parent.key} unpublished",
                    unpublish(parent.key),
                    must,
                    touching(profile, level, under(profile, parent.key)),
                )
            )
    return breaks


def sharing_setting(profile, level, label, name):
    """The required requirements that read field ``name`` of setting ``label``."""

    def predicate(r):
        return (
            required(r)
            and isinstance(r.check, SettingsFilled)
            and r.check.model == label
            and name in r.check.fields
        )

    return reading(profile, level, predicate)


def same_section(profile, level, key):
    return reading(profile, level, lambda r: getattr(r.check, "section", "") == key)


def content_breaks(profile, level, requirement):
    """The breaks of the content one requirement reads."""
    check = requirement.check
    rid = {requirement.id}
    if isinstance(check, HasContent):
        yield Break(
            f"{rid}: emptied",
            empty_section(check.section),
            rid,
            same_section(profile, level, check.section),
        )
    elif isinstance(check, Fresh):
        days = 14 if check.window is CURRENT_WEEK else check.window + 2
        yield Break(
            f"{requirement.id}: back-dated {days} days",
            back_date(check.section, days),
            rid,
            same_section(profile, level, check.section),
        )
    elif isinstance(check, ItemsFilled):
        section_reqs = same_section(profile, level, check.section)
        yield Break(
            f"{requirement.id}: items unpublished",
            empty_section(check.section),
            rid,
            section_reqs,
        )
        for name in check.fields:
            if not blankable(item_models_of(profile, check.section), name):
                continue
            yield Break(
                f"{requirement.id}: one item without {name}",
                blank_item_field(check.section, name),
                rid,
                section_reqs,
            )
        for value in check.values:
            yield Break(
                f"{requirement.id}: no item in {value}",
                remove_items_of(check.section, check.per, value),
                rid,
                section_reqs,
            )
    elif isinstance(check, FieldsFilled):
        for name in check.fields:
            if not blankable(
                [apps.get_model(profile.section(check.section).page_type)], name
            ):
                continue
            yield Break(
                f"{requirement.id}: {name} blanked",
                blank_page_field(check.section, name),
                rid,
                same_section(profile, level, check.section),
            )
    elif isinstance(check, SettingsFilled):
        for name in check.fields:
            if not blankable([apps.get_model(check.model)], name):
                continue
            yield Break(
                f"{requirement.id}: setting {name} blanked",
                blank_setting(check.model, name),
                sharing_setting(profile, level, check.model, name),
            )
    elif isinstance(check, RecordsExist):
        gone_with = {check.model, *related_record_models(check.model)}
        same_model = reading(
            profile,
            level,
            lambda r: isinstance(r.check, RecordsExist) and r.check.model in gone_with,
        )
        if not protected(check.model):
            yield Break(
                f"{requirement.id}: records deleted",
                delete_records(check),
                rid,
                same_model,
            )
        for name in check.fields:
            if not blankable([apps.get_model(check.model)], name):
                continue
            yield Break(
                f"{requirement.id}: {name} blanked on the records",
                blank_records(check, name),
                rid,
                same_model,
            )
        for name, value in check.where:
            yield Break(
                f"{requirement.id}: no record with {name}={value}",
                unmatch_records(check, name, value),
                rid,
                same_model,
            )
        model = apps.get_model(check.model)
        if hasattr(model._default_manager.all(), "active"):
            yield Break(
                f"{requirement.id}: every term ended yesterday",
                expire_records(check),
                rid,
                same_model,
            )
    elif isinstance(check, Deadline):
        yield Break(
            f"{requirement.id}: published after the deadline",
            publish_late(check),
            rid,
            same_section(profile, level, check.section),
        )
    elif isinstance(check, RecordsOnTime):
        yield Break(
            f"{requirement.id}: a record left unanswered for 60 days",
            overdue_record(check),
            rid,
        )
    elif isinstance(check, InMenu):
        for section in profile.sections(level):
            if section.in_menu:
                yield Break(
                    f"{requirement.id}: {section.key} not in the menu",
                    hide_from_menu(section.key),
                    rid,
                )
    elif isinstance(check, TranslationCurrent):
        yield Break(
            f"{requirement.id}: source published again after the translation",
            republish_source(check.section),
            rid,
        )


def breaks_for(profile, level, only=None):
    """Every break of the site at ``level``; with ``only``, the breaks whose
    ``must_fail`` meets it (and with ``must_fail`` cut to it)."""
    found = section_breaks(profile, level)
    for requirement in requirements_at(profile, level):
        if required(requirement):
            found += list(content_breaks(profile, level, requirement))
    if only is None:
        return found
    kept = []
    for item in found:
        if item.must_fail & only:
            item.must_fail = item.must_fail & only
            kept.append(item)
    return kept


def only_at(profile, level):
    """The required requirements a level's test breaks: all at the first tested
    level, then those the levels before it do not have."""
    index = TESTED_LEVELS.index(level)
    earlier = set()
    for other in TESTED_LEVELS[:index]:
        earlier |= {r.id for r in requirements_at(profile, other)}
    return {r.id for r in requirements_at(profile, level) if required(r)} - earlier


# ---- The tests ---------------------------------------------------------------------


class BreaksMixin:
    profile_name = "nd43"
    level = SO

    @classmethod
    def setUpTestData(cls):
        cls.profile = get_profile(cls.profile_name)
        scaffold_site(cls.level, profile=cls.profile_name)
        fill_site(default_site())

    def failing(self):
        report = evaluate(default_site(), profile=self.profile)
        return {f.id: f for f in report.findings if f.status in FAILING}

    def test_the_filled_site_passes(self):
        failing = {
            rid: (f.status, str(f.message))
            for rid, f in self.failing().items()
            if f.required
        }
        self.assertEqual(failing, {})

    def test_each_break_flags_its_requirement_and_nothing_else(self):
        only = only_at(self.profile, self.level)
        baseline = set(self.failing())
        breaks = breaks_for(self.profile, self.level, only)
        self.assertTrue(breaks)
        for item in breaks:
            with self.subTest(item.label), transaction.atomic():
                item.apply(World(self.profile, self.level))
                failing = self.failing()
                transaction.set_rollback(True)
                for rid in item.must_fail:
                    self.assertIn(rid, failing, f"{rid} not flagged by {item.label}")
                unexpected = set(failing) - baseline - item.may_fail
                self.assertEqual(unexpected, set(), item.label)


class BreaksAtDepartmentTest(BreaksMixin, TestCase):
    level = SO


@pytest.mark.exhaustive  # the department's breaks again, at the province's level
class BreaksAtProvinceTest(BreaksMixin, TestCase):
    level = UBND_TINH


class BreakCoverageTest(TestCase):
    """Every required requirement of every profile, at every level it applies to
    among the tested ones, is broken by at least one break."""

    def test_every_required_requirement_has_a_break(self):
        for name in profile_names():
            profile = get_profile(name)
            covered = set()
            applicable = set()
            for level in TESTED_LEVELS:
                applicable |= {
                    r.id for r in requirements_at(profile, level) if required(r)
                }
                for item in breaks_for(profile, level):
                    covered |= item.must_fail
            with self.subTest(profile=name):
                self.assertEqual(applicable - covered, set())

    def test_every_checked_requirement_applies_at_a_tested_level(self):
        for name in profile_names():
            profile = get_profile(name)
            for requirement in profile.requirements:
                if requirement.check is None or not required(requirement):
                    continue
                with self.subTest(profile=name, requirement=requirement.id):
                    self.assertTrue(requirement.levels & set(TESTED_LEVELS))
