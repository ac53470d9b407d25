#!/usr/bin/env python3
"""Reproduce wine.csv from scikit-learn's wine data as Debian ships it.

    mkdir /tmp/skl && cd /tmp/skl
    apt-get download python3-sklearn          # fetched 1.2.1+dfsg-1
    dpkg-deb -x python3-sklearn_1.2.1+dfsg-1_all.deb x
    python3 convert.py /tmp/skl/x wine.csv

The source CSV's first line is sklearn's header
"n_samples,n_features,class names..." ("178,13,class_0,class_1,class_2");
it is dropped and replaced with named columns. The feature names are read
from the description file (descr/wine_data.rst, ":Attribute Information:")
and put in snake_case; the label column, already an integer 0..2 and already
last, is named "label". Every data line is copied byte for byte: no number
is reparsed or reformatted. Standard library only.
"""
import hashlib
import re
import sys
from pathlib import Path

DATASETS = "usr/lib/python3/dist-packages/sklearn/datasets"
SOURCE_SHA256 = "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede"


def feature_names(rst):
    """The attribute names listed under ':Attribute Information:', snake_case."""
    names, inside = [], False
    for line in rst.splitlines():
        s = line.strip()
        if s.startswith(":Attribute Information:"):
            inside = True
        elif inside and s.startswith("- class:"):
            return names
        elif inside and s.startswith("- "):
            names.append(re.sub(r"[^a-z0-9]+", "_", s[2:].strip().lower()).strip("_"))
    raise SystemExit("no attribute list ended by '- class:' in the description")


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit("usage: python3 convert.py EXTRACTED_PACKAGE_ROOT [OUT_CSV]")
    root = Path(sys.argv[1]) / DATASETS
    out = Path(sys.argv[2]) if len(sys.argv) == 3 else Path(__file__).with_name("wine.csv")

    raw = (root / "data" / "wine_data.csv").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"wine_data.csv has sha256 {digest}, not the recorded {SOURCE_SHA256}")
    names = feature_names((root / "descr" / "wine_data.rst").read_text(encoding="utf-8"))

    lines = raw.decode("ascii").split("\n")
    assert lines[-1] == "", "source does not end with a newline"
    first, rows = lines[0].split(","), lines[1:-1]
    n_samples, n_features, classes = int(first[0]), int(first[1]), first[2:]
    assert n_features == len(names) == 13, (n_features, names)
    assert n_samples == len(rows) == 178, (n_samples, len(rows))
    counts = [0] * len(classes)
    for row in rows:
        fields = row.split(",")
        assert len(fields) == n_features + 1, row
        counts[int(fields[-1])] += 1  # an out-of-range label raises here
        assert fields[-1] == str(int(fields[-1])), row
    assert counts == [59, 71, 48], counts  # "Class Distribution" in the .rst

    text = ",".join(names + ["label"]) + "\n" + "".join(r + "\n" for r in rows)
    out.write_bytes(text.encode("ascii"))
    print(f"source {digest}")
    print(f"wrote  {hashlib.sha256(text.encode('ascii')).hexdigest()}  {out}")
    print(f"{len(rows)} rows, {n_features} features + label, classes {dict(zip(classes, counts))}")


if __name__ == "__main__":
    main()
