// The dictum search page. Everything the server sends is put into the page
// as text (textContent), never as HTML: the only markup taken from an
// answer is <mark> in snippets, rebuilt element by element.
"use strict";

const PAGE_SIZE = 20;
const FIELDS = ["q", "speaker", "from", "to", "kind", "sort"];
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// The search in the address bar, so that a search can be shared.
function stateFromUrl() {
  const url = new URLSearchParams(location.search);
  const state = {};
  for (const name of FIELDS) state[name] = url.get(name) || "";
  state.offset = Math.max(0, parseInt(url.get("offset") || "0", 10) || 0);
  return state;
}

function stateFromForm(offset) {
  const state = {};
  for (const name of FIELDS) state[name] = $(name).value.trim();
  state.offset = offset || 0;
  return state;
}

function fillForm(state) {
  for (const name of FIELDS) $(name).value = state[name];
}

function filterParams(state) {
  const params = new URLSearchParams();
  for (const name of ["q", "speaker", "from", "to", "kind"]) {
    if (state[name]) params.set(name, state[name]);
  }
  return params;
}

function urlOf(state) {
  const params = filterParams(state);
  if (state.sort) params.set("sort", state.sort);
  if (state.offset) params.set("offset", String(state.offset));
  const query = params.toString();
  return query ? "?" + query : location.pathname;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: "the server sent an unreadable answer" }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

// Navigates to a search: the address bar first, then the answer.
function go(state) {
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history.pushState(null, "", url);
  run(state);
}

let latest = 0;

async function run(state) {
  const ticket = ++latest;
  fillForm(state);
  const filters = filterParams(state);
  const search = new URLSearchParams(filters);
  search.set("limit", String(PAGE_SIZE));
  search.set("facets", "true");
  if (state.sort) search.set("sort", state.sort);
  if (state.offset) search.set("offset", String(state.offset));
  setStatus("Searching…");
  try {
    const [results, timeline] = await Promise.all([
      getJson("/api/search?" + search),
      getJson("/api/timeline?" + filters),
    ]);
    if (ticket !== latest) return; // a newer search has started
    renderHits(results, state);
    renderFacets(results.facets, state);
    renderTimeline(timeline, state);
    const shown = results.hits.length;
    const first = shown ? state.offset + 1 : 0;
    setStatus(
      results.total === 0
        ? "No statement matched."
        : `${results.total} statement${results.total === 1 ? "" : "s"} matched; showing ${first}–${state.offset + shown}.`,
    );
  } catch (error) {
    if (ticket !== latest) return;
    setStatus(error.message, true);
  }
}

// A snippet with its <mark>s, rebuilt from the parsed HTML as text nodes.
function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const nodes = [];
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === "MARK") nodes.push(el("mark", null, node.textContent));
    else nodes.push(document.createTextNode(node.textContent));
  }
  return nodes;
}

function renderHits(results, state) {
  const list = $("hits");
  list.replaceChildren();
  for (const hit of results.hits) {
    const item = el("li", "hit");
    item.dataset.id = hit.id;
    const head = el("div");
    head.append(el("span", "date", hit.date || "undated"), " · ");
    head.append(el("span", "who", hit.speaker || "unknown speaker"));
    if (hit.role) head.append(" ", el("span", "role", `(${hit.role})`));
    head.append(" · ", el("span", "kind", hit.kind.replace("_", " ")));
    item.append(head);
    if (hit.context) item.append(el("p", "context", "… " + hit.context));
    const quote = el("p", "quote");
    quote.append(...snippetNodes(hit.snippet_html));
    item.append(quote);
    const source = el("div", "source");
    const open = el("button", "open", hit.title || hit.article);
    open.type = "button";
    open.title = "Show the statement in its article";
    open.addEventListener("click", () => showStatement(hit.id));
    source.append(open);
    if (hit.copies > 1) source.append(el("span", "meta", ` · also reported by ${hit.copies - 1} more`));
    item.append(source);
    list.append(item);
  }
  const pages = $("pages");
  pages.hidden = results.total <= PAGE_SIZE;
  $("previous").disabled = state.offset === 0;
  $("next").disabled = state.offset + PAGE_SIZE >= results.total;
}

function renderFacets(facets, state) {
  const aside = $("facets");
  const list = $("speaker-facets");
  list.replaceChildren();
  const speakers = (facets && facets.speakers) || [];
  aside.hidden = speakers.length === 0;
  for (const facet of speakers) {
    const button = el("button");
    button.type = "button";
    button.append(el("span", null, facet.value), el("span", "meta", String(facet.count)));
    const chosen = state.speaker && state.speaker.toLowerCase() === facet.value.toLowerCase();
    button.setAttribute("aria-pressed", chosen ? "true" : "false");
    button.addEventListener("click", () => go({ ...state, speaker: chosen ? "" : facet.value, offset: 0 }));
    const item = el("li");
    item.append(button);
    list.append(item);
  }
}

