//! Host names that do not resolve on the public internet, refused as webhook hosts.
//!
//! | name (and every name under it) | what it is | source, and its date |
//! | --- | --- | --- |
//! | `localhost` | this machine | RFC 6761 §6.3 (IANA Special-Use Domain Names registry, as known on 2026-12-06: entries up to `service.arpa`, RFC 9665, 2024) |
//! | `local` | a multicast DNS name on the local link | RFC 6762 §3 (registry) |
//! | `test` | a testing name | RFC 6761 §6.2 (registry) |
//! | `invalid` | a name that cannot exist | RFC 6761 §6.4 (registry) |
//! | `onion` | a Tor onion service | RFC 7686 (registry) |
//! | `alt` | a name outside the DNS | RFC 9476 (registry) |
//! | `home.arpa` | a home network name | RFC 8375 (registry) |
//! | `arpa` (all of it: `in-addr.arpa`, `ipv4only.arpa`, `resolver.arpa`, `service.arpa`, ...) | infrastructure, never a web host | RFC 3172 §2; the registry's `.arpa` entries |
//! | `internal` | a private-use name | ICANN Board resolution of 2024-07-29, reserving `.internal` for private use (after SAC113) |
//! | `metadata.google.internal` | Google Compute Engine's metadata server | Google Cloud, "About VM metadata" |
//! | `instance-data.ec2.internal` | Amazon EC2's instance metadata | AWS EC2 User Guide, "Instance metadata" |
//! | `metadata.tencentyun.com` | Tencent Cloud CVM's metadata server (resolves to a link-local address) | Tencent Cloud, "Querying Instance Metadata" |
//!
//! The cloud names are those of the vendors' documentation, cross-checked on 2026-12-06 against the block
//! lists of SSRF filters in public repositories (which also list names that do resolve publicly, such
//! as `metadata.platformequinix.com`: not refused here, since a public name is the receiving side's
//! business, as `127.0.0.1.nip.io` is). Platforms that give their metadata service only an address
//! (AWS, Azure, Oracle: `169.254.169.254`; Alibaba: `100.100.100.200`) are refused by the address rules.
//!
//! Also refused: a single-label name (`intranet`, `metadata`, `instance-data`), which resolves only
//! through a network's own search domains.
//!
//! Kept, and said so: the RFC 2606 documentation names. `example.com`, `example.net` and `example.org`
//! resolve publicly. The `example` top-level domain does not, but it is this project's documentation
//! name (`hooks.shop.example`, `a@b.example`): a value in an example must be a valid value, and a
//! webhook posted to `.example` fails at the resolver, before any data leaves.

/// The special-use names: `(name, what it is)`; a host is refused when it is the name or ends in `.name`.
pub(crate) const SPECIAL_USE: [(&str, &str); 11] = [
    ("local", "a multicast DNS name (.local)"),
    ("test", "a testing name (.test)"),
    ("invalid", "an invalid name (.invalid)"),
    ("onion", "a Tor onion service name (.onion)"),
    ("alt", "a name outside the DNS (.alt)"),
    ("home.arpa", "a home network name (.home.arpa)"),
    ("arpa", "an infrastructure name (.arpa)"),
    ("internal", "a private-use name (.internal)"),
    ("metadata.google.internal", "a cloud metadata service"),
    ("instance-data.ec2.internal", "a cloud metadata service"),
    ("metadata.tencentyun.com", "a cloud metadata service"),
];

/// What `name` (ASCII, lower case, no trailing dot) is, if it does not resolve publicly: the most
/// specific entry of [`SPECIAL_USE`], or a single label.
pub(crate) fn special_use(name: &str) -> Option<&'static str> {
    let under = |suffix: &str| name == suffix || name.strip_suffix(suffix).is_some_and(|n| n.ends_with('.'));
    let specific =
        SPECIAL_USE.iter().filter(|(suffix, _)| under(suffix)).max_by_key(|(suffix, _)| suffix.len());
    match specific {
        Some((_, what)) => Some(what),
        None if !name.contains('.') => Some("a single-label name"),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::special_use;

    #[test]
    fn names_of_the_registry_and_under_them() {
        for (name, what) in [
            ("printer.local", "a multicast DNS name (.local)"),
            ("hooks.test", "a testing name (.test)"),
            ("a.b.invalid", "an invalid name (.invalid)"),
            (
                "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
                "a Tor onion service name (.onion)",
            ),
            ("router.home.arpa", "a home network name (.home.arpa)"),
            ("ipv4only.arpa", "an infrastructure name (.arpa)"),
            ("10.in-addr.arpa", "an infrastructure name (.arpa)"),
            ("corp.internal", "a private-use name (.internal)"),
            ("metadata.google.internal", "a cloud metadata service"),
            ("metadata.tencentyun.com", "a cloud metadata service"),
            ("intranet", "a single-label name"),
            ("metadata", "a single-label name"),
        ] {
            assert_eq!(special_use(name), Some(what), "{name}");
        }
        for name in [
            "example.com",
            "hooks.shop.example",
            "notlocal.com",
            "local.com",
            "test.example.org",
            "tencentyun.com",
        ] {
            assert_eq!(special_use(name), None, "{name}");
        }
    }
}
