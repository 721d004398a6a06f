//! The CAMEO event code table: every code with its name, Goldstein score,
//! QuadClass, PLOVER category and intent counterpart, from
//! `data/cameo/codes.tsv`.
//!
//! Takes the table's text; gives lookups by code. Invariants: every code is
//! 2–4 digits; its QuadClass follows from its root; an intent counterpart is
//! itself in the table.

use rustc_hash::FxHashMap;

/// One CAMEO event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    pub code: Box<str>,
    pub name: Box<str>,
    pub goldstein: f32,
    pub quad: u8,
    pub plover: Box<str>,
    pub plover_mode: Box<str>,
    /// The code this event takes when stated as an intention.
    pub intent: Option<Box<str>>,
    /// What two parties do together ("Russia and Niger agreed to
    /// cooperate", "clashed", "signed a deal"): a compound subject with no
    /// target codes its members toward each other.
    pub reciprocal: bool,
}

impl CodeInfo {
    pub fn root(&self) -> &str {
        &self.code[..2]
    }

    pub fn base(&self) -> &str {
        &self.code[..self.code.len().min(3)]
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CodeTableError {
    #[error("{file}:{line}: {msg}")]
    Line {
        file: String,
        line: usize,
        msg: String,
    },
    #[error("{file}: missing column {column:?} in the header")]
    Header { file: String, column: &'static str },
}

/// The code table.
#[derive(Clone, Debug, Default)]
pub struct CodeTable {
    codes: FxHashMap<Box<str>, CodeInfo>,
}

const BUILTIN: &str = include_str!("../data/cameo/codes.tsv");

/// QuadClass from the root: 01–05 verbal cooperation, 06–08 material
/// cooperation, 09–13 verbal conflict, 14–20 material conflict.
pub fn quad_of_root(root: u8) -> u8 {
    match root {
        1..=5 => 1,
        6..=8 => 2,
        9..=13 => 3,
        _ => 4,
    }
}

impl CodeTable {
    /// The table shipped with Dateline.
    pub fn builtin() -> CodeTable {
        CodeTable::parse(BUILTIN, "data/cameo/codes.tsv").expect("the built-in code table is valid")
    }

    pub fn parse(text: &str, file: &str) -> Result<CodeTable, CodeTableError> {
        let mut lines = text.lines().enumerate();
        let header: Vec<&str> = lines
            .next()
            .map(|(_, h)| h.split('\t').map(str::trim).collect())
            .unwrap_or_default();
        let col = |name: &'static str| {
            header
                .iter()
                .position(|h| *h == name)
                .ok_or(CodeTableError::Header {
                    file: file.to_string(),
                    column: name,
                })
        };
        let (c_code, c_gold, c_quad, c_plover, c_intent, c_name) = (
            col("code")?,
            col("goldstein")?,
            col("quad")?,
            col("plover")?,
            col("intent")?,
            col("name")?,
        );
        let c_mode = header.iter().position(|h| *h == "plover_mode");
        let c_recip = header.iter().position(|h| *h == "reciprocal");
        let mut codes = FxHashMap::default();
        for (n, line) in lines {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |msg: String| CodeTableError::Line {
                file: file.to_string(),
                line: n + 1,
                msg,
            };
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            let code = get(c_code);
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(format!("bad code {code:?}")));
            }
            let root: u8 = code[..2].parse().map_err(|_| err("bad root".into()))?;
            if !(1..=20).contains(&root) {
                return Err(err(format!("root {root} is not a CAMEO root (01-20)")));
            }
            let goldstein: f32 = get(c_gold)
                .parse()
                .map_err(|_| err(format!("bad Goldstein value {:?}", get(c_gold))))?;
            let quad: u8 = get(c_quad)
                .parse()
                .map_err(|_| err(format!("bad QuadClass {:?}", get(c_quad))))?;
            if quad != quad_of_root(root) {
                return Err(err(format!(
                    "QuadClass {quad} does not match root {root:02}"
                )));
            }
            let intent = match get(c_intent) {
                "" | "-" => None,
                i => Some(i.into()),
            };
            codes.insert(
                code.into(),
                CodeInfo {
                    code: code.into(),
                    name: get(c_name).into(),
                    goldstein,
                    quad,
                    plover: get(c_plover).into(),
                    plover_mode: c_mode.map(get).unwrap_or("").into(),
                    intent,
                    reciprocal: c_recip.is_some_and(|c| get(c) == "yes"),
                },
            );
        }
        for info in codes.values() {
            if let Some(i) = &info.intent
                && !codes.contains_key(i)
            {
                return Err(CodeTableError::Line {
                    file: file.to_string(),
                    line: 0,
                    msg: format!("intent {i} of {} is not a code in the table", info.code),
                });
            }
        }
        Ok(CodeTable { codes })
    }

    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        self.codes.get(code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The code an event takes when stated as intent; itself when it has no
    /// intent counterpart.
    pub fn intent_of<'a>(&'a self, code: &'a str) -> &'a str {
        self.get(code)
            .and_then(|c| c.intent.as_deref())
            .unwrap_or(code)
    }

    /// Whether a compound subject with no target codes toward each other.
    pub fn reciprocal(&self, code: &str) -> bool {
        self.get(code).is_some_and(|c| c.reciprocal)
    }

    pub fn iter(&self) -> impl Iterator<Item = &CodeInfo> {
        self.codes.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_is_complete_and_consistent() {
        let t = CodeTable::builtin();
        assert!(t.len() >= 300, "only {} codes", t.len());
        let c = t.get("0312").expect("0312");
        assert_eq!(c.quad, 1);
        assert_eq!(c.root(), "03");
        assert_eq!(t.get("190").map(|c| c.quad), Some(4));
        assert_eq!(t.get("042").map(|c| c.goldstein), Some(1.9));
        for info in t.iter() {
            assert!(
                !info.plover.is_empty(),
                "{} has no PLOVER category",
                info.code
            );
        }
    }

    #[test]
    fn rejects_inconsistent_rows() {
        let head = "code\tgoldstein\tquad\tplover\tintent\tname\n";
        let bad_quad = format!("{head}190\t-10\t1\tASSAULT\t-\tx\n");
        assert!(
            CodeTable::parse(&bad_quad, "t")
                .unwrap_err()
                .to_string()
                .contains("QuadClass 1 does not match root 19")
        );
        let bad_intent = format!("{head}062\t7.4\t2\tCOOPERATE\t0312\tx\n");
        assert!(CodeTable::parse(&bad_intent, "t").is_err());
        assert!(CodeTable::parse("nope\n", "t").is_err());
    }
}
