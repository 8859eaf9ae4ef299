#!/usr/bin/env python3
"""Which parts of the app's WebAssembly weigh what.

Reads `twiggy top -f csv` of the release wasm as rustc wrote it (before
wasm-bindgen and wasm-opt, which strip the names) and sums the bytes by
part: the framework, serialisation, the Rust standard library, the domain
crate by module, the app's screens… Each part's share of the code is then
applied to the gzip size of the shipped wasm, an estimate (gzip does not
compress every part alike). Run after `make dist`:

    cargo install twiggy   # once
    python3 tools/size_breakdown.py
"""
import collections, csv, gzip, io, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
raw = root / "target/wasm32-unknown-unknown/release/maillage.wasm"
shipped = next((root / "dist").glob("maillage-*_bg.wasm"), None)
if not raw.exists() or shipped is None:
    sys.exit("build first: make dist")
out = subprocess.run(["twiggy", "top", "-n", "100000", "-f", "csv", str(raw)], capture_output=True, text=True, check=True).stdout

def part(name: str) -> str:
    if name.startswith("data segment"):
        return "texts and reference data (.rodata)"
    if name.startswith('"function names"') or name.startswith("custom section") or "__wbindgen_describe" in name:
        return None  # removed by wasm-bindgen / wasm-opt
    if "serde" in name and "maillage_core" in name:
        return "serde code of the record types"
    m = re.search(r"maillage_core::([a-z_]+)", name)
    if m:
        return f"domain: {m.group(1)}"
    m = re.search(r"maillage::([a-z_]+)(?:::([a-z_]+))?", name)
    if m:
        return f"app: {m.group(1)}" + (f"::{m.group(2)}" if m.group(1) in ("views", "state", "storage", "cafe", "components") and m.group(2) else "")
    head = name[:160]
    for crate, label in [("tachys", "leptos (framework)"), ("reactive_graph", "leptos (framework)"), ("leptos", "leptos (framework)"),
                         ("either_of", "leptos (framework)"), ("any_spawner", "leptos (framework)")]:
        if f"{crate}::" in head:
            return label
    for crate, label in [("tachys", "leptos (framework)"), ("reactive_graph", "leptos (framework)"), ("leptos", "leptos (framework)"),
                         ("serde_json", "serde_json"), ("serde", "serde"), ("js_sys", "wasm-bindgen / js-sys / web-sys"),
                         ("web_sys", "wasm-bindgen / js-sys / web-sys"), ("wasm_bindgen", "wasm-bindgen / js-sys / web-sys"),
                         ("hashbrown", "Rust std (core, alloc, collections)"), ("alloc", "Rust std (core, alloc, collections)"),
                         ("core", "Rust std (core, alloc, collections)"), ("std", "Rust std (core, alloc, collections)"),
                         ("dlmalloc", "Rust std (core, alloc, collections)"), ("uuid", "uuid")]:
        if re.match(rf"[<&\s]*(?:mut )?{crate}::", name) or f"<{crate}::" in name[:60]:
            return label
    return "other (generic glue)"

sizes = collections.Counter()
for row in csv.DictReader(io.StringIO(out)):
    p = part(row["Name"])
    if p:
        sizes[p] += int(row["ShallowSize"])
total = sum(sizes.values())
gz = len(gzip.compress(shipped.read_bytes(), 9))
groups = collections.Counter()
for name, size in sizes.items():
    groups[name.split(":")[0] if name.startswith(("app:", "domain:")) else name] += size
print("by part:")
for name, size in groups.most_common():
    print(f"  {name:<50}{size * 100 / total:>6.1f}%{size / total * gz / 1024:>10.0f} KB")
print(f"shipped wasm: {shipped.stat().st_size} bytes, {gz // 1024} KB gzip; code and data before optimisation: {total} bytes")
print(f"{'part':<52}{'share':>7}{'≈ KB gzip':>11}")
for name, size in sizes.most_common():
    share = size / total
    if share < 0.008:
        continue
    print(f"{name:<52}{share * 100:>6.1f}%{share * gz / 1024:>10.0f}")
rest = sum(s for s in sizes.values() if s / total < 0.008)
print(f"{'(parts under 0.8 % each)':<52}{rest * 100 / total:>6.1f}%{rest / total * gz / 1024:>10.0f}")
