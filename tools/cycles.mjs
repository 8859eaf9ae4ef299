// Module circles: fails when two modules of a crate reach each other,
// directly or around a loop (a → b → c → a), naming the loop.
//
// Usage: node tools/cycles.mjs <crate's src folder>...
//
// Read from the source text, not the compiler: `crate::a::b` paths,
// `super::sibling`, and a parent naming its own child (`child::item`).
// Test modules (`#[cfg(test)]` to the end of a file) are left out: a test
// may build its fixtures with any module. A module using its parent's items
// (`super::Item`, the parent's re-exports) is its home, not a circle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".rs") ? [path] : [];
  });
}

function moduleName(root, path) {
  const parts = relative(root, path).replace(/\.rs$/, "").split("/");
  if (parts[0] === "bin") return null; // separate binaries
  if (parts.at(-1) === "mod") parts.pop();
  if (parts.length === 1 && (parts[0] === "lib" || parts[0] === "main")) parts.pop();
  return parts.join("::");
}

function code(text) {
  const cut = text.indexOf("#[cfg(test)]");
  const body = cut >= 0 ? text.slice(0, cut) : text;
  return body.replace(/\/\/.*$/gm, "");
}

const parentOf = (m) => (m.includes("::") ? m.slice(0, m.lastIndexOf("::")) : "");
const isWithin = (m, ancestor) => ancestor === "" || m === ancestor || m.startsWith(ancestor + "::");

// Every `crate::a::b` and `super::a::b` path, groups spelled out:
// `use super::{a, b::c}` gives `super::a` and `super::b::c`.
function paths(src) {
  const found = [];
  for (const hit of src.matchAll(/\b(crate|super)::((?:\w+::)*)(\w+|\{)/g)) {
    const prefix = hit[2].split("::").filter(Boolean);
    if (hit[3] !== "{") { found.push([hit[1], [...prefix, hit[3]]]); continue; }
    let depth = 0, item = "", i = hit.index + hit[0].length - 1;
    const items = [];
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === "{") { if (depth++ === 0) continue; }
      if (c === "}") { if (--depth === 0) { items.push(item); break; } }
      if (c === "," && depth === 1) { items.push(item); item = ""; continue; }
      item += c;
    }
    for (const it of items) {
      const path = it.trim().split(/\s|\{/)[0].split("::").filter((p) => /^\w+$/.test(p));
      if (path.length && path[0] !== "self") found.push([hit[1], [...prefix, ...path]]);
    }
  }
  return found;
}

function edges(root) {
  const mods = new Map();
  for (const f of files(root)) {
    const name = moduleName(root, f);
    if (name !== null) mods.set(name, code(readFileSync(f, "utf8")));
  }
  const longest = (path) => {
    for (let i = path.length; i > 0; i--) {
      const m = path.slice(0, i).join("::");
      if (mods.has(m)) return m;
    }
    return null;
  };
  const out = new Map([...mods.keys()].map((m) => [m, new Set()]));
  for (const [m, src] of mods) {
    const add = (target) => {
      if (target !== null && target !== m && !isWithin(m, target)) out.get(m).add(target);
    };
    const base = parentOf(m);
    const from = { crate: [], super: base ? base.split("::") : [] };
    for (const [start, path] of paths(src)) add(longest([...from[start], ...path]));
    for (const child of mods.keys()) {
      if (parentOf(child) !== m || child === m) continue;
      const leaf = child.slice(child.lastIndexOf(":") + 1);
      if (new RegExp(`(?<![\\w:])(?:self::)?${leaf}::`).test(src)) add(child);
    }
  }
  return out;
}

// Tarjan's strongly connected components: every loop is one component.
function loops(graph) {
  let next = 0;
  const index = new Map(), low = new Map(), stack = [], onStack = new Set(), found = [];
  const visit = (v) => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v)) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); component.push(w); } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

let failed = false;
for (const root of process.argv.slice(2)) {
  const graph = edges(root);
  for (const loop of loops(graph)) {
    failed = true;
    console.error(`cycles: a module circle in ${root}: ${loop.join(", ")}`);
    for (const m of loop) {
      const to = [...graph.get(m)].filter((t) => loop.includes(t));
      console.error(`  ${m} → ${to.join(", ")}`);
    }
  }
}
if (!failed) console.log("cycles: no module circle");
process.exit(failed ? 1 : 0);
