//! `dateline watch` against an HTTP server these tests start on
//! 127.0.0.1 (a thread on a std TcpListener): a feed and its articles go
//! through extraction and coding into the store; robots.txt, the
//! User-Agent and the per-host delay are honoured; a second poll is
//! conditional (304) and a feed that changes gives only its new items,
//! also after a restart; a feed that errors (500), times out, is malformed
//! or is not a feed is a rejection and the other feeds go on; articles that
//! fail transiently are tried again on the next poll, the others are not.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dateline::dict::Dictionaries;
use dateline::pipeline::Pipeline;
use dateline::store::{EventQuery, Store};
use dateline::watch::{WatchOptions, Watcher};

// ---- the server ----------------------------------------------------------

#[derive(Clone, Default)]
struct Route {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    etag: Option<String>,
    last_modified: Option<String>,
    /// Wait this long before answering.
    delay: Duration,
}

fn ok(content_type: &'static str, body: impl Into<Vec<u8>>) -> Route {
    Route {
        status: 200,
        content_type,
        body: body.into(),
        ..Route::default()
    }
}

fn status(code: u16) -> Route {
    Route {
        status: code,
        content_type: "text/html",
        body: format!("<html><body>error {code}</body></html>").into_bytes(),
        ..Route::default()
    }
}

#[derive(Clone, Debug)]
struct Request {
    path: String,
    headers: HashMap<String, String>,
    at: Instant,
}

#[derive(Clone)]
struct Server {
    addr: SocketAddr,
    routes: Arc<Mutex<HashMap<String, Route>>>,
    log: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let server = Server {
            addr: listener.local_addr().unwrap(),
            routes: Arc::default(),
            log: Arc::default(),
        };
        let s = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let s = s.clone();
                std::thread::spawn(move || s.handle(stream));
            }
        });
        server
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    fn set(&self, path: &str, route: Route) {
        self.routes.lock().unwrap().insert(path.to_string(), route);
    }

    fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    fn count(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }

    fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }

    fn handle(&self, stream: TcpStream) {
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut headers = HashMap::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                break;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        let route = self.routes.lock().unwrap().get(&path).cloned();
        self.log.lock().unwrap().push(Request {
            path,
            headers: headers.clone(),
            at: Instant::now(),
        });
        let route = route.unwrap_or_else(|| status(404));
        std::thread::sleep(route.delay);
        // If-None-Match, when sent, decides alone (RFC 9110 13.2.2).
        let not_modified = match headers.get("if-none-match") {
            Some(tag) => route.etag.as_ref() == Some(tag),
            None => {
                route.last_modified.is_some()
                    && headers.get("if-modified-since") == route.last_modified.as_ref()
            }
        };
        let (code, body) = if not_modified {
            (304, Vec::new())
        } else {
            (route.status, route.body.clone())
        };
        let mut head = format!("HTTP/1.1 {code} X\r\nConnection: close\r\n");
        if code != 304 {
            head.push_str(&format!(
                "Content-Type: {}\r\nContent-Length: {}\r\n",
                route.content_type,
                body.len()
            ));
        }
        if let Some(e) = &route.etag {
            head.push_str(&format!("ETag: {e}\r\n"));
        }
        if let Some(m) = &route.last_modified {
            head.push_str(&format!("Last-Modified: {m}\r\n"));
        }
        head.push_str("\r\n");
        let mut stream = stream;
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&body);
        let _ = stream.flush();
    }
}

// ---- feeds and pages ---------------------------------------------------------

fn rss(items: &[(&str, &str)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test wire</title>\n",
    );
    for (title, link) in items {
        s.push_str(&format!(
            "<item><title>{title}</title><link>{link}</link><pubDate>Tue, 19 Nov 2024 16:00:00 GMT</pubDate></item>\n"
        ));
    }
    s.push_str("</channel></rss>\n");
    s
}

