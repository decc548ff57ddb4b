"""Vietnamese folding and document numbers (wagtail_nd43/search.py): one folding
for every search, and number/symbol values stored in their canonical form."""

import unicodedata

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase

from wagtail_nd43.search import (
    fold,
    fold_for_index,
    fold_terms,
    normalize_document_number,
)


NFC = "NFC"
NFD = "NFD"


def spelled(text, form):
    return unicodedata.normalize(form, text)


class FoldTest(SimpleTestCase):
    #: (text, folded)
    CASES = [
        ("Nghị định 43", "nghi dinh 43"),
        ("nghi dinh 43", "nghi dinh 43"),
        ("NGHI DINH 43/2011", "nghi dinh 43/2011"),
        ("Nghị định 43/2011/NĐ-CP", "nghi dinh 43/2011/nd-cp"),
        ("43/2011/nđ-cp", "43/2011/nd-cp"),
        ("nd-cp", "nd-cp"),
        ("Đường Điện Biên Phủ", "duong dien bien phu"),
        ("đ Đ", "d d"),
        ("Hà Nội - Việt Nam", "ha noi viet nam"),
        ("“Trích yếu”: về việc…", "trich yeu ve viec"),
        ("  nhiều   khoảng\ttrắng\n", "nhieu khoang trang"),
        ("Quyết định số 12/QĐ-UBND.", "quyet dinh so 12/qd-ubnd"),
        ("/-đầu-/", "dau"),
        ("", ""),
        (None, ""),
        ("D\u0335iều", "dieu"),  # "Đ" typed as D + combining stroke
        ("Ủy ban nhân dân", "uy ban nhan dan"),
        ("Ưu tiên ơn", "uu tien on"),
    ]

    def test_folding_table(self):
        for text, expected in self.CASES:
            with self.subTest(text=text):
                self.assertEqual(fold(text), expected)

    def test_hoa_written_every_way_folds_the_same(self):
        spellings = [
            "hoa",
            "HOA",
            "hòa",  # precomposed ò
            "hoà",  # precomposed à: the "new" tone placement
            "ho\u0300a",  # o + combining grave
            "hoa\u0300",  # a + combining grave
            "HÒA",
            "Hoà",
            spelled("hòa", NFD),
            spelled("hoà", NFD),
        ]
        for spelling in spellings:
            with self.subTest(spelling=ascii(spelling)):
                self.assertEqual(fold(spelling), "hoa")

    def test_nfc_and_nfd_spellings_fold_equal(self):
        for text in ("Nghị định", "Thông tư", "Hòa Bình Xanh", "Đắk Lắk", "Quảng Ngãi"):
            with self.subTest(text=text):
                self.assertEqual(fold(spelled(text, NFC)), fold(spelled(text, NFD)))

    def test_folding_is_idempotent(self):
        for text, _ in self.CASES:
            with self.subTest(text=text):
                self.assertEqual(fold(fold(text)), fold(text))

    def test_the_four_ways_to_ask_for_decree_43_all_match_its_folded_title(self):
        title = fold("Nghị định 43/2011/NĐ-CP quy định về việc cung cấp thông tin")
        for query in ("nghi dinh 43", "Nghị định 43", "NGHI DINH 43/2011", "nd-cp"):
            with self.subTest(query=query):
                self.assertTrue(all(term in title for term in fold_terms(query)))

    def test_index_text_splits_document_numbers_into_words(self):
        self.assertEqual(fold_for_index("43/2011/NĐ-CP"), "43 2011 nd cp")
        self.assertEqual(fold_for_index("nd-cp"), "nd cp")


class NormalizeDocumentNumberTest(SimpleTestCase):
    #: (typed, stored)
    VALID = [
        ("43/2011/NĐ-CP", "43/2011/NĐ-CP"),
        ("43/2011/nd-cp", "43/2011/NĐ-CP"),
        ("43/2011/nđ-cp", "43/2011/NĐ-CP"),
        ("43/2011/N\u0110-CP", "43/2011/NĐ-CP"),
        ("43/2011/ND\u0335-CP", "43/2011/NĐ-CP"),  # D + combining short stroke
        (spelled("43/2011/NĐ-CP", NFD), "43/2011/NĐ-CP"),
        ("43 / 2011 / NĐ - CP", "43/2011/NĐ-CP"),
        (" 43/2011/NĐ-CP ", "43/2011/NĐ-CP"),
        ("43/2011/NĐ–CP", "43/2011/NĐ-CP"),  # en dash
        ("Số 125/qd-stttt", "125/QĐ-STTTT"),
        ("số: 125/QĐ-STTTT", "125/QĐ-STTTT"),
        ("80/2015/qh13", "80/2015/QH13"),
        ("1234/qd-ttg", "1234/QĐ-TTg"),
        ("15/2020/tt-btttt", "15/2020/TT-BTTTT"),
        ("01/2016/ttlt-btp-btttt", "01/2016/TTLT-BTP-BTTTT"),
        ("2345/ubnd-kt", "2345/UBND-KT"),
        ("12/2024/qd-ubnd", "12/2024/QĐ-UBND"),
        ("05/nq-hdnd", "05/NQ-HĐND"),
        ("07/hd-sttt", "07/HD-STTT"),  # "HD" is hướng dẫn: no Đ
    ]
    #: (typed, error code)
    INVALID = [
        ("", "required"),
        ("   ", "required"),
        ("Số", "required"),
        ("ND-CP", "no_number"),
        ("abc/QĐ", "no_number"),
        ("43", "no_symbol"),
        ("43/2011", "no_symbol"),
        ("43 2011 ND-CP", "spaces"),
        ("43/2011/NĐ CP", "spaces"),
        ("43/2011/NĐ-CP/", "invalid"),
        ("43/2011/NĐ_CP", "invalid"),
        ("43/11/NĐ-CP/x/y", "invalid"),
        ("43/2011/NĐ--CP", "invalid"),
    ]

    def test_valid_numbers_are_stored_canonically(self):
        for typed, stored in self.VALID:
            with self.subTest(typed=ascii(typed)):
                self.assertEqual(normalize_document_number(typed), stored)

    def test_canonical_numbers_stay_as_they_are(self):
        for _, stored in self.VALID:
            with self.subTest(stored=stored):
                self.assertEqual(normalize_document_number(stored), stored)

    def test_invalid_numbers_are_refused_with_a_reason(self):
        for typed, code in self.INVALID:
            with self.subTest(typed=typed):
                with self.assertRaises(ValidationError) as raised:
                    normalize_document_number(typed)
                self.assertEqual(raised.exception.code, code)
                # Every message shows the editor a correct example.
                self.assertRegex(raised.exception.messages[0], r"\d+/(\d{4}/)?Q?[A-ZĐ]")
