//! Generates the ISO 4217, ISO 3166-1, card-scheme and E.164 country-code tables from `data/*.csv` (the only copy of the data).
//!
//! Output in `OUT_DIR`:
//! - `currency_table.rs`: `CURRENCIES` (payable codes, sorted), `NO_MINOR_UNIT` (recognised codes without a
//!   minor unit), `WITHDRAWN` (code → replacement), and the `__currency_consts!` macro that `payment-core`
//!   expands into `Currency::JPY`, `Currency::USD`, ...;
//! - `country_table.rs`: `COUNTRIES` (sorted) and the `__country_consts!` macro;
//! - `card_table.rs`: `RANGES`, the card-scheme prefix ranges, longest prefix first;
//! - `phone_table.rs`: `COUNTRY_CODES`, the assigned ITU-T E.164 country codes.
//!
//! The build fails on malformed or unsorted data, so a bad edit of a CSV never reaches a binary.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// The data rows of a CSV: comment lines (`#`) and the header are skipped; each row is split into at most
/// `columns` fields so the last field (a name) may contain commas.
fn rows(path: &str, columns: usize) -> Vec<Vec<String>> {
    println!("cargo::rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let mut lines = text.lines().map(str::trim_end).filter(|l| !l.is_empty() && !l.starts_with('#'));
    lines.next().unwrap_or_else(|| panic!("{path}: missing header line"));
    let rows: Vec<Vec<String>> = lines
        .map(|line| {
            let fields: Vec<String> = line.splitn(columns, ',').map(|f| f.trim().to_owned()).collect();
            assert_eq!(fields.len(), columns, "{path}: expected {columns} columns in `{line}`");
            fields
        })
        .collect();
    for pair in rows.windows(2) {
        assert!(pair[0][0] < pair[1][0], "{path}: `{}` must sort before `{}`", pair[0][0], pair[1][0]);
    }
    rows
}

fn check_code(path: &str, code: &str, len: usize) {
    assert!(
        code.len() == len && code.bytes().all(|b| b.is_ascii_uppercase()),
        "{path}: `{code}` is not {len} upper-case ASCII letters"
    );
}

fn currencies() -> String {
    const PATH: &str = "data/iso4217.csv";
    let mut table = String::new();
    let mut no_minor = String::new();
    let mut consts = String::new();
    let (mut n, mut m) = (0usize, 0usize);
    for row in rows(PATH, 4) {
        let (code, numeric, minor, name) = (&row[0], &row[1], &row[2], &row[3]);
        check_code(PATH, code, 3);
        let numeric: u16 = numeric.parse().unwrap_or_else(|e| panic!("{PATH}: {code} numeric: {e}"));
        assert!(numeric < 1000, "{PATH}: {code}: numeric code has three digits");
        if minor == "N.A." {
            writeln!(no_minor, "    NoMinorUnit {{ code: {code:?}, numeric: {numeric}, name: {name:?} }},")
                .unwrap();
            m += 1;
            continue;
        }
        let exponent: u8 = minor.parse().unwrap_or_else(|e| panic!("{PATH}: {code} minor unit: {e}"));
        assert!(exponent <= 4, "{PATH}: {code}: minor unit {exponent} is out of range");
        writeln!(
            table,
            "    CurrencyInfo {{ code: {code:?}, numeric: {numeric}, exponent: {exponent}, name: {name:?} }},"
        )
        .unwrap();
        let places =
            if exponent == 1 { "1 decimal place".to_owned() } else { format!("{exponent} decimal places") };
        writeln!(consts, "        /// `{code}`: {name} (ISO 4217 numeric {numeric:03}, {places}).").unwrap();
        writeln!(consts, "        pub const {code}: Self = Self::__from_index({n});").unwrap();
        n += 1;
    }

    const WITHDRAWN: &str = "data/iso4217-withdrawn.csv";
    let mut withdrawn = String::new();
    let mut k = 0usize;
    for row in rows(WITHDRAWN, 4) {
        check_code(WITHDRAWN, &row[0], 3);
        let replaced_by = if row[1].is_empty() {
            "None".to_owned()
        } else {
            check_code(WITHDRAWN, &row[1], 3);
            assert!(!row[3].is_empty(), "{WITHDRAWN}: {}: a replacement needs a cited source", row[0]);
            format!("Some({:?})", row[1])
        };
        let since = &row[2];
        assert!(
            since.len() == 7 && since.as_bytes()[4] == b'-',
            "{WITHDRAWN}: {}: `withdrawn` is YYYY-MM",
            row[0]
        );
        writeln!(
            withdrawn,
            "    Withdrawn {{ code: {:?}, replaced_by: {replaced_by}, since: {since:?} }},",
            row[0]
        )
        .unwrap();
        k += 1;
    }

    format!(
        "/// Every active ISO 4217 code with a minor unit, sorted by code (from `data/iso4217.csv`).\n\
         pub static CURRENCIES: [CurrencyInfo; {n}] = [\n{table}];\n\n\
         /// Active ISO 4217 codes without a minor unit (metals, bond units, SDR, testing), sorted.\n\
         pub static NO_MINOR_UNIT: [NoMinorUnit; {m}] = [\n{no_minor}];\n\n\
         /// Withdrawn codes and their replacements, sorted (from `data/iso4217-withdrawn.csv`).\n\
         pub static WITHDRAWN: [Withdrawn; {k}] = [\n{withdrawn}];\n\n\
         /// Expands to one associated constant per entry of [`CURRENCIES`], each calling\n\
         /// `Self::__from_index(i)`. Used by `payment-core`'s `Currency`.\n\
         #[doc(hidden)]\n#[macro_export]\nmacro_rules! __currency_consts {{\n    () => {{\n{consts}    }};\n}}\n"
    )
}

fn countries() -> String {
    const PATH: &str = "data/iso3166-1.csv";
    let mut table = String::new();
    let mut consts = String::new();
    let mut n = 0usize;
    for row in rows(PATH, 2) {
        let (code, name) = (&row[0], &row[1]);
        check_code(PATH, code, 2);
        writeln!(table, "    CountryInfo {{ code: {code:?}, name: {name:?} }},").unwrap();
        writeln!(consts, "        /// `{code}`: {name}.").unwrap();
        writeln!(consts, "        pub const {code}: Self = Self::__from_index({n});").unwrap();
        n += 1;
    }
    assert_eq!(n, 249, "{PATH}: ISO 3166-1 has 249 officially assigned codes, found {n}");
    format!(
        "/// Every officially assigned ISO 3166-1 alpha-2 code, sorted (from `data/iso3166-1.csv`).\n\
         pub static COUNTRIES: [CountryInfo; {n}] = [\n{table}];\n\n\
         /// Expands to one associated constant per entry of [`COUNTRIES`], each calling\n\
         /// `Self::__from_index(i)`. Used by `payment-core`'s `Country`.\n\
         #[doc(hidden)]\n#[macro_export]\nmacro_rules! __country_consts {{\n    () => {{\n{consts}    }};\n}}\n"
    )
}

/// The source keys defined in a data file's header: lines `# - key: ...`.
fn source_keys(path: &str) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    text.lines()
        .filter_map(|l| l.strip_prefix("# - ")?.split_once(':').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

/// `16` → `Range(16, 16)`, `16-19` → `Range(16, 19)`, `13|16|19` → `OneOf(&[13, 16, 19])`.
fn lengths(path: &str, text: &str) -> String {
    let num = |s: &str| -> usize {
        let n = s.parse().unwrap_or_else(|e| panic!("{path}: length `{s}`: {e}"));
        assert!((12..=19).contains(&n), "{path}: length {n} is outside 12-19");
        n
    };
    if let Some((lo, hi)) = text.split_once('-') {
        let (lo, hi) = (num(lo), num(hi));
        assert!(lo <= hi, "{path}: lengths `{text}` are reversed");
        format!("Lengths::Range({lo}, {hi})")
    } else if text.contains('|') {
        let list: Vec<String> = text.split('|').map(|n| num(n).to_string()).collect();
        format!("Lengths::OneOf(&[{}])", list.join(", "))
    } else {
        let n = num(text);
        format!("Lengths::Range({n}, {n})")
    }
}

fn card_ranges() -> String {
    const PATH: &str = "data/card-ranges.csv";
    let sources = source_keys(PATH);
    let mut ranges: Vec<(String, String, String)> = Vec::new();
    let mut certain_lengths: Vec<(String, String)> = Vec::new();
    for row in rows(PATH, 6) {
        let (start, end, scheme, lens, certain, source) =
            (&row[0], &row[1], &row[2], &row[3], &row[4], &row[5]);
        assert!(
            !start.is_empty()
                && start.len() == end.len()
                && start.bytes().chain(end.bytes()).all(|b| b.is_ascii_digit()),
            "{PATH}: `{start},{end}` must be digit strings of one length"
        );
        assert!(start <= end, "{PATH}: `{start},{end}` is reversed");
        for key in source.split('+') {
            assert!(
                sources.iter().any(|s| s == key),
                "{PATH}: source `{key}` of `{start}` is not defined in the header"
            );
        }
        let certain = match certain.as_str() {
            "yes" => true,
            "no" => false,
            other => panic!("{PATH}: certain must be yes or no, not `{other}`"),
        };
        let entry = format!(
            "    SchemeRange {{ start: {start:?}, end: {end:?}, scheme: Scheme::{scheme}, lengths: {}, certain: {certain} }},",
            lengths(PATH, lens)
        );
        if certain {
            let lens = lengths(PATH, lens);
            let earlier = certain_lengths.iter().find(|(s, _)| s == scheme);
            assert!(
                earlier.is_none_or(|(_, l)| *l == lens),
                "{PATH}: the certain ranges of {scheme} must agree on their lengths"
            );
            certain_lengths.push((scheme.clone(), lens));
        }
        ranges.push((start.clone(), end.clone(), entry));
    }
    // Longest prefix first, so the first match is the most specific range.
    ranges.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    for pair in ranges.windows(2) {
        let ((s1, e1, _), (s2, _, _)) = (&pair[0], &pair[1]);
        assert!(
            s1.len() != s2.len() || e1 < s2,
            "{PATH}: `{s1}-{e1}` overlaps `{s2}` at the same prefix length"
        );
    }
    let n = ranges.len();
    let max_prefix = ranges.iter().map(|(s, _, _)| s.len()).max().unwrap_or(0);
    assert!(max_prefix <= 9, "{PATH}: a prefix of more than nine digits does not fit the u32 keys");
    let keys: String = ranges
        .iter()
        .map(|(s, e, _)| {
            let number = |p: &str| p.parse::<u32>().unwrap_or_else(|e| panic!("{PATH}: `{p}`: {e}"));
            format!("    ({}, {}, {}),\n", number(s), number(e), s.len())
        })
        .collect();
    let body: String = ranges.into_iter().map(|(_, _, e)| e + "\n").collect();
    format!(
        "/// The card-scheme prefix ranges of `data/card-ranges.csv`, longest prefix first.\n\
         pub(crate) static RANGES: [SchemeRange; {n}] = [\n{body}];\n\
         /// `RANGES` as numbers, in the same order: (first prefix, last prefix, prefix digits).\n\
         pub(crate) static RANGE_KEYS: [(u32, u32, u8); {n}] = [\n{keys}];\n\
         /// The longest prefix of `RANGES`, in digits.\n\
         pub(crate) const MAX_PREFIX: usize = {max_prefix};\n"
    )
}

fn country_calling_codes() -> String {
    const PATH: &str = "data/e164-country-codes.csv";
    let sources = source_keys(PATH);
    let mut codes: Vec<u16> = Vec::new();
    for row in rows(PATH, 3) {
        let (code, regions, source) = (&row[0], &row[1], &row[2]);
        assert!(
            (1..=3).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_digit())
                && !code.starts_with('0'),
            "{PATH}: `{code}` is not a country code of 1 to 3 digits"
        );
        assert!(!regions.is_empty(), "{PATH}: {code}: no region");
        for key in source.split('+') {
            assert!(sources.iter().any(|s| s == key), "{PATH}: source `{key}` of {code} is not defined");
        }
        codes.push(code.parse().expect("digits"));
    }
    for a in &codes {
        for b in &codes {
            let (a, b) = (a.to_string(), b.to_string());
            assert!(a == b || !b.starts_with(&a), "{PATH}: {a} is the start of {b}: codes are prefix-free");
        }
    }
    codes.sort_unstable();
    let n = codes.len();
    let list: Vec<String> = codes.iter().map(u16::to_string).collect();
    format!(
        "/// The assigned ITU-T E.164 country codes, ascending (from `data/e164-country-codes.csv`).\n\
         pub static COUNTRY_CODES: [u16; {n}] = [{}];\n",
        list.join(", ")
    )
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("currency_table.rs"), currencies()).expect("writing currency_table.rs");
    fs::write(Path::new(&out).join("country_table.rs"), countries()).expect("writing country_table.rs");
    fs::write(Path::new(&out).join("card_table.rs"), card_ranges()).expect("writing card_table.rs");
    fs::write(Path::new(&out).join("phone_table.rs"), country_calling_codes())
        .expect("writing phone_table.rs");
    println!("cargo::rerun-if-changed=build.rs");
}
