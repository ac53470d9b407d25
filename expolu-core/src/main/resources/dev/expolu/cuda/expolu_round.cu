// expolu's GPU engine: one round (a pass over the data) of the seed's per-sample SGD, for many runs
// at once, each with its own weights. Compiled at run time by NVRTC for the device found, after a
// preamble of #defines (CudaKernel writes it):
//
//   EX_REAL     float or double: the dtype weights are stored and multiplied in
//   EX_WIDTH, EX_LAYERS, EX_INPUTS, EX_SAMPLES   the net's n and layers, the data's features and rows
//   EX_NPOWERS  entries of the seed's powerlist, EX_POWERS the list itself, e.g. 1,2
//   EX_CLUSTER  blocks per run: a thread-block cluster (sm_90 and newer) sharing a layer's columns
//   EX_TILES    column tiles of 64, rounded up to a power of two (at least EX_CLUSTER)
//   EX_CHUNK    columns per pass of the forward product
//
// The math is the fused CPU engine's (FusedTrainer): z = h W (+ b), then norma(act(norma(z))) per
// layer; the backward pass fused with the SGD step, the input to a layer rounded to T for its
// products, the per-layer vector math in double. Sums run in one fixed order that depends on the
// shape alone (64-row groups and 64-column tiles combined by a pairwise tree), never on CL, the
// thread count or timing, and without atomics: a run's curve is the same bit for bit however many
// runs share the launch.
//
// Memory per run: Wh[L-1][N][N] (the seed's Wh slice its hidden layers use) and Bh[L-1][N], whose
// columns are split between the run's CL blocks. Each block keeps its own replica of the small
// tensors W0[NP][I][N], B0[N], Wo[NP][N], Bo and its own scratch of the layer values the backward
// pass needs, so no block reads global memory another block writes. Blocks of a cluster exchange
// vectors through distributed shared memory, one cluster barrier per layer and direction.

typedef EX_REAL T;
#define N EX_WIDTH
#define L EX_LAYERS
#define I EX_INPUTS
#define S EX_SAMPLES
#define NP EX_NPOWERS
#define CL EX_CLUSTER
#define NTP EX_TILES
#define CHUNK EX_CHUNK
#define THREADS 256
#define WARPS (THREADS / 32)
#define FULL 0xffffffffu
#define HID (L - 1)
#define Q (NP + HID)
#define RG ((N + 63) / 64)
#define COLS_PER (NTP * 64 / CL)
#define TILES_PER (NTP / CL)
#define XN (N > COLS_PER ? N : COLS_PER)
#define SMALL (NP * I * N + N + NP * N + 1)
#define SCRATCH (2 * Q * N + 2 * Q)
#define UR (TILES_PER >= 8 ? 1 : 8 / TILES_PER)

__constant__ int kPowers[NP] = {EX_POWERS};
#define PH (kPowers[NP - 1])
#define KH (NP - 1)

__device__ __forceinline__ float tfma(float a, float b, float c) { return fmaf(a, b, c); }
__device__ __forceinline__ double tfma(double a, double b, double c) { return fma(a, b, c); }

// ---- cluster primitives (PTX, so that no header is needed); a host emulation brings its own ----

#ifndef EX_HOST_EMULATION
#define EX_SHARED extern __shared__ double smem[]

__device__ __forceinline__ unsigned cluster_rank() {
#if CL > 1
    unsigned r;
    asm volatile("mov.u32 %0, %%cluster_ctarank;" : "=r"(r));
    return r;
#else
    return 0;
#endif
}

/** Every thread of every block of the cluster: all shared-memory writes before are seen after. */
__device__ __forceinline__ void cluster_sync() {
#if CL > 1
    asm volatile("barrier.cluster.arrive.release.aligned;\n\tbarrier.cluster.wait.acquire.aligned;" ::: "memory");
#else
    __syncthreads();
#endif
}

/** The double at the same place of the shared memory of block {@code rank} of the cluster. */
__device__ __forceinline__ double load_peer(const double* local, unsigned rank) {
#if CL > 1
    unsigned long long shared;
    asm volatile("cvta.to.shared.u64 %0, %1;" : "=l"(shared) : "l"((unsigned long long) local));
    unsigned address = (unsigned) shared;
    unsigned remote;
    asm volatile("mapa.shared::cluster.u32 %0, %1, %2;" : "=r"(remote) : "r"(address), "r"(rank));
    double value;
    asm volatile("ld.shared::cluster.f64 %0, [%1];" : "=d"(value) : "r"(remote) : "memory");
    return value;
#else
    return *local;
#endif
}
#endif

