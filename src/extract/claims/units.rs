//! Units a number can carry in news copy: durations, measures with their
//! dimension and conversion to one base unit per dimension, and the plural
//! of a counted noun.
//!
//! Every unit has one normalised name (`km`, `miles`, `sq km`, `celsius`,
//! `kWh`, `GB`), which is what a claim's `unit` holds; [`conversion`] turns
//! a value in that unit into the dimension's base unit, so that `5 inches`
//! and `127 mm`, or `86F` and `30C`, compare.

use super::lex::Piece;

/// A time unit after a number, as the claim's unit (plural): `years`, `days`.
pub(crate) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "years" | "yr" | "yrs" => "years",
        "month" | "months" => "months",
        "week" | "weeks" | "wk" | "wks" => "weeks",
        "day" | "days" => "days",
        "hour" | "hours" | "hr" | "hrs" => "hours",
        "minute" | "minutes" | "min" | "mins" => "minutes",
        "second" | "seconds" | "sec" | "secs" => "seconds",
        "decade" | "decades" => "decades",
        "century" | "centuries" => "centuries",
        "fortnight" | "fortnights" => "fortnights",
        _ => return None,
    })
}

/// A unit of measure after a number (`11-mile`, `1,500km`, `6 tonnes`), as
/// its normalised name.
pub(crate) fn measure_unit(w: &str) -> Option<&'static str> {
    length_or_area_unit(w)
        .or_else(|| mass_or_volume_unit(w))
        .or_else(|| speed_power_or_energy_unit(w))
        .or_else(|| other_unit(w))
}

/// Units of length, area and volume by a length (`km`, `m²`, `cm³`).
fn length_or_area_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "km2" | "km²" | "sqkm" => "sq km",
        "m2" | "m²" => "sq metres",
        "cm²" => "sq cm",
        "ft²" => "sq feet",
        "mi²" => "sq miles",
        "m³" => "cubic metres",
        "km³" => "cubic km",
        "cm³" => "ml",
        "nanometre" | "nanometres" | "nanometer" | "nanometers" => "nm",
        "micron" | "microns" | "micrometre" | "micrometres" | "micrometer" | "micrometers"
        | "µm" => "µm",
        "mile" | "miles" | "mi" => "miles",
        "metre" | "metres" | "meter" | "meters" => "metres",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "foot" | "feet" | "ft" => "feet",
        "inch" | "inches" | "in." => "inches",
        "yard" | "yards" | "yd" | "yds" => "yards",
        _ => return None,
    })
}

/// Units of mass and volume, and land area (`kg`, `litres`, `acres`).
fn mass_or_volume_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "g" | "gram" | "grams" => "grams",
        "mg" | "milligram" | "milligrams" => "mg",
        "mcg" | "µg" | "microgram" | "micrograms" => "micrograms",
        "tonne" | "tonnes" | "ton" | "tons" | "t" => "tonnes",
        "lb" | "lbs" | "pound" | "pounds" => "lb",
        "oz" | "ounce" | "ounces" => "ounces",
        "stone" => "stone",
        "litre" | "litres" | "liter" | "liters" | "l" => "litres",
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "cc" => "ml",
        "cl" | "centilitre" | "centilitres" | "centiliter" | "centiliters" => "cl",
        "gallon" | "gallons" => "gallons",
        "pint" | "pints" => "pints",
        "barrel" | "barrels" => "barrels",
        "acre" | "acres" => "acres",
        "hectare" | "hectares" | "ha" => "hectares",
        _ => return None,
    })
}

/// Units of speed, power and energy (`mph`, `MW`, `kWh`, `kcal`).
fn speed_power_or_energy_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "mph" => "mph",
        "kph" | "km/h" | "kmh" => "km/h",
        "knot" | "knots" => "knots",
        "gw" | "gigawatts" | "gigawatt" => "GW",
        "mw" | "megawatts" | "megawatt" => "MW",
        "kw" | "kilowatts" | "kilowatt" => "kW",
        "watt" | "watts" => "W",
        "hp" | "horsepower" | "bhp" => "hp",
        "wh" => "Wh",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        "twh" => "TWh",
        "joule" | "joules" => "J",
        "calorie" | "calories" | "kcal" => "kcal",
        _ => return None,
    })
}

