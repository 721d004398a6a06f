//! Post-cleaning inside the article container, and rendering it as text.
//!
//! Takes the document `dom_smoothie` leaves (its chosen container under
//! `#readability-page-1`, class and id attributes kept); gives the
//! article's text as paragraphs.
//!
//! The rules name page furniture the way templates name it (class, id,
//! `role`, `itemprop`, tag), and act only inside the chosen container and
//! only on nodes holding less than [`SMALL_SHARE`] of its text: the same
//! rules applied to the whole page before Readability match wrappers and
//! lose articles, while inside the container a false match costs one small
//! block.
//!
//! Invariants: no rule removes a node holding [`SMALL_SHARE`] or more of
//! the container's text; the output has no control characters, no runs of
//! spaces, and paragraphs separated by exactly one blank line.

use dom_query::{Document, NodeRef};
use regex::Regex;

/// Share of the container's text above which no rule removes a node.
pub const SMALL_SHARE: f64 = 0.2;

/// Letters and digits before which a standfirst may stand (the head of
/// the container).
const DEK_ZONE: usize = 150;

/// Letters and digits of the container's text before `node`.
fn text_before(root: &NodeRef<'_>, node: &NodeRef<'_>) -> usize {
    let all = root.text();
    let own = node.text();
    let own = own.trim();
    if own.is_empty() {
        return 0;
    }
    all.find(own).map_or(usize::MAX, |k| text_size(&all[..k]))
}

/// A block whose text is at least this share link text is a link block.
const LINK_SHARE: f64 = 0.8;

/// A link block longer than this many words is kept (a linked paragraph
/// of prose is content).
const LINK_BLOCK_WORDS: usize = 25;

/// What class, id and other attributes say a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Furniture {
    /// A standfirst, subtitle or kicker: furniture above the body only
    /// (the same names mark subheads inside it).
    Dek,
    Caption,
    Byline,
    Related,
    Newsletter,
    Ad,
    Share,
    Tags,
    Hidden,
    Comments,
    Navigation,
}

