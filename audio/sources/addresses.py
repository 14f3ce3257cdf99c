"""Which addresses a feed may send papercast to.

A feed is someone else's text: a post link (or a redirect) pointing at the cloud's
metadata service or at machines on the user's own network would make papercast fetch
what the feed's author cannot reach. Link-local addresses are never fetched for a feed;
loopback and private ranges only when the feed itself lives there (a feed on this
machine or this network). An address the user types is fetched as given.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from audio.errors import FetchError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class AddressPolicy:
    """What a fetch made on a feed's behalf may reach."""

    private: bool  # loopback and private ranges (the feed itself is on one)

    def check(self, url: str, shown: str | None = None) -> None:
        """Raise FetchError if ``url``'s host resolves to an address the feed may not
        send papercast to; ``shown`` is the URL the message names."""
        host = urlsplit(url).hostname or ""
        for address in resolve(host):
            why = self.refusal(address)
            if why:
                raise FetchError(f"{shown or url}: not fetched: {host} is {why} ({address}), "
                                 "and a feed may not send papercast there")

    def refusal(self, address: Address) -> str | None:
        if address.is_link_local or address.is_multicast or address.is_unspecified or \
                str(address) == "169.254.169.254":
            return "a link-local address"
        if not self.private and (address.is_loopback or address.is_private or
                                 address.is_reserved):
            return "on this machine or a private network"
        return None


def policy_for(feed_url: str) -> AddressPolicy:
    """The policy for what a feed's posts link to: as open as where the feed lives."""
    host = urlsplit(feed_url).hostname or ""
    addresses = resolve(host)
    local = any(a.is_loopback or a.is_private or a.is_link_local for a in addresses)
    return AddressPolicy(private=local)


def resolve(host: str) -> list[Address]:
    """Every address ``host`` stands for; none when it does not resolve (the fetch then
    says so in its own words)."""
    try:
        return [ipaddress.ip_address(host.strip("[]").split("%")[0])]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]
