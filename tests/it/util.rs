//! Running the built `dictum` on temporary folders, and the shared data the
//! tests read from `../shared`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The outcome of one `dictum` run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Asserts success and returns stdout.
    #[track_caller]
    pub fn ok(self) -> String {
        assert_eq!(self.code, 0, "dictum failed:\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        self.stdout
    }

    /// Parses stdout as JSON.
    #[track_caller]
    pub fn json(self) -> serde_json::Value {
        let stdout = self.ok();
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }

    /// Parses stdout as JSON Lines.
    #[track_caller]
    pub fn json_lines(self) -> Vec<serde_json::Value> {
        self.ok()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
            .collect()
    }
}

/// Runs `dictum` with `args` in `dir`.
pub fn dictum_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_dictum"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("dictum runs");
    Run::from(output)
}

/// A temporary folder that a test writes articles into.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace { dir: tempfile::tempdir().expect("temporary folder") }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating folders) and returns its path.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("create folder");
        std::fs::write(&path, content).expect("write file");
        path
    }

    /// Runs `dictum` in the workspace.
    pub fn run(&self, args: &[&str]) -> Run {
        dictum_in(self.path(), args)
    }
}

/// The project's shared data folder (`../shared` from the project root).
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The seed article.
pub fn seed() -> PathBuf {
    shared().join("seed/000_37b14e1a360fdcb5.txt")
}

/// The project's sample corpus.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Copies the seed article into a workspace under `name`.
pub fn copy_seed(workspace: &Workspace, name: &str) -> PathBuf {
    let text = std::fs::read(seed()).expect("the seed article is in ../shared/seed");
    workspace.write(name, text)
}

/// Writes a seed-layout article.
pub fn article(workspace: &Workspace, name: &str, date: &str, title: &str, body: &str) -> PathBuf {
    workspace.write(name, format!("date {date} {title}\n\n{body}\n"))
}

impl Workspace {
    /// The number of statements `dictum search` finds with `args` (0 when
    /// it exits with 1, nothing matched).
    #[track_caller]
    pub fn count(&self, args: &[&str]) -> u64 {
        let mut all = vec!["search", "--format", "json", "--limit", "0"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        if run.code == 1 {
            return 0;
        }
        run.json()["total"].as_u64().expect("a total")
    }
}

/// A running `dictum serve` on a free loopback port, stopped when dropped.
pub struct Server {
    child: std::process::Child,
    pub url: String,
}

impl Server {
    /// Starts `dictum serve --index INDEX --addr 127.0.0.1:0` and waits for
    /// the line that says where it listens.
    pub fn start(index: &Path) -> Server {
        use std::io::BufRead;
        let mut child = Command::new(env!("CARGO_BIN_EXE_dictum"))
            .args(["serve", "--addr", "127.0.0.1:0", "--index"])
            .arg(index)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("dictum serve starts");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().expect("piped stdout")).read_line(&mut line).expect("read stdout");
        let Some(at) = line.find("http://") else {
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().expect("piped stderr"), &mut stderr).ok();
            panic!("dictum serve did not say where it listens: {line:?} {stderr}");
        };
        let url = line[at..].split_whitespace().next().expect("an address").trim_end_matches('/').to_string();
        Server { child, url }
    }

    /// GET `path` (with its query string): the status, the headers and the body.
    pub fn get(&self, path: &str) -> Answer {
        self.get_with(path, &[], &[])
    }

    /// GET with query parameters (encoded here) and extra request headers.
    pub fn get_with(&self, path: &str, query: &[(&str, &str)], headers: &[(&str, &str)]) -> Answer {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let mut request = agent.get(format!("{}{path}", self.url)).query_pairs(query.iter().copied());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut response = request.call().unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str().to_string(), value.to_str().unwrap_or("").to_string()))
            .collect();
        let body = response.body_mut().read_to_string().unwrap_or_else(|e| panic!("GET {path}: body: {e}"));
        Answer { status: response.status().as_u16(), headers, body }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP answer.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as JSON, after checking the status.
    #[track_caller]
    pub fn json(&self, status: u16) -> serde_json::Value {
        assert_eq!(self.status, status, "{}", self.body);
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}
