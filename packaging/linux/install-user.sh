#!/usr/bin/env bash
# Install the Linux bundle (dist/jiaoliu, from build-linux.sh or an unpacked release) for the current user,
# with its menu entry and icons, in the XDG folders under ~/.local. `--uninstall` removes it again.
# Usage: bash packaging/linux/install-user.sh [--uninstall]   (the bundle may also sit beside this script)
set -euo pipefail
ID=io.github.jiaoliu.Jiaoliu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/jiaoliu
BIN=$HOME/.local/bin/jiaoliu
ICONS=$DATA/icons/hicolor

if [[ ${1:-} == --uninstall ]]; then
  rm -rf "$LIB" "$BIN" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
  find "$ICONS" -name "$ID.*" -delete 2>/dev/null || true
  echo "Jiaoliu removed (your data in ~/.local/share/jiaoliu is kept)"
  exit 0
fi

# The bundle: dist/jiaoliu in a source tree, or jiaoliu/ next to this script in a release archive.
BUNDLE=$HERE/../../dist/jiaoliu
[[ -x $BUNDLE/jiaoliu ]] || BUNDLE=$HERE/jiaoliu
[[ -x $BUNDLE/jiaoliu ]] || { echo "install-user: no bundle found; run packaging/build-linux.sh" >&2; exit 1; }
ICON_SRC=$BUNDLE/_internal/resources/icons

rm -rf "$LIB" && mkdir -p "$(dirname "$LIB")" "$(dirname "$BIN")" "$DATA/applications" "$DATA/metainfo"
cp -a "$BUNDLE" "$LIB"
ln -sfn "$LIB/jiaoliu" "$BIN"
# The desktop file names the program by absolute path: ~/.local/bin is not on every session's PATH.
sed "s|^Exec=jiaoliu|Exec=\"$LIB/jiaoliu\"|" "$HERE/$ID.desktop" >"$DATA/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/"
for png in "$ICON_SRC"/hicolor/*/apps/"$ID".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 644 "$png" "$ICONS/$size/apps/$ID.png"
done
install -D -m 644 "$ICON_SRC/jiaoliu.svg" "$ICONS/scalable/apps/$ID.svg"
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications"; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$ICONS" || true; fi
echo "Jiaoliu installed: $BIN (and in the applications menu)"
