"""Issue 16: no input reaches a 500. Every public GET parameter of every public page
and route, and every path converter, gets hostile and generated values (Hypothesis);
the answer is never a 5xx. Runs on SQLite and, with ``DATABASE_URL``, PostgreSQL
(which refuses NUL bytes in text and integers past 2³¹). Methods a page does not
answer get a 405."""

import re
from urllib.parse import quote

from django.test import TestCase
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from wagtail_nd43 import public_input
from wagtail_nd43.models import LegalDocumentPage, WorkScheduleMixin

from .factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LeaderFactory,
    LegalDocumentPageFactory,
)
from .hostile_inputs import HOSTILE, PARAMETERS
from .public_urls import public_urls
from .test_participation import ParticipationSiteMixin


VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.integers().map(str),
    st.from_regex(r"-?[0-9]{1,40}", fullmatch=True),
)

_GROUP = re.compile(r"\(\?P<(\w+)>([^)]*)\)")
_CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
_CONVERTER_REGEX = {"int": "[0-9]+", "str": "[^/]+", "slug": "[-a-zA-Z0-9_]+"}


def parameterised_routes(home):
    """``(page url, route pattern, {name: regex})`` for every route of a public
    routable page that takes path values."""
    routes = []
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    for page in pages.specific():
        if not isinstance(page, RoutablePageMixin):
            continue
        for pattern in page.get_subpage_urls():
            text = str(pattern.pattern).lstrip("^").rstrip("$")
            groups = dict(_GROUP.findall(text))
            for converter, name in _CONVERTER.findall(text):
                groups[name] = _CONVERTER_REGEX.get(converter or "str", "[^/]+")
            if groups:
                routes.append((page.url, text, groups))
    return routes


def fill_route(text, values):
    text = _GROUP.sub(lambda m: quote(values[m.group(1)], safe=""), text)
    return _CONVERTER.sub(lambda m: quote(values[m.group(2)], safe=""), text)


class FuzzSiteMixin(ParticipationSiteMixin):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from .utils import section_page

        documents = section_page(cls.home, "van-ban")
        LegalDocumentPageFactory(
            parent=documents,
            title="Quyết định ban hành quy chế",
            document_type=DocumentTypeFactory(),
            issuing_body=IssuingBodyFactory(),
        )
        LeaderFactory()
        cls.schedule = next(
            page
            for page in Page.objects.live().descendant_of(cls.home).specific()
            if isinstance(page, WorkScheduleMixin)
        )
        cls.urls = public_urls(cls.home)
        cls.routes = parameterised_routes(cls.home)

    def assert_no_5xx(self, url, data=None):
        response = self.client.get(url, data or {})
        self.assertLess(response.status_code, 500, f"{url} {data!r}")
        return response


class HostileValuesTest(FuzzSiteMixin, TestCase):
    def test_the_site_has_pages_routes_and_documents(self):
        self.assertGreater(len(self.urls), 30)
        self.assertTrue(LegalDocumentPage.objects.live().exists())
        self.assertTrue(any("tuan" in route for _url, route, _groups in self.routes))

    def test_every_hostile_value_in_every_parameter_of_every_url(self):
        for url in self.urls:
            for value in HOSTILE:
                self.assert_no_5xx(url, dict.fromkeys(PARAMETERS, value))

    def test_the_reported_inputs(self):
        schedule = self.schedule.url
        documents = LegalDocumentPage.objects.live().first().get_parent().url
        services = [url for url in self.urls if "dich-vu-cong" in url] or self.urls
        search = reverse("wagtail_nd43:search")
        cases = [
            (search, {"q": '"abc'}),
            (search, {"q": 'say "hi'}),
            (search, {"q": "\x00"}),
            (services[0], {"sector": "\x00"}),
            (services[0], {"field": "\x00"}),
            (documents, {"year": "10000"}),
            (schedule + "tuan/0001-01/", {}),
            (schedule + "tuan/9999-52/in/", {}),
            (schedule + "tuan/0000-00/", {}),
            (schedule + "ical/99999999999999999999/", {}),
        ]
        for url, data in cases:
            with self.subTest(url=url, data=data):
                response = self.assert_no_5xx(url, data)
                self.assertIn(response.status_code, (200, 404))

    def test_out_of_range_weeks_are_not_found(self):
        schedule = self.schedule.url
        for week in ("0001-01", "9999-52", "2026-54", "2025-53", "0000-00"):
            with self.subTest(week=week):
                response = self.client.get(f"{schedule}tuan/{week}/")
                self.assertEqual(response.status_code, 404)
        self.assertEqual(self.client.get(f"{schedule}tuan/2026-53/").status_code, 200)

    def test_other_methods_on_pages_and_forms_are_refused(self):
        urls = [self.ask_url, self.lookup_url, self.consultations.url, self.home.url]
        for url in urls:
            for method in ("put", "delete", "patch"):
                with self.subTest(url=url, method=method):
                    response = getattr(self.client, method)(url)
                    self.assertEqual(response.status_code, 405)
                    self.assertIn("POST", response["Allow"])
        search = reverse("wagtail_nd43:search")
        self.assertEqual(self.client.put(search + "?q=a").status_code, 405)


class GeneratedValuesTest(FuzzSiteMixin, HypothesisTestCase):
    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def test_generated_query_values(self, data):
        url = data.draw(st.sampled_from(self.urls))
        params = data.draw(
            st.dictionaries(st.sampled_from(PARAMETERS), VALUES, min_size=1, max_size=4)
        )
        self.assert_no_5xx(url, params)

    @settings(
        max_examples=100,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def test_generated_path_values(self, data):
        url, route, groups = data.draw(st.sampled_from(self.routes))
        values = {
            name: data.draw(
                st.one_of(
                    st.from_regex(f"^{regex}$", fullmatch=True),
                    st.from_regex(r"^[0-9]{1,30}$", fullmatch=True),
                )
                .map(lambda value: value.replace("/", ""))
                .filter(bool)
            )
            for name, regex in groups.items()
        }
        self.assert_no_5xx(url + fill_route(route, values))


class NormalisationTest(TestCase):
    def test_clean_query(self):
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        query.setlist("q", ["a\x00b\u202ec", "x" * 10_000])
        cleaned = public_input.clean_query(query)
        self.assertEqual(cleaned.getlist("q")[0], "a bc")
        self.assertEqual(len(cleaned.getlist("q")[1]), public_input.MAX_VALUE_LENGTH)
        self.assertFalse(cleaned._mutable)

    def test_numbers_years_and_weeks(self):
        self.assertEqual(public_input.int_in_range("42", 1, 100), 42)
        for raw in ("0", "101", "²", "٣", "-1", "1e2", " ", None, "9" * 50):
            self.assertIsNone(public_input.int_in_range(raw, 1, 100), raw)
        self.assertEqual(public_input.year("2026"), 2026)
        self.assertIsNone(public_input.year("10000"))
        self.assertIsNone(public_input.iso_week_monday("2025", "53"))
        self.assertEqual(str(public_input.iso_week_monday("2026", "53")), "2026-12-28")

    def test_search_text_drops_query_syntax(self):
        self.assertEqual(public_input.search_text('say "hi'), "say hi")
        self.assertEqual(
            public_input.search_text("Nghị định 43/2011/NĐ-CP (sửa đổi)*"),
            "Nghị định 43/2011/NĐ-CP sửa đổi",
        )
