#!/bin/sh
# Fails when a layer includes a header from a layer it must not depend on (design.md). The link
# graph already refuses most such uses; this also catches header-only ones.
set -eu
src="$(dirname "$0")/../src"
status=0

check() { # layer, then the layers it may include
    layer=$1
    shift
    allowed="$layer $*"
    for file in "$src/$layer"/*; do
        for included in $(sed -n 's|^#include "\([a-z]*\)/.*|\1|p' "$file" | sort -u); do
            case " $allowed " in
            *" $included "*) ;;
            *)
                echo "layering: $file includes from '$included', which $layer must not depend on" >&2
                status=1
                ;;
            esac
        done
    done
}

check core
check providers core
check storage core
check secrets
check dispatch core providers storage secrets
check sandbox
check gui core storage dispatch providers
check app core providers storage secrets dispatch sandbox gui
[ "$status" -eq 0 ] && echo "layering: every include follows design.md"
exit "$status"
