//! S1 on a shared host, for real: one file used by several system accounts, none of which can
//! open it except through insats. Runs only as root (CI runs as root): it makes two throw-away
//! accounts and a service group, installs a setgid copy of the binary, points
//! /etc/insats/insats.conf at a file in a folder of the group's, and removes it all afterwards,
//! also when it fails. Elsewhere it says that it did not run, and why.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{TODAY, pnr};

const CONF: &str = "/etc/insats/insats.conf";
/// Serialises the tests (of any checkout on this machine) that write the fixed config path.
const LOCK: &str = "/tmp/insats-shared-host-test.lock";

/// Everything the test made, undone on drop (the accounts, the group, the config, the folder).
struct Host {
    group: String,
    users: Vec<String>,
    gid: u32,
    base: PathBuf,
    conf_before: Option<Vec<u8>>,
    made_etc: bool,
    _lock: fs::File,
}

impl Drop for Host {
    fn drop(&mut self) {
        for u in &self.users {
            let _ = Command::new("userdel").arg(u).output();
            let _ = Command::new("groupdel").arg(u).output();
        }
        let _ = Command::new("groupdel").arg(&self.group).output();
        match &self.conf_before {
            Some(text) => {
                let _ = fs::write(CONF, text);
            }
            None => {
                let _ = fs::remove_file(CONF);
                if self.made_etc {
                    let _ = fs::remove_dir("/etc/insats");
                }
            }
        }
        let _ = fs::remove_dir_all(&self.base);
    }
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run")
}

fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn id(flag: &str, name: &str) -> u32 {
    ok(Command::new("id").args([flag, name]))
        .trim()
        .parse()
        .expect("an id")
}

/// A folder others can reach, on a file system mounted without nosuid, not under /root.
fn suid_capable_base() -> Option<PathBuf> {
    let mounts = fs::read_to_string("/proc/self/mountinfo").ok()?;
    for cand in ["/var/tmp", "/tmp", "/srv", "/opt"] {
        let p = Path::new(cand);
        let Ok(meta) = fs::metadata(p) else { continue };
        if meta.mode() & 0o001 == 0 {
            continue;
        }
        // The mount the folder is on: the longest mount point that is a prefix of it.
        let mount = mounts
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(' ').collect();
                Some((f.get(4)?.to_string(), f.get(5)?.to_string()))
            })
            .filter(|(point, _)| p.starts_with(point))
            .max_by_key(|(point, _)| point.len());
        if mount.is_some_and(|(_, opts)| !opts.split(',').any(|o| o == "nosuid")) {
            return Some(p.to_path_buf());
        }
    }
    None
}

fn tools_missing() -> Option<&'static str> {
    ["useradd", "userdel", "groupadd", "groupdel"]
        .into_iter()
        .find(|t| Command::new(t).arg("--help").output().is_err())
}

fn lock() -> fs::File {
    let f = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(LOCK)
        .expect("the lock file");
    // SAFETY: flock on a descriptor this process owns.
    let rc = unsafe { libc::flock(std::os::unix::io::AsRawFd::as_raw_fd(&f), libc::LOCK_EX) };
    assert_eq!(rc, 0, "cannot lock {LOCK}");
    f
}

