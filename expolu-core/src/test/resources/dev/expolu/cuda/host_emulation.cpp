// Runs expolu's training kernel (expolu_round.cu, after a shape's preamble, as kernel.cu beside this
// file) on the CPU, for tests where there is no GPU. Every CUDA thread is a fiber on one OS thread;
// __syncthreads, a warp's shuffles and a cluster's barrier are barriers of fibers; a cluster's blocks
// run side by side and read each other's shared memory by rank, as on the GPU. The kernel's own
// source is compiled unchanged but for its hardware primitives, which this file provides. A barrier
// that some threads never reach is reported as a deadlock, not a hang; the order fibers run in can be
// reversed, so that a missing barrier shows as a change of result.
//
//   host_emulation MEMORY_FILE BLOCKS SHARED_BYTES ORDER(0|1) OFFSET...   (ten kernel arguments)
//
// MEMORY_FILE is the whole device memory; each argument a byte offset into it. The file is read,
// the kernel runs on BLOCKS blocks, the file is written back.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#define EX_HOST_EMULATION 1
#define __global__
#define __device__
#define __forceinline__ inline
#define __constant__
#define __launch_bounds__(x)
#define __cluster_dims__(x, y, z)
#define __restrict__ __restrict

// A fiber switch: saves the callee-saved registers and the stack pointer, loads another's. Without a
// system call (ucontext's swapcontext makes one to save the signal mask), a switch costs nanoseconds.
extern "C" void emu_switch(void** save, void* load);
asm(R"(
    .text
    .globl emu_switch
    .type emu_switch, @function
emu_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
)");

namespace emu {

struct Index {
    unsigned x;
};

struct Barrier {
    int participants = 0;
    int arrived = 0;
    long generation = 0;
};

struct Fiber {
    void* sp = nullptr;
    std::unique_ptr<char[]> stack;
    bool done = false;
    Barrier* waiting = nullptr;
    long generation = 0;
    unsigned thread = 0;
    unsigned block = 0;
    unsigned rank = 0;
};

struct Block {
    std::vector<double> shared;
    Barrier barrier;
    std::vector<Barrier> warps;
    std::vector<uint64_t> exchange;
};

struct Cluster {
    std::vector<Block> blocks;
    Barrier barrier;
};

static Fiber* current = nullptr;
static void* scheduler = nullptr;
static Cluster* cluster = nullptr;

inline Block& block() { return cluster->blocks[current->rank]; }

/** Arrives at a barrier; the last to arrive goes on, the others wait until it opens. */
inline void wait(Barrier& barrier) {
    if (++barrier.arrived == barrier.participants) {
        barrier.arrived = 0;
        barrier.generation++;
        return;
    }
    current->waiting = &barrier;
    current->generation = barrier.generation;
    emu_switch(&current->sp, scheduler);
}

inline Index thread_index() { return Index{current->thread}; }
inline Index block_index() { return Index{current->block}; }

}  // namespace emu

#define threadIdx (emu::thread_index())
#define blockIdx (emu::block_index())
#define EX_SHARED double* smem = emu::block().shared.data()

inline void __syncthreads() { emu::wait(emu::block().barrier); }

template <typename V>
inline V __shfl_xor_sync(unsigned, V value, int mask) {
    emu::Block& b = emu::block();
    unsigned thread = emu::current->thread;
    unsigned warp = thread / 32;
    uint64_t slot = 0;
    std::memcpy(&slot, &value, sizeof(V));
    b.exchange[thread] = slot;
    emu::wait(b.warps[warp]);
    slot = b.exchange[warp * 32 + ((thread % 32) ^ (unsigned) mask)];
    emu::wait(b.warps[warp]);
    V other;
    std::memcpy(&other, &slot, sizeof(V));
    return other;
}

inline unsigned cluster_rank() { return emu::current->rank; }

inline void cluster_sync() { emu::wait(emu::cluster->barrier); }

inline double load_peer(const double* local, unsigned rank) {
    const double* mine = emu::block().shared.data();
    return emu::cluster->blocks[rank].shared[local - mine];
}

#include "kernel.cu"

