import pathlib
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

from redact import redact  # noqa: E402

SAMPLE = (HERE / "fixtures" / "sample.log").read_text()


class RedactTests(unittest.TestCase):
    def setUp(self):
        self.out, self.counts = redact(SAMPLE)

    def test_aws_key_removed(self):
        self.assertNotIn("AKIAIOSFODNN7EXAMPLE", self.out)
        self.assertEqual(self.counts["AWS_KEY"], 1)

    def test_github_token_removed(self):
        self.assertNotIn("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", self.out)

    def test_private_key_block_removed(self):
        self.assertNotIn("BEGIN OPENSSH PRIVATE KEY", self.out)
        self.assertIn("[PRIVATE_KEY]", self.out)

    def test_bearer_header_kept_but_value_removed(self):
        self.assertIn("Authorization: Bearer [REDACTED]", self.out)

    def test_loopback_ip_kept(self):
        self.assertIn("127.0.0.1", self.out)
        self.assertNotIn("198.51.100.23", self.out)

    def test_jwt_removed(self):
        self.assertIn("[JWT]", self.out)

    def test_keep_emails(self):
        out, _ = redact(SAMPLE, keep_emails=True)
        self.assertIn("ana.silva@example.org", out)


if __name__ == "__main__":
    unittest.main()
