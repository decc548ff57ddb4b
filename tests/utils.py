"""Small helpers shared by the test modules."""

import tempfile
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models import Max
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Revision,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
)
from wagtail.test.utils import WagtailTestUtils

from wagtail_nd43.models import AgencySettings
from wagtail_nd43.models.base import sections_by_key
from wagtail_nd43.rulebook import LEVELS, get_profile
from wagtail_nd43.scaffold import scaffold

from .factories import ArticlePageFactory
from .replay import scaffold_replayed


#: What an editor of an agency gets on the agency's home page: everything a normal
#: Wagtail "Editors"/"Moderators" group has, including deleting whole branches.
EDITOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)


#: What ``full_clean`` cannot check on a page that is not in the tree yet.
NOT_IN_TREE = ["path", "depth"]


def errors_of(page):
    """The ``message_dict`` of ``page.full_clean()``, ``{}`` when it is valid."""
    try:
        page.full_clean(exclude=NOT_IN_TREE)
    except ValidationError as error:
        return error.message_dict
    return {}


def assert_refused(test, page, field, words):
    """``page`` is valid when ``field`` is None; else its ``field`` is refused with
    a message containing ``words``."""
    if field is None:
        page.full_clean(exclude=NOT_IN_TREE)
        return
    with test.assertRaises(ValidationError) as caught:
        page.full_clean(exclude=NOT_IN_TREE)
    errors = caught.exception.message_dict
    test.assertIn(field, errors)
    test.assertIn(words, " ".join(errors[field]))


class ConstantListingQueriesMixin:
    """For a listing ``TestCase``: the page of ``self.section`` answers with as many
    queries for 5 items as for 125, unfiltered and with each of
    :attr:`filter_params`. The test case sets ``section`` and defines
    ``add(count)``, which creates ``count`` more items."""

    filter_params = ()

    def count_queries(self, params):
        url = self.section.get_url()
        self.client.get(url, params)  # warm the caches
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200)
        return len(context.captured_queries)

    def test_constant_queries(self):
        self.add(5)
        params = [{}, *self.filter_params]
        small = [self.count_queries(p) for p in params]
        self.add(120)
        self.assertEqual([self.count_queries(p) for p in params], small)


def sections_for_each_level(*models):
    """Model name → level → whether a freshly scaffolded site of that level has a
    page of that model (one scaffold per level, rolled back)."""
    found = {model.__name__: {} for model in models}
    for level in LEVELS:
        with transaction.atomic():
            home = scaffold_site(level)
            for model in models:
                found[model.__name__][level] = model.objects.descendant_of(
                    home
                ).exists()
            transaction.set_rollback(True)
    return found


class KeepsInitialData:
    """For a ``TransactionTestCase``: put back, after each test, the rows the
    migrations made (Wagtail's root page and default site, the locale, content
    types), which the test's flush deletes. Tests are sent to workers class by
    class, so a ``TestCase`` may run after this one in the same worker and expects
    them there."""

    serialized_rollback = True

    def _fixture_teardown(self):
        super()._fixture_teardown()
        for alias in self._databases_names(include_mirrors=False):
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                restore_rows(alias, contents)


def restore_rows(alias, contents):
    """Write back serialized rows, content types first: building some rows (a
    workflow task) asks for their content type, which would otherwise be made
    again under a new id and clash with the one restored after it."""
    import json

    from django.contrib.contenttypes.models import ContentType
    from django.core import serializers

    rows = json.loads(contents)
    types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
    with transaction.atomic(using=alias):
        with connections[alias].constraint_checks_disabled():
            for part in (types, others):
                ContentType.objects.clear_cache()
                for obj in serializers.deserialize("python", part, using=alias):
                    obj.save(using=alias)


@contextmanager
def footer_dropped():
    """A theme whose footer shows nothing: the identity stays filled in the
    database, but no visitor sees it."""
    with tempfile.TemporaryDirectory() as folder:
        override = Path(folder) / "wagtail_nd43" / "includes"
        override.mkdir(parents=True)
        (override / "footer.html").write_text("<footer></footer>")
        engine = settings.TEMPLATES[0]
        templates = [{**engine, "DIRS": [folder, *engine["DIRS"]]}]
        with override_settings(TEMPLATES=templates):
            yield


def default_site():
    return Site.objects.get(is_default_site=True)


def check_json(*args):
    """``(exit status, parsed JSON)`` of ``manage.py nd43_check --format json``."""
    import json

    from django.core.management.base import CommandError

    out = StringIO()
    try:
        call_command("nd43_check", "--format", "json", *args, stdout=out)
        code = 0
    except CommandError as error:
        code = error.returncode
    return code, json.loads(out.getvalue())


def run_check(*args):
    """``(exit status, stdout)`` of ``manage.py nd43_check`` called in-process."""
    from django.core.management.base import CommandError

    out = StringIO()
    try:
        call_command("nd43_check", *args, stdout=out, no_color=True)
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def run_scaffold(*args):
    """Run ``manage.py nd43_scaffold`` with command-line ``args``; return its output."""
    out = StringIO()
    call_command("nd43_scaffold", *args, stdout=out, no_color=True)
    return out.getvalue()


def scaffold_site(level, site=None, profile="nd43"):
    """Build the tree of ``level`` on ``site`` (the default site); return its home."""
    if site is None:
        return scaffold_replayed(
            (profile, level),
            lambda: scaffold(default_site(), get_profile(profile), level).steps[0].page,
        )
    return scaffold(site, get_profile(profile), level).steps[0].page


def section_page(home, key):
    """The specific section page carrying requirement ``key`` under ``home``."""
    try:
        return sections_by_key(home)[key]
    except KeyError:
        raise AssertionError(f"No section {key!r} under {home!r}") from None


def database_state():
    """Everything the scaffold could write, in a comparable form."""
    page_fields = (
        "pk",
        "path",
        "depth",
        "numchild",
        "title",
        "draft_title",
        "slug",
        "url_path",
        "content_type_id",
        "live",
        "has_unpublished_changes",
        "latest_revision_id",
        "live_revision_id",
        "first_published_at",
        "last_published_at",
        "show_in_menus",
    )
    return {
        "pages": list(Page.objects.order_by("pk").values_list(*page_fields)),
        "revisions": Revision.objects.aggregate(n=Max("pk"))["n"],
        "revision_count": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "sites": list(
            Site.objects.order_by("pk").values_list(
                "pk", "hostname", "port", "root_page_id", "is_default_site"
            )
        ),
        "identity": list(AgencySettings.objects.order_by("pk").values()),
        "groups": list(Group.objects.order_by("pk").values_list("pk", "name")),
        "group_permissions": (
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            Group.permissions.through.objects.count(),
        ),
        "workflows": (
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            WorkflowContentType.objects.count(),
        ),
    }


def make_editor(page, username="editor"):
    """A non-superuser in a group that may add, edit, publish and delete at ``page``."""
    group = Group.objects.create(name=f"Biên tập viên {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = WagtailTestUtils.create_user(username, password="password")
    user.groups.add(group)
    return user


def create_articles(parent, count, **kwargs):
    """``count`` live articles under ``parent`` (no revisions: fast enough for 500)."""
    return ArticlePageFactory.create_batch(count, parent=parent, **kwargs)
