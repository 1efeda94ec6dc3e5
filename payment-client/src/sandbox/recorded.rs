//! [`RecordedRequest`]: what the sandbox received, as it came.

use std::fmt;

/// One request the sandbox received, as it came (nothing redacted: test data only).
///
/// `Debug` shows the method, the path and the header names only: the body holds card data and the
/// headers the key.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path and query, e.g. `/api/v1/server-to-server-interface/paymentv2`.
    pub path: String,
    /// Every header as received, names in lower case, in order.
    pub headers: Vec<(String, String)>,
    /// The body as JSON (`Null` when empty; a JSON string holding the text when it is not JSON).
    pub body: serde_json::Value,
}

impl RecordedRequest {
    /// The first value of a header (the name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("header_names", &names)
            .field("body", &format_args!("[{} bytes of JSON, not shown]", self.body.to_string().len()))
            .finish()
    }
}
