"""The legal documents listing reads its filters' choices (document types, issuing
bodies, fields, years) once per listing version (issue 21): a page view with warm
caches does not query them, and a new type, a document of a new year or a view
restriction shows at once."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from wagtail_nd43.models import DocumentType, LegalDocumentsPage

from .factories import DocumentTypeFactory, LegalDocumentPageFactory
from .utils import default_site


def document(section, issued):
    return LegalDocumentPageFactory(
        parent=section, issued_date=issued, effective_date=issued
    )


class ListingChoicesTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.section = LegalDocumentsPage(title="Văn bản", slug="van-ban")
        default_site().root_page.add_child(instance=cls.section)
        cls.first = document(cls.section, datetime.date(2021, 3, 1))

    def setUp(self):
        cache.clear()

    def get(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self.section.get_url())
        self.assertEqual(response.status_code, 200)
        return response, " ".join(q["sql"] for q in queries.captured_queries)

    def test_a_warm_page_view_does_not_read_the_choices(self):
        _, sql = self.get()
        self.assertIn(f'FROM "{DocumentType._meta.db_table}"', sql)
        response, sql = self.get()
        self.assertNotIn(f'FROM "{DocumentType._meta.db_table}"', sql)
        self.assertNotIn('issued_date" ASC LIMIT', sql)
        self.assertEqual(response.context["years"], [2021])

    def test_a_new_type_and_a_new_year_show_at_once(self):
        self.get()
        DocumentTypeFactory(name="Loại văn bản mới")
        document(self.section, datetime.date(2024, 5, 1))
        response, _ = self.get()
        self.assertContains(response, "Loại văn bản mới")
        self.assertEqual(response.context["years"], [2024, 2023, 2022, 2021])

    def test_a_view_restriction_changes_the_years_at_once(self):
        newer = document(self.section, datetime.date(2023, 5, 1))
        response, _ = self.get()
        self.assertEqual(response.context["years"], [2023, 2022, 2021])
        PageViewRestriction.objects.create(
            page=newer, restriction_type=PageViewRestriction.LOGIN
        )
        response, _ = self.get()
        self.assertEqual(response.context["years"], [2021])
