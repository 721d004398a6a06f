//! Language identification: a document's text (and the language its markup
//! or metadata declares, if any) in, an ISO 639-1 code (`en`, `fr`, `ja`)
//! or nothing out.
//!
//! `whatlang` reads the text; it is reliable on a paragraph and weak on a
//! line, and templates often declare a language the text is not in (a
//! site-wide `<html lang="en">`), so the evidence is weighed:
//! - a non-Latin script that fills most of the letters decides at once
//!   (Cyrillic, Arabic, CJK… text is not English however short);
//! - Latin-script text of at least [`MIN_TEXT_LETTERS`] letters that
//!   `whatlang` calls reliably decides, over any declaration;
//! - otherwise the declaration, if any;
//! - otherwise a confident guess on at least [`MIN_GUESS_LETTERS`]
//!   letters; else unknown (`None`).
//!
//! Invariants: the answer is `None` or a lower-case two- or three-letter
//! code; only the first [`SAMPLE_BYTES`] of the text are read, so the cost
//! is bounded on any document.

use whatlang::{Lang, Script};

/// Letters of Latin-script text before the text outweighs a declaration.
pub const MIN_TEXT_LETTERS: usize = 150;

/// Letters of text before an undeclared guess is believed.
pub const MIN_GUESS_LETTERS: usize = 120;

/// How much text is read.
pub const SAMPLE_BYTES: usize = 4096;

/// The language of `text`, weighing what `declared` says (a primary subtag
/// such as `en`).
pub fn identify(text: &str, declared: Option<&str>) -> Option<String> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    let declared = declared.map(str::to_ascii_lowercase);
    let info = whatlang::detect(sample);
    if let Some(info) = &info
        && info.script() != Script::Latin
        && letters >= 8
        && non_latin_share(sample) >= 0.5
    {
        return Some(iso639_1(info.lang()).to_string());
    }
    match (&info, declared) {
        (Some(i), _) if letters >= MIN_TEXT_LETTERS && i.is_reliable() => {
            Some(iso639_1(i.lang()).to_string())
        }
        (_, Some(d)) => Some(d),
        (Some(i), None) if letters >= MIN_GUESS_LETTERS && i.is_reliable() => {
            Some(iso639_1(i.lang()).to_string())
        }
        _ => None,
    }
}

/// The share of letters outside the Latin script.
fn non_latin_share(s: &str) -> f64 {
    let (mut all, mut other) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        all += 1;
        // Latin letters live below U+0250 and in Latin Extended Additional.
        if !(c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)) {
            other += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        other as f64 / all as f64
    }
}

/// ISO 639-1 for the languages `whatlang` knows (639-3 where 639-1 has
/// none).
pub fn iso639_1(l: Lang) -> &'static str {
    match l {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "Russia and Niger agreed on Tuesday to strengthen their military \
        cooperation, the Kremlin said after a telephone call between the two leaders, \
        who discussed security in the Sahel and the supply of grain and fertiliser.";
    const FR: &str = "La Russie et le Niger ont convenu mardi de renforcer leur coopération \
        militaire, a indiqué le Kremlin après un entretien téléphonique entre les deux \
        dirigeants, qui ont évoqué la sécurité au Sahel et les livraisons de céréales.";

    #[test]
    fn text_outweighs_a_template_declaration() {
        assert_eq!(identify(FR, Some("en")).as_deref(), Some("fr"));
        assert_eq!(identify(EN, None).as_deref(), Some("en"));
    }

    #[test]
    fn short_text_keeps_the_declaration_or_nothing() {
        assert_eq!(identify("Talks resume.", Some("de")).as_deref(), Some("de"));
        assert_eq!(identify("Talks resume in Vienna.", None), None);
    }

    #[test]
    fn scripts_decide_even_when_short() {
        assert_eq!(
            identify("Россия и Нигер договорились", Some("en")).as_deref(),
            Some("ru")
        );
        assert_eq!(
            identify("政府は火曜日に発表した。", None).as_deref(),
            Some("ja")
        );
    }
}
