#!/usr/bin/env bash
# Checks a built .deb the way a user's system would see it: its files, its Depends, and the
# installed program working. Installs into a throw-away root (dpkg-deb -x), so it needs no
# root and leaves the machine as it was; the libraries come from the system, as they would
# after `apt install`. Usage: scripts/check-package.sh build-release/crisis-timeline_*.deb
set -euo pipefail
deb="${1:?usage: check-package.sh PACKAGE.deb}"
id=org.crisistimeline.CrisisTimeline
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
ok() { echo "check-package: ok: $*"; }

contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
expected=(./usr/bin/crisis-timeline
          ./usr/share/applications/$id.desktop
          ./usr/share/metainfo/$id.metainfo.xml
          ./usr/share/mime/packages/$id.xml
          ./usr/share/icons/hicolor/scalable/apps/crisis-timeline.svg
          ./usr/share/man/man1/crisis-timeline.1.gz
          ./usr/share/bash-completion/completions/crisis-timeline
          ./usr/share/crisis-timeline/samples/kazakhstan-putin-tokayev-call.txt)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/crisis-timeline.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
ok "${#expected[@]} files in place"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the binary links) and the two named by hand.
names="$(sed 's/ ([^)]*)//g; s/, /\n/g' <<<"$depends")"
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libsqlite3-0 \
         libpng16-16 qt6-qpa-plugins fonts-dejavu-core; do
    grep -qxF "$p" <<<"$names" || fail "Depends lacks $p"
done
grep -q "(>=" <<<"$depends" || fail "Depends has no versions: not computed by dpkg-shlibdeps?"
ok "Depends"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
share="$root/usr/share"
desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"
gzip -t "$share/man/man1/crisis-timeline.1.gz" || fail "the manual page is not gzip"
ok "desktop entry, metainfo and manual page valid"

bin="$root/usr/bin/crisis-timeline"
! ldd "$bin" | grep -q "not found" || fail "unresolved libraries: $(ldd "$bin" | grep 'not found')"
"$bin" --version | grep -qx "crisis-timeline [0-9.]*" || fail "--version"
set +e
out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bin" 2>&1)"
code=$?
set -e
[ "$code" -eq 1 ] && [ "$(wc -l <<<"$out")" -eq 1 ] ||
    fail "the window without a display: exit $code, '$out' (want exit 1 and one line)"
ok "--version; no display: $out"

db="$root/work/sample.ctl"
mkdir -p "$root/work"
"$bin" import --db "$db" "$share/crisis-timeline/samples/kazakhstan-putin-tokayev-call.txt"
rows="$("$bin" events --db "$db" | tail -n +2 | grep -c '^2022-')" || true
[ "$rows" -eq 5 ] || fail "events: $rows events from the sample, want 5"
"$bin" export --db "$db" --out "$root/work/sample.png" --lanes actor
file "$root/work/sample.png" | grep -q "PNG image data" || fail "export did not write a PNG"
ok "import, events ($rows) and export of the bundled sample"

# The MIME entry: a timeline database is recognised by its content, whatever its name.
if command -v update-mime-database >/dev/null && command -v gio >/dev/null; then
    mime="$(mktemp -d)"
    mkdir -p "$mime/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/$id.xml" "$mime/mime/packages/"
    update-mime-database "$mime/mime" >/dev/null 2>&1
    cp "$db" "$root/work/no-extension"
    for f in "$db" "$root/work/no-extension"; do
        type="$(XDG_DATA_DIRS="$mime" XDG_DATA_HOME="$mime" gio info -a standard::content-type "$f" |
                sed -n 's/.*standard::content-type: //p')"
        [ "$type" = application/x-crisis-timeline ] || fail "$(basename "$f") is $type"
    done
    rm -rf "$mime"
    ok "MIME type by extension and by content"
fi
echo "check-package: all checks passed for $(basename "$deb")"
