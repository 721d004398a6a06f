//! Page metadata: a parsed HTML document (before any extraction mutates
//! it) and the page URL in; title, publication date, author, declared
//! language, canonical URL, site name and the JSON-LD `articleBody` out.
//!
//! Sources, first to last, for each field:
//! - title: JSON-LD `headline` of the article object, `og:title`,
//!   `twitter:title`, the first `<h1>`, `<title>` (a site-name suffix such
//!   as `… | Site` is cut from the last three when the site name is known
//!   or the separator is unambiguous);
//! - date: JSON-LD `datePublished` (then `dateCreated`), the
//!   `article:published_time` family of `<meta>` tags, `itemprop`
//!   microdata, the first `<time datetime>` (or `pubdate`), a date in the
//!   URL path (`/2024/01/16/`, `/20240116/`), then `dateModified`;
//! - author: JSON-LD `author` (names of persons or a string), `<meta
//!   name="author">`, `article:author` when it is a name (not a URL),
//!   `rel="author"` link text;
//! - language: `<html lang>`, `<meta http-equiv="content-language">`,
//!   JSON-LD `inLanguage`, `og:locale` — as a lower-case primary subtag
//!   (`en`, `pt`);
//! - canonical URL: `<link rel="canonical">`, `og:url`, resolved against
//!   the page URL when relative.
//!
//! Invariants: dates outside 1990–2099 are ignored (templates emit
//! `0001-01-01` and epoch dates for "unknown"); every string is trimmed,
//! its white space collapsed, and never empty; nothing here panics on any
//! document.

use dom_query::Document;
use serde_json::Value;

use crate::model::Date;
use crate::time;

/// Where the publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    JsonLd,
    Meta,
    Microdata,
    TimeElement,
    Url,
    Modified,
}

/// What the page says about itself.
#[derive(Clone, Debug, Default)]
pub struct PageMeta {
    pub title: Option<String>,
    /// The `<title>` element as written (for comparing with body lines).
    pub html_title: Option<String>,
    pub date: Option<(Date, DateSource)>,
    pub author: Option<String>,
    pub language: Option<String>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    pub description: Option<String>,
    /// JSON-LD `articleBody`, as text.
    pub ld_body: Option<String>,
    /// The page's JSON-LD calls it an article (any `*Article`,
    /// `BlogPosting`, `Report`…).
    pub ld_is_article: bool,
}

/// Collapses white space and trims; `None` when nothing is left.
pub fn clean(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (!out.is_empty()).then_some(out)
}

/// A date within the years a news page can carry.
fn plausible(d: Date) -> Option<Date> {
    (1990..=2099).contains(&d.year).then_some(d)
}

/// Parses a metadata date: ISO 8601 (with or without time), or the written
/// forms (`Jan 16, 2024`, `Tue, 16 Jan 2024 10:00:00 GMT`).
pub fn parse_meta_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(d) = time::parse_date_str(s) {
        return plausible(d);
    }
    // `2024-01-16 10:00` and `2024/01/16`.
    let b = s.as_bytes();
    if b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'/' | b'.') {
        let iso: String = s[..10].replace(['/', '.'], "-");
        if let Some(d) = Date::parse_iso(&iso) {
            return plausible(d);
        }
    }
    // `20240116` (compact ISO).
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && b.get(8).is_none_or(|c| !c.is_ascii_digit())
    {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
        if let Some(d) = Date::parse_iso(&iso) {
            return plausible(d);
        }
    }
    // A leading weekday: `Tue, 16 Jan 2024`.
    if let Some(k) = s.find(',')
        && k <= 10
        && s[..k].chars().all(char::is_alphabetic)
    {
        return time::parse_date_str(s[k + 1..].trim()).and_then(plausible);
    }
    None
}

