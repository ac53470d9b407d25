# Compares regenerated golden cases (argv[1]) with the repository's (argv[2]) for every case of argv[3]:
# the init tensors bit for bit, the experiment files byte for byte, the losses round by round within the
# case's relativeTolerance (PyTorch builds may sum in another order). Exit status 1 when any case differs.
import json, sys, os, numpy as np
new, old, cases = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))
bad = 0
for name in cases:
    a, b = os.path.join(new, name), os.path.join(old, name)
    problems = []
    for t in ["W0", "B0", "Wh", "Bh", "Wo", "Bo"]:
        if not np.array_equal(np.load(f"{a}/init/{t}.npy"), np.load(f"{b}/init/{t}.npy")):
            problems.append(f"init/{t}.npy differs")
    if open(f"{a}/experiment.yaml").read() != open(f"{b}/experiment.yaml").read():
        problems.append("experiment.yaml differs")
    ea, eb = json.load(open(f"{a}/expected.json")), json.load(open(f"{b}/expected.json"))
    tol = eb["relativeTolerance"]
    if len(ea["losses"]) != len(eb["losses"]):
        problems.append(f"{len(ea['losses'])} rounds, the repository's {len(eb['losses'])}")
    worst = max(abs(x - y) / max(abs(y), 1e-300) for x, y in zip(ea["losses"], eb["losses"]))
    if worst > tol:
        problems.append(f"losses differ by {worst:.3g} relative, above {tol:g}")
    print(f"{name}: {'; '.join(problems) if problems else f'same (losses within {worst:.2g} relative, allowed {tol:g})'}")
    bad += bool(problems)
print(f"{len(cases) - bad} of {len(cases)} golden case(s) regenerate as the repository keeps them")
sys.exit(1 if bad else 0)
