#!/usr/bin/env bash
# Build the Linux one-folder app in a fresh virtual environment: dist/jiaoliu/ (run dist/jiaoliu/jiaoliu).
# Usage: bash packaging/build-linux.sh   (PYTHON=python3.12 to choose the interpreter, >= 3.11)
# Then optionally: bash packaging/linux/build-appimage.sh, or packaging/linux/install-user.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=build/venv-linux

# A clean environment, so the bundle holds only what the project needs.
"${PYTHON:-python3}" -m venv --clear "$VENV"
PY="$VENV/bin/python"
"$PY" -m pip install -q --upgrade pip

# argos-translate-lt is installed without its own dependencies (minisbd -> onnxruntime), which the app never
# imports (see packaging/bundle_requirements.py).
"$PY" packaging/bundle_requirements.py build/requirements
"$PY" -m pip install -q -r build/requirements/requirements.txt pyinstaller
"$PY" -m pip install -q --no-deps -r build/requirements/no-deps.txt -e .

"$PY" -m PyInstaller --noconfirm --clean packaging/jiaoliu.spec
echo "built dist/jiaoliu ($(du -sh dist/jiaoliu | cut -f1)); try: dist/jiaoliu/jiaoliu --smoke"