/// The word lists the rules match with (all lower case).
pub struct Rules {
    /// Substrings of a class or id (long enough not to occur by chance).
    substrings: Vec<(&'static str, Furniture)>,
    /// Whole class/id tokens (split at `-`, `_`, space): short words that
    /// would match inside others as substrings (`ad` in `head`).
    tokens: Vec<(&'static str, Furniture)>,
    /// Lines that are furniture whatever the markup (compared on their
    /// words, lower case).
    furniture_lines: Vec<&'static str>,
    /// Labels that introduce a link to another story (lower case words).
    promo_labels: Vec<&'static str>,
    /// A byline: `By Jane Doe`, `Par …`, `Por …`.
    byline: Regex,
    /// A date or time written in figures, or a publication label.
    date_mark: Regex,
    /// A list of tags or topics.
    tags_line: Regex,
    /// A call to action: newsletter, follow, contact lines.
    call_to_action: Regex,
    /// A photo credit ending a caption.
    photo_credit: Regex,
    /// A technical or legal notice: "your browser does not support…",
    /// "the views expressed are the author's own".
    notice: Regex,
    /// A heading that opens a closing boilerplate section: "About <the
    /// company>", "Media contact", "Notes to editors".
    boilerplate_heading: Regex,
}

impl Default for Rules {
    fn default() -> Self {
        use Furniture::*;
        let re = |p: &str| Regex::new(p).expect("built-in pattern compiles");
        Rules {
            byline: re(
                r"^(?:By|BY|Por|POR|Par|PAR|Von|VON|Di|Door|Av|Af|Written by|Posted by|Publicado por|Publié par)\s+\p{Lu}",
            ),
            date_mark: re(concat!(
                r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
                r"|\b\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\b\.?|gmt|utc|e[sd]t|[cp][sd]t|bst|cet|cest)",
                r"|(?i:\b(?:updated|published|posted|last modified|publicado|publié|mis à jour|aggiornato)\b)",
            )),
            tags_line: re(
                r"^(?i:tags|tagged|tagged with|topics|keywords|categories|category|filed under|more on)\b",
            ),
            call_to_action: re(concat!(
                r"(?i:^(?:sign up|subscribe|click here|download (?:our|the)|follow (?:us|him|her|them|me|@\w+|[\w.]+ on)",
                r"|get the latest|want more|have a (?:news )?tip|tell us what|send us your|don'?t miss out)\b",
                r"|\b(?:in|to|into|straight to) your inbox\b|\bfollow us (?:on|at)\b|\b(?:can|may) be reached at\b",
                r"|\bdelivered (?:to your|through your|straight to)\b)",
            )),
            notice: re(concat!(
                r"(?i:^(?:your browser does not support|please (?:enable|update|upgrade) (?:javascript|your browser)",
                r"|(?:this|the) (?:video|content|slideshow|gallery|page) requires javascript|you need to enable javascript",
                r"|javascript (?:is|must be) (?:disabled|required|enabled))",
                r"|\bviews expressed (?:in this|here|are)\b|\bdo(?:es)? not necessarily (?:reflect|represent) (?:the|those))",
            )),
            boilerplate_heading: re(concat!(
                r"^(?:(?:About|ABOUT|about) (?:(?i:the author|us)|\p{Lu}.*)",
                r"|(?i:media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office)|contacts?|notes? to editors",
                r"|for (?:more|further) information|investor (?:contacts?|relations)))\s*:?$",
            )),
            photo_credit: re(concat!(
                r"(?i:\((?:[^()]{0,60}\b(?:photo|foto|images?|pool)\b[^()]{0,60}|(?:ap|afp|reuters|getty|epa|xinhua|bloomberg|anadolu)\s*/[^()]{1,60})\)\s*$",
                r"|\b(?:photo|photograph|image|picture|credit|foto|imagem|imagen)s?\s*:\s*[^.:]{1,60}$",
                r"|^(?:photo|image|picture|credit|foto)\s*:",
                r"|/\s*getty images\s*$)",
            )),
            substrings: vec![
                ("caption", Caption),
                ("credit", Caption),
                ("byline", Byline),
                ("standfirst", Dek),
                ("subtitle", Dek),
                ("sub-title", Dek),
                ("subheadline", Dek),
                ("strapline", Dek),
                ("kicker", Dek),
                ("author", Byline),
                ("dateline", Byline),
                ("timestamp", Byline),
                ("published", Byline),
                ("pubdate", Byline),
                ("related", Related),
                ("recirc", Related),
                ("more-stories", Related),
                ("morestories", Related),
                ("read-more", Related),
                ("readmore", Related),
                ("also-read", Related),
                ("recommend", Related),
                ("outbrain", Related),
                ("taboola", Related),
                ("newsletter", Newsletter),
                ("subscribe", Newsletter),
                ("subscription", Newsletter),
                ("signup", Newsletter),
                ("sign-up", Newsletter),
                ("promo", Newsletter),
                ("advert", Ad),
                ("sponsor", Ad),
                ("dfp-", Ad),
                ("share", Share),
                ("social", Share),
                ("sharing", Share),
                ("breadcrumb", Navigation),
                ("pagination", Navigation),
                ("sr-only", Hidden),
                ("screen-reader", Hidden),
                ("visually-hidden", Hidden),
                ("visuallyhidden", Hidden),
                ("comment", Comments),
                ("disqus", Comments),
                ("tooltip", Hidden),
                ("popover", Hidden),
                ("popup", Hidden),
                ("hovercard", Hidden),
                ("rollover", Hidden),
                ("modal", Hidden),
                ("footer", Navigation),
                ("copyright", Navigation),
                ("colophon", Navigation),
            ],
            tokens: vec![
                ("dek", Dek),
                ("ad", Ad),
                ("ads", Ad),
                ("adv", Ad),
                ("tags", Tags),
                ("tag", Tags),
                ("topics", Tags),
                ("keywords", Tags),
                ("hidden", Hidden),
            ],
            furniture_lines: vec![
                "advertisement",
                "advertisement - scroll to continue",
                "scroll to continue with content",
                "story continues below",
                "story continues below advertisement",
                "article continues below",
                "article continues below advertisement",
                "continue reading",
                "continue reading below",
                "read more",
                "read more below",
                "share",
                "share this",
                "share this article",
                "share this story",
                "share on facebook",
                "share on twitter",
                "tweet",
                "email",
                "print",
                "comments",
                "view comments",
                "show comments",
                "loading",
                "loading...",
                "skip advert",
                "close",
                "image",
                "photo",
                "video",
                "play video",
                "watch",
                "listen",
                "listen to this article",
                "enlarge this image",
                "toggle caption",
                "hide caption",
                "view image",
                "view gallery",
                "open image in gallery",
                "click to enlarge",
                "advert",
                "adverts",
                "sponsored",
                "sponsored content",
                "sponsored links",
                "promoted content",
                "paid content",
                "publicidade",
                "publicidad",
                "publicité",
                "anzeige",
                "pubblicità",
                "реклама",
            ],
            promo_labels: vec![
                "read more",
                "read also",
                "also read",
                "read next",
                "see also",
                "related",
                "more",
                "watch",
                "listen",
                "don t miss",
                "recommended",
                "trending",
                "click here",
            ],
        }
    }
}

impl Rules {
    /// What the attributes of `node` say it is, if furniture.
    fn classify(&self, node: &NodeRef<'_>, tag: &str) -> Option<Furniture> {
        match tag {
            "figure" | "figcaption" | "picture" => return Some(Furniture::Caption),
            "nav" | "footer" => return Some(Furniture::Navigation),
            "aside" => return Some(Furniture::Related),
            "button" | "form" | "select" | "input" | "textarea" | "label" => {
                return Some(Furniture::Share);
            }
            "time" => return Some(Furniture::Byline),
            _ => {}
        }
        if node.has_attr("hidden") {
            return Some(Furniture::Hidden);
        }
        if let Some(style) = node.attr("style") {
            let s = style.to_ascii_lowercase().replace(' ', "");
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return Some(Furniture::Hidden);
            }
        }
        if let Some(role) = node.attr("role") {
            match role.trim().to_ascii_lowercase().as_str() {
                "navigation" | "menu" | "menubar" => return Some(Furniture::Navigation),
                "complementary" => return Some(Furniture::Related),
                "button" => return Some(Furniture::Share),
                _ => {}
            }
        }
        if let Some(rel) = node.attr("rel") {
            let rel = rel.to_ascii_lowercase();
            if rel.contains("author") {
                return Some(Furniture::Byline);
            }
            if rel.split_whitespace().any(|r| r == "tag") {
                return Some(Furniture::Tags);
            }
        }
        if let Some(ip) = node.attr("itemprop") {
            let ip = ip.to_ascii_lowercase();
            if ip.contains("author") || ip.contains("datepublished") || ip.contains("datemodified")
            {
                return Some(Furniture::Byline);
            }
            if ip.contains("caption") {
                return Some(Furniture::Caption);
            }
        }
        let mut names = String::new();
        if let Some(c) = node.attr("class") {
            names.push_str(&c);
        }
        if let Some(i) = node.attr("id") {
            names.push(' ');
            names.push_str(&i);
        }
        if names.trim().is_empty() {
            return None;
        }
        let names = names.to_ascii_lowercase();
        for (s, f) in &self.substrings {
            if names.contains(s) {
                return Some(*f);
            }
        }
        for tok in names.split(|c: char| !c.is_ascii_alphanumeric()) {
            for (t, f) in &self.tokens {
                if tok == *t {
                    return Some(*f);
                }
            }
        }
        None
    }

    /// A line that is furniture whatever the markup, compared on its
    /// words (case and punctuation aside).
    fn is_furniture_line(&self, line: &str) -> bool {
        let key = words_key(line);
        !key.is_empty() && self.furniture_lines.iter().any(|f| words_key(f) == key)
    }

    /// Cleans the rendered container text line by line: the headline
    /// repeated and byline or date lines at the head, tags and meta lines
    /// at the tail, furniture, calls to action and photo credits anywhere.
    /// Only short lines are judged; a paragraph of prose is never dropped.
    fn finish(&self, text: &str, title: Option<&str>, html_title: Option<&str>) -> String {
        let norm = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let titles: Vec<String> = [title, html_title]
            .iter()
            .flatten()
            .map(|t| norm(t))
            .filter(|t| !t.is_empty())
            .collect();
        // (line, blank line before it)
        let mut lines: Vec<(&str, bool)> = Vec::new();
        let mut gap = false;
        for l in text.lines() {
            if l.trim().is_empty() {
                gap = true;
                continue;
            }
            lines.push((l, gap));
            gap = false;
        }
        let short = |l: &str, n: usize| word_count(l) <= n;
        let is_meta = |l: &str| {
            short(l, 15)
                && !ends_sentence(l)
                && (self.byline.is_match(l)
                    || self.date_mark.is_match(l)
                    || crate::time::find_full_date(l).is_some())
        };
        // Head: title, furniture, bylines, date lines.
        while let Some(&(first, _)) = lines.first() {
            let f = norm(first);
            let repeats_title = !f.is_empty()
                && titles
                    .iter()
                    .any(|t| *t == f || (f.len() > 20 && t.contains(&f)));
            if repeats_title
                || self.is_furniture_line(first)
                || is_meta(first)
                || (short(first, 40) && self.notice.is_match(first))
            {
                lines.remove(0);
            } else {
                break;
            }
        }
        // A closing boilerplate section ("About the company", "Media
        // contact") runs to the end: cut it when it is a small part.
        let total_words: usize = lines.iter().map(|(l, _)| word_count(l)).sum();
        if let Some(k) = lines.iter().position(|(l, gap)| {
            *gap && short(l, 8) && !ends_sentence(l) && self.boilerplate_heading.is_match(l.trim())
        }) {
            let tail: usize = lines[k..].iter().map(|(l, _)| word_count(l)).sum();
            if k > 0 && tail * 100 <= total_words * 35 {
                lines.truncate(k);
            }
        }
        // Tail: tags, bylines and publication lines (a bare date may be
        // content there: an exhibition's dates, a timeline's last entry).
        let is_tail_meta = |l: &str| {
            short(l, 15)
                && !ends_sentence(l)
                && (self.byline.is_match(l) || self.date_mark.is_match(l))
        };
        while let Some(&(last, _)) = lines.last() {
            if (short(last, 40) && self.tags_line.is_match(last))
                || is_tail_meta(last)
                || self.is_furniture_line(last)
            {
                lines.pop();
            } else {
                break;
            }
        }
        let mut out = String::with_capacity(text.len());
        for (l, gap) in lines {
            let drop = self.is_furniture_line(l)
                || (short(l, 80) && self.mostly_call_to_action(l))
                || (short(l, 40) && self.notice.is_match(l))
                || (short(l, 60) && self.photo_credit.is_match(l));
            if drop {
                continue;
            }
            if !out.is_empty() {
                out.push_str(if gap { "\n\n" } else { "\n" });
            }
            out.push_str(l);
        }
        out
    }

    /// Whether most of a paragraph's words are in sentences that call the
    /// reader to act (subscribe, follow, write in): a promotional box or
    /// an author's contact line, not reporting.
    fn mostly_call_to_action(&self, para: &str) -> bool {
        let mut cta = 0;
        let mut all = 0;
        for s in sentences(para) {
            let n = word_count(s);
            all += n;
            if self.call_to_action.is_match(s.trim()) {
                cta += n;
            }
        }
        all > 0 && cta * 2 >= all
    }

    /// A block that opens with a label introducing a link to another
    /// story: `Read more:`, `See also`, `RELATED:`.
    fn is_promo_label(&self, text: &str) -> bool {
        let key = words_key(text);
        self.promo_labels
            .iter()
            .any(|l| key.starts_with(l) && key[l.len()..].starts_with(' '))
    }
}

/// Whether `node` is an embedded social-media post (a tweet, an Instagram
/// or Facebook post…): quoted statements, which news keeps as content.
fn is_embedded_post(node: &NodeRef<'_>) -> bool {
    let Some(class) = node.attr("class") else {
        return false;
    };
    let c = class.to_ascii_lowercase();
    [
        "tweet",
        "twitter",
        "instagram",
        "facebook-post",
        "fb-post",
        "tiktok",
        "bluesky",
        "mastodon",
        "threads-post",
    ]
    .iter()
    .any(|w| c.contains(w))
}

/// Old pages separate paragraphs with `<br><br>` inside `<font>`, `<td>`
/// or `<div>`; Readability's own rewriting of such chains loses the break
/// when they sit inside inline elements (the last word of one paragraph
/// runs into the first of the next). Each element holding a chain of two
/// or more `<br>`s has its children grouped into `<p>`s (a `<div>` when a
/// group holds blocks) at the chains, deepest elements first, and the
/// chains go.
fn split_at_double_breaks(doc: &Document) {
    let mut parents: Vec<NodeRef<'_>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for br in doc.select("br").nodes() {
        if let Some(p) = br.parent()
            && starts_chain(br)
            && seen.insert(p.id)
        {
            parents.push(p);
        }
    }
    // Pre-order lists an ancestor before its descendants: reversed, the
    // inner elements are split before the outer ones.
    let order: std::collections::HashMap<dom_query::NodeId, usize> = doc
        .root()
        .descendants_it()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    parents.sort_by_key(|p| std::cmp::Reverse(order.get(&p.id).copied().unwrap_or(0)));
    for parent in parents {
        let mut groups: Vec<Vec<NodeRef<'_>>> = vec![Vec::new()];
        let kids = parent.children();
        let mut i = 0;
        while i < kids.len() {
            if is_br(&kids[i]) && starts_chain(&kids[i]) {
                // Drop the chain: brs and the white space between them.
                while i < kids.len() && (is_br(&kids[i]) || is_blank_text(&kids[i])) {
                    kids[i].remove_from_parent();
                    i += 1;
                }
                groups.push(Vec::new());
                continue;
            }
            if let Some(g) = groups.last_mut() {
                g.push(kids[i]);
            }
            i += 1;
        }
        if groups.len() < 2 {
            continue;
        }
        for g in groups {
            if g.iter().all(|n| {
                is_blank_text(n) || (n.is_element() && text_size(&n.text()) == 0 && !is_br(n))
            }) {
                continue;
            }
            let blocks = g.iter().any(|n| n.is_element() && is_block_tag(&tag_of(n)));
            let wrapper = doc.tree.new_element(if blocks { "div" } else { "p" });
            g[0].insert_before(&wrapper);
            for n in &g {
                wrapper.append_child(n);
            }
        }
    }
}

