"""An editor who picks Vietnamese sees the whole Wagtail admin in Vietnamese.

Checks the optional app ``wagtail_nd43.vi_admin``: its catalogues are well formed,
they reach the editor (INSTALLED_APPS order, LOCALE_PATHS for the admin's JavaScript),
they cover the installed Wagtail (drift guard), they use the terms of
``docs/reference/glossary-vi.md``, and dates read dd/mm/yyyy.
"""

import datetime
import gettext
import re
import unicodedata
from io import StringIO
from pathlib import Path
from unittest import mock

from django import forms
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.core import checks
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from wagtail_nd43 import vi_admin
from wagtail_nd43.vi_admin.checks import APP_NAME, check_catalogue_precedence
from wagtail_nd43.vi_admin.coverage import (
    DOMAINS,
    Message,
    PoEntry,
    effective_translations,
    measure,
    read_po,
    source_messages,
    wagtail_overrides,
)


APP_DIR = Path(vi_admin.__file__).resolve().parent
CATALOGUES = {
    "django": APP_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    "djangojs": APP_DIR / "locale_js" / "vi" / "LC_MESSAGES" / "djangojs.po",
}
GLOSSARY = (
    Path(__file__).resolve().parent.parent / "docs" / "reference" / "glossary-vi.md"
)
MINIMUM_SHARE = 0.99

PRINTF = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr]")
BRACE = re.compile(r"\{[^{}\s]*\}")
TAG = re.compile(r"<[^>]+>")
#: Tone marks in the modern position (khoá, hoà, thuỷ): the glossary asks for khóa, hòa, thủy.
MODERN_TONE = re.compile(
    r"(?<![qQ])(o[áàảãạ]|o[éèẻẽẹ]|u[ýỳỷỹỵ])(?![a-zA-ZđĐ\u00C0-\u1EF9])", re.I
)

#: English patterns of the glossary's checked concepts (the Vietnamese term is read
#: from the glossary itself).
CONCEPTS = {
    "page": r"\bpages?\b",
    "snippet": r"\bsnippets?\b",
    "revision": r"\brevisions?\b",
    "draft": r"\bdrafts?\b",
    "publish": r"\bpublish\w*",
    "unpublish": r"\bunpublish\w*",
    "live": r"\blive\b",
    "workflow": r"\bworkflows?\b",
    "task": r"\btasks?\b",
    "moderation": r"\bmoderat\w*",
    "approve": r"\bapprov\w*",
    "reject": r"\breject\w*",
    "request changes": r"\bchanges requested\b|\brequest changes\b",
    "comment": r"\bcomments?\b",
    "locale": r"\blocales?\b",
    "collection": r"\bcollections?\b",
    "chooser": r"\bchoosers?\b",
    "site": r"\bsites?\b",
    "redirect": r"\bredirects?\b",
    "image": r"\bimages?\b",
    "document": r"\bdocuments?\b",
    "privacy": r"\bprivacy\b",
    "private": r"\bprivate\b",
    "lock": r"\block\w*",
    "schedule": r"\bschedul\w*",
    "preview": r"\bpreview\w*",
    "alias": r"\balias\w*",
    "slug": r"\bslugs?\b",
    "tag": r"\btags?\b",
    "embed": r"\bembeds?\b",
    "dashboard": r"\bdashboard\b",
    "report": r"\breports?\b",
    "user": r"\busers?\b",
    "group": r"\bgroups?\b",
    "permission": r"\bpermissions?\b",
    "translate": r"\btranslat\w*",
}
#: (concept, msgid) pairs where the English word is not the concept.
GLOSSARY_EXCEPTIONS = {
    # "Unpublished" as an adjective: not yet published, "chưa xuất bản".
    ("unpublish", "This page has one unpublished subpage"),
    ("unpublish", "has unpublished changes"),
    # "Report" is the verb (tell the administrator), not the Reports menu.
    (
        "report",
        "Report this error to your website administrator with the following "
        "information:",
    ),
    # A task always belongs to a workflow; "Bước duyệt mới" says it without repeating.
    ("workflow", "New workflow task"),
}


def placeholders(text):
    text = text.replace("%%", "")  # a literal percent sign, not a placeholder
    return (
        sorted({m for m in PRINTF.findall(text) if m.startswith("%(")}),
        [m for m in PRINTF.findall(text) if not m.startswith("%(")],
        sorted(BRACE.findall(text)),
        sorted(TAG.findall(text)),
    )


