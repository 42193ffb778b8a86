"""The README's install on Debian 12 works as written: a venv that sees
Debian's python3-msgpack, and pip install of the local folder without
reaching the package index."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.join(HERE, "..")


class Install(unittest.TestCase):
    def test_venv_pip_install_of_the_folder(self):
        try:
            import pip  # noqa: F401  (Debian: python3-pip)
        except ImportError:
            self.skipTest("python3-pip is not installed")
        work = tempfile.mkdtemp(prefix="agated-py-install-")
        try:
            src = os.path.join(work, "src")
            # a copy, so that the build leaves nothing in the source tree
            shutil.copytree(PKG, src, ignore=shutil.ignore_patterns(
                "tests", "build", "*.egg-info", "__pycache__"))
            venv = os.path.join(work, "venv")
            # Debian's pip, seen through --system-site-packages, installs
            # into the venv: the same result as the venv's own pip, without
            # the minute ensurepip takes on a loaded machine
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages",
                            "--without-pip", venv], check=True)
            py = os.path.join(venv, "bin", "python")
            r = subprocess.run([py, "-m", "pip", "install", "--no-index",
                                "--no-build-isolation", "--quiet", src],
                               capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            r = subprocess.run([py, "-c", "import agated, sys; "
                                "print(agated.__file__); "
                                "print(agated.Client('/nonexistent.sock').check('ls')['error'])"],
                               capture_output=True, text=True, cwd="/")
            self.assertEqual(r.returncode, 0, r.stderr)
            where, err = r.stdout.split()
            self.assertTrue(where.startswith(venv), where)
            self.assertEqual(err, "unreachable")
            r = subprocess.run([py, "-m", "pip", "show", "agated-client"],
                               capture_output=True, text=True)
            self.assertIn("Name: agated-client", r.stdout)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
