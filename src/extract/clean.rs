//! Scrape residue: one raw line in, zero or more clean cells out; and the
//! line classes extraction drops (navigation crumbs, captions, footers,
//! sign-offs).
//!
//! A raw line loses markdown images, keeps the text of markdown links,
//! loses HTML tags, has its HTML entities decoded, control and zero-width
//! characters removed, whitespace collapsed, and is cut into cells at table
//! pipes (`![]() | text |` gives the one cell `text`). Markdown line markers
//! (`#`, `>`, bullets, `**`) go too.
//!
//! Invariants: cells are trimmed, non-empty, contain no `|`, no control
//! characters and no runs of whitespace; no regex is compiled per call.

use std::borrow::Cow;

use regex::Regex;
use rustc_hash::FxHashSet;

/// Compiled cleaning rules.
pub(crate) struct Cleaner {
    image: Regex,
    link: Regex,
    tag: Regex,
    entity: Regex,
    footer: Regex,
    credit_line: Regex,
    /// Substrings one of which every footer holds (besides `(` and `©`).
    footer_gates: Vec<memchr::memmem::Finder<'static>>,
    crumb_words: FxHashSet<&'static str>,
    crumb_signals: FxHashSet<&'static str>,
}

impl Cleaner {
    pub(crate) fn new() -> Cleaner {
        // The patterns are constants: a failure is a programming error that
        // every test run would show at once.
        let re = |p: &str| Regex::new(p).expect("built-in pattern compiles");
        Cleaner {
            image: re(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)"),
            link: re(r"\[([^\[\]\n]{0,500})\]\([^)\n]{0,2000}\)"),
            tag: re(r"</?([A-Za-z][A-Za-z0-9]{0,20})(?:\s[^<>\n]{0,500})?/?>"),
            entity: re(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"),
            // Case-sensitive variants keep the literal prefilter fast on
            // long body lines.
            footer: re(concat!(
                r"All rights reserved|All Rights Reserved|ALL RIGHTS RESERVED|all rights reserved",
                r"|©|\([cC]\)\s*[0-9]{4}",
                r"|Copyright|COPYRIGHT|copyright",
                r"|\((?:Additional |additional |Further |Reporting and )?",
                r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Ww]ritten|[Pp]roduced|[Tt]ranslated) by ",
                r"|Our Standards:",
                r"|This material may not be published",
            )),
            crumb_words: CRUMB_WORDS.iter().copied().collect(),
            crumb_signals: CRUMB_SIGNALS.iter().copied().collect(),
            footer_gates: ["ight", "IGHT", "Our Standards", "This material"]
                .iter()
                .map(|g| memchr::memmem::Finder::new(g.as_bytes()).into_owned())
                .collect(),
            credit_line: re(
                r"^(?i:additional )?(?i:reporting|writing|editing) by\b[^.]{0,200}(?:;|\band (?i:editing|writing) by\b)",
            ),
        }
    }

    /// The clean cells of one raw line (see the module docs).
    pub(crate) fn clean_line(&self, line: &str, out: &mut Vec<String>) {
        let mut s: Cow<'_, str> = Cow::Borrowed(line);
        if s.contains('[') {
            if s.contains("![") {
                s = Cow::Owned(self.image.replace_all(&s, "").into_owned());
            }
            if s.contains("](") {
                s = Cow::Owned(self.link.replace_all(&s, "$1").into_owned());
            }
        }
        if s.contains('<') && s.contains('>') {
            // Block tags end a paragraph: they become cell edges, like
            // pipes. Inline tags become a space.
            s = Cow::Owned(
                self.tag
                    .replace_all(&s, |c: &regex::Captures<'_>| {
                        let name = c[1].to_ascii_lowercase();
                        let block = matches!(
                            name.as_str(),
                            "p" | "br"
                                | "div"
                                | "li"
                                | "ul"
                                | "ol"
                                | "tr"
                                | "td"
                                | "th"
                                | "table"
                                | "h1"
                                | "h2"
                                | "h3"
                                | "h4"
                                | "h5"
                                | "h6"
                                | "section"
                                | "article"
                                | "blockquote"
                                | "figure"
                                | "figcaption"
                                | "hr"
                        );
                        if block { "|" } else { " " }
                    })
                    .into_owned(),
            );
        }
        if s.contains('&') {
            s = Cow::Owned(
                self.entity
                    .replace_all(&s, |c: &regex::Captures<'_>| decode_entity(&c[1], &c[0]))
                    .into_owned(),
            );
        }
        // Fast path: printable ASCII without pipes or doubled spaces is
        // already clean (the fold has no early exit, so it vectorises).
        let b = s.as_bytes();
        let odd = b.iter().fold(false, |acc, &c| {
            acc | !(0x20..0x7f).contains(&c) | (c == b'|')
        });
        if !odd && memchr::memmem::find(b, b"  ").is_none() {
            let mut cell = s.trim().to_string();
            finish_cell(&mut cell, out);
            return;
        }
        // One pass: drop invisible characters, collapse whitespace, cut at
        // pipes. Plain runs are copied whole; only separators and non-ASCII
        // characters are looked at one by one.
        let mut cell = String::with_capacity(s.len());
        let mut space = false;
        let mut run = 0;
        let mut i = 0;
        while i < b.len() {
            let (sep, width) = if b[i] < 0x80 {
                let c = b[i];
                // A single space inside a run stays in it.
                let inner_space = c == b' '
                    && i > run
                    && b.get(i + 1).is_some_and(|&n| {
                        n < 0x80 && n != b'|' && !n.is_ascii_whitespace() && !n.is_ascii_control()
                    });
                (
                    !inner_space && (c == b'|' || c.is_ascii_whitespace() || c.is_ascii_control()),
                    1,
                )
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                (
                    c == '\u{00a6}' || is_invisible(c) || c.is_whitespace() || c.is_control(),
                    c.len_utf8(),
                )
            };
            if !sep {
                i += width;
                continue;
            }
            if run < i {
                if space {
                    cell.push(' ');
                }
                space = false;
                cell.push_str(&s[run..i]);
            }
            let c = s[i..].chars().next().unwrap_or(' ');
            if c == '|' || c == '\u{00a6}' {
                finish_cell(&mut cell, out);
                space = false;
            } else if !is_invisible(c) {
                space = !cell.is_empty();
            }
            i += width;
            run = i;
        }
        if run < b.len() {
            if space {
                cell.push(' ');
            }
            cell.push_str(&s[run..]);
        }
        finish_cell(&mut cell, out);
    }

    /// True for a navigation, sharing or advertising crumb ("Share", "Facebook
    /// Twitter Email", "Read more", "Skip to content", "Sign up for our
    /// newsletter"), a breadcrumb trail ("Home > World > Africa"), a caption
    /// or a teaser link ("Read more: …"). Prose lines that merely use such a
    /// word ("Share prices fell.") are not: every word must be a crumb word.
    pub(crate) fn is_crumb(&self, line: &str) -> bool {
        let b = line.as_bytes();
        let opens = |o: &str| b.len() >= o.len() && b[..o.len()].eq_ignore_ascii_case(o.as_bytes());
        if CAPTION_OPENINGS.iter().any(|o| opens(o)) {
            return true;
        }
        if line.len() > 100 {
            return false;
        }
        // '>' or the lead byte of '›' (E2) or '»' (C2) gates the trail check.
        let maybe_trail = memchr::memchr3(b'>', 0xE2, 0xC2, b).is_some();
        if maybe_trail && line.matches(['>', '›', '»']).count() >= 2 && !line.contains(". ") {
            let short = line
                .split(['>', '›', '»'])
                .all(|seg| seg.split_whitespace().count() <= 4);
            if short {
                return true;
            }
        }
        if line.ends_with('.') && !line.ends_with("...") {
            return false;
        }
        let mut signal = false;
        let mut words = 0;
        let mut buf = [0u8; 16];
        for w in line.split(|c: char| {
            c.is_whitespace() || matches!(c, '·' | '•' | '/' | ':' | ',' | '|' | '(' | ')')
        }) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
            if w.is_empty() || w.bytes().all(|c| c.is_ascii_digit()) {
                continue;
            }
            if w.len() > buf.len() || !w.is_ascii() {
                return false;
            }
            for (o, c) in buf.iter_mut().zip(w.bytes()) {
                *o = c.to_ascii_lowercase();
            }
            let lw = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
            words += 1;
            if !self.crumb_words.contains(lw) {
                return false;
            }
            signal |= self.crumb_signals.contains(lw);
        }
        words > 0 && signal
    }

    /// Where a footer starts in `line`: 0 when the whole line is one, a byte
    /// offset when it begins mid-line after a sentence, `None` when there is
    /// none. Footers: "All rights reserved", "© 2024 AFP", "Copyright
    /// Agence France-Presse", Reuters credits "(Reporting by …; Editing by
    /// …)", "Our Standards: …", AP's "This material may not be published".
    pub(crate) fn footer_start(&self, line: &str) -> Option<usize> {
        // Every footer form holds one of these; most body lines hold none.
        let b = line.as_bytes();
        let opens = |o: &str| b.len() >= o.len() && b[..o.len()].eq_ignore_ascii_case(o.as_bytes());
        let maybe = memchr::memchr2(b'(', 0xC2, b).is_some()
            || self.footer_gates.iter().any(|f| f.find(b).is_some())
            || ["reporting", "writing", "editing", "additional"]
                .iter()
                .any(|o| opens(o));
        if !maybe {
            return None;
        }
        if self.credit_line.is_match(line) {
            return Some(0);
        }
        for m in self.footer.find_iter(line) {
            let at = m.start();
            let text = m.as_str();
            let after = &line[m.end()..];
            let ok = if text.starts_with('(') {
                // A parenthesised credit ends a dispatch wherever it stands.
                true
            } else if text == "©" {
                after
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c.is_uppercase())
            } else if text.eq_ignore_ascii_case("copyright") {
                at_sentence_start(line, at) && copyright_notice(after)
            } else {
                at_sentence_start(line, at)
            };
            if ok {
                return Some(at);
            }
        }
        None
    }
}

