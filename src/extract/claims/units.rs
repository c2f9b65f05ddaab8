//! Units a number can carry in news copy: durations, distances and other
//! measures, and the plural of a counted noun.

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

/// A unit of measure after a number (`11-mile`, `1,500km`, `6 tonnes`).
pub(crate) fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" | "mi" => "miles",
        "metre" | "metres" | "meter" | "meters" => "metres",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "foot" | "feet" | "ft" => "feet",
        "inch" | "inches" => "inches",
        "yard" | "yards" | "yd" | "yds" => "yards",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "g" | "gram" | "grams" => "grams",
        "mg" | "milligram" | "milligrams" => "mg",
        "mcg" | "µg" | "microgram" | "micrograms" => "micrograms",
        "tonne" | "tonnes" | "ton" | "tons" | "t" => "tonnes",
        "lb" | "lbs" => "lb",
        "litre" | "litres" | "liter" | "liters" | "l" => "litres",
        "ml" | "millilitre" | "millilitres" => "ml",
        "gallon" | "gallons" => "gallons",
        "acre" | "acres" => "acres",
        "hectare" | "hectares" | "ha" => "hectares",
        "mph" => "mph",
        "kph" | "km/h" => "km/h",
        "sq" => "square",
        "gw" | "gigawatts" | "gigawatt" => "GW",
        "mw" | "megawatts" | "megawatt" => "MW",
        "kw" | "kilowatts" | "kilowatt" => "kW",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "c" | "celsius" => "celsius",
        "f" | "fahrenheit" => "fahrenheit",
        "gb" | "gigabytes" => "GB",
        "mb" | "megabytes" => "MB",
        "tb" | "terabytes" => "TB",
        _ => return None,
    })
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
}
