# ref_fast.py: the seed's network and training in PyTorch, one tensor per layer (fast autograd).
# Copied unchanged below this header from the project's steering material (shared/reference/ref_fast.py),
# itself a re-implementation of the seed script posted with the ExpoLU claim (shared/seed/seed_script.py):
# the same math, the same init order, the same losses as the seed script (checked on the first rounds
# at 30 x 512). Environment: SEED ACT N LAYERS ROUNDS POWERS LR THREADS VERBOSE OUT.
# ACT is the seed's id: 0 identity, 1 expolu, 2 powerlu, 3 paralu, 4 quartlu, 8 sigmoid, 9 relu.
# With OUT=<file> it writes {seed, act, n, layers, rounds, final, min, curve, elapsed} as JSON,
# the form an experiment's reference: {json: ...} reads. make-runs.sh calls it for a set of seeds.
# Reference re-implementation of the seed: same math, same init order, per-layer tensors (fast autograd).
import torch, os, time, sys, json
seed=int(os.environ.get("SEED","0")); torch.manual_seed(seed)
torch.set_num_threads(int(os.environ.get("THREADS","1")))
act_t=int(os.environ.get("ACT","1")); n=int(os.environ.get("N","512")); L=int(os.environ.get("LAYERS","30"))
rounds=int(os.environ.get("ROUNDS","400")); powers=eval(os.environ.get("POWERS","[1]"))
lr=float(os.environ.get("LR", str(0.001/n)))
T=torch.tensor([[-10,6],[-9,3],[-8,1],[-7,-2],[-6,-5],[-5,-2],[-4,1],[-3,3],[-2,5],[-1,2],[0,0],
 [10,6],[9,3],[8,1],[7,-2],[6,-5],[5,-2],[4,1],[3,3],[2,5],[1,2]],dtype=torch.float32)
def expolu(x,a=1,b=1,p=2): return torch.where(x<-b,torch.tensor(0.0),torch.where(x<b,(1/a)*(x+b)**p,x+(1/a)*(2*b)**p-b))
def powerlu(x,xp=4): return torch.where(x<-1,torch.tensor(0.0),torch.where(x<1,(x+1)**xp/(2**xp),x))
def paralu(x,s=0.1): return torch.where(x<-s,torch.tensor(0.0),torch.where(x<s,(x+s)**2/(4*s),x))
def quartlu(x,s=0.1): return torch.where(x<-s,torch.tensor(0.0),torch.where(x<(s/3),(x+s)**4*27/(256*s**3),x))
act={0:lambda x:x,1:expolu,2:powerlu,3:paralu,4:quartlu,8:torch.sigmoid,9:torch.relu}[act_t]
mp=max(powers)
W0=torch.randn(mp,1,n); B0=torch.randn(1,n); Wh=torch.randn(mp,L-1,n,n); Bh=torch.randn(L-1,1,n); Wo=torch.randn(mp,n,1); Bo=torch.randn(1,1)
params=[W0,B0,Wh,Bh,Wo,Bo]
for p in params: p.requires_grad=True
def norma(x): return (x-x.mean())/x.std()
def sp(x,p): return torch.sign(x)*abs(x**p)
def fwd(x):
    for idx,p in enumerate(powers):
        if idx==0: xh=sp(x,p)@W0[idx]+B0
        else: xh=xh+sp(x,p)@W0[idx]
        xh=norma(xh); xh=act(xh); xh=norma(xh)
    for l in range(L-1):
        for idx,p in enumerate(powers):
            if idx==0: z=sp(xh,p)@Wh[idx,l]+Bh[l]
            else: z=xh+sp(xh,p)@Wh[idx,l]
        xh=norma(z); xh=act(xh); xh=norma(xh)
    for idx,p in enumerate(powers):
        if idx==0: o=sp(xh,p)@Wo[idx]+Bo
        else: o=o+sp(xh,p)@Wo[idx]
    return o
# Fast path: gradients flow to per-layer views through a leaf copy per layer
Whl=[[Wh[i,l].detach().clone().requires_grad_(True) for l in range(L-1)] for i in range(mp)]
Bhl=[Bh[l].detach().clone().requires_grad_(True) for l in range(L-1)]
W0d=W0.detach().clone().requires_grad_(True); B0d=B0.detach().clone().requires_grad_(True)
Wod=Wo.detach().clone().requires_grad_(True); Bod=Bo.detach().clone().requires_grad_(True)
def fwd2(x):
    for idx,p in enumerate(powers):
        if idx==0: xh=sp(x,p)@W0d[idx]+B0d
        else: xh=xh+sp(x,p)@W0d[idx]
        xh=norma(xh); xh=act(xh); xh=norma(xh)
    for l in range(L-1):
        for idx,p in enumerate(powers):
            if idx==0: z=sp(xh,p)@Whl[idx][l]+Bhl[l]
            else: z=xh+sp(xh,p)@Whl[idx][l]
        xh=norma(z); xh=act(xh); xh=norma(xh)
    for idx,p in enumerate(powers):
        if idx==0: o=sp(xh,p)@Wod[idx]+Bod
        else: o=o+sp(xh,p)@Wod[idx]
    return o
allp=[W0d,B0d,Wod,Bod]+Bhl+[w for row in Whl for w in row]
curve=[]
t0=time.time()
for r in range(rounds):
    tot=0.0
    for item in T:
        x=item[:-1]; y=item[-1:]
        ho=fwd2(x); loss=((ho-y)**2).mean(); tot+=loss.item(); loss.backward()
        with torch.no_grad():
            for w in allp:
                w-=lr*w.grad; w.grad.zero_()
    curve.append(tot/len(T))
    if os.environ.get("VERBOSE"): print(r,curve[-1],flush=True)
out={"seed":seed,"act":act_t,"n":n,"layers":L,"rounds":rounds,"final":curve[-1],"min":min(curve),"curve":curve,"elapsed":time.time()-t0}
print(json.dumps({k:v for k,v in out.items() if k!="curve"}),flush=True)
if os.environ.get("OUT"): json.dump(out,open(os.environ["OUT"],"w"))
