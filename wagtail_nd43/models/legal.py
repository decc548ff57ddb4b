"""Legal documents (văn bản) under the “Văn bản” section (ND43-10.1e, ND42-4.1).

Each document shows the seven items Decree 43/2011 Art. 10.1.e requires — form
(document type), issuing authority, number/symbol, issue date, effective date,
summary (trích yếu) and a downloadable file — plus signer, fields, expiry date,
whether the agency issued it itself (2 or 10 working days to publish it, Art.
17.1.c), a link to the national legal documents database (ND42-4.1) and its
relations to other documents. The effect status is computed, never typed.

Document types, issuing bodies, signers and fields are vocabularies (snippets) an
agency manages, in ``legal_vocabularies.py``; the section listing the documents
with its filters is in ``legal_listing.py``.
"""

import uuid

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    TitleFieldPanel,
)
from wagtail.models import Orderable

from ..conf import nd43_settings
from ..search import fold, fold_for_index
from ..validators import TEXT_EXTENSIONS, validate_file
from .attachments import (
    DocumentAttachment,
    attachment_document_field,
    attachment_label_field,
)
from .base import FoldedSearchMixin, ItemPageMixin, Nd43Page
from .fields import (
    body_field,
    choice_field,
    document_number,
    long_text,
    optional_date,
    optional_link,
    optional_text,
    validate_document_number,
)
from .legal_vocabularies import (  # noqa: F401  (their place before the split)
    DOCUMENT_TYPES,
    FIELDS,
    ISSUING_BODIES,
    DocumentType,
    IssuingBody,
    LegalField,
    Signer,
    VocabularyMixin,
    ensure_vocabularies,
)
from .validation import CheckedItemMixin, clean_number


# ---- Effect status ------------------------------------------------------------------


class EffectStatus(models.TextChoices):
    NOT_YET = "not-yet", _("Not yet in effect")
    IN_EFFECT = "in-effect", _("In effect")
    PARTLY_EXPIRED = "partly-expired", _("Partly expired")
    EXPIRED = "expired", _("Expired")


class RelationKind(models.TextChoices):
    REPLACES = "replaces", _("replaces")
    AMENDS = "amends", _("amends or supplements")
    REPEALS = "repeals", _("repeals")
    REPEALS_PART = "repeals-part", _("repeals part of")
    GUIDES = "guides", _("guides the implementation of")


#: Relations that end the target's effect wholly, or in part.
ENDING = (RelationKind.REPLACES, RelationKind.REPEALS)
PARTIAL = (RelationKind.AMENDS, RelationKind.REPEALS_PART)

#: What the relation says, read from the target's side.
INCOMING_LABELS = {
    RelationKind.REPLACES: _("Replaced by"),
    RelationKind.AMENDS: _("Amended or supplemented by"),
    RelationKind.REPEALS: _("Repealed by"),
    RelationKind.REPEALS_PART: _("Partly repealed by"),
    RelationKind.GUIDES: _("Implementation guided by"),
}


def _today():
    return timezone.localdate()


def relation_dates(target_ids):
    """For each document in ``target_ids``: the first day a live document ends it
    wholly (replaces or repeals it) and the first day one ends it in part (amends
    or partly repeals it), from the relations' effective dates. One query."""
    dates = {pk: [None, None] for pk in target_ids}
    rows = (
        LegalDocumentRelation.objects.filter(target__in=target_ids, page__live=True)
        .values_list("target_id", "kind")
        .annotate(first=Min("page__effective_date"))
    )
    for target, kind, first in rows:
        slot = 0 if kind in ENDING else 1 if kind in PARTIAL else None
        if slot is not None and first is not None:
            current = dates[target][slot]
            dates[target][slot] = first if current is None else min(current, first)
    return dates


def update_relation_dates(target_ids):
    """Store :func:`relation_dates` on the documents ``target_ids`` (no save(): the
    columns are derived, and no revision is made)."""
    target_ids = {pk for pk in target_ids if pk}
    if not target_ids:
        return
    for pk, (ended_on, amended_on) in relation_dates(target_ids).items():
        LegalDocumentPage.objects.filter(pk=pk).update(
            ended_on=ended_on, amended_on=amended_on
        )
    bump_listing_version()