// ---- the seed's scalar functions, as the Java activation classes compute them ----

/** pow as fdlibm (StrictMath) gives it where it is exact: y = 1 and y = 2. */
__device__ __forceinline__ double pw(double x, double y) {
    if (y == 1.0) return x;
    if (y == 2.0) return x * x;
    return pow(x, y);
}

/** Activations by their place in ActivationCatalog.NAMES; parameters as that catalog orders them. */
__device__ double act_apply(int act, double x, double a, double b, double p) {
    switch (act) {
        case 1:  // expolu(a, b, p)
            if (x < -b) return 0.0;
            if (x < b) return (1.0 / a) * pw(x + b, p);
            return x + (1.0 / a) * pw(2.0 * b, p) - b;
        case 2:  // powerlu(xp)
            if (x < -1.0) return 0.0;
            if (x < 1.0) return pw(x + 1.0, a) / pw(2.0, a);
            return x;
        case 3:  // paralu(scope)
            if (x < -a) return 0.0;
            if (x < a) return (x + a) * (x + a) / (4.0 * a);
            return x;
        case 4:  // quartlu(scope)
            if (x < -a) return 0.0;
            if (x < a / 3.0) return pw(x + a, 4.0) * 27.0 / (256.0 * pw(a, 3.0));
            return x;
        case 5:  // sigmoid
            return 1.0 / (1.0 + exp(-x));
        case 6:  // relu
            return x > 0.0 ? x : 0.0;
        default:  // identity
            return x;
    }
}

__device__ double act_derivative(int act, double x, double a, double b, double p) {
    switch (act) {
        case 1:
            if (x < -b) return 0.0;
            if (x < b) return (1.0 / a) * p * pw(x + b, p - 1.0);
            return 1.0;
        case 2:
            if (x < -1.0) return 0.0;
            if (x < 1.0) return a * pw(x + 1.0, a - 1.0) / pw(2.0, a);
            return 1.0;
        case 3:
            if (x < -a) return 0.0;
            if (x < a) return 2.0 * (x + a) / (4.0 * a);
            return 1.0;
        case 4:
            if (x < -a) return 0.0;
            if (x < a / 3.0) return 4.0 * pw(x + a, 3.0) * 27.0 / (256.0 * pw(a, 3.0));
            return 1.0;
        case 5: {
            double f = 1.0 / (1.0 + exp(-x));
            return f * (1.0 - f);
        }
        case 6:
            return x > 0.0 ? 1.0 : 0.0;
        default:
            return 1.0;
    }
}

/** The seed's power term sign(v) |v^p|. */
__device__ __forceinline__ double term(double v, int p) {
    if (p == 1) return v;
    double sign = v > 0.0 ? 1.0 : (v < 0.0 ? -1.0 : v);
    return sign * fabs(pw(v, (double) p));
}

/** Its derivative as autograd takes it: p |v|^(p-1), 0 at 0. */
__device__ __forceinline__ double term_derivative(double v, int p) {
    return v == 0.0 ? 0.0 : p * pw(fabs(v), (double) (p - 1));
}

// ---- block-wide sums in one fixed order ----

/** The sum over the block of each thread's x, the same in every thread. */
template <typename V>
__device__ V block_sum(V x, V* red) {
    for (int o = 16; o > 0; o >>= 1) x += __shfl_xor_sync(FULL, x, o);
    __syncthreads();
    if ((threadIdx.x & 31) == 0) red[threadIdx.x >> 5] = x;
    __syncthreads();
    return ((red[0] + red[1]) + (red[2] + red[3])) + ((red[4] + red[5]) + (red[6] + red[7]));
}

/** Two sums at once. */
__device__ void block_sum2(double& x, double& y, double* red) {
    for (int o = 16; o > 0; o >>= 1) {
        x += __shfl_xor_sync(FULL, x, o);
        y += __shfl_xor_sync(FULL, y, o);
    }
    __syncthreads();
    if ((threadIdx.x & 31) == 0) {
        red[threadIdx.x >> 5] = x;
        red[WARPS + (threadIdx.x >> 5)] = y;
    }
    __syncthreads();
    x = ((red[0] + red[1]) + (red[2] + red[3])) + ((red[4] + red[5]) + (red[6] + red[7]));
    y = ((red[8] + red[9]) + (red[10] + red[11])) + ((red[12] + red[13]) + (red[14] + red[15]));
}