/// Units of temperature, data, frequency, radiation, explosive yield and
/// the kitchen (`celsius`, `GB`, `Mbit/s`, `mSv`, `megatonnes`, `cups`).
fn other_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "c" | "celsius" | "°c" | "ºc" | "centigrade" => "celsius",
        "f" | "fahrenheit" | "°f" | "ºf" => "fahrenheit",
        "kelvin" | "kelvins" => "kelvin",
        "kb" | "kilobytes" => "KB",
        "gb" | "gigabytes" => "GB",
        "mb" | "megabytes" => "MB",
        "tb" | "terabytes" => "TB",
        "pb" | "petabytes" => "PB",
        "eb" | "exabytes" => "EB",
        "hz" | "hertz" => "Hz",
        "khz" | "kilohertz" => "kHz",
        "mhz" | "megahertz" => "MHz",
        "ghz" | "gigahertz" => "GHz",
        "byte" | "bytes" => "bytes",
        // (`one bit of`, `a bit` are no data; `a 2048-bit key` counts bits.)
        "bits" => "bits",
        "kilobit" | "kilobits" => "kilobits",
        "megabit" | "megabits" => "megabits",
        "gigabit" | "gigabits" => "gigabits",
        "kbps" | "kbit/s" => "kbit/s",
        "mbps" | "mbit/s" => "Mbit/s",
        "gbps" | "gbit/s" => "Gbit/s",
        "tbps" | "tbit/s" => "Tbit/s",
        "mpg" => "mpg",
        "sievert" | "sieverts" => "Sv",
        "millisievert" | "millisieverts" => "mSv",
        "µsv" | "μsv" | "microsievert" | "microsieverts" => "µSv",
        "milligray" | "milligrays" => "mGy",
        "electronvolt" | "electronvolts" => "eV",
        "btu" | "btus" => "BTU",
        "kilojoule" | "kilojoules" => "kJ",
        "megajoule" | "megajoules" => "MJ",
        "terawatt" | "terawatts" => "TW",
        "kilotonne" | "kilotonnes" | "kiloton" | "kilotons" => "kilotonnes",
        "megatonne" | "megatonnes" | "megaton" | "megatons" => "megatonnes",
        "gigatonne" | "gigatonnes" | "gigaton" | "gigatons" => "gigatonnes",
        // (`two cup ties`: only `cups of` is a measure, see `needs_of`.)
        "cup" | "cups" => "cups",
        "tbsp" | "tablespoon" | "tablespoons" => "tbsp",
        "tsp" | "teaspoon" | "teaspoons" => "tsp",
        _ => return None,
    })
}

/// Units that are also common nouns and measure only before `of` (`2 cups
/// of flour`, not `two cup competitions`).
pub(crate) fn needs_of(unit: &str) -> bool {
    unit == "cups"
}

/// Unit symbols that are words or initials in another case (`EV` is an
/// electric vehicle, `MJ` a name), read only as written: `1.7 eV`, `14
/// mGy`, `20 mSv`, `3.5 TeV`, `50 MJ`.
pub(crate) fn cased_unit(text: &str) -> Option<&'static str> {
    Some(match text {
        "eV" => "eV",
        "keV" => "keV",
        "MeV" => "MeV",
        "GeV" => "GeV",
        "TeV" => "TeV",
        "Gy" => "Gy",
        "mGy" => "mGy",
        "Sv" => "Sv",
        "mSv" => "mSv",
        "kJ" => "kJ",
        "MJ" => "MJ",
        "TW" => "TW",
        _ => return None,
    })
}

/// A unit of measure as a piece is written: [`measure_unit`] of its lower
/// case, else [`cased_unit`].
pub(crate) fn unit_of(p: &Piece) -> Option<&'static str> {
    measure_unit(&p.lower).or_else(|| cased_unit(p.text))
}

