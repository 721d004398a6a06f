//! robots.txt (RFC 9309): the text of a site's `/robots.txt` in, whether
//! a path may be fetched out.
//!
//! The group that applies is the one whose `User-agent` names our product
//! token (case-insensitively), else the `*` group; lines of several groups
//! that name it are merged, as the RFC says. Within it the longest matching
//! `Allow`/`Disallow` pattern decides (`*` matches any run of characters,
//! a final `$` anchors the end), `Allow` winning a tie; no match allows.
//! `Crawl-delay` (not in the RFC, but widely used) is kept so the fetcher
//! can slow down for the site. Unparseable lines are ignored, as crawlers
//! do. Invariants: total (never fails), no allocation per lookup beyond
//! the path.

use std::time::Duration;

/// The rules of one site for one user agent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Robots {
    /// (pattern, allow), in file order.
    rules: Vec<(String, bool)>,
    /// The site's `Crawl-delay` for us, if any.
    pub crawl_delay: Option<Duration>,
}

impl Robots {
    /// Everything allowed (no robots.txt, or a 4xx for it).
    pub fn allow_all() -> Robots {
        Robots::default()
    }

    /// The rules in `text` for the agent whose product token is `token`.
    pub fn parse(text: &str, token: &str) -> Robots {
        let token = token.to_ascii_lowercase();
        let mut ours = Robots::default();
        let mut star = Robots::default();
        let mut found_ours = false;
        // The agents of the group being read, and whether its rule lines
        // have started (a User-agent line after rules opens a new group).
        let (mut for_ours, mut for_star, mut in_rules) = (false, false, false);
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if in_rules {
                        for_ours = false;
                        for_star = false;
                        in_rules = false;
                    }
                    let v = value.to_ascii_lowercase();
                    if v == "*" {
                        for_star = true;
                    } else if !v.is_empty() && token.starts_with(&v) {
                        for_ours = true;
                        found_ours = true;
                    }
                }
                "allow" | "disallow" => {
                    in_rules = true;
                    if value.is_empty() {
                        // `Disallow:` with nothing allows everything.
                        continue;
                    }
                    let rule = (value.to_string(), key == "allow");
                    if for_ours {
                        ours.rules.push(rule.clone());
                    }
                    if for_star {
                        star.rules.push(rule);
                    }
                }
                "crawl-delay" => {
                    in_rules = true;
                    let delay = value
                        .parse::<f64>()
                        .ok()
                        .filter(|d| d.is_finite() && *d >= 0.0)
                        .map(|d| Duration::from_secs_f64(d.min(3600.0)));
                    if for_ours {
                        ours.crawl_delay = delay;
                    }
                    if for_star {
                        star.crawl_delay = delay;
                    }
                }
                _ => {}
            }
        }
        if found_ours { ours } else { star }
    }

    /// Whether `path_query` (`/path?query`) may be fetched.
    pub fn allows(&self, path_query: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (pattern, allow) in &self.rules {
            if matches(pattern, path_query) {
                let len = pattern.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, *allow)),
                };
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// Whether a robots.txt pattern matches the start of `path`.
fn matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = path.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if last && anchored {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(k) => rest = &rest[k + part.len()..],
            None => return false,
        }
    }
    !anchored || rest.is_empty() || (parts.last().is_some_and(|p| p.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TXT: &str = "\
# comments are ignored
User-agent: *
Disallow: /private/
Disallow: /*.pdf$
Allow: /private/open
Crawl-delay: 2

User-agent: BadBot
User-agent: OtherBot
Disallow: /
";

    #[test]
    fn the_star_group_applies_when_we_are_not_named() {
        let r = Robots::parse(TXT, "dateline");
        assert!(r.allows("/news/1"));
        assert!(!r.allows("/private/x"));
        assert!(r.allows("/private/open/x"));
        assert!(!r.allows("/files/report.pdf"));
        assert!(r.allows("/files/report.pdf?x=1"));
        assert_eq!(r.crawl_delay, Some(Duration::from_secs(2)));
        let bad = Robots::parse(TXT, "otherbot");
        assert!(!bad.allows("/news/1"));
    }

    #[test]
    fn our_group_wins_over_star_and_longest_match_decides() {
        let txt = "User-agent: *\nDisallow: /\n\nUser-agent: dateline\nDisallow: /a\nAllow: /a/b\n";
        let r = Robots::parse(txt, "Dateline");
        assert!(r.allows("/x"));
        assert!(!r.allows("/a/c"));
        assert!(r.allows("/a/b/c"));
        // An empty Disallow allows everything.
        assert!(Robots::parse("User-agent: *\nDisallow:\n", "dateline").allows("/a"));
        assert!(Robots::allow_all().allows("/a"));
        assert!(Robots::parse("garbage\n\u{0}\n", "dateline").allows("/"));
    }

    #[test]
    fn wildcards() {
        assert!(matches("/a*c", "/abbbc/d"));
        assert!(!matches("/a*c$", "/abbbc/d"));
        assert!(matches("/a*c$", "/abbbc"));
        assert!(matches("/*", "/"));
        assert!(matches("/a$", "/a"));
        assert!(!matches("/a$", "/ab"));
    }
}
