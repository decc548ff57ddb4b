"""One evaluator per check kind of the rulebook (``rulebook/__init__.py``),
registered against the kind's class with :func:`~.registry.evaluates`.

Each takes the requirement, its check spec and the site's :class:`SiteData`, and
returns a :class:`Finding`. They are generic: everything specific to a requirement
(which section, which fields, how fresh, how many working days) is in the spec.
"""

import datetime
import inspect

from django.apps import apps
from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models.base import item_page_models, section_page_models
from ..rulebook import (
    Deadline,
    Domain,
    FieldsFilled,
    Fresh,
    HasContent,
    InMenu,
    ItemsFilled,
    PackageSetting,
    RecordsExist,
    RecordsOnTime,
    SectionLive,
    SettingsFilled,
    TranslationCurrent,
    Window,
)
from .data import filled_q, has_field, is_filled, records_of_site
from .registry import evaluates
from .report import (
    EMPTY,
    INCOMPLETE,
    LATE,
    MISSING,
    NOT_EVALUATED,
    OK,
    STALE,
    Finding,
)


def _date(value):
    return formats.date_format(value, "d/m/Y")


def _fields(model, names):
    return get_text_list(
        [f"“{model._meta.get_field(name).verbose_name}”" for name in names],
        _("and"),
    )


def _section_title(data, key):
    page = data.sections.get(key)
    if page is not None:
        return page.title
    try:
        return data.profile.section(key).title_vi
    except KeyError:
        return key


def _section_absent(requirement, data, key):
    """A finding when the section is missing, unpublished or private; else ``None``."""
    page = data.sections.get(key)
    title = _section_title(data, key)
    if page is None:
        parent_section = data.profile.parent_of(key)
        parent = data.sections.get(parent_section.key) if parent_section else None
        parent = parent or data.home
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” does not exist. Run the scaffold "
                "(manage.py nd43_scaffold) to create it, or add it in the page tree."
            )
            % {"section": title},
            admin_url=data.add_child_url(parent),
        )
    if not page.live:
        return Finding(
            requirement,
            MISSING,
            _("The section “%(section)s” is not published. Publish it.")
            % {"section": title},
            admin_url=data.edit_page_url(page),
        )
    if data.is_restricted(page):
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” is private. Remove its privacy setting "
                "so that everyone can read it."
            )
            % {"section": title},
            admin_url=data.edit_page_url(page),
        )
    hidden = data.hidden_ancestor(page)
    if hidden is not None:
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” is under the unpublished page "
                "“%(parent)s”: visitors cannot open it. Publish “%(parent)s”."
            )
            % {"section": title, "parent": hidden},
            admin_url=data.edit_page_url(page),
        )
    return None


def _page_links(data, page, add=False):
    return {
        "evidence_url": data.public_url(page),
        "admin_url": data.add_child_url(page) if add else data.edit_page_url(page),
    }


def _lists_items(page):
    return any(model.can_create_at(page) for model in item_page_models())


