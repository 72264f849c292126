//! The allocator's settings for the long-running commands (`serve`, `worker`, `demo`, `run`).
//!
//! glibc gives a thread that finds the arenas busy an arena of its own, up to eight per core,
//! and an arena keeps the memory freed in it. A worker's threads (tokio's, and the blocking
//! pool's, which come and go) spread one run's pages over ever more arenas, so its resident
//! memory grew with the length of the run: one worker over Workflow 1 peaked at 139.7 MiB for
//! 10,000 cases and 171.1 MiB for 100,000 (1.22×). With two arenas the same runs peaked at
//! 112.6 and 112.0 MiB (BENCHMARKS.md, "One worker's peak memory").
//!
//! What a run holds at its end is small (5 MiB after 10,000 cases, 8 MiB after 100,000: mostly
//! SQLite's page cache); the rest is memory freed but kept by the allocator, in holes between
//! the pages of records in flight. A thread hands those holes back every few seconds
//! (`malloc_trim`), so that the resident memory follows what the run holds.
//!
//! `MALLOC_ARENA_MAX` in the environment still decides the arenas when it is set.

use std::time::Duration;

/// How often freed memory is handed back to the system.
pub const TRIM_EVERY: Duration = Duration::from_secs(2);

/// Arenas of a long-running process: the main one and one more, so two threads allocating at
/// once do not wait on each other.
pub const ARENAS: i32 = 2;

/// Caps the arenas at [`ARENAS`] unless `MALLOC_ARENA_MAX` is set, and starts the thread that
/// hands freed memory back every [`TRIM_EVERY`]. Call it at start, before the process starts
/// its threads (arenas made before stay).
pub fn bound() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
            // SAFETY: mallopt only sets a parameter of the allocator; M_ARENA_MAX takes any
            // positive count.
            #[allow(unsafe_code)]
            unsafe {
                libc::mallopt(libc::M_ARENA_MAX, ARENAS);
            }
        }
        let trim = std::thread::Builder::new()
            .name("malloc-trim".into())
            .spawn(|| {
                loop {
                    std::thread::sleep(TRIM_EVERY);
                    trim();
                }
            });
        if let Err(e) = trim {
            eprintln!("warning: cannot start the thread that returns freed memory: {e}");
        }
    }
}

/// Hands the whole pages of freed memory of every arena back to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn trim() {
    // SAFETY: malloc_trim takes the arenas' locks itself; 0 keeps no extra pad at the top.
    #[allow(unsafe_code)]
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The arenas malloc has made so far (`<heap nr=…>` entries of `malloc_info`).
#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn count() -> usize {
    let mut buf: *mut libc::c_char = std::ptr::null_mut();
    let mut len: libc::size_t = 0;
    // SAFETY: open_memstream gets valid out-pointers; the stream is closed before the buffer
    // is read (which sets buf and len), and the buffer is freed once, with free.
    unsafe {
        let f = libc::open_memstream(&mut buf, &mut len);
        assert!(!f.is_null(), "open_memstream failed");
        libc::malloc_info(0, f);
        libc::fclose(f);
        let xml = std::slice::from_raw_parts(buf.cast::<u8>(), len);
        let heaps = String::from_utf8_lossy(xml).matches("<heap nr=").count();
        libc::free(buf.cast());
        heaps
    }
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    use std::process::Command;
    use std::sync::{Arc, Barrier};

    const CHILD: &str = "MAPWRIGHT_ARENAS_TEST_CHILD";
    const NAME: &str = "cli::memory::tests::eight_threads_allocating_at_once_share_two_arenas";

    /// In a child process of its own (arenas, once made, stay for the life of a process):
    /// eight threads allocate at the same time, then the child prints how many arenas exist.
    fn arenas_in_child(bounded: bool) -> usize {
        let out = Command::new(std::env::current_exe().expect("test binary"))
            .args([NAME, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, if bounded { "bounded" } else { "free" })
            .env_remove("MALLOC_ARENA_MAX")
            .output()
            .expect("run the test binary");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "child failed: {text}");
        // libtest prints the test's name on the same line, before it.
        text.lines()
            .find_map(|l| l.split_once("arenas=").map(|(_, n)| n))
            .and_then(|n| n.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no arena count in: {text}"))
    }

    #[test]
    fn eight_threads_allocating_at_once_share_two_arenas() {
        if let Ok(mode) = std::env::var(CHILD) {
            if mode == "bounded" {
                super::bound();
            }
            let all = Arc::new(Barrier::new(8));
            let threads: Vec<_> = (0..8)
                .map(|i| {
                    let all = all.clone();
                    std::thread::spawn(move || {
                        all.wait();
                        let held: Vec<Vec<u8>> = (0..64).map(|j| vec![i as u8; 512 + j]).collect();
                        all.wait();
                        held.len()
                    })
                })
                .collect();
            let made: usize = threads.into_iter().map(|t| t.join().expect("thread")).sum();
            assert_eq!(made, 8 * 64);
            println!("arenas={}", super::count());
            return;
        }
        let free = arenas_in_child(false);
        let bounded = arenas_in_child(true);
        // Without the bound the threads get arenas of their own (the count shows it works).
        assert!(
            free > super::ARENAS as usize,
            "{free} arenas without the bound"
        );
        assert!(
            bounded <= super::ARENAS as usize,
            "{bounded} arenas with the bound of {}",
            super::ARENAS
        );
    }
}
