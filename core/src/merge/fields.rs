//! The field-by-field merge of one record, on its JSON form, so that one
//! rule serves every record kind: a value changed on one side only is
//! taken; the same value changed differently on both sides is a conflict,
//! left at "mine" until the user decides.
//!
//! Objects are merged key by key. Arrays are values as a whole, except the
//! few whose elements have an identity of their own ([`policy`]): lists of
//! words or ids and of small facts are sets (what one side added or removed
//! is added or removed), attendance and harvest items merge one by one by
//! their `id`, and a status history is a log kept in time order.

use serde_json::{Map, Value};

/// One step of a path inside a record.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    /// The element of an array whose `field` equals `value`.
    Item {
        field: &'static str,
        value: String,
    },
}

pub type Path = Vec<Seg>;

/// `attendance[<id>].status`: a path in words for messages and tests.
pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for s in path {
        match s {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Item { value, .. } => {
                out.push('[');
                out.push_str(value);
                out.push(']');
            }
        }
    }
    out
}

/// How an array merges.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Policy {
    /// One value: changed on one side, taken; on both, a conflict.
    Atomic,
    /// Elements are facts without order: additions and removals of both sides apply.
    Set,
    /// Like a set, kept sorted by the elements' `at` (a status history).
    Log,
    /// Elements are records of their own, merged one by one by this field.
    Keyed(&'static str),
}

fn policy(name: &str) -> Policy {
    match name {
        "tags" | "communes" | "zones" | "partners" | "flow_ids" | "company_ids" | "invitations"
        | "participants" | "barriers" | "savings" => Policy::Set,
        "history" => Policy::Log,
        "attendance" | "harvest" | "factors" => Policy::Keyed("id"),
        "decisions" => Policy::Keyed("key"),
        _ => Policy::Atomic,
    }
}

/// The header fields are not merged: the merge writes its own.
pub const HEADER: [&str; 4] = ["id", "rev", "updated_at", "updated_by"];

/// What merging one record found.
#[derive(Debug, Default)]
pub struct Merged {
    pub value: Value,
    /// Fields whose value was taken from "theirs".
    pub taken: Vec<Path>,
    pub conflicts: Vec<FieldConflict>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    pub path: Path,
    /// None without a base (two-way merge) or where the base had no value.
    pub base: Option<Value>,
    pub mine: Value,
    pub theirs: Value,
}

/// Three-way merge of two versions of a record against their base (or a
/// two-way comparison without one). `keep_mine` names fields whose empty
/// value in "theirs" means nothing (emptied on the way out, see
/// [`crate::share::withheld_fields`]); it only matters without a base.
pub fn merge(base: Option<&Value>, mine: &Value, theirs: &Value, keep_mine: &[&str]) -> Merged {
    let mut m = Merged::default();
    let mut path = Vec::new();
    let value = merge_object(base, mine, theirs, &mut path, &mut m, keep_mine, true);
    m.value = value;
    m
}

#[allow(clippy::too_many_arguments)]
fn merge_object(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &mut Path,
    m: &mut Merged,
    keep_mine: &[&str],
    top: bool,
) -> Value {
    let empty = Map::new();
    let (mo, to) = (
        mine.as_object().unwrap_or(&empty),
        theirs.as_object().unwrap_or(&empty),
    );
    let bo = base.and_then(Value::as_object);
    let mut out = Map::new();
    // Keys in mine's order, then theirs' new keys: records have fixed fields,
    // so this only matters for free-form objects.
    let keys = mo.keys().chain(to.keys().filter(|k| !mo.contains_key(*k)));
    for key in keys {
        if top && HEADER.contains(&key.as_str()) {
            if let Some(v) = mo.get(key).or_else(|| to.get(key)) {
                out.insert(key.clone(), v.clone());
            }
            continue;
        }
        let null = Value::Null;
        let mv = mo.get(key).unwrap_or(&null);
        let tv = to.get(key).unwrap_or(&null);
        let bv = bo.map(|b| b.get(key).unwrap_or(&null));
        path.push(Seg::Key(key.clone()));
        let keep = top && keep_mine.contains(&key.as_str());
        let v = merge_value(bv, mv, tv, path, m, keep, key, keep_mine);
        path.pop();
        out.insert(key.clone(), v);
    }
    Value::Object(out)
}

