"""The one way a public listing is filtered: a django-filter ``FilterSet``.

Each listing section declares a :class:`ListingFilterSet` subclass whose filters
are its GET parameters (a public contract: bookmarked links and the fuzz tests use
them), and ``listing.ItemListingMixin`` binds it to ``request.GET``, lists its
``qs`` and hands its selects to ``includes/filter_form.html``. A bad value fails
its form field's validation and that filter is left out (django-filter filters
with the valid fields only), so a shared link always opens and never answers 500.

Most filters are :class:`SelectFilter`\\ s: a ``<select>`` whose options are fixed
choices, read from the listed items (:class:`ValuesFilter`, :class:`YearFilter`,
:class:`PeriodYearFilter`: one or two indexed queries, whatever the number of
items) or named by a method of the filter set (e.g. read from the cache). A strict
select accepts only its options; one given ``parse`` accepts any value ``parse``
turns into something (a year with nothing yet lists nothing, and says so).
"""

import datetime
import hashlib

import django_filters
from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import pgettext_lazy

from .. import public_input
from ..search import fold


def text_value(value, max_length=255):
    """Free text, whitespace collapsed and cut to ``max_length``."""
    return " ".join(str(value).split())[:max_length]


def exact_value(value, max_length=255):
    """Text compared as stored, cut to ``max_length`` (its ends are already
    trimmed): a select whose values editors typed matches them exactly."""
    return str(value)[:max_length]


def year_value(value):
    """A year between 1900 and 2200, else ``None``."""
    return public_input.int_in_range(value, 1900, 2200)


def id_value(value):
    """A positive database id, else ``None``."""
    return public_input.int_in_range(value, 1, 10**9 - 1)


class FilterField:
    """One ``<select>`` of a listing's filter form, as
    ``includes/filter_form.html`` renders it: ``options`` are ``(value, label)``
    pairs and ``value`` the chosen one, all compared as strings."""

    def __init__(self, name, label, options, value, empty_label=None):
        self.name = name
        self.label = label
        self.options = options
        self.value = value
        self.empty_label = empty_label or pgettext_lazy("filter", "All")

    @property
    def id_for_label(self):
        return f"nd43-filter-{self.name}"


class SelectField(django_filters.fields.ChoiceField):
    """The form field of a :class:`SelectFilter`: one of its choices or, given
    ``parse``, any value ``parse`` does not turn into ``None``."""

    def __init__(self, *args, parse=None, **kwargs):
        self.parse = parse
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value).strip()
        if value and self.parse is not None:
            value = self.parse(value)
            if value is None or value == "":
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice"
                )
        return value

    def valid_value(self, value):
        return self.parse is not None or super().valid_value(value)


class SelectFilter(django_filters.ChoiceFilter):
    """A ``<select>`` of fixed ``choices``, of :meth:`get_options` read from the
    listed items, or of ``options``: a name the filter set resolves
    (:meth:`ListingFilterSet.get_named_options`)."""

    field_class = SelectField

    def __init__(self, field_name=None, *, options=None, **kwargs):
        self.options = options
        kwargs.setdefault("empty_label", pgettext_lazy("filter", "All"))
        super().__init__(field_name, **kwargs)

    def get_options(self, queryset):
        """``(value, label)`` pairs read from ``queryset`` (the listed items,
        unordered), or ``None`` for the fixed choices."""
        return None

    def model_field(self, queryset, name=None):
        return queryset.model._meta.get_field(name or self.field_name)


class ValuesFilter(SelectFilter):
    """The distinct values of a field among the listed items (one query);
    ``descending`` lists the largest first."""

    def __init__(self, field_name=None, *, descending=False, **kwargs):
        self.descending = descending
        super().__init__(field_name, **kwargs)

    def get_options(self, queryset):
        name = self.field_name
        values = queryset.exclude(**{f"{name}__isnull": True})
        if isinstance(self.model_field(queryset), (models.CharField, models.TextField)):
            values = values.exclude(**{name: ""})
        values = values.values_list(name, flat=True).distinct()
        values = values.order_by(f"-{name}" if self.descending else name)
        return [(value, value) for value in values]


def years_between(queryset, start, end):
    """Every year from the latest ``end`` among ``queryset`` back to the earliest
    ``start`` (date or year fields), in two indexed queries."""
    firsts = queryset.exclude(**{f"{start}__isnull": True})
    first = firsts.order_by(start).values_list(start, flat=True).first()
    if first is None:
        return []
    lasts = queryset.exclude(**{f"{end}__isnull": True})
    last = lasts.order_by(f"-{end}").values_list(end, flat=True).first() or first
    first, last = getattr(first, "year", first), getattr(last, "year", last)
    return [(year, year) for year in range(last, first - 1, -1)]


