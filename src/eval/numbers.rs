//! The public peer suites in `shared/eval/numbers/`, run through our own
//! parsers: Microsoft Recognizers-Text (English NumberModel, PercentModel,
//! NumberRangeModel, CurrencyModel, DateExtractor, DateParser) and quantulum3
//! (`quantities.json`).
//!
//! How each file is compared (a case passes when every check holds):
//!
//! | file | our side | a case passes when |
//! | --- | --- | --- |
//! | NumberModel | [`parse_numbers`] | the same numbers in the same order: equal character spans and values equal within 1e-9 relative |
//! | PercentModel | percentages of [`parse_quantities`] (and bare `percent` mentions) | the same spans; values equal (a mention without a number matches `"null"`) |
//! | CurrencyModel | money of [`parse_quantities`] (and bare currency mentions) | the same spans (the amount itself, without hedges); values equal, the suite's minor units (`Cent`, `Pence`) divided by 100; the currency compatible (the ISO code where the suite gives one, else one of the codes its unit name can mean) |
//! | NumberRangeModel | ranges and hedged numbers of [`parse_quantities`] | the same spans (hedges included) and the same interval, brackets included |
//! | DateExtractor | [`parse_dates`] at the case's reference date (2016-11-07 where none) | the same spans |
//! | DateParser | [`parse_dates`] at the case's reference date, leaning to the past | the same spans, and each date equal to the case's `PastResolution` |
//! | quantulum3 | [`parse_quantities`] plus [`parse_numbers`] | every expected quantity is found (a result overlapping its surface with the value, or for a range the midpoint or both ends); a case expecting nothing gets nothing. Units are not compared (the suite's physical units are outside a news extractor's scope). |
//!
//! Where our convention deliberately differs from the suite, the case is
//! listed in [`CONVENTIONS`] with the reason. Those cases are run like every
//! other case, counted in the pass rate as whatever they score, and reported
//! separately, so nothing is dropped silently.

use super::{EvalError, Result, read};
use crate::analysis::CharIndex;
use crate::extract::claims::{
    ClaimKind, DateForm, DateLean, Qualifier, Quantity, parse_dates, parse_numbers,
    parse_quantities,
};
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// Cases whose expected result follows a convention we do not share, by
/// file and input, with the reason. (NumberRangeModel cases that differ
/// only by upstream's half-open ranges are recognised as they are run and
/// listed the same way.)
pub const CONVENTIONS: &[(&str, &str, &str)] = &[
    (
        "NumberModel",
        " two millionth",
        "`two millionth` is an ordinal (`the two millionth visitor`), not the number two",
    ),
    (
        "NumberModel",
        "hundred thousand dollars",
        "a bare `hundred` does not start a number (`hundreds` is vague)",
    ),
];

/// One file's result.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub file: String,
    pub cases: usize,
    pub passed: usize,
    /// Cases that upstream's .NET implementation claims to pass.
    pub dotnet: (usize, usize),
    /// Cases that expect no result: passed, total.
    pub negatives: (usize, usize),
    /// A further subset with its own bar (single-day DateParser cases).
    pub subset: Option<(String, usize, usize)>,
    /// Listed convention cases: input, reason, passed.
    pub conventions: Vec<(String, String, bool)>,
    /// Failed cases: input, expected, ours.
    pub failures: Vec<(String, String, String)>,
}

impl FileReport {
    fn new(file: &str) -> Self {
        FileReport {
            file: file.to_string(),
            cases: 0,
            passed: 0,
            dotnet: (0, 0),
            negatives: (0, 0),
            subset: None,
            conventions: Vec::new(),
            failures: Vec::new(),
        }
    }

    pub fn rate(&self) -> f64 {
        super::ratio(self.passed, self.cases)
    }

    fn record(&mut self, case: &Case, ok: bool, expected: &[Item], got: &[Item]) {
        self.cases += 1;
        self.passed += usize::from(ok);
        if !case.not_supported_by("dotnet") {
            self.dotnet.1 += 1;
            self.dotnet.0 += usize::from(ok);
        }
        if expected.is_empty() {
            self.negatives.1 += 1;
            self.negatives.0 += usize::from(ok);
        }
        let stem = self.file.trim_end_matches(".json").to_string();
        if let Some((_, _, reason)) = CONVENTIONS
            .iter()
            .find(|(f, input, _)| *f == stem && *input == case.input)
        {
            self.conventions
                .push((case.input.clone(), (*reason).to_string(), ok));
        } else if !ok {
            self.failures
                .push((case.input.clone(), show(expected), show(got)));
        }
    }
}

