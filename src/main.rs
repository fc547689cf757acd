//! The binary only starts the app; everything else lives in the library so tests can reach it.

fn main() {
    #[cfg(any(feature = "csr", feature = "hydrate"))]
    explainer::start();
    #[cfg(not(any(feature = "csr", feature = "hydrate")))]
    eprintln!("This is the browser's entry point: build it with Trunk (make dist), which asks for the `csr` feature.");
}