fn finish_cell(cell: &mut String, out: &mut Vec<String>) {
    let t = strip_markdown(cell.trim());
    if !t.is_empty() {
        out.push(t.to_string());
    }
    cell.clear();
}

/// Markdown line markers and emphasis around a cell: `# `, `> `, `* `, `- `,
/// `• `, `**bold**`, `****RIO`.
fn strip_markdown(s: &str) -> Cow<'_, str> {
    let marked = s.starts_with(['#', '>', '*', '-', '•', '·', '+', '_'])
        || s.ends_with(['*', '_', '#'])
        || s.contains("**")
        || s.contains("__");
    if !marked {
        return Cow::Borrowed(s);
    }
    let mut t = s;
    loop {
        let before = t;
        t = t.trim_start_matches('#').trim_start();
        if let Some(r) = t.strip_prefix("> ") {
            t = r;
        }
        for bullet in ["* ", "- ", "• ", "· ", "+ "] {
            if let Some(r) = t.strip_prefix(bullet) {
                t = r.trim_start();
            }
        }
        t = t.trim_start_matches(['*', '_']).trim_start();
        if t.len() == before.len() {
            break;
        }
    }
    let t = t.trim_end_matches(['*', '_', '#']).trim_end();
    if t.contains("**") || t.contains("__") {
        Cow::Owned(t.replace("**", "").replace("__", ""))
    } else {
        Cow::Borrowed(t)
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{fffd}'
    )
}

