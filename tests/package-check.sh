#!/usr/bin/env bash
# Builds the .deb from a configured and built tree with CPack, unpacks it into a temporary root and
# checks what a user gets: the programs run and report the version, the desktop entry and AppStream
# metainfo pass their validators, every icon size is there, and Depends names the runtime
# libraries. Fails on the first thing missing.
# Usage: package-check.sh <build dir> <source dir> <version>
set -euo pipefail
build="$1"
source="$2"
version="$3"
app_id=io.github.heraldconsole.Herald

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The package, made in a directory of its own so a parallel run or scripts/package is not disturbed.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/out/*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no .deb"
deb="${debs[0]}"
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
root="$work/root"

# Control fields.
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is '$(dpkg-deb -f "$deb" Version)', not $version-1"
[ "$(dpkg-deb -f "$deb" Section)" = net ] || fail "Section is not net"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Homepage)" ] || fail "no Homepage"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for lib in 'libqt6widgets6' 'libqt6keychain1' 'libphonenumber[^ ,]*' 'libqt6sql6-sqlite'; do
  grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends does not name $lib"
done

# The programs.
export QT_QPA_PLATFORM=offscreen
for program in herald herald-sandbox; do
  [ -x "$root/usr/bin/$program" ] || fail "usr/bin/$program is missing"
done
line="$("$root/usr/bin/herald" --version)"
[ "$line" = "Herald $version" ] || fail "herald --version printed '$line', not 'Herald $version'"
help="$("$root/usr/bin/herald" --help)"
for option in --help --version --sandbox --sandbox-speed --data-dir --region --profile --measure-startup; do
  grep -q -- "$option" <<<"$help" || fail "herald --help does not document $option"
done
# An unknown --profile stops with the profiles there are, on standard error.
status=0
"$root/usr/bin/herald" --data-dir "$work/data" --sandbox --profile 'No such profile' \
  >"$work/profile.out" 2>"$work/profile.err" || status=$?
[ "$status" -ne 0 ] || fail "herald --profile with an unknown name exited 0"
grep -q 'No such profile' "$work/profile.err" && grep -q 'Sandbox (Messente)' "$work/profile.err" \
  || { cat "$work/profile.err" >&2; fail "the unknown --profile message does not name it and the profiles there are"; }
# A profile that exists (in any case) is taken: the window opens, paints and --measure-startup quits.
"$root/usr/bin/herald" --data-dir "$work/data" --sandbox --profile 'sandbox (bird)' --measure-startup \
  >/dev/null 2>"$work/profile.err" || { cat "$work/profile.err" >&2; fail "herald --profile 'sandbox (bird)' failed"; }
grep -q 'Compose starts with the profile "Sandbox (Bird)"' "$work/profile.err" \
  || { cat "$work/profile.err" >&2; fail "--profile 'sandbox (bird)' did not choose that profile in Compose"; }

# Desktop entry and AppStream metainfo.
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
[ -f "$desktop" ] || fail "the desktop entry is missing"
[ -f "$metainfo" ] || fail "the AppStream metainfo is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
# Every screenshot the metainfo names is one the repository has.
shots="$(grep -o 'docs/screenshots/[^<]*\.png' "$metainfo")"
[ -n "$shots" ] || fail "the metainfo has no screenshots"
for shot in $shots; do
  [ -f "$source/$shot" ] || fail "the metainfo's screenshot $shot is not in the repository"
done

# Icons: the SVG and each PNG size, at that size.
icons="$root/usr/share/icons/hicolor"
grep -q '<svg' "$icons/scalable/apps/$app_id.svg" 2>/dev/null || fail "the scalable SVG icon is missing"
for size in 16 32 48 64 128 256; do
  png="$icons/${size}x${size}/apps/$app_id.png"
  [ -f "$png" ] || fail "the ${size}x${size} icon is missing"
  file "$png" | grep -q "PNG image data, $size x $size," || fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done

echo "package check passed"