def status_q(status, today=None):
    """A filter selecting documents of effect ``status`` on ``today``: plain column
    comparisons, so the listing needs no subquery per document."""
    today = today or _today()
    started = Q(effective_date__lte=today)
    ended = Q(expiry_date__lte=today) | Q(ended_on__lte=today)
    amended = Q(amended_on__lte=today)
    if status == EffectStatus.NOT_YET:
        return Q(effective_date__gt=today)
    if status == EffectStatus.EXPIRED:
        return started & ended
    if status == EffectStatus.PARTLY_EXPIRED:
        return started & ~ended & amended
    if status == EffectStatus.IN_EFFECT:
        return started & ~ended & ~amended
    raise ValueError(status)


def compute_status(effective_date, expiry_date, ended_on, amended_on, today):
    """The effect status on ``today`` (the same rules as :func:`status_q`). The
    expiry date, and the dates another document ends this one wholly or in part,
    are the first days without (full) effect."""

    def reached(day):
        return day is not None and day <= today

    if effective_date is None or effective_date > today:
        return EffectStatus.NOT_YET
    if reached(expiry_date) or reached(ended_on):
        return EffectStatus.EXPIRED
    if reached(amended_on):
        return EffectStatus.PARTLY_EXPIRED
    return EffectStatus.IN_EFFECT


# ---- Attachments --------------------------------------------------------------------

ALLOWED_EXTENSIONS = TEXT_EXTENSIONS


def validate_attachment(document):
    """Refuse a Wagtail document that is not PDF/DOC/DOCX/ODT, or is larger than
    ``WAGTAIL_ND43_LEGAL_DOCUMENT_MAX_FILE_SIZE``."""
    validate_file(
        document, ALLOWED_EXTENSIONS, nd43_settings.LEGAL_DOCUMENT_MAX_FILE_SIZE
    )


# ---- Pages --------------------------------------------------------------------------


#: The validator of the number field, by the name the migrations know it.
validate_number = validate_document_number


