//! Watching feeds (`dateline watch`): a feed URL and what was remembered of
//! it in, the new articles it links to out, as [`RawDocument`]s of format
//! HTML ready for extraction (or [`Rejection`]s), with what to remember for
//! next time ([`FeedState`], [`SeenItem`]s). The edge of the crate that
//! talks HTTP; the order of the stages after it is `pipeline`'s.
//!
//! A poll: the feed is fetched with `If-None-Match`/`If-Modified-Since`
//! from the last poll's `ETag`/`Last-Modified` (a `304` ends it: nothing
//! new); parsed as RSS or Atom ([`feed`]); each item whose link the caller
//! has not seen is fetched, up to [`WatchOptions::max_items`] per poll, in
//! feed order. A page becomes a document whose id is its link, whose URL is
//! where redirects ended, and whose fallback date is the item's date.
//!
//! Politeness: every request carries [`WatchOptions::user_agent`]; the
//! site's `robots.txt` is fetched first (once a day per site, [`robots`])
//! and a disallowed URL is never requested; a robots.txt that answers 4xx
//! sets no rules, one that answers 5xx or cannot be reached closes the
//! site for ten minutes (RFC 9309), the reason given; requests to one host are
//! spaced by [`WatchOptions::host_delay`] or the site's `Crawl-delay`,
//! whichever is longer (at most a minute); every request has a total
//! timeout ([`WatchOptions::timeout`]) and a body limit.
//!
//! Invariants: a poll never fails as a whole and never panics: a network
//! error, a timeout, an HTTP error status, a malformed feed or a page that
//! is not HTML becomes a [`Rejection`] naming the URL (stage `fetch`, or
//! `feed` for a feed that does not parse) and the poll goes on with the
//! other items; transient failures (timeouts, network errors, 5xx, 408,
//! 429) are marked for retry, permanent ones (4xx, not HTML, too large,
//! disallowed) are not. A feed that fails keeps its old validators.

pub mod feed;
pub mod robots;
pub mod url;

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use crate::ingest::Item;
use crate::model::{FeedState, ItemOutcome, Rejection, SeenItem};
use robots::Robots;
use url::Url;

/// The token robots.txt groups are matched against.
pub const PRODUCT_TOKEN: &str = "dateline";

/// The User-Agent sent unless another is configured: the product token,
/// the version, and what the client is.
pub fn default_user_agent() -> String {
    format!(
        "Dateline/{} (news event coder; feed watcher; robots token \"{PRODUCT_TOKEN}\")",
        env!("CARGO_PKG_VERSION")
    )
}

/// How a site's robots.txt is trusted for, once fetched.
const ROBOTS_TTL: Duration = Duration::from_secs(24 * 3600);
/// How long an unreachable robots.txt keeps a site closed.
const ROBOTS_ERROR_TTL: Duration = Duration::from_secs(600);
const ROBOTS_MAX_BYTES: u64 = 512 * 1024;
/// The longest `Crawl-delay` honoured.
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub struct WatchOptions {
    pub user_agent: String,
    /// Total time allowed for one request, connection to last byte.
    pub timeout: Duration,
    /// Least time between two requests to one host.
    pub host_delay: Duration,
    /// Largest feed or page accepted (bytes, after decompression).
    pub max_doc_bytes: usize,
    /// Most new articles fetched from one feed in one poll (the rest wait
    /// for the next poll).
    pub max_items: usize,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            user_agent: default_user_agent(),
            timeout: Duration::from_secs(30),
            host_delay: Duration::from_secs(1),
            max_doc_bytes: 8 << 20,
            max_items: 50,
        }
    }
}

/// What one poll of one feed gave.
#[derive(Debug)]
pub struct FeedPoll {
    pub feed: String,
    /// What to remember for the next poll.
    pub state: FeedState,
    /// What happened, in words: `not modified (304)`, `12 items, 3 new`,
    /// or the failure.
    pub status: String,
    /// Pages fetched (as documents) and rejections, in feed order.
    pub items: Vec<Item>,
    /// The links tried and what became of them.
    pub seen: Vec<SeenItem>,
    /// Whether the feed itself could not be read.
    pub failed: bool,
}

