//! RSS and Atom feeds: a feed document's bytes and URL in, its items out
//! (link resolved against the feed's URL, id, title, date).
//!
//! Read: RSS 2.0 and 0.9x (`rss/channel/item`), RSS 1.0 (`rdf:RDF/item`)
//! and Atom 1.0 (`feed/entry`). An item's link is RSS `<link>` (else a
//! `<guid>` that is a URL and not marked `isPermaLink="false"`), or Atom's
//! `<link>` with no `rel` or `rel="alternate"` (an HTML one preferred); its
//! date is RSS `pubDate` (RFC 2822) or `dc:date`, Atom `published` else
//! `updated` (RFC 3339), as `YYYY-MM-DD` in UTC. Elements are matched by
//! local name, so namespace prefixes do not matter.
//!
//! Why a reader of our own on `roxmltree` rather than `feed-rs`: these few
//! fields are all Dateline uses, and feed-rs brings `url` (with its IDNA
//! tables), `uuid`, `chrono` and `mediatype` into the build.
//!
//! A feed that is not well-formed only because of stray ampersands (HTML
//! entities such as `&nbsp;`, bare `&` in URLs) is read with them escaped
//! (the entity stays as its literal text).
//!
//! Invariants: a document that is not well-formed XML, or is XML but not a
//! feed, is an error naming what it is; items without a usable link are
//! dropped (they name no article to fetch); item order is the feed's.

use roxmltree::{Document, Node, ParsingOptions};

use super::url::Url;

/// One item of a feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedItem {
    /// The article's URL, absolute.
    pub link: String,
    /// The item's own id (`guid`, Atom `id`), if any.
    pub id: Option<String>,
    pub title: Option<String>,
    /// Publication (or update) date, `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// A parsed feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    /// `rss`, `rdf` or `atom`.
    pub kind: &'static str,
    pub title: Option<String>,
    pub items: Vec<FeedItem>,
}

/// Parses a feed fetched from `base`.
pub fn parse(bytes: &[u8], base: &Url) -> Result<Feed, String> {
    let text = decode(bytes);
    let opts = || ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    // Feeds written by hand or by HTML templates often hold HTML entities
    // (`&nbsp;`) or bare `&` in URLs, which XML forbids; a feed that fails
    // to parse is tried once more with those ampersands escaped.
    let repaired;
    let doc = match Document::parse_with_options(&text, opts()) {
        Ok(d) => d,
        Err(e) => {
            repaired = escape_stray_ampersands(&text);
            Document::parse_with_options(&repaired, opts())
                .map_err(|_| format!("not a well-formed RSS or Atom feed: {e}"))?
        }
    };
    let root = doc.root_element();
    let (kind, title, nodes): (&'static str, Option<String>, Vec<Node>) =
        match root.tag_name().name() {
            "rss" => {
                let channel = child(root, "channel")
                    .ok_or_else(|| "an RSS document without a <channel>".to_string())?;
                let items = children(channel, "item").collect();
                ("rss", child_text(channel, "title"), items)
            }
            "RDF" => {
                let title = child(root, "channel").and_then(|c| child_text(c, "title"));
                ("rdf", title, children(root, "item").collect())
            }
            "feed" => (
                "atom",
                child_text(root, "title"),
                children(root, "entry").collect(),
            ),
            other => {
                return Err(format!(
                    "XML whose root element is <{other}>, not an RSS or Atom feed"
                ));
            }
        };
    let items = nodes
        .into_iter()
        .filter_map(|n| {
            if kind == "atom" {
                atom_item(n, base)
            } else {
                rss_item(n, base)
            }
        })
        .collect();
    Ok(Feed { kind, title, items })
}

/// Feeds are XML: UTF-8 unless the declaration or a BOM says otherwise.
fn decode(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).to_ascii_lowercase();
    let declared = head
        .strip_prefix('\u{feff}')
        .unwrap_or(&head)
        .strip_prefix("<?xml")
        .and_then(|h| h.split("?>").next())
        .and_then(|decl| decl.split("encoding=").nth(1))
        .map(|v| {
            v.trim_start_matches(['"', '\''])
                .split(['"', '\''])
                .next()
                .unwrap_or("")
                .to_string()
        });
    let encoding = declared
        .as_deref()
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    // roxmltree reads the declaration again; once decoded, it is UTF-8.
    let text = text.trim_start_matches('\u{feff}');
    match (text.starts_with("<?xml"), text.find("?>")) {
        (true, Some(end)) => text[end + 2..].to_string(),
        _ => text.to_string(),
    }
}

