"""The site tree shown on the HTML site map page (TT32-16.4).

The XML site map for search engines is Wagtail's own ``wagtail.contrib.sitemaps``.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from .models.base import item_page_models
from .visibility import public


#: How many levels below the home page the HTML site map shows.
DEPTH = 3


@dataclass
class Node:
    page: Page
    children: list = field(default_factory=list)


def site_tree(root, depth=DEPTH, request=None):
    """The live, public navigation pages under ``root`` as a tree of :class:`Node`.

    Items (articles, documents) are left out: the map shows where things are, not
    every thing — except the answers to frequently asked questions editors publish
    under the Q&A page, which are where a citizen looks for an answer. A fixed
    number of queries (the pages, the FAQ answers and the view restrictions each of
    them reads), whatever the size of the site.
    """
    from .models.articles import ArticlePage
    from .models.participation import QuestionsPageMixin

    pages = (
        public(Page.objects.descendant_of(root, inclusive=True).live(), request)
        .not_type(*item_page_models())
        .filter(depth__lte=root.depth + depth)
        .order_by("path")
    )
    nodes = {}
    top = None
    for page in pages:
        node = Node(page)
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        if page.path == root.path:
            top = node
        elif parent is not None:
            parent.children.append(node)
    questions = [
        node
        for node in nodes.values()
        if issubclass(node.page.specific_class or Page, QuestionsPageMixin)
    ]
    if questions:
        under = Q()
        for node in questions:
            under |= Q(path__startswith=node.page.path, depth=node.page.depth + 1)
        faq = (
            public(Page.objects.live(), request)
            .type(ArticlePage)
            .filter(under)
            .order_by("path")
        )
        for page in faq:
            nodes[page.path[: -Page.steplen]].children.append(Node(page))
    return top
