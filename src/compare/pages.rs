//! Pages that are not articles: what a crawler brings back when the
//! article it asked for is gone (an error page), hidden (a login, cookie
//! or robot wall) or was never a single report (a site's front page).
//!
//! Such a page tells no event, yet it shares words with others of its kind
//! ("unable to process your request", "latest news") and with whatever
//! headlines a front page listed that day; given a fingerprint, it glues
//! unrelated stories together. It is given none (see
//! [`crate::compare::terms::fingerprint`]), so it stays in a story of its
//! own and is never another article's candidate.
//!
//! Each rule is small and looks only at the title and the opening of the
//! text (where such pages say what they are), so it costs a bounded
//! amount whatever the page's length.

/// Why a page is taken for something other than an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotArticle {
    /// The site says the page asked for is missing or failed to load.
    ErrorPage,
    /// The text is a login, subscription, cookie or robot check.
    AccessWall,
    /// A front or section page: a title of navigation words and too
    /// little text of its own to be a report.
    FrontPage,
}

/// How much of the text's opening the rules read (in characters): error
/// and wall pages say what they are at once, and an article that quotes
/// such a phrase later in its prose stays an article.
const OPENING_CHARS: usize = 300;

/// Phrases of error pages (lower case).
const ERROR_PHRASES: &[&str] = &[
    "page not found",
    "document not found",
    "page you requested cannot be found",
    "page you requested could not be found",
    "page you are looking for",
    "unable to find requested",
    "unable to process your request",
    "page is currently unavailable",
    "this page is unavailable",
    "page unavailable",
    "story has expired",
    "story id may be invalid",
    "has been archived",
    "404 not found",
    "error 404",
];

/// Phrases of login, subscription, cookie and robot walls (lower case).
const WALL_PHRASES: &[&str] = &[
    "are you a robot",
    "supports javascript and cookies",
    "enable javascript",
    "please enable cookies",
    "we use cookies",
    "already a member? log in",
    "register for ",
    "registering for ",
    "log in to continue",
    "sign in to continue",
    "subscribers only",
    "subscribe to read",
    "gain access to full text",
    "institutional customers only",
    "top headlines in your inbox",
];

/// Words a front or section page's title is made of (lower case): the
/// site's name aside, nothing in it names an event.
const NAVIGATION_WORDS: &[&str] = &[
    "news",
    "breaking",
    "latest",
    "headline",
    "headlines",
    "top",
    "online",
    "home",
    "homepage",
    "page",
    "article",
    "articles",
    "story",
    "stories",
    "sport",
    "sports",
    "world",
    "international",
    "national",
    "local",
    "business",
    "politics",
    "crime",
    "entertainment",
    "weather",
    "opinion",
    "views",
    "daily",
    "sunday",
    "weekly",
    "today",
    "edition",
    "index",
    // The same in the other languages of the pages read.
    "nachrichten",
    "aktuell",
    "nieuws",
    "noticias",
    "notícias",
    "actualités",
    "infos",
    "última",
    "últimas",
    "hora",
];

/// Words that join a title's parts without naming anything.
const FILLER_WORDS: &[&str] = &["the", "and", "of", "for", "in", "on", "a"];

/// A front page's text is a list of teasers: fewer words than this.
const FRONT_PAGE_MAX_WORDS: usize = 150;

/// What the page is if it is not an article; `None` for an article.
pub fn not_an_article(title: Option<&str>, text: &str) -> Option<NotArticle> {
    let title = title.unwrap_or("").to_lowercase();
    let opening: String = text.chars().take(OPENING_CHARS).collect::<String>();
    let opening = opening.to_lowercase();
    let says = |phrases: &[&str]| {
        phrases
            .iter()
            .any(|p| title.contains(p) || opening.contains(p))
    };
    if says(ERROR_PHRASES) {
        return Some(NotArticle::ErrorPage);
    }
    if says(WALL_PHRASES) {
        return Some(NotArticle::AccessWall);
    }
    if is_front_page(&title, text) {
        return Some(NotArticle::FrontPage);
    }
    None
}

/// A title of navigation words and at most one other (the site's name,
/// however often repeated), over a short text. A short report has a
/// headline of several words that name its event ("Kostov resigns"); a
/// report titled only "News" by a careless page is long enough to stay an
/// article.
fn is_front_page(title: &str, text: &str) -> bool {
    let words = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER_WORDS.contains(w));
    let (mut navigation, mut other) = (0, Vec::new());
    for w in words {
        if NAVIGATION_WORDS.contains(&w) {
            navigation += 1;
        } else {
            other.push(w);
        }
    }
    other.sort_unstable();
    other.dedup();
    navigation > 0
        && other.len() <= 1
        && text.split_whitespace().take(FRONT_PAGE_MAX_WORDS).count() < FRONT_PAGE_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One made-up page per row: its title, its text, and what it is.
    #[test]
    fn pages_that_are_not_articles() {
        let report = "The Harbour Street tram extension was approved by Fenwick council on \
                      Tuesday after a vote of 31 to 12, the mayor said.";
        let long_report = report.repeat(20);
        for (title, text, want) in [
            (
                "fenwickpost.example document not found",
                "The page you requested cannot be found. It may have moved.",
                Some(NotArticle::ErrorPage),
            ),
            (
                "999 Service hiccup",
                "Sorry, we are unable to process your request right now. Try later.",
                Some(NotArticle::ErrorPage),
            ),
            (
                "Ostrava Gazette",
                "Unable to find requested story. Search our archive instead.",
                Some(NotArticle::ErrorPage),
            ),
            (
                "Just a moment",
                "Are you a robot? Please make sure your browser supports JavaScript and cookies.",
                Some(NotArticle::AccessWall),
            ),
            (
                "Member Centre",
                "Registering for the Fenwick Post is free. Already a member? Log in here.",
                Some(NotArticle::AccessWall),
            ),
            (
                "Latest News & Headlines",
                "Ostrava miners strike. Fenwick trams approved. Weather: rain.",
                Some(NotArticle::FrontPage),
            ),
            (
                "Fenwick | Breaking News, Sports & Weather",
                "Top stories: council approves trams; miners strike again.",
                Some(NotArticle::FrontPage),
            ),
            (
                "Últimas Notícias",
                "Greve dos mineiros em Ostrava. Bonde aprovado em Fenwick.",
                Some(NotArticle::FrontPage),
            ),
            // Articles.
            ("Fenwick council approves tram extension", report, None),
            ("News", long_report.as_str(), None),
            ("Fenwick Post", long_report.as_str(), None),
            ("Kostov resigns", report, None),
            ("Sports minister resigns", report, None),
            ("Fenwick Post", report, None),
            ("", "Short text with no title at all.", None),
            (
                "Tram vote: what the mayor said",
                // Quoting an error message deep in the prose is no error page.
                &format!("{long_report} Residents saw 'page not found' on the council site."),
                None,
            ),
        ] {
            assert_eq!(not_an_article(Some(title), text), want, "{title}");
        }
        assert_eq!(not_an_article(None, report), None);
    }
}
