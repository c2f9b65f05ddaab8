//! Web pages of our own writing for the kinds of page real news sites and
//! blogs have beyond those of `html_pages.rs`: teaser and "most read"
//! blocks inside the `<article>`, paywall and consent notices, text laid
//! out in `<div>`s with `<br>`, Substack posts, tables, lists and headings
//! that are the article's own, live blogs, and boilerplate in the languages
//! of the held-back pages (Spanish, French, Polish, Russian, Chinese,
//! Japanese). One page per kind; each states what it must keep and drop.

use crosscheck::diagnostics::Origin;
use crosscheck::sources::{Format, Overrides, parse_bytes};

/// Three paragraphs of article prose (enough for the Readability scorer).
const BODY: &str = "<p>The harbour board agreed on Thursday to dredge the Tollmarsh channel before the autumn storms, at a cost the board's treasurer put at £4.1m over two years.</p>
<p>\"Boats have run aground twice this spring, and the next time somebody could be hurt,\" said harbour master Edwin Falk, who asked for the work in January.</p>
<p>Fishermen welcomed the plan but said the board had waited too long, and asked that the dredged silt not be dumped on the oyster beds north of the pier.</p>";

/// Strings of [`BODY`] every English page must keep.
const KEPT: &[&str] = &[
    "dredge the Tollmarsh channel",
    "somebody could be hurt",
    "north of the pier",
];

/// Reads one page and checks what its main text keeps and leaves out.
fn check(name: &str, html: &str, with: &[&str], without: &[&str]) {
    let page = format!(
        "<!doctype html><html><head><title>{name}</title></head><body>{html}</body></html>"
    );
    let p = parse_bytes(
        page.as_bytes(),
        Format::Html,
        Origin::file(format!("{name}.html")),
        &Overrides::default(),
    );
    assert!(p.diagnostics.is_empty(), "{name}: {:?}", p.diagnostics);
    assert_eq!(p.articles.len(), 1, "{name}: one article per page");
    let text = &p.articles[0].text;
    for s in with {
        assert!(text.contains(s), "{name}: {s:?} missing from {text:?}");
    }
    for s in without {
        assert!(!text.contains(s), "{name}: {s:?} kept in {text:?}");
    }
}

#[test]
fn most_read_and_recommended_blocks_inside_the_article_stay_out() {
    // A class-less list of links under a "Most read" heading, inside <article>.
    check(
        "most-read",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}
<h3>Most read</h3><ol><li><a href="/a">Lifeboat crew honoured for night rescue</a></li><li><a href="/b">Pier café wins licence appeal</a></li><li><a href="/c">Ferry timetable cut for winter</a></li></ol></article>"##
        ),
        KEPT,
        &["Most read", "Lifeboat crew honoured", "Pier café wins"],
    );
    // Teasers with a headline and a one-line summary each, in a box named
    // for what it is, between the article's paragraphs.
    check(
        "teaser-box",
        r##"<article><h1>Channel to be dredged</h1><p>The harbour board agreed on Thursday to dredge the Tollmarsh channel before the autumn storms, at a cost the board's treasurer put at £4.1m over two years.</p>
<div class="more-on-this-story"><h4>More on this story</h4><div class="card"><a href="/a"><h5>Oyster growers fear silt</h5><p>Growers north of the pier want the spoil taken out to sea.</p></a></div><div class="card"><a href="/b"><h5>Two groundings in a month</h5><p>The coastguard was called out twice in April.</p></a></div></div>
<p>"Boats have run aground twice this spring, and the next time somebody could be hurt," said harbour master Edwin Falk, who asked for the work in January.</p>
<p>Fishermen welcomed the plan but said the board had waited too long, and asked that the dredged silt not be dumped on the oyster beds north of the pier.</p></article>"##,
        KEPT,
        &[
            "More on this story",
            "Oyster growers fear silt",
            "coastguard was called out",
        ],
    );
    // "Trending" / "Popular now" rails and "Recommended for you" widgets.
    check(
        "trending",
        &format!(
            r##"<main><article><h1>Channel to be dredged</h1>{BODY}</article>
<div class="trending-rail"><h2>Trending</h2><ul><li><a href="/a">Storm closes coast road</a></li><li><a href="/b">New bus route for the islands</a></li></ul></div>
<section class="popular"><h2>Popular now</h2><ul><li><a href="/c">Tide tables for May</a></li></ul></section></main>"##
        ),
        KEPT,
        &[
            "Trending",
            "Storm closes coast road",
            "Popular now",
            "Tide tables",
        ],
    );
}

