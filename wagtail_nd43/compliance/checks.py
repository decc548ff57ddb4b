"""One evaluator per check kind of the rulebook (``rulebook/__init__.py``).

Each takes the requirement, its check spec and the site's :class:`SiteData`, and
returns a :class:`Finding`. They are generic: everything specific to a requirement
(which section, which fields, how fresh, how many working days) is in the spec.
"""

import datetime

from django.apps import apps
from django.db.models import Count
from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models.base import item_page_models
from .data import filled_q, has_field, is_filled, site_lookup
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


CURRENT_WEEK = "current-week"


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
    return None


def _page_links(data, page, add=False):
    return {
        "evidence_url": data.public_url(page),
        "admin_url": data.add_child_url(page) if add else data.edit_page_url(page),
    }


def _lists_items(page):
    return any(model.can_create_at(page) for model in item_page_models())


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


def fresh(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    stats = data.items_of(check.section)
    links = _page_links(data, page, add=_lists_items(page))
    if check.window == CURRENT_WEEK:
        monday = data.today - datetime.timedelta(days=data.today.weekday())
        # Published for this week: on or after the last working day before it.
        since = data.calendar.add_working_days(monday, -1)
        rule = _("one for the current week, published from %(date)s") % {
            "date": _date(since)
        }
    else:
        days = int(check.window)
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


def settings_filled(requirement, check, data):
    instance = data.setting(check.model)
    what = f"“{instance._meta.verbose_name}”"
    links = {
        "evidence_url": data.public_url(_evidence_page(requirement, data) or data.home),
        "admin_url": data.settings_url(check.model),
    }
    return _filled_finding(requirement, instance, check.fields, what, links)


def fields_filled(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    what = f"“{page.title}”"
    return _filled_finding(
        requirement, page, check.fields, what, _page_links(data, page)
    )


def _evidence_page(requirement, data):
    for section in data.profile.sections(data.level):
        if requirement.id in section.requirement_ids:
            return data.sections.get(section.key)
    return None


def records_exist(requirement, check, data):
    model = apps.get_model(check.model)
    queryset = model._default_manager.filter(**dict(check.where))
    lookup = site_lookup(model)
    if lookup:
        queryset = queryset.filter(**{lookup: data.site})
    counts = queryset.aggregate(
        total=Count("pk"), complete=Count("pk", filter=filled_q(model, check.fields))
    )
    links = {
        "evidence_url": data.public_url(_evidence_page(requirement, data)),
        "admin_url": data.records_url(model),
    }
    name = model._meta.verbose_name
    if counts["complete"] >= check.min_count:
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
            _("No %(model)s is recorded. Add one.") % {"model": name},
            **links,
        )
    return Finding(
        requirement,
        INCOMPLETE,
        _("Fill in %(fields)s for the %(model)s.")
        % {"fields": _fields(model, check.fields), "model": name},
        **links,
    )


def deadline(requirement, check, data):
    absent = _section_absent(requirement, data, check.section)
    if absent:
        return absent
    page = data.sections[check.section]
    links = _page_links(data, page)
    models = [m for m in item_page_models() if has_field(m, check.date_field)]
    if not models:
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
    exclude = data.child_section_paths(check.section)
    # From the window's first day, as a moment: compared as is, the column's index
    # serves (a ``__date`` cast would read every row).
    since = timezone.make_aware(datetime.datetime.combine(window, datetime.time.min))
    total = late = 0
    for model in models:
        rows = (
            model.objects.descendant_of(page)
            .live()
            .filter(
                first_published_at__gte=since,
                **{f"{check.date_field}__isnull": False},
            )
        )
        for path in exclude:
            rows = rows.exclude(path__startswith=path)
        for start, published in rows.values_list(
            check.date_field, "first_published_at"
        ).iterator():
            total += 1
            if _is_late(check, start, published, data):
                late += 1
    if check.hours:
        limit = ngettext("%(n)d hour", "%(n)d hours", check.hours) % {"n": check.hours}
    else:
        limit = ngettext(
            "%(n)d working day", "%(n)d working days", check.working_days
        ) % {"n": check.working_days}
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


def _is_late(check, start, published, data):
    if check.hours:
        if not isinstance(start, datetime.datetime):
            start = datetime.datetime.combine(start, datetime.time.max).replace(
                tzinfo=published.tzinfo
            )
        return published - start > datetime.timedelta(hours=check.hours)
    return data.calendar.working_days_between(start, published) > check.working_days


EVALUATORS = {
    "section_live": section_live,
    "has_content": has_content,
    "fresh": fresh,
    "settings_filled": settings_filled,
    "fields_filled": fields_filled,
    "records_exist": records_exist,
    "deadline": deadline,
}
