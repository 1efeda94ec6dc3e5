//! IP addresses: IPv4 or IPv6, as parsed by the standard library (`std::net::IpAddr`).
//!
//! ```
//! use payment_rules::ip::ip;
//!
//! assert!(ip("127.0.0.1").is_ok());
//! assert!(ip("::1").is_ok());
//! assert_eq!(ip("300.1.1.1").unwrap_err().to_string(), "the IP address must be an IPv4 or IPv6 address (`203.0.113.7`, `2001:db8::7`)");
//! ```

use std::net::IpAddr;

use crate::rule_error;

/// Why a string is not an IP address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the IP address must be an IPv4 or IPv6 address (`203.0.113.7`, `2001:db8::7`)")]
pub struct IpError;

rule_error!(IpError, |_e| ("ip", "must be an IPv4 or IPv6 address"));

/// The rule: `s` parses as an [`IpAddr`] (no surrounding brackets, no port, no zone).
pub fn ip(s: &str) -> Result<IpAddr, IpError> {
    s.parse().map_err(|_| IpError)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v4_and_v6() {
        assert!(ip("127.0.0.1").unwrap().is_ipv4());
        assert!(ip("::1").unwrap().is_ipv6());
        assert!(ip("2001:db8::8a2e:370:7334").unwrap().is_ipv6());
        assert!(ip("::ffff:192.0.2.1").unwrap().is_ipv6());
    }

    #[test]
    fn rejected() {
        for s in [
            "",
            "300.1.1.1",
            "1.1.1",
            "01.1.1.1",
            " 127.0.0.1",
            "[::1]",
            "::1%eth0",
            "127.0.0.1:80",
            "１.1.1.1",
            "localhost",
        ] {
            assert!(ip(s).is_err(), "{s:?}");
        }
    }
}
