//! Clean failures, each with its own true message: a file that is not insats's, a damaged file,
//! a folder that cannot be written, an immutable file or folder, a full disk; and the file's mode,
//! judged on every command.
//!
//! Tests run as root in CI, where modes stop nobody: the read-only folder runs the binary as a
//! throw-away uid; the immutable flag and the tiny disk need root's `chattr` and `mount`, and say
//! on stderr why they did not run when these are not to be had.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command as Std, Output};

use crate::common::*;

const NOBODY: u32 = 65534;

fn chmod(p: &Path, mode: u32) {
    fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
}

fn with_case() -> Env {
    let env = Env::new();
    env.apply(pnr::ADULT, "kontaktperson-sol", &["--consent", "self"]);
    // Checkpointed into the file itself, so that what is cut below is the records.
    env.raw_conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    env
}

fn apply(env: &Env) -> Output {
    env.run(&[
        "apply",
        "--pnr",
        pnr::ADULT_MAN,
        "--name",
        "Test Testsson",
        "--insats",
        "kontaktperson-sol",
        "--consent",
        "self",
    ])
}

fn root() -> bool {
    // SAFETY: geteuid only reads the process's effective user id.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn a_file_cut_in_half_is_damaged_not_a_stranger() {
    let env = with_case();
    let len = fs::metadata(&env.db).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&env.db)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let before = fs::read(&env.db).unwrap();
    for args in [vec!["list"], vec!["check"], vec!["init"]] {
        let out = env.run(&args);
        assert_fails(&out, 1, "is damaged (cut off");
        assert!(
            stderr(&out).contains("restore from a backup"),
            "{}",
            stderr(&out)
        );
    }
    assert_fails(&apply(&env), 1, "is damaged");
    assert_eq!(fs::read(&env.db).unwrap(), before);
}

#[test]
fn an_overwritten_header_is_damaged() {
    let env = with_case();
    let mut bytes = fs::read(&env.db).unwrap();
    bytes[..16].copy_from_slice(b"garbage garbage!");
    fs::write(&env.db, &bytes).unwrap();
    assert_fails(
        &env.run(&["list"]),
        1,
        "is damaged (its header is overwritten)",
    );
    assert_fails(&env.run(&["check"]), 1, "is damaged");
}

#[test]
fn text_and_another_programs_sqlite_file_are_not_insats_files() {
    let env = Env::new();
    fs::write(&env.db, "nothing of ours\n").unwrap();
    chmod(&env.db, 0o600);
    let out = env.run(&["list"]);
    assert_fails(
        &out,
        1,
        "is not an insats file (not an SQLite database at all)",
    );
    assert!(!stderr(&out).contains("damaged"));
    fs::remove_file(&env.db).unwrap();
    rusqlite::Connection::open(&env.db)
        .unwrap()
        .execute_batch("CREATE TABLE other (x);")
        .unwrap();
    chmod(&env.db, 0o600);
    assert_fails(
        &env.run(&["list"]),
        1,
        "an SQLite database but not an insats file",
    );
}

#[test]
fn a_file_others_may_read_is_named_on_reads_and_refused_for_writes() {
    let env = with_case();
    chmod(&env.db, 0o644);
    let out = env.run(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("has mode 0644") && err.contains("chmod 600"),
        "{err}"
    );

    let before = env.dump();
    let out = apply(&env);
    assert_fails(&out, 1, "has mode 0644");
    assert!(stderr(&out).contains(&format!("`chmod 600 {}`", env.db.display())));
    assert_eq!(env.dump(), before, "a refused write changes nothing");
    assert_eq!(
        fs::metadata(&env.db).unwrap().permissions().mode() & 0o777,
        0o644
    );

    chmod(&env.db, 0o640);
    assert_fails(&apply(&env), 1, "has mode 0640");
    chmod(&env.db, 0o600);
    let out = apply(&env);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_file_with_a_second_name_is_not_opened_and_check_names_it() {
    // Each name has its own -wal and -shm: commands under two names damage the file (found by
    // the bench, which once linked its demo files into a second folder).
    let env = with_case();
    let other = env.dir.path().join("other-name.db");
    fs::hard_link(&env.db, &other).unwrap();
    let before = env.dump();
    let under = |db: &Path, args: &[&str]| {
        let mut c = env.bare();
        c.arg("--db").arg(db).args(args);
        c.output().unwrap()
    };
    for db in [&env.db, &other] {
        assert_fails(&under(db, &["show", "1"]), 1, "has 2 names (hard links)");
        assert_fails(
            &under(db, &["log", "1", "--note", "Samtal."]),
            1,
            "-samefile",
        );
    }
    assert_fails(&apply(&env), 1, "insats backup");
    assert_eq!(
        env.dump(),
        before,
        "nothing was written, not even an access line"
    );
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("has 2 names (hard links)"),
        "{}",
        stdout(&out)
    );

    fs::remove_file(&other).unwrap();
    env.ok(&["show", "1"]);
    env.ok(&["check"]);
}

