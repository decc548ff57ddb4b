"""The evaluators of the checks on a section of the tree: it is live and in the
menu, it has content, its newest item is fresh, its fields and its items'
fields are filled, its translation is current.
"""

import datetime

from django.db.models import Count
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ...models.base import item_page_models
from ...rulebook import (
    FieldsFilled,
    Fresh,
    HasContent,
    InMenu,
    ItemsFilled,
    SectionLive,
    TranslationCurrent,
    Window,
)
from ..data import filled_q, has_field
from ..registry import evaluates
from ..report import (
    EMPTY,
    INCOMPLETE,
    MISSING,
    NOT_EVALUATED,
    OK,
    STALE,
    Finding,
)
from .common import (
    field_list,
    filled_finding,
    format_date,
    format_datetime,
    lists_items,
    on_section,
    page_links,
    section_absent,
)


@evaluates(SectionLive)
@on_section
def section_live(requirement, check, data, page):
    return Finding(
        requirement,
        OK,
        _("The section “%(section)s” is published.") % {"section": page.title},
        **page_links(data, page),
    )


def _body_filled(page):
    body = getattr(page, "body", None)
    return body is not None and len(body) > 0


@evaluates(HasContent)
@on_section
def has_content(requirement, check, data, page):
    count = data.items_of(check.section).count
    links = page_links(data, page)
    if _body_filled(page) or count >= check.min_items:
        return Finding(
            requirement,
            OK,
            _("The section “%(section)s” has content.") % {"section": page.title},
            **links,
        )
    takes_items = lists_items(page)
    if takes_items:
        links = page_links(data, page, add=True)
    if count:
        message = ngettext(
            "Only %(count)d item is published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            "Only %(count)d items are published in “%(section)s”; at least "
            "%(min)d are expected. Publish more.",
            count,
        ) % {"count": count, "section": page.title, "min": check.min_items}
        return Finding(requirement, INCOMPLETE, message, **links)
    if takes_items:
        message = _(
            "The section “%(section)s” is empty. Write its content or publish its "
            "first item."
        )
    else:
        message = _("The section “%(section)s” is empty. Write its content.")
    return Finding(requirement, EMPTY, message % {"section": page.title}, **links)


@evaluates(Fresh)
@on_section
def fresh(requirement, check, data, page):
    stats = data.items_of(check.section)
    links = page_links(data, page, add=lists_items(page))
    if check.window is Window.CURRENT_WEEK:
        monday = data.today - datetime.timedelta(days=data.today.weekday())
        # Published for this week: on or after the last working day before it.
        since = data.calendar.add_working_days(monday, -1)
        rule = _("one for the current week, published from %(date)s") % {
            "date": format_date(since)
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
                "date": format_date(stats.newest) if stats.newest else "?",
                "rule": rule,
            },
            **links,
        )
    return Finding(
        requirement,
        OK,
        _("Up to date: the newest item of “%(section)s” is dated %(date)s.")
        % {"section": page.title, "date": format_date(stats.newest)},
        **links,
    )


@evaluates(FieldsFilled)
@on_section
def fields_filled(requirement, check, data, page):
    what = f"“{page.title}”"
    return filled_finding(requirement, page, check.fields, what, page_links(data, page))


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
@on_section
def items_filled(requirement, check, data, page):
    links = page_links(data, page, add=True)
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
            "fields": field_list(
                models[0],
                [name for name in check.fields if name in lacking_fields],
            ),
            "section": page.title,
            "count": total - filled,
            "total": total,
        }
    return Finding(requirement, INCOMPLETE, message, **links)


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
        absent = section_absent(requirement, data, check.section)
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
            **page_links(data, page),
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
            "published": format_datetime(row["last_published_at"])
            if row["last_published_at"]
            else "?",
            "source": row["source"]["title"],
            "source_published": format_datetime(row["source"]["last_published_at"]),
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
    return Finding(requirement, OK, message, **page_links(data, page))


@evaluates(InMenu)
def in_menu(requirement, check, data):
    """Sections marked ``in_menu`` are reachable from the main menu."""
    wanted = [s for s in data.profile.sections(data.level) if s.in_menu]
    for section in wanted:
        absent = section_absent(requirement, data, section.key)
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
                **page_links(data, page),
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
