//! `dictum serve`: the JSON API on a real server on a loopback port.

use std::time::{Duration, Instant};

use crate::util::{Server, Workspace, article, copy_seed, corpus};

/// A workspace with the sample corpus and the seed article indexed into `index/`.
fn indexed() -> Workspace {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    let corpus = corpus();
    workspace.run(&["index", corpus.to_str().unwrap(), "articles", "--index", "index"]).ok();
    workspace
}

fn ids(results: &serde_json::Value) -> Vec<String> {
    results["hits"].as_array().unwrap().iter().map(|hit| hit["id"].as_str().unwrap().to_string()).collect()
}

#[test]
fn search_answers_as_the_command_line_does() {
    let workspace = indexed();
    let server = Server::start(&workspace.path().join("index"));
    let api = server.get("/api/search?speaker=Ryabkov&from=2021-06&to=2021-06&sort=-date&limit=3").json(200);
    let cli = workspace
        .run(&[
            "search",
            "--speaker",
            "Ryabkov",
            "--from",
            "2021-06",
            "--to",
            "2021-06",
            "--sort=-date",
            "--limit",
            "3",
            "--facets",
            "--format",
            "json",
            "--index",
            "index",
        ])
        .json();
    assert_eq!(api["total"], cli["total"]);
    assert_eq!(api["total"], 5, "the seed's headline, report and three quotes: {api}");
    assert_eq!(ids(&api), ids(&cli));
    assert_eq!(api["facets"], cli["facets"], "facets come with every search");
    assert_eq!(api["hits"][0]["speaker"], "Sergei Rjabkow");

    let page = server.get("/api/search?q=Cybersicherheit&limit=2&offset=1&facets=false").json(200);
    assert!(page.get("facets").is_none(), "{page}");
    assert_eq!(page["hits"].as_array().unwrap().len(), 2);
    let marked = page["hits"][0]["snippet_html"].as_str().unwrap();
    assert!(marked.contains("<mark>"), "{marked}");
}