class PeriodYearFilter(SelectFilter):
    """Items whose period, from ``start`` to ``end`` (date or year fields),
    covers the chosen year; the years run from the latest end back to the
    earliest start (two indexed queries)."""

    def __init__(self, start, end, **kwargs):
        self.start = start
        self.end = end
        super().__init__(start, **kwargs)

    def get_options(self, queryset):
        return years_between(queryset, self.start, self.end)

    def filter(self, qs, value):
        if value in django_filters.constants.EMPTY_VALUES:
            return qs
        year = int(value)
        first, last = year, year
        if isinstance(self.model_field(qs, self.start), models.DateField):
            first, last = datetime.date(year, 12, 31), datetime.date(year, 1, 1)
        return qs.filter(**{f"{self.start}__lte": first, f"{self.end}__gte": last})


class YearFilter(PeriodYearFilter):
    """The years of a date field, newest first: a range of dates, which an index
    on the field serves. The options run from the latest year back to the
    earliest; ``every_year=False`` offers only the years that have an item (their
    distinct years, one query)."""

    def __init__(self, field_name, *, every_year=True, **kwargs):
        self.every_year = every_year
        super().__init__(field_name, field_name, **kwargs)

    def get_options(self, queryset):
        if self.every_year:
            return super().get_options(queryset)
        days = queryset.dates(self.field_name, "year", order="DESC")
        return [(day.year, day.year) for day in days]


class TextFilter(django_filters.CharFilter):
    """Free text, whitespace collapsed and cut to ``max_length``: an over-long
    value is shortened, not refused."""

    class field_class(forms.CharField):
        def to_python(self, value):
            return text_value(super().to_python(value), self.max_length)


class ListingFilterSet(django_filters.FilterSet):
    """The filters of one listing, bound to its GET parameters; ``section`` is the
    listing page (a filter set may read its settings)."""

    def __init__(self, data=None, queryset=None, *, request=None, section=None):
        super().__init__(data or {}, queryset, request=request)
        self.section = section
        items = self.queryset.order_by()
        for filter_ in self.filters.values():
            if not isinstance(filter_, SelectFilter):
                continue
            if filter_.options:
                options = self.get_named_options(filter_.options)
            else:
                options = filter_.get_options(items)
            if options is not None:
                filter_.extra["choices"] = options

    def get_named_options(self, name):
        """The options a select names with ``options=name``: by default those of
        the filter set's method ``name``."""
        return getattr(self, name)()

    def chosen(self, name):
        """The valid value of filter ``name`` in the request, ``""`` when none,
        read before the form is built: for options that depend on another
        select's choice (the fields of the chosen sector). That filter must be
        declared first, so that its options are set."""
        try:
            value = self.filters[name].field.clean(self.data.get(name))
        except forms.ValidationError:
            return ""
        return "" if value is None else value

    @cached_property
    def values(self):
        """Each filter's valid value in this request, ``""`` when none."""
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        return {
            name: "" if cleaned.get(name) is None else cleaned[name]
            for name in self.filters
        }

    @property
    def active(self):
        return any(value != "" for value in self.values.values())

    @cached_property
    def select_fields(self):
        """The :class:`FilterField` of each select, in declaration order."""
        return [
            FilterField(
                name,
                filter_.label,
                [(str(value), label) for value, label in filter_.extra["choices"]],
                str(self.values[name]),
                filter_.extra["empty_label"],
            )
            for name, filter_ in self.filters.items()
            if isinstance(filter_, SelectFilter)
        ]

    def cache_key(self):
        """A short digest of the chosen values, each under its name: any query
        string gives a key every cache backend accepts (memcached refuses keys
        over 250 characters or with spaces), and the same value in two filters
        (``?type=5``, ``?issuer=5``) gives two keys. A keyword is folded, as its
        filter compares it: ``?q=Quyết`` and ``?q=quyet`` share one."""

        def chosen(name, value):
            folded = isinstance(self.filters.get(name), TextFilter)
            return fold(str(value)) if folded else str(value)

        text = "&".join(
            f"{name}={chosen(name, value)}" for name, value in self.values.items()
        )
        return hashlib.sha256(text.encode()).hexdigest()[:32]
