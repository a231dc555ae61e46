#!/usr/bin/env python3
"""Stand-in for the OpenELIS Global web app, used by the OE Failover test lab.

It only answers the health URLs, over TLS, on port 8443:
    GET /api/OpenELIS-Global/health   -> 200 {"status":"UP"}
    GET /OpenELIS-Global/health       -> 200 {"status":"UP"}
Anything else gets 404. The certificate and key are the server's own
(/etc/openelis-global/cert.pem and key.pem, mounted read-only by lab.sh).
Each connection is handled in its own thread, and the TLS handshake happens in
that thread too, so a slow or broken client cannot block the others.
"""
import http.server
import os
import signal
import socket
import ssl
import sys

CERT = os.environ.get("OEF_WEB_CERT", "/etc/openelis-global/cert.pem")
KEY = os.environ.get("OEF_WEB_KEY", "/etc/openelis-global/key.pem")
PORT = int(os.environ.get("OEF_WEB_PORT", "8443"))
HEALTH_PATHS = {"/api/OpenELIS-Global/health", "/OpenELIS-Global/health"}


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "OpenELIS-lab-standin/1"
    protocol_version = "HTTP/1.1"
    timeout = 30  # per-connection socket timeout (seconds)

    def _answer(self, with_body):
        path = self.path.split("?", 1)[0]
        if path in HEALTH_PATHS:
            code, body = 200, b'{"status":"UP"}'
        else:
            code, body = 404, b'{"status":"NOT_FOUND"}'
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self):
        self._answer(True)

    def do_HEAD(self):
        self._answer(False)

    def log_message(self, fmt, *args):
        sys.stderr.write("%s - %s\n" % (self.client_address[0], fmt % args))


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler, context):
        self.context = context
        super().__init__(address, handler)

    def finish_request(self, request, client_address):
        # Runs in the connection's own thread: do the handshake here.
        request.settimeout(30)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            sys.stderr.write("%s - TLS handshake failed: %s\n" % (client_address[0], exc))
            return
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            try:
                tls.close()
            except OSError:
                pass


def main():
    # PID 1 in a container ignores SIGTERM unless it has a handler.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.signal(signal.SIGINT, lambda *_: os._exit(0))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(CERT, KEY)
    server = Server(("0.0.0.0", PORT), Handler, context)
    sys.stderr.write("OpenELIS stand-in listening on https://0.0.0.0:%d\n" % PORT)
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
