"""The HTTP side of sync: one httpx client per run (connections kept alive), WebDAV methods,
and every failure the user or the network causes turned into one :class:`SyncError` line.

Certificates are checked as usual. A self-signed server is trusted only explicitly, by the
SHA-256 fingerprint of its certificate (``--trust-certificate``): the certificate the server
presents is fetched, its fingerprint compared, and then exactly that certificate is the one
trusted for the run (any other certificate fails the TLS handshake)."""

from __future__ import annotations

import functools
import hashlib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import httpx

from rolodex.sync.errors import Interrupted, SyncError

TIMEOUT = httpx.Timeout(120.0, connect=10.0)  # a big address book takes a server a while
SAFE = "/~!$&'()*+,;=:@"


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str
    fingerprint: str = ""  # trust exactly the certificate with this SHA-256 fingerprint


def fingerprint_of(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def same_fingerprint(a: str, b: str) -> bool:
    def clean(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")

    return clean(a) == clean(b)


def server_certificate(url: str) -> bytes:
    """The DER certificate the server at ``url`` presents (not verified)."""
    parts = urlsplit(url)
    try:
        pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=10)
    except OSError as exc:
        raise SyncError(f"Cannot reach {parts.netloc}: {exc.strerror or exc}.") from exc
    return ssl.PEM_cert_to_DER_cert(pem)


@functools.cache
def _default_context() -> ssl.SSLContext:
    """The usual certificate checks, built once per program: loading the CA bundle costs
    more than a no-change sync's own work (150 ms under load), and httpx builds it even for
    a plain http:// server (a redirect may lead to https)."""
    return httpx.create_ssl_context()


def _verify(url: str, fingerprint: str) -> ssl.SSLContext:
    if not fingerprint or urlsplit(url).scheme != "https":
        return _default_context()
    der = server_certificate(url)
    if not same_fingerprint(fingerprint_of(der), fingerprint):
        raise SyncError(
            f"The server's certificate has changed (SHA-256 {fingerprint_of(der)}, trusted "
            f"{fingerprint}): not syncing. Trust the new one only if you know why it changed."
        )
    context = ssl.create_default_context(cadata=ssl.DER_cert_to_PEM_cert(der))
    context.check_hostname = False  # a self-signed certificate often names another host
    return context


def quote_path(path: str) -> str:
    return quote(path, safe=SAFE)


class DavClient:
    """WebDAV requests against one server; ``transport`` lets tests break the connection."""

    def __init__(self, base_url: str, creds: Credentials,
                 transport: httpx.BaseTransport | None = None) -> None:  # fmt: skip
        self.base_url = base_url
        self.requests = 0
        self.waited = 0.0  # seconds spent waiting for the server (benchmarks report it)
        self.before_request: Callable[[], None] | None = None  # e.g. renew the run's lease
        self._http = httpx.Client(
            auth=httpx.BasicAuth(creds.username, creds.password),
            timeout=TIMEOUT,
            verify=_verify(base_url, creds.fingerprint),
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": "Rolodex"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, path_or_url: str) -> str:
        if "://" in path_or_url:
            return path_or_url
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}{quote_path(path_or_url)}"

    def request(self, method: str, target: str, *, body: str | None = None,
                headers: dict[str, str] | None = None, redirects: int = 5) -> httpx.Response:  # fmt: skip
        """Send one request (following a few redirects, as discovery needs); a 401, an
        unreachable server or a certificate problem raise :class:`SyncError`."""
        url = self.url(target)
        sent = {"Content-Type": "application/xml; charset=utf-8"} if body is not None else {}
        sent.update(headers or {})
        for _ in range(redirects + 1):
            response = self._send(method, url, body, sent)
            if response.status_code not in (301, 302, 303, 307, 308):
                break
            url = str(response.url.join(response.headers.get("Location", "")))
        if response.status_code == 401:
            raise SyncError(
                f"The server at {urlsplit(url).netloc} refused the user name or password (401)."
            )
        return response

    def _send(self, method: str, url: str, body: str | None,
              headers: dict[str, str]) -> httpx.Response:  # fmt: skip
        if self.before_request is not None:
            self.before_request()
        self.requests += 1
        where = urlsplit(url).netloc
        started = time.perf_counter()
        try:
            return self._http.request(method, url, content=body, headers=headers)
        except httpx.ConnectError as exc:
            raise _connect_error(exc, url) from exc
        except httpx.TimeoutException as exc:
            raise Interrupted(f"The server at {where} did not answer in time.") from exc
        except (httpx.TransportError, OSError) as exc:
            raise Interrupted(f"The connection to {where} broke: {exc}.") from exc
        finally:
            self.waited += time.perf_counter() - started


def _connect_error(exc: httpx.ConnectError, url: str) -> SyncError:
    where = urlsplit(url).netloc
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        try:
            seen = f" (SHA-256 {fingerprint_of(server_certificate(url))})"
        except SyncError:
            seen = ""
        return SyncError(
            f"The certificate of {where} is not trusted{seen}: if it is your server's own "
            "(self-signed), add the account with --trust-certificate FINGERPRINT."
        )
    return SyncError(f"Cannot reach the server at {where}: {text or 'connection refused'}.")
