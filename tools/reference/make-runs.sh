#!/usr/bin/env bash
# Reference runs for an experiment's `reference:` key: the seed's network trained in PyTorch by
# ref_fast.py (beside this script), one JSON file a seed, one thread a run, one run after another.
#
#   tools/reference/make-runs.sh OUTDIR ACTIVATION SEEDS [NAME=VALUE ...]
#
#   OUTDIR      where <activation>_s<seed>.json go (created if missing); keep it under the
#               experiments folder, beside the experiment that reads them
#   ACTIVATION  identity | expolu | powerlu | paralu | quartlu | sigmoid | relu
#   SEEDS       torch seeds: 0-4, or 0,3,7
#   NAME=VALUE  ref_fast.py's knobs: N (width, 512), LAYERS (30), ROUNDS (400), POWERS ([1]),
#               LR (0.001/N); THREADS is 1 unless given
#
# Example, the CI-sized runs of experiments/src/experiments/seed-claim-ci.yaml:
#   tools/reference/make-runs.sh experiments/src/experiments/reference/ci expolu 0-7 N=256 LAYERS=30 ROUNDS=400 LR=3.90625e-6
#
# Needs PyTorch (Debian: apt-get install -y python3-torch); PYTHON picks the interpreter
# (default /usr/bin/python3). A file already there is kept, so an interrupted set resumes.
set -euo pipefail

if [[ $# -lt 3 ]]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
out=$1 activation=$2 seeds=$3
shift 3

case "$activation" in
  identity) act=0 ;; expolu) act=1 ;; powerlu) act=2 ;; paralu) act=3 ;; quartlu) act=4 ;;
  sigmoid) act=8 ;; relu) act=9 ;;
  *) echo "activation is '$activation', but expected one of identity, expolu, powerlu, paralu, quartlu, sigmoid, relu" >&2; exit 2 ;;
esac

list=()
IFS=',' read -r -a parts <<< "$seeds"
for part in "${parts[@]}"; do
  if [[ $part =~ ^([0-9]+)-([0-9]+)$ ]]; then
    for ((s = BASH_REMATCH[1]; s <= BASH_REMATCH[2]; s++)); do list+=("$s"); done
  elif [[ $part =~ ^[0-9]+$ ]]; then
    list+=("$part")
  else
    echo "seeds is '$seeds', but expected torch seeds such as 0-4 or 0,3,7" >&2; exit 2
  fi
done

knobs=(THREADS=1)
for kv in "$@"; do
  case "${kv%%=*}" in
    N|LAYERS|ROUNDS|POWERS|LR|THREADS) knobs+=("$kv") ;;
    *) echo "'$kv' is not one of ref_fast.py's knobs N, LAYERS, ROUNDS, POWERS, LR, THREADS" >&2; exit 2 ;;
  esac
done

python=${PYTHON:-/usr/bin/python3}
script="$(cd "$(dirname "$0")" && pwd)/ref_fast.py"
mkdir -p "$out"
for s in "${list[@]}"; do
  file="$out/${activation}_s${s}.json"
  if [[ -s $file ]]; then
    echo "kept $file"
    continue
  fi
  # written beside, then moved: an interrupted run leaves no half file to be read as a reference
  env "${knobs[@]}" SEED="$s" ACT="$act" OUT="$file.part" "$python" "$script"
  mv "$file.part" "$file"
done
