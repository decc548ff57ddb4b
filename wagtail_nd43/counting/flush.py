"""Moving buffered counts from Redis into the daily rows, losing and repeating
nothing, whenever the flush is interrupted.

The protocol:

1. **Move.** One Lua script renames the pending hash to ``batch:<id>`` and adds
   the id to the set of open batches. Views recorded from then on go to a new
   pending hash. Atomic in Redis: either both happen or neither.
2. **Read** the batch (it never changes again) and split its rows, sorted, into
   chunks of ``WAGTAIL_ND43_COUNTER_FLUSH_CHUNK``.
3. **Apply** each chunk in one database transaction that first inserts a
   :class:`~wagtail_nd43.models.CounterFlushBatch` row named ``<id>.<n>`` (a unique
   column) and then adds the counts with ``F()`` updates. The chunk is applied
   exactly when its row exists.
4. **Forget** the batch: delete the key, remove the id from the set.

A flush killed anywhere leaves either the pending hash (nothing moved), or an
open batch whose applied chunks are recorded in the database. Every flush first
finishes the open batches, skipping recorded chunks, so each count is applied once.
Two flushes at the same time are safe too: the second insert of a chunk's row
fails on the unique column and that chunk is skipped.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..conf import nd43_settings
from ..models import CounterFlushBatch
from .database import add_counts
from .store import get_store


@dataclass
class FlushResult:
    buffered: bool = True
    batches: list = field(default_factory=list)
    chunks: int = 0
    skipped_chunks: int = 0
    views: int = 0
    visits: int = 0
    dropped: int = 0
    malformed: int = 0


def _no_step(name):
    return None


def _parse(fields):
    """Split a batch's fields into page rows and site rows; count malformed ones."""
    pages, sites, malformed = [], [], 0
    for name, amount in sorted(fields.items()):
        try:
            kind, owner, code = name.split(":")
            key = (
                int(owner),
                date(int(code[:4]), int(code[4:6]), int(code[6:8])),
            )
        except ValueError:
            malformed += amount
            continue
        if kind == "v":
            pages.append((key, amount))
        elif kind == "s":
            sites.append((key, amount))
        else:
            malformed += amount
    return pages, sites, malformed


def _chunks(pages, sites, size):
    rows = [("v", key, n) for key, n in pages] + [("s", key, n) for key, n in sites]
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def apply_batch(store, batch_id, result, step=_no_step, chunk_size=None):
    """Apply the open batch ``batch_id``: chunks already recorded are skipped."""
    chunk_size = store.chunk_size(
        batch_id, chunk_size or nd43_settings.COUNTER_FLUSH_CHUNK
    )
    done = set(
        CounterFlushBatch.objects.filter(batch_id__startswith=f"{batch_id}.")
        .values_list("batch_id", flat=True)
        .iterator()
    )
    pages, sites, malformed = _parse(store.read_batch(batch_id))
    result.malformed += malformed
    step("read")
    for number, chunk in enumerate(_chunks(pages, sites, chunk_size)):
        chunk_id = f"{batch_id}.{number}"
        if chunk_id in done:
            result.skipped_chunks += 1
            continue
        with transaction.atomic():
            try:
                with transaction.atomic():
                    record = CounterFlushBatch.objects.create(batch_id=chunk_id)
            except IntegrityError:
                # A concurrent flush applied this chunk.
                result.skipped_chunks += 1
                continue
            views, visits, dropped = add_counts(
                {key: n for kind, key, n in chunk if kind == "v"},
                {key: n for kind, key, n in chunk if kind == "s"},
            )
            record.rows = len(chunk)
            record.views, record.visits, record.dropped = views, visits, dropped
            record.save(update_fields=["rows", "views", "visits", "dropped"])
            step("applied")  # inside the transaction: a crash here rolls back
        store.bump_generation()
        result.chunks += 1
        result.views += views
        result.visits += visits
        result.dropped += dropped
        step("committed")
    store.forget_batch(batch_id)
    result.batches.append(batch_id)
    step("forgotten")


def new_batch_id():
    return f"{timezone.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}"


def flush(step=_no_step, chunk_size=None, store=None):
    """Finish interrupted batches, then move and apply the pending counts.

    ``step`` is called with the name of each step done (``moved``, ``read``,
    ``applied``, ``committed``, ``forgotten``): the tests use it to stop a flush
    at every point. Returns a :class:`FlushResult`.
    """
    store = store or get_store()
    result = FlushResult(buffered=store.buffered)
    if not store.buffered:
        return result
    # Also repairs cached display figures left stale by a flush killed between a
    # commit and its generation bump.
    store.bump_generation()
    for batch_id in store.pending_batches():
        apply_batch(store, batch_id, result, step, chunk_size)
    batch_id = new_batch_id()
    if store.move_pending(batch_id):
        step("moved")
        apply_batch(store, batch_id, result, step, chunk_size)
    return result
