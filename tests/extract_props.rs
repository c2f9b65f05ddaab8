//! Property tests of the whole extraction on arbitrary text: any Unicode,
//! any length, and text built from the shapes that stress an extractor
//! (quotation marks, speech cues, names, numbers, no sentence ends). No
//! input may panic, and every offset must lie inside the text.

use crosscheck::analysis::Document;
use crosscheck::extract::extract_article;
use proptest::prelude::*;

#[path = "common/hostile.rs"]
mod hostile;

use hostile::PIECES;

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new(text.to_string());
    let chars = doc.text.chars().count();
    let ex = extract_article(&doc, None);
    for q in &ex.quotes {
        prop_assert!(
            q.start <= q.end && q.end <= chars,
            "quote {}..{} of {chars}",
            q.start,
            q.end
        );
        prop_assert!(q.speaker.is_none_or(|s| s < ex.speakers.len()));
    }
    for c in &ex.claims {
        prop_assert!(
            c.start <= c.end && c.end <= chars,
            "claim {}..{} of {chars}",
            c.start,
            c.end
        );
        prop_assert!(c.sentence_start <= c.start && c.end <= c.sentence_end.max(c.end));
        if let Some(v) = c.value.as_number() {
            prop_assert!(v.is_finite(), "claim {:?} has value {v}", c.surface);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_unicode_text_of_any_length(text in any::<String>().prop_flat_map(|s| {
        let n = s.len();
        (Just(s), 0..=n.max(1) * 40)
    }).prop_map(|(s, n)| s.chars().cycle().take(n).collect::<String>())) {
        check(&text)?;
    }

    #[test]
    fn hostile_shapes(parts in prop::collection::vec(0..PIECES.len(), 0..600)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect();
        check(&text)?;
    }
}
