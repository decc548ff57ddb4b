"""Chooser modals of the legal vocabularies (document types, issuing bodies,
signers) with a search box that matches the way editors type.

Wagtail offers a search box in a snippet chooser only for models in its search
index. These short lists are not indexed, so their chooser had no search at all;
here the box matches each word of the query against the viewset's
``search_fields``, folded like the site search (``nghi dinh`` finds "Nghị định",
``ubnd`` finds "UBND tỉnh").
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from ..search import fold, fold_terms


class FoldedSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        terms = fold_terms(self.cleaned_data.get("q") or "")
        if not terms:
            return objects
        fields = objects.model.snippet_viewset.search_fields
        matching = [
            pk
            for pk, *values in objects.values_list("pk", *fields)
            if all(term in fold(" ".join(map(str, values))) for term in terms)
        ]
        self.is_searching = True
        self.search_query = self.cleaned_data["q"]
        return objects.filter(pk__in=matching)


class FoldedSearchChooseView(ChooseView):
    filter_form_class = FoldedSearchFilterForm


class FoldedSearchChooseResultsView(ChooseResultsView):
    filter_form_class = FoldedSearchFilterForm


class FoldedSearchChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser searching the snippet viewset's ``search_fields``, folded.
    Meant for short lists: the matching is done in Python."""

    choose_view_class = FoldedSearchChooseView
    choose_results_view_class = FoldedSearchChooseResultsView
