#!/usr/bin/env bash
# Proves the Debian package carries everything it needs: builds it, lints it, installs it with
# apt-get into a clean Debian 12 root (debootstrap, minbase) and runs it there.
#
#   installer/test-package.sh [--build-dir DIR] [--deb FILE] [--keep-root]
#
#   --build-dir DIR  a configured build directory to package from (default: build/default)
#   --deb FILE       test this .deb as version A instead of running cpack for it
#   --keep-root      leave the Debian root in build/package-test/root afterwards (on disk;
#                    otherwise it lives in a tmpfs for the run)
#
# Phases (each one timed):
#   package   build sagashop and the packaging files, cpack (.deb and .tar.gz); lintian (no
#             error, no warning), desktop-file-validate, appstreamcli validate, the file lists
#   next      the same build with SAGASHOP_PACKAGE_VERSION = A+1 (for the upgrade), then the
#             build directory is put back as it was
#   root      debootstrap --variant=minbase bookworm from the host's Debian mirror (cached
#             in build/package-test/cache between local runs; never under CI=true)
#   install   apt-get install ./sagashop_A_amd64.deb in the root: every dependency comes from
#             the package's Depends; `sagashop --version`; the installed files; a Korean font
#   demo      sagashop $SAGASHOP_DEMO_ARGS without a display (no DISPLAY, no QT_QPA_PLATFORM,
#             a fresh HOME): must exit 0
#   window    the storefront and the admin client start offscreen and draw a frame (QML
#             modules, the Material style, the SQLite driver, SVG images)
#   upgrade   headless with a fixed HOME: a user, a charge and an order through the HTTP API
#             (curl from the host), SIGTERM; apt-get install version A+1; the balance and the
#             order are still there
#   remove    apt-get remove sagashop keeps the user's data
#
# Environment:
#   SAGASHOP_DEMO_ARGS     the demo's command line (default: --demo --headless --duration 20)
#   SAGASHOP_DEBIAN_MIRROR the Debian mirror (default: the one the host's apt uses)
#   SAGASHOP_ROOT_CACHE    1: cache the debootstrap result under build/ (default 1, 0 when CI=true)
#
# Needs root (debootstrap, mount, chroot) and the network to the Debian mirror.
set -euo pipefail

SAGASHOP_DEMO_ARGS="${SAGASHOP_DEMO_ARGS:---demo --headless --duration 20}"

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$REPO/build/default"
DEB_A=""
KEEP_ROOT=0
WORK="$REPO/build/package-test"
ROOTFS="$WORK/root"
LOGS="$WORK/logs"
SUITE=bookworm
CHROOT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
if [[ ${CI:-} == true ]]; then
    ROOT_CACHE="${SAGASHOP_ROOT_CACHE:-0}"
else
    ROOT_CACHE="${SAGASHOP_ROOT_CACHE:-1}"
fi