namespace emu {

static char* memory = nullptr;
static long offsets[10];

[[noreturn]] static void run_thread() {
    expolu_round((T*) (memory + offsets[0]), (T*) (memory + offsets[1]), (T*) (memory + offsets[2]),
                 (double*) (memory + offsets[3]), (const double*) (memory + offsets[4]),
                 (const double*) (memory + offsets[5]), (const int*) (memory + offsets[6]),
                 (const double*) (memory + offsets[7]), (const double*) (memory + offsets[8]),
                 (double*) (memory + offsets[9]));
    current->done = true;
    emu_switch(&current->sp, scheduler);
    std::abort();  // a finished fiber is never resumed
}

/** A fiber's first switch "returns" into run_thread with the stack aligned as after a call. */
static void prepare(Fiber& fiber, size_t size) {
    uintptr_t top = reinterpret_cast<uintptr_t>(fiber.stack.get() + size) & ~uintptr_t(15);
    void** sp = reinterpret_cast<void**>(top);
    *--sp = nullptr;                                   // where run_thread would return to
    *--sp = reinterpret_cast<void*>(&run_thread);      // emu_switch's ret goes here
    for (int r = 0; r < 6; r++) *--sp = nullptr;       // rbp rbx r12 r13 r14 r15
    fiber.sp = sp;
}

/** Runs one cluster's blocks to the end; false where its threads deadlock. */
static bool run_cluster(unsigned first, long sharedBytes, bool reverse) {
    const int threads = THREADS;
    Cluster state;
    state.blocks.resize(CL);
    state.barrier.participants = threads * CL;
    for (Block& b : state.blocks) {
        b.shared.assign(sharedBytes / 8 + 1, 0.0);
        b.barrier.participants = threads;
        b.warps.resize(threads / 32);
        for (Barrier& w : b.warps) w.participants = 32;
        b.exchange.assign(threads, 0);
    }
    cluster = &state;
    std::vector<Fiber> fibers(threads * CL);
    const size_t stackSize = 256 * 1024;
    for (int f = 0; f < threads * CL; f++) {
        Fiber& fiber = fibers[f];
        fiber.rank = f / threads;
        fiber.block = first + fiber.rank;
        fiber.thread = f % threads;
        fiber.stack.reset(new char[stackSize]);
        prepare(fiber, stackSize);
    }
    for (;;) {
        bool progressed = false;
        bool all = true;
        for (int k = 0; k < threads * CL; k++) {
            Fiber& fiber = fibers[reverse ? threads * CL - 1 - k : k];
            if (fiber.done) continue;
            all = false;
            if (fiber.waiting != nullptr && fiber.waiting->generation == fiber.generation) continue;
            fiber.waiting = nullptr;
            current = &fiber;
            emu_switch(&scheduler, fiber.sp);
            progressed = true;
        }
        if (all) return true;
        if (!progressed) {
            std::fprintf(stderr, "deadlock: threads of blocks %u.. wait at barriers that never open\n", first);
            return false;
        }
    }
}

}  // namespace emu

int main(int argc, char** argv) {
    if (argc != 15) {
        std::fprintf(stderr, "usage: %s MEMORY_FILE BLOCKS SHARED_BYTES ORDER OFFSET x10\n", argv[0]);
        return 2;
    }
    FILE* in = std::fopen(argv[1], "rb");
    if (in == nullptr) return 2;
    std::fseek(in, 0, SEEK_END);
    long size = std::ftell(in);
    std::fseek(in, 0, SEEK_SET);
    std::vector<char> memory(size + 64);
    if (std::fread(memory.data(), 1, size, in) != (size_t) size) return 2;
    std::fclose(in);
    emu::memory = memory.data();
    long blocks = std::atol(argv[2]);
    long sharedBytes = std::atol(argv[3]);
    bool reverse = std::atoi(argv[4]) != 0;
    for (int a = 0; a < 10; a++) emu::offsets[a] = std::atol(argv[5 + a]);
    for (long first = 0; first < blocks; first += CL) {
        if (!emu::run_cluster((unsigned) first, sharedBytes, reverse)) return 3;
    }
    FILE* out = std::fopen(argv[1], "wb");
    if (out == nullptr || std::fwrite(memory.data(), 1, size, out) != (size_t) size) return 2;
    std::fclose(out);
    return 0;
}
