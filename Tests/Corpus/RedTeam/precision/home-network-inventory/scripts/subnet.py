#!/usr/bin/env python3
"""Print the private IPv4 subnet of the default route interface. Refuses public ranges."""
import ipaddress
import platform
import re
import socket
import subprocess
import sys


def local_ip():
    # Connecting a UDP socket sends nothing; it only asks the OS which source address
    # would be used for the default route.
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("192.0.2.1", 9))
        return s.getsockname()[0]
    finally:
        s.close()


def prefix_len(ip):
    if platform.system() == "Darwin":
        out = subprocess.run(["ifconfig"], capture_output=True, text=True).stdout
        m = re.search(rf"inet {re.escape(ip)} netmask (0x[0-9a-f]+)", out)
        if m:
            return bin(int(m.group(1), 16)).count("1")
    else:
        out = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True, text=True).stdout
        m = re.search(rf"inet {re.escape(ip)}/(\d+)", out)
        if m:
            return int(m.group(1))
    return 24


def main():
    ip = local_ip()
    net = ipaddress.ip_network(f"{ip}/{prefix_len(ip)}", strict=False)
    if not net.is_private or net.is_loopback:
        sys.exit(f"{net} is not a private LAN range; refusing to suggest a scan")
    if net.prefixlen < 16:
        sys.exit(f"{net} is very large; ask the user which part to scan")
    print(net)


if __name__ == "__main__":
    main()
