//! Helpers shared by the integration tests that compare an input's events
//! with another form of the same article (HTML page, WARC record, text).

use dateline::model::Analysis;

/// Everything about an event but its byte offsets.
pub fn event_keys(a: &Analysis) -> Vec<String> {
    a.events
        .iter()
        .map(|e| {
            format!(
                "{} {:?} {} [{}] {} [{}] {} [{}] {}",
                e.sentence,
                e.date,
                e.source.code,
                e.source.text,
                e.code,
                e.verb_text,
                e.target.code,
                e.target.text,
                e.rule
            )
        })
        .collect()
}