def glossary_corrections():
    """``{msgid: row}`` of the glossary's list of corrections of Wagtail's own
    translations (the code spans of its ``- **row** (n): …`` lines)."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Corrections of Wagtail's own translations", 1)[1]
    section = section.split("\n## ", 1)[0]
    corrections = {}
    for line in section.splitlines():
        row = re.match(r"- \*\*(.+?)\*\* \(\d+\): ", line)
        if row:
            for msgid in re.findall(r"`([^`]+)`", line[row.end() :]):
                corrections[msgid] = row.group(1)
    return corrections


def glossary_terms():
    """``{english: vietnamese}`` of the glossary rows marked ✔."""
    terms = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[2] == "✔" and "**" in cells[1]:
            terms[cells[0]] = re.search(r"\*\*(.+?)\*\*", cells[1]).group(1)
    return terms


class CatalogueFilesTest(SimpleTestCase):
    def test_every_entry_is_translated_and_keeps_its_placeholders(self):
        for domain, path in CATALOGUES.items():
            entries = read_po(path)
            self.assertTrue(entries, path)
            for entry in entries:
                message = entry.message
                with self.subTest(domain=domain, msgid=message.msgid):
                    self.assertTrue(entry.msgstr.strip())
                    self.assertFalse(entry.fuzzy)
                    # One plural form: it must carry the plural English's placeholders.
                    english = message.msgid_plural or message.msgid
                    self.assertEqual(placeholders(entry.msgstr), placeholders(english))

    def test_the_compiled_catalogues_match_the_po_files(self):
        for domain, path in CATALOGUES.items():
            with path.with_suffix(".mo").open("rb") as mo:
                compiled = gettext.GNUTranslations(mo)._catalog
            for entry in read_po(path):
                with self.subTest(domain=domain, msgid=entry.message.msgid):
                    self.assertEqual(compiled.get(entry.message.key), entry.msgstr)
            self.assertEqual(compiled.get("")[:0], "")  # the header is there

    def test_the_text_is_nfc_with_traditional_tone_marks(self):
        for domain in DOMAINS:
            for message, text in effective_translations(domain).items():
                with self.subTest(domain=domain, msgid=message.msgid):
                    self.assertEqual(unicodedata.normalize("NFC", text), text)
                    self.assertIsNone(MODERN_TONE.search(text), text)

    def test_the_tone_mark_rule_can_tell_the_styles_apart(self):
        for modern in ("Xoá mục", "khoá", "thuỷ", "hoà bình"):
            self.assertIsNotNone(MODERN_TONE.search(modern), modern)
        for traditional in ("Xóa mục", "khóa", "thủy", "hòa bình", "hoàn thành", "quý"):
            self.assertIsNone(MODERN_TONE.search(traditional), traditional)


class CoverageTest(SimpleTestCase):
    """The drift guard: after a Wagtail upgrade, this fails until the catalogue follows."""

    def test_at_least_99_percent_of_the_admin_is_vietnamese(self):
        coverage = measure("vi")
        missing = "\n".join(repr(message.msgid) for message, _ in coverage.missing)
        self.assertGreaterEqual(
            coverage.share,
            MINIMUM_SHARE,
            f"{coverage.translated}/{coverage.total} admin messages translated; run "
            f"`manage.py nd43_vi_coverage` and translate:\n{missing}",
        )
        for domain in DOMAINS:
            self.assertGreater(coverage.domains[domain].total, 0, domain)

    def test_wagtail_alone_leaves_most_of_the_admin_in_english(self):
        coverage = measure("vi")
        self.assertLess(coverage.by_wagtail / coverage.total, 0.5)
        self.assertGreater(coverage.translated, coverage.by_wagtail)

    def test_the_source_list_has_server_and_javascript_messages(self):
        self.assertIn("Save draft", {m.msgid for m in source_messages("django")})
        self.assertIn("Collapse all", {m.msgid for m in source_messages("djangojs")})

    def test_the_command_reports_the_figure(self):
        out = StringIO()
        with translation.override("en"):
            call_command("nd43_vi_coverage", "--min", "99", stdout=out)
        text = out.getvalue()
        self.assertIn("Wagtail ", text)
        self.assertRegex(text, r"djangojs: \d+ of \d+ messages translated")
        self.assertRegex(text, r"Total: \d+ of \d+ \(\d+\.\d\d%\)")

    @override_settings(LOCALE_PATHS=[])
    def test_the_command_lists_what_is_missing_and_fails_below_the_minimum(self):
        # Without LOCALE_PATHS the admin's JavaScript catalogue misses our strings.
        out = StringIO()
        with (
            translation.override("en"),
            self.assertRaisesMessage(CommandError, "below 100.00%"),
        ):
            call_command("nd43_vi_coverage", "--min", "100", stdout=out)
        self.assertIn("[wagtail/admin] 'Collapse all'", out.getvalue())


class PrecedenceTest(TestCase):
    """How Django merges catalogues, as docs/how-to/vietnamese-admin.md states it."""

    CORRECTED = "Submit to %(workflow_name)s"
    OURS = "Gửi duyệt theo %(workflow_name)s"
    WAGTAILS = "Thực hiện %(workflow_name)s"

    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_superuser(
            "bientapvien", "bientapvien@example.invalid", "matkhau"
        )

    def gettext_vi(self, msgid):
        with translation.override("vi"):
            return translation.gettext(msgid)

    def test_listed_before_the_wagtail_apps_our_corrections_win(self):
        self.assertEqual(self.gettext_vi(self.CORRECTED), self.OURS)
        self.assertEqual(self.gettext_vi("Unpublish"), "Ngừng xuất bản")

    def test_listed_after_the_wagtail_apps_wagtails_own_wins(self):
        # Django merges the app catalogues in reverse INSTALLED_APPS order, each one
        # overwriting the previous: build the catalogue with this app listed last.
        configs = [c for c in django_apps.get_app_configs() if c.name != APP_NAME]
        last = [*configs, django_apps.get_app_config("wagtail_nd43_vi_admin")]
        with mock.patch.object(django_apps, "get_app_configs", return_value=last):
            catalogue = trans_real.DjangoTranslation("vi")
            warnings = check_catalogue_precedence(None)
        self.assertEqual(catalogue.gettext(self.CORRECTED), self.WAGTAILS)
        # Strings Wagtail lacks are still ours, wherever the app is listed.
        self.assertEqual(catalogue.gettext("Save draft"), "Lưu bản nháp")
        self.assertEqual([w.id for w in warnings], ["wagtail_nd43_vi_admin.W001"])
        # And listed before them, as configured, ours win in a fresh catalogue too.
        self.assertEqual(
            trans_real.DjangoTranslation("vi").gettext(self.CORRECTED), self.OURS
        )

    def test_the_package_catalogue_agrees_with_the_admin_on_shared_messages(self):
        # wagtail_nd43 is listed first, so its catalogue has the last word on any
        # msgid it shares with Wagtail: it must not rename the admin's own words.
        # Domain senses ("Field" as lĩnh vực) get a msgctxt instead.
        package = Path(vi_admin.__file__).parent.parent / "locale"
        ours = gettext.GNUTranslations(open(package / "vi/LC_MESSAGES/django.mo", "rb"))
        admin = gettext.GNUTranslations(
            open(
                Path(vi_admin.__file__).parent / "locale/vi/LC_MESSAGES/django.mo", "rb"
            )
        )
        shared = {
            msgid
            for msgid in ours._catalog
            if isinstance(msgid, str) and msgid and "\x04" not in msgid
        } & {msgid for msgid in admin._catalog if isinstance(msgid, str)}
        disagreeing = {
            msgid: (ours._catalog[msgid], admin._catalog[msgid])
            for msgid in shared
            if ours._catalog[msgid] != admin._catalog[msgid]
        }
        self.assertEqual(disagreeing, {})

    def test_the_admin_javascript_catalogue_serves_our_strings(self):
        self.client.force_login(self.editor)
        response = self.client.get(
            reverse("wagtailadmin_javascript_catalog"), HTTP_ACCEPT_LANGUAGE="vi"
        )
        self.assertContains(
            response, "Thu g\\u1ecdn t\\u1ea5t c\\u1ea3"
        )  # Thu gọn tất cả

    @override_settings(LOCALE_PATHS=[])
    def test_without_locale_paths_the_javascript_stays_english(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_javascript_catalog"))
        self.assertNotContains(response, "Thu g\\u1ecdn t\\u1ea5t c\\u1ea3")
        ids = [e.id for e in checks.run_checks()]
        self.assertIn("wagtail_nd43_vi_admin.W002", ids)

    def test_the_login_page_labels_the_password_in_vietnamese(self):
        response = self.client.get(reverse("wagtailadmin_login"))
        self.assertRegex(
            response.content.decode(), r'for="id_password"[^>]*>\s*Mật khẩu'
        )
        self.assertNotContains(response, "Password")

    def test_the_workflow_form_fields_have_vietnamese_labels(self):
        from wagtail.admin.forms.workflows import (
            WorkflowContentTypeForm,
            WorkflowPageForm,
        )

        with translation.override("vi"):
            self.assertEqual(str(WorkflowPageForm().fields["page"].label), "Trang")
            self.assertEqual(
                str(WorkflowContentTypeForm().fields["content_types"].label),
                "Nội dung dùng chung",
            )

    def test_the_documented_settings_raise_no_warning(self):
        ids = [e.id for e in checks.run_checks()]
        self.assertFalse([i for i in ids if i.startswith("wagtail_nd43_vi_admin")])

    def test_no_warning_whatever_languages_holds(self):
        """Django's default LANGUAGES (about a hundred) once gave 154 warnings."""
        from django.conf import global_settings

        with override_settings(LANGUAGES=global_settings.LANGUAGES):
            ids = [
                e.id
                for e in checks.run_checks(
                    include_deployment_checks=True, databases=["default"]
                )
            ]
        self.assertFalse([i for i in ids if i.startswith("wagtail_nd43_vi_admin")])

    def test_editors_can_choose_vietnamese_in_their_account(self):
        from wagtail.admin.forms.account import LocalePreferencesForm
        from wagtail.users.models import UserProfile

        form = LocalePreferencesForm(instance=UserProfile.get_for_user(self.editor))
        choices = dict(form.fields["preferred_language"].choices)
        self.assertEqual(unicodedata.normalize("NFC", choices["vi"]), "Tiếng Việt")
        self.assertIn("en", choices)

    def test_without_permitted_languages_vietnamese_cannot_be_chosen(self):
        from django.conf import settings

        with override_settings():
            del settings.WAGTAILADMIN_PERMITTED_LANGUAGES
            warnings = sorted(
                (e for e in checks.run_checks() if e.id.startswith("wagtail_nd43_vi_")),
                key=lambda e: e.id,
            )
        # One warning for the missing choice; one (not one per language) for the
        # provided languages whose input formats do not read dd/mm/yyyy.
        self.assertEqual(
            [w.id for w in warnings],
            ["wagtail_nd43_vi_admin.W003", "wagtail_nd43_vi_admin.W004"],
        )
        self.assertIn("WAGTAILADMIN_PERMITTED_LANGUAGES", warnings[1].hint)
        self.assertIn("de", warnings[0].msg)

    @override_settings(LOCALE_PATHS=[])
    def test_low_coverage_is_warned_about_with_migrate_and_deploy(self):
        # Without LOCALE_PATHS the admin's JavaScript misses our 63 messages.
        plain = [e.id for e in checks.run_checks()]
        self.assertNotIn("wagtail_nd43_vi_admin.W005", plain)
        for kwargs in (
            {"databases": ["default"]},
            {"include_deployment_checks": True},
            {"databases": ["default"], "include_deployment_checks": True},
        ):
            with self.subTest(**kwargs):
                ids = [e.id for e in checks.run_checks(**kwargs)]
                self.assertEqual(ids.count("wagtail_nd43_vi_admin.W005"), 1)


