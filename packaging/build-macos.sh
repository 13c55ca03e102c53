#!/usr/bin/env bash
# Build Jiaoliu.app on macOS in a fresh virtual environment: dist/Jiaoliu.app (and dist/jiaoliu/, its contents).
# Usage: bash packaging/build-macos.sh   (PYTHON=python3.12 to choose the interpreter, >= 3.11)
# The app is built for the machine's own architecture (arm64 or x86_64): numpy and ctranslate2 ship no
# universal2 wheels. Untested here (this project's machines run Linux): see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=build/venv-macos

"${PYTHON:-python3}" -m venv --clear "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip

# argos-translate-lt without its own dependencies (see packaging/bundle_requirements.py).
"$PY" packaging/bundle_requirements.py build/requirements
"$PY" -m pip install -q -r build/requirements/requirements.txt pyinstaller
"$PY" -m pip install -q --no-deps -r build/requirements/no-deps.txt -e .

"$PY" -m PyInstaller --noconfirm --clean packaging/jiaoliu.spec
# PyInstaller signs ad hoc; a Developer ID signature and notarization are separate steps (README).
codesign --verify --deep dist/Jiaoliu.app
dist/Jiaoliu.app/Contents/MacOS/jiaoliu --smoke
echo "built dist/Jiaoliu.app ($(du -sh dist/Jiaoliu.app | cut -f1))"
