"""How fast the legal documents section and the site search answer as the site
grows to 100,000 documents and 100,000 other pages (issue 21).

Builds a scaffolded site in a throwaway database and bulk-creates N legal documents
with realistic Vietnamese numbers and summaries under "Văn bản", and M news
articles under "Tin tức" (Page rows with computed tree paths through
``bulk_create``, then the page type's rows in batches: minutes, not hours, for
100,000), then builds the site search index (``nd43_search_index``). Then it
times, through Django's test client:

(a) the unfiltered listing, (b) a filtered listing (type + year + status),
(c) a folded keyword search in the listing (the folded ``search_text`` column), and
(d) the site search page (the package's index: a keyword, a document number, and a
broad two-word query matching about half the site);

and, query only, the listing's database work, the same keyword search through the
folded column, through the site search index and (unless ``--no-wagtail-search``)
through Wagtail's database search backend after indexing the documents in it.
Prints median and p95 milliseconds and the query count of each request, with the
commit and the date.

    python bench/bench_legal.py --documents 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python bench/bench_legal.py
    python bench/bench_legal.py --documents 1000000 --pages 1000000 --keepdb

CI runs it at smoke size (``--documents 2000 --rounds 5``).
"""

import argparse
import datetime
import io
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

from migrated_db import create_test_database


ROOT = Path(__file__).resolve().parent.parent

KINDS = [
    # (type name, symbol, issuer, share)
    ("Quyết định", "QĐ-UBND", "Ủy ban nhân dân tỉnh", 40),
    ("Công văn", "UBND-KT", "Ủy ban nhân dân tỉnh", 20),
    ("Kế hoạch", "KH-UBND", "Ủy ban nhân dân tỉnh", 10),
    ("Thông báo", "TB-VP", "Ủy ban nhân dân tỉnh", 8),
    ("Nghị quyết", "NQ-HĐND", "Hội đồng nhân dân tỉnh", 6),
    ("Chỉ thị", "CT-UBND", "Ủy ban nhân dân tỉnh", 4),
    ("Thông tư", "TT-BTTTT", "Bộ Thông tin và Truyền thông", 6),
    ("Nghị định", "NĐ-CP", "Chính phủ", 5),
    ("Luật", "QH15", "Quốc hội", 1),
]
ACTIONS = [
    "Ban hành Quy chế",
    "Quy định",
    "Phê duyệt",
    "Về việc triển khai",
    "Sửa đổi, bổ sung một số điều của Quy chế",
    "Hướng dẫn thực hiện",
    "Công bố danh mục thủ tục hành chính về",
    "Về việc tăng cường",
]
SUBJECTS = [
    "quản lý, vận hành Cổng thông tin điện tử",
    "bảo đảm an toàn thông tin mạng",
    "cung cấp thông tin và dịch vụ công trực tuyến",
    "chuyển đổi số",
    "cải cách hành chính",
    "phát triển hạ tầng viễn thông thụ động",
    "quản lý hoạt động báo chí, xuất bản",
    "công tác thi đua, khen thưởng",
    "thực hiện cơ chế một cửa, một cửa liên thông",
    "ứng dụng công nghệ thông tin trong cơ quan nhà nước",
    "phòng, chống tham nhũng, lãng phí",
    "quản lý tài chính, tài sản công",
]
SCOPES = [
    "trên địa bàn tỉnh",
    "của các cơ quan nhà nước tỉnh",
    "giai đoạn 2021–2025",
    "năm {year}",
    "tại các xã, phường, thị trấn",
    "đối với doanh nghiệp bưu chính, viễn thông",
]


#: The folded keyword search of (c) and (d).
KEYWORD = "quyet dinh chuyen doi so"
#: Two words in about half of the titles.
BROAD = "quyet dinh"


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()


def build_site():
    from django.core.management import call_command

    from wagtail_nd43.models import LegalDocumentsPage

    call_command("migrate", verbosity=0)
    call_command("nd43_scaffold", "--level", "so", stdout=io.StringIO())
    return LegalDocumentsPage.objects.get()


