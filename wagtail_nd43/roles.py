"""The editorial roles and the approval workflow (Decree 43/2011 Art. 21; ND43-4.3:
what is posted is the agency's official information, so the board approves it).

Everything here is created once and then left alone: an agency that changes a
group's permissions or the workflow keeps its changes on the next scaffold run.

Page permissions belong to a home page, so they are granted per home: a home page on
which none of the agency's three groups has any permission yet (the first run)
gets the groups' page permissions; a home page where any of them already has one,
there or on an ancestor, is left as the agency set it up.

Several agencies in one installation (a province portal, issue 20): the first
agency keeps the plain names; each other agency gets its own three groups and
workflow, named with its short name ("Biên tập viên — STC"), with page
permissions on its own home page only, so its editors reach nothing of another
agency (``agencies.py`` extends this to banners, submissions and spokespersons).
The site settings (identity, editorial board) are granted on the agency's own
site (``GroupSitePermission``); that one is checked on every run, so that a
re-run fixes an installation whose groups held them globally (every site's).
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from .models import (
    AgencySettings,
    Banner,
    ConsultationComment,
    EditorialBoard,
    Holiday,
    MourningPeriod,
    PageViewDay,
    Question,
    QuestionCategory,
    SiteAlert,
    SiteVisitDay,
    Spokesperson,
)


BOARD = "Ban biên tập"
EDITORS = "Biên tập viên"
TECHNICAL = "Quản trị kỹ thuật"
WORKFLOW = "Ban biên tập duyệt"

#: Wagtail's own initial groups and workflow (its migrations create them on every
#: new project), and the Vietnamese names the scaffold gives them while unused, so
#: the role screens do not list "Editors" and "Moderators" beside the board's
#: groups as if they were part of the portal's set-up. Kept, not deleted: a host
#: site may come to use them, and they can be renamed back.
WAGTAIL_DEFAULT_GROUPS = {
    "Editors": "Editors (nhóm mặc định của Wagtail, cổng không dùng)",
    "Moderators": "Moderators (nhóm mặc định của Wagtail, cổng không dùng)",
}
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
WAGTAIL_DEFAULT_WORKFLOW_LABEL = (
    "Moderators approval (quy trình duyệt mặc định của Wagtail, cổng không dùng)"
)

#: Models whose changes go through the board's workflow, like pages do.
WORKFLOW_SNIPPETS = (Spokesperson,)

PAGE_PERMISSIONS = {
    BOARD: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    EDITORS: ("add_page", "change_page"),
    TECHNICAL: (),
}
MODEL_PERMISSIONS = {
    BOARD: [
        (Spokesperson, ("add", "change", "delete", "publish", "lock", "unlock")),
        (EditorialBoard, ("change",)),
        (Banner, ("add", "change", "delete", "publish")),
        (SiteAlert, ("add", "change", "delete", "publish")),
        (MourningPeriod, ("add", "change", "delete", "publish")),
        (PageViewDay, ("view",)),
        (SiteVisitDay, ("view",)),
        (Holiday, ("add", "change", "delete")),
        # Questions and comments (issue 6): answer, moderate, erase on request.
        (Question, ("view", "change", "delete")),
        (ConsultationComment, ("view", "change", "delete")),
        (QuestionCategory, ("add", "change", "delete")),
    ],
    EDITORS: [(Spokesperson, ("add", "change")), (Banner, ("add", "change"))],
    TECHNICAL: [
        (AgencySettings, ("change",)),
        (EditorialBoard, ("change",)),
        (Holiday, ("add", "change", "delete")),
        (PageViewDay, ("view",)),
        (SiteVisitDay, ("view",)),
    ],
}
#: Settings of one site: granted on the agency's own site (Wagtail's
#: ``GroupSitePermission``), never as a global permission, which Wagtail's
#: site-settings policy reads as "every site's" (issue 20).
SITE_SETTINGS = (AgencySettings, EditorialBoard)
#: One table shared by every agency (the holidays, the question categories): the
#: province's groups (the plain names) keep them, another agency's groups do not.
SHARED_VOCABULARIES = (Holiday, QuestionCategory)

COLLECTION_PERMISSIONS = {
    BOARD: (
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ),
    EDITORS: (
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ),
    TECHNICAL: (),
}


@dataclass
class RoleStep:
    label: str
    created: bool
    #: What was done when it is not a creation (e.g. "renamed").
    done: str = ""


def ensure_roles(home, with_workflow=True):
    """Create the three groups and, unless told not to, the board's workflow for
    ``home``. Returns a :class:`RoleStep` per thing, created or already there.

    With several agency sites in one installation (issue 20) each agency has its
    own groups and workflow, named with its short name (:func:`agency_names`),
    with page permissions on its own home page only."""
    steps = []
    groups = {}
    names = agency_names(home)
    site = home.get_site()
    _refuse_another_agencys_groups(home, names)
    for role in (BOARD, EDITORS, TECHNICAL):
        name = names[role]
        group, created = Group.objects.get_or_create(name=name)
        groups[role] = group
        shared = name == role  # the province's (first agency's) groups
        if created:
            _grant(group, role, shared=shared)
            if role == BOARD and site is not None and site.is_default_site:
                # The province portal's board publishes province-wide banners,
                # alerts and mourning periods (on a single site: its own).
                group.permissions.add(_province_permission())
        steps.append(RoleStep(str(_("Group “%(name)s”") % {"name": name}), created))
        limited = site is not None and _grant_site_settings(group, role, site, shared)
        if limited and not created:  # an installation set up before issue 20
            steps.append(
                RoleStep(
                    str(
                        _("Settings permissions of “%(name)s” limited to “%(site)s”")
                        % {"site": site, "name": name}
                    ),
                    True,
                    str(_("limited")),
                )
            )
    granted = not GroupPagePermission.objects.filter(
        group__in=groups.values(), page__in=home.get_ancestors(inclusive=True)
    ).exists()
    if granted:
        for role, group in groups.items():
            _grant_pages(group, role, home)
    steps.append(
        RoleStep(
            str(_("Page permissions on “%(page)s”") % {"page": home.title}), granted
        )
    )
    if with_workflow:
        steps.extend(
            _ensure_workflow(
                home, groups[BOARD], new_home=granted, name=names[WORKFLOW]
            )
        )
    steps.extend(label_wagtail_defaults())
    return steps


#: Between a role's name and the agency's short name: "Biên tập viên — STC".
AGENCY_SEPARATOR = " — "


def agency_names(home):
    """The names of the groups and the workflow of the agency at ``home``, by role
    (``BOARD``, ``EDITORS``, ``TECHNICAL``, ``WORKFLOW``).

    The first agency set up keeps the plain names (``Ban biên tập``...), so a
    single-site installation is named exactly as before; the agency owning them is
    the one whose home page (or an ancestor below the tree root) holds the board's
    page permissions. Every other agency's names end with its short name from the
    identity setting (its full name, the site's name or its hostname when empty):
    ``Ban biên tập — STC``."""
    plain = {role: role for role in (BOARD, EDITORS, TECHNICAL, WORKFLOW)}
    if Site.objects.count() < 2 or not Group.objects.filter(name=BOARD).exists():
        return plain
    owned = GroupPagePermission.objects.filter(group__name=BOARD).filter(
        Q(page__path__startswith=home.path)
        | Q(page__in=home.get_ancestors(inclusive=True).filter(depth__gt=1))
    )
    if owned.exists():
        return plain
    suffix = AGENCY_SEPARATOR + agency_short_name(home)
    return {role: f"{role}{suffix}" for role in plain}


#: The longest short name that fits every group's name ("<role> — <short name>")
#: in ``Group.name`` (150 characters).
MAX_SHORT_NAME_LENGTH = (
    Group._meta.get_field("name").max_length
    - len(AGENCY_SEPARATOR)
    - max(len(role) for role in (BOARD, EDITORS, TECHNICAL, WORKFLOW))
)


def agency_short_name(home):
    """The agency's short name, else its full name (cut, with "…", to fit the
    group names when it is too long), the site's name or its hostname."""
    site = home.get_site()
    if site is None:
        return group_short_name(home.title)
    return identity_short_name(AgencySettings.for_site(site), site)