/// A date written in a URL path: `/2024/01/16/`, `/2024-01-16/`,
/// `/20240116/` (year, month, day, in that order).
pub fn url_date(url: &str) -> Option<Date> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = match path.find("://") {
        Some(k) => &path[k + 3..],
        None => path,
    };
    let path = path.find('/').map_or("", |k| &path[k..]);
    let b = path.as_bytes();
    let digits = |i: usize, n: usize| -> Option<u32> {
        let s = path.get(i..i + n)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    for i in 0..b.len() {
        if b[i] != b'/' && b[i] != b'-' && b[i] != b'_' {
            continue;
        }
        let s = i + 1;
        let Some(y) = digits(s, 4) else { continue };
        if !(1990..=2099).contains(&y) {
            continue;
        }
        // /yyyy/mm/dd or /yyyy-mm-dd
        if let Some(&sep) = b.get(s + 4)
            && matches!(sep, b'/' | b'-' | b'_')
            && let Some(m) = digits(s + 5, 2)
            && b.get(s + 7) == Some(&sep)
            && let Some(d) = digits(s + 8, 2)
            && b.get(s + 10).is_none_or(|c| !c.is_ascii_digit())
            && let Some(date) = time::ymd(y as i32, m, d)
        {
            return Some(date);
        }
        // /yyyymmdd followed by a non-digit
        if let Some(m) = digits(s + 4, 2)
            && let Some(d) = digits(s + 6, 2)
            && b.get(s + 8).is_none_or(|c| !c.is_ascii_digit())
            && let Some(date) = time::ymd(y as i32, m, d)
        {
            return Some(date);
        }
    }
    None
}

/// Resolves `href` against `base` (enough for canonical links: absolute
/// URLs, scheme-relative `//host/…`, and root-relative `/path`).
pub fn resolve_url(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
        return None;
    }
    if href.starts_with("http://") || href.starts_with("https://") {
        return Some(href.to_string());
    }
    let base = base?;
    let scheme_end = base.find("://")?;
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{}://{rest}", &base[..scheme_end]));
    }
    let host_end = base[scheme_end + 3..]
        .find('/')
        .map_or(base.len(), |k| scheme_end + 3 + k);
    if href.starts_with('/') {
        return Some(format!("{}{href}", &base[..host_end]));
    }
    let dir_end = base
        .rfind('/')
        .filter(|&k| k >= host_end)
        .map_or(host_end, |k| k);
    Some(format!("{}/{href}", &base[..dir_end]))
}

/// The primary language subtag of a BCP 47 tag or locale (`en-US`,
/// `pt_BR` → `en`, `pt`), if it looks like one.
pub fn primary_subtag(tag: &str) -> Option<String> {
    let p = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_lowercase())).then_some(p)
}

