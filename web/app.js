// The corpus web page: search, article, person and cluster views over the
// JSON API (doc/serve.md). No framework and no build step. All text from
// the corpus is put into the page with textContent, never as markup.
"use strict";

const view = document.getElementById("view");
const message = document.getElementById("message");
const form = document.getElementById("search-form");
const FIELDS = ["q", "speaker", "entity", "site", "lang", "since", "until"];
const FLAGS = ["statements", "one_per_cluster"];

// el("a", {href: "#/x", class: "y"}, "text", child…): an element with
// attributes and children (strings become text nodes).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === "") continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function say(text, isError) {
  message.textContent = text || "";
  message.className = isError ? "error" : "";
}

async function api(path) {
  const res = await fetch(path, {headers: {Accept: "application/json"}});
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) throw new Error(body && body.error ? body.error.message : "HTTP " + res.status);
  return body;
}

function day(published) { return published ? published.slice(0, 10) : "undated"; }

function personLink(id, name) {
  return id ? el("a", {href: "#/person/" + id, class: "speaker"}, name) : el("span", {class: "speaker muted"}, name);
}

function articleSummary(a) {
  const meta = [day(a.published), a.site || a.sitename, a.agency, (a.authors || []).join(", ")].filter(Boolean).join(" · ");
  const node = el("div", {class: "result article-result"},
    el("h3", {}, el("a", {href: "#/article/" + a.id, class: "article-link"}, a.title || a.url || "(untitled)")),
    el("div", {class: "muted"}, meta,
       a.cluster_size > 1 ? el("span", {}, " · ", el("a", {href: "#/cluster/" + a.cluster_id, class: "cluster-link"},
                                                 a.cluster_size + " copies")) : null));
  // The snippet marks matches with [brackets]; show them bold, as text.
  if (a.snippet) {
    const p = el("p", {class: "snippet"});
    a.snippet.split(/(\[[^\]]*\])/).forEach(part => {
      if (part.startsWith("[") && part.endsWith("]")) p.append(el("b", {}, part.slice(1, -1)));
      else p.append(document.createTextNode(part));
    });
    node.append(p);
  } else if (a.lead) {
    node.append(el("p", {class: "snippet"}, a.lead));
  }
  return node;
}

function statementItem(s, withArticle) {
  const speaker = s.speaker || {};
  return el("div", {class: "result statement-result"},
    el("div", {class: "muted"}, day(s.published), " · ", s.kind, " · ",
       personLink(speaker.person_id, speaker.name || speaker.text || "unknown speaker")),
    el("blockquote", {class: "statement-text"}, s.text),
    withArticle ? el("div", {class: "muted"}, el("a", {href: "#/article/" + s.article_id, class: "article-link"},
                                                 s.title || s.url || "article " + s.article_id),
                     s.site ? " · " + s.site : "") : null);
}

// --- views -----------------------------------------------------------------

function readForm() {
  const params = new URLSearchParams();
  for (const f of FIELDS) {
    const v = document.getElementById(f).value.trim();
    if (v) params.set(f, v);
  }
  for (const f of FLAGS) if (document.getElementById(f).checked) params.set(f, "1");
  return params;
}

function fillForm(params) {
  for (const f of FIELDS) document.getElementById(f).value = params.get(f) || "";
  for (const f of FLAGS) document.getElementById(f).checked = params.get(f) === "1";
}

async function showSearch(params) {
  fillForm(params);
  view.replaceChildren();
  if (![...params.keys()].length) params.set("limit", "20");
  say("Searching…");
  const data = await api("/api/search?" + params.toString());
  const list = el("div", {id: "results"});
  for (const r of data.results) list.append(data.kind === "statements" ? statementItem(r, true) : articleSummary(r));
  if (data.people && data.people.length) {
    const links = el("p", {class: "muted"}, "Person: ");
    data.people.forEach(id => links.append(el("a", {href: "#/person/" + id, class: "person-link"}, "#" + id), " "));
    view.append(links);
  }
  view.append(list);
  say(data.results.length ? data.results.length + " " + data.kind : "Nothing found.");
}