class GlossaryTest(SimpleTestCase):
    def test_the_glossary_fixes_a_term_for_each_wagtail_concept(self):
        terms = glossary_terms()
        self.assertEqual(set(terms), set(CONCEPTS))
        self.assertEqual(terms["workflow"], "quy trình duyệt")
        self.assertEqual(terms["publish"], "xuất bản")

    def test_translations_use_the_glossary_terms(self):
        terms = glossary_terms()
        violations = []
        for domain in DOMAINS:
            for message, text in effective_translations(domain).items():
                english = PRINTF.sub(" ", message.msgid_plural or message.msgid)
                english = TAG.sub(" ", BRACE.sub(" ", english)).lower()
                for concept, pattern in CONCEPTS.items():
                    if (
                        re.search(pattern, english)
                        and terms[concept] not in text.lower()
                        and (concept, message.msgid) not in GLOSSARY_EXCEPTIONS
                    ):
                        violations.append(f"{concept}: {message.msgid!r} -> {text!r}")
        self.assertEqual(violations, [])

    def test_the_exceptions_are_still_needed(self):
        translations = {
            message.msgid: text
            for domain in DOMAINS
            for message, text in effective_translations(domain).items()
        }
        terms = glossary_terms()
        for concept, msgid in GLOSSARY_EXCEPTIONS:
            with self.subTest(msgid=msgid):
                self.assertIn(msgid, translations)
                self.assertNotIn(terms[concept], translations[msgid].lower())