#[test]
fn paywall_and_consent_notices_stay_out() {
    check(
        "paywall",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}
<div class="paywall-prompt"><h3>Subscribe to keep reading</h3><p>Get unlimited access to the Tollmarsh Gazette for just £1 a week. Cancel any time.</p><a href="/subscribe">Subscribe now</a></div></article>"##
        ),
        KEPT,
        &["keep reading", "unlimited access", "Subscribe now"],
    );
    check(
        "consent",
        &format!(
            r##"<div id="onetrust-banner-sdk"><p>We and our partners store and access information on your device, such as cookies, and process personal data for personalised ads and content.</p><button>Accept all</button></div>
<article><h1>Channel to be dredged</h1>{BODY}</article>
<div class="fc-consent-root"><p>This site asks for consent to use your data for personalised advertising and content measurement.</p></div>"##
        ),
        KEPT,
        &["partners store and access", "asks for consent"],
    );
    // A paywall line inside the text, without a telling class.
    check(
        "paywall line",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}<p>This article is for subscribers only.</p><p>Already a subscriber? Log in</p></article>"##
        ),
        KEPT,
        &["for subscribers only", "Already a subscriber"],
    );
}

#[test]
fn bylines_captions_credits_share_bars_and_newsletter_boxes_stay_out() {
    check(
        "furniture",
        &format!(
            r##"<article><header><h1>Channel to be dredged</h1>
<div class="article__author-name"><a href="/staff/mara">Mara Quint</a>, Coast Reporter</div>
<ul class="article-share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Email</a></li></ul></header>
<figure><img src="d.jpg"><figcaption>The dredger Tern at work off Tollmarsh in 2019.<span class="credit">Photograph: Ann Lowe/Gazette</span></figcaption></figure>
{BODY}
<div class="inline-signup"><p><strong>Morning Tide</strong>: the day's coast news in your inbox at 7am. Sign up now.</p><form><input type="email"><button>Sign up</button></form></div>
<p><a href="/news">Read more coast news</a></p></article>"##
        ),
        KEPT,
        &[
            "Mara Quint",
            "WhatsApp",
            "dredger Tern",
            "Ann Lowe",
            "Morning Tide",
            "Read more coast news",
        ],
    );
}

#[test]
fn text_in_divs_with_line_breaks_is_read() {
    check(
        "br-divs",
        r##"<div id="page"><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
<div class="txt">The harbour board agreed on Thursday to dredge the Tollmarsh channel before the autumn storms, at a cost the board's treasurer put at £4.1m over two years.<br><br>"Boats have run aground twice this spring, and the next time somebody could be hurt," said harbour master Edwin Falk, who asked for the work in January.<br><br>Fishermen welcomed the plan but said the board had waited too long, and asked that the dredged silt not be dumped on the oyster beds north of the pier.</div>
<div id="footer">Tollmarsh Gazette, 3 Quay Street</div></div>"##,
        KEPT,
        &["Quay Street"],
    );
}

#[test]
fn substack_post_keeps_the_post_and_drops_its_prompts() {
    check(
        "substack",
        &format!(
            r##"<div class="post"><h1 class="post-title">Channel to be dredged</h1><h3 class="subtitle">Notes from the harbour</h3>
<div class="available-content"><div class="body markup">{BODY}
<div class="subscription-widget-wrap"><p>Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.</p><input type="email"></div>
<p class="button-wrapper"><a class="button" href="/share"><span>Share</span></a></p></div></div>
<div class="post-footer"><a href="/p/prev">Previous</a><a href="/p/next">Next</a></div></div>"##
        ),
        KEPT,
        &["Thanks for reading", "Subscribe for free", "Previous"],
    );
}

#[test]
fn tables_lists_and_subheadings_of_the_article_are_kept() {
    check(
        "table-list-headings",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}
<h2>What the work costs</h2>
<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>£2.6m</td></tr><tr><td>2025</td><td>£1.5m</td></tr></table>
<p>The board listed three reasons for the timing:</p>
<ul><li>the spring groundings of two trawlers in the channel;</li><li>a survey showing the channel 40cm shallower than in 2019;</li><li>the storm season, when no dredger can work.</li></ul>
<h2>What happens next</h2><p>Tenders close at the end of May, and the work is due to begin in July if the marine authority grants its licence in time.</p></article>"##
        ),
        &[
            "dredge the Tollmarsh channel",
            "What the work costs",
            "£2.6m",
            "40cm shallower",
            "spring groundings",
            "What happens next",
            "Tenders close at the end of May",
        ],
        &[],
    );
}

#[test]
fn every_entry_of_a_live_blog_is_kept() {
    check(
        "live",
        r##"<main><h1>Storm live: coast road closed</h1><div class="live-blog">
<div class="live-post"><time datetime="2024-03-03T09:10">09:10</time><h3>Coast road shut</h3><p>Police have closed the coast road between Tollmarsh and Wendmouth after waves threw shingle across both lanes overnight.</p></div>
<div class="live-post"><time datetime="2024-03-03T09:40">09:40</time><h3>Ferries cancelled</h3><p>All morning ferries to the islands are cancelled, the operator said, and the afternoon crossings will be reviewed at noon.</p></div>
<div class="live-post"><time datetime="2024-03-03T10:05">10:05</time><h3>Schools open</h3><p>The county council said every school would open as usual, but parents on the islands should expect delays to the school buses.</p></div>
</div></main>"##,
        &[
            "closed the coast road",
            "morning ferries to the islands are cancelled",
            "every school would open as usual",
        ],
        &[],
    );
}