// The article text with each statement marked. Offsets are UTF-8 bytes
// into article.text, so the text is cut as bytes and decoded piece by piece.
function markedText(text, statements) {
  const bytes = new TextEncoder().encode(text);
  const decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  const box = el("div", {class: "article-text", id: "article-text"});
  let at = 0;
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    if (s.start < at || s.end > bytes.length || s.end <= s.start) continue;  // overlapping or out of range
    box.append(document.createTextNode(decode(at, s.start)));
    const speaker = s.speaker || {};
    box.append(el("mark", {class: "statement " + s.kind, title: s.kind + (speaker.name ? ": " + speaker.name : "")},
                  decode(s.start, s.end)));
    box.append(personLink(speaker.person_id, "— " + (speaker.name || speaker.text || "?")));
    at = s.end;
  }
  box.append(document.createTextNode(decode(at, bytes.length)));
  return box;
}

async function showArticle(id) {
  say("Loading…");
  const a = await api("/api/articles/" + encodeURIComponent(id));
  const meta = [a.published, a.site || a.sitename, a.agency, (a.authors || []).join(", "), a.language].filter(Boolean).join(" · ");
  const people = el("p", {class: "tags"});
  for (const e of a.entities) {
    people.append(e.type === "person" ? el("span", {}, el("a", {href: "#/person/" + e.id, class: "person-link"}, e.name))
                                      : el("span", {}, e.name + " (" + e.type + ")"));
  }
  view.replaceChildren(
    a.kicker ? el("p", {class: "kicker"}, a.kicker) : "",
    el("h1", {id: "article-title"}, a.title || "(untitled)"),
    el("p", {class: "muted"}, meta, a.url ? el("span", {}, " · ", el("a", {href: a.url, rel: "noreferrer"}, "original")) : null,
       a.cluster_size > 1 ? el("span", {}, " · ", el("a", {href: "#/cluster/" + a.cluster_id}, a.cluster_size + " copies")) : null),
    people,
    markedText(a.text, a.statements));
  say(a.statements.length + " statements");
}

async function showPerson(id) {
  say("Loading…");
  const p = await api("/api/people/" + encodeURIComponent(id));
  const timeline = el("ol", {class: "timeline", id: "timeline"});
  for (const s of p.statements) {
    timeline.append(el("li", {},
      el("time", {}, day(s.published)),
      el("a", {href: "#/article/" + s.article_id, class: "article-link"}, s.title || s.url || "article " + s.article_id),
      el("blockquote", {class: "statement-text"}, s.text),
      el("div", {class: "muted"}, s.kind, s.speaker && s.speaker.text ? " · as “" + s.speaker.text + "”" : "",
         s.site ? " · " + s.site : "")));
  }
  view.replaceChildren(
    el("h1", {id: "person-name"}, p.name),
    el("p", {class: "muted"}, p.article_count + " articles · " + p.statements.length + " statements"),
    el("p", {class: "tags"}, "Also called: ", ...p.aliases.map(a => el("span", {}, a))),
    el("h2", {}, "Statements over time"),
    timeline);
  say("");
}

async function showCluster(id) {
  say("Loading…");
  const c = await api("/api/clusters/" + encodeURIComponent(id));
  view.replaceChildren(el("h1", {}, "One story, " + c.articles.length + " copies"),
                       el("div", {id: "results"}, ...c.articles.map(articleSummary)));
  say("");
}

async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean);
  try {
    if (parts[0] === "article" && parts[1]) await showArticle(parts[1]);
    else if (parts[0] === "person" && parts[1]) await showPerson(parts[1]);
    else if (parts[0] === "cluster" && parts[1]) await showCluster(parts[1]);
    else await showSearch(new URLSearchParams(query || ""));
  } catch (e) {
    view.replaceChildren();
    say(e.message, true);
  }
}

form.addEventListener("submit", ev => {
  ev.preventDefault();
  const target = "#/search?" + readForm().toString();
  if (location.hash === target) route(); else location.hash = target;
});
window.addEventListener("hashchange", route);

api("/api/stats").then(s => {
  document.getElementById("stats").textContent =
    s.articles + " articles · " + s.clusters + " stories · " + s.statements + " statements · " + s.people + " people";
}).catch(() => {});
route();