/// `&` not starting an XML entity or character reference becomes `&amp;`.
fn escape_stray_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let name = after.split(';').next().unwrap_or("");
        let reference = after.len() > name.len()
            && match name.strip_prefix('#') {
                Some(n) => match n.strip_prefix(['x', 'X']) {
                    Some(h) => !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()),
                    None => !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()),
                },
                None => matches!(name, "amp" | "lt" | "gt" | "quot" | "apos"),
            };
        out.push_str(if reference { "&" } else { "&amp;" });
        rest = after;
    }
    out.push_str(rest);
    out
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn children<'a, 'i: 'a>(n: Node<'a, 'i>, name: &'a str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The text content of a child element, trimmed; `None` when empty.
fn child_text(n: Node, name: &str) -> Option<String> {
    child(n, name).and_then(text_of)
}

fn text_of(n: Node) -> Option<String> {
    let t: String = n
        .descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

fn rss_item(n: Node, base: &Url) -> Option<FeedItem> {
    let guid = child(n, "guid");
    let id = guid.and_then(text_of);
    let permalink = guid
        .and_then(|g| g.attribute("isPermaLink"))
        .is_none_or(|v| !v.eq_ignore_ascii_case("false"));
    let link = child_text(n, "link")
        .or_else(|| permalink.then(|| id.clone()).flatten())
        .or_else(|| {
            n.attribute(("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "about"))
                .map(str::to_string)
        })
        .and_then(|l| base.join(&l))?;
    let date = child_text(n, "pubDate")
        .and_then(|d| rfc2822_date(&d))
        .or_else(|| child_text(n, "date").and_then(|d| rfc3339_date(&d)));
    Some(FeedItem {
        link: link.to_string(),
        id,
        title: child_text(n, "title"),
        date,
    })
}

fn atom_item(n: Node, base: &Url) -> Option<FeedItem> {
    let alternates: Vec<Node> = children(n, "link")
        .filter(|l| l.attribute("rel").is_none_or(|r| r == "alternate"))
        .collect();
    let link = alternates
        .iter()
        .find(|l| l.attribute("type").is_some_and(|t| t.contains("html")))
        .or(alternates.first())
        .and_then(|l| l.attribute("href"))
        .and_then(|href| base.join(href))?;
    let date = child_text(n, "published")
        .or_else(|| child_text(n, "updated"))
        .and_then(|d| rfc3339_date(&d));
    Some(FeedItem {
        link: link.to_string(),
        id: child_text(n, "id"),
        title: child_text(n, "title"),
        date,
    })
}

fn rfc2822_date(s: &str) -> Option<String> {
    let z = jiff::fmt::rfc2822::parse(s.trim()).ok()?;
    Some(z.timestamp().strftime("%Y-%m-%d").to_string())
}

fn rfc3339_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Some(ts.strftime("%Y-%m-%d").to_string());
    }
    // `dc:date` is often a bare date.
    s.parse::<jiff::civil::Date>()
        .ok()
        .map(|d| d.strftime("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://n.example/feeds/world.xml").unwrap()
    }

    #[test]
    fn rss2() {
        let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>World news</title><link>https://n.example/</link>
<item><title>One</title><link>https://n.example/a/1</link>
  <guid isPermaLink="false">n-1</guid><pubDate>Tue, 19 Nov 2024 15:42:00 +0100</pubDate></item>
<item><title>Two &amp; more</title><guid>https://n.example/a/2</guid><dc:date>2024-11-20T01:00:00+05:00</dc:date></item>
<item><title>Relative</title><link>/a/3</link><pubDate>Wed, 20 Nov 2024 23:30:00 -0200</pubDate></item>
<item><title>No link</title><guid isPermaLink="false">n-4</guid></item>
<item><title>Script</title><link>javascript:void(0)</link></item>
</channel></rss>"#;
        let f = parse(xml, &base()).unwrap();
        assert_eq!(f.kind, "rss");
        assert_eq!(f.title.as_deref(), Some("World news"));
        let links: Vec<&str> = f.items.iter().map(|i| i.link.as_str()).collect();
        assert_eq!(
            links,
            [
                "https://n.example/a/1",
                "https://n.example/a/2",
                "https://n.example/a/3"
            ]
        );
        assert_eq!(f.items[0].id.as_deref(), Some("n-1"));
        assert_eq!(f.items[0].date.as_deref(), Some("2024-11-19"));
        assert_eq!(f.items[1].title.as_deref(), Some("Two & more"));
        // In UTC.
        assert_eq!(f.items[1].date.as_deref(), Some("2024-11-19"));
        assert_eq!(f.items[2].date.as_deref(), Some("2024-11-21"));
    }

    #[test]
    fn atom_and_rdf() {
        let xml = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><id>tag:n.example,2024:1</id><title type="html">Ankara talks</title>
  <link rel="enclosure" href="/img/1.jpg"/><link rel="alternate" type="text/html" href="stories/1"/>
  <updated>2024-11-20T10:00:00Z</updated><published>2024-11-19T10:00:00Z</published></entry>
<entry><id>x</id><title>No link</title></entry>
</feed>"#;
        let f = parse(xml, &base()).unwrap();
        assert_eq!(f.kind, "atom");
        assert_eq!(f.items.len(), 1);
        assert_eq!(f.items[0].link, "https://n.example/feeds/stories/1");
        assert_eq!(f.items[0].date.as_deref(), Some("2024-11-19"));
        assert_eq!(f.items[0].id.as_deref(), Some("tag:n.example,2024:1"));

        let rdf = br#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://n.example/"><title>Old</title></channel>
<item rdf:about="https://n.example/r/1"><title>R1</title><link>https://n.example/r/1</link></item>
</rdf:RDF>"#;
        let f = parse(rdf, &base()).unwrap();
        assert_eq!((f.kind, f.items.len()), ("rdf", 1));
        assert_eq!(f.title.as_deref(), Some("Old"));
    }

    #[test]
    fn html_entities_and_bare_ampersands_are_tolerated() {
        let xml = b"<rss><channel><title>News&nbsp;desk &mdash; world</title>\
<item><title>Tom &amp; Jerry&#8217;s</title><link>https://n.example/a?id=1&page=2</link></item>\
</channel></rss>";
        let f = parse(xml, &base()).unwrap();
        assert_eq!(f.title.as_deref(), Some("News&nbsp;desk &mdash; world"));
        assert_eq!(f.items[0].title.as_deref(), Some("Tom & Jerry\u{2019}s"));
        assert_eq!(f.items[0].link, "https://n.example/a?id=1&page=2");
    }

    #[test]
    fn not_feeds() {
        let e = parse(
            b"<rss><channel><item><title>x</item></channel></rss>",
            &base(),
        )
        .unwrap_err();
        assert!(e.starts_with("not a well-formed RSS or Atom feed"), "{e}");
        let e = parse(b"<!DOCTYPE html><html><body>hi</body></html>", &base()).unwrap_err();
        assert!(e.contains("not"), "{e}");
        let e = parse(b"<opml><body/></opml>", &base()).unwrap_err();
        assert!(e.contains("<opml>"), "{e}");
        // Latin-1 declared.
        let f = parse(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf\xe9</title></channel></rss>", &base()).unwrap();
        assert_eq!(f.title.as_deref(), Some("Café"));
    }
}
