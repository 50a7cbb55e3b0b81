#!/usr/bin/env bash
# SPDX-FileCopyrightText: ChannelDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one entry point for building ChannelDesk on a fresh machine.
#
#   scripts/setup.sh run [app args...]   install what is missing, build (release preset) and start the app
#   scripts/setup.sh test                install what is missing, build (ci preset) and run the test suite
#   scripts/setup.sh deps                only install what is missing
#
# Reference platform: Debian 12 (bookworm). Packages already installed are not fetched again, so a second run needs
# no network.
set -euo pipefail

# Debian 12 packages, grouped by purpose. Only the ones not yet installed are passed to apt-get.
readonly PACKAGES=(
    # Toolchain and build tools (the CMake presets use Ninja and ccache). clang builds the CSV libFuzzer target; its
    # fuzzer/sanitizer runtime (libclang-rt-dev) is only a Recommends, which --no-install-recommends skips.
    build-essential cmake ninja-build ccache pkg-config git ca-certificates clang libclang-rt-dev
    # Qt 6.4 and QtKeychain. libqt6opengl6-dev is only a Recommends of qt6-base-dev, but Qt6Charts' CMake package
    # needs its Qt6OpenGL config. libgl-dev, libglx-dev and libopengl-dev (for Qt6Gui's FindWrapOpenGL) are hard
    # dependencies of qt6-base-dev, as is qt6-qpa-plugins; they are listed so the list says what the build needs.
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev libglx-dev libopengl-dev qt6-qpa-plugins
    qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-translations-l10n
    # SQLite and ICU.
    libsqlite3-dev sqlite3 libicu-dev
    # Sync server: libsodium (Argon2id password hashing), Qt's PostgreSQL driver, and openssl (tests generate
    # their own CA and server certificates).
    libsodium-dev libqt6sql6-psql openssl
    # PostgreSQL server binaries (initdb, pg_ctl): the server tests also run on PostgreSQL and start their own
    # throwaway cluster on loopback; the system's cluster is not used.
    postgresql
    # Unit tests (Catch2 2.13).
    catch2
    # Packaging checks (tests/packaging) and the Debian package (CPack runs dpkg-shlibdeps and file).
    desktop-file-utils appstream libxml2-utils dpkg-dev file
    # Running the GUI without a display, screenshots, and fonts that cover Vietnamese.
    xvfb xauth imagemagick fonts-noto-core fonts-dejavu-core
)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

usage() {
    cat <<'EOF'
Usage:
  scripts/setup.sh run [app args...]   build the release preset and start ChannelDesk
  scripts/setup.sh test                build the ci preset and run the test suite
  scripts/setup.sh deps                install the missing build dependencies only
EOF
}

# Prints how to get the dependencies elsewhere, then fails: only Debian and its derivatives are automated.
unsupported_system() {
    cat >&2 <<EOF
This script installs dependencies on Debian 12 (bookworm) only; detected: $1.
Install the equivalents yourself (Qt >= 6.4, CMake >= 3.25, Catch2 2.13), then use the CMake presets directly:
  Fedora:  sudo dnf install gcc-c++ cmake ninja-build ccache git qt6-qtbase-devel qt6-qtcharts-devel qt6-qtsvg-devel qt6-qttools-devel qt6-linguist qt6-qthttpserver-devel qt6-qtwebsockets-devel qtkeychain-qt6-devel libsodium-devel openssl sqlite-devel libicu-devel catch-devel desktop-file-utils appstream libxml2 xorg-x11-server-Xvfb
  macOS:   brew install cmake ninja ccache pkg-config qt qtkeychain sqlite icu4c libsodium catch2
  Windows: vcpkg install qtbase qtcharts qtsvg qttools qthttpserver qtwebsockets qtkeychain-qt6 sqlite3 icu libsodium catch2
Then: cmake --preset dev && cmake --build --preset dev && ctest --preset dev
EOF
    exit 1
}

check_platform() {
    case "$(uname -s)" in
        Linux) ;;
        Darwin) unsupported_system macOS ;;
        MINGW* | MSYS* | CYGWIN*) unsupported_system Windows ;;
        *) unsupported_system "$(uname -s)" ;;
    esac
    [[ -r /etc/os-release ]] || unsupported_system "Linux without /etc/os-release"
    # Read in a subshell so that os-release's NAME, VERSION, ... do not leak into this script.
    local os=()
    # shellcheck disable=SC1091 # a system file
    mapfile -t os < <(. /etc/os-release && printf '%s\n' "${ID:-}" "${ID_LIKE:-}" "${VERSION_ID:-}" "${PRETTY_NAME:-Linux}")
    local id=${os[0]:-} id_like=${os[1]:-} version_id=${os[2]:-} pretty=${os[3]:-Linux}
    if [[ $id == debian && $version_id == 12 ]]; then
        return
    fi
    if [[ $id == debian || " $id_like " == *" debian "* ]] && command -v apt-get >/dev/null; then
        printf 'warning: %s is not the reference platform (Debian 12); trying the Debian 12 package names.\n' \
            "$pretty" >&2
        return
    fi
    unsupported_system "$pretty"
}

install_dependencies() {
    step "Checking ${#PACKAGES[@]} system packages"
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        if [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null) != installed ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        echo "All present."
        return
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "not root and sudo is not installed; as root run: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    step "Installing ${#missing[@]} missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    step "Configuring (cmake --preset $preset)"
    cmake --preset "$preset"
    step "Building (cmake --build --preset $preset)"
    cmake --build --preset "$preset"
}

find_app() {
    local dir=build/$1 exe
    exe=$dir/app/channeldesk
    if [[ ! -x $exe ]]; then
        exe=$(find "$dir" -maxdepth 3 -type f -name channeldesk -perm -u+x -print -quit)
    fi
    [[ -n $exe && -x $exe ]] || die "the channeldesk executable was not found under $dir"
    printf '%s\n' "$exe"
}

cmd_run() {
    build release
    local exe
    exe=$(find_app release)
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        step "Starting $exe under xvfb-run (no DISPLAY or WAYLAND_DISPLAY set: the window is not visible)"
        exec xvfb-run -a "$exe" "$@"
    fi
    step "Starting $exe"
    exec "$exe" "$@"
}

cmd_test() {
    build ci
    step "Testing (ctest --preset ci)"
    exec ctest --preset ci
}

main() {
    local command=${1:-}
    case "$command" in
        run | test | deps) shift ;;
        -h | --help | help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
    check_platform
    install_dependencies
    case "$command" in
        run) cmd_run "$@" ;;
        test) cmd_test ;;
        deps) ;;
    esac
}

main "$@"