def documents_data(count, rng):
    """Realistic values for ``count`` documents, oldest first."""
    weights = [kind[3] for kind in KINDS]
    start = datetime.date(2005, 1, 1)
    span = (datetime.date(2025, 12, 31) - start).days
    numbers = {}
    rows = []
    for n in range(count):
        issued = start + datetime.timedelta(days=int(span * n / max(count, 1)))
        type_name, symbol, issuer, _ = rng.choices(KINDS, weights)[0]
        key = (issued.year, symbol)
        numbers[key] = numbers.get(key, 0) + 1
        if symbol.endswith(("CP", "UBND", "HĐND", "BTTTT", "QH15")) and (
            type_name not in ("Công văn", "Kế hoạch")
        ):
            number = f"{numbers[key]}/{issued.year}/{symbol}"
        else:
            number = f"{numbers[key]}/{symbol}"
        summary = " ".join(
            (
                rng.choice(ACTIONS),
                rng.choice(SUBJECTS),
                rng.choice(SCOPES).format(year=issued.year),
            )
        )
        effective = issued + datetime.timedelta(days=rng.choice((0, 10, 15, 45)))
        expiry = (
            effective + datetime.timedelta(days=365 * rng.randint(1, 5))
            if type_name == "Kế hoạch"
            else None
        )
        rows.append(
            {
                "type": type_name,
                "issuer": issuer,
                "number": number,
                "title": f"{type_name} số {number} {summary[0].lower()}{summary[1:]}",
                "summary": summary + ".",
                "issued": issued,
                "effective": effective,
                "expiry": expiry,
            }
        )
    return rows