/// What a measure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Speed,
    Temperature,
    Energy,
    Power,
    Data,
    Frequency,
    Duration,
    /// Data sent per second (`50 Mbps`).
    DataRate,
    /// Distance per fuel (`45 mpg`).
    FuelEconomy,
    /// Equivalent radiation dose (`20 millisieverts`).
    Dose,
    /// Absorbed radiation dose (`14 mGy`); grays and sieverts only agree
    /// for some radiation, so they do not compare.
    AbsorbedDose,
}

impl Dimension {
    /// The base unit values are converted to.
    pub fn base(self) -> &'static str {
        match self {
            Dimension::Length => "metres",
            Dimension::Area => "sq metres",
            Dimension::Volume => "litres",
            Dimension::Mass => "kg",
            Dimension::Speed => "km/h",
            Dimension::Temperature => "celsius",
            Dimension::Energy => "kWh",
            Dimension::Power => "W",
            Dimension::Data => "bytes",
            Dimension::Frequency => "Hz",
            Dimension::Duration => "seconds",
            Dimension::DataRate => "bit/s",
            Dimension::FuelEconomy => "mpg",
            Dimension::Dose => "Sv",
            Dimension::AbsorbedDose => "Gy",
        }
    }
}

/// Normalised unit, dimension, and the factor and offset to the base unit
/// (`base = value × factor + offset`).
const CONVERSIONS: &[(&str, Dimension, f64, f64)] = {
    use Dimension::*;
    &[
        ("km", Length, 1000.0, 0.0),
        ("miles", Length, 1609.344, 0.0),
        ("nautical miles", Length, 1852.0, 0.0),
        ("metres", Length, 1.0, 0.0),
        ("cm", Length, 0.01, 0.0),
        ("µm", Length, 1e-6, 0.0),
        ("nm", Length, 1e-9, 0.0),
        ("mm", Length, 0.001, 0.0),
        ("feet", Length, 0.3048, 0.0),
        ("inches", Length, 0.0254, 0.0),
        ("yards", Length, 0.9144, 0.0),
        ("sq km", Area, 1e6, 0.0),
        ("sq miles", Area, 2_589_988.110_336, 0.0),
        ("sq metres", Area, 1.0, 0.0),
        ("sq feet", Area, 0.092_903_04, 0.0),
        ("sq inches", Area, 0.000_645_16, 0.0),
        ("sq yards", Area, 0.836_127_36, 0.0),
        ("sq cm", Area, 1e-4, 0.0),
        ("acres", Area, 4_046.856_422_4, 0.0),
        ("hectares", Area, 10_000.0, 0.0),
        ("litres", Volume, 1.0, 0.0),
        ("ml", Volume, 0.001, 0.0),
        ("cl", Volume, 0.01, 0.0),
        ("cubic km", Volume, 1e12, 0.0),
        ("cubic metres", Volume, 1000.0, 0.0),
        ("cubic feet", Volume, 28.316_846_592, 0.0),
        // US customary kitchen measures.
        ("cups", Volume, 0.236_588_236_5, 0.0),
        ("tbsp", Volume, 0.014_786_764_78, 0.0),
        ("tsp", Volume, 0.004_928_921_594, 0.0),
        // US gallons: the commoner in wire copy (an imperial gallon is 4.546 l).
        ("gallons", Volume, 3.785_411_784, 0.0),
        ("pints", Volume, 0.568_261_25, 0.0),
        ("barrels", Volume, 158.987_294_928, 0.0),
        ("kg", Mass, 1.0, 0.0),
        ("grams", Mass, 0.001, 0.0),
        ("mg", Mass, 1e-6, 0.0),
        ("micrograms", Mass, 1e-9, 0.0),
        ("tonnes", Mass, 1000.0, 0.0),
        ("kilotonnes", Mass, 1e6, 0.0),
        ("megatonnes", Mass, 1e9, 0.0),
        ("gigatonnes", Mass, 1e12, 0.0),
        ("lb", Mass, 0.453_592_37, 0.0),
        ("ounces", Mass, 0.028_349_523_125, 0.0),
        ("stone", Mass, 6.350_293_18, 0.0),
        ("km/h", Speed, 1.0, 0.0),
        ("mph", Speed, 1.609_344, 0.0),
        ("knots", Speed, 1.852, 0.0),
        ("m/s", Speed, 3.6, 0.0),
        ("m/minute", Speed, 0.06, 0.0),
        ("m/h", Speed, 0.001, 0.0),
        ("km/s", Speed, 3600.0, 0.0),
        ("celsius", Temperature, 1.0, 0.0),
        ("fahrenheit", Temperature, 5.0 / 9.0, -32.0 * 5.0 / 9.0),
        ("kelvin", Temperature, 1.0, -273.15),
        ("Wh", Energy, 0.001, 0.0),
        ("kWh", Energy, 1.0, 0.0),
        ("MWh", Energy, 1e3, 0.0),
        ("GWh", Energy, 1e6, 0.0),
        ("TWh", Energy, 1e9, 0.0),
        ("J", Energy, 1.0 / 3.6e6, 0.0),
        ("kcal", Energy, 4184.0 / 3.6e6, 0.0),
        ("kJ", Energy, 1e3 / 3.6e6, 0.0),
        ("MJ", Energy, 1e6 / 3.6e6, 0.0),
        ("BTU", Energy, 1_055.056 / 3.6e6, 0.0),
        ("eV", Energy, 1.602_176_634e-19 / 3.6e6, 0.0),
        ("keV", Energy, 1.602_176_634e-16 / 3.6e6, 0.0),
        ("MeV", Energy, 1.602_176_634e-13 / 3.6e6, 0.0),
        ("GeV", Energy, 1.602_176_634e-10 / 3.6e6, 0.0),
        ("TeV", Energy, 1.602_176_634e-7 / 3.6e6, 0.0),
        ("W", Power, 1.0, 0.0),
        ("kW", Power, 1e3, 0.0),
        ("MW", Power, 1e6, 0.0),
        ("GW", Power, 1e9, 0.0),
        ("TW", Power, 1e12, 0.0),
        ("hp", Power, 745.699_872, 0.0),
        ("bytes", Data, 1.0, 0.0),
        ("KB", Data, 1e3, 0.0),
        ("MB", Data, 1e6, 0.0),
        ("GB", Data, 1e9, 0.0),
        ("TB", Data, 1e12, 0.0),
        ("PB", Data, 1e15, 0.0),
        ("EB", Data, 1e18, 0.0),
        ("bits", Data, 0.125, 0.0),
        ("kilobits", Data, 125.0, 0.0),
        ("megabits", Data, 125e3, 0.0),
        ("gigabits", Data, 125e6, 0.0),
        ("kbit/s", DataRate, 1e3, 0.0),
        ("Mbit/s", DataRate, 1e6, 0.0),
        ("Gbit/s", DataRate, 1e9, 0.0),
        ("Tbit/s", DataRate, 1e12, 0.0),
        ("mpg", FuelEconomy, 1.0, 0.0),
        ("Sv", Dose, 1.0, 0.0),
        ("mSv", Dose, 1e-3, 0.0),
        ("µSv", Dose, 1e-6, 0.0),
        ("Gy", AbsorbedDose, 1.0, 0.0),
        ("mGy", AbsorbedDose, 1e-3, 0.0),
        ("Hz", Frequency, 1.0, 0.0),
        ("kHz", Frequency, 1e3, 0.0),
        ("MHz", Frequency, 1e6, 0.0),
        ("GHz", Frequency, 1e9, 0.0),
        ("seconds", Duration, 1.0, 0.0),
        ("minutes", Duration, 60.0, 0.0),
        ("hours", Duration, 3600.0, 0.0),
        ("days", Duration, 86_400.0, 0.0),
        ("weeks", Duration, 604_800.0, 0.0),
        ("fortnights", Duration, 1_209_600.0, 0.0),
        ("months", Duration, 2_629_800.0, 0.0),
        ("years", Duration, 31_557_600.0, 0.0),
        ("decades", Duration, 315_576_000.0, 0.0),
        ("centuries", Duration, 3_155_760_000.0, 0.0),
    ]
};

