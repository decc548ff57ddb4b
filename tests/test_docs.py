"""The reference in ``docs/reference/`` is generated from the rulebook and current."""

from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import SimpleTestCase

from wagtail_nd43.management.commands.nd43_docs import REGENERATE
from wagtail_nd43.rulebook import CHECK_KINDS, LEVELS, get_profile, profile_names


DOCS = Path(__file__).resolve().parent.parent / "docs" / "reference"


def generate(*args):
    out = StringIO()
    call_command("nd43_docs", *args, stdout=out)
    return out.getvalue()


class ReferenceDocsTest(SimpleTestCase):
    def test_the_committed_reference_matches_the_rulebook(self):
        for name in profile_names():
            path = DOCS / f"{name}-sections.md"
            with self.subTest(profile=name):
                self.assertTrue(path.exists(), f"{path} is missing")
                self.assertEqual(
                    path.read_text(encoding="utf-8"),
                    generate("--profile", name),
                    f"{path.name} is out of date with the rulebook; regenerate it "
                    f"with:\n  {REGENERATE % {'profile': name}}",
                )

    def test_it_lists_every_section_and_requirement(self):
        profile = get_profile("nd43")
        text = generate()
        for section in profile.sections():
            self.assertIn(f"{section.title_vi} |", text)
            self.assertIn(f"`{section.page_type}`", text)
        for requirement in profile.requirements:
            self.assertIn(
                f"| {requirement.id} | {requirement.source.citation()} |", text
            )
        for level in LEVELS:
            self.assertIn(f"| `{level}` |", text)
        self.assertIn("| `/gioi-thieu/chuc-nang-nhiem-vu/` |", text)
        self.assertIn("`has_content(section=tin-tuc-su-kien)`", text)

    def test_the_output_is_deterministic_and_can_go_to_a_file(self):
        with TemporaryDirectory() as tmp:
            path = Path(tmp) / "nd43.md"
            call_command("nd43_docs", "--output", str(path))
            self.assertEqual(path.read_text(encoding="utf-8"), generate())
        self.assertEqual(generate(), generate())

    def test_an_unknown_profile_is_an_error(self):
        with self.assertRaisesMessage(CommandError, "--profile"):
            generate("--profile", "nd99")


class ComplianceMatrixTest(SimpleTestCase):
    """``docs/reference/compliance-matrix.md`` is the rulebook's, and describes every
    check kind the checker evaluates."""

    def test_the_committed_matrix_matches_the_rulebook(self):
        from wagtail_nd43.management.commands.nd43_docs import REGENERATE_MATRIX

        path = DOCS / "compliance-matrix.md"
        self.assertEqual(
            path.read_text(encoding="utf-8"),
            generate("--matrix"),
            f"{path.name} is out of date; regenerate it with:\n  {REGENERATE_MATRIX}",
        )

    def test_every_requirement_and_check_kind_is_in_it(self):
        text = generate("--matrix")
        for name in profile_names():
            for requirement in get_profile(name).requirements:
                with self.subTest(requirement.id):
                    self.assertIn(
                        f"| {requirement.id} | {requirement.title_vi} |", text
                    )
                    if requirement.check is not None:
                        self.assertIn(f"`{requirement.check.kind}(", text)
        for kind, check_class in CHECK_KINDS.items():
            with self.subTest(kind):
                row = f"| `{kind}` | {check_class.verifies} | "
                if check_class.__module__ == "wagtail_nd43.rulebook":
                    self.assertIn(row + ", ".join(check_class.statuses), text)
                else:  # a site's kind no shipped profile uses
                    self.assertNotIn(row, text)
        self.assertIn(
            "| ND09-3.4 | Công bố họ tên, chức vụ, điện thoại, email người phát ngôn "
            "| required | all | Người phát ngôn (`thong-tin-bao-chi.nguoi-phat-ngon`) "
            "| `wagtail_nd43.SpokespersonPage` |",
            text,
        )


class ND42ReferenceTest(SimpleTestCase):
    """The Decree 42 profile has its own reference and its part of the matrix, with
    what it changes from Decree 43, computed from the two rulebooks."""

    def test_the_nd42_reference_lists_its_sections(self):
        profile = get_profile("nd42")
        text = generate("--profile", "nd42")
        self.assertIn("# Decree 42/2022/ND-CP: sections and requirements", text)
        for section in profile.sections():
            self.assertIn(f"`{section.page_type}`", text)
        self.assertIn("| `/van-ban/dieu-uoc-quoc-te/` |", text)

    def test_the_matrix_states_what_nd42_changes(self):
        from wagtail_nd43.rulebook.nd42 import NEW_REQUIREMENTS, NEW_SECTIONS, RECITED

        text = generate("--matrix")
        self.assertIn("## Decree 42/2022/ND-CP (`nd42`)", text)
        changes = text.split("### Changes from `nd43`")[1]
        for old, new in RECITED.items():
            self.assertIn(f"| re-cited | {old} → {new['id']} |", changes)
        for requirement in NEW_REQUIREMENTS:
            self.assertIn(f"| requirement added | {requirement.id} |", changes)
        for sections in NEW_SECTIONS.values():
            for section in sections:
                self.assertIn(f"(`{section.key}`) | — | `{section.page_type}`", changes)
        self.assertIn(
            "| section levels | English (`en`) | bo, tong-cuc, ubnd-tinh | all |",
            changes,
        )
        self.assertIn("| severity | ND43-10.1c.4 | required | recommended |", changes)
        # Profiles not derived from another have no such part.
        self.assertEqual(text.count("### Changes from"), 1)