def bulk_create(section, count, seed=43, batch=2000):
    """Create ``count`` live documents under ``section`` without per-page saves."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Locale, Page

    from wagtail_nd43.models import (
        DocumentType,
        IssuingBody,
        LegalDocumentPage,
        LegalDocumentRelation,
        LegalField,
    )
    from wagtail_nd43.search import fold

    rng = random.Random(seed)
    types = {t.name: t.pk for t in DocumentType.objects.all()}
    issuers = {b.name: b.pk for b in IssuingBody.objects.all()}
    fields = list(LegalField.objects.values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(LegalDocumentPage)
    locale = Locale.get_default()
    now = timezone.now()
    table = LegalDocumentPage._meta.db_table
    columns = [
        "page_ptr_id",
        "document_type_id",
        "issuing_body_id",
        "number",
        "issued_date",
        "effective_date",
        "expiry_date",
        "summary",
        "is_own_issuance",
        "national_db_url",
        "body",
        "search_text",
    ]
    placeholders = ", ".join(["%s"] * len(columns))
    # Table and column names come from the model, values are parameters.
    insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"  # noqa: S608
    m2m = LegalDocumentPage._meta.get_field("fields").remote_field.through
    first_child = section.numchild
    data = documents_data(count, rng)
    created = []
    with transaction.atomic():
        for offset in range(0, count, batch):
            chunk = data[offset : offset + batch]
            pages = []
            for index, row in enumerate(chunk, start=offset + first_child + 1):
                slug = f"{slugify(fold(row['number']))}-{index}"
                pages.append(
                    Page(
                        title=row["title"],
                        draft_title=row["title"],
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(section.path, section.depth + 1, index),
                        depth=section.depth + 1,
                        numchild=0,
                        url_path=f"{section.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                    )
                )
            pages = Page.objects.bulk_create(pages)
            values = []
            for page, row in zip(pages, chunk, strict=True):
                text = fold(
                    " ".join(
                        (row["number"], row["title"], row["summary"], row["type"])
                        + (row["issuer"],)
                    )
                )
                values.append(
                    (
                        page.pk,
                        types[row["type"]],
                        issuers[row["issuer"]],
                        row["number"],
                        row["issued"],
                        row["effective"],
                        row["expiry"],
                        row["summary"],
                        row["issuer"] == "Ủy ban nhân dân tỉnh",
                        "",
                        json.dumps([]),
                        text,
                    )
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert, values)
            m2m.objects.bulk_create(
                m2m(legaldocumentpage_id=page.pk, legalfield_id=rng.choice(fields))
                for page in pages
            )
            created.extend(page.pk for page in pages)
        Page.objects.filter(pk=section.pk).update(numchild=first_child + count)
        # One in twenty documents replaces or amends an older one.
        relations = [
            LegalDocumentRelation(
                page_id=created[i],
                target_id=created[rng.randrange(0, i)],
                kind=rng.choice(("replaces", "amends", "guides")),
                sort_order=0,
            )
            for i in range(1, len(created), 20)
        ]
        LegalDocumentRelation.objects.bulk_create(relations)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return created


ARTICLE_TOPICS = [
    "Hội nghị trực tuyến về",
    "Tập huấn",
    "Kiểm tra công tác",
    "Sơ kết 6 tháng thực hiện",
    "Tổng kết năm về",
    "Hội thảo khoa học về",
]


def create_articles(count, seed=44, batch=2000):
    """Create ``count`` live news articles under the news section, through the
    model's own fields (robust to column changes), without per-page saves."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from wagtail_nd43.models import ArticlePage, SectionPage

    if count < 1:
        return 0
    rng = random.Random(seed)
    section = SectionPage.objects.filter(requirement_key="tin-tuc-su-kien").first()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    now = timezone.now()
    fields = list(ArticlePage._meta.local_concrete_fields)
    table = ArticlePage._meta.db_table
    quote = connection.ops.quote_name
    insert = (
        f"INSERT INTO {quote(table)} ({', '.join(quote(f.column) for f in fields)}) "  # noqa: S608
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    first_child = section.numchild
    start = datetime.date(2005, 1, 1)
    with transaction.atomic():
        for offset in range(0, count, batch):
            pages, articles = [], []
            for index in range(offset, min(count, offset + batch)):
                title = " ".join(
                    (
                        rng.choice(ARTICLE_TOPICS),
                        rng.choice(SUBJECTS),
                        rng.choice(SCOPES).format(year=2005 + index % 21),
                    )
                )
                position = first_child + index + 1
                slug = f"tin-{position}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(section.path, section.depth + 1, position),
                        depth=section.depth + 1,
                        numchild=0,
                        url_path=f"{section.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                    )
                )
            pages = Page.objects.bulk_create(pages)
            for page in pages:
                article = ArticlePage(
                    page_ptr_id=page.pk,
                    date=start + datetime.timedelta(days=rng.randrange(0, 7600)),
                    lead=f"{page.title}. {rng.choice(ACTIONS)} {rng.choice(SUBJECTS)}.",
                    body=[],
                )
                articles.append(
                    [
                        f.get_db_prep_save(getattr(article, f.attname), connection)
                        for f in fields
                    ]
                )
            with connection.cursor() as cursor:
                cursor.executemany(insert, articles)
        Page.objects.filter(pk=section.pk).update(numchild=first_child + count)
    return count


def build_search_index():
    """The site search index of every live page, as ``nd43_search_index`` builds it."""
    from wagtail_nd43.search_index import rebuild

    return rebuild(batch_size=2000)


def existing_site(count, articles=None):
    """The section of a kept database holding ``count`` documents (and
    ``articles`` articles), else ``None``."""
    from django.core.management import call_command
    from django.db.utils import DatabaseError

    from wagtail_nd43.models import LegalDocumentPage, LegalDocumentsPage

    try:
        call_command("migrate", verbosity=0)
        section = LegalDocumentsPage.objects.first()
    except DatabaseError:
        return None
    if section is None:
        return None
    if LegalDocumentPage.objects.child_of(section).count() != count:
        return None
    if articles is not None:
        from wagtail_nd43.models import ArticlePage

        if ArticlePage.objects.count() != articles:
            return None
    return section