/// The character an entity stands for; unknown entities stay as written.
fn decode_entity(name: &str, whole: &str) -> String {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        return match code.and_then(char::from_u32) {
            // Control characters (Reuters' &#3; end-of-text) are residue.
            Some(c) if c.is_control() && c != '\t' && c != '\n' => String::new(),
            Some(c) => c.to_string(),
            None => whole.to_string(),
        };
    }
    let c = match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" | "hairsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "shy" | "zwnj" | "zwj" => return String::new(),
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "auml" => 'ä',
        "atilde" => 'ã',
        "aring" => 'å',
        "ccedil" => 'ç',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "iacute" => 'í',
        "igrave" => 'ì',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ntilde" => 'ñ',
        "oacute" => 'ó',
        "ograve" => 'ò',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "otilde" => 'õ',
        "oslash" => 'ø',
        "uacute" => 'ú',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "szlig" => 'ß',
        "Eacute" => 'É',
        "Aacute" => 'Á',
        "Oacute" => 'Ó',
        "Ccedil" => 'Ç',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "Auml" => 'Ä',
        _ => return whole.to_string(),
    };
    c.to_string()
}

/// True when byte `at` begins a sentence of `line`.
fn at_sentence_start(line: &str, at: usize) -> bool {
    let before = line[..at].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', '’', ')', ':', '-', '–', '—'])
}