#[test]
fn speakers_complete_what_is_typed_in_any_spelling() {
    let workspace = indexed();
    let server = Server::start(&workspace.path().join("index"));
    for typed in ["Rjab", "rja", "Ryabkov", "Рябков", "Sergei R"] {
        let answer = server.get_with("/api/speakers", &[("q", typed)], &[]).json(200);
        let names: Vec<&str> =
            answer["speakers"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
        assert!(names.contains(&"Sergei Rjabkow"), "{typed}: {names:?}");
    }
    let nobody = server.get("/api/speakers?q=Zzyzx").json(200);
    assert_eq!(nobody["total"], 0);
    let top = server.get("/api/speakers?top=3").json(200);
    assert_eq!(top["speakers"].as_array().unwrap().len(), 3);
    assert!(top["total"].as_u64().unwrap() > 3);
}

#[test]
fn a_statement_comes_with_its_article_and_a_timeline_counts_months() {
    let workspace = indexed();
    let server = Server::start(&workspace.path().join("index"));
    let hit = &server.get("/api/search?speaker=Rjabkow&kind=direct&limit=1").json(200)["hits"][0];
    let id = hit["id"].as_str().unwrap();
    let shown = server.get(&format!("/api/statements/{id}")).json(200);
    let text = shown["article_text"].as_str().unwrap();
    let span = shown["span"].as_array().unwrap();
    let (start, end) = (span[0].as_u64().unwrap() as usize, span[1].as_u64().unwrap() as usize);
    assert_eq!(&text[start..end], hit["quote"].as_str().unwrap());

    let missing = server.get("/api/statements/0000000000000000").json(404);
    assert!(missing["error"].as_str().unwrap().contains("0000000000000000"), "{missing}");

    let timeline = server.get("/api/timeline?speaker=Rjabkow").json(200);
    assert_eq!(timeline["total"], 5);
    assert_eq!(timeline["periods"][0]["value"], "2021-06");
    let yearly = server.get("/api/timeline?by=year&from=2019&to=2020").json(200);
    let years: Vec<&str> = yearly["periods"].as_array().unwrap().iter().map(|p| p["value"].as_str().unwrap()).collect();
    assert_eq!(years, ["2019", "2020"]);
}

#[test]
fn bad_requests_get_a_json_error_naming_the_problem() {
    let workspace = indexed();
    let server = Server::start(&workspace.path().join("index"));
    let cases = [
        ("/api/search?speker=Rjabkow", "speker"),
        ("/api/search?limit=5000", "maximum"),
        ("/api/search?limit=ten", "whole number"),
        ("/api/search?offset=99999999", "maximum"),
        ("/api/search?from=June", "June"),
        ("/api/search?from=2022&to=2021", "2021"),
        ("/api/search?kind=rumour", "rumour"),
        ("/api/search?sort=sideways", "sideways"),
        ("/api/search?q=a&q=b", "twice"),
        ("/api/search?q=word~9", "word~9"),
        ("/api/search?within=true", "within"),
        ("/api/timeline?by=decade", "decade"),
        ("/api/speakers?top=100000", "maximum"),
        ("/api/speakers?kind=direct", "kind"),
    ];
    for (path, named) in cases {
        let answer = server.get(path);
        assert_eq!(answer.status, 400, "{path}: {}", answer.body);
        let error = answer.json(400);
        let message = error["error"].as_str().unwrap_or_else(|| panic!("{path}: {error}"));
        assert!(message.contains(named), "{path}: {message}");
    }
    let unknown = server.get("/api/nothing").json(404);
    assert!(unknown["error"].is_string());
    let long = format!("/api/search?q={}", "wort+".repeat(500));
    assert_eq!(server.get(&long).status, 400, "the query caps of the CLI hold");
    assert_eq!(server.get("/api/health").json(200)["status"], "ok", "the server still answers");
}

#[test]
fn the_page_is_served_with_a_content_security_policy_and_no_cors() {
    let workspace = indexed();
    let server = Server::start(&workspace.path().join("index"));
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").unwrap().starts_with("text/html"));
    assert!(page.body.contains("/app.js"));
    let policy = page.header("content-security-policy").expect("a CSP");
    assert!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "{policy}");
    for asset in ["/app.js", "/style.css"] {
        let answer = server.get(asset);
        assert_eq!(answer.status, 200, "{asset}");
        assert_eq!(answer.header("x-content-type-options"), Some("nosniff"));
    }
    let cross = server.get_with("/api/search?q=Cybersicherheit", &[], &[("Origin", "https://elsewhere.example")]);
    assert_eq!(cross.status, 200);
    assert!(cross.header("access-control-allow-origin").is_none(), "CORS is off");
    let rebound = server.get_with("/api/health", &[], &[("Host", "attacker.example")]);
    assert_eq!(rebound.status, 403, "a foreign Host is refused on loopback");
    assert!(rebound.json(403)["error"].as_str().unwrap().contains("attacker.example"));
    let script = server.get("/app.js").body;
    assert!(!script.contains("innerHTML"), "answers are put into the page as text");
}

#[test]
fn new_commits_show_up_without_a_restart() {
    let workspace = Workspace::new();
    copy_seed(&workspace, "articles/seed.txt");
    workspace.run(&["index", "articles", "--index", "index"]).ok();
    let server = Server::start(&workspace.path().join("index"));
    let before = server.get("/api/search?q=Fischfangquoten").json(200);
    assert_eq!(before["total"], 0);
    article(
        &workspace,
        "articles/later.txt",
        "2021-07",
        "Fischerei",
        "\"Die Fischfangquoten sind zu niedrig\", sagte die Ministerin Henrike Falkner am Montag.",
    );
    workspace.run(&["index", "articles", "--index", "index"]).ok();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let after = server.get("/api/search?q=Fischfangquoten").json(200);
        if after["total"] == 1 {
            assert_eq!(after["hits"][0]["speaker"], "Henrike Falkner");
            break;
        }
        assert!(Instant::now() < deadline, "the new statement never showed up: {after}");
        std::thread::sleep(Duration::from_millis(100));
    }
    let speakers = server.get("/api/speakers?q=Falk").json(200);
    assert_eq!(speakers["speakers"][0]["name"], "Henrike Falkner", "autocompletion sees the new commit too");
}

#[test]
fn serve_fails_clearly_without_an_index_or_a_free_port() {
    let workspace = Workspace::new();
    let missing = workspace.run(&["serve", "--index", "nowhere", "--addr", "127.0.0.1:0"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no index at nowhere"), "{}", missing.stderr);

    let indexed = indexed();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let busy = indexed.run(&["serve", "--index", "index", "--addr", &addr]);
    assert_eq!(busy.code, 2);
    assert!(busy.stderr.contains(&format!("cannot listen on {addr}")), "{}", busy.stderr);
}
