#!/usr/bin/env bash
# Build the Linux bundle with the current Python environment (after `pip install -e .`) and check it:
# size <= 400 MB, no torch/stanza/spacy inside, every bundled library finds its bundled dependencies,
# `--smoke` exits 0 (offscreen, and under Xvfb when installed), a first run with an empty data folder works
# (command line and window). Non-zero exit = failure. Last, it measures `--smoke` start-up against the source
# install and prints the figures (target <= 1.2x); a timing is reported, not asserted (STRICT_TIMING=1 asserts it).
# Usage: bash packaging/check-linux.sh   (PYTHON=... to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
PY=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')  # the real interpreter, not a shim
BUNDLE=dist/jiaoliu/jiaoliu
WORK=$(mktemp -d)
GUI_PID="" XVFB_PID=""
cleanup() {
  [[ -n $GUI_PID ]] && kill "$GUI_PID" 2>/dev/null
  [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "check-linux: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "build (PyInstaller)"
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q pyinstaller
build_start=$SECONDS
"$PY" -m PyInstaller --noconfirm --log-level WARN packaging/jiaoliu.spec
echo "built in $((SECONDS - build_start)) s"

step "size and contents"
size_mb=$(du -sm dist/jiaoliu | cut -f1)
echo "bundle: $(du -sh dist/jiaoliu | cut -f1) ($size_mb MB; target <= 400 MB)"
((size_mb <= 400)) || fail "bundle is $size_mb MB"
heavy=$(find dist/jiaoliu \( -iname '*torch*' -o -iname 'stanza*' -o -iname 'spacy*' -o -iname 'onnxruntime*' \))
[[ -z $heavy ]] || fail "heavy packages in the bundle: $heavy"
# Python modules live inside the PYZ archive, not as files: check its table of contents too.
! grep -Eq "\('(torch|stanza|spacy|onnxruntime|minisbd|argostranslate\.translate)[.']" build/jiaoliu/PYZ-00.toc \
  || fail "the PYZ archive holds torch, stanza, spacy, onnxruntime, minisbd or argostranslate.translate"
echo "no torch, stanza, spacy, onnxruntime, minisbd or argostranslate.translate inside"
[[ -s dist/jiaoliu/_internal/resources/fonts/NotoColorEmoji.ttf ]] || fail "no colour emoji font in the bundle"
echo "colour emoji font inside"
for guide in guide_en.html guide_zh_CN.html img/reader_en.png img/reader_zh.png; do
  [[ -s dist/jiaoliu/_internal/resources/guide/$guide ]] || fail "the user guide's $guide is not in the bundle"
done
echo "user guide (both languages, with screenshots) inside"

step "bundled libraries resolve (ldd)"
missing=$(cd dist/jiaoliu/_internal && find . -name '*.so*' -type f | while read -r lib; do
  { LD_LIBRARY_PATH=$PWD ldd "$lib" 2>/dev/null || true; } | sed -n 's|^\s*\(\S*\) => not found|\1|p'
done | sort -u)
# Host libraries (Wayland, PulseAudio, speech-dispatcher…) may be absent here; a Qt or ICU library never may.
if grep -E '^lib(Qt6|icu|pyside6|shiboken6|python3)' <<<"$missing"; then fail "bundled libraries lost dependencies"; fi
echo "ok; left to the host system: $(tr '\n' ' ' <<<"${missing:-none}")"

step "--smoke, offscreen"
export JIAOLIU_DATA_DIR="$WORK/smoke"
QT_QPA_PLATFORM=offscreen "$BUNDLE" --smoke || fail "--smoke (offscreen) exited $?"
if command -v Xvfb >/dev/null; then
  step "--smoke, Xvfb"
  Xvfb -displayfd 1 -nolisten tcp -screen 0 1280x800x24 >"$WORK/display" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 50); do [[ -s $WORK/display ]] && break; sleep 0.1; done
  [[ -s $WORK/display ]] || fail "Xvfb did not start"
  DISPLAY=":$(head -n1 "$WORK/display")"
  export DISPLAY
  env -u QT_QPA_PLATFORM "$BUNDLE" --smoke || fail "--smoke (Xvfb) exited $?"
else
  echo "(Xvfb not installed: X11 smoke test skipped)"
fi

step "first run, command line (empty data folder)"
export JIAOLIU_DATA_DIR="$WORK/cli"
[[ $("$BUNDLE" lookup 你好 --json) == *'"hello; hi"'* ]] || fail "lookup 你好"
[[ $("$BUNDLE" pinyin 银行) == "Yínháng" ]] || fail "pinyin 银行"
[[ $("$BUNDLE" glossary lookup yyds --json) == *'"zh-yyds"'* ]] || fail "glossary lookup yyds"
"$BUNDLE" models list >/dev/null || fail "models list (argostranslate.package)"
# A tiny real Argos package (built from the source tree) runs through the bundled CTranslate2 and SentencePiece.
"$PY" tests/fixtures/tiny_argos.py "$WORK/en_zh.argosmodel" --from en --to zh >/dev/null
"$BUNDLE" models install-file "$WORK/en_zh.argosmodel" >/dev/null || fail "models install-file"
[[ $("$BUNDLE" translate --from en --to zh "Hello.") == "你好。" ]] || fail "translate with the tiny model"
echo "lookup, pinyin, glossary, models, translate: ok"
if "$BUNDLE" sessions --help >/dev/null 2>&1; then
  # The command line makes PDFs in a child process, `sys.executable -m app.ui.pdf_export` (packaging/launcher.py).
  session=$("$BUNDLE" sessions new "Check")
  "$BUNDLE" sessions add --kind note --text 你好 "$session" >/dev/null
  timeout 120 "$BUNDLE" sessions export --format pdf --out "$WORK/session.pdf" "$session" >/dev/null || fail "sessions PDF export"
  [[ $(head -c 5 "$WORK/session.pdf") == "%PDF-" ]] || fail "sessions PDF export wrote no PDF"
  echo "sessions PDF export (child process): ok"
fi

step "keyring backends (API keys of translation servers)"
# keyring finds its backends through entry points: the bundle must load the same ones as the source install.
source_backends=$("$PY" -m app.services.engines.keyring_report) || fail "keyring backends (source): $source_backends"
bundle_backends=$("$BUNDLE" -m app.services.engines.keyring_report) || fail "keyring backends (bundle): $bundle_backends"
[[ $bundle_backends == "$source_backends" ]] || fail "the bundle loads other keyring backends: $bundle_backends"
echo "$(tr '\n' ' ' <<<"$bundle_backends")"

step "first run, window (empty data folder): dictionary built and glossary loaded in the background"
export JIAOLIU_DATA_DIR="$WORK/gui"
QT_QPA_PLATFORM=offscreen "$BUNDLE" >"$WORK/gui.log" 2>&1 &
GUI_PID=$!
glossary_rows() {
  "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from glossary").fetchone()[0])' \
    "$JIAOLIU_DATA_DIR/jiaoliu.db" 2>/dev/null || echo 0
}
for _ in $(seq 120); do
  [[ -f $JIAOLIU_DATA_DIR/cache/cedict.sqlite && $(glossary_rows) -gt 0 ]] && break
  kill -0 "$GUI_PID" 2>/dev/null || { cat "$WORK/gui.log"; fail "the window closed by itself"; }
  sleep 1
done
kill "$GUI_PID"
wait "$GUI_PID" 2>/dev/null || true
GUI_PID=""
[[ -f $JIAOLIU_DATA_DIR/cache/cedict.sqlite ]] || fail "no dictionary after 120 s"
echo "dictionary built, $(glossary_rows) glossary entries"
[[ $("$BUNDLE" lookup 你好 2>&1 >/dev/null) != *preparing* ]] || fail "the window left an incomplete dictionary"

step "start-up: bundle vs source install (target <= 1.2x)"
export JIAOLIU_DATA_DIR="$WORK/timing"
STRICT=${STRICT_TIMING:+--strict}
QT_QPA_PLATFORM=offscreen "$PY" packaging/time_smoke.py $STRICT --label offscreen -- "$PY" -m app --smoke -- "$BUNDLE" --smoke
if [[ -n $XVFB_PID ]]; then
  env -u QT_QPA_PLATFORM "$PY" packaging/time_smoke.py $STRICT --label Xvfb -- "$PY" -m app --smoke -- "$BUNDLE" --smoke
fi

echo "check-linux: all checks passed in $((SECONDS - started)) s"
