//! Ties what extraction outputs to `EXTRACTOR_VERSION`: stores re-extract
//! their articles only when the version changes, so a change in output
//! without a version bump would leave every existing store silently stale.

use assert_cmd::Command;
use crosscheck::extract::EXTRACTOR_VERSION;
use sha2::{Digest, Sha256};

/// The extractor version and the SHA-256 of `crosscheck extract corpus`
/// (the repository's demo corpus) that it produces.
const EXPECTED: (i64, &str) = (
    34,
    "6070145aa15bda6cb9e3aef6d7d29fbdc3fa1c735970dad072c1ae03972e41a3",
);

#[test]
fn extraction_output_is_tied_to_the_extractor_version() {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", "corpus"])
        .output()
        .unwrap();
    assert!(out.status.success(), "crosscheck extract corpus failed");
    assert!(!out.stdout.is_empty(), "extract printed nothing");
    let digest: String = Sha256::digest(&out.stdout)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(
        (EXTRACTOR_VERSION, digest.as_str()) == EXPECTED,
        "`crosscheck extract corpus` now gives digest {digest} under EXTRACTOR_VERSION \
         {EXTRACTOR_VERSION}; the test expects version {} with digest {}.\n\
         If extraction output changed, bump EXTRACTOR_VERSION in src/extract/mod.rs (so \
         stored articles are re-extracted) and set EXPECTED in tests/extract_digest.rs to \
         (the new version, \"{digest}\").",
        EXPECTED.0,
        EXPECTED.1
    );
}
