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
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "km2" | "km²" | "sqkm" => "sq km",
        "m2" | "m²" => "sq metres",
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
        _ => return None,
    })
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
        ("acres", Area, 4_046.856_422_4, 0.0),
        ("hectares", Area, 10_000.0, 0.0),
        ("litres", Volume, 1.0, 0.0),
        ("ml", Volume, 0.001, 0.0),
        ("cl", Volume, 0.01, 0.0),
        ("cubic km", Volume, 1e12, 0.0),
        ("cubic metres", Volume, 1000.0, 0.0),
        ("cubic feet", Volume, 28.316_846_592, 0.0),
        // US gallons: the commoner in wire copy (an imperial gallon is 4.546 l).
        ("gallons", Volume, 3.785_411_784, 0.0),
        ("pints", Volume, 0.568_261_25, 0.0),
        ("barrels", Volume, 158.987_294_928, 0.0),
        ("kg", Mass, 1.0, 0.0),
        ("grams", Mass, 0.001, 0.0),
        ("mg", Mass, 1e-6, 0.0),
        ("micrograms", Mass, 1e-9, 0.0),
        ("tonnes", Mass, 1000.0, 0.0),
        ("lb", Mass, 0.453_592_37, 0.0),
        ("ounces", Mass, 0.028_349_523_125, 0.0),
        ("stone", Mass, 6.350_293_18, 0.0),
        ("km/h", Speed, 1.0, 0.0),
        ("mph", Speed, 1.609_344, 0.0),
        ("knots", Speed, 1.852, 0.0),
        ("m/s", Speed, 3.6, 0.0),
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
        ("W", Power, 1.0, 0.0),
        ("kW", Power, 1e3, 0.0),
        ("MW", Power, 1e6, 0.0),
        ("GW", Power, 1e9, 0.0),
        ("hp", Power, 745.699_872, 0.0),
        ("bytes", Data, 1.0, 0.0),
        ("KB", Data, 1e3, 0.0),
        ("MB", Data, 1e6, 0.0),
        ("GB", Data, 1e9, 0.0),
        ("TB", Data, 1e12, 0.0),
        ("PB", Data, 1e15, 0.0),
        ("EB", Data, 1e18, 0.0),
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

/// Named rules for units written in more than one word, each with its
/// examples (tested below): the unit's normalised name and the piece after it.
///
/// - `square`: `sq`/`square` + length → area (`40 sq km`, `2 square miles`)
/// - `cubic`: `cubic` + length → volume (`3 cubic metres`)
/// - `degrees`: `degrees`/`°` + scale (`30 degrees Celsius`, `86 °F`)
/// - `per hour`: length + `per hour`/`an hour` → speed (`70 miles per hour`)
/// - `hours of energy`: power + `hours` (`5 kilowatt hours`)
/// - `nautical`: `nautical miles`
pub(crate) fn compound_unit(pieces: &[Piece], j: usize) -> Option<(&'static str, usize)> {
    let p = pieces.get(j)?;
    let next = |k: usize| pieces.get(j + k).map(|q| q.lower.as_ref());
    let lw = p.lower.as_ref();
    if matches!(lw, "sq" | "square") {
        let u = match measure_unit(next(1)?)? {
            "km" => "sq km",
            "miles" => "sq miles",
            "metres" => "sq metres",
            "feet" => "sq feet",
            _ => return None,
        };
        let skip = usize::from(pieces.get(j + 1).is_some_and(|q| q.text == "."));
        return Some((u, j + 2 + skip));
    }
    if lw == "cubic" {
        let u = match measure_unit(next(1)?)? {
            "metres" => "cubic metres",
            "feet" => "cubic feet",
            "km" => "cubic km",
            _ => return None,
        };
        return Some((u, j + 2));
    }
    if matches!(lw, "degrees" | "degree" | "°" | "º") {
        let u = match next(1).and_then(measure_unit) {
            Some(u @ ("celsius" | "fahrenheit")) => u,
            _ => return None,
        };
        return Some((u, j + 2));
    }
    if lw == "nautical" && matches!(next(1), Some("miles" | "mile")) {
        return Some(("nautical miles", j + 2));
    }
    let unit = measure_unit(lw)?;
    let hourly = matches!(
        (next(1), next(2)),
        (Some("per" | "an" | "a"), Some("hour")) | (Some("/"), Some("h" | "hr"))
    );
    match unit {
        "miles" if hourly => Some(("mph", j + 3)),
        "km" if hourly => Some(("km/h", j + 3)),
        "metres"
            if matches!(
                (next(1), next(2)),
                (Some("per"), Some("second")) | (Some("/"), Some("s"))
            ) =>
        {
            Some(("m/s", j + 3))
        }
        "kW" | "MW" | "GW" if matches!(next(1), Some("hours" | "hour")) => {
            let u = match unit {
                "kW" => "kWh",
                "MW" => "MWh",
                _ => "GWh",
            };
            Some((u, j + 2))
        }
        _ => None,
    }
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
        ] {
            let u = measure_unit(w).unwrap();
            assert!(conversion(u).is_some(), "{w} → {u}");
        }
        for w in ["years", "days", "minutes", "decades"] {
            assert!(conversion(time_unit(w).unwrap()).is_some(), "{w}");
        }
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
            ("miles per hour", Some("mph"), 3),
            ("miles an hour", Some("mph"), 3),
            ("kilometres per hour", Some("km/h"), 3),
            ("km/h winds", Some("km/h"), 3),
            ("kilowatt hours", Some("kWh"), 2),
            ("nautical miles", Some("nautical miles"), 2),
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