function renderTimeline(timeline, state) {
  const section = $("timeline");
  const bars = $("bars");
  bars.replaceChildren();
  const periods = timeline.periods || [];
  section.hidden = periods.length === 0;
  const most = Math.max(1, ...periods.map((p) => p.count));
  for (const period of periods) {
    const bar = el("button");
    bar.type = "button";
    if (period.count === 0) bar.className = "empty";
    bar.style.height = `${Math.max(2, Math.round((period.count / most) * 100))}%`;
    const label = `${period.value}: ${period.count} statement${period.count === 1 ? "" : "s"}`;
    bar.title = label;
    bar.setAttribute("aria-label", label);
    const chosen = state.from === period.value && state.to === period.value;
    bar.setAttribute("aria-pressed", chosen ? "true" : "false");
    bar.dataset.period = period.value;
    bar.addEventListener("click", () =>
      go({ ...state, from: chosen ? "" : period.value, to: chosen ? "" : period.value, offset: 0 }),
    );
    bars.append(bar);
  }
  const labels = $("bar-labels") || el("div");
  labels.id = "bar-labels";
  labels.replaceChildren();
  if (periods.length) labels.append(el("span", null, periods[0].value), el("span", null, periods[periods.length - 1].value));
  section.append(labels);
}

// The statement's article with the statement marked. The server gives the
// span in bytes of UTF-8, so the text is cut as bytes.
async function showStatement(id) {
  const dialog = $("statement");
  try {
    const shown = await getJson("/api/statements/" + encodeURIComponent(id));
    $("statement-title").textContent = shown.title || shown.article;
    const who = [shown.speaker || "unknown speaker", shown.role ? `(${shown.role})` : "", "·", shown.date || "undated"];
    const how = [shown.kind, shown.cue ? `cue “${shown.cue}”` : "", shown.rule ? `rule ${shown.rule}` : ""];
    $("statement-meta").textContent = who.filter(Boolean).join(" ") + " — " + how.filter(Boolean).join(", ") + " — " + shown.article;
    const article = $("statement-article");
    article.replaceChildren();
    if (shown.article_text && shown.span) {
      const bytes = new TextEncoder().encode(shown.article_text);
      const text = (from, to) => new TextDecoder().decode(bytes.subarray(from, to));
      const mark = el("mark", null, text(shown.span[0], shown.span[1]));
      article.append(text(0, shown.span[0]), mark, text(shown.span[1], bytes.length));
      if (!dialog.open) dialog.showModal();
      mark.scrollIntoView({ block: "center" });
    } else {
      article.append(el("p", "meta", shown.note || "The article can no longer be read; the statement:"), el("p", null, shown.quote));
      if (!dialog.open) dialog.showModal();
    }
    article.focus();
  } catch (error) {
    setStatus(error.message, true);
  }
}

// Speaker autocompletion from /api/speakers, a moment after typing stops.
let typing;
function suggestSpeakers() {
  clearTimeout(typing);
  const typed = $("speaker").value.trim();
  if (typed.length < 2) return;
  typing = setTimeout(async () => {
    try {
      const answer = await getJson("/api/speakers?" + new URLSearchParams({ q: typed, top: "8" }));
      const options = answer.speakers.map((speaker) => {
        const option = el("option");
        option.value = speaker.name;
        option.textContent = `${speaker.count} statement${speaker.count === 1 ? "" : "s"}`;
        return option;
      });
      $("speaker-list").replaceChildren(...options);
    } catch (error) {
      // Suggestions are a help, not a must: a failed one is just not shown.
    }
  }, 150);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (event) => {
    event.preventDefault();
    go(stateFromForm(0));
  });
  $("speaker").addEventListener("input", suggestSpeakers);
  $("previous").addEventListener("click", () => {
    const state = stateFromUrl();
    go({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) });
  });
  $("next").addEventListener("click", () => {
    const state = stateFromUrl();
    go({ ...state, offset: state.offset + PAGE_SIZE });
  });
  document.addEventListener("keydown", (event) => {
    const typingInField = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (event.key === "/" && !typingInField) {
      event.preventDefault();
      $("q").focus();
    }
  });
  window.addEventListener("popstate", () => run(stateFromUrl()));
  run(stateFromUrl());
});
