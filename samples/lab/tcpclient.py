#!/usr/bin/python3
"""TCP client for the Bothways lab: one connection from a fixed source port, bounded by a
timeout; sends one request line, reads the whole reply. Prints one result line; exit 0 on success."""
import argparse, socket, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--src", default="")
ap.add_argument("--sport", type=int, default=0)
ap.add_argument("--dst", required=True)
ap.add_argument("--dport", type=int, required=True)
ap.add_argument("--timeout", type=float, default=4)
ap.add_argument("--request-bytes", type=int, default=16)
ap.add_argument("--expect-bytes", type=int, default=0,
                help="ask the server for this many bytes (request 'SIZE n') and expect them")
ap.add_argument("--chat", type=int, default=0, help="send this many lines, one per --interval, each echoed")
ap.add_argument("--interval", type=float, default=1.0)
a = ap.parse_args()

t0 = time.monotonic()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((a.src, a.sport))
sport = s.getsockname()[1]
s.settimeout(a.timeout)
stage = "connect"
got = 0
try:
    s.connect((a.dst, a.dport))
    if a.chat:
        f = s.makefile("rb")
        for i in range(a.chat):
            stage = f"line-{i + 1}"
            s.sendall(f"line {i + 1}\n".encode())
            echo = f.readline()
            if not echo:
                raise OSError(0, "closed by peer")
            got += len(echo)
            print(f"client: line {i + 1} echoed", flush=True)
            time.sleep(a.interval)
        ok, result = True, "ok"
    else:
        stage = "request"
        req = f"SIZE {a.expect_bytes} " if a.expect_bytes else ""
        req = req.encode() + b"G" * max(0, a.request_bytes - 1 - len(req))
        s.sendall(req + b"\n")
        stage = "reply"
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += len(chunk)
        ok = got >= a.expect_bytes
        result = "ok" if ok else "short"
except socket.timeout:
    ok, result = False, f"timeout-in-{stage}"
except OSError as e:
    ok, result = False, f"error-in-{stage}:{e.strerror or e}"
finally:
    s.close()
ms = int((time.monotonic() - t0) * 1000)
print(f"client: {result} sport={sport} bytes={got} ms={ms}", flush=True)
sys.exit(0 if ok else 1)
