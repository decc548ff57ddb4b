"""The search view of ``wagtail start``, listed before Wagtail's pages."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page


def search(request):
    query = request.GET.get("query", "")
    results = Page.objects.live().search(query) if query else Page.objects.none()
    page = Paginator(results, 10).get_page(request.GET.get("page", 1))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
