//! Which IP addresses are globally reachable: the IANA IPv4 and IPv6 Special-Purpose Address Registries
//! (RFC 6890, as updated by RFC 8190; registries as of 2025-09, read in round one, with 5f00::/16 of
//! RFC 9602, 2024) and the IANA IPv6 Address Space registry (2000::/3 is the global unicast space; as
//! known on 2026-12-06).
//!
//! | form | judged by | source |
//! | --- | --- | --- |
//! | IPv4 | the IPv4 special-purpose registry ("Globally Reachable") | RFC 6890 |
//! | IPv4-mapped `::ffff:a.b.c.d` | its IPv4 address | RFC 4291 §2.5.5.2 |
//! | NAT64 `64:ff9b::a.b.c.d` (globally reachable itself) | its IPv4 address | RFC 6052 §2.1 |
//! | 6to4 `2002:AABB:CCDD::` ("N/A" in the registry) | the IPv4 address it carries | RFC 3056 §2 |
//! | Teredo `2001:0:SSSS:SSSS:...:CCCC:CCCC` ("N/A") | the server's and the client's IPv4 (the client's inverted) | RFC 4380 §4 |
//! | IPv4-compatible `::a.b.c.d` | refused: deprecated, outside global unicast | RFC 4291 §2.5.5.1 |
//! | any other IPv6 | outside 2000::/3, refused; inside, the IPv6 special-purpose registry | IANA IPv6 Address Space |

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is not globally reachable, or `None` if it is (see the [module docs](self)).
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => non_public_v6(v6),
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (127, ..) => "loopback",
        (0, ..) => "\"this network\"",
        (10, ..) | (172, 16..=31, _) | (192, 168, _) => "private",
        (100, 64..=127, _) => "shared (carrier-grade NAT)",
        (169, 254, _) => "link-local",
        (192, 0, 0) => "IETF protocol assignment",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation",
        (198, 18..=19, _) => "benchmarking",
        (224..=239, ..) => "multicast",
        (240..=255, ..) => "reserved",
        _ => return None,
    })
}

