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

/// How much text is read: a few hundred words, plenty for trigrams, and
/// the cost per document stays small (this runs on every article).
pub const SAMPLE_BYTES: usize = 2048;

/// The language of `text`, weighing what `declared` says (a primary subtag
/// such as `en`).
pub fn identify(text: &str, declared: Option<&str>) -> Option<String> {
    let sample = &text[..floor_char_boundary(text, SAMPLE_BYTES)];
    let (letters, non_latin) = letters_and_non_latin(sample);
    let declared = declared.map(str::to_ascii_lowercase);
    if letters >= 8
        && non_latin * 2 >= letters
        && let Some(info) = whatlang::detect(sample)
        && info.script() != Script::Latin
    {
        return Some(iso639_1(info.lang()).to_string());
    }
    // Most of what Dateline reads is English wire copy, and trigram
    // detection cost a third of the whole pipeline's time on it: English
    // prose is told by its function words at a fraction of the cost.
    if letters >= MIN_TEXT_LETTERS && english_by_function_words(sample) {
        return Some("en".to_string());
    }
    // Below this, no guess from the text would be believed.
    if letters < MIN_GUESS_LETTERS.min(MIN_TEXT_LETTERS) {
        return declared;
    }
    let info = whatlang::detect(sample);
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

/// The longest prefix of `s` of at most `max` bytes that ends on a
/// character boundary.
fn floor_char_boundary(s: &str, max: usize) -> usize {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Letters, and letters outside the Latin script, in `s`.
fn letters_and_non_latin(s: &str) -> (usize, usize) {
    let (mut all, mut other) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        all += 1;
        // Latin letters live below U+0250 and in Latin Extended Additional.
        if !(c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)) {
            other += 1;
        }
    }
    (all, other)
}

/// English function words that other Latin-script languages rarely use as
/// words of their own.
const ENGLISH_FUNCTION_WORDS: [&str; 22] = [
    "the", "and", "of", "to", "that", "with", "said", "was", "were", "for", "from", "has", "have",
    "had", "by", "is", "are", "it", "its", "this", "which", "on",
];

/// Whether at least a fifth of the first words of `s` in ASCII letters (at
/// least 25 of them) are English function words: English
/// running text scores about a quarter, French, German, Spanish or Dutch
/// text under a tenth.
fn english_by_function_words(s: &str) -> bool {
    let (mut words, mut function) = (0usize, 0usize);
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(200)
    {
        // Numbers and words with other letters ("Côte", "Türkiye") are no
        // evidence either way; French or German text has many of them and
        // few English function words among the rest.
        if !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        words += 1;
        if w.len() <= 5
            && ENGLISH_FUNCTION_WORDS
                .iter()
                .any(|f| w.eq_ignore_ascii_case(f))
        {
            function += 1;
        }
    }
    words >= 25 && function * 5 >= words
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
    fn english_is_told_by_its_function_words_alone() {
        assert!(english_by_function_words(EN));
        assert!(!english_by_function_words(FR));
        let de = "Russland und Niger haben am Dienstag vereinbart, ihre militärische \
            Zusammenarbeit zu stärken, teilte der Kreml nach einem Telefonat der beiden \
            Staatschefs mit, die über die Sicherheit in der Sahelzone sprachen.";
        assert!(!english_by_function_words(de));
        let nl = "Rusland en Niger hebben dinsdag afgesproken om hun militaire samenwerking \
            te versterken, zei het Kremlin na een telefoongesprek tussen de twee leiders, \
            die spraken over de veiligheid in de Sahel en de levering van graan en kunstmest.";
        assert!(!english_by_function_words(nl));
        // Too few words to say.
        assert!(!english_by_function_words("The talks and the treaty."));
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
