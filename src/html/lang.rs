//! Language identification: a document's text (and the language its markup
//! or metadata declares, if any) in, an ISO 639-1 code (`en`, `fr`, `ja`)
//! or nothing out.
//!
//! `whatlang` reads the text; it is reliable on a paragraph and weak on a
//! line, and templates often declare a language the text is not in (a
//! site-wide `<html lang="en">`), so the evidence is weighed:
//! - a non-Latin script that fills most of the letters decides at once
//!   (Cyrillic, Arabic, CJK… text is not English however short);
//! - Latin-script text of at least [`MIN_TEXT_LETTERS`] letters whose
//!   function words are English's decides for English (most of what
//!   Dateline reads, told at a fraction of the trigram model's cost);
//! - Latin-script text of at least [`MIN_TEXT_LETTERS`] letters that
//!   `whatlang` (reading its first [`GUESS_BYTES`]) calls reliably
//!   decides, over any declaration;
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

/// How much of the sample the trigram model reads when function words
/// have not already told English.
pub const GUESS_BYTES: usize = 640;

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
    // Trigram scoring costs about a thousand instructions a letter, and
    // text that reaches here is rarely English prose (tables, lists,
    // other languages): a few hundred bytes tell a language as well.
    let info = whatlang::detect(&sample[..floor_char_boundary(sample, GUESS_BYTES)]);
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
    // Most copy is ASCII, and bytes are counted far faster than chars.
    if s.is_ascii() {
        return (s.bytes().filter(u8::is_ascii_alphabetic).count(), 0);
    }
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

/// `w` (ASCII letters) lower-cased into a fixed buffer, if it is short
/// enough to be a function word (five letters at most). This runs on up to
/// 200 words of every document: no allocation, and the matchers below
/// compile to a comparison tree.
fn lowered(w: &[u8]) -> Option<([u8; 5], usize)> {
    if w.len() > 5 {
        return None;
    }
    let mut buf = [0u8; 5];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    Some((buf, w.len()))
}

/// Whether `w` (lower case) is an English function word that other
/// Latin-script languages rarely use as a word of their own: "the", "and",
/// "of", "to", "that", "with", "said", "was", "were", "for", "from", "has",
/// "have", "had", "by", "is", "are", "it", "its", "this", "which", "on".
fn is_english_function_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"and"
            | b"of"
            | b"to"
            | b"that"
            | b"with"
            | b"said"
            | b"was"
            | b"were"
            | b"for"
            | b"from"
            | b"has"
            | b"have"
            | b"had"
            | b"by"
            | b"is"
            | b"are"
            | b"it"
            | b"its"
            | b"this"
            | b"which"
            | b"on"
    )
}

/// Whether `w` (lower case) is a function word of French, German,
/// Spanish, Italian, Portuguese, Dutch or the Scandinavian languages that
/// English prose does not use: the other side of the scale for short
/// texts.
fn is_foreign_function_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"le"
            | b"la"
            | b"les"
            | b"des"
            | b"du"
            | b"et"
            | b"est"
            | b"une"
            | b"un"
            | b"der"
            | b"die"
            | b"das"
            | b"und"
            | b"ist"
            | b"nicht"
            | b"mit"
            | b"den"
            | b"dem"
            | b"el"
            | b"los"
            | b"las"
            | b"que"
            | b"y"
            | b"de"
            | b"del"
            | b"por"
            | b"con"
            | b"il"
            | b"di"
            | b"che"
            | b"per"
            | b"gli"
            | b"em"
            | b"do"
            | b"da"
            | b"dos"
            | b"os"
            | b"het"
            | b"een"
            | b"van"
            | b"en"
            | b"op"
            | b"niet"
            | b"och"
            | b"att"
            | b"og"
            | b"er"
            | b"til"
            | b"af"
            | b"ikke"
    )
}

/// Whether the first words of `s` in ASCII letters are English by their
/// function words: at least a fifth of at least 25 words (English running
/// text scores about a quarter, French, German, Spanish or Dutch text
/// under a tenth), or, in a short text of at least 10 words, at least three
/// English function words making a tenth of the words and outnumbering
/// other languages' function words four to one (a one-paragraph business
/// dispatch, which trigram scoring would otherwise read at a thousand
/// instructions a letter).
fn english_by_function_words(s: &str) -> bool {
    let (mut words, mut english, mut foreign) = (0usize, 0usize, 0usize);
    let mut count = |w: &[u8]| {
        // Numbers and words with other letters ("Côte", "Türkiye") are no
        // evidence either way; French or German text has many of them and
        // few English function words among the rest.
        if !w.iter().all(u8::is_ascii_alphabetic) {
            return;
        }
        words += 1;
        let Some((buf, n)) = lowered(w) else { return };
        if is_english_function_word(&buf[..n]) {
            english += 1;
        } else if is_foreign_function_word(&buf[..n]) {
            foreign += 1;
        }
    };
    // Words are split at what is not alphanumeric; in ASCII text bytes
    // say so as chars would, at a fraction of the cost.
    if s.is_ascii() {
        s.as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(200)
            .for_each(&mut count);
    } else {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(200)
            .for_each(|w| count(w.as_bytes()));
    }
    (words >= 25 && english * 5 >= words)
        || (words >= 10 && english >= 3 && english * 10 >= words && foreign * 4 <= english)
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
    fn a_short_dispatch_is_told_by_function_words_against_other_languages() {
        // One sentence of business copy: too short for the fifth, but its
        // English function words outnumber any other language's.
        let en = "Spain's consumer price index rose 0.6 pct in March after a 0.4 pct \
            increase in February and 0.3 pct in March last year, the National Statistics \
            Institute said.";
        assert!(english_by_function_words(en));
        // Short texts of other languages, with a word or two that English
        // also spells ("on", "was", "is", "for", "have").
        for other in [
            "Le gouvernement a dit que la situation est grave et que les forces du pays \
             sont en alerte, on le sait depuis mardi.",
            "Die Regierung sagte, was die Armee an der Grenze tut, ist nicht klar, und \
             der Minister will mit den Nachbarn reden.",
            "El gobierno dijo que la situación es grave y que los soldados del país \
             están en alerta por la crisis con el vecino.",
            "Regeringen har sagt at situationen er alvorlig, og at styrkerne er klar for \
             at forsvare landet til det sidste, is det.",
        ] {
            assert!(!english_by_function_words(other), "{other}");
        }
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
