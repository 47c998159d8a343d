/* LD_PRELOAD shim: the process sees an AVX2 CPU without AVX-512, bf16 or VNNI instructions (bench/isa_compare.py).

   Linux's ARCH_SET_CPUID (kernel flag cpuid_fault) makes the CPUID instruction fault in this process; the SIGSEGV
   handler runs the real CPUID with faulting lifted for that one instruction and clears the feature bits of leaf 7
   (AVX-512 of every kind, AVX-VNNI, AVX512_BF16, AMX), so that every library's own dispatch (oneDNN, MKL, torch's
   cpuinfo, onnxruntime's MLAS, FAISS, numpy) sees what a CPU with AVX2 alone reports. glibc's own string
   functions were dispatched before this runs and keep theirs. Build: gcc -O2 -shared -fPIC -o avx2_cpuid.so
   avx2_cpuid.c */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#define ARCH_SET_CPUID 0x1012

static struct sigaction previous;

static void masked_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
    __asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
    if (leaf == 7 && sub == 0) {
        r[1] &= ~((1u << 16) | (1u << 17) | (1u << 21) | (1u << 26) | (1u << 27) | (1u << 28) | (1u << 30) |
                  (1u << 31));                                     /* avx512 f dq ifma pf er cd bw vl */
        r[2] &= ~((1u << 1) | (1u << 6) | (1u << 11) | (1u << 12) | (1u << 14)); /* vbmi vbmi2 vnni bitalg vpopcntdq */
        r[3] &= ~((1u << 2) | (1u << 3) | (1u << 8) | (1u << 22) | (1u << 23) | (1u << 24) | (1u << 25));
                                                       /* 4vnniw 4fmaps vp2intersect amx_bf16 avx512_fp16 amx_tile amx_int8 */
    } else if (leaf == 7 && sub == 1) {
        r[0] &= ~((1u << 4) | (1u << 5) | (1u << 23));             /* avx_vnni avx512_bf16 avx_ifma */
    }
}

static void on_segv(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    uint8_t *ip = (uint8_t *)uc->uc_mcontext.gregs[REG_RIP];
    if (ip[0] == 0x0f && ip[1] == 0xa2) {
        uint32_t r[4];
        syscall(SYS_arch_prctl, ARCH_SET_CPUID, 1);
        masked_cpuid((uint32_t)uc->uc_mcontext.gregs[REG_RAX], (uint32_t)uc->uc_mcontext.gregs[REG_RCX], r);
        syscall(SYS_arch_prctl, ARCH_SET_CPUID, 0);
        uc->uc_mcontext.gregs[REG_RAX] = r[0];
        uc->uc_mcontext.gregs[REG_RBX] = r[1];
        uc->uc_mcontext.gregs[REG_RCX] = r[2];
        uc->uc_mcontext.gregs[REG_RDX] = r[3];
        uc->uc_mcontext.gregs[REG_RIP] += 2;
        return;
    }
    if (previous.sa_flags & SA_SIGINFO && previous.sa_sigaction) {
        previous.sa_sigaction(sig, info, context);
        return;
    }
    signal(SIGSEGV, SIG_DFL);  /* a real fault: die as without the shim */
    raise(SIGSEGV);
}

__attribute__((constructor)) static void start(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_segv;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &action, &previous);
    if (syscall(SYS_arch_prctl, ARCH_SET_CPUID, 0) != 0) {
        fprintf(stderr, "avx2_cpuid: CPUID faulting is not available here (kernel flag cpuid_fault)\n");
        _exit(3);
    }
}