/// Harvests the metadata of `doc`. `url` is the page URL when known.
pub fn harvest(doc: &Document, url: Option<&str>) -> PageMeta {
    let mut m = PageMeta::default();
    let metas = meta_tags(doc);
    let get = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .find(|(name, _)| name == k)
                .and_then(|(_, v)| clean(v))
        })
    };

    let ld = JsonLd::read(doc);

    m.site_name = get(&["og:site_name", "application-name"]).or_else(|| ld.publisher.clone());
    m.html_title = doc
        .select("title")
        .iter()
        .next()
        .and_then(|t| clean(&t.text()));
    let h1 = doc.select("h1").iter().find_map(|h| clean(&h.text()));
    m.title = ld
        .headline
        .clone()
        .or_else(|| get(&["og:title", "twitter:title"]))
        .map(|t| strip_site_suffix(&t, m.site_name.as_deref()))
        .or(h1)
        .or_else(|| {
            m.html_title
                .as_deref()
                .map(|t| strip_site_suffix(t, m.site_name.as_deref()))
        });

    m.date = ld
        .published
        .as_deref()
        .and_then(parse_meta_date)
        .map(|d| (d, DateSource::JsonLd))
        .or_else(|| {
            metas
                .iter()
                .filter(|(k, _)| PUBLISHED_KEYS.contains(&k.as_str()))
                .find_map(|(_, v)| parse_meta_date(v))
                .map(|d| (d, DateSource::Meta))
        })
        .or_else(|| {
            doc.select("[itemprop=datePublished]")
                .iter()
                .find_map(|n| {
                    n.attr("content")
                        .or_else(|| n.attr("datetime"))
                        .map(|v| v.to_string())
                        .or_else(|| Some(n.text().to_string()))
                        .and_then(|v| parse_meta_date(&v))
                })
                .map(|d| (d, DateSource::Microdata))
        })
        .or_else(|| {
            doc.select("time[datetime], time[pubdate]")
                .iter()
                .find_map(|n| {
                    let v = n
                        .attr("datetime")
                        .map(|v| v.to_string())
                        .unwrap_or_else(|| n.text().to_string());
                    parse_meta_date(&v)
                })
                .map(|d| (d, DateSource::TimeElement))
        })
        .or_else(|| url.and_then(url_date).map(|d| (d, DateSource::Url)))
        .or_else(|| {
            ld.modified
                .as_deref()
                .and_then(parse_meta_date)
                .or_else(|| {
                    get(&["article:modified_time", "og:updated_time"])
                        .and_then(|v| parse_meta_date(&v))
                })
                .map(|d| (d, DateSource::Modified))
        });

    m.author = ld
        .author
        .clone()
        .or_else(|| {
            get(&[
                "author",
                "article:author",
                "byl",
                "sailthru.author",
                "parsely-author",
                "dc.creator",
            ])
            .filter(|a| !looks_like_url(a))
        })
        .or_else(|| {
            doc.select("[rel=author], [itemprop=author] [itemprop=name]")
                .iter()
                .find_map(|n| clean(&n.text()))
        })
        .map(|a| strip_by(&a));

    let html_lang = doc
        .select("html")
        .iter()
        .next()
        .and_then(|h| h.attr("lang").or_else(|| h.attr("xml:lang")))
        .and_then(|l| primary_subtag(&l));
    m.language = html_lang
        .or_else(|| {
            metas
                .iter()
                .find(|(k, _)| k == "content-language" || k == "language" || k == "dc.language")
                .and_then(|(_, v)| primary_subtag(v))
        })
        .or_else(|| ld.language.as_deref().and_then(primary_subtag))
        .or_else(|| get(&["og:locale"]).and_then(|l| primary_subtag(&l)));

    m.canonical_url = doc
        .select("link[rel=canonical]")
        .iter()
        .find_map(|n| n.attr("href").and_then(|h| resolve_url(&h, url)))
        .or_else(|| get(&["og:url"]).and_then(|h| resolve_url(&h, url)));

    m.description = get(&["og:description", "description", "twitter:description"]);
    m.ld_body = ld.body;
    m.ld_is_article = ld.is_article;
    m
}

/// Keys of `<meta>` tags that give the publication date, most specific
/// first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "date",
    "article.published",
    "originalpublicationdate",
];

/// `(key, content)` of every `<meta>` with a `name`, `property`,
/// `itemprop` or `http-equiv`, keys lower-cased.
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for n in doc.select("meta").iter() {
        let Some(content) = n.attr("content") else {
            continue;
        };
        for key_attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(k) = n.attr(key_attr) {
                out.push((k.trim().to_ascii_lowercase(), content.to_string()));
            }
        }
    }
    out
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://")
        || s.starts_with("https://")
        || s.starts_with("www.")
        || s.contains(".com/")
}

/// Cuts a leading `By ` from a byline.
fn strip_by(s: &str) -> String {
    let t = s.trim();
    for p in ["By ", "by ", "BY "] {
        if let Some(rest) = t.strip_prefix(p) {
            return rest.trim().to_string();
        }
    }
    t.to_string()
}

/// Cuts a trailing (or leading) site name from a page title:
/// `Headline | Site`, `Headline - Site`, `Site: Headline`.
pub fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    const SEPS: [&str; 6] = [" | ", " - ", " — ", " – ", " :: ", " · "];
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        let site_l = site.to_lowercase();
        for sep in SEPS {
            if let Some(k) = t.rfind(sep) {
                let tail = t[k + sep.len()..].trim().to_lowercase();
                if tail == site_l || site_l.contains(&tail) || tail.contains(&site_l) {
                    return t[..k].trim().to_string();
                }
            }
        }
        for sep in SEPS.iter().chain(&[": "]) {
            if let Some(k) = t.find(sep) {
                let head = t[..k].trim().to_lowercase();
                if head == site_l {
                    return t[k + sep.len()..].trim().to_string();
                }
            }
        }
    }
    // Without a known site name only the pipe, which headlines rarely use,
    // is taken as the separator, and only when the tail is short.
    if let Some(k) = t.rfind(" | ") {
        let tail = &t[k + 3..];
        if tail.split_whitespace().count() <= 4 && k >= 15 {
            return t[..k].trim().to_string();
        }
    }
    t.to_string()
}

