#!/usr/bin/env bash
# Installs what the hub needs from Debian at run and test time: Tesseract OCR 5 with the English and orientation
# (OSD) models. Idempotent: does nothing when `tesseract` is already installed. Uses sudo when not root.
set -euo pipefail

# fonts-liberation: metric twins of Helvetica, Times and Courier, so that PDFs with fonts not embedded render true to
# their layout before OCR (without it PDFBox draws every font with one sans glyph set in the wrong widths)
DEBIAN_PACKAGES=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd fonts-liberation)

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if command -v tesseract >/dev/null 2>&1 && [ ${#missing[@]} -eq 0 ]; then
    echo "setup: tesseract is installed ($(tesseract --version 2>&1 | head -1)); nothing to do" >&2
    exit 0
fi
if command -v tesseract >/dev/null 2>&1 && ! command -v dpkg >/dev/null 2>&1; then
    echo "setup: tesseract is installed (not a Debian system: make sure the eng and osd models are there)" >&2
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: tesseract is missing and this is no Debian/Ubuntu system: install Tesseract 5 with English and OSD data yourself" >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "setup: installing ${DEBIAN_PACKAGES[*]} with apt-get" >&2
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${DEBIAN_PACKAGES[@]}"
echo "setup: done ($(tesseract --version 2>&1 | head -1))" >&2
