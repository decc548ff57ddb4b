"""Several agency sites in one installation (issue 20): who reaches which site.

A province portal hosts its departments' and communes' sites in one Wagtail. Each
agency's groups hold page permissions on their own site's tree only (``roles.py``),
so *the sites a user reaches* are the sites whose tree holds a page one of their
groups has a permission on (or whose tree lies under such a page), and the sites
on which one of their groups holds a per-site permission (Wagtail's
``GroupSitePermission``: the technical administrators edit their site's identity
and have no page permission). Superusers reach every site. Everything an agency owns outside its page tree follows from that:

- banners, site alerts and mourning periods (``SiteScopedMixin``): an editor lists
  and edits only the items of the sites they reach; a province-wide item (no site)
  only with the ``wagtail_nd43.publish_province_wide`` permission;
- questions (their ``site``) and comments on drafts (their page's site);
- spokespersons (their ``site``).

:func:`scope` is the one rule, used by the listings (``get_queryset``) and by the
guard on every screen of one item (:class:`SiteScopedViewSetMixin`), so a user who
types another agency's item address gets "permission denied".

The *province portal*, whose spokesperson page lists every unit's spokespersons,
is the default site (:func:`province_site`).
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls.resolvers import URLPattern
from wagtail.models import GroupPagePermission, GroupSitePermission, Site


PROVINCE_PERMISSION = "wagtail_nd43.publish_province_wide"
_USER_ATTRIBUTE = "_nd43_site_roots"


def province_site():
    """The province portal: the default site (``None`` if there is none)."""
    return Site.objects.filter(is_default_site=True).select_related("root_page").first()


def site_roots(user):
    """``{site id: root page path}`` of the sites ``user`` reaches, or ``None``
    for every site (a superuser). Three queries, remembered on the user object
    (one request)."""
    if not user.is_active:
        return {}
    if user.is_superuser:
        return None
    roots = getattr(user, _USER_ATTRIBUTE, None)
    if roots is None:
        paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
        granted = set(
            GroupSitePermission.objects.filter(group__user=user).values_list(
                "site_id", flat=True
            )
        )
        roots = {
            site_id: root
            for site_id, root in Site.objects.values_list("pk", "root_page__path")
            if site_id in granted
            or any(root.startswith(path) or path.startswith(root) for path in paths)
        }
        setattr(user, _USER_ATTRIBUTE, roots)
    return roots


def reachable_sites(user):
    """The sites ``user`` reaches, as a queryset."""
    roots = site_roots(user)
    sites = Site.objects.all()
    return sites if roots is None else sites.filter(pk__in=roots)


def may_publish_province_wide(user):
    return user.is_active and user.has_perm(PROVINCE_PERMISSION)


def scope(queryset, user, site_field="site", page_field=None):
    """``queryset`` narrowed to what ``user`` may reach.

    ``site_field`` names a ``Site`` foreign key (a null one means "province-wide",
    kept for holders of the province permission); ``page_field`` instead names a
    page whose place in the tree tells its site."""
    roots = site_roots(user)
    if roots is None:
        return queryset
    if page_field is not None:
        reach = Q(pk__in=[])
        for root in roots.values():
            reach |= Q(**{f"{page_field}__path__startswith": root})
        return queryset.filter(reach)
    reach = Q(**{f"{site_field}__in": list(roots)})
    if may_publish_province_wide(user):
        reach |= Q(**{f"{site_field}__isnull": True})
    return queryset.filter(reach)


class SiteScopedViewSetMixin:
    """For a ``ModelViewSet`` or ``SnippetViewSet``: the listing shows only what the
    user reaches (:func:`scope` with ``scope_site_field`` / ``scope_page_field``),
    and every screen of one item (edit, delete, history, revisions, workflow, ...)
    refuses an item the user does not reach."""

    scope_site_field = "site"
    scope_page_field = None

    def scoped(self, queryset, user):
        return scope(queryset, user, self.scope_site_field, self.scope_page_field)

    def get_queryset(self, request):
        parent = getattr(super(), "get_queryset", None)  # a snippet viewset's
        queryset = parent(request) if parent is not None else None
        if queryset is None:
            queryset = self.model._default_manager.all()
        return self.scoped(queryset, request.user)

    def get_index_view_kwargs(self, **kwargs):
        view_kwargs = super().get_index_view_kwargs(**kwargs)
        if hasattr(self.index_view_class, "scope_viewset"):
            view_kwargs["scope_viewset"] = self
        return view_kwargs

    def get_edit_handler(self):
        handler = super().get_edit_handler()
        if handler is not None and handler.base_form_class is None:
            from .forms import SiteChoiceForm

            handler.base_form_class = SiteChoiceForm
        return handler

    def get_urlpatterns(self):
        return [self._guard(pattern) for pattern in super().get_urlpatterns()]

    def _guard(self, pattern):
        if not isinstance(pattern, URLPattern) or (
            "pk" not in pattern.pattern.converters
        ):
            return pattern
        view = pattern.callback
        manager = self.model._default_manager

        @wraps(view)
        def guarded(request, *args, **kwargs):
            pk = unquote(str(kwargs["pk"]))
            if (
                manager.filter(pk=pk).exists()
                and not self.scoped(manager.filter(pk=pk), request.user).exists()
            ):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


class ScopedIndexViewMixin:
    """For the index view of a ``ModelViewSet`` (which, unlike a snippet viewset,
    has no ``get_queryset(request)``): list what the viewset's scope allows."""

    scope_viewset = None

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return self.scope_viewset.scoped(queryset, self.request.user)


def scoped_models():
    from .models import Banner, MourningPeriod, SiteAlert, Spokesperson

    return (Banner, SiteAlert, MourningPeriod, Spokesperson)


def refuse_bulk_action_on_other_sites(request, action_type, objects, action):
    """``before_bulk_action`` hook: a bulk action (delete, unpublish) on items of
    sites the user does not reach is refused."""
    models = scoped_models()
    items = [obj for obj in objects if isinstance(obj, models)]
    if not items:
        return None
    model = type(items[0])
    allowed = set(
        scope(
            model._default_manager.filter(pk__in=[obj.pk for obj in items]),
            request.user,
        ).values_list("pk", flat=True)
    )
    if any(obj.pk not in allowed for obj in items):
        raise PermissionDenied
    return None