/// The dimension of a normalised unit and how to convert it to the base
/// unit: `(dimension, factor, offset)`.
pub fn conversion(unit: &str) -> Option<(Dimension, f64, f64)> {
    CONVERSIONS
        .iter()
        .find(|(u, ..)| *u == unit)
        .map(|&(_, d, f, o)| (d, f, o))
}

/// A value in `unit` in its dimension's base unit.
pub fn to_base(unit: &str, value: f64) -> Option<f64> {
    conversion(unit).map(|(_, f, o)| value * f + o)
}

/// A length unit raised to a power: its area (2) or volume (3) unit.
fn raised(unit: &str, power: u8) -> Option<&'static str> {
    Some(match (unit, power) {
        ("km", 2) => "sq km",
        ("miles", 2) => "sq miles",
        ("metres", 2) => "sq metres",
        ("feet", 2) => "sq feet",
        ("inches", 2) => "sq inches",
        ("yards", 2) => "sq yards",
        ("cm", 2) => "sq cm",
        ("km", 3) => "cubic km",
        ("metres", 3) => "cubic metres",
        ("feet", 3) => "cubic feet",
        ("cm", 3) => "ml",
        _ => return None,
    })
}

/// A power written after a unit at `k`: `^2` (glued), `²`, `squared`,
/// `cubed`; the power and the piece after it.
fn power_at(pieces: &[Piece], k: usize) -> Option<(u8, usize)> {
    let p = pieces.get(k)?;
    let digit = |q: &Piece| match q.text {
        "2" | "²" => Some(2),
        "3" | "³" => Some(3),
        _ => None,
    };
    match p.text {
        "^" if p.glued => {
            let q = pieces.get(k + 1).filter(|q| q.glued)?;
            Some((digit(q)?, k + 2))
        }
        "²" | "³" if p.glued => Some((digit(p)?, k + 1)),
        _ => match p.lower.as_ref() {
            "squared" => Some((2, k + 1)),
            "cubed" => Some((3, k + 1)),
            _ => None,
        },
    }
}

