#!/usr/bin/env python3
"""Writes a large synthetic WARC, gzipped per record as Common Crawl writes
them, for `dateline bench --warc` (reading throughput and peak memory).

    python3 scripts/gen_warc.py /tmp/big.warc.gz --gb 2.5

What is in it, per crawled URL: a `request`, a `response` and a `metadata`
record (CC-NEWS layout), after one `warcinfo`. Responses are mostly news
pages (57-65 KB of HTML with navigation, scripts and 10-30 paragraphs of
words drawn at random), a quarter of them sent `Content-Encoding: gzip`, a
fifth `Transfer-Encoding: chunked`; the rest are redirects (5%), 404s (3%)
and JPEG images of random bytes (5%). Every 25,000 URLs there is also a
40 MB video and a 12 MB HTML page: both must stream through without being
held in memory (the page is over the default 8 MiB limit and is rejected).

Deterministic for a given --seed. Nothing here is real news: the words
are a fixed list and the sentences are random.
"""

import argparse
import gzip
import os
import random
import sys
import zlib

WORDS = (
    "the minister said on tuesday that talks with officials from the "
    "neighbouring country would resume next week after a dispute over "
    "border crossings water rights trade tariffs and the release of "
    "detained citizens parliament approved budget opposition protest "
    "police arrested demonstrators capital president visited summit "
    "agreement ceasefire troops withdrew region election commission "
    "announced results court ruled government spokesman denied reports "
    "military exercises naval patrol aid convoy refugees humanitarian "
    "agency warned drought harvest prices inflation central bank raised "
    "interest rates investors markets company shares fell percent"
).split()


def paragraph(rng):
    n = rng.randint(25, 70)
    words = rng.choices(WORDS, k=n)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def page(rng, i, paragraphs=None):
    title = " ".join(rng.choices(WORDS, k=8)).capitalize()
    nav = "".join(
        f'<li><a href="/section/{w}">{w.capitalize()}</a></li>'
        for w in rng.choices(WORDS, k=40)
    )
    script = "var cfg = {" + ",".join(
        f'"k{j}": "{rng.getrandbits(64):x}"' for j in range(800)
    ) + "};"
    n = paragraphs if paragraphs is not None else rng.randint(10, 30)
    body = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(n))
    related = "".join(
        f'<li><a href="/news/{rng.getrandbits(32):x}">{paragraph(rng)[:60]}</a></li>'
        for _ in range(30)
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title} | Example News</title>"
        f'<meta property="article:published_time" content="2025-0{1 + i % 9}-1{i % 10}T08:00:00Z">'
        f"<script>{script}</script><style>{'.c{margin:0 auto;padding:4px}' * 200}</style>"
        f"</head><body><header><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>{title}</h1>\n{body}</article>"
        f"<aside><h2>Related</h2><ul>{related}</ul></aside></main>"
        "<footer>Copyright Example News. All rights reserved.</footer>"
        f"<script>{script}</script></body></html>\n"
    ).encode()


def record(kind, uri, date, rid, content_type, block):
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def member(data):
    # One gzip member per record, level 1 (fast; Common Crawl's are
    # similar in size).
    c = zlib.compressobj(1, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def chunked(body, size=8192):
    out = bytearray()
    for k in range(0, len(body), size):
        c = body[k : k + size]
        out += f"{len(c):x}\r\n".encode() + c + b"\r\n"
    out += b"0\r\n\r\n"
    return bytes(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="output path (.warc.gz)")
    ap.add_argument("--gb", type=float, default=2.5, help="compressed size to reach (GB, 1e9 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pages = [page(rng, i) for i in range(400)]
    gz_pages = [gzip.compress(p, 6) for p in pages[:100]]
    big_page = page(rng, 0, paragraphs=40000)  # ~12 MB
    target = int(a.gb * 1e9)
    written = 0
    urls = 0
    counts = {"pages": 0, "redirects": 0, "404": 0, "images": 0, "big": 0}
    with open(a.out, "wb") as f:
        def put(rec):
            nonlocal written
            m = member(rec)
            f.write(m)
            written += len(m)

        put(record("warcinfo", "", "2025-03-01T00:00:00Z", "info", "application/warc-fields",
                   b"software: dateline scripts/gen_warc.py\r\nformat: WARC File Format 1.1\r\n"))
        while written < target:
            urls += 1
            uri = f"https://news{urls % 97}.example/2025/story-{urls}"
            date = f"2025-03-{1 + urls % 28:02d}T{urls % 24:02d}:00:00Z"
            req = f"GET {uri} HTTP/1.1\r\nHost: example\r\nUser-Agent: gen_warc\r\n\r\n".encode()
            put(record("request", uri, date, f"q{urls}", "application/http; msgtype=request", req))
            r = rng.random()
            if r < 0.05:
                http = f"HTTP/1.1 301 Moved Permanently\r\nLocation: {uri}/\r\nContent-Length: 0\r\n\r\n".encode()
                counts["redirects"] += 1
            elif r < 0.08:
                body = pages[urls % len(pages)]
                http = f"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
                counts["404"] += 1
            elif r < 0.13:
                body = os.urandom(rng.randint(20_000, 60_000))
                http = f"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
                counts["images"] += 1
            else:
                k = urls % len(pages)
                headers = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                if k < len(gz_pages):
                    body = gz_pages[k]
                    headers += "Content-Encoding: gzip\r\n"
                else:
                    # A unique comment: no two records are the same bytes.
                    body = pages[k] + f"<!-- {urls} {rng.getrandbits(64):x} -->".encode()
                if rng.random() < 0.2:
                    body = chunked(body)
                    headers += "Transfer-Encoding: chunked\r\n"
                else:
                    headers += f"Content-Length: {len(body)}\r\n"
                http = (headers + "\r\n").encode() + body
                counts["pages"] += 1
            put(record("response", uri, date, f"r{urls}", "application/http; msgtype=response", http))
            put(record("metadata", uri, date, f"m{urls}", "application/warc-fields",
                       f"fetchTimeMs: {rng.randint(50, 900)}\r\n".encode()))
            if urls % 25000 == 0:
                video = os.urandom(40_000_000)
                put(record("response", uri + ".mp4", date, f"v{urls}", "application/http; msgtype=response",
                           b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n" + video))
                put(record("response", uri + "/all", date, f"b{urls}", "application/http; msgtype=response",
                           b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + big_page))
                counts["big"] += 1
                print(f"{written / 1e9:.2f} GB, {urls} URLs", file=sys.stderr)
    print(f"{a.out}: {written} bytes, {urls} URLs, {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
