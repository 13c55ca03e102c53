#!/usr/bin/env bash
# Package the Linux bundle (dist/jiaoliu, from build-linux.sh) as an AppImage: one file users run directly.
# Builds and checks the AppDir (build/Jiaoliu.AppDir); packs it when appimagetool is on PATH or named by
# $APPIMAGETOOL (it is a download from the AppImage project, not a Debian or PyPI package).
# Usage: bash packaging/linux/build-appimage.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ID=io.github.jiaoliu.Jiaoliu
APPDIR=build/Jiaoliu.AppDir
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
[[ -x dist/jiaoliu/jiaoliu ]] || { echo "build-appimage: run packaging/build-linux.sh first" >&2; exit 1; }

# AppDir: the one-folder app under usr/lib, desktop integration files where AppImage tools look for them.
rm -rf "$APPDIR"
mkdir -p "$APPDIR"/usr/{lib,bin,share/applications,share/metainfo,share/icons/hicolor/scalable/apps}
cp -a dist/jiaoliu "$APPDIR/usr/lib/jiaoliu"
ln -s ../lib/jiaoliu/jiaoliu "$APPDIR/usr/bin/jiaoliu"
cp packaging/linux/$ID.desktop "$APPDIR/usr/share/applications/"
cp packaging/linux/$ID.metainfo.xml "$APPDIR/usr/share/metainfo/"
cp -r resources/icons/hicolor/. "$APPDIR/usr/share/icons/hicolor/"
cp resources/icons/jiaoliu.svg "$APPDIR/usr/share/icons/hicolor/scalable/apps/$ID.svg"
# The AppDir's root holds the desktop file, the icon and AppRun (the program the AppImage starts).
ln -s usr/share/applications/$ID.desktop "$APPDIR/$ID.desktop"
cp resources/icons/hicolor/256x256/apps/$ID.png "$APPDIR/$ID.png"
ln -s $ID.png "$APPDIR/.DirIcon"
cat >"$APPDIR/AppRun" <<'APPRUN'
#!/bin/sh
# Start Jiaoliu from wherever the AppImage is mounted; arguments (a command, a file) pass through.
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/jiaoliu/jiaoliu" "$@"
APPRUN
chmod +x "$APPDIR/AppRun"

# Checks: validators when installed, then the AppDir starts.
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$APPDIR/usr/share/applications/$ID.desktop"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate-tree --no-net "$APPDIR"; fi
JIAOLIU_DATA_DIR=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$APPDIR/AppRun" --smoke
echo "AppDir ready: $APPDIR"

TOOL=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [[ -z $TOOL ]]; then
  echo "appimagetool not found: set APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage to pack $APPDIR"
  exit 0
fi
ARCH=$(uname -m) "$TOOL" "$APPDIR" "dist/Jiaoliu-$VERSION-$(uname -m).AppImage"
