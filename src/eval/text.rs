//! Text comparison as the dev set's scoring rules define it: Unicode NFC,
//! curly quotes and apostrophes made straight, lower case, and tokens as
//! maximal runs of letters and digits (apostrophes inside words kept).

use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Normalises text for comparison.
pub fn normalise(s: &str) -> String {
    s.nfc()
        .map(|c| match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Scoring tokens of `s`.
pub fn tokens(s: &str) -> Vec<String> {
    let norm = normalise(s);
    let chars: Vec<char> = norm.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe =
            c == '\'' && !cur.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Token F1 between two texts over token multisets.
pub fn token_f1(a: &str, b: &str) -> f64 {
    multiset_f1(&tokens(a), &tokens(b))
}

/// F1 of two token multisets.
pub fn multiset_f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in a {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in b {
        if let Some(c) = counts.get_mut(t.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / b.len() as f64;
    let r = common as f64 / a.len() as f64;
    2.0 * p * r / (p + r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_the_scoring_rules() {
        assert_eq!(
            tokens("“It’s the government’s fault,” she said—39%!"),
            ["it's", "the", "government's", "fault", "she", "said", "39"]
        );
        assert_eq!(tokens("'doctors' rock"), ["doctors", "rock"]);
    }

    #[test]
    fn f1_of_identical_partial_and_disjoint_texts() {
        assert_eq!(token_f1("a b c", "a b c"), 1.0);
        assert!((token_f1("a b c d", "a b") - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(token_f1("a", "b"), 0.0);
        assert_eq!(token_f1("", "b"), 0.0);
    }
}
