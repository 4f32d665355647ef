"""Section 6, clause 6.8: links to sites whose terms have not been checked, and copyright
material used without a licence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.links import covered_by
from .base import Checking, Hit, rule
from .consent import _attachment_covered, _copied_with_consent, commercial_soundtrack


@rule("unchecked-link")
def unchecked_link(c: Checking) -> Iterator[Hit]:
    """A link to a site whose terms have not been checked, or do not allow linking.

    What it looks for:
        Links whose domain (or a parent domain) is not in the links register, is there but not
        allowed, or is hidden behind a link shortener. The council's own website is fine.

    Why it matters:
        Clause 6.8: must not post "any link to a third-party website without checking that any
        terms and conditions of that website permit you to link to it".

    Example:
        https://rotherham-gov.uk.consultations-online.info/pspo (a lookalike, not gov.uk)

    Instead:
        Ask the Clerk to check the site's terms and add it to the register, or link to an
        official source.

    Known limits:
        Does not follow links or read the site's terms itself.
    """
    for link in c.links:
        if any(covered_by(link.host, d) for d in c.ctx.council_domains()):
            continue
        entries = [e for e in c.ctx.links if covered_by(link.host, e.domain)]
        entry = max(entries, key=lambda e: len(e.domain), default=None)
        if entry is not None and entry.allowed:
            continue
        if link.shortened:
            message, variant = f"Shortened link ({link.host}) hides where it goes.", "shortened"
        elif entry is not None:
            message = (
                f"The terms of {entry.domain} do not allow this link ({entry.note or 'checked'})."
            )
            variant = "forbidden"
        else:
            message, variant = f"{link.host} is not in the checked links register.", None
        yield Hit(
            link.start,
            link.end,
            message,
            "Link to a checked site, or ask the Clerk to check this site's terms first.",
            evidence=link.host,
            variant=variant,
        )
        return


def _pictured_consent_only(c: Checking, listed: tuple[str, ...]) -> bool:
    """The attachment's consents are all consents to picture a person (a photo or video consent,
    given by the person or a child's parent), not a licence for someone's work: a photo used
    outside that consent's channel or scope is judged under 6.7, not as copyright (6.8)."""
    found = [c.ctx.consents_by_id[i] for i in listed if i in c.ctx.consents_by_id]
    return bool(found) and all(k.kind in ("photo", "video") for k in found)


_SCREENSHOT = re.compile(r"\s*(?:a\s+)?(?:screenshot|screen grab|screengrab|screen shot)\b", re.I)


@rule("copyright-material", lexicons=("copied_content",))
def copyright_material(c: Checking) -> Iterator[Hit]:
    """Copyright material (photos, videos, articles) used without a licence.

    What it looks for:
        Third-party photos, videos or articles (by attachment source or credit, or text marked "©",
        "copied from" or passed round a paywall) with no consent in the register covering this
        channel and date, or whose consent asks for a credit that is missing; a video set to a
        commercial recording ("with a chart song soundtrack", "'Mr Brightside' by The Killers as the
        soundtrack"), even on the poster's own footage, with no licence in the register.

    Why it matters:
        Clause 6.8: must not "post any information that infringes copyright of others".

    Example:
        "Gorgeous shot of Treeton in the snow" with a photo credited to a newspaper photographer.

    Instead:
        Share the original post or link to it; credit alone is not permission.

    Known limits:
        Screenshots of residents' comments (by kind, or an image described as a screenshot) are
        judged under 6.7 and 6.3, not here; nor is a photo whose only consents are consents to
        picture someone (a child's parent's), used outside them (6.7). A soundtrack must be
        named as a commercial recording (chart, commercial, a track by an artist, a title in
        quotes): one played live, by a choir or band, the poster's own or removed is not.
    """
    for index, attachment in enumerate(c.post.attachments):
        if (
            attachment.kind in ("screenshot", "shared_post", "link")
            or attachment.source != "third_party"
        ):
            continue  # a link's preview is the link: its domain is judged by the links rule
        if _SCREENSHOT.match(attachment.description):
            continue  # a screenshot of someone's post, whatever its kind: judged under 6.7
        if _attachment_covered(c, attachment, attachment.credit or ""):
            continue
        if _pictured_consent_only(c, attachment.consents):
            continue  # a consent to picture someone (a child's parent) used out of scope: 6.7
        yield Hit(
            0,
            0,
            f"A {attachment.kind} that belongs to someone else, without a licence.",
            "Share the original or link to it; a credit is not permission.",
            field=f"attachment[{index}]",
        )
        return
    index = commercial_soundtrack(c)
    if index is not None:
        yield Hit(
            0,
            0,
            f"The {c.post.attachments[index].kind} is set to a commercial recording: the music is "
            "someone else's copyright, even on your own footage.",
            "Use royalty-free or licensed music, or post it without the track.",
            field=f"attachment[{index}]",
        )
        return
    copied = c.first("copied_content")
    if copied and not _copied_with_consent(c):
        yield Hit(
            copied[0],
            copied[1],
            "Copied text from another publication may infringe copyright.",
            "Link to the original and quote at most a line.",
        )
