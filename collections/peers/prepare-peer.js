#!/usr/bin/env node
// Writes the runnable copy of one peer collection: the peer's file (read-only, under ../shared) with the requests
// that peers.json skips removed and its rewrites applied. Every rule must match, so a rule cannot silently go stale.
//
//   node peers/prepare-peer.js <peer name> <output file>      (run from collections/)
//
// No dependencies beyond Node itself.
'use strict';

const fs = require('fs');
const path = require('path');

const [name, output] = process.argv.slice(2);
if (!name || !output) {
    console.error('usage: node peers/prepare-peer.js <peer name> <output file>');
    process.exit(2);
}

const collectionsDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(collectionsDir, '..');
const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'peers.json'), 'utf8'));
const peer = config.peers.find(p => p.name === name);
if (!peer) {
    fail(`no peer named '${name}' in peers/peers.json (known: ${config.peers.map(p => p.name).join(', ')})`);
}
const source = path.resolve(repoRoot, peer.collection);
if (!fs.existsSync(source)) {
    fail(`peer collection not found: ${source} (shared/ must sit beside the repository, as in CI)`);
}
const collection = JSON.parse(fs.readFileSync(source, 'utf8'));

// All requests with their folder path, so rules can name a request by "Folder/…/Request" or by its bare name.
function requests(items, trail, out) {
    for (const item of items) {
        const here = trail.concat(item.name);
        if (Array.isArray(item.item)) {
            requests(item.item, here, out);
        } else {
            out.push({ item, siblings: items, path: here.join('/') });
        }
    }
    return out;
}

function find(ref) {
    const all = requests(collection.item, [], []);
    const matches = all.filter(r => r.path === ref || r.item.name === ref);
    if (matches.length !== 1) {
        fail(`rule for '${ref}' matches ${matches.length} requests of ${peer.collection}; name it by its folder path`);
    }
    return matches[0];
}

function scriptOf(item, listen) {
    const event = (item.event || []).find(e => e.listen === listen);
    if (!event) {
        fail(`request '${item.name}' has no ${listen} script`);
    }
    return event.script;
}

let applied = 0;
for (const rule of peer.rewrite || []) {
    const { item } = find(rule.request);
    let get;
    let set;
    if (rule.in === 'test' || rule.in === 'prerequest') {
        const script = scriptOf(item, rule.in);
        get = () => (script.exec || []).join('\n');
        set = text => { script.exec = text.split('\n'); };
    } else if (rule.in === 'url') {
        get = () => (typeof item.request.url === 'string' ? item.request.url : item.request.url.raw);
        set = text => { item.request.url = text; };
    } else if (rule.in === 'body') {
        get = () => JSON.stringify(item.request.body);
        set = text => { item.request.body = JSON.parse(text); };
    } else {
        fail(`rewrite of '${rule.request}': 'in' must be test, prerequest, url or body`);
    }
    const before = get();
    const from = rule.in === 'body' ? JSON.stringify(rule.from).slice(1, -1) : rule.from;
    const to = rule.in === 'body' ? JSON.stringify(rule.to).slice(1, -1) : rule.to;
    if (!before.includes(from)) {
        fail(`rewrite of '${rule.request}' (${rule.in}): text not found: ${rule.from}`);
    }
    set(before.split(from).join(to));
    applied++;
}

let skipped = 0;
for (const rule of peer.skip || []) {
    const { item, siblings } = find(rule.request);
    siblings.splice(siblings.indexOf(item), 1);
    skipped++;
}

// Only the app under test may be called: every URL must start with a variable the harness sets (no hard-coded host).
for (const { item, path: where } of requests(collection.item, [], [])) {
    const raw = typeof item.request.url === 'string' ? item.request.url : item.request.url.raw;
    if (!/^\{\{[A-Za-z_][\w-]*\}\}/.test(raw)) {
        fail(`request '${where}' calls ${raw}: a hard-coded host; skip it or point it at a variable in peers.json`);
    }
}

collection.info.name = `${collection.info.name} (peer ${peer.name}, ${skipped} skipped, ${applied} rewritten)`;
fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
fs.writeFileSync(output, JSON.stringify(collection, null, 2));
console.log(`${peer.name}: ${requests(collection.item, [], []).length} requests kept, ${skipped} skipped, ${applied} rewritten -> ${output}`);

function fail(message) {
    console.error(`prepare-peer: ${message}`);
    process.exit(1);
}