/// A response, read whole (within the limit).
struct Fetched {
    status: u16,
    final_url: String,
    content_type: Option<String>,
    etag: Option<String>,
    last_modified: Option<String>,
    body: Vec<u8>,
}

/// Why a request gave no response.
enum FetchError {
    Disallowed(String),
    Transient(String),
    Permanent(String),
}

impl FetchError {
    fn reason(&self) -> &str {
        match self {
            FetchError::Disallowed(r) | FetchError::Transient(r) | FetchError::Permanent(r) => r,
        }
    }
}

/// A polite HTTP client for feeds and the pages they link to.
pub struct Watcher {
    agent: ureq::Agent,
    /// For this machine's own servers: no proxy from the environment.
    loopback_agent: ureq::Agent,
    opts: WatchOptions,
    /// Per origin: the rules, and until when they hold.
    robots: HashMap<String, (Result<Robots, String>, Instant)>,
    /// Per host: the earliest time of its next request.
    next_slot: HashMap<String, Instant>,
}

impl Watcher {
    pub fn new(opts: WatchOptions) -> Watcher {
        let config = || {
            ureq::Agent::config_builder()
                .user_agent(opts.user_agent.as_str())
                .timeout_global(Some(opts.timeout))
                .http_status_as_error(false)
                .max_redirects(5)
        };
        Watcher {
            agent: config().build().into(),
            loopback_agent: config().proxy(None).build().into(),
            opts,
            robots: HashMap::new(),
            next_slot: HashMap::new(),
        }
    }

    pub fn options(&self) -> &WatchOptions {
        &self.opts
    }

    /// Polls one feed. `previous` is what the last poll left; `done` says
    /// whether an article link needs no fetching (seen before).
    pub fn poll(
        &mut self,
        feed_url: &str,
        previous: Option<&FeedState>,
        mut done: impl FnMut(&str) -> bool,
    ) -> FeedPoll {
        let mut poll = FeedPoll {
            feed: feed_url.to_string(),
            state: previous.cloned().unwrap_or_else(|| FeedState {
                url: feed_url.to_string(),
                ..FeedState::default()
            }),
            status: String::new(),
            items: Vec::new(),
            seen: Vec::new(),
            failed: true,
        };
        let fail = |poll: &mut FeedPoll, stage: &'static str, reason: String| {
            poll.status = reason.clone();
            poll.items.push(Item::Rejected(Rejection {
                input: feed_url.to_string(),
                stage,
                reason,
            }));
        };
        let Some(url) = Url::parse(feed_url) else {
            fail(&mut poll, "fetch", "not an http or https URL".to_string());
            return poll;
        };
        let resp = match self.get(&url, previous) {
            Ok(r) => r,
            Err(e) => {
                fail(&mut poll, "fetch", format!("feed: {}", e.reason()));
                return poll;
            }
        };
        match resp.status {
            304 => {
                poll.failed = false;
                poll.status = "not modified (304)".to_string();
                return poll;
            }
            200..=299 => {}
            s => {
                fail(&mut poll, "fetch", format!("feed: {}", status_words(s)));
                return poll;
            }
        }
        let base = Url::parse(&resp.final_url).unwrap_or(url);
        let feed = match feed::parse(&resp.body, &base) {
            Ok(f) => f,
            Err(reason) => {
                fail(&mut poll, "feed", reason);
                return poll;
            }
        };
        poll.failed = false;
        let mut links = HashSet::new();
        let new: Vec<&feed::FeedItem> = feed
            .items
            .iter()
            .filter(|i| links.insert(i.link.as_str()) && !done(&i.link))
            .collect();
        let taken = new.len().min(self.opts.max_items);

