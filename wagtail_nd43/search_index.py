"""The package's site search index (issue 21): folded text of every live page in
its own table, :class:`~wagtail_nd43.models.SiteSearchEntry`, searched in tens of
milliseconds at 200,000 pages on PostgreSQL.

- **What is indexed**: for each live page (every page type, the package's or not),
  its title and the text of its other ``index.SearchField`` values, folded with
  :func:`~wagtail_nd43.search.fold_for_index` (no diacritics, ``đ`` → ``d``,
  document numbers split into words), a document's number, its tree path and date.
- **Kept up to date** on every save (publish, unpublish, scheduled expiry, edits of
  live pages; a draft revision changes nothing), on a move (the paths of the moved
  subtree), and on delete (the row goes with its page). View restrictions are read
  when searching, so a restriction added or lifted takes effect at once.
  ``manage.py nd43_search_index`` rebuilds it, e.g. after upgrading.
- **Matching**: every word of the folded query must be a word of the page's title
  or text. On PostgreSQL through the stored ``search_vector`` column and its GIN
  index (a hand-written operation of the migrations); elsewhere a word-by-word
  ``LIKE``.
- **Ranking**: an exact number or title first, then pages with every word in the
  title, then the others; newest first within each.
- **Counting** stops at ``WAGTAIL_ND43_SITE_SEARCH_MAX_COUNT`` matches.

A site that outgrows PostgreSQL sets ``WAGTAIL_ND43_SITE_SEARCH_BACKEND`` to the
alias of a Wagtail search backend (Elasticsearch/OpenSearch) configured with
:func:`elasticsearch_index_settings`.
"""

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.functional import cached_property
from wagtail.models import Page
from wagtail.search import index

from .conf import nd43_settings
from .search import fold_for_index
from .visibility import restricted_sections


#: ``WAGTAIL_ND43_SITE_SEARCH_BACKEND`` value that selects this index.
PACKAGE_BACKEND = "nd43"
#: The GIN index of ``search_vector`` (PostgreSQL; migration 0004).
VECTOR_INDEX = "nd43_site_search_vector"

#: Page fields a save may touch without changing what the index holds (saving a
#: draft revision, locking): such saves cost the index nothing.
UNINDEXED_FIELDS = frozenset(
    {
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "live_revision",
        "go_live_at",
        "expire_at",
        "alias_of",
    }
)


def search_field_text(obj, skip=()):
    """The text of ``obj``'s ``index.SearchField`` values, unfolded, except the
    fields named in ``skip``."""
    parts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in skip:
            continue
        value = field.get_value(obj)
        if isinstance(value, list | tuple):
            parts.extend(str(item) for item in value if item)
        elif value:
            parts.append(str(value))
    return " ".join(parts)


def searchable_text(page):
    """The text of ``page``'s search fields other than its title, unfolded."""
    return search_field_text(page, skip=("title", "folded_search_text"))


def page_date(page):
    """The date a page is listed under: its own (issued, published...) or the
    day it was last published."""
    date = getattr(page, "listing_date", None)
    if date:
        return date
    return page.last_published_at.date() if page.last_published_at else None


def entry_values(page):
    """The index row of (specific) ``page``, as field values."""
    from .models import SiteSearchEntry

    number = getattr(page, "number", "")
    return SiteSearchEntry(
        page_id=page.pk,
        path=page.path,
        title=fold_for_index(page.title),
        text=fold_for_index(searchable_text(page)),
        number=fold_for_index(number) if isinstance(number, str) else "",
        date=page_date(page),
    )


def _indexable(page):
    return page.live and page.depth > 1


def update_page(page):
    """Write ``page``'s row as the database holds the page now, or remove it when
    the page is not live."""
    from .models import SiteSearchEntry

    if not _indexable(page):
        SiteSearchEntry.objects.filter(page_id=page.pk).delete()
        return
    entry = entry_values(page)
    fields = ["path", "title", "text", "number", "date"]
    SiteSearchEntry.objects.update_or_create(
        page_id=page.pk, defaults={name: getattr(entry, name) for name in fields}
    )


