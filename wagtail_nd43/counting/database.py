"""Adding counts to the daily rows with atomic ``F()`` updates."""

from collections import defaultdict

from django.db import IntegrityError, transaction
from django.db.models import F
from wagtail.models import Page, Site

from ..models import PageViewDay, SiteVisitDay


def _add(model, field, owner, rows):
    """Add ``rows`` ({(owner_id, day): n}) to ``model``'s daily rows; return the
    total added. The caller holds a transaction; each row is one ``UPDATE … SET
    n = n + k``, or an insert when the day has no row yet."""
    added = 0
    for (owner_id, day), amount in rows.items():
        match = model.objects.filter(**{f"{owner}_id": owner_id, "day": day})
        if not match.update(**{field: F(field) + amount}):
            try:
                with transaction.atomic():
                    model.objects.create(
                        **{f"{owner}_id": owner_id, "day": day, field: amount}
                    )
            except IntegrityError:
                # Another writer created the row between our UPDATE and INSERT.
                match.update(**{field: F(field) + amount})
        added += amount
    return added


def add_counts(page_rows, site_rows):
    """Add page views and site visits; counts of pages or sites that no longer
    exist are dropped. Returns ``(views, visits, dropped)``. Two queries to find
    the existing pages and sites, then one or two per row."""
    pages = set(
        Page.objects.filter(pk__in={key[0] for key in page_rows}).values_list(
            "pk", flat=True
        )
        if page_rows
        else ()
    )
    sites = set(
        Site.objects.filter(pk__in={key[0] for key in site_rows}).values_list(
            "pk", flat=True
        )
        if site_rows
        else ()
    )
    dropped = sum(n for key, n in page_rows.items() if key[0] not in pages)
    dropped += sum(n for key, n in site_rows.items() if key[0] not in sites)
    page_rows = {key: n for key, n in page_rows.items() if key[0] in pages}
    site_rows = {key: n for key, n in site_rows.items() if key[0] in sites}
    views = _add(PageViewDay, "views", "page", page_rows)
    visits = _add(SiteVisitDay, "visits", "site", site_rows)
    return views, visits, dropped


def group_rows(pairs):
    """Sum ``((owner_id, day), n)`` pairs into a dict."""
    rows = defaultdict(int)
    for key, amount in pairs:
        rows[key] += amount
    return dict(rows)
