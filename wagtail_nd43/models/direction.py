"""Direction and administration (thông tin chỉ đạo, điều hành, Decree 43/2011 Art.
10.1.c): directives of the agency's head, responses to petitions of organisations
and individuals, and the register of rewards and penalties. Each is an item page
under its own section, which lists them newest first with filters (the fourth
sub-item, the leaders' work schedule, is in ``schedule.py``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField

from .base import ItemPageMixin, Nd43Page
from .fields import (
    body_field,
    choice_field,
    document_link,
    document_number,
    long_text,
    optional_link,
    short_text,
    validate_document_number,  # noqa: F401  (the migrations import it from here)
)
from .filters import ListingFilterSet, SelectFilter, ValuesFilter, YearFilter
from .listing import ItemListingMixin, StructuredItemMixin
from .validation import CheckedItemMixin, NumberedItemMixin


APP = "wagtail_nd43."
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


# ---- Ý kiến chỉ đạo, điều hành (ND43-10.1c.1) -----------------------------------------


class DirectivePageMixin(
    NumberedItemMixin, CheckedItemMixin, StructuredItemMixin, models.Model
):
    """A direction or administration opinion of the agency's head, issued in
    writing (Decree 43/2011 Art. 10.1.c, first sub-item)."""

    number = document_number(
        _("number and symbol"),
        _(
            "The number and symbol of the document that issued the directive, e.g. "
            "125/TB-STTTT."
        ),
    )
    date = models.DateField(
        _("issue date"),
        db_index=True,
        help_text=_("The date the directive was issued in writing."),
    )
    issuer = short_text(
        _("directed by"),
        _(
            "Who gave the directive, e.g. “Giám đốc Sở” or “Phó Giám đốc Nguyễn Văn "
            "A”. Use the same spelling each time: the list is filtered by it."
        ),
    )
    summary = long_text(
        _("summary"), _("One or two sentences: what is directed, to whom, by when.")
    )
    body = body_field(
        _("content of the directive"),
        _("The directive as issued, or its main points."),
        blank=False,
    )
    legal_document = optional_link(
        APP + "LegalDocumentPage",
        _("legal document"),
        _(
            "Optional: the document in the “Văn bản” section that carries the "
            "directive."
        ),
    )

    summary_field = "summary"
    past_dates = {
        "date": _(
            "A directive is published once issued: its date cannot be in the future."
        )
    }

    content_panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            [FieldRowPanel(["number", "date"]), "issuer", "summary"],
            heading=_("The directive"),
        ),
        FieldPanel("body"),
        PageChooserPanel("legal_document", APP + "LegalDocumentPage"),
    ]
    search_fields = StructuredItemMixin.page_search_fields(
        "number", "summary", "body", filters=["date"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if not self.body:
            errors["body"] = _("Write the content of the directive or its main points.")

    def get_facts(self):
        return [
            (_("Number and symbol"), self.number),
            (_("Issue date"), self.date),
            (_("Directed by"), self.issuer),
        ]

    def get_texts(self):
        return [(pgettext_lazy("legal document", "Summary"), self.summary, False)]

    def get_related_page(self):
        if self.legal_document_id and self.legal_document.live:
            return (_("Legal document"), self.legal_document)
        return None


class DirectivePage(ItemPageMixin, DirectivePageMixin, Nd43Page):
    parent_page_types = [APP + "DirectivesPage"]

    class Meta:
        verbose_name = _("directive")
        verbose_name_plural = _("directives")


class DirectiveFilterSet(ListingFilterSet):
    issuer = ValuesFilter("issuer", label=_("Directed by"))
    year = YearFilter("date", label=_("Year"))


class DirectiveListingMixin(ItemListingMixin):
    item_model_label = APP + "DirectivePage"
    item_ordering = ("-date", "-pk")
    item_select_related = ("legal_document",)
    filterset_class = DirectiveFilterSet


# ---- Trả lời kiến nghị (ND43-10.1c.2) ---------------------------------------------------


class PetitionerKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    ORGANISATION = "organisation", _("Organisation")
    ENTERPRISE = "enterprise", _("Enterprise")
    VOTERS = "voters", _("Voters")


class PetitionResponsePageMixin(CheckedItemMixin, StructuredItemMixin, models.Model):
    """The handling of, and response to, a petition or request of an organisation
    or individual (Decree 43/2011 Art. 10.1.c, second sub-item)."""

    petition_summary = long_text(
        _("petition summary"),
        _(
            "What was asked or reported, in a few sentences. Do not publish the "
            "petitioner's personal data (address, phone, identity number)."
        ),
    )
    petitioner_kind = choice_field(
        _("petitioner"), PetitionerKind, default=PetitionerKind.INDIVIDUAL
    )
    responding_unit = short_text(
        _("responding unit"),
        _(
            "The unit that handled and answered the petition, e.g. “Thanh tra Sở”. "
            "Use the same spelling each time: the list is filtered by it."
        ),
    )
    response = RichTextField(
        _("response"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The answer given. Write it here, attach it as a file, or both."),
    )
    date = models.DateField(
        _("response date"), db_index=True, help_text=_("The date of the response.")
    )
    file = document_link(
        pgettext_lazy("attachment", "file"),
        _("Optional: the response letter as a PDF, DOC(X), ODT or XLS(X) file."),
    )

    download_field = "file"
    download_label = _("Response letter")
    summary_field = "petition_summary"
    past_dates = {"date": _("The response date cannot be in the future.")}
    checked_files = ("file",)

    content_panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            ["petition_summary", "petitioner_kind"], heading=_("The petition")
        ),
        MultiFieldPanel(
            [FieldRowPanel(["responding_unit", "date"]), "response", "file"],
            heading=_("The response"),
        ),
    ]
    search_fields = StructuredItemMixin.page_search_fields(
        "petition_summary", "response", filters=["date"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if not (self.response or "").strip() and not self.file_id:
            errors["response"] = _(
                "Write the response or attach the response letter as a file."
            )

    def get_facts(self):
        return [
            (_("Petitioner"), self.get_petitioner_kind_display()),
            (_("Responding unit"), self.responding_unit),
            (_("Response date"), self.date),
        ]

    def get_texts(self):
        return [
            (_("Petition"), self.petition_summary, False),
            (_("Response"), self.response, True),
        ]


class PetitionResponsePage(ItemPageMixin, PetitionResponsePageMixin, Nd43Page):
    parent_page_types = [APP + "PetitionResponsesPage"]

    class Meta:
        verbose_name = _("response to a petition")
        verbose_name_plural = _("responses to petitions")


class PetitionResponseFilterSet(ListingFilterSet):
    petitioner = SelectFilter(
        "petitioner_kind", label=_("Petitioner"), choices=PetitionerKind.choices
    )
    unit = ValuesFilter("responding_unit", label=_("Responding unit"))
    year = YearFilter("date", label=_("Year"))


class PetitionResponseListingMixin(ItemListingMixin):
    item_model_label = APP + "PetitionResponsePage"
    item_ordering = ("-date", "-pk")
    item_select_related = ("file",)
    filterset_class = PetitionResponseFilterSet


# ---- Khen thưởng, xử phạt (ND43-10.1c.3) ------------------------------------------------


class DecisionForm(models.TextChoices):
    """The forms of reward (Law on Emulation and Commendation) and of sanction
    (Law on Handling Administrative Violations, Art. 21) a decision may take."""

    MEDAL = "order", pgettext_lazy("reward or penalty", "Order")
    BADGE = "medal", pgettext_lazy("reward or penalty", "Medal")
    TITLE = "emulation-title", pgettext_lazy("reward or penalty", "Emulation title")
    FLAG = "emulation-flag", pgettext_lazy("reward or penalty", "Emulation flag")
    CERTIFICATE = (
        "certificate-of-merit",
        pgettext_lazy("reward or penalty", "Certificate of merit"),
    )
    COMMENDATION = (
        "commendation",
        pgettext_lazy("reward or penalty", "Letter of commendation"),
    )
    WARNING = "warning", pgettext_lazy("reward or penalty", "Warning")
    FINE = "fine", pgettext_lazy("reward or penalty", "Fine")
    LICENCE = (
        "licence-withdrawal",
        pgettext_lazy(
            "reward or penalty",
            "Withdrawal of a licence or suspension of activities for a fixed term",
        ),
    )
    CONFISCATION = (
        "confiscation",
        pgettext_lazy(
            "reward or penalty",
            "Confiscation of the exhibits and means of the violation",
        ),
    )


REWARD_FORMS = (
    DecisionForm.MEDAL,
    DecisionForm.BADGE,
    DecisionForm.TITLE,
    DecisionForm.FLAG,
    DecisionForm.CERTIFICATE,
    DecisionForm.COMMENDATION,
)
PENALTY_FORMS = (
    DecisionForm.WARNING,
    DecisionForm.FINE,
    DecisionForm.LICENCE,
    DecisionForm.CONFISCATION,
)
#: The amount must be given for a fine and must be empty for a warning; for the
#: others it is optional (a reward with money, a fine's amount with an additional
#: sanction).
AMOUNT_REQUIRED = (DecisionForm.FINE,)
AMOUNT_FORBIDDEN = (DecisionForm.WARNING,)
#: Fines on organisations are at most 2,000,000,000 đồng (Law on Handling
#: Administrative Violations, Art. 24); a larger number is a typing mistake.
MAX_AMOUNT = 10_000_000_000


def format_amount(value):
    """``40000000`` → ``"40.000.000 đồng"`` (Vietnamese thousands separator)."""
    if value is None:
        return ""
    return _("%(amount)s VND") % {"amount": f"{value:,}".replace(",", ".")}


class RewardPenaltyPageMixin(
    NumberedItemMixin, CheckedItemMixin, StructuredItemMixin, models.Model
):
    """A reward or penalty decision about an organisation or enterprise in the
    agency's field (Decree 43/2011 Art. 10.1.c, third sub-item)."""

    subject = short_text(
        pgettext_lazy("reward or penalty", "subject"),
        _("The organisation or enterprise rewarded or penalised."),
    )
    decision_number = document_number(
        _("decision number"),
        _("The number and symbol of the decision, e.g. 45/QĐ-XPHC."),
    )
    decision_date = models.DateField(_("decision date"), db_index=True)
    form = choice_field(
        pgettext_lazy("reward or penalty", "form"),
        DecisionForm,
        max_length=30,
        help_text=_("The form of reward or of sanction the decision takes."),
    )
    amount = models.PositiveBigIntegerField(
        _("amount (VND)"),
        null=True,
        blank=True,
        help_text=_(
            "In VND, digits only, e.g. 40000000. Required for a fine; empty for a "
            "warning; optional otherwise (money given with a reward)."
        ),
    )
    reason = long_text(
        _("reason"),
        _(
            "Optional: the achievement rewarded, or the violation and the legal "
            "provision applied."
        ),
        blank=True,
    )
    file = document_link(
        pgettext_lazy("attachment", "file"),
        _("Optional: the decision as a PDF, DOC(X), ODT or XLS(X) file."),
    )

    compliance_date_field = "decision_date"
    number_field = "decision_number"
    download_field = "file"
    download_label = _("Decision")
    past_dates = {"decision_date": _("The decision date cannot be in the future.")}
    checked_files = ("file",)

    content_panels = [
        TitleFieldPanel("title"),
        "subject",
        MultiFieldPanel(
            [
                FieldRowPanel(["decision_number", "decision_date"]),
                FieldRowPanel(["form", "amount"]),
                "reason",
                "file",
            ],
            heading=_("The decision"),
        ),
    ]
    search_fields = StructuredItemMixin.page_search_fields(
        "subject", "decision_number", "reason", filters=["decision_date"]
    )

    class Meta:
        abstract = True

    def collect_errors(self, errors):
        super().collect_errors(errors)
        if self.form in AMOUNT_REQUIRED and not self.amount:
            errors["amount"] = _("Enter the amount of the fine, in VND.")
        elif self.form in AMOUNT_FORBIDDEN and self.amount:
            errors["amount"] = _(
                "A warning carries no amount: leave the amount empty, or choose "
                "the form “Fine”."
            )
        elif self.amount is not None and self.amount > MAX_AMOUNT:
            errors["amount"] = _(
                "%(amount)s is more than any reward or fine; check the number of zeros."
            ) % {"amount": format_amount(self.amount)}

    @property
    def is_reward(self):
        return self.form in REWARD_FORMS

    @property
    def kind_label(self):
        return _("Reward") if self.is_reward else _("Penalty")

    def get_facts(self):
        return [
            (_("Reward or penalty"), self.kind_label),
            (pgettext_lazy("reward or penalty", "Subject"), self.subject),
            (_("Decision number"), self.decision_number),
            (_("Decision date"), self.decision_date),
            (pgettext_lazy("reward or penalty", "Form"), self.get_form_display()),
            (_("Amount"), format_amount(self.amount)),
        ]

    def get_texts(self):
        return [(_("Reason"), self.reason, False)]