fn is_br(n: &NodeRef<'_>) -> bool {
    n.is_element() && tag_of(n) == "br"
}

fn is_blank_text(n: &NodeRef<'_>) -> bool {
    n.is_text() && n.text().trim().is_empty()
}

/// Whether `br` is followed (white space aside) by another `br`.
fn starts_chain(br: &NodeRef<'_>) -> bool {
    let mut next = br.next_sibling();
    while let Some(n) = next {
        if is_br(&n) {
            return true;
        }
        if !is_blank_text(&n) {
            return false;
        }
        next = n.next_sibling();
    }
    false
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "dl"
            | "div"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
    )
}

/// Readability turns a `div` holding only phrasing content into a `p`,
/// and the new `p` has none of the div's attributes: a template's
/// `<div class="caption">` or `<div class="ad-slot">` arrives in the
/// container as an anonymous paragraph. Renaming such divs to `p` first is
/// the same conversion with the names kept, so the post-clean can read
/// them.
fn keep_leaf_div_names(doc: &Document) {
    for div in doc.select("div[class], div[id]").nodes() {
        let block_child = div.children_it(false).any(|c| {
            c.is_element()
                && matches!(
                    tag_of(&c).as_str(),
                    "address"
                        | "article"
                        | "aside"
                        | "blockquote"
                        | "dl"
                        | "div"
                        | "figure"
                        | "footer"
                        | "form"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "header"
                        | "hr"
                        | "img"
                        | "main"
                        | "nav"
                        | "ol"
                        | "p"
                        | "pre"
                        | "section"
                        | "table"
                        | "ul"
                        | "video"
                        | "iframe"
                        | "picture"
                )
        });
        if !block_child
            && div
                .children_it(false)
                .any(|c| c.is_text() && !c.text().trim().is_empty())
        {
            div.rename("p");
        }
    }
}

