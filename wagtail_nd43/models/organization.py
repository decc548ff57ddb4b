"""People and units of the agency: leaders (Decree 43/2011 Art. 10.1.a), subordinate
units (10.1.a) and the contact directory of competent officials (10.1.k).

These are snippets shown by the existing section pages: ``LeadershipPage`` lists the
leaders, ``UnitsPage`` the units and ``ContactPage`` the searchable contact directory
after the agency's own contact details.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldRowPanel
from wagtail.search import index

from ..search import fold
from ..validators import validate_phone
from .fields import image_link, long_text, optional_text, short_text, sort_order_field


def fold_contact_text(text):
    """Fold Vietnamese ``text`` for the contact directory search, with the
    package's one folding function (``search.fold``): "nguyen van an" finds
    "Nguyễn Văn An"."""
    return fold(text)


class SortOrderMixin(models.Model):
    sort_order = sort_order_field()

    class Meta:
        abstract = True


class PersonMixin(models.Model):
    """A person named with their position: ``full_name`` here, ``position``
    declared by each model with its own help text."""

    full_name = short_text(_("full name"))

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.full_name} – {self.position}"


class DirectoryPersonMixin(SortOrderMixin, PersonMixin, index.Indexed):
    """A person of one of the agency's directories (leaders, competent officials,
    spokespersons), listed in the order the agency sets and found by name or
    position."""

    search_fields = [
        index.SearchField("full_name"),
        index.SearchField("position"),
        index.AutocompleteField("full_name"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "full_name"]


class Leader(DirectoryPersonMixin):
    """A leader of the agency, with the short biography and assigned duties that
    Decree 43/2011 Art. 10.1.a requires for each of them."""

    position = short_text(_("position"), _("E.g. “Giám đốc Sở” or “Phó Giám đốc Sở”."))
    biography = long_text(
        _("short biography"),
        _(
            "Required by Decree 43/2011 Art. 10.1.a: year of birth, home town, "
            "education and the main positions held."
        ),
    )
    duties = long_text(
        _("assigned duties"),
        _(
            "Required by Decree 43/2011 Art. 10.1.a: the fields and units this leader "
            "is in charge of, as in the agency's assignment of duties."
        ),
    )
    photo = image_link(_("photo"))
    phone = models.CharField(
        _("phone"),
        max_length=100,
        blank=True,
        validators=[validate_phone],
        help_text=_("The office phone number, if it is published."),
    )
    email = models.EmailField(
        _("official email"),
        blank=True,
        help_text=_("The official (công vụ) address, if it is published."),
    )

    panels = [
        FieldRowPanel(["full_name", "position"]),
        "biography",
        "duties",
        "photo",
        FieldRowPanel(["phone", "email", "sort_order"]),
    ]
    search_fields = DirectoryPersonMixin.search_fields + [index.SearchField("duties")]

    class Meta(DirectoryPersonMixin.Meta):
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")


class Unit(SortOrderMixin, index.Indexed, models.Model):
    """A subordinate or specialised unit of the agency (đơn vị trực thuộc) with its
    functions and contact details."""

    name = short_text(_("name"), _("E.g. “Phòng Bưu chính, Viễn thông”."))
    functions = long_text(
        _("functions and tasks"),
        _("The unit's functions and tasks, as in its founding decision."),
    )
    head = optional_text(
        _("head of the unit"),
        _("Full name and position, e.g. “Ông Trần Văn Bình – Trưởng phòng”."),
    )
    address = optional_text(_("address"), max_length=500)
    phone = models.CharField(
        _("phone"), max_length=100, blank=True, validators=[validate_phone]
    )
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The unit's own website, if it has one."),
    )

    panels = [
        FieldRowPanel(["name", "sort_order"]),
        "functions",
        "head",
        "address",
        FieldRowPanel(["phone", "email", "website"]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("functions"),
        index.SearchField("head"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The contacts' search text holds the unit's name.
        contacts = list(self.contact_persons.all())
        for contact in contacts:
            contact.unit = self
            contact.search_text = contact.build_search_text()
        ContactPerson.objects.bulk_update(contacts, ["search_text"])


class ContactPerson(DirectoryPersonMixin):
    """A competent official people can contact (Decree 43/2011 Art. 10.1.k): the
    decree requires all five details — full name, position, work unit, phone or fax
    and official email."""

    position = short_text(_("position"))
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("work unit"),
        on_delete=models.PROTECT,
        related_name="contact_persons",
        help_text=_(
            "The unit the official works in. Add the unit first under "
            "“Decree 43 › Units” if it is not in the list."
        ),
    )
    phone = models.CharField(
        _("phone or fax"),
        max_length=100,
        validators=[validate_phone],
        help_text=_("Required by Decree 43/2011 Art. 10.1.k, e.g. 028 3520 2727."),
    )
    email = models.EmailField(
        _("official email"),
        help_text=_(
            "Required by Decree 43/2011 Art. 10.1.k: the official (công vụ) address, "
            "not a personal one."
        ),
    )
    search_text = models.TextField(editable=False, blank=True, default="")

    panels = [
        FieldRowPanel(["full_name", "position"]),
        "unit",
        FieldRowPanel(["phone", "email", "sort_order"]),
    ]
    search_fields = DirectoryPersonMixin.search_fields + [index.SearchField("email")]

    class Meta(DirectoryPersonMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def build_search_text(self):
        unit = self.unit.name if self.unit_id else ""
        parts = (self.full_name, self.position, unit, self.phone, self.email)
        return fold_contact_text(" ".join(p for p in parts if p))


class ContactPersonQuery:
    """The contact directory's search: every word of the folded query must occur in
    the contact's folded text. One query, whatever the size of the directory."""

    max_length = 200

    def __init__(self, request):
        raw = request.GET.get("q", "") if request is not None else ""
        self.q = raw.strip()[: self.max_length]
        self.terms = fold_contact_text(self.q).split()

    def filter(self, queryset):
        for term in self.terms:
            queryset = queryset.filter(search_text__contains=term)
        return queryset


class LeadershipPageMixin(models.Model):
    """Renders the leaders (Art. 10.1.a) above the page's own content."""

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return [self.template, "wagtail_nd43/pages/leadership_page.html"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = Leader.objects.select_related("photo")
        return context


class UnitsPageMixin(models.Model):
    """Renders the subordinate units with their functions and contacts."""

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return [self.template, "wagtail_nd43/pages/units_page.html"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = Unit.objects.all()
        return context


class ContactDirectoryMixin(models.Model):
    """Adds the searchable directory of competent officials (Art. 10.1.k), GET
    ``q``, folded so that a query typed without diacritics matches."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = ContactPersonQuery(request)
        contacts = query.filter(ContactPerson.objects.select_related("unit"))
        context["contact_query"] = query.q
        context["contacts"] = contacts
        return context
