//! Build script: with the `semantic` feature, records libtorch's folder in
//! the rpath of every binary and test, so they run without LD_LIBRARY_PATH.
//!
//! torch-sys links against libtorch but only passes `-rpath` when compiling
//! its own C++ shim, which does not reach the final link. It does publish the
//! folder it linked against (`cargo:libtorch_lib`, seen here as
//! `DEP_TCH_LIBTORCH_LIB` because torch-sys is a direct dependency under the
//! feature). Using that folder, rather than asking python or `LIBTORCH`
//! again, guarantees the binary loads the very libraries it was linked with,
//! whichever way torch-sys found them (`LIBTORCH_USE_PYTORCH`, `LIBTORCH`,
//! `LIBTORCH_LIB` or `/usr`).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_SEMANTIC").is_none() {
        return;
    }
    // torch-sys sets it on Linux and macOS only; elsewhere the loader's own
    // search (PATH on Windows) has to find libtorch.
    if let Some(dir) = std::env::var_os("DEP_TCH_LIBTORCH_LIB") {
        let dir = dir.to_string_lossy();
        println!("cargo::rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