def identity_short_name(identity, site):
    """What the groups of the agency of ``identity`` (the settings of ``site``) are
    named with: its short name, else its full name, the site's name or hostname."""
    return group_short_name(
        identity.short_name, identity.full_name, site.site_name, site.hostname
    )


def group_short_name(*names):
    """The first of ``names`` that is not empty, cut (with "…") to fit a group's
    name: what an agency's groups are named with."""
    name = next((name for name in names if name), "")
    return Truncator(name).chars(MAX_SHORT_NAME_LENGTH)


def _refuse_another_agencys_groups(home, names):
    """Groups are found by name: a second agency with the same short name would
    get the first one's groups, and its editors rights on the first one's home.
    Refuse (:class:`~wagtail_nd43.scaffold.ScaffoldError`, nothing written) when a
    group of one of ``names`` holds page permissions outside ``home``'s tree. The
    plain names (the first agency's) may span several homes: a single-site
    installation scaffolded again on a new home keeps its groups."""
    from .scaffold import ScaffoldError

    if names[BOARD] == BOARD:
        return
    outside = (
        GroupPagePermission.objects.filter(group__name__in=names.values())
        .exclude(page__path__startswith=home.path)
        .exclude(page__in=home.get_ancestors())
        .select_related("group", "page")
        .first()
    )
    if outside is not None:
        raise ScaffoldError(
            _(
                "The group “%(group)s” already belongs to the agency of “%(page)s”: "
                "give this agency a short name of its own (its identity setting)."
            )
            % {"group": outside.group.name, "page": outside.page.title}
        )