        poll.status = if taken < new.len() {
            format!(
                "{} items, {} new ({} fetched now, the rest next poll)",
                feed.items.len(),
                new.len(),
                taken
            )
        } else {
            format!("{} items, {} new", feed.items.len(), new.len())
        };
        for item in new.iter().take(taken) {
            let (got, outcome) = self.article(item);
            poll.items.push(got);
            poll.seen.push(SeenItem {
                url: item.link.clone(),
                feed: feed_url.to_string(),
                outcome,
            });
        }
        // With items left for the next poll (over the limit, or to retry),
        // the old validators are kept: the new ones would get a 304, and
        // those items would wait for the feed to change.
        let pending = taken < new.len()
            || poll
                .seen
                .iter()
                .any(|s| s.outcome == ItemOutcome::Failed { retry: true });
        if !pending {
            poll.state.etag = resp.etag;
            poll.state.last_modified = resp.last_modified;
        }
        poll
    }

    /// Fetches the page an item links to.
    fn article(&mut self, item: &feed::FeedItem) -> (Item, ItemOutcome) {
        let reject = |reason: String, retry: bool| {
            (
                Item::Rejected(Rejection {
                    input: item.link.clone(),
                    stage: "fetch",
                    reason,
                }),
                ItemOutcome::Failed { retry },
            )
        };
        let Some(url) = Url::parse(&item.link) else {
            return reject("not an http or https URL".to_string(), false);
        };
        let resp = match self.get(&url, None) {
            Ok(r) => r,
            Err(e @ FetchError::Transient(_)) => return reject(e.reason().to_string(), true),
            Err(e) => return reject(e.reason().to_string(), false),
        };
        match resp.status {
            200..=299 => {}
            s => return reject(status_words(s), transient_status(s)),
        }
        let media = resp.content_type.as_deref().map(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
        if let Some(m) = media.as_deref()
            && !m.is_empty()
            && m != "text/html"
            && m != "application/xhtml+xml"
        {
            return reject(format!("not an HTML page ({m})"), false);
        }
        let mut doc = crate::html::document(
            &item.link,
            &resp.body,
            Some(&resp.final_url),
            resp.content_type.as_deref(),
        );
        doc.fallback_date = item.date.clone();
        (Item::Document(doc), ItemOutcome::Fetched)
    }

    /// One GET, after robots.txt and the host's turn.
    fn get(&mut self, url: &Url, conditional: Option<&FeedState>) -> Result<Fetched, FetchError> {
        let robots = match self.robots(url) {
            Ok(r) => r,
            Err(reason) => {
                return Err(FetchError::Transient(format!(
                    "{}/robots.txt {reason}, so the site is not crawled for now",
                    url.origin()
                )));
            }
        };
        if !robots.allows(&url.path_query) {
            return Err(FetchError::Disallowed(format!(
                "disallowed by {}/robots.txt",
                url.origin()
            )));
        }
        self.request(
            url,
            conditional,
            robots.crawl_delay,
            self.opts.max_doc_bytes as u64,
        )
    }

    /// The robots.txt rules for a URL's site, fetched when not known; an
    /// error (in words) while it is unreachable.
    fn robots(&mut self, url: &Url) -> Result<Robots, String> {
        let origin = url.origin();
        if let Some((r, until)) = self.robots.get(&origin)
            && Instant::now() < *until
        {
            return r.clone();
        }
        let robots_url = Url {
            path_query: "/robots.txt".to_string(),
            ..url.clone()
        };
        let (rules, ttl) = match self.request(&robots_url, None, None, ROBOTS_MAX_BYTES) {
            Ok(r) if (200..300).contains(&r.status) => (
                Ok(Robots::parse(
                    &String::from_utf8_lossy(&r.body),
                    PRODUCT_TOKEN,
                )),
                ROBOTS_TTL,
            ),
            // No robots.txt (or one we may not read): no rules.
            Ok(r) if (400..500).contains(&r.status) => (Ok(Robots::allow_all()), ROBOTS_TTL),
            // Too large: RFC 9309 lets a crawler stop at 500 KiB; we do not
            // guess at a cut file.
            Err(FetchError::Permanent(_)) => (Ok(Robots::allow_all()), ROBOTS_TTL),
            // Unreachable (5xx, network): RFC 9309 says to take the site as
            // closed, until it answers again.
            Ok(r) => (
                Err(format!("answered {}", status_words(r.status))),
                ROBOTS_ERROR_TTL,
            ),
            Err(e) => (
                Err(format!("is unreachable ({})", e.reason())),
                ROBOTS_ERROR_TTL,
            ),
        };
        self.robots
            .insert(origin, (rules.clone(), Instant::now() + ttl));
        // The site's delay holds from its robots.txt request on.
        if let Ok(Robots {
            crawl_delay: Some(d),
            ..
        }) = &rules
        {
            let at = Instant::now() + (*d).min(MAX_CRAWL_DELAY);
            let slot = self.next_slot.entry(url.authority.clone()).or_insert(at);
            *slot = (*slot).max(at);
        }
        rules
    }

    /// Waits for the host's turn, then requests.
    fn request(
        &mut self,
        url: &Url,
        conditional: Option<&FeedState>,
        crawl_delay: Option<Duration>,
        limit: u64,
    ) -> Result<Fetched, FetchError> {
        let now = Instant::now();
        if let Some(at) = self.next_slot.get(&url.authority)
            && *at > now
        {
            std::thread::sleep(*at - now);
        }
        let delay = crawl_delay
            .map(|d| d.min(MAX_CRAWL_DELAY))
            .unwrap_or_default()
            .max(self.opts.host_delay);
        let target = url.to_string();
        let agent = if url.is_loopback() {
            &self.loopback_agent
        } else {
            &self.agent
        };
        let mut req = agent.get(&target);
        if let Some(s) = conditional {
            if let Some(e) = &s.etag {
                req = req.header("If-None-Match", e.as_str());
            }
            if let Some(m) = &s.last_modified {
                req = req.header("If-Modified-Since", m.as_str());
            }
        }
        let result = req.call();
        // The slot counts from the end of the request: a slow site is not
        // asked again the moment it answers.
        self.next_slot
            .insert(url.authority.clone(), Instant::now() + delay);
        let mut resp = result.map_err(|e| self.describe(e))?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type");
        let etag = header("etag");
        let last_modified = header("last-modified");
        let status = resp.status().as_u16();
        let final_url = {
            use ureq::ResponseExt;
            resp.get_uri().to_string()
        };
        let body = if status == 304 {
            Vec::new()
        } else {
            resp.body_mut()
                .with_config()
                .limit(limit)
                .read_to_vec()
                .map_err(|e| self.describe(e))?
        };
        self.next_slot
            .insert(url.authority.clone(), Instant::now() + delay);
        Ok(Fetched {
            status,
            final_url,
            content_type,
            etag,
            last_modified,
            body,
        })
    }

    fn describe(&self, e: ureq::Error) -> FetchError {
        use ureq::Error as E;
        match e {
            E::Timeout(_) => FetchError::Transient(format!(
                "timed out after {:.1}s",
                self.opts.timeout.as_secs_f64()
            )),
            E::Io(io)
                if matches!(
                    io.kind(),
                    std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
                ) =>
            {
                FetchError::Transient(format!(
                    "timed out after {:.1}s",
                    self.opts.timeout.as_secs_f64()
                ))
            }
            E::BodyExceedsLimit(n) => {
                FetchError::Permanent(format!("response over the {n}-byte limit"))
            }
            E::HostNotFound => FetchError::Transient("host not found".to_string()),
            E::ConnectionFailed => FetchError::Transient("connection failed".to_string()),
            E::Io(io) => FetchError::Transient(format!("network error: {io}")),
            E::BadUri(u) => FetchError::Permanent(format!("bad URL: {u}")),
            E::TooManyRedirects => FetchError::Permanent("too many redirects".to_string()),
            other => FetchError::Transient(format!("HTTP error: {other}")),
        }
    }
}

/// `HTTP 404 Not Found`.
fn status_words(s: u16) -> String {
    let reason = http_reason(s);
    if reason.is_empty() {
        format!("HTTP {s}")
    } else {
        format!("HTTP {s} {reason}")
    }
}

fn http_reason(s: u16) -> &'static str {
    match s {
        301 | 302 | 303 | 307 | 308 => "redirect not followed",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// Whether a status may pass if asked again later.
fn transient_status(s: u16) -> bool {
    s >= 500 || s == 408 || s == 429
}