class WagtailCorrectionsTest(SimpleTestCase):
    """The catalogues replace a translation Wagtail ships only for a reason the
    glossary gives (its section "Corrections of Wagtail's own translations")."""

    def unlisted(self, overrides, corrections):
        return [
            f"{o.domain}: {o.message.msgid!r} -> ours {o.ours!r}, "
            f"Wagtail's {' / '.join(map(repr, o.wagtails))}"
            for o in overrides
            if o.message.msgid not in corrections
        ]

    def test_every_correction_is_listed_in_the_glossary(self):
        self.assertEqual(self.unlisted(wagtail_overrides(), glossary_corrections()), [])

    def test_every_listed_correction_is_still_one(self):
        corrected = {o.message.msgid for o in wagtail_overrides()}
        stale = sorted(set(glossary_corrections()) - corrected)
        self.assertEqual(stale, [])

    def test_the_list_has_the_rows_of_the_table(self):
        rows = set(glossary_corrections().values())
        self.assertLessEqual({"workflow", "document", "comment", "site"}, rows)
        self.assertEqual(
            glossary_corrections()["Submit to %(workflow_name)s"], "workflow"
        )

    def test_an_unlisted_correction_is_caught(self):
        # "Cancel" is left to Wagtail ("Hủy bỏ"); a catalogue entry for it is caught.
        overrides = wagtail_overrides()
        self.assertNotIn("Cancel", {o.message.msgid for o in overrides})
        with mock.patch(
            "wagtail_nd43.vi_admin.coverage.read_po",
            side_effect=lambda path: [
                *read_po(path),
                *(
                    [PoEntry(Message("Cancel"), "Hủy", fuzzy=False)]
                    if path.name == "django.po" and APP_DIR in path.parents
                    else []
                ),
            ],
        ):
            unlisted = self.unlisted(wagtail_overrides(), glossary_corrections())
        self.assertEqual(len(unlisted), 1)
        self.assertIn("'Cancel' -> ours 'Hủy'", unlisted[0])