/// The fields Dateline reads from a page's JSON-LD.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
    body: Option<String>,
    is_article: bool,
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting"
                | "LiveBlogPosting"
                | "Report"
                | "SocialMediaPosting"
                | "NewsArticle"
                | "Review"
        )
}

fn types_of(o: &serde_json::Map<String, Value>) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn string_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(&decode_entities(s)),
        Value::Array(a) => a.iter().find_map(string_of),
        Value::Object(o) => o.get("@value").and_then(string_of),
        _ => None,
    }
}

/// Names in a JSON-LD `author` value: a string, a `Person`/`Organization`
/// object with `name`, or an array of them, joined by ", ".
fn names_of(v: &Value) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let mut push = |s: Option<String>| {
        if let Some(s) = s
            && !looks_like_url(&s)
            && !names.contains(&s)
        {
            names.push(s);
        }
    };
    match v {
        Value::String(_) => push(string_of(v)),
        Value::Object(o) => push(o.get("name").and_then(string_of)),
        Value::Array(a) => {
            for x in a {
                match x {
                    Value::Object(o) => push(o.get("name").and_then(string_of)),
                    other => push(string_of(other)),
                }
            }
        }
        _ => {}
    }
    (!names.is_empty()).then(|| names.join(", "))
}

impl JsonLd {
    fn read(doc: &Document) -> JsonLd {
        let mut objects: Vec<Value> = Vec::new();
        for n in doc.select("script[type='application/ld+json']").iter() {
            let raw = n.text();
            let t = raw.trim();
            let t = t.strip_prefix("<![CDATA[").unwrap_or(t);
            let t = t
                .strip_suffix("]]>")
                .unwrap_or(t)
                .trim()
                .trim_end_matches(';');
            let v = serde_json::from_str::<Value>(t).or_else(|_| {
                // Raw control characters inside JSON strings are common.
                let cleaned: String = t
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                serde_json::from_str::<Value>(&cleaned)
            });
            if let Ok(v) = v {
                objects.push(v);
            }
        }
        let mut flat: Vec<&serde_json::Map<String, Value>> = Vec::new();
        for v in &objects {
            collect_objects(v, &mut flat, 0);
        }
        let mut ld = JsonLd::default();
        // The article object: the first of an article type, else the first
        // with a headline.
        let article = flat
            .iter()
            .find(|o| types_of(o).iter().any(|t| is_article_type(t)))
            .or_else(|| flat.iter().find(|o| o.contains_key("headline")));
        ld.is_article = flat
            .iter()
            .any(|o| types_of(o).iter().any(|t| is_article_type(t)));
        if let Some(a) = article {
            ld.headline = a
                .get("headline")
                .or_else(|| a.get("name"))
                .and_then(string_of);
            ld.published = a
                .get("datePublished")
                .or_else(|| a.get("dateCreated"))
                .and_then(string_of);
            ld.modified = a.get("dateModified").and_then(string_of);
            ld.author = a
                .get("author")
                .or_else(|| a.get("creator"))
                .and_then(names_of);
            ld.publisher = a
                .get("publisher")
                .and_then(|p| p.as_object())
                .and_then(|p| p.get("name"))
                .and_then(string_of);
            ld.language = a.get("inLanguage").and_then(string_of);
            ld.body = a
                .get("articleBody")
                .and_then(|b| b.as_str())
                .and_then(body_text);
        }
        if ld.published.is_none() {
            ld.published = flat
                .iter()
                .find_map(|o| o.get("datePublished").and_then(string_of));
        }
        if ld.body.is_none() {
            ld.body = flat
                .iter()
                .filter_map(|o| o.get("articleBody").and_then(|b| b.as_str()))
                .max_by_key(|b| b.len())
                .and_then(body_text);
        }
        if ld.language.is_none() {
            ld.language = flat
                .iter()
                .find_map(|o| o.get("inLanguage").and_then(string_of));
        }
        ld
    }
}