@evaluates(SectionLive)
def section_live(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    return Finding(
        requirement,
        OK,
        _("The section “%(section)s” is published.") % {"section": page.title},
        **_page_links(data, page),
    )


def _body_filled(page):
    body = getattr(page, "body", None)
    return body is not None and len(body) > 0


@evaluates(HasContent)
def has_content(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    count = data.items_of(check.section).count
    links = _page_links(data, page)
    if _body_filled(page) or count >= check.min_items:
        return Finding(
            requirement,
            OK,
            _("The section “%(section)s” has content.") % {"section": page.title},
            **links,
        )
    lists_items = _lists_items(page)
    if lists_items:
        links = _page_links(data, page, add=True)
    if count:
        message = ngettext(
            "Only %(count)d item is published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            "Only %(count)d items are published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            count,
        ) % {"count": count, "section": page.title, "min": check.min_items}
        return Finding(requirement, INCOMPLETE, message, **links)
    if lists_items:
        message = _(
            "The section “%(section)s” is empty. Write its content or publish its "
            "first item."
        )
    else:
        message = _("The section “%(section)s” is empty. Write its content.")
    return Finding(requirement, EMPTY, message % {"section": page.title}, **links)


@evaluates(Fresh)
def fresh(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    stats = data.items_of(check.section)
    links = _page_links(data, page, add=_lists_items(page))
    if check.window is Window.CURRENT_WEEK:
        monday = data.today - datetime.timedelta(days=data.today.weekday())
        # Published for this week: on or after the last working day before it.
        since = data.calendar.add_working_days(monday, -1)
        rule = _("one for the current week, published from %(date)s") % {
            "date": _date(since)
        }
    else:
        days = check.window
        since = data.today - datetime.timedelta(days=days)
        rule = ngettext(
            "at least one every %(days)d day", "at least one every %(days)d days", days
        ) % {"days": days}
    if not stats.count:
        return Finding(
            requirement,
            EMPTY,
            _(
                "Nothing is published in “%(section)s”; the law asks for %(rule)s. "
                "Publish it."
            )
            % {"section": page.title, "rule": rule},
            **links,
        )
    if stats.newest is None or stats.newest < since:
        return Finding(
            requirement,
            STALE,
            _(
                "The newest item of “%(section)s” is dated %(date)s; the law asks "
                "for %(rule)s. Publish an up-to-date item."
            )
            % {
                "section": page.title,
                "date": _date(stats.newest) if stats.newest else "?",
                "rule": rule,
            },
            **links,
        )
    return Finding(
        requirement,
        OK,
        _("Up to date: the newest item of “%(section)s” is dated %(date)s.")
        % {"section": page.title, "date": _date(stats.newest)},
        **links,
    )


def _filled_finding(requirement, instance, names, what, links):
    missing = [name for name in names if not is_filled(instance, name)]
    if not missing:
        return Finding(
            requirement, OK, _("%(what)s: all filled in.") % {"what": what}, **links
        )
    status = EMPTY if len(missing) == len(names) else INCOMPLETE
    return Finding(
        requirement,
        status,
        _("Fill in %(fields)s in %(what)s.")
        % {"fields": _fields(type(instance), missing), "what": what},
        **links,
    )


def _evidence_key(requirement, data, explicit=""):
    """The key of the section where the public sees the evidence of
    ``requirement``: ``explicit`` or the section that lists it (``""``: none)."""
    if explicit:
        return explicit
    for section in data.profile.sections(data.level):
        if requirement.id in section.requirement_ids:
            return section.key
    return ""


def _evidence_page(requirement, data):
    key = _evidence_key(requirement, data)
    return data.sections.get(key) if key else None


def _evidence_hidden(requirement, data, explicit=""):
    """A failing finding when the page that shows the evidence is not visible to
    the public (the home page counts as always visible); else ``None``."""
    key = _evidence_key(requirement, data, explicit)
    if not key or key == data.profile.root.key:
        return None
    return _section_absent(requirement, data, key)


@evaluates(SettingsFilled)
def settings_filled(requirement, check, data):
    hidden = _evidence_hidden(requirement, data)
    if hidden:
        return hidden
    instance = data.setting(check.model)
    what = f"“{instance._meta.verbose_name}”"
    links = {
        "evidence_url": data.public_url(_evidence_page(requirement, data) or data.home),
        "admin_url": data.settings_url(check.model),
    }
    return _filled_finding(requirement, instance, check.fields, what, links)


@evaluates(FieldsFilled)
def fields_filled(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    what = f"“{page.title}”"
    return _filled_finding(
        requirement, page, check.fields, what, _page_links(data, page)
    )


def current_records(queryset, data):
    """Records with a term (a spokesperson's, a banner's display window) count
    only while it runs on the evaluation day: the queryset's ``active(on)`` (a
    day) or ``active(now)`` (a moment)."""
    method = getattr(queryset, "active", None)
    if method is None:
        return queryset
    if next(iter(inspect.signature(method).parameters), None) == "now":
        if data.today == timezone.localdate():
            return method()
        noon = datetime.datetime.combine(data.today, datetime.time(12))
        return method(timezone.make_aware(noon))
    return method(data.today)


@evaluates(RecordsExist)
def records_exist(requirement, check, data):
    hidden = _evidence_hidden(requirement, data, check.section)
    if hidden:
        return hidden
    model = apps.get_model(check.model)
    queryset = model._default_manager.filter(**dict(check.where))
    queryset = records_of_site(current_records(queryset, data), data.site)
    counts = queryset.aggregate(
        total=Count("pk"), complete=Count("pk", filter=filled_q(model, check.fields))
    )
    evidence = (
        data.sections.get(check.section)
        if check.section
        else _evidence_page(requirement, data)
    )
    links = {
        "evidence_url": data.public_url(evidence),
        "admin_url": data.records_url(model),
    }
    name = model._meta.verbose_name
    if counts["complete"] >= check.min_count and counts["complete"] == counts["total"]:
        return Finding(
            requirement,
            OK,
            ngettext(
                "%(count)d %(model)s recorded with the details required.",
                "%(count)d %(model)s records with the details required.",
                counts["complete"],
            )
            % {"count": counts["complete"], "model": name},
            **links,
        )
    if not counts["total"]:
        return Finding(
            requirement,
            MISSING,
            _("No current %(model)s is recorded. Add one.") % {"model": name},
            **links,
        )
    lacking = counts["total"] - counts["complete"]
    return Finding(
        requirement,
        INCOMPLETE,
        ngettext(
            "Fill in %(fields)s for the %(model)s: %(count)d record lacks them.",
            "Fill in %(fields)s for the %(model)s: %(count)d records lack them.",
            lacking,
        )
        % {
            "fields": _fields(model, check.fields),
            "model": name,
            "count": lacking,
        },
        **links,
    )


def _item_models_for(page, check):
    """The item page types listed by ``page`` that have the fields ``check`` reads."""
    names = [*check.fields, *([check.per] if check.per else [])]
    return [
        model
        for model in item_page_models()
        if model.can_create_at(page) and all(has_field(model, n) for n in names)
    ]


def _choice_labels(models, name, values):
    labels = {}
    for model in models:
        labels.update(dict(model._meta.get_field(name).flatchoices))
    return [f"“{labels.get(value, value)}”" for value in values]


@evaluates(ItemsFilled)
def items_filled(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    links = _page_links(data, page, add=True)
    models = _item_models_for(page, check)
    if not models:
        return Finding(
            requirement,
            NOT_EVALUATED,
            _(
                "Not checked: no item type of “%(section)s” records %(fields)s. "
                "Check it by hand."
            )
            % {
                "section": page.title,
                "fields": ", ".join([*check.fields, check.per]).strip(", "),
            },
            **links,
        )
    exclude = data.child_section_paths(check.section)
    total = 0
    complete = {}
    lacking_fields = []
    for model in models:
        rows = model.objects.child_of(page).live().filter(data.public_q())
        for path in exclude:
            rows = rows.exclude(path__startswith=path)
        group = [check.per] if check.per else []
        per_field = {
            f"filled_{i}": Count("pk", filter=filled_q(model, [name]))
            for i, name in enumerate(check.fields)
        }
        counts = {
            "n": Count("pk"),
            "filled": (
                Count("pk", filter=filled_q(model, check.fields))
                if check.fields
                else Count("pk")
            ),
            **per_field,
        }
        # One row per value of ``per``; without it one row in all (``values()``
        # with no field would group by every column: a row per item).
        if group:
            rows = rows.values(*group).annotate(**counts).order_by()
        else:
            rows = [rows.aggregate(**counts)]
        for row in rows:
            total += row["n"]
            key = row[check.per] if check.per else ""
            complete[key] = complete.get(key, 0) + row["filled"]
            for i, name in enumerate(check.fields):
                if row[f"filled_{i}"] < row["n"] and name not in lacking_fields:
                    lacking_fields.append(name)
    if not total:
        return Finding(
            requirement,
            EMPTY,
            _("Nothing is published in “%(section)s”. Publish its first item.")
            % {"section": page.title},
            **links,
        )
    if check.per:
        lacking = [v for v in check.values if complete.get(v, 0) < check.min_items]
        if lacking:
            return Finding(
                requirement,
                INCOMPLETE,
                _(
                    "“%(section)s” has no published item in %(values)s. Publish at "
                    "least one in each."
                )
                % {
                    "section": page.title,
                    "values": get_text_list(
                        _choice_labels(models, check.per, lacking), _("and")
                    ),
                },
                **links,
            )
        return Finding(
            requirement,
            OK,
            _("“%(section)s” has published items in each required area.")
            % {"section": page.title},
            **links,
        )
    filled = complete.get("", 0)
    if filled >= check.min_items and filled == total:
        return Finding(
            requirement,
            OK,
            ngettext(
                "%(count)d item of “%(section)s” is published with the details "
                "required.",
                "%(count)d items of “%(section)s” are published with the details "
                "required.",
                filled,
            )
            % {"count": filled, "section": page.title},
            **links,
        )
    if total < check.min_items:
        message = ngettext(
            "Only %(count)d item is published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            "Only %(count)d items are published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            total,
        ) % {"count": total, "section": page.title, "min": check.min_items}
    else:
        message = ngettext(
            "Fill in %(fields)s in the items of “%(section)s”: %(count)d of "
            "%(total)d published item lacks them.",
            "Fill in %(fields)s in the items of “%(section)s”: %(count)d of "
            "%(total)d published items lack them.",
            total - filled,
        ) % {
            "fields": _fields(
                models[0],
                [name for name in check.fields if name in lacking_fields],
            ),
            "section": page.title,
            "count": total - filled,
            "total": total,
        }
    return Finding(requirement, INCOMPLETE, message, **links)


def _item_models_under(page):
    """The item page types editors can add to section ``page`` or to the plain
    pages they can add under it (e.g. a campaign sub-page)."""
    items = [model for model in item_page_models() if model.can_create_at(page)]
    sections = section_page_models()
    plain = [
        model
        for model in page.specific_class.allowed_subpage_models()
        if model not in sections and model not in items and model.can_create_at(page)
    ]
    items += [
        model
        for model in item_page_models()
        if model not in items
        and any(parent in model.allowed_parent_page_models() for parent in plain)
    ]
    return items


def deadline_items(check, data, *filters):
    """``(pk, late)`` for each live, public item of the check's section matching
    ``filters``; ``late`` is ``None`` for an item without the date the deadline
    runs from. One query per item type the section takes."""
    page = data.sections[check.section]
    exclude = data.child_section_paths(check.section)
    for model in _item_models_under(page):
        if not has_field(model, check.date_field):
            continue
        rows = (
            model.objects.descendant_of(page).live().filter(data.public_q(), *filters)
        )
        for path in exclude:
            rows = rows.exclude(path__startswith=path)
        own = check.own_field if has_field(model, check.own_field or "-") else None
        columns = ["pk", check.date_field, "first_published_at"]
        for row in rows.values_list(*columns, *([own] if own else [])).iterator():
            pk, start, published = row[:3]
            if start is None:
                yield pk, None
                continue
            days = (
                check.own_working_days
                if own and row[3] and check.own_working_days
                else check.working_days
            )
            yield pk, _is_late(check, start, published, data, days)


def deadline_limit(check):
    """The limit of a deadline check, in words."""
    if check.hours:
        return ngettext("%(n)d hour", "%(n)d hours", check.hours) % {"n": check.hours}
    limit = ngettext("%(n)d working day", "%(n)d working days", check.working_days) % {
        "n": check.working_days
    }
    if not check.own_working_days:
        return limit
    return _("%(own)s for the agency's own documents, %(limit)s for others") % {
        "own": ngettext(
            "%(n)d working day", "%(n)d working days", check.own_working_days
        )
        % {"n": check.own_working_days},
        "limit": limit,
    }


@evaluates(Deadline)
def deadline(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    links = _page_links(data, page)
    if not any(has_field(m, check.date_field) for m in _item_models_under(page)):
        return Finding(
            requirement,
            NOT_EVALUATED,
            _(
                "Not checked yet: no item type of this section records the date "
                "the deadline runs from. Check it by hand."
            ),
            **links,
        )
    window = data.today - datetime.timedelta(
        days=_window_days(),
    )
    # From the window's first day, as a moment: compared as is, the column's index
    # serves (a ``__date`` cast would read every row).
    since = timezone.make_aware(datetime.datetime.combine(window, datetime.time.min))
    total = late = undated = 0
    first_late = None
    for pk, is_late in deadline_items(check, data, Q(first_published_at__gte=since)):
        if is_late is None:
            undated += 1
            continue
        total += 1
        if is_late:
            late += 1
            first_late = first_late or pk
    if first_late is not None:
        links["admin_url"] = data.admin_url("wagtailadmin_pages:edit", first_late)
    limit = deadline_limit(check)
    if undated:
        links["extra_notes"] = [
            ngettext(
                "%(count)d item published in the last %(days)d days does not record "
                "the date the deadline runs from; it was not checked.",
                "%(count)d items published in the last %(days)d days do not record "
                "the date the deadline runs from; they were not checked.",
                undated,
            )
            % {"count": undated, "days": _window_days()}
        ]
    if late:
        return Finding(
            requirement,
            LATE,
            ngettext(
                "%(late)d of %(total)d item published in the last %(days)d days "
                "came out later than %(limit)s. Publish new items on time.",
                "%(late)d of %(total)d items published in the last %(days)d days "
                "came out later than %(limit)s. Publish new items on time.",
                total,
            )
            % {"late": late, "total": total, "days": _window_days(), "limit": limit},
            **links,
        )
    if not total:
        return Finding(
            requirement,
            OK,
            _("No item to check: none was published in the last %(days)d days.")
            % {"days": _window_days()},
            **links,
        )
    return Finding(
        requirement,
        OK,
        ngettext(
            "%(total)d item checked: every one published within %(limit)s.",
            "%(total)d items checked: every one published within %(limit)s.",
            total,
        )
        % {"total": total, "limit": limit},
        **links,
    )


def _window_days():
    from ..conf import nd43_settings

    return nd43_settings.COMPLIANCE_DEADLINE_WINDOW_DAYS


def _is_late(check, start, published, data, working_days=None):
    if check.hours:
        if not isinstance(start, datetime.datetime):
            start = datetime.datetime.combine(start, datetime.time.max).replace(
                tzinfo=published.tzinfo
            )
        return published - start > datetime.timedelta(hours=check.hours)
    if working_days is None:
        working_days = check.working_days
    return data.calendar.working_days_between(start, published) > working_days


def _datetime(value):
    return formats.date_format(timezone.localtime(value), "H:i d/m/Y")


def _older_than_source(row):
    source = row["source"]
    if source is None or source["last_published_at"] is None:
        return False
    published = row["last_published_at"]
    return published is None or source["last_published_at"] > published


@evaluates(TranslationCurrent)
def translation_current(requirement, check, data):
    """A translation is ``stale`` when its source was published after it last was
    (see :class:`~wagtail_nd43.rulebook.TranslationCurrent`)."""
    if check.with_content:
        finding = has_content(requirement, HasContent(check.section), data)
        if finding.status != OK:
            return finding
    else:
        absent = _section_absent(requirement, data, check.section)
        if absent:
            return absent
    page = data.sections[check.section]
    translations = data.translations_under(check.section)
    if not translations:
        return Finding(
            requirement,
            NOT_EVALUATED,
            _(
                "Not checked: no page of “%(section)s” records the Vietnamese page "
                "it translates."
            )
            % {"section": page.title},
            **_page_links(data, page),
        )
    without_source = [row for row in translations if row["source"] is None]
    stale = [row for row in translations if _older_than_source(row)]
    if stale:
        row = stale[0]
        message = _(
            "The English page “%(page)s” was last published at %(published)s, "
            "before the Vietnamese page “%(source)s” was published again at "
            "%(source_published)s. Update the English page and publish it."
        ) % {
            "page": row["title"],
            "published": _datetime(row["last_published_at"])
            if row["last_published_at"]
            else "?",
            "source": row["source"]["title"],
            "source_published": _datetime(row["source"]["last_published_at"]),
        }
        if len(stale) > 1:
            message += " " + ngettext(
                "%(count)d more English page is older than its source.",
                "%(count)d more English pages are older than their sources.",
                len(stale) - 1,
            ) % {"count": len(stale) - 1}
        return Finding(
            requirement,
            STALE,
            message,
            evidence_url=data.public_url(page) if row["pk"] == page.pk else "",
            admin_url=data.admin_url("wagtailadmin_pages:edit", row["pk"]),
        )
    if without_source:
        row = without_source[0]
        return Finding(
            requirement,
            INCOMPLETE,
            _(
                "The English page “%(page)s” does not say which Vietnamese page it "
                "translates. Choose its “Vietnamese source page”."
            )
            % {"page": row["title"]},
            evidence_url=data.public_url(page) if row["pk"] == page.pk else "",
            admin_url=data.admin_url("wagtailadmin_pages:edit", row["pk"]),
        )
    row = translations[0]
    if len(translations) == 1:
        message = _(
            "Up to date: the English page “%(page)s” is newer than the Vietnamese "
            "page “%(source)s”."
        ) % {"page": row["title"], "source": row["source"]["title"]}
    else:
        message = _(
            "Up to date: each of the %(count)d English pages is newer than the "
            "Vietnamese page it translates."
        ) % {"count": len(translations)}
    return Finding(requirement, OK, message, **_page_links(data, page))


def _limit_days(check):
    if check.days_setting:
        from ..conf import nd43_settings

        return int(getattr(nd43_settings, check.days_setting))
    return check.days


@evaluates(RecordsOnTime)
def records_on_time(requirement, check, data):
    """Records (questions, consultations...) reach their end date in time; one
    query, however many records."""
    from wagtail.models import Page

    model = apps.get_model(check.model)
    queryset = model._default_manager.filter(**dict(check.where))
    if issubclass(model, Page):
        queryset = queryset.descendant_of(data.home).live()
    else:
        queryset = records_of_site(queryset, data.site)
    window = data.today - datetime.timedelta(days=_window_days())
    queryset = queryset.filter(**{f"{check.start_field}__date__gte": window})
    now = timezone.now()
    days = _limit_days(check)
    total = late = 0
    for start, end in queryset.values_list(check.start_field, check.end_field):
        if start is None or start > now:
            continue
        total += 1
        finish = end or now
        if check.working_days:
            over = (
                data.calendar.working_days_between(start, finish) > check.working_days
            )
        else:
            over = finish - start > datetime.timedelta(days=days)
        if over:
            late += 1
    name = model._meta.verbose_name_plural
    if check.working_days:
        limit = ngettext(
            "%(n)d working day", "%(n)d working days", check.working_days
        ) % {"n": check.working_days}
    else:
        limit = ngettext("%(n)d day", "%(n)d days", days) % {"n": days}
    evidence = _evidence_page(requirement, data)
    links = {
        "evidence_url": data.public_url(evidence),
        # Records managed in an admin viewset name its listing URL.
        "admin_url": data.records_url(model)
        or data.admin_url(getattr(model, "admin_index_url_name", ""))
        or (data.edit_page_url(evidence) if evidence is not None else ""),
    }
    if late:
        return Finding(
            requirement,
            LATE,
            ngettext(
                "%(late)d of %(total)d %(model)s of the last %(days)d days went past "
                "%(limit)s. Deal with them.",
                "%(late)d of %(total)d %(model)s of the last %(days)d days went past "
                "%(limit)s. Deal with them.",
                total,
            )
            % {
                "late": late,
                "total": total,
                "model": name,
                "days": _window_days(),
                "limit": limit,
            },
            **links,
        )
    if not total:
        return Finding(
            requirement,
            OK,
            _("Nothing to check: no %(model)s in the last %(days)d days.")
            % {"model": name, "days": _window_days()},
            **links,
        )
    return Finding(
        requirement,
        OK,
        ngettext(
            "%(total)d %(model)s checked: all within %(limit)s.",
            "%(total)d %(model)s checked: all within %(limit)s.",
            total,
        )
        % {"total": total, "model": name, "limit": limit},
        **links,
    )


@evaluates(InMenu)
def in_menu(requirement, check, data):
    """Sections marked ``in_menu`` are reachable from the main menu."""
    wanted = [s for s in data.profile.sections(data.level) if s.in_menu]
    for section in wanted:
        absent = _section_absent(requirement, data, section.key)
        if absent:
            return absent
        page = data.sections[section.key]
        if not page.show_in_menus:
            return Finding(
                requirement,
                MISSING,
                _(
                    "The section “%(section)s” is not in the main menu. Tick “Show "
                    "in menus” on its page."
                )
                % {"section": page.title},
                **_page_links(data, page),
            )
    return Finding(
        requirement,
        OK,
        ngettext(
            "The %(count)d main section is in the main menu.",
            "The %(count)d main sections are in the main menu.",
            len(wanted),
        )
        % {"count": len(wanted)},
        evidence_url=data.public_url(data.home),
        admin_url=data.edit_page_url(data.home),
    )


@evaluates(PackageSetting)
def package_setting(requirement, check, data):
    from ..conf import nd43_settings

    value = getattr(nd43_settings, check.name)
    setting = f"WAGTAIL_ND43_{check.name}"
    links = {
        "evidence_url": data.public_url(data.home),
        "admin_url": data.admin_url(check.admin_view) if check.admin_view else "",
    }
    if value in check.not_in:
        return Finding(
            requirement,
            MISSING,
            _(
                "The setting %(setting)s is “%(value)s”. Change it in the site's "
                "settings."
            )
            % {"setting": setting, "value": value},
            **links,
        )
    return Finding(
        requirement,
        OK,
        _("The setting %(setting)s is “%(value)s”.")
        % {"setting": setting, "value": value},
        **links,
    )


@evaluates(Domain)
def domain(requirement, check, data):
    hostname = data.site.hostname.lower().rstrip(".")
    links = {"admin_url": data.admin_url("wagtailsites:edit", data.site.pk)}
    if hostname.endswith(check.suffix):
        return Finding(
            requirement,
            OK,
            _("The site's address %(host)s ends with %(suffix)s.")
            % {"host": hostname, "suffix": check.suffix},
            **links,
        )
    return Finding(
        requirement,
        MISSING,
        _(
            "The site's address %(host)s does not end with %(suffix)s. Serve the "
            "portal under its %(suffix)s domain and set it on the site."
        )
        % {"host": hostname, "suffix": check.suffix},
        **links,
    )
