"""The evaluators of the checks on records and their dates: records exist and
are current, items are published within their deadline, records (questions,
consultations) reach their end date in time.
"""

import datetime
import inspect

from django.apps import apps
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ...models.base import item_page_models, section_page_models
from ...rulebook import (
    Deadline,
    RecordsExist,
    RecordsOnTime,
)
from ..data import filled_q, has_field, records_of_site
from ..registry import evaluates
from ..report import (
    INCOMPLETE,
    LATE,
    MISSING,
    NOT_EVALUATED,
    OK,
    Finding,
)
from .common import (
    evidence_hidden,
    evidence_page,
    field_list,
    on_section,
    page_links,
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
    hidden = evidence_hidden(requirement, data, check.section)
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
        else evidence_page(requirement, data)
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
            "fields": field_list(model, check.fields),
            "model": name,
            "count": lacking,
        },
        **links,
    )


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
@on_section
def deadline(requirement, check, data, page):
    links = page_links(data, page)
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
    from ...conf import nd43_settings

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


def _limit_days(check):
    if check.days_setting:
        from ...conf import nd43_settings

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
    evidence = evidence_page(requirement, data)
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
