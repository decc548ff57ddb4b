"""Create thousands of live item pages fast, for query-count tests and benchmarks.

``Page.add_child`` saves one page (and its tree bookkeeping) at a time; here the
materialised paths are computed directly and both tables of the multi-table page
model are filled with batched inserts. The pages are exactly what ``add_child``
would make for the fields given (no revisions, no search index entries).
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page


def bulk_create_pages(parent, model, count, batch_size=2000, **fields):
    """Add ``count`` live ``model`` pages under ``parent``; return how many.

    ``fields`` may hold callables taking the page's number. Titles and slugs are
    numbered unless given.
    """
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) if last else 0
    now = timezone.now()
    base_fields = {f.attname for f in Page._meta.concrete_fields}
    own_fields = [
        f for f in model._meta.local_concrete_fields if f.attname != "page_ptr_id"
    ]
    with transaction.atomic():
        for offset in range(0, count, batch_size):
            numbers = range(offset, min(count, offset + batch_size))
            pages, rows = [], []
            for number in numbers:
                values = {
                    name: value(number) if callable(value) else value
                    for name, value in fields.items()
                }
                slug = values.pop("slug", f"bulk-{start + number + 1}")
                title = values.pop("title", f"Trang số {number}")
                path = parent.path + Page._int2str(start + number + 1).rjust(
                    Page.steplen, "0"
                )
                page = Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=path,
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=values.pop("first_published_at", now),
                    last_published_at=now,
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                    **{k: v for k, v in values.items() if k in base_fields},
                )
                pages.append(page)
                rows.append({k: v for k, v in values.items() if k not in base_fields})
            Page.objects.bulk_create(pages)
            if not pages[0].pk:  # backends that return no ids (none we support)
                raise RuntimeError("bulk_create did not set primary keys")
            children = []
            for page, values in zip(pages, rows, strict=True):
                child = model(page_ptr_id=page.pk, **values)
                for field in own_fields:
                    if field.attname not in values and field.has_default():
                        setattr(child, field.attname, field.get_default())
                children.append(child)
            model._base_manager._insert(
                children,
                fields=[model._meta.get_field("page_ptr"), *own_fields],
            )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    return count


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)