def index_documents(section):
    """Index the documents in Wagtail's search backend, in batches."""
    from wagtail.search.backends import get_search_backend

    from wagtail_nd43.models import LegalDocumentPage

    backend = get_search_backend()
    index = backend.get_index_for_model(LegalDocumentPage)
    queryset = LegalDocumentPage.objects.child_of(section).order_by("pk")
    ids = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(ids), 2000):
        batch = list(
            LegalDocumentPage.objects.filter(pk__in=ids[start : start + 2000])
            .select_related("document_type", "issuing_body", "signer")
            .prefetch_related("fields")
        )
        index.add_items(LegalDocumentPage, batch)
    if hasattr(index, "refresh"):
        index.refresh()


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]


def timed(rounds, function):
    function()  # warm up
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def bench_requests(section):
    """The requests timed end to end: name → (path, GET parameters)."""
    from django.urls import reverse

    from wagtail_nd43.models import DocumentType

    decision = DocumentType.objects.get(name="Quyết định").pk
    url = section.url
    search = reverse("wagtail_nd43:search")
    return {
        "(a) listing": (url, {}),
        "(a) listing, page 50": (url, {"page": 50}),
        "(b) filtered listing": (
            url,
            {"type": decision, "year": 2019, "status": "in-effect"},
        ),
        "(c) keyword in listing": (url, {"q": KEYWORD}),
        "(c) number in listing": (url, {"q": "15/2019/qd-ubnd"}),
        "(d) site search": (search, {"q": KEYWORD}),
        "(d) site search, number": (search, {"q": "15/2019/qd-ubnd"}),
        "(d) site search, broad": (search, {"q": BROAD}),
    }


def profile(section):
    """Print each query of each request (after a warm-up) with its time."""
    from django.db import connection
    from django.test import Client

    client = Client()
    for name, (path, params) in bench_requests(section).items():
        client.get(path, params)
        queries = []

        def timed_execute(execute, sql, params_, many, context, queries=queries):
            started = time.perf_counter()
            try:
                return execute(sql, params_, many, context)
            finally:
                queries.append(((time.perf_counter() - started) * 1000, sql))

        started = time.perf_counter()
        with connection.execute_wrapper(timed_execute):
            client.get(path, params)
        total = (time.perf_counter() - started) * 1000
        in_db = sum(ms for ms, _ in queries)
        print(
            f"\n{name}: {total:.1f} ms, {len(queries)} queries, {in_db:.1f} ms in SQL"
        )
        for ms, sql in queries:
            print(f"  {ms:7.2f} ms  {' '.join(sql.split())[:300]}")


def measure(section, rounds, wagtail_search):
    from django.db import connection
    from django.test import Client

    from wagtail_nd43.models import LegalDocumentPage
    from wagtail_nd43.search import fold_for_index, fold_terms

    client = Client()
    url = section.url
    keyword = KEYWORD
    requests = bench_requests(section)
    results = {}
    for name, (path, params) in requests.items():

        def get(path=path, params=params):
            response = client.get(path, params)
            assert response.status_code == 200, (path, response.status_code)

        queries = []
        with connection.execute_wrapper(
            lambda execute, sql, *args, queries=queries: (
                queries.append(sql) or execute(sql, *args)
            )
        ):
            get()
        results[name] = (timed(rounds, get), len(queries))

    from django.test import RequestFactory

    factory = RequestFactory()
    for name, params in (
        ("query: listing page 1", {}),
        ("query: filtered page 1", requests["(b) filtered listing"][1]),
    ):

        def listing(params=params):
            # The database work of the listing, count uncached.
            items = section.get_items(factory.get(url, params))
            items.count()
            list(items[:20])

        results[name] = (timed(rounds, listing), 3)

    documents = LegalDocumentPage.objects.child_of(section).live()

    def folded_column():
        queryset = documents
        for term in fold_terms(keyword):
            queryset = queryset.filter(search_text__contains=term)
        queryset = queryset.order_by("-issued_date", "-pk")
        queryset.count()
        list(queryset[:20])

    results["query: folded column"] = (timed(rounds, folded_column), 2)

    from wagtail.models import Site

    from wagtail_nd43.search_index import CappedCountPaginator, search_entries

    site = Site.objects.get(is_default_site=True)

    def site_search_index():
        paginator = CappedCountPaginator(search_entries(keyword, site), 20)
        list(paginator.get_page(1).object_list)

    results["query: site search index"] = (timed(rounds, site_search_index), 2)
    if wagtail_search:

        def backend():
            found = documents.search(fold_for_index(keyword), operator="and")
            found.count()
            list(found[:20])

        results["query: Wagtail search backend"] = (timed(rounds, backend), 2)
    return results


