"""The WebDAV/CardDAV XML this client sends and reads: PROPFIND and REPORT bodies, and
multistatus responses turned into plain ``Response`` records."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit
from xml.sax.saxutils import escape

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CS = "http://calendarserver.org/ns/"
NAMESPACES = {"D": DAV, "C": CARDDAV, "CS": CS}


def q(prefix: str, name: str) -> str:
    """An ElementTree name: ``q("D", "href")`` → ``{DAV:}href``."""
    return f"{{{NAMESPACES[prefix]}}}{name}"


def _props(names: Iterable[str]) -> str:
    return "".join(f"<{n}/>" for n in names)


def propfind(*names: str) -> str:
    """A PROPFIND body asking for ``names`` (``"D:getetag"``, ``"C:addressbook-home-set"``)."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<D:propfind xmlns:D="{DAV}" xmlns:C="{CARDDAV}" xmlns:CS="{CS}">'
        f"<D:prop>{_props(names)}</D:prop></D:propfind>"
    )


def sync_collection(token: str) -> str:
    """An RFC 6578 sync-collection REPORT from ``token`` ('' for the initial sync)."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<D:sync-collection xmlns:D="{DAV}"><D:sync-token>{escape(token)}</D:sync-token>'
        "<D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>"
    )


def multiget(hrefs: Iterable[str]) -> str:
    """An RFC 6352 addressbook-multiget REPORT for ``hrefs`` (paths)."""
    body = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<C:addressbook-multiget xmlns:D="{DAV}" xmlns:C="{CARDDAV}">'
        f"<D:prop><D:getetag/><C:address-data/></D:prop>{body}</C:addressbook-multiget>"
    )


@dataclass
class Response:
    """One ``D:response`` of a multistatus: its href (a path), its status when it has no
    properties (e.g. 404 for a deleted member), and the properties found (200 propstat)."""

    href: str
    status: int = 200
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, name: str) -> str:
        element = self.props.get(name)
        return (element.text or "").strip() if element is not None else ""

    def hrefs(self, name: str) -> list[str]:
        element = self.props.get(name)
        if element is None:
            return []
        return [(h.text or "").strip() for h in element.iter(q("D", "href")) if h.text]

    def has(self, name: str, child: str) -> bool:
        element = self.props.get(name)
        return element is not None and element.find(child) is not None


@dataclass
class Multistatus:
    responses: list[Response]
    sync_token: str = ""


class XmlError(ValueError):
    """The server's answer is not the XML it should be."""


def parse_multistatus(body: bytes) -> Multistatus:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise XmlError(f"the server sent XML that cannot be read ({exc})") from exc
    responses = [_response(r) for r in root.iter(q("D", "response"))]
    token = root.find(q("D", "sync-token"))
    return Multistatus(responses, (token.text or "").strip() if token is not None else "")


def _status(element: ET.Element | None) -> int:
    if element is None or not element.text:
        return 200
    parts = element.text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def _response(element: ET.Element) -> Response:
    href = element.findtext(q("D", "href"), "").strip()
    response = Response(normalise_href(href), _status(element.find(q("D", "status"))))
    for propstat in element.iter(q("D", "propstat")):
        if _status(propstat.find(q("D", "status"))) != 200:
            continue
        for prop in propstat.iterfind(q("D", "prop")):
            for child in prop:
                response.props[child.tag] = child
    return response


def normalise_href(href: str, base: str = "") -> str:
    """The path of ``href`` (absolute or relative to ``base``), percent-decoded: servers
    differ in what they quote, so paths are compared decoded."""
    return unquote(urlsplit(urljoin(base, href)).path)
