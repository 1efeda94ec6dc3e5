//! Captures `tracing` output at TRACE level into a buffer, for the scope of a guard on the current thread.
//!
//! Use it with a current-thread runtime: the subscriber is the thread's default, so every future polled on
//! this thread (the client's, the sandbox's) reports to it.
#![allow(dead_code)] // each test file uses a different part of it

use std::io::Write;
use std::sync::{Arc, Mutex, Once, PoisonError};

use tracing::subscriber::Interest;
use tracing::{Event, Metadata, span};
use tracing_subscriber::fmt::MakeWriter;

/// Installs, once per test binary, a global subscriber that is interested in every callsite and drops
/// everything. Call it before any traced code runs in any test of the binary ([`Capture::install`] does).
///
/// Why: `tracing` caches each callsite's interest when the callsite is first hit. If a test thread with
/// no subscriber hits a callsite while another thread is installing its scoped capture, the callsite can
/// be cached as "never" and the capture misses its events. With an always-interested global subscriber
/// in place first, no callsite is ever cached as "never", and each thread's scoped default still gets
/// its own thread's events.
pub(crate) fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = tracing::subscriber::set_global_default(Everything);
    });
}

/// Interested in everything, keeps nothing.
struct Everything;

impl tracing::Subscriber for Everything {
    fn register_callsite(&self, _: &'static Metadata<'static>) -> Interest {
        Interest::always()
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }

    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }

    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}

    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}

    fn event(&self, _: &Event<'_>) {}

    fn enter(&self, _: &span::Id) {}

    fn exit(&self, _: &span::Id) {}
}

/// A shared buffer the subscriber writes into.
#[derive(Clone, Default)]
pub(crate) struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    /// Installs a TRACE-level fmt subscriber writing into a new buffer as this thread's default, until the
    /// guard is dropped. No timestamps and no colours, so the text holds only what the code logged.
    pub(crate) fn install() -> (Capture, tracing::subscriber::DefaultGuard) {
        init();
        let capture = Capture::default();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(capture.clone())
            .with_ansi(false)
            .without_time()
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        (capture, guard)
    }

    /// Everything written so far.
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}
