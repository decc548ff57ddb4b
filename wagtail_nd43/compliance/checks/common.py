"""What the evaluators share: section look-ups, links to the evidence and the
findings of fields left empty.
"""

import functools

from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from ...models.base import item_page_models
from ..data import is_filled
from ..report import (
    EMPTY,
    INCOMPLETE,
    MISSING,
    OK,
    Finding,
)


def format_date(value):
    return formats.date_format(value, "d/m/Y")


def format_datetime(value):
    return formats.date_format(timezone.localtime(value), "H:i d/m/Y")


def field_list(model, names):
    return get_text_list(
        [f"“{model._meta.get_field(name).verbose_name}”" for name in names],
        _("and"),
    )


def section_title(data, key):
    page = data.sections.get(key)
    if page is not None:
        return page.title
    try:
        return data.profile.section(key).title_vi
    except KeyError:
        return key


def section_absent(requirement, data, key):
    """A finding when the section is missing, unpublished or private; else ``None``."""
    page = data.sections.get(key)
    title = section_title(data, key)
    if page is None:
        parent_section = data.profile.parent_of(key)
        parent = data.sections.get(parent_section.key) if parent_section else None
        parent = parent or data.home
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” does not exist. Run the scaffold "
                "(manage.py nd43_scaffold) to create it, or add it in the page tree."
            )
            % {"section": title},
            admin_url=data.add_child_url(parent),
        )
    if not page.live:
        return Finding(
            requirement,
            MISSING,
            _("The section “%(section)s” is not published. Publish it.")
            % {"section": title},
            admin_url=data.edit_page_url(page),
        )
    if data.is_restricted(page):
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” is private. Remove its privacy setting "
                "so that everyone can read it."
            )
            % {"section": title},
            admin_url=data.edit_page_url(page),
        )
    hidden = data.hidden_ancestor(page)
    if hidden is not None:
        return Finding(
            requirement,
            MISSING,
            _(
                "The section “%(section)s” is under the unpublished page "
                "“%(parent)s”: visitors cannot open it. Publish “%(parent)s”."
            )
            % {"section": title, "parent": hidden},
            admin_url=data.edit_page_url(page),
        )
    return None


def on_section(evaluator):
    """Decorate the evaluator of a check on one section (``check.section``): the
    finding of :func:`section_absent` when the section cannot be read, else the
    evaluator's, called with the section's page as a fourth argument."""

    @functools.wraps(evaluator)
    def evaluate(requirement, check, data):
        absent = section_absent(requirement, data, check.section)
        if absent:
            return absent
        return evaluator(requirement, check, data, data.sections[check.section])

    return evaluate


def page_links(data, page, add=False):
    return {
        "evidence_url": data.public_url(page),
        "admin_url": data.add_child_url(page) if add else data.edit_page_url(page),
    }


def lists_items(page):
    return any(model.can_create_at(page) for model in item_page_models())


def filled_finding(requirement, instance, names, what, links):
    missing = [name for name in names if not is_filled(instance, name)]
    if not missing:
        return Finding(
            requirement, OK, _("%(what)s: all filled in.") % {"what": what}, **links
        )
    status = EMPTY if len(missing) == len(names) else INCOMPLETE
    return Finding(
        requirement,
        status,
        _("Fill in %(fields)s in %(what)s.")
        % {"fields": field_list(type(instance), missing), "what": what},
        **links,
    )


def evidence_key(requirement, data, explicit=""):
    """The key of the section where the public sees the evidence of
    ``requirement``: ``explicit`` or the section that lists it (``""``: none)."""
    if explicit:
        return explicit
    for section in data.profile.sections(data.level):
        if requirement.id in section.requirement_ids:
            return section.key
    return ""


def evidence_page(requirement, data):
    key = evidence_key(requirement, data)
    return data.sections.get(key) if key else None


def evidence_hidden(requirement, data, explicit=""):
    """A failing finding when the page that shows the evidence is not visible to
    the public (the home page counts as always visible); else ``None``."""
    key = evidence_key(requirement, data, explicit)
    if not key or key == data.profile.root.key:
        return None
    return section_absent(requirement, data, key)