/// Readability scores a `section` by the commas of its whole text, so a
/// section holding a long list (an archive, a link directory whose items
/// carry commas) can outscore the article. A section whose text is mostly
/// list items is renamed `div`: its items are no article, and its
/// paragraphs, if any, still score as paragraphs.
fn unscore_list_sections(doc: &Document) {
    for sec in doc.select("section").nodes() {
        let all = text_size(&sec.text());
        if all < 500 {
            continue;
        }
        let in_lists: usize = sec
            .descendants_it()
            .filter(|d| d.is_element() && matches!(tag_of(d).as_str(), "ul" | "ol"))
            .filter(|l| {
                !l.ancestors_it(None)
                    .take_while(|a| a.id != sec.id)
                    .any(|a| matches!(tag_of(&a).as_str(), "ul" | "ol"))
            })
            .map(|l| text_size(&l.text()))
            .sum();
        if in_lists * 2 > all {
            sec.rename("div");
        }
    }
}

/// The attribute that marks an embedded post for the post-clean.
const EMBED_MARK: &str = "data-dateline-embed";

/// Replaces an element by its children.
fn unwrap(node: &NodeRef<'_>) {
    for c in node.children() {
        node.insert_before(&c);
    }
    node.remove_from_parent();
}

/// Embedded posts in the page: `blockquote`s so marked.
fn embedded_posts<'a>(doc: &'a Document) -> Vec<NodeRef<'a>> {
    doc.select("blockquote[class]")
        .nodes()
        .iter()
        .filter(|n| is_embedded_post(n))
        .cloned()
        .collect()
}