/** vals[0] becomes the pairwise sum of vals[0 .. count), count a power of two. */
template <typename V, int count>
__device__ __forceinline__ void pairwise(V* vals) {
#pragma unroll
    for (int step = 1; step < count; step <<= 1) {
#pragma unroll
        for (int i = 0; i + step < count; i += 2 * step) vals[i] = vals[i] + vals[i + step];
    }
}

template <int n>
struct Pow2 {
    static const int value = n <= 1 ? 1 : 2 * Pow2<(n + 1) / 2>::value;
};
template <>
struct Pow2<1> {
    static const int value = 1;
};
#define RGP (Pow2<RG>::value)

// ---- the seed's norma, in place on v[0 .. N), returning the standard deviation ----

__device__ double norma(double* v, double* red) {
    double s = 0.0;
    for (int i = threadIdx.x; i < N; i += THREADS) s += v[i];
    double mean = block_sum(s, red) / N;
    double q = 0.0;
    for (int i = threadIdx.x; i < N; i += THREADS) {
        double d = v[i] - mean;
        q += d * d;
    }
    double std = sqrt(block_sum(q, red) / (N - 1));
    for (int i = threadIdx.x; i < N; i += THREADS) v[i] = (v[i] - mean) / std;
    __syncthreads();
    return std;
}

/** Norma's backward: g, the gradient on y = norma(x), becomes the gradient on x. */
__device__ void norma_backward(const double* y, double std, double* g, double* red) {
    double sum = 0.0;
    double dot = 0.0;
    for (int i = threadIdx.x; i < N; i += THREADS) {
        sum += g[i];
        dot += g[i] * y[i];
    }
    block_sum2(sum, dot, red);
    double mean = sum / N;
    double projection = dot / (N - 1);
    for (int i = threadIdx.x; i < N; i += THREADS) g[i] = (g[i] - mean - y[i] * projection) / std;
    __syncthreads();
}

struct Run {
    int act;
    double a, b, p;
};

/** z in v becomes norma(act(norma(z))); what the backward pass needs goes to scratch position q. */
__device__ void layer_forward(int q, double* v, double* scratch, const Run& run, double* red) {
    double* first = scratch + (size_t) q * 2 * N;
    double* out = first + N;
    double std1 = norma(v, red);
    for (int i = threadIdx.x; i < N; i += THREADS) {
        first[i] = v[i];
        v[i] = act_apply(run.act, v[i], run.a, run.b, run.p);
    }
    __syncthreads();
    double std2 = norma(v, red);
    for (int i = threadIdx.x; i < N; i += THREADS) out[i] = v[i];
    if (threadIdx.x == 0) {
        scratch[2 * Q * N + 2 * q] = std1;
        scratch[2 * Q * N + 2 * q + 1] = std2;
    }
    __syncthreads();
}

/** g, the gradient on layer q's output, becomes the gradient on its z. */
__device__ void layer_backward(int q, double* g, const double* scratch, const Run& run, double* red) {
    const double* first = scratch + (size_t) q * 2 * N;
    const double* out = first + N;
    norma_backward(out, scratch[2 * Q * N + 2 * q + 1], g, red);
    for (int i = threadIdx.x; i < N; i += THREADS) g[i] *= act_derivative(run.act, first[i], run.a, run.b, run.p);
    __syncthreads();
    norma_backward(first, scratch[2 * Q * N + 2 * q], g, red);
}