fn page(title: &str) -> String {
    let mut s = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{title}</title></head><body>\
         <nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>"
    );
    for i in 0..5 {
        s.push_str(&format!(
            "<p>{title}: delegates met again on day {i} of the conference and said that the \
             talks on trade, transport and water had made steady progress, though several \
             questions were left for the ministers to settle at a later meeting.</p>"
        ));
    }
    s.push_str("</article><footer>Copyright</footer></body></html>");
    s
}

fn seedlike() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/seedlike.html"))
        .unwrap()
}

fn pipeline() -> Pipeline {
    Pipeline::new(Arc::new(Dictionaries::builtin()))
}

fn options() -> WatchOptions {
    WatchOptions {
        user_agent: "Dateline/test (watch tests)".to_string(),
        timeout: Duration::from_millis(800),
        host_delay: Duration::from_millis(20),
        ..WatchOptions::default()
    }
}

// ---- tests -------------------------------------------------------------------

#[test]
fn a_feed_and_its_articles_are_fetched_politely_extracted_coded_and_stored() {
    let srv = Server::start();
    srv.set(
        "/robots.txt",
        ok(
            "text/plain",
            "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.15\n",
        ),
    );
    srv.set(
        "/feed.xml",
        ok(
            "application/rss+xml",
            rss(&[
                ("Defence ties", "/news/seed"),
                ("Talks", "/news/two"),
                ("Secret", "/private/secret"),
                ("Missing", "/news/missing"),
                ("Photo", "/news/photo"),
                ("Talks again", "/news/two"),
            ]),
        ),
    );
    srv.set("/news/seed", ok("text/html; charset=utf-8", seedlike()));
    srv.set("/news/two", ok("text/html", page("Talks go on")));
    srv.set("/private/secret", ok("text/html", page("Secret")));
    srv.set("/news/photo", ok("image/png", b"\x89PNG....".to_vec()));

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("w.db")).unwrap();
    let mut watcher = Watcher::new(options());
    let report = pipeline()
        .watch_feed(&mut watcher, &mut store, &srv.url("/feed.xml"))
        .unwrap();

    assert!(!report.failed);
    assert_eq!(report.status, "6 items, 5 new");
    assert_eq!(report.articles, 2);
    assert_eq!(report.documents_added, 2);
    assert!(report.events_added > 0);
    let mut rejected: Vec<(String, String)> = report
        .rejected
        .iter()
        .map(|r| (r.input.replace(&srv.url(""), ""), r.reason.clone()))
        .collect();
    rejected.sort();
    assert_eq!(
        rejected,
        [
            (
                "/news/missing".to_string(),
                "HTTP 404 Not Found".to_string()
            ),
            (
                "/news/photo".to_string(),
                "not an HTML page (image/png)".to_string()
            ),
            (
                "/private/secret".to_string(),
                format!("disallowed by {}/robots.txt", srv.url(""))
            ),
        ]
    );

    // Stored, with the events of the seed-like dispatch under the page's URL.
    let events = store.events(&EventQuery::default()).unwrap();
    let seed_url = srv.url("/news/seed");
    let seed: Vec<_> = events
        .iter()
        .filter(|e| e.url.as_deref() == Some(seed_url.as_str()))
        .collect();
    assert!(
        seed.iter()
            .any(|e| e.event.source.code == "BFA" && e.event.target.code == "TUR"),
        "{:?}",
        seed.iter()
            .map(|e| (&e.event.source.code, &e.event.code, &e.event.target.code))
            .collect::<Vec<_>>()
    );
    assert_eq!(store.counts().unwrap().documents, 2);

    // Politeness: robots.txt first, the disallowed page never asked for,
    // every request with our User-Agent, and requests spaced by the
    // site's Crawl-delay (longer than our own delay).
    let log = srv.requests();
    assert_eq!(log[0].path, "/robots.txt");
    assert_eq!(log[1].path, "/feed.xml");
    assert_eq!(srv.count("/private/secret"), 0);
    assert_eq!(
        srv.count("/news/two"),
        1,
        "a link twice in a feed is one item"
    );
    assert_eq!(srv.count("/robots.txt"), 1);
    for r in &log {
        assert_eq!(
            r.headers.get("user-agent").map(String::as_str),
            Some("Dateline/test (watch tests)")
        );
    }
    for w in log.windows(2) {
        let gap = w[1].at - w[0].at;
        assert!(
            gap >= Duration::from_millis(140),
            "{} then {} after {gap:?}",
            w[0].path,
            w[1].path
        );
    }
}