/// A length `unit` ending before piece `k` raised to a power written after
/// it (`4km^2`, `4 km squared`, `10 m³`): the area or volume unit and the
/// piece after the power.
pub(crate) fn raised_after(
    pieces: &[Piece],
    k: usize,
    unit: &str,
) -> Option<(&'static str, usize)> {
    let (power, end) = power_at(pieces, k)?;
    Some((raised(unit, power)?, end))
}

/// The unit a piece names as a length, `m` included (only ever read as
/// metres inside a compound unit: `m/s`, `sq m`, `m²`).
fn length_of(p: &Piece) -> Option<&'static str> {
    if p.lower == "m" {
        return Some("metres");
    }
    measure_unit(&p.lower)
}

/// A multi-word unit rule: the unit and the piece after it, from the unit's
/// first piece at `j`.
type UnitRule = fn(&[Piece], usize) -> Option<(&'static str, usize)>;

/// Named rules for units written in more than one piece, tried in order;
/// their examples are in the test `compound_units`.
const COMPOUND_UNIT_RULES: &[(&str, UnitRule)] = &[
    ("square", square_rule),
    ("cubic", cubic_rule),
    ("degrees", degrees_rule),
    ("nautical", nautical_rule),
    ("british thermal", thermal_rule),
    ("power", power_rule),
    ("per time", per_time_rule),
];

/// Rule `square`: `sq`/`square` + length → area (`40 sq km`, `2 square
/// miles`, `500 sq m`).
fn square_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    if !pieces[j].is_any(&["sq", "square"]) {
        return None;
    }
    let u = raised(length_of(pieces.get(j + 1)?)?, 2)?;
    let skip = usize::from(pieces.get(j + 1).is_some_and(|q| q.text == "."));
    Some((u, j + 2 + skip))
}

