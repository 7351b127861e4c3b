// The few system calls AtomicFiles needs that Swift's Glibc module does not import, and a
// signal-safe registry of temporary paths to remove when the process is interrupted.
#ifndef C_ATOMIC_SUPPORT_H
#define C_ATOMIC_SUPPORT_H

/// Atomically swaps the two paths (`renameat2(…, RENAME_EXCHANGE)`); 0 or -1 with errno set.
int atomic_support_exchange(const char *first, const char *second);

/// Renames `from` to `to` only if `to` does not exist (`renameat2(…, RENAME_NOREPLACE)`);
/// 0 or -1 with errno set (EEXIST when `to` exists).
int atomic_support_rename_noreplace(const char *from, const char *to);

/// Registers a temporary path (a file, or a flat folder of files when `is_folder` is 1) to remove if
/// SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the process. Installs the handlers on first use.
/// Returns a slot for `atomic_support_forget`, or -1 when the path is too long or every slot is
/// taken (the write still happens; only the clean-up on a signal is lost).
int atomic_support_remember(const char *path, int is_folder);

/// Installs the clean-up handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT (keeping a signal the
/// process inherited as ignored, as under nohup) and unblocks those signals in the calling thread.
/// Call at start-up, before other threads exist; `atomic_support_remember` calls it too.
void atomic_support_install_handlers(void);

/// Changes a registered slot's path (after a rename); no effect for slot -1.
void atomic_support_update(int slot, const char *path);

/// Unregisters a slot (the temporary is gone or has become the output); no effect for -1.
void atomic_support_forget(int slot);

/// Removes the files directly inside `path` and then the folder (subfolders are left, and so then
/// is the folder). Async-signal-safe; used by the signal handler and for stale temporaries.
void atomic_support_remove_flat_folder(const char *path);

/// The process's file-creation mask, read without changing it (from /proc/self/status; falls back
/// to setting and restoring `umask`).
unsigned int atomic_support_umask(void);

/// In a forked child: asks the kernel to kill this process (SIGKILL) when its parent ends, and ends
/// at once if `parent` has already gone. A helper process must not outlive the tool it works for.
void atomic_support_die_with_parent(int parent);

#endif
