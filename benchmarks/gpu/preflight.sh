#!/usr/bin/env bash
# Before any device time is spent on tests: what the GPU check needs, each checked in a few seconds,
# each missing one named. Exit 2 where the carried Java cannot run here (no folder, or a glibc older than
# the one its libraries were linked against), 3 where a CUDA library is missing.
#   - the carried Java runs (DIR/jdk, built by make-carry.sh, which writes the glibc it needs to DIR/carry.properties)
#   - the CUDA driver (libcuda.so.1), NVRTC 13 (libnvrtc.so.13) and its builtins of the same version beside it
#
#   benchmarks/gpu/preflight.sh DIR
set -uo pipefail
G=$1
J="$G/jdk/bin/java"
if [ ! -e "$J" ]; then
  echo "preflight: no carried Java at $J: build the folder with benchmarks/gpu/make-carry.sh and carry it"; exit 2
fi
chmod -R u+x "$G/jdk/bin" "$G/jdk/lib" 2>/dev/null
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
need=$(sed -n 's/^glibc_needed=//p' "$G/carry.properties" 2>/dev/null)
echo "preflight: glibc ${have:-unknown} here; the carried Java needs ${need:-unknown}"
if [ -n "$have" ] && [ -n "$need" ] && [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -1)" != "$need" ]; then
  echo "preflight: this machine's glibc $have is older than $need, which the carried Java was linked against"; exit 2
fi
if ! version=$(timeout -k 5 30 "$J" -version 2>&1); then
  echo "preflight: the carried Java does not run here:"; echo "$version" | head -5; exit 2
fi
echo "preflight: java $(echo "$version" | head -1)"

# where the dynamic loader finds a library by name, then where JavaCPP looks for CUDA's (its link path)
find_lib() {
  local name=$1 d
  ldconfig -p 2>/dev/null | awk -v n="$name" '$1 == n {print $NF; exit}' | grep . && return 0
  for d in ${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH//:/ }} /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib /usr/lib/x86_64-linux-gnu; do
    [ -e "$d/$name" ] && { echo "$d/$name"; return 0; }
  done
  return 1
}
missing=0
if cuda=$(find_lib libcuda.so.1); then echo "preflight: CUDA driver $cuda"; else
  echo "preflight: no libcuda.so.1 (the NVIDIA driver's CUDA library)"; missing=1; fi
if nvrtc=$(find_lib libnvrtc.so.13); then
  real=$(readlink -f "$nvrtc")
  minor=$(basename "$real" | sed -n 's/^libnvrtc\.so\.13\.\([0-9]*\).*/\1/p')
  # its minor version from the file's name (libnvrtc.so.13.0.88); where the name has none, any 13.x
  builtins=$(ls "$(dirname "$real")"/libnvrtc-builtins.so.13."${minor:-*}" 2>/dev/null | head -1)
  echo "preflight: NVRTC $real"
  if [ -n "$builtins" ]; then echo "preflight: its builtins $builtins"; else
    builtins="$(dirname "$real")/libnvrtc-builtins.so.13.${minor:-x}"
    echo "preflight: no $builtins beside it (there: $(cd "$(dirname "$real")" && ls libnvrtc-builtins.so.* 2>/dev/null | tr '\n' ' '))"
    missing=1
  fi
else
  echo "preflight: no libnvrtc.so.13 (NVRTC of CUDA 13) for the loader nor in /usr/local/cuda/lib64"; missing=1
fi
[ $missing -eq 0 ] || exit 3
echo "preflight: LD_LIBRARY_PATH ${LD_LIBRARY_PATH:-unset}"
