"""Links: find URLs and bare www. addresses and judge them against the links register.

A host is covered by a register entry when it *is* that domain or a subdomain of it, label by label,
so ``rotherham-gov.uk.consultations-online.info`` is not covered by ``gov.uk``. Link shorteners hide
their destination, so they are never taken as checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import Normalised

# A bare address ("rotherham.gov.uk/bins") is a host of dot-separated labels before a known
# top-level domain and a path. A label is at most 63 characters and a host at most 127 labels
# (RFC 1035), and a label is taken whole (possessive: no shorter run of label characters can be
# followed by its dot): unbounded, every start in a long run of label characters ("-" x 100,000)
# scanned to the end of the run and the search took quadratic time.
URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>\"')\]]+|"
    r"(?<![@\w.])(?:[a-z0-9-]{1,63}+\.){1,127}"
    r"(?:co\.uk|org\.uk|gov\.uk|ac\.uk|com|org|net|info|ly|io|uk)"
    r"/[^\s<>\"')\]]*",
    re.IGNORECASE,
)
SHORTENERS = frozenset(
    {"bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "buff.ly", "is.gd", "rebrand.ly",
     "cutt.ly", "shorturl.at", "tiny.cc", "lnkd.in", "rb.gy", "t.ly", "s.id"}
)  # fmt: skip


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    url: str
    host: str

    @property
    def shortened(self) -> bool:
        return self.host in SHORTENERS


def host_of(url: str) -> str:
    rest = re.sub(r"^[a-z]+://", "", url.strip().lower())
    host = re.split(r"[/?#:]", rest, maxsplit=1)[0]
    host = host.rsplit("@", 1)[-1].rstrip(".")
    return host.removeprefix("www.")


def covered_by(host: str, domain: str) -> bool:
    domain = domain.lower().removeprefix("www.")
    return host == domain or host.endswith("." + domain)


def find_links(norm: Normalised) -> list[Link]:
    text = norm.original
    links = []
    for m in URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        links.append(Link(m.start(), m.start() + len(url), url, host_of(url)))
    return links
