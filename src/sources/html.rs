//! Saved HTML pages: metadata from every common place (see `html_meta`),
//! then the one article's main text, boilerplate removed (see `html_clean`)
//! and scored by dom_smoothie, a Readability port.
//!
//! The page's bytes are read in its own encoding (see `charset`) before
//! they reach this module; its scripts and style sheets are emptied before
//! it is parsed (see `html_prune`).

use super::html_clean::{
    blocks, choose_article, densest_block, drop_boilerplate_lines, paragraphs_text,
    strip_boilerplate,
};
use super::html_meta;
use super::html_prune;
use super::html_siblings::with_sibling_blocks;
use super::{Fields, Overrides, Parsed};
use crate::diagnostics::{Diagnostic, Origin, Problem};
use dom_smoothie::{Config, Readability, TextMode};

pub(super) fn parse(
    html: &str,
    origin: &Origin,
    fallback_id: Option<String>,
    ov: &Overrides,
) -> Parsed {
    let mut parsed = Parsed::default();
    let config = Config {
        text_mode: TextMode::Formatted,
        // News briefs are short; the Readability default (500) drops them.
        char_threshold: 150,
        ..Config::default()
    };
    // Scripts and style sheets are thrown away: the parser need not read them.
    let html = html_prune::without_code(html);
    let Ok(mut reader) = Readability::new(&*html, None, Some(config)) else {
        parsed.push(Err(no_article(origin)));
        return parsed;
    };
    // The `<meta>` tags read once, for the article chosen and the metadata.
    let metas = html_meta::Metas::of(&reader.doc);
    let explicit_id = html_meta::meta(&metas, &["crosscheck:id"]);
    let hint = html_meta::meta(&metas, &["og:title"])
        .or_else(|| Some(metas.title.clone()))
        .filter(|t| !t.trim().is_empty());
    // Metadata first: boilerplate removal takes bylines, `<time>` and JSON-LD with it.
    let main = choose_article(&reader.doc, hint.as_deref());
    let page = html_meta::read(&reader.doc, &metas, main);
    let mut comments = Vec::new();
    let repeated_blocks = strip_boilerplate(&reader.doc, &mut comments);
    let found = blocks(&reader.doc);
    let fallback_text = paragraphs_text(&found);
    let block = densest_block(&found).unwrap_or_default();
    let headings = html_meta::headings(&found.headings);
    drop(found);
    // The scorer rewrites its document; the cleaned page is kept for the
    // article's sibling blocks (see `html_siblings`), where it has any.
    let cleaned = repeated_blocks.then(|| reader.doc.clone());
    let (text, title, site) = match reader.parse() {
        Ok(a) => (a.text_content.to_string(), Some(a.title), a.site_name),
        Err(_) => (fallback_text, None, None),
    };
    // Readability now and then settles on a side block: the page's densest
    // run of paragraphs, when much longer, is the article.
    let text = if block.chars().count() > 2 * text.chars().count() {
        block
    } else {
        text
    };
    let text = match &cleaned {
        Some(doc) => with_sibling_blocks(doc, &text).unwrap_or(text),
        None => text,
    };
    drop(cleaned);
    let text = drop_boilerplate_lines(&text, &page.authors);
    if text.trim().is_empty() {
        parsed.push(Err(no_article(origin)));
        return parsed;
    }
    let fields = Fields {
        id: explicit_id,
        source: page.publisher.or(site),
        title: page
            .title
            .or(title)
            .filter(|t| !t.trim().is_empty())
            .map(|t| html_meta::tidy_title(t, &headings)),
        published: page.published,
        url: page.url,
        text: Some(text),
        authors: page.authors,
        comments,
    };
    parsed.build(fields, origin, fallback_id, ov);
    parsed
}

fn no_article(origin: &Origin) -> Diagnostic {
    Diagnostic::new(
        origin.clone(),
        Problem::NoArticleInHtml,
        "no article text found in this HTML page; save the article page itself, \
         or give its text as .txt",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Bridge closes | Kestrel News</title>
<meta property="og:site_name" content="Kestrel News">
<meta property="og:title" content="Wendmouth Bridge closes for repairs">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<meta property="og:url" content="https://example.com/bridge">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Wendmouth Bridge closes for repairs</h1>
<p>Wendmouth Bridge closed on Monday for six weeks of repairs, the council said.</p>
<p>"We know this will be difficult for the 38,000 drivers who use it every day," said Cllr Priya Raman, the council's transport lead, adding that diversions would be signposted.</p>
<p>The repairs will cost £14.5m and are the first major works on the bridge since it opened in 1967, according to the council.</p>
</article>
<footer>Copyright Kestrel News. All rights reserved. Privacy policy. Cookies.</footer>
</body></html>"#;

    #[test]
    fn main_text_and_meta() {
        let p = parse(PAGE, &Origin::file("b.html"), None, &Overrides::default());
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        let a = &p.articles[0];
        assert_eq!(a.source.as_deref(), Some("Kestrel News"));
        assert_eq!(
            a.title.as_deref(),
            Some("Wendmouth Bridge closes for repairs")
        );
        assert_eq!(a.published.unwrap().to_string(), "2024-03-05T09:00:00Z");
        assert_eq!(a.external_id, "https://example.com/bridge");
        assert!(a.text.contains("38,000 drivers"), "{}", a.text);
        assert!(a.text.contains("\n\n"), "paragraphs kept apart: {}", a.text);
        assert!(
            !a.text.contains("Privacy policy"),
            "boilerplate removed: {}",
            a.text
        );
        assert!(!a.text.contains("Sport"), "navigation removed: {}", a.text);
    }

    #[test]
    fn explicit_id_and_title_from_the_meta_tags() {
        let page = PAGE.replace(
            "<meta property=\"og:url\" content=\"https://example.com/bridge\">",
            "<meta name=\"crosscheck:id\" content=\" kestrel-0042 \">",
        );
        let p = parse(&page, &Origin::file("b.html"), None, &Overrides::default());
        let a = &p.articles[0];
        assert_eq!(a.external_id, "kestrel-0042");
        assert_eq!(
            a.title.as_deref(),
            Some("Wendmouth Bridge closes for repairs")
        );
    }

    #[test]
    fn page_without_text_is_rejected() {
        let p = parse(
            "<html><body><img src=x></body></html>",
            &Origin::file("e.html"),
            None,
            &Overrides::default(),
        );
        assert_eq!(p.diagnostics[0].problem, Problem::NoArticleInHtml);
    }
}