def page_saved(
    sender, instance, created=False, raw=False, update_fields=None, **kwargs
):
    """``post_save`` of every page type: re-read the saved row (a draft revision
    keeps unpublished text on the instance) and index it. A page just created as a
    draft has no row to write or remove."""
    if raw or not isinstance(instance, Page) or (created and not instance.live):
        return
    if update_fields is not None and set(update_fields) <= UNINDEXED_FIELDS:
        return
    page = Page.objects.filter(pk=instance.pk).first()
    if page is None:
        return
    update_page(page.specific)


def page_moved(sender, instance, **kwargs):
    """``post_page_move``: the moved page and its descendants have new paths."""
    from .models import SiteSearchEntry

    path = Page.objects.values_list("path", flat=True).get(pk=instance.pk)
    SiteSearchEntry.objects.filter(page__path__startswith=path).update(
        path=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1])
    )


def rebuild(batch_size=1000, stdout=None):
    """Empty the index and write a row for every live page, ``batch_size`` pages
    (one query per page type present) at a time. Returns the number of rows."""
    from .models import SiteSearchEntry

    SiteSearchEntry.objects.all().delete()
    ids = list(
        Page.objects.live()
        .filter(depth__gt=1)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    written = 0
    for start in range(0, len(ids), batch_size):
        pages = Page.objects.filter(pk__in=ids[start : start + batch_size]).specific()
        rows = [entry_values(page) for page in pages]
        SiteSearchEntry.objects.bulk_create(rows, batch_size=batch_size)
        written += len(rows)
        if stdout is not None:
            stdout.write(f"{written}/{len(ids)}\n")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Rows written in bulk wait in the GIN index's pending list, which
            # every search then reads through (+50% on a 5-word query at
            # 200,000 pages): merge them into the index now.
            cursor.execute(
                "SELECT gin_clean_pending_list(c.oid) FROM pg_class c "
                "WHERE c.relname = %s AND c.relkind = 'i'",
                [VECTOR_INDEX],
            )
            cursor.execute(
                f"ANALYZE {connection.ops.quote_name(SiteSearchEntry._meta.db_table)}"
            )
    return written


# ---- Searching ----------------------------------------------------------------


def _vector_match(words, weight=""):
    """PostgreSQL: the stored vector holds every word (of the title: weight A).
    ``words`` are ``[0-9a-z]+`` (folded), so they are safe tsquery operands."""
    from .models import SiteSearchEntry

    table = connection.ops.quote_name(SiteSearchEntry._meta.db_table)
    query = " & ".join(f"{word}{weight}" for word in words)
    # The table name comes from the model; the query is a parameter.
    return RawSQL(  # noqa: S611
        f"{table}.search_vector @@ to_tsquery('simple', %s)",
        [query],
        output_field=BooleanField(),
    )


def _words_in(field, words):
    """Other databases: every word is a whole word of ``field``."""
    q = Q()
    for word in words:
        q &= Q(**{f"{field}__contains": f" {word} "})
    return q


def search_entries(query, site=None, request=None):
    """Index rows matching every word of ``query`` (folded), in the live pages of
    ``site`` outside view restrictions, best first."""
    from .models import SiteSearchEntry

    words = fold_for_index(query).split()
    entries = SiteSearchEntry.objects.all()
    if not words:
        return entries.none()
    if site is not None:
        entries = entries.filter(path__startswith=site.root_page.path)
    for path, _depth in restricted_sections(request):
        entries = entries.exclude(path__startswith=path)
    phrase = " ".join(words)
    exact = Q(number=phrase) | Q(title=phrase)
    if connection.vendor == "postgresql":
        entries = entries.filter(_vector_match(words))
        in_title = _vector_match(words, ":A")
    else:
        entries = entries.alias(
            _title=Concat(Value(" "), F("title"), Value(" "), output_field=TextField()),
            _text=Concat(Value(" "), F("text"), Value(" "), output_field=TextField()),
        ).filter(_words_in("_title", words) | _words_in("_text", words))
        in_title = _words_in("_title", words)
    return (
        entries.only("page")
        .alias(
            rank=Case(
                When(exact, then=Value(0)),
                When(in_title, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", F("date").desc(nulls_last=True), "-pk")
    )


class CappedCountPaginator(Paginator):
    """A paginator that counts at most ``cap`` results: the count of a search
    matching half the site costs as much as the search itself."""

    def __init__(self, *args, cap=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.cap = cap if cap is not None else nd43_settings.SITE_SEARCH_MAX_COUNT

    @cached_property
    def found(self):
        """Matches counted: at most ``cap + 1``."""
        return self.object_list[: self.cap + 1].count()

    @cached_property
    def count(self):
        return min(self.found, self.cap)

    @property
    def capped(self):
        """More results exist than were counted."""
        return self.found > self.cap


# ---- Elasticsearch / OpenSearch ------------------------------------------------

#: Letters and digits, and "/" or "-" inside a word: "43/2011/NĐ-CP" is one token.
_BETWEEN_TOKENS = r"[^\p{L}\p{N}/\-]+"


def _analyzer(*, index_time):
    filters = ["nd43_number_parts"]
    if index_time:
        # word_delimiter_graph makes a token graph; an index needs it flat.
        filters.append("flatten_graph")
    return {
        "type": "custom",
        "char_filter": ["nd43_stroked_d"],
        "tokenizer": "nd43_words_and_numbers",
        "filter": [*filters, "lowercase", "asciifolding"],
    }


def elasticsearch_index_settings():
    """``INDEX_SETTINGS`` for Wagtail's Elasticsearch (7–9) and OpenSearch (2–3)
    backends that fold Vietnamese the way :func:`~wagtail_nd43.search.fold` does:
    no diacritics, ``đ`` → ``d``, lowercase, and a document number such as
    ``43/2011/NĐ-CP`` kept whole (``43/2011/nd-cp``) besides its parts (``43``,
    ``2011``, ``nd``, ``cp``), so both the number and its parts are found.

    They become the index's ``default`` and ``default_search`` analyzers, which
    Wagtail's mapping leaves every text field to, and the backend's own
    ``ngram``/``edgengram`` analyzers (autocomplete) fold ``đ`` too::

        WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "wagtail.search.backends.elasticsearch8",
                "URLS": ["https://search.example.gov.vn:9200"],
                "INDEX": "cong-thong-tin",
                "INDEX_SETTINGS": elasticsearch_index_settings(),
            }
        }
        WAGTAIL_ND43_SITE_SEARCH_BACKEND = "default"

    Then run ``manage.py update_index``.
    """
    return {
        "settings": {
            "analysis": {
                "char_filter": {
                    "nd43_stroked_d": {
                        "type": "mapping",
                        "mappings": ["đ => d", "Đ => D"],
                    }
                },
                "tokenizer": {
                    "nd43_words_and_numbers": {
                        "type": "pattern",
                        "pattern": _BETWEEN_TOKENS,
                    }
                },
                "filter": {
                    "nd43_number_parts": {
                        "type": "word_delimiter_graph",
                        "preserve_original": True,
                        "split_on_case_change": False,
                        "split_on_numerics": False,
                        "stem_english_possessive": False,
                    }
                },
                "analyzer": {
                    "default": _analyzer(index_time=True),
                    "default_search": _analyzer(index_time=False),
                    "ngram_analyzer": {
                        "type": "custom",
                        "char_filter": ["nd43_stroked_d"],
                        "tokenizer": "standard",
                        "filter": ["asciifolding", "lowercase", "ngram"],
                    },
                    "edgengram_analyzer": {
                        "type": "custom",
                        "char_filter": ["nd43_stroked_d"],
                        "tokenizer": "standard",
                        "filter": ["asciifolding", "lowercase", "edgengram"],
                    },
                },
            }
        }
    }
