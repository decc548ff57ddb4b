"""``nd43_check --render``: the pages are opened as an anonymous visitor and what
the findings rest on must be on them (issue 14)."""

from django.test import TestCase

from wagtail_nd43.compliance import OK, evaluate
from wagtail_nd43.compliance.render import Renderer, verify_rendered, visible_text
from wagtail_nd43.models import Spokesperson

from .compliance_fixture import fill_site
from .utils import check_json, default_site, footer_dropped, scaffold_site, section_page


def failing(data):
    return {f["requirement"]: f for f in data["findings"] if f["status"] not in ("ok",)}


class RenderTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        scaffold_site("so")
        fill_site(default_site())

    def test_a_filled_site_passes_when_rendered(self):
        code, data = check_json("--render")
        required = {
            rid: f["message"]
            for rid, f in failing(data).items()
            if f["severity"] == "required" and f["status"] != "not_evaluated"
        }
        self.assertEqual(required, {})
        self.assertEqual(code, 0)

    def test_every_current_spokesperson_is_looked_for_on_the_page(self):
        report = verify_rendered(evaluate(default_site()))
        spokesperson = next(f for f in report.findings if f.id == "ND244-3.3")
        self.assertEqual(spokesperson.status, OK)
        page = section_page(
            default_site().root_page, "thong-tin-bao-chi.nguoi-phat-ngon"
        )
        _status, text = Renderer(default_site()).get(spokesperson.evidence_url)
        self.assertIn(page.title, text)
        for person in Spokesperson.objects.active():
            for value in (person.full_name, person.phone, person.email):
                self.assertIn(value, text)

    def test_unpublishing_the_spokesperson_page_fails_naming_it(self):
        page = section_page(
            default_site().root_page, "thong-tin-bao-chi.nguoi-phat-ngon"
        )
        page.unpublish()
        code, data = check_json("--render")
        self.assertEqual(code, 1)
        self.assertIn(page.title, failing(data)["ND244-3.3"]["message"])

    def test_expiring_every_term_fails(self):
        Spokesperson.objects.update(active_to="2020-12-31")
        code, data = check_json("--render")
        self.assertEqual(code, 1)
        self.assertEqual(failing(data)["ND244-3.3"]["status"], "missing")

    def test_a_theme_that_drops_the_footer_fails_the_footer_requirements(self):
        """In the database everything is filled; on the pages it is not shown."""
        with footer_dropped():
            plain = {f.id: f.status for f in evaluate(default_site()).findings}
            rendered = verify_rendered(evaluate(default_site()))
        for rid in ("TT32-16.3c", "CV412-7"):
            with self.subTest(rid):
                self.assertEqual(plain[rid], OK)
                finding = next(f for f in rendered.findings if f.id == rid)
                self.assertEqual(finding.status, "missing")
                self.assertIn("http://localhost/", finding.message)

    def test_one_request_per_evidence_page(self):
        renderer = Renderer(default_site())
        requests = []
        fetch = renderer.client.get
        renderer.client.get = lambda *a, **k: requests.append(a[0]) or fetch(*a, **k)
        report = verify_rendered(evaluate(default_site()), renderer=renderer)
        urls = {f.evidence_url for f in report.findings if f.evidence_url}
        self.assertEqual(len(requests), len(set(requests)))
        self.assertLessEqual(set(renderer.pages), urls | {"http://localhost/"})
        self.assertGreater(len(requests), 10)


class VisibleTextTest(TestCase):
    def test_tags_scripts_and_entities(self):
        markup = (
            "<html><head><title>x</title></head><body><p>L&ecirc; Thu <b>H&agrave;</b>"
            "</p><script>var hidden = 'ẩn';</script></body></html>"
        )
        self.assertEqual(visible_text(markup), "Lê Thu Hà")