/// Changes made to the whole page before Readability runs, none of which
/// can lose an article: embedded posts become plain quoted text that
/// Readability keeps — their links are unwrapped (a tweet is mostly
/// links, and link density is what Readability drops blocks for), and
/// their wrappers lose the class and id names (`social-embed`,
/// `twitter-wrapper`) that would mark them as social furniture. A wrapper
/// is an ancestor whose text is the post's and little more.
pub fn prepare(doc: &Document, _rules: &Rules) {
    split_at_double_breaks(doc);
    keep_leaf_div_names(doc);
    unscore_list_sections(doc);
    for post in embedded_posts(doc) {
        let n = text_size(&post.text());
        for a in post
            .descendants_it()
            .filter(|d| d.is_element() && tag_of(d) == "a")
            .collect::<Vec<_>>()
        {
            unwrap(&a);
        }
        // The mark is an attribute Readability neither scores nor drops
        // (a class name could read as a content or boilerplate hint).
        post.remove_attrs(&["id", "class"]);
        post.set_attr(EMBED_MARK, "1");
        let mut p = post.parent();
        while let Some(anc) = p {
            if !anc.is_element()
                || matches!(tag_of(&anc).as_str(), "body" | "html" | "article" | "main")
            {
                break;
            }
            if text_size(&anc.text()) > n + 40 {
                break;
            }
            anc.remove_attrs(&["class", "id"]);
            p = anc.parent();
        }
    }
}