/// Whether what follows the word "Copyright" makes a rights notice rather
/// than prose ("Copyright lawyers said …"): a ©, a year, "(c)", a rights
/// reservation, or a wire agency's name.
fn copyright_notice(after: &str) -> bool {
    const HOLDERS: &[&str] = &[
        "Agence France",
        "AFP",
        "The Associated Press",
        "Associated Press",
        "AP ",
        "Reuters",
        "Thomson Reuters",
        "Xinhua",
        "dpa",
        "Bloomberg",
        "The Canadian Press",
        "UPI",
        "Kyodo",
        "Anadolu",
    ];
    let a = after.trim_start_matches([':', ' ']);
    if a.is_empty()
        || a.starts_with(['©', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        || a.starts_with("(c)")
        || a.starts_with("(C)")
        || HOLDERS.iter().any(|h| a.starts_with(h))
    {
        return true;
    }
    a[..super::floor_boundary(a, 80)]
        .to_ascii_lowercase()
        .contains("rights reserved")
}

/// Words a navigation or sharing crumb is made of (lower case).
const CRUMB_WORDS: &[&str] = &[
    "share",
    "shares",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "to",
    "by",
    "the",
    "a",
    "our",
    "us",
    "for",
    "up",
    "in",
    "with",
    "and",
    "or",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "mail",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "reddit",
    "messenger",
    "flipboard",
    "print",
    "copy",
    "link",
    "copied",
    "comments",
    "comment",
    "read",
    "more",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "skip",
    "content",
    "main",
    "navigation",
    "menu",
    "search",
    "home",
    "sign",
    "log",
    "login",
    "subscribe",
    "subscription",
    "newsletter",
    "newsletters",
    "follow",
    "tweet",
    "close",
    "open",
    "next",
    "previous",
    "back",
    "top",
    "save",
    "bookmark",
    "listen",
    "audio",
    "watch",
    "font",
    "size",
    "text",
    "related",
    "topics",
    "tags",
    "show",
    "hide",
    "cookie",
    "cookies",
    "accept",
    "settings",
    "toggle",
    "free",
    "now",
    "today",
    "here",
    "click",
    "you",
    "your",
    "may",
    "also",
    "like",
    "latest",
    "news",
    "updates",
    "all",
    "most",
    "popular",
    "view",
    "article's",
    "min",
    "mins",
    "minute",
    "minutes",
    "time",
    "story's",
];

/// Of which at least one must occur for a line to be a crumb.
const CRUMB_SIGNALS: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "email",
    "e-mail",
    "whatsapp",
    "linkedin",
    "pinterest",
    "reddit",
    "telegram",
    "messenger",
    "flipboard",
    "print",
    "tweet",
    "advertisement",
    "advertising",
    "sponsored",
    "skip",
    "newsletter",
    "newsletters",
    "subscribe",
    "menu",
    "navigation",
    "login",
    "bookmark",
    "cookies",
    "comments",
    "comment",
    "more",
    "sign",
    "follow",
    "listen",
    "copy",
    "log",
    "related",
    "read",
];

/// Line openings that mark a caption, credit or teaser rather than text.
const CAPTION_OPENINGS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "caption:",
    "picture:",
    "credit:",
    "photo credit",
    "image credit",
    "image source",
    "image caption",
    "file photo",
    "(photo",
    "afp photo",
    "read more:",
    "read more about ",
    "read more on ",
    "related coverage",
    "related stories",
    "related articles",
    "read also:",
    "also read:",
    "related:",
    "see also:",
    "more:",
    "watch:",
    "listen:",
];

