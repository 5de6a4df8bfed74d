"""Benign sample: must NOT match any rule.

A config loader that reads one credentials file through boto3's normal
mechanism and talks only to AWS.
"""
import boto3


def list_buckets(profile: str = "default") -> list[str]:
    session = boto3.Session(profile_name=profile)
    return [b["Name"] for b in session.client("s3").list_buckets()["Buckets"]]


if __name__ == "__main__":
    print("\n".join(list_buckets()))