def _province_permission():
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(AgencySettings),
        codename="publish_province_wide",
    )


def label_wagtail_defaults():
    """Give Wagtail's initial "Editors" and "Moderators" groups, and its "Moderators
    approval" workflow and task, a Vietnamese name saying what they are, as long as
    nobody uses them: a group with members, or a workflow anything has been through,
    is the agency's or the host site's and is left as it is."""
    steps = []
    renamed = _("renamed")
    for name, label in WAGTAIL_DEFAULT_GROUPS.items():
        group = Group.objects.filter(name=name).first()
        if group is None or group.user_set.exists():
            continue
        group.name = label
        group.save(update_fields=["name"])
        steps.append(
            RoleStep(
                str(
                    _("Wagtail's default group “%(name)s” → “%(label)s”")
                    % {"name": name, "label": label}
                ),
                True,
                str(renamed),
            )
        )
    workflow = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).first()
    if workflow is not None and not workflow.workflow_states.exists():
        workflow.name = WAGTAIL_DEFAULT_WORKFLOW_LABEL
        workflow.save(update_fields=["name"])
        Task.objects.filter(
            name=WAGTAIL_DEFAULT_WORKFLOW, workflow_tasks__workflow=workflow
        ).update(name=WAGTAIL_DEFAULT_WORKFLOW_LABEL)
        steps.append(
            RoleStep(
                str(
                    _("Wagtail's default workflow “%(name)s” → “%(label)s”")
                    % {
                        "name": WAGTAIL_DEFAULT_WORKFLOW,
                        "label": WAGTAIL_DEFAULT_WORKFLOW_LABEL,
                    }
                ),
                True,
                str(renamed),
            )
        )
    return steps


def _grant_pages(group, name, home):
    page_ct = ContentType.objects.get_for_model(Page)
    for codename in PAGE_PERMISSIONS[name]:
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(content_type=page_ct, codename=codename),
        )


