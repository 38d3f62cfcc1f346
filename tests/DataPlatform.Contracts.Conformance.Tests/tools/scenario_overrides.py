#!/usr/bin/env python3
"""Derives the per-step scenario entries of Overrides.cs, for divergences not written as rules over
every scenario (Divergences/DivergenceRules*.cs), by applying the divergence (docs/divergences.md) to the
recording. Prints C# table entries; the output is pasted into Overrides.cs and reviewed there.
Run from this project folder."""
import copy, json

VEC = 'vectors/scenario/'

def load(name):
    return json.load(open(VEC + name))

def entries_for(name, recorded, expected, divergence, why):
    """One entry per (step, part) that the rule changed."""
    out = []
    for i, (a, b) in enumerate(zip(recorded['steps'], expected['steps'])):
        for part in ('events', 'result', 'state'):
            if part in b and a.get(part) != b.get(part):
                if part == 'state':
                    for side in b['state']:
                        if a['state'][side] != b['state'][side]:
                            out.append((f'scenario/{name}#0', f'/steps/{i}/state/{side}', divergence, b['state'][side], why))
                else:
                    out.append((f'scenario/{name}#0', f'/steps/{i}/{part}', divergence, b[part], why))
    return out

def event(side, name, payload):
    e = {'side': side, 'type': 'library_event', 'name': name, 'relation_id': 0, 'relation_name': 'database'}
    e.update(payload); return e

def d5_entity_without_resource():
    name = 'v1_entity_request_no_resource.json'
    rec = load(name); exp = copy.deepcopy(rec)
    request = rec['steps'][3]['result'][0]
    exp['steps'][2]['events'].append(event('provider', 'resource_entity_requested', {'request': request}))
    return entries_for(name, rec, exp, 'D5', 'resource_entity_requested fires when entity-type first appears, resource or not')

def main():
    # D1, D2, D6, D7, D10, D12, D13 and D17 are rules over every scenario (Divergences/DivergenceRules*.cs), not entries from here.
    entries = d5_entity_without_resource()
    for vid, ptr, div, val, why in entries:
        text = json.dumps(val, ensure_ascii=False, sort_keys=True).replace('"', '""')
        print(f'        // {div}: {why}.')
        print(f'        new("{vid}", "{ptr}", "{div}", @"{text}"),')

main()
