//! Writing to standard output and standard error without panicking: a reader that stops reading
//! (`paymentv2 schema purchase | head -c 300`) closes the pipe, and `println!` would then panic with
//! "failed printing to stdout: Broken pipe" and exit 101. Here a closed stream ends the output quietly:
//! what is left is dropped, and the program ends with the exit status of what it did.

use std::fmt;
use std::io::{self, Write};

/// Writes a line to standard output (the `out!` macro).
pub(crate) fn stdout_line(args: fmt::Arguments<'_>) {
    if let Err(e) = writeln!(io::stdout().lock(), "{args}")
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        stderr_line(format_args!("paymentv2: cannot write to standard output: {e}"));
    }
}

/// Writes a line to standard error (the `err!` macro); a closed standard error is ignored.
pub(crate) fn stderr_line(args: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "{args}");
}

/// `println!` that does not panic on a closed standard output.
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::stdout_line(format_args!($($arg)*)) };
}

/// `eprintln!` that does not panic on a closed standard error.
macro_rules! err {
    ($($arg:tt)*) => { $crate::output::stderr_line(format_args!($($arg)*)) };
}