#[test]
fn polls_are_conditional_and_only_new_items_are_fetched_also_after_a_restart() {
    let srv = Server::start();
    srv.set("/robots.txt", status(404));
    let feed = |items: &[(&str, &str)], version: &str| Route {
        etag: Some(format!("\"{version}\"")),
        last_modified: Some(format!("Tue, 19 Nov 2024 1{}:00:00 GMT", &version[1..])),
        ..ok("application/rss+xml", rss(items))
    };
    srv.set("/feed.xml", feed(&[("A", "/a")], "v1"));
    for p in ["/a", "/b", "/c"] {
        srv.set(p, ok("text/html", page(&format!("Story {p}"))));
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let p = pipeline();
    let url = srv.url("/feed.xml");

    let mut store = Store::open(&db).unwrap();
    let mut watcher = Watcher::new(options());
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(
        (r.status.as_str(), r.documents_added),
        ("1 items, 1 new", 1)
    );
    let first = srv.requests();
    assert!(
        !first
            .iter()
            .any(|r| r.headers.contains_key("if-none-match"))
    );

    // Unchanged: validators sent, 304, nothing fetched.
    srv.clear_log();
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(r.status, "not modified (304)");
    assert!(!r.failed);
    let log = srv.requests();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(
        log[0].headers.get("if-none-match").map(String::as_str),
        Some("\"v1\"")
    );
    assert_eq!(
        log[0].headers.get("if-modified-since").map(String::as_str),
        Some("Tue, 19 Nov 2024 11:00:00 GMT")
    );

    // Changed: the new item is fetched, the old one is not.
    srv.set("/feed.xml", feed(&[("B", "/b"), ("A", "/a")], "v2"));
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(
        (r.status.as_str(), r.documents_added),
        ("2 items, 1 new", 1)
    );
    assert_eq!(srv.count("/a"), 0);
    assert_eq!(srv.count("/b"), 1);

    // A restart: a new process remembers the validators and what it saw.
    drop((store, watcher));
    srv.clear_log();
    let mut store = Store::open(&db).unwrap();
    let mut watcher = Watcher::new(options());
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(r.status, "not modified (304)");
    let feed_req = srv
        .requests()
        .into_iter()
        .find(|r| r.path == "/feed.xml")
        .unwrap();
    assert_eq!(
        feed_req.headers.get("if-none-match").map(String::as_str),
        Some("\"v2\"")
    );
    srv.set(
        "/feed.xml",
        feed(&[("C", "/c"), ("B", "/b"), ("A", "/a")], "v3"),
    );
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(
        (r.status.as_str(), r.documents_added),
        ("3 items, 1 new", 1)
    );
    assert_eq!(
        (srv.count("/a"), srv.count("/b"), srv.count("/c")),
        (0, 0, 1)
    );
    assert_eq!(store.counts().unwrap().documents, 3);
}

#[test]
fn failing_feeds_are_rejections_and_the_other_feeds_go_on() {
    let srv = Server::start();
    srv.set(
        "/robots.txt",
        ok("text/plain", "User-agent: *\nDisallow:\n"),
    );
    srv.set("/error.xml", status(500));
    srv.set(
        "/slow.xml",
        Route {
            delay: Duration::from_secs(3),
            ..ok("application/rss+xml", rss(&[("S", "/s")]))
        },
    );
    srv.set(
        "/broken.xml",
        ok(
            "application/rss+xml",
            "<rss><channel><item><title>Cut</title>",
        ),
    );
    srv.set("/page.xml", ok("text/html", page("Not a feed")));
    // With validators: a retry must not wait for the feed to change.
    srv.set(
        "/good.xml",
        Route {
            etag: Some("\"g1\"".to_string()),
            ..ok(
                "application/rss+xml",
                rss(&[
                    ("Good", "/good"),
                    ("Flaky", "/flaky"),
                    ("Slow", "/slow-page"),
                ]),
            )
        },
    );
    srv.set("/good", ok("text/html", page("Good news")));
    srv.set("/flaky", status(503));
    srv.set(
        "/slow-page",
        Route {
            delay: Duration::from_secs(3),
            ..ok("text/html", page("Slow news"))
        },
    );

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let mut store = Store::open(&db).unwrap();
    let mut watcher = Watcher::new(options());
    let p = pipeline();
    let mut reports = Vec::new();
    for f in [
        "/error.xml",
        "/slow.xml",
        "/broken.xml",
        "/page.xml",
        "/good.xml",
    ] {
        reports.push(p.watch_feed(&mut watcher, &mut store, &srv.url(f)).unwrap());
    }
    let reasons: Vec<(bool, &str)> = reports
        .iter()
        .map(|r| (r.failed, r.status.as_str()))
        .collect();
    assert_eq!(reasons[0], (true, "feed: HTTP 500 Internal Server Error"));
    assert_eq!(reasons[1], (true, "feed: timed out after 0.8s"));
    assert!(reasons[2].0);
    assert!(
        reasons[2]
            .1
            .starts_with("not a well-formed RSS or Atom feed"),
        "{}",
        reasons[2].1
    );
    assert!(reasons[3].0);
    assert!(
        reasons[3].1.contains("not an RSS or Atom feed"),
        "{}",
        reasons[3].1
    );
    for r in &reports[..4] {
        assert_eq!(r.rejected.len(), 1);
        assert_eq!(r.rejected[0].input, r.feed);
    }
    let good = &reports[4];
    assert!(!good.failed);
    assert_eq!(good.documents_added, 1);
    let mut article_failures: Vec<(String, &str)> = good
        .rejected
        .iter()
        .map(|r| (r.input.replace(&srv.url(""), ""), r.reason.as_str()))
        .collect();
    article_failures.sort();
    assert_eq!(
        article_failures,
        [
            ("/flaky".to_string(), "HTTP 503 Service Unavailable"),
            ("/slow-page".to_string(), "timed out after 0.8s"),
        ]
    );
    // The rejections are in the store.
    let stored = store.rejections(100).unwrap();
    assert!(stored.iter().any(|r| r.input == srv.url("/error.xml")));
    assert!(stored.iter().any(|r| r.input == srv.url("/flaky")));

    // Next poll: the transient failures are tried again and now succeed;
    // the good article is not fetched again.
    srv.set("/flaky", ok("text/html", page("Flaky news")));
    srv.set("/slow-page", ok("text/html", page("Slow news")));
    let r = p
        .watch_feed(&mut watcher, &mut store, &srv.url("/good.xml"))
        .unwrap();
    assert_eq!(r.status, "3 items, 2 new");
    assert_eq!(r.documents_added, 2);
    assert!(r.rejected.is_empty(), "{:?}", r.rejected);
    assert_eq!(srv.count("/good"), 1);
    assert_eq!(srv.count("/flaky"), 2);
    // And once fetched, never again: the feed's validators now hold.
    let r = p
        .watch_feed(&mut watcher, &mut store, &srv.url("/good.xml"))
        .unwrap();
    assert_eq!(r.status, "not modified (304)");
    assert_eq!(srv.count("/flaky"), 2);
}

#[test]
fn an_unreachable_robots_txt_closes_the_site() {
    let srv = Server::start();
    srv.set("/robots.txt", status(500));
    srv.set("/feed.xml", ok("application/rss+xml", rss(&[("A", "/a")])));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("w.db")).unwrap();
    let mut watcher = Watcher::new(options());
    let r = pipeline()
        .watch_feed(&mut watcher, &mut store, &srv.url("/feed.xml"))
        .unwrap();
    assert!(r.failed);
    assert_eq!(
        r.status,
        format!(
            "feed: {}/robots.txt answered HTTP 500 Internal Server Error, \
             so the site is not crawled for now",
            srv.url("")
        )
    );
    assert_eq!(srv.count("/feed.xml"), 0);

    // Nothing listening: the network error is named.
    let mut watcher = Watcher::new(options());
    let dead = TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://{}/feed.xml", dead.local_addr().unwrap());
    drop(dead);
    let r = pipeline()
        .watch_feed(&mut watcher, &mut store, &dead_url)
        .unwrap();
    assert!(r.failed);
    assert!(
        r.status.contains("robots.txt is unreachable ("),
        "{}",
        r.status
    );
}