/// Every file's result.
#[derive(Debug, Clone)]
pub struct NumbersReport {
    pub files: Vec<FileReport>,
    /// The strict score of `shared/eval/scorers/score_rt.py` per file:
    /// expected results matched by a claim of the whole extractor, all
    /// expected results, and those with no value (`"value": "null"`, as for
    /// `a small percent`), which no claim can match.
    pub strict: Vec<(String, usize, usize, usize)>,
    /// The whole extractor on the quantulum3 cases: value and value+unit F1.
    pub quantities: QuantityScore,
    pub verbose: bool,
}

impl fmt::Display for NumbersReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "peer suites: shared/eval/numbers (pass rate per file)")?;
        for r in &self.files {
            write!(
                f,
                "  {:<28} {:>4}/{:<4} {:>6.1}%   dotnet-supported {}/{}   negatives {}/{}",
                r.file,
                r.passed,
                r.cases,
                100.0 * r.rate(),
                r.dotnet.0,
                r.dotnet.1,
                r.negatives.0,
                r.negatives.1
            )?;
            if !r.conventions.is_empty() {
                let failed = r.conventions.iter().filter(|c| !c.2).count();
                write!(
                    f,
                    "   by-design differences: {failed} failing of {} listed",
                    r.conventions.len()
                )?;
            }
            writeln!(f)?;
            if let Some((label, p, n)) = &r.subset {
                writeln!(
                    f,
                    "  {:<28} {:>4}/{:<4} {:>6.1}%",
                    format!("  {label}"),
                    p,
                    n,
                    100.0 * super::ratio(*p, *n)
                )?;
            }
        }
        writeln!(f)?;
        writeln!(
            f,
            "strict (as scorers/score_rt.py: a claim of the extractor overlapping each expected result with its value; both ends of a range)"
        )?;
        for (file, ok, n, valueless) in &self.strict {
            let today = self
                .files
                .iter()
                .find(|r| &r.file == file)
                .map_or(0.0, |r| 100.0 * r.rate());
            writeln!(
                f,
                "  {:<28} {:>4}/{:<4} {:>6.3}   (pass rate above {today:.1}%)",
                file,
                ok,
                n,
                super::ratio(*ok, *n)
            )?;
            if *valueless > 0 {
                writeln!(
                    f,
                    "  {:<28} {valueless} expected results have no value (`null`): no claim can match them, so {}/{n} is the most this file can score",
                    "",
                    n - valueless
                )?;
            }
        }
        let q = &self.quantities;
        writeln!(f)?;
        writeln!(
            f,
            "quantulum3 claims (both files; a claim overlapping each expected quantity with its value, a range by an end or its midpoint):"
        )?;
        writeln!(
            f,
            "  value F1 {:.3}   value+unit F1 {:.3}   ({} and {} of {} expected matched, {} numeric claims matching nothing)",
            q.value_f1(),
            q.unit_f1(),
            q.matched,
            q.unit_matched,
            q.expected,
            q.spurious
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "by-design differences (run and counted above, listed here with the reason):"
        )?;
        for r in &self.files {
            for (input, reason, ok) in &r.conventions {
                writeln!(
                    f,
                    "  {} {:?}: {} [{}]",
                    r.file,
                    input,
                    reason,
                    if *ok { "passes anyway" } else { "fails" }
                )?;
            }
        }
        if self.verbose {
            writeln!(f)?;
            writeln!(f, "quantulum3 claims: {} misses", q.misses.len())?;
            for (input, want, got) in &q.misses {
                writeln!(f, "  input    {input:?}")?;
                writeln!(f, "  expected {want}")?;
                writeln!(f, "  ours     {got}")?;
            }
            for r in &self.files {
                writeln!(f)?;
                writeln!(f, "{}: {} failures", r.file, r.failures.len())?;
                for (input, expected, got) in &r.failures {
                    writeln!(f, "  input    {input:?}")?;
                    writeln!(f, "  expected {expected}")?;
                    writeln!(f, "  ours     {got}")?;
                }
            }
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
struct Case {
    #[serde(rename = "Input")]
    input: String,
    #[serde(rename = "Results")]
    results: Vec<serde_json::Value>,
    #[serde(rename = "Context", default)]
    context: Option<Context>,
    #[serde(rename = "NotSupported", default)]
    not_supported: Option<String>,
    #[serde(rename = "NotSupportedByDesign", default)]
    not_supported_by_design: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Context {
    #[serde(rename = "ReferenceDateTime", default)]
    reference: Option<String>,
}

impl Case {
    fn not_supported_by(&self, platform: &str) -> bool {
        [&self.not_supported, &self.not_supported_by_design]
            .iter()
            .any(|s| {
                s.as_deref()
                    .is_some_and(|s| s.split(',').any(|p| p.trim() == platform))
            })
    }

    /// The reference date, or the suite's usual default.
    fn reference(&self) -> NaiveDate {
        self.context
            .as_ref()
            .and_then(|c| c.reference.as_deref())
            .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok())
            .unwrap_or(NaiveDate::from_ymd_opt(2016, 11, 7).expect("valid date"))
    }
}

/// A result in comparable form: character span and what it resolves to.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    start: usize,
    end: usize,
    text: String,
    value: Value,
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    None,
    Number(Option<f64>),
    /// Amount in whole units, and the ISO codes that are acceptable.
    Money(Option<f64>, Vec<String>),
    Interval(String),
    Date(Option<NaiveDate>),
}

