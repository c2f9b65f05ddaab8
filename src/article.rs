//! The article record every reader produces and the store keeps: an
//! identifier, the outlet, metadata and the normalised body text.

use crate::diagnostics::Origin;
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone};
use sha2::{Digest, Sha256};
use std::fmt;

/// When an article was published, as precisely as the input said.
///
/// `date` is the local calendar date of the timestamp as written (not
/// converted to UTC): relative dates in the text ("yesterday", "on Tuesday")
/// resolve against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub offset: Option<FixedOffset>,
}

impl Published {
    pub fn from_date(date: NaiveDate) -> Self {
        Published {
            date,
            time: None,
            offset: None,
        }
    }
}

impl fmt::Display for Published {
    /// `YYYY-MM-DD`, or RFC 3339 when a time is known (without a zone if none was given).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.time, self.offset) {
            (None, _) => write!(f, "{}", self.date.format("%Y-%m-%d")),
            (Some(t), None) => {
                write!(
                    f,
                    "{}",
                    NaiveDateTime::new(self.date, t).format("%Y-%m-%dT%H:%M:%S")
                )
            }
            (Some(t), Some(o)) => match o.from_local_datetime(&NaiveDateTime::new(self.date, t)) {
                chrono::LocalResult::Single(dt) => {
                    f.write_str(&dt.to_rfc3339_opts(SecondsFormat::Secs, true))
                }
                _ => write!(
                    f,
                    "{}",
                    NaiveDateTime::new(self.date, t).format("%Y-%m-%dT%H:%M:%S")
                ),
            },
        }
    }
}

/// One article, ready to be analysed and stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The input's own identifier (`id`), else its URL, else one derived from
    /// where it came from (see `sources`). Unique in the store.
    pub external_id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    /// Normalised body text (see `analysis::normalize`); offsets point into it.
    pub text: String,
    /// The article's authors as the input names them (web pages: JSON-LD,
    /// `<meta name="author">` …); empty when unknown.
    pub authors: Vec<String>,
    /// Reader comments below the article (web pages), kept apart from `text`:
    /// they are not the outlet's words, so quotes, claims and flags never
    /// come from them. `None` where the page has none.
    pub comments: Option<String>,
    /// Where the article was read from, for messages.
    pub origin: Origin,
}

impl Article {
    /// SHA-256 (hex) over everything that is stored about the article, so that
    /// an edit of the text or of its metadata is seen as an update.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        let published = self.published.map(|p| p.to_string());
        for field in [
            self.source.as_deref(),
            self.title.as_deref(),
            published.as_deref(),
            self.url.as_deref(),
            Some(self.text.as_str()),
        ] {
            h.update(field.unwrap_or("\u{0}").as_bytes());
            h.update([0x1f]);
        }
        // Only when known, so that articles without authors keep their hashes.
        for author in &self.authors {
            h.update(author.as_bytes());
            h.update([0x1e]);
        }
        // Likewise only when present.
        if let Some(c) = &self.comments {
            h.update([0x1d]);
            h.update(c.as_bytes());
        }
        let digest = h.finalize();
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            external_id: "x".into(),
            source: Some("Outlet".into()),
            title: None,
            published: None,
            url: None,
            text: text.into(),
            authors: Vec::new(),
            comments: None,
            origin: Origin::stdin(),
        }
    }

    #[test]
    fn hash_changes_with_text_and_metadata_only() {
        let a = article("Body.");
        let mut b = a.clone();
        b.origin = Origin::file("elsewhere.txt");
        assert_eq!(a.content_hash(), b.content_hash(), "origin is not content");
        b.text = "Body!".into();
        assert_ne!(a.content_hash(), b.content_hash());
        let mut c = a.clone();
        c.title = Some("T".into());
        assert_ne!(a.content_hash(), c.content_hash());
        assert_eq!(a.content_hash().len(), 64);
    }

    #[test]
    fn published_display_forms() {
        let d = NaiveDate::from_ymd_opt(2016, 1, 12).unwrap();
        let t = NaiveTime::from_hms_opt(15, 30, 0).unwrap();
        assert_eq!(Published::from_date(d).to_string(), "2016-01-12");
        let p = Published {
            date: d,
            time: Some(t),
            offset: None,
        };
        assert_eq!(p.to_string(), "2016-01-12T15:30:00");
        let utc = Published {
            offset: FixedOffset::east_opt(0),
            ..p
        };
        assert_eq!(utc.to_string(), "2016-01-12T15:30:00Z");
        let bst = Published {
            offset: FixedOffset::east_opt(3600),
            ..p
        };
        assert_eq!(bst.to_string(), "2016-01-12T15:30:00+01:00");
    }
}