def _permissions(model, actions):
    ct = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return Permission.objects.filter(content_type=ct, codename__in=codenames)


def _grant(group, name, shared=True):
    """The group's permissions that do not depend on a home page (the site
    settings are granted per site, :func:`_grant_site_settings`); the shared
    vocabularies only to the province's groups (``shared``)."""
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    for model, actions in MODEL_PERMISSIONS[name]:
        if model in SITE_SETTINGS or (model in SHARED_VOCABULARIES and not shared):
            continue
        group.permissions.add(*_permissions(model, actions))
    root = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS[name]:
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root,
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            ),
        )


def _grant_site_settings(group, name, site, shared):
    """Give ``group`` its role's permissions on the site settings of ``site`` only
    (``GroupSitePermission``). On every run, so that an installation set up before
    these were per site gets fixed by re-running the scaffold: a global grant of
    them (which Wagtail reads as "every site's settings") is replaced by the grant
    on the group's own site, and another agency's groups lose the shared
    vocabularies. Returns whether anything changed."""
    changed = False
    for model, actions in MODEL_PERMISSIONS[name]:
        if model in SITE_SETTINGS:
            permissions = list(_permissions(model, actions))
            if group.permissions.filter(pk__in=[p.pk for p in permissions]).exists():
                group.permissions.remove(*permissions)
                changed = True
            for permission in permissions:
                _granted, created = GroupSitePermission.objects.get_or_create(
                    group=group, site=site, permission=permission
                )
                changed = changed or created
        elif model in SHARED_VOCABULARIES and not shared:
            permissions = list(_permissions(model, actions))
            if group.permissions.filter(pk__in=[p.pk for p in permissions]).exists():
                group.permissions.remove(*permissions)
                changed = True
    return changed


def _ensure_workflow(home, board, new_home, name=WORKFLOW):
    """The board's workflow, assigned to ``home`` and to the snippets that need
    approval when it is created, and to a home page set up for the first time
    (``new_home``). An assignment an agency removed or replaced is not put back.
    Snippets take the first agency's workflow; an agency's spokespersons follow
    their own site's (``Spokesperson.get_workflow``)."""
    steps = []
    workflow = Workflow.objects.filter(name=name).first()
    created = workflow is None
    if created:
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([board])
        workflow = Workflow.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    steps.append(RoleStep(str(_("Workflow “%(name)s”") % {"name": name}), created))

    assigned = (created or new_home) and not (
        WorkflowPage.objects.filter(page=home).exists()
    )
    if assigned:
        WorkflowPage.objects.create(page=home, workflow=workflow)
    steps.append(
        RoleStep(
            str(_("Workflow assigned to “%(page)s”") % {"page": home.title}), assigned
        )
    )
    for model in WORKFLOW_SNIPPETS:
        ct = ContentType.objects.get_for_model(model)
        assigned = (
            created and not WorkflowContentType.objects.filter(content_type=ct).exists()
        )
        if assigned:
            WorkflowContentType.objects.create(content_type=ct, workflow=workflow)
        steps.append(
            RoleStep(
                str(
                    _("Workflow assigned to %(model)s")
                    % {"model": model._meta.verbose_name_plural}
                ),
                assigned,
            )
        )
    return steps


#: The province's inspecting department (issue 20): sees every agency site's
#: compliance in the overview, edits nothing.
INSPECTORS = "Thanh tra, kiểm tra"


def ensure_inspector_group():
    """The inspectors' group: the admin and the province overview (with each
    site's compliance report), nothing they could change. Created once; left as
    the province set it up afterwards."""
    group, created = Group.objects.get_or_create(name=INSPECTORS)
    if created:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label__in=("wagtailadmin", "wagtail_nd43"),
                codename__in=("access_admin", "view_province_overview"),
            )
        )
    return [RoleStep(str(_("Group “%(name)s”") % {"name": INSPECTORS}), created)]