#[test]
fn related_reading_labels_in_more_languages_stay_out() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "es",
            "<p>La junta del puerto aprobó el jueves dragar el canal de Tollmarsh antes de los temporales de otoño, con un coste de 4,1 millones de libras en dos años.</p><p><strong>Leer más:</strong> <a href=\"/x\">Los pescadores temen por las ostras</a></p><p>«Los barcos han encallado dos veces esta primavera y la próxima vez alguien podría salir herido», dijo el capitán del puerto, Edwin Falk, que pidió la obra en enero.</p><p>Los pescadores celebraron el plan, pero dijeron que la junta había esperado demasiado y pidieron que el lodo no se vierta sobre los criaderos de ostras.</p>",
            "alguien podría salir herido",
            "temen por las ostras",
        ),
        (
            "fr",
            "<p>Le conseil du port a approuvé jeudi le dragage du chenal de Tollmarsh avant les tempêtes d'automne, pour un coût de 4,1 millions de livres sur deux ans.</p><p><strong>À lire aussi :</strong> <a href=\"/x\">Les ostréiculteurs inquiets</a></p><p>« Des bateaux se sont échoués deux fois ce printemps, et la prochaine fois quelqu'un pourrait être blessé », a déclaré le capitaine du port, Edwin Falk.</p><p>Les pêcheurs ont salué le projet mais ont regretté que le conseil ait attendu si longtemps, et demandé que la vase ne soit pas déversée sur les parcs à huîtres.</p>",
            "quelqu'un pourrait être blessé",
            "ostréiculteurs inquiets",
        ),
        (
            "pl",
            "<p>Zarząd portu zgodził się w czwartek na pogłębienie kanału Tollmarsh przed jesiennymi sztormami, za kwotę 4,1 mln funtów w ciągu dwóch lat.</p><p><strong>Czytaj też:</strong> <a href=\"/x\">Hodowcy ostryg boją się mułu</a></p><p>– Łodzie dwa razy osiadły na mieliźnie tej wiosny, a następnym razem ktoś może zostać ranny – powiedział kapitan portu Edwin Falk.</p><p>Rybacy z zadowoleniem przyjęli plan, ale stwierdzili, że zarząd czekał zbyt długo, i poprosili, by mułu nie wyrzucać na hodowle ostryg.</p>",
            "ktoś może zostać ranny",
            "Hodowcy ostryg",
        ),
        (
            "ru",
            "<p>Совет порта в четверг одобрил углубление канала Толлмарш до осенних штормов, стоимость работ казначей оценил в 4,1 млн фунтов за два года.</p><p><strong>Читайте также:</strong> <a href=\"/x\">Устричные фермы боятся ила</a></p><p>«Этой весной суда дважды садились на мель, и в следующий раз кто-то может пострадать», — сказал капитан порта Эдвин Фальк.</p><p>Рыбаки одобрили план, но заявили, что совет слишком долго ждал, и попросили не сбрасывать ил на устричные отмели к северу от пирса.</p>",
            "кто-то может пострадать",
            "Устричные фермы",
        ),
        (
            "zh",
            "<p>港务委员会周四同意在秋季风暴来临前疏浚托尔马什航道，财务主管估计两年内费用为410万英镑。</p><p><strong>相关阅读：</strong><a href=\"/x\">蚝农担心淤泥倾倒</a></p><p>港务长埃德温·福尔克说：“今年春天已经有两艘船搁浅，下一次可能会有人受伤。”他在一月份就要求进行这项工程。</p><p>渔民欢迎这项计划，但表示委员会等待的时间太长，并要求不要把挖出的淤泥倾倒在码头北面的蚝床上。</p>",
            "下一次可能会有人受伤",
            "蚝农担心淤泥倾倒",
        ),
        (
            "ja",
            "<p>港湾委員会は木曜日、秋の嵐の前にトールマーシュ水路のしゅんせつを行うことを承認した。費用は2年間で410万ポンドと見込まれる。</p><p><strong>関連記事：</strong><a href=\"/x\">カキ養殖業者が泥の投棄を懸念</a></p><p>港長のエドウィン・フォーク氏は「この春、船が2回座礁した。次は誰かがけがをするかもしれない」と述べた。</p><p>漁業者は計画を歓迎したが、委員会の対応は遅すぎたと指摘し、しゅんせつした泥を桟橋北側のカキ養殖場に捨てないよう求めた。</p>",
            "次は誰かがけがをするかもしれない",
            "カキ養殖業者が泥の投棄を懸念",
        ),
    ];
    for (lang, body, kept, teaser) in cases {
        check(
            &format!("related-{lang}"),
            &format!("<article lang=\"{lang}\"><h1>Tollmarsh</h1>{body}</article>"),
            &[kept],
            &[teaser],
        );
    }
}

