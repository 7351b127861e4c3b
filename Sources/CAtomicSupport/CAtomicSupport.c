// See include/CAtomicSupport.h. Written in C because a signal handler may only call
// async-signal-safe functions (unlink, unlinkat, rmdir, open, close, getdents64, raise): the Swift
// runtime may allocate or take locks, which a handler must not do.
#define _GNU_SOURCE
#include "CAtomicSupport.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int atomic_support_exchange(const char *first, const char *second) {
  return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}

int atomic_support_rename_noreplace(const char *from, const char *to) {
  return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
}

// ---- Registry of temporaries --------------------------------------------------------------
// Fixed storage: a slot is published by storing its state last (release), and the handler reads
// the state first (acquire), so it never sees a half-copied path.

#define SLOT_COUNT 64
enum { SLOT_FREE = 0, SLOT_CLAIMED = 1, SLOT_FILE = 2, SLOT_FOLDER = 3 };

static char slot_paths[SLOT_COUNT][PATH_MAX];
static int slot_states[SLOT_COUNT];
static int handlers_installed;

void atomic_support_remove_flat_folder(const char *path) {
  int folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (folder >= 0) {
    char buffer[4096];
    for (;;) {
      long count = syscall(SYS_getdents64, folder, buffer, sizeof buffer);
      if (count <= 0) break;
      for (long offset = 0; offset < count;) {
        struct linux_dirent64_view {
          unsigned long long ino;
          long long off;
          unsigned short reclen;
          unsigned char type;
          char name[];
        } *entry = (struct linux_dirent64_view *)(buffer + offset);
        if (strcmp(entry->name, ".") != 0 && strcmp(entry->name, "..") != 0) unlinkat(folder, entry->name, 0);
        offset += entry->reclen;
      }
    }
    close(folder);
  }
  rmdir(path);
}

static void clean_up_and_die(int signal_number) {
  int saved = errno;
  for (int i = 0; i < SLOT_COUNT; i++) {
    int state = __atomic_load_n(&slot_states[i], __ATOMIC_ACQUIRE);
    if (state == SLOT_FILE) unlink(slot_paths[i]);
    if (state == SLOT_FOLDER) atomic_support_remove_flat_folder(slot_paths[i]);
  }
  errno = saved;
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

void atomic_support_install_handlers(void) {
  if (__atomic_exchange_n(&handlers_installed, 1, __ATOMIC_ACQ_REL)) return;
  int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  // A process started from a thread that blocks these signals (a test harness, some supervisors)
  // inherits the block; a tool that writes files must still stop when asked to.
  sigset_t termination;
  sigemptyset(&termination);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&termination, signals[i]);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction current;
    // Keep a signal the caller chose to ignore (nohup) ignored.
    if (sigaction(signals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = clean_up_and_die;
    sigfillset(&action.sa_mask);
    sigaction(signals[i], &action, NULL);
  }
  pthread_sigmask(SIG_UNBLOCK, &termination, NULL);
}

int atomic_support_remember(const char *path, int is_folder) {
  atomic_support_install_handlers();
  if (strlen(path) >= PATH_MAX) return -1;
  for (int i = 0; i < SLOT_COUNT; i++) {
    int expected = SLOT_FREE;
    if (__atomic_compare_exchange_n(&slot_states[i], &expected, SLOT_CLAIMED, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
      strcpy(slot_paths[i], path);
      __atomic_store_n(&slot_states[i], is_folder ? SLOT_FOLDER : SLOT_FILE, __ATOMIC_RELEASE);
      return i;
    }
  }
  return -1;
}

void atomic_support_update(int slot, const char *path) {
  if (slot < 0 || slot >= SLOT_COUNT || strlen(path) >= PATH_MAX) return;
  int state = __atomic_exchange_n(&slot_states[slot], SLOT_CLAIMED, __ATOMIC_ACQ_REL);
  strcpy(slot_paths[slot], path);
  __atomic_store_n(&slot_states[slot], state, __ATOMIC_RELEASE);
}

void atomic_support_forget(int slot) {
  if (slot < 0 || slot >= SLOT_COUNT) return;
  __atomic_store_n(&slot_states[slot], SLOT_FREE, __ATOMIC_RELEASE);
}

unsigned int atomic_support_umask(void) {
  FILE *status = fopen("/proc/self/status", "re");
  if (status) {
    char line[256];
    unsigned int mask;
    while (fgets(line, sizeof line, status)) {
      if (sscanf(line, "Umask: %o", &mask) == 1) {
        fclose(status);
        return mask;
      }
    }
    fclose(status);
  }
  mode_t mask = umask(022);
  umask(mask);
  return (unsigned int)mask;
}

void atomic_support_die_with_parent(int parent) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  // The parent may have died between fork and prctl.
  if (getppid() != parent) _exit(1);
}