class LegalDocumentPageMixin(CheckedItemMixin, FoldedSearchMixin, models.Model):
    document_type = models.ForeignKey(
        "wagtail_nd43.DocumentType",
        verbose_name=_("document type"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The form of the document (hình thức văn bản), e.g. Nghị định."),
    )
    issuing_body = models.ForeignKey(
        "wagtail_nd43.IssuingBody",
        verbose_name=_("issuing body"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The authority that issued the document (thẩm quyền ban hành)."),
    )
    number = document_number(
        _("number and symbol"),
        _(
            "As printed on the document, e.g. 43/2011/NĐ-CP. It is saved in the "
            "standard form: “43/2011/nd-cp” becomes “43/2011/NĐ-CP”."
        ),
        db_index=True,
    )
    issued_date = models.DateField(
        _("issue date"), db_index=True, help_text=_("The date the document was signed.")
    )
    effective_date = models.DateField(
        _("effective date"),
        help_text=_(
            "The date the document takes effect. For documents effective on "
            "signature, the issue date."
        ),
    )
    expiry_date = optional_date(
        _("expiry date"),
        _(
            "The first day on which the document no longer has effect, when it "
            "states one. A document replaced or repealed by another is shown as "
            "expired automatically."
        ),
    )
    summary = long_text(
        _("summary"),
        _(
            "The summary (trích yếu) as printed under the number, e.g. “Quy định "
            "về việc cung cấp thông tin và dịch vụ công trực tuyến...”."
        ),
    )
    signer = optional_link("wagtail_nd43.Signer", _("signer"))
    fields = ParentalManyToManyField(
        "wagtail_nd43.LegalField",
        verbose_name=_("fields"),
        blank=True,
        related_name="+",
    )
    is_own_issuance = models.BooleanField(
        _("issued by this agency"),
        default=False,
        help_text=_(
            "Tick when this agency issued the document: Decree 43 (Art. 17.1.c) "
            "asks it to be posted within 2 working days of issue; documents of "
            "other authorities within 10 working days."
        ),
    )
    national_db_url = models.URLField(
        _("national legal database link"),
        blank=True,
        max_length=500,
        help_text=_(
            "The document's address in the national database of legal documents "
            "(vbpl.vn), which Decree 42/2022 asks portals to link to."
        ),
    )
    body = body_field(
        _("full text or notes"),
        _("Optional: the text of the document, or notes for readers."),
    )
    ended_on = models.DateField(
        null=True,
        editable=False,
        help_text="First day a live document replacing or repealing it is in effect.",
    )
    amended_on = models.DateField(
        null=True,
        editable=False,
        help_text="First day a live document amending it or part of it is in effect.",
    )
    search_text = models.TextField(
        editable=False,
        default="",
        help_text="Folded number, title, summary, issuer, type and text for search.",
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            help_text=_("E.g. “Nghị định 43/2011/NĐ-CP về cung cấp thông tin...”."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(["document_type", "number"]),
                FieldRowPanel(["issuing_body", "signer"]),
                FieldRowPanel(["issued_date", "effective_date", "expiry_date"]),
                "summary",
            ],
            heading=_("The seven items Decree 43 requires"),
        ),
        InlinePanel(
            "attachments",
            heading=_("Files to download"),
            label=_("File"),
            min_num=1,
            help_text=_("PDF, DOC, DOCX or ODT files of the document."),
        ),
        "fields",
        "is_own_issuance",
        "national_db_url",
        InlinePanel(
            "relations",
            heading=_("Relations to other documents"),
            label=_("Relation"),
        ),
        "body",
    ]
    search_fields = FoldedSearchMixin.page_search_fields(
        "number",
        "summary",
        "body",
        filters=["issued_date", "document_type", "issuing_body"],
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    # -- saving -------------------------------------------------------------------

    def save(self, *args, **kwargs):
        clean_number(self, "number")  # saving unclean data keeps what was typed
        self.search_text = self.build_search_text()
        if self.pk:
            self.ended_on, self.amended_on = relation_dates([self.pk])[self.pk]
            before = set(
                LegalDocumentRelation.objects.filter(page=self.pk).values_list(
                    "target_id", flat=True
                )
            )
        else:
            before = set()
        super().save(*args, **kwargs)
        # The documents this one replaces, amends... change status with it.
        after = {relation.target_id for relation in self.relations.all()}
        update_relation_dates(before | after)

    def collect_errors(self, errors):
        super().collect_errors(errors)
        # An invalid number is reported by the field's validator.
        valid_number = clean_number(self, "number")
        if valid_number and not errors.get("number") and self.issuing_body_id:
            duplicate = self.duplicate()
            if duplicate is not None:
                errors["number"] = _(
                    "Document %(number)s of %(issuer)s is already on the portal: "
                    "“%(title)s”. Edit that document instead of creating it again."
                ) % {
                    "number": self.number,
                    "issuer": self.issuing_body,
                    "title": duplicate.title,
                }
        if (
            self.issued_date
            and self.effective_date
            and self.effective_date < self.issued_date
        ):
            errors["effective_date"] = _(
                "A document cannot take effect before it is issued."
            )
        if (
            self.expiry_date
            and self.effective_date
            and self.expiry_date <= self.effective_date
        ):
            errors["expiry_date"] = _(
                "The expiry date must be after the effective date."
            )
        attachment_errors = LegalDocumentAttachment.errors_in(self.attachments.all())
        if attachment_errors:
            errors.setdefault("__all__", []).extend(attachment_errors)

    def duplicate(self):
        """Another document with this number from the same issuing body, if any."""
        if self.alias_of_id:
            return None
        others = type(self).objects.filter(
            number=self.number,
            issuing_body_id=self.issuing_body_id,
            alias_of__isnull=True,
        )
        if self.pk:
            others = others.exclude(pk=self.pk)
        return others.only("title").first()

    def build_search_text(self):
        """What the keyword box matches, folded (:func:`wagtail_nd43.search.fold`)."""
        body_field = self._meta.get_field("body")
        parts = [
            self.number,
            self.title,
            self.summary,
            str(self.document_type or ""),
            str(self.issuing_body or ""),
            str(self.signer or ""),
            *body_field.get_searchable_content(self.body),
        ]
        return fold(" ".join(part for part in parts if part))

    @property
    def folded_search_text(self):
        """Indexed by Wagtail search: the folded keyword text, word by word."""
        text = self.search_text or self.build_search_text()
        return fold_for_index(" ".join([self.number, self.title, self.title, text]))

    # -- reading ------------------------------------------------------------------

    @property
    def listing_date(self):
        return self.issued_date

    def effect_status(self, today=None):
        """The computed :class:`EffectStatus` on ``today``."""
        return compute_status(
            self.effective_date,
            self.expiry_date,
            self.ended_on,
            self.amended_on,
            today or _today(),
        )

    @cached_property
    def status(self):
        return self.effect_status()

    @property
    def status_label(self):
        return EffectStatus(self.status).label

    def publication_deadline_days(self):
        """Working days allowed to post the document (Decree 43 Art. 17.1.c), as
        the compliance check counts them."""
        from ..rulebook.nd43 import LEGAL_DOCUMENTS_DEADLINE as deadline

        if self.is_own_issuance:
            return deadline.own_working_days
        return deadline.working_days

    def outgoing_relations_live(self):
        """This document's relations to other live documents."""
        return (
            self.relations.filter(target__live=True)
            .select_related("target")
            .order_by("sort_order", "pk")
        )

    def incoming_relations_live(self):
        """Relations other live documents have to this one, e.g. “Replaced by”."""
        rows = (
            LegalDocumentRelation.objects.filter(target=self, page__live=True)
            .select_related("page")
            .order_by("page__issued_date", "pk")
        )
        return [(INCOMING_LABELS[RelationKind(row.kind)], row) for row in rows]

    def get_context(self, request, *args, **kwargs):
        # The fields are shown twice (the page and its Dublin Core): read once.
        if self.pk:
            prefetch_related_objects([self], "fields")
        return super().get_context(request, *args, **kwargs)

    def dublin_core(self, agency=""):
        """The Dublin Core elements (TT24-4) this document states itself."""
        subjects = "; ".join(str(field) for field in self.fields.all())
        return {
            "DC.title": self.title,
            "DC.creator": str(self.issuing_body or ""),
            "DC.contributor": str(self.signer or ""),
            "DC.subject": subjects or self.title,
            "DC.description": self.summary,
            "DC.publisher": agency or str(self.issuing_body or ""),
            "DC.date": self.issued_date.isoformat() if self.issued_date else "",
            "DC.type": str(self.document_type or ""),
            "DC.source": self.national_db_url,
            "DC.relation": self.number,
        }


class LegalDocumentPage(ItemPageMixin, LegalDocumentPageMixin, Nd43Page):
    parent_page_types = ["wagtail_nd43.LegalDocumentsPage"]
    template = "wagtail_nd43/pages/legal_document_page.html"
    route_related = ("document_type", "issuing_body", "signer")

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        # PostgreSQL also has indexes for the listing's order and its keyword
        # search: the hand-written PostgreSQL-only operations of the squashed migration.


class LegalDocumentAttachment(DocumentAttachment):
    page = ParentalKey(
        LegalDocumentPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = attachment_document_field(
        pgettext_lazy("legal document", "file"),
        _("PDF, DOC, DOCX or ODT; see the size limit in the error, if any."),
    )
    label = attachment_label_field(
        _("Optional, e.g. “Phụ lục I”. Empty: the file's title is shown.")
    )

    validate_document = staticmethod(validate_attachment)

    class Meta(DocumentAttachment.Meta):
        verbose_name = _("document file")
        verbose_name_plural = _("document files")


class LegalDocumentRelation(Orderable):
    """“This document <kind> <target>”: e.g. it replaces or amends an older one."""

    page = ParentalKey(
        LegalDocumentPage, on_delete=models.CASCADE, related_name="relations"
    )
    kind = choice_field(_("relation"), RelationKind)
    target = models.ForeignKey(
        LegalDocumentPage,
        verbose_name=_("other document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = optional_text(
        _("note"), _("Optional: which articles, e.g. “Điều 5, khoản 2”.")
    )

    panels = [
        "kind",
        PageChooserPanel("target", "wagtail_nd43.LegalDocumentPage"),
        "note",
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("relation to another document")
        verbose_name_plural = _("relations to other documents")

    def clean(self):
        super().clean()
        if self.page_id and self.target_id == self.page_id:
            raise ValidationError(
                {"target": _("A document cannot be related to itself.")}
            )


# ---- The listing's version ----------------------------------------------------------


#: Cache key of the legal documents listing's version, changed whenever a document
#: or a view restriction changes (see ``signal_handlers.py``).
VERSION_KEY = "wagtail_nd43:legal-listing-version"


def listing_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def bump_listing_version(**kwargs):
    """Signal receiver: documents changed, so cached listing counts are stale."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


__all__ = [
    "DocumentType",
    "EffectStatus",
    "IssuingBody",
    "LegalDocumentAttachment",
    "LegalDocumentPage",
    "LegalDocumentPageMixin",
    "LegalDocumentRelation",
    "LegalField",
    "RelationKind",
    "Signer",
    "ensure_vocabularies",
]


#: Names of the legal documents section's listing, in ``legal_listing.py`` since the
#: split; still importable from here (lazily: that module imports this one).
LISTING_NAMES = (
    "COUNT_CACHE_SECONDS",
    "CachedCountPaginator",
    "LegalDocumentFilterSet",
    "LegalDocumentsPageMixin",
    "vocabulary_select",
)


def __getattr__(name):
    if name in LISTING_NAMES:
        from . import legal_listing

        return getattr(legal_listing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
