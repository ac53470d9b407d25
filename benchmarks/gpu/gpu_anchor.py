# GPU anchor: the seed's batch-1 SGD (30 x 512, float32, 21 samples a round) in PyTorch on one GPU.
# Copied from the project's shared/gpu/gpu_anchor.py (the PyTorch figures in the GPU engine's issue);
# one change: INIT=device draws the initial tensors on the GPU (one generator, seeded once) instead of
# seed by seed on the CPU, which for 1024 runs costs minutes of device time and ~60 GB of host memory.
# The step, the thing timed, is unchanged.
# (a) one run, eager, as a user would port ref_fast.py; (b) the same step replayed as a CUDA graph;
# (c) S independent runs (seeds) trained at once with batched matmuls, eager and as a CUDA graph.
# Prints one JSON line per measurement. Initial tensors come from torch.manual_seed(seed) on the CPU
# in ref_fast.py's order, so round-1 losses can be checked against the CPU reference.
import torch, time, json, os, sys
dev = os.environ.get("DEV", "cuda" if torch.cuda.is_available() else "cpu")
n = int(os.environ.get("N", "512")); L = int(os.environ.get("LAYERS", "30"))
SS = [int(s) for s in os.environ.get("SEEDS_AT_ONCE", "1,16,128,512").split(",")]
STEPS = int(os.environ.get("STEPS", "63"))
lr = 0.001 / n
T = torch.tensor([[-10,6],[-9,3],[-8,1],[-7,-2],[-6,-5],[-5,-2],[-4,1],[-3,3],[-2,5],[-1,2],[0,0],
 [10,6],[9,3],[8,1],[7,-2],[6,-5],[5,-2],[4,1],[3,3],[2,5],[1,2]], dtype=torch.float32)

def expolu(x):  # a=1, b=1, p=2
    return torch.where(x < -1, torch.zeros_like(x), torch.where(x < 1, (x + 1) ** 2, x + 3.0))

def init(S):
    if os.environ.get("INIT", "cpu") == "device" and dev == "cuda":
        g = torch.Generator(device=dev).manual_seed(0)
        r = lambda *shape: torch.randn(*shape, generator=g, device=dev)
        W0, B0, Wh = r(S, 1, n), r(S, 1, n), r(S, L - 1, n, n)
        Bh, Wo, Bo = r(S, L - 1, 1, n), r(S, n, 1), r(S, 1, 1)
        Whl = [Wh[:, l].contiguous().requires_grad_(True) for l in range(L - 1)]
        Bhl = [Bh[:, l].contiguous().requires_grad_(True) for l in range(L - 1)]
        del Wh
        return [W0.requires_grad_(True), B0.requires_grad_(True), Wo.requires_grad_(True), Bo.requires_grad_(True)] + Bhl + Whl
    Ps = []
    for s in range(S):
        torch.manual_seed(s)
        W0 = torch.randn(1, 1, n); B0 = torch.randn(1, n); Wh = torch.randn(1, L - 1, n, n)
        Bh = torch.randn(L - 1, 1, n); Wo = torch.randn(1, n, 1); Bo = torch.randn(1, 1)
        Ps.append((W0[0], B0, Wh[0], Bh, Wo[0], Bo))
    st = lambda i: torch.stack([p[i] for p in Ps]).to(dev)
    W0, B0, Wh, Bh, Wo, Bo = (st(i) for i in range(6))  # [S,1,n] [S,1,n] [S,L-1,n,n] [S,L-1,1,n] [S,n,1] [S,1,1]
    Whl = [Wh[:, l].contiguous().requires_grad_(True) for l in range(L - 1)]
    Bhl = [Bh[:, l].contiguous().requires_grad_(True) for l in range(L - 1)]
    return [W0.requires_grad_(True), B0.requires_grad_(True), Wo.requires_grad_(True), Bo.requires_grad_(True)] + Bhl + Whl

def norma(x):
    return (x - x.mean(-1, keepdim=True)) / x.std(-1, keepdim=True)

def step(P, x, y):  # x, y: [S,1,1]
    W0, B0, Wo, Bo = P[0:4]; Bhl = P[4:4 + L - 1]; Whl = P[4 + L - 1:]
    h = norma(expolu(norma(torch.bmm(x, W0) + B0)))
    for l in range(L - 1):
        h = norma(expolu(norma(torch.bmm(h, Whl[l]) + Bhl[l])))
    o = torch.bmm(h, Wo) + Bo
    loss = ((o - y) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        for w in P:
            w -= lr * w.grad
    return loss

def sync():
    if dev == "cuda": torch.cuda.synchronize()

def data(S):
    xs = [T[i, 0].reshape(1, 1, 1).expand(S, 1, 1).contiguous().to(dev) for i in range(len(T))]
    ys = [T[i, 1].reshape(1, 1, 1).expand(S, 1, 1).contiguous().to(dev) for i in range(len(T))]
    return xs, ys

def eager(S):
    P = init(S); xs, ys = data(S)
    losses = []
    for i in range(len(T)):  # round 1, also the warm-up
        loss = step(P, xs[i], ys[i])
        for w in P: w.grad = None
        losses.append(loss.item() / S if S == 1 else None)
    round1 = losses[:4] if S == 1 else None  # ref_fast.py seed 0 on a CPU: 415.8978, 103.0881, 928.9122, 2047.729
    sync(); t = time.perf_counter()
    for k in range(STEPS):
        step(P, xs[k % len(T)], ys[k % len(T)])
        for w in P: w.grad = None
    sync(); dt = (time.perf_counter() - t) / STEPS
    return dt, round1

def graphed(S):
    P = init(S); xs, ys = data(S)
    sx = xs[0].clone(); sy = ys[0].clone()
    s = torch.cuda.Stream(); s.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(s):
        for _ in range(3):
            for w in P: w.grad = None
            step(P, sx, sy)
    torch.cuda.current_stream().wait_stream(s)
    for w in P: w.grad = None
    g = torch.cuda.CUDAGraph()
    with torch.cuda.graph(g):
        sl = step(P, sx, sy)
    for k in range(len(T)):
        sx.copy_(xs[k]); sy.copy_(ys[k]); g.replay()
    sync(); t = time.perf_counter()
    for k in range(STEPS):
        sx.copy_(xs[k % len(T)]); sy.copy_(ys[k % len(T)]); g.replay()
    sync(); dt = (time.perf_counter() - t) / STEPS
    return dt

info = {"device": torch.cuda.get_device_name(0) if dev == "cuda" else "cpu", "torch": torch.__version__,
        "n": n, "layers": L, "threads": torch.get_num_threads()}
print(json.dumps(info), flush=True)
for S in SS:
    try:
        dt, r1 = eager(S)
        print(json.dumps({"mode": "eager", "seedsAtOnce": S, "msPerStep": dt * 1e3,
                          "seedStepsPerSecond": S / dt, "firstLosses": r1}), flush=True)
    except Exception as e:
        print(json.dumps({"mode": "eager", "seedsAtOnce": S, "error": str(e)[:300]}), flush=True)
    if dev == "cuda":
        try:
            dt = graphed(S)
            print(json.dumps({"mode": "cudagraph", "seedsAtOnce": S, "msPerStep": dt * 1e3,
                              "seedStepsPerSecond": S / dt}), flush=True)
        except Exception as e:
            print(json.dumps({"mode": "cudagraph", "seedsAtOnce": S, "error": str(e)[:300]}), flush=True)
        torch.cuda.empty_cache()
