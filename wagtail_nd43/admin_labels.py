"""Words of Wagtail's admin that no catalogue can translate, in the language of
the admin (issue 17: the role set-up half in English).

- Permission names are stored in the database in English when the models are
  migrated ("Can add group", "Can publish campaign banner"): the group screen shows
  them as stored. :func:`permission_label` builds them again from the action and
  the model's verbose name, both translated (used by the package's override of
  ``wagtailusers/groups/includes/formatted_permissions.html``).
- Columns Wagtail declares without a label get one made from their attribute name
  ("Site name", "Root page", "Port" on the sites screen):
  :func:`label_unlabelled_wagtail_columns` gives them the model field's verbose
  name, which Wagtail's catalogue translates.

Model-free at import: called from ``AppConfig.ready`` and template tags.
"""

from django.contrib.auth import get_permission_codename
from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy


#: Every action whose permission Django or Wagtail names "Can <action> <model>".
ACTIONS = {
    "add": gettext_lazy("Can add %(model)s"),
    "change": gettext_lazy("Can change %(model)s"),
    "delete": gettext_lazy("Can delete %(model)s"),
    "view": gettext_lazy("Can view %(model)s"),
    "publish": gettext_lazy("Can publish %(model)s"),
    "lock": gettext_lazy("Can lock %(model)s"),
    "unlock": gettext_lazy("Can unlock %(model)s"),
}
#: The same actions without the model, for the "custom permissions" column of a
#: row that already names the model.
SHORT_ACTIONS = {
    "view": gettext_lazy("Can view"),
    "publish": gettext_lazy("Can publish"),
    "lock": gettext_lazy("Can lock"),
    "unlock": gettext_lazy("Can unlock"),
}


def _action(permission):
    model = permission.content_type.model_class()
    if model is None:
        return None, None
    for action in ACTIONS:
        if permission.codename == get_permission_codename(action, model._meta):
            return action, model
    return None, model


def permission_label(permission, short=False):
    """The permission's name in the active language: "Được thêm nhóm" for
    ``auth.add_group``; with ``short``, only the action ("Được xuất bản") where
    one is known. Other permissions go through the catalogues as stored ("Can
    access Wagtail admin")."""
    action, model = _action(permission)
    if action is None:
        return gettext(permission.name)
    if short and action in SHORT_ACTIONS:
        return str(SHORT_ACTIONS[action])
    return ACTIONS[action] % {"model": model._meta.verbose_name}


def label_unlabelled_wagtail_columns():
    """Give the sites screen's columns the translated verbose names of their
    fields. Only a label still equal to the one Wagtail derives from the name is
    replaced, so a Wagtail release that labels them wins."""
    from django.apps import apps

    if not apps.is_installed("wagtail.sites"):
        return
    from wagtail.models import Site
    from wagtail.sites.views import IndexView

    for column in IndexView.columns:
        derived = capfirst(column.name.replace("_", " "))
        if column.label != derived:
            continue
        try:
            field = Site._meta.get_field(column.name)
        except FieldDoesNotExist:
            continue
        column.label = capfirst(field.verbose_name)