/// The sentences of a paragraph, roughly: cut after `.`, `!` or `?`
/// followed by a space.
fn sentences(p: &str) -> impl Iterator<Item = &str> {
    let mut rest = p;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let b = rest.as_bytes();
        let mut end = rest.len();
        for i in 0..b.len() {
            if matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1) == Some(&b' ') {
                end = i + 1;
                break;
            }
        }
        let (s, r) = rest.split_at(end);
        rest = r.trim_start();
        Some(s)
    })
}

/// Whether a line ends like a sentence.
fn ends_sentence(l: &str) -> bool {
    l.trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', '\u{bb}'])
        .ends_with(['.', '!', '?', '\u{3002}'])
}

/// The words of `s`, lower case, joined by single spaces: a key that
/// ignores case, punctuation and spacing.
fn words_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Letters and digits in `s`: the measure of "how much text".
fn text_size(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Words in `s`: runs of letters or digits, except in scripts written
/// without spaces (Chinese, Japanese, Thai…), where two characters count
/// as a word.
pub fn word_count(s: &str) -> usize {
    let mut n = 0;
    let mut unspaced = 0;
    let mut in_word = false;
    for c in s.chars() {
        if is_unspaced_script(c) {
            unspaced += 1;
            in_word = false;
            continue;
        }
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n + unspaced / 2
}

/// Han, kana, Thai, Lao, Khmer, Myanmar: scripts that do not separate
/// words with spaces.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified
        | 0xF900..=0xFAFF // CJK compatibility
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x2FA1F // CJK extensions
    )
}

/// Publisher mojibake: UTF-8 read as Windows-1252 somewhere upstream.
pub fn has_mojibake(s: &str) -> bool {
    s.contains("â€") || s.contains("Ã©") || s.contains("Ã¨") || s.contains("Ã¶")
}