fn show(items: &[Item]) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|i| {
            let v = match &i.value {
                Value::None => String::new(),
                Value::Number(Some(v)) => format!(" = {v}"),
                Value::Number(None) => " = null".to_string(),
                Value::Money(v, codes) => format!(
                    " = {} {}",
                    v.map_or("null".to_string(), |v| v.to_string()),
                    codes.join("|")
                ),
                Value::Interval(s) => format!(" = {s}"),
                Value::Date(d) => format!(" = {}", d.map_or("invalid".into(), |d| d.to_string())),
            };
            format!("{:?}@{}..{}{v}", i.text, i.start, i.end)
        })
        .collect();
    format!("[{}]", parts.join(", "))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

fn values_match(expected: &Value, got: &Value) -> bool {
    match (expected, got) {
        (Value::None, Value::None) => true,
        (Value::Number(a), Value::Number(b)) => match (a, b) {
            (Some(a), Some(b)) => close(*a, *b),
            (None, None) => true,
            _ => false,
        },
        (Value::Money(a, codes), Value::Money(b, ours)) => {
            let value_ok = match (a, b) {
                (Some(a), Some(b)) => close(*a, *b),
                (None, None) => true,
                _ => false,
            };
            value_ok && (codes.is_empty() || ours.iter().any(|o| codes.contains(o)))
        }
        (Value::Interval(a), Value::Interval(b)) => a == b,
        (Value::Date(a), Value::Date(b)) => a == b,
        _ => false,
    }
}

/// Same results in the same order: spans equal, values matching.
fn same(expected: &[Item], got: &[Item]) -> bool {
    expected.len() == got.len()
        && expected
            .iter()
            .zip(got)
            .all(|(e, g)| e.start == g.start && e.end == g.end && values_match(&e.value, &g.value))
}

fn load(dir: &Path, file: &str) -> Result<Vec<Case>> {
    let path = dir.join(file);
    let text = read(&path)?;
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| EvalError::Format {
        path,
        line: e.line(),
        message: e.to_string(),
    })
}

/// Expected results of a "Model" file (`Start`/`End` inclusive).
fn model_items(case: &Case, value: impl Fn(&serde_json::Value) -> Value) -> Vec<Item> {
    case.results
        .iter()
        .map(|r| {
            let start = r["Start"].as_u64().unwrap_or(0) as usize;
            let end = r["End"].as_u64().unwrap_or(0) as usize + 1;
            Item {
                start,
                end,
                text: r["Text"].as_str().unwrap_or_default().to_string(),
                value: value(r),
            }
        })
        .collect()
}

/// Expected results of an "Extractor"/"Parser" file (`Start` + `Length`).
fn extractor_items(case: &Case, value: impl Fn(&serde_json::Value) -> Value) -> Vec<Item> {
    case.results
        .iter()
        .map(|r| {
            let start = r["Start"].as_u64().unwrap_or(0) as usize;
            let len = r["Length"].as_u64().unwrap_or(0) as usize;
            Item {
                start,
                end: start + len,
                text: r["Text"].as_str().unwrap_or_default().to_string(),
                value: value(r),
            }
        })
        .collect()
}

fn number_str(v: &serde_json::Value) -> Option<f64> {
    v.as_str()
        .and_then(|s| s.trim_end_matches('%').parse().ok())
        .or_else(|| v.as_f64())
}

fn item(input: &str, idx: &CharIndex, start: usize, end: usize, value: Value) -> Item {
    Item {
        start: idx.char_of(start),
        end: idx.char_of(end),
        text: input[start..end].to_string(),
        value,
    }
}

fn number_model(dir: &Path) -> Result<FileReport> {
    let mut report = FileReport::new("NumberModel.json");
    for case in load(dir, "NumberModel.json")? {
        let expected = model_items(&case, |r| {
            Value::Number(number_str(&r["Resolution"]["value"]))
        });
        let idx = CharIndex::new(&case.input);
        let got: Vec<Item> = parse_numbers(&case.input)
            .iter()
            .map(|m| {
                item(
                    &case.input,
                    &idx,
                    m.span.start,
                    m.span.end,
                    Value::Number(Some(m.value)),
                )
            })
            .collect();
        let ok = same(&expected, &got);
        report.record(&case, ok, &expected, &got);
    }
    Ok(report)
}