def commit():
    """The commit measured (with "+" when the tree has changes), or "?"."""
    import shutil
    import subprocess

    git = shutil.which("git")
    if git is None:
        return "?"

    def run(*args):
        return subprocess.run(  # noqa: S603 (fixed arguments)
            [git, "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        head = run("rev-parse", "--short", "HEAD")
        dirty = run("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return head + ("+" if dirty else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument(
        "--pages",
        type=int,
        default=None,
        help="News articles besides the documents (default: as many as documents).",
    )
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument(
        "--no-wagtail-search",
        action="store_true",
        help="Skip indexing the documents in Wagtail's search backend.",
    )
    parser.add_argument(
        "--keepdb",
        action="store_true",
        help="Keep the benchmark database, and reuse it when it already holds "
        "--documents documents (to compare code changes on the same data).",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="Also print every query of each request with its time.",
    )
    args = parser.parse_args()
    if args.pages is None:
        args.pages = args.documents
    if args.documents < 1 or args.rounds < 1 or args.pages < 0:
        parser.error("--documents and --rounds must be ≥ 1, --pages ≥ 0")
    setup_django()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    db = connection.vendor
    creation = connection.creation
    original_name = connection.settings_dict["NAME"]
    if args.keepdb:
        creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=True, serialize=False
        )
    else:
        create_test_database()
    try:
        section = existing_site(args.documents, args.pages) if args.keepdb else None
        if section is None:
            if args.keepdb:
                creation.destroy_test_db(original_name, verbosity=0)
                create_test_database()
            section = build_site()
            started = time.perf_counter()
            bulk_create(section, args.documents)
            create_articles(args.pages)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            built = time.perf_counter() - started
            print(
                f"created {args.documents} documents and {args.pages} articles "
                f"in {built:.1f} s"
            )
        else:
            print(f"reusing the {args.documents} documents of the kept database")
        section.refresh_from_db()
        from wagtail.models import Page

        from wagtail_nd43.models import SiteSearchEntry

        live = Page.objects.live().filter(depth__gt=1).count()
        if SiteSearchEntry.objects.count() != live:
            started = time.perf_counter()
            build_search_index()
            print(
                f"built the site search index of {live} pages in "
                f"{time.perf_counter() - started:.1f} s"
            )
        if args.profile:
            profile(section)
        if not args.no_wagtail_search:
            started = time.perf_counter()
            index_documents(section)
            print(
                f"indexed them in Wagtail search in {time.perf_counter() - started:.1f} s"
            )
        results = measure(section, args.rounds, not args.no_wagtail_search)
    finally:
        if not args.keepdb:
            creation.destroy_test_db(original_name, verbosity=0)
    print(
        f"database: {db}; documents: {args.documents}; other pages: {args.pages}; "
        f"rounds: {args.rounds}; commit: {commit()}; "
        f"date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    )
    print(f"{'request':34} {'median ms':>10} {'p95 ms':>10} {'queries':>8}")
    for name, (values, queries) in results.items():
        print(
            f"{name:34} {statistics.median(values):10.1f} "
            f"{percentile(values, 0.95):10.1f} {queries:8d}"
        )


if __name__ == "__main__":
    main()