#[test]
fn the_watch_command_polls_once_and_reports() {
    let srv = Server::start();
    srv.set("/robots.txt", status(404));
    srv.set(
        "/feed.xml",
        ok("application/rss+xml", rss(&[("Seed", "/seed")])),
    );
    srv.set("/seed", ok("text/html; charset=utf-8", seedlike()));
    srv.set("/error.xml", status(500));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args([
            "watch",
            "--once",
            "--timeout",
            "2",
            "--host-delay",
            "0.01",
            "--db",
        ])
        .arg(&db)
        .arg(srv.url("/error.xml"))
        .arg(srv.url("/feed.xml"))
        .arg("not a url")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Some inputs were rejected: exit code 3, as for `run`.
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "rejected {}: feed: HTTP 500 Internal Server Error",
            srv.url("/error.xml")
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("rejected not a url: not an http or https URL"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 items, 1 new; 1 articles analysed, 1 new documents"),
        "{stderr}"
    );
    let ua = srv.requests()[0]
        .headers
        .get("user-agent")
        .cloned()
        .unwrap();
    assert!(ua.starts_with("Dateline/"), "{ua}");
    assert!(ua.contains("robots token \"dateline\""), "{ua}");
    let store = Store::open_existing(&db).unwrap();
    let c = store.counts().unwrap();
    assert_eq!(c.documents, 1);
    assert!(c.events > 0);
}