fn quantity_item(input: &str, idx: &CharIndex, span: crate::analysis::Span, value: Value) -> Item {
    item(input, idx, span.start, span.end, value)
}

fn percent_model(dir: &Path) -> Result<FileReport> {
    let mut report = FileReport::new("PercentModel.json");
    for case in load(dir, "PercentModel.json")? {
        let expected = model_items(&case, |r| {
            Value::Number(number_str(&r["Resolution"]["value"]))
        });
        let idx = CharIndex::new(&case.input);
        let got: Vec<Item> = parse_quantities(&case.input)
            .into_iter()
            .filter(|q| q.kind == ClaimKind::Percentage)
            .map(|q| quantity_item(&case.input, &idx, q.amount, Value::Number(q.value)))
            .collect();
        let ok = same(&expected, &got);
        report.record(&case, ok, &expected, &got);
    }
    Ok(report)
}

/// The ISO codes a Recognizers-Text currency name can stand for, and the
/// factor from its unit to whole units of those currencies.
fn currency_codes(unit: &str) -> (Vec<&'static str>, f64) {
    let dollars = vec!["USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD"];
    match unit {
        "Dollar" => (dollars, 1.0),
        "Cent" => (vec!["USD", "EUR", "CAD", "AUD"], 0.01),
        "Pound" => (vec!["GBP", "EGP", "IEP", "LBP"], 1.0),
        "Pence" | "Penny" => (vec!["GBP"], 0.01),
        "Franc" => (vec!["CHF", "FRF", "BEF"], 1.0),
        "Rupee" => (vec!["INR", "PKR", "LKR", "NPR"], 1.0),
        "Peseta" => (vec!["ESP"], 1.0),
        "Netherlands guilder" => (vec!["NLG"], 1.0),
        "Finnish markka" => (vec!["FIM"], 1.0),
        "Bitcoin" => (vec!["XBT"], 1.0),
        "Satoshi" => (vec!["XBT"], 1e-8),
        "Euro" => (vec!["EUR"], 1.0),
        "Japanese yen" => (vec!["JPY"], 1.0),
        "Chinese yuan" => (vec!["CNY"], 1.0),
        "Sen" => (vec![], 1.0),
        _ => (vec![], 1.0),
    }
}

fn currency_model(dir: &Path) -> Result<FileReport> {
    let mut report = FileReport::new("CurrencyModel.json");
    for case in load(dir, "CurrencyModel.json")? {
        let expected = model_items(&case, |r| {
            let res = &r["Resolution"];
            let unit = res["unit"].as_str().unwrap_or_default();
            let (mut codes, factor) = currency_codes(unit);
            if let Some(iso) = res["isoCurrency"].as_str() {
                codes = vec![match iso {
                    "BTC" => "XBT",
                    c => c,
                }];
                codes.retain(|c| !c.is_empty());
                let owned: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
                return Value::Money(number_str(&res["value"]).map(|v| v * factor), owned);
            }
            let owned: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
            Value::Money(number_str(&res["value"]).map(|v| v * factor), owned)
        });
        let idx = CharIndex::new(&case.input);
        let got: Vec<Item> = parse_quantities(&case.input)
            .into_iter()
            .filter(|q| q.kind == ClaimKind::Money)
            .map(|q| {
                let code = q.unit.clone().into_iter().collect();
                quantity_item(&case.input, &idx, q.amount, Value::Money(q.value, code))
            })
            .collect();
        let ok = same(&expected, &got);
        report.record(&case, ok, &expected, &got);
    }
    Ok(report)
}

/// Our range or bound in the suite's interval notation. A range is closed
/// (`between 20 and 30` → `[20,30]`): see [`CONVENTIONS`].
fn interval(q: &Quantity) -> Option<String> {
    let v = q.value?;
    let fmt = |x: f64| {
        let s = format!("{x}");
        s
    };
    Some(match (q.kind, q.qualifier) {
        (ClaimKind::Range, _) => format!("[{},{}]", fmt(v), fmt(q.value_high?)),
        (_, Some(Qualifier::MoreThan)) => format!("({},)", fmt(v)),
        (_, Some(Qualifier::AtLeast)) => format!("[{},)", fmt(v)),
        (_, Some(Qualifier::LessThan)) => format!("(,{})", fmt(v)),
        (_, Some(Qualifier::UpTo)) => format!("(,{}]", fmt(v)),
        _ => return None,
    })
}

/// `between 20 and 30` → `[20,30)` upstream; ours is closed. The case fails
/// only on the bracket when the rest agrees.
fn half_open_only(expected: &[Item], got: &[Item]) -> bool {
    expected.len() == got.len()
        && expected.iter().zip(got).all(|(e, g)| {
            e.start == g.start
                && e.end == g.end
                && match (&e.value, &g.value) {
                    (Value::Interval(a), Value::Interval(b)) => {
                        a == b
                            || a.ends_with(')')
                                && b.ends_with(']')
                                && a[..a.len() - 1] == b[..b.len() - 1]
                    }
                    _ => false,
                }
        })
}