extern "C" __global__ void __launch_bounds__(THREADS)
#if CL > 1
__cluster_dims__(CL, 1, 1)
#endif
expolu_round(T* __restrict__ wh, T* __restrict__ bh, T* __restrict__ small, double* __restrict__ scratchAll,
             const double* __restrict__ xs, const double* __restrict__ ys, const int* __restrict__ acts,
             const double* __restrict__ actParameters, const double* __restrict__ rates,
             double* __restrict__ losses) {
    const int tid = threadIdx.x;
    const int lane = tid & 31;
    const int warp = tid >> 5;
    const int runIndex = blockIdx.x / CL;
    const unsigned rank = cluster_rank();

    EX_SHARED;
    double* v = smem;                 // N: the layer vector (z, then the layer's output)
    double* g = v + N;                // N: the gradient
    double* xch = g + N;              // 2 * XN: what the cluster exchanges, double-buffered
    double* red = xch + 2 * XN;       // 2 * WARPS
    T* hT = (T*) (red + 2 * WARPS);   // N: a layer's input term, rounded to T
    T* gT = hT + N;                   // N: a layer's z gradient, rounded to T
    T* part = gT + N;                 // RG * CHUNK: the forward product's row-group sums

    Run run;
    run.act = acts[runIndex];
    run.a = actParameters[3 * runIndex];
    run.b = actParameters[3 * runIndex + 1];
    run.p = actParameters[3 * runIndex + 2];
    const T rate = (T) rates[runIndex];
    T* Wh = wh + (size_t) runIndex * HID * N * N;
    T* Bh = bh + (size_t) runIndex * HID * N;
    T* W0 = small + (size_t) blockIdx.x * SMALL;
    T* B0 = W0 + NP * I * N;
    T* Wo = B0 + N;
    T* Bo = Wo + NP * N;
    double* scratch = scratchAll + (size_t) blockIdx.x * SCRATCH;

    const int c0 = rank * COLS_PER;
    const int c1 = c0 + COLS_PER < N ? c0 + COLS_PER : N;
    double lossSum = 0.0;
    int parity = 0;

    for (int s = 0; s < S; s++) {
        // ---- the input layer (the seed's ffn0): small, so every block computes all of it
        for (int k = 0; k < NP; k++) {
            for (int j = tid; j < N; j += THREADS) {
                T acc = 0;
                for (int i = 0; i < I; i++) acc = tfma((T) term(xs[s * I + i], kPowers[k]), W0[(k * I + i) * N + j], acc);
                double z = (double) acc;
                z += k == 0 ? (double) B0[j] : v[j];
                v[j] = z;
            }
            __syncthreads();
            layer_forward(k, v, scratch, run, red);
        }

        // ---- the hidden layers (ffnh): each block the product for its columns, then all of z
        for (int l = 0; l < HID; l++) {
            const T* W = Wh + (size_t) l * N * N;
            for (int i = tid; i < N; i += THREADS) hT[i] = (T) term(v[i], PH);
            __syncthreads();
            double* mine = xch + parity * XN;
            for (int cs = c0; cs < c1; cs += CHUNK) {
                const int nc = cs + CHUNK < c1 ? CHUNK : c1 - cs;
                for (int item = tid; item < RG * nc; item += THREADS) {
                    const int group = item / nc;
                    const int col = cs + (item - group * nc);
                    const int r0 = group * 64;
                    const int rows = N - r0 < 64 ? N - r0 : 64;
                    const T* w = W + (size_t) r0 * N + col;
                    T acc = 0;
#pragma unroll 16
                    for (int r = 0; r < rows; r++) acc = tfma(hT[r0 + r], w[(size_t) r * N], acc);
                    part[group * CHUNK + (col - cs)] = acc;
                }
                __syncthreads();
                for (int j = tid; j < nc; j += THREADS) {
                    T sums[RGP];
#pragma unroll
                    for (int group = 0; group < RGP; group++) sums[group] = group < RG ? part[group * CHUNK + j] : (T) 0;
                    pairwise<T, RGP>(sums);
                    const int col = cs + j;
                    double z = (double) sums[0];
                    z += KH == 0 ? (double) Bh[l * N + col] : v[col];
                    mine[col - c0] = z;
                }
                __syncthreads();
            }
            cluster_sync();
            for (int i = tid; i < N; i += THREADS) {
                const unsigned owner = i / COLS_PER;
                v[i] = owner == rank ? mine[i - owner * COLS_PER] : load_peer(&mine[i - owner * COLS_PER], owner);
            }
            parity ^= 1;
            __syncthreads();
            layer_forward(NP + l, v, scratch, run, red);
        }

        // ---- the output (ffno) and the loss, in every block
        double out = 0.0;
        for (int k = 0; k < NP; k++) {
            T acc = 0;
            for (int i = tid; i < N; i += THREADS) acc = tfma((T) term(v[i], kPowers[k]), Wo[k * N + i], acc);
            out += (double) block_sum<T>(acc, (T*) red);
        }
        out += (double) Bo[0];
        const double error = out - ys[s];
        lossSum += error * error;
        const T gOut = (T) (2.0 * error);
        __syncthreads();
        for (int i = tid; i < N; i += THREADS) {
            const double h = v[i];
            double grad = 0.0;
            for (int k = 0; k < NP; k++) {
                const T w = Wo[k * N + i];
                const double termGrad = (double) (w * gOut);
                grad += kPowers[k] == 1 ? termGrad : term_derivative(h, kPowers[k]) * termGrad;
                Wo[k * N + i] = tfma(-(rate * (T) term(h, kPowers[k])), gOut, w);
            }
            g[i] = grad;
        }
        if (tid == 0) Bo[0] = tfma(-rate, gOut, Bo[0]);
        __syncthreads();

        // ---- the hidden layers backward, each fused with its step
        for (int l = HID - 1; l >= 0; l--) {
            const int q = NP + l;
            T* W = Wh + (size_t) l * N * N;
            layer_backward(q, g, scratch, run, red);
            const double* in = scratch + (size_t) (q - 1) * 2 * N + N;  // the output of the layer below
            for (int i = tid; i < N; i += THREADS) {
                hT[i] = (T) term(in[i], PH);
                gT[i] = (T) g[i];
            }
            __syncthreads();
            double* mine = xch + parity * XN;
            for (int r0 = warp * UR; r0 < N; r0 += WARPS * UR) {
                T tile[UR][TILES_PER];
#pragma unroll
                for (int u = 0; u < UR; u++) {
                    const int i = r0 + u;
                    const T factor = i < N ? -(rate * hT[i]) : (T) 0;
#pragma unroll
                    for (int t = 0; t < TILES_PER; t++) {
                        const int col = c0 + t * 64 + 2 * lane;
                        T s = 0;
                        if (i < N) {
                            T* row = W + (size_t) i * N;
                            const T w0 = col < N ? row[col] : (T) 0;
                            const T w1 = col + 1 < N ? row[col + 1] : (T) 0;
                            const T g0 = col < N ? gT[col] : (T) 0;
                            const T g1 = col + 1 < N ? gT[col + 1] : (T) 0;
                            s = tfma(w1, g1, w0 * g0);
                            if (col < N) row[col] = tfma(factor, g0, w0);
                            if (col + 1 < N) row[col + 1] = tfma(factor, g1, w1);
                        }
                        tile[u][t] = s;
                    }
                }
#pragma unroll
                for (int u = 0; u < UR; u++) {
#pragma unroll
                    for (int t = 0; t < TILES_PER; t++) {
#pragma unroll
                        for (int o = 16; o > 0; o >>= 1) tile[u][t] += __shfl_xor_sync(FULL, tile[u][t], o);
                    }
                }
#pragma unroll
                for (int u = 0; u < UR; u++) {
                    const int i = r0 + u;
                    if (i < N && lane == 0) {
                        double sums[TILES_PER];
#pragma unroll
                        for (int t = 0; t < TILES_PER; t++) sums[t] = (double) tile[u][t];
                        pairwise<double, TILES_PER>(sums);
                        mine[i] = sums[0];
                    }
                }
            }
            if (KH == 0) {
                for (int col = c0 + tid; col < c1; col += THREADS) Bh[l * N + col] = tfma(-rate, gT[col], Bh[l * N + col]);
            }
            cluster_sync();
            for (int i = tid; i < N; i += THREADS) {
                double sums[CL];
#pragma unroll
                for (int r = 0; r < CL; r++) sums[r] = r == (int) rank ? mine[i] : load_peer(&mine[i], r);
                pairwise<double, CL>(sums);
                double previous = sums[0];
                if (PH != 1) previous = term_derivative(in[i], PH) * previous;
                if (KH > 0) previous += g[i];
                v[i] = previous;
            }
            parity ^= 1;
            __syncthreads();
            for (int i = tid; i < N; i += THREADS) g[i] = v[i];
            __syncthreads();
        }

        // ---- the input layer backward: every block steps its own replica
        for (int k = NP - 1; k >= 0; k--) {
            layer_backward(k, g, scratch, run, red);
            for (int j = tid; j < N; j += THREADS) {
                const T gj = (T) g[j];
                for (int i = 0; i < I; i++) {
                    const T termT = (T) term(xs[s * I + i], kPowers[k]);
                    W0[(k * I + i) * N + j] = tfma(-(rate * termT), gj, W0[(k * I + i) * N + j]);
                }
                if (k == 0) B0[j] = tfma(-rate, gj, B0[j]);
            }
            __syncthreads();
        }
    }
    if (rank == 0 && tid == 0) losses[runIndex] = lossSum / S;
    cluster_sync();  // no block leaves while a peer may still read its shared memory
}
