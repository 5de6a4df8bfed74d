import pathlib
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
from lint import lint  # noqa: E402


class LintTests(unittest.TestCase):
    def test_good_skill_is_clean(self):
        self.assertEqual([p for p in lint(HERE / "fixtures" / "good-basic") if p[0] != "info"], [])

    def test_bad_dropper_warns(self):
        msgs = " ".join(m for _, m in lint(HERE / "fixtures" / "bad-dropper"))
        self.assertIn("download piped into a shell", msgs)
        self.assertIn("unscoped Bash", msgs)


if __name__ == "__main__":
    unittest.main()