fn number_range_model(dir: &Path) -> Result<FileReport> {
    let mut report = FileReport::new("NumberRangeModel.json");
    for case in load(dir, "NumberRangeModel.json")? {
        let expected = model_items(&case, |r| {
            Value::Interval(
                r["Resolution"]["value"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        });
        let idx = CharIndex::new(&case.input);
        let got: Vec<Item> = parse_quantities(&case.input)
            .into_iter()
            .filter_map(|q| {
                let iv = interval(&q)?;
                Some(quantity_item(
                    &case.input,
                    &idx,
                    q.span,
                    Value::Interval(iv),
                ))
            })
            .collect();
        let ok = same(&expected, &got);
        let conventional = !ok && half_open_only(&expected, &got);
        report.record(&case, ok, &expected, &got);
        if conventional && let Some(f) = report.failures.pop() {
            report.conventions.push((
                f.0,
                "ranges are closed: `between 20 and 30` includes 30 (upstream half-opens it)"
                    .into(),
                false,
            ));
        }
    }
    Ok(report)
}

fn expected_date(r: &serde_json::Value) -> Value {
    let s = r["Value"]["PastResolution"]["date"]
        .as_str()
        .unwrap_or_default();
    Value::Date(
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .filter(|d| d.year_ce().1 > 1),
    )
}

use chrono::Datelike;

fn date_file(dir: &Path, file: &str, with_value: bool) -> Result<FileReport> {
    let mut report = FileReport::new(file);
    let mut single = (0, 0);
    for case in load(dir, file)? {
        let expected = extractor_items(&case, |r| {
            if with_value {
                expected_date(r)
            } else {
                Value::None
            }
        });
        let idx = CharIndex::new(&case.input);
        // The suites test expressions that name a day; a named week, month
        // or year (`last week`, `in November`) is a period, which they type
        // as a date range.
        let got: Vec<Item> = parse_dates(&case.input, case.reference(), DateLean::Past)
            .into_iter()
            .filter(|d| d.form != DateForm::Period)
            .map(|d| {
                let v = if with_value {
                    Value::Date(d.date)
                } else {
                    Value::None
                };
                quantity_item(&case.input, &idx, d.span, v)
            })
            .collect();
        let ok = same(&expected, &got);
        // The bar counts cases whose expected results are all real days.
        let single_day = !expected.is_empty()
            && expected
                .iter()
                .all(|e| matches!(e.value, Value::Date(Some(_))));
        if with_value && single_day {
            single.1 += 1;
            single.0 += usize::from(ok);
        }
        report.record(&case, ok, &expected, &got);
    }
    if with_value {
        report.subset = Some(("single-day cases".into(), single.0, single.1));
    }
    Ok(report)
}

#[derive(Debug, Deserialize)]
struct QuantulumCase {
    req: String,
    res: Vec<QuantulumQuantity>,
}

#[derive(Debug, Deserialize)]
struct QuantulumQuantity {
    value: f64,
    surface: String,
    #[serde(default)]
    unit: String,
}

/// quantulum3's unit names as our normalised units; `None` for a bare
/// number (`dimensionless`), which any count matches. Units we do not
/// read (femtobarns, arc minutes, counts per unit of time) are left out and
/// so never match.
fn quantulum_unit(name: &str) -> Option<Option<&'static str>> {
    Some(Some(match name {
        "dimensionless" => return Some(None),
        "percentage" => "percent",
        "dollar" => "USD",
        "euro" => "EUR",
        "pound sterling" => "GBP",
        "degree Celsius" => "celsius",
        "degree fahrenheit" | "degree Fahrenheit" => "fahrenheit",
        "kelvin" => "kelvin",
        "milligram" => "mg",
        "kilogram" => "kg",
        "pound-mass" => "lb",
        "tonne" => "tonnes",
        "inch" => "inches",
        "mile" => "miles",
        "metre" => "metres",
        "kilometre" => "km",
        "nanometre" => "nm",
        "square kilometre" => "sq km",
        "square mile" => "sq miles",
        "cubic kilometre" => "cubic km",
        "cubic centimetre" => "ml",
        "litre" => "litres",
        "centilitre" => "cl",
        "gallon" => "gallons",
        "kilometre per hour" => "km/h",
        "dollar per hour" => "USD/hour",
        "dollar per kilogram" => "USD/kg",
        "litre per kilometre" => "litres/km",
        "gigahertz" => "GHz",
        "electronvolt" => "eV",
        "teraelectronvolt" => "TeV",
        "gray" => "Gy",
        "milligray" => "mGy",
        "british thermal unit" => "BTU",
        "bit" => "bits",
        "cup" => "cups",
        "tablespoon" => "tbsp",
        "watt" => "W",
        "watt hour" => "Wh",
        "megawatt hour" => "MWh",
        "byte" => "bytes",
        "megabyte" => "MB",
        "exabyte" => "EB",
        "year" => "years",
        "month" => "months",
        "week" => "weeks",
        "day" => "days",
        "hour" => "hours",
        "minute" => "minutes",
        _ => {
            let rate = PER_TIME.iter().find(|(n, _)| *n == name)?;
            rate.1
        }
    }))
}

/// quantulum3's rates over a unit of time as ours. A count per time is
/// written with a leading slash: quantulum3 does not name the counted noun,
/// so any count over that time agrees (`vehicles/day`, `times/week`).
const PER_TIME: &[(&str, &str)] = &[
    ("count per hour", "/hour"),
    ("count per day", "/day"),
    ("count per week", "/week"),
    ("count per month", "/month"),
    ("count per year", "/year"),
    ("percentage per day", "percent/day"),
    ("percentage per week", "percent/week"),
    ("percentage per month", "percent/month"),
    ("percentage per year", "percent/year"),
];

/// Value and value+unit scores of the whole claim extractor on the
/// quantulum3 cases (both files), the visible stand-in for a news
/// quantity benchmark.
#[derive(Debug, Clone, Default)]
pub struct QuantityScore {
    /// Expected quantities matched by a claim overlapping the surface with
    /// the value (a range: either end or the midpoint; a year-only date:
    /// the year).
    pub matched: usize,
    /// Of those, the ones whose claim has the expected unit.
    pub unit_matched: usize,
    pub expected: usize,
    /// Numeric claims (and year-only dates) that match nothing expected.
    pub spurious: usize,
    /// For `--verbose`: each miss as (sentence, what was expected, what
    /// the claims gave), so the misses can be sorted by kind.
    pub misses: Vec<(String, String, String)>,
}

impl QuantityScore {
    fn f1(&self, tp: usize) -> f64 {
        // Every claim that matched a value counts in precision's base,
        // whatever its unit.
        let (p, r) = (
            super::ratio(tp, self.matched + self.spurious),
            super::ratio(tp, self.expected),
        );
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// F1 on values.
    pub fn value_f1(&self) -> f64 {
        self.f1(self.matched)
    }

    /// F1 on value and unit together.
    pub fn unit_f1(&self) -> f64 {
        self.f1(self.unit_matched)
    }
}

/// The values a claim states, for matching: the number, a range's ends and
/// midpoint, or the year of a year-only date or a decade.
fn claim_values(c: &crate::extract::claims::Claim) -> Vec<f64> {
    use crate::extract::claims::{ClaimValue, Granularity};
    match (&c.value, c.value_high) {
        (ClaimValue::Number(v), Some(h)) => vec![*v, h, (v + h) / 2.0],
        (ClaimValue::Number(v), None) => vec![*v],
        // A decade (`the 1960s`) states its first year, as a year does.
        (ClaimValue::Date(d), _)
            if matches!(c.granularity, Some(Granularity::Year | Granularity::Decade)) =>
        {
            vec![f64::from(chrono::Datelike::year(d))]
        }
        (ClaimValue::Date(_), _) => Vec::new(),
    }
}

/// Does the claim's unit agree with what quantulum3 expects?
fn unit_agrees(expected: Option<Option<&str>>, c: &crate::extract::claims::Claim) -> bool {
    match expected {
        None => false,
        // A range of bare numbers (`from 7 to 10`) is dimensionless too.
        Some(None) => {
            matches!(
                c.kind,
                ClaimKind::Count | ClaimKind::Date | ClaimKind::Ratio
            ) || c.kind == ClaimKind::Range && c.unit.is_none()
        }
        // A count per time: any counted noun over that time.
        Some(Some(u)) if u.starts_with('/') => {
            matches!(c.kind, ClaimKind::Count | ClaimKind::Range)
                && c.unit.as_deref().is_some_and(|x| x.ends_with(u))
        }
        Some(Some(u)) => c.unit.as_deref() == Some(u),
    }
}

/// A claim as the verbose listing shows it: surface, value, kind, unit.
fn show_claim(c: &crate::extract::claims::Claim) -> String {
    format!(
        "{:?} = {:?}{} {:?} {}",
        c.surface,
        c.value,
        c.value_high.map(|h| format!("..{h}")).unwrap_or_default(),
        c.kind,
        c.unit.as_deref().unwrap_or("-")
    )
}

fn quantulum_claims(dir: &Path) -> Result<QuantityScore> {
    let mut score = QuantityScore::default();
    for file in ["quantities.json", "quantities.ambiguity.json"] {
        let path = dir.join(file);
        let text = read(&path)?;
        let cases: Vec<QuantulumCase> =
            serde_json::from_str(&text).map_err(|e| EvalError::Format {
                path: path.clone(),
                line: e.line(),
                message: e.to_string(),
            })?;
        for qc in cases {
            let doc = crate::analysis::Document::from_raw(&qc.req);
            let claims = crate::extract::claims::extract_claims(&doc, None);
            let mut used = vec![false; claims.len()];
            for e in &qc.res {
                let Some(start) = qc.req.find(&e.surface) else {
                    continue;
                };
                let span = crate::analysis::Span::new(start, start + e.surface.len());
                score.expected += 1;
                let tol = 1e-6 * e.value.abs().max(1.0);
                let hit = claims.iter().enumerate().position(|(k, c)| {
                    !used[k]
                        && c.span.overlaps(span)
                        && claim_values(c).iter().any(|v| (v - e.value).abs() <= tol)
                });
                let want = format!("{:?} = {} {}", e.surface, e.value, e.unit);
                if let Some(k) = hit {
                    used[k] = true;
                    score.matched += 1;
                    let unit = quantulum_unit(&e.unit);
                    if unit_agrees(unit, &claims[k]) {
                        score.unit_matched += 1;
                    } else {
                        score.misses.push((
                            qc.req.clone(),
                            format!("unit {want}"),
                            show_claim(&claims[k]),
                        ));
                    }
                } else {
                    let got: Vec<String> = claims
                        .iter()
                        .filter(|c| c.span.overlaps(span))
                        .map(show_claim)
                        .collect();
                    score
                        .misses
                        .push((qc.req.clone(), format!("value {want}"), got.join(", ")));
                }
            }
            for (c, _) in claims
                .iter()
                .zip(&used)
                .filter(|(c, u)| !**u && !claim_values(c).is_empty())
            {
                score.spurious += 1;
                score
                    .misses
                    .push((qc.req.clone(), "nothing".into(), show_claim(c)));
            }
        }
    }
    Ok(score)
}

fn quantulum(dir: &Path) -> Result<FileReport> {
    let path = dir.join("quantities.json");
    let text = read(&path)?;
    let cases: Vec<QuantulumCase> = serde_json::from_str(&text).map_err(|e| EvalError::Format {
        path: path.clone(),
        line: e.line(),
        message: e.to_string(),
    })?;
    let mut report = FileReport::new("quantulum3/quantities.json");
    for qc in cases {
        let input = &qc.req;
        let quantities = parse_quantities(input);
        let numbers = parse_numbers(input);
        let idx = CharIndex::new(input);
        let mut expected = Vec::new();
        let mut ok = true;
        for e in &qc.res {
            let Some(start) = input.find(&e.surface) else {
                continue;
            };
            let span = crate::analysis::Span::new(start, start + e.surface.len());
            expected.push(item(
                input,
                &idx,
                span.start,
                span.end,
                Value::Number(Some(e.value)),
            ));
            let found = quantities.iter().any(|q| {
                q.span.overlaps(span)
                    && q.value.is_some_and(|v| {
                        close(v, e.value)
                            || q.value_high.is_some_and(|h| close((v + h) / 2.0, e.value))
                    })
            }) || numbers
                .iter()
                .any(|n| n.span.overlaps(span) && close(n.value, e.value));
            ok &= found;
        }
        let got: Vec<Item> = quantities
            .iter()
            .filter(|q| q.value.is_some())
            .map(|q| quantity_item(input, &idx, q.span, Value::Number(q.value)))
            .collect();
        if qc.res.is_empty() {
            ok = got.is_empty();
        }
        let case = Case {
            input: input.clone(),
            results: Vec::new(),
            context: None,
            not_supported: None,
            not_supported_by_design: None,
        };
        report.record(&case, ok, &expected, &got);
    }
    Ok(report)
}

/// Runs every peer-suite file found under `shared/eval/numbers/`.
pub fn run(shared: &Path, verbose: bool) -> Result<NumbersReport> {
    let base = shared.join("eval/numbers");
    if !base.is_dir() {
        return Err(EvalError::Missing(base));
    }
    let rt = base.join("recognizers-text");
    let files = vec![
        number_model(&rt)?,
        percent_model(&rt)?,
        currency_model(&rt)?,
        number_range_model(&rt)?,
        date_file(&rt, "DateExtractor.json", false)?,
        date_file(&rt, "DateParser.json", true)?,
        quantulum(&base.join("quantulum3"))?,
    ];
    let strict = STRICT_FILES
        .iter()
        .map(|f| strict_file(&rt, f))
        .collect::<Result<Vec<_>>>()?;
    let quantities = quantulum_claims(&base.join("quantulum3"))?;
    Ok(NumbersReport {
        files,
        strict,
        quantities,
        verbose,
    })
}

/// The files `score_rt.py` scores.
const STRICT_FILES: &[&str] = &[
    "NumberModel.json",
    "PercentModel.json",
    "CurrencyModel.json",
    "NumberRangeModel.json",
    "DateParser.json",
];

/// What a strict result expects: a number, both ends of an interval
/// (either may be open), or one of the days a date may resolve to.
enum Strict {
    Number(Option<f64>),
    Range(Option<f64>, Option<f64>),
    Days(Vec<String>),
}

fn strict_expected(file: &str, r: &serde_json::Value) -> Option<Strict> {
    let num = |v: &serde_json::Value| {
        v.as_str()
            .and_then(|s| s.replace(',', "").trim_end_matches('%').parse::<f64>().ok())
            .or_else(|| v.as_f64())
    };
    match file {
        "DateParser.json" => {
            let days: Vec<String> = ["FutureResolution", "PastResolution"]
                .iter()
                .filter_map(|k| r["Value"][k]["date"].as_str())
                .map(|d| d.chars().take(10).collect())
                .collect();
            (!days.is_empty()).then_some(Strict::Days(days))
        }
        "NumberRangeModel.json" => {
            let v = r["Resolution"]["value"].as_str()?;
            let inner = v.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')'));
            let (lo, hi) = inner.split_once(',')?;
            let end = |s: &str| s.trim().parse::<f64>().ok();
            Some(Strict::Range(end(lo), end(hi)))
        }
        _ => Some(Strict::Number(num(&r["Resolution"]["value"]))),
    }
}