/// The deepest element nesting in `html`, counted cheaply from the markup
/// (opening tags minus closing tags, void elements excluded). An upper
/// bound on what the parser builds for well-formed pages, and the
/// right order for the pathological ones (thousands of unclosed `<div>`s).
pub fn max_nesting(html: &str) -> usize {
    let b = html.as_bytes();
    let mut depth: usize = 0;
    let mut max = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        i += k + 1;
        let Some(&c) = b.get(i) else { break };
        if c == b'/' {
            depth = depth.saturating_sub(1);
            continue;
        }
        if !c.is_ascii_alphabetic() {
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let name = html[start..i].to_ascii_lowercase();
        if is_void(&name) {
            continue;
        }
        // A self-closed tag (`<x/>`) does not nest.
        let end = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e);
        if end > 0 && b.get(end - 1) == Some(&b'/') {
            continue;
        }
        // Elements whose end tag is optional close themselves.
        if matches!(
            name.as_str(),
            "p" | "li" | "td" | "tr" | "th" | "option" | "dt" | "dd"
        ) {
            continue;
        }
        depth += 1;
        max = max.max(depth);
    }
    max
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "script"
            | "style"
    )
}

/// The element's tag name, lower case.
fn tag_of(node: &NodeRef<'_>) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The container's text after cleaning, as paragraphs.
pub fn article_text(
    doc: &Document,
    rules: &Rules,
    title: Option<&str>,
    html_title: Option<&str>,
) -> String {
    let sel = doc.select("#readability-page-1");
    let Some(root) = sel.nodes().first().cloned() else {
        return String::new();
    };
    let total = text_size(&root.text()).max(1);
    let small = |n: usize| (n as f64) < SMALL_SHARE * total as f64;

    // Embedded posts and everything around them stay.
    let mut kept: std::collections::HashSet<dom_query::NodeId> = std::collections::HashSet::new();
    for b in sel.select(&format!("blockquote[{EMBED_MARK}]")).nodes() {
        kept.insert(b.id);
        let mut p = b.parent();
        while let Some(anc) = p {
            if anc.id == root.id || !kept.insert(anc.id) {
                break;
            }
            p = anc.parent();
        }
    }

    // Furniture by markup.
    let mut doomed: Vec<NodeRef<'_>> = Vec::new();
    let mut stack: Vec<NodeRef<'_>> = root.children();
    stack.reverse();
    while let Some(node) = stack.pop() {
        if !node.is_element() {
            continue;
        }
        let tag = tag_of(&node);
        if !kept.contains(&node.id)
            && let Some(kind) = rules.classify(&node, &tag)
            && small(text_size(&node.text()))
            && (kind != Furniture::Dek || text_before(&root, &node) < DEK_ZONE)
        {
            doomed.push(node);
            continue;
        }
        let mut kids = node.children();
        kids.reverse();
        stack.extend(kids);
    }
    for n in &doomed {
        n.remove_from_parent();
    }

    // Short blocks that are mostly link text: lists of other stories.
    let mut doomed: Vec<NodeRef<'_>> = Vec::new();
    for node in root.descendants_it() {
        if !node.is_element() {
            continue;
        }
        let tag = tag_of(&node);
        if !matches!(
            tag.as_str(),
            "p" | "li"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "dt"
                | "dd"
                | "td"
                | "th"
                | "div"
                | "span"
                | "font"
        ) {
            continue;
        }
        let t = node.text();
        let n = text_size(&t);
        if n == 0 {
            continue;
        }
        let anchors: Vec<NodeRef<'_>> = node
            .descendants_it()
            .filter(|d| d.is_element() && tag_of(d) == "a")
            .collect();
        let links = anchors.len();
        let linked: usize = anchors.iter().map(|a| text_size(&a.text())).sum();
        let words = word_count(&t);
        let link_block = linked as f64 >= LINK_SHARE * n as f64 && words <= LINK_BLOCK_WORDS;
        // A menu or link list written without list markup (links between
        // `<br>`s in a cell or a div).
        let link_list = links >= 3 && linked as f64 >= LINK_SHARE * n as f64;
        // "Read more: <a>Another story</a>": a label and a link.
        let promo = linked * 5 >= n * 2 && words <= 60 && rules.is_promo_label(&t);
        let block = matches!(
            tag.as_str(),
            "p" | "li" | "h2" | "h3" | "h4" | "h5" | "h6" | "dt" | "dd"
        );
        if ((block && (link_block || promo)) || link_list)
            && small(n)
            && !node.ancestors_it(None).any(|a| kept.contains(&a.id))
        {
            doomed.push(node);
        }
    }
    for n in &doomed {
        n.remove_from_parent();
    }

    drop_dangling_headings(&root);
    let text = normalize_text(&root.formatted_text());

    rules.finish(&text, title, html_title)
}

/// Removes headings left with nothing after them (the title of a list
/// the cleaning removed: "Up next", "More on this story").
fn drop_dangling_headings(root: &NodeRef<'_>) {
    loop {
        let headings: Vec<NodeRef<'_>> = root
            .descendants_it()
            .filter(|d| {
                d.is_element()
                    && matches!(tag_of(d).as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            })
            .collect();
        let Some(last) = headings.last() else { return };
        let all = root.text();
        let h = last.text();
        let (all, h) = (all.trim_end(), h.trim());
        if h.is_empty() || !all.ends_with(h) || text_size(all) == text_size(h) {
            return;
        }
        last.remove_from_parent();
    }
}

/// Trims lines, drops control characters, collapses runs of spaces and of
/// blank lines.
pub fn normalize_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = false;
    for line in s.lines() {
        let mut l = String::with_capacity(line.len());
        for w in line.split(|c: char| c.is_whitespace() || c.is_control()) {
            if w.is_empty() {
                continue;
            }
            if !l.is_empty() {
                l.push(' ');
            }
            l.extend(
                w.chars()
                    .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}')),
            );
        }
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&l);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting() {
        assert_eq!(
            max_nesting("<html><body><div><p>a<br>b</div></body></html>"),
            3
        );
        assert_eq!(max_nesting(&"<div>".repeat(5000)), 5000);
        assert_eq!(max_nesting("<img src=x><x/>"), 0);
    }

    #[test]
    fn normalizing() {
        assert_eq!(normalize_text("  a  b \n\n\n c\n d \n"), "a b\n\nc\nd");
    }

    #[test]
    fn words() {
        assert_eq!(word_count("It's 3.5 km — far."), 6);
        assert_eq!(word_count("政府は発表した"), 3);
    }

    #[test]
    fn calls_to_action() {
        let r = Rules::default();
        assert!(
            r.mostly_call_to_action("Follow us on Facebook and Twitter for the latest updates.")
        );
        assert!(r.mostly_call_to_action("Have a tip? Jane may be reached at jane@example.com. Get the latest updates in your inbox."));
        assert!(!r.mostly_call_to_action("Welcome to the daily roundup of the best news from the region and beyond. Follow us at Twitter."));
        assert!(
            !r.mostly_call_to_action(
                "\u{201c}I said I want more,\u{201d} the president recounted."
            )
        );
        assert!(
            r.photo_credit
                .is_match("Traders work on the floor. (AP Photo/Jane Doe, File)")
        );
        assert!(
            !r.photo_credit
                .is_match("The electronic patient record (ePA)")
        );
    }

    #[test]
    fn notices_and_closing_sections() {
        let r = Rules::default();
        assert!(
            r.notice
                .is_match("Your browser does not support the video player.")
        );
        assert!(
            r.notice
                .is_match("The views expressed in this column are the author's own.")
        );
        assert!(r.boilerplate_heading.is_match("About Nordhaven Logistics"));
        assert!(r.boilerplate_heading.is_match("Media contact"));
        assert!(!r.boilerplate_heading.is_match("about a third of patients"));
        let t = "First paragraph of the story with enough words to count here and there and more words again.\n\nSecond paragraph of the story, also long enough to matter for the share of the text.\n\nAbout Acme\n\nAcme makes things.";
        assert!(!r.finish(t, None, None).contains("Acme makes"));
    }

    #[test]
    fn keys_and_labels() {
        let r = Rules::default();
        assert_eq!(
            words_key(" Advertisement · Scroll to continue "),
            "advertisement scroll to continue"
        );
        assert!(r.is_furniture_line("ADVERTISEMENT - Scroll to continue"));
        assert!(!r.is_furniture_line("Advertisement revenue fell."));
        assert!(r.is_promo_label("Read more: Storm damage bill rises"));
        assert!(!r.is_promo_label("Readers said more was needed"));
    }
}
