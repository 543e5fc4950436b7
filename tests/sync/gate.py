"""A forwarding proxy in front of the CardDAV test server that can hold a request: the test
knows exactly when a sync in another process is in the middle of talking to the server (no
sleeps), and lets it go on when it wants."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class Gate:
    """Forwards to ``target``; once :meth:`arm` is called, the next request waits until
    :meth:`open` (``arrived`` is set when it is waiting)."""

    def __init__(self, target: str) -> None:
        self.target = httpx.URL(target)
        self.arrived = threading.Event()
        self._release = threading.Event()
        self._release.set()
        self._armed = False
        self._lock = threading.Lock()
        self.url = ""

    def arm(self) -> None:
        self._release.clear()
        self.arrived.clear()
        self._armed = True

    def open(self) -> None:
        self._release.set()

    def hold(self) -> None:
        with self._lock:
            held, self._armed = self._armed, False
        if held:
            self.arrived.set()
            self._release.wait(120)


@contextmanager
def gate(target: str) -> Iterator[Gate]:
    """A running :class:`Gate` in front of ``target`` (the server's root URL)."""
    keeper = Gate(target)
    http = httpx.Client(timeout=120)

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            keeper.hold()
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
            url = keeper.target.copy_with(raw_path=self.path.encode())
            answer = http.request(self.command, url, content=body, headers=headers)
            self.send_response(answer.status_code)
            for key, value in answer.headers.items():
                if key.lower() not in HOP and key.lower() != "content-encoding":
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_MKCOL = do_HEAD = _any

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    keeper.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield keeper
    finally:
        keeper.open()
        server.shutdown()
        server.server_close()
        http.close()
