#!/bin/sh
# Runs its arguments inside a private D-Bus session with a fresh, unlocked gnome-keyring, so
# keychain tests use a real Secret Service and never touch the user's own keyring.
# Usage: with-keyring.sh COMMAND [ARG...]; exits with COMMAND's exit code.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

keyring_home="$(mktemp -d "${TMPDIR:-/tmp}/herald-keyring.XXXXXX")"
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    # gnome-keyring exits with its bus, except when the command ended before the daemon had
    # joined the bus: then it lingers forever. Stop only daemons that run on this private keyring.
    for environ in /proc/[0-9]*/environ; do
        pid="${environ#/proc/}"
        pid="${pid%/environ}"
        case "$(cat "/proc/$pid/comm" 2>/dev/null || true)" in
        gnome-keyring-d*)
            if { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$keyring_home/runtime"; then
                kill "$pid" 2>/dev/null || true
            fi
            ;;
        esac
    done
    rm -rf "$keyring_home"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# A fresh home makes gnome-keyring create an unlocked 'login' collection with the password
# piped in; with an existing keyring or an empty password it would try to prompt and fail.
# The XDG directories go under it too: an inherited XDG_DATA_HOME would put the keyring back
# in the user's real one, and a shared XDG_RUNTIME_DIR would let '--unlock' find another
# run's daemon instead of starting ours.
mkdir -m 700 "$keyring_home/runtime"
export HOME="$keyring_home"
export XDG_RUNTIME_DIR="$keyring_home/runtime"
export XDG_DATA_HOME="$keyring_home/.local/share"
export XDG_CONFIG_HOME="$keyring_home/.config"
export XDG_CACHE_HOME="$keyring_home/.cache"
# No display: gnome-keyring must never show a prompt, it fails instead of waiting for one.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS
# Tells the tests they run against this private keyring, not the user's.
export HERALD_PRIVATE_KEYRING=1

# '--unlock' returns before the daemon owns org.freedesktop.secrets on the bus. A test that asks
# first makes D-Bus start a second daemon, which only works if it finds ours through the control
# socket; so wait (up to 10 s) until the name is owned.
# shellcheck disable=SC2016 # expanded by the inner shell
inner='printf herald-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null
if command -v dbus-send >/dev/null 2>&1; then
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 200 ]; then
            echo "with-keyring.sh: gnome-keyring did not appear on the session bus" >&2
            break
        fi
        sleep 0.05
    done
fi
exec "$@"'

status=0
dbus-run-session -- sh -c "$inner" with-keyring "$@" || status=$?
exit "$status"