#[allow(clippy::too_many_arguments)]
fn merge_value(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &mut Path,
    m: &mut Merged,
    keep_mine: bool,
    name: &str,
    keep_fields: &[&str],
) -> Value {
    if mine == theirs {
        return mine.clone();
    }
    let all_objects =
        mine.is_object() && theirs.is_object() && base.is_none_or(|b| b.is_object() || b.is_null());
    if all_objects {
        let base = base.filter(|b| b.is_object());
        return merge_object(base, mine, theirs, path, m, keep_fields, false);
    }
    if let (Value::Array(ma), Value::Array(ta)) = (mine, theirs) {
        let ba = base.and_then(Value::as_array);
        match policy(name) {
            Policy::Atomic => {}
            Policy::Set => return Value::Array(merge_set(ba, ma, ta, path, m, false)),
            Policy::Log => return Value::Array(merge_set(ba, ma, ta, path, m, true)),
            Policy::Keyed(field) => {
                if keyed(ma, field) && keyed(ta, field) && ba.is_none_or(|b| keyed(b, field)) {
                    return Value::Array(merge_keyed(ba, ma, ta, field, path, m));
                }
            }
        }
    }
    leaf(base, mine, theirs, path, m, keep_mine)
}

/// The rule for one value.
fn leaf(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &Path,
    m: &mut Merged,
    keep_mine: bool,
) -> Value {
    match base {
        Some(b) if theirs == b => mine.clone(),
        Some(b) if mine == b => {
            m.taken.push(path.clone());
            theirs.clone()
        }
        None if keep_mine && is_empty(theirs) => mine.clone(),
        _ => {
            m.conflicts.push(FieldConflict {
                path: path.clone(),
                base: base.cloned(),
                mine: mine.clone(),
                theirs: theirs.clone(),
            });
            mine.clone()
        }
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

fn keyed(items: &[Value], field: &str) -> bool {
    items.iter().all(|x| key_of(x, field).is_some())
}

fn key_of(item: &Value, field: &str) -> Option<String> {
    match item.get(field)? {
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Elements as facts: an element stays unless one side removed it (from the
/// base); what either side added is added. Without a base nothing can be
/// known removed: every element of either side is kept.
fn merge_set(
    base: Option<&Vec<Value>>,
    mine: &[Value],
    theirs: &[Value],
    path: &Path,
    m: &mut Merged,
    by_time: bool,
) -> Vec<Value> {
    let in_list = |list: &[Value], x: &Value| list.contains(x);
    let mut out: Vec<Value> = Vec::new();
    let mut took = false;
    let mut mine_did = false;
    // Survivors of the base, in base order (mine's order without a base).
    let first: &[Value] = base.map(Vec::as_slice).unwrap_or(mine);
    for x in first {
        let keep = in_list(mine, x) && in_list(theirs, x);
        let one_sided = base.is_none() && (in_list(mine, x) || in_list(theirs, x));
        if keep || one_sided {
            if !out.contains(x) {
                out.push(x.clone());
            }
        } else if in_list(mine, x) {
            took = true; // they removed it
        } else {
            mine_did = true; // I removed it
        }
    }
    let known = |x: &Value| base.is_some_and(|b| in_list(b, x)) || out.contains(x);
    let mine_new: Vec<&Value> = mine.iter().filter(|x| !known(x)).collect();
    let theirs_new: Vec<&Value> = theirs
        .iter()
        .filter(|x| !known(x) && !mine_new.contains(x))
        .collect();
    mine_did |= !mine_new.is_empty();
    took |= !theirs_new.is_empty();
    let mut added: Vec<Value> = mine_new.into_iter().chain(theirs_new).cloned().collect();
    if mine_did && took {
        // Both sides added: one order whichever side merges.
        added.sort_by_key(|x| x.to_string());
    }
    for x in added {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    if by_time {
        out.sort_by(|a, b| {
            let t = |v: &Value| v.get("at").and_then(Value::as_i64).unwrap_or(0);
            t(a).cmp(&t(b))
                .then_with(|| a.to_string().cmp(&b.to_string()))
        });
    }
    if took {
        m.taken.push(path.clone());
    }
    out
}

/// Elements with an identity, merged one by one: each as a record of its
/// own; one removed on one side and changed on the other is a conflict.
fn merge_keyed(
    base: Option<&Vec<Value>>,
    mine: &[Value],
    theirs: &[Value],
    field: &'static str,
    path: &mut Path,
    m: &mut Merged,
) -> Vec<Value> {
    let find = |list: &[Value], k: &str| {
        list.iter()
            .find(|x| key_of(x, field).as_deref() == Some(k))
            .cloned()
    };
    let mut keys: Vec<String> = Vec::new();
    let order: Vec<&Value> = base
        .map(|b| b.iter().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(mine)
        .collect();
    for x in order {
        if let Some(k) = key_of(x, field) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    let mut theirs_only: Vec<String> = Vec::new();
    for x in theirs {
        if let Some(k) = key_of(x, field) {
            if !keys.contains(&k) && !theirs_only.contains(&k) {
                theirs_only.push(k);
            }
        }
    }
    let mine_only_new = keys
        .iter()
        .any(|k| base.is_none_or(|b| find(b, k).is_none()) && find(theirs, k).is_none());
    if mine_only_new && !theirs_only.is_empty() {
        // Both sides added elements: new ones in one order whichever side merges.
        let (old, mut new): (Vec<String>, Vec<String>) = keys
            .into_iter()
            .chain(theirs_only)
            .partition(|k| base.is_some_and(|b| find(b, k).is_some()));
        new.sort();
        keys = old.into_iter().chain(new).collect();
    } else {
        keys.extend(theirs_only);
    }
    let mut out = Vec::new();
    for k in keys {
        let (b, mi, th) = (
            base.and_then(|b| find(b, &k)),
            find(mine, &k),
            find(theirs, &k),
        );
        path.push(Seg::Item {
            field,
            value: k.clone(),
        });
        let kept = match (b, mi, th) {
            (b, Some(x), Some(y)) => Some(merge_value(b.as_ref(), &x, &y, path, m, false, "", &[])),
            // Present on one side only.
            (None, Some(x), None) => Some(x),
            (None, None, Some(y)) => {
                m.taken.push(path.clone());
                Some(y)
            }
            // In the base, removed on one side.
            (Some(b), Some(x), None) => removal(&b, x, Value::Null, path, m, true),
            (Some(b), None, Some(y)) => removal(&b, Value::Null, y, path, m, false),
            (_, None, None) => None,
        };
        path.pop();
        out.extend(kept);
    }
    out
}

/// One side removed an element the other kept: removed if the other did not
/// change it, a conflict otherwise (the conflict keeps mine: kept if I kept it).
fn removal(
    base: &Value,
    mine: Value,
    theirs: Value,
    path: &Path,
    m: &mut Merged,
    they_removed: bool,
) -> Option<Value> {
    let kept = if they_removed { &mine } else { &theirs };
    if kept == base {
        if they_removed {
            m.taken.push(path.clone());
        }
        return None;
    }
    m.conflicts.push(FieldConflict {
        path: path.clone(),
        base: Some(base.clone()),
        mine: mine.clone(),
        theirs,
    });
    (!mine.is_null()).then_some(mine)
}

/// Sets the value at `path` (a resolution): `null` at an array element removes it.
pub fn set(target: &mut Value, path: &[Seg], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        *target = value;
        return;
    };
    match first {
        Seg::Key(k) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let obj = target.as_object_mut().expect("an object");
            if rest.is_empty() {
                obj.insert(k.clone(), value);
            } else {
                set(obj.entry(k.clone()).or_insert(Value::Null), rest, value);
            }
        }
        Seg::Item { field, value: key } => {
            if !target.is_array() {
                *target = Value::Array(Vec::new());
            }
            let arr = target.as_array_mut().expect("an array");
            let pos = arr
                .iter()
                .position(|x| key_of(x, field).as_deref() == Some(key));
            match (pos, rest.is_empty(), value.is_null()) {
                (Some(i), true, true) => {
                    arr.remove(i);
                }
                (Some(i), true, false) => arr[i] = value,
                (Some(i), false, _) => set(&mut arr[i], rest, value),
                (None, true, false) => arr.push(value),
                (None, _, _) => {}
            }
        }
    }
}

/// The value at `path`, if any.
pub fn get<'a>(v: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    let Some((first, rest)) = path.split_first() else {
        return Some(v);
    };
    let next = match first {
        Seg::Key(k) => v.get(k)?,
        Seg::Item { field, value } => v
            .as_array()?
            .iter()
            .find(|x| key_of(x, field).as_deref() == Some(value))?,
    };
    get(next, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn texts(paths: &[Path]) -> Vec<String> {
        let mut v: Vec<String> = paths.iter().map(|p| path_text(p)).collect();
        v.sort();
        v
    }

    #[test]
    fn one_sided_changes_are_taken_and_both_sided_conflict() {
        let base = json!({"id": 1, "rev": 1, "name": "A", "phone": "1", "commune": "X", "quantity": {"value": 2, "unit": "t"}});
        let mine = json!({"id": 1, "rev": 2, "name": "A", "phone": "2", "commune": "Y", "quantity": {"value": 2, "unit": "kg"}});
        let theirs = json!({"id": 1, "rev": 3, "name": "B", "phone": "3", "commune": "Y", "quantity": {"value": 5, "unit": "t"}});
        let m = merge(Some(&base), &mine, &theirs, &[]);
        assert_eq!(m.value["name"], "B");
        assert_eq!(m.value["commune"], "Y");
        assert_eq!(m.value["quantity"], json!({"value": 5, "unit": "kg"}));
        assert_eq!(
            m.value["phone"], "2",
            "a conflict stays at mine until decided"
        );
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(path_text(&m.conflicts[0].path), "phone");
        assert_eq!(texts(&m.taken), ["name", "quantity.value"]);
        assert_eq!(
            m.value["rev"], 2,
            "header from mine, the merge writes its own"
        );
    }

    #[test]
    fn without_base_every_difference_is_a_conflict_except_emptied_fields() {
        let mine = json!({"id": 1, "email": "a@b.fr", "notes": "secret", "name": "A"});
        let theirs = json!({"id": 1, "email": "", "notes": "", "name": "B"});
        let m = merge(None, &mine, &theirs, &["email", "notes"]);
        assert_eq!(m.value["email"], "a@b.fr");
        assert_eq!(m.value["notes"], "secret");
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].base, None);
    }

    #[test]
    fn sets_take_both_sides_additions_and_removals() {
        let base = json!({"tags": ["a", "b", "c"]});
        let mine = json!({"tags": ["a", "c", "m"]});
        let theirs = json!({"tags": ["a", "b", "t"]});
        let m = merge(Some(&base), &mine, &theirs, &[]);
        assert_eq!(m.value["tags"], json!(["a", "m", "t"]));
        assert!(m.conflicts.is_empty());
        let swapped = merge(Some(&base), &theirs, &mine, &[]);
        assert_eq!(
            swapped.value["tags"], m.value["tags"],
            "same result either way"
        );
    }

    #[test]
    fn keyed_elements_merge_one_by_one() {
        let p =
            |id: &str, status: &str, name: &str| json!({"id": id, "status": status, "name": name});
        let base = json!({"attendance": [p("1", "expected", "Ana"), p("2", "expected", "Bo"), p("3", "expected", "Cy")]});
        let mine = json!({"attendance": [p("1", "present", "Ana"), p("2", "expected", "Bo"), p("3", "expected", "Cyril"), p("4", "present", "Dan")]});
        let theirs = json!({"attendance": [p("1", "expected", "Ana"), p("2", "absent", "Bo"), p("5", "present", "Eve")]});
        let m = merge(Some(&base), &mine, &theirs, &[]);
        let a = m.value["attendance"].as_array().unwrap();
        let ids: Vec<&str> = a.iter().map(|x| x["id"].as_str().unwrap()).collect();
        // 3 was removed by them but renamed by me: a conflict, kept until decided.
        assert_eq!(ids, ["1", "2", "3", "4", "5"]);
        assert_eq!(a[0]["status"], "present");
        assert_eq!(a[1]["status"], "absent");
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(path_text(&m.conflicts[0].path), "attendance[3]");
        assert_eq!(m.conflicts[0].theirs, Value::Null);
        // Resolving with theirs removes it.
        let mut v = m.value.clone();
        set(&mut v, &m.conflicts[0].path, Value::Null);
        assert_eq!(v["attendance"].as_array().unwrap().len(), 4);
        // The other way round the conflict stays at that side's version: removed.
        let swapped = merge(Some(&base), &theirs, &mine, &[]);
        let ids2: Vec<&str> = swapped.value["attendance"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids2, ["1", "2", "4", "5"]);
        assert_eq!(swapped.conflicts.len(), 1);
    }

    #[test]
    fn a_history_stays_in_time_order() {
        let h = |at: i64, to: &str| json!({"at": at, "to": to});
        let base = json!({"history": [h(1, "idea")]});
        let mine = json!({"history": [h(1, "idea"), h(5, "studied")]});
        let theirs = json!({"history": [h(1, "idea"), h(3, "on_hold")]});
        let m = merge(Some(&base), &mine, &theirs, &[]);
        assert_eq!(
            m.value["history"],
            json!([h(1, "idea"), h(3, "on_hold"), h(5, "studied")])
        );
    }

    #[test]
    fn set_and_get_follow_paths() {
        let mut v =
            json!({"route": {"distance_km": 3}, "attendance": [{"id": "a", "status": "x"}]});
        let path = vec![Seg::Key("route".into()), Seg::Key("distance_km".into())];
        set(&mut v, &path, json!(9));
        assert_eq!(get(&v, &path), Some(&json!(9)));
        let item = vec![
            Seg::Key("attendance".into()),
            Seg::Item {
                field: "id",
                value: "a".into(),
            },
            Seg::Key("status".into()),
        ];
        set(&mut v, &item, json!("y"));
        assert_eq!(v["attendance"][0]["status"], "y");
        assert_eq!(path_text(&item), "attendance[a].status");
    }
}
