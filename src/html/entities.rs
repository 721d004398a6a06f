//! Character references in markup text: a string in, the string with the
//! references it uses decoded out. One decoder for HTML metadata, XML
//! (PETRARCH's records) and SGML (Reuters-21578).
//!
//! Decoded: the five XML entities, the few HTML ones that leak into
//! metadata and wire copy (`&nbsp;`, curly quotes, dashes, ellipsis), and
//! numeric references (`&#65;`, `&#x2014;`). Anything else, a lone `&`
//! or an unknown name, is left as written.
//!
//! Invariant: never panics on any input (the search for `;` is bounded
//! and made on bytes, so a multi-byte character near an `&` is safe).

/// The longest reference looked for, `&` and `;` included.
const MAX_REFERENCE: usize = 12;

/// `s` with its character references decoded.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let window = &rest.as_bytes()[..rest.len().min(MAX_REFERENCE)];
        // `;` is ASCII, so its byte index is a character boundary.
        let decoded = memchr::memchr(b';', window).and_then(|e| {
            let c = reference(&rest[1..e])?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, n)) => {
                out.push(c);
                rest = &rest[n..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference's name stands for.
fn reference(name: &str) -> Option<char> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        _ => {
            let num = name.strip_prefix('#')?;
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            return char::from_u32(n);
        }
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(
            decode_entities("A &amp; B&#8217;s &#x2014; &bogus; &"),
            "A & B\u{2019}s \u{2014} &bogus; &"
        );
        assert_eq!(
            decode_entities("a &lt;b&gt; &amp; &#65;&#3;&apos;&quot;"),
            "a <b> & A\u{3}'\""
        );
        assert_eq!(
            decode_entities("AT&T & co &unknown;"),
            "AT&T & co &unknown;"
        );
    }

    #[test]
    fn multibyte_characters_near_an_ampersand_are_safe() {
        assert_eq!(decode_entities("R&D — été;"), "R&D — été;");
        assert_eq!(decode_entities("&éééééé;"), "&éééééé;");
        assert_eq!(
            decode_entities("&#xD800; &#99999999;"),
            "&#xD800; &#99999999;"
        );
    }
}
