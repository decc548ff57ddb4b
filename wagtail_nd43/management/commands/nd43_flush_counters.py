"""``manage.py nd43_flush_counters``: move buffered view and visit counts into the
database. Run it every minute from cron or a systemd timer, or keep it running with
``--every 60``. Safe to interrupt at any point and to run twice at once."""

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from ...counting.flush import flush


class Command(BaseCommand):
    help = "Move buffered page-view and visit counts from the cache into the database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            default=0,
            metavar="SECONDS",
            help="Keep running and flush every SECONDS seconds.",
        )
        parser.add_argument(
            "--chunk-size",
            type=int,
            default=None,
            help="Rows per database transaction (default: COUNTER_FLUSH_CHUNK).",
        )

    def handle(self, *args, every=0, chunk_size=None, **options):
        while True:
            result = flush(chunk_size=chunk_size)
            if not result.buffered:
                self.stdout.write(
                    _(
                        "Counts are written to the database as they happen: the "
                        "cache is not Redis, so there is nothing to flush."
                    )
                )
                return
            if options["verbosity"] > 0:
                self.stdout.write(
                    _(
                        "Flushed %(batches)d batch(es), %(chunks)d chunk(s): "
                        "%(views)d view(s), %(visits)d visit(s); %(dropped)d "
                        "count(s) of deleted pages dropped."
                    )
                    % {
                        "batches": len(result.batches),
                        "chunks": result.chunks,
                        "views": result.views,
                        "visits": result.visits,
                        "dropped": result.dropped,
                    }
                )
            if not every:
                return
            time.sleep(every)