fn strict_matches(e: &Strict, c: &crate::extract::claims::Claim) -> bool {
    let near = |want: f64, got: f64, tol: f64| (got - want).abs() <= tol;
    match e {
        Strict::Days(days) => c
            .value
            .as_date()
            .is_some_and(|d| days.contains(&d.format("%Y-%m-%d").to_string())),
        Strict::Range(lo, hi) => {
            let tol = |x: f64| 1e-6 * x.abs().max(1.0);
            let v = c.value.as_number();
            lo.is_none_or(|lo| v.is_some_and(|v| near(lo, v, tol(lo))))
                && hi.is_none_or(|hi| c.value_high.is_some_and(|h| near(hi, h, tol(hi))))
        }
        Strict::Number(None) => false,
        Strict::Number(Some(want)) => c.value.as_number().is_some_and(|x| {
            let tol = (1e-6 * want.abs()).max(1e-9);
            near(*want, x, tol) || near(*want, x * 100.0, tol)
        }),
    }
}

/// One file scored as `score_rt.py` does: the cases upstream's .NET
/// implementation supports, each run through the whole claim extractor at
/// its reference date; an expected result passes when some claim of its
/// input has its value (negative cases are not in this score).
fn strict_file(dir: &Path, file: &str) -> Result<(String, usize, usize, usize)> {
    let (mut ok, mut total, mut valueless) = (0, 0, 0);
    for case in load(dir, file)? {
        if case.not_supported_by("dotnet") || case.results.is_empty() {
            continue;
        }
        let doc = crate::analysis::Document::from_raw(&case.input);
        let claims = crate::extract::claims::extract_claims(&doc, Some(case.reference()));
        for r in &case.results {
            let Some(e) = strict_expected(file, r) else {
                continue;
            };
            total += 1;
            valueless += usize::from(matches!(e, Strict::Number(None)));
            ok += usize::from(claims.iter().any(|c| strict_matches(&e, c)));
        }
    }
    Ok((file.to_string(), ok, total, valueless))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// quantulum3's rates over time against our claims: text, quantulum3's
    /// unit, and whether some claim of the text agrees with it.
    #[test]
    fn rates_per_time_agree_with_quantulum_units() {
        for (text, unit, agrees) in [
            (
                "the bridge carries 38,000 vehicles a day",
                "count per day",
                true,
            ),
            (
                "the gym is used four times per week",
                "count per week",
                true,
            ),
            ("rents rose 3 per cent a year", "percentage per year", true),
            ("rents rose 3 per cent a year", "percentage", false),
            ("rents rose 3 per cent", "percentage per year", false),
            ("the bridge carries 38,000 vehicles", "count per day", false),
            (
                "the bridge carries 38,000 vehicles a week",
                "count per day",
                false,
            ),
        ] {
            let doc = crate::analysis::Document::from_raw(text);
            let claims = crate::extract::claims::extract_claims(&doc, None);
            let got = claims.iter().any(|c| unit_agrees(quantulum_unit(unit), c));
            assert_eq!(got, agrees, "{text} / {unit}: {claims:?}");
        }
    }
}
