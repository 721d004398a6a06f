//! The little of URLs that watching feeds needs: splitting an `http(s)`
//! URL into scheme, authority and path, and resolving a feed's relative
//! links against the feed's URL (RFC 3986 section 5, for the shapes feeds
//! use). Anything that is not `http` or `https` is refused (`None`): a feed
//! link to `mailto:` or `javascript:` is not an article.

/// An absolute `http`/`https` URL, split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    /// `http` or `https`, lower case.
    pub scheme: String,
    /// `host[:port]`, lower case (user info dropped).
    pub authority: String,
    /// Path and query, starting with `/`; no fragment.
    pub path_query: String,
}

impl Url {
    pub fn parse(s: &str) -> Option<Url> {
        let s = s.trim();
        let (scheme, rest) = s.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        let rest = rest.split('#').next().unwrap_or("");
        let end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = rest[..end].rsplit('@').next().unwrap_or("");
        if authority.is_empty() || authority.contains(char::is_whitespace) {
            return None;
        }
        let mut path_query = rest[end..].to_string();
        if !path_query.starts_with('/') {
            path_query.insert(0, '/');
        }
        Some(Url {
            scheme,
            authority: authority.to_ascii_lowercase(),
            path_query,
        })
    }

    /// `scheme://authority`: what robots.txt and the rate limit are per.
    pub fn origin(&self) -> String {
        format!("{}://{}", self.scheme, self.authority)
    }

    /// Whether the host is this machine (`localhost`, `127.x.x.x`,
    /// `[::1]`): no proxy stands between us and it.
    pub fn is_loopback(&self) -> bool {
        let host = match self.authority.strip_prefix('[') {
            Some(v6) => v6.split(']').next().unwrap_or(""),
            None => self
                .authority
                .rsplit_once(':')
                .map_or(self.authority.as_str(), |(h, _)| h),
        };
        host == "localhost"
            || host == "::1"
            || host
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    /// The path and query without the query.
    fn path(&self) -> &str {
        self.path_query.split('?').next().unwrap_or("/")
    }

    /// Resolves `reference` (as written in a feed) against this URL.
    pub fn join(&self, reference: &str) -> Option<Url> {
        let r = reference.trim();
        if r.is_empty() {
            return Some(self.clone());
        }
        if let Some((scheme, _)) = r.split_once(':')
            && !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !r.starts_with('/')
        {
            // Absolute (or another scheme, which parse refuses).
            return Url::parse(r);
        }
        let r = r.split('#').next().unwrap_or("");
        if let Some(net) = r.strip_prefix("//") {
            return Url::parse(&format!("{}://{net}", self.scheme));
        }
        let path_query = if r.starts_with('/') {
            r.to_string()
        } else if r.starts_with('?') {
            format!("{}{r}", self.path())
        } else if r.is_empty() {
            self.path_query.clone()
        } else {
            let base = self.path();
            let dir = &base[..=base.rfind('/').unwrap_or(0)];
            format!("{dir}{r}")
        };
        let (path, query) = match path_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_query.as_str(), None),
        };
        let mut path = remove_dot_segments(path);
        if let Some(q) = query {
            path.push('?');
            path.push_str(q);
        }
        Some(Url {
            scheme: self.scheme.clone(),
            authority: self.authority.clone(),
            path_query: path,
        })
    }
}

impl std::fmt::Display for Url {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}://{}{}", self.scheme, self.authority, self.path_query)
    }
}

/// `/a/./b/../c` → `/a/c`.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                out.pop();
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    format!("/{}", out.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for u in [
            "http://localhost:8080/f",
            "http://127.0.0.1/f",
            "http://[::1]:9/f",
            "http://127.9.9.9/",
        ] {
            assert!(Url::parse(u).unwrap().is_loopback(), "{u}");
        }
        for u in [
            "http://example.com/",
            "http://10.0.0.1:80/",
            "http://localhost.example/",
        ] {
            assert!(!Url::parse(u).unwrap().is_loopback(), "{u}");
        }
    }

    #[test]
    fn parsing() {
        let u = Url::parse("HTTPS://user@News.Example:8080/a/b?x=1#frag").unwrap();
        assert_eq!(u.scheme, "https");
        assert_eq!(u.authority, "news.example:8080");
        assert_eq!(u.path_query, "/a/b?x=1");
        assert_eq!(u.origin(), "https://news.example:8080");
        assert_eq!(Url::parse("http://x.example").unwrap().path_query, "/");
        assert_eq!(Url::parse("http://x.example?q").unwrap().path_query, "/?q");
        assert!(Url::parse("ftp://x.example/").is_none());
        assert!(Url::parse("mailto:a@b").is_none());
        assert!(Url::parse("http:///nohost").is_none());
    }

    #[test]
    fn joining() {
        let base = Url::parse("https://n.example/feeds/world/rss.xml?x=1").unwrap();
        let j = |r: &str| base.join(r).map(|u| u.to_string());
        assert_eq!(
            j("https://o.example/a").as_deref(),
            Some("https://o.example/a")
        );
        assert_eq!(j("//o.example/a").as_deref(), Some("https://o.example/a"));
        assert_eq!(j("/news/1").as_deref(), Some("https://n.example/news/1"));
        assert_eq!(
            j("2.html").as_deref(),
            Some("https://n.example/feeds/world/2.html")
        );
        assert_eq!(
            j("../3.html#c").as_deref(),
            Some("https://n.example/feeds/3.html")
        );
        assert_eq!(
            j("./a/../b?q=2").as_deref(),
            Some("https://n.example/feeds/world/b?q=2")
        );
        assert_eq!(
            j("?y=2").as_deref(),
            Some("https://n.example/feeds/world/rss.xml?y=2")
        );
        assert_eq!(j("javascript:void(0)"), None);
        assert_eq!(j("mailto:desk@n.example"), None);
    }
}
