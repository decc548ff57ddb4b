"""Signal receivers, connected in ``AppConfig.ready()``."""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.models import Page, PageViewRestriction, Site

from . import frontend_cache


def remember_targets(instance, **kwargs):
    """Before a legal document goes, note the documents its relations point at."""
    instance._nd43_relation_targets = list(
        instance.relations.values_list("target_id", flat=True)
    )


def refresh_targets(instance, **kwargs):
    """After it has gone, the documents it replaced or amended regain effect."""
    from .models.legal import update_relation_dates

    update_relation_dates(getattr(instance, "_nd43_relation_targets", ()))


def register_site_search_index():
    """Keep the site search index (``search_index.py``) in step with the pages."""
    from wagtail.models import get_page_models
    from wagtail.signals import post_page_move

    from .search_index import page_moved, page_saved

    for model in get_page_models():
        post_save.connect(
            page_saved,
            sender=model,
            dispatch_uid=f"wagtail_nd43_site_search_{model._meta.label_lower}",
        )
    post_page_move.connect(page_moved, dispatch_uid="wagtail_nd43_site_search_move")


def renew_chrome(instance=None, **kwargs):
    """Publishing, unpublishing, moving or deleting a page, or saving anything the
    site chrome shows, renews it on every application server: for a banner, alert
    or mourning period of one agency site, that site's chrome only."""
    from . import chrome
    from .models.banners import SiteScopedMixin

    if isinstance(instance, SiteScopedMixin):
        chrome.bump(instance.shown_on_site_ids())
    else:
        chrome.bump()


def remember_site(sender, instance, raw=False, **kwargs):
    """Before a banner, alert, mourning period or spokesperson is saved, note the
    site it was shown on, so that the site it leaves is renewed and purged too."""
    if raw or instance.pk is None:
        return
    before = list(
        sender._default_manager.filter(pk=instance.pk).values_list("site_id", flat=True)
    )
    if before:
        instance._nd43_site_before = before[0]


def renew_chrome_for_pages(instance, **kwargs):
    if isinstance(instance, Page):
        renew_chrome()


def register_chrome():
    from wagtail.images import get_image_model
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    from .models import (
        AgencySettings,
        Banner,
        MourningPeriod,
        SiteAlert,
        Spokesperson,
    )

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(renew_chrome, dispatch_uid=f"nd43_chrome_{id(signal)}")
    for signal in (published, unpublished):
        signal.connect(renew_chrome, dispatch_uid=f"nd43_chrome_{id(signal)}")
    post_delete.connect(renew_chrome_for_pages, dispatch_uid="nd43_chrome_page_del")
    senders = (
        AgencySettings,
        Site,
        PageViewRestriction,
        Banner,
        SiteAlert,
        MourningPeriod,
        get_image_model(),
    )
    for sender in senders:
        for signal in (post_save, post_delete):
            signal.connect(
                renew_chrome,
                sender=sender,
                dispatch_uid=f"nd43_chrome_{sender.__name__}_{id(signal)}",
            )
    for sender in (Banner, SiteAlert, MourningPeriod, Spokesperson):
        pre_save.connect(
            remember_site, sender=sender, dispatch_uid=f"nd43_site_{sender.__name__}"
        )


def preset_press_kind(sender, page, parent, **kwargs):
    """A press item created inside "Thông tin định kỳ", "Thông tin đột xuất" or
    "Họp báo" starts with that kind chosen (``init_new_page``)."""
    from .models.press import (
        AdHocPressPage,
        PeriodicPressPage,
        PressConferencePage,
        PressReleasePage,
    )

    if not isinstance(page, PressReleasePage) or page.kind:
        return
    for section, kind in (
        (PeriodicPressPage, PressReleasePage.PERIODIC),
        (AdHocPressPage, PressReleasePage.AD_HOC),
        (PressConferencePage, PressReleasePage.CONFERENCE),
    ):
        if isinstance(parent, section):
            page.kind = kind
            return


def register_compliance_results():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .compliance.stored import forget, forget_for_pages
    from .models import AgencySettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget, dispatch_uid=f"nd43_compliance_forget_{id(signal)}")
    post_delete.connect(forget_for_pages, dispatch_uid="nd43_compliance_forget_del")
    post_save.connect(
        forget, sender=AgencySettings, dispatch_uid="nd43_compliance_forget_id"
    )


def register():
    from wagtail.signals import init_new_page

    from .models.legal import (
        DocumentType,
        IssuingBody,
        LegalDocumentPage,
        LegalField,
        bump_listing_version,
    )

    register_site_search_index()
    register_chrome()
    register_compliance_results()
    frontend_cache.register()

    # Any change to a document, to the filters' vocabularies or to who may see
    # pages makes cached listing counts and filter choices stale.
    for sender in (
        LegalDocumentPage,
        PageViewRestriction,
        DocumentType,
        IssuingBody,
        LegalField,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                bump_listing_version,
                sender=sender,
                dispatch_uid=f"wagtail_nd43_legal_count_{sender.__name__}_{id(signal)}",
            )
    init_new_page.connect(preset_press_kind, dispatch_uid="wagtail_nd43_press_kind")
    pre_delete.connect(
        remember_targets, sender=LegalDocumentPage, dispatch_uid="nd43_legal_pre"
    )
    post_delete.connect(
        refresh_targets, sender=LegalDocumentPage, dispatch_uid="nd43_legal_post"
    )
