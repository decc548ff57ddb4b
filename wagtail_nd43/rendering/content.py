"""What page bodies and listings use: captioned tables, renditions fetched at
once, fragments kept with the site chrome, the text-size buttons, permission
names, the head row of a table."""

from django import template
from django.core.paginator import Page as PaginatorPage
from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from .. import chrome
from ..compliance.data import has_field
from . import register


class ChromeFragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist

    def render(self, context):
        name = self.name.resolve(context)
        vary = ":".join(str(value.resolve(context)) for value in self.vary)
        return chrome.fragment(
            context.get("request"),
            f"block:{name}",
            lambda: self.nodelist.render(context),
            vary,
        )


@register.tag
def nd43_chrome_fragment(parser, token):
    """``{% nd43_chrome_fragment "home-news" page.pk %}…{% endnd43_chrome_fragment %}``

    The enclosed HTML, kept with the site chrome under the name and the values
    after it, and renewed with it: for parts that show only published pages (and
    the chrome itself), such as the newest articles of the home page. Nothing per
    visitor (forms, counters, the user) may go inside.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    nodelist = parser.parse(("endnd43_chrome_fragment",))
    parser.delete_first_token()
    return ChromeFragmentNode(
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        nodelist,
    )


@register.inclusion_tag("wagtail_nd43/includes/text_size.html")
def nd43_text_size():
    """A-/A/A+ buttons; hidden until ``site.js`` runs, since they need it."""
    return {}


@register.simple_tag
def nd43_prefetch_renditions(pages, filter_spec, field="image"):
    """``{% nd43_prefetch_renditions items "fill-{160x100,320x200} format-{webp,jpeg}" as rows %}``.

    Fetches, in one query, the renditions of ``filter_spec`` for the images of a list
    of pages (a queryset, a slice or a paginator page), so that ``{% image %}``,
    ``{% srcset_image %}`` or ``{% picture %}`` in a loop adds no query per row.
    ``filter_spec`` is written as in those tags (brace expansions, space- or
    pipe-separated operations): every rendition they ask for is fetched. Returns the
    pages as a list.
    """
    if isinstance(pages, PaginatorPage):
        pages.object_list = list(pages.object_list)
        rows = pages.object_list
    else:
        rows = list(pages)
    if not rows or not has_field(rows[0], field):
        return rows
    Rendition = get_image_model().get_rendition_model()
    prefetch = Prefetch(
        f"{field}__renditions",
        queryset=Rendition.objects.filter(
            filter_spec__in=Filter.expand_spec(filter_spec)
        ),
    )
    prefetch_related_objects(rows, prefetch)
    return rows


@register.simple_tag(takes_context=True)
def nd43_captioned_table(context, value):
    """Render a :class:`~wagtail_nd43.blocks.CaptionedTableBlock` value as one
    ``<table>`` whose ``<caption>`` is the block's caption (TT32-18.1đ)."""
    table_block = value.block.child_blocks["table"]
    table = dict(value["table"] or {})
    table["table_caption"] = value["caption"]
    return table_block.render(table, context=context.flatten())


@register.simple_tag
def nd43_permission_label(permission, short=False):
    """A permission's name in the admin's language (see ``admin_labels``)."""
    from ..admin_labels import permission_label

    return permission_label(permission, short=short)


@register.inclusion_tag("wagtail_nd43/includes/table_head.html")
def nd43_table_head(*labels, numbers=0):
    """The head row of a table: ``{% nd43_table_head _("Name") _("Position") %}``,
    a column header (``scope="col"``) for each label, in order; the last
    ``numbers`` of them head columns of numbers (class ``number``)."""
    return {"labels": labels, "numbers": numbers}