die() {
    printf '\nFAILED: %s\n' "$*" >&2
    exit 1
}
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build-dir)
            [[ $# -ge 2 ]] || die "--build-dir needs a directory"
            BUILD="$(cd "$2" && pwd)" || die "no build directory $2"
            shift 2
            ;;
        --deb)
            [[ $# -ge 2 && -f $2 ]] || die "--deb needs an existing .deb file"
            DEB_A="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
            shift 2
            ;;
        --keep-root)
            KEEP_ROOT=1
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
done

[[ $(id -u) -eq 0 ]] || die "run as root: debootstrap, mount and chroot need it (sudo $0)"
for tool in cmake cpack debootstrap lintian desktop-file-validate appstreamcli curl chroot dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found: run '.ci/dev deps' first"
done
[[ -f $BUILD/CPackConfig.cmake ]] || die "$BUILD is not a configured build directory (run: cmake --preset default)"

# --- timings, logs, cleanup -------------------------------------------------------------------
PHASES=()
phase_name=""
phase_start=0
now_us() { echo "${EPOCHREALTIME/./}"; }
# seconds_since START_US: the seconds elapsed, with one decimal.
seconds_since() {
    local us=$(($(now_us) - $1))
    printf '%d.%d' $((us / 1000000)) $((us % 1000000 / 100000))
}
PASSED=0
phase() {
    [[ -z $phase_name ]] || PASSED=$((PASSED + 1))
    end_phase
    phase_name="$1"
    phase_start=$(now_us)
    printf '\n==> %s: %s\n' "$1" "$2"
}
end_phase() {
    if [[ -n $phase_name ]]; then
        PHASES+=("$(printf '%-8s %7s s' "$phase_name" "$(seconds_since "$phase_start")")")
        phase_name=""
    fi
}
print_timings() {
    end_phase
    [[ ${#PHASES[@]} -gt 0 ]] || return 0
    printf '\nphase timings:\n'
    printf '  %s\n' "${PHASES[@]}"
    printf '  %-8s %7s s\n' total "$(seconds_since "$TEST_START")"
}

# Runs a command with its output in $LOGS/NAME.log; on failure shows the log's end.
logged() {
    local name="$1"
    shift
    if ! "$@" >"$LOGS/$name.log" 2>&1; then
        tail -n 40 "$LOGS/$name.log" >&2
        die "$name failed (whole log: $LOGS/$name.log)"
    fi
}

MOUNTS=()
SERVER_PID=""
BUILD_VERSION_CHANGED=0

mounted_under_root() { awk -v r="$ROOTFS" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts; }

cleanup() {
    local rc=$?
    set +e
    local failed=0
    if [[ -n $phase_name ]]; then
        if [[ $rc -eq 0 ]]; then PASSED=$((PASSED + 1)); else failed=1; fi
    fi
    end_phase
    phase_name=cleanup
    phase_start=$(now_us)
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -KILL "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    # Anything else this run started inside the root (its processes have the root as /).
    local proc
    for proc in /proc/[0-9]*; do
        [[ $(readlink "$proc/root" 2>/dev/null) == "$ROOTFS" ]] && kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    if [[ $BUILD_VERSION_CHANGED -eq 1 ]]; then
        echo "restoring $BUILD (SAGASHOP_PACKAGE_VERSION empty)"
        cmake -S "$REPO" -B "$BUILD" -DSAGASHOP_PACKAGE_VERSION= >/dev/null
    fi
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}"
    done
    if [[ -d $ROOTFS ]]; then
        if [[ -n $(mounted_under_root) ]]; then
            echo "NOT removing $ROOTFS: still mounted there: $(mounted_under_root | tr '\n' ' ')" >&2
            rc=1
        elif [[ $KEEP_ROOT -eq 0 ]]; then
            rm -rf --one-file-system "$ROOTFS"
        else
            echo "kept the Debian root: $ROOTFS"
        fi
    fi
    print_timings
    [[ $rc -eq 0 || $failed -eq 1 ]] || failed=1 # failed during the cleanup
    # The closing line CI reads: phases passed and failed.
    printf '\npackage: %d passed, %d failed\n' "$PASSED" "$failed"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

TEST_START=$(now_us)
rm -rf "$LOGS"
mkdir -p "$WORK" "$LOGS"
[[ -z $(mounted_under_root) ]] || die "something is still mounted under $ROOTFS (a killed run?): umount it first"
rm -rf --one-file-system "$ROOTFS"

# --- package ------------------------------------------------------------------------------------
# Builds the app and the packaging files in $BUILD and runs cpack into DIR.
make_packages() {
    local out="$1"
    logged "build-$(basename "$out")" cmake --build "$BUILD" --target sagashop sagashop_package_files
    rm -rf "$out"
    logged "cpack-$(basename "$out")" cpack --config "$BUILD/CPackConfig.cmake" -B "$out"
    rm -rf "$out/_CPack_Packages"
}

# Checks a .deb's metadata, lintian, the desktop file, the metainfo and the file list.
check_package() {
    local deb="$1" version="$2" x="$WORK/A/contents"
    [[ $(basename "$deb") == "sagashop_${version}_amd64.deb" ]] || die "unexpected file name $(basename "$deb")"
    local depends
    depends="$(dpkg-deb -f "$deb" Depends)"
    echo "Depends: $depends"
    local dep re
    for dep in qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates \
        qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtqml \
        qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtcharts \
        libqt6sql6-sqlite libqt6svg6 fonts-noto-cjk libqt6core6 libc6; do
        re=", ${dep}[ ,]"
        [[ ", $depends," =~ $re ]] || die "Depends lacks $dep"
    done

    echo "lintian --fail-on error,warning --display-info --pedantic:"
    local lintian_rc=0
    lintian --fail-on error,warning --display-info --pedantic "$deb" >"$LOGS/lintian.log" 2>&1 || lintian_rc=$?
    sed '/^running with root privileges/d; s/^/  /' "$LOGS/lintian.log"
    [[ $lintian_rc -eq 0 ]] || die "lintian reports errors or warnings (exit $lintian_rc)"

    rm -rf "$x"
    dpkg-deb -x "$deb" "$x"
    local f size
    for f in usr/bin/sagashop usr/share/applications/invalid.sagashop.SagaShop.desktop \
        usr/share/icons/hicolor/scalable/apps/invalid.sagashop.SagaShop.svg \
        usr/share/metainfo/invalid.sagashop.SagaShop.metainfo.xml usr/share/man/man1/sagashop.1.gz \
        usr/share/doc/sagashop/copyright usr/share/doc/sagashop/changelog.gz; do
        [[ -s $x/$f ]] || die "the package lacks /$f"
    done
    for size in 16 24 32 48 64 128 256; do
        f="usr/share/icons/hicolor/${size}x${size}/apps/invalid.sagashop.SagaShop.png"
        [[ -s $x/$f ]] || die "the package lacks /$f"
        [[ $(file -b "$x/$f") == "PNG image data, $size x $size,"* ]] || die "/$f is not a $size px PNG"
    done
    desktop-file-validate "$x/usr/share/applications/invalid.sagashop.SagaShop.desktop" || die "desktop-file-validate"
    echo "desktop-file-validate: ok"
    appstreamcli validate --no-net --explain "$x/usr/share/metainfo/invalid.sagashop.SagaShop.metainfo.xml" \
        | sed 's/^/  /' || die "appstreamcli validate"
    grep -q "<release version=\"$version\"" "$x/usr/share/metainfo/invalid.sagashop.SagaShop.metainfo.xml" \
        || die "the metainfo has no release $version"
    [[ $(zcat "$x/usr/share/doc/sagashop/changelog.gz" | sed -n 1p) == "sagashop ($version) "* ]] \
        || die "the changelog's first entry is not $version"
}

check_tarball() {
    local tgz="$1" version="$2" top="sagashop-$2-linux-amd64"
    [[ -f $tgz ]] || die "no tarball $tgz"
    local listing
    listing="$(tar -tzf "$tgz")"
    local f
    for f in bin/sagashop share/applications/invalid.sagashop.SagaShop.desktop \
        share/icons/hicolor/256x256/apps/invalid.sagashop.SagaShop.png share/man/man1/sagashop.1.gz \
        share/doc/sagashop/copyright; do
        grep -qx "$top/$f" <<<"$listing" || die "$(basename "$tgz") lacks $top/$f"
    done
    echo "tarball: $(basename "$tgz") ($(du -k "$tgz" | cut -f1) KiB), $(grep -vc '/$' <<<"$listing") files under $top/"
}

if [[ -n $DEB_A ]]; then
    phase package "checking $DEB_A"
    mkdir -p "$WORK/A"
else
    phase package "cpack in $BUILD"
    make_packages "$WORK/A"
    DEB_A="$(ls "$WORK"/A/sagashop_*_amd64.deb)"
fi
VERSION_A="$(dpkg-deb -f "$DEB_A" Version)"
echo "version A: $VERSION_A ($(basename "$DEB_A"), $(du -k "$DEB_A" | cut -f1) KiB)"
check_package "$DEB_A" "$VERSION_A"
TGZ_A="$(dirname "$DEB_A")/sagashop-$VERSION_A-linux-amd64.tar.gz"
check_tarball "$TGZ_A" "$VERSION_A"

# --- next: version A+1 --------------------------------------------------------------------------
# A+1: the last number of A plus one (0.1.0 -> 0.1.1).
VERSION_B="$(awk -F. -v OFS=. '{ $NF = $NF + 1; print }' <<<"${VERSION_A%%[~+]*}")"
dpkg --compare-versions "$VERSION_B" gt "$VERSION_A" || die "$VERSION_B is not newer than $VERSION_A"
phase next "version $VERSION_B (SAGASHOP_PACKAGE_VERSION) in $BUILD"
BUILD_VERSION_CHANGED=1
logged configure-next cmake -S "$REPO" -B "$BUILD" -DSAGASHOP_PACKAGE_VERSION="$VERSION_B"
make_packages "$WORK/B"
DEB_B="$WORK/B/sagashop_${VERSION_B}_amd64.deb"
[[ -f $DEB_B ]] || die "cpack did not write $DEB_B"
logged configure-restore cmake -S "$REPO" -B "$BUILD" -DSAGASHOP_PACKAGE_VERSION=
BUILD_VERSION_CHANGED=0
logged build-restore cmake --build "$BUILD" --target sagashop sagashop_package_files
echo "version B: $VERSION_B ($(basename "$DEB_B"))"

# --- root: a clean Debian 12 ----------------------------------------------------------------------
# The host's Debian mirror and security mirror, from its apt sources (deb822 or one-line).
apt_source_lines() { # prints "URI SUITE..." for every deb source of the host
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        awk '/^[Tt]ypes:/ { types = $0 } /^URIs:/ { uri = $2 } /^Suites:/ { $1 = ""; suites = $0 }
             /^[[:space:]]*$/ { if (types ~ /deb( |$)/) print uri, suites; types = uri = suites = "" }
             END { if (types ~ /deb( |$)/) print uri, suites }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\([^ ]*\) \([^ ]*\).*$/\2 \3/p' "$f"
    done
}
host_mirror() { # "main" or "security"
    apt_source_lines | awk -v want="$1" -v suite="$SUITE" '
        !found { for (i = 2; i <= NF; i++)
                     if ((want == "main" && $i == suite) || (want == "security" && $i == suite "-security")) {
                         print $1; found = 1; break } }'
}
MIRROR="${SAGASHOP_DEBIAN_MIRROR:-$(host_mirror main)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="$(host_mirror security)"
CACHE="$WORK/cache/$SUITE-minbase-$(printf '%s' "$MIRROR" | md5sum | cut -c1-8).tar"

phase root "Debian 12 ($SUITE, minbase) from $MIRROR"
mkdir -p "$ROOTFS"
if [[ $KEEP_ROOT -eq 0 ]]; then
    # In memory (about 1 GiB at the end): dpkg's many fsyncs cost nothing there, and removing
    # the root is one umount.
    mount -t tmpfs -o size=3g,mode=755 sagashop-test-root "$ROOTFS"
    MOUNTS+=("$ROOTFS")
fi
if [[ $ROOT_CACHE == 1 && -f $CACHE ]]; then
    echo "from the cache $CACHE"
    tar -xpf "$CACHE" -C "$ROOTFS"
else
    logged debootstrap debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR"
    if [[ $ROOT_CACHE == 1 ]]; then
        mkdir -p "$(dirname "$CACHE")"
        tar -cpf "$CACHE.tmp" -C "$ROOTFS" . && mv "$CACHE.tmp" "$CACHE"
    fi
fi
{
    echo "deb $MIRROR $SUITE main"
    echo "deb $MIRROR $SUITE-updates main"
    [[ -z $SECURITY_MIRROR ]] || echo "deb $SECURITY_MIRROR $SUITE-security main"
} >"$ROOTFS/etc/apt/sources.list"
cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
# No service may start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$ROOTFS/usr/sbin/policy-rc.d"
chmod 755 "$ROOTFS/usr/sbin/policy-rc.d"
mount -t proc proc "$ROOTFS/proc"
MOUNTS+=("$ROOTFS/proc")
mount -t tmpfs -o mode=1777,size=64m shm "$ROOTFS/dev/shm"
MOUNTS+=("$ROOTFS/dev/shm")

# Runs a command in the root with a clean environment (no DISPLAY, no QT_*), plus VAR=VALUE
# arguments given before the command.
in_root() { chroot "$ROOTFS" env -i PATH="$CHROOT_PATH" LANG=C.UTF-8 "$@"; }
# The same in the background (`in_root_bg ... &`): exec, so $! is sagashop's own pid.
in_root_bg() { exec chroot "$ROOTFS" env -i PATH="$CHROOT_PATH" LANG=C.UTF-8 "$@"; }
apt_in_root() { in_root DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Use-Pty=0 "$@"; }

logged apt-update apt_in_root update
echo "packages in the clean root: $(in_root dpkg-query -W -f='.\n' | wc -l)"

# --- install -------------------------------------------------------------------------------------
phase install "apt-get install ./$(basename "$DEB_A") (every dependency from its Depends)"
cp "$DEB_A" "$ROOTFS/tmp/"
# --no-install-recommends: the Depends line alone must be enough.
logged install-A apt_in_root install -y --no-install-recommends "/tmp/$(basename "$DEB_A")"
sed -n '/^Need to get\|^[0-9]* upgraded/s/^/  /p' "$LOGS/install-A.log"
got="$(in_root sagashop --version)"
[[ $got == "sagashop $VERSION_A" ]] || die "sagashop --version printed '$got', expected 'sagashop $VERSION_A'"
echo "sagashop --version: $got"
[[ $'\n'"$(in_root dpkg -L sagashop)"$'\n' == *$'\n/usr/share/applications/invalid.sagashop.SagaShop.desktop\n'* ]] \
    || die "dpkg -L sagashop lacks the desktop file"
# What Qt loads at run time and dpkg-shlibdeps cannot see: every QML module the app imports
# (and, following their qmldir files, what those import), the Material style, and plugins.
QT_DIR="$ROOTFS/usr/lib/x86_64-linux-gnu/qt6"
queue=()
declare -A seen=()
mapfile -t queue < <(grep -rhoE '^import +Qt[A-Za-z0-9.]*' "$REPO/qml" | awk '{ print $2 }' | sort -u)
queue+=(QtQuick.Controls.Material) # the style app/GuiMain.cpp sets
while [[ ${#queue[@]} -gt 0 ]]; do
    mod="${queue[0]}"
    queue=("${queue[@]:1}")
    [[ -z ${seen[$mod]:-} ]] || continue
    seen[$mod]=1
    dir="$QT_DIR/qml/${mod//.//}"
    [[ -f $dir/qmldir ]] || die "the QML module $mod is not installed in the root ($dir/qmldir)"
    plugin="$(awk '$1 == "plugin" { print $2 }' "$dir/qmldir")"
    [[ -z $plugin || -f $dir/lib$plugin.so ]] || die "the QML module $mod lacks its plugin lib$plugin.so"
    mapfile -t -O "${#queue[@]}" queue < <(awk '$1 == "import" || $1 == "depends" { print $2 }
                                                $1 == "default" && $2 == "import" { print $3 }' "$dir/qmldir")
done
echo "QML modules installed: ${#seen[@]} (the app's imports, the Material style and what they import)"
for plugin in sqldrivers/libqsqlite.so imageformats/libqsvg.so platforms/libqxcb.so platforms/libqoffscreen.so; do
    [[ -f $QT_DIR/plugins/$plugin ]] || die "the Qt plugin $plugin is not installed in the root"
done
echo "Qt plugins installed: the SQLite driver, SVG images, the xcb and offscreen platforms"
font="$(in_root fc-match -f '%{family}' ':lang=ko')"
[[ $font == *CJK* ]] || die "no Korean font in the root (fc-match :lang=ko gives '$font')"
echo "Korean font: $font"

# --- demo -----------------------------------------------------------------------------------------
# The demo's own --duration plus time to settle; a demo that hangs fails here.
demo_timeout=300
if [[ $SAGASHOP_DEMO_ARGS =~ --duration[=\ ]([0-9]+) ]]; then
    demo_timeout=$((BASH_REMATCH[1] + 120))
fi
phase demo "sagashop $SAGASHOP_DEMO_ARGS (no display; at most $demo_timeout s)"
mkdir -p "$ROOTFS/home/demo"
demo_rc=0
# shellcheck disable=SC2086 # the demo's arguments are a word list
in_root HOME=/home/demo timeout -k 10 "$demo_timeout" sagashop $SAGASHOP_DEMO_ARGS \
    >"$LOGS/demo.log" 2>&1 || demo_rc=$?
tail -n 25 "$LOGS/demo.log" | sed 's/^/  /'
[[ $demo_rc -ne 124 && $demo_rc -ne 137 ]] || die "the demo did not finish within $demo_timeout s"
[[ $demo_rc -eq 0 ]] || die "the demo exited with $demo_rc (whole log: $LOGS/demo.log)"

# --- starting sagashop in the root ---------------------------------------------------------------
# launch NAME HOME [VAR=VALUE...] -- [ARGS...]: starts `sagashop --listen 127.0.0.1:0 ARGS` in
# the root in the background with HOME (its default data directory under it) and waits until
# it listens; sets SERVER_PID, URL and TOKENS (the data directory, where the token files are).
launch() {
    local name="$1" log="$LOGS/$1.log" home="$2"
    shift 2
    local envs=()
    while [[ $1 != -- ]]; do
        envs+=("$1")
        shift
    done
    shift
    mkdir -p "$ROOTFS$home"
    rm -f "$log"
    in_root_bg HOME="$home" "${envs[@]}" sagashop --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 120))
    until grep -qs '^listening on http://' "$log"; do
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$log" >&2; die "sagashop $* stopped at start"; }
        ((SECONDS < deadline)) || die "sagashop $* did not listen within 120 s ($log)"
        sleep 0.2
    done
    URL="$(sed -n 's|^listening on \(http://[0-9.]*:[0-9]*\).*|\1|p' "$log")"
    TOKENS="$ROOTFS$home/.local/share/SagaShop/sagashop"
    echo "$name: sagashop ${*:+$* }--listen 127.0.0.1:0 listening on $URL"
}
# stop NAME: SIGTERM; sagashop must exit 0.
stop() {
    kill -TERM "$SERVER_PID"
    local rc=0
    wait "$SERVER_PID" || rc=$?
    SERVER_PID=""
    [[ $rc -eq 0 ]] || die "$1: sagashop exited with $rc after SIGTERM ($LOGS/$1.log)"
}
# api TOKEN-FILE METHOD PATH [JSON]: the response body; fails on an HTTP error.
api() {
    local token args=()
    [[ -s $TOKENS/$1 ]] || die "no token file $TOKENS/$1"
    token="$(cat "$TOKENS/$1")"
    [[ -z ${4:-} ]] || args=(-H 'Content-Type: application/json' -H "Idempotency-Key: test-$RANDOM" -d "$4")
    curl -sS --fail-with-body --max-time 60 -X "$2" -H "Authorization: Bearer $token" "${args[@]}" "$URL$3" \
        || die "$2 $3 failed"
}
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p"; }

# --- window ---------------------------------------------------------------------------------------
# A window offscreen, with the API on: an API answer means the QML has loaded and the event
# loop runs (the API is served by the GUI thread); the software renderer logs each frame.
# Messages that mean the package lacks something fail the phase; SIGTERM must close it cleanly.
MISSING_PATTERN='is not installed|plugin .*not found|not loaded|Unsupported image format|Could not find the Qt platform plugin|Cannot load library|Error decoding|Failed to load (image|component)'
window_check() {
    local name="$1" log="$LOGS/window-$1.log"
    shift
    launch "window-$name" "/home/$name" QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.scenegraph.time.renderer=true' \
        -- "$@"
    api api-token GET /api/products >/dev/null
    local deadline=$((SECONDS + 60))
    until grep -qs 'time in renderer' "$log"; do
        ((SECONDS < deadline)) || die "the $name window drew no frame within 60 s ($log)"
        sleep 0.2
    done
    stop "window-$name"
    sed -n '/qt.scenegraph.time.renderer/d; s/^/  /; 1,20p' "$log"
    if grep -Eq "$MISSING_PATTERN" "$log"; then
        die "the $name window reports something missing (see above; $log)"
    fi
    echo "$name: loaded, drew frames, closed cleanly by SIGTERM"
}
phase window "the storefront and the admin client, offscreen"
window_check storefront
window_check admin --admin

# --- upgrade --------------------------------------------------------------------------------------
DATA_HOME=/home/shopper
DATA_DIR="$DATA_HOME/.local/share/SagaShop/sagashop"

phase upgrade "data written by $VERSION_A survives the upgrade to $VERSION_B"
launch serve-A "$DATA_HOME" -- --headless
user_id="$(api api-token POST /api/users '{"name":"업그레이드"}' | json_field userId)"
[[ $user_id =~ ^[0-9]+$ ]] || die "POST /api/users gave no userId"
api api-token POST "/api/users/$user_id/balance/charge" '{"amount":50000}' >/dev/null
order_id="$(api api-token POST /api/orders "{\"userId\":$user_id,\"items\":[{\"productId\":\"p01\",\"quantity\":2}]}" \
    | json_field orderId)"
[[ $order_id =~ ^[0-9]+$ ]] || die "POST /api/orders gave no orderId"
deadline=$((SECONDS + 60))
until [[ $(api api-token GET "/api/orders/$order_id" | json_field status) == CONFIRMED ]]; do
    ((SECONDS < deadline)) || die "order $order_id was not CONFIRMED within 60 s"
    sleep 0.2
done
balance_before="$(api api-token GET "/api/users/$user_id/balance" | json_field balance)"
echo "user $user_id charged 50000, order $order_id CONFIRMED, balance $balance_before"
[[ $balance_before =~ ^[0-9]+$ && $balance_before -lt 50000 ]] || die "unexpected balance '$balance_before'"
stop serve-A
grep -q 'stopped cleanly' "$LOGS/serve-A.log" || die "the headless server did not say 'stopped cleanly'"

cp "$DEB_B" "$ROOTFS/tmp/"
logged install-B apt_in_root install -y --no-install-recommends "/tmp/$(basename "$DEB_B")"
sed -n '/^Preparing to unpack\|^Unpacking/s/^/  /p' "$LOGS/install-B.log"
# shellcheck disable=SC2016 # ${Version} is dpkg-query's, not the shell's
[[ $(in_root dpkg-query -W -f='${Version}' sagashop) == "$VERSION_B" ]] || die "dpkg does not show $VERSION_B installed"
got="$(in_root sagashop --version)"
[[ $got == "sagashop $VERSION_B" ]] || die "after the upgrade sagashop --version printed '$got'"
echo "upgraded: $got"

launch serve-B "$DATA_HOME" -- --headless
balance_after="$(api api-token GET "/api/users/$user_id/balance" | json_field balance)"
status_after="$(api api-token GET "/api/orders/$order_id" | json_field status)"
invariants="$(api admin-token GET /api/admin/invariants)"
echo "after the upgrade: balance $balance_after, order $order_id $status_after"
[[ $balance_after == "$balance_before" ]] || die "the balance changed across the upgrade: $balance_before -> $balance_after"
[[ $status_after == CONFIRMED ]] || die "order $order_id is $status_after after the upgrade"
[[ $invariants == *'"ok":true}' ]] || die "the invariants fail after the upgrade: $invariants"
echo "invariants: ok"
stop serve-B

# --- remove ---------------------------------------------------------------------------------------
phase remove "apt-get remove sagashop keeps the user's data"
logged remove apt_in_root remove -y sagashop
[[ ! -e $ROOTFS/usr/bin/sagashop ]] || die "/usr/bin/sagashop is still there after apt-get remove"
for f in balance.db order.db saga-log.db api-token admin-token; do
    [[ -s $ROOTFS$DATA_DIR/$f ]] || die "apt-get remove took $DATA_DIR/$f"
done
echo "removed; $DATA_DIR keeps $(find "$ROOTFS$DATA_DIR" -maxdepth 1 -type f | wc -l) files"
