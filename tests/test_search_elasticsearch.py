"""Index settings for Wagtail's Elasticsearch/OpenSearch backends (issue 21): the
folding analyzers are merged into the backend's settings, Wagtail's mapping of the
package's page types leaves their text to them, and — when a server is reachable
(``WAGTAIL_ND43_TEST_ELASTICSEARCH_URL``, default http://127.0.0.1:9200) — the
server folds Vietnamese and keeps document numbers whole."""

import json
import os
import uuid
from copy import deepcopy
from urllib import error, request

from django.test import SimpleTestCase

from wagtail_nd43.models import LegalDocumentPage
from wagtail_nd43.search_index import elasticsearch_index_settings


try:
    from modelsearch.backends.elasticsearchbase import (
        ElasticsearchBaseMapping,
        ElasticsearchBaseSearchBackend,
    )
    from modelsearch.utils import deep_update
except ImportError:  # Wagtail < 8: the backends import the client at once
    ElasticsearchBaseMapping = None

SERVER = os.environ.get(
    "WAGTAIL_ND43_TEST_ELASTICSEARCH_URL", "http://127.0.0.1:9200"
).rstrip("/")


class IndexSettingsTest(SimpleTestCase):
    def setUp(self):
        if ElasticsearchBaseMapping is None:
            self.skipTest("needs modelsearch (Wagtail 8)")

    def merged(self):
        return deep_update(
            deepcopy(ElasticsearchBaseSearchBackend.settings),
            elasticsearch_index_settings(),
        )["settings"]["analysis"]

    def test_the_folding_analyzers_join_the_backends_own(self):
        analysis = self.merged()
        self.assertEqual(
            set(analysis["analyzer"]),
            {"default", "default_search", "ngram_analyzer", "edgengram_analyzer"},
        )
        for name in ("default", "default_search"):
            analyzer = analysis["analyzer"][name]
            with self.subTest(analyzer=name):
                self.assertIn("asciifolding", analyzer["filter"])
                self.assertIn("lowercase", analyzer["filter"])
                self.assertEqual(analyzer["char_filter"], ["nd43_stroked_d"])
                self.assertEqual(analyzer["tokenizer"], "nd43_words_and_numbers")
        # The backend's n-gram filters survive the merge, and fold "đ" now.
        self.assertIn("edgengram", analysis["filter"])
        self.assertEqual(
            analysis["analyzer"]["edgengram_analyzer"]["char_filter"],
            ["nd43_stroked_d"],
        )
        self.assertIn(
            "flatten_graph", analysis["analyzer"]["default"]["filter"]
        )  # a token graph cannot be indexed as is
        self.assertNotIn(
            "flatten_graph", analysis["analyzer"]["default_search"]["filter"]
        )

    def test_the_tokenizer_keeps_a_document_number_in_one_token(self):
        pattern = self.merged()["tokenizer"]["nd43_words_and_numbers"]["pattern"]
        # Separators are what is neither letter, digit, "/" nor "-".
        self.assertEqual(pattern, r"[^\p{L}\p{N}/\-]+")
        number = self.merged()["filter"]["nd43_number_parts"]
        self.assertTrue(number["preserve_original"])

    def test_wagtails_mapping_leaves_the_package_text_to_the_default_analyzer(self):
        properties = ElasticsearchBaseMapping(LegalDocumentPage).get_mapping()[
            "properties"
        ]
        text_fields = {
            name: mapping
            for name, mapping in properties.items()
            # Autocomplete fields keep Wagtail's edge n-grams (folded above).
            if mapping.get("type") == "text" and not name.endswith("_edgengrams")
        }
        names = " ".join(text_fields)
        self.assertIn("folded_search_text", names)
        self.assertIn("number", names)
        for name, mapping in text_fields.items():
            with self.subTest(field=name):
                self.assertNotIn("analyzer", mapping)


def _call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = request.Request(  # noqa: S310 (the test server's http URL)
        SERVER + path,
        data=data,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    with request.urlopen(req, timeout=5) as response:  # noqa: S310
        return json.loads(response.read() or b"{}")


class RealServerTest(SimpleTestCase):
    """Runs only where an Elasticsearch or OpenSearch server answers."""

    def setUp(self):
        try:
            _call("GET", "/")
        except (OSError, error.URLError, ValueError):
            self.skipTest(f"no Elasticsearch/OpenSearch server at {SERVER}")
        self.index = f"nd43-test-{uuid.uuid4().hex[:8]}"
        _call("PUT", f"/{self.index}", elasticsearch_index_settings())
        self.addCleanup(_call, "DELETE", f"/{self.index}")

    def tokens(self, text, analyzer="default"):
        result = _call(
            "POST", f"/{self.index}/_analyze", {"analyzer": analyzer, "text": text}
        )
        return [token["token"] for token in result["tokens"]]

    def test_vietnamese_is_folded_and_numbers_kept_whole(self):
        tokens = self.tokens("Nghị định 43/2011/NĐ-CP về Đường bộ")
        for expected in ("nghi", "dinh", "43/2011/nd-cp", "43", "2011", "nd", "cp"):
            self.assertIn(expected, tokens)
        self.assertIn("duong", tokens)
        self.assertEqual(self.tokens("ho\u0300a bi\u0300nh"), self.tokens("Hòa Bình"))
