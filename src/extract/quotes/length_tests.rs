//! The attribution code is built as small, named sieves: no function in
//! `extract/quotes/`, `extract/mentions.rs` or `extract/speakers.rs` may
//! run over [`MAX_LINES`] lines, counted from its `fn` line to its closing
//! brace. A new rule goes into a sieve or helper of its own.

/// The most lines one function may take.
const MAX_LINES: usize = 80;

/// Every file the limit holds for, by name (relative to `src/extract/`).
const SOURCES: &[(&str, &str)] = &[
    ("quotes/attribution.rs", include_str!("attribution.rs")),
    ("quotes/cues.rs", include_str!("cues.rs")),
    ("quotes/length_tests.rs", include_str!("length_tests.rs")),
    ("quotes/marks.rs", include_str!("marks.rs")),
    ("quotes/mod.rs", include_str!("mod.rs")),
    (
        "quotes/speaker_tables.rs",
        include_str!("speaker_tables.rs"),
    ),
    ("quotes/tests.rs", include_str!("tests.rs")),
    ("quotes/transcript.rs", include_str!("transcript.rs")),
    ("mentions.rs", include_str!("../mentions.rs")),
    ("speakers.rs", include_str!("../speakers.rs")),
    (
        "speakers/introduced.rs",
        include_str!("../speakers/introduced.rs"),
    ),
];

/// `src` with comments and the insides of string and character literals
/// blanked (newlines kept), so that `"{"` or `// }` count no brace.
fn code_only(src: &str) -> String {
    let cs: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let next = cs.get(i + 1).copied();
        let end = if c == '/' && next == Some('/') {
            (i..cs.len()).find(|&k| cs[k] == '\n').unwrap_or(cs.len())
        } else if c == '/' && next == Some('*') {
            (i + 2..cs.len())
                .find(|&k| cs[k - 1] == '*' && cs[k] == '/')
                .map_or(cs.len(), |k| k + 1)
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !is_ident_char(&cs, i) {
            raw_string_end(&cs, i + 1)
        } else if c == '"' {
            quoted_end(&cs, i, '"')
        } else if c == '\'' && (next == Some('\\') || cs.get(i + 2) == Some(&'\'')) {
            quoted_end(&cs, i, '\'')
        } else {
            out.push(c);
            i += 1;
            continue;
        };
        out.extend(cs[i..end].iter().map(|&c| blank(c)));
        i = end;
    }
    out
}

/// Is the character before `cs[i]` part of an identifier (`for` in `for"`
/// is no raw string; `r` in `bar"` neither)?
fn is_ident_char(cs: &[char], i: usize) -> bool {
    i > 0 && (cs[i - 1].is_alphanumeric() || cs[i - 1] == '_')
}

/// The end of a literal opened by `cs[open]` and closed by `close`, past
/// escaped characters (`"a \" b"`, `'\''`).
fn quoted_end(cs: &[char], open: usize, close: char) -> usize {
    let mut k = open + 1;
    while k < cs.len() && cs[k] != close {
        k += if cs[k] == '\\' { 2 } else { 1 };
    }
    (k + 1).min(cs.len())
}

/// The end of a raw string whose hashes start at `cs[from]` (`r#"…"#`).
fn raw_string_end(cs: &[char], from: usize) -> usize {
    let hashes = cs[from..].iter().take_while(|&&c| c == '#').count();
    let mut k = from + hashes + 1;
    while k < cs.len() {
        if cs[k] == '"'
            && cs[k + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == '#')
                .count()
                == hashes
        {
            return k + 1 + hashes;
        }
        k += 1;
    }
    cs.len()
}

/// Each function of `src` with a body: its name, `fn` line (from 1) and
/// length in lines (`fn f() {}` on one line is 1).
fn functions(src: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(src);
    let bytes = code.as_bytes();
    let line_of = |b: usize| code[..b].matches('\n').count() + 1;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = code[from..].find("fn ").map(|k| k + from) {
        from = k + 3;
        let keyword = k == 0 || !(bytes[k - 1].is_ascii_alphanumeric() || bytes[k - 1] == b'_');
        let name: String = code[k + 3..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !keyword || name.is_empty() {
            continue;
        }
        // The body opens at the first `{` (a declaration ends at `;` first).
        let Some(open) = code[k..].find(['{', ';']).map(|o| o + k) else {
            continue;
        };
        if bytes[open] == b';' {
            continue;
        }
        let mut depth = 0usize;
        let close = (open..bytes.len()).find(|&b| {
            match bytes[b] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            depth == 0
        });
        if let Some(close) = close {
            out.push((name, line_of(k), line_of(close) - line_of(k) + 1));
        }
    }
    out
}

#[test]
fn the_measure_counts_from_the_fn_line_to_the_closing_brace() {
    let src = "/// `fn doc() {`\nfn a() {\n    let s = \"}\";\n    let c = '}';\n    // }\n}\n\
               fn b<'d>(x: &'d str) -> &'d str { x }\ntrait T {\n    fn c(&self);\n}\n\
               fn d() {\n    let r = r#\"}\"#;\n    let p: fn(u8) = drop;\n}\n";
    let got = functions(src);
    let want = [("a", 2, 5), ("b", 7, 1), ("d", 11, 4)].map(|(n, l, len)| (n.to_string(), l, len));
    assert_eq!(got, want);
}

#[test]
fn no_function_is_longer_than_the_limit() {
    let too_long: Vec<String> = SOURCES
        .iter()
        .flat_map(|&(file, src)| {
            functions(src)
                .into_iter()
                .filter(|(_, _, len)| *len > MAX_LINES)
                .map(move |(name, line, len)| format!("{file}:{line} {name}: {len} lines"))
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "functions over {MAX_LINES} lines (split them into named sieves or helpers):\n{}",
        too_long.join("\n")
    );
}

#[test]
fn every_source_of_the_quotes_folder_is_measured() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/quotes");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".rs") {
            let path = format!("quotes/{name}");
            assert!(
                SOURCES.iter().any(|(file, _)| *file == path),
                "{path} is not in SOURCES"
            );
        }
    }
}