#[test]
fn editor_source_and_share_lines_of_chinese_and_japanese_pages_stay_out() {
    check(
        "zh-furniture",
        "<article lang=\"zh\"><h1>托尔马什航道将疏浚</h1><p>来源：潮汐日报</p><p>港务委员会周四同意在秋季风暴来临前疏浚托尔马什航道，财务主管估计两年内费用为410万英镑。</p><p>港务长埃德温·福尔克说：“今年春天已经有两艘船搁浅，下一次可能会有人受伤。”他在一月份就要求进行这项工程。</p><p>渔民欢迎这项计划，但表示委员会等待的时间太长，并要求不要把挖出的淤泥倾倒在码头北面的蚝床上。</p><p>责任编辑：王小明</p><p>分享到：</p></article>",
        &["下一次可能会有人受伤", "码头北面的蚝床上"],
        &["责任编辑", "分享到"],
    );
}

#[test]
fn article_furniture_lines_stay_out() {
    // Lines that article templates put between or after the paragraphs.
    check(
        "furniture-lines",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>
<div class="meta-line">Mara Quint | 3 March 2024</div>
<div class="audio"><span>Listen to this article</span></div>
<p>Published: 3 March 2024</p>
{BODY}
<figure><img src="d.jpg"><span class="img-src">Getty Images</span></figure>
<p>Topics: harbours, dredging, fishing</p>
<div class="tools"><a href="#">Copy link</a></div><div class="tools"><a href="#">Gift this article</a></div>
<p><a href="#comments">Comments (12)</a></p>
<p><a href="#top">Back to top</a></p>
<div class="contributor-bio"><p>Mara Quint is the Gazette's coast reporter.</p></div></article>"##
        ),
        KEPT,
        &[
            "Mara Quint",
            "Listen to this article",
            "Published: 3 March",
            "Getty Images",
            "Topics:",
            "Copy link",
            "Gift this article",
            "Comments (12)",
            "Back to top",
        ],
    );
    check(
        "de-notices",
        &format!(
            r##"<div class="hinweis"><p>Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie dem zu.</p></div>
<article><h1>Channel to be dredged</h1>{BODY}<p>Themen: Hafen, Fischerei</p><p>Zurück nach oben</p></article>"##
        ),
        KEPT,
        &[
            "Diese Seite verwendet Cookies",
            "Themen:",
            "Zurück nach oben",
        ],
    );
    check(
        "es-it-teasers",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}<div class="box"><h3>Te puede interesar</h3><ul><li><a href="/a">Los ferris del invierno</a></li><li><a href="/b">Las mareas de mayo</a></li></ul></div>
<div class="box"><h3>Potrebbe interessarti anche</h3><ul><li><a href="/c">I traghetti d'inverno</a></li></ul></div></article>"##
        ),
        KEPT,
        &["Los ferris del invierno", "I traghetti"],
    );
}

#[test]
fn gallery_counters_japanese_credits_and_german_paywall_prompts_stay_out() {
    check(
        "gallery",
        &format!(
            r##"<article><h1>Channel to be dredged</h1><div class="gallery"><span>1 / 12</span><p>Image 1 of 12</p></div>{BODY}</article>"##
        ),
        KEPT,
        &["1 / 12", "Image 1 of 12"],
    );
    check(
        "ja-credit",
        "<article lang=\"ja\"><h1>水路</h1><p>港湾委員会は木曜日、秋の嵐の前にトールマーシュ水路のしゅんせつを行うことを承認した。費用は2年間で410万ポンドと見込まれる。</p><p>港長のエドウィン・フォーク氏は「この春、船が2回座礁した。次は誰かがけがをするかもしれない」と述べた。</p><p>漁業者は計画を歓迎したが、委員会の対応は遅すぎたと指摘し、しゅんせつした泥を桟橋北側のカキ養殖場に捨てないよう求めた。</p><p>（文・山田太郎）</p><p>この記事をシェアする</p></article>",
        &["次は誰かがけがをするかもしれない"],
        &["山田太郎", "この記事をシェア"],
    );
    check(
        "de-paywall",
        &format!(
            r##"<article><h1>Channel to be dredged</h1>{BODY}<div class="plus-box"><p>Lesen Sie jetzt weiter mit Gazette Plus</p><p>Testen Sie 30 Tage kostenlos</p></div></article>"##
        ),
        KEPT,
        &["weiter mit", "Testen Sie"],
    );
}
