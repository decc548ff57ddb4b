"""Every live page of every site, fetched through Django's test client: JSON of
``{url: [status, digest of the main content, app label, site id]}``."""

import hashlib
import json
import re

from django.core.management.base import BaseCommand
from django.test import Client
from wagtail.models import Page, Site


MAIN = re.compile(r"<main\b.*?</main>", re.S)


class Command(BaseCommand):
    def handle(self, *args, **options):
        client = Client()
        found = {}
        for site in Site.objects.all():
            pages = Page.objects.live().descendant_of(site.root_page, inclusive=True)
            for page in pages.select_related("content_type"):
                url = page.get_url_parts()
                if url is None:
                    continue
                path = url[2]
                response = client.get(path, HTTP_HOST=site.hostname)
                main = MAIN.search(response.content.decode())
                digest = (
                    hashlib.sha256(main.group(0).encode()).hexdigest()[:12]
                    if main
                    else ""
                )
                found[f"{site.hostname}{path}"] = [
                    response.status_code,
                    digest,
                    page.content_type.app_label,
                    site.pk,
                ]
        self.stdout.write(json.dumps(found, indent=1, sort_keys=True))
