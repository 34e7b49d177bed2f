//! A bounded load test for `dictum serve`: N requests from C concurrent
//! clients against a running server, a mix of what the page asks for
//! (keyword searches with facets, speaker searches, timelines, speaker
//! autocompletion, statements). Prints p50/p99/max latency and the number
//! of errors (anything but 200). `scripts/load.sh` starts the server and
//! runs this.
//!
//! usage: serve_load URL [REQUESTS] [CLIENTS]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const PATHS: [&str; 8] = [
    "/api/search?q=Cybersicherheit&limit=20&facets=true",
    "/api/search?speaker=Rjabkow&sort=-date&limit=20",
    "/api/search?q=Sanktionen+OR+sanctions&from=2020&to=2023&limit=20",
    "/api/timeline?q=Dialog",
    "/api/speakers?q=Fal&top=8",
    "/api/speakers?q=Rja&top=8",
    "/api/search?q=%22nuclear+weapons%22&limit=20",
    "/api/health",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(url) = args.get(1).map(|u| u.trim_end_matches('/').to_string()) else {
        eprintln!("usage: serve_load URL [REQUESTS] [CLIENTS]");
        std::process::exit(2);
    };
    let requests: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(2000);
    let clients: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(8);
    // One statement id, so that statements are part of the mix.
    let first: serde_json::Value = ureq::get(format!("{url}/api/search?limit=1&facets=false"))
        .call()
        .and_then(|mut r| r.body_mut().read_json())
        .expect("the server answers a search");
    let statement = first["hits"][0]["id"].as_str().map(|id| format!("/api/statements/{id}"));
    let mut paths: Vec<String> = PATHS.iter().map(ToString::to_string).collect();
    paths.extend(statement);

    let next = AtomicUsize::new(0);
    let errors = AtomicUsize::new(0);
    let started = Instant::now();
    let mut latencies: Vec<Duration> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..clients)
            .map(|_| {
                scope.spawn(|| {
                    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
                    let mut mine = Vec::new();
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        if n >= requests {
                            return mine;
                        }
                        let path = &paths[n % paths.len()];
                        let start = Instant::now();
                        let ok = agent
                            .get(format!("{url}{path}"))
                            .call()
                            .map(|mut r| r.status() == 200 && r.body_mut().read_to_vec().is_ok())
                            .unwrap_or(false);
                        mine.push(start.elapsed());
                        if !ok {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a client thread")).collect()
    });
    let wall = started.elapsed();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "requests: {} from {clients} clients in {:.2} s ({:.0}/s)",
        latencies.len(),
        wall.as_secs_f64(),
        latencies.len() as f64 / wall.as_secs_f64()
    );
    println!("latency: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms", ms(at(0.5)), ms(at(0.99)), ms(at(1.0)));
    let failed = errors.load(Ordering::Relaxed);
    println!("errors: {failed}");
    if failed > 0 {
        std::process::exit(1);
    }
}