#[test]
fn items_over_the_per_poll_limit_are_fetched_on_the_next_poll() {
    let srv = Server::start();
    srv.set("/robots.txt", status(404));
    srv.set(
        "/feed.xml",
        Route {
            etag: Some("\"v1\"".to_string()),
            ..ok(
                "application/rss+xml",
                rss(&[("A", "/a"), ("B", "/b"), ("C", "/c")]),
            )
        },
    );
    for p in ["/a", "/b", "/c"] {
        srv.set(p, ok("text/html", page(&format!("Story {p}"))));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("w.db")).unwrap();
    let mut watcher = Watcher::new(WatchOptions {
        max_items: 2,
        ..options()
    });
    let p = pipeline();
    let url = srv.url("/feed.xml");
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(
        r.status,
        "3 items, 3 new (2 fetched now, the rest next poll)"
    );
    assert_eq!(
        (srv.count("/a"), srv.count("/b"), srv.count("/c")),
        (1, 1, 0)
    );
    // The feed is unchanged, but the poll is not conditional: C is due.
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(r.status, "3 items, 1 new");
    assert_eq!(
        (srv.count("/a"), srv.count("/b"), srv.count("/c")),
        (1, 1, 1)
    );
    // Now everything is seen: the validators are kept and used.
    let r = p.watch_feed(&mut watcher, &mut store, &url).unwrap();
    assert_eq!(r.status, "not modified (304)");
}
