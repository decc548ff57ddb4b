"""Property tests: whatever arrives at the two public forms, the site answers
200/400 (never 500) and stores no markup."""

from django.core.cache import cache
from django.test import override_settings
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from wagtail_nd43.models import ConsultationComment, Question
from wagtail_nd43.participation.security import has_markup
from wagtail_nd43.rulebook import SO

from .factories import ConsultationPageFactory
from .test_pages import fill_identity
from .test_participation import comment_data, question_data
from .utils import default_site, scaffold_site, section_page


PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<svg/onload=alert(1)>",
    '"><iframe src=javascript:alert(1)>',
    "<!--",
    "<![CDATA[<b>x</b>]]>",
    "{{ request }}{% debug %}",
    "=CMD|' /C calc'!A0",
    "' OR 1=1; DROP TABLE wagtail_nd43_question; --",
    "\x00\x01\x1b[31m",
    "\u202eevil\u202c",
    "Z̴̡͖̈́a̸̛͍l̵̙͑g̶̱̈o̵͎̾",
    "\U0001f600\U0001f1fb\U0001f1f3",
    "\ufeff\u200b\u200d",
    "ﷺ" * 50,
]

#: Arbitrary Unicode text (surrogates cannot travel in UTF-8), markup, and mixes.
ODD_TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300),
    st.sampled_from(PAYLOADS),
    st.lists(
        st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=20)), max_size=8
    ).map("".join),
)
#: Far beyond every maximum length.
OVERSIZED = st.builds(lambda text, n: (text or "x") * n, ODD_TEXT, st.integers(1, 3000))
FIELD_VALUE = st.one_of(ODD_TEXT, OVERSIZED)

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@override_settings(WAGTAIL_ND43_PARTICIPATION_RATE_LIMIT=0)
class FormFuzzTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        site = default_site()
        fill_identity(site)
        cls.home = scaffold_site(SO)
        cls.ask_url = section_page(cls.home, "hoi-dap").url + "gui-cau-hoi/"
        cls.consultation = ConsultationPageFactory(
            parent=section_page(cls.home, "lay-y-kien")
        )

    def assert_clean(self, objects, fields):
        for item in objects:
            for name in fields:
                value = getattr(item, name)
                self.assertFalse(has_markup(value), f"{name} stored markup: {value!r}")
                self.assertNotIn("\x00", value)

    @FUZZ
    @given(
        full_name=FIELD_VALUE,
        email=st.one_of(st.just("nguoi.gui@example.vn"), FIELD_VALUE),
        phone=st.one_of(st.just(""), FIELD_VALUE),
        address=FIELD_VALUE,
        title=FIELD_VALUE,
        body=FIELD_VALUE,
        category=st.one_of(st.just(""), FIELD_VALUE),
    )
    def test_question_form(self, **fields):
        cache.clear()
        response = self.client.post(self.ask_url, question_data(**fields))
        event(f"status {response.status_code}")
        self.assertIn(response.status_code, (200, 400))
        self.assert_clean(
            Question.objects.all(), ("full_name", "phone", "address", "title", "body")
        )
        content = response.content.decode()
        for payload in ("<script>alert", "<img src=x", "<svg/onload", "<iframe"):
            self.assertNotIn(payload, content)

    @FUZZ
    @given(
        full_name=FIELD_VALUE,
        address=FIELD_VALUE,
        body=FIELD_VALUE,
        publish_name=st.sampled_from(["", "on", "<b>", "0"]),
    )
    def test_comment_form(self, **fields):
        cache.clear()
        response = self.client.post(self.consultation.url, comment_data(**fields))
        event(f"status {response.status_code}")
        if response.status_code == 400:
            event(str(response.context["form"].errors.as_data())[:80])
        self.assertIn(response.status_code, (200, 400))
        comments = list(ConsultationComment.objects.all())
        self.assert_clean(comments, ("full_name", "address", "body"))
        ConsultationComment.objects.update(status="published")
        page = self.client.get(self.consultation.url).content.decode()
        for payload in ("<script>alert", "<img src=x", "<svg/onload", "<iframe"):
            self.assertNotIn(payload, page)