class RewardPenaltyPage(ItemPageMixin, RewardPenaltyPageMixin, Nd43Page):
    parent_page_types = [APP + "RewardsPenaltiesPage"]

    class Meta:
        verbose_name = _("reward or penalty")
        verbose_name_plural = _("rewards and penalties")


class RewardPenaltyFilterSet(ListingFilterSet):
    #: Rewards or penalties: a value standing for several forms.
    KINDS = {"reward": REWARD_FORMS, "penalty": PENALTY_FORMS}

    kind = SelectFilter(
        label=_("Reward or penalty"),
        choices=[("reward", _("Rewards")), ("penalty", _("Penalties"))],
        method="filter_kind",
    )
    form = SelectFilter(
        "form",
        label=pgettext_lazy("reward or penalty", "Form"),
        choices=DecisionForm.choices,
    )
    year = YearFilter("decision_date", label=_("Year"))

    def filter_kind(self, queryset, name, value):
        return queryset.filter(form__in=self.KINDS[value])


class RewardPenaltyListingMixin(ItemListingMixin):
    item_model_label = APP + "RewardPenaltyPage"
    item_ordering = ("-decision_date", "-pk")
    item_select_related = ("file",)
    filterset_class = RewardPenaltyFilterSet


__all__ = [
    "DecisionForm",
    "DirectiveListingMixin",
    "DirectivePage",
    "DirectivePageMixin",
    "PetitionResponseListingMixin",
    "PetitionResponsePage",
    "PetitionResponsePageMixin",
    "PetitionerKind",
    "RewardPenaltyListingMixin",
    "RewardPenaltyPage",
    "RewardPenaltyPageMixin",
]