/// The IPv4 address in two segments.
fn v4(high: u16, low: u16) -> Ipv4Addr {
    Ipv4Addr::from((u32::from(high) << 16) | u32::from(low))
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    Some(match s {
        [0, 0, 0, 0, 0, 0, 0, 1] => "loopback",
        [0, 0, 0, 0, 0, 0, 0, 0] => "unspecified",
        [0, 0, 0, 0, 0, 0xffff, hi, lo] => return non_public_v4(v4(hi, lo)),
        [0x64, 0xff9b, 0, 0, 0, 0, hi, lo] => return non_public_v4(v4(hi, lo)),
        [0x64, 0xff9b, 1, ..] => "local-use NAT64",
        [0, 0, 0, 0, 0, 0, ..] => "deprecated IPv4-compatible",
        [0x2002, hi, lo, ..] => {
            return non_public_v4(v4(hi, lo)).map(|_| "6to4 (carrying a non-public IPv4)");
        }
        [0x2001, 0, server_hi, server_lo, _, _, client_hi, client_lo] => {
            let carried = [v4(server_hi, server_lo), v4(!client_hi, !client_lo)];
            return carried
                .into_iter()
                .find_map(non_public_v4)
                .map(|_| "Teredo (carrying a non-public IPv4)");
        }
        [0x2001, 0xdb8, ..] | [0x3fff, 0..=0x0fff, ..] => "documentation",
        [0x2001, 0x2, 0, ..] => "benchmarking",
        // 2001::/23 is not globally reachable but for the blocks the registry marks True.
        [0x2001, 1, 0, 0, 0, 0, 0, 1 | 2] | [0x2001, 3, ..] | [0x2001, 4, 0x112, ..] => return None,
        [0x2001, 0x20..=0x3f, ..] => return None,
        [0x2001, 0..=0x1ff, ..] => "IETF protocol assignment",
        [0x5f00, ..] => "segment routing (SRv6 SIDs)",
        [x, ..] if x & 0xfe00 == 0xfc00 => "unique-local",
        [x, ..] if x & 0xffc0 == 0xfe80 => "link-local",
        [x, ..] if x & 0xff00 == 0xff00 => "multicast",
        [0x100, 0, 0, 0, ..] => "discard-only",
        [x, ..] if x & 0xe000 != 0x2000 => "reserved (outside the IPv6 global unicast space)",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::non_public;

    fn judged(ip: &str) -> Option<&'static str> {
        non_public(ip.parse().unwrap())
    }

    /// Every special-purpose range of the IANA registries is named, not only the common ones.
    #[test]
    fn special_purpose_addresses_are_named() {
        for (ip, what) in [
            ("192.0.0.8", "IETF protocol assignment"),
            ("198.18.0.1", "benchmarking"),
            ("198.19.255.254", "benchmarking"),
            ("::", "unspecified"),
            ("64:ff9b:1::1", "local-use NAT64"),
            ("100::1", "discard-only"),
            ("2001:2::1", "benchmarking"),
            ("ff02::1", "multicast"),
            ("2001:10::1", "IETF protocol assignment"),
            ("5f00::1", "segment routing (SRv6 SIDs)"),
            ("3fff::1", "documentation"),
        ] {
            assert_eq!(judged(ip), Some(what), "{ip}");
        }
        for public in ["198.20.0.1", "192.0.1.1", "2001:3::1", "2001:1::1", "2001:4:112::1", "2001:20::1"] {
            assert_eq!(judged(public), None, "{public}");
        }
    }

    /// IPv6 forms that carry an IPv4 address are judged by it; RFC examples where the RFCs give them.
    #[test]
    fn ipv6_forms_carrying_ipv4_are_judged_by_it() {
        for (ip, want, source) in [
            ("64:ff9b::192.0.2.33", Some("documentation"), "RFC 6052 §2.4 example (192.0.2.33)"),
            ("64:ff9b::7f00:1", Some("loopback"), "NAT64 of 127.0.0.1"),
            ("64:ff9b::a9fe:a9fe", Some("link-local"), "NAT64 of 169.254.169.254 (cloud metadata)"),
            ("64:ff9b::808:808", None, "NAT64 of 8.8.8.8, public"),
            (
                "2002:c000:0204::1",
                Some("6to4 (carrying a non-public IPv4)"),
                "RFC 3056 §2: 6to4 of 192.0.2.4",
            ),
            ("2002:0a00:0001::1", Some("6to4 (carrying a non-public IPv4)"), "6to4 of 10.0.0.1"),
            ("2002:0808:0808::1", None, "6to4 of 8.8.8.8"),
            (
                "2001:0000:4136:e378:8000:63bf:3fff:fdd2",
                Some("Teredo (carrying a non-public IPv4)"),
                "Wikipedia, Teredo tunneling: server 65.54.227.120, client 192.0.2.45 (documentation)",
            ),
            (
                "2001:0:808:808::f5ff:fffe",
                Some("Teredo (carrying a non-public IPv4)"),
                "Teredo, client 10.0.0.1",
            ),
            (
                "2001:0:a00:1::f7f7:f7f7",
                Some("Teredo (carrying a non-public IPv4)"),
                "Teredo, server 10.0.0.1",
            ),
            ("2001:0:808:808::f7f7:f7f7", None, "Teredo, server and client 8.8.8.8"),
            ("::192.168.1.1", Some("deprecated IPv4-compatible"), "RFC 4291 §2.5.5.1"),
            (
                "::8.8.8.8",
                Some("deprecated IPv4-compatible"),
                "RFC 4291 §2.5.5.1: deprecated whatever it carries",
            ),
            ("::ffff:10.1.2.3", Some("private"), "RFC 4291 §2.5.5.2 IPv4-mapped"),
        ] {
            assert_eq!(judged(ip), want, "{ip} ({source})");
        }
    }

    /// Outside 2000::/3 (IANA IPv6 Address Space: reserved by the IETF or unassigned) nothing is public.
    #[test]
    fn only_the_global_unicast_space_is_public() {
        for ip in ["4000::1", "8000::1", "c000::1", "e000::1", "f000::1", "fe00::1", "200::1", "1::1"] {
            assert!(judged(ip).is_some(), "{ip}");
        }
        for ip in ["2606:4700::1111", "2a00:1450:4001::200e", "2400:cb00::1", "3ffe::1"] {
            assert_eq!(judged(ip), None, "{ip}");
        }
    }
}