/// Rule `cubic`: `cubic` + length → volume (`3 cubic metres`).
fn cubic_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    if !pieces[j].is("cubic") {
        return None;
    }
    Some((raised(length_of(pieces.get(j + 1)?)?, 3)?, j + 2))
}

/// Rule `degrees`: `degrees`/`°` + scale (`30 degrees Celsius`, `86 °F`,
/// `220° C`), or the scale named just after (see [`scale_named_after`]).
fn degrees_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    if !pieces[j].is_any(&["degrees", "degree", "°", "º"]) {
        return None;
    }
    match pieces.get(j + 1).and_then(|q| measure_unit(&q.lower)) {
        Some(u @ ("celsius" | "fahrenheit")) => Some((u, j + 2)),
        _ => scale_named_after(pieces, j).map(|u| (u, j + 1)),
    }
}

/// Words that may stand between degrees and their scale (`−40° on the
/// Celsius scale`, `0 degrees in Fahrenheit`).
const TO_SCALE: &[&str] = &["on", "the", "in", "a"];

/// Rule `scale named after`: degrees whose scale is named a few words on,
/// through `on`, `the`, `in` or `a` only (`−273.15° on the Celsius scale`,
/// `40 degrees in Fahrenheit`): the amount is the degrees alone.
fn scale_named_after(pieces: &[Piece], j: usize) -> Option<&'static str> {
    let mut k = j + 1;
    while pieces.get(k).is_some_and(|q| q.is_any(TO_SCALE)) && k < j + 4 {
        k += 1;
    }
    let q = pieces.get(k).filter(|_| k > j + 1)?;
    match q.lower.as_ref() {
        "celsius" | "centigrade" => Some("celsius"),
        "fahrenheit" => Some("fahrenheit"),
        _ => None,
    }
}

/// Rule `nautical`: `nautical miles`.
fn nautical_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    (pieces[j].is("nautical") && pieces.get(j + 1)?.is_any(&["miles", "mile"]))
        .then_some(("nautical miles", j + 2))
}

/// Rule `british thermal`: `British thermal units`.
fn thermal_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    let words = ["british", "thermal"];
    let at = |k: usize| pieces.get(j + k).map(|q| q.lower.as_ref());
    (at(0) == Some(words[0]) && at(1) == Some(words[1]) && matches!(at(2), Some("unit" | "units")))
        .then_some(("BTU", j + 3))
}

/// Rule `power`: a length raised to a power → area or volume (`4 km
/// squared`, `4km^2`, `10 m³`).
fn power_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    raised_after(pieces, j + 1, length_of(&pieces[j])?)
}

/// Rule `per time`: length per hour or second → speed (`70 miles per hour`,
/// `60 m/s`, `11 km per second`); miles per gallon; power + `hours` →
/// energy (`5 kilowatt hours`).
fn per_time_rule(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    let next = |k: usize| pieces.get(j + k).map(|q| q.lower.as_ref());
    let unit = length_of(&pieces[j]).or_else(|| unit_of(&pieces[j]))?;
    let per = |unit_words: &[&str], symbols: &[&str]| match (next(1), next(2)) {
        (Some("per" | "an" | "a"), Some(w)) => unit_words.contains(&w),
        (Some("/"), Some(w)) => symbols.contains(&w),
        _ => false,
    };
    let hourly = per(&["hour"], &["h", "hr"]);
    let secondly = per(&["second"], &["s", "sec"]);
    match unit {
        "miles" if hourly => Some(("mph", j + 3)),
        "km" if hourly => Some(("km/h", j + 3)),
        "metres" if secondly => Some(("m/s", j + 3)),
        "km" if secondly => Some(("km/s", j + 3)),
        "kilobits" if secondly => Some(("kbit/s", j + 3)),
        "megabits" if secondly => Some(("Mbit/s", j + 3)),
        "gigabits" if secondly => Some(("Gbit/s", j + 3)),
        "miles" if per(&["gallon"], &["gal"]) => Some(("mpg", j + 3)),
        "kW" | "MW" | "GW" | "TW" if matches!(next(1), Some("hours" | "hour")) => {
            let u = match unit {
                "kW" => "kWh",
                "MW" => "MWh",
                "GW" => "GWh",
                _ => "TWh",
            };
            Some((u, j + 2))
        }
        _ => None,
    }
}