/// True for a dispatch's sign-off: `Reuter`, `AFP`, `(END)`, `-0-`, `###`,
/// or AFP's editor initials such as `ach/jj` or `burs-sst/jm`.
pub(crate) fn is_signoff(line: &str) -> bool {
    let t = line.trim();
    if matches!(
        t,
        "Reuter"
            | "Reuters"
            | "REUTER"
            | "AFP"
            | "AP"
            | "Xinhua"
            | "dpa"
            | "(END)"
            | "END"
            | "-0-"
            | "#"
            | "##"
            | "###"
            | "-30-"
            | "(AFP)"
            | "(Reuters)"
    ) {
        return true;
    }
    // Xinhua's "Editor: Li Wei".
    if t.len() <= 40 && (t.starts_with("Editor:") || t.starts_with("Editors:")) {
        return true;
    }
    // Editor initials: lower-case groups joined by / and -, one or two runs.
    let mut any_slash = false;
    for part in t.split(' ') {
        if part.is_empty() || part.len() > 24 {
            return false;
        }
        let mut groups = 0;
        for g in part.split(['/', '-']) {
            if !(1..=6).contains(&g.len()) || !g.bytes().all(|b| b.is_ascii_lowercase()) {
                return false;
            }
            groups += 1;
        }
        any_slash |= part.contains('/');
        const WORDS: &[&str] = &[
            "and", "or", "the", "he", "she", "it", "his", "her", "we", "of", "in", "on", "no",
        ];
        if groups < 2 || part.split(['/', '-']).any(|g| WORDS.contains(&g)) {
            return false;
        }
    }
    any_slash && t.split(' ').count() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(c: &Cleaner, s: &str) -> Vec<String> {
        let mut out = Vec::new();
        c.clean_line(s, &mut out);
        out
    }

    #[test]
    fn residue_lines_vanish() {
        let c = Cleaner::new();
        assert!(cells(&c, "![]() |").is_empty());
        assert!(cells(&c, "| | |").is_empty());
        assert!(cells(&c, "  ").is_empty());
        assert!(cells(&c, "![photo](https://x.y/a.jpg)").is_empty());
        assert_eq!(cells(&c, "![]() | Niger talks |"), ["Niger talks"]);
    }

    #[test]
    fn links_keep_their_text() {
        let c = Cleaner::new();
        assert_eq!(
            cells(&c, "The [African Union](https://au.int/) said [](x) so."),
            ["The African Union said so."]
        );
    }

    #[test]
    fn entities_tags_and_invisibles() {
        let c = Cleaner::new();
        assert_eq!(
            cells(
                &c,
                "Trade &amp; aid&nbsp;rose &#8212; &lt;Acme Corp&gt; said&#3;<br/>"
            ),
            ["Trade & aid rose — <Acme Corp> said"]
        );
        assert_eq!(cells(&c, "soft\u{ad}ware \u{200b}zero"), ["software zero"]);
        assert_eq!(cells(&c, "&bogus; &#xZZ;"), ["&bogus; &#xZZ;"]);
    }

    #[test]
    fn markdown_markers() {
        let c = Cleaner::new();
        assert_eq!(cells(&c, "## **Russia** and Niger"), ["Russia and Niger"]);
        assert_eq!(
            cells(&c, "****RIO DE JANEIRO, March 5 -"),
            ["RIO DE JANEIRO, March 5 -"]
        );
        assert_eq!(cells(&c, "> * quoted bullet"), ["quoted bullet"]);
    }

    #[test]
    fn crumbs() {
        let c = Cleaner::new();
        for s in [
            "Share",
            "Tweet",
            "Facebook Twitter Email",
            "Read more",
            "Advertisement",
            "Skip to content",
            "Sign up for our newsletter",
            "Share this article",
            "Home > World > Africa",
            "Read more: Niger junta expels French envoy",
            "Photo: A soldier in Niamey (AFP)",
            "12 comments",
        ] {
            assert!(c.is_crumb(s), "{s}");
        }
        for s in [
            "Share prices fell on Tuesday.",
            "Russia will share intelligence with Niger",
            "The copyright dispute went to court.",
            "More troops arrived in Niamey.",
            "Niger",
        ] {
            assert!(!c.is_crumb(s), "{s}");
        }
    }

    #[test]
    fn footers() {
        let c = Cleaner::new();
        assert_eq!(
            c.footer_start("All rights reserved. Copyright Agence France-Presse."),
            Some(0)
        );
        assert_eq!(c.footer_start("© 2024 AFP"), Some(0));
        assert_eq!(
            c.footer_start("Copyright 2024 The Associated Press. All rights reserved."),
            Some(0)
        );
        assert_eq!(
            c.footer_start("(Reporting by Jane Roe; Editing by John Doe)"),
            Some(0)
        );
        assert_eq!(
            c.footer_start("Reporting by Jane Roe; Editing by John Doe"),
            Some(0)
        );
        assert_eq!(
            c.footer_start("Our Standards: The Thomson Reuters Trust Principles."),
            Some(0)
        );
        assert_eq!(c.footer_start("They left. All rights reserved."), Some(11));
        assert_eq!(
            c.footer_start("Copyright lawyers said the case was weak."),
            None
        );
        assert_eq!(
            c.footer_start("The copyright belongs to AFP, he said."),
            None
        );
        assert_eq!(
            c.footer_start("Niger said all rights reserved by the treaty stood."),
            None
        );
        assert_eq!(
            c.footer_start("Reporting by the state broadcaster said troops left."),
            None
        );
    }

    #[test]
    fn signoffs() {
        for s in ["Reuter", "AFP", "ach/jj", "burs-sst/jm", "(END)", "-0-"] {
            assert!(is_signoff(s), "{s}");
        }
        for s in ["Niger", "and/or", "Troops left.", "a/b c/d e/f"] {
            assert!(!is_signoff(s), "{s}");
        }
    }
}
