//! The search page in headless Chromium, driven over WebDriver
//! (chromedriver, from Debian's chromium-driver; `.ci/run` installs it):
//! type a query, click a speaker, click a month, open a statement, with
//! the keyboard where a user would use it. Screenshots go to the test's
//! output folder (`target/tmp/browser/`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::util::{Server, Workspace, copy_seed, corpus};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> Driver {
        for program in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                Path::new(program).exists(),
                "{program} is missing: install Debian's chromium and chromium-driver (.ci/run does)"
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while ureq::get(format!("{url}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer on {url}");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, url }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where the screenshots go.
fn output_folder() -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&folder).expect("screenshot folder");
    folder
}

async fn connect(driver: &Driver, profile: &Path) -> Client {
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            // The background-networking flags keep Chromium from calling
            // home, which a closed network answers with errors.
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    let serde_json::Value::Object(capabilities) = capabilities else { unreachable!("an object") };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

/// Waits until the script returns true, or fails naming what was awaited.
async fn until(client: &Client, what: &str, script: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let value = client.execute(script, Vec::new()).await.expect("the script runs");
        if value == json!(true) {
            return;
        }
        if Instant::now() > deadline {
            let status = client.execute("return document.getElementById('status').textContent", Vec::new()).await;
            let shot = client.screenshot().await.unwrap_or_default();
            std::fs::write(output_folder().join("failed.png"), shot).ok();
            panic!("waited in vain for {what} (status: {status:?}; screenshot failed.png)");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn texts(client: &Client, css: &str) -> Vec<String> {
    let mut found = Vec::new();
    for element in client.find_all(Locator::Css(css)).await.expect("find") {
        found.push(element.text().await.expect("text"));
    }
    found
}

async fn current_query(client: &Client) -> String {
    client.current_url().await.expect("url").query().unwrap_or("").to_string()
}

#[test]
fn a_user_finds_the_seed_quotes_by_speaker_and_date_with_clicks() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    workspace.run(&["index", corpus().to_str().unwrap(), "articles", "--index", "index"]).ok();
    let server = Server::start(&workspace.path().join("index"));
    let driver = Driver::start();
    let profile = workspace.path().join("chromium-profile");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let client = connect(&driver, &profile).await;
        client.goto(&format!("{}/", server.url)).await.expect("the page loads");

        // "/" jumps to the search box; Enter searches.
        client.find(Locator::Css("body")).await.unwrap().send_keys("/").await.unwrap();
        until(&client, "the search box to have focus", "return document.activeElement.id === 'q'").await;
        let words = client.find(Locator::Id("q")).await.unwrap();
        words.send_keys(&format!("Cybersicherheit{}", char::from(Key::Enter))).await.unwrap();
        // The page lists the newest statements on load, unmarked: the
        // search's own hits are the ones with marked words.
        until(&client, "the search's hits", "return document.querySelectorAll('#hits .hit mark').length > 0").await;
        assert!(current_query(&client).await.contains("q=Cybersicherheit"), "the address holds the search");
        let marked = texts(&client, "#hits mark").await;
        assert!(marked.iter().any(|m| m.contains("Cybersicherheit")), "matched words are marked: {marked:?}");
        let shot = client.screenshot().await.unwrap();
        std::fs::write(output_folder().join("query.png"), shot).unwrap();

        // A click on a speaker in the facet list keeps only their statements.
        let facet = client
            .find(Locator::XPath("//ul[@id='speaker-facets']//button[contains(., 'Sergei Rjabkow')]"))
            .await
            .expect("Sergei Rjabkow among the speakers");
        facet.click().await.unwrap();
        until(&client, "the speaker filter", "return location.search.includes('speaker=Sergei+Rjabkow')").await;
        until(
            &client,
            "only Rjabkow's statements",
            "const who = [...document.querySelectorAll('#hits .who')].map(e => e.textContent); \
             return who.length > 0 && who.every(w => w === 'Sergei Rjabkow')",
        )
        .await;
        assert_eq!(client.find(Locator::Id("speaker")).await.unwrap().prop("value").await.unwrap().unwrap(), "Sergei Rjabkow");

        // A click on a month of the timeline keeps only that month.
        client.find(Locator::Css("#bars button[data-period='2021-06']")).await.expect("a June 2021 bar").click().await.unwrap();
        until(&client, "the month filter", "return location.search.includes('from=2021-06') && location.search.includes('to=2021-06')").await;
        until(&client, "the month's hits", "return document.querySelectorAll('#hits .hit').length > 0 && [...document.querySelectorAll('#hits .date')].every(d => d.textContent.startsWith('2021-06'))").await;
        let shot = client.screenshot().await.unwrap();
        std::fs::write(output_folder().join("filtered.png"), shot).unwrap();

        // Opening a statement shows its article with the statement marked.
        client.find(Locator::Css("#hits .hit button.open")).await.unwrap().click().await.unwrap();
        until(&client, "the article", "return document.getElementById('statement').open && document.querySelector('#statement-article mark') !== null").await;
        let marked = texts(&client, "#statement-article mark").await;
        assert!(marked[0].contains("Cybersicherheit"), "{marked:?}");
        let shot = client.screenshot().await.unwrap();
        std::fs::write(output_folder().join("statement.png"), shot).unwrap();
        client.find(Locator::Id("statement-article")).await.unwrap().send_keys(&char::from(Key::Escape).to_string()).await.unwrap();
        until(&client, "Escape to close the article", "return !document.getElementById('statement').open").await;

        // The address alone brings the same search back (a shared link).
        let shared = client.current_url().await.unwrap();
        client.goto(&format!("{}/", server.url)).await.unwrap();
        client.goto(shared.as_str()).await.unwrap();
        until(&client, "the shared search", "return document.getElementById('speaker').value === 'Sergei Rjabkow' && document.querySelectorAll('#hits .hit').length > 0").await;

        // Query text is shown as text, never run as markup.
        let words = client.find(Locator::Id("q")).await.unwrap();
        words.clear().await.unwrap();
        words.send_keys(&format!("<img src=x onerror=alert(1)>{}", char::from(Key::Enter))).await.unwrap();
        until(&client, "the search to finish", "return document.getElementById('status').textContent.length > 0 && !document.getElementById('status').textContent.startsWith('Searching')").await;
        let injected = client.execute("return document.querySelectorAll('img').length", Vec::new()).await.unwrap();
        assert_eq!(injected, json!(0));
        client.close().await.unwrap();
    });
}