/// Rule `metres per time`: a time unit after a glued `m` (`17m/s`, `426m
/// per minute`, `3.7m/h`) makes the `m` metres and the whole a speed, not
/// millions; the speed unit and the piece after it. `k` is the piece after
/// the number.
pub(crate) fn metres_per_time(pieces: &[Piece], k: usize) -> Option<(&'static str, usize)> {
    let joiner = pieces.get(k)?;
    let slash = joiner.text == "/" && joiner.glued;
    if !(slash || joiner.is("per")) {
        return None;
    }
    let t = pieces.get(k + 1)?;
    let u = match (slash, t.lower.as_ref()) {
        (true, "s" | "sec") | (false, "second") => "m/s",
        (true, "min") | (false, "minute") => "m/minute",
        (true, "h" | "hr") | (false, "hour") => "m/h",
        _ => return None,
    };
    Some((u, k + 2))
}

/// A unit written in more than one piece at `j` (see
/// [`COMPOUND_UNIT_RULES`]): its normalised name and the piece after it.
pub(crate) fn compound_unit(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    pieces.get(j)?;
    COMPOUND_UNIT_RULES
        .iter()
        .find_map(|(_, rule)| rule(pieces, j))
}

/// The plural of a singular noun, for units made from `N-noun` compounds
/// (`a 10-point plan` counts points).
pub(crate) fn plural(noun: &str) -> String {
    let irregular = match noun {
        "man" => Some("men"),
        "woman" => Some("women"),
        "child" => Some("children"),
        "person" => Some("people"),
        "foot" => Some("feet"),
        "storey" => Some("storeys"),
        _ => None,
    };
    if let Some(p) = irregular {
        return p.to_string();
    }
    if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") || noun.ends_with('x') {
        format!("{noun}es")
    } else if noun.ends_with('y')
        && !noun.ends_with("ay")
        && !noun.ends_with("ey")
        && !noun.ends_with("oy")
    {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    #[test]
    fn units_and_plurals() {
        for (w, u) in [("yrs", "years"), ("hour", "hours"), ("weeks", "weeks")] {
            assert_eq!(time_unit(w), Some(u), "{w}");
        }
        assert_eq!(measure_unit("kilometres"), Some("km"));
        assert_eq!(measure_unit("doctors"), None);
        for (s, p) in [
            ("point", "points"),
            ("storey", "storeys"),
            ("city", "cities"),
            ("bus", "buses"),
        ] {
            assert_eq!(plural(s), p);
        }
    }

    #[test]
    fn every_normalised_unit_converts() {
        for w in [
            "km",
            "miles",
            "mm",
            "inches",
            "kg",
            "lb",
            "litres",
            "cc",
            "acres",
            "mph",
            "kph",
            "celsius",
            "f",
            "kwh",
            "mw",
            "gb",
            "hp",
            "stone",
            "pints",
            "km2",
            "km²",
            "m2",
            "nanometres",
            "microns",
            "cl",
            "wh",
            "kelvin",
            "exabytes",
            "bytes",
            "bits",
            "gbps",
            "megabits",
            "mpg",
            "millisieverts",
            "btu",
            "cups",
            "tbsp",
            "tsp",
            "megatonnes",
            "m³",
            "cm²",
        ] {
            let u = measure_unit(w).unwrap();
            assert!(conversion(u).is_some(), "{w} → {u}");
        }
        for w in ["years", "days", "minutes", "decades"] {
            assert!(conversion(time_unit(w).unwrap()).is_some(), "{w}");
        }
        for w in ["eV", "TeV", "Gy", "mGy", "Sv", "mSv", "kJ", "MJ", "TW"] {
            assert!(conversion(cased_unit(w).unwrap()).is_some(), "{w}");
        }
        assert_eq!(cased_unit("EV"), None);
    }

    #[test]
    fn conversions_put_units_of_one_dimension_on_one_scale() {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
        for (a, va, b, vb) in [
            ("inches", 5.0, "mm", 127.0),
            ("miles", 1.0, "km", 1.609_344),
            ("fahrenheit", 86.0, "celsius", 30.0),
            ("fahrenheit", 32.0, "celsius", 0.0),
            ("mph", 70.0, "km/h", 112.654_08),
            ("sq miles", 1.0, "acres", 640.0),
            ("MWh", 2.0, "kWh", 2000.0),
            ("GB", 1.0, "MB", 1000.0),
            ("weeks", 2.0, "days", 14.0),
            ("sq km", 1.0, "hectares", 100.0),
            ("cubic km", 1.0, "cubic metres", 1e9),
            ("cl", 75.0, "ml", 750.0),
            ("Wh", 500.0, "kWh", 0.5),
            ("kelvin", 300.0, "celsius", 26.85),
            ("nm", 1000.0, "µm", 1.0),
            ("EB", 1.0, "PB", 1000.0),
            ("GHz", 2.8, "MHz", 2800.0),
            ("m/s", 1.0, "km/h", 3.6),
            ("Gbit/s", 1.0, "Mbit/s", 1000.0),
            ("bits", 8.0, "bytes", 1.0),
            ("mSv", 20.0, "µSv", 20_000.0),
            ("TeV", 1.0, "GeV", 1000.0),
            ("cups", 1.0, "tbsp", 16.0),
            ("tbsp", 1.0, "tsp", 3.0),
            ("sq cm", 10_000.0, "sq metres", 1.0),
        ] {
            assert_eq!(
                conversion(a).unwrap().0,
                conversion(b).unwrap().0,
                "{a} {b}"
            );
            assert!(
                close(to_base(a, va).unwrap(), to_base(b, vb).unwrap()),
                "{va} {a} = {vb} {b}"
            );
        }
    }

    /// Each multi-word rule with its own examples: text after the number,
    /// the unit, and how many pieces it takes.
    #[test]
    fn compound_units() {
        for (text, unit, len) in [
            ("sq km of forest", Some("sq km"), 2),
            ("square miles", Some("sq miles"), 2),
            ("square metres", Some("sq metres"), 2),
            ("cubic metres of water", Some("cubic metres"), 2),
            ("cubic kilometres of ice", Some("cubic km"), 2),
            ("degrees Celsius", Some("celsius"), 2),
            ("degrees Fahrenheit", Some("fahrenheit"), 2),
            // rule `scale named after`: the degrees alone
            ("° on the Celsius scale", Some("celsius"), 1),
            ("degrees in Fahrenheit", Some("fahrenheit"), 1),
            ("° on a windy day", None, 0),
            ("° Celsius", Some("celsius"), 2),
            ("miles per hour", Some("mph"), 3),
            ("miles an hour", Some("mph"), 3),
            ("kilometres per hour", Some("km/h"), 3),
            ("km/h winds", Some("km/h"), 3),
            ("kilowatt hours", Some("kWh"), 2),
            ("nautical miles", Some("nautical miles"), 2),
            ("km squared", Some("sq km"), 2),
            ("km^3 of water", Some("cubic km"), 3),
            ("m squared", Some("sq metres"), 2),
            ("sq m", Some("sq metres"), 2),
            ("m/s gusts", Some("m/s"), 3),
            ("km per second", Some("km/s"), 3),
            ("miles per gallon", Some("mpg"), 3),
            ("megabits per second", Some("Mbit/s"), 3),
            ("kilobits a second", Some("kbit/s"), 3),
            ("British thermal units", Some("BTU"), 3),
            ("terawatt hours", Some("TWh"), 2),
            ("m from", None, 0),
            ("degrees of separation", None, 0),
            ("square deal", None, 0),
            ("miles away", None, 0),
        ] {
            let pieces = pieces_of(text);
            let got = compound_unit(&pieces, 0);
            assert_eq!(got.map(|(u, _)| u), unit, "{text}");
            if let Some((_, end)) = got {
                assert_eq!(end, len, "{text}");
            }
        }
    }
}