class DateFormatTest(SimpleTestCase):
    """Dates in the admin read dd/mm/yyyy with a 24-hour clock, and are read back."""

    def test_the_date_widgets_write_day_first_and_24_hour_time(self):
        with translation.override("vi"):
            date_html = AdminDateInput().render("d", datetime.date(2026, 3, 5))
            when = datetime.datetime(2026, 3, 5, 14, 30)
            datetime_html = AdminDateTimeInput().render("t", when)
        self.assertIn('value="05/03/2026"', date_html)
        self.assertIn('value="05/03/2026 14:30"', datetime_html)

    def test_what_the_widgets_write_is_read_back_as_the_same_date(self):
        for language in ("vi", "en"):
            with self.subTest(language=language), translation.override(language):
                self.assertEqual(
                    forms.DateField().clean("05/03/2026"), datetime.date(2026, 3, 5)
                )
                self.assertEqual(
                    forms.DateTimeField()
                    .clean("05/03/2026 14:30")
                    .replace(tzinfo=None),
                    datetime.datetime(2026, 3, 5, 14, 30),
                )

    def test_time_spans_read_in_vietnamese(self):
        from django.utils import timezone
        from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

        now = timezone.now()
        with translation.override("vi"):
            self.assertEqual(timesince_simple(now), "vừa xong")
            self.assertEqual(
                timesince_simple(now - datetime.timedelta(minutes=3)),
                "3\xa0phút trước",
            )

    def test_listings_show_short_dates_day_first(self):
        from django.utils import formats

        with translation.override("vi"):
            self.assertEqual(
                formats.date_format(datetime.date(2026, 3, 5), "SHORT_DATE_FORMAT"),
                "05/03/2026",
            )
            self.assertEqual(formats.get_format("FIRST_DAY_OF_WEEK"), 1)

    def test_without_the_format_module_the_check_warns(self):
        from django.utils import formats

        # Django does not reset its format cache when FORMAT_MODULE_PATH changes.
        self.addCleanup(formats.reset_format_cache)
        with override_settings(FORMAT_MODULE_PATH=None):
            formats.reset_format_cache()
            warnings = [
                e for e in checks.run_checks() if e.id == "wagtail_nd43_vi_admin.W003"
            ]
        self.assertTrue(warnings)
        self.assertIn("FORMAT_MODULE_PATH", warnings[0].hint)
