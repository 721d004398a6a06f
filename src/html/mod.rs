//! HTML article extraction: an HTML page (bytes with an optional HTTP
//! `Content-Type`, or decoded text) and its URL in, an [`HtmlArticle`] out:
//! the main text as paragraphs, and the page's title, publication date,
//! author, declared language, canonical URL and site name.
//!
//! How:
//! 1. [`charset::decode`] turns bytes into text (BOM, HTTP header,
//!    `<meta>`, then sniffing);
//! 2. the page is parsed once with an HTML5 parser (`html5ever` through
//!    `dom_query`), and [`meta::harvest`] reads its metadata (JSON-LD,
//!    `<meta>`, `<time>`, `<html lang>`, the URL) before anything changes
//!    the tree;
//! 3. `dom_smoothie` (a port of Mozilla's Readability) chooses the
//!    article's container by text density, commas, link density and class
//!    hints, keeping class and id attributes;
//! 4. [`clean::post_clean`] removes page furniture *inside that
//!    container only*, and only nodes holding a small share of its text
//!    (figures and captions, bylines and timestamps, related-article and
//!    newsletter boxes, ads, share bars, tag lists, hidden text, short
//!    link-dominated blocks), so that a wrong match costs a line, never the
//!    article;
//! 5. the container is rendered as paragraphs (one per line, blank lines
//!    between blocks), and lines that repeat the headline or are byline,
//!    date or furniture lines are dropped at its edges;
//! 6. when the DOM yields little and the page's JSON-LD carries a longer
//!    `articleBody`, that body is used instead.
//!
//! A page with no article (an index page, an error page, an empty shell)
//! is an error saying so, as is a page too large to parse safely.
//!
//! Invariants: extraction is a pure function of (page, URL); the
//! extractor is built once, is `Sync`, and never panics on any input;
//! output text has no control characters, single spaces inside lines, and
//! paragraphs separated by one blank line.

pub mod charset;
mod clean;
pub mod lang;
pub mod meta;

pub use charset::{CharsetSource, Decoded, decode};
pub use meta::{DateSource, PageMeta};

use crate::model::{Date, InputFormat, Origin, RawDocument};

/// A page fetched as bytes (a file, a WARC record) as a [`RawDocument`]
/// of format [`InputFormat::Html`]: decoded (see [`charset`]), with its
/// URL. Extraction happens later, in the pipeline.
pub fn document(
    id: &str,
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> RawDocument {
    let d = decode(bytes, content_type);
    RawDocument {
        id: id.to_string(),
        origin: Origin {
            path: id.to_string(),
            line: None,
        },
        format: InputFormat::Html,
        text: d.html,
        title: None,
        date: None,
        url: url.map(str::to_string),
        source: None,
        dateline: None,
    }
}

/// Why a page yielded no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HtmlError {
    #[error("no article text in the HTML page ({0})")]
    NoArticle(String),
    #[error("HTML page too large to extract: {elements} elements, over the limit of {limit}")]
    TooLarge { elements: usize, limit: usize },
    #[error("HTML page nested too deeply to extract: depth over {0}")]
    TooDeep(usize),
}

/// What the extractor found in one page.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct HtmlArticle {
    pub title: Option<String>,
    /// The main text: paragraphs separated by a blank line.
    pub text: String,
    pub date: Option<Date>,
    pub date_source: Option<DateSource>,
    pub author: Option<String>,
    /// The language the page declares (`<html lang>`, metadata), as a
    /// primary subtag; the text's own language is judged later.
    pub declared_language: Option<String>,
    pub canonical_url: Option<String>,
    pub site_name: Option<String>,
    /// `dom` (the container Readability chose) or `json-ld` (the page's
    /// own `articleBody`).
    pub method: &'static str,
}

/// Limits on what is parsed.
#[derive(Clone, Debug)]
pub struct HtmlOptions {
    /// Pages with more elements than this are refused (Readability scores
    /// every element; the cost and memory grow with it).
    pub max_elements: usize,
    /// Markup nested deeper than this is refused before parsing.
    pub max_depth: usize,
    /// Below this many words the result is "no article".
    pub min_words: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            max_elements: 400_000,
            max_depth: 2_000,
            min_words: 15,
        }
    }
}

/// The HTML extractor: built once, used from many threads.
#[derive(Default)]
pub struct HtmlExtractor {
    pub options: HtmlOptions,
    rules: clean::Rules,
}

impl HtmlExtractor {
    pub fn new() -> HtmlExtractor {
        HtmlExtractor::default()
    }

    pub fn with_options(options: HtmlOptions) -> HtmlExtractor {
        HtmlExtractor {
            options,
            rules: clean::Rules::default(),
        }
    }

    /// Decodes and extracts a page given as bytes; `content_type` is the
    /// HTTP header's value when the page came over HTTP (WARC records).
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        url: Option<&str>,
        content_type: Option<&str>,
    ) -> Result<HtmlArticle, HtmlError> {
        let d = decode(bytes, content_type);
        self.extract(&d.html, url)
    }

    /// Extracts the article of a decoded page.
    pub fn extract(&self, html: &str, url: Option<&str>) -> Result<HtmlArticle, HtmlError> {
        let depth = clean::max_nesting(html);
        if depth > self.options.max_depth {
            return Err(HtmlError::TooDeep(self.options.max_depth));
        }
        let doc = dom_query::Document::from(html);
        let elements = doc
            .root()
            .descendants_it()
            .filter(|n| n.is_element())
            .count();
        if elements > self.options.max_elements {
            return Err(HtmlError::TooLarge {
                elements,
                limit: self.options.max_elements,
            });
        }
        // Readability wants an absolute http(s) URL; anything else is
        // metadata only.
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        let abs_url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        let m = meta::harvest(&doc, url);
        clean::prepare(&doc, &self.rules);

        let cfg = dom_smoothie::Config {
            keep_classes: true,
            text_mode: dom_smoothie::TextMode::Formatted,
            ..Default::default()
        };
        let dom_text = match dom_smoothie::Readability::with_document(doc, abs_url, Some(cfg)) {
            Ok(mut r) => match r.parse() {
                Ok(a) => {
                    let title = m.title.clone().or_else(|| meta::clean(&a.title));
                    clean::article_text(
                        &r.doc,
                        &self.rules,
                        title.as_deref(),
                        m.html_title.as_deref(),
                    )
                }
                Err(_) => String::new(),
            },
            Err(_) => String::new(),
        };
        let dom_words = clean::word_count(&dom_text);
        let ld_words = m.ld_body.as_deref().map_or(0, clean::word_count);
        let (text, method) = if ld_words > dom_words.max(self.options.min_words) * 2
            && dom_words < 150
            && m.ld_body
                .as_deref()
                .is_some_and(|b| !clean::has_mojibake(b))
        {
            (
                clean::normalize_text(m.ld_body.as_deref().unwrap_or("")),
                "json-ld",
            )
        } else {
            (dom_text, "dom")
        };
        let words = clean::word_count(&text);
        if words < self.options.min_words {
            return Err(HtmlError::NoArticle(if words == 0 {
                "no text found".to_string()
            } else {
                format!("only {words} words of text")
            }));
        }
        Ok(HtmlArticle {
            title: m.title,
            text,
            date: m.date.map(|(d, _)| d),
            date_source: m.date.map(|(_, s)| s),
            author: m.author,
            declared_language: m.language,
            canonical_url: m.canonical_url,
            site_name: m.site_name,
            method,
        })
    }
}
