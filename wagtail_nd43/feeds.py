"""RSS feeds, so portals that integrate this agency's information (ND43-16) and
journalists can follow the press releases."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AgencySettings, PressReleasePage


class PressReleaseFeed(Feed):
    #: How many of the newest releases the feed carries.
    size = 30

    def get_object(self, request, section):
        self.request = request
        self.identity = AgencySettings.for_request(request)
        return section

    def title(self, section):
        return f"{section.title} – {self.identity.full_name}".strip(" –")

    # Full URLs on the site's own hostname, as in sitemap.xml: an item keeps its
    # link and guid whichever address the feed was fetched from.
    def link(self, section):
        return section.get_full_url(self.request)

    def description(self, section):
        return _("Press releases of %(agency)s") % {"agency": self.identity.full_name}

    def items(self, section):
        return (
            PressReleasePage.objects.descendant_of(section)
            .live()
            .public()
            .order_by("-date", "-pk")[: self.size]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        """The release's own date, which orders the feed and the lists; with the
        time it went live when that happened on the same day."""
        published = item.first_published_at
        if published and timezone.localtime(published).date() == item.date:
            return published
        return timezone.make_aware(
            datetime.datetime.combine(item.date, datetime.time())
        )

    def item_author_name(self, item):
        return item.author

    def item_categories(self, item):
        return [item.get_kind_display()]
