"""How the rows of the requirements catalogue (requirements.md) map to the rulebook.

A catalogue row is *checked* when a rulebook requirement with a check carries its
id (or an id below it: ``ND43-10.1a`` for ``ND43-10.1a(i)``, ``TT32-11.1.1`` for
``TT32-11.1``), or when :data:`CHECKED_BY` names the requirements that check it
under other ids. The rows no CMS can check are in :data:`NOT_CHECKABLE`, each with
its reason; the compliance matrix in the docs lists them. Plain data, no Django.
"""

DESIGN = "design"
AGENCY = "agency"
INFRASTRUCTURE = "infrastructure"
DEFINITION = "definition"
PERSON = "person"

#: Why a row is not a content check, by kind.
REASONS = {
    DEFINITION: "A definition or scope rule: nothing to publish.",
    DESIGN: (
        "Met by how the package is built for every site (tested in its own test "
        "suite); no content an editor could get wrong."
    ),
    AGENCY: "An organisational duty of the agency, outside the portal's content.",
    INFRASTRUCTURE: "A duty of the hosting and network, outside the CMS.",
    PERSON: "Needs a person's judgement of the content; the CMS cannot decide it.",
}

#: Catalogue row → (kind of reason, what answers it).
NOT_CHECKABLE = {
    "ND43-2.1": (DEFINITION, "The agency level setting; it selects the rows."),
    "ND43-3.1/3.2": (DEFINITION, "Website and portal are defined."),
    "ND43-3.4": (DEFINITION, "Service levels 1–4: the choices of the level field."),
    "ND43-3.6": (DEFINITION, "Metadata is defined; see the TT24 rows."),
    "ND43-4.3": (DESIGN, "Moderation workflow: nothing is public before approval."),
    "ND43-5.1/5.2": (PERSON, "Whether content follows policy and the law."),
    "ND43-7.1": (DESIGN, "UTF-8 storage and NFC normalisation of input."),
    "ND43-7.2": (DESIGN, "HTML5, CSS and document formats of the templates."),
    "ND43-8": (DESIGN, "Accessibility of the templates (TT32-18 rows)."),
    "ND43-9": (DESIGN, "Consent and notice on every public form."),
    "ND43-10.2": (DEFINITION, "Other sections are allowed, not required."),
    "ND43-14": (DESIGN, "Dublin Core metadata generated from page fields."),
    "ND43-15.1a": (DESIGN, "Site search over every page and document."),
    "ND43-15.1b": (PERSON, "Whether the links list every relevant portal."),
    "ND43-15.1c": (DESIGN, "Print and save on every article."),
    "ND43-16": (DESIGN, "Feeds per section for integration."),
    "ND43-17.2": (DESIGN, "Revisions kept; nothing published is hard-deleted."),
    "ND43-18.1": (AGENCY, "Publishing to the national procedures database."),
    "ND43-18.3": (INFRASTRUCTURE, "Statistics of the level 3–4 service systems."),
    "ND43-19.1": (DESIGN, "A service with forms is level 2 or more (validation)."),
    "ND43-20": (AGENCY, "Integration of subordinate units' services."),
    "ND43-22/23": (AGENCY, "Staff for online services and technical administration."),
    "ND43-24": (AGENCY, "Yearly training of the board and administrators."),
    "ND43-27": (INFRASTRUCTURE, "Operation 24/7 and yearly review."),
    "ND43-29": (INFRASTRUCTURE, "Security measures, backup and recovery."),
    "ND43-30.5": (AGENCY, "The annual report (manage.py nd43_annual_report)."),
    "ND43-32": (AGENCY, "Inspection by the ministry or the provincial department."),
    "TT32-4": (DESIGN, "User-centred principles of the forms and pages."),
    "TT32-5.1": (AGENCY, "Procedure content lives in the national database."),
    "TT32-5.2–5.4": (DEFINITION, "What each service level offers."),
    "TT32-11.2": (INFRASTRUCTURE, "Requirements on the level 3–4 service systems."),
    "TT32-11.3": (INFRASTRUCTURE, "Dossier statistics of the service systems."),
    "TT32-12": (DESIGN, "The satisfaction rating widget."),
    "TT32-15.4": (INFRASTRUCTURE, "IPv6 and DNSSEC."),
    "TT32-16.3b": (DESIGN, "The home page's main zone (template)."),
    "TT32-17": (DESIGN, "Responsive templates."),
    "TT32-18.1a": (DESIGN, "Contrast of the theme (accessibility tests)."),
    "TT32-18.1b": (DESIGN, "No blinking or moving content in the blocks."),
    "TT32-18.1c": (DESIGN, "Alternative text required on images."),
    "TT32-18.1d": (DESIGN, "Link text and headings (rich-text validation)."),
    "TT32-18.1đ": (DESIGN, "Table block with caption and header cells."),
    "TT32-18.2": (DESIGN, "Access keys, skip link and text size control."),
    "TT32-20": (INFRASTRUCTURE, "HTTPS (production settings and the server)."),
    "TT32-21": (INFRASTRUCTURE, "Information security by level (TT03/2017)."),
    "TT32-22": (AGENCY, "Evaluation by the ministry's measuring system."),
    "ND09-3.1–3.3": (DEFINITION, "Who may speak for the agency."),
    "ND09-4": (DEFINITION, "The forms of speaking: press release kinds."),
    "ND09-5.4": (DEFINITION, "Communes report to the district portal."),
    "ND09-6.3c": (DESIGN, "Correction requests: a press release kind."),
    "ND09-7": (AGENCY, "The head's responsibility; no portal duty in Decree 09."),
}

#: Catalogue row → rulebook requirements that check it under other ids.
CHECKED_BY = {
    "ND43-17.1h": ("ND43-13.1", "ND43-13.2"),
    "TT32-19": (
        "ND43-17.1b",
        "ND43-17.1c",
        "ND43-17.1d",
        "ND43-17.1d.1",
        "ND43-17.1e",
        "ND43-17.1g",
    ),
    "CV412-1": ("ND43-10.1a", "ND43-10.1b", "ND43-10.1c", "ND43-10.1e"),
}


def base_id(row):
    """The id part of a catalogue row: ``ND43-10.1a`` for ``ND43-10.1a(i)``,
    ``TT32-16.1`` for ``TT32-16.1/2``."""
    for mark in ("(", "/", "–"):
        row = row.split(mark)[0]
    return row.strip()


def checked_by(row, requirements):
    """The ids of ``requirements`` (with a check) that check catalogue ``row``."""
    checked = [r for r in requirements if r.check is not None]
    ids = {r.id for r in checked}
    if row in CHECKED_BY:
        return [rid for rid in CHECKED_BY[row] if rid in ids]
    base = base_id(row)
    return [
        r.id
        for r in checked
        if r.id == base or r.id.startswith(base + ".") or r.id.startswith(base + "(")
    ]
