#!/usr/bin/python3
"""One-shot TCP server for the Bothways lab: accept connections for a bounded time,
read one request line, answer with a fixed number of bytes, close. No DNS, no threads."""
import argparse, select, socket, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--bind", required=True)
ap.add_argument("--port", type=int, required=True)
ap.add_argument("--seconds", type=float, default=30)
ap.add_argument("--reply-bytes", type=int, default=64,
                help="reply size, unless the request line is 'SIZE n ...'")
ap.add_argument("--echo", action="store_true", help="echo every line until the client closes")
a = ap.parse_args()

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((a.bind, a.port))
s.listen(16)
print(f"server: listening on {a.bind}:{a.port}", flush=True)
deadline = time.monotonic() + a.seconds
while True:
    left = deadline - time.monotonic()
    if left <= 0:
        break
    r, _, _ = select.select([s], [], [], min(left, 0.5))
    if not r:
        continue
    c, peer = s.accept()
    c.settimeout(3)
    if a.echo:
        c.settimeout(max(1.0, deadline - time.monotonic()))
        n = 0
        try:
            f = c.makefile("rb")
            for line in f:
                c.sendall(line)
                n += 1
            print(f"server: {peer[0]}:{peer[1]} echoed {n} lines, client closed", flush=True)
        except OSError as e:
            print(f"server: {peer[0]}:{peer[1]} echoed {n} lines, then: {e}", flush=True)
        finally:
            c.close()
        continue
    try:
        req = b""
        while not req.endswith(b"\n") and len(req) < 4096:
            chunk = c.recv(4096)
            if not chunk:
                break
            req += chunk
        size = a.reply_bytes
        if req.startswith(b"SIZE "):
            try:
                size = int(req.split()[1])
            except (IndexError, ValueError):
                pass
        body = b"x" * max(0, size - 1) + b"\n"
        c.sendall(body)
        c.shutdown(socket.SHUT_WR)
        c.recv(1)
        print(f"server: {peer[0]}:{peer[1]} request {len(req)} bytes, replied {len(body)} bytes", flush=True)
    except OSError as e:
        print(f"server: {peer[0]}:{peer[1]} error: {e}", flush=True)
    finally:
        c.close()
s.close()
print("server: done", flush=True)
