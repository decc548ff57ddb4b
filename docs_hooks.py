"""mkdocs hooks: the README and the changelog as pages, and no link that leaves the site.

* ``README.md`` and ``CHANGELOG.md`` live at the repository root (PyPI shows the
  README; the changelog belongs beside the code); they become the pages
  ``readme.md`` and ``changelog.md``.
* A relative link is resolved against the file it is written in, in the repository:
  into ``docs/`` it stays a link between pages; to the README or the changelog it
  points at their pages; to anything else (a source file, the licence) it becomes
  an absolute link to the repository, so ``mkdocs build --strict`` passes and no
  link breaks on the published site.
"""

import posixpath
import re
from pathlib import Path


REPOSITORY = "https://github.com/wagtail-nd43/wagtail-nd43/blob/main/"
ROOT = Path(__file__).resolve().parent
#: Repository files shown as pages: {repository path: page path in the site}.
PAGES = {
    "README.md": "readme.md",
    "CONTRIBUTING.md": "contributing.md",
    "CHANGELOG.md": "changelog.md",
}
LINK = re.compile(r"(\]\()([^)\s]+)(\))")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#|/)", re.IGNORECASE)


#: The navigation, section by section (Diátaxis), each listing its folder's pages,
#: so a new page needs no edit here.
SECTIONS = [
    ("Tutorial", "tutorial"),
    ("How-to guides", "how-to"),
    ("Reference", "reference"),
    ("Explanation", "explanation"),
]


def on_config(config):
    docs = Path(config["docs_dir"])
    nav = [{"Home": "index.md"}]
    for title, folder in SECTIONS:
        pages = sorted(
            p.relative_to(docs).as_posix() for p in (docs / folder).glob("*.md")
        )
        if pages:
            nav.append({title: pages})
    nav.append(
        {
            "Project": [
                {"README": PAGES["README.md"]},
                {"Contributing": PAGES["CONTRIBUTING.md"]},
                {"Changelog": PAGES["CHANGELOG.md"]},
            ]
        }
    )
    config["nav"] = nav
    return config


def on_files(files, config):
    from mkdocs.structure.files import File

    for source, page in PAGES.items():
        text = (ROOT / source).read_text(encoding="utf-8")
        files.append(File.generated(config, page, content=text))
    return files


def rewrite(target, source_dir, page_dir):
    """``target``, written in a file of ``source_dir``, as a link from ``page_dir``
    (both repository paths)."""
    if target.startswith(REPOSITORY):
        # The README's absolute links (for PyPI) back into the site.
        target, source_dir = target[len(REPOSITORY) :], ""
    elif EXTERNAL.match(target):
        return target
    path, hash_, anchor = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(source_dir, path))
    if resolved in PAGES:
        resolved = posixpath.join("docs", PAGES[resolved])
    if resolved == "docs" or resolved.startswith("docs/"):
        return posixpath.relpath(resolved, page_dir) + hash_ + anchor
    return REPOSITORY + resolved + hash_ + anchor


def on_page_markdown(markdown, page, config, files):
    page_dir = posixpath.dirname(posixpath.join("docs", page.file.src_uri))
    sources = {name: source for source, name in PAGES.items()}
    source = sources.get(page.file.src_uri)
    source_dir = posixpath.dirname(source) if source else page_dir

    def link(match):
        target = rewrite(match.group(2), source_dir, page_dir)
        return match.group(1) + target + match.group(3)

    return LINK.sub(link, markdown)