fn collect_objects<'a>(
    v: &'a Value,
    out: &mut Vec<&'a serde_json::Map<String, Value>>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Object(o) => {
            out.push(o);
            if let Some(g) = o.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
            if let Some(e) = o.get("mainEntity") {
                collect_objects(e, out, depth + 1);
            }
        }
        Value::Array(a) => {
            for x in a {
                collect_objects(x, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// An `articleBody` as text: publishers put HTML or entities in it.
fn body_text(s: &str) -> Option<String> {
    let t = if s.contains('<') {
        let frag = Document::fragment(s);
        frag.formatted_text().to_string()
    } else {
        decode_entities(s)
    };
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Decodes the handful of HTML entities that leak into JSON-LD strings.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        let tail = &rest[k..];
        let end = tail[..tail.len().min(12)].find(';');
        let decoded = end.and_then(|e| {
            let name = &tail[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "rsquo" => Some('\u{2019}'),
                "lsquo" => Some('\u{2018}'),
                "rdquo" => Some('\u{201d}'),
                "ldquo" => Some('\u{201c}'),
                "mdash" => Some('\u{2014}'),
                "ndash" => Some('\u{2013}'),
                "hellip" => Some('\u{2026}'),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, n)) => {
                out.push(c);
                rest = &tail[n..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_dates() {
        assert_eq!(
            url_date("https://x.com/news/2024/01/16/story"),
            Some(Date::new(2024, 1, 16))
        );
        assert_eq!(
            url_date("https://x.com/2019-11-19/a"),
            Some(Date::new(2019, 11, 19))
        );
        assert_eq!(
            url_date("https://x.com/a/20240116/b"),
            Some(Date::new(2024, 1, 16))
        );
        assert_eq!(url_date("https://x.com/a/2024/story-123456"), None);
        assert_eq!(url_date("https://2024.x.com/item/12345678"), None);
    }

    #[test]
    fn meta_dates() {
        assert_eq!(
            parse_meta_date("2024-01-16T10:00:00+03:00"),
            Some(Date::new(2024, 1, 16))
        );
        assert_eq!(
            parse_meta_date("Tue, 16 Jan 2024 10:00:00 GMT"),
            Some(Date::new(2024, 1, 16))
        );
        assert_eq!(
            parse_meta_date("2024/01/16 10:00"),
            Some(Date::new(2024, 1, 16))
        );
        assert_eq!(parse_meta_date("0001-01-01T00:00:00Z"), None);
        assert_eq!(parse_meta_date("soon"), None);
    }

    #[test]
    fn titles() {
        assert_eq!(
            strip_site_suffix("Talks resume | The Courier", Some("The Courier")),
            "Talks resume"
        );
        assert_eq!(
            strip_site_suffix("Courier: Talks resume", Some("Courier")),
            "Talks resume"
        );
        assert_eq!(
            strip_site_suffix("Rain - and more rain", None),
            "Rain - and more rain"
        );
    }

    #[test]
    fn urls() {
        assert_eq!(
            resolve_url("/a/b", Some("https://x.org/c/d")).as_deref(),
            Some("https://x.org/a/b")
        );
        assert_eq!(
            resolve_url("//y.org/a", Some("http://x.org/")).as_deref(),
            Some("http://y.org/a")
        );
        assert_eq!(
            resolve_url("e", Some("https://x.org/c/d")).as_deref(),
            Some("https://x.org/c/e")
        );
        assert_eq!(resolve_url("/a", None), None);
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("A &amp; B&#8217;s &#x2014; &bogus; &"),
            "A & B\u{2019}s \u{2014} &bogus; &"
        );
    }
}
