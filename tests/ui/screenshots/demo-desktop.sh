#!/usr/bin/env bash
# The demo as a person sees it: `sagashop --demo` on a 1920×1080 desktop (run under Xvfb by the
# screenshots target), captured once every staged fault of the first cycle has fired.
#   demo-desktop.sh <sagashop> <out-dir> [language: en|ko]
set -euo pipefail
app="$1" dir="$2" lang="${3:-en}"
command -v import >/dev/null || { echo "demo-desktop.sh: 'import' (imagemagick) is needed" >&2; exit 1; }
[[ -n ${DISPLAY:-} ]] || { echo "demo-desktop.sh: needs a display (run it under xvfb-run)" >&2; exit 1; }
mkdir -p "$dir"
log="$(mktemp)"
home="$(mktemp -d)" # the window language and shopper are settings: start from none
cleanup() { [[ -n ${pid:-} ]] && kill "$pid" 2>/dev/null; rm -rf "$log" "$home"; }
trap cleanup EXIT
LANGUAGE="$lang" LC_ALL="$([[ $lang == ko ]] && echo ko_KR.UTF-8 || echo C.UTF-8)" HOME="$home" \
    XDG_CONFIG_HOME="$home/config" "$app" --demo --duration 60 >"$log" 2>&1 &
pid=$!
# Wait for the last staged fault of the cycle (the export outage, at 14 s), then let the
# dead letters and the reconciler's repair reach the windows.
for _ in $(seq 1 600); do
    grep -q "\[ *14\.[0-9] s\]" "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
done
grep -q "\[ *14\.[0-9] s\]" "$log" || { echo "demo-desktop.sh: the demo never reached its export outage" >&2; cat "$log" >&2; exit 1; }
sleep 6
suffix=""; [[ $lang == ko ]] && suffix="-ko"
import -window root "$dir/demo-desktop$suffix.png"
echo "wrote $dir/demo-desktop$suffix.png"
