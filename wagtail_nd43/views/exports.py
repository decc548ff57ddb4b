"""CSV downloads that Excel opens with their Vietnamese intact.

Excel reads a CSV file without a byte-order mark in the computer's legacy code page
(Windows-1258 on Vietnamese Windows), turning "Nguyễn" into "NguyÃªn". The UTF-8 BOM
makes it read UTF-8; every other program ignores it.
"""

import codecs
import itertools


#: What every CSV download of the package starts with.
BOM = codecs.BOM_UTF8


class ExcelCsvExportMixin:
    """For Wagtail views with ``list_export`` (``ReportView``, ``IndexView``): the
    CSV download starts with the UTF-8 byte-order mark and says it is UTF-8."""

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response.streaming_content = itertools.chain([BOM], response.streaming_content)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response