#[test]
fn the_folder_insats_made_is_judged_and_a_folder_given_is_not() {
    let env = Env::new();
    env.bare().arg("init").assert().success();
    let folder = env.dir.path().join(".local/share/insats");
    chmod(&folder, 0o777);
    let out = env.bare().arg("list").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("that insats made has mode 0777"),
        "{}",
        stderr(&out)
    );
    assert_fails(&env.bare().arg("init").output().unwrap(), 1, "chmod 700");
    let out = env.bare().arg("check").output().unwrap();
    assert!(stdout(&out).contains("has mode 0777"), "{}", stdout(&out));
    chmod(&folder, 0o700);

    // A folder given with --db (here the temp folder, like demo's current folder) is not ours.
    let env = Env::new();
    chmod(env.dir.path(), 0o777);
    env.ok(&["init"]);
    let out = env.run(&["list"]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    chmod(env.dir.path(), 0o700);
}

/// The binary as a throw-away uid (as root), so that a folder's mode stops it.
fn as_nobody(env: &Env, args: &[&str]) -> Output {
    Std::new(assert_cmd::cargo::cargo_bin("insats"))
        .env_clear()
        .env("INSATS_DB", &env.db)
        .env("INSATS_TODAY", TODAY)
        .env("HOME", env.dir.path())
        .current_dir("/")
        .uid(NOBODY)
        .gid(NOBODY)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_folder_that_cannot_be_written_says_so() {
    if !root() {
        eprintln!("skipped: needs root to run the binary as uid {NOBODY}");
        return;
    }
    let env = with_case();
    // SAFETY: chown on a path we own, to the throw-away uid.
    let c = std::ffi::CString::new(env.db.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::chown(c.as_ptr(), NOBODY, NOBODY) }, 0);
    chmod(env.dir.path(), 0o755);
    let out = as_nobody(&env, &["list"]);
    assert_fails(&out, 1, "cannot be written by you");
    assert!(!stderr(&out).contains("not an SQLite"), "{}", stderr(&out));
    let other = env.dir.path().join("ny.db");
    let out = Std::new(assert_cmd::cargo::cargo_bin("insats"))
        .env_clear()
        .env("INSATS_TODAY", TODAY)
        .args(["--db", other.to_str().unwrap(), "init"])
        .uid(NOBODY)
        .gid(NOBODY)
        .output()
        .unwrap();
    assert_fails(&out, 1, "cannot be written by you");
    chmod(env.dir.path(), 0o700);
}

fn chattr(flag: &str, p: &Path) -> bool {
    Std::new("chattr")
        .arg(flag)
        .arg(p)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn an_immutable_file_and_folder_say_so() {
    let env = with_case();
    if !chattr("+i", env.dir.path()) {
        eprintln!(
            "skipped: chattr +i does not work here (not root, or the file system has no such flag)"
        );
        return;
    }
    // No -wal or -shm beside the file yet, and none can be made in the folder.
    let folder = apply(&env);
    let init = env
        .bare()
        .args([
            "--db",
            env.dir.path().join("ny.db").to_str().unwrap(),
            "init",
        ])
        .output()
        .unwrap();
    chattr("-i", env.dir.path());
    assert_fails(&folder, 1, "is immutable (chattr +i)");
    assert!(
        stderr(&folder).contains("the folder"),
        "{}",
        stderr(&folder)
    );
    assert_fails(&init, 1, "is immutable");

    assert!(chattr("+i", &env.db));
    let file = apply(&env);
    chattr("-i", &env.db);
    assert_fails(&file, 1, "is immutable (chattr +i)");
    assert!(stderr(&file).contains(&format!("`chattr -i {}`", env.db.display())));
}

#[test]
fn a_full_disk_is_one_line() {
    let env = Env::new();
    let disk = env.dir.path().join("disk");
    fs::create_dir(&disk).unwrap();
    let mounted = Std::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(&disk)
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!(
            "skipped: cannot mount a tiny tmpfs here; the unit test in store::diagnose maps SQLITE_FULL"
        );
        return;
    }
    let env2 = Env {
        dir: tempfile::tempdir().unwrap(),
        db: disk.join("insats.db"),
    };
    env2.ok(&["init"]);
    let filler = disk.join("filler");
    let _ = Std::new("dd")
        .args(["if=/dev/zero", "bs=4096"])
        .arg(format!("of={}", filler.display()))
        .output();
    let mut outs = Vec::new();
    for _ in 0..3 {
        outs.push(apply(&env2));
    }
    let _ = Std::new("umount").arg(&disk).output();
    for out in outs {
        assert_fails(&out, 1, "the disk is full: nothing was written");
        assert_eq!(stderr(&out).matches("full").count(), 1, "{}", stderr(&out));
    }
}

#[test]
fn a_damaged_backup_is_refused_by_restore_for_what_it_is() {
    let env = with_case();
    let copy = env.dir.path().join("kopia.db");
    env.ok(&["backup", "--out", copy.to_str().unwrap()]);
    let len = fs::metadata(&copy).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&copy)
        .unwrap()
        .set_len(len - 4096)
        .unwrap();
    let before = env.dump();
    let out = env.run(&["restore", copy.to_str().unwrap(), "--yes"]);
    assert_fails(&out, 1, "kopia.db is damaged (cut off");
    assert_eq!(env.dump(), before);
}
