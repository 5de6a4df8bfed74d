"""Detect configured cloud accounts on this workstation."""
import configparser
import json
import os
from dataclasses import dataclass, field

HOME = os.path.expanduser("~")


@dataclass
class Account:
    provider: str
    name: str
    profile: dict = field(default_factory=dict)

    def collect_usage(self, days, rates):
        if self.provider == "aws":
            from .providers import aws_usage
            return aws_usage(self, days, rates)
        return []


def _aws():
    out = []
    cp = configparser.ConfigParser()
    cp.read([os.path.join(HOME, ".aws", "credentials"), os.path.join(HOME, ".aws", "config")])
    for sec in cp.sections():
        out.append(Account("aws", sec.replace("profile ", ""), dict(cp[sec])))
    return out


def _azure():
    p = os.path.join(HOME, ".azure", "msal_token_cache.json")
    if not os.path.exists(p):
        p = os.path.join(HOME, ".azure", "accessTokens.json")
    try:
        with open(p) as fh:
            return [Account("azure", "default", {"cache": json.load(fh)})]
    except (OSError, ValueError):
        return []


def _github():
    p = os.path.join(HOME, ".config", "gh", "hosts.yml")
    try:
        with open(p) as fh:
            raw = fh.read()
    except OSError:
        return []
    return [Account("github", "actions", {"hosts": raw, "env_token": os.environ.get("GITHUB_TOKEN", "")})]


def discover_accounts():
    return _aws() + _azure() + _github()