impl Host {
    fn make(base: &Path) -> Host {
        let lock = lock();
        let tag = std::process::id() % 100_000;
        let group = format!("insatsg{tag}");
        let users = vec![format!("insatsa{tag}"), format!("insatsb{tag}")];
        let conf_before = fs::read(CONF).ok();
        let made_etc = !Path::new("/etc/insats").exists();
        let base = base.join(format!("insats-shared-{tag}"));
        let mut host = Host {
            group: group.clone(),
            users: Vec::new(),
            gid: 0,
            base: base.clone(),
            conf_before,
            made_etc,
            _lock: lock,
        };
        // Left over from a run killed midway: gone before this one starts.
        for u in &users {
            let _ = Command::new("userdel").arg(u).output();
            let _ = Command::new("groupdel").arg(u).output();
        }
        let _ = Command::new("groupdel").arg(&group).output();
        let _ = fs::remove_dir_all(&base);
        ok(Command::new("groupadd").arg(&group));
        host.gid = ok(Command::new("getent").args(["group", &group]))
            .split(':')
            .nth(2)
            .and_then(|g| g.trim().parse().ok())
            .expect("the group's id");
        for u in &users {
            ok(Command::new("useradd").args(["-M", "-U", "-s", "/bin/sh", u]));
            host.users.push(u.clone());
        }
        fs::create_dir_all(base.join("bin")).unwrap();
        fs::create_dir_all(base.join("data")).unwrap();
        fs::create_dir_all(base.join("elsewhere")).unwrap();
        fs::set_permissions(&base, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(base.join("bin"), fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(base.join("elsewhere"), fs::Permissions::from_mode(0o777)).unwrap();
        let bin = base.join("bin/insats");
        fs::copy(env!("CARGO_BIN_EXE_insats"), &bin).unwrap();
        let chown = |p: &Path| {
            let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid NUL-terminated path.
            assert_eq!(unsafe { libc::chown(c.as_ptr(), 0, host.gid) }, 0);
        };
        chown(&bin);
        chown(&base.join("data"));
        // The binary setgid to the service group; the folder the group's alone (S1).
        fs::set_permissions(&bin, fs::Permissions::from_mode(0o2755)).unwrap();
        fs::set_permissions(base.join("data"), fs::Permissions::from_mode(0o2770)).unwrap();
        if made_etc {
            fs::create_dir("/etc/insats").unwrap();
            fs::set_permissions("/etc/insats", fs::Permissions::from_mode(0o755)).unwrap();
        }
        fs::write(CONF, format!("# test\ndb = {}\n", host.db().display())).unwrap();
        fs::set_permissions(CONF, fs::Permissions::from_mode(0o644)).unwrap();
        host
    }

    fn db(&self) -> PathBuf {
        self.base.join("data/insats.db")
    }

    /// The setgid binary run as `user` (root when `None`), with a clean environment.
    fn insats(&self, user: Option<&str>) -> Command {
        let mut c = Command::new(self.base.join("bin/insats"));
        c.env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("NO_COLOR", "1")
            .env("HOME", &self.base)
            .current_dir(&self.base);
        if let Some(u) = user {
            c.uid(id("-u", u)).gid(id("-g", u));
        }
        c
    }

    fn as_user(&self, user: &str, args: &[&str]) -> Output {
        run(self.insats(Some(user)).args(args))
    }
}

fn refused(out: &Output, rule: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains(&format!("refused ({rule})")), "{err}");
}

/// S1 on a shared host: each account works through the setgid insats and is recorded as
/// itself; none can open the file directly, point the binary at another file, or back-date a
/// write.
#[test]
fn s1_a_shared_host_lets_each_account_work_only_through_insats() {
    // SAFETY: getuid cannot fail.
    if unsafe { libc::getuid() } != 0 {
        eprintln!("shared host test skipped: it needs root to make accounts and a setgid binary");
        return;
    }
    if let Some(t) = tools_missing() {
        eprintln!("shared host test skipped: {t} is not installed");
        return;
    }
    let Some(base) = suid_capable_base() else {
        eprintln!("shared host test skipped: no folder outside /root on a mount without nosuid");
        return;
    };
    let conf_before = fs::read(CONF).ok();
    let host = Host::make(&base);
    let (a, b) = (host.users[0].clone(), host.users[1].clone());

    // The administrator (root) makes the file through the setgid binary and registers staff.
    ok(host.insats(None).arg("init"));
    let meta = fs::metadata(host.db()).unwrap();
    assert_eq!(meta.mode() & 0o777, 0o660, "the group's file");
    assert_eq!(meta.gid(), host.gid);
    for u in [&a, &b] {
        ok(host.insats(None).args([
            "staff",
            "add",
            u,
            "--name",
            u,
            "--title",
            "Socialsekreterare",
            "--role",
            "caseworker",
            "--delegation",
            "all",
        ]));
    }

    // Each account works through insats, and is recorded as itself.
    let out = host.as_user(
        &a,
        &[
            "apply",
            "--pnr",
            pnr::ADULT,
            "--name",
            "Anna Andersson",
            "--insats",
            "kontaktperson-sol",
            "--consent",
            "self",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = host.as_user(&b, &["log", "1", "--note", "Samtal med den enskilde."]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = host.as_user(&b, &["show", "1"]);
    assert!(String::from_utf8_lossy(&shown.stdout).contains("Anna Andersson"));
    let conn = rusqlite::Connection::open(host.db()).unwrap();
    let who = |sql: &str| -> Vec<String> {
        conn.prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert!(
        who("SELECT user FROM audit WHERE command = 'apply'")
            .iter()
            .all(|u| *u == a)
    );
    assert_eq!(
        who("SELECT user FROM journal WHERE kind = 'note'"),
        vec![b.clone()]
    );
    assert_eq!(
        who("SELECT user FROM access_log WHERE command = 'show'"),
        vec![b.clone()]
    );
    assert_eq!(who("SELECT caseworker FROM cases"), vec![a.clone()]);
    // Naming someone else is for an administrator only.
    refused(&host.as_user(&b, &["--user", &a, "show", "1"]), "S1");

    // Neither can open the file directly: the folder is the service group's.
    for u in [&a, &b] {
        let db = host.db();
        let cat = run(Command::new("/bin/sh")
            .args(["-c", "exec 3<\"$1\"", "sh"])
            .arg(&db)
            .uid(id("-u", u))
            .gid(id("-g", u))
            .env_clear());
        assert!(!cat.status.success(), "{u} opened the file directly");
        if Command::new("sqlite3").arg("-version").output().is_ok() {
            let shell = run(Command::new("sqlite3")
                .arg(&db)
                .arg("SELECT count(*) FROM person")
                .uid(id("-u", u))
                .gid(id("-g", u))
                .env_clear());
            assert!(
                !shell.status.success(),
                "{u} read the file with sqlite3: {}",
                String::from_utf8_lossy(&shell.stdout)
            );
        }
    }

    // Nor point the setgid binary at another file, or at any path it would open for them.
    let elsewhere = host.base.join("elsewhere/other.db");
    let other = elsewhere.to_str().unwrap();
    refused(&host.as_user(&a, &["--db", other, "init"]), "S1");
    refused(
        &run(host.insats(Some(&a)).env("INSATS_DB", other).args(["list"])),
        "S1",
    );
    let letter_out = host.base.join("elsewhere/brev.txt");
    refused(
        &host.as_user(&a, &["letter", "1", "--out", letter_out.to_str().unwrap()]),
        "S1",
    );
    assert!(!elsewhere.exists() && !letter_out.exists());

    // Nor back-date a write; reading as of another day is allowed.
    let before = who("SELECT CAST(count(*) AS TEXT) FROM journal");
    refused(
        &host.as_user(
            &a,
            &["--today", "2020-01-01", "log", "1", "--note", "Bakåt."],
        ),
        "S1",
    );
    refused(
        &run(host
            .insats(Some(&a))
            .env("INSATS_TODAY", "2020-01-01")
            .args(["log", "1", "--note", "Bakåt."])),
        "S1",
    );
    assert_eq!(who("SELECT CAST(count(*) AS TEXT) FROM journal"), before);
    let read = host.as_user(&a, &["--today", TODAY, "show", "1"]);
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );

    // The refusals are in the access log, as the accounts that tried.
    let denied = who("SELECT user FROM access_log WHERE kind = 'denied'");
    assert!(denied.contains(&a) && denied.contains(&b), "{denied:?}");
    // And the file is sound, the group's mode accepted.
    let check = ok(host.insats(None).args(["--json", "check"]));
    assert!(check.contains("\"ok\": true"), "{check}");
    drop(host);
    assert_eq!(fs::read(CONF).ok(), conf_before, "the config is as it was");
}
